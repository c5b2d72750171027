package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

// setting is how a file is compiled: its hook context, the builtins and
// context variables it sees and the folder its includes and imports resolve
// against.
type setting struct {
	context     string // hook context, "" for plain scripts and shared files
	catalog     *catalog.Catalog
	predeclared map[string]bool
	loaderRoot  string
}

// hookContext infers the hook a file belongs to from its path, following the
// layout of a Halon configuration: src/hooks/<phase>/<id>.hsl and
// src/hooks/queue/<phase>.hsl. It returns "" for any other file.
func hookContext(path string) string {
	parts := strings.Split(filepath.ToSlash(path), "/")
	for i := 0; i+2 < len(parts); i++ {
		if parts[i] != "src" || parts[i+1] != "hooks" {
			continue
		}
		if phase := parts[i+2]; i+3 < len(parts) && hooks.IsContext(phase) {
			return phase
		}
		if parts[i+2] == "queue" && i+3 == len(parts)-1 {
			if phase := strings.TrimSuffix(parts[i+3], ".hsl"); hooks.IsContext(phase) {
				return phase
			}
		}
	}
	return ""
}

// configRoot returns the src/ folder of the Halon configuration a file is
// part of (the nearest ancestor named src that has hooks/ or files/), or "".
func configRoot(path string) string {
	for dir := filepath.Dir(path); ; {
		if filepath.Base(dir) == "src" && (isDir(filepath.Join(dir, "files")) || isDir(filepath.Join(dir, "hooks"))) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// settings computes and caches the catalogues of hook contexts.
type settings struct {
	mu       sync.Mutex
	root     string // workspace folder, "" without one
	catalogs map[string]*catalog.Catalog
}

// anyHook is the catalogue key of files shared by every hook.
const anyHook = "*"

func (s *settings) catalog(ctx string) *catalog.Catalog {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.catalogs[ctx]; c != nil {
		return c
	}
	if s.catalogs == nil {
		s.catalogs = map[string]*catalog.Catalog{}
	}
	var c *catalog.Catalog
	switch ctx {
	case "":
		c = stdlib.Core()
	case anyHook:
		all := catalog.New()
		hooks.Register(all)
		c = hooks.Merge(stdlib.Core(), all)
	default:
		c = hooks.Merge(stdlib.Core(), hooks.Catalog(ctx))
	}
	s.catalogs[ctx] = c
	return c
}

// forFile returns how the file at path is compiled. A hook file gets its
// hook's functions and variables; any other file of a Halon configuration
// (a file included by hooks) gets those of every hook; a plain script gets
// the core builtins only. Includes and imports resolve against the
// configuration's src/files/ folder when there is one, else against
// the workspace's src/files/, else against the file's own folder.
func (s *settings) forFile(path string) setting {
	st := setting{loaderRoot: filepath.Dir(path)}
	cfg := configRoot(path)
	if cfg == "" && s.root != "" && isDir(filepath.Join(s.root, "src", "files")) {
		cfg = filepath.Join(s.root, "src")
	}
	if cfg != "" && isDir(filepath.Join(cfg, "files")) {
		st.loaderRoot = filepath.Join(cfg, "files")
	}
	switch ctx := hookContext(path); {
	case ctx != "":
		st.context, st.catalog, st.predeclared = ctx, s.catalog(ctx), hooks.Variables(ctx)
	case cfg != "":
		st.catalog, st.predeclared = s.catalog(anyHook), hooks.AnyVariables()
	default:
		st.catalog = s.catalog("")
	}
	return st
}
