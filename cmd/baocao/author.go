package main

import (
	"os"
	"os/user"
)

// author names who saves from the command line: the user's login name.
func author() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if h, err := os.Hostname(); err == nil {
		return h
	}
	return ""
}
