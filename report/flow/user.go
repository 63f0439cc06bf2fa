package flow

import (
	"os"
	"os/user"
)

// User names who saves, for the archive's history: the login name, else
// the computer's name, else "".
func User() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if h, err := os.Hostname(); err == nil {
		return h
	}
	return ""
}
