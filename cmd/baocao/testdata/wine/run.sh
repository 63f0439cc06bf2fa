#!/usr/bin/env bash
# run.sh EXE NATIVE: runs the Windows program EXE (make windows) under Wine
# and Xvfb and checks it against the native program NATIVE (make build), as
# a clerk would use it: the version, the sample exported to PDF and Excel at
# a path with Vietnamese letters and spaces, the archive under AppData, the
# window, and the message box shown when OpenGL is too old.
#
# Wine 8 has no ProcessPrng (bcryptprimitives.dll), which Go programs call
# at start, so a test-only DLL built here from processprng.c is put into the
# Wine prefix's system32. The shipped program is not changed.
#
# Every check prints "ok" or "FAIL"; the script ends with "N passed,
# N failed" and exits 1 when any check failed.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
exe=$(realpath "$1")
native=$(realpath "$2")
want_version="$(sed -n 's/^Version = "\(.*\)"/\1/p' "$root/FyneApp.toml")+$(git -C "$root" rev-parse --short HEAD)"

export LANG=C.UTF-8 LC_ALL=C.UTF-8
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe="
export WINEARCH=win64
# The Windows user is a clerk with a Vietnamese name: the profile, and so
# the archive under AppData, are at a path with Vietnamese letters and spaces.
export USER="Nguyễn Văn A"
unset BAOCAO_DB
work=$(mktemp -d /tmp/baocao-wine.XXXXXX)
export WINEPREFIX="$work/prefix"
wine=$(command -v wine || command -v wine64)

passed=0 failed=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
check() { # check NAME COMMAND...: ok when the command succeeds
	local name=$1
	shift
	if "$@"; then ok "$name"; else fail "$name"; fi
}

xvfb_pid= xvfb2_pid=
cleanup() {
	WINEPREFIX="$WINEPREFIX" wineserver -k 2>/dev/null
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
	[ -n "$xvfb2_pid" ] && kill "$xvfb2_pid" 2>/dev/null
	if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "(kept for a look: $work)"; fi
}
trap cleanup EXIT

# --- the display, the Wine prefix, the ProcessPrng shim
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.2; done
export DISPLAY=":$(cat "$work/display")"
check "Xvfb runs on $DISPLAY" test -s "$work/display"

start=$(date +%s)
"$wine" wineboot --init >"$work/wineboot.log" 2>&1
wineserver -w
check "Wine prefix made ($(( $(date +%s) - start )) s, $("$wine" --version))" test -d "$WINEPREFIX/drive_c/windows/system32"
wineserver -p 60 # keep one wineserver for all the runs below

x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$here/processprng.c" -ladvapi32
check "ProcessPrng shim in system32" test -s "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

users="$WINEPREFIX/drive_c/users"
user=$USER
appdata="$users/$user/AppData/Roaming"
docs="$users/Nguyễn Văn A/Tài liệu"
wdocs='C:\users\Nguyễn Văn A\Tài liệu'
mkdir -p "$docs"
cp "$exe" "$work/baocao.exe"
win() { "$wine" "$work/baocao.exe" "$@"; }

# --- the version
got=$(win --version 2>"$work/version.err" | tr -d '\r')
if [ "$got" = "Báo cáo sơ kết $want_version" ]; then ok "--version: $got"; else
	fail "--version: got '$got', want 'Báo cáo sơ kết $want_version' ($(head -c 300 "$work/version.err"))"
fi

# --- the sample, exported at a path with Vietnamese letters and spaces
"$native" sample >"$work/sample.json"
win sample 2>"$work/sample.err" | tr -d '\r' >"$work/sample-wine.json"
check "sample: the same JSON as the native program's" cmp -s "$work/sample.json" "$work/sample-wine.json"

cp "$work/sample.json" "$docs/Báo cáo mẫu.json"
win export "$wdocs\\Báo cáo mẫu.json" --pdf "$wdocs\\Báo cáo 6 tháng.pdf" --xlsx "$wdocs\\Báo cáo 6 tháng.xlsx" \
	>"$work/export.out" 2>&1
check "export to $wdocs\\Báo cáo 6 tháng.pdf and .xlsx" \
	test -s "$docs/Báo cáo 6 tháng.pdf" -a -s "$docs/Báo cáo 6 tháng.xlsx"
"$native" export "$work/sample.json" --pdf "$work/native.pdf" --xlsx "$work/native.xlsx" >/dev/null 2>&1

pdftotext -layout "$docs/Báo cáo 6 tháng.pdf" "$work/wine.txt" 2>/dev/null
pdftotext -layout "$work/native.pdf" "$work/native.txt"
if [ -s "$work/native.txt" ] && cmp -s "$work/wine.txt" "$work/native.txt"; then
	ok "PDF text equals the native PDF's ($(wc -l <"$work/native.txt") lines, pdftotext -layout)"
else
	fail "PDF text differs from the native PDF's:"
	diff "$work/native.txt" "$work/wine.txt" | head -n 20
fi
pdfinfo "$work/native.pdf" | grep -E '^Pages' >"$work/native.pages"
pdfinfo "$docs/Báo cáo 6 tháng.pdf" 2>/dev/null | grep -E '^Pages' >"$work/wine.pages"
check "PDF page count equals the native's ($(cat "$work/native.pages"))" cmp -s "$work/native.pages" "$work/wine.pages"

"$native" import "$docs/Báo cáo 6 tháng.xlsx" -o "$work/wine-book.json" >/dev/null 2>&1
"$native" import "$work/native.xlsx" -o "$work/native-book.json" >/dev/null 2>&1
if [ -s "$work/native-book.json" ] && cmp -s "$work/wine-book.json" "$work/native-book.json"; then
	ok "the workbook imports natively to the same report as the native workbook"
else
	fail "the workbook imports natively to another report:"
	diff "$work/native-book.json" "$work/wine-book.json" | head -n 20
fi
check "the native program validates the Windows workbook" "$native" validate "$docs/Báo cáo 6 tháng.xlsx"

# --- save and list against the archive under AppData
win save "$wdocs\\Báo cáo 6 tháng.xlsx" >"$work/save.out" 2>&1
db="$appdata/baocao/baocao.db"
check "save: $(tr -d '\r' <"$work/save.out" | head -n 1)" test -s "$db"
win list 2>&1 | tr -d '\r' >"$work/list.out"
check "list shows the saved report ($(sed -n 2p "$work/list.out" | tr -s ' '))" grep -q "^1 .*HÀ NAM" "$work/list.out"
win show 1 -o "$wdocs\\từ kho.json" >/dev/null 2>&1
"$native" show 1 --db "$db" -o "$work/native-show.json" >/dev/null 2>&1
if [ -s "$work/native-show.json" ] && cmp -s "$docs/từ kho.json" "$work/native-show.json"; then
	ok "show: the Windows program and the native one read the same report from the archive"
else
	fail "show differs between the Windows program and the native one"
fi

# --- the window
shot_check() { # shot_check WINDOW NAME: a screenshot of the window has more than one colour
	local file="$work/$2.png" colours
	import -window "$1" "$file" 2>/dev/null
	colours=$(convert "$file" -format %k info: 2>/dev/null)
	if [ "${colours:-0}" -gt 1 ]; then ok "screenshot of the $2 has $colours colours ($file)"; else
		fail "screenshot of the $2 is empty (${colours:-no} colours)"
	fi
}
rm -rf "$appdata/baocao"
win >"$work/gui.log" 2>&1 &
gui=$!
id=$(timeout 120 xdotool search --sync --onlyvisible --name '^Báo cáo' 2>/dev/null | head -n 1)
if [ -n "$id" ]; then
	ok "the window opens: '$(xdotool getwindowname "$id")'"
	sleep 3 # let it draw
	shot_check "$id" window
	check "the window's archive is under AppData (C:\\users\\$user\\AppData\\Roaming\\baocao)" test -s "$appdata/baocao/baocao.db"
	cp "$work/window.png" "$work/window-kept.png" 2>/dev/null
else
	fail "no window titled 'Báo cáo…' within 120 s; log: $(tr -d '\r' <"$work/gui.log" | head -c 600)"
fi
kill "$gui" 2>/dev/null
wineserver -k
wait "$gui" 2>/dev/null
wineserver -p 60

# --- no usable OpenGL: the message box that names the fix, not a silent
# exit or a program running with no window. Under Wine, Mesa's
# MESA_GL_VERSION_OVERRIDE does not stop the 3.2 core context, so the
# program runs on a second X server that has no GLX at all.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -extension GLX 3>"$work/display-nogl" 2>>"$work/xvfb.log" &
xvfb2_pid=$!
for _ in $(seq 50); do [ -s "$work/display-nogl" ] && break; sleep 0.2; done
DISPLAY=":$(cat "$work/display-nogl")" win >"$work/gl.log" 2>&1 &
gui=$!
id=$(DISPLAY=":$(cat "$work/display-nogl")" timeout 120 xdotool search --sync --onlyvisible --name 'không mở được cửa sổ' 2>/dev/null | head -n 1)
if [ -n "$id" ]; then
	export DISPLAY=":$(cat "$work/display-nogl")"
	ok "with no OpenGL the message box appears: '$(xdotool getwindowname "$id")'"
	shot_check "$id" message-box
	xdotool key --window "$id" Return
	timeout 30 bash -c "while kill -0 $gui 2>/dev/null; do sleep 0.5; done"
	wait "$gui"
	code=$?
	check "after the message box the program exits with status 1 (got $code)" test "$code" = 1
else
	fail "with no OpenGL no message box within 120 s; log: $(tr -d '\r' <"$work/gl.log" | head -c 600)"
	kill "$gui" 2>/dev/null
fi
kill "$xvfb2_pid" 2>/dev/null
grep -q 'WGL' "$work/gl.log" && ok "the OpenGL error is in the log: $(grep -m1 WGL "$work/gl.log" | tr -d '\r')" || fail "the OpenGL error is not in the log"

echo "wine: $passed passed, $failed failed"
[ "$failed" = 0 ]
