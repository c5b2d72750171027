package mtaonly

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func TestUnavailable(t *testing.T) {
	c := catalog.New()
	Register(c)
	S, N, M, L := stdtest.S, stdtest.N, stdtest.M, stdtest.L
	for name, args := range map[string][]value.Value{
		"queue_suspend":       {M(S("transportid"), S("t")), N(60)},
		"queue_policy":        {L(S("remoteip")), M(), M(S("concurrency"), N(1)), N(60)},
		"queue_policy_delete": {S("id")},
		"queue_quota":         {S("q")},
		"server_concurrency":  {S("inbound")},
	} {
		stdtest.CheckRegistered(t, c, name)
		_, err := stdtest.Call(c, name, args...)
		if err == nil || !strings.Contains(err.Error(), name+"(): available only in the smtpd and queue hooks of the Halon MTA") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}
