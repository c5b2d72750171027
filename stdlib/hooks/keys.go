package hooks

import "slices"

// Key is one key of the array in a hook's context variable ($arguments,
// $connection, $transaction, $message). Path names it from the top of the
// array with dots: "tls.cipher" is $connection["tls"]["cipher"]. Key names
// have no dots, so the path is unambiguous. Type is its HSL type: a core
// type name ("string", "number", "boolean", "array", "any") or a class
// ("X509Resource", "FileResource", "EODMailMessage"). Doc says in one short
// line what the key holds, for editors.
type Key struct {
	Path string
	Type string
	Doc  string
}

// keyList builds a list of keys from path, type, description triples.
func keyList(triples ...string) []Key {
	out := make([]Key, 0, len(triples)/3)
	for i := 0; i+2 < len(triples); i += 3 {
		out = append(out, Key{Path: triples[i], Type: triples[i+1], Doc: triples[i+2]})
	}
	return out
}

// under prefixes each key's path with parent and a dot, for a group of keys
// that several arrays nest at different places.
func under(parent string, keys []Key) []Key {
	out := make([]Key, len(keys))
	for i, k := range keys {
		out[i] = Key{Path: parent + "." + k.Path, Type: k.Type, Doc: k.Doc}
	}
	return out
}

// Groups of keys that several hooks share. A key that two hooks both have
// under one path has one description, which fits both.
var (
	// peerCert is the peer's certificate under a tls key.
	peerCert = keyList(
		"peercert", "array", "Certificate the peer presented, if any",
		"peercert.x509", "X509Resource", "The peer's certificate, for the X509 class",
		"peercert.chain", "array", "Certificate chain the peer sent, as X509Resource values",
		"peercert.error", "number", "OpenSSL verification result of the peer's certificate (0: valid)",
	)
	// smtpReply is an SMTP reply: code, enhanced status, text lines, state.
	smtpReply = keyList(
		"code", "number", "Three-digit SMTP reply code",
		"enhanced", "array", "Enhanced status code as three numbers, e.g. [2, 0, 0]",
		"reason", "array", "Text lines of the SMTP reply",
		"state", "string", "SMTP command the reply answered, e.g. MAIL or QUIT",
	)
	// address is an address split at its @.
	address = keyList(
		"localpart", "string", "Part of the address before the @",
		"domain", "string", "Domain of the address, after the @",
	)
	// retry counts the delivery attempts, in both queue hooks.
	retry = keyList("retry", "number", "How many times delivery has been retried")
	// queuePlugin is what a queue plugin returned, in both queue hooks.
	queuePlugin = keyList(
		"queue", "array", "What a queue plugin handed over, if any",
		"queue.plugin", "array", "Result of the queue plugin, if it returned one",
		"queue.plugin.return", "any", "Value the queue plugin returned, of any type",
	)

	// $connection before the client has said anything (connect).
	connectionStart = keyList(
		"id", "string", "Unique ID of this SMTP connection",
		"priority", "number", "Priority of the connection",
	)
	// $connection: who is talking to which of our servers.
	connectionPeer = keyList(
		"remoteip", "string", "IP address of the connecting client",
		"remoteport", "number", "TCP port of the client",
		"remoteptr", "string", "Forward-confirmed reverse DNS name of the client, if known",
		"remoteuid", "number", "User ID of the client on a UNIX socket, if known",
		"localip", "string", "Our IP address the client connected to",
		"localport", "number", "Our TCP port the client connected to",
		"serverid", "string", "ID of the server (listener) that took the connection",
	)
	connectionHelo = keyList(
		"helo", "array", "The client's HELO or EHLO greeting, if it sent one",
		"helo.verb", "string", "Greeting command the client used: HELO or EHLO",
		"helo.host", "string", "Host name the client gave in its greeting",
	)
	connectionTLS = slices.Concat(keyList(
		"tls", "array", "Details of the TLS session, if the connection uses TLS",
		"tls.protocol", "string", "TLS protocol version, e.g. TLSv1.3",
		"tls.cipher", "string", "Cipher suite of the TLS session",
		"tls.keysize", "number", "Key size of the cipher in bits",
		"tls.sni", "string", "Server name the client asked for (SNI), if any",
	), under("tls", peerCert))
	connectionAuth = keyList(
		"auth", "array", "Result of SMTP AUTH, if the client authenticated",
		"auth.mechanism", "string", "SASL mechanism used, in upper case",
		"auth.username", "string", "Name the client authenticated as, if known",
	)
	// connectionFull is $connection once greeting and authentication may
	// have happened.
	connectionFull = slices.Concat(connectionStart, connectionPeer, connectionHelo, connectionTLS, connectionAuth)

	transactionStart = keyList("id", "string", "Unique ID of the current transaction")
	// transactionSender is $transaction once MAIL FROM has been accepted.
	transactionSender = slices.Concat(
		transactionStart,
		keyList(
			"sender", "string", "Envelope sender (MAIL FROM), in lower case",
			"senderaddress", "array", "Envelope sender split into localpart and domain",
		),
		under("senderaddress", address),
		keyList(
			"senderparams", "array", "MAIL FROM parameters, keyed by upper-case name",
			"recipients", "array", "Recipients accepted so far, in the order given",
		),
	)

	// message is $message of both queue hooks.
	message = slices.Concat(
		keyList(
			"id", "array", "IDs of the message: transaction and queue",
			"id.transaction", "string", "ID of the transaction that received the message",
			"id.queue", "number", "Queue number of the message within its transaction",
			"ts", "number", "Time of the receiving transaction, as a Unix timestamp",
			"serverid", "string", "ID of the server that received the message",
			"sender", "string", "Envelope sender, in lower case",
			"senderaddress", "array", "Envelope sender split into localpart and domain",
		),
		under("senderaddress", address),
		keyList(
			"recipient", "string", "Envelope recipient of this delivery, in lower case",
			"recipientaddress", "array", "Envelope recipient split into localpart and domain",
		),
		under("recipientaddress", address),
		keyList(
			"transportid", "string", "ID of the transport that delivers the message",
			"tenantid", "string", "Tenant ID the message belongs to",
			"jobid", "string", "Job ID the message belongs to",
			"priority", "number", "Queue priority of the message",
			"size", "number", "Size of the message in bytes",
			"file", "array", "Files of the message: as received and as changed",
			"file.original", "FileResource", "The message as received, for the File class",
			"file.modified", "FileResource", "The message with its changes, for the File class",
			"dsn", "array", "DSN options the message was queued with",
			"dsn.envid", "string", "DSN envelope ID (ENVID)",
			"dsn.ret", "string", "DSN RET: bounces carry headers only (HDRS) or the message (FULL)",
			"dsn.notify", "array", "DSN NOTIFY conditions: NEVER, SUCCESS, FAILURE or DELAY",
			"dsn.orcpt", "string", "DSN original recipient (ORCPT)",
		),
	)

	// attemptConnection is $arguments["attempt"]["connection"] of postdelivery.
	attemptConnection = slices.Concat(
		keyList(
			"id", "string", "ID of the outgoing connection",
			"transactions", "number", "Number of transactions sent on this connection",
			"localip", "string", "Source IP address used",
			"helo", "string", "Host name we sent in HELO or EHLO",
			"localipid", "string", "ID of the source IP address, if it has one",
			"remoteip", "string", "IP address of the receiving server",
			"remotemx", "string", "MX host name connected to",
			"remotegreet", "array", "Greeting lines of the server (220 replies only)",
			"tls", "array", "Details of the TLS session, if TLS was tried",
			"tls.started", "boolean", "Whether STARTTLS succeeded",
			"tls.protocol", "string", "TLS protocol version, e.g. TLSv1.3",
			"tls.cipher", "string", "Cipher suite of the TLS session",
			"tls.keysize", "number", "Key size of the cipher in bits",
		),
		under("tls", peerCert),
		keyList(
			"tls.tlsrpt", "string", "TLSRPT failure reason, if any, e.g. starttls-not-supported",
			"tls.tlsa", "array", "DANE TLSA lookup for the MX, if one was made",
			"tls.tlsa.error", "array", "Error of the TLSA lookup, if it failed",
			"tls.tlsa.records", "array", "TLSA records found",
			"tls.tlsa.records.usage", "number", "Certificate usage field of the TLSA record",
			"tls.tlsa.records.selector", "number", "Selector field of the TLSA record",
			"tls.tlsa.records.mtype", "number", "Matching type field of the TLSA record",
			"tls.tlsa.records.data", "string", "Certificate association data of the TLSA record, in hex",
		),
	)
)

// keys are the keys of each hook's context variables (names without "$"),
// parents before their children. Keys that an earlier hook has too come
// first, so that every hook lists them in the same order. $context is the script's own value and
// has no keys of the MTA's.
var keys = map[string]map[string][]Key{
	"connect": {
		"arguments": slices.Concat(
			connectionPeer[:3],
			keyList("remoteptrresult", "array", "DNS answers behind remoteptr (reverse and forward), if known"),
			connectionPeer[3:],
			keyList(
				"proxyip", "string", "IP address of the proxy in front of the client (PROXY protocol), if any",
				"proxytlv", "string", "Extra PROXY protocol TLVs, hex-encoded, if any",
			),
		),
		"connection":  connectionStart,
		"transaction": transactionStart,
	},
	"disconnect": {
		"arguments": slices.Concat(
			keyList(
				"close", "string", "Which side closed the connection: local or remote",
				"reply", "array", "SMTP reply that ended the session, if any",
			),
			under("reply", smtpReply),
			keyList(
				"error", "array", "Error that ended the connection, if any",
				"error.reason", "string", "Text of the error",
				"error.type", "string", "Kind of error: socket or tls",
				"error.code", "number", "Error number: errno for socket, OpenSSL code for tls",
			),
		),
		"connection": connectionFull,
		// $transaction is empty: the connection is over.
	},
	"proxy": {
		"arguments":   keyList("command", "string", "SMTP command line as the client sent it"),
		"connection":  connectionFull,
		"transaction": transactionSender,
	},
	"helo": {
		"arguments": keyList(
			"verb", "string", "Greeting command: HELO or EHLO",
			"host", "string", "Host name the client gave",
			"extensions", "array", "ESMTP extensions to announce (EHLO only)",
		),
		"connection":  slices.Concat(connectionStart, connectionPeer, connectionTLS, connectionAuth),
		"transaction": transactionStart,
	},
	"auth": {
		"arguments": keyList(
			"username", "string", "User name given (LOGIN and PLAIN only)",
			"password", "string", "Password given (LOGIN and PLAIN only)",
			"mechanism", "string", "SASL mechanism asked for, in upper case",
			"state", "number", "Step of the SASL exchange, one more per Reply (not LOGIN or PLAIN)",
			"response", "string", "Client's last SASL response (not LOGIN or PLAIN)",
		),
		"connection":  slices.Concat(connectionStart, connectionPeer, connectionHelo, connectionTLS),
		"transaction": transactionStart,
	},
	"mailfrom": {
		"arguments": slices.Concat(
			keyList(
				"sender", "string", "Envelope sender (MAIL FROM), in lower case",
				"address", "array", "Address of this MAIL FROM or RCPT TO, split into localpart and domain",
			),
			under("address", address),
			keyList("params", "array", "Parameters of this MAIL FROM or RCPT TO, keyed by upper-case name"),
		),
		"connection":  connectionFull,
		"transaction": transactionStart,
	},
	"rcptto": {
		"arguments": slices.Concat(
			keyList("address", "array", "Address of this MAIL FROM or RCPT TO, split into localpart and domain"),
			under("address", address),
			keyList(
				"params", "array", "Parameters of this MAIL FROM or RCPT TO, keyed by upper-case name",
				"recipient", "string", "Envelope recipient (RCPT TO), in lower case",
				"transportid", "string", "ID of the transport chosen for this recipient",
			),
		),
		"connection":  connectionFull,
		"transaction": transactionSender,
	},
	"eod": {
		"arguments": keyList(
			"mail", "EODMailMessage", "The received message, to read, change and queue",
			"metadata", "any", "Metadata the caller passed (HTTP submission only)",
			"http", "array", "Details of the HTTP request (HTTP submission only)",
		),
		"connection":  connectionFull,
		"transaction": slices.Concat(transactionSender, keyList("ts", "number", "Time of the transaction, as a Unix timestamp")),
	},
	"predelivery": {
		"arguments": slices.Concat(retry, queuePlugin),
		"message":   message,
	},
	"postdelivery": {
		"arguments": slices.Concat(
			retry,
			queuePlugin,
			keyList(
				"expired", "boolean", "Whether the message is too old or has used up its retries",
				"action", "string", "Default outcome: DELETE, BOUNCE or QUEUE; absent after delivery",
				"grouping", "string", "Queue grouping the message matched, e.g. &example",
				"policy", "array", "Queue pickup policies in effect for this attempt, if any",
				"policy.tags", "array", "Tags of the policies that applied",
				"policy.policies", "array", "Policies that applied, each with its fields",
				"attempt", "array", "Result of the delivery attempt, if one was made",
				"attempt.result", "array", "SMTP reply of the receiving server, if any",
			),
			under("attempt.result", smtpReply),
			keyList(
				"attempt.error", "array", "Error of the attempt when there is no SMTP reply",
				"attempt.error.temporary", "boolean", "Whether the error may go away on a retry",
				"attempt.error.message", "string", "Text of the error",
				"attempt.error.type", "string", "Kind of error: config, dns, network, dane, protocol, smtp, tls or plugin",
				"attempt.error.dns", "string", "DNS failure when type is dns: other, nxdomain, nullmx, ipfamily, nodata, excluded",
				"attempt.connection", "array", "Outgoing connection the attempt used",
			),
			under("attempt.connection", attemptConnection),
			keyList(
				"attempt.duration", "number", "Seconds the delivery attempt took",
				"attempt.plugin", "array", "Result of the delivery plugin, if it returned one",
				"attempt.plugin.return", "any", "Value the delivery plugin returned, of any type",
				"dsn", "array", "DSN to be sent, if any: its kind and message ID",
				"dsn.action", "string", "Kind of DSN: delayed, failed, relayed or delivered",
				"dsn.id", "array", "Queue IDs of the DSN that will be sent",
				"dsn.status", "array", "Status code of the DSN as three numbers, if known",
				"dsn.diagnostictype", "string", "Diagnostic type of the DSN, e.g. smtp",
				"dsn.diagnosticcode", "string", "Diagnostic text of the DSN, e.g. the SMTP reply",
			),
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
