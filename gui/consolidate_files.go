package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
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
	g.chooseFolder("Lấy các tệp trong thư mục này", "Chọn thư mục chứa báo cáo của các đơn vị cấp dưới",
		g.app.Preferences().String(prefOpenDir), func(dir string) {
			g.app.Preferences().SetString(prefOpenDir, dir)
			s.addFolderPath(dir)
		})
}

// addFolderPath adds the unit files of a folder, listed off the UI
// goroutine; a folder without any is explained.
func (s *consolidateScreen) addFolderPath(dir string) {
	var paths []string
	var err error
	s.g.background(func() { paths, err = unitFilesIn(dir) }, func() {
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
	})
}

// dropped takes files and folders dropped on the window while the screen
// is shown: the files as chosen, the folders' unit files. Files of other
// kinds are listed in a message, not added.
func (s *consolidateScreen) dropped(_ fyne.Position, uris []fyne.URI) {
	if !s.shown() {
		return
	}
	dropped := make([]string, len(uris))
	for i, u := range uris {
		dropped[i] = u.Path()
	}
	var paths, skipped []string
	s.g.background(func() { paths, skipped = findUnitFiles(dropped) }, func() {
		s.addPaths(paths)
		if len(skipped) > 0 {
			s.g.showInfo("Có tệp không được thêm",
				"Chỉ nhận tệp báo cáo (.json) và bảng tính Excel (.xlsx). Không thêm:\n\n"+problemLines(skipped, 12))
		}
	})
}

// findUnitFiles sorts what was dropped: unit files, the unit files of
// folders, and what is skipped (named for the clerk).
func findUnitFiles(dropped []string) (paths, skipped []string) {
	for _, p := range dropped {
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
	return paths, skipped
}
