package main

import "testing"

// The eod hook's $arguments["mail"] is an EODMailMessage, which has every
// MailMessage method besides queue.
func TestEODMailMessageMethods(t *testing.T) {
	c := newHSLChecker()
	src := "$subject = $arguments[\"mail\"]->getHeader(\"subject\");\necho $subject;\n$arguments[\"mail\"]->queue(\"a@example.com\", \"b@example.com\", \"mx\");\nAccept();\n"
	files := map[string][]byte{"src/hooks/eod/h.hsl": []byte(src)}
	if got := diagText(c.Check(files, "src/hooks/eod/h.hsl", "eod")); got != "" {
		t.Errorf("diagnostics:\n%s", got)
	}
	for _, ctx := range []string{"eod", ""} {
		cl := c.catalogs[ctx].Class("EODMailMessage")
		if cl == nil {
			t.Errorf("%q: no EODMailMessage", ctx)
			continue
		}
		for _, m := range []string{"getHeader", "setBody", "signDKIM", "queue"} {
			if cl.Methods[m] == nil {
				t.Errorf("%q: EODMailMessage has no method %s", ctx, m)
			}
		}
	}
	if c.catalogs["connect"].Class("EODMailMessage") != nil {
		t.Errorf("connect has EODMailMessage")
	}
}
