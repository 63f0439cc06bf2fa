package xlsx

import (
	"testing"

	"baocao/report"
)

func TestRoundTripSample(t *testing.T) {
	r := report.Sample()
	got, err := readBytes(export(t, r))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, got)
}

func TestRoundTripGenerated(t *testing.T) {
	for seed := range uint64(60) {
		r := generate(seed)
		got, err := readBytes(export(t, r))
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		sameReport(t, r, got)
	}
}

// Fields the table cannot show travel in the hidden sheet: an unknown
// code, a typed derived figure, an empty entry (all invalid, but a report
// must come back as it went).
func TestRoundTripRawFigures(t *testing.T) {
	r := report.Sample()
	r.Figures["xx.khong"] = report.Figure{Value: report.Int(4)}
	r.Figures["vb.tong"] = report.Figure{Plan: report.Int(9)}
	r.Figures["th.lop"] = report.Figure{}
	r.Figures["vb.chithi"] = report.Figure{Value: report.Int(1), Plan: report.Int(3)} // agrees with the list
	got, err := readBytes(export(t, r))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, r, got)
}
