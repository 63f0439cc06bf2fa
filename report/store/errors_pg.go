package store

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// pgKind is the archive's error for a PostgreSQL driver error, or nil
// when err is none of those (or is a failure that needs no explaining,
// such as a check that failed).
func pgKind(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "23505": // unique_violation
			return ErrExists
		case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03": // serialization, deadlock, lock timeout
			return ErrBusy
		case pe.Code == "25006": // read_only_sql_transaction
			return ErrReadOnly
		case pe.Code == "53100": // disk_full
			return ErrDiskFull
		case strings.HasPrefix(pe.Code, "08"), pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03", pe.Code == "53300":
			return ErrOffline // connection exception, shutdown, too many connections
		case pe.Code == "3D000": // invalid_catalog_name
			return ErrNoDatabase
		case strings.HasPrefix(pe.Code, "28"), pe.Code == "42501", pe.Code == "3F000":
			return ErrDenied // auth, no privilege, no schema it may use
		}
		return nil
	}
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci) ||
		strings.Contains(err.Error(), "server refused TLS connection") {
		return errTLS
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		var inner *pgconn.PgError
		if errors.As(ce.Unwrap(), &inner) {
			if k := pgKind(inner); k != nil {
				return k
			}
		}
		return ErrOffline
	}
	var ne net.Error
	switch {
	case errors.As(err, &ne),
		errors.Is(err, driver.ErrBadConn),
		errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EPIPE),
		errors.Is(err, context.DeadlineExceeded),
		pgconn.Timeout(err):
		return ErrOffline
	}
	if errors.Is(err, io.EOF) || strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "unexpected EOF") {
		return ErrOffline
	}
	return nil
}

// pgMessage says in Vietnamese what a refusal of the server means, naming
// the database, the role or the object; "" when the kind's own message
// will do.
func pgMessage(err error) string {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return ""
	}
	var user, database string
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Config != nil {
		user, database = ce.Config.User, ce.Config.Database
	}
	if database == "" {
		database = quotedName(pe.Message)
	}
	switch {
	case pe.Code == "3D000":
		return fmt.Sprintf("máy chủ không có cơ sở dữ liệu %q; hãy kiểm tra tên cơ sở dữ liệu trong địa chỉ (phần sau dấu / cuối cùng) hoặc nhờ người quản trị tạo nó", database)
	case pe.Code == "28P01":
		return fmt.Sprintf("sai mật khẩu của tài khoản %q (hoặc tài khoản không đăng nhập bằng mật khẩu)", user)
	case pe.Code == "28000" && strings.HasPrefix(pe.Message, "role ") && strings.HasSuffix(pe.Message, "does not exist"):
		return fmt.Sprintf("máy chủ không có tài khoản %q; hãy kiểm tra tên người dùng trong địa chỉ (phần trước dấu @)", user)
	case pe.Code == "28000":
		return fmt.Sprintf("máy chủ từ chối cho tài khoản %q kết nối tới cơ sở dữ liệu %q từ máy này (cấu hình pg_hba.conf của máy chủ; có thể cần thêm ?sslmode=require vào địa chỉ)", user, database)
	case pe.Code == "42501":
		return fmt.Sprintf("tài khoản chưa được cấp quyền trên %s; hãy nhờ người quản trị cấp quyền (các lệnh GRANT trong README, phần kho dùng chung)", deniedObject(pe.Message))
	case pe.Code == "3F000":
		return "tài khoản không dùng được lược đồ (schema) nào của cơ sở dữ liệu: lược đồ trong search_path không có, hoặc tài khoản chưa được cấp quyền trên nó; hãy nhờ người quản trị cấp quyền (các lệnh GRANT trong README, phần kho dùng chung)"
	}
	return ""
}

// quotedName is the first "quoted" name of a server's message.
func quotedName(msg string) string {
	_, rest, ok := strings.Cut(msg, `"`)
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, `"`)
	return name
}

// deniedObject names in Vietnamese the object of "permission denied for
// schema public".
func deniedObject(msg string) string {
	f := strings.Fields(strings.TrimPrefix(msg, "permission denied for "))
	if len(f) == 2 {
		switch f[0] {
		case "schema":
			return fmt.Sprintf("lược đồ (schema) %q", f[1])
		case "table", "relation":
			return fmt.Sprintf("bảng %q", f[1])
		case "sequence":
			return fmt.Sprintf("dãy số %q", f[1])
		case "database":
			return fmt.Sprintf("cơ sở dữ liệu %q", f[1])
		}
	}
	return "phần này của cơ sở dữ liệu"
}

// retryable reports whether a PostgreSQL transaction failed only because
// it raced another one (it is then run again).
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}
