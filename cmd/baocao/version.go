package main

import "runtime/debug"

// version is set at build time (-ldflags "-X main.version=..."; make does
// it). Where the linker flag was lost — the fyne tool's second build for
// Windows drops it — the commit the program was built from stands in.
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
