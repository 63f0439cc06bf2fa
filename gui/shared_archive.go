package gui

import (
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	iwidget "baocao/gui/widget"
	"baocao/report/store"
)

// prefSharedURL is the shared archive chosen with "Kho dùng chung…": its
// postgres:// URL without the password (which goes to the pgpass file,
// store.SavePassword); "" for the archive file on this PC.
const prefSharedURL = "archive.shared"

// listRefresh is how often the Kho báo cáo list of a shared archive is
// checked for other clerks' changes.
var listRefresh = 5 * time.Second

// sharedPref is the shared archive of the preferences, unless BAOCAO_DB
// names another archive.
func (g *gui) sharedPref() string {
	if os.Getenv("BAOCAO_DB") != "" {
		return ""
	}
	return g.app.Preferences().String(prefSharedURL)
}

// watchStore shows the archive's notices (another clerk saved the same
// report, the server went away and came back) on the status line, and
// keeps the list of a shared archive up to date with other clerks' saves.
func (g *gui) watchStore() {
	st := g.st
	st.OnNotice(func(n store.Notice) {
		g.cfg.do(func() {
			if g.st != st {
				return
			}
			imp := widget.WarningImportance
			if n.Kind == store.NoticeOnline {
				imp = widget.SuccessImportance
			}
			g.sayStore(n.Text, imp)
			if n.Kind == store.NoticeConflict || n.Kind == store.NoticeKept {
				g.showInfo("Kho dùng chung", n.Text)
			}
		})
	})
	if st.Shared() {
		go g.refreshList(st, listRefresh)
	}
}

// refreshList reloads the start screen's list when another clerk changed
// the shared archive, until the app leaves st.
func (g *gui) refreshList(st *store.Store, every time.Duration) {
	var gone atomic.Bool
	last := "-" // no list yet
	for !gone.Load() {
		time.Sleep(every)
		if st.Closed() {
			return
		}
		es, err := st.List()
		if err != nil {
			continue // the status line and the next save say why
		}
		sig := listSignature(es)
		if sig == last {
			continue
		}
		last = sig
		g.cfg.do(func() {
			if g.st != st {
				gone.Store(true)
				return
			}
			if g.ed == nil && g.start != nil {
				g.start.reload()
			}
		})
	}
}

// listSignature changes whenever a report is added, saved or deleted.
func listSignature(es []store.Entry) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%d:%d:%s;", e.ID, e.Revision, e.Status)
	}
	return b.String()
}

// sslModes are the choices of Mã hóa, with PostgreSQL's sslmode.
var sslModes = []struct{ label, mode string }{
	{"Bắt buộc mã hóa (require)", "require"},
	{"Mã hóa và kiểm tra chứng chỉ máy chủ (verify-full)", "verify-full"},
	{"Mã hóa nếu máy chủ hỗ trợ (prefer)", "prefer"},
	{"Không mã hóa, chỉ trong mạng nội bộ tin cậy (disable)", "disable"},
}

// sharedForm is the "Kho dùng chung…" dialog's content.
type sharedForm struct {
	g                           *gui
	host, port, db, schema, usr *widget.Entry
	password                    *widget.Entry
	ssl                         *widget.Select
	result                      *widget.Label
	test, use, local            *widget.Button
	content                     fyne.CanvasObject
	dialog                      dialog.Dialog
}

func newSharedForm(g *gui) *sharedForm {
	f := &sharedForm{g: g}
	f.host, f.port, f.db, f.schema, f.usr = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	f.password = widget.NewPasswordEntry()
	f.host.SetPlaceHolder("may-chu.tinhuy.local hoặc 10.0.0.5")
	f.port.SetText("5432")
	f.db.SetText("baocao")
	f.schema.SetPlaceHolder("để trống: lược đồ mặc định của tài khoản")
	var labels []string
	for _, m := range sslModes {
		labels = append(labels, m.label)
	}
	f.ssl = widget.NewSelect(labels, nil)
	f.ssl.SetSelectedIndex(0)
	f.fill(g.sharedPref())
	f.result = wrapped("")
	f.test = widget.NewButton("Thử kết nối", f.tryConnect)
	f.use = widget.NewButton("Dùng kho này", f.useShared)
	f.use.Importance = widget.HighImportance
	f.local = widget.NewButton("Dùng kho trên máy này", f.useLocal)
	if g.sharedPref() == "" {
		f.local.Disable()
	}
	form := widget.NewForm(
		widget.NewFormItem("Máy chủ", f.host),
		widget.NewFormItem("Cổng", f.port),
		widget.NewFormItem("Cơ sở dữ liệu", f.db),
		widget.NewFormItem("Lược đồ (schema)", f.schema),
		widget.NewFormItem("Tài khoản", f.usr),
		widget.NewFormItem("Mật khẩu", f.password),
		widget.NewFormItem("Mã hóa", f.ssl),
	)
	hint := iwidget.Hint("Kho dùng chung là cơ sở dữ liệu PostgreSQL của cơ quan, để nhiều cán bộ cùng soạn, tổng hợp và xem báo cáo. " +
		"Mật khẩu không ghi vào phần cài đặt của chương trình mà vào tệp mật khẩu của PostgreSQL (pgpass), chỉ tài khoản máy này đọc được.")
	f.content = container.NewVBox(hint, form, container.NewHBox(f.test, f.use, f.local), f.result)
	return f
}

// fill sets the fields from a URL of the preferences.
func (f *sharedForm) fill(raw string) {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return
	}
	f.host.SetText(u.Hostname())
	if p := u.Port(); p != "" {
		f.port.SetText(p)
	}
	f.db.SetText(strings.TrimPrefix(u.Path, "/"))
	f.usr.SetText(u.User.Username())
	q := u.Query()
	if h := q.Get("host"); h != "" {
		f.host.SetText(h)
	}
	f.schema.SetText(q.Get("search_path"))
	for i, m := range sslModes {
		if m.mode == q.Get("sslmode") {
			f.ssl.SetSelectedIndex(i)
		}
	}
}

// url is the archive's URL from the fields, with the password when
// withPassword.
func (f *sharedForm) url(withPassword bool) (string, error) {
	host, db, user := strings.TrimSpace(f.host.Text), strings.TrimSpace(f.db.Text), strings.TrimSpace(f.usr.Text)
	switch {
	case host == "":
		return "", fmt.Errorf("chưa nhập Máy chủ")
	case db == "":
		return "", fmt.Errorf("chưa nhập Cơ sở dữ liệu")
	case user == "":
		return "", fmt.Errorf("chưa nhập Tài khoản")
	}
	port, err := strconv.Atoi(strings.TrimSpace(f.port.Text))
	if err != nil || port <= 0 || port > 65535 {
		return "", fmt.Errorf("cổng %q không hợp lệ (thường là 5432)", f.port.Text)
	}
	u := url.URL{Scheme: "postgres", User: url.User(user), Path: "/" + db}
	if withPassword && f.password.Text != "" {
		u.User = url.UserPassword(user, f.password.Text)
	}
	q := url.Values{}
	if strings.HasPrefix(host, "/") { // a Unix socket folder
		q.Set("host", host)
		q.Set("port", strconv.Itoa(port))
	} else {
		u.Host = net.JoinHostPort(host, strconv.Itoa(port))
	}
	q.Set("sslmode", sslModes[max(f.ssl.SelectedIndex(), 0)].mode)
	if s := strings.TrimSpace(f.schema.Text); s != "" {
		q.Set("search_path", s)
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// connect opens the archive of the fields off the UI goroutine and hands
// the outcome to done on it.
func (f *sharedForm) connect(done func(st *store.Store, n int, err error)) {
	raw, err := f.url(true)
	if err != nil {
		done(nil, 0, err)
		return
	}
	f.result.Importance = widget.MediumImportance
	f.result.SetText("Đang kết nối…")
	f.test.Disable()
	f.use.Disable()
	go func() {
		st, err := store.Open(raw)
		n := 0
		if err == nil {
			var es []store.Entry
			es, err = st.List()
			n = len(es)
			if err != nil {
				st.Close()
				st = nil
			}
		}
		f.g.cfg.do(func() {
			f.test.Enable()
			f.use.Enable()
			done(st, n, err)
		})
	}()
}

func (f *sharedForm) show(err error, ok string) {
	if err != nil {
		f.result.Importance = widget.DangerImportance
		f.result.SetText("Không dùng được kho: " + err.Error())
		return
	}
	f.result.Importance = widget.SuccessImportance
	f.result.SetText(ok)
}

// tryConnect is "Thử kết nối".
func (f *sharedForm) tryConnect() {
	f.connect(func(st *store.Store, n int, err error) {
		if st != nil {
			st.Close()
		}
		f.show(err, fmt.Sprintf("Kết nối được: kho có %d báo cáo.", n))
	})
}

// useShared is "Dùng kho này": the password goes to the pgpass file, the
// URL to the preferences, and the app switches to the shared archive.
func (f *sharedForm) useShared() {
	if f.g.ed != nil {
		f.show(fmt.Errorf("hãy đóng báo cáo đang mở trước khi đổi kho"), "")
		return
	}
	f.connect(func(st *store.Store, n int, err error) {
		if err != nil {
			f.show(err, "")
			return
		}
		raw, _ := f.url(false)
		if f.password.Text != "" {
			if _, err := store.SavePassword(raw, f.password.Text); err != nil {
				st.Close()
				f.show(err, "")
				return
			}
		}
		f.g.app.Preferences().SetString(prefSharedURL, raw)
		f.g.switchStore(st)
		f.show(nil, fmt.Sprintf("Đang dùng kho dùng chung %s (%d báo cáo).", st.Path(), n))
		f.local.Enable()
	})
}

// useLocal is "Dùng kho trên máy này".
func (f *sharedForm) useLocal() {
	if f.g.ed != nil {
		f.show(fmt.Errorf("hãy đóng báo cáo đang mở trước khi đổi kho"), "")
		return
	}
	f.g.app.Preferences().SetString(prefSharedURL, "")
	path := f.g.opt.DBPath
	if path == "" || store.IsURL(path) {
		p, err := store.DefaultPath()
		if err != nil {
			f.show(err, "")
			return
		}
		path = p
	}
	st, err := store.Open(path)
	if err != nil {
		f.show(err, "")
		return
	}
	f.g.switchStore(st)
	f.show(nil, "Đang dùng kho trên máy này: "+st.Path())
	f.local.Disable()
}

// switchStore makes st the app's archive (no report is open) and shows
// its list.
func (g *gui) switchStore(st *store.Store) {
	old := g.st
	g.st, g.path = st, st.Path()
	g.watchStore()
	if old != nil {
		if err := old.Close(); err != nil {
			fyne.LogError("đóng kho báo cáo", err)
		}
	}
	g.app.Preferences().SetInt(prefOpenReport, 0)
	g.start = nil // it names the archive
	g.showStart()
}

// showSharedArchive is "Kho dùng chung…".
func (g *gui) showSharedArchive() {
	f := newSharedForm(g)
	d := dialog.NewCustom("Kho dùng chung", "Đóng", f.content, g.win)
	f.dialog = d
	iwidget.ShowDialog(g.win, d)
	d.Resize(fyne.NewSize(dialogWidth+80, f.content.MinSize().Height+120))
}

// fatalHint says, under the reason an archive did not open, what the
// clerk can do.
func (g *gui) fatalHint() string {
	if store.IsURL(g.path) {
		return "Kho dùng chung nằm trên máy chủ của cơ quan; những bản sửa chưa kịp lưu lên máy chủ vẫn được giữ trên máy này " +
			"và sẽ được lưu khi kết nối lại. Hãy kiểm tra mạng, hoặc nhờ cán bộ tin học kiểm tra máy chủ; " +
			"Tệp → Kho dùng chung… cho phép sửa địa chỉ, mật khẩu, hoặc tạm dùng kho trên máy này."
	}
	return "Kho báo cáo là tệp cơ sở dữ liệu giữ mọi báo cáo đã soạn. Tệp hiện có không bị thay đổi. " +
		"Có thể chạy chương trình với --db ĐƯỜNG_DẪN (hoặc biến môi trường BAOCAO_DB) để dùng một kho khác, " +
		"hoặc nhờ cán bộ tin học kiểm tra tệp."
}
