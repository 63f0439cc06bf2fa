#!/bin/sh
# The whole program in a real window under Xvfb, typed into as a clerk
# does: xdotool types 20 keys at 10 keys a second (Telex on) at the end of
# a field, and the program's own CPU time is read from /proc/PID/stat
# (utime+stime) before and after. Also the CPU used with the caret resting
# in the field for IDLE seconds. The CPU per key is the CPU time from the
# first key until the program is quiet again (at least 3 s after the
# last key: the caret's blinking meanwhile is in it, as in the floor),
# divided by 20; the lag is how long after those 3 s it was still busy.
# The net CPU per key takes out what resting costs over the same time:
# the work the keys themselves caused (with Fyne's animations on, the
# caret's fading stops while keys come, so this takes out too much).
# The wheel: 20 notches down and 20 up at 10 a second, the same way. On a
# loaded machine the figures vary: repeat (ROUNDS) and read min/median.
#
#   bench.sh BIN [ROUNDS] [SCENARIO...]
#
# Scenarios: header (a one-line field of Thông tin chung: the floor),
# text3000 text12500 text25000 text62000 text75000 (the first section of
# Nội dung holds that many characters), docs300 (Văn bản ban hành with 300
# documents: typing in the last one's summary, then scrolling), figures
# (Số liệu: typing in a figure, then scrolling), figures60 (the same in a
# report of a province's template of 60 indicators), units1000 (Tổng hợp
# with 1,000 lower units' files read: typing in the deadline, then
# scrolling the table of who has sent), template (Mẫu báo cáo: the editor
# of a template of 60 indicators, typing in an indicator's name; the
# template is saved after). Each runs ROUNDS times in a fresh archive and
# preferences; the table gives min and median.
# Needs Xvfb, xdotool, python3 (and imagemagick for the screenshots that
# are kept in $OUT, default /tmp/baocao-xvfb).
set -eu
BIN=$(readlink -f "$1"); shift
ROUNDS=${1:-3}; [ $# -gt 0 ] && shift
SCENARIOS=${*:-header text3000 text12500 text25000 text62000 docs300 figures figures60 units1000 template}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/baocao-xvfb}
IDLE=${IDLE:-10}
mkdir -p "$OUT"
WORK=$(mktemp -d)
DISP=${XVFB_DISPLAY:-:$((90 + $$ % 9))}
Xvfb "$DISP" -screen 0 1280x860x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
	[ -n "$APP" ] && kill "$APP" 2>/dev/null || true
	kill "$XVFB" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 1" INT TERM
export DISPLAY="$DISP"
sleep 1

"$BIN" sample >"$WORK/sample.json"
"$BIN" template export tuyengiao-danvan -o "$WORK/tgdv.json" >/dev/null
TPL=m00000000000000b1 # the id gen.py --indicators gives the province's template

# cpu PID: the process's utime+stime in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)

# settle PID: waits (at most 60 s) until the program uses less than a
# third of a core over half a second: it has drawn what it was asked to.
settle() {
	n=0
	while [ $n -lt 120 ]; do
		a=$(cpu "$1"); sleep 0.5; b=$(cpu "$1")
		[ $(((b - a) * 6)) -lt "$TICK" ] && return 0
		n=$((n + 1))
	done
}

click() {
	xdotool mousemove "$1" "$2"
	sleep 0.3
	xdotool mousedown 1
	sleep 0.05
	xdotool mouseup 1
	sleep 0.7
}

# run SCENARIO ROUND: prints "SCENARIO ms_per_key lag idle_percent
# ms_per_notch net_ms_per_key".
run() {
	s=$1
	d="$WORK/$s.$2"
	mkdir -p "$d/cfg/fyne/vn.baocao.desktop"
	case $s in
	text*) python3 "$HERE/gen.py" "$WORK/sample.json" "$d/r.json" --text "${s#text}" ;;
	docs*) python3 "$HERE/gen.py" "$WORK/sample.json" "$d/r.json" --docs "${s#docs}" ;;
	units*)
		mkdir -p "$d/units"
		python3 "$HERE/gen.py" "$WORK/sample.json" "$d/r.json" --units "${s#units}" --dir "$d/units"
		;;
	figures[0-9]*) # a new report of the province's template
		python3 "$HERE/gen.py" "$WORK/tgdv.json" "$d/t.json" --indicators "${s#figures}"
		"$BIN" new --template "$d/t.json" -o "$d/new.json" >/dev/null
		python3 "$HERE/gen.py" "$WORK/sample.json" "$d/r.json" --report-of "$d/new.json"
		;;
	template)
		python3 "$HERE/gen.py" "$WORK/tgdv.json" "$d/t.json" --indicators 60
		"$BIN" template import "$d/t.json" --db "$d/kho.db" >/dev/null
		cp "$WORK/sample.json" "$d/r.json"
		;;
	*) cp "$WORK/sample.json" "$d/r.json" ;;
	esac
	"$BIN" save "$d/r.json" --db "$d/kho.db" >/dev/null
	open=1
	case $s in units* | template) open=0 ;; esac
	printf '{"report.open":%d,"typing.mode":"telex","typing.hint":true,"window.width":1200,"window.height":800,"open.dir":"%s","consolidate.head":1,"consolidate.deadline.1":"30/06/2019"}' \
		"$open" "$d/units" >"$d/cfg/fyne/vn.baocao.desktop/preferences.json"
	XDG_CONFIG_HOME="$d/cfg" XDG_RUNTIME_DIR="$d" "$BIN" --db "$d/kho.db" >"$d/app.log" 2>&1 &
	APP=$!
	xdotool search --sync --name "Báo cáo sơ kết" >/dev/null
	sleep 2
	settle $APP
	keys=" dduwowcj hocj taapj" # 20 keys, Telex
	want="được học tập"
	case $s in
	header) click 700 298; xdotool key End ;; # Địa danh
	text*)                                    # Nội dung, section 1: its end
		click 485 89; settle $APP
		click 700 300; settle $APP
		xdotool key ctrl+End; settle $APP
		xdotool key Next; settle $APP
		;;
	docs*) # Văn bản ban hành: the 8th document's summary
		click 340 89; settle $APP
		click 800 690; xdotool key End; settle $APP
		;;
	figures*) # Số liệu: the first figure's Cùng kỳ
		click 205 89; settle $APP
		click 820 282; want=1212
		;;
	template) # Mẫu báo cáo, the template of the archive (the third row,
		# after the two built-in ones), Sửa, Nhóm và chỉ tiêu: the first
		# indicator's name, its end
		click 968 58; settle $APP
		click 300 278; click 260 735; settle $APP
		click 206 158; settle $APP
		click 1000 201; xdotool key End; settle $APP
		;;
	units*) # Tổng hợp: the units' folder (the dialog opens in it), then
		# the deadline's end
		click 952 58; settle $APP
		click 437 221; settle $APP
		click 930 677; settle $APP
		click 320 141; xdotool key End; settle $APP
		;;
	esac
	sleep 2
	import -window root "$OUT/$s-before.png" 2>/dev/null || true
	c0=$(cpu $APP); sleep "$IDLE"; c1=$(cpu $APP)
	idle=$(echo "$c0 $c1 $TICK $IDLE" | awk '{printf "%.1f", ($2-$1)/$3/$4*100}')
	# What a key costs: the CPU time from the first key until the program
	# is quiet again, at least 3 s after the last key.
	t0=$(date +%s.%N); c0=$(cpu $APP)
	if [ "${s#figures}" != "$s" ]; then # 20 keys that leave a number: 1212
		b="1 2 3 4 5 6 BackSpace BackSpace BackSpace BackSpace"
		xdotool key --delay 100 $b $b
	elif [ "${s#units}" != "$s" ]; then # 20 keys that leave the deadline as it was
		b="BackSpace 8 BackSpace 9 BackSpace 7 BackSpace 6 BackSpace 9"
		xdotool key --delay 100 $b $b
	else
		xdotool type --delay 100 "$keys"
	fi
	sleep 3
	settle $APP
	c1=$(cpu $APP); t1=$(date +%s.%N)
	key=$(echo "$c0 $c1 $TICK" | awk '{printf "%.1f", ($2-$1)/$3*1000/20}')
	lag=$(echo "$t0 $t1" | awk '{printf "%.1f", $2-$1-5}')
	net=$(echo "$key $t0 $t1 $idle" | awk '{printf "%.1f", $1 - $4/100*($3-$2)*1000/20}')
	scroll=
	case $s in
	docs* | figures* | text* | units*)
		# 20 wheel notches down and up at 10 a second.
		t0=$(date +%s.%N); c0=$(cpu $APP)
		xdotool mousemove 700 500 click --repeat 20 --delay 100 5 click --repeat 20 --delay 100 4
		sleep 3
		settle $APP
		c1=$(cpu $APP)
		scroll=$(echo "$c0 $c1 $TICK" | awk '{printf "%.1f", ($2-$1)/$3*1000/40}')
		;;
	esac
	import -window root "$OUT/$s-after.png" 2>/dev/null || true
	[ "$s" = template ] && click 1081 55 # Lưu
	sleep 1.5 # the autosave
	kill $APP; wait $APP 2>/dev/null || true
	APP=
	# The keys must have reached the field (and been saved).
	case $s in
	template) # the name saved in the template's new version
		if ! "$BIN" template show $TPL --db "$d/kho.db" | grep -q "$want"; then
			echo "$s: các phím không vào ô cần gõ (xem $OUT/$s-after.png)" >&2
			return 0
		fi
		;;
	units*) # the deadline stayed, the 1,000 units were read
		if ! grep -q '"consolidate.deadline.1":"30/06/2019"' "$d/cfg/fyne/vn.baocao.desktop/preferences.json"; then
			echo "$s: hạn nộp không còn là 30/06/2019 (xem $OUT/$s-after.png)" >&2
			return 0
		fi
		;;
	*)
		if ! "$BIN" show 1 --db "$d/kho.db" | grep -q "$want"; then
			echo "$s: các phím không vào ô cần gõ (xem $OUT/$s-after.png)" >&2
			return 0
		fi
		;;
	esac
	echo "$s $key $lag $idle ${scroll:--} $net"
}

for s in $SCENARIOS; do
	for r in $(seq "$ROUNDS"); do
		run "$s" "$r" | tee -a "$WORK/raw"
	done
done >&2

echo
echo "| scenario | CPU per key, ms (min / median) | net of resting, ms | lag after the last key, s | idle CPU, % of a core | CPU per wheel notch, ms |"
echo "| --- | --- | --- | --- | --- | --- |"
python3 - "$WORK/raw" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    s, *v = line.split()
    rows.setdefault(s, []).append(v)
def mm(xs):
    xs = [float(x) for x in xs if x != "-"]
    return "%.1f / %.1f" % (min(xs), statistics.median(xs)) if xs else "-"
for s, vs in rows.items():
    print("| %s | %s | %s | %s | %s | %s |" % (s, mm(v[0] for v in vs), mm(v[4] for v in vs), mm(v[1] for v in vs), mm(v[2] for v in vs), mm(v[3] for v in vs)))
PY
