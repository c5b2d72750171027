// Package logging implements the HSL builtins syslog and metrics_*:
// messages to the system logger, and counters and gauges kept in the
// process, shared by every execution.
package logging

import (
	"fmt"
	"io"
	"log/syslog"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Sink receives what syslog() logs: the priority (facility and severity as
// in syslog(3)) and the message. Hosts may replace it before running
// scripts; the default writes to the local syslog daemon, or to standard
// error when there is none.
var Sink func(priority int, message string) = defaultSink

var (
	sinkOnce   sync.Once
	sinkWriter *syslog.Writer
	sinkMu     sync.Mutex
	// fallback is where messages go without a syslog daemon.
	fallback io.Writer = os.Stderr
)

func defaultSink(priority int, message string) {
	sinkOnce.Do(func() {
		sinkWriter, _ = syslog.New(syslog.LOG_MAIL|syslog.LOG_INFO, "hsl")
	})
	if sinkWriter != nil {
		sev := priority & 7
		var err error
		switch sev {
		case 0:
			err = sinkWriter.Emerg(message)
		case 1:
			err = sinkWriter.Alert(message)
		case 2:
			err = sinkWriter.Crit(message)
		case 3:
			err = sinkWriter.Err(message)
		case 4:
			err = sinkWriter.Warning(message)
		case 5:
			err = sinkWriter.Notice(message)
		case 6:
			err = sinkWriter.Info(message)
		default:
			err = sinkWriter.Debug(message)
		}
		if err == nil {
			return
		}
	}
	sinkMu.Lock()
	defer sinkMu.Unlock()
	fmt.Fprintf(fallback, "syslog %s: %s\n", severities[priority&7], message)
}

var severities = []string{"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"}

// parsePriority accepts a severity name or a number (severity plus
// facility << 3, 0 to 191).
func parsePriority(v value.Value) (int, bool) {
	switch v.Kind() {
	case value.KindNumber:
		n := v.AsNumber()
		if n != float64(int(n)) || n < 0 || n > 191 {
			return 0, false
		}
		return int(n), true
	case value.KindString:
		name := strings.ToLower(v.AsString())
		switch name {
		case "error":
			name = "err"
		case "warn":
			name = "warning"
		}
		for i, s := range severities {
			if s == name {
				return i, true
			}
		}
	}
	return 0, false
}

// describe renders a wrong argument for an error message, kept short.
func describe(v value.Value) string {
	if v.Kind() == value.KindString {
		return catalog.Quote(v.AsString())
	}
	if v.Kind() == value.KindNumber {
		return value.FormatNumber(v.AsNumber())
	}
	return v.Kind().String()
}

// Register adds syslog and the metrics_* functions to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "syslog",
		Params: []catalog.Param{
			{Name: "priority", Type: "string|number", Doc: "emerg, alert, crit, err, warning, notice, info or debug; or a number, severity plus facility << 3"},
			{Name: "message", Type: "string"},
		},
		Returns: "none",
		Doc:     "Logs a message to the system logger (standard error when there is no syslog daemon).",
		Impl: func(a *catalog.Args) (value.Value, error) {
			prio, ok := parsePriority(a.Get(0))
			if !ok {
				return value.None, a.Errorf(0, "must be a severity name (emerg … debug) or a number from 0 to 191, not %s", describe(a.Get(0)))
			}
			msg, err := a.String(1)
			if err != nil {
				return value.None, err
			}
			Sink(prio, msg)
			return value.None, nil
		},
	})
	registerMetrics(c)
}

// metrics is the process-wide store: metric name → label set → value.
var metrics = struct {
	sync.Mutex
	m map[string]map[string]float64
}{m: map[string]map[string]float64{}}

// ResetMetrics forgets every metric (for hosts and tests).
func ResetMetrics() {
	metrics.Lock()
	metrics.m = map[string]map[string]float64{}
	metrics.Unlock()
}

// labelKey renders labels as a canonical string: name="value" pairs sorted
// by name and joined by commas.
func labelKey(a *catalog.Args, i int) (string, error) {
	arr, err := a.Array(i)
	if err != nil {
		return "", err
	}
	var pairs []string
	for j := 0; j < arr.Len(); j++ {
		k, v := arr.Entry(j)
		if !k.IsString() {
			return "", a.Errorf(i, "must map label names to values; %s is not a name", k.Value().Repr())
		}
		switch v.Kind() {
		case value.KindString, value.KindNumber, value.KindBool:
		default:
			return "", a.Errorf(i, "label %s must be a string or number, not %s", k.Str(), v.Kind())
		}
		pairs = append(pairs, fmt.Sprintf("%s=%q", k.Str(), v.ToString()))
	}
	sort.Strings(pairs)
	return strings.Join(pairs, ","), nil
}

func registerMetrics(c *catalog.Catalog) {
	pName := catalog.Param{Name: "name", Type: "string"}
	pLabels := catalog.Param{Name: "labels", Type: "array", Doc: "label names mapped to values"}
	update := func(sign float64, needValue bool) func(a *catalog.Args) (value.Value, error) {
		return func(a *catalog.Args) (value.Value, error) {
			name, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			if name == "" {
				return value.None, a.Errorf(0, "must not be empty")
			}
			key, err := labelKey(a, 1)
			if err != nil {
				return value.None, err
			}
			n := 1.0
			if needValue || a.Has(2) && !a.Get(2).IsNone() {
				if n, err = a.Number(2); err != nil {
					return value.None, err
				}
			}
			metrics.Lock()
			defer metrics.Unlock()
			series := metrics.m[name]
			if series == nil {
				series = map[string]float64{}
				metrics.m[name] = series
			}
			if sign == 0 {
				series[key] = n
			} else {
				series[key] += sign * n
			}
			return value.Bool(true), nil
		}
	}
	c.AddFunc(&catalog.Func{Name: "metrics_increment", Params: []catalog.Param{pName, pLabels, {Name: "value", Type: "number", Optional: true}},
		Returns: "boolean|none", Doc: "Adds to a metric for the labels (1 by default); a metric or label set used for the first time starts at 0. Returns true.",
		Impl: update(1, false)})
	c.AddFunc(&catalog.Func{Name: "metrics_decrement", Params: []catalog.Param{pName, pLabels, {Name: "value", Type: "number", Optional: true}},
		Returns: "boolean|none", Doc: "Subtracts from a metric for the labels (1 by default). Returns true.",
		Impl: update(-1, false)})
	c.AddFunc(&catalog.Func{Name: "metrics_set", Params: []catalog.Param{pName, pLabels, {Name: "value", Type: "number"}},
		Returns: "boolean|none", Doc: "Sets a metric for the labels to the value. Returns true.",
		Impl: update(0, true)})
	c.AddFunc(&catalog.Func{Name: "metrics_get", Params: []catalog.Param{pName, pLabels},
		Returns: "array|none", Doc: "Returns [\"value\" => number] for a metric and label set, or none when it was never set.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			name, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			key, err := labelKey(a, 1)
			if err != nil {
				return value.None, err
			}
			metrics.Lock()
			v, ok := metrics.m[name][key]
			metrics.Unlock()
			if !ok {
				return value.None, nil
			}
			out := value.NewArray(1)
			out.Set(value.StrKey("value"), value.Number(v))
			return value.ArrayValue(out), nil
		}})
}
