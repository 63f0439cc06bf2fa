package store

import (
	"database/sql"
	"strconv"
	"strings"
)

// db is the archive's connection pool. Every query of the package is
// written once, with ? placeholders; for PostgreSQL they are rewritten to
// $1, $2… (bind). Values always travel as parameters, never in the text.
type db struct {
	*sql.DB
	pg bool
}

func (d *db) Exec(query string, args ...any) (sql.Result, error) {
	return d.DB.Exec(bind(d.pg, query), keyArgs(d.pg, args)...)
}

func (d *db) Query(query string, args ...any) (*sql.Rows, error) {
	return d.DB.Query(bind(d.pg, query), keyArgs(d.pg, args)...)
}

func (d *db) QueryRow(query string, args ...any) *sql.Row {
	return d.DB.QueryRow(bind(d.pg, query), keyArgs(d.pg, args)...)
}

// wtx is a write transaction of either engine.
type wtx struct {
	*sql.Tx
	pg bool
}

func (t *wtx) Exec(query string, args ...any) (sql.Result, error) {
	return t.Tx.Exec(bind(t.pg, query), keyArgs(t.pg, args)...)
}

func (t *wtx) Query(query string, args ...any) (*sql.Rows, error) {
	return t.Tx.Query(bind(t.pg, query), keyArgs(t.pg, args)...)
}

func (t *wtx) QueryRow(query string, args ...any) *sql.Row {
	return t.Tx.QueryRow(bind(t.pg, query), keyArgs(t.pg, args)...)
}

// forUpdate is the clause that locks the rows a write transaction reads
// before changing them: PostgreSQL's clients write side by side, SQLite
// has one writer at a time anyway.
func (t *wtx) forUpdate() string {
	if t.pg {
		return " FOR UPDATE"
	}
	return ""
}

// keySep stands on PostgreSQL for the NUL that separates the two names
// of a unit key (report.Organization.UnitKey): PostgreSQL text cannot hold
// NUL. Normalised names hold no control characters.
const keySep = "\x1f"

// keyArgs replaces NUL in the text arguments of a PostgreSQL query.
func keyArgs(pg bool, args []any) []any {
	if !pg {
		return args
	}
	copied := false
	for i, a := range args {
		if s, ok := a.(string); ok && strings.Contains(s, "\x00") {
			if !copied {
				args, copied = append([]any(nil), args...), true
			}
			args[i] = strings.ReplaceAll(s, "\x00", keySep)
		}
	}
	return args
}

// storedKey is a unit key as read back from the database.
func storedKey(pg bool, key string) string {
	if pg {
		return strings.ReplaceAll(key, keySep, "\x00")
	}
	return key
}

// bind rewrites the ? placeholders of query as PostgreSQL's $n, leaving
// quoted text alone.
func bind(pg bool, query string) string {
	if !pg || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	quoted := false
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
