package report

import (
	"embed"
	"sort"
	"sync"
)

// The built-in templates, one file per version (templates/ID.vN.json). A
// shipped version never changes: reports written to it are read with it
// for ever; a change is a new file with the next version.
//
//go:embed templates/*.json
var builtinFS embed.FS

// Identifiers of the built-in templates.
const (
	TemplateTuyenGiao = "tuyengiao"        // Công tác tuyên giáo (the catalogue of indicators.md)
	TemplateTGDV      = "tuyengiao-danvan" // Công tác tuyên giáo và dân vận (the merged board)
)

var builtin = sync.OnceValue(func() []*Template {
	entries, err := builtinFS.ReadDir("templates")
	if err != nil {
		panic("mẫu báo cáo dựng sẵn: " + err.Error())
	}
	var out []*Template
	for _, e := range entries {
		data, err := builtinFS.ReadFile("templates/" + e.Name())
		if err != nil {
			panic("mẫu báo cáo dựng sẵn " + e.Name() + ": " + err.Error())
		}
		t, err := ParseTemplate(data)
		if err != nil {
			panic("mẫu báo cáo dựng sẵn " + e.Name() + " bị lỗi: " + err.Error())
		}
		out = append(out, t)
	}
	// The tuyên giáo template first, then by name; versions in order.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.ID == TemplateTuyenGiao) != (b.ID == TemplateTuyenGiao) {
			return a.ID == TemplateTuyenGiao
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Version < b.Version
	})
	return out
})

// BuiltinTemplates returns the newest version of each built-in template,
// the tuyên giáo one first. They must not be modified (Clone them).
func BuiltinTemplates() []*Template {
	var out []*Template
	all := builtin()
	for i, t := range all {
		if i+1 == len(all) || all[i+1].ID != t.ID {
			out = append(out, t)
		}
	}
	return out
}

// BuiltinTemplate returns a version of a built-in template (0: the
// newest), or nil.
func BuiltinTemplate(id string, version int) *Template {
	var found *Template
	for _, t := range builtin() {
		if t.ID == id && (t.Version == version || version == 0) {
			found = t
		}
	}
	return found
}

// IsBuiltin reports whether a template reference names a built-in
// template (any version of it).
func IsBuiltin(id string) bool { return id == TemplateTuyenGiao || id == TemplateTGDV }

// builtinTuyenGiao is the template of every report that names none:
// version 1 of the tuyên giáo template.
func builtinTuyenGiao() *Template {
	t := BuiltinTemplate(TemplateTuyenGiao, 1)
	if t == nil {
		panic("thiếu mẫu báo cáo dựng sẵn " + TemplateTuyenGiao)
	}
	return t
}

// LegacyRef is the template of a report file that names none (every file
// written before templates existed): the built-in tuyên giáo template,
// version 1.
func LegacyRef() TemplateRef { return builtinTuyenGiao().Ref() }
