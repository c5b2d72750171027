package cryptofn

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"errors"
)

// AESOptions are the options of aes_encrypt and aes_decrypt.
type AESOptions struct {
	IV        []byte // nil: 16 zero bytes (cbc only)
	NoPadding bool   // no PKCS#7 padding: the input must be whole blocks
}

var errAES = errors.New("aes: bad key, mode, iv, padding or length")

// AES encrypts (or decrypts) msg with AES-128/192/256 chosen by the key
// length, in mode "ecb" or "cbc".
func AES(msg, key []byte, mode string, o AESOptions, encrypt bool) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, errAES
	}
	const bs = aes.BlockSize
	iv := o.IV
	switch mode {
	case "ecb":
		// an iv has no use in ECB; like OpenSSL, ignore it
	case "cbc":
		if iv == nil {
			iv = make([]byte, bs)
		}
		if len(iv) != bs {
			return nil, errAES
		}
	default:
		return nil, errAES
	}
	if encrypt {
		src := msg
		if !o.NoPadding {
			n := bs - len(msg)%bs
			src = append(append([]byte(nil), msg...), bytes.Repeat([]byte{byte(n)}, n)...)
		}
		if len(src)%bs != 0 {
			return nil, errAES
		}
		out := make([]byte, len(src))
		if mode == "cbc" {
			cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, src)
		} else {
			for i := 0; i < len(src); i += bs {
				block.Encrypt(out[i:i+bs], src[i:i+bs])
			}
		}
		return out, nil
	}
	if len(msg)%bs != 0 || (!o.NoPadding && len(msg) == 0) {
		return nil, errAES
	}
	out := make([]byte, len(msg))
	if mode == "cbc" {
		cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, msg)
	} else {
		for i := 0; i < len(msg); i += bs {
			block.Decrypt(out[i:i+bs], msg[i:i+bs])
		}
	}
	if o.NoPadding {
		return out, nil
	}
	n := int(out[len(out)-1])
	if n == 0 || n > bs || !bytes.Equal(out[len(out)-n:], bytes.Repeat([]byte{byte(n)}, n)) {
		return nil, errAES
	}
	return out[:len(out)-n], nil
}
