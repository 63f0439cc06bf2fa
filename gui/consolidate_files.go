package gui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"baocao/report"
	"baocao/report/xlsx"
)

// unitFileExts are the files a lower unit sends: report files and
// workbooks exported by the app.
var unitFileExts = []string{".json", ".xlsx"}

// isUnitFile reports whether a file name looks like a unit's report: a
// .json or .xlsx, not Excel's lock file (~$…) nor a hidden file.
func isUnitFile(name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, "~$") || strings.HasPrefix(base, ".") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(base))
	for _, e := range unitFileExts {
		if ext == e {
			return true
		}
	}
	return false
}

// unitFilesIn lists the unit files of a folder (not its subfolders),
// sorted by name.
func unitFilesIn(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("đọc thư mục %s: %w", dir, err)
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && isUnitFile(e.Name()) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// chooseFile adds one file chosen in Fyne's file dialog (it picks one at a
// time; the clerk may choose again, or take a whole folder).
func (s *consolidateScreen) chooseFile() {
	s.g.chooseReportFile("Chọn tệp", "Thêm tệp này",
		"Chọn tệp báo cáo (.json) hoặc bảng tính Excel (.xlsx) của một đơn vị cấp dưới",
		func(path string) { s.addPaths([]string{path}) })
}

// chooseFolder adds every .json and .xlsx file of a chosen folder.
func (s *consolidateScreen) chooseFolder() {
	g := s.g
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			g.showError("Chọn thư mục", err)
			return
		}
		if l == nil {
			return
		}
		g.app.Preferences().SetString(prefOpenDir, l.Path())
		s.addFolderPath(l.Path())
	}, g.win)
	d.SetConfirmText("Lấy các tệp trong thư mục này")
	d.SetTitleText("Chọn thư mục chứa báo cáo của các đơn vị cấp dưới")
	if dir := g.app.Preferences().String(prefOpenDir); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600))
}

// addFolderPath adds the unit files of a folder; a folder without any is
// explained.
func (s *consolidateScreen) addFolderPath(dir string) {
	paths, err := unitFilesIn(dir)
	if err != nil {
		s.g.showError("Lấy tệp trong thư mục", err)
		return
	}
	if len(paths) == 0 {
		s.g.showInfo("Thư mục không có tệp báo cáo",
			"Thư mục "+dir+" không có tệp .json hay .xlsx nào. Hãy chọn thư mục chứa các tệp báo cáo mà đơn vị cấp dưới đã gửi.")
		return
	}
	s.addPaths(paths)
}

// dropped takes files and folders dropped on the window while the screen
// is shown: the files as chosen, the folders' unit files. Files of other
// kinds are listed in a message, not added.
func (s *consolidateScreen) dropped(_ fyne.Position, uris []fyne.URI) {
	if !s.shown() {
		return
	}
	var paths, skipped []string
	for _, u := range uris {
		p := u.Path()
		st, err := os.Stat(p)
		switch {
		case err != nil:
			skipped = append(skipped, filepath.Base(p))
		case st.IsDir():
			in, err := unitFilesIn(p)
			if err != nil || len(in) == 0 {
				skipped = append(skipped, filepath.Base(p)+" (thư mục không có tệp .json, .xlsx)")
			}
			paths = append(paths, in...)
		case isUnitFile(p):
			paths = append(paths, p)
		default:
			skipped = append(skipped, filepath.Base(p))
		}
	}
	s.addPaths(paths)
	if len(skipped) > 0 {
		s.g.showInfo("Có tệp không được thêm",
			"Chỉ nhận tệp báo cáo (.json) và bảng tính Excel (.xlsx). Không thêm:\n\n"+problemLines(skipped, 12))
	}
}

// addPaths adds files not chosen yet and reads them in parallel off the
// UI goroutine; the progress bar follows the reading.
func (s *consolidateScreen) addPaths(paths []string) {
	var fresh []string
	have := make(map[string]bool, len(s.files))
	for _, p := range s.files {
		have[p] = true
	}
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if have[p] {
			continue
		}
		have[p] = true
		fresh = append(fresh, p)
	}
	if len(fresh) == 0 {
		return
	}
	s.files = append(s.files, fresh...)
	s.loadTotal += len(fresh)
	s.showProgress()
	s.update()
	if len(fresh) > 0 {
		s.tabs.SelectIndex(consTabUnits)
	}
	g := s.g
	cat := g.cat
	go func() {
		srcs := report.LoadMany(fresh, func(p string) (*report.Report, error) { return xlsx.LoadFile(p, cat) },
			func(done, total int) { g.cfg.do(s.fileRead) })
		g.cfg.do(func() { s.batchRead(srcs) })
	}()
}

// fileRead counts one more file read (UI goroutine).
func (s *consolidateScreen) fileRead() {
	s.loadDone++
	s.showProgress()
}

// batchRead keeps what reading a batch of files gave, for the files
// still chosen (UI goroutine).
func (s *consolidateScreen) batchRead(srcs []report.Source) {
	chosen := make(map[string]bool, len(s.files))
	for _, p := range s.files {
		chosen[p] = true
	}
	for _, src := range srcs {
		if chosen[src.Name] {
			s.sources[src.Name] = src
		}
	}
	if s.loadDone >= s.loadTotal && s.pending() == 0 {
		s.loadDone, s.loadTotal = 0, 0
	}
	s.showProgress()
	s.update()
}

// pending counts the chosen files not read yet.
func (s *consolidateScreen) pending() int {
	n := 0
	for _, p := range s.files {
		if _, ok := s.sources[p]; !ok {
			n++
		}
	}
	return n
}

// loading reports whether files are being read.
func (s *consolidateScreen) loading() bool { return s.pending() > 0 }

func (s *consolidateScreen) showProgress() {
	if s.loadTotal == 0 || !s.loading() {
		s.progBox.Hide()
		return
	}
	s.progress.SetValue(float64(s.loadDone) / float64(s.loadTotal))
	s.progBox.Show()
}

// removeFile takes a file off the list.
func (s *consolidateScreen) removeFile(path string) {
	for i, p := range s.files {
		if p == path {
			s.files = append(s.files[:i], s.files[i+1:]...)
			break
		}
	}
	delete(s.sources, path)
	if !s.loading() {
		s.loadDone, s.loadTotal = 0, 0
	}
	s.showProgress()
	s.update()
}

// clearFiles takes every file off the list, after a confirmation.
func (s *consolidateScreen) clearFiles() {
	if len(s.files) == 0 {
		return
	}
	s.g.confirm("Bỏ tất cả tệp",
		fmt.Sprintf("Bỏ %d tệp khỏi danh sách tổng hợp? Các tệp trên đĩa không bị xóa.", len(s.files)),
		"Bỏ tất cả", func() {
			s.files = nil
			s.sources = map[string]report.Source{}
			s.loadDone, s.loadTotal = 0, 0
			s.showProgress()
			s.update()
		})
}

// displayNames names each chosen file as the screen shows it: its base
// name, or its folder and base name when two chosen files share a name.
func (s *consolidateScreen) displayNames() map[string]string {
	count := map[string]int{}
	for _, p := range s.files {
		count[strings.ToLower(filepath.Base(p))]++
	}
	out := make(map[string]string, len(s.files))
	for _, p := range s.files {
		name := filepath.Base(p)
		if count[strings.ToLower(name)] > 1 {
			name = filepath.Join(filepath.Base(filepath.Dir(p)), name)
		}
		out[p] = name
	}
	return out
}

// readSources are the files read so far, in the order they were chosen,
// named as the screen shows them; a reading error names the file the same
// way.
func (s *consolidateScreen) readSources() []report.Source {
	names := s.displayNames()
	out := make([]report.Source, 0, len(s.files))
	for _, p := range s.files {
		src, ok := s.sources[p]
		if !ok {
			continue
		}
		src.Name = names[p]
		if src.Err != nil {
			src.Err = readError(p, src.Name, src.Err)
		}
		out = append(out, src)
	}
	return out
}

// unreadable lists the chosen files that could not be read.
func (s *consolidateScreen) unreadable() []string {
	names := s.displayNames()
	var out []string
	for _, p := range s.files {
		if src, ok := s.sources[p]; ok && src.Err != nil {
			out = append(out, names[p])
		}
	}
	return out
}

// loadedUnits are the units of the files read, other than the head
// itself, once each, in the order of the files. A unit that sent a report
// of another period is one of them: it is a unit that must report.
func (s *consolidateScreen) loadedUnits() []report.Organization {
	var out []report.Organization
	seen := map[string]bool{}
	if s.head != nil {
		seen[s.head.Organization.UnitKey()] = true
	}
	for _, p := range s.files {
		src, ok := s.sources[p]
		if !ok || src.Report == nil {
			continue
		}
		r := src.Report
		key := r.Organization.UnitKey()
		if seen[key] || strings.TrimSpace(r.Organization.Superior+r.Organization.Name) == "" {
			continue
		}
		seen[key] = true
		out = append(out, r.Organization)
	}
	return out
}

// readError is a reading error as the screen shows it: the file named as
// in the list, not by its full path.
func readError(path, name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), path+": ")
	return errors.New(strings.ReplaceAll(msg, path, name))
}
