package hashing

import (
	"regexp"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func TestDigests(t *testing.T) {
	bin := opts("binary", value.Bool(true))
	tests := []struct {
		name string
		args []value.Value
		want string
	}{
		{"md5", []value.Value{s("")}, "d41d8cd98f00b204e9800998ecf8427e"},
		{"md5", []value.Value{s("abc")}, "900150983cd24fb0d6963f7d28e17f72"},
		{"md5", []value.Value{s("abc"), value.None}, "900150983cd24fb0d6963f7d28e17f72"},
		{"sha1", []value.Value{s("abc")}, "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"sha1", []value.Value{s("abc"), bin}, "\xa9\x99\x3e\x36\x47\x06\x81\x6a\xba\x3e\x25\x71\x78\x50\xc2\x6c\x9c\xd0\xd8\x9d"},
		{"sha2", []value.Value{s("abc"), n(224)}, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"},
		{"sha2", []value.Value{s("abc"), n(256)}, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"sha2", []value.Value{s("abc"), n(384)}, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{"sha2", []value.Value{s("abc"), n(512)}, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{"sha2", []value.Value{s("\xff\x00"), n(256)}, "ea5dbf9596d187e9500f23e9a680109475341cf4e81f7e043f7d97152c10772f"},
		{"hmac_md5", []value.Value{s("Jefe"), s("what do ya want for nothing?")}, "750c783e6ab0b503eaa86e310a5db738"},
		{"hmac_sha1", []value.Value{s("Jefe"), s("what do ya want for nothing?")}, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
		{"hmac_sha2", []value.Value{s("Jefe"), s("what do ya want for nothing?"), n(256)}, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
		{"hash", []value.Value{s("hello")}, "907060870"},
		{"hash", []value.Value{s("")}, "0"},
		{"crypt", []value.Value{s("Hello world!"), s("$5$saltstring")}, "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5"},
		{"crypt", []value.Value{s("Hello world!"), s("$6$saltstring")}, "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"},
		{"crypt", []value.Value{s("Hello world!"), s("$6$rounds=10000$saltstringsaltstring")}, "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."},
		{"crypt", []value.Value{s("secret"), s("$5$rounds=1000$a$JdAKMvsrk7egGbpqdXqpKD4FMOs3L5rCSG.Wjkzh2n3")}, "$5$rounds=1000$a$JdAKMvsrk7egGbpqdXqpKD4FMOs3L5rCSG.Wjkzh2n3"},
		{"crypt", []value.Value{s("x"), s("$5$rounds=10$toolongsaltstringabcdef")}, "$5$rounds=1000$toolongsaltstrin$o317krjGr/ohPq1bLK40jDFrGZDbB.e0PJIEIQVzOND"},
		{"crypt", []value.Value{s("Hello world!"), s("$1$saltstr")}, "$1$saltstr$QM9HTGmcCulEKt42JFhZ/."},
		{"crypt", []value.Value{s("pässwörd-very-long-password-more-than-16"), s("$1$abc$")}, "$1$abc$9ekUjexnNl8rgA0PN3aCo0"},
		{"crypt", []value.Value{s("x"), s("$1$longersaltthan8")}, "$1$longersa$OJGtX8WlEwXkx64HRiVY6/"},
		{"uuidv5", []value.Value{s("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), s("example.org")}, "aad03681-8b63-5304-89e0-8ca8f49461b5"},
	}
	for _, tc := range tests {
		got, err := call(t, tc.name, tc.args...)
		if err != nil {
			t.Errorf("%s(%v): %v", tc.name, tc.args, err)
			continue
		}
		if got.ToString() != tc.want {
			t.Errorf("%s(%v) = %q, want %q", tc.name, tc.args, got.ToString(), tc.want)
		}
	}
}

func TestNoneResults(t *testing.T) {
	for _, salt := range []string{"ab", "$2b$10$abcdefghijklmnopqrstuu", "", "$5$rounds=x$a"} {
		got, err := call(t, "crypt", s("pw"), s(salt))
		if err != nil || !got.IsNone() {
			t.Errorf("crypt(pw, %q) = %s, %v; want none", salt, got.Repr(), err)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		args []value.Value
		want string
	}{
		{"md5", []value.Value{value.None}, "($message) must be a string, not none"},
		{"md5", []value.Value{n(1)}, "must be a string, not number"},
		{"sha1", []value.Value{s("a"), opts("hex", value.Bool(true))}, "unknown option"},
		{"sha1", []value.Value{s("a"), s("binary")}, "must be an array"},
		{"sha2", []value.Value{s("a"), n(128)}, "must be 224, 256, 384 or 512, not 128"},
		{"sha2", []value.Value{s("a"), s("256")}, "must be a number"},
		{"hmac_sha2", []value.Value{s("k"), s("m"), n(1)}, "must be 224"},
		{"hmac_md5", []value.Value{n(1), s("m")}, "($key) must be a string"},
		{"random_bytes", []value.Value{n(-1)}, "between 0 and 1048576"},
		{"random_bytes", []value.Value{n(MaxRandomBytes + 1)}, "between 0 and"},
		{"random_bytes", []value.Value{n(1.5)}, "integer"},
		{"random_number", []value.Value{n(1)}, "needs both"},
		{"random_number", []value.Value{n(5), n(1)}, "greater than"},
		{"uuidv5", []value.Value{s("nope"), s("x")}, "is not a UUID"},
	}
	for _, tc := range tests {
		_, err := call(t, tc.name, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s(%v): error %v, want it to contain %q", tc.name, tc.args, err, tc.want)
		}
	}
}

func TestRandom(t *testing.T) {
	for _, k := range []float64{0, 1, 16, MaxRandomBytes} {
		b, err := call(t, "random_bytes", n(k))
		if err != nil || len(b.AsString()) != int(k) {
			t.Errorf("random_bytes(%v) has %d bytes, %v", k, len(b.AsString()), err)
		}
	}
	seen := map[float64]bool{}
	for i := 0; i < 300; i++ {
		r, err := call(t, "random_number", n(-2), n(2))
		if err != nil {
			t.Fatal(err)
		}
		f := r.AsNumber()
		if f < -2 || f > 2 || f != float64(int(f)) {
			t.Fatalf("random_number(-2, 2) = %v", f)
		}
		seen[f] = true
		d, _ := call(t, "random_number")
		if x := d.AsNumber(); x < 0 || x > 1 {
			t.Fatalf("random_number() = %v", x)
		}
	}
	if len(seen) != 5 {
		t.Errorf("random_number(-2, 2) produced only %v in 300 draws", seen)
	}
	if r, _ := call(t, "random_number", n(7), n(7)); r.AsNumber() != 7 {
		t.Errorf("random_number(7, 7) = %v", r.AsNumber())
	}
	if r, _ := call(t, "random_number", n(0), n(1<<53)); r.AsNumber() < 0 {
		t.Errorf("random_number over a wide range = %v", r.AsNumber())
	}
}

func TestLegacyAlias(t *testing.T) {
	if cat.Func("rand") != cat.Func("random_number") {
		t.Error("rand is not an alias of random_number")
	}
}

func TestUUID(t *testing.T) {
	re := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	a, _ := call(t, "uuid")
	b, _ := call(t, "uuid")
	if !re.MatchString(a.AsString()) || a.AsString() == b.AsString() {
		t.Errorf("uuid() = %q, %q", a.AsString(), b.AsString())
	}
}

func BenchmarkSha256OneMiB(b *testing.B) {
	msg := s(strings.Repeat("x", 1<<20))
	size := n(256)
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := call(b, "sha2", msg, size); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNoPanic(t *testing.T) { stdtest.NoPanic(t, cat) }
