package mime_test

import (
	"crypto/ed25519"
	"encoding/base64"
	"testing"

	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// TestHSLARCMessageSignature runs the ARC-Message-Signature flow of an
// ARC sealer in HSL: sign with arc and return_header, add the value with
// addHeader, read the field back with getHeaders and verify it.
func TestHSLARCMessageSignature(t *testing.T) {
	kp := stdtest.NewKeyPair(t, "ed25519", "arc", nil)
	txt := "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(kp.Key.Public().(ed25519.PublicKey))
	msg := "DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=x; h=from; bh=x; b=y\r\n" +
		"From: a@example.org\r\nTo: b@example.net\r\nSubject: hello\r\n\r\nSome text.\r\n"
	src := `$data = ` + quote(msg) + `; $key = ` + quote(string(kp.KeyPEM)) + `; $txt = ` + quote(txt) + `;
		$dns = function ($name) closure ($txt) {
			if ($name == "sel._domainkey.example.org") return ["result" => $txt];
			return ["error" => "permerror"];
		};
		foreach (["relaxed", "simple"] as $c) {
			$m = MailMessage::String($data);
			$ams = $m->signDKIM("sel", "example.org", $key, ["arc" => 1, "return_header" => true,
				"additional_headers" => ["DKIM-Signature"], "canonicalization_header" => $c]);
			$m->addHeader("ARC-Message-Signature", $ams, ["encode" => false]);
			$field = $m->getHeaders("ARC-Message-Signature", ["field" => true])[0];
			$r = $m->verifyDKIM($field, ["dns_function" => $dns]);
			echo $c . " " . $r["result"] . " i=" . $r["tags"]["i"] . " h=" . $r["tags"]["h"];
			$m->setHeader("Subject", "changed");
			$r = $m->verifyDKIM($field, ["dns_function" => $dns]);
			echo $r["result"] . ": " . $r["error"];
		}
		try { MailMessage::String($data)->signDKIM("sel", "example.org", $key, ["arc" => 51]); } catch ($e) { echo "error"; }`
	want := "relaxed pass i=1 h=from:subject:to:DKIM-Signature:from\npermerror: the signature did not verify\n" +
		"simple pass i=1 h=from:subject:to:DKIM-Signature:from\npermerror: the signature did not verify\nerror\n"
	if got := run(t, src, nil); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
