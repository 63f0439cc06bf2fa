package main

import "runtime/debug"

// version is set at build time: make build passes -ldflags "-X
// main.version=...". The fyne tool's builds (make windows, make linux) lose
// that flag — its second build for Windows drops it — so make writes
// version_release.go beside this file for them, whose init sets it. Where
// neither was done, the commit the program was built from stands in.
var version = "dev"

func init() {
	if version != "dev" {
		return
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 7 {
		rev = rev[:7]
	}
	if rev != "" {
		version = "dev-" + rev + dirty
	}
}
