package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// officeTheme is a light theme for an office: always the light variant
// (whatever the system prefers), dark readable text, a calm blue, red
// errors and a dark amber for warnings that can be read as text. The font
// is Fyne's bundled Noto Sans, which has every Vietnamese letter.
type officeTheme struct {
	base fyne.Theme
}

func newTheme() fyne.Theme { return &officeTheme{base: theme.DefaultTheme()} }

var (
	colPrimary    = color.NRGBA{R: 0x1f, G: 0x5f, B: 0xa8, A: 0xff}
	colError      = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
	colWarning    = color.NRGBA{R: 0xa8, G: 0x5d, B: 0x00, A: 0xff}
	colSuccess    = color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
	colForeground = color.NRGBA{R: 0x1d, G: 0x1d, B: 0x1f, A: 0xff}
	colDisabled   = color.NRGBA{R: 0x55, G: 0x58, B: 0x5e, A: 0xff}
	colBackground = color.NRGBA{R: 0xf7, G: 0xf7, B: 0xf5, A: 0xff}
	colInput      = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	colHeader     = color.NRGBA{R: 0xe8, G: 0xec, B: 0xf2, A: 0xff}
	colComputed   = color.NRGBA{R: 0xec, G: 0xee, B: 0xf0, A: 0xff} // numbers computed, not typed
)

func (t *officeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameFocus:
		if n == theme.ColorNameFocus {
			return color.NRGBA{R: 0x1f, G: 0x5f, B: 0xa8, A: 0x80}
		}
		return colPrimary
	case theme.ColorNameError:
		return colError
	case theme.ColorNameWarning:
		return colWarning
	case theme.ColorNameSuccess:
		return colSuccess
	case theme.ColorNameForeground:
		return colForeground
	case theme.ColorNameDisabled:
		return colDisabled
	case theme.ColorNameBackground:
		return colBackground
	case theme.ColorNameInputBackground:
		return colInput
	case theme.ColorNameHeaderBackground:
		return colHeader
	}
	return t.base.Color(n, theme.VariantLight)
}

func (t *officeTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

func (t *officeTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t *officeTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 14
	case theme.SizeNameCaptionText:
		return 12.5
	case theme.SizeNameSubHeadingText:
		return 17
	case theme.SizeNameHeadingText:
		return 22
	}
	return t.base.Size(n)
}
