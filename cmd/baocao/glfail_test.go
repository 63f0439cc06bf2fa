package main

import (
	"io"
	"log"
	"strings"
	"testing"
)

func TestGLWatchShowsMessageOnWindowFailure(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		shown bool
	}{
		{"window", []string{"Fyne error:  window creation error", "  Cause: VersionUnavailable: WGL: OpenGL 3.2 not supported", "  At: window_desktop.go:840"}, true},
		{"glfw init", []string{"Fyne error:  failed to initialise GLFW", "  Cause: X11: The DISPLAY environment variable is missing", "  At: loop_desktop.go:29"}, true},
		{"wgl platform error", []string{"2026/12/01 21:43:47 PlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle.", "after"}, true},
		{"other platform error", []string{"PlatformError: Win32: Failed to set clipboard", "after"}, false},
		{"other error", []string{"Fyne error:  Failed to load preferences", "  Cause: x", "  At: y.go:1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			g := newGLWatch(&out)
			var shown string
			exited := -1
			g.fatal = func(title, text string) { shown = text }
			g.exit = func(code int) { exited = code }
			l := log.New(g, "", 0)
			for _, line := range tc.lines {
				l.Println(line)
			}
			if tc.shown != (shown == glFailureMessage) || tc.shown != (exited == 1) {
				t.Errorf("shown %v, exit %d", shown != "", exited)
			}
			if !strings.Contains(out.String(), tc.lines[1]) {
				t.Error("the log lines were not passed on")
			}
		})
	}
	var _ io.Writer = newGLWatch(io.Discard)
}
