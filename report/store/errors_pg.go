package store

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"database/sql/driver"
	"errors"
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
		case strings.HasPrefix(pe.Code, "28"), pe.Code == "42501", pe.Code == "3D000":
			return ErrDenied // auth, no privilege, no such database
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

// retryable reports whether a PostgreSQL transaction failed only because
// it raced another one (it is then run again).
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}
