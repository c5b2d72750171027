package mime

import (
	"context"
	"crypto"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/cryptofn"
	"github.com/openhsl/hsl/stdlib/dkim"
	"github.com/openhsl/hsl/stdlib/dns"
	"github.com/openhsl/hsl/stdlib/files"
	"github.com/openhsl/hsl/stdlib/netio"
	"github.com/openhsl/hsl/stdlib/pcre"
)

// PartRef is an instance of the HSL MIMEPart class: one part of a message.
type PartRef struct {
	msg  *Message
	part *Part
}

// ClassName implements value.Object.
func (*PartRef) ClassName() string { return "MIMEPart" }

// Register adds the classes MIME, MailMessage and MIMEPart, and the .eml
// importer, to c.
func Register(c *catalog.Catalog) {
	partMethods := partMethods()
	c.AddClass(&catalog.Class{
		Name:    "MIMEPart",
		Doc:     "One part of a MailMessage's MIME tree. Parts come from a MailMessage (getParts, findByType, …); they cannot be constructed.",
		Methods: partMethods,
	})
	msgMethods := messageMethods()
	for k, v := range partMethods {
		msgMethods[k] = v
	}
	c.AddClass(&catalog.Class{
		Name: "MailMessage",
		Doc: "A parsed mail message: its root MIME part plus message-wide methods. Changes are kept apart from the " +
			"original bytes; toString() of an unchanged message returns exactly the bytes it was read from.",
		Methods: msgMethods,
		Statics: map[string]*catalog.Func{
			"String": {Name: "String", Params: []catalog.Param{{Name: "data", Type: "string"}}, Returns: "MailMessage|none",
				Doc: "Reads a message from a string. Malformed input is kept as it is; getErrors() tells what was wrong.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					s, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					return value.ObjectValue(Parse([]byte(s))), nil
				}},
			"File": {Name: "File", Params: []catalog.Param{{Name: "file", Type: "File"}}, Returns: "MailMessage|none",
				Doc: "Reads a message from the whole content of a File; none when the file is closed.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					f, ok := a.Get(0).Ref().(*files.File)
					if !ok {
						return value.None, a.Errorf(0, "must be a File, not %s", a.Get(0).Kind())
					}
					data, err := f.Contents()
					if err != nil {
						return value.None, nil
					}
					return value.ObjectValue(Parse(data)), nil
				}},
		},
	})
	c.AddClass(builderClass())
	c.AddImporter(".eml", func(src []byte, _ *value.Array) (value.Value, error) {
		m := Parse(src)
		m.frozen = true
		return value.ObjectValue(m), nil
	})
}

// target returns the message and part a MIMEPart or MailMessage method
// works on.
func target(a *catalog.Args) (*Message, *Part, error) {
	switch o := a.Self.Ref().(type) {
	case *Message:
		return o, o.root, nil
	case *PartRef:
		return o.msg, o.part, nil
	}
	return nil, nil, a.Fail("must be called on a MailMessage or MIMEPart object")
}

// writable is target for methods that change the message.
func writable(a *catalog.Args) (*Message, *Part, error) {
	m, p, err := target(a)
	if err != nil {
		return nil, nil, err
	}
	if m.frozen {
		return nil, nil, a.Fail("an imported message cannot be changed; copy it with MailMessage::String($message->toString())")
	}
	m.changed()
	return m, p, nil
}

type impl = func(a *catalog.Args) (value.Value, error)

func fn(name string, params []catalog.Param, opts []catalog.Option, returns, doc string, f impl) *catalog.Func {
	return &catalog.Func{Name: name, Params: params, Options: opts, Returns: returns, Doc: doc, Impl: f}
}

var (
	pName    = catalog.Param{Name: "name", Type: "string"}
	pValue   = catalog.Param{Name: "value", Type: "string"}
	pOptions = catalog.Param{Name: "options", Type: "array", Optional: true}
	pPart    = catalog.Param{Name: "part", Type: "MIME|MIMEPart"}
	oIndex   = catalog.Option{Name: "index", Type: "number", Doc: "only the index-th field of the name (0 is the topmost)"}
	oField   = catalog.Option{Name: "field", Type: "boolean", Doc: "return the whole field as the message has it (name, value with its folding, line ending), not decoded, instead of the value"}
	oDecode  = catalog.Option{Name: "decode", Type: "boolean", Doc: "decode RFC 2047 encoded words to UTF-8 (default true)"}
	oEncode  = catalog.Option{Name: "encode", Type: "boolean", Doc: "encode non-ASCII text as RFC 2047 words and fold long lines (default true)"}
)

func str(s string) value.Value { return value.String(s) }

func strOrNone(s string, ok bool) value.Value {
	if !ok {
		return value.None
	}
	return value.String(s)
}

func strList(list []string) value.Value {
	arr := value.NewArray(len(list))
	for _, s := range list {
		_ = arr.Append(value.String(s))
	}
	return value.ArrayValue(arr)
}

func num(n int) value.Value { return value.Number(float64(n)) }

// optInt reads an integer option, -1 when absent.
func optInt(a *catalog.Args, opts *value.Array, i int, name string) (int, error) {
	v := catalog.OptionValue(opts, name, value.None)
	if v.IsNone() {
		return -1, nil
	}
	if v.Kind() != value.KindNumber || v.AsNumber() < 0 || v.AsNumber() != float64(int(v.AsNumber())) {
		return 0, a.Errorf(i, "option %s must be a non-negative integer", name)
	}
	return int(v.AsNumber()), nil
}

func optBool(opts *value.Array, name string, def bool) bool {
	return catalog.OptionValue(opts, name, value.Bool(def)).Truthy()
}

func partValue(m *Message, p *Part) value.Value {
	return value.ObjectValue(&PartRef{msg: m, part: p})
}

func partList(m *Message, ps []*Part) value.Value {
	arr := value.NewArray(len(ps))
	for _, p := range ps {
		_ = arr.Append(partValue(m, p))
	}
	return value.ArrayValue(arr)
}

// partArg converts a MIME builder or a MIMEPart/MailMessage argument into
// a new part (a copy).
func partArg(a *catalog.Args, i int) (*Part, error) {
	switch o := a.Get(i).Ref().(type) {
	case *Builder:
		data, err := o.Bytes(false)
		if err != nil {
			return nil, err
		}
		return parsePart(data, 0), nil
	case *PartRef:
		return parsePart(o.part.Bytes(), 0), nil
	case *Message:
		return parsePart(o.Bytes(), 0), nil
	}
	return nil, a.Errorf(i, "must be a MIME or MIMEPart object, not %s", a.Get(i).Kind())
}

func partMethods() map[string]*catalog.Func {
	ms := []*catalog.Func{
		fn("getID", nil, nil, "string", "Returns the part's ID: \"0\" for the message itself, \"1\", \"2\", … for its parts and \"2.1\" for the first part inside the second.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return str(p.ID()), nil
			}),
		fn("getSize", nil, nil, "number", "Returns the size of the part in bytes, headers included, with changes applied.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return num(len(p.Bytes())), nil
			}),
		fn("getFileName", nil, nil, "string|none", "Returns the file name of the part (Content-Disposition filename, else Content-Type name), decoded; none when it has none.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return strOrNone(p.FileName()), nil
			}),
		fn("getType", nil, nil, "string|none", "Returns the media type of Content-Type in lower case (e.g. text/plain); none without a Content-Type field.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				t := p.Type()
				return strOrNone(t, t != ""), nil
			}),
		fn("getTypeParameter", []catalog.Param{pName}, nil, "string|none", "Returns a parameter of Content-Type (e.g. boundary or charset); none when absent.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				name, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				return strOrNone(p.TypeParameter(name)), nil
			}),
		fn("getHeader", []catalog.Param{pName, pOptions}, []catalog.Option{oIndex, oField, oDecode}, "string|none",
			"Returns the value of the topmost field of the name (or the index-th), unfolded and decoded; none when there is none. The name is case-insensitive.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				name, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(1)
				if err != nil {
					return value.None, err
				}
				idx, err := optInt(a, opts, 1, "index")
				if err != nil {
					return value.None, err
				}
				if idx < 0 {
					idx = 0
				}
				if optBool(opts, "field", false) {
					fields := p.fieldsNamed(name)
					if idx >= len(fields) {
						return value.None, nil
					}
					return str(string(p.header[fields[idx]].raw)), nil
				}
				vals := p.HeaderValues(name, optBool(opts, "decode", true))
				if idx >= len(vals) {
					return value.None, nil
				}
				return str(vals[idx]), nil
			}),
		fn("getHeaders", []catalog.Param{pName, pOptions}, []catalog.Option{oField, oDecode}, "array",
			"Returns the values of every field of the name, from the top; [] when there is none.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				name, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(1)
				if err != nil {
					return value.None, err
				}
				if optBool(opts, "field", false) {
					var fields []string
					for _, fi := range p.fieldsNamed(name) {
						fields = append(fields, string(p.header[fi].raw))
					}
					return strList(fields), nil
				}
				return strList(p.HeaderValues(name, optBool(opts, "decode", true))), nil
			}),
		fn("getHeaderNames", nil, nil, "array", "Returns the names of all header fields from the top, in lower case.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return strList(p.HeaderNames()), nil
			}),
		fn("setHeader", []catalog.Param{pName, pValue, pOptions}, []catalog.Option{oIndex, oEncode}, "number",
			"Replaces every field of the name (or only the index-th) with one holding the value, keeping the first one's place; adds it at the top when there is none (without index). Returns the number of fields replaced.",
			func(a *catalog.Args) (value.Value, error) {
				name, val, opts, err := headerArgs(a)
				if err != nil {
					return value.None, err
				}
				idx, err := optInt(a, opts, 2, "index")
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				return num(p.SetHeader(name, val, idx, optBool(opts, "encode", true))), nil
			}),
		fn("addHeader", []catalog.Param{pName, pValue, pOptions}, []catalog.Option{oEncode}, "none",
			"Adds a field at the top of the header.",
			func(a *catalog.Args) (value.Value, error) {
				name, val, opts, err := headerArgs(a)
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				p.AddHeader(name, val, optBool(opts, "encode", true))
				return value.None, nil
			}),
		fn("delHeader", []catalog.Param{pName, pOptions}, []catalog.Option{oIndex}, "number",
			"Deletes every field of the name (or only the index-th) and returns how many went.",
			func(a *catalog.Args) (value.Value, error) {
				name, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(1)
				if err != nil {
					return value.None, err
				}
				idx, err := optInt(a, opts, 1, "index")
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				return num(p.DelHeader(name, idx)), nil
			}),
		fn("renameHeader", []catalog.Param{pName, {Name: "newname", Type: "string"}}, nil, "number",
			"Renames every field of the name, keeping the values as they are; returns how many were renamed.",
			func(a *catalog.Args) (value.Value, error) {
				name, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				newname, err := a.String(1)
				if err != nil {
					return value.None, err
				}
				if !validName(newname) {
					return value.None, a.Errorf(1, "is not a valid header field name")
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				return num(p.RenameHeader(name, newname)), nil
			}),
		fn("setDateLater", nil, nil, "number", "Sets the Date field to the time the message is written out (toString, toFile, …); returns 1.",
			func(a *catalog.Args) (value.Value, error) {
				m, _, err := writable(a)
				if err != nil {
					return value.None, err
				}
				m.dateLater = true
				return num(1), nil
			}),
		fn("remove", nil, nil, "none", "Removes the part from its parent. The message itself cannot be removed.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				if !p.Remove() {
					return value.None, a.Fail("the message itself cannot be removed")
				}
				return value.None, nil
			}),
		fn("getBody", []catalog.Param{pOptions}, []catalog.Option{{Name: "decode", Type: "boolean", Doc: "undo the Content-Transfer-Encoding (default true); no charset conversion is done"}},
			"string|none", "Returns the body of a part decoded by its transfer encoding; none for a multipart.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(0)
				if err != nil {
					return value.None, err
				}
				if p.IsMultipart() {
					return value.None, nil
				}
				return str(string(p.Body(optBool(opts, "decode", true)))), nil
			}),
		fn("setBody", []catalog.Param{{Name: "data", Type: "string"}, pOptions},
			[]catalog.Option{{Name: "encoding", Type: "string", Doc: "7bit, 8bit, quoted-printable or base64 instead of the automatic choice"}},
			"MIMEPart|none", "Replaces the body and sets Content-Transfer-Encoding: 7bit for short-lined ASCII, quoted-printable for mostly-ASCII text, base64 otherwise. None for a multipart.",
			func(a *catalog.Args) (value.Value, error) {
				data, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				opts, err := a.Options(1)
				if err != nil {
					return value.None, err
				}
				enc := ""
				if v := catalog.OptionValue(opts, "encoding", value.None); !v.IsNone() {
					enc = strings.ToLower(v.ToString())
					switch enc {
					case "7bit", "8bit", "quoted-printable", "base64":
					default:
						return value.None, a.Errorf(1, "option encoding must be 7bit, 8bit, quoted-printable or base64, not %s", catalog.Quote(enc))
					}
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				if !p.SetBody([]byte(data), enc) {
					return value.None, nil
				}
				return a.Self, nil
			}),
		fn("getPreamble", nil, nil, "string|none", "Returns the text before the first part of a multipart; none for other parts.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				b, ok := p.Preamble()
				return strOrNone(string(b), ok), nil
			}),
		fn("setPreamble", []catalog.Param{{Name: "data", Type: "string"}}, nil, "MIMEPart|none", "Replaces the text before the first part of a multipart; none for other parts.",
			func(a *catalog.Args) (value.Value, error) {
				s, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				if !p.SetPreamble(s) {
					return value.None, nil
				}
				return a.Self, nil
			}),
		fn("getEpilogue", nil, nil, "string|none", "Returns the text after the last part of a multipart; none for other parts.",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				b, ok := p.Epilogue()
				return strOrNone(string(b), ok), nil
			}),
		fn("setEpilogue", []catalog.Param{{Name: "data", Type: "string"}}, nil, "MIMEPart|none", "Replaces the text after the last part of a multipart; none for other parts.",
			func(a *catalog.Args) (value.Value, error) {
				s, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				if !p.SetEpilogue(s) {
					return value.None, nil
				}
				return a.Self, nil
			}),
		siblingMethod("prependPart", false),
		siblingMethod("appendPart", true),
		fn("replacePart", []catalog.Param{pPart}, nil, "none", "Puts a copy of the given part in this part's place.",
			func(a *catalog.Args) (value.Value, error) {
				n, err := partArg(a, 0)
				if err != nil {
					return value.None, err
				}
				_, p, err := writable(a)
				if err != nil {
					return value.None, err
				}
				p.Replace(n)
				return value.None, nil
			}),
		findMethod("findByType", "type", func(p *Part) (string, bool) { t := p.Type(); return t, t != "" }),
		findMethod("findByFileName", "filename", (*Part).FileName),
		fn("getByID", []catalog.Param{{Name: "id", Type: "string"}}, nil, "MIMEPart|none", "Returns the part with the ID at or below this one; none when there is none.",
			func(a *catalog.Args) (value.Value, error) {
				m, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				id, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				if f := p.ByID(id); f != nil {
					return partValue(m, f), nil
				}
				return value.None, nil
			}),
		fn("getParts", nil, nil, "array", "Returns the children of a multipart part; [] for other parts.",
			func(a *catalog.Args) (value.Value, error) {
				m, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return partList(m, p.children), nil
			}),
		fn("getErrors", nil, nil, "array", "Returns the problems found when reading the part: bad_header (a header line that is not a field) and unclosed_boundary (a multipart without its closing delimiter).",
			func(a *catalog.Args) (value.Value, error) {
				_, p, err := target(a)
				if err != nil {
					return value.None, err
				}
				return strList(p.errors), nil
			}),
	}
	out := map[string]*catalog.Func{}
	for _, f := range ms {
		out[f.Name] = f
	}
	return out
}

func headerArgs(a *catalog.Args) (string, string, *value.Array, error) {
	name, err := a.String(0)
	if err != nil {
		return "", "", nil, err
	}
	if !validName(name) {
		return "", "", nil, a.Errorf(0, "is not a valid header field name")
	}
	val, err := a.String(1)
	if err != nil {
		return "", "", nil, err
	}
	opts, err := a.Options(2)
	if err != nil {
		return "", "", nil, err
	}
	if !optBool(opts, "encode", true) && startsField(val) {
		return "", "", nil, a.Errorf(1, "has a line break that is not followed by a blank, which would start another header field")
	}
	return name, val, opts, nil
}

// startsField reports whether a raw header value has a line break that is
// not a folding point (followed by a space or tab), or ends in one.
func startsField(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] == '\r' || v[i] == '\n' {
			j := i + 1
			if v[i] == '\r' && j < len(v) && v[j] == '\n' {
				j++
			}
			if j >= len(v) || (v[j] != ' ' && v[j] != '\t') {
				return true
			}
			i = j - 1
		}
	}
	return false
}

func siblingMethod(name string, after bool) *catalog.Func {
	where := "before"
	if after {
		where = "after"
	}
	return fn(name, []catalog.Param{pPart, pOptions},
		[]catalog.Option{{Name: "type", Type: "string", Doc: "the multipart type made when this part has no multipart parent (default multipart/mixed)"}},
		"MIMEPart|none", "Inserts a copy of the given part "+where+" this one. On the message itself (or a part without a multipart parent), the content first moves into a new multipart of the given type.",
		func(a *catalog.Args) (value.Value, error) {
			n, err := partArg(a, 0)
			if err != nil {
				return value.None, err
			}
			opts, err := a.Options(1)
			if err != nil {
				return value.None, err
			}
			mtype := "multipart/mixed"
			if v := catalog.OptionValue(opts, "type", value.None); !v.IsNone() {
				mtype = strings.ToLower(v.ToString())
				if !strings.HasPrefix(mtype, "multipart/") {
					return value.None, a.Errorf(1, "option type must be a multipart type, not %s", catalog.Quote(mtype))
				}
			}
			_, p, err := writable(a)
			if err != nil {
				return value.None, err
			}
			p.insertSibling(n, after, mtype)
			return a.Self, nil
		})
}

func findMethod(name, what string, get func(*Part) (string, bool)) *catalog.Func {
	return fn(name, []catalog.Param{{Name: what, Type: "Regex|string"}}, nil, "array",
		"Returns the parts below this one, at any depth, whose "+what+" matches; a string is a case-insensitive regular expression that may match anywhere.",
		func(a *catalog.Args) (value.Value, error) {
			m, p, err := target(a)
			if err != nil {
				return value.None, err
			}
			var re *pcre.Regex
			switch v := a.Get(0).Ref().(type) {
			case *pcre.Regex:
				re = v
			default:
				s, err := a.String(0)
				if err != nil {
					return value.None, a.Errorf(0, "must be a Regex or a string, not %s", a.Get(0).Kind())
				}
				if re, err = pcre.Compile(s, "i"); err != nil {
					return value.None, a.Errorf(0, "is not a valid pattern: %v", err)
				}
			}
			var found []*Part
			for _, d := range p.descendants() {
				s, ok := get(d)
				if !ok {
					continue
				}
				hit, err := re.MatchString(s)
				if err != nil {
					return value.None, err
				}
				if hit {
					found = append(found, d)
				}
			}
			return partList(m, found), nil
		})
}

// messageText returns the message with its changes and a pending Date.
func messageText(m *Message) []byte {
	if m.dateLater {
		m.root.SetHeader("Date", time.Now().Format(time.RFC1123Z), -1, false)
		m.dateLater = false
	}
	return m.Bytes()
}

func messageMethods() map[string]*catalog.Func {
	self := func(a *catalog.Args) (*Message, error) {
		m, ok := a.Self.Ref().(*Message)
		if !ok {
			return nil, a.Fail("must be called on a MailMessage object")
		}
		return m, nil
	}
	ms := []*catalog.Func{
		fn("reset", nil, nil, "number", "Undoes every change and returns how many changes there were.",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				return num(m.Reset()), nil
			}),
		fn("snapshot", nil, nil, "number", "Records the current state and returns its id for restore().",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				return num(m.Snapshot()), nil
			}),
		fn("restore", []catalog.Param{{Name: "id", Type: "number"}}, nil, "boolean", "Goes back to a snapshot; false for an unknown id.",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				id, err := a.Int(0)
				if err != nil {
					return value.None, err
				}
				return value.Bool(m.Restore(id)), nil
			}),
		fn("modifyContent", []catalog.Param{{Name: "start", Type: "number"}, {Name: "count", Type: "number"}, {Name: "data", Type: "string"}}, nil, "MailMessage",
			"Replaces count bytes at offset start of the message (as it is now) with data, and reads the result again.",
			func(a *catalog.Args) (value.Value, error) {
				start, err := a.Int(0)
				if err != nil {
					return value.None, err
				}
				count, err := a.Int(1)
				if err != nil {
					return value.None, err
				}
				data, err := a.String(2)
				if err != nil {
					return value.None, err
				}
				m, _, err := writable(a)
				if err != nil {
					return value.None, err
				}
				if !m.ModifyContent(start, count, data) {
					return value.None, a.Fail("the range %d+%d is outside the message (%d bytes)", start, count, len(m.Bytes()))
				}
				return a.Self, nil
			}),
		fn("toString", nil, nil, "string", "Returns the message with every change applied; an unchanged message gives the bytes it was read from.",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				return str(string(messageText(m))), nil
			}),
		fn("toFile", nil, nil, "File", "Returns the message with every change applied as a File.",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				return value.ObjectValue(files.FromBytes(messageText(m), "")), nil
			}),
		fn("signDKIM", signParams, signOptions, "MailMessage|string|none",
			"Signs the message with DKIM and adds the DKIM-Signature field at the top (or returns it with return_header); with arc, the ARC-Message-Signature field. None when signing fails.",
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				o, ret, err := signArgs(a)
				if err != nil {
					return value.None, err
				}
				field, err := dkim.Sign(messageText(m), o)
				if err != nil {
					return value.None, nil
				}
				name := "DKIM-Signature"
				if o.ARCInstance != 0 {
					name = "ARC-Message-Signature"
				}
				if ret && o.ARCInstance != 0 {
					// The value alone, for addHeader("ARC-Message-Signature", …).
					return str(strings.TrimRight(strings.TrimPrefix(field, name+": "), "\r\n")), nil
				}
				if ret {
					return str(strings.TrimRight(field, "\r\n")), nil
				}
				if m.frozen {
					return value.None, a.Fail("an imported message cannot be changed; copy it with MailMessage::String($message->toString())")
				}
				m.changed()
				m.root.prependRaw(name, field)
				return a.Self, nil
			}),
		fn("verifyDKIM", []catalog.Param{{Name: "headerfield", Type: "string", Doc: "the whole field, name and value, as in the message"}, pOptions},
			[]catalog.Option{
				{Name: "timeout", Type: "number", Doc: "seconds for the key lookup (default 5)"},
				{Name: "dns_function", Type: "function", Doc: "looks up the key instead of DNS: called with the name, returns [\"result\" => TXT string or list] or [\"error\" => \"permerror\"|\"temperror\"]"},
			},
			"array", "Verifies one DKIM-Signature or ARC-Message-Signature field against the message as it is now. The result has \"result\" (pass, permerror or temperror), \"error\" when it did not pass, and \"tags\" (the signature's tags) when they could be read.",
			verifyDKIM),
		fn("send", sendParams, nil, "array", sendDoc,
			func(a *catalog.Args) (value.Value, error) {
				m, err := self(a)
				if err != nil {
					return value.None, err
				}
				return netio.Send(a, messageText(m), 0, 1, 2)
			}),
		fn("queue", []catalog.Param{{Name: "sender", Type: "string|array"}, {Name: "recipient", Type: "string|array"}, {Name: "transportid", Type: "string"}, pOptions}, nil, "array",
			"Queues the message in the MTA; only the MTA has a queue, so this raises an error elsewhere.",
			func(a *catalog.Args) (value.Value, error) {
				return value.None, a.Fail("queueing needs the MTA's queue; it is not available in %s", a.Context())
			}),
	}
	out := map[string]*catalog.Func{}
	for _, f := range ms {
		out[f.Name] = f
	}
	return out
}

// prependRaw puts a ready-made field (with CRLF line endings) at the top.
func (p *Part) prependRaw(name, raw string) {
	if p.nl == "\n" {
		raw = strings.ReplaceAll(raw, "\r\n", "\n")
	}
	p.header = append([]field{{raw: []byte(raw), name: name}}, p.header...)
	p.hdrDirty = true
}

var sendParams = []catalog.Param{
	{Name: "sender", Type: "string|array", Doc: "an address, or [\"localpart\" => …, \"domain\" => …]"},
	{Name: "recipients", Type: "array", Doc: "addresses"},
	{Name: "server", Type: "array", Doc: "host (without it, the MX hosts of the recipients' domain), port (25), helo, protocol (smtp or lmtp), tls, tls_sni, tls_verify_name, tls_verify_host, tls_client_cert, tls_capture_peer_cert, sourceip, saslusername, saslpassword, xclient, mx_include, mx_exclude, timeout, connect_timeout"},
}

const sendDoc = "Delivers the message to an SMTP or LMTP server at once (MAIL, RCPT for each recipient, DATA). The result has " +
	"\"result\" with the reply that ended the transaction (\"state\" such as RCPT or EOD, \"code\", \"enhanced\", " +
	"\"reason\" lines), or \"error\" (\"temporary\", \"reason\") when the server could not be asked; plus " +
	"\"connection\" (localip, remoteip, remotemx), \"tls\" and, with tls_capture_peer_cert, \"peercert\"."

var signParams = []catalog.Param{{Name: "selector", Type: "string"}, {Name: "domain", Type: "string"},
	{Name: "key", Type: "resource|string", Doc: "a private key resource, the key as PEM text, or a pki id with the id option"}, pOptions}

var signOptions = []catalog.Option{
	{Name: "canonicalization_header", Type: "string", Doc: "simple or relaxed (default)"},
	{Name: "canonicalization_body", Type: "string", Doc: "simple or relaxed (default)"},
	{Name: "algorithm", Type: "string", Doc: "rsa-sha256 or ed25519-sha256 (default: from the key)"},
	{Name: "headers", Type: "array", Doc: "exactly the fields to sign"},
	{Name: "additional_headers", Type: "array", Doc: "fields to sign besides the default ones"},
	{Name: "oversign_headers", Type: "array", Doc: "fields signed once more than they occur (default [\"from\"])"},
	{Name: "timestamp", Type: "boolean", Doc: "accepted; the signature always carries its signing time (t=)"},
	{Name: "expiration", Type: "number", Doc: "the absolute expiry time (x=), Unix seconds"},
	{Name: "expiration_relative", Type: "number", Doc: "the expiry as seconds from now"},
	{Name: "identity", Type: "string", Doc: "the i= tag"},
	{Name: "id", Type: "boolean", Doc: "the key string names a key of the configuration's pki.private[]: \"pki:ID\" (or the bare id)"},
	{Name: "return_header", Type: "boolean", Doc: "return the field instead of adding it"},
	{Name: "arc", Type: "number|boolean", Doc: "make an ARC-Message-Signature (RFC 8617) of this ARC instance, 1 to 50 (true means 1); its i= is the instance, so identity is refused, and ARC-Seal may not be signed. With return_header the field's value is returned, without the name"},
}

// signArgs reads the arguments of signDKIM.
func signArgs(a *catalog.Args) (dkim.SignOptions, bool, error) {
	var o dkim.SignOptions
	var err error
	if o.Selector, err = a.String(0); err != nil {
		return o, false, err
	}
	if o.Domain, err = a.String(1); err != nil {
		return o, false, err
	}
	opts, err := a.Options(3)
	if err != nil {
		return o, false, err
	}
	if o.Key, err = keyArg(a, 2, optBool(opts, "id", false)); err != nil {
		return o, false, err
	}
	switch v := catalog.OptionValue(opts, "arc", value.None); {
	case v.IsNone() || v.Kind() == value.KindBool && !v.Truthy():
	case v.Kind() == value.KindBool:
		o.ARCInstance = 1
	case v.Kind() == value.KindNumber && v.AsNumber() == math.Trunc(v.AsNumber()) && v.AsNumber() >= 1 && v.AsNumber() <= dkim.MaxARCInstance:
		o.ARCInstance = int(v.AsNumber())
	default:
		return o, false, a.Errorf(3, "option arc must be an ARC instance number from 1 to %d (or true for 1), not %s", dkim.MaxARCInstance, v.Repr())
	}
	strOpt := func(name string) (string, error) {
		v := catalog.OptionValue(opts, name, value.None)
		if v.IsNone() {
			return "", nil
		}
		if v.Kind() != value.KindString {
			return "", a.Errorf(3, "option %s must be a string", name)
		}
		return v.AsString(), nil
	}
	listOpt := func(name string) ([]string, error) {
		v := catalog.OptionValue(opts, name, value.None)
		if v.IsNone() {
			return nil, nil
		}
		if v.Kind() != value.KindArray {
			return nil, a.Errorf(3, "option %s must be an array of field names", name)
		}
		out := []string{}
		arr := v.AsArray()
		for i := 0; i < arr.Len(); i++ {
			_, e := arr.Entry(i)
			if e.Kind() != value.KindString {
				return nil, a.Errorf(3, "option %s must hold strings", name)
			}
			out = append(out, e.AsString())
		}
		return out, nil
	}
	if o.HeaderCanon, err = strOpt("canonicalization_header"); err != nil {
		return o, false, err
	}
	if o.BodyCanon, err = strOpt("canonicalization_body"); err != nil {
		return o, false, err
	}
	if o.Algorithm, err = strOpt("algorithm"); err != nil {
		return o, false, err
	}
	if o.Identity, err = strOpt("identity"); err != nil {
		return o, false, err
	}
	if o.Headers, err = listOpt("headers"); err != nil {
		return o, false, err
	}
	if o.AdditionalHeaders, err = listOpt("additional_headers"); err != nil {
		return o, false, err
	}
	if o.OversignHeaders, err = listOpt("oversign_headers"); err != nil {
		return o, false, err
	}
	if o.ARCInstance != 0 {
		if err := o.ARCError(); err != nil {
			return o, false, a.Errorf(3, "%v", err)
		}
	}
	if v := catalog.OptionValue(opts, "expiration", value.None); v.Kind() == value.KindNumber {
		o.Expiration = time.Unix(int64(v.AsNumber()), 0)
	}
	if v := catalog.OptionValue(opts, "expiration_relative", value.None); v.Kind() == value.KindNumber {
		o.Expiration = time.Now().Add(time.Duration(v.AsNumber() * float64(time.Second)))
	}
	return o, optBool(opts, "return_header", false), nil
}

// keyArg reads a private key: a key resource or PEM text, or with isID a
// pki id ("pki:ID" or the bare id) of the key store.
func keyArg(a *catalog.Args, i int, isID bool) (crypto.Signer, error) {
	if k, ok := a.Get(i).Ref().(*cryptofn.PrivateKey); ok {
		return k.Key, nil
	}
	s, err := a.String(i)
	if err != nil {
		return nil, a.Errorf(i, "must be a private key resource or PEM text, not %s", a.Get(i).Kind())
	}
	if isID {
		c, err := a.PKIKey(s)
		var ae *catalog.ArgError
		switch {
		case errors.As(err, &ae):
			return nil, err
		case err != nil:
			return nil, a.Errorf(i, "%v", err)
		}
		k, ok := c.PrivateKey.(crypto.Signer)
		if !ok {
			return nil, a.Errorf(i, "names pki id %s, which has no private key", catalog.Quote(s))
		}
		return k, nil
	}
	k, err := cryptofn.ParsePrivateKeyPEM([]byte(s))
	if err != nil {
		return nil, a.Errorf(i, "holds no usable private key: %v", err)
	}
	return k.Key, nil
}

func verifyDKIM(a *catalog.Args) (value.Value, error) {
	m, ok := a.Self.Ref().(*Message)
	if !ok {
		return value.None, a.Fail("must be called on a MailMessage object")
	}
	sig, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	timeout := dns.DefaultTimeout
	if v := catalog.OptionValue(opts, "timeout", value.None); !v.IsNone() {
		if v.Kind() != value.KindNumber || v.AsNumber() <= 0 {
			return value.None, a.Errorf(1, "option timeout must be a positive number of seconds")
		}
		timeout = time.Duration(v.AsNumber() * float64(time.Second))
	}
	var callErr error
	lookup := func(name string) ([]string, error) {
		return dns.LookupTXT(context.Background(), name, timeout)
	}
	if f := catalog.OptionValue(opts, "dns_function", value.None); !f.IsNone() {
		if f.Kind() != value.KindFunction {
			return value.None, a.Errorf(1, "option dns_function must be a function")
		}
		lookup = func(name string) ([]string, error) {
			r, err := a.Call(f, value.String(name))
			if err != nil {
				callErr = err
				return nil, err
			}
			return lookupResult(r)
		}
	}
	res := dkim.Verify(messageText(m), sig, lookup)
	if callErr != nil {
		return value.None, callErr
	}
	out := value.NewArray(3)
	out.Set(value.StrKey("result"), str(res.Result))
	if res.Error != "" {
		out.Set(value.StrKey("error"), str(res.Error))
	}
	if res.Tags != nil {
		tags := value.NewArray(len(res.Tags))
		for _, k := range sortedKeys(res.Tags) {
			tags.Set(value.StrKey(k), str(res.Tags[k]))
		}
		out.Set(value.StrKey("tags"), value.ArrayValue(tags))
	}
	return value.ArrayValue(out), nil
}

// lookupResult converts what a dns_function returned.
func lookupResult(r value.Value) ([]string, error) {
	if r.Kind() != value.KindArray {
		return nil, fmt.Errorf("dns_function must return an array, not %s", r.Kind())
	}
	arr := r.AsArray()
	if e, ok := arr.Get(value.StrKey("error")); ok {
		if e.ToString() == "temperror" {
			return nil, &dkim.TempError{Err: fmt.Errorf("temporary DNS failure")}
		}
		return nil, fmt.Errorf("DNS failure: %s", e.ToString())
	}
	v, ok := arr.Get(value.StrKey("result"))
	if !ok {
		return nil, fmt.Errorf("dns_function returned neither result nor error")
	}
	if v.Kind() == value.KindArray {
		var out []string
		list := v.AsArray()
		for i := 0; i < list.Len(); i++ {
			_, e := list.Entry(i)
			out = append(out, e.ToString())
		}
		return out, nil
	}
	return []string{v.ToString()}, nil
}
