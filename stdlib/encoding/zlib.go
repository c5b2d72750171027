package encoding

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// MaxUncompressed bounds the output of zlib_uncompress, so that a small
// compressed input cannot exhaust memory.
const MaxUncompressed = 128 << 20

func registerZlib(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "zlib_compress",
		Params: []catalog.Param{pString, {Name: "compression", Type: "number", Optional: true},
			{Name: "windowbits", Type: "number", Optional: true}},
		Returns: "string",
		Doc:     "Compresses the string with deflate at level $compression (0-9, default -1 for zlib's default). $windowbits chooses the format as in zlib: 8 to 15 zlib (default 15), -8 to -15 raw deflate, 24 to 31 gzip.",
		Impl:    zlibCompress,
	})
	c.AddFunc(&catalog.Func{
		Name:    "zlib_uncompress",
		Params:  []catalog.Param{pString, {Name: "windowbits", Type: "number", Optional: true}},
		Returns: "string|none",
		Doc:     "Decompresses deflate data in the format chosen by $windowbits as in zlib: 8 to 15 (or 0) zlib (default 15), -8 to -15 raw deflate, 24 to 31 gzip, 40 to 47 zlib or gzip by its header. Returns none for invalid data.",
		Impl:    zlibUncompress,
	})
}

type format int

const (
	fmtZlib format = iota
	fmtRaw
	fmtGzip
	fmtAuto
)

// windowFormat maps zlib's windowBits convention to a format.
func windowFormat(wb int, uncompress bool) (format, bool) {
	switch {
	case wb >= 8 && wb <= 15, uncompress && wb == 0:
		return fmtZlib, true
	case wb >= -15 && wb <= -8:
		return fmtRaw, true
	case wb >= 24 && wb <= 31:
		return fmtGzip, true
	case uncompress && wb >= 40 && wb <= 47:
		return fmtAuto, true
	}
	return 0, false
}

func optNumber(a *catalog.Args, i, def int) (int, error) {
	if !a.Has(i) || a.Get(i).IsNone() {
		return def, nil
	}
	return a.Int(i)
}

func zlibCompress(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	level, err := optNumber(a, 1, -1)
	if err != nil {
		return value.None, err
	}
	if level < -1 || level > 9 {
		return value.None, a.Errorf(1, "must be from -1 to 9, not %d", level)
	}
	wb, err := optNumber(a, 2, 15)
	if err != nil {
		return value.None, err
	}
	f, ok := windowFormat(wb, false)
	if !ok {
		return value.None, a.Errorf(2, "must be 8 to 15, -8 to -15 or 24 to 31, not %d", wb)
	}
	var buf bytes.Buffer
	var w io.WriteCloser
	switch f {
	case fmtZlib:
		w, err = zlib.NewWriterLevel(&buf, level)
	case fmtRaw:
		w, err = flate.NewWriter(&buf, level)
	default:
		w, err = gzip.NewWriterLevel(&buf, level)
	}
	if err == nil {
		_, err = io.WriteString(w, s)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return value.None, a.Fail("%v", err)
	}
	return value.String(buf.String()), nil
}

func zlibUncompress(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	wb, err := optNumber(a, 1, 15)
	if err != nil {
		return value.None, err
	}
	f, ok := windowFormat(wb, true)
	if !ok {
		return value.None, a.Errorf(1, "must be 0, 8 to 15, -8 to -15, 24 to 31 or 40 to 47, not %d", wb)
	}
	if f == fmtAuto {
		f = fmtZlib
		if len(s) >= 2 && s[0] == 0x1f && s[1] == 0x8b {
			f = fmtGzip
		}
	}
	in := bytes.NewReader([]byte(s))
	var r io.ReadCloser
	switch f {
	case fmtZlib:
		r, err = zlib.NewReader(in)
	case fmtRaw:
		r = flate.NewReader(in)
	default:
		r, err = gzip.NewReader(in)
	}
	if err != nil {
		return value.None, nil
	}
	out, err := io.ReadAll(io.LimitReader(r, MaxUncompressed+1))
	if err != nil || len(out) > MaxUncompressed {
		return value.None, nil
	}
	return value.String(string(out)), nil
}
