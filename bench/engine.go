// Package bench runs the workloads of bench/workloads in the HSL virtual
// machine and in peer interpreters embedded in Go (gopher-lua, goja, tengo
// and starlark-go), each time in a fresh VM, so the same programs can be
// timed side by side. It is its own Go module: the peers never become
// dependencies of the toolchain.
package bench

import (
	"fmt"

	"github.com/openhsl/hsl/bench/workloads"
)

// Engine is one interpreter.
type Engine struct {
	// Name is the short name used in benchmark names and report columns.
	Name string
	// Ext is the file extension of this engine's scripts.
	Ext string
	// Exec creates a new VM, compiles src and runs it. It returns the
	// integer the script left as its result (the global `result`; for HSL,
	// the number it echoes) and ok false when the script left none.
	Exec func(src string) (result int64, ok bool, err error)
}

// Engines lists the interpreters in report order, ours first.
var Engines = []Engine{
	{Name: "hsl", Ext: "hsl", Exec: execHSL},
	{Name: "gopherlua", Ext: "lua", Exec: execGopherLua},
	{Name: "goja", Ext: "js", Exec: execGoja},
	{Name: "tengo", Ext: "tengo", Exec: execTengo},
	{Name: "starlark", Ext: "star", Exec: execStarlark},
}

// Job is a prepared run of one workload in one engine.
type Job struct {
	Engine   Engine
	Workload workloads.Workload
	src      string
}

// Prepare loads the script of w for e.
func Prepare(e Engine, w workloads.Workload) (Job, error) {
	src, err := workloads.Script(w.Name, e.Ext)
	if err != nil {
		return Job{}, err
	}
	return Job{Engine: e, Workload: w, src: src}, nil
}

// Run executes the job once (new VM, compile, run) and checks its answer.
func (j Job) Run() error {
	got, ok, err := j.Engine.Exec(j.src)
	if err != nil {
		return fmt.Errorf("%s/%s: %w", j.Workload.Name, j.Engine.Name, err)
	}
	if !ok {
		return fmt.Errorf("%s/%s: the script left no result, want %d", j.Workload.Name, j.Engine.Name, j.Workload.Want)
	}
	if got != j.Workload.Want {
		return fmt.Errorf("%s/%s: result %d, want %d", j.Workload.Name, j.Engine.Name, got, j.Workload.Want)
	}
	return nil
}

// Startup compiles and runs an empty script in a new VM of e.
func Startup(e Engine) error {
	if _, _, err := e.Exec(""); err != nil {
		return fmt.Errorf("startup/%s: %w", e.Name, err)
	}
	return nil
}
