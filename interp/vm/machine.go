package vm

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"time"
	"unsafe"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Limits bound what one execution may use. Zero means the default (depth) or
// no limit (the others).
type Limits struct {
	MaxDepth  int   // call frames; default 1000
	MaxSteps  int64 // backward jumps and calls, a measure of instructions run
	MaxMemory int64 // bytes of strings and array elements created
}

// Options configure one execution.
type Options struct {
	Stdout   io.Writer
	Context  context.Context // cancellation and deadline
	RootPath string
	Files    map[string][]byte      // virtual files by clean name (a configuration's scripting files)
	Vars     map[string]value.Value // values of the host's context variables
	Limits   Limits
	Shared   *Shared // process-wide cache and barriers; nil uses DefaultShared
	Catalog  *catalog.Catalog
	Keys     catalog.KeyStore // the configuration's pki:… keys; nil for none
}

// ErrLimit is wrapped by the errors raised when a limit is exceeded.
var ErrLimit = errors.New("resource limit exceeded")

// Machine is one execution of a Program: its stack, frames, module globals,
// static variables and output.
type Machine struct {
	prog        *Program
	opts        Options
	stack       []value.Value
	sp          int
	frames      []*frame // the call stack; frames themselves live in frameChunks
	frameChunks []*[frameChunk]frame
	handlers    []handler
	barriers    []heldBarrier
	mods        []moduleState
	statics     [][]value.Value
	out         *bufio.Writer
	ctx         context.Context
	maxDepth    int
	steps       int64 // steps counted before the current budget
	budget      int64 // steps left before the next limit check
	budgetSize  int64 // the budget the last check granted
	mem         int64
	limitErr    error     // sticky: once a limit is hit, every later check fails
	cbuf        []byte    // the bytes of the last long concatenation, see concat
	scratch     []byte    // reused buffer for building interpolated strings
	start       time.Time // when the execution began
}

type frame struct {
	fn    *Funcode
	pc    int
	bp    int // stack index of local 0
	ret   int // stack index that receives the result
	cells []*value.Value
	free  []*value.Value
	this  *Object
	mod   *moduleState
	ctor  *Object // a constructor call returns this object
	stop  bool    // returning from this frame ends the current run()
}

type moduleState struct {
	globals []value.Value
}

type handler struct {
	frame  int
	target int
	sp     int
}

// NewMachine prepares an execution of prog.
func NewMachine(prog *Program, opts Options) *Machine {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Shared == nil {
		opts.Shared = DefaultShared
	}
	m := &Machine{prog: prog, opts: opts, stack: make([]value.Value, 128), ctx: opts.Context}
	m.start = time.Now()
	m.maxDepth = opts.Limits.MaxDepth
	if m.maxDepth <= 0 {
		m.maxDepth = 1000
	}
	m.out = bufio.NewWriter(opts.Stdout)
	m.mods = make([]moduleState, len(prog.Modules))
	for i, mc := range prog.Modules {
		g := make([]value.Value, len(mc.GlobalNames))
		for j := range g {
			g[j] = value.Undefined
		}
		m.mods[i].globals = g
	}
	m.statics = make([][]value.Value, len(prog.Classes))
	return m
}

// Run executes every module's top level, imported modules first, and returns
// the first uncaught error: a *catalog.Exception for runtime errors and thrown
// Exception objects, a *catalog.Thrown for other thrown values.
func (m *Machine) Run() error {
	defer m.out.Flush()
	defer m.releaseBarriers()
	entry := &m.mods[len(m.mods)-1]
	for name, slot := range m.prog.Modules[len(m.prog.Modules)-1].Predeclared {
		if v, ok := m.opts.Vars[name]; ok {
			entry.globals[slot] = v
		} else {
			entry.globals[slot] = value.None
		}
	}
	for _, mc := range m.prog.Modules {
		if _, err := m.runFrame(mc.Init, m.sp, 0, nil, nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// Globals returns the variables of the entry module's top level that hold a
// value after Run (a REPL keeps them for the next input).
func (m *Machine) Globals() map[string]value.Value {
	out := map[string]value.Value{}
	mc := m.prog.Modules[len(m.prog.Modules)-1]
	for i, name := range mc.GlobalNames {
		if v := m.mods[len(m.mods)-1].globals[i]; name != "" && !v.IsUndefined() {
			out[name] = v
		}
	}
	return out
}

// Call runs an HSL function value with arguments (used by builtins for
// callbacks, and by hosts to call hook functions).
func (m *Machine) Call(fn value.Value, args ...value.Value) (value.Value, error) {
	return m.callValue(fn, args)
}

// Stdout implements catalog.Env.
func (m *Machine) Stdout() io.Writer { return m.out }

// Context implements catalog.Env.
func (m *Machine) Context() string {
	if m.prog.Context == "" {
		return "core"
	}
	return m.prog.Context
}

// RootPath implements catalog.Env.
func (m *Machine) RootPath() string { return m.opts.RootPath }

// Key implements catalog.KeyStore through Options.Keys.
func (m *Machine) Key(id string) (*tls.Certificate, error) {
	if m.opts.Keys == nil {
		return nil, catalog.ErrNoKeyStore
	}
	return m.opts.Keys.Key(id)
}

// VirtualFile implements catalog.FileSource through Options.Files.
func (m *Machine) VirtualFile(name string) ([]byte, bool) {
	data, ok := m.opts.Files[name]
	return data, ok
}

// ExecutionStart is when this execution began (for executiontime()).
func (m *Machine) ExecutionStart() time.Time { return m.start }

// Done is closed when the execution is cancelled or its deadline passes (so
// sleep() can stop early); nil when it has no context.
func (m *Machine) Done() <-chan struct{} {
	if m.ctx == nil {
		return nil
	}
	return m.ctx.Done()
}

// Where implements catalog.Env: the current HSL call stack, innermost first.
func (m *Machine) Where() []catalog.Frame {
	out := make([]catalog.Frame, 0, len(m.frames))
	for i := len(m.frames) - 1; i >= 0; i-- {
		f := m.frames[i]
		pc := f.pc - 1
		if pc < 0 {
			pc = 0
		}
		var p Pos
		if pc < len(f.fn.Pos) {
			p = f.fn.Pos[pc]
		}
		name := f.fn.Name
		if name == "" && !f.fn.IsInit {
			name = "<anonymous function>"
		}
		out = append(out, catalog.Frame{Func: name, File: p.File, Line: int(p.Line), Col: int(p.Col)})
	}
	return out
}

// exception turns an error into the Exception raised at the current place.
func (m *Machine) exception(err error) *catalog.Exception {
	var exc *catalog.Exception
	if errors.As(err, &exc) {
		return exc
	}
	trace := m.Where()
	e := &catalog.Exception{Message: err.Error(), Trace: trace}
	if len(trace) > 0 {
		e.File, e.Line, e.Col = trace[0].File, trace[0].Line, trace[0].Col
	}
	return e
}

// thrownValue is what a catch block receives for an error.
func (m *Machine) thrownValue(err error) value.Value {
	var t *catalog.Thrown
	if errors.As(err, &t) {
		return t.Value
	}
	return value.ObjectValue(m.exception(err))
}

// errorOf turns a thrown value into the error that travels through Go code.
func (m *Machine) errorOf(v value.Value) error {
	if exc, ok := v.AsObject().(*catalog.Exception); ok {
		if exc.File == "" {
			where := m.exception(errors.New(exc.Message))
			exc.File, exc.Line, exc.Col, exc.Trace = where.File, where.Line, where.Col, where.Trace
		}
		return exc
	}
	return &catalog.Thrown{Value: v, Exc: m.exception(fmt.Errorf("uncaught %s", v.Kind()))}
}

// account records n bytes of new strings or array elements against the limit.
func (m *Machine) account(n int) error {
	if m.opts.Limits.MaxMemory <= 0 {
		return nil
	}
	m.mem += int64(n)
	if m.mem > m.opts.Limits.MaxMemory {
		m.limitErr = fmt.Errorf("%w: more than %d bytes of strings and arrays", ErrLimit, m.opts.Limits.MaxMemory)
		return m.limitErr
	}
	return nil
}

// tick counts a backward jump or a call against the step and time limits.
// The common case is one decrement; every checkEvery steps (or at the step
// limit) the slow path checks the limits and refills the budget.
func (m *Machine) tick() error {
	m.budget--
	if m.budget > 0 {
		return nil
	}
	return m.checkLimits()
}

// checkEvery is how many steps pass between two looks at the context.
const checkEvery = 1024

func (m *Machine) checkLimits() error {
	if m.limitErr != nil {
		return m.limitErr
	}
	m.steps += m.budgetSize
	if max := m.opts.Limits.MaxSteps; max > 0 && m.steps >= max {
		m.limitErr = fmt.Errorf("%w: more than %d steps", ErrLimit, max)
		return m.limitErr
	}
	if m.ctx != nil {
		if err := m.ctx.Err(); err != nil {
			m.limitErr = fmt.Errorf("%w: %v", ErrLimit, err)
			return m.limitErr
		}
	}
	m.budgetSize = checkEvery
	if max := m.opts.Limits.MaxSteps; max > 0 && max-m.steps < checkEvery {
		m.budgetSize = max - m.steps
	}
	m.budget = m.budgetSize
	return nil
}

func (m *Machine) grow(need int) {
	n := len(m.stack) * 2
	for n < need {
		n *= 2
	}
	s := make([]value.Value, n)
	copy(s, m.stack)
	m.stack = s
}

// concat joins two strings. Appending to the result of the previous long
// concatenation reuses its buffer when the buffer has room, so a loop of
// `$s .= x` runs in linear time instead of copying $s every time. Bytes that
// an existing string covers are never changed: only the spare capacity past
// the end of the newest string is written.
func (m *Machine) concat(x, y string) string {
	n := len(x) + len(y)
	if n < 64 {
		return x + y
	}
	if len(x) > 0 && len(x) == len(m.cbuf) && unsafe.StringData(x) == unsafe.SliceData(m.cbuf) && cap(m.cbuf)-len(m.cbuf) >= len(y) {
		m.cbuf = append(m.cbuf, y...)
		return unsafe.String(unsafe.SliceData(m.cbuf), len(m.cbuf))
	}
	buf := make([]byte, n, 2*n)
	copy(buf, x)
	copy(buf[len(x):], y)
	m.cbuf = buf
	return unsafe.String(unsafe.SliceData(buf), n)
}
