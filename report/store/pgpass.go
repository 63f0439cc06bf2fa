package store

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/jackc/pgx/v5"

	"baocao/report"
)

// PassFile is the PostgreSQL password file the driver reads when a URL
// has no password: $PGPASSFILE, else %APPDATA%\postgresql\pgpass.conf on
// Windows, ~/.pgpass elsewhere.
func PassFile() (string, error) {
	if p := os.Getenv("PGPASSFILE"); p != "" {
		return p, nil
	}
	if runtime.GOOS == "windows" {
		dir := os.Getenv("APPDATA")
		if dir == "" {
			return "", fmt.Errorf("không có biến môi trường APPDATA để đặt tệp mật khẩu")
		}
		return filepath.Join(dir, "postgresql", "pgpass.conf"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".pgpass"), nil
}

// SavePassword keeps password for the server, database and user of the
// URL dsn in the password file (PassFile), readable by this user only
// (0600), in place of an older line for the same; it returns the file.
// The URL itself, kept in the preferences, holds no password.
func SavePassword(dsn, password string) (string, error) {
	cfg, err := pgx.ParseConfig(strings.TrimSpace(Redact(dsn)))
	if err != nil {
		return "", fmt.Errorf("địa chỉ kho dùng chung không hợp lệ: %v", err)
	}
	path, err := PassFile()
	if err != nil {
		return "", fmt.Errorf("không tìm được chỗ đặt tệp mật khẩu: %w", err)
	}
	host := cfg.Host
	if strings.HasPrefix(host, "/") {
		host = "localhost" // a Unix socket, as libpq and pgx look it up
	}
	fields := []string{host, fmt.Sprint(cfg.Port), cfg.Database, cfg.User}
	for i, f := range fields {
		fields[i] = escapePass(f)
	}
	prefix := strings.Join(fields, ":") + ":"
	var out bytes.Buffer
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return "", fmt.Errorf("đọc tệp mật khẩu %s: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(old))
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, prefix) {
			out.WriteString(line + "\n")
		}
	}
	out.WriteString(prefix + escapePass(password) + "\n")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("tạo thư mục cho tệp mật khẩu %s: %w", path, err)
	}
	// Never readable by others, not even before the rename (0600 on
	// Linux; Windows keeps it to the user's folder).
	err = report.WritePrivateFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(out.Bytes())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("ghi tệp mật khẩu %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		return "", fmt.Errorf("đặt quyền 0600 cho tệp mật khẩu %s: %w", path, err)
	}
	return path, nil
}

func escapePass(s string) string {
	return strings.NewReplacer(`\`, `\\`, `:`, `\:`).Replace(s)
}
