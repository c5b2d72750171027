package lsp

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/interp/resolve"
)

// The workspace index finds the files that may use a name declared in
// another file, for references and rename. It knows, per file, only what a
// parse tells (the files it includes and imports, the aliases it gives and
// the words it spells), cached until the file changes; files are resolved
// only when they may use the name, and those analyses are cached too.

// fileFacts is what a parse tells about one file.
type fileFacts struct {
	stamp    string
	loads    []string     // paths of the HSL files its includes and imports name
	includes []string     // the ones it includes (they share its names)
	aliases  []aliasFacts // the named imports with `as`
	words    map[string]bool
	symbols  []protocol.SymbolInformation // functions, classes and methods, for workspace/symbol; URIs unset
}

// aliasFacts is one `name as alias` of an import, both without `$`.
type aliasFacts struct{ name, alias string }

// cachedAnalysis is the analysis of a file that is not open, with the
// stamps of the files it was made from.
type cachedAnalysis struct {
	an     *analysis
	stamps map[string]string
	size   int // bytes of source of the program
}

// analysisBudget bounds the source bytes of the programs whose analyses
// are kept: an analysis holds about 30 times its source in memory.
const analysisBudget = 3 << 20

// workspaceIndex holds the facts and analyses of the workspace's files.
// Its methods take a snapshot of the server's state; mu serializes searches.
type workspaceIndex struct {
	mu       sync.Mutex
	listGen  int      // the server's listGen when files was listed
	files    []string // .hsl files under the workspace folders, sorted
	listed   bool
	facts    map[string]*fileFacts
	analyses map[string]*cachedAnalysis
	kept     int // sum of the sizes of analyses
}

// maxWorkspaceFiles bounds the files a workspace scan lists.
const maxWorkspaceFiles = 5000

// skipDirs are folders a workspace scan does not enter (besides hidden ones).
var skipDirs = map[string]bool{"node_modules": true, "dist": true, "vendor": true, "build": true, "out": true}

// openDoc is an open document as the index sees it.
type openDoc struct {
	uri protocol.DocumentURI
	rev uint64
	src []byte
}

// snapshot is the server's state a search works with.
type snapshot struct {
	s       *server
	roots   []string
	open    map[string]openDoc // by path; documents that are files only
	listGen int
}

// snapshot captures the open documents and the workspace folders.
func (s *server) snapshot() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	sn := &snapshot{s: s, roots: s.roots, open: map[string]openDoc{}, listGen: s.listGen}
	for _, d := range s.docs {
		if uriPath(d.uri) != "" {
			sn.open[d.path] = openDoc{uri: d.uri, rev: d.rev, src: d.text.src}
		}
	}
	return sn
}

// uriOf returns the URI of a file: the open document's, else a file: URI.
func (sn *snapshot) uriOf(path string) protocol.DocumentURI {
	if d, ok := sn.open[path]; ok {
		return d.uri
	}
	return fileURI(path)
}

// stamp identifies the version of a file: the open document's revision,
// else the size and time of the file on disk ("" when it does not exist).
func (sn *snapshot) stamp(path string) string {
	if d, ok := sn.open[path]; ok {
		return "open " + strconv.FormatUint(d.rev, 10)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return "disk " + strconv.FormatInt(fi.Size(), 10) + " " + strconv.FormatInt(fi.ModTime().UnixNano(), 10)
}

// source returns the text of a file: the open document, else the disk.
func (sn *snapshot) source(path string) ([]byte, bool) {
	if d, ok := sn.open[path]; ok {
		return d.src, true
	}
	src, err := os.ReadFile(path)
	return src, err == nil
}

// list returns the .hsl files of the workspace folders and the open
// documents, listing the folders again after files were opened, closed or
// reported changed. Called with ix.mu held.
func (ix *workspaceIndex) list(sn *snapshot) []string {
	if !ix.listed || ix.listGen != sn.listGen {
		ix.files = nil
		seen := map[string]bool{}
		n := 0
		for _, root := range sn.roots {
			filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				switch {
				case err != nil:
					return nil
				case d.IsDir():
					if p != root && (strings.HasPrefix(d.Name(), ".") || skipDirs[d.Name()]) {
						return filepath.SkipDir
					}
				case strings.HasSuffix(p, ".hsl") && !seen[p]:
					if n++; n > maxWorkspaceFiles {
						return filepath.SkipAll
					}
					seen[p] = true
					ix.files = append(ix.files, p)
				}
				return nil
			})
		}
		sort.Strings(ix.files)
		ix.listed, ix.listGen = true, sn.listGen
	}
	out := ix.files
	var extra []string
	for p := range sn.open {
		if i := sort.SearchStrings(ix.files, p); i == len(ix.files) || ix.files[i] != p {
			extra = append(extra, p)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		out = append(append([]string(nil), out...), extra...)
	}
	return out
}

// factsOf returns the facts of a file, parsing it again only when it
// changed. Called with ix.mu held.
func (ix *workspaceIndex) factsOf(sn *snapshot, p string) *fileFacts {
	st := sn.stamp(p)
	if f := ix.facts[p]; f != nil && f.stamp == st {
		return f
	}
	f := &fileFacts{stamp: st, words: map[string]bool{}}
	if ix.facts == nil {
		ix.facts = map[string]*fileFacts{}
	}
	ix.facts[p] = f
	src, ok := sn.source(p)
	if !ok {
		return f
	}
	for _, w := range words(src) {
		f.words[w] = true
	}
	tree, _ := grammar.Parse(p, src)
	root := sn.s.settings.forFile(p).loaderRoot
	t := newText(src)
	sym := func(name, container string, kind protocol.SymbolKind, l ast.Loc) {
		if name != "" { // editors refuse a symbol without a name
			f.symbols = append(f.symbols, protocol.SymbolInformation{Name: name, Kind: kind, ContainerName: container,
				Location: protocol.Location{Range: t.locRange(l)}})
		}
	}
	ast.Inspect(tree, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Name != nil {
				sym(n.Name.Name, "", protocol.SymbolKindFunction, n.Name.Loc)
			}
		case *ast.ClassDecl:
			if n.Name == nil {
				return false
			}
			sym(n.Name.Name, "", protocol.SymbolKindClass, n.Name.Loc)
			for _, fn := range n.Funcs {
				sym(fn.Name.Name, n.Name.Name, protocol.SymbolKindMethod, fn.Name.Loc)
			}
		case *ast.IncludeStmt:
			if n.Path != nil {
				if target, ok := loadPath(root, n.Path.Value); ok {
					f.loads = append(f.loads, target)
					f.includes = append(f.includes, target)
				}
			}
		case *ast.ImportStmt:
			if n.Kind == ast.ImportData || n.Path == nil {
				return false
			}
			if target, ok := loadPath(root, n.Path.Value); ok {
				f.loads = append(f.loads, target)
			}
			for _, s := range n.Specs {
				if s.Alias != "" {
					f.aliases = append(f.aliases, aliasFacts{strings.TrimPrefix(s.Name, "$"), strings.TrimPrefix(s.Alias, "$")})
				}
			}
			return false
		}
		return true
	})
	return f
}

// loadPath returns the file an include or import path names, as the
// interpreter's loader finds it under root; false for data files and
// modules of plugins.
func loadPath(root, name string) (string, bool) {
	if strings.HasPrefix(name, "txt!") || strings.HasPrefix(name, "extras://") || resolve.IsDataFile(name) {
		return "", false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "file://"), "file:")
	clean := path.Clean("/" + name)[1:]
	if clean == "" || clean == "." || root == "" {
		return "", false
	}
	return filepath.Join(root, filepath.FromSlash(clean)), true
}

// words returns the words a source spells: runs of letters, digits and _.
func words(src []byte) []string {
	var out []string
	start := -1
	for i := 0; i <= len(src); i++ {
		word := i < len(src) && (src[i] == '_' || src[i] >= 0x80 || src[i] >= 'a' && src[i] <= 'z' || src[i] >= 'A' && src[i] <= 'Z' || src[i] >= '0' && src[i] <= '9')
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, string(src[start:i]))
			start = -1
		}
	}
	return out
}

// users returns the files that may use a name declared in file decl,
// spelled name there: decl itself and the files that include or import it,
// directly or through others, and that spell the name or an alias of it
// (themselves or in a file they include). Called with ix.mu held.
func (ix *workspaceIndex) users(sn *snapshot, decl, name string) []string {
	files := ix.list(sn)
	rev := map[string][]string{}
	for _, p := range files {
		for _, l := range ix.factsOf(sn, p).loads {
			rev[l] = append(rev[l], p)
		}
	}
	closure := []string{decl}
	seen := map[string]bool{decl: true}
	for i := 0; i < len(closure); i++ {
		for _, p := range rev[closure[i]] {
			if !seen[p] {
				seen[p] = true
				closure = append(closure, p)
			}
		}
	}
	spellings := map[string]bool{name: true}
	for grown := true; grown; {
		grown = false
		for _, p := range closure {
			for _, al := range ix.factsOf(sn, p).aliases {
				if spellings[al.name] && !spellings[al.alias] {
					spellings[al.alias], grown = true, true
				}
			}
		}
	}
	var out []string
	for _, p := range closure {
		if p == decl || ix.spells(sn, p, spellings, map[string]bool{}) {
			out = append(out, p)
		}
	}
	return out
}

// spells reports whether a file or a file it includes spells one of names.
func (ix *workspaceIndex) spells(sn *snapshot, p string, names, seen map[string]bool) bool {
	if seen[p] {
		return false
	}
	seen[p] = true
	f := ix.factsOf(sn, p)
	for n := range names {
		if f.words[n] {
			return true
		}
	}
	for _, inc := range f.includes {
		if ix.spells(sn, inc, names, seen) {
			return true
		}
	}
	return false
}

// analysesOf returns the analyses of files that are not open (nil for a
// file that cannot be read), making the missing ones in parallel. Called
// with ix.mu held.
func (ix *workspaceIndex) analysesOf(sn *snapshot, paths []string) []*analysis {
	out := make([]*analysis, len(paths))
	var todo []int
	made := make([]*cachedAnalysis, len(paths))
	for i, p := range paths {
		if c := ix.analyses[p]; c != nil && ix.current(sn, c) {
			out[i] = c.an
			continue
		}
		// The stamps are taken first: a file that changes while it is
		// analyzed leaves the analysis stale.
		c := &cachedAnalysis{stamps: map[string]string{}}
		ix.loadClosure(sn, p, func(q string) { c.stamps[q] = sn.stamp(q) })
		made[i] = c
		todo = append(todo, i)
	}
	files := make(map[string][]byte, len(sn.open))
	for op, d := range sn.open {
		files[op] = d.src
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				if src, ok := sn.source(paths[i]); ok {
					a := analyze(paths[i], src, sn.s.settings.forFile(paths[i]), files)
					a.uri = fileURI(paths[i])
					a.programFiles()
					made[i].an = a
				}
			}
		}()
	}
	for _, i := range todo {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, i := range todo {
		c := made[i]
		if c.an == nil {
			continue
		}
		for _, f := range c.an.programFiles() {
			c.size += f.End.Offset
		}
		ix.keep(sn, paths[i], c)
		out[i] = c.an
	}
	return out
}

// keep caches an analysis within the budget: analyses of files that
// changed since go first; when the others fill it, the new one is not kept.
func (ix *workspaceIndex) keep(sn *snapshot, p string, c *cachedAnalysis) {
	if ix.analyses == nil {
		ix.analyses = map[string]*cachedAnalysis{}
	}
	drop := func(q string) {
		ix.kept -= ix.analyses[q].size
		delete(ix.analyses, q)
	}
	if ix.analyses[p] != nil {
		drop(p)
	}
	if ix.kept+c.size > analysisBudget {
		for q, old := range ix.analyses {
			if !ix.current(sn, old) {
				drop(q)
			}
		}
	}
	if ix.kept+c.size <= analysisBudget {
		ix.analyses[p] = c
		ix.kept += c.size
	}
}

// current reports whether none of the files an analysis was made from changed.
func (ix *workspaceIndex) current(sn *snapshot, c *cachedAnalysis) bool {
	for q, st := range c.stamps {
		if sn.stamp(q) != st {
			return false
		}
	}
	return true
}

// loadClosure calls f for a file and every file it loads, directly or not.
func (ix *workspaceIndex) loadClosure(sn *snapshot, p string, f func(string)) {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(q string) {
		if seen[q] {
			return
		}
		seen[q] = true
		f(q)
		for _, l := range ix.factsOf(sn, q).loads {
			visit(l)
		}
	}
	visit(p)
}
