// Package forms writes the fill-in forms (biểu mẫu) a consolidating body
// sends to its lower units: the units from a CSV file or from the
// archive's expected-units list, cùng kỳ from the archive, one workbook
// per unit under a safe file name. The command line and the desktop app
// both use it.
package forms
