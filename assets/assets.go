// Package assets holds the files embedded in the baocao binary: the Tinos
// fonts (SIL Open Font License 1.1, see fonts/LICENSE-Tinos.txt), the icon
// and the translations.
package assets

import _ "embed"

// The Tinos family: metric-compatible with Times New Roman, with full
// Vietnamese coverage.
var (
	//go:embed fonts/Tinos-Regular.ttf
	TinosRegular []byte
	//go:embed fonts/Tinos-Bold.ttf
	TinosBold []byte
	//go:embed fonts/Tinos-Italic.ttf
	TinosItalic []byte
	//go:embed fonts/Tinos-BoldItalic.ttf
	TinosBoldItalic []byte
	//go:embed fonts/LICENSE-Tinos.txt
	TinosLicense string
)

// Icon is the program's icon (256×256 PNG): a red sheet with the yellow
// star, readable down to 16 px.
//
//go:embed icon.png
var Icon []byte
