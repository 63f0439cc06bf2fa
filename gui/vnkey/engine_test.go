package vnkey

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// typeCase is one keystroke sequence and what it must give. old is the
// result with OldStyle when it differs from want.
type typeCase struct {
	keys, want, old string
}

// checkTyping types every case with method m in both tone styles.
func checkTyping(t *testing.T, m Method, cases []typeCase) {
	t.Helper()
	for _, style := range []ToneStyle{NewStyle, OldStyle} {
		e := New(m, style)
		for _, c := range cases {
			want := c.want
			if style == OldStyle && c.old != "" {
				want = c.old
			}
			want = norm.NFC.String(want)
			if got := e.TypeString(c.keys); got != want {
				t.Errorf("%v %v: %q → %q, want %q", m, style, c.keys, got, want)
			}
		}
	}
}

// vowelRows lists the twelve vowels: Telex keys, VNI keys and the six
// forms (no tone, sắc, huyền, hỏi, ngã, nặng), written out literally so
// the test does not share the engine's tables.
var vowelRows = []struct{ telex, vni, forms string }{
	{"a", "a", "aáàảãạ"},
	{"aw", "a8", "ăắằẳẵặ"},
	{"aa", "a6", "âấầẩẫậ"},
	{"e", "e", "eéèẻẽẹ"},
	{"ee", "e6", "êếềểễệ"},
	{"i", "i", "iíìỉĩị"},
	{"o", "o", "oóòỏõọ"},
	{"oo", "o6", "ôốồổỗộ"},
	{"ow", "o7", "ơớờởỡợ"},
	{"u", "u", "uúùủũụ"},
	{"uw", "u7", "ưứừửữự"},
	{"y", "y", "yýỳỷỹỵ"},
}

var (
	telexToneKeys = []string{"", "s", "f", "r", "x", "j"}
	vniToneKeys   = []string{"", "1", "2", "3", "4", "5"}
)

// vowelCases builds, for every vowel and tone: the bare vowel, its
// capital, the tone typed before the shape key where that is possible,
// the vowel after an onset with final n (all tones) and with final t
// (sắc and nặng only, the tone typed before and after the t).
func vowelCases(m Method) []typeCase {
	var cs []typeCase
	for _, v := range vowelRows {
		keys, toneKeys := v.telex, telexToneKeys
		if m == VNI {
			keys, toneKeys = v.vni, vniToneKeys
		}
		forms := []rune(v.forms)
		for t, tk := range toneKeys {
			f := string(forms[t])
			cs = append(cs,
				typeCase{keys: keys + tk, want: f},
				typeCase{keys: strings.ToUpper(keys + tk), want: strings.ToUpper(f)},
				typeCase{keys: "b" + keys + tk, want: "b" + f},
			)
			if len(keys) == 2 && tk != "" {
				// Tone first, shape after: asa → ấ, a18 → ắ.
				cs = append(cs, typeCase{keys: keys[:1] + tk + keys[1:], want: f})
			}
			if v.telex != "uw" && v.telex != "y" {
				cs = append(cs, typeCase{keys: "t" + keys + "n" + tk, want: "t" + f + "n"})
			}
			if (t == 1 || t == 5) && v.telex != "y" {
				cs = append(cs,
					typeCase{keys: "b" + keys + "t" + tk, want: "b" + f + "t"},
					typeCase{keys: "b" + keys + tk + "t", want: "b" + f + "t"},
				)
			}
		}
	}
	return cs
}

func TestVowelsAndTones(t *testing.T) {
	tc, vc := vowelCases(Telex), vowelCases(VNI)
	if len(tc) < 250 || len(vc) < 250 {
		t.Fatalf("only %d + %d cases", len(tc), len(vc))
	}
	checkTyping(t, Telex, tc)
	checkTyping(t, VNI, vc)
}

// telexWords are real words typed the usual ways.
var telexWords = []typeCase{
	{keys: "tieengs", want: "tiếng"}, {keys: "tieesng", want: "tiếng"},
	{keys: "vieetj", want: "việt"}, {keys: "vieejt", want: "việt"},
	{keys: "nguyeenx", want: "nguyễn"}, {keys: "khuyeenr", want: "khuyển"},
	{keys: "thuyr", want: "thủy", old: "thuỷ"}, {keys: "hoaf", want: "hòa", old: "hoà"},
	{keys: "khoer", want: "khỏe", old: "khoẻ"}, {keys: "oaf", want: "òa", old: "oà"},
	{keys: "uyr", want: "ủy", old: "uỷ"}, {keys: "loaf", want: "lòa", old: "loà"},
	{keys: "thoar", want: "thỏa", old: "thoả"}, {keys: "tuyf", want: "tùy", old: "tuỳ"},
	{keys: "xoef", want: "xòe", old: "xoè"}, {keys: "huyr", want: "hủy", old: "huỷ"},
	{keys: "hoans", want: "hoán"}, {keys: "toanf", want: "toàn"}, {keys: "khoanhr", want: "khoảnh"},
	{keys: "hoawcj", want: "hoặc"}, {keys: "xoays", want: "xoáy"}, {keys: "ngoaif", want: "ngoài"},
	{keys: "ngoeoj", want: "ngoẹo"}, {keys: "khuya", want: "khuya"}, {keys: "khuyur", want: "khuỷu"},
	{keys: "quas", want: "quá"}, {keys: "quys", want: "quý"}, {keys: "quyr", want: "quỷ"},
	{keys: "quyfnh", want: "quỳnh"}, {keys: "quyeets", want: "quyết"}, {keys: "quoocs", want: "quốc"},
	{keys: "quaan", want: "quân"}, {keys: "quawng", want: "quăng"}, {keys: "quowr", want: "quở"},
	{keys: "giaf", want: "già"}, {keys: "gif", want: "gì"}, {keys: "gifn", want: "gìn"},
	{keys: "gioir", want: "giỏi"}, {keys: "giuwx", want: "giữ"}, {keys: "giuwax", want: "giữa"},
	{keys: "gieeng", want: "giêng"}, {keys: "gieengs", want: "giếng"}, {keys: "giuwowngf", want: "giường"},
	{keys: "cuar", want: "của"}, {keys: "muaf", want: "mùa"}, {keys: "muwaf", want: "mừa"},
	{keys: "muaw", want: "mưa"}, {keys: "tuooir", want: "tuổi"}, {keys: "cuoocj", want: "cuộc"},
	{keys: "nguoiwf", want: "người"}, {keys: "nguwowif", want: "người"}, {keys: "nguwowfi", want: "người"},
	{keys: "truwowngf", want: "trường"}, {keys: "truwongf", want: "trường"}, {keys: "trwowngr", want: "trưởng"},
	{keys: "dduowcj", want: "được"}, {keys: "duowcj", want: "dược"}, {keys: "nuwowcs", want: "nước"},
	{keys: "nuocws", want: "nước"}, {keys: "nuocw", want: "nươc"}, {keys: "thuowr", want: "thuở"},
	{keys: "huowu", want: "hươu"}, {keys: "ruwowuj", want: "rượu"}, {keys: "muwowif", want: "mười"},
	{keys: "thuwowngf", want: "thường"}, {keys: "cuwus", want: "cứu"}, {keys: "huwu", want: "hưu"},
	{keys: "xuwr", want: "xử"}, {keys: "guiwr", want: "gửi"}, {keys: "oiw", want: "ơi"},
	{keys: "owi", want: "ơi"}, {keys: "awn", want: "ăn"}, {keys: "aawn", want: "ăn"},
	{keys: "nawm", want: "năm"}, {keys: "thawngs", want: "thắng"}, {keys: "w", want: "ư"},
	{keys: "tw", want: "tư"}, {keys: "nhw", want: "như"}, {keys: "uw", want: "ư"},
	{keys: "nhuwngx", want: "những"}, {keys: "nguwx", want: "ngữ"}, {keys: "cungx", want: "cũng"},
	{keys: "ddaays", want: "đấy"}, {keys: "ddoongf", want: "đồng"}, {keys: "ddi", want: "đi"},
	{keys: "ddooij", want: "đội"}, {keys: "ddieeuf", want: "điều"}, {keys: "nhieeuf", want: "nhiều"},
	{keys: "yeeu", want: "yêu"}, {keys: "yeeus", want: "yếu"}, {keys: "uyeen", want: "uyên"},
	{keys: "chuyeenr", want: "chuyển"}, {keys: "thuyeets", want: "thuyết"}, {keys: "tuaanf", want: "tuần"},
	{keys: "xuaan", want: "xuân"}, {keys: "luaatj", want: "luật"}, {keys: "thuees", want: "thuế"},
	{keys: "huynhf", want: "huỳnh"}, {keys: "Tirnh", want: "Tỉnh"}, {keys: "chir", want: "chỉ"},
	{keys: "thij", want: "thị"}, {keys: "nghij", want: "nghị"}, {keys: "hocj", want: "học"},
	{keys: "vieen", want: "viên"}, {keys: "phongf", want: "phòng"}, {keys: "nhaan", want: "nhân"},
	{keys: "daan", want: "dân"}, {keys: "banj", want: "bạn"}, {keys: "ngheej", want: "nghệ"},
	{keys: "keer", want: "kể"}, {keys: "ghees", want: "ghế"}, {keys: "kieemr", want: "kiểm"},
	{keys: "tieeps", want: "tiếp"}, {keys: "nghieem", want: "nghiêm"}, {keys: "tichj", want: "tịch"},
	{keys: "mootj", want: "một"}, {keys: "xooong", want: "xoong"}, {keys: "xooongs", want: "xoóng"}, {keys: "sasch", want: "sách"}, {keys: "xax", want: "xã"},
	// Changing or removing the tone.
	{keys: "asf", want: "à"}, {keys: "asz", want: "a"}, {keys: "tieengsz", want: "tiêng"},
	{keys: "hoafs", want: "hóa", old: "hoá"}, {keys: "az", want: "az"},
}

// vniWords are real words typed with VNI.
var vniWords = []typeCase{
	{keys: "tie6ng1", want: "tiếng"}, {keys: "tie61ng", want: "tiếng"}, {keys: "tieng61", want: "tiếng"},
	{keys: "vie6t5", want: "việt"}, {keys: "nguye6n4", want: "nguyễn"}, {keys: "khuye6n3", want: "khuyển"},
	{keys: "thuy3", want: "thủy", old: "thuỷ"}, {keys: "hoa2", want: "hòa", old: "hoà"},
	{keys: "khoe3", want: "khỏe", old: "khoẻ"}, {keys: "hoan1", want: "hoán"},
	{keys: "qua1", want: "quá"}, {keys: "gia2", want: "già"}, {keys: "cua3", want: "của"},
	{keys: "mua2", want: "mùa"}, {keys: "tuo6i3", want: "tuổi"}, {keys: "nguoi72", want: "người"},
	{keys: "nguo7i2", want: "người"}, {keys: "nguoi27", want: "người"}, {keys: "truong72", want: "trường"},
	{keys: "tru7o7ng2", want: "trường"}, {keys: "d9uoc75", want: "được"}, {keys: "duoc75", want: "dược"},
	{keys: "nuoc71", want: "nước"}, {keys: "thuo73", want: "thuở"}, {keys: "huo7u", want: "hươu"},
	{keys: "xu73", want: "xử"}, {keys: "d9a6y1", want: "đấy"}, {keys: "d9o6ng2", want: "đồng"},
	{keys: "di9", want: "đi"}, {keys: "chi3", want: "chỉ"}, {keys: "thi5", want: "thị"},
	{keys: "quye6t1", want: "quyết"}, {keys: "quo6c1", want: "quốc"}, {keys: "hoc5", want: "học"},
	{keys: "gio3i", want: "giỏi"}, {keys: "gi2n", want: "gìn"}, {keys: "giu74", want: "giữ"},
	{keys: "giu7a4", want: "giữa"}, {keys: "ngoai2", want: "ngoài"}, {keys: "hoa8c5", want: "hoặc"},
	{keys: "ye6u", want: "yêu"}, {keys: "uye6n", want: "uyên"}, {keys: "tua6n2", want: "tuần"},
	{keys: "xua6n", want: "xuân"}, {keys: "thue61", want: "thuế"}, {keys: "huynh2", want: "huỳnh"},
	{keys: "Ti3nh", want: "Tỉnh"}, {keys: "u7", want: "ư"}, {keys: "tu7", want: "tư"},
	{keys: "mu7a", want: "mưa"}, {keys: "mua7", want: "mưa"}, {keys: "na8m", want: "năm"},
	{keys: "a10", want: "a"}, {keys: "a12", want: "à"},
}

func TestWords(t *testing.T) {
	checkTyping(t, Telex, telexWords)
	checkTyping(t, VNI, vniWords)
}

func TestCapitals(t *testing.T) {
	checkTyping(t, Telex, []typeCase{
		{keys: "Vieetj", want: "Việt"}, {keys: "VIEETJ", want: "VIỆT"}, {keys: "DDaf", want: "Đà"},
		{keys: "Ddaf", want: "Đà"}, {keys: "dDaf", want: "đà"}, {keys: "DDARNG", want: "ĐẢNG"},
		{keys: "DDAARNG", want: "ĐẨNG"}, {keys: "Nguyeenx", want: "Nguyễn"}, {keys: "NGUYEENX", want: "NGUYỄN"},
		{keys: "TRUWOWNGF", want: "TRƯỜNG"}, {keys: "W", want: "Ư"}, {keys: "UW", want: "Ư"},
		{keys: "Uw", want: "Ư"}, {keys: "QUYEETS", want: "QUYẾT"}, {keys: "GIAF", want: "GIÀ"},
		{keys: "Aa", want: "Â"}, {keys: "aA", want: "â"}, {keys: "HOAF", want: "HÒA", old: "HOÀ"},
		{keys: "HDDND", want: "HĐND"}, {keys: "UBND", want: "UBND"}, {keys: "DDBQH", want: "ĐBQH"},
		{keys: "CASS", want: "CAS"}, {keys: "TWW", want: "TW"},
	})
	checkTyping(t, VNI, []typeCase{
		{keys: "Vie6t5", want: "Việt"}, {keys: "VIE6T5", want: "VIỆT"}, {keys: "D9a2", want: "Đà"},
		{keys: "D9A3NG", want: "ĐẢNG"}, {keys: "HD9ND", want: "HĐND"}, {keys: "U7", want: "Ư"},
		{keys: "TW", want: "TW"},
	})
}

func TestUndo(t *testing.T) {
	checkTyping(t, Telex, []typeCase{
		{keys: "cass", want: "cas"}, {keys: "ass", want: "as"}, {keys: "aaa", want: "aa"},
		{keys: "aaaa", want: "aaa"}, {keys: "eee", want: "ee"}, {keys: "ooo", want: "oo"},
		{keys: "ddd", want: "dd"}, {keys: "ww", want: "w"}, {keys: "tww", want: "tw"},
		{keys: "uww", want: "uw"}, {keys: "aww", want: "aw"}, {keys: "passs", want: "pass"},
		{keys: "tieengss", want: "tiêngs"}, {keys: "vieetjj", want: "viêtj"},
		{keys: "hoaff", want: "hoaf"}, {keys: "thuowww", want: "thuoww"},
	})
	checkTyping(t, VNI, []typeCase{
		{keys: "a11", want: "a1"}, {keys: "a66", want: "a6"}, {keys: "a88", want: "a8"},
		{keys: "u77", want: "u7"}, {keys: "d99", want: "d9"}, {keys: "A44", want: "A4"},
		{keys: "tie6ng11", want: "tiêng1"},
	})
}

func TestRestoreNonVietnamese(t *testing.T) {
	words := []string{
		"Windows", "email", "Excel", "Facebook", "google", "Google", "data", "website",
		"Internet", "Word", "Office", "coffee", "class", "Zalo", "PowerPoint", "online",
		"docx", "xlsx", "pdf", "Youtube", "Microsoft", "java", "file", "video", "smartphone",
		"iPhone", "Chrome", "Zoom", "Twitter", "access", "success", "address", "Jazz",
		"tuoir", // uoi has no horn: not a syllable
	}
	var cs []typeCase
	for _, w := range words {
		cs = append(cs, typeCase{keys: w, want: w}, typeCase{keys: w + " ", want: w + " "})
	}
	checkTyping(t, Telex, cs)
	checkTyping(t, VNI, []typeCase{{keys: "abc6", want: "abc6"}, {keys: "Windows", want: "Windows"}})

	// Without restoring, the marks stay.
	e := &Engine{Method: Telex, NoRestore: true}
	for keys, want := range map[string]string{"tuoir": "tuỏi", "test": "tét", "Windows": "Ưindớ"} {
		if got := e.TypeString(keys); got != want {
			t.Errorf("NoRestore %q → %q, want %q", keys, got, want)
		}
	}
}

func TestNumbers(t *testing.T) {
	checkTyping(t, Telex, []typeCase{
		{keys: "2019", want: "2019"}, {keys: "23-CT/TU", want: "23-CT/TU"},
		{keys: "0,5%", want: "0,5%"}, {keys: "A4", want: "A4"}, {keys: "H2O", want: "H2O"},
		{keys: "ngayf 15/7/2019", want: "ngày 15/7/2019"},
	})
	checkTyping(t, VNI, []typeCase{
		{keys: "2019", want: "2019"}, {keys: "45", want: "45"}, {keys: "23-CT/TU", want: "23-CT/TU"},
		{keys: "So6 45-BC", want: "Sô 45-BC"}, {keys: "So61 45-BC", want: "Số 45-BC"},
		{keys: "B52", want: "B52"}, {keys: "A4", want: "Ã"}, {keys: "1a", want: "1a"},
		{keys: "nga2y 15/7/2019", want: "ngày 15/7/2019"},
	})
}

func TestSentences(t *testing.T) {
	checkTyping(t, Telex, []typeCase{
		{keys: "Ban Tuyeen giaos Tirnh uyr Haf Nam", want: "Ban Tuyên giáo Tỉnh ủy Hà Nam", old: "Ban Tuyên giáo Tỉnh uỷ Hà Nam"},
		{keys: "DDARNG COONGJ SARN VIEETJ NAM", want: "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{keys: "Coongj hoaf xax hooij chur nghiax Vieetj Nam", want: "Cộng hòa xã hội chủ nghĩa Việt Nam", old: "Cộng hoà xã hội chủ nghĩa Việt Nam"},
		{keys: "DDoocj laapj - Tuwj do - Hanhj phucs", want: "Độc lập - Tự do - Hạnh phúc"},
		{keys: "hocj vieen, nghij quyeets, chir thij; trwowngr ban.", want: "học viên, nghị quyết, chỉ thị; trưởng ban."},
		{keys: "Nghij quyeets soos 18-NQ/TWW", want: "Nghị quyết số 18-NQ/TW"},
		{keys: "Baos caos thangs 6/2019 cuar UBND tirnh", want: "Báo cáo tháng 6/2019 của UBND tỉnh"},
		{keys: "Guwir email cho Facebook vaf Zalo.", want: "Gửi email cho Facebook và Zalo."},
		{keys: "(tieengs Vieetj)", want: "(tiếng Việt)"},
	})
	checkTyping(t, VNI, []typeCase{
		{keys: "Tuye6n gia1o", want: "Tuyên giáo"},
		{keys: "Ban Tuye6n gia1o Ti3nh u3y Ha2 Nam", want: "Ban Tuyên giáo Tỉnh ủy Hà Nam", old: "Ban Tuyên giáo Tỉnh uỷ Hà Nam"},
		{keys: "D9a3ng Co65ng sa3n Vie65t Nam", want: "Đảng Cộng sản Việt Nam"},
		{keys: "Nghi5 quye61t so61 18-NQ/TW", want: "Nghị quyết số 18-NQ/TW"},
		{keys: "Ba1o ca1o tha1ng 6/2019", want: "Báo cáo tháng 6/2019"},
	})
}

// paragraph is real text; every word in it is typed by the keystroke
// encoders below and must come back exactly.
const paragraph = "Ngày 15/7/2019, Ban Tuyên giáo Tỉnh ủy Hà Nam tổ chức Hội nghị sơ kết " +
	"công tác tuyên giáo 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. " +
	"Đồng chí Trưởng ban Tuyên giáo phát biểu chỉ đạo hội nghị, yêu cầu các cơ quan, " +
	"đơn vị tiếp tục quán triệt, thực hiện nghiêm túc Nghị quyết của Đảng; đẩy mạnh " +
	"công tác thông tin, tuyên truyền, nắm bắt tình hình tư tưởng của cán bộ, đảng viên " +
	"và nhân dân, góp phần giữ vững ổn định chính trị, bảo đảm hòa bình và chăm lo " +
	"sức khỏe cho người dân. Quốc hội, Chính phủ, UBND, HĐND; khuyến khích, tuyển dụng, " +
	"thuở ấy, hươu nai, rượu, khuya, ngoài, xoáy, quyền lợi, giường, giếng nước."

// oldParagraph is paragraph in OldStyle.
var oldParagraph = strings.NewReplacer("ủy", "uỷ", "hòa", "hoà", "khỏe", "khoẻ").Replace(paragraph)

// keystrokes spells s the way a user types it with method m, written
// independently of the engine from the Unicode decomposition: shape keys
// right after their letter and the tone key at the end of the word, or
// right after its vowel when toneInside is set.
func keystrokes(s string, m Method, toneInside bool) string {
	var b, word strings.Builder
	toneKey := ""
	flush := func() {
		b.WriteString(word.String())
		b.WriteString(toneKey)
		word.Reset()
		toneKey = ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			flush()
			b.WriteRune(r)
			continue
		}
		if r == 'đ' || r == 'Đ' {
			d := "d"
			if r == 'Đ' {
				d = "D"
			}
			if m == Telex {
				word.WriteString(d + d)
			} else {
				word.WriteString(d + "9")
			}
			continue
		}
		dec := []rune(norm.NFD.String(string(r)))
		base := dec[0]
		if w := word.String(); m == Telex && !strings.ContainsRune(string(dec), '\u0302') && len(w) > 0 && unicode.ToLower(rune(w[len(w)-1])) == unicode.ToLower(base) && strings.ContainsRune("aeoAEO", base) {
			// A plain double vowel (xoong) is typed with a third key:
			// oo gives ô, ooo gives oo.
			word.WriteRune(base)
		}
		word.WriteRune(base)
		tk := ""
		for _, mk := range dec[1:] {
			switch mk {
			case '\u0302': // circumflex
				if m == Telex {
					word.WriteRune(base)
				} else {
					word.WriteString("6")
				}
			case '\u0306': // breve
				word.WriteString(map[Method]string{Telex: "w", VNI: "8"}[m])
			case '\u031B': // horn
				word.WriteString(map[Method]string{Telex: "w", VNI: "7"}[m])
			default:
				i := strings.IndexRune("\u0301\u0300\u0309\u0303\u0323", mk)
				i = len([]rune("\u0301\u0300\u0309\u0303\u0323"[:i]))
				if m == Telex {
					tk = string("sfrxj"[i])
				} else {
					tk = string("12345"[i])
				}
			}
		}
		if toneInside {
			word.WriteString(tk)
		} else if tk != "" {
			toneKey = tk
		}
	}
	flush()
	return b.String()
}

func TestParagraph(t *testing.T) {
	for _, m := range []Method{Telex, VNI} {
		for _, inside := range []bool{false, true} {
			keys := keystrokes(paragraph, m, inside)
			if got := New(m, NewStyle).TypeString(keys); got != paragraph {
				t.Errorf("%v (tone inside %v):\nkeys %s\ngot  %s\nwant %s", m, inside, keys, got, paragraph)
			}
			if got := New(m, OldStyle).TypeString(keys); got != oldParagraph {
				t.Errorf("%v old style (tone inside %v):\ngot  %s\nwant %s", m, inside, got, oldParagraph)
			}
		}
	}
	if k := keystrokes("Đường", Telex, false); k != "DDuwowngf" {
		t.Errorf("test encoder: Đường → %q", k)
	}
	if k := keystrokes("Đường", VNI, true); k != "D9u7o72ng" {
		t.Errorf("test encoder: Đường → %q", k)
	}
}

func TestOff(t *testing.T) {
	e := New(Off, NewStyle)
	for _, s := range []string{"tieengs", "Tuye6n gia1o", "ww", "2019", "dd"} {
		if got := e.TypeString(s); got != s {
			t.Errorf("Off: %q → %q", s, got)
		}
		if got, handled := e.Apply("ab", 's'); got != "abs" || handled {
			t.Errorf("Off Apply → %q, %v", got, handled)
		}
	}
	var zero Engine
	if got := zero.TypeString("aas"); got != "aas" {
		t.Errorf("zero Engine: %q", got)
	}
}

func TestApply(t *testing.T) {
	cases := []struct {
		m       Method
		word    string
		key     rune
		want    string
		handled bool
	}{
		{Telex, "", 'a', "a", false},
		{Telex, "tie", 'e', "tiê", true},
		{Telex, "Ban tie", 'e', "Ban tiê", true},
		{Telex, "tiêng", 's', "tiếng", true},
		{Telex, "tiếng", 's', "tiêngs", true}, // repeated tone key: tone off, letter typed
		{Telex, "tiếng", 'f', "tiềng", true},
		{Telex, "tiếng", 'z', "tiêng", true},
		{Telex, "Việt", 's', "Viết", true},
		{Telex, "Việt", 'x', "Việtx", false}, // ngã cannot go with final t
		{Telex, "hoà", 'n', "hoàn", false},
		{Telex, "hoà", 'f', "hoaf", true},
		{Telex, "thuở", 'n', "thưởn", true},
		{Telex, "nươc", 's', "nước", true},
		{Telex, "tiếng", ' ', "tiếng ", false},
		{Telex, "tiếng", ',', "tiếng,", false},
		{Telex, "Window", 's', "Windows", false}, // raw text stays raw
		{Telex, "cas", 't', "cast", false},       // not the engine's own word: left alone
		{Telex, "café", 's', "cafés", false},     // letters the engine cannot type
		{Telex, "tie\u0302\u0301ng", 's', "tiêngs", true},
		{Telex, "ĐẢNG", 'J', "ĐẠNG", true},
		{VNI, "tiê", '1', "tiế", true},
		{VNI, "2019", '1', "20191", false},
		{VNI, "Số", '1', "Sô1", true},
	}
	for _, c := range cases {
		e := New(c.m, NewStyle)
		got, handled := e.Apply(c.word, c.key)
		if got != c.want || handled != c.handled {
			t.Errorf("%v Apply(%q, %q) = %q, %v; want %q, %v", c.m, c.word, c.key, got, handled, c.want, c.handled)
		}
	}
}

// entry is a minimal text field driven through Apply, as the GUI does.
type entry struct {
	text   []rune
	cursor int
	e      *Engine
}

func (f *entry) typeKeys(keys string) {
	for _, k := range keys {
		start := WordBefore(f.text, f.cursor)
		word := string(f.text[start:f.cursor])
		nw, _ := f.e.Apply(word, k)
		rest := append([]rune(nil), f.text[f.cursor:]...)
		f.text = append(append(f.text[:start], []rune(nw)...), rest...)
		f.cursor = start + len([]rune(nw))
	}
}

func TestEntrySession(t *testing.T) {
	f := &entry{e: New(Telex, NewStyle)}
	f.typeKeys("Vieetj Nam")
	if got := string(f.text); got != "Việt Nam" {
		t.Fatalf("typed %q", got)
	}
	f.cursor = 4 // after "Việt"
	f.typeKeys("s")
	if got := string(f.text); got != "Viết Nam" {
		t.Errorf("after moving back: %q", got)
	}
	f.cursor = len(f.text)
	f.typeKeys(" Windows Haf")
	if got := string(f.text); got != "Viết Nam Windows Hà" {
		t.Errorf("at the end: %q", got)
	}
	// Backspace, then go on typing.
	f.text = f.text[:len(f.text)-1]
	f.cursor--
	f.typeKeys("afng")
	if got := string(f.text); got != "Viết Nam Windows Hàng" {
		t.Errorf("after backspace: %q", got)
	}
}

func TestWordBefore(t *testing.T) {
	text := []rune("Ban Tuyên giáo, 23-CT/TW tie\u0302\u0301ng")
	cases := []struct{ cursor, want int }{
		{0, 0}, {3, 0}, {4, 4}, {9, 4}, {6, 4}, {14, 10}, {15, 15}, {18, 16}, {24, 22},
		{len(text), 25}, {len(text) + 5, 25}, {-1, 0},
	}
	for _, c := range cases {
		if got := WordBefore(text, c.cursor); got != c.want {
			t.Errorf("WordBefore(%d) = %d, want %d", c.cursor, got, c.want)
		}
	}
}

func TestStrings(t *testing.T) {
	got := fmt.Sprint(Off, Telex, VNI, Method(7), NewStyle, OldStyle, ToneStyle(-2))
	if want := "Off Telex VNI Method(7) NewStyle OldStyle ToneStyle(-2)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkTypeString(b *testing.B) {
	keys := keystrokes(paragraph, Telex, false)
	e := New(Telex, NewStyle)
	b.SetBytes(int64(len(keys)))
	b.ReportAllocs()
	for b.Loop() {
		e.TypeString(keys)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len([]rune(keys))), "ns/key")
}

// BenchmarkApply measures one key typed into a word the engine did not
// produce itself (the cursor was moved into it), the slowest path.
func BenchmarkApply(b *testing.B) {
	e := New(Telex, NewStyle)
	b.ReportAllocs()
	for b.Loop() {
		e.Reset()
		e.Apply("Ban nghiên", 'g')
	}
}
