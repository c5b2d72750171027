# Build, test and maintenance targets of the openhsl toolchain.
# `make test` is what CI runs (.ci/run).

GO        ?= go
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
CMDS      := $(notdir $(wildcard cmd/*))
FUZZTIME  ?= 30s
ANTLR     := npx --yes antlr-ng@1.0.10 -Dlanguage=Go
GRAMMARS  := HSLLexer.g4 HSLParser.g4
# staticcheck (unused code, suspicious constructs), pinned; the generated
# parser is left out.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@2025.1.1
# Every fuzz target, as package:Target.
FUZZ_TARGETS := ./grammar:FuzzParse ./grammar:FuzzLexer ./interp:FuzzCompileRun \
                ./interp/value:FuzzFormatOperator ./interp/value:FuzzNormalizeKey \
                ./interp/value:FuzzSlice ./interp/value:FuzzArrayOps \
                ./stdlib/mime:FuzzParse ./packer:FuzzPackApp ./packer:FuzzScalarOffsets \
                ./format:FuzzFormat

.PHONY: all build generate check-generated test test-go test-bench test-vscode bench fuzz lint docs clean

all: build

## build: compile every command in cmd/ into bin/
build:
	@mkdir -p bin
	@for c in $(CMDS); do \
		echo "go build -o bin/$$c ./cmd/$$c"; \
		$(GO) build -ldflags "$(LDFLAGS)" -o bin/$$c ./cmd/$$c || exit 1; \
	done

## generate: regenerate the ANTLR parser in grammar/parser from the .g4 files
generate:
	cd grammar && $(ANTLR) -o parser $(GRAMMARS)

## check-generated: fail when grammar/parser is not what the .g4 files generate
check-generated:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	cp grammar/$(word 1,$(GRAMMARS)) grammar/$(word 2,$(GRAMMARS)) "$$tmp"/ && \
	(cd "$$tmp" && $(ANTLR) -o parser $(GRAMMARS) >/dev/null) && \
	if ! diff -r -q "$$tmp/parser" grammar/parser >/dev/null; then \
		diff -r "$$tmp/parser" grammar/parser | head -20; \
		echo "grammar/parser is stale: run 'make generate' and commit the result" >&2; \
		exit 1; \
	fi && echo "grammar/parser is up to date"

## test: everything CI checks
test: test-go check-generated lint test-bench test-vscode

test-go:
	$(GO) test -count=1 ./...

# test-bench: the peer benchmark module (bench/, its own go.mod) still builds
# against this tree and its report code passes its tests; the timed runs are
# `make -C bench run`.
test-bench:
	cd bench && $(GO) vet ./... && $(GO) test -count=1 ./...

test-vscode:
	cd vscode-extension && npm ci --no-audit --no-fund && npm test

## bench: parser and interpreter benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## fuzz: run each fuzz target for FUZZTIME (default 30s)
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzzing $$name in $$pkg for $(FUZZTIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

## lint: gofmt, go vet and staticcheck (generated code excluded)
lint:
	@out=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go' | grep -v '^grammar/parser/')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:" >&2; echo "$$out" >&2; exit 1; fi
	$(GO) vet -unreachable=false ./...
	$(GO) run $(STATICCHECK) $$($(GO) list ./... | grep -v /grammar/parser)

## docs: regenerate docs/stdlib.md from the builtin catalogue
docs:
	$(GO) generate ./stdlib

clean:
	rm -rf bin
