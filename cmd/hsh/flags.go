package main

import (
	"flag"
	"fmt"
	"strings"
)

// parseFlags parses args with fl and returns the positional arguments.
// Flags may come after positional ones (`hsh script.hsl -R lib`), as with
// GNU getopt; `--` ends the flags, so that everything after it is
// positional. "-" is positional (standard input).
func parseFlags(fl *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" && !takesValue(fl, args, used-1) {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// takesValue reports whether args[i] is the value of the flag before it
// (as "--" is in `-R --`), rather than a flag or the end of the flags.
func takesValue(fl *flag.FlagSet, args []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := args[i-1]
	if !strings.HasPrefix(prev, "-") || prev == "-" || prev == "--" || strings.Contains(prev, "=") {
		return false
	}
	f := fl.Lookup(strings.TrimLeft(prev, "-"))
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// flagError words a flag-parsing error for people, naming the flag as it
// was typed (the flag package writes every flag with one dash).
func flagError(err error, args []string) string {
	msg := err.Error()
	typed := func(name string) string {
		bare := strings.TrimLeft(name, "-")
		for _, a := range args {
			if !strings.HasPrefix(a, "-") {
				continue
			}
			a, _, _ = strings.Cut(a, "=")
			if strings.TrimLeft(a, "-") == bare {
				return a
			}
		}
		return name
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown flag " + typed(name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf("flag %s needs a value", typed(name))
	}
	// invalid value "x" for flag -name: reason; invalid boolean value "x" for -name: reason
	for _, prefix := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, prefix)
		if !ok {
			continue
		}
		val, rest, ok := strings.Cut(rest, " for ")
		if !ok {
			break
		}
		name, why, _ := strings.Cut(strings.TrimPrefix(rest, "flag "), ": ")
		if prefix == "invalid boolean value " {
			return fmt.Sprintf("flag %s takes no value (found %s)", typed(name), val)
		}
		return fmt.Sprintf("invalid value %s for flag %s: %s", val, typed(name), why)
	}
	return msg
}
