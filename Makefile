# Báo cáo sơ kết — build, run and test.
#   make run     install what is missing, then open the app
#   make test    install what is missing, then run every test
#   make bench   the speed and memory benchmarks
#   make fuzz    the fuzz tests of the parsers that read other people's files

GO      ?= go
TAGS    := migrated_fynedo
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
FUZZTIME ?= 60s

# Debian packages: to build Fyne (cgo, OpenGL, X11, Wayland), and what the
# tests use (pdftotext/pdfinfo/pdffonts, LibreOffice as a second XLSX reader).
DEB_BUILD := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev
DEB_TEST  := poppler-utils libreoffice-calc-nogui

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

.PHONY: run build test vet bench fuzz deps-build deps-test clean

deps-build:
	$(call ensure,$(DEB_BUILD))

deps-test: deps-build
	$(call ensure,$(DEB_TEST))

build: deps-build
	$(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o bin/baocao ./cmd/baocao

run: build
	./bin/baocao

vet:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: các tệp trên chưa định dạng"; exit 1; }
	$(GO) vet -tags $(TAGS) ./...

test: deps-test vet
	$(GO) test -tags $(TAGS) -count=1 ./...

bench: deps-test
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

fuzz: deps-test
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./report/xlsx/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./report/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzTypeString$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./gui/vnkey/
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz '^FuzzConvertLegacy$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./gui/vnkey/

clean:
	rm -rf bin dist
