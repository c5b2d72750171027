package hooks

import "slices"

// Key is one key of the array in a hook's context variable ($arguments,
// $connection, $transaction, $message). Path names it from the top of the
// array with dots: "tls.cipher" is $connection["tls"]["cipher"]. Key names
// have no dots, so the path is unambiguous. Type is its HSL type: a core
// type name ("string", "number", "boolean", "array", "any") or a class
// ("X509Resource", "FileResource", "EODMailMessage").
type Key struct {
	Path string
	Type string
}

// keyList builds a list of keys from path, type pairs.
func keyList(pairs ...string) []Key {
	out := make([]Key, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, Key{Path: pairs[i], Type: pairs[i+1]})
	}
	return out
}

// under prefixes each key's path with parent and a dot, for a group of keys
// that several arrays nest at different places.
func under(parent string, keys []Key) []Key {
	out := make([]Key, len(keys))
	for i, k := range keys {
		out[i] = Key{Path: parent + "." + k.Path, Type: k.Type}
	}
	return out
}

// Groups of keys that several hooks share.
var (
	// peerCert is the peer's certificate under a tls key.
	peerCert = keyList(
		"peercert", "array",
		"peercert.x509", "X509Resource",
		"peercert.chain", "array",
		"peercert.error", "number",
	)
	// smtpReply is an SMTP reply: code, enhanced status, text lines, state.
	smtpReply = keyList(
		"code", "number",
		"enhanced", "array",
		"reason", "array",
		"state", "string",
	)
	// address is an address split at its @.
	address = keyList("localpart", "string", "domain", "string")
	// queuePlugin is what a queue plugin returned, in both queue hooks.
	queuePlugin = keyList(
		"queue", "array",
		"queue.plugin", "array",
		"queue.plugin.return", "any",
	)

	// $connection before the client has said anything (connect).
	connectionStart = keyList("id", "string", "priority", "number")
	// $connection: who is talking to which of our servers.
	connectionPeer = keyList(
		"remoteip", "string",
		"remoteport", "number",
		"remoteptr", "string",
		"remoteuid", "number",
		"localip", "string",
		"localport", "number",
		"serverid", "string",
	)
	connectionHelo = keyList("helo", "array", "helo.verb", "string", "helo.host", "string")
	connectionTLS  = slices.Concat(keyList(
		"tls", "array",
		"tls.protocol", "string",
		"tls.cipher", "string",
		"tls.keysize", "number",
		"tls.sni", "string",
	), under("tls", peerCert))
	connectionAuth = keyList("auth", "array", "auth.mechanism", "string", "auth.username", "string")
	// connectionFull is $connection once greeting and authentication may
	// have happened.
	connectionFull = slices.Concat(connectionStart, connectionPeer, connectionHelo, connectionTLS, connectionAuth)

	transactionStart = keyList("id", "string")
	// transactionSender is $transaction once MAIL FROM has been accepted.
	transactionSender = slices.Concat(
		transactionStart,
		keyList("sender", "string", "senderaddress", "array"),
		under("senderaddress", address),
		keyList("senderparams", "array", "recipients", "array"),
	)

	// message is $message of both queue hooks.
	message = slices.Concat(
		keyList("id", "array", "id.transaction", "string", "id.queue", "number",
			"ts", "number", "serverid", "string",
			"sender", "string", "senderaddress", "array"),
		under("senderaddress", address),
		keyList("recipient", "string", "recipientaddress", "array"),
		under("recipientaddress", address),
		keyList("transportid", "string", "tenantid", "string", "jobid", "string",
			"priority", "number", "size", "number",
			"file", "array", "file.original", "FileResource", "file.modified", "FileResource",
			"dsn", "array", "dsn.envid", "string", "dsn.ret", "string", "dsn.notify", "array", "dsn.orcpt", "string"),
	)

	// attemptConnection is $arguments["attempt"]["connection"] of postdelivery.
	attemptConnection = slices.Concat(
		keyList("id", "string", "transactions", "number", "localip", "string", "helo", "string",
			"localipid", "string", "remoteip", "string", "remotemx", "string", "remotegreet", "array",
			"tls", "array", "tls.started", "boolean", "tls.protocol", "string", "tls.cipher", "string",
			"tls.keysize", "number"),
		under("tls", peerCert),
		keyList("tls.tlsrpt", "string", "tls.tlsa", "array", "tls.tlsa.error", "array",
			"tls.tlsa.records", "array", "tls.tlsa.records.usage", "number",
			"tls.tlsa.records.selector", "number", "tls.tlsa.records.mtype", "number",
			"tls.tlsa.records.data", "string"),
	)
)

// keys are the keys of each hook's context variables (names without "$"),
// parents before their children. Keys that an earlier hook has too come
// first, so that every hook lists them in the same order. $context is the script's own value and
// has no keys of the MTA's.
var keys = map[string]map[string][]Key{
	"connect": {
		"arguments": keyList(
			"remoteip", "string",
			"remoteport", "number",
			"remoteptr", "string",
			"remoteptrresult", "array",
			"remoteuid", "number",
			"localip", "string",
			"localport", "number",
			"serverid", "string",
			"proxyip", "string",
			"proxytlv", "string",
		),
		"connection":  connectionStart,
		"transaction": transactionStart,
	},
	"disconnect": {
		"arguments": slices.Concat(
			keyList("close", "string", "reply", "array"),
			under("reply", smtpReply),
			keyList("error", "array", "error.reason", "string", "error.type", "string", "error.code", "number"),
		),
		"connection": connectionFull,
		// $transaction is empty: the connection is over.
	},
	"proxy": {
		"arguments":   keyList("command", "string"),
		"connection":  connectionFull,
		"transaction": transactionSender,
	},
	"helo": {
		"arguments":   keyList("verb", "string", "host", "string", "extensions", "array"),
		"connection":  slices.Concat(connectionStart, connectionPeer, connectionTLS, connectionAuth),
		"transaction": transactionStart,
	},
	"auth": {
		"arguments": keyList(
			"username", "string",
			"password", "string",
			"mechanism", "string",
			"state", "number",
			"response", "string",
		),
		"connection":  slices.Concat(connectionStart, connectionPeer, connectionHelo, connectionTLS),
		"transaction": transactionStart,
	},
	"mailfrom": {
		"arguments": slices.Concat(
			keyList("sender", "string", "address", "array"),
			under("address", address),
			keyList("params", "array"),
		),
		"connection":  connectionFull,
		"transaction": transactionStart,
	},
	"rcptto": {
		"arguments": slices.Concat(
			keyList("address", "array"),
			under("address", address),
			keyList("params", "array", "recipient", "string", "transportid", "string"),
		),
		"connection":  connectionFull,
		"transaction": transactionSender,
	},
	"eod": {
		"arguments":   keyList("mail", "EODMailMessage", "metadata", "any", "http", "array"),
		"connection":  connectionFull,
		"transaction": slices.Concat(transactionSender, keyList("ts", "number")),
	},
	"predelivery": {
		"arguments": slices.Concat(keyList("retry", "number"), queuePlugin),
		"message":   message,
	},
	"postdelivery": {
		"arguments": slices.Concat(
			keyList("retry", "number"),
			queuePlugin,
			keyList("expired", "boolean", "action", "string", "grouping", "string",
				"policy", "array", "policy.tags", "array", "policy.policies", "array",
				"attempt", "array", "attempt.result", "array"),
			under("attempt.result", smtpReply),
			keyList("attempt.error", "array", "attempt.error.temporary", "boolean",
				"attempt.error.message", "string", "attempt.error.type", "string", "attempt.error.dns", "string",
				"attempt.connection", "array"),
			under("attempt.connection", attemptConnection),
			keyList("attempt.duration", "number", "attempt.plugin", "array", "attempt.plugin.return", "any",
				"dsn", "array", "dsn.action", "string", "dsn.id", "array", "dsn.status", "array",
				"dsn.diagnostictype", "string", "dsn.diagnosticcode", "string"),
		),
		"message": message,
	},
}

// anyKeys are the keys of each variable in every hook together: each path
// once, in the order of Contexts and, within a hook, of its list.
var anyKeys = func() map[string][]Key {
	out := map[string][]Key{}
	seen := map[string]bool{}
	for _, ctx := range contexts {
		for _, variable := range sortedNames(keys[ctx]) {
			for _, k := range keys[ctx][variable] {
				if id := variable + " " + k.Path; !seen[id] {
					seen[id] = true
					out[variable] = append(out[variable], k)
				}
			}
		}
	}
	return out
}()

// Keys returns the keys of a context variable (name without "$") in a hook
// context, parents before their children, as a new slice. With context ""
// it returns the keys the variable has in any hook, each path once, for code
// that any hook may include. It returns nil for a variable without known
// keys ($context) and for a name that is not a hook context.
func Keys(context, variable string) []Key {
	if context == "" {
		return slices.Clone(anyKeys[variable])
	}
	return slices.Clone(keys[context][variable])
}
