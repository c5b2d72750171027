// Package mtaonly registers the core builtins that only the Halon MTA can
// carry out (queue_suspend, queue_policy, queue_policy_delete, queue_quota
// and server_concurrency): they act on the MTA's queue and servers. Outside
// the MTA each raises an error saying so; the MTA merges its own versions
// over these.
package mtaonly

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var (
	pOptions = catalog.Param{Name: "options", Type: "array", Optional: true}
	pTTL     = catalog.Param{Name: "ttl", Type: "number", Doc: "seconds"}
)

var funcs = []*catalog.Func{
	{Name: "queue_suspend", Params: []catalog.Param{{Name: "fields", Type: "array", Doc: "transportid, localip, remoteip, remotemx, recipientdomain, jobid"}, pTTL, pOptions},
		Returns: "array", Doc: "Stops the queue from picking up messages that match the fields for ttl seconds; returns the suspension's id."},
	{Name: "queue_policy", Params: []catalog.Param{{Name: "fields", Type: "array"}, {Name: "condition", Type: "array"}, {Name: "policy", Type: "array", Doc: "concurrency, rate, tag"}, pTTL, pOptions},
		Returns: "array", Doc: "Adds a dynamic pickup policy (concurrency or rate limit) for the queue; returns its id."},
	{Name: "queue_policy_delete", Params: []catalog.Param{{Name: "id", Type: "string"}},
		Returns: "boolean|none", Doc: "Removes a dynamic pickup policy by its id."},
	{Name: "queue_quota", Params: []catalog.Param{{Name: "name", Type: "string"}},
		Returns: "array", Doc: "Returns the messages and bytes counted against a queue quota."},
	{Name: "server_concurrency", Params: []catalog.Param{{Name: "serverid", Type: "string"}, {Name: "address", Type: "string", Optional: true}},
		Returns: "number|none", Doc: "Returns the number of connections to an SMTP server of the MTA, for one address or network if given."},
}

// Register adds the MTA-only builtins to c; each call raises an error.
func Register(c *catalog.Catalog) {
	for _, f := range funcs {
		g := *f
		g.Doc += " Only the MTA runs it; elsewhere it raises an error."
		g.Impl = func(a *catalog.Args) (value.Value, error) {
			return value.None, a.Fail("available only in the smtpd and queue hooks of the Halon MTA, not in the %s context", catalog.Quote(a.Context()))
		}
		c.AddFunc(&g)
	}
}
