// Package readers holds what the tests of every package use to read our
// files with other people's programs, the independent readers: pdftotext
// and pdfinfo (poppler-utils) for PDFs, LibreOffice for workbooks and Word
// documents, and the rule that a missing one fails the test in CI (and
// with BAOCAO_REQUIRE_TOOLS set) instead of skipping it. It is test
// support: only _test.go files import it.
package readers
