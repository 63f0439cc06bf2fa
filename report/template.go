package report

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// TemplateFormatV1 is the format tag of template files.
const TemplateFormatV1 = "baocao.template/1"

// MaxTemplateSize is the largest template file read (the built-in ones
// are a few dozen kB).
const MaxTemplateSize = 4 << 20

// Limits of an outline.
const (
	MaxHeadings    = 200
	maxHeadingLen  = 300
	maxGuidanceLen = 4000
	maxSummaryLen  = 500
)

// Template is what a province asks its units to report for a period (a
// mẫu báo cáo): the indicators with their rules (the catalogue), the
// outline of the narrative with what to write under each heading, and the
// trích yếu it suggests for each period. A template is identified by ID;
// each change the province issues is a new Version, and a report records
// the template and version it was written to (TemplateRef).
type Template struct {
	Format  string `json:"format"`
	ID      string `json:"id"`
	Name    string `json:"name"`
	Issuer  string `json:"issuer"` // the body that issued it: "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH"
	Version int    `json:"version"`
	// Note is free text the province adds: the công văn it came with.
	Note string `json:"note,omitempty"`
	// Periods are the period classes it serves (PeriodClasses).
	Periods []string `json:"periods"`
	// Summaries suggest the trích yếu per period class; {kind},
	// {next_kind}, {year} and {next_year} are filled in (SummaryFor).
	Summaries map[string]string `json:"summaries"`
	Catalogue *Catalogue        `json:"catalogue"`
	Outline   []Heading         `json:"outline"`
}

// Heading is one heading of a template's outline, at level 1 (I., II.),
// 2 (1., 2.) or 3 (a, b, c), with the guidance shown to whoever writes
// under it and never printed.
type Heading struct {
	Level    int    `json:"level"`
	Title    string `json:"title"`
	Guidance string `json:"guidance,omitempty"`
}

// TemplateRef names the template and version a report was written to.
type TemplateRef struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Version int    `json:"version"`
}

// Label names the template in a message: «Công tác tuyên giáo» (phiên bản 2).
func (t TemplateRef) Label() string {
	return fmt.Sprintf("«%s» (phiên bản %d)", t.Name, t.Version)
}

// Ref is the reference a report of the template records.
func (t *Template) Ref() TemplateRef { return TemplateRef{ID: t.ID, Name: t.Name, Version: t.Version} }

// Serves reports whether the template serves a period class.
func (t *Template) Serves(class string) bool {
	for _, c := range t.Periods {
		if c == class {
			return true
		}
	}
	return false
}

// NewTemplateID makes the identifier of a new template: random, so that
// two provinces' templates never share one.
func NewTemplateID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("không tạo được mã mẫu báo cáo: " + err.Error())
	}
	return "m" + hex.EncodeToString(b[:])
}

// Clone returns a deep copy, for an editor to change.
func (t *Template) Clone() *Template {
	c := *t
	c.Periods = append([]string(nil), t.Periods...)
	c.Outline = append([]Heading(nil), t.Outline...)
	c.Summaries = make(map[string]string, len(t.Summaries))
	for k, v := range t.Summaries {
		c.Summaries[k] = v
	}
	c.Catalogue = t.Catalogue.Clone()
	return &c
}

// summaryFields are the placeholders of a suggested trích yếu.
var summaryFields = []string{"kind", "next_kind", "year", "next_year"}

// SummaryFor suggests the trích yếu of a report of period p: the
// template's pattern for the period's class with {kind} ("quý I"),
// {next_kind} ("quý II", "6 tháng cuối năm"), {year} and {next_year} (the
// year of the period that follows) filled in. "" when the template has no
// pattern for the class.
func (t *Template) SummaryFor(p Period) string {
	pattern := t.Summaries[p.Class()]
	if pattern == "" {
		return ""
	}
	kind := KindName(p.Kind)
	if p.Kind == KindYear {
		kind = "năm"
	}
	r := strings.NewReplacer(
		"{kind}", kind,
		"{next_kind}", p.nextKindName(),
		"{year}", strconv.Itoa(p.Year),
		"{next_year}", strconv.Itoa(p.Next().Year),
	)
	return r.Replace(pattern)
}

// Sections are the sections a new report of the template starts with:
// each heading numbered by its level (I., 1., a)), its text empty, its
// guidance kept for whoever writes.
func (t *Template) Sections() []Section {
	var n [4]int
	out := make([]Section, 0, len(t.Outline))
	for _, h := range t.Outline {
		lv := min(max(h.Level, 1), 3)
		n[lv]++
		for k := lv + 1; k < len(n); k++ {
			n[k] = 0
		}
		out = append(out, Section{Heading: HeadingNumber(lv, n[lv]) + " " + strings.TrimSpace(h.Title), Guidance: h.Guidance})
	}
	return out
}

// vnLetters are the letters of the Vietnamese alphabet that number the
// third level of an outline: a), b), …, đ), e), g) (no f, j, w, z).
var vnLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

// HeadingNumber numbers the n-th heading (from 1) of a level: "I.",
// "1.", "a)".
func HeadingNumber(level, n int) string {
	switch level {
	case 1:
		return FormatRoman(n) + "."
	case 2:
		return strconv.Itoa(n) + "."
	}
	if n >= 1 && n <= len(vnLetters) {
		return vnLetters[n-1] + ")"
	}
	return "(" + strconv.Itoa(n) + ")"
}

// Problems lists what is wrong with the template, each with its field
// (name, outline[2].title, catalogue.indicators[3].code) and a Vietnamese
// message: the catalogue's problems and the template's own.
func (t *Template) Problems() Problems {
	ck := &checker{}
	if t.Format != "" && t.Format != TemplateFormatV1 {
		ck.add(Error, "format", "Định dạng mẫu %q không được hỗ trợ (phiên bản này đọc %q)", t.Format, TemplateFormatV1)
	}
	if strings.TrimSpace(t.ID) == "" {
		ck.add(Error, "id", "Mẫu chưa có mã định danh")
	} else if !isCode(strings.ReplaceAll(t.ID, "-", "_")) || len(t.ID) > maxCodeLen {
		ck.add(Error, "id", "Mã định danh của mẫu %q chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới", t.ID)
	}
	checkLabel(ck, "name", "Mẫu báo cáo", "tên", t.Name, maxNameLen)
	if p := NameProblem(t.Issuer); p != "" {
		ck.add(Error, "issuer", "Tên cơ quan ban hành mẫu %s", p)
	} else if utf8.RuneCountInString(t.Issuer) > maxNameLen {
		ck.add(Error, "issuer", "Tên cơ quan ban hành mẫu dài quá %d ký tự", maxNameLen)
	}
	if t.Version < 1 {
		ck.add(Error, "version", "Phiên bản của mẫu phải từ 1 trở lên (đang là %d)", t.Version)
	}
	if len(t.Periods) == 0 {
		ck.add(Error, "periods", "Mẫu chưa chọn kỳ báo cáo nào (tháng, quý, 6 tháng, 9 tháng, năm)")
	}
	seen := map[string]bool{}
	for i, c := range t.Periods {
		if KindsOf(c) == nil {
			ck.add(Error, fmt.Sprintf("periods[%d]", i), "Loại kỳ báo cáo %q không có (M: tháng, Q: quý, H1: 6 tháng, 9M: 9 tháng, Y: năm)", c)
		} else if seen[c] {
			ck.add(Error, fmt.Sprintf("periods[%d]", i), "Loại kỳ %s chọn hai lần", ClassName(c))
		}
		seen[c] = true
	}
	for class, s := range t.Summaries {
		f := "summaries." + class
		if KindsOf(class) == nil {
			ck.add(Error, f, "Trích yếu gợi ý cho loại kỳ không có %q", class)
			continue
		}
		if p := NameProblem(s); p != "" {
			ck.add(Error, f, "Trích yếu gợi ý cho kỳ %s %s", ClassName(class), p)
		} else if utf8.RuneCountInString(s) > maxSummaryLen {
			ck.add(Error, f, "Trích yếu gợi ý cho kỳ %s dài quá %d ký tự", ClassName(class), maxSummaryLen)
		}
		if bad := unknownFields(s, summaryFields); bad != "" {
			ck.add(Error, f, "Trích yếu gợi ý cho kỳ %s có chỗ điền lạ {%s}; chỉ dùng {kind}, {next_kind}, {year}, {next_year}", ClassName(class), bad)
		}
	}
	if t.Catalogue == nil {
		ck.add(Error, "catalogue", "Mẫu chưa có danh mục chỉ tiêu")
	} else {
		for _, p := range t.Catalogue.Problems() {
			p.Field = "catalogue." + p.Field
			ck.ps = append(ck.ps, p)
		}
	}
	if len(t.Outline) > MaxHeadings {
		ck.add(Error, "outline", "Đề cương có %s đề mục, quá giới hạn %d", FormatInt(int64(len(t.Outline))), MaxHeadings)
		return ck.ps
	}
	prev := 0
	for i, h := range t.Outline {
		f := fmt.Sprintf("outline[%d]", i)
		label := ordinalLabel("Đề mục", i, h.Title)
		switch {
		case h.Level < 1 || h.Level > 3:
			ck.add(Error, f+".level", "%s có cấp %d; chỉ có cấp 1 (I.), 2 (1.) và 3 (a)", label, h.Level)
		case h.Level > prev+1:
			ck.add(Error, f+".level", "%s ở cấp %d nhưng không nằm dưới một đề mục cấp %d", label, h.Level, h.Level-1)
		}
		prev = h.Level
		checkLabel(ck, f+".title", label, "tiêu đề", h.Title, maxHeadingLen)
		if p := textProblem(h.Guidance, true); p != "" && strings.TrimSpace(h.Guidance) != "" {
			ck.add(Error, f+".guidance", "%s: hướng dẫn %s", label, p)
		}
		if utf8.RuneCountInString(h.Guidance) > maxGuidanceLen {
			ck.add(Error, f+".guidance", "%s: hướng dẫn dài quá %s ký tự", label, FormatInt(maxGuidanceLen))
		}
	}
	return ck.ps
}

// unknownFields returns the first {name} of s that is not one of names,
// or "".
func unknownFields(s string, names []string) string {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return ""
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return s[i+1:]
		}
		name := s[i+1 : i+j]
		ok := false
		for _, n := range names {
			ok = ok || n == name
		}
		if !ok {
			return name
		}
		s = s[i+j+1:]
	}
}

// Check checks the template and indexes its catalogue; the error names
// the first problem (and how many more there are).
func (t *Template) Check() error {
	if errs := t.Problems().Errors(); len(errs) > 0 {
		msg := errs[0].Message
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (và %d lỗi khác)", len(errs)-1)
		}
		return errors.New(msg)
	}
	return t.Catalogue.Index()
}

// ParseTemplate reads a template file's bytes (UTF-8 JSON, format
// baocao.template/1) and checks it. The error, in Vietnamese, names the
// line or the indicator, heading or field at fault.
func ParseTemplate(data []byte) (*Template, error) {
	t, err := DecodeTemplate(data)
	if err != nil {
		return nil, err
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	return t, nil
}

// DecodeTemplate reads a template file's bytes without checking what it
// holds (Problems lists that): a file that is not a template file, or not
// valid JSON of its format, is an error naming the line.
func DecodeTemplate(data []byte) (*Template, error) {
	if len(data) > MaxTemplateSize {
		return nil, fmt.Errorf("tệp quá lớn (%s byte), không phải tệp mẫu báo cáo", FormatInt(int64(len(data))))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("tệp không phải văn bản UTF-8 (lỗi ở dòng %d): không phải tệp mẫu báo cáo", lineOf(data, int64(firstInvalidUTF8(data))))
	}
	var probe struct {
		Format *string `json:"format"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, jsonError(data, err)
	}
	switch {
	case probe.Format == nil:
		return nil, fmt.Errorf("thiếu trường \"format\": đây không phải tệp mẫu báo cáo (%s)", TemplateFormatV1)
	case *probe.Format == FormatV1:
		return nil, fmt.Errorf("đây là tệp báo cáo (%s), không phải tệp mẫu báo cáo (%s)", FormatV1, TemplateFormatV1)
	case *probe.Format != TemplateFormatV1 && strings.HasPrefix(*probe.Format, "baocao.template/"):
		return nil, fmt.Errorf("tệp mẫu có định dạng %q, mới hơn phiên bản này (%s); hãy cập nhật chương trình", *probe.Format, TemplateFormatV1)
	case *probe.Format != TemplateFormatV1:
		return nil, fmt.Errorf("trường \"format\" là %q: đây không phải tệp mẫu báo cáo (%s)", *probe.Format, TemplateFormatV1)
	}
	var t Template
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, jsonError(data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("có dữ liệu thừa sau đối tượng JSON (dòng %d)", lineOf(data, dec.InputOffset()))
	}
	t.normalize()
	return &t, nil
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// normalize composes the template's texts to NFC.
func (t *Template) normalize() {
	n := NormalizeText
	t.Name, t.Issuer, t.Note = n(t.Name), n(t.Issuer), n(t.Note)
	for k, v := range t.Summaries {
		t.Summaries[k] = n(v)
	}
	for i := range t.Outline {
		h := &t.Outline[i]
		h.Title, h.Guidance = n(h.Title), n(h.Guidance)
	}
	if t.Catalogue != nil {
		t.Catalogue.normalize()
	}
}

// MarshalTemplate writes a template file's bytes (indented, NFC).
func MarshalTemplate(t *Template) ([]byte, error) {
	c := t.Clone()
	c.Format = TemplateFormatV1
	c.normalize()
	if c.Periods == nil {
		c.Periods = []string{}
	}
	if c.Outline == nil {
		c.Outline = []Heading{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("ghi tệp mẫu báo cáo: %w", err)
	}
	return b.Bytes(), nil
}

// ReadTemplateFile reads a template file; errors name the file.
func ReadTemplateFile(path string) (*Template, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mở tệp %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxTemplateSize+1))
	if err != nil {
		return nil, fmt.Errorf("đọc tệp %s: %w", path, err)
	}
	t, err := ParseTemplate(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// WriteTemplateFile writes a template file atomically, after checking it.
func WriteTemplateFile(path string, t *Template) error {
	if err := t.Check(); err != nil {
		return fmt.Errorf("mẫu báo cáo có lỗi, chưa ghi %s: %w", path, err)
	}
	data, err := MarshalTemplate(t)
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// NewReport starts a report of the template for period p: the template
// recorded, its catalogue carried (a built-in template's is found again
// by its version), the outline as empty sections with their guidance,
// the suggested trích yếu.
func (t *Template) NewReport(p Period) *Report {
	ref := t.Ref()
	r := &Report{Format: FormatV1, Tmpl: &ref, Period: p, Figures: map[string]Figure{}}
	if b := BuiltinTemplate(t.ID, t.Version); b == nil || !sameCatalogue(b.Catalogue, t.Catalogue) {
		r.Cat = t.Catalogue
	}
	r.Sections = t.Sections()
	r.Summary = t.SummaryFor(p)
	return r
}

// SuggestSummary proposes the trích yếu of a report of period p written
// to template t: the template's suggestion for the period, or the
// built-in tuyên giáo template's when t is nil or has none for it.
func SuggestSummary(t *Template, p Period) string {
	if t != nil {
		if s := t.SummaryFor(p); s != "" {
			return s
		}
	}
	return builtinTuyenGiao().SummaryFor(p)
}

// sameCatalogue reports whether two catalogues hold the same, field for
// field.
func sameCatalogue(a, b *Catalogue) bool {
	if a == b {
		return true
	}
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}
