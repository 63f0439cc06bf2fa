package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"baocao/report"
)

// Exit statuses of the command line contract.
const (
	exitOK    = 0
	exitInput = 1 // the input has errors; nothing half-written is left behind
	exitUsage = 2
)

const usage = `Cách dùng:
  baocao                                   mở chương trình
  baocao sample                            in báo cáo mẫu (Hà Nam, 6 tháng đầu năm 2019) dạng JSON
  baocao validate FILE                     liệt kê lỗi và cảnh báo; thoát với mã 1 nếu có lỗi
  baocao export FILE [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--docx OUT.docx] [--font FILE.ttf]
  baocao import BOOK.xlsx [-o OUT.json]    tệp Excel do chương trình xuất, hoặc biểu mẫu đã điền → tệp báo cáo
  baocao consolidate --as HEAD.json [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--docx OUT.docx] [-o OUT.json] [--skip-bad] FILE...
  baocao forms --as HEAD.json --out DIR [--units UNITS.csv] [--db PATH]
                                           biểu mẫu cho đơn vị cấp dưới, mỗi đơn vị một tệp (không có danh sách: một biểu mẫu trống)
  baocao save FILE [--db PATH]             lưu tệp báo cáo hoặc tệp Excel vào kho
  baocao list [--db PATH]                  danh sách báo cáo trong kho
  baocao show ID [--db PATH] [-o OUT.json] in (hoặc ghi) một báo cáo trong kho
  baocao history ID [--db PATH]            lịch sử các lần lưu của một báo cáo
  baocao migrate --from KHO.db --to URL    chép kho trên máy sang kho dùng chung (PostgreSQL)
  baocao finalize ID [--db PATH]           chốt báo cáo (từ chối nếu còn lỗi)
  baocao reopen ID [--db PATH]             mở lại báo cáo đã chốt để sửa
  baocao template list|show|export|import|check ...
                                           mẫu báo cáo: danh sách, xem, ghi ra tệp, nhận từ tệp, kiểm tra tệp
  baocao new --template MẪU [--period KỲ] [--year NĂM] -o OUT.json [--db PATH]
                                           báo cáo mới theo mẫu (mã, mã@phiên bản, hoặc tệp mẫu)
  baocao --version                         phiên bản

FILE là tệp báo cáo (.json) hoặc tệp Excel do chương trình này xuất ra.
KỲ: M1…M12 (tháng), Q1…Q4 (quý), H1 (6 tháng đầu năm), 9M (9 tháng), Y (cả năm).
Kho dữ liệu: --db PATH, hoặc biến môi trường BAOCAO_DB, hoặc thư mục dữ liệu của người dùng;
PATH có thể là địa chỉ kho dùng chung postgres://người_dùng@máy_chủ/csdl?sslmode=require.
`

// usageError is a wrong use of the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// cli carries what the commands print to.
type cli struct {
	stdout, stderr io.Writer
}

type command func(c *cli, args []string) error

var commands = map[string]command{
	"sample":      (*cli).sample,
	"validate":    (*cli).validate,
	"export":      (*cli).export,
	"import":      (*cli).importBook,
	"consolidate": (*cli).consolidate,
	"forms":       (*cli).forms,
	"save":        (*cli).save,
	"list":        (*cli).list,
	"show":        (*cli).show,
	"history":     (*cli).history,
	"migrate":     (*cli).migrate,
	"finalize":    (*cli).finalize,
	"reopen":      (*cli).reopen,
	"template":    (*cli).template,
	"new":         (*cli).newReport,
}

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	c := &cli{stdout: printable{stdout}, stderr: printable{stderr}}
	if len(args) == 0 || strings.HasPrefix(args[0], "--db") {
		return c.app(args)
	}
	switch args[0] {
	case "--version", "-version", "version":
		fmt.Fprintln(stdout, "Báo cáo sơ kết", version)
		return exitOK
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "baocao: không có lệnh %q\n\n%s", args[0], usage)
		return exitUsage
	}
	err := cmd(c, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "baocao %s: %v\n\n%s", args[0], err, usage)
		return exitUsage
	case errors.Is(err, errReported):
		return exitInput
	default:
		fmt.Fprintf(stderr, "baocao %s: %v\n", args[0], err)
		return exitInput
	}
}

// errReported means the problems were already printed.
var errReported = errors.New("đã báo lỗi")

// parseFlags parses flags that may stand before or after the positional
// arguments (baocao export FILE --pdf OUT.pdf).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usagef("%v", vnFlagError(err))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func vnFlagError(err error) string {
	s := err.Error()
	switch {
	case strings.HasPrefix(s, "flag provided but not defined: "):
		return "không có tùy chọn " + strings.TrimPrefix(s, "flag provided but not defined: ")
	case strings.HasPrefix(s, "flag needs an argument: "):
		return "tùy chọn " + strings.TrimPrefix(s, "flag needs an argument: ") + " cần một giá trị"
	}
	return s
}

// printProblems writes the problems of a report to stderr, prefixed by the
// file name; it reports whether there is an error among them.
func (c *cli) printProblems(name string, ps report.Problems) bool {
	for _, p := range ps {
		fmt.Fprintf(c.stderr, "%s: %s\n", name, p)
	}
	return ps.HasErrors()
}
