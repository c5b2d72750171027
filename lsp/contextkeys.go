package lsp

import (
	"strings"

	"github.com/openhsl/hsl/stdlib/hooks"
)

// The keys of the context variables ($arguments, $connection, $transaction,
// $message) are described in stdlib/hooks; these helpers look them up for
// completion, hover and navigation. A context "" is a file any hook may
// include: it sees the keys of every hook.

// contextKey returns the key at a dotted path ("tls.cipher") of a context
// variable (name without "$") in hook context ctx.
func contextKey(ctx, variable, path string) (hooks.Key, bool) {
	for _, k := range hooks.Keys(ctx, variable) {
		if k.Path == path {
			return k, true
		}
	}
	return hooks.Key{}, false
}

// childKeys returns the keys of a context variable directly under prefix
// ("" for the top level, "tls." for $connection["tls"]) in hook context ctx,
// with the names below prefix as their paths and their descriptions.
func childKeys(ctx, variable, prefix string) []hooks.Key {
	var out []hooks.Key
	for _, k := range hooks.Keys(ctx, variable) {
		if !strings.HasPrefix(k.Path, prefix) {
			continue
		}
		if rest := k.Path[len(prefix):]; !strings.Contains(rest, ".") {
			out = append(out, hooks.Key{Path: rest, Type: k.Type, Doc: k.Doc})
		}
	}
	return out
}
