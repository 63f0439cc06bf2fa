// Package widget holds the app's generic widgets and layouts, which know
// nothing of a report or a screen: a date field with a Vietnamese
// calendar, the table row layouts, a list row of truncating labels, the
// move-up/move-down/delete buttons of a list's row, the layout that hides
// the rows out of a scroll's view, the search folding that ignores
// Vietnamese marks, the labels every screen makes (wrapped, bold, a
// heading), and the message dialogs (a message, a question with its
// choices) at the app's width.
//
// The screens of package gui import it as iwidget, beside Fyne's widget.
package widget
