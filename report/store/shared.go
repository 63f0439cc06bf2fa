package store

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Closed reports whether Close was called.
func (s *Store) Closed() bool { return s.closed.Load() }

// NoticeKind says what a Notice is about.
type NoticeKind int

// Notices of a shared archive.
const (
	// NoticeOffline: the server cannot be reached; the edits are kept on
	// this computer.
	NoticeOffline NoticeKind = iota + 1
	// NoticeOnline: the server is back and every edit kept meanwhile is
	// saved.
	NoticeOnline
	// NoticeConflict: another clerk saved the report while this one was
	// editing it; both versions are revisions of the report.
	NoticeConflict
	// NoticeKept: an edit kept on this computer could not be saved any
	// more (the report was finalized or deleted meanwhile); it was written
	// to a report file, named in the text.
	NoticeKept
)

// Notice is something the clerk should read on the status line, in
// Vietnamese.
type Notice struct {
	Kind     NoticeKind
	ReportID int64 // the report concerned; 0 for the archive as a whole
	Text     string
}

// OnNotice sets the function told about conflicts with other clerks and
// about the server going away and coming back. It is called on a
// goroutine of the Store's; it must not block.
//
// Notices given before OnNotice was called (Open sends the edits kept
// while the server was away, and may meet another clerk's saves) are
// handed to fn at once.
func (s *Store) OnNotice(fn func(Notice)) {
	s.mu.Lock()
	s.notify = fn
	early := s.early
	s.early = nil
	s.mu.Unlock()
	for _, n := range early {
		fn(n)
	}
}

// shared is what a Store keeps to work beside other clerks.
type shared struct {
	mu     sync.Mutex
	seen   map[int64]int // the revision of each report last read or written here
	own    map[int64]int // the revision of each report last written here
	notify func(Notice)
	early  []Notice // given while notify was nil

	closed atomic.Bool

	journal  *journal // PostgreSQL: saves waiting for the server
	retrying bool
	offline  bool
	done     chan struct{}
}

// base is the revision of report id this Store last read or wrote
// (known), and the one it last wrote itself.
func (s *Store) base(id int64) (rev int, known bool, own int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rev, known = s.seen[id]
	return rev, known, s.own[id]
}

// saw records that revision rev of report id was read here.
func (s *Store) saw(id int64, rev int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen == nil {
		s.seen = map[int64]int{}
	}
	s.seen[id] = rev
}

// wrote records that revision rev of report id was written here.
func (s *Store) wrote(id int64, rev int) {
	s.saw(id, rev)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.own == nil {
		s.own = map[int64]int{}
	}
	s.own[id] = rev
}

func (s *Store) tell(n Notice) {
	s.mu.Lock()
	fn := s.notify
	if fn == nil && len(s.early) < 100 {
		s.early = append(s.early, n)
	}
	s.mu.Unlock()
	if fn != nil {
		fn(n)
	}
}

// clash is the revision another clerk saved while this one was editing.
type clash struct {
	rev            int
	author, dbUser string
	saved          time.Time
}

// who names the clerk of the clash: "Nguyễn Văn A (tài khoản clerk_a)".
func (c *clash) who() string {
	switch {
	case c.author != "" && c.dbUser != "":
		return fmt.Sprintf("%s (tài khoản %s)", c.author, c.dbUser)
	case c.author != "":
		return c.author
	case c.dbUser != "":
		return "tài khoản " + c.dbUser
	}
	return "một người khác"
}

func (c *clash) when() string { return c.saved.Local().Format("15:04:05 ngày 02/01/2006") }

// note is the history's note of the revision saved on top of the clash.
func (c *clash) note() string {
	return fmt.Sprintf("Lưu sau bản %d của %s (lúc %s)", c.rev, c.who(), c.when())
}

func (s *Store) announceClash(id int64, label string, rev int, c *clash) {
	s.tell(Notice{Kind: NoticeConflict, ReportID: id, Text: fmt.Sprintf(
		"Báo cáo %s đã được %s lưu lúc %s (bản %d) trong khi bạn đang sửa. "+
			"Bản của bạn được lưu thành bản %d; bản của %s vẫn còn nguyên trong Lịch sử (bản %d) để đối chiếu hoặc khôi phục.",
		label, c.who(), c.when(), c.rev, rev, c.who(), c.rev)})
}
