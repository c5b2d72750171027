package hashing

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"hash"
	"strconv"
	"strings"
)

// The crypt(3) methods implemented here are the ones found in password
// databases today: MD5-crypt ($1$), SHA-256-crypt ($5$) and SHA-512-crypt
// ($6$). Their algorithms are public specifications; this is our own code.

const cryptAlphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

var errCryptMethod = errors.New("unsupported crypt method (supported: $1$, $5$, $6$)")

// Crypt hashes key with the method and salt named by salt, which may be a
// whole earlier result of Crypt (so that Crypt(pw, h) == h checks a password).
func Crypt(key, salt string) (string, error) {
	switch {
	case strings.HasPrefix(salt, "$1$"):
		return md5Crypt(key, salt[3:]), nil
	case strings.HasPrefix(salt, "$5$"):
		return shaCrypt(key, salt[3:], "$5$", sha256.New, sha256Order)
	case strings.HasPrefix(salt, "$6$"):
		return shaCrypt(key, salt[3:], "$6$", sha512.New, sha512Order)
	}
	return "", errCryptMethod
}

// b64 appends n characters encoding the 24-bit value w, low bits first.
func b64(b *strings.Builder, w uint32, n int) {
	for ; n > 0; n-- {
		b.WriteByte(cryptAlphabet[w&0x3f])
		w >>= 6
	}
}

// saltPart returns the salt up to the first '$', at most max bytes.
func saltPart(s string, max int) string {
	if i := strings.IndexByte(s, '$'); i >= 0 {
		s = s[:i]
	}
	if len(s) > max {
		s = s[:max]
	}
	return s
}

func md5Crypt(key, rest string) string {
	salt := saltPart(rest, 8)
	alt := md5.Sum([]byte(key + salt + key))
	h := md5.New()
	h.Write([]byte(key + "$1$" + salt))
	for n := len(key); n > 0; n -= 16 {
		h.Write(alt[:min(n, 16)])
	}
	for i := len(key); i > 0; i >>= 1 {
		if i&1 != 0 {
			h.Write([]byte{0})
		} else {
			h.Write([]byte{key[0]})
		}
	}
	sum := h.Sum(nil)
	for i := 0; i < 1000; i++ {
		h.Reset()
		if i&1 != 0 {
			h.Write([]byte(key))
		} else {
			h.Write(sum)
		}
		if i%3 != 0 {
			h.Write([]byte(salt))
		}
		if i%7 != 0 {
			h.Write([]byte(key))
		}
		if i&1 != 0 {
			h.Write(sum)
		} else {
			h.Write([]byte(key))
		}
		sum = h.Sum(sum[:0])
	}
	var b strings.Builder
	b.WriteString("$1$" + salt + "$")
	for _, t := range [][3]int{{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}} {
		b64(&b, uint32(sum[t[0]])<<16|uint32(sum[t[1]])<<8|uint32(sum[t[2]]), 4)
	}
	b64(&b, uint32(sum[11]), 2)
	return b.String()
}

// Byte orders of the final encoding of SHA-crypt: triples of digest indexes,
// each written as four characters; the last entry is the short tail.
var (
	sha256Order = [][3]int{{0, 10, 20}, {21, 1, 11}, {12, 22, 2}, {3, 13, 23}, {24, 4, 14},
		{15, 25, 5}, {6, 16, 26}, {27, 7, 17}, {18, 28, 8}, {9, 19, 29}, {-1, 31, 30}}
	sha512Order = [][3]int{{0, 21, 42}, {22, 43, 1}, {44, 2, 23}, {3, 24, 45}, {25, 46, 4},
		{47, 5, 26}, {6, 27, 48}, {28, 49, 7}, {50, 8, 29}, {9, 30, 51}, {31, 52, 10},
		{53, 11, 32}, {12, 33, 54}, {34, 55, 13}, {56, 14, 35}, {15, 36, 57}, {37, 58, 16},
		{59, 17, 38}, {18, 39, 60}, {40, 61, 19}, {62, 20, 41}, {-1, -1, 63}}
)

// repeatTo returns digest repeated (and cut) to n bytes.
func repeatTo(digest []byte, n int) []byte {
	out := make([]byte, 0, n)
	for len(out) < n {
		out = append(out, digest[:min(len(digest), n-len(out))]...)
	}
	return out
}

func shaCrypt(key, rest, magic string, newHash func() hash.Hash, order [][3]int) (string, error) {
	rounds, explicit := 5000, false
	if r, ok := strings.CutPrefix(rest, "rounds="); ok {
		end := strings.IndexByte(r, '$')
		if end < 0 {
			return "", errors.New("malformed rounds= in crypt salt")
		}
		n, err := strconv.ParseUint(r[:end], 10, 64)
		if err != nil {
			return "", errors.New("malformed rounds= in crypt salt")
		}
		rounds, explicit = int(min(max(n, 1000), 999999999)), true
		rest = r[end+1:]
	}
	salt := saltPart(rest, 16)
	h := newHash()
	h.Write([]byte(key + salt + key))
	alt := h.Sum(nil)

	h.Reset()
	h.Write([]byte(key + salt))
	h.Write(repeatTo(alt, len(key)))
	for n := len(key); n > 0; n >>= 1 {
		if n&1 != 0 {
			h.Write(alt)
		} else {
			h.Write([]byte(key))
		}
	}
	sum := h.Sum(nil)

	h.Reset()
	for range len(key) {
		h.Write([]byte(key))
	}
	pseq := repeatTo(h.Sum(nil), len(key))

	h.Reset()
	for range 16 + int(sum[0]) {
		h.Write([]byte(salt))
	}
	sseq := repeatTo(h.Sum(nil), len(salt))

	for i := 0; i < rounds; i++ {
		h.Reset()
		if i&1 != 0 {
			h.Write(pseq)
		} else {
			h.Write(sum)
		}
		if i%3 != 0 {
			h.Write(sseq)
		}
		if i%7 != 0 {
			h.Write(pseq)
		}
		if i&1 != 0 {
			h.Write(sum)
		} else {
			h.Write(pseq)
		}
		sum = h.Sum(sum[:0])
	}

	var b strings.Builder
	b.WriteString(magic)
	if explicit {
		b.WriteString("rounds=" + strconv.Itoa(rounds) + "$")
	}
	b.WriteString(salt + "$")
	for _, t := range order {
		var w uint32
		n := 4
		for k, idx := range t {
			if idx < 0 {
				n--
				continue
			}
			w |= uint32(sum[idx]) << (8 * (2 - k))
		}
		b64(&b, w, n)
	}
	return b.String(), nil
}
