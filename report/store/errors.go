package store

import (
	"errors"

	"modernc.org/sqlite"
)

// Errors the archive reports; test for them with errors.Is. The messages
// that carry them name the report or the file.
var (
	ErrNotFound     = errors.New("không tìm thấy báo cáo trong kho")
	ErrExists       = errors.New("đơn vị này đã có báo cáo cho kỳ này")
	ErrFinal        = errors.New("báo cáo đã chốt, không sửa được; hãy mở lại để sửa")
	ErrDeleted      = errors.New("báo cáo đang ở thùng rác; hãy khôi phục trước khi sửa")
	ErrNewerVersion = errors.New("cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình")
	ErrBusy         = errors.New("cơ sở dữ liệu đang bận (một cửa sổ hoặc chương trình khác đang ghi); hãy thử lại sau giây lát")
	ErrCorrupt      = errors.New("tệp không phải kho báo cáo của chương trình hoặc đã bị hỏng")
	ErrReadOnly     = errors.New("kho báo cáo chỉ đọc, không ghi được")
	ErrDiskFull     = errors.New("ổ đĩa đã đầy, không ghi được; hãy giải phóng dung lượng rồi lưu lại")
	// ErrOffline: the PostgreSQL server of a shared archive cannot be
	// reached (stopped, network down, refused).
	ErrOffline = errors.New("không kết nối được máy chủ cơ sở dữ liệu của kho dùng chung (máy chủ tắt hoặc mất kết nối mạng)")
	// ErrDenied: the server refused the user name, the password or the
	// rights of the role.
	ErrDenied = errors.New("máy chủ cơ sở dữ liệu từ chối kết nối hoặc thao tác (sai tên đăng nhập, mật khẩu, hoặc tài khoản chưa được cấp quyền)")
	// ErrNoDatabase: the server has no database of the address's name.
	ErrNoDatabase = errors.New("máy chủ không có cơ sở dữ liệu ghi trong địa chỉ")
	errDiskIO     = errors.New("lỗi đọc/ghi ổ đĩa")
	errCantOpen   = errors.New("không mở được tệp cơ sở dữ liệu")
	errTLS        = errors.New("không lập được kết nối mã hóa (TLS) với máy chủ cơ sở dữ liệu: chứng chỉ của máy chủ không được xác minh, hoặc máy chủ không hỗ trợ mã hóa (xem sslmode, sslrootcert trong địa chỉ)")
)

// dbError is a database failure explained in Vietnamese: kind is one of
// the errors above, cause the driver's own error. msg, when set, says
// more precisely than kind what happened (naming the database, the role,
// the schema), and then the driver's English text is left out.
type dbError struct {
	kind, cause error
	msg         string
}

func (e *dbError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	return e.kind.Error() + " (" + e.cause.Error() + ")"
}
func (e *dbError) Unwrap() []error { return []error{e.kind, e.cause} }

// SQLite primary result codes (https://sqlite.org/rescode.html).
const (
	codeBusy       = 5
	codeLocked     = 6
	codeReadOnly   = 8
	codeIOErr      = 10
	codeCorrupt    = 11
	codeFull       = 13
	codeCantOpen   = 14
	codeConstraint = 19
	codeNotADB     = 26

	codeConstraintUnique = 2067
)

// sqliteCode is the extended SQLite result code of err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// classify explains a driver error; other errors are returned unchanged.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var known *dbError
	if errors.As(err, &known) {
		return err
	}
	if kind := pgKind(err); kind != nil {
		return &dbError{kind: kind, cause: err, msg: pgMessage(err)}
	}
	code := sqliteCode(err)
	var kind error
	switch code & 0xff {
	case 0:
		return err
	case codeBusy, codeLocked:
		kind = ErrBusy
	case codeReadOnly:
		kind = ErrReadOnly
	case codeCorrupt, codeNotADB:
		kind = ErrCorrupt
	case codeFull:
		kind = ErrDiskFull
	case codeIOErr:
		kind = errDiskIO
	case codeCantOpen:
		kind = errCantOpen
	case codeConstraint:
		if code == codeConstraintUnique {
			kind = ErrExists
		} else {
			return err
		}
	default:
		return err
	}
	return &dbError{kind: kind, cause: err}
}
