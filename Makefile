# Báo cáo sơ kết — build, run and test.
#   make run     install what is missing, then open the app
#   make test    install what is missing, then run every test
#   make bench   the speed and memory benchmarks
#   make bench-gui  typing in the real window under Xvfb, CPU from /proc
#   make fuzz    the fuzz tests of the parsers that read other people's files
#   make test-windows  after make windows: the Windows program run under Wine

# Go: go.mod asks for go1.26.8. Go 1.21 and newer fetch that toolchain by
# themselves; where Go is missing or older (Debian 12 ships 1.19), Debian's
# Go fetches the toolchain module once into .toolchain/.
GO_TOOLCHAIN := go1.26.8
GO_BOOT := $(CURDIR)/.toolchain/go/bin/go
ifndef GO
GO := $(shell v=$$(go env GOVERSION 2>/dev/null); case "$$v" in (go1.2[1-9]*|go1.[3-9][0-9]*) echo go;; (*) echo $(GO_BOOT);; esac)
endif
TAGS    := migrated_fynedo
# The program is built without Fyne's animations: its fading caret redraws
# the whole window about twelve times a second, which under software
# OpenGL (old office PCs, Xvfb) costs a sixth of a core at rest and half
# of what a key costs (make bench-gui). The caret stays lit instead.
APP_TAGS := $(TAGS),no_animations
APP_VERSION := $(shell sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
VERSION ?= $(APP_VERSION)+$(shell git rev-parse --short HEAD 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
FUZZTIME ?= 60s

# Debian packages: to build Fyne (cgo, OpenGL, X11, Wayland), and what the
# tests use (pdftotext/pdfinfo/pdffonts, LibreOffice as a second XLSX reader
# and to lay out the Word document, python-docx as a DOCX reader, python3-uno
# to fill forms in LibreOffice Calc, PostgreSQL: the tests of the shared
# archive start a throwaway server).
DEB_BUILD := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
DEB_TEST  := poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui python3-docx python3-uno postgresql

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# ensure installs the Debian packages of $(1) that are not installed yet.
define ensure
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Cài các gói còn thiếu:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

.PHONY: run build test vet staticcheck bench bench-gui fuzz deps-build deps-test clean windows linux test-windows

deps-build: $(filter $(GO_BOOT),$(GO))
	$(call ensure,$(DEB_BUILD))

$(GO_BOOT):
	$(call ensure,golang-go ca-certificates git)
	rm -rf .toolchain && mkdir -p .toolchain
	cd /tmp && GOPATH=$(CURDIR)/.toolchain/gopath GOFLAGS=-modcacherw GO111MODULE=on \
		/usr/bin/go mod download -json golang.org/toolchain@v0.0.1-$(GO_TOOLCHAIN).linux-$$(dpkg --print-architecture) > $(CURDIR)/.toolchain/download.json
	dir=$$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p' .toolchain/download.json); \
		cp -r "$$dir" .toolchain/go && chmod -R u+w .toolchain/go && \
		chmod +x .toolchain/go/bin/* .toolchain/go/pkg/tool/*/* && \
		rm -rf .toolchain/gopath
	$(GO_BOOT) version

deps-test: deps-build
	$(call ensure,$(DEB_TEST))

build: deps-build
	$(GO) build -tags $(APP_TAGS) -ldflags "$(LDFLAGS)" -o bin/baocao ./cmd/baocao

run: build
	./bin/baocao

vet:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: các tệp trên chưa định dạng"; exit 1; }
	$(GO) vet -tags $(TAGS) ./...

# staticcheck at a pinned version (installed into bin/ once). It runs the Go
# of $(GO), which may be the one in .toolchain/.
STATICCHECK_VERSION := 0.8.2
staticcheck: deps-build
	bin/staticcheck -version 2>/dev/null | grep -qF '($(STATICCHECK_VERSION))' || \
		GOBIN=$(CURDIR)/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@v$(STATICCHECK_VERSION)
	PATH="$$(dirname "$$(command -v $(GO))"):$$PATH" bin/staticcheck -tags $(TAGS) ./...

# The packages that start goroutines are tested again under the race
# detector (it needs cgo, which the build has anyway).
RACE_PKGS := ./gui/ ./gui/templates/ ./report/ ./report/store/ ./cmd/baocao/

# BAOCAO_REQUIRE_TOOLS: deps-test has installed the independent readers
# (poppler-utils, LibreOffice, python3-docx, python3-uno), so a test that
# finds one missing fails instead of skipping (report/reporttest/readers).
test: deps-test vet staticcheck
	BAOCAO_REQUIRE_TOOLS=1 $(GO) test -tags $(TAGS) -count=1 ./...
	BAOCAO_REQUIRE_TOOLS=1 $(GO) test -race -tags $(TAGS) -count=1 $(RACE_PKGS)

bench: deps-test
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

# The whole program in a real window under Xvfb: CPU per key (xdotool, 10
# keys a second) and at rest, from /proc, in a one-line field, sections of
# 3,000 to 62,000 characters, 300 documents, the figures tab (of the sample
# and of a 60-indicator template), Tổng hợp and Mẫu báo cáo.
# ROUNDS=3 repeats each; the table gives min and median. SCENARIOS="header
# template" runs only those (gui/testdata/xvfb/bench.sh names them all).
DEB_BENCH_GUI := xvfb xdotool imagemagick python3
ROUNDS ?= 3
SCENARIOS ?=
bench-gui: build
	$(call ensure,$(DEB_BENCH_GUI))
	sh gui/testdata/xvfb/bench.sh bin/baocao $(ROUNDS) $(SCENARIOS)

fuzz: deps-test
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./report/xlsx/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./report/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzParseUnits$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./report/forms/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzTypeString$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./gui/vnkey/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzConvertLegacy$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./gui/vnkey/

# Packaging with the fyne tool (icon, version info, desktop entry). It reads
# FyneApp.toml from the main package's folder, so a copy is put there for the
# build and removed after it. The fyne tool drops -ldflags on its second
# Windows build, so the version goes in a generated file (also removed).
# The fyne tool runs the go in PATH: $(GO)'s folder comes first.
FYNE_TOOL := $(CURDIR)/bin/fyne
define fyne_package
	@mkdir -p dist
	test -x $(FYNE_TOOL) || GOBIN=$(CURDIR)/bin $(GO) install fyne.io/tools/cmd/fyne@v1.7.4
	sed -e 's#^Icon = .*#Icon = "../../assets/icon.png"#' FyneApp.toml > cmd/baocao/FyneApp.toml
	printf '// Code generated by make for the fyne tool; DO NOT EDIT.\n\npackage main\n\nfunc init() { version = "%s" }\n' '$(VERSION)' > cmd/baocao/version_release.go
	cd cmd/baocao && PATH="$$(dirname "$$(command -v $(GO))"):$$PATH" $(2) $(FYNE_TOOL) package -os $(1) --release \
		--tags $(APP_TAGS) --app-version $(APP_VERSION) --icon ../../assets/icon.png ; \
		status=$$?; rm -f FyneApp.toml version_release.go; exit $$status
endef

# The Windows program, cross-built with mingw-w64: a GUI executable with its
# icon and version information.
windows: deps-build
	$(call ensure,gcc-mingw-w64-x86-64 file)
	$(call fyne_package,windows,CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++)
	mv cmd/baocao/*.exe dist/baocao.exe
	@file dist/baocao.exe

# The Windows program run for real under Wine and Xvfb (after make windows):
# cmd/baocao/testdata/wine/run.sh says what it checks.
DEB_WINE := wine wine64 fonts-wine libgl1-mesa-dri xvfb xdotool imagemagick gcc-mingw-w64-x86-64 poppler-utils
test-windows: build
	$(call ensure,$(DEB_WINE))
	@test -s dist/baocao.exe || { echo "thiếu dist/baocao.exe: chạy make windows trước"; exit 1; }
	bash cmd/baocao/testdata/wine/run.sh dist/baocao.exe bin/baocao

# A Linux tarball with the program, its icon and the desktop entry.
linux: deps-build
	$(call fyne_package,linux,)
	mv cmd/baocao/*.tar.xz dist/baocao-linux-amd64.tar.xz
	@ls -l dist/baocao-linux-amd64.tar.xz

clean:
	rm -rf bin dist
