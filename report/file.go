package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/report/vnenc"
)

// MaxFileSize is the largest report file read (a real one is a few kB).
const MaxFileSize = 32 << 20

// fileJSON mirrors Report with the figures kept raw, so that a fractional
// or textual number is reported with its field instead of a bare decoder
// error.
type fileJSON struct {
	Report
	Figures map[string]map[string]json.RawMessage `json:"figures"`
}

// Parse reads a report file's bytes. Text is composed to NFC. The error,
// in Vietnamese, names the line and column or the field at fault.
func Parse(data []byte) (*Report, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("tệp quá lớn (%s byte), không phải tệp báo cáo", FormatInt(int64(len(data))))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, fmt.Errorf("tệp được lưu theo bảng mã UTF-16 (Notepad gọi là Unicode), không phải UTF-8; hãy mở tệp và lưu lại với bảng mã UTF-8")
	}
	if err := vnenc.CheckUTF8(data); err != nil {
		// encoding/json would take such bytes as U+FFFD: letters lost.
		return nil, fmt.Errorf("tệp không phải UTF-8: %v; hãy lưu lại tệp theo bảng mã UTF-8", err)
	}
	var raw fileJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		return nil, jsonError(data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("có dữ liệu thừa sau đối tượng JSON (dòng %d)", lineOf(data, dec.InputOffset()))
	}
	r := raw.Report
	if r.Format == "" {
		return nil, fmt.Errorf("thiếu trường \"format\": đây không phải tệp báo cáo (%s)", FormatV1)
	}
	if r.Format != FormatV1 {
		if strings.HasPrefix(r.Format, "baocao.report/") {
			return nil, fmt.Errorf("tệp có định dạng %q, mới hơn phiên bản này (%s); hãy cập nhật chương trình", r.Format, FormatV1)
		}
		return nil, fmt.Errorf("trường \"format\" là %q: đây không phải tệp báo cáo (%s)", r.Format, FormatV1)
	}
	r.Figures = make(map[string]Figure, len(raw.Figures))
	codes := make([]string, 0, len(raw.Figures))
	for code := range raw.Figures {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		var f Figure
		for part, msg := range raw.Figures[code] {
			v, err := parseFigureNumber(msg)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", FigureField(code, part), err)
			}
			switch part {
			case "value":
				f.Value = v
			case "previous":
				f.Previous = v
			case "plan":
				f.Plan = v
			default:
				return nil, fmt.Errorf("figures.%s: trường lạ %q (chỉ có value, previous, plan)", code, part)
			}
		}
		r.Figures[code] = f
	}
	if err := r.CheckCatalogue(); err != nil {
		return nil, err
	}
	r.Normalize()
	return &r, nil
}

// CheckCatalogue checks the catalogue a report carries and indexes it, or
// makes sure that the built-in template it names is known; a reader of
// another file format that fills Tmpl and Cat calls it.
func (r *Report) CheckCatalogue() error {
	if r.Cat != nil {
		r.Cat.normalize()
		if err := r.Cat.Index(); err != nil {
			return fmt.Errorf("danh mục chỉ tiêu mang theo trong tệp: %w", err)
		}
		return nil
	}
	if t := r.Tmpl; t != nil && BuiltinTemplate(t.ID, t.Version) == nil {
		if IsBuiltin(t.ID) {
			return fmt.Errorf("báo cáo theo mẫu %s, mới hơn phiên bản này của chương trình; hãy cập nhật chương trình", t.Label())
		}
		return fmt.Errorf("báo cáo theo mẫu %s nhưng tệp không mang theo danh mục chỉ tiêu của mẫu", t.Label())
	}
	return nil
}

func parseFigureNumber(msg json.RawMessage) (*int64, error) {
	s := strings.TrimSpace(string(msg))
	if s == "null" {
		return nil, nil
	}
	if strings.HasPrefix(s, `"`) {
		return nil, fmt.Errorf("%s là chữ, cần một số nguyên", s)
	}
	if strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !math.IsInf(f, 0) {
			return nil, fmt.Errorf("%s không phải số", s)
		}
		if f > MaxFigure || f < -MaxFigure {
			return nil, fmt.Errorf("%s lớn bất thường (tối đa %s)", s, FormatInt(MaxFigure))
		}
		if f != float64(int64(f)) || strings.Contains(s, ".") {
			return nil, fmt.Errorf("%s không phải số nguyên; số liệu phải là số nguyên không âm", s)
		}
		v := int64(f)
		return &v, nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		if len(s) > 0 && (s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
			return nil, fmt.Errorf("%s lớn bất thường (tối đa %s)", s, FormatInt(MaxFigure))
		}
		return nil, fmt.Errorf("%s không phải số", s)
	}
	return &v, nil
}

func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return syntaxError(data, se)
	case errors.As(err, &te):
		field := strings.TrimPrefix(te.Field, "Report.")
		if field == "" {
			field = "(gốc)"
		}
		return fmt.Errorf("trường %s (dòng %d): cần kiểu %s, gặp %s", field, lineOf(data, te.Offset), vnType(te.Type.Kind().String()), vnType(te.Value))
	case errors.Is(err, io.EOF):
		return fmt.Errorf("tệp rỗng, không phải tệp báo cáo")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("tệp JSON bị cắt cụt (thiếu phần cuối)")
	}
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fmt.Errorf("trường lạ %s (không có trong định dạng)", f)
	}
	return fmt.Errorf("tệp không phải tệp báo cáo hợp lệ (JSON): %v", err)
}

// syntaxErrors says in Vietnamese what encoding/json found wrong, by the
// end of its English message.
var syntaxErrors = []struct{ english, vietnamese string }{
	{"looking for beginning of value", "cần một giá trị (chữ trong dấu ngoặc kép, số, true, false, null, { hoặc [)"},
	{"looking for beginning of object key string", "cần tên trường trong dấu ngoặc kép (có dấu phẩy thừa trước dấu } ?)"},
	{"after object key:value pair", "cần dấu phẩy hoặc dấu } sau một trường (thiếu dấu phẩy?)"},
	{"after object key", "cần dấu hai chấm sau tên trường"},
	{"after array element", "cần dấu phẩy hoặc dấu ] sau một phần tử của danh sách"},
	{"after top-level value", "có dữ liệu thừa sau đối tượng JSON"},
	{"in string literal", "ký tự điều khiển trong chuỗi chữ (xuống dòng trong chuỗi phải viết \\n)"},
	{"in string escape code", "sau dấu \\ trong chuỗi chữ chỉ được có \" \\ / b f n r t u"},
	{"in \\u hexadecimal character escape", "sau \\u phải là 4 chữ số hệ 16"},
	{"in numeric literal", "số viết sai"},
	{"in literal true (expecting", "giá trị viết sai (chỉ có true, false, null)"},
	{"in literal false (expecting", "giá trị viết sai (chỉ có true, false, null)"},
	{"in literal null (expecting", "giá trị viết sai (chỉ có true, false, null)"},
}

// syntaxError is a JSON syntax error in Vietnamese, with the line, the
// column (in characters) and the character met.
func syntaxError(data []byte, se *json.SyntaxError) error {
	off := se.Offset
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	msg := se.Error()
	if strings.Contains(msg, "unexpected end of JSON input") || off >= int64(len(data)) && !strings.HasPrefix(msg, "invalid character") {
		return errors.New("tệp JSON bị cắt cụt (thiếu phần cuối)")
	}
	// The offset is just past the character at fault.
	start := off - 1
	for start > 0 && !utf8.RuneStart(data[start]) {
		start--
	}
	line := lineOf(data, start)
	col := utf8.RuneCount(data[bytes.LastIndexByte(data[:start], '\n')+1:start]) + 1
	r, _ := utf8.DecodeRune(data[start:])
	what := "JSON sai cú pháp"
	for _, e := range syntaxErrors {
		if strings.Contains(msg, e.english) {
			what = e.vietnamese
			break
		}
	}
	return fmt.Errorf("JSON sai cú pháp ở dòng %d, cột %d: gặp %s; %s", line, col, shownRune(r), what)
}

// shownRune shows a character of a message: quoted, or by its code when it
// cannot be printed.
func shownRune(r rune) string {
	if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
		return CharName(r)
	}
	return "'" + string(r) + "'"
}

func vnType(t string) string {
	switch t {
	case "string":
		return "chữ"
	case "number", "int", "int64", "float64":
		return "số"
	case "object", "struct", "map":
		return "đối tượng"
	case "array", "slice":
		return "danh sách"
	case "bool":
		return "đúng/sai"
	}
	return t
}

// ReadFile reads a report file; errors name the file.
func ReadFile(path string) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("đọc tệp %s: %w", path, err)
	}
	r, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// Marshal writes the report file's bytes (indented, NFC, figures in
// catalogue-independent sorted order).
func Marshal(r *Report) ([]byte, error) {
	c := r.Clone()
	c.Normalize()
	if c.Format == "" {
		c.Format = FormatV1
	}
	if c.Figures == nil {
		c.Figures = map[string]Figure{}
	}
	if c.Documents == nil {
		c.Documents = []Document{}
	}
	if c.Sections == nil {
		c.Sections = []Section{}
	}
	if c.Recipients == nil {
		c.Recipients = []string{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("ghi tệp báo cáo: %w", err)
	}
	return escapeUnprintable(b.Bytes()), nil
}

// escapeUnprintable writes the characters that encoding/json leaves as
// they are but that act on a terminal (DEL, the C1 controls, the
// bidirectional overrides) as \u escapes: the same JSON, safe to print.
// They can only stand inside strings.
func escapeUnprintable(data []byte) []byte {
	if bytes.IndexFunc(data, Unprintable) < 0 {
		return data
	}
	var b bytes.Buffer
	for _, r := range string(data) {
		if Unprintable(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.Bytes()
}

// WriteFile writes the report file atomically.
func WriteFile(path string, r *Report) error {
	data, err := Marshal(r)
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
