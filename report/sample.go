package report

import _ "embed"

//go:embed sample.json
var sampleJSON []byte

// Sample returns the sample report: Ban Tuyên giáo Tỉnh ủy Hà Nam, 6 tháng
// đầu năm 2019, built from the news item in
// shared/samples/hanam-2019-article.txt. Figures the article does not give
// are not reported.
func Sample() *Report {
	r, err := Parse(sampleJSON)
	if err != nil {
		panic("báo cáo mẫu nhúng sẵn bị lỗi: " + err.Error())
	}
	return r
}

// SampleJSON returns the sample report file's bytes.
func SampleJSON() []byte { return append([]byte(nil), sampleJSON...) }
