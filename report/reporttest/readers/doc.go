// Package readers holds what the tests of every package use to read our
// files with other people's programs, the independent readers: pdftotext
// and pdfinfo (poppler-utils) for PDFs, LibreOffice for workbooks and Word
// documents, and the rule that a missing one fails the test in CI (and
// with BAOCAO_REQUIRE_TOOLS set) instead of skipping it; beside them, the
// parts of an Office Open XML package read with archive/zip, for the tests
// that look at the XML itself. It is test support: only test code imports
// it.
package readers
