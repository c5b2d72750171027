package hooks

import (
	"slices"
	"strings"

	"github.com/openhsl/hsl/stdlib/catalog"
)

// The keys of the options array of each hook function. Halon's 6.x data
// names no keys; these come from its hook documentation (the 5.x pages, and
// the 6.x additions serverhost, reply_codes in connect and plugin in Try).
// A function whose keys that documentation does not give has none here.

// Option keys shared by many hook functions.
var (
	oReplyCodes = catalog.Option{Name: "reply_codes", Type: "array",
		Doc: "the reply's code (number) and enhanced status code (array of three numbers), in place of the hook's default"}
	oDisconnect = catalog.Option{Name: "disconnect", Type: "boolean",
		Doc: "close the connection after the reply (default false)"}
	oNext = catalog.Option{Name: "next", Type: "boolean",
		Doc: "also hand the client's next command to this script (default false)"}
	oReason = catalog.Option{Name: "reason", Type: "string",
		Doc: "text of the positive reply, in place of the one the server would send"}
)

// smtpdRefuse are the option keys of Reject and Defer in the smtpd hooks
// after connect (connect closes the connection anyway).
var smtpdRefuse = []catalog.Option{oDisconnect, oReplyCodes}

// queueOptions are the option keys of Queue in both queue hooks.
var queueOptions = []catalog.Option{
	{Name: "hold", Type: "boolean", Doc: "put the message in the hold queue, where it waits until released (default false)"},
	{Name: "delay", Type: "number", Doc: "seconds until the next attempt (default: the transport's retry interval)"},
	{Name: "reason", Type: "string", Doc: "text logged with the decision"},
	{Name: "increment_retry", Type: "boolean", Doc: "count this as a retry (default true)"},
	{Name: "reset_retry", Type: "boolean", Doc: "set the retry count back to zero (default false)"},
	{Name: "transportid", Type: "string", Doc: "transport for the next attempts (default: the current one)"},
}

// optionKeys are the option keys of each context's functions.
var optionKeys = map[string]map[string][]catalog.Option{
	"connect": {
		"Accept": {
			{Name: "remoteip", Type: "string", Doc: "IP address to record for the client in place of the real one"},
			{Name: "remoteptr", Type: "string", Doc: "PTR name to record for the client's address"},
			{Name: "serverhost", Type: "string", Doc: "host name the server announces for this connection"},
			{Name: "reason", Type: "string|array", Doc: "text of the greeting banner"},
			oReplyCodes,
		},
		"Reject": {oReplyCodes},
		"Defer":  {oReplyCodes},
	},
	"proxy": {
		"Pass": {
			{Name: "command", Type: "string", Doc: "the command to hand on in place of the client's"},
			oNext,
		},
		"Reply": {oDisconnect, oReplyCodes, oNext},
	},
	"helo": {
		"Accept": {
			{Name: "extensions", Type: "array", Doc: "the SMTP extensions to announce in the EHLO reply"},
			{Name: "host", Type: "string", Doc: "HELO host name to record for the connection in place of the client's"},
			{Name: "reason", Type: "string", Doc: "first line of the reply (default: the server's host name)"},
		},
		"Reject": smtpdRefuse,
		"Defer":  smtpdRefuse,
	},
	"auth": {
		"Accept": {
			{Name: "username", Type: "string", Doc: "user name to record for the session (default: the one the client gave)"},
			oReason, oReplyCodes,
		},
		"Reject": smtpdRefuse,
		"Defer":  smtpdRefuse,
		"Reply":  smtpdRefuse,
	},
	"mailfrom": {
		"Accept": {
			{Name: "sender", Type: "string|array", Doc: "sender to record in place of the client's: an address, or [\"localpart\" => …, \"domain\" => …]"},
			oReason, oReplyCodes,
		},
		"Reject": smtpdRefuse,
		"Defer":  smtpdRefuse,
	},
	"rcptto": {
		"Accept": {
			{Name: "recipient", Type: "string|array", Doc: "recipient to record in place of the client's: an address, or [\"localpart\" => …, \"domain\" => …]"},
			{Name: "transportid", Type: "string", Doc: "transport for this recipient (default: $arguments[\"transportid\"])"},
			oReason, oReplyCodes,
		},
		"Reject": smtpdRefuse,
		"Defer":  smtpdRefuse,
	},
	"eod": {
		"Reject": smtpdRefuse,
		"Defer":  smtpdRefuse,
	},
	"predelivery": {
		"Try": {
			{Name: "host", Type: "string", Doc: "IP address or host name to connect to, or \"lookup-mx\" for the recipient domain's MX (default: the transport's)"},
			{Name: "port", Type: "number", Doc: "TCP port to connect to (default: the transport's)"},
			{Name: "sender", Type: "string|array", Doc: "envelope sender for this attempt: an address, or [\"localpart\" => …, \"domain\" => …, \"params\" => …]"},
			{Name: "recipient", Type: "string|array", Doc: "envelope recipient for this attempt, in the same forms as sender"},
			{Name: "helo", Type: "string", Doc: "host name to greet the server with (default: the transport's)"},
			{Name: "sourceip", Type: "array", Doc: "local addresses to send from: ids, or arrays with \"id\" or \"address\" and \"helo\""},
			{Name: "nonlocal_source", Type: "boolean", Doc: "allow sending from an address the host does not have (default false)"},
			{Name: "saslusername", Type: "string", Doc: "user name to log in with before MAIL FROM"},
			{Name: "saslpassword", Type: "string", Doc: "password to log in with before MAIL FROM"},
			{Name: "tls", Type: "string", Doc: "TLS mode: disabled, optional, optional_verify, dane, dane_require, require or require_verify"},
			{Name: "tls_sni", Type: "string|boolean", Doc: "server name to send in SNI; true sends the host connected to (default false)"},
			{Name: "tls_protocols", Type: "string", Doc: "TLS protocol versions to allow, comma-separated, ! to exclude"},
			{Name: "tls_ciphers", Type: "string", Doc: "cipher list to offer"},
			{Name: "tls_verify_host", Type: "boolean", Doc: "check the certificate's name against the host (default false)"},
			{Name: "tls_verify_name", Type: "array", Doc: "names to check the certificate against"},
			{Name: "tls_default_ca", Type: "boolean", Doc: "also trust the default CA bundle (default false)"},
			{Name: "tls_client_cert", Type: "string", Doc: "client certificate to present, as \"pki:id\""},
			{Name: "xclient", Type: "array", Doc: "XCLIENT attributes to send, by name"},
			{Name: "protocol", Type: "string", Doc: "smtp or lmtp (default: the transport's)"},
			{Name: "mx_include", Type: "array", Doc: "keep only the MX hosts that match these names or wildcards"},
			{Name: "mx_exclude", Type: "array", Doc: "drop the MX hosts that match these names or wildcards"},
			{Name: "jobid", Type: "string", Doc: "job id of the message"},
			{Name: "timeout", Type: "array", Doc: "seconds to wait in each SMTP state, by state name"},
			{Name: "connect_timeout", Type: "number", Doc: "seconds to wait for the TCP connection (default 30)"},
			{Name: "plugin", Type: "array", Doc: "deliver through a plugin instead of SMTP: [\"id\" => …, \"arguments\" => …]"},
		},
		"Queue": queueOptions,
	},
	"postdelivery": {
		"Queue": queueOptions,
	},
}

// eodQueueOptions are the option keys of EODMailMessage->queue.
var eodQueueOptions = []catalog.Option{
	{Name: "metadata", Type: "array", Doc: "metadata stored with the queued message: string keys and string values"},
	{Name: "hold", Type: "boolean", Doc: "put the message in the hold queue, where it waits until released (default false)"},
	{Name: "jobid", Type: "string", Doc: "job id of the message"},
	{Name: "quotas", Type: "array", Doc: "names of the queue quotas the message counts towards"},
	{Name: "delay", Type: "number", Doc: "seconds before the first delivery attempt (default 0)"},
}

// unionOptions merges the option keys a name has in ctxs: each key once, in
// the order first seen, with the union of its types.
func unionOptions(name string, ctxs []string) []catalog.Option {
	var out []catalog.Option
	for _, ctx := range ctxs {
		for _, o := range optionKeys[ctx][name] {
			i := slices.IndexFunc(out, func(p catalog.Option) bool { return p.Name == o.Name })
			if i < 0 {
				out = append(out, o)
				continue
			}
			types := strings.Split(out[i].Type, "|")
			for _, t := range strings.Split(o.Type, "|") {
				if !slices.Contains(types, t) {
					types = append(types, t)
				}
			}
			out[i].Type = strings.Join(types, "|")
		}
	}
	return out
}
