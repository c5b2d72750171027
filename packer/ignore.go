package packer

import (
	"bufio"
	"bytes"
	"fmt"
	"path"
	"strings"
)

// ignoreRule is one pattern of a .halonignore file.
//
// Patterns are globs (path.Match syntax: * ? [...] and \ escapes) relative to the folder
// holding the .halonignore file. A pattern without a slash matches a file or folder name at
// any depth below that folder; a pattern with a slash matches the whole relative path, where
// a "**" segment stands for any number of folders. A trailing slash limits the pattern to
// folders. An ignored folder is skipped with everything inside it.
type ignoreRule struct {
	base     string   // folder of the .halonignore, relative to src/files ("" for the top)
	segs     []string // pattern split at '/'
	anchored bool     // the pattern contains a slash
	dirOnly  bool     // the pattern ended with a slash
}

// parseIgnore reads the patterns of the .halonignore at file (a workspace path) that lives
// in the folder base of src/files.
func parseIgnore(file, base string, data []byte) ([]ignoreRule, []Diagnostic) {
	var rules []ignoreRule
	var diags []Diagnostic
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), len(data)+1)
	for line := 1; sc.Scan(); line++ {
		raw := sc.Text()
		text := strings.TrimSpace(raw)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		col := strings.Index(raw, text) + 1
		if strings.HasPrefix(text, "!") {
			diags = append(diags, Diagnostic{File: file, Line: line, Col: col, Rule: "halonignore",
				Message: fmt.Sprintf("negated pattern %q is not supported: a .halonignore line can only exclude files", text)})
			continue
		}
		r := ignoreRule{base: base}
		p := strings.TrimPrefix(text, "./")
		if s, ok := strings.CutSuffix(p, "/"); ok {
			p, r.dirOnly = s, true
		}
		if s, ok := strings.CutPrefix(p, "/"); ok {
			p, r.anchored = s, true
		}
		if strings.Contains(p, "/") {
			r.anchored = true
		}
		r.segs = strings.Split(p, "/")
		bad := p == ""
		for _, s := range r.segs {
			if _, err := path.Match(s, ""); err != nil || s == "" {
				bad = true
			}
		}
		if bad {
			diags = append(diags, Diagnostic{File: file, Line: line, Col: col, Rule: "halonignore",
				Message: fmt.Sprintf("invalid pattern %q", text)})
			continue
		}
		rules = append(rules, r)
	}
	return rules, diags
}

// ignored reports whether p (a path relative to src/files, '/'-separated) is excluded.
func ignored(rules []ignoreRule, p string, isDir bool) bool {
	for _, r := range rules {
		if r.dirOnly && !isDir {
			continue
		}
		rel := p
		if r.base != "" {
			var ok bool
			if rel, ok = strings.CutPrefix(p, r.base+"/"); !ok {
				continue
			}
		}
		if !r.anchored {
			if ok, _ := path.Match(r.segs[0], path.Base(rel)); ok {
				return true
			}
			continue
		}
		if matchSegments(r.segs, strings.Split(rel, "/")) {
			return true
		}
	}
	return false
}

// matchSegments matches glob segments against path segments; "**" matches zero or more.
func matchSegments(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if matchSegments(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}
