package hooks

import "maps"

// smtpdVariables are the context variables of the smtpd hooks. $context is
// the script's own per-connection value, so it is writable.
var smtpdVariables = map[string]bool{"arguments": true, "connection": true, "transaction": true, "context": false}

// variables are the context variables of each hook (names without "$") and
// whether each is read-only.
var variables = map[string]map[string]bool{
	"connect":    smtpdVariables,
	"disconnect": smtpdVariables,
	"proxy":      smtpdVariables,
	"helo":       smtpdVariables,
	"auth":       smtpdVariables,
	"mailfrom":   smtpdVariables,
	"rcptto":     smtpdVariables,
	"eod":        smtpdVariables,
	// $context carries a value from pre- to post-delivery of one attempt:
	// written in the first, only read in the second.
	"predelivery":  {"arguments": true, "message": true, "context": false},
	"postdelivery": {"arguments": true, "message": true, "context": true},
}

// Variables returns the context variables of a hook (names without "$")
// and whether each is read-only, as a new map; nil for a name that is not a
// hook context.
func Variables(context string) map[string]bool {
	vs, ok := variables[context]
	if !ok {
		return nil
	}
	return maps.Clone(vs)
}

// AnyVariables returns the context variables of every hook together, for code
// that any hook may include: a variable is read-only only when it is read-only
// in every hook that has it.
func AnyVariables() map[string]bool {
	out := map[string]bool{}
	for _, ctx := range contexts {
		for k, ro := range variables[ctx] {
			if prev, seen := out[k]; seen {
				out[k] = prev && ro
			} else {
				out[k] = ro
			}
		}
	}
	return out
}
