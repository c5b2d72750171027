package vm

import (
	"container/list"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/openhsl/hsl/interp/value"
)

// Shared is the state that executions in one process share: the `cache`
// statement's buckets and the `barrier` statement's locks and variables.
type Shared struct {
	mu       sync.Mutex
	buckets  map[string]*bucket
	barriers map[string]*barrierState
	now      func() time.Time
}

// NewShared returns empty shared state.
func NewShared() *Shared {
	return &Shared{buckets: map[string]*bucket{}, barriers: map[string]*barrierState{}, now: time.Now}
}

// SetClock replaces the clock that cache entries expire by (for tests and
// hosts with a clock of their own).
func (s *Shared) SetClock(now func() time.Time) {
	s.mu.Lock()
	s.now = now
	s.mu.Unlock()
}

// DefaultShared is the process-wide state used when Options.Shared is nil.
var DefaultShared = NewShared()

// defaultCacheSize is the number of entries of a cache bucket when no size
// option is given (docs/compatibility.md).
const defaultCacheSize = 32

type bucket struct {
	size    int
	entries map[string]*list.Element
	order   *list.List // front = most recently used
}

type cacheEntry struct {
	key     string
	val     value.Value
	expires time.Time
}

type cacheOptions struct {
	ttl         float64
	ttlOverride *value.Array
	ttlFunc     value.Value
	updateFunc  value.Value
	argvFilter  *value.Array
	force       bool
	size        int
	namespace   string
	lru         bool
}

func parseCacheOptions(v value.Value) (cacheOptions, error) {
	o := cacheOptions{ttl: 60, size: defaultCacheSize, lru: true}
	arr := v.AsArray()
	if arr == nil {
		return o, nil
	}
	for i := 0; i < arr.Len(); i++ {
		k, x := arr.Entry(i)
		switch k.Str() {
		case "ttl":
			o.ttl = x.AsNumber()
		case "ttl_override":
			o.ttlOverride = x.AsArray()
		case "ttl_function":
			o.ttlFunc = x
		case "update_function":
			o.updateFunc = x
		case "argv_filter":
			o.argvFilter = x.AsArray()
		case "force":
			o.force = x.Truthy()
		case "size":
			o.size = int(x.AsNumber())
		case "namespace":
			o.namespace = x.ToString()
		case "lru":
			o.lru = x.Truthy()
		case "per_message":
			// Per-message caches need a message context: in hsh the option
			// has no message to bind to and the process-wide cache is used.
		default:
			return o, fmt.Errorf("cache: unknown option %s", k.Value().Repr())
		}
	}
	if o.size < 1 {
		return o, fmt.Errorf("cache: size must be at least 1")
	}
	return o, nil
}

// cacheCall implements `cache [options] f(args)`.
func (m *Machine) cacheCall(optsV, fnv value.Value, args *value.Array) (value.Value, error) {
	opts, err := parseCacheOptions(optsV)
	if err != nil {
		return value.None, err
	}
	fn, ok := fnv.Ref().(value.Function)
	if !ok {
		return value.None, fmt.Errorf("cache: not a function")
	}
	var key strings.Builder
	for i := 0; i < args.Len(); i++ {
		if opts.argvFilter != nil && !inFilter(opts.argvFilter, i+1) {
			continue
		}
		_, a := args.Entry(i)
		key.WriteString(a.Repr())
		key.WriteByte(0)
	}
	sh := m.opts.Shared
	bname := opts.namespace + "\x00" + fn.FuncName()

	sh.mu.Lock()
	now := sh.now()
	b := sh.buckets[bname]
	if b == nil {
		b = &bucket{size: opts.size, entries: map[string]*list.Element{}, order: list.New()}
		sh.buckets[bname] = b
	}
	if opts.size < b.size {
		b.size = opts.size // the smallest size used on a bucket wins
	}
	var old value.Value
	hasOld := false
	if el, ok := b.entries[key.String()]; ok {
		e := el.Value.(*cacheEntry)
		if now.Before(e.expires) {
			old, hasOld = e.val, true
			if !opts.force {
				b.order.MoveToFront(el)
				sh.mu.Unlock()
				return e.val, nil
			}
		}
	}
	sh.mu.Unlock()

	argv := make([]value.Value, args.Len())
	for i := range argv {
		_, argv[i] = args.Entry(i)
	}
	v, err := m.callValue(fnv, argv)
	if err != nil {
		return value.None, err
	}
	if hasOld && !opts.updateFunc.IsNone() {
		if v, err = m.callValue(opts.updateFunc, []value.Value{old, v}); err != nil {
			return value.None, err
		}
	}
	ttl := opts.ttl
	if opts.ttlOverride != nil {
		for i := 0; i < opts.ttlOverride.Len(); i++ {
			k, t := opts.ttlOverride.Entry(i)
			if value.LooseEqual(k.Value(), v) {
				ttl = t.AsNumber()
			}
		}
	}
	if !opts.ttlFunc.IsNone() {
		t, err := m.callValue(opts.ttlFunc, []value.Value{v})
		if err != nil {
			return value.None, err
		}
		ttl = t.AsNumber()
	}
	if ttl <= 0 {
		return v, nil // ttl 0: look up, never store
	}
	if a := v.AsArray(); a != nil {
		a.Freeze()
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	e := &cacheEntry{key: key.String(), val: v, expires: now.Add(time.Duration(ttl * float64(time.Second)))}
	if el, ok := b.entries[e.key]; ok {
		el.Value = e
		b.order.MoveToFront(el)
	} else {
		for b.order.Len() >= b.size {
			if !opts.lru {
				return v, nil // full, and no eviction wanted: do not store
			}
			last := b.order.Back()
			delete(b.entries, last.Value.(*cacheEntry).key)
			b.order.Remove(last)
		}
		b.entries[e.key] = b.order.PushFront(e)
	}
	return v, nil
}

func inFilter(filter *value.Array, pos int) bool {
	for i := 0; i < filter.Len(); i++ {
		if _, v := filter.Entry(i); int(v.AsNumber()) == pos {
			return true
		}
	}
	return false
}

// ----- barriers -----

type barrierState struct {
	lock chan struct{} // holds a token while an execution is inside
	val  value.Value   // the shared variable; Undefined until first set
}

type heldBarrier struct {
	state *barrierState
	root  int32
}

func (m *Machine) barrierEnter(f *frame, name value.Value, root int32) error {
	if name.Kind() != value.KindString && name.Kind() != value.KindNumber {
		return fmt.Errorf("a barrier name must be a string, not %s", name.Kind())
	}
	sh := m.opts.Shared
	sh.mu.Lock()
	b := sh.barriers[name.ToString()]
	if b == nil {
		b = &barrierState{lock: make(chan struct{}, 1), val: value.Undefined}
		sh.barriers[name.ToString()] = b
	}
	sh.mu.Unlock()
	for _, h := range m.barriers {
		if h.state == b {
			return fmt.Errorf("barrier %s is already held by this execution", name.Repr())
		}
	}
	var done <-chan struct{}
	if m.ctx != nil {
		done = m.ctx.Done()
	}
	select {
	case b.lock <- struct{}{}:
	case <-done:
		m.limitErr = fmt.Errorf("%w: %v while waiting for barrier %s", ErrLimit, m.ctx.Err(), name.Repr())
		return m.limitErr
	}
	m.barriers = append(m.barriers, heldBarrier{state: b, root: root})
	if root >= 0 {
		*m.rootPtr(f, root) = b.val
	}
	return nil
}

func (m *Machine) barrierExit(f *frame, root int32) error {
	if len(m.barriers) == 0 {
		return fmt.Errorf("internal error: barrier exit without enter")
	}
	h := m.barriers[len(m.barriers)-1]
	m.barriers = m.barriers[:len(m.barriers)-1]
	if root >= 0 {
		v := *m.rootPtr(f, root)
		if a := v.AsArray(); a != nil {
			a.Freeze()
		}
		h.state.val = v
	}
	<-h.state.lock
	return nil
}

// releaseBarriers unlocks barriers still held when an execution ends.
func (m *Machine) releaseBarriers() {
	for i := len(m.barriers) - 1; i >= 0; i-- {
		<-m.barriers[i].state.lock
	}
	m.barriers = nil
}
