// Package vnenc reads Vietnamese text in the encodings that other programs
// write: UTF-8 with or without a byte order mark, UTF-16 with one,
// Windows-1258 (what Excel on a Vietnamese Windows saves as "CSV"; its
// tones are combining marks) and TCVN3 (the ABC fonts, .VnTime, of old
// offices). It holds the one TCVN3 table of the program: the typing
// engine's converter of pasted legacy text (gui/vnkey) uses it too.
//
// Every string it returns is valid UTF-8 in Unicode normalization form C.
package vnenc
