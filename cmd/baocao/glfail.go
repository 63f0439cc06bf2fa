package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"sync"
)

// glFailureMessage tells the clerk, in Vietnamese, why the window could not
// open and what to do (README, "Khắc phục sự cố").
const glFailureMessage = `Không mở được cửa sổ chương trình Báo cáo sơ kết: máy tính này chưa có OpenGL 3.2 hoặc mới hơn.

Điều này thường gặp trên máy tính cũ hoặc khi làm việc qua Remote Desktop.

Cách khắc phục:
1. Cập nhật trình điều khiển (driver) card màn hình của máy, rồi mở lại chương trình; hoặc
2. Chép tệp opengl32.dll của Mesa3D (bản dựng phần mềm "llvmpipe", 64-bit) vào cùng thư mục với baocao.exe, rồi mở lại chương trình.

Dữ liệu đã nhập không bị mất. Xem thêm mục "Khắc phục sự cố" trong hướng dẫn (README).`

// glWatch is the log output while the desktop app runs. It passes every
// line on, and recognises Fyne's report that it could not create the
// window or start GLFW (no OpenGL 3.2): it then shows glFailureMessage in a
// message box a clerk can read — a Windows GUI program has no console —
// and exits.
type glWatch struct {
	mu      sync.Mutex
	out     io.Writer
	line    []byte
	failing bool
	fatal   func(title, text string) // shows the message; replaced in tests
	exit    func(code int)
}

func newGLWatch(out io.Writer) *glWatch {
	return &glWatch{out: out, fatal: showFatal, exit: os.Exit}
}

func (g *glWatch) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	n, err := g.out.Write(p)
	g.line = append(g.line, p...)
	for {
		i := bytes.IndexByte(g.line, '\n')
		if i < 0 {
			break
		}
		g.handle(string(g.line[:i]))
		g.line = g.line[i+1:]
	}
	return n, err
}

func (g *glWatch) handle(line string) {
	switch {
	case glPlatformFailure(line):
		// GLFW could not make an OpenGL context for the window (Wine, some
		// display drivers): go-gl logs it and Fyne goes on with no window,
		// which would leave a program running with nothing on the screen.
		g.fatal("Báo cáo sơ kết — không mở được cửa sổ", glFailureMessage)
		g.exit(1)
	case strings.Contains(line, "Fyne error:"):
		g.failing = strings.Contains(line, "window creation error") || strings.Contains(line, "failed to initialise GLFW")
	case g.failing && strings.Contains(line, "At:"):
		// Fyne exits right after this line: tell the clerk first.
		g.failing = false
		g.fatal("Báo cáo sơ kết — không mở được cửa sổ", glFailureMessage)
		g.exit(1)
	}
}

// glPlatformFailure recognises go-gl's log line for a GLFW platform error
// about the OpenGL context or its pixel format (WGL on Windows, GLX on X11),
// such as "PlatformError: WGL: Failed to set pixel format for dummy
// context".
func glPlatformFailure(line string) bool {
	if !strings.Contains(line, "PlatformError: WGL:") && !strings.Contains(line, "PlatformError: GLX:") {
		return false
	}
	return strings.Contains(line, "pixel format") || strings.Contains(line, "context")
}
