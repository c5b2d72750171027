package mime_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/stdlib"
)

// run compiles and runs HSL source with the core catalogue and returns what
// it echoed.
func run(t *testing.T, src string, files map[string][]byte) string {
	t.Helper()
	prog, diags := interp.Compile("test.hsl", []byte(src), interp.Options{Catalog: stdlib.Core(), Files: files})
	if diags.HasErrors() {
		t.Fatalf("compile: %v", diags)
	}
	var out bytes.Buffer
	if err := prog.Run(context.Background(), interp.RunOptions{Stdout: &out}); err != nil {
		t.Fatalf("run: %v\noutput so far: %s", err, out.String())
	}
	return out.String()
}

func TestHSLScripts(t *testing.T) {
	msg := "From: a@example.org\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=x.pdf\r\n\r\n%PDF\r\n--b--\r\n"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"parse and read", `
			$m = MailMessage::String($data);
			echo $m->getHeader("subject");
			foreach ($m->findByType("pdf") as $p) echo $p->getFileName() . " " . $p->getID();
			echo $m->toString() === $data;`, "café\nx.pdf 2\ntrue\n"},
		{"change", `
			$m = MailMessage::String($data);
			$m->setHeader("Subject", "new");
			$m->getParts()[1]->remove();
			$m2 = MailMessage::String($m->toString());
			echo $m2->getHeader("subject") . " " . length($m2->getParts());
			echo $m->reset();`, "new 1\n2\n"},
		{"builder", `
			$b = MIME()->setType("multipart/alternative")
				->addHeader("Subject", "Hi")
				->appendPart(MIME()->setType("text/plain")->setBody("plain"))
				->appendPart(MIME()->setType("text/html")->setBody("<b>x</b>"));
			$m = MailMessage::String($b->toString());
			echo $m->getType();
			echo $m->getParts()[1]->getBody();`, "multipart/alternative\n<b>x</b>\n"},
		{"declared transfer encoding", `
			$der = "\x30\x80\x06\x09\xff\x00";
			$s = MIME()->addHeader("Content-Type", "application/pkcs7-signature")
				->addHeader("Content-Transfer-Encoding", "Base64")->setBody($der);
			$out = $s->toString();
			echo str_find($out, base64_encode($der)) > 0;
			echo length(pcre_match_all(#/Content-Transfer-Encoding/i, $out)[0]);
			echo MailMessage::String($out)->getBody() === $der;
			$q = MIME()->addHeader("Content-Transfer-Encoding", "quoted-printable")->setBody("caf\xc3\xa9");
			echo str_find($q->toString(), "caf=C3=A9") > 0;
			$raw = MIME()->addHeader("Content-Transfer-Encoding", "8bit")->setBody("caf\xc3\xa9");
			echo str_find($raw->toString(), "caf\xc3\xa9") > 0;`, "true\n1\ntrue\ntrue\ntrue\n"},
		{"import and file", `
			import $imported from "message.eml";
			echo $imported->getHeader("subject");
			$f = File::String("line1\nline2");
			echo $f->readline() . "," . $f->readline();
			echo $f->readline();
			try { $imported->setHeader("X", "y"); } catch ($e) { echo "read-only"; }`, "café\nline1,line2\nfalse\nread-only\n"},
		{"mta only", `
			try { queue_policy(["remoteip"], [], ["concurrency" => 1], 60); } catch ($e) { echo $e->message(); }`,
			"queue_policy(): available only in the smtpd and queue hooks of the Halon MTA, not in the \"core\" context\n"},
	} {
		src := `$data = ` + quote(msg) + `;` + tc.src
		if got := run(t, src, map[string][]byte{"message.eml": []byte(msg)}); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// quote renders s as an HSL double-quoted string literal.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", `\r`, "\n", `\n`, "$", `\$`)
	return `"` + r.Replace(s) + `"`
}
