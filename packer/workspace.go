package packer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// ServerPhases are the per-connection hook phases: each is a list of scripts in
// scripting.hooks.<phase>, chosen per server by servers[].phases.<phase>.hook.
var ServerPhases = []string{"connect", "disconnect", "proxy", "helo", "auth", "mailfrom", "rcptto", "eod"}

// QueuePhases are the queue hooks: one script each, read from src/hooks/queue/<phase>.hsl
// and packed as the string scripting.hooks.<phase>.
var QueuePhases = []string{"predelivery", "postdelivery"}

// source is one file read from the workspace.
type source struct {
	rel  string // workspace path, '/'-separated
	data []byte
}

// packedFile is one file of src/files, packed into scripting.files.
type packedFile struct {
	source
	id     string // path relative to src/files
	binary bool   // not UTF-8 text: packed as base64
}

// workspace is everything read from src/.
type workspace struct {
	configs []source                     // src/config/*.yaml in name order
	hooks   map[string]map[string]source // phase -> hook id -> script
	queue   map[string]source            // queue phase -> script
	files   []packedFile                 // src/files in id order, after .halonignore
	diags   []Diagnostic
}

// readWorkspace reads dir/src. Errors are I/O failures; problems with the content are
// returned as diagnostics in the workspace.
func readWorkspace(dir string) (*workspace, error) {
	src := filepath.Join(dir, "src")
	if st, err := os.Stat(src); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no src folder: expected src/config/*.yaml (and optionally src/hooks, src/files)", dir)
		}
		return nil, err
	} else if !st.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", src)
	}
	ws := &workspace{hooks: map[string]map[string]source{}, queue: map[string]source{}}
	if err := ws.readConfigs(dir); err != nil {
		return nil, err
	}
	if err := ws.readHooks(dir); err != nil {
		return nil, err
	}
	if err := ws.readFiles(dir); err != nil {
		return nil, err
	}
	return ws, nil
}

// readDir lists a folder of the workspace in name order; a missing folder is empty.
func readDir(dir, rel string) ([]fs.DirEntry, error) {
	entries, err := os.ReadDir(filepath.Join(dir, filepath.FromSlash(rel)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return entries, err
}

func readSource(dir, rel string) (source, error) {
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return source{}, err
	}
	return source{rel: rel, data: data}, nil
}

// isRegular reports whether e is a file (following a symbolic link).
func isRegular(dir, rel string, e fs.DirEntry) (bool, error) {
	if e.Type()&fs.ModeSymlink == 0 {
		return e.Type().IsRegular(), nil
	}
	st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return false, err
	}
	return st.Mode().IsRegular(), nil
}

func (ws *workspace) readConfigs(dir string) error {
	entries, err := readDir(dir, "src/config")
	if err != nil {
		return err
	}
	for _, e := range entries {
		rel := "src/config/" + e.Name()
		if !strings.HasSuffix(e.Name(), ".yaml") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if ok, err := isRegular(dir, rel, e); err != nil || !ok {
			if err != nil {
				return err
			}
			continue
		}
		s, err := readSource(dir, rel)
		if err != nil {
			return err
		}
		ws.configs = append(ws.configs, s)
	}
	if len(ws.configs) == 0 {
		return fmt.Errorf("%s: nothing to pack: no src/config/*.yaml files", dir)
	}
	return nil
}

func (ws *workspace) readHooks(dir string) error {
	phases, err := readDir(dir, "src/hooks")
	if err != nil {
		return err
	}
	known := map[string]bool{"queue": true}
	for _, p := range ServerPhases {
		known[p] = true
	}
	for _, pe := range phases {
		phase, rel := pe.Name(), "src/hooks/"+pe.Name()
		if strings.HasPrefix(phase, ".") {
			continue
		}
		if !pe.IsDir() {
			ws.diags = append(ws.diags, Diagnostic{File: rel, Severity: Warning, Rule: "hook-layout",
				Message: "not packed: hook scripts go in src/hooks/<phase>/<id>.hsl"})
			continue
		}
		if !known[phase] {
			ws.diags = append(ws.diags, Diagnostic{File: rel, Rule: "hook-layout",
				Message: fmt.Sprintf("unknown hook folder %q; expected one of %s, queue", phase, strings.Join(ServerPhases, ", "))})
			continue
		}
		entries, err := readDir(dir, rel)
		if err != nil {
			return err
		}
		for _, e := range entries {
			name, frel := e.Name(), rel+"/"+e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			ok, err := isRegular(dir, frel, e)
			if err != nil {
				return err
			}
			id, isHSL := strings.CutSuffix(name, ".hsl")
			if !ok || !isHSL || id == "" {
				ws.diags = append(ws.diags, Diagnostic{File: frel, Severity: Warning, Rule: "hook-layout",
					Message: "not packed: only <id>.hsl files are hook scripts"})
				continue
			}
			s, err := readSource(dir, frel)
			if err != nil {
				return err
			}
			if !utf8.Valid(s.data) {
				ws.diags = append(ws.diags, Diagnostic{File: frel, Rule: "encoding", Message: "hook script is not valid UTF-8 text"})
				continue
			}
			if phase == "queue" {
				if id != "predelivery" && id != "postdelivery" {
					ws.diags = append(ws.diags, Diagnostic{File: frel, Rule: "hook-layout",
						Message: fmt.Sprintf("unknown queue hook %q; expected predelivery.hsl or postdelivery.hsl", name)})
					continue
				}
				ws.queue[id] = s
				continue
			}
			if ws.hooks[phase] == nil {
				ws.hooks[phase] = map[string]source{}
			}
			ws.hooks[phase][id] = s
		}
	}
	return nil
}

// readFiles walks src/files in path order, honouring .halonignore files and skipping
// every name that starts with a dot.
func (ws *workspace) readFiles(dir string) error {
	var walk func(rel string, rules []ignoreRule) error
	walk = func(rel string, rules []ignoreRule) error {
		entries, err := readDir(dir, "src/files"+rel)
		if err != nil {
			return err
		}
		base := strings.TrimPrefix(rel, "/")
		for _, e := range entries {
			if e.Name() != ".halonignore" || e.IsDir() {
				continue
			}
			s, err := readSource(dir, "src/files"+rel+"/.halonignore")
			if err != nil {
				return err
			}
			more, diags := parseIgnore(s.rel, base, s.data)
			rules = append(rules[:len(rules):len(rules)], more...)
			ws.diags = append(ws.diags, diags...)
		}
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			id := strings.TrimPrefix(rel+"/"+name, "/")
			frel := "src/files/" + id
			if ignored(rules, id, e.IsDir()) {
				continue
			}
			if !utf8.ValidString(name) {
				ws.diags = append(ws.diags, Diagnostic{File: strings.ToValidUTF8(frel, "\uFFFD"), Rule: "encoding",
					Message: "name is not valid UTF-8: it cannot be written as a scripting.files id; rename it or list it in .halonignore"})
				continue
			}
			if e.IsDir() {
				if err := walk(rel+"/"+name, rules); err != nil {
					return err
				}
				continue
			}
			ok, err := isRegular(dir, frel, e)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			s, err := readSource(dir, frel)
			if err != nil {
				return err
			}
			binary := !utf8.Valid(s.data) || bytes.IndexByte(s.data, 0) >= 0
			ws.files = append(ws.files, packedFile{source: s, id: id, binary: binary})
		}
		return nil
	}
	if err := walk("", nil); err != nil {
		return err
	}
	sort.Slice(ws.files, func(i, j int) bool { return ws.files[i].id < ws.files[j].id })
	return nil
}
