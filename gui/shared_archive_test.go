package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"baocao/report"
	"baocao/report/store"
	"baocao/report/store/pgtest"
)

// TestSharedArchive: Kho dùng chung… connects to a PostgreSQL server
// (a wrong password is refused in Vietnamese), keeps the password in the
// pgpass file and the URL without it in the preferences, and switches the
// app over; another clerk's new report appears in the list by itself, and
// a save over another clerk's is announced, naming them.
func TestSharedArchive(t *testing.T) {
	srv, err := pgtest.Start()
	pgtest.Need(t, srv, err)
	defer srv.Stop()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	pgpass := filepath.Join(t.TempDir(), "pgpass")
	t.Setenv("PGPASSFILE", pgpass)
	old := listRefresh
	listRefresh = 50 * time.Millisecond
	defer func() { listRefresh = old }()
	db, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Exec(db, "CREATE ROLE "+pgtest.PasswordRole, "CREATE ROLE lan LOGIN PASSWORD 'mật-khẩu' IN ROLE "+pgtest.PasswordRole,
		"GRANT ALL ON SCHEMA public TO lan"); err != nil {
		t.Fatal(err)
	}

	tg := newTestGUI(t, "", nil)
	f := newSharedForm(tg.gui)
	f.host.SetText(srv.Socket())
	f.port.SetText(fmt.Sprint(srv.Port()))
	f.db.SetText(db)
	f.usr.SetText("lan")
	f.ssl.SetSelectedIndex(len(sslModes) - 1) // the test server has no TLS
	f.password.SetText("sai")
	wait := func(what string) string {
		t.Helper()
		tg.q.until(t, what, 20*time.Second, func() bool { return f.result.Text != "" && f.result.Text != "Đang kết nối…" })
		return f.result.Text
	}
	test.Tap(f.test)
	if got := wait("the connection tested"); !strings.Contains(got, `sai mật khẩu của tài khoản "lan"`) || f.result.Importance != widget.DangerImportance {
		t.Errorf("wrong password: %q", got)
	}
	f.password.SetText("mật-khẩu")
	f.result.SetText("")
	test.Tap(f.test)
	if got := wait("the connection tested"); got != "Kết nối được: kho có 0 báo cáo." {
		t.Errorf("test connection: %q", got)
	}
	f.result.SetText("")
	test.Tap(f.use)
	if got := wait("the shared archive taken"); !strings.HasPrefix(got, "Đang dùng kho dùng chung") || !tg.st.Shared() {
		t.Fatalf("use: %q, shared %v", got, tg.st.Shared())
	}
	pref := tg.app.Preferences().String(prefSharedURL)
	if pref == "" || strings.Contains(pref, "mật") || !store.IsURL(pref) {
		t.Errorf("preference = %q", pref)
	}
	if data, _ := os.ReadFile(pgpass); !strings.Contains(string(data), ":lan:mật-khẩu") {
		t.Errorf("pgpass = %q", data)
	}

	// Another clerk adds a report: the list shows it without a click.
	other, err := store.Open(srv.DSN(db, pgtest.Admin))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	r := report.Sample()
	r.Period.Year = 2018
	if _, err := other.Create(r, store.SaveOptions{Author: "Minh"}); err != nil {
		t.Fatal(err)
	}
	tg.q.until(t, "the other clerk's report listed", 10*time.Second, func() bool { return len(tg.start.all) == 1 })

	// Both clerks on the same report: the second saver is told who saved.
	e := tg.openSample(t)
	if _, _, err := other.Get(e.id); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Update(e.id, withPlace(e.r, "Duy Tiên"), store.SaveOptions{Author: "Minh"}); err != nil {
		t.Fatal(err)
	}
	e.general.place.SetText("Phủ Lý")
	tg.q.until(t, "the other clerk's save reported", 10*time.Second, func() bool {
		return strings.Contains(strings.Join(texts(tg.win.Canvas()), "\n"), "đã được Minh")
	})
	hist, err := other.History(e.id)
	if err != nil || len(hist) != 3 || hist[0].DBUser != "lan" || hist[1].Author != "Minh" {
		t.Fatalf("history = %+v, %v", hist, err)
	}
}

func withPlace(r *report.Report, place string) *report.Report {
	c := r.Clone()
	c.Organization.Place = place
	return c
}

// TestSharedArchiveDown: the shared archive of the preferences cannot be
// reached at start: the window says so, about the server, and the menu
// still offers Kho dùng chung… to go back to the file on this PC.
func TestSharedArchiveDown(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("BAOCAO_DB", "")
	dir := t.TempDir()
	url := "postgres://lan@/baocao?host=" + dir + "&sslmode=disable"
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefSharedURL, url)
	if err := setupLanguage(); err != nil {
		t.Fatal(err)
	}
	q := newUIQueue()
	g := newGUI(a, Options{}, config{do: q.do, author: "thử"})
	if err := g.openStore(); err == nil {
		t.Fatal("the archive opened without a server")
	}
	settle := func() {
		q.until(t, "the background work done", 15*time.Second, func() bool { return g.running.Load() == 0 && g.op == nil })
	}
	settle()
	all := strings.Join(texts(g.win.Canvas()), "\n")
	for _, want := range []string{"máy chủ", "kết nối", "Kho dùng chung…"} {
		if !strings.Contains(all, want) {
			t.Errorf("the window does not say %q:\n%s", want, all)
		}
	}
	f := newSharedForm(g)
	if f.host.Text != dir || f.local.Disabled() {
		t.Errorf("form: host %q, local disabled %v", f.host.Text, f.local.Disabled())
	}
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "cfg"))
	test.Tap(f.local)
	settle()
	if g.st == nil || g.st.Shared() || a.Preferences().String(prefSharedURL) != "" {
		t.Fatalf("back to the local file: %v", g.st)
	}
	q.drain()
	g.shutdown()
}
