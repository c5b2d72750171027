package dkim

import (
	"bytes"
	"testing"
)

func TestLFMessages(t *testing.T) {
	crlf := []byte("From: a@example.org\r\nSubject: s\r\n\r\nline one\r\nline two\r\n")
	lf := bytes.ReplaceAll(crlf, []byte("\r\n"), []byte("\n"))
	for _, c := range []string{"simple", "relaxed"} {
		o := SignOptions{Selector: "ed", Domain: "example.org", Key: edKey(t), HeaderCanon: c, BodyCanon: c}
		sigLF, err := Sign(lf, o)
		if err != nil {
			t.Fatal(err)
		}
		// Signed with LF endings, verified as sent over SMTP (CRLF), and the other way round.
		if r := Verify(crlf, sigLF, lookup); r.Result != "pass" {
			t.Errorf("%s: LF-signed, CRLF-verified: %+v", c, r)
		}
		if r := Verify(lf, sigLF, lookup); r.Result != "pass" {
			t.Errorf("%s: LF-signed, LF-verified: %+v", c, r)
		}
	}
}
