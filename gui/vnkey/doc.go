// Package vnkey is a Vietnamese input-method engine written in pure Go.
//
// It turns keystrokes typed with the Telex or VNI conventions (the ones
// clerks know from Unikey and EVKey) into Vietnamese text, so that an
// application can offer Vietnamese typing on its own instead of relying on
// an external input method. The engine knows nothing about widgets: a text
// field hands it the word before the cursor and the key just typed
// ([Engine.Apply]) and replaces that word with the result.
//
// # Keys
//
//	Telex  s f r x j: sắc huyền hỏi ngã nặng, z: no tone
//	       aa ee oo: â ê ô, aw ow uw: ă ơ ư, uow: ươ, w alone: ư, dd: đ
//	VNI    1 2 3 4 5: sắc huyền hỏi ngã nặng, 0: no tone
//	       6: â ê ô, 7: ơ ư (uo7: ươ), 8: ă, 9: đ
//
// Tone keys, Telex w and the VNI digits may be typed anywhere after the
// letters they change (tieengs, vieejt, nuocws, tieng61); aa, ee, oo and dd
// must be typed next to each other. The tone always goes on the right
// vowel, in the style chosen ([NewStyle] hòa, [OldStyle] hoà). A mark key
// typed again removes the mark and types the key itself: cass gives cas,
// aaa gives aa, ww gives w, a11 gives a1. In VNI a digit is a mark only
// after a letter of the same word, so numbers stay numbers.
//
// # Words that are not Vietnamese
//
// Words that cannot be Vietnamese syllables (Windows, email, Excel) are
// shown as the keys that were typed, in the manner of Unikey's option
// "tự động khôi phục phím với từ sai"; see [ValidSyllable]. Letters
// without any vowel are always composed, so abbreviations such as HĐND
// (HDDND) work.
//
// # Legacy encodings
//
// The package also converts text pasted from old documents written with the
// TCVN3 (ABC, .VnTime) or VNI-Windows fonts into Unicode: see
// [DetectLegacy] and [ConvertLegacy].
//
// Every string the package returns is valid UTF-8 in Unicode normalization
// form C (precomposed letters).
package vnkey
