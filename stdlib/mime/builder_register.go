package mime

import (
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/dkim"
	"github.com/openhsl/hsl/stdlib/files"
	"github.com/openhsl/hsl/stdlib/netio"
)

func builderClass() *catalog.Class {
	m := func(name string, params []catalog.Param, opts []catalog.Option, returns, doc string, f func(*Builder, *catalog.Args) (value.Value, error)) *catalog.Func {
		return fn(name, params, opts, returns, doc, func(a *catalog.Args) (value.Value, error) {
			b, ok := a.Self.Ref().(*Builder)
			if !ok {
				return value.None, a.Fail("must be called on a MIME object")
			}
			return f(b, a)
		})
	}
	strArg := func(f func(*Builder, string) error) func(*Builder, *catalog.Args) (value.Value, error) {
		return func(b *Builder, a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			if err := f(b, s); err != nil {
				return value.None, a.Errorf(0, "%v", err)
			}
			return a.Self, nil
		}
	}
	methods := []*catalog.Func{
		m("addHeader", []catalog.Param{pName, pValue, pOptions}, []catalog.Option{oEncode}, "MIME",
			"Adds a header field (below those added before).",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				name, val, opts, err := headerArgs(a)
				if err != nil {
					return value.None, err
				}
				b.AddHeader(name, val, optBool(opts, "encode", true))
				return a.Self, nil
			}),
		m("appendPart", []catalog.Param{{Name: "part", Type: "MIME"}}, nil, "MIME",
			"Adds a child part. Set a multipart type with setType(); the boundary is made automatically.",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				c, ok := a.Get(0).Ref().(*Builder)
				if !ok {
					return value.None, a.Errorf(0, "must be a MIME object, not %s", a.Get(0).Kind())
				}
				if c == b || c.contains(b) {
					return value.None, a.Errorf(0, "would make the part contain itself")
				}
				b.parts = append(b.parts, c)
				return a.Self, nil
			}),
		m("setBody", []catalog.Param{{Name: "body", Type: "string"}}, nil, "MIME",
			"Sets the body (the preamble of a multipart). It is written quoted-printable or base64, whichever suits the data; when a Content-Transfer-Encoding field was added, its base64 or quoted-printable is applied, and any other value writes the data as it is.",
			strArg(func(b *Builder, s string) error { b.body = []byte(s); return nil })),
		m("setType", []catalog.Param{{Name: "type", Type: "string"}}, nil, "MIME",
			"Sets the media type of Content-Type (default text/plain; text types get charset=utf-8). An added Content-Type field wins.",
			strArg(func(b *Builder, s string) error {
				if !strings.Contains(s, "/") || strings.ContainsAny(s, " ;\r\n") {
					return errBadType
				}
				b.typ = strings.ToLower(s)
				return nil
			})),
		m("setBoundary", []catalog.Param{{Name: "boundary", Type: "string"}}, nil, "MIME",
			"Sets the multipart boundary (default: a random UUID).",
			strArg(func(b *Builder, s string) error {
				if s == "" || len(s) > 70 || strings.ContainsAny(s, "\r\n\"") {
					return errBadBoundary
				}
				b.boundary = s
				return nil
			})),
		m("setDate", []catalog.Param{{Name: "timestamp", Type: "number", Optional: true}}, nil, "MIME",
			"Adds a Date field for the time given in Unix seconds (default now).",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				t := time.Now()
				if a.Has(0) && !a.Get(0).IsNone() {
					n, err := a.Number(0)
					if err != nil {
						return value.None, err
					}
					t = time.Unix(int64(n), 0)
				}
				b.SetDate(t)
				return a.Self, nil
			}),
		m("setFileName", []catalog.Param{{Name: "filename", Type: "string"}}, nil, "MIME",
			"Sets the file name in Content-Disposition (attachment unless setDisposition says otherwise).",
			strArg(func(b *Builder, s string) error { b.filename = s; return nil })),
		m("setDisposition", []catalog.Param{{Name: "type", Type: "string"}}, nil, "MIME",
			"Sets the disposition type of Content-Disposition, such as inline or attachment.",
			strArg(func(b *Builder, s string) error {
				if s == "" || strings.ContainsAny(s, " ;\r\n") {
					return errBadType
				}
				b.disposition = s
				return nil
			})),
		m("signDKIM", signParams, signOptions, "MIME",
			"Signs the message with DKIM when it is written out (toString, toFile, …), adding the DKIM-Signature field (with arc, the ARC-Message-Signature field) at the top. Bad arguments raise an error at once.",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				o, ret, err := signArgs(a)
				if err != nil {
					return value.None, err
				}
				if ret {
					return value.None, a.Errorf(3, "option return_header is only for MailMessage->signDKIM")
				}
				b.AddSigner(func(data []byte) ([]byte, error) {
					f, err := dkim.Sign(data, o)
					return []byte(f), err
				})
				return a.Self, nil
			}),
		m("toString", nil, nil, "string", "Returns the message as text. A failing DKIM signature raises an error.",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				data, err := b.Bytes(true)
				if err != nil {
					return value.None, a.Fail("DKIM signing failed: %v", err)
				}
				return value.String(string(data)), nil
			}),
		m("toFile", nil, nil, "File", "Returns the message as a File.",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				data, err := b.Bytes(true)
				if err != nil {
					return value.None, a.Fail("DKIM signing failed: %v", err)
				}
				return value.ObjectValue(files.FromBytes(data, "")), nil
			}),
		m("queue", []catalog.Param{{Name: "sender", Type: "string|array"}, {Name: "recipient", Type: "string|array"}, {Name: "transportid", Type: "string"}, pOptions}, nil, "array",
			"Queues the message in the MTA; only the MTA has a queue, so this raises an error elsewhere.",
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				return value.None, a.Fail("queueing needs the MTA's queue; it is not available in %s", a.Context())
			}),
		m("send", sendParams, nil, "array", sendDoc,
			func(b *Builder, a *catalog.Args) (value.Value, error) {
				data, err := b.Bytes(true)
				if err != nil {
					return value.None, a.Fail("DKIM signing failed: %v", err)
				}
				return netio.Send(a, data, 0, 1, 2)
			}),
	}
	ms := map[string]*catalog.Func{}
	for _, f := range methods {
		ms[f.Name] = f
	}
	return &catalog.Class{
		Name: "MIME",
		Doc:  "Builds a new MIME message or part: headers, a body or child parts, then toString().",
		Constructor: &catalog.Func{Name: "MIME", Returns: "MIME", Doc: "Returns an empty text/plain part.",
			Impl: func(a *catalog.Args) (value.Value, error) { return value.ObjectValue(NewBuilder()), nil }},
		Methods: ms,
	}
}

type argError string

func (e argError) Error() string { return string(e) }

const (
	errBadType     = argError("must be a media type such as text/html")
	errBadBoundary = argError("must be 1 to 70 characters without quotes or line breaks")
)

// contains reports whether x is b or a descendant of b.
func (b *Builder) contains(x *Builder) bool {
	for _, p := range b.parts {
		if p == x || p.contains(x) {
			return true
		}
	}
	return false
}
