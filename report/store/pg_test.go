package store

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"baocao/report"
	"baocao/report/store/pgtest"
)

// notices collects a Store's notices.
type notices struct {
	mu  sync.Mutex
	got []Notice
	ch  chan Notice
}

func watch(s *Store) *notices {
	n := &notices{ch: make(chan Notice, 100)}
	s.OnNotice(func(x Notice) {
		n.mu.Lock()
		n.got = append(n.got, x)
		n.mu.Unlock()
		n.ch <- x
	})
	return n
}

func (n *notices) wait(t *testing.T, kind NoticeKind, within time.Duration) Notice {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case x := <-n.ch:
			if x.Kind == kind {
				return x
			}
		case <-deadline:
			t.Fatalf("no notice of kind %d within %v", kind, within)
		}
	}
}

// TestReadmeGrants sets the server up with the very statements of the
// README, then two clerks with their own roles save into the app's schema:
// each revision names its role, and a role cannot create anything outside
// its schema.
func TestReadmeGrants(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "```sql\nCREATE ROLE baocao_app")
	if start < 0 {
		t.Fatal("README has no ```sql block of GRANTs")
	}
	block := text[start+len("```sql\n"):]
	block = block[:strings.Index(block, "```")]
	before, after, ok := strings.Cut(block, "\\c baocao\n")
	if !ok {
		t.Fatal("README's GRANTs do not connect to the database baocao")
	}
	for _, part := range []struct{ db, sql string }{{"postgres", before}, {"baocao", after}} {
		for _, stmt := range strings.Split(part.sql, ";\n") {
			if stmt = strings.TrimSpace(stmt); stmt != "" {
				if err := srv.Exec(part.db, stmt); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	lan, _ := openClock(t, srv.DSN("baocao", "lan"))
	minh, _ := openClock(t, srv.DSN("baocao", "minh"))
	id, err := lan.Create(sample(2019), SaveOptions{Author: "Lan"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := minh.Get(id); err != nil {
		t.Fatal(err)
	}
	if _, err := minh.Update(id, withFigure(sample(2019), "llct.lop", 7), SaveOptions{Author: "Minh"}); err != nil {
		t.Fatal(err)
	}
	hist, err := lan.History(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].DBUser != "minh" || hist[1].DBUser != "lan" {
		t.Fatalf("history = %+v; want revisions by minh, then lan", hist)
	}
	var owner string
	if err := lan.db.QueryRow(`SELECT tableowner FROM pg_tables WHERE schemaname = 'baocao' AND tablename = 'revision'`).Scan(&owner); err != nil || owner != "baocao_app" {
		t.Errorf("revision belongs to %q (%v), want baocao_app", owner, err)
	}
	if _, err := lan.db.Exec(`CREATE TABLE public.x (n integer)`); err == nil {
		t.Error("the clerk's role could create a table in schema public")
	}
}

// TestTwoClerks: two clerks on their own PCs (two Stores, two roles).
func TestTwoClerks(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	db, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Exec(db, "CREATE ROLE clerk_a LOGIN", "CREATE ROLE clerk_b LOGIN", "GRANT ALL ON SCHEMA public TO clerk_a, clerk_b"); err != nil {
		t.Fatal(err)
	}
	a, ca := openClock(t, srv.DSN(db, "clerk_a"))
	if err := srv.Exec(db, "GRANT ALL ON ALL TABLES IN SCHEMA public TO clerk_b"); err != nil {
		t.Fatal(err)
	}
	b, cb := openClock(t, srv.DSN(db, "clerk_b"))
	na, nb := watch(a), watch(b)

	// Different reports, at the same time: both land, each sees the other's.
	var wg sync.WaitGroup
	var idA, idB int64
	var errA, errB error
	wg.Add(2)
	go func() { defer wg.Done(); idA, errA = a.Create(sample(2019), SaveOptions{Author: "Lan"}) }()
	go func() { defer wg.Done(); idB, errB = b.Create(sample(2018), SaveOptions{Author: "Minh"}) }()
	wg.Wait()
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	for _, s := range []*Store{a, b} {
		list, err := s.List()
		if err != nil || len(list) != 2 {
			t.Fatalf("List = %+v, %v; want both clerks' reports", list, err)
		}
	}

	// The same report: B opens it, A saves, then B saves.
	if _, _, err := b.Get(idA); err != nil {
		t.Fatal(err)
	}
	ca.advance(time.Minute)
	cb.advance(2 * time.Minute)
	rA := withFigure(sample(2019), "llct.lop", 101)
	if _, err := a.Update(idA, rA, SaveOptions{Author: "Lan"}); err != nil {
		t.Fatal(err)
	}
	rB := withFigure(sample(2019), "llct.lop", 202)
	rev, err := b.Update(idA, rB, SaveOptions{Author: "Minh"})
	if err != nil || rev != 3 {
		t.Fatalf("B's save = %d, %v; want revision 3", rev, err)
	}
	n := nb.wait(t, NoticeConflict, time.Second)
	when := ca.now().Format("15:04:05 ngày 02/01/2006")
	for _, want := range []string{"Lan (tài khoản clerk_a)", when, "bản 2", "bản 3", "Lịch sử"} {
		if !strings.Contains(n.Text, want) {
			t.Errorf("B's notice %q does not say %q", n.Text, want)
		}
	}
	// Nothing lost: A's version is revision 2, B's revision 3.
	for rev, want := range map[int]*report.Report{2: rA, 3: rB} {
		got, err := a.Revision(idA, rev)
		if err != nil {
			t.Fatal(err)
		}
		sameReport(t, got, want)
	}
	hist, _ := a.History(idA)
	if hist[0].DBUser != "clerk_b" || hist[1].DBUser != "clerk_a" || !strings.Contains(hist[0].Note, "Lưu sau bản 2 của Lan") {
		t.Errorf("history = %+v", hist[:2])
	}

	// Autosaves: A's autosave never replaces B's autosave revision.
	if _, err := b.Update(idA, withFigure(rB, "llct.lop", 203), SaveOptions{Author: "Minh", Auto: true}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Get(idA); err != nil { // A reloads: no clash now
		t.Fatal(err)
	}
	rev, err = a.Update(idA, withFigure(rB, "llct.lop", 204), SaveOptions{Author: "Lan", Auto: true})
	if err != nil || rev != 5 {
		t.Fatalf("A's autosave after B's = %d, %v; want a new revision 5", rev, err)
	}
	if got, _ := a.Revision(idA, 4); figureValue(got, "llct.lop") != 203 {
		t.Errorf("B's autosave was overwritten: %d", figureValue(got, "llct.lop"))
	}
	select {
	case x := <-na.ch:
		t.Errorf("A got a notice without a clash: %+v", x)
	default:
	}

	// Chốt holds for the other clerk, and so does Mở lại.
	if err := a.Finalize(idA, SaveOptions{Author: "Lan"}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Update(idA, withFigure(rB, "llct.lop", 300), SaveOptions{Author: "Minh"}); !errors.Is(err, ErrFinal) {
		t.Fatalf("B's save of a report A finalized: %v, want ErrFinal", err)
	}
	if _, e, _ := b.Get(idA); e.Status != Final {
		t.Errorf("B sees status %s", e.Status)
	}
	if err := a.Reopen(idA, SaveOptions{Author: "Lan"}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Update(idA, withFigure(rB, "llct.lop", 300), SaveOptions{Author: "Minh"}); err != nil {
		t.Fatalf("B's save after A reopened: %v", err)
	}
	_ = idB
}

// TestServerGoesAway: the server stops while a clerk edits; the edit is
// kept on the PC, survives a restart of the app, and is saved when the
// server is back; with the app left open it is saved by itself.
func TestServerGoesAway(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	defer srv.Up()
	old := reconnectEvery
	reconnectEvery = 100 * time.Millisecond
	defer func() { reconnectEvery = old }()
	dsn := srv.Fresh(t)
	s, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.Create(sample(2019), SaveOptions{Author: "Lan"})
	if err != nil {
		t.Fatal(err)
	}
	ns := watch(s)
	srv.Down()
	_, err = s.Update(id, withFigure(sample(2019), "llct.lop", 1), SaveOptions{Author: "Lan", Auto: true})
	if !errors.Is(err, ErrOffline) || !strings.Contains(err.Error(), "máy chủ") || !strings.Contains(err.Error(), "kết nối") ||
		!strings.Contains(err.Error(), "giữ tạm trên máy này") {
		t.Fatalf("save with the server down: %v", err)
	}
	ns.wait(t, NoticeOffline, time.Second)
	if _, err := s.Update(id, withFigure(sample(2019), "llct.lop", 2), SaveOptions{Author: "Lan", Auto: true}); !errors.Is(err, ErrOffline) {
		t.Fatal(err)
	}
	if s.Pending() != 1 {
		t.Errorf("Pending = %d, want 1 report", s.Pending())
	}
	s.Close() // the app is closed while the server is down

	if _, err := Open(dsn); !errors.Is(err, ErrOffline) {
		t.Errorf("Open with the server down: %v, want ErrOffline", err)
	}
	if err := srv.Up(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dsn) // the next start sends the kept edit
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Pending() != 0 {
		t.Errorf("Pending after the restart = %d", s.Pending())
	}
	if n := watch(s).wait(t, NoticeOnline, time.Second); !strings.Contains(n.Text, "đã lưu 1 báo cáo giữ tạm") {
		t.Errorf("notice after the restart = %q", n.Text)
	}
	r, e, err := s.Get(id)
	if err != nil || figureValue(r, "llct.lop") != 2 || e.Revision != 2 {
		t.Fatalf("after the restart: %d, revision %d, %v; want the kept edit 2 as revision 2", figureValue(r, "llct.lop"), e.Revision, err)
	}

	// The app stays open this time: the edit goes by itself.
	ns = watch(s)
	srv.Down()
	if _, err := s.Update(id, withFigure(sample(2019), "llct.lop", 3), SaveOptions{Author: "Lan"}); !errors.Is(err, ErrOffline) {
		t.Fatal(err)
	}
	if err := srv.Up(); err != nil {
		t.Fatal(err)
	}
	n := ns.wait(t, NoticeOnline, 20*time.Second)
	if !strings.Contains(n.Text, "kết nối lại") {
		t.Errorf("notice = %q", n.Text)
	}
	r, _, err = s.Get(id)
	if err != nil || figureValue(r, "llct.lop") != 3 || s.Pending() != 0 {
		t.Fatalf("after the server came back: %d, pending %d, %v", figureValue(r, "llct.lop"), s.Pending(), err)
	}
}

// TestFirstOpenTogether: clerks starting the app at once on an empty
// database: one creates the tables, the others wait and use them.
func TestFirstOpenTogether(t *testing.T) {
	dsn := pgtest.Need(t, pg, pgErr).Fresh(t)
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(dsn)
			if err == nil {
				_, err = s.List()
				s.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestTLS: over TCP the test server takes TLS connections only. sslmode
// in the URL decides: require and verify-full (checking the server's
// certificate with sslrootcert) connect encrypted, the default (prefer)
// too; disable is refused by the server, in Vietnamese.
func TestTLS(t *testing.T) {
	srv := pgtest.Need(t, pg, pgErr)
	db, err := srv.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"sslmode=require", "sslmode=verify-full&sslrootcert=" + srv.Cert(), "connect_timeout=5"} {
		s, err := Open(srv.TCP(db, pgtest.Admin, q))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var ssl bool
		if err := s.db.QueryRow(`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`).Scan(&ssl); err != nil || !ssl {
			t.Errorf("%s: ssl = %v, %v", q, ssl, err)
		}
		s.Close()
	}
	if _, err := Open(srv.TCP(db, pgtest.Admin, "sslmode=disable")); !errors.Is(err, ErrDenied) || !strings.Contains(err.Error(), "từ chối") {
		t.Errorf("sslmode=disable: %v, want the server's refusal", err)
	}
	// verify-full with a root that did not sign the server's certificate.
	other, err := pgtest.OtherRoot(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(srv.TCP(db, pgtest.Admin, "sslmode=verify-full&sslrootcert="+other))
	t.Logf("verify-full with another root: %v", err)
	if !errors.Is(err, errTLS) || !strings.Contains(err.Error(), "chứng chỉ") {
		t.Error("verify-full accepted a certificate its root did not sign")
	}
}
