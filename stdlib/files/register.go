package files

import (
	"errors"
	"io"
	"io/fs"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Register adds the File class to c.
func Register(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, impl func(*File, *catalog.Args) (value.Value, error)) *catalog.Func {
		return &catalog.Func{Name: name, Params: params, Returns: returns, Doc: doc, Impl: func(a *catalog.Args) (value.Value, error) {
			f, ok := a.Self.Ref().(*File)
			if !ok {
				return value.None, a.Fail("must be called on a File object")
			}
			return impl(f, a)
		}}
	}
	c.AddClass(&catalog.Class{
		Name: "File",
		Doc:  "A readable file: one of the configuration's virtual files (scripting.files), one below the root path of the program, or data held in memory.",
		Constructor: &catalog.Func{
			Name:    "File",
			Params:  []catalog.Param{{Name: "file", Type: "string|File", Doc: "a file name (\"file://\" may prefix it): a virtual file of the configuration, else a file below the root path; or a File to read again from the start"}},
			Returns: "File",
			Doc:     "Opens a file. A name outside the root path, or a file that cannot be read, raises an error.",
			Impl:    newFile,
		},
		Methods: map[string]*catalog.Func{
			"read": m("read", []catalog.Param{{Name: "length", Type: "number", Optional: true}}, "string|none",
				"Reads up to length bytes, or the rest of the file without a length; \"\" at the end, none after close().",
				func(f *File, a *catalog.Args) (value.Value, error) {
					n := -1
					if a.Has(0) && !a.Get(0).IsNone() {
						var err error
						if n, err = a.Int(0); err != nil {
							return value.None, err
						}
						if n < 0 {
							return value.None, a.Errorf(0, "must not be negative")
						}
					}
					b, err := f.Read(n)
					if err != nil {
						return value.None, nil
					}
					return value.String(string(b)), nil
				}),
			"readline": m("readline", nil, "string|boolean|none",
				"Reads one line without its CR LF or LF; false at the end of the file, none after close().",
				func(f *File, a *catalog.Args) (value.Value, error) {
					s, err := f.ReadLine()
					switch {
					case errors.Is(err, io.EOF):
						return value.Bool(false), nil
					case err != nil:
						return value.None, nil
					}
					return value.String(s), nil
				}),
			"seek": m("seek", []catalog.Param{{Name: "offset", Type: "number"}, {Name: "whence", Type: "string", Optional: true, Doc: "SEEK_SET (default), SEEK_CUR or SEEK_END"}},
				"number|none", "Moves the read position and returns it; none for a bad position or after close().",
				func(f *File, a *catalog.Args) (value.Value, error) {
					off, err := a.Int(0)
					if err != nil {
						return value.None, err
					}
					whence := "SEEK_SET"
					if a.Has(1) && !a.Get(1).IsNone() {
						if whence, err = a.String(1); err != nil {
							return value.None, err
						}
						switch whence {
						case "SEEK_SET", "SEEK_CUR", "SEEK_END":
						default:
							return value.None, a.Errorf(1, "must be SEEK_SET, SEEK_CUR or SEEK_END, not %s", catalog.Quote(whence))
						}
					}
					pos, err := f.SeekTo(int64(off), whence)
					if err != nil {
						return value.None, nil
					}
					return value.Number(float64(pos)), nil
				}),
			"tell": m("tell", nil, "number|none", "Returns the read position; none after close().",
				func(f *File, a *catalog.Args) (value.Value, error) {
					pos, err := f.Tell()
					if err != nil {
						return value.None, nil
					}
					return value.Number(float64(pos)), nil
				}),
			"getPath": m("getPath", nil, "string|none", "Returns the file name the content came from, or none for data in memory.",
				func(f *File, a *catalog.Args) (value.Value, error) {
					if f.path == "" {
						return value.None, nil
					}
					return value.String(f.path), nil
				}),
			"close": m("close", nil, "none", "Releases the file; later reads give none.",
				func(f *File, a *catalog.Args) (value.Value, error) { f.Close(); return value.None, nil }),
			"toFFIValue": m("toFFIValue", nil, "FFIValue|none", "Would return a C FILE*; FFI is not supported by this implementation, so it raises an error.",
				func(f *File, a *catalog.Args) (value.Value, error) {
					return value.None, a.Fail("FFI is not supported by this implementation")
				}),
		},
		Statics: map[string]*catalog.Func{
			"String": {Name: "String", Params: []catalog.Param{{Name: "data", Type: "string"}}, Returns: "File",
				Doc: "Returns a File that reads the given data.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					s, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					return value.ObjectValue(FromBytes([]byte(s), "")), nil
				}},
			"read": {Name: "read", Params: []catalog.Param{{Name: "filename", Type: "string"}}, Returns: "string|none",
				Doc: "Returns the whole content of a virtual file of the configuration or, else, of a file below the root path (\"file://\" may prefix the name); none when it cannot be read.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					name, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					f, err := open(a, name)
					if err != nil {
						return value.None, nil
					}
					return value.String(string(f.data)), nil
				}},
		},
	})
}

// reason is the cause of a failed open without the path, which the
// message already shows (cut short).
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func newFile(a *catalog.Args) (value.Value, error) {
	if f, ok := a.Get(0).Ref().(*File); ok {
		data, err := f.Contents()
		if err != nil {
			return value.None, a.Errorf(0, "is closed")
		}
		return value.ObjectValue(FromBytes(data, f.path)), nil
	}
	name, err := a.String(0)
	if err != nil {
		return value.None, a.Errorf(0, "must be a file name or a File, not %s", a.Get(0).Kind())
	}
	f, err := open(a, name)
	if err != nil {
		return value.None, a.Errorf(0, "%s cannot be opened: %v", catalog.Quote(name), reason(err))
	}
	return value.ObjectValue(f), nil
}

// open opens a file for a script: a virtual file of the configuration when
// there is one of that name, else a file below the root path.
func open(a *catalog.Args, name string) (*File, error) {
	if data, ok := catalog.LookupVirtualFile(a.Env, name); ok {
		return FromBytes(data, catalog.CleanFileName(name)), nil
	}
	return Open(a.RootPath(), name)
}
