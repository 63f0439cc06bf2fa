// This file runs LibreOffice headless for the tests that use it as a
// second, independent reader or writer of our files (workbooks, Word
// documents).
//
// Every run is hermetic: LibreOffice gets a profile of its own (Vietnamese
// locale, formulas recalculated on load) and a fontconfig of its own
// (FONTCONFIG_FILE) that knows only the Tinos fonts shipped in assets/fonts
// and maps Times New Roman to them. What a test reads from LibreOffice
// therefore does not depend on the fonts a machine happens to have.
package readers

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"testing"
	"time"
)

// profileXCU is LibreOffice's user profile for the tests: vi-VN locale and
// every formula recalculated on load (so the figures it shows are computed
// by its own engine).
const profileXCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`

// fontsConf is the fontconfig of the tests: the shipped Tinos only, with
// the names our documents ask for (and the usual fallbacks) mapped to it.
const fontsConf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>%s</dir>
  <cachedir>%s</cachedir>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>Times</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>Liberation Serif</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>serif</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>sans-serif</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>monospace</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>Calibri</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>Carlito</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>Arial</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>DejaVu Sans</family><prefer><family>Tinos</family></prefer></alias>
</fontconfig>
`

// Soffice returns the path of LibreOffice (7.2 or newer), or skips (fails
// in CI) when there is none.
func Soffice(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		p, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		out, err := exec.Command(p, "--version").Output()
		m := regexp.MustCompile(`(\d+)\.(\d+)`).FindStringSubmatch(string(out))
		if err != nil || m == nil {
			Missing(t, "LibreOffice: cannot read its version (%v)", err)
			return ""
		}
		major, _ := strconv.Atoi(m[1])
		minor, _ := strconv.Atoi(m[2])
		if major < 7 || major == 7 && minor < 2 {
			Missing(t, "LibreOffice %s.%s is too old, want ≥ 7.2", m[1], m[2])
			return ""
		}
		return p
	}
	Missing(t, "no LibreOffice (Debian packages libreoffice-calc-nogui, libreoffice-writer-nogui)")
	return ""
}

// FontsDir is the folder of the shipped fonts (assets/fonts).
func FontsDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "assets", "fonts")
}

// Env returns the environment for a LibreOffice run: the process's own with
// FONTCONFIG_FILE pointing to a fontconfig in dir that knows only the
// shipped fonts, and a HOME of its own.
func Env(t testing.TB, dir string) []string {
	t.Helper()
	fonts, err := filepath.Abs(FontsDir())
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "fonts.conf")
	cache := filepath.Join(dir, "fontcache")
	if err := os.WriteFile(conf, []byte(fmt.Sprintf(fontsConf, fonts, cache)), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(), "FONTCONFIG_FILE="+conf, "HOME="+dir, "SAL_USE_VCLPLUGIN=svp")
}

// Profile makes a fresh LibreOffice user profile in a temp folder and
// returns the -env:UserInstallation argument for it.
func Profile(t testing.TB) (arg, dir string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "user", "registrymodifications.xcu"), []byte(profileXCU), 0o644); err != nil {
		t.Fatal(err)
	}
	return "-env:UserInstallation=file://" + dir, dir
}

// Convert converts the file at path to format (a --convert-to argument
// such as "pdf" or "xlsx:Calc Office Open XML") into outDir, hermetically.
func Convert(t testing.TB, path, format, outDir string) {
	t.Helper()
	lo := Soffice(t)
	profile, dir := Profile(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, lo, profile, "--headless", "--norestore",
		"--convert-to", format, "--outdir", outDir, path)
	cmd.Env = Env(t, dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("libreoffice --convert-to %s %s: %v\n%s", format, path, err, out)
	}
}

// Command returns a command that runs name (soffice, or python3 driving
// LibreOffice through UNO) with the hermetic environment: the fontconfig of
// Env and, for soffice itself, a fresh profile passed as its first
// argument. ProfileURL is the profile's URL for a UNO script that starts
// soffice itself.
func Command(t testing.TB, ctx context.Context, name string, args ...string) (cmd *exec.Cmd, profileURL string) {
	t.Helper()
	profile, dir := Profile(t)
	if name == "soffice" || name == "libreoffice" {
		args = append([]string{profile}, args...)
		name = Soffice(t)
	}
	cmd = exec.CommandContext(ctx, name, args...)
	cmd.Env = Env(t, dir)
	return cmd, "file://" + dir
}
