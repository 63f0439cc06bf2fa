package gui

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// holdWriteLock takes the archive's write lock from a connection of its
// own, as another copy of the app writing would, and gives it up after d.
// released is closed then.
func holdWriteLock(t *testing.T, path string, d time.Duration) (released <-chan struct{}) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	// Something written, so that the lock is really held.
	if _, err := conn.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS khoa_thu (x)"); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	time.AfterFunc(d, func() {
		if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
			t.Error(err)
		}
		conn.Close()
		close(done)
	})
	return done
}

// While another copy of the app holds the archive's write lock (3 s), keys
// are handled at once: the entry shows them and the key's callback
// returns without waiting for the archive, during an autosave that waits
// and while closing the report waits for its last save. The edit is saved
// once the lock goes, and only then does the report close.
func TestTypingWhileArchiveLocked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kho.db")
	tg := newTestGUI(t, db, nil)
	e := tg.openSample(t)
	id := e.id
	en := e.general.place
	tg.win.Canvas().Focus(en)
	en.SetText("")
	tg.q.until(t, "the emptied place field saved", 5*time.Second, func() bool { return strings.HasPrefix(e.bar.save.Text, "Đã lưu") })

	locked := time.Now()
	released := holdWriteLock(t, db, 3*time.Second)
	slowest := time.Duration(0)
	typeKeys := func(s string) {
		for _, r := range s {
			t0 := time.Now()
			en.TypedRune(r)
			slowest = max(slowest, time.Since(t0))
			tg.q.drain()
		}
	}
	typeKeys("Phủ Lý")
	if en.Text != "Phủ Lý" {
		t.Fatalf("the field shows %q while the archive is locked", en.Text)
	}
	// The autosave starts and waits for the lock off the UI goroutine.
	tg.q.until(t, "the autosave started", 2*time.Second, func() bool {
		return e.saver.savedSeq.Load() < e.saver.seq && !e.saver.pending
	})
	if e.bar.save.Text != "Đang lưu vào kho…" {
		t.Errorf("status line while waiting for the archive = %q, want %q", e.bar.save.Text, "Đang lưu vào kho…")
	}
	typeKeys(" mới")
	if en.Text != "Phủ Lý mới" || e.r.Organization.Place != "Phủ Lý mới" {
		t.Fatalf("the field shows %q, the report holds %q; want %q in both", en.Text, e.r.Organization.Place, "Phủ Lý mới")
	}
	t0 := time.Now()
	tg.gui.closeReport()
	slowest = max(slowest, time.Since(t0))
	select {
	case <-released:
		t.Fatal("the lock was released before the typing ended: the test tested nothing")
	default:
	}
	if tg.ed == nil {
		t.Fatal("the report closed before it could be saved")
	}
	// Keys still go to the editor while the close waits.
	typeKeys("!")
	t.Logf("archive locked for 3 s: slowest key (or close) took %v", slowest)
	if slowest > time.Second {
		t.Errorf("a key (or the close) took %v while the archive was locked: the UI goroutine waits for the archive", slowest)
	}

	tg.settle(t)
	waited := time.Since(locked)
	if tg.ed != nil {
		t.Fatalf("the report is still open after the archive's lock went: %v", overlayTexts(tg.win.Canvas()))
	}
	if waited < 3*time.Second {
		t.Errorf("the close ended after %v, before the lock was released (3 s)", waited)
	}
	r, _, err := tg.st.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Organization.Place != "Phủ Lý mới!" {
		t.Errorf("the archive holds the place %q, want %q", r.Organization.Place, "Phủ Lý mới!")
	}
}
