package gui

import (
	"strings"
	"time"

	"baocao/report"
)

// previewDelay is how long the preview waits after a change before it is
// drawn again: while the clerk types, a key costs only its paragraph's
// entry (a paragraph resolved, measured and wrapped again in the preview
// on every key would double it, and the preview is read in a pause).
const previewDelay = 300 * time.Millisecond

// previewDue is what the preview has to catch up with.
type previewDue struct {
	drawn int // the section the preview shows; -1: none yet
	wait  *debounce
	paras map[int]bool // the paragraphs typed in since it was drawn
	all   bool         // anything else changed: every paragraph
}

// schedulePreview notes what changed (t.edited: the paragraph typed in,
// -1: anything) and draws the preview once no change came for
// previewDelay; at once when it does not show the selected section yet
// (the report was just opened).
func (t *sectionsTab) schedulePreview() {
	d := &t.previewDue
	if d.drawn != t.sel {
		t.preview()
		return
	}
	if i := t.edited; i >= 0 && !d.all {
		if d.paras == nil {
			d.paras = map[int]bool{}
		}
		d.paras[i] = true
	} else {
		d.all = true
	}
	if d.wait == nil {
		d.wait = newDebounce(t.e.g, previewDelay, t.preview)
	}
	d.wait.touch()
}

// flushPreview draws the preview now, if a change is waiting for it.
func (t *sectionsTab) flushPreview() {
	if d := t.previewDue.wait; d != nil {
		d.flush()
	}
}

// preview shows the selected section with its placeholders filled in: the
// paragraphs typed in since it was last drawn, or all of them.
func (t *sectionsTab) preview() {
	d := &t.previewDue
	// Only the paragraphs typed in, when that is all that changed in the
	// section shown; everything when another section is shown, or when
	// not called for typing.
	all := d.all || d.paras == nil || d.drawn != t.sel
	typed := d.paras
	d.all, d.paras = false, nil
	if d.wait != nil {
		d.wait.cancel()
	}
	d.drawn = -1
	if t.sel < 0 || t.sel >= len(t.e.r.Sections) || t.e.sheet == nil {
		return
	}
	d.drawn = t.sel
	s := t.e.r.Sections[t.sel]
	head, _ := t.e.sheet.Resolve(s.Heading)
	setText(t.previewHead, head)
	paras := t.text.Paragraphs()
	if !all && len(t.resolved) == len(paras) {
		for i := range typed {
			if i < len(paras) {
				t.resolved[i] = t.previewParagraph(paras[i])
			}
		}
	} else {
		t.resolved = make([]string, len(paras))
		for i, p := range paras {
			t.resolved[i] = t.previewParagraph(p)
		}
	}
	last := -1 // the paragraph with the caret, when typing is shown
	if len(typed) > 0 {
		last = t.text.CaretParagraph()
	}
	shown := make([]string, 0, len(t.resolved))
	at := -1 // that paragraph, as previewed
	for i, p := range t.resolved {
		if p != "" {
			shown = append(shown, p)
		}
		if i == last {
			at = len(shown) - 1
		}
	}
	t.previewText.Set(shown)
	if at >= 0 {
		t.previewText.ScrollTo(at)
	}
}

// previewParagraph is a paragraph as printed: placeholders filled in,
// spaces tidied (an empty paragraph is not printed).
func (t *sectionsTab) previewParagraph(p string) string {
	out, _ := t.e.sheet.Resolve(p)
	return strings.Join(report.Paragraphs(out), "\n\n")
}
