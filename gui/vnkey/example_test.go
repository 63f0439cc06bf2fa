package vnkey_test

import (
	"fmt"

	"baocao/gui/vnkey"
)

func ExampleEngine_TypeString() {
	e := vnkey.New(vnkey.Telex, vnkey.NewStyle)
	fmt.Println(e.TypeString("Ban Tuyeen giaos Tirnh uyr Haf Nam"))
	fmt.Println(e.TypeString("Gui73 email")) // Telex: digits stay, English is kept
	e.Style = vnkey.OldStyle
	fmt.Println(e.TypeString("hoaf binhf, thuyr"))
	v := vnkey.New(vnkey.VNI, vnkey.NewStyle)
	fmt.Println(v.TypeString("Nghi5 quye61t so61 18-NQ/TW"))
	// Output:
	// Ban Tuyên giáo Tỉnh ủy Hà Nam
	// Gui73 email
	// hoà bình, thuỷ
	// Nghị quyết số 18-NQ/TW
}

func ExampleEngine_Apply() {
	e := vnkey.New(vnkey.Telex, vnkey.NewStyle)
	// The field holds "Việt Nam" and the cursor stands after "Việt".
	text := []rune("Việt Nam")
	cursor := 4
	start := vnkey.WordBefore(text, cursor)
	word, handled := e.Apply(string(text[start:cursor]), 's')
	fmt.Println(word, handled)
	fmt.Println(string(text[:start]) + word + string(text[cursor:]))
	// Output:
	// Viết true
	// Viết Nam
}

func ExampleConvertLegacy() {
	for _, s := range []string{"Ban Tuyªn gi¸o TØnh ñy", "Ñaûng boä tænh"} {
		enc := vnkey.DetectLegacy(s)
		u, err := vnkey.ConvertLegacy(s, enc)
		fmt.Println(enc, u, err)
	}
	// Output:
	// TCVN3 Ban Tuyên giáo Tỉnh ủy <nil>
	// VNI-Windows Đảng bộ tỉnh <nil>
}
