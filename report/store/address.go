package store

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// ErrAddress: the archive's address looks like that of a PostgreSQL
// server but is not one the program can use. It is never taken for a file
// name.
var ErrAddress = errors.New("địa chỉ kho dùng chung sai")

// CheckAddress returns nil for the path of an archive file and for a
// postgres:// or postgresql:// URL (which Open parses further). For
// anything else that looks like the address of a PostgreSQL server — a
// URL with one slash or none (postgresql:/lan@máy/csdl), a misspelt scheme
// (postgress://, posgres://), backslashes (postgres:\\máy\csdl), or a
// key=value connection string (host=… user=… dbname=…) — the error wraps
// ErrAddress, says what is wrong and gives the address as it should be,
// without its password.
func CheckAddress(path string) error {
	s := strings.TrimSpace(path)
	if IsURL(s) {
		return nil
	}
	if kv, ok := keyValues(s); ok {
		return kvError(kv)
	}
	scheme, sep, rest, ok := serverLike(s)
	if !ok {
		return nil
	}
	var wrong []string
	if scheme != "postgres" && scheme != "postgresql" {
		wrong = append(wrong, fmt.Sprintf("tên giao thức %q viết sai (phải là postgres)", scheme))
	}
	if sep != "://" {
		wrong = append(wrong, fmt.Sprintf("sau tên giao thức phải là \"://\" (có %q)", sep))
	}
	fixed := "postgres://" + strings.ReplaceAll(rest, `\`, "/")
	return fmt.Errorf("%w: %s; có phải là %s?", ErrAddress, strings.Join(wrong, ", "), Redact(fixed))
}

// serverLike splits s into a scheme that is, or nearly is, postgres or
// postgresql (or pg, pgsql, psql), the separator after it (a colon or a
// semicolon, with slashes or backslashes in any number) and the rest; ok is false when s does not start that way.
func serverLike(s string) (scheme, sep, rest string, ok bool) {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	scheme = strings.ToLower(s[:i])
	j := i
	for j < len(s) && strings.ContainsRune(":;/\\ ", rune(s[j])) {
		j++
	}
	sep, rest = strings.TrimSpace(s[i:j]), s[j:]
	// A colon (or a semicolon typed for it) is needed: postgres/kho.db is
	// a file in a folder named postgres.
	if rest == "" || !strings.ContainsAny(sep, ":;") {
		return "", "", "", false
	}
	switch scheme {
	case "pg", "pgsql", "psql":
		return scheme, sep, rest, true
	}
	if len(scheme) >= 5 && (editDistance(scheme, "postgres") <= 2 || editDistance(scheme, "postgresql") <= 2) {
		return scheme, sep, rest, true
	}
	return "", "", "", false
}

// keyValues reads a libpq connection string (host=h user=u dbname=d);
// ok when s has at least one key=value pair of a connection key.
func keyValues(s string) (map[string]string, bool) {
	kv := map[string]string{}
	known := false
	for _, f := range strings.Fields(s) {
		k, v, found := strings.Cut(f, "=")
		if !found {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		kv[k] = strings.Trim(v, `'"`)
		switch k {
		case "host", "hostaddr", "user", "password", "dbname", "port", "sslmode":
			known = true
		}
	}
	return kv, known
}

// kvError proposes the URL of a key=value connection string.
func kvError(kv map[string]string) error {
	u := url.URL{Scheme: "postgres", Host: kv["host"], Path: "/" + kv["dbname"]}
	if u.Host == "" {
		u.Host = kv["hostaddr"]
	}
	if p := kv["port"]; p != "" {
		u.Host += ":" + p
	}
	if user := kv["user"]; user != "" {
		u.User = url.User(user)
	}
	if m := kv["sslmode"]; m != "" {
		u.RawQuery = "sslmode=" + url.QueryEscape(m)
	}
	pw := ""
	if kv["password"] != "" {
		pw = " (mật khẩu không ghi vào đây: chương trình dùng PGPASSWORD hoặc tệp pgpass, hoặc ghi sau tên người dùng: người_dùng:mật_khẩu@)"
	}
	return fmt.Errorf("%w: chuỗi kết nối dạng host=… user=… dbname=… không dùng được; hãy ghi địa chỉ dạng %s%s", ErrAddress, u.String(), pw)
}

// editDistance is the number of letters to insert, delete, replace or
// swap with their neighbour to turn a into b.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
