package packer

import (
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// ScriptChecker parses and resolves HSL scripts. The packer calls it once for every hook
// script and once for every .hsl file under src/files. Implementations must be safe for
// concurrent use: the packer runs several checks at once.
type ScriptChecker interface {
	// Check checks the script files[entry].
	//
	// files maps virtual paths to sources: every file of src/files under its
	// scripting.files id (the name include and import use, e.g. "lib/util.hsl"), plus the
	// entry. A hook's entry is its workspace path, e.g. "src/hooks/eod/default.hsl", so it
	// never collides with a file id and is not itself reachable as a file.
	//
	// context is the hook phase the entry runs in ("connect" … "eod", "predelivery",
	// "postdelivery"), or "" for a file of src/files, which may be included from any hook.
	//
	// Diagnostics name the virtual path of the file they are about (File; "" means the
	// entry) with 1-based Line and Col in that file's source.
	Check(files map[string][]byte, entry string, context string) []Diagnostic
}

// scriptJob is one Check call.
type scriptJob struct {
	files   map[string][]byte
	entry   string
	context string
}

// appScripts are the scripts written in smtpd-app.yaml itself.
type appScripts struct {
	file   string // workspace path of smtpd-app.yaml
	src    []byte // its text, for positions
	inline []inlineScript
}

// checkScripts runs checker over every hook and every .hsl file of src/files, and over the
// scripts written in smtpd-app.yaml, in parallel, and maps the diagnostics back to
// workspace paths and positions.
func checkScripts(checker ScriptChecker, ws *workspace, app appScripts) []Diagnostic {
	base := make(map[string][]byte, len(ws.files)+len(app.inline))
	inline := map[string]inlineScript{}
	for _, s := range app.inline {
		if s.context == "" {
			base[s.name] = s.data
			inline[s.name] = s
		}
	}
	for _, f := range ws.files {
		base[f.id] = f.data
	}
	var jobs []scriptJob
	var diags []Diagnostic
	addHook := func(s source, context string) {
		if _, clash := base[s.rel]; clash {
			diags = append(diags, Diagnostic{File: "src/files/" + s.rel, Rule: "hook-layout",
				Message: "this file id is the same as the path of hook " + s.rel + "; rename one of them"})
			return
		}
		files := maps.Clone(base)
		files[s.rel] = s.data
		jobs = append(jobs, scriptJob{files: files, entry: s.rel, context: context})
	}
	for _, phase := range ServerPhases {
		for _, id := range sortedKeys(ws.hooks[phase]) {
			addHook(ws.hooks[phase][id], phase)
		}
	}
	for _, phase := range QueuePhases {
		if s, ok := ws.queue[phase]; ok {
			addHook(s, phase)
		}
	}
	for _, s := range app.inline {
		if s.context != "" {
			inline[s.name] = s
			addHook(source{rel: s.name, data: s.data}, s.context)
		}
	}
	for _, f := range ws.files {
		if strings.HasSuffix(f.id, ".hsl") && !f.binary {
			jobs = append(jobs, scriptJob{files: base, entry: f.id, context: ""})
		}
	}
	for _, s := range app.inline {
		if s.context == "" && !s.binary && strings.HasSuffix(s.name, ".hsl") {
			jobs = append(jobs, scriptJob{files: base, entry: s.name, context: ""})
		}
	}

	results := make([][]Diagnostic, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = checker.Check(jobs[i].files, jobs[i].entry, jobs[i].context)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	for i, ds := range results {
		for _, d := range ds {
			virtual := d.File
			if virtual == "" {
				virtual = jobs[i].entry
			}
			if s, ok := inline[virtual]; ok {
				d.File = app.file
				d.Line, d.Col = s.position(app.src, d.Line, d.Col)
			} else {
				d.File = workspacePath(d.File, jobs[i].entry, jobs[i].files)
			}
			diags = append(diags, d)
		}
	}
	return diags
}

// workspacePath turns a checker's virtual path into the workspace path of its source.
func workspacePath(virtual, entry string, files map[string][]byte) string {
	if virtual == "" {
		virtual = entry
	}
	if strings.HasPrefix(virtual, "src/hooks/") && virtual == entry {
		return virtual
	}
	if _, ok := files[virtual]; ok {
		return "src/files/" + virtual
	}
	return virtual
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
