// Package timefn registers the HSL date and time builtins: time, timelocal,
// uptime, executiontime, sleep, strftime, strptime and strpduration.
package timefn

import (
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// MaxSleep is the longest pause sleep() accepts, in seconds.
const MaxSleep = 3600

// maxTime bounds the Unix times strftime accepts (about year 300,000).
const maxTime = 1e13

// Starter is implemented by an Env that knows when the current execution
// began; executiontime() needs it.
type Starter interface {
	ExecutionStart() time.Time
}

// Canceller is implemented by an Env whose execution can be cancelled (for
// instance on a timeout); sleep() returns early when Done is closed.
type Canceller interface {
	Done() <-chan struct{}
}

var optLocal = catalog.Option{Name: "local", Type: "boolean", Doc: "Use the local time zone instead of UTC (default true)."}

// Register adds the date and time builtins to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "time", Returns: "number",
		Doc:  "Returns the current Unix time (seconds since 1970-01-01T00:00:00Z) with a fraction.",
		Impl: func(*catalog.Args) (value.Value, error) { return value.Number(unixSeconds(time.Now())), nil },
	})
	c.AddFunc(&catalog.Func{
		Name: "timelocal", Returns: "number",
		Doc: "Returns the current Unix time shifted by the offset of the local time zone.",
		Impl: func(*catalog.Args) (value.Value, error) {
			now := time.Now()
			_, off := now.Zone()
			return value.Number(unixSeconds(now) + float64(off)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "uptime", Returns: "number",
		Doc:  "Returns monotonic seconds since the system booted, for measuring intervals.",
		Impl: func(*catalog.Args) (value.Value, error) { return value.Number(uptime()), nil },
	})
	c.AddFunc(&catalog.Func{
		Name: "executiontime", Returns: "number",
		Doc:  "Returns the seconds (with a fraction) since the current execution began.",
		Impl: executionTime,
	})
	c.AddFunc(&catalog.Func{
		Name: "sleep", Params: []catalog.Param{{Name: "seconds", Type: "number"}}, Returns: "number",
		Doc:  "Pauses for the given seconds (fractions allowed, at most an hour) and returns the seconds actually slept.",
		Impl: sleep,
	})
	c.AddFunc(&catalog.Func{
		Name: "strftime",
		Params: []catalog.Param{{Name: "format", Type: "string"}, {Name: "time", Type: "number", Optional: true},
			{Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{optLocal},
		Returns: "string",
		Doc:     "Formats a Unix time (default now) with strftime(3) directives in the C locale.",
		Impl:    strftime,
	})
	c.AddFunc(&catalog.Func{
		Name: "strptime",
		Params: []catalog.Param{{Name: "datestring", Type: "string"}, {Name: "format", Type: "string"},
			{Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{optLocal},
		Returns: "number|none",
		Doc:     "Parses a date with strptime(3) directives and returns its Unix time; a missing date defaults to today and a missing time of day to midnight. Returns none when the text does not match.",
		Impl:    strptime,
	})
	c.AddFunc(&catalog.Func{
		Name: "strpduration", Params: []catalog.Param{{Name: "duration", Type: "string"}}, Returns: "number|none",
		Doc:  "Parses a duration such as \"1d2h30m10s\" (units d, h, m and s) into seconds. Returns none when the text is not a duration.",
		Impl: strpduration,
	})
}

func unixSeconds(t time.Time) float64 {
	return float64(t.UnixNano()) / 1e9
}

// bootOffset is the system uptime when the package was loaded; uptime adds
// the monotonic time elapsed since. Without /proc/uptime it is 0, and uptime
// counts from process start.
var bootOffset, bootBase = readUptime(), time.Now()

func readUptime() float64 {
	b, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	f, _, _ := strings.Cut(string(b), " ")
	up, err := strconv.ParseFloat(f, 64)
	if err != nil {
		return 0
	}
	return up
}

func uptime() float64 {
	return bootOffset + time.Since(bootBase).Seconds()
}

func executionTime(a *catalog.Args) (value.Value, error) {
	s, ok := a.Env.(Starter)
	if !ok {
		return value.None, a.Fail("this host does not record when the execution started")
	}
	return value.Number(time.Since(s.ExecutionStart()).Seconds()), nil
}

func sleep(a *catalog.Args) (value.Value, error) {
	secs, err := a.Number(0)
	if err != nil {
		return value.None, err
	}
	if secs > MaxSleep {
		return value.None, a.Errorf(0, "must be at most %d seconds, not %s", MaxSleep, value.FormatNumber(secs))
	}
	if !(secs > 0) { // also NaN
		return value.Number(0), nil
	}
	start := time.Now()
	t := time.NewTimer(time.Duration(secs * float64(time.Second)))
	defer t.Stop()
	var done <-chan struct{}
	if c, ok := a.Env.(Canceller); ok {
		done = c.Done()
	}
	select {
	case <-t.C:
	case <-done:
	}
	return value.Number(time.Since(start).Seconds()), nil
}

// zone returns the location chosen by the local option of argument i.
func zone(a *catalog.Args, i int) (*time.Location, error) {
	opts, err := a.Options(i)
	if err != nil {
		return nil, err
	}
	if catalog.OptionValue(opts, "local", value.Bool(true)).Truthy() {
		return time.Local, nil
	}
	return time.UTC, nil
}

func strftime(a *catalog.Args) (value.Value, error) {
	format, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	t := time.Now()
	if a.Has(1) && !a.Get(1).IsNone() {
		secs, err := a.Number(1)
		if err != nil {
			return value.None, err
		}
		if math.IsNaN(secs) || math.Abs(secs) > maxTime {
			return value.None, a.Errorf(1, "is not a usable time: %s", value.FormatNumber(secs))
		}
		whole := math.Floor(secs)
		t = time.Unix(int64(whole), int64((secs-whole)*1e9))
	}
	loc, err := zone(a, 2)
	if err != nil {
		return value.None, err
	}
	return value.String(formatTime(format, t.In(loc))), nil
}

func strpduration(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return value.None, nil
	}
	total := 0.0
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i == 0 || i == len(s) {
			return value.None, nil
		}
		n, err := strconv.ParseFloat(s[:i], 64)
		if err != nil {
			return value.None, nil
		}
		switch s[i] {
		case 'd':
			n *= 86400
		case 'h':
			n *= 3600
		case 'm':
			n *= 60
		case 's':
		default:
			return value.None, nil
		}
		total += n
		s = strings.TrimLeft(s[i+1:], " ")
	}
	return value.Number(total), nil
}
