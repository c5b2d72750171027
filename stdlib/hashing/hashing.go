// Package hashing registers the HSL digest, HMAC, crypt(3), randomness and
// UUID builtins: md5, sha1, sha2, hmac_md5, hmac_sha1, hmac_sha2, hash,
// crypt, random_bytes, random_number, uuid and uuidv5.
package hashing

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"hash/crc32"
	"math/big"

	"github.com/google/uuid"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var binaryOption = []catalog.Option{{Name: "binary", Type: "boolean", Doc: "return the raw digest bytes instead of lowercase hex"}}

// MaxRandomBytes is the largest count random_bytes accepts (1 MiB).
const MaxRandomBytes = 1 << 20

// Register adds the hashing builtins to c.
func Register(c *catalog.Catalog) {
	digest := func(name, doc string, newHash func() hash.Hash) {
		c.AddFunc(&catalog.Func{
			Name: name,
			Params: []catalog.Param{
				{Name: "message", Type: "string"},
				{Name: "options", Type: "array", Optional: true},
			},
			Options: binaryOption,
			Returns: "string",
			Doc:     doc,
			Impl: func(a *catalog.Args) (value.Value, error) {
				msg, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				return finish(a, 1, newHash, []byte(msg), nil)
			},
		})
	}
	digest("md5", "Returns the MD5 digest of the message, as lowercase hex or, with the binary option, as 16 raw bytes.", md5.New)
	digest("sha1", "Returns the SHA-1 digest of the message, as lowercase hex or, with the binary option, as 20 raw bytes.", sha1.New)

	c.AddFunc(&catalog.Func{
		Name: "sha2",
		Params: []catalog.Param{
			{Name: "message", Type: "string"},
			{Name: "hashsize", Type: "number", Doc: "224, 256, 384 or 512"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: binaryOption,
		Returns: "string",
		Doc:     "Returns the SHA-2 digest of the message with the given size in bits, as lowercase hex or, with the binary option, as raw bytes.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			h, err := sha2(a, 1)
			if err != nil {
				return value.None, err
			}
			return finish(a, 2, h, []byte(msg), nil)
		},
	})

	mac := func(name, doc string, newHash func() hash.Hash) {
		c.AddFunc(&catalog.Func{
			Name: name,
			Params: []catalog.Param{
				{Name: "key", Type: "string"},
				{Name: "message", Type: "string"},
				{Name: "options", Type: "array", Optional: true},
			},
			Options: binaryOption,
			Returns: "string",
			Doc:     doc,
			Impl: func(a *catalog.Args) (value.Value, error) {
				key, msg, err := keyAndMessage(a)
				if err != nil {
					return value.None, err
				}
				return finish(a, 2, newHash, []byte(msg), []byte(key))
			},
		})
	}
	mac("hmac_md5", "Returns the HMAC-MD5 of the message under the key (note: key first), as lowercase hex or raw bytes with the binary option.", md5.New)
	mac("hmac_sha1", "Returns the HMAC-SHA1 of the message under the key (note: key first), as lowercase hex or raw bytes with the binary option.", sha1.New)
	c.AddFunc(&catalog.Func{
		Name: "hmac_sha2",
		Params: []catalog.Param{
			{Name: "key", Type: "string"},
			{Name: "message", Type: "string"},
			{Name: "hashsize", Type: "number", Doc: "224, 256, 384 or 512"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: binaryOption,
		Returns: "string",
		Doc:     "Returns the HMAC of the message under the key using SHA-2 of the given size in bits, as lowercase hex or raw bytes with the binary option.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			key, msg, err := keyAndMessage(a)
			if err != nil {
				return value.None, err
			}
			h, err := sha2(a, 2)
			if err != nil {
				return value.None, err
			}
			return finish(a, 3, h, []byte(msg), []byte(key))
		},
	})

	c.AddFunc(&catalog.Func{
		Name:    "hash",
		Params:  []catalog.Param{{Name: "message", Type: "string"}},
		Returns: "number",
		Doc:     "Returns a 32-bit non-cryptographic hash of the message (CRC-32, IEEE polynomial); equal messages give equal numbers, across runs and machines.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			msg, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			return value.Number(float64(crc32.ChecksumIEEE([]byte(msg)))), nil
		},
	})

	c.AddFunc(&catalog.Func{
		Name: "crypt",
		Params: []catalog.Param{
			{Name: "key", Type: "string"},
			{Name: "salt", Type: "string", Doc: "a method and salt such as \"$6$salt\", or an earlier result of crypt()"},
		},
		Returns: "string|none",
		Doc: "Hashes a password the way crypt(3) does, with MD5-crypt ($1$), SHA-256-crypt ($5$) or " +
			"SHA-512-crypt ($6$, optionally \"$6$rounds=N$salt\"). Passing an earlier result as the salt " +
			"gives the same result for the same password. An unsupported method gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			key, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			salt, err := a.String(1)
			if err != nil {
				return value.None, err
			}
			out, err := Crypt(key, salt)
			if err != nil {
				return value.None, nil
			}
			return value.String(out), nil
		},
	})

	c.AddFunc(&catalog.Func{
		Name:    "random_bytes",
		Params:  []catalog.Param{{Name: "bytes", Type: "number", Doc: "0 to 1048576"}},
		Returns: "string",
		Doc:     "Returns the given number of cryptographically secure random bytes (at most 1 MiB).",
		Impl: func(a *catalog.Args) (value.Value, error) {
			n, err := a.Int(0)
			if err != nil {
				return value.None, err
			}
			if n < 0 || n > MaxRandomBytes {
				return value.None, a.Errorf(0, "must be between 0 and %d, not %d", MaxRandomBytes, n)
			}
			b := make([]byte, n)
			rand.Read(b)
			return value.String(string(b)), nil
		},
	})

	c.AddFunc(&catalog.Func{
		Name: "random_number",
		Params: []catalog.Param{
			{Name: "first", Type: "number", Optional: true},
			{Name: "last", Type: "number", Optional: true},
		},
		Returns: "number",
		Doc: "With no arguments, returns a random number between 0 and 1 (inclusive). With first and " +
			"last, returns a random integer between them (both inclusive). Uses a cryptographically secure source.",
		Impl: randomNumber,
	})
	c.Alias("rand", "random_number") // legacy name

	c.AddFunc(&catalog.Func{
		Name:    "uuid",
		Returns: "string",
		Doc:     "Returns a new random (version 4) UUID in its lowercase 36-character form.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			return value.String(uuid.NewString()), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "uuidv5",
		Params: []catalog.Param{
			{Name: "uuidnamespace", Type: "string", Doc: "a UUID, such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8 for DNS names"},
			{Name: "value", Type: "string"},
		},
		Returns: "string",
		Doc:     "Returns the name-based (version 5, SHA-1) UUID of the value in the namespace: the same inputs always give the same UUID.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			nsText, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			v, err := a.String(1)
			if err != nil {
				return value.None, err
			}
			ns, err := uuid.Parse(nsText)
			if err != nil {
				return value.None, a.Errorf(0, "is not a UUID: %s", catalog.Quote(nsText))
			}
			return value.String(uuid.NewSHA1(ns, []byte(v)).String()), nil
		},
	})
}

func keyAndMessage(a *catalog.Args) (string, string, error) {
	key, err := a.String(0)
	if err != nil {
		return "", "", err
	}
	msg, err := a.String(1)
	return key, msg, err
}

// sha2 returns the SHA-2 constructor for the hash size in argument i.
func sha2(a *catalog.Args, i int) (func() hash.Hash, error) {
	n, err := a.Int(i)
	if err != nil {
		return nil, err
	}
	switch n {
	case 224:
		return sha256.New224, nil
	case 256:
		return sha256.New, nil
	case 384:
		return sha512.New384, nil
	case 512:
		return sha512.New, nil
	}
	return nil, a.Errorf(i, "must be 224, 256, 384 or 512, not %d", n)
}

// finish computes the digest (an HMAC when key is not nil) and formats it
// according to the options in argument opt.
func finish(a *catalog.Args, opt int, newHash func() hash.Hash, msg, key []byte) (value.Value, error) {
	opts, err := a.Options(opt)
	if err != nil {
		return value.None, err
	}
	var h hash.Hash
	if key != nil {
		h = hmac.New(newHash, key)
	} else {
		h = newHash()
	}
	h.Write(msg)
	sum := h.Sum(nil)
	if catalog.OptionValue(opts, "binary", value.Bool(false)).Truthy() {
		return value.String(string(sum)), nil
	}
	return value.String(hex.EncodeToString(sum)), nil
}

func randomNumber(a *catalog.Args) (value.Value, error) {
	switch {
	case a.Len() == 0 || (a.Get(0).IsNone() && a.Get(1).IsNone()):
		var b [8]byte
		rand.Read(b[:])
		// 53 random bits over 2^53-1, so that both 0 and 1 can come out.
		return value.Number(float64(binary.BigEndian.Uint64(b[:])>>11) / float64(1<<53-1)), nil
	case a.Len() == 1:
		return value.None, a.Fail("needs both $first and $last, or neither")
	}
	first, err := a.Int(0)
	if err != nil {
		return value.None, err
	}
	last, err := a.Int(1)
	if err != nil {
		return value.None, err
	}
	if first > last {
		return value.None, a.Fail("$first (%d) is greater than $last (%d)", first, last)
	}
	span := new(big.Int).SetUint64(uint64(last - first))
	span.Add(span, big.NewInt(1))
	r, err := rand.Int(rand.Reader, span)
	if err != nil {
		return value.None, a.Fail("no randomness available: %v", err)
	}
	return value.Number(float64(first) + float64(r.Uint64())), nil
}
