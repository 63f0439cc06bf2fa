package main

import (
	"flag"
	"fmt"
	"log"

	"baocao/gui"
)

// app opens the desktop app: baocao [--db PATH].
func (c *cli) app(args []string) int {
	fs := flag.NewFlagSet("baocao", flag.ContinueOnError)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	pos, err := parseFlags(fs, args)
	if err == nil && len(pos) > 0 {
		err = usagef("không hiểu %q", pos[0])
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "baocao: %v\n\n%s", err, usage)
		return exitUsage
	}
	log.SetOutput(newGLWatch(c.stderr))
	if err := gui.Run(gui.Options{DBPath: *db, Version: version}); err != nil {
		fmt.Fprintf(c.stderr, "baocao: %v\n", err)
		return exitInput
	}
	return exitOK
}
