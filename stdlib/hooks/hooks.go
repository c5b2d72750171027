// Package hooks describes what the Halon MTA adds to HSL in its hook contexts
// (6.x): the functions that end a hook (Accept, Reject, Defer, Pass, Reply,
// Try, Queue, Bounce, Delete, Default), the metadata functions of the queue
// hooks, the EODMailMessage class of the eod hook, and the context variables
// ($arguments, $connection, $transaction, $message, $context) of each hook.
// Core builtins, which every context has (queue_policy, memory_*, …), are not
// here: they live in the other stdlib packages.
//
// Each description also lists the keys of its options array (Options), from
// Halon's hook documentation: the 6.x data names none (see options.go).
//
// The same name can take different parameters in different hooks (Accept
// takes options in connect but nothing in eod), so the descriptions are kept
// per context and offered in three forms:
//
//   - Definitions(ctx) returns fresh descriptions of one context's functions
//     and classes, with exact parameters and no Impl. This is the seam for the
//     MTA: it sets Impl on each, adds them to a catalog of its own and merges
//     that over the core one, once per context (see the example below).
//
//   - Catalog(ctx) is that catalog for tools that only compile hook scripts
//     (halonconfig): every Impl fails with an error naming the function.
//
//   - Register(c) adds each name once, available in every context that has
//     it, with parameters loose enough for all of them. It serves hosts that
//     run no hooks (hsh): a script compiled with context "" may mention
//     Accept, and a call fails at run time with an error that names the hooks
//     where Accept works.
//
// The catalogue has no inheritance, so EODMailMessage, a MailMessage in 6.x,
// is described here with only its own method (queue). Merge lays a hook
// catalog over the core one and gives EODMailMessage the methods of the
// core's MailMessage too; every host merges with it.
//
// Variables(ctx) gives the context variables of a hook and whether each is
// read-only, in the form interp.Options.Variables takes. Keys(ctx, variable)
// gives the keys of their arrays ($connection["tls"]["cipher"], …) with their
// types, which the language server completes and describes.
//
// How the MTA builds the catalog of its eod hook:
//
//	funcs, classes := hooks.Definitions("eod")
//	c := catalog.New()
//	for _, f := range funcs {
//		f.Impl = impls["eod"][f.Name] // its own code
//		c.AddFunc(f)
//	}
//	for _, cl := range classes {
//		for name, m := range cl.Methods {
//			m.Impl = methods[cl.Name][name]
//		}
//		c.AddClass(cl)
//	}
//	eod := hooks.Merge(stdlib.Core(), c)
//
// The MailMessage methods that EODMailMessage takes from the core run with
// the eod message as Args.Self, so the MTA's object must be one they accept.
package hooks

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// contexts are the hook contexts of 6.x: the smtpd ones, then the queue ones.
var contexts = []string{
	"connect", "disconnect", "proxy", "helo", "auth", "mailfrom", "rcptto", "eod",
	"predelivery", "postdelivery",
}

// queueContexts are the contexts run by the queue rather than by an SMTP server.
var queueContexts = []string{"predelivery", "postdelivery"}

// Contexts returns the names of the hook contexts, smtpd ones first.
func Contexts() []string { return slices.Clone(contexts) }

// IsContext reports whether name is a hook context.
func IsContext(name string) bool { return slices.Contains(contexts, name) }

// fn is the description of one function in one context.
type fn struct {
	name    string
	params  []catalog.Param
	returns string
	doc     string
}

// Parameters shared by many hook functions.
var (
	pOptions = catalog.Param{Name: "options", Type: "array", Optional: true, Doc: "settings of the action; the keys depend on the hook"}
	pReason  = catalog.Param{Name: "reason", Type: "string|array", Optional: true, Doc: "reply text; an array (or a text with newlines) gives a multi-line reply"}
)

func params(ps ...catalog.Param) []catalog.Param { return ps }

// funcs are the functions of each context, as 6.x documents them.
var funcs = map[string][]fn{
	"connect": {
		{"Accept", params(pOptions), "", "Lets the client connect and ends the script; options may replace the client's IP address and PTR name."},
		{"Reject", params(pReason, pOptions), "", "Refuses the connection with a permanent error (521 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the connection with a temporary error (421 unless options say otherwise), closes it and ends the script."},
	},
	"disconnect": {
		{"Pass", nil, "", "Ends the script; the connection closes as it would anyway."},
	},
	"proxy": {
		{"Pass", params(pOptions), "", "Hands the SMTP command on to the server (options may rewrite it) and ends the script."},
		{"Reply", params(pReason, pOptions), "", "Answers the command without passing it on (250 unless options say otherwise) and ends the script."},
	},
	"helo": {
		{"Accept", params(pOptions), "", "Accepts the HELO or EHLO greeting and ends the script; options may change the host name recorded in $connection and the extensions announced."},
		{"Reject", params(pReason, pOptions), "", "Refuses the greeting with a permanent error (554 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the greeting with a temporary error (450 unless options say otherwise) and ends the script."},
	},
	"auth": {
		{"Accept", params(pOptions), "", "Accepts the authentication and ends the script; options may set the user name recorded."},
		{"Reject", params(pReason, pOptions), "", "Refuses the authentication (535 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the authentication with a temporary error (454 unless options say otherwise) and ends the script."},
		{"Reply", params(catalog.Param{Name: "reply", Type: "string", Optional: true, Doc: "challenge sent to the client, base64-encoded on the wire"}, pOptions), "",
			"Sends the client a challenge (334) for one more round of the exchange and ends the script."},
	},
	"mailfrom": {
		{"Accept", params(pOptions), "", "Accepts the sender and ends the script; options may rewrite the sender."},
		{"Reject", params(pReason, pOptions), "", "Refuses the sender with a permanent error (554 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the sender with a temporary error (450 unless options say otherwise) and ends the script."},
	},
	"rcptto": {
		{"Accept", params(pOptions), "", "Accepts the recipient and ends the script; options may rewrite it or choose its transport."},
		{"Reject", params(pReason, pOptions), "", "Refuses the recipient with a permanent error (554 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the recipient with a temporary error (450 unless options say otherwise) and ends the script."},
	},
	"eod": {
		{"Accept", nil, "", "Accepts the message and ends the script; only the copies queued with $arguments[\"mail\"]->queue() are kept."},
		{"Reject", params(pReason, pOptions), "", "Refuses the message with a permanent error (550 unless options say otherwise) and ends the script."},
		{"Defer", params(pReason, pOptions), "", "Refuses the message with a temporary error (421 unless options say otherwise) and ends the script."},
	},
	"predelivery": {
		{"Try", params(pOptions), "", "Lets the message into the active queue, to be delivered as soon as the queue's policies allow, and ends the script; options tune the delivery (destination, TLS, source address, …)."},
		{"Queue", params(pOptions), "", "Skips this attempt and keeps the message queued for a later one, and ends the script."},
		{"Bounce", params(pOptions), "", "Skips the delivery and ends the script; the postdelivery hook then runs with $arguments[\"action\"] BOUNCE, which by default removes the message and bounces it to its sender."},
		{"Delete", params(pOptions), "", "Skips the delivery and ends the script; the postdelivery hook then runs with $arguments[\"action\"] DELETE, which by default removes the message without a bounce."},
		{"SetMetaData", params(pMetadata), "none", "Replaces the metadata stored with the message."},
		{"GetMetaData", nil, "array", "Returns the metadata stored with the message."},
	},
	"postdelivery": {
		{"Queue", params(pOptions), "", "Keeps the message queued for another attempt and ends the script."},
		{"Bounce", params(pOptions), "", "Removes the message from the queue, bounces it to its sender and ends the script."},
		{"Delete", nil, "", "Removes the message from the queue without a bounce and ends the script."},
		{"Default", nil, "", "Carries out the action the attempt calls for ($arguments[\"action\"]; nothing after a delivery) and ends the script."},
		{"SetMetaData", params(pMetadata), "none", "Replaces the metadata stored with the message."},
		{"GetMetaData", nil, "array", "Returns the metadata stored with the message."},
	},
}

var pMetadata = catalog.Param{Name: "metadata", Type: "array", Doc: "string keys and string values"}

// summaries describe each function name across its contexts (for Register).
var summaries = map[string]string{
	"Accept":      "Accepts what the hook is about and ends the script.",
	"Reject":      "Refuses what the hook is about with a permanent error and ends the script.",
	"Defer":       "Refuses what the hook is about with a temporary error and ends the script.",
	"Pass":        "Lets the connection or command go on and ends the script.",
	"Reply":       "Answers the client with a reply of the script's choosing and ends the script.",
	"Try":         "Lets the message into the active queue for delivery and ends the script.",
	"Queue":       "Keeps the message queued for a later attempt and ends the script.",
	"Bounce":      "Removes the message from the queue, bounces it to its sender and ends the script.",
	"Delete":      "Removes the message from the queue without a bounce and ends the script.",
	"Default":     "Carries out the action the delivery attempt calls for and ends the script.",
	"SetMetaData": "Replaces the metadata stored with the message.",
	"GetMetaData": "Returns the metadata stored with the message.",
}

// eodMailMessage describes the class of $arguments["mail"] in the eod hook.
// Scripts cannot construct it, so it has no constructor.
var eodMailMessage = struct {
	doc     string
	methods []fn
}{
	doc: "The message received in the eod hook, as $arguments[\"mail\"]: a MailMessage that can also be queued.",
	methods: []fn{
		{"queue", params(
			catalog.Param{Name: "sender", Type: "string|array", Doc: "an address, or [\"localpart\" => …, \"domain\" => …]"},
			catalog.Param{Name: "recipient", Type: "string|array", Doc: "an address, or [\"localpart\" => …, \"domain\" => …]"},
			catalog.Param{Name: "transportid", Type: "string"},
			pOptions,
		), "array", "Puts a copy of the message, as it is now, in the queue for one recipient; returns its ids: [\"transaction\" => …, \"queue\" => …]."},
	},
}

// classContexts lists the contexts of each hook class.
var classContexts = map[string][]string{"EODMailMessage": {"eod"}}

// Definitions returns fresh descriptions of the functions and classes of one
// hook context, with exact parameters and without Impl, for a host to fill
// in. It returns nil, nil for a name that is not a hook context.
func Definitions(context string) ([]*catalog.Func, []*catalog.Class) {
	if !IsContext(context) {
		return nil, nil
	}
	var fs []*catalog.Func
	for _, d := range funcs[context] {
		f := d.build([]string{context})
		f.Options = slices.Clone(optionKeys[context][d.name])
		fs = append(fs, f)
	}
	var cs []*catalog.Class
	for _, name := range sortedNames(classContexts) {
		if slices.Contains(classContexts[name], context) {
			cs = append(cs, buildEOD([]string{context}))
		}
	}
	return fs, cs
}

func (d fn) build(ctxs []string) *catalog.Func {
	return &catalog.Func{Name: d.name, Params: slices.Clone(d.params), Returns: d.returns, Doc: d.doc, Contexts: ctxs}
}

func buildEOD(ctxs []string) *catalog.Class {
	cl := &catalog.Class{Name: "EODMailMessage", Doc: eodMailMessage.doc, Contexts: ctxs, Methods: map[string]*catalog.Func{}}
	for _, m := range eodMailMessage.methods {
		cl.Methods[m.name] = m.build(nil)
	}
	cl.Methods["queue"].Options = slices.Clone(eodQueueOptions)
	return cl
}

// Catalog returns a new catalog of one hook context's functions and classes
// whose Impls fail, for tools that compile hook scripts without running them.
// It is empty for a name that is not a hook context.
func Catalog(context string) *catalog.Catalog {
	c := catalog.New()
	fs, cs := Definitions(context)
	for _, f := range fs {
		f.Impl = unavailable(f.Name+"()", f.Contexts)
		c.AddFunc(f)
	}
	for _, cl := range cs {
		withUnavailableMethods(cl)
		c.AddClass(cl)
	}
	return c
}

// Merge returns a new catalog with the entries of core and then of hook (as
// core.Merge(hook)), in which the EODMailMessage class of hook, if any, also
// has every method of core's MailMessage class. Its own methods win over
// MailMessage's of the same name. hook and core are not changed.
func Merge(core, hook *catalog.Catalog) *catalog.Catalog {
	eod, mail := hook.Class("EODMailMessage"), core.Class("MailMessage")
	if eod == nil || mail == nil {
		return core.Merge(hook)
	}
	cl := *eod
	cl.Methods = make(map[string]*catalog.Func, len(mail.Methods)+len(eod.Methods))
	maps.Copy(cl.Methods, mail.Methods)
	maps.Copy(cl.Methods, eod.Methods)
	return core.Merge(hook, classCatalog(&cl))
}

// classCatalog is a catalog of one class.
func classCatalog(cl *catalog.Class) *catalog.Catalog {
	c := catalog.New()
	c.AddClass(cl)
	return c
}

// Register adds every hook function and class to c, once per name, available
// in the contexts that have it. A parameter is optional unless every context
// requires it, and its type admits what any context admits; the option keys
// are those of every context. Each Impl fails
// with an error that names the hooks where the function works.
func Register(c *catalog.Catalog) {
	byName := map[string][]string{}
	for _, ctx := range contexts {
		for _, d := range funcs[ctx] {
			byName[d.name] = append(byName[d.name], ctx)
		}
	}
	for _, name := range sortedNames(byName) {
		ctxs := byName[name]
		f := &catalog.Func{Name: name, Params: unionParams(name, ctxs), Contexts: ctxs,
			Doc: summaries[name] + " Available in " + where(ctxs) + "."}
		f.Returns = lookup(ctxs[0], name).returns
		f.Options = unionOptions(name, ctxs)
		f.Impl = unavailable(name+"()", ctxs)
		c.AddFunc(f)
	}
	for _, name := range sortedNames(classContexts) {
		cl := buildEOD(slices.Clone(classContexts[name]))
		withUnavailableMethods(cl)
		c.AddClass(cl)
	}
}

func lookup(ctx, name string) fn {
	for _, d := range funcs[ctx] {
		if d.name == name {
			return d
		}
	}
	return fn{}
}

// unionParams merges the parameter lists a name has in ctxs.
func unionParams(name string, ctxs []string) []catalog.Param {
	var out []catalog.Param
	for i := 0; ; i++ {
		var p *catalog.Param
		required := true
		var types []string
		for _, ctx := range ctxs {
			ps := lookup(ctx, name).params
			if i >= len(ps) {
				required = false
				continue
			}
			if p == nil {
				p = &catalog.Param{Name: ps[i].Name, Doc: ps[i].Doc}
			}
			required = required && !ps[i].Optional
			for _, t := range strings.Split(ps[i].Type, "|") {
				if !slices.Contains(types, t) {
					types = append(types, t)
				}
			}
		}
		if p == nil {
			return out
		}
		p.Type = strings.Join(types, "|")
		p.Optional = !required
		out = append(out, *p)
	}
}

func withUnavailableMethods(cl *catalog.Class) {
	for name, m := range cl.Methods {
		m.Impl = unavailable(cl.Name+"->"+name+"()", cl.Contexts)
	}
}

// unavailable returns the Impl of a hook function for hosts that do not run
// hooks: an error naming the function (what) and the hooks where it works.
func unavailable(what string, ctxs []string) func(*catalog.Args) (value.Value, error) {
	in := where(ctxs)
	return func(a *catalog.Args) (value.Value, error) {
		here := a.Context()
		if slices.Contains(ctxs, here) {
			return value.None, fmt.Errorf("%s belongs to the MTA's %s hook, and this host does not provide it", what, here)
		}
		if here == "" || here == "core" {
			here = "hsh"
		} else {
			here = "the " + here + " hook"
		}
		return value.None, fmt.Errorf("%s is available in %s, not in %s", what, in, here)
	}
}

// ContextsOf returns the hook contexts that have a function or class named
// name, in the order of Contexts; nil when no hook has it.
func ContextsOf(name string) []string {
	var out []string
	for _, ctx := range contexts {
		if lookup(ctx, name).name != "" || slices.Contains(classContexts[name], ctx) {
			out = append(out, ctx)
		}
	}
	return out
}

// Where names a list of hook contexts for people: "the smtpd connect and helo
// hooks", "the queue predelivery hook".
func Where(ctxs []string) string { return where(ctxs) }

func where(ctxs []string) string {
	var smtpd, queue []string
	for _, c := range ctxs {
		if slices.Contains(queueContexts, c) {
			queue = append(queue, c)
		} else {
			smtpd = append(smtpd, c)
		}
	}
	var parts []string
	if len(smtpd) > 0 {
		parts = append(parts, "smtpd "+join(smtpd))
	}
	if len(queue) > 0 {
		parts = append(parts, "queue "+join(queue))
	}
	noun := " hook"
	if len(ctxs) > 1 {
		noun = " hooks"
	}
	return "the " + strings.Join(parts, " and ") + noun
}

// join renders a, b and c.
func join(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

func sortedNames[T any](m map[string]T) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
