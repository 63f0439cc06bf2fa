package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"baocao/report"
)

// reconnectEvery is how often a Store with edits kept on this computer
// tries the server again.
var reconnectEvery = 3 * time.Second

// journal holds the saves a shared archive could not send to its server:
// one file in the user's configuration folder per archive, rewritten
// (atomically) at each change, so that an edit survives the app being
// closed or killed while the server is away. It keeps the latest content
// of each report only: a save sends the whole report.
type journal struct {
	mu    sync.Mutex
	path  string
	saves []pendingSave
	seq   uint64
}

// pendingSave is an Update that waits for the server.
type pendingSave struct {
	ReportID int64           `json:"report_id"`
	Base     int             `json:"base"` // the revision the edit was made on; 0 unknown
	Author   string          `json:"author"`
	Note     string          `json:"note"`
	Auto     bool            `json:"auto"`
	Kept     time.Time       `json:"kept"`
	Report   json.RawMessage `json:"report"`
	seq      uint64
}

type journalFile struct {
	Format  string        `json:"format"`
	Archive string        `json:"archive"`
	Saves   []pendingSave `json:"saves"`
}

const journalFormat = "baocao.pending/1"

// journalPath is the journal's file for the archive at url (without its
// password): baocao/pending/<hash>.json in the user's configuration folder.
func journalPath(url string) (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(dir, "baocao", "pending", hex.EncodeToString(sum[:8])+".json"), nil
}

// openJournal reads the journal of the archive at url; a missing file is
// an empty journal.
func openJournal(url string) (*journal, error) {
	path, err := journalPath(url)
	if err != nil {
		return nil, fmt.Errorf("không tìm thấy thư mục cấu hình để giữ tạm bản sửa: %w", err)
	}
	j := &journal{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return j, nil
	}
	if err != nil {
		return nil, fmt.Errorf("đọc tệp giữ tạm bản sửa %s: %w", path, err)
	}
	var f journalFile
	if err := json.Unmarshal(data, &f); err != nil || f.Format != journalFormat {
		return nil, fmt.Errorf("tệp giữ tạm bản sửa %s bị hỏng (hãy chép nó ra chỗ khác rồi xóa): %v", path, err)
	}
	for _, p := range f.Saves {
		j.seq++
		p.seq = j.seq
		j.saves = append(j.saves, p)
	}
	return j, nil
}

// put keeps p, in place of an older save of the same report.
func (j *journal) put(p pendingSave, archive string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.seq++
	p.seq = j.seq
	out := j.saves[:0:0]
	for _, q := range j.saves {
		if q.ReportID != p.ReportID {
			out = append(out, q)
		} else if p.Base == 0 {
			p.Base = q.Base // the edit goes on from the same revision
		}
	}
	old := j.saves
	j.saves = append(out, p)
	if err := j.writeLocked(archive); err != nil {
		j.saves = old
		return err
	}
	return nil
}

// drop removes the save of report id, when it is seq (or any, seq 0).
func (j *journal) drop(id int64, seq uint64, archive string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := j.saves[:0:0]
	for _, q := range j.saves {
		if q.ReportID != id || (seq != 0 && q.seq != seq) {
			out = append(out, q)
		}
	}
	if len(out) == len(j.saves) {
		return nil
	}
	j.saves = out
	return j.writeLocked(archive)
}

func (j *journal) list() []pendingSave {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]pendingSave(nil), j.saves...)
}

func (j *journal) len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.saves)
}

func (j *journal) writeLocked(archive string) error {
	if len(j.saves) == 0 {
		if err := os.Remove(j.path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	data, err := json.MarshalIndent(journalFile{Format: journalFormat, Archive: archive, Saves: j.saves}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(j.path), 0o700); err != nil {
		return err
	}
	return report.WriteFileAtomic(j.path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Pending is the number of reports whose last edits wait in the journal
// on this computer for the server; always 0 for a local archive.
func (s *Store) Pending() int {
	if s.journal == nil {
		return 0
	}
	return s.journal.len()
}

// keep puts an Update the server did not take into the journal and makes
// sure it is sent when the server is back.
func (s *Store) keep(id int64, r *report.Report, opt SaveOptions) error {
	_, data, err := prepare(r)
	if err != nil {
		return err
	}
	base, _, _ := s.base(id)
	err = s.journal.put(pendingSave{ReportID: id, Base: base, Author: opt.Author, Note: opt.Note, Auto: opt.Auto,
		Kept: time.Now(), Report: data}, s.path)
	if err != nil {
		return fmt.Errorf("ghi tệp giữ tạm %s: %w", s.journal.path, err)
	}
	s.wentOffline()
	return nil
}

// settle drops the journal's older save of report id once a newer one
// reached the server.
func (s *Store) settle(id int64) {
	if s.journal == nil {
		return
	}
	s.journal.drop(id, 0, s.path)
	s.mu.Lock()
	wasOffline := s.offline && s.journal.len() == 0
	s.offline = s.offline && !wasOffline
	s.mu.Unlock()
	if wasOffline {
		s.tell(Notice{Kind: NoticeOnline, Text: "Đã kết nối lại máy chủ; mọi bản sửa đã được lưu vào kho dùng chung"})
	}
}

// wentOffline tells the clerk and starts trying the server again.
func (s *Store) wentOffline() {
	s.mu.Lock()
	first := !s.offline
	s.offline = true
	done := s.done
	start := !s.retrying && done != nil
	if start {
		s.retrying = true
	}
	s.mu.Unlock()
	if first {
		s.tell(Notice{Kind: NoticeOffline, Text: fmt.Sprintf(
			"Mất kết nối với máy chủ kho dùng chung; các thay đổi được giữ tạm trên máy này (%d báo cáo) và sẽ tự lưu khi máy chủ hoạt động lại", s.Pending())})
	}
	if start {
		go s.reconnect(done)
	}
}

// reconnect tries the server every reconnectEvery until the journal is
// sent or the Store closed.
func (s *Store) reconnect(done <-chan struct{}) {
	t := time.NewTicker(reconnectEvery)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		if s.replay() {
			s.mu.Lock()
			s.retrying = false
			s.mu.Unlock()
			return
		}
	}
}

// replay sends the journal's saves to the server; it reports whether the
// journal is empty now.
func (s *Store) replay() bool {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	err := s.db.PingContext(ctx)
	cancel()
	if err != nil {
		return false
	}
	sent := 0
	for _, p := range s.journal.list() {
		r, err := report.Parse(p.Report)
		if err != nil { // cannot happen: prepare wrote it
			s.journal.drop(p.ReportID, p.seq, s.path)
			continue
		}
		if p.Base > 0 {
			if _, known, _ := s.base(p.ReportID); !known {
				s.saw(p.ReportID, p.Base)
			}
		}
		_, err = s.updateNow(p.ReportID, r, SaveOptions{Author: p.Author, Note: p.Note, Auto: p.Auto})
		switch {
		case errors.Is(err, ErrOffline):
			return false
		case err != nil:
			s.keepAsFile(p, r, err)
		default:
			sent++
		}
		s.journal.drop(p.ReportID, p.seq, s.path)
	}
	if s.journal.len() > 0 {
		return false
	}
	s.mu.Lock()
	was := s.offline
	s.offline = false
	s.mu.Unlock()
	if was || sent > 0 {
		s.tell(Notice{Kind: NoticeOnline, Text: fmt.Sprintf("Đã kết nối lại máy chủ; đã lưu %d báo cáo giữ tạm trên máy này vào kho dùng chung", sent)})
	}
	return true
}

// keepAsFile writes an edit the server refused (the report was finalized
// or deleted meanwhile) beside the journal as a report file, so that
// nothing typed is lost, and says where.
func (s *Store) keepAsFile(p pendingSave, r *report.Report, cause error) {
	path := filepath.Join(filepath.Dir(s.journal.path), fmt.Sprintf("bao-cao-%d-%s.json", p.ReportID, p.Kept.Format("20060102-150405")))
	err := report.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(p.Report)
		return err
	})
	text := fmt.Sprintf("Không lưu được vào kho bản sửa giữ tạm của báo cáo %s (%v); bản sửa đã được ghi thành tệp %s, mở bằng Mở tệp…", labelOf(r), cause, path)
	if err != nil {
		text = fmt.Sprintf("Không lưu được vào kho bản sửa giữ tạm của báo cáo %s (%v), cũng không ghi được tệp %s: %v", labelOf(r), cause, path, err)
	}
	s.tell(Notice{Kind: NoticeKept, ReportID: p.ReportID, Text: text})
}

// startShared opens the journal of a shared archive and sends what it
// holds (the server is up: Open just reached it).
func (s *Store) startShared() error {
	j, err := openJournal(s.path)
	if err != nil {
		return err
	}
	s.journal = j
	s.done = make(chan struct{})
	if j.len() > 0 && !s.readOnly {
		if !s.replay() {
			s.wentOffline()
		}
	}
	return nil
}

func (s *Store) stopShared() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done != nil {
		close(s.done)
		s.done = nil
	}
}
