package gui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"baocao/report"
	"baocao/report/flow"
)

// unitFiles are the lower units' files chosen for the consolidation, in
// the order they were added, and what reading each gave.
type unitFiles struct {
	paths     []string                 // the chosen files, absolute
	sources   map[string]report.Source // what reading each gave; absent while it is read
	loadTotal int                      // files handed to the readers since the bar was last empty
	loadDone  int                      // of which read
}

func newUnitFiles() unitFiles { return unitFiles{sources: map[string]report.Source{}} }

// add chooses the paths not chosen yet and returns them (absolute), to be
// read.
func (f *unitFiles) add(paths []string) []string {
	var fresh []string
	have := make(map[string]bool, len(f.paths))
	for _, p := range f.paths {
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
	f.paths = append(f.paths, fresh...)
	f.loadTotal += len(fresh)
	return fresh
}

// keep takes what reading a batch of files gave, for the files still
// chosen.
func (f *unitFiles) keep(srcs []report.Source) {
	chosen := make(map[string]bool, len(f.paths))
	for _, p := range f.paths {
		chosen[p] = true
	}
	for _, src := range srcs {
		if chosen[src.Name] {
			f.sources[src.Name] = src
		}
	}
	if f.loadDone >= f.loadTotal && f.pending() == 0 {
		f.loadDone, f.loadTotal = 0, 0
	}
}

// remove takes a file off the list.
func (f *unitFiles) remove(path string) {
	for i, p := range f.paths {
		if p == path {
			f.paths = append(f.paths[:i], f.paths[i+1:]...)
			break
		}
	}
	delete(f.sources, path)
	if !f.loading() {
		f.loadDone, f.loadTotal = 0, 0
	}
}

// pending counts the chosen files not read yet.
func (f *unitFiles) pending() int {
	n := 0
	for _, p := range f.paths {
		if _, ok := f.sources[p]; !ok {
			n++
		}
	}
	return n
}

// loading reports whether files are being read.
func (f *unitFiles) loading() bool { return f.pending() > 0 }

// displayNames names each chosen file as the screen shows it: its base
// name, or its folder and base name when two chosen files share a name.
func (f *unitFiles) displayNames() map[string]string {
	count := map[string]int{}
	for _, p := range f.paths {
		count[strings.ToLower(filepath.Base(p))]++
	}
	out := make(map[string]string, len(f.paths))
	for _, p := range f.paths {
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
func (f *unitFiles) readSources() []report.Source { return f.readSourcesNamed(f.displayNames()) }

// readSourcesNamed is readSources with the files' displayNames.
func (f *unitFiles) readSourcesNamed(names map[string]string) []report.Source {
	out := make([]report.Source, 0, len(f.paths))
	for _, p := range f.paths {
		src, ok := f.sources[p]
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
func (f *unitFiles) unreadable() []string { return flow.Unreadable(f.readSources()) }

// unitsIn are the units of the files read, other than head itself, once
// each, in the order of the files. A unit that sent a report of another
// period is one of them: it is a unit that must report.
func (f *unitFiles) unitsIn(head *report.Report) []report.Organization {
	var out []report.Organization
	seen := map[string]bool{}
	if head != nil {
		seen[head.Organization.UnitKey()] = true
	}
	for _, p := range f.paths {
		src, ok := f.sources[p]
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

// addPaths adds files not chosen yet and reads them in parallel off the
// UI goroutine; the progress bar follows the reading.
func (s *consolidateScreen) addPaths(paths []string) {
	fresh := s.files.add(paths)
	if len(fresh) == 0 {
		return
	}
	s.showProgress()
	s.update()
	s.ui.tabs.SelectIndex(consTabUnits)
	g := s.g
	var srcs []report.Source
	g.background(func() {
		srcs = flow.LoadMany(fresh, func(done, total int) { g.cfg.do(s.fileRead) })
	}, func() {
		s.files.keep(srcs)
		s.showProgress()
		s.update()
	})
}

// fileRead counts one more file read (UI goroutine).
func (s *consolidateScreen) fileRead() {
	s.files.loadDone++
	s.showProgress()
}

func (s *consolidateScreen) showProgress() {
	if s.files.loadTotal == 0 || !s.files.loading() {
		s.ui.progBox.Hide()
		return
	}
	s.ui.progress.SetValue(float64(s.files.loadDone) / float64(s.files.loadTotal))
	s.ui.progBox.Show()
}

// removeFile takes a file off the list.
func (s *consolidateScreen) removeFile(path string) {
	s.files.remove(path)
	s.showProgress()
	s.update()
}

// clearFiles takes every file off the list, after a confirmation.
func (s *consolidateScreen) clearFiles() {
	if len(s.files.paths) == 0 {
		return
	}
	s.g.confirm("Bỏ tất cả tệp",
		fmt.Sprintf("Bỏ %d tệp khỏi danh sách tổng hợp? Các tệp trên đĩa không bị xóa.", len(s.files.paths)),
		"Bỏ tất cả", func() {
			s.files = newUnitFiles()
			s.showProgress()
			s.update()
		})
}
