package gui

import (
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// viTranslation translates Fyne's own texts (the file dialog, the entry's
// menu, dialog buttons, the calendar's weekdays) into Vietnamese.
//
//go:embed translations/vi.json
var viTranslation []byte

// fyneLanguages are the languages Fyne 2.8 carries translations for. Fyne
// picks one of them from the system's locale, falling back to English;
// the Vietnamese texts are registered under each of them, and under "vi",
// so that a clerk whose Windows is set to English (or French…) still sees
// Vietnamese.
var fyneLanguages = []fyne.Locale{
	"vi", "en", "cs", "de", "el", "es", "fr", "ja", "pl", "pt", "pt-BR",
	"ru", "sv", "ta", "uk", "zh-Hans",
}

// setupLanguage makes Vietnamese the language of Fyne's built-in texts,
// whatever the system locale. It is safe to call more than once.
func setupLanguage() error {
	for _, l := range fyneLanguages {
		if err := lang.AddTranslationsForLocale(viTranslation, l); err != nil {
			return err
		}
	}
	return nil
}
