package mime

import (
	"bytes"
	"crypto/ed25519"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/cryptofn"
	"github.com/openhsl/hsl/stdlib/files"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var testCat = func() *catalog.Catalog {
	c := catalog.New()
	Register(c)
	files.Register(c)
	return c
}()

// call runs a method of the class of self (or a static when self is a
// class name string) and fails the test on error.
func call(t testing.TB, self value.Value, method string, args ...value.Value) value.Value {
	t.Helper()
	v, err := try(self, method, args...)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return v
}

func try(self value.Value, method string, args ...value.Value) (value.Value, error) {
	var f *catalog.Func
	if self.Kind() == value.KindString {
		f = testCat.Class(self.AsString()).Statics[method]
		self = value.None
	} else {
		f = testCat.Class(self.AsObject().ClassName()).Methods[method]
	}
	if f == nil {
		panic("no method " + method)
	}
	return stdtest.Invoke(&stdtest.Env{}, f, self, args...)
}

func load(t testing.TB, name string) ([]byte, value.Value) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b, call(t, stdtest.S("MailMessage"), "String", stdtest.S(string(b)))
}

var S, N, B = stdtest.S, stdtest.N, stdtest.B

func TestRoundTripUnchanged(t *testing.T) {
	names, _ := filepath.Glob("testdata/*.eml")
	if len(names) < 5 {
		t.Fatal("test messages missing")
	}
	for _, n := range names {
		src, msg := load(t, filepath.Base(n))
		if got := call(t, msg, "toString").AsString(); got != string(src) {
			t.Errorf("%s: toString differs from the input", n)
		}
		// Reading parts, bodies and headers changes nothing.
		for _, p := range entries(call(t, msg, "findByType", S(""))) {
			call(t, p, "getBody")
			call(t, p, "getHeaderNames")
		}
		if got := call(t, msg, "toString").AsString(); got != string(src) {
			t.Errorf("%s: toString differs after reading", n)
		}
	}
}

func TestHeaders(t *testing.T) {
	_, msg := load(t, "nested.eml")
	for _, tc := range []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"getHeader", stdtest.A(S("subject")), `"Grüße aus Köln and more ✓"`},
		{"getHeader", stdtest.A(S("SUBJECT"), stdtest.M(S("decode"), B(false))), `"=?iso-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?= and =?utf-8?q?more_=E2=9C=93?="`},
		// With field, the field as the message has it: not decoded, folded,
		// with its line ending (Halon's S/MIME code joins such fields as they are).
		{"getHeader", stdtest.A(S("From"), stdtest.M(S("field"), B(true))), "\"From: =?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <joe@example.org>\r\n\""},
		{"getHeader", stdtest.A(S("X-LONG"), stdtest.M(S("field"), B(true))), "\"X-Long: a very long header value that goes on and on and on and on and on and on\r\n  and continues on a second line\r\n\""},
		{"getHeaders", stdtest.A(S("from"), stdtest.M(S("field"), B(true), S("decode"), B(true))), "[0=>\"From: =?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <joe@example.org>\r\n\"]"},
		{"getHeader", stdtest.A(S("missing"), stdtest.M(S("field"), B(true))), `none`},
		{"getHeader", stdtest.A(S("x-long")), `"a very long header value that goes on and on and on and on and on and on  and continues on a second line"`},
		{"getHeader", stdtest.A(S("Received")), `"from mail.example.org (mail.example.org [192.0.2.1])	by mx.example.net with ESMTPS id abc123	for <suzie@example.net>; Mon, 1 Jan 2024 10:00:00 +0000"`},
		{"getHeader", stdtest.A(S("missing")), `none`},
		{"getHeader", stdtest.A(S("to"), stdtest.M(S("index"), N(1))), `none`},
		{"getHeaders", stdtest.A(S("to")), `[0=>"Suzie Q <suzie@example.net>, \"Bob, Jr.\" <bob@example.net>"]`},
		{"getHeaders", stdtest.A(S("missing")), `[]`},
		{"getHeaderNames", nil, `[0=>"return-path",1=>"received",2=>"from",3=>"to",4=>"subject",5=>"date",6=>"message-id",7=>"x-long",8=>"mime-version",9=>"content-type"]`},
		{"getType", nil, `"multipart/mixed"`},
		{"getTypeParameter", stdtest.A(S("BOUNDARY")), `"outer-b"`},
		{"getTypeParameter", stdtest.A(S("charset")), `none`},
		{"getID", nil, `"0"`},
		{"getFileName", nil, `none`},
		{"getPreamble", nil, `"This is the preamble."`},
		{"getEpilogue", nil, "\"This is the epilogue.\r\n\""},
		{"getBody", nil, `none`},
		{"getErrors", nil, `[]`},
	} {
		if got := call(t, msg, tc.method, tc.args...).Repr(); got != tc.want {
			t.Errorf("%s%v: got %s, want %s", tc.method, tc.args, got, tc.want)
		}
	}
	if _, err := try(msg, "getHeader", S("x"), stdtest.M(S("index"), N(-1))); err == nil {
		t.Error("negative index accepted")
	}
	if _, err := try(msg, "getHeader", S("x"), stdtest.M(S("bogus"), B(true))); err == nil {
		t.Error("unknown option accepted")
	}
}

func TestParts(t *testing.T) {
	_, msg := load(t, "nested.eml")
	parts := entries(call(t, msg, "getParts"))
	if len(parts) != 3 {
		t.Fatalf("%d parts", len(parts))
	}
	want := []struct{ id, typ, file string }{
		{"1", "multipart/alternative", "none"},
		{"2", "application/octet-stream", `"résumé.bin"`},
		{"3", "message/rfc822", "none"},
	}
	for i, p := range parts {
		if id := call(t, p, "getID").AsString(); id != want[i].id {
			t.Errorf("part %d id %s", i, id)
		}
		if ty := call(t, p, "getType").AsString(); ty != want[i].typ {
			t.Errorf("part %d type %s", i, ty)
		}
		if f := call(t, p, "getFileName").Repr(); f != want[i].file {
			t.Errorf("part %d file %s", i, f)
		}
	}
	alt := entries(call(t, parts[0], "getParts"))
	if got := call(t, alt[0], "getBody").AsString(); got != "Grüße, this is the plain text with a soft break." {
		t.Errorf("qp body %q", got)
	}
	if got := call(t, alt[0], "getBody", stdtest.M(S("decode"), B(false))).AsString(); !strings.Contains(got, "=C3=BC") {
		t.Errorf("raw body %q", got)
	}
	if got := call(t, alt[1], "getBody").AsString(); got != "<html><body><p>Hello</p></body></html>" {
		t.Errorf("base64 body %q", got)
	}
	if got := call(t, parts[1], "getBody").AsString(); got != strings.Repeat(string(byteRange()), 4) {
		t.Errorf("attachment: %d bytes", len(got))
	}
	if id := call(t, alt[1], "getID").AsString(); id != "1.2" {
		t.Errorf("nested id %s", id)
	}
	if got := call(t, msg, "getByID", S("1.2")); call(t, got, "getType").AsString() != "text/html" {
		t.Error("getByID")
	}
	if got := call(t, msg, "getByID", S("9")); !got.IsNone() {
		t.Error("getByID of a missing id")
	}
	if n := call(t, msg, "findByType", S("^text/")).AsArray().Len(); n != 2 {
		t.Errorf("findByType text: %d", n)
	}
	if n := call(t, msg, "findByType", S("TEXT/HTML")).AsArray().Len(); n != 1 {
		t.Errorf("findByType html: %d", n)
	}
	if n := call(t, msg, "findByFileName", S(`\.bin$`)).AsArray().Len(); n != 1 {
		t.Errorf("findByFileName: %d", n)
	}
	if _, err := try(msg, "findByType", S("(")); err == nil {
		t.Error("bad pattern accepted")
	}
	if got := call(t, alt[0], "getPreamble"); !got.IsNone() {
		t.Error("preamble of a leaf")
	}
}

func TestAttachedMessage(t *testing.T) {
	src, msg := load(t, "nested.eml")
	rfc := entries(call(t, msg, "getParts"))[2]
	inner := entries(call(t, rfc, "getParts"))
	if len(inner) != 1 || call(t, inner[0], "getHeader", S("subject")).AsString() != "inner message" || call(t, inner[0], "getID").AsString() != "3.1" {
		t.Fatalf("attached message not parsed")
	}
	if got := call(t, inner[0], "getBody").AsString(); got != "inner body" {
		t.Errorf("inner body %q", got)
	}
	call(t, inner[0], "setHeader", S("Subject"), S("changed inside"))
	out := call(t, msg, "toString").AsString()
	if want := strings.Replace(string(src), "Subject: inner message", "Subject: changed inside", 1); out != want {
		t.Errorf("change inside the attached message:\n%s", out)
	}
	call(t, inner[0], "appendPart", call(t, value.ObjectValue(NewBuilder()), "setBody", S("added")))
	re := call(t, S("MailMessage"), "String", S(call(t, msg, "toString").AsString()))
	in2 := entries(call(t, entries(call(t, re, "getParts"))[2], "getParts"))[0]
	if call(t, in2, "getType").AsString() != "multipart/mixed" || len(entries(call(t, in2, "getParts"))) != 2 {
		t.Errorf("append inside the attached message:\n%s", call(t, re, "toString").AsString())
	}
	call(t, inner[0], "remove")
	if got := call(t, rfc, "getBody").AsString(); got != "" {
		t.Errorf("body after removing the attached message: %q", got)
	}
}

func byteRange() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func TestMalformed(t *testing.T) {
	src, msg := load(t, "malformed.eml")
	if got := call(t, msg, "getErrors").Repr(); got != `[0=>"bad_header",1=>"unclosed_boundary"]` {
		t.Errorf("errors %s", got)
	}
	if got := call(t, msg, "getHeader", S("subject")).AsString(); got != "no space" {
		t.Errorf("subject %q", got)
	}
	if got := call(t, msg, "getHeader", S("x-empty")).Repr(); got != `""` {
		t.Errorf("empty %s", got)
	}
	parts := entries(call(t, msg, "getParts"))
	if len(parts) != 2 {
		t.Fatalf("%d parts", len(parts))
	}
	if got := call(t, parts[1], "getBody").AsString(); !strings.HasPrefix(got, "hello wor") {
		t.Errorf("broken base64 %q", got)
	}
	// A change elsewhere keeps the bad lines as they were.
	call(t, msg, "addHeader", S("X-Seen"), S("1"))
	if got := call(t, msg, "toString").AsString(); got != "X-Seen: 1\r\n"+string(src) {
		t.Errorf("after addHeader:\n%s", got)
	}
}

func TestLFMessage(t *testing.T) {
	src, msg := load(t, "lf.eml")
	call(t, msg, "setHeader", S("Subject"), S("changed"))
	got := call(t, msg, "toString").AsString()
	if want := strings.Replace(string(src), "unix line endings", "changed", 1); got != want {
		t.Errorf("got %q want %q", got, want)
	}
	p := entries(call(t, msg, "getParts"))[0]
	call(t, p, "setBody", S("new body\n"))
	got = call(t, msg, "toString").AsString()
	if strings.Contains(got, "\r") || !strings.Contains(got, "new body\n") {
		t.Errorf("setBody in LF message: %q", got)
	}
}

func TestHeaderChanges(t *testing.T) {
	src := "Received: one\r\nSubject: old\r\nReceived: two\r\nX-A: 1\r\n\r\nbody\r\n"
	msg := call(t, S("MailMessage"), "String", S(src))
	steps := []struct {
		method string
		args   []value.Value
		ret    string
		want   string
	}{
		{"setHeader", stdtest.A(S("subject"), S("new")), "1", "Received: one\r\nsubject: new\r\nReceived: two\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"setHeader", stdtest.A(S("Received"), S("second"), stdtest.M(S("index"), N(1))), "1", "Received: one\r\nsubject: new\r\nReceived: second\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"setHeader", stdtest.A(S("Received"), S("x"), stdtest.M(S("index"), N(5))), "0", "Received: one\r\nsubject: new\r\nReceived: second\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"addHeader", stdtest.A(S("X-Top"), S("ö")), "none", "X-Top: =?utf-8?q?=C3=B6?=\r\nReceived: one\r\nsubject: new\r\nReceived: second\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"addHeader", stdtest.A(S("X-Raw"), S("ö"), stdtest.M(S("encode"), B(false))), "none", "X-Raw: ö\r\nX-Top: =?utf-8?q?=C3=B6?=\r\nReceived: one\r\nsubject: new\r\nReceived: second\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"delHeader", stdtest.A(S("received"), stdtest.M(S("index"), N(0))), "1", "X-Raw: ö\r\nX-Top: =?utf-8?q?=C3=B6?=\r\nsubject: new\r\nReceived: second\r\nX-A: 1\r\n\r\nbody\r\n"},
		{"renameHeader", stdtest.A(S("x-a"), S("X-B")), "1", "X-Raw: ö\r\nX-Top: =?utf-8?q?=C3=B6?=\r\nsubject: new\r\nReceived: second\r\nX-B: 1\r\n\r\nbody\r\n"},
		{"delHeader", stdtest.A(S("x-top")), "1", "X-Raw: ö\r\nsubject: new\r\nReceived: second\r\nX-B: 1\r\n\r\nbody\r\n"},
		{"setHeader", stdtest.A(S("X-New"), S("v")), "1", "X-New: v\r\nX-Raw: ö\r\nsubject: new\r\nReceived: second\r\nX-B: 1\r\n\r\nbody\r\n"},
		{"delHeader", stdtest.A(S("nothing")), "0", "X-New: v\r\nX-Raw: ö\r\nsubject: new\r\nReceived: second\r\nX-B: 1\r\n\r\nbody\r\n"},
	}
	for _, s := range steps {
		if r := call(t, msg, s.method, s.args...).Repr(); r != s.ret {
			t.Errorf("%s%v returned %s, want %s", s.method, s.args, r, s.ret)
		}
		if got := call(t, msg, "toString").AsString(); got != s.want {
			t.Errorf("after %s%v:\n%q\nwant\n%q", s.method, s.args, got, s.want)
		}
	}
	if got := call(t, msg, "getHeader", S("x-top")).Repr(); got != "none" {
		t.Errorf("getters see changes: %s", got)
	}
	for _, bad := range [][]value.Value{{S("Bad Name"), S("v")}, {S(""), S("v")}, {S("X:Y"), S("v")},
		{S("X"), S("a\r\nBcc: evil"), stdtest.M(S("encode"), B(false))}, {S("X"), S("a\n"), stdtest.M(S("encode"), B(false))}} {
		if _, err := try(msg, "addHeader", bad...); err == nil {
			t.Errorf("addHeader%v accepted", bad)
		}
	}
	call(t, msg, "addHeader", S("X-Folded"), S("one\r\n two"), stdtest.M(S("encode"), B(false)))
	if got := call(t, msg, "getHeader", S("x-folded")).AsString(); got != "one two" {
		t.Errorf("folded raw value %q", got)
	}
	call(t, msg, "addHeader", S("X-Inject"), S("a\r\nBcc: evil@example.com"))
	if got := call(t, msg, "getHeaders", S("bcc")).Repr(); got != "[]" {
		t.Errorf("header injection: %s", got)
	}
	// Folding of long encoded values.
	long := strings.Repeat("wörd ", 40)
	call(t, msg, "setHeader", S("Subject"), S(long))
	out := call(t, msg, "toString").AsString()
	for _, line := range strings.Split(out, "\r\n") {
		if len(line) > 78 && strings.HasPrefix(line, " =?") {
			t.Errorf("line too long: %q", line)
		}
	}
	if got := call(t, msg, "getHeader", S("subject")).AsString(); got != strings.TrimSpace(long) && got != long {
		t.Errorf("long subject decodes to %q", got)
	}
}

func TestBodyAndTreeChanges(t *testing.T) {
	src, msg := load(t, "nested.eml")
	parts := entries(call(t, msg, "getParts"))
	alt := entries(call(t, parts[0], "getParts"))
	call(t, alt[0], "setBody", S("plain ascii\r\n"))
	if got := call(t, alt[0], "getHeader", S("content-transfer-encoding")).AsString(); got != "7bit" {
		t.Errorf("cte %s", got)
	}
	call(t, alt[1], "setBody", S(string(byteRange())))
	if got := call(t, alt[1], "getHeader", S("content-transfer-encoding")).AsString(); got != "base64" {
		t.Errorf("cte %s", got)
	}
	if got := call(t, alt[1], "getBody").AsString(); got != string(byteRange()) {
		t.Error("base64 body does not read back")
	}
	call(t, alt[0], "setBody", S("naïve café text"))
	if got := call(t, alt[0], "getHeader", S("content-transfer-encoding")).AsString(); got != "quoted-printable" {
		t.Errorf("cte %s", got)
	}
	if got := call(t, alt[0], "getBody").AsString(); got != "naïve café text" {
		t.Errorf("qp readback %q", got)
	}
	if r := call(t, parts[0], "setBody", S("x")); !r.IsNone() {
		t.Error("setBody on a multipart")
	}
	call(t, parts[2], "remove")
	call(t, msg, "setPreamble", S("New preamble"))
	call(t, msg, "setEpilogue", S(""))
	out := call(t, msg, "toString").AsString()
	re := call(t, S("MailMessage"), "String", S(out))
	if n := call(t, re, "getParts").AsArray().Len(); n != 2 {
		t.Errorf("after remove: %d parts", n)
	}
	if got := call(t, re, "getPreamble").AsString(); got != "New preamble" {
		t.Errorf("preamble %q", got)
	}
	// The untouched attachment keeps its bytes.
	attStart := bytes.Index(src, []byte("Content-Type: application/octet-stream"))
	attEnd := bytes.Index(src[attStart:], []byte("--outer-b")) + attStart
	if !strings.Contains(out, string(src[attStart:attEnd])) {
		t.Error("the attachment bytes changed")
	}
	// Reset brings back the original.
	if n := call(t, msg, "reset").AsNumber(); n != 7 {
		t.Errorf("reset counted %v changes", n)
	}
	if call(t, msg, "toString").AsString() != string(src) {
		t.Error("reset did not restore the original")
	}
}

func TestAppendAndReplace(t *testing.T) {
	msg := call(t, S("MailMessage"), "String", S("From: a@example.org\r\nSubject: s\r\nContent-Type: text/plain\r\n\r\nhello\r\n"))
	att := call(t, value.ObjectValue(NewBuilder()), "setType", S("application/pdf"))
	call(t, att, "setFileName", S("a.pdf"))
	call(t, att, "setBody", S("%PDF-1.4 binary \x00\x01"))
	call(t, msg, "appendPart", att)
	out := call(t, msg, "toString").AsString()
	re := call(t, S("MailMessage"), "String", S(out))
	if got := call(t, re, "getType").AsString(); got != "multipart/mixed" {
		t.Fatalf("type %s\n%s", got, out)
	}
	ps := entries(call(t, re, "getParts"))
	if len(ps) != 2 || call(t, ps[0], "getBody").AsString() != "hello\r\n" || call(t, ps[1], "getFileName").AsString() != "a.pdf" {
		t.Fatalf("parts wrong:\n%s", out)
	}
	if got := call(t, re, "getHeader", S("subject")).AsString(); got != "s" {
		t.Errorf("subject moved: %q", got)
	}
	if got := call(t, ps[1], "getBody").AsString(); got != "%PDF-1.4 binary \x00\x01" {
		t.Errorf("attachment %q", got)
	}
	// prependPart on a child inserts before it.
	note := call(t, value.ObjectValue(NewBuilder()), "setBody", S("note"))
	call(t, ps[1], "prependPart", note)
	ps = entries(call(t, re, "getParts"))
	if len(ps) != 3 || call(t, ps[1], "getBody").AsString() != "note" {
		t.Error("prependPart")
	}
	call(t, ps[1], "replacePart", call(t, value.ObjectValue(NewBuilder()), "setBody", S("replaced")))
	ps = entries(call(t, re, "getParts"))
	if call(t, ps[1], "getBody").AsString() != "replaced" {
		t.Error("replacePart")
	}
	if _, err := try(msg, "remove"); err == nil {
		t.Error("removing the message itself")
	}
	if _, err := try(msg, "appendPart", S("x")); err == nil {
		t.Error("appendPart of a string")
	}
}

func TestSnapshots(t *testing.T) {
	msg := call(t, S("MailMessage"), "String", S("Subject: a\r\n\r\nb"))
	call(t, msg, "setHeader", S("Subject"), S("1"))
	id := call(t, msg, "snapshot")
	call(t, msg, "setHeader", S("Subject"), S("2"))
	if !call(t, msg, "restore", id).AsBool() {
		t.Fatal("restore failed")
	}
	if got := call(t, msg, "getHeader", S("subject")).AsString(); got != "1" {
		t.Errorf("after restore: %s", got)
	}
	if call(t, msg, "restore", N(9)).AsBool() {
		t.Error("restore of an unknown id")
	}
	call(t, msg, "modifyContent", N(0), N(10), S("Subject: modified"))
	if got := call(t, msg, "getHeader", S("subject")).AsString(); got != "modified" {
		t.Errorf("modifyContent: %q", got)
	}
	if _, err := try(msg, "modifyContent", N(0), N(1000), S("")); err == nil {
		t.Error("modifyContent out of range")
	}
	call(t, msg, "setDateLater")
	if got := call(t, msg, "toString").AsString(); !strings.Contains(got, "Date: ") {
		t.Errorf("setDateLater: %q", got)
	}
}

func TestBuilder(t *testing.T) {
	b := value.ObjectValue(NewBuilder())
	call(t, b, "addHeader", S("Subject"), S("Hej på dig"))
	call(t, b, "addHeader", S("From"), S("a@example.org"))
	call(t, b, "setType", S("multipart/mixed"))
	call(t, b, "setBoundary", S("BOUNDARY"))
	call(t, b, "setDate", N(0))
	txt := call(t, value.ObjectValue(NewBuilder()), "setBody", S("Hello\nworld"))
	att := call(t, value.ObjectValue(NewBuilder()), "setType", S("image/png"))
	call(t, att, "setFileName", S("bild ö.png"))
	call(t, att, "setBody", S("\x89PNG\r\n\x1a\n"))
	call(t, b, "appendPart", txt)
	call(t, b, "appendPart", att)
	out := call(t, b, "toString").AsString()
	for _, want := range []string{
		"Subject: =?utf-8?q?Hej_p=C3=A5_dig?=\r\n", "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n", "MIME-Version: 1.0\r\n",
		"Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n", "--BOUNDARY\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHello\r\nworld",
		"Content-Disposition: attachment; filename*=utf-8''bild%20%C3%B6.png", "--BOUNDARY--\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	msg := call(t, S("MailMessage"), "String", S(out))
	ps := entries(call(t, msg, "getParts"))
	if len(ps) != 2 || call(t, ps[1], "getFileName").AsString() != "bild ö.png" || call(t, ps[1], "getBody").AsString() != "\x89PNG\r\n\x1a\n" {
		t.Errorf("parsed back wrong:\n%s", out)
	}
	if call(t, ps[0], "getBody").AsString() != "Hello\r\nworld" {
		t.Errorf("text %q", call(t, ps[0], "getBody").AsString())
	}
	if _, err := try(b, "appendPart", b); err == nil {
		t.Error("a part inside itself")
	}
	if _, err := try(b, "setType", S("nonsense")); err == nil {
		t.Error("bad type accepted")
	}
	f := call(t, b, "toFile")
	if got := call(t, f, "read").AsString(); !strings.HasPrefix(got, "Subject:") {
		t.Errorf("toFile %q", got)
	}
	if _, err := try(b, "queue", S("a"), S("b"), S("t")); err == nil || !strings.Contains(err.Error(), "MTA") {
		t.Errorf("queue: %v", err)
	}
}

func TestFromFileAndImport(t *testing.T) {
	src, _ := os.ReadFile("testdata/8bit.eml")
	f := value.ObjectValue(files.FromBytes(src, "8bit.eml"))
	msg := call(t, S("MailMessage"), "File", f)
	if got := call(t, msg, "getBody").AsString(); !strings.HasPrefix(got, "Räksmörgås") {
		t.Errorf("8bit body %q", got)
	}
	imp := testCat.Importer(".eml")
	v, err := imp(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := call(t, v, "getHeader", S("subject")).AsString(); got != "8bit" {
		t.Errorf("imported subject %q", got)
	}
	if _, err := try(v, "setHeader", S("Subject"), S("x")); err == nil || !strings.Contains(err.Error(), "imported") {
		t.Errorf("imported message changed: %v", err)
	}
	if call(t, v, "toString").AsString() != string(src) {
		t.Error("imported message text")
	}
}

func TestDKIM(t *testing.T) {
	seed := bytes.Repeat([]byte{7}, 32)
	key := ed25519.NewKeyFromSeed(seed)
	der, _ := x509.MarshalPKCS8PrivateKey(key)
	pemKey := string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
	pub := base64.StdEncoding.EncodeToString(key.Public().(ed25519.PublicKey))
	lookups := 0
	dnsFn := stdtest.Fn(func(args ...value.Value) (value.Value, error) {
		lookups++
		if args[0].AsString() != "sel._domainkey.example.org" {
			return stdtest.M(S("error"), S("permerror")), nil
		}
		return stdtest.M(S("result"), S("v=DKIM1; k=ed25519; p="+pub)), nil
	})
	_, msg := load(t, "nested.eml")
	r := call(t, msg, "signDKIM", S("sel"), S("example.org"), S(pemKey), stdtest.M(S("return_header"), B(true)))
	if !strings.HasPrefix(r.AsString(), "DKIM-Signature: ") {
		t.Fatalf("return_header: %s", r.Repr())
	}
	res := call(t, msg, "verifyDKIM", r, stdtest.M(S("dns_function"), dnsFn))
	if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "pass" {
		t.Errorf("verify: %s", res.Repr())
	}
	// Signing adds the field; a key resource works too.
	rk, _ := cryptofn.NewPrivateKey(key)
	call(t, msg, "signDKIM", S("sel"), S("example.org"), value.ResourceValue(rk), stdtest.M(S("canonicalization_body"), S("simple"), S("headers"), stdtest.L(S("from"), S("subject"))))
	sig := call(t, msg, "getHeader", S("DKIM-Signature"), stdtest.M(S("field"), B(true), S("decode"), B(false))).AsString()
	res = call(t, msg, "verifyDKIM", S(sig), stdtest.M(S("dns_function"), dnsFn))
	if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "pass" {
		t.Errorf("verify added signature: %s", res.Repr())
	}
	call(t, msg, "setHeader", S("Subject"), S("changed"))
	res = call(t, msg, "verifyDKIM", S(sig), stdtest.M(S("dns_function"), dnsFn))
	if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "permerror" {
		t.Errorf("changed subject still verifies: %s", res.Repr())
	}
	// Errors: a bad key and unsupported options.
	if _, err := try(msg, "signDKIM", S("s"), S("d"), S("not a key")); err == nil {
		t.Error("bad key accepted")
	}
	if _, err := try(msg, "signDKIM", S("s"), S("d"), S(pemKey), stdtest.M(S("arc"), N(0))); err == nil {
		t.Error("arc 0 accepted")
	}
	if r := call(t, msg, "signDKIM", S("s"), S("d"), S(pemKey), stdtest.M(S("algorithm"), S("rsa-sha256"))); !r.IsNone() {
		t.Error("mismatched algorithm should give none")
	}
	// The MIME builder signs when written out.
	b := value.ObjectValue(NewBuilder())
	call(t, b, "addHeader", S("From"), S("a@example.org"))
	call(t, b, "setBody", S("hi"))
	call(t, b, "signDKIM", S("sel"), S("example.org"), S(pemKey))
	out := call(t, b, "toString").AsString()
	m2 := call(t, S("MailMessage"), "String", S(out))
	sig = call(t, m2, "getHeader", S("DKIM-Signature"), stdtest.M(S("field"), B(true), S("decode"), B(false))).AsString()
	res = call(t, m2, "verifyDKIM", S(sig), stdtest.M(S("dns_function"), dnsFn))
	if got, _ := res.AsArray().Get(value.StrKey("result")); got.AsString() != "pass" {
		t.Errorf("builder signature: %s\n%s", res.Repr(), out)
	}
	if lookups == 0 {
		t.Error("dns_function not called")
	}
}

func TestLargeAttachment(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 20<<20/16)
	b := value.ObjectValue(NewBuilder())
	call(t, b, "setType", S("multipart/mixed"))
	att := call(t, value.ObjectValue(NewBuilder()), "setType", S("application/octet-stream"))
	call(t, att, "setBody", S(string(data)))
	call(t, b, "appendPart", att)
	out := call(t, b, "toString").AsString()
	msg := call(t, S("MailMessage"), "String", S(out))
	p := entries(call(t, msg, "getParts"))
	if len(p) != 1 || call(t, p[0], "getBody").AsString() != string(data) {
		t.Fatal("20 MB attachment does not read back")
	}
	if call(t, msg, "toString").AsString() != out {
		t.Error("20 MB message not kept byte for byte")
	}
}

func TestNoPanic(t *testing.T) {
	// Every method with odd arguments, on each kind of object.
	_, msg := load(t, "nested.eml")
	part := entries(call(t, msg, "getParts"))[0]
	objs := []value.Value{msg, part, value.ObjectValue(NewBuilder())}
	odd := []value.Value{value.None, S(""), S("x"), N(-1), N(1e9), B(true), stdtest.L(), stdtest.M(S("index"), N(2)), msg}
	for _, o := range objs {
		cl := testCat.Class(o.AsObject().ClassName())
		for name, f := range cl.Methods {
			if name == "remove" || name == "reset" {
				continue
			}
			for _, x := range odd {
				for _, y := range odd {
					args := []value.Value{x, y}[:min(2, max(f.MinArgs(), 0)+1)]
					if f.MaxArgs() >= 0 && len(args) > f.MaxArgs() {
						args = args[:f.MaxArgs()]
					}
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Errorf("%s->%s%v panicked: %v", cl.Name, name, args, r)
							}
						}()
						_, _ = try(o, name, args...)
					}()
				}
			}
		}
	}
}

// FuzzParse checks that any input parses without a panic and that an
// unchanged message serialises to its input.
func FuzzParse(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.eml")
	for _, n := range names {
		b, _ := os.ReadFile(n)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m := Parse(data)
		if !bytes.Equal(m.Bytes(), data) {
			t.Fatal("round trip")
		}
		for _, p := range append(m.root.descendants(), m.root) {
			p.Body(true)
			p.FileName()
			p.HeaderValues("subject", true)
		}
		m.root.AddHeader("X-Fuzz", "1", true)
		Parse(m.Bytes())
	})
}

func BenchmarkParseAndHeader(b *testing.B) {
	src, err := os.ReadFile("testdata/nested.eml")
	if err != nil {
		b.Fatal(err)
	}
	// Grow the message to about 100 KB with more text in the epilogue.
	big := append(append([]byte(nil), src...), bytes.Repeat([]byte("filler line of the epilogue text\r\n"), 100<<10/34)...)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		m := Parse(big)
		if v := m.root.HeaderValues("subject", true); len(v) != 1 {
			b.Fatal("no subject")
		}
	}
}

// entries returns the values of an array value.
func entries(v value.Value) []value.Value {
	a := v.AsArray()
	out := make([]value.Value, a.Len())
	for i := range out {
		_, out[i] = a.Entry(i)
	}
	return out
}

// An imported message is shared by every execution: concurrent reads must
// be safe.
func TestImportedConcurrentReads(t *testing.T) {
	src, _ := os.ReadFile("testdata/nested.eml")
	v, err := testCat.Importer(".eml")(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			defer func() { done <- true }()
			for j := 0; j < 50; j++ {
				if _, err := try(v, "getHeader", S("subject")); err != nil {
					t.Error(err)
				}
				parts, _ := try(v, "findByType", S("text"))
				for _, p := range entries(parts) {
					_, _ = try(p, "getBody")
				}
				if s, _ := try(v, "toString"); s.AsString() != string(src) {
					t.Error("toString changed")
				}
			}
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}

func TestDecodeWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"=?utf-8?q?caf=C3=A9?=", "café"},
		{"=?iso-8859-1?Q?=E5?= x", "å x"},
		{"=?UTF-8*sv?Q?p=C3=A5?= =?iso-8859-1*en?Q?=E5?=", "påå"},
		{"=?x-none?Q?a?=", "=?x-none?Q?a?="},
	} {
		if got := decodeWords(tc.in); got != tc.want {
			t.Errorf("decodeWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
