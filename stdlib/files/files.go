// Package files implements the HSL File class: a readable file, either
// opened below the root path of the running program (File::read, data
// imports) or held in memory (File::String, MIME->toFile()).
package files

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// File is an instance of the HSL File class. Its content is read fully
// when opened (files are configuration data, message texts and such), so
// reads never touch the disk again and never block.
type File struct {
	data   []byte
	pos    int64
	path   string // "" when the content did not come from a file
	closed bool
}

// ClassName implements value.Object.
func (*File) ClassName() string { return "File" }

// FromBytes returns a File holding data; path may be "".
func FromBytes(data []byte, path string) *File { return &File{data: data, path: path} }

// Contents returns the whole content, whatever the position.
func (f *File) Contents() ([]byte, error) {
	if f.closed {
		return nil, errClosed
	}
	return f.data, nil
}

// Path returns the path the content came from, or "".
func (f *File) Path() string { return f.path }

var errClosed = errors.New("the file is closed")

// Read reads up to n bytes (all that is left when n < 0) from the position.
func (f *File) Read(n int) ([]byte, error) {
	if f.closed {
		return nil, errClosed
	}
	rest := f.data[min(f.pos, int64(len(f.data))):]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	f.pos += int64(len(rest))
	return rest, nil
}

// ReadLine reads one line without its CR LF or LF; io.EOF at the end.
func (f *File) ReadLine() (string, error) {
	if f.closed {
		return "", errClosed
	}
	if f.pos >= int64(len(f.data)) {
		return "", io.EOF
	}
	rest := f.data[f.pos:]
	line := rest
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		line = rest[:i]
		f.pos += int64(i + 1)
	} else {
		f.pos += int64(len(rest))
	}
	return strings.TrimSuffix(string(line), "\r"), nil
}

// SeekTo moves the position; whence is SEEK_SET, SEEK_CUR or SEEK_END.
func (f *File) SeekTo(off int64, whence string) (int64, error) {
	if f.closed {
		return 0, errClosed
	}
	var base int64
	switch whence {
	case "SEEK_SET":
	case "SEEK_CUR":
		base = f.pos
	case "SEEK_END":
		base = int64(len(f.data))
	default:
		return 0, errors.New("whence must be SEEK_SET, SEEK_CUR or SEEK_END")
	}
	if base+off < 0 {
		return 0, errors.New("the position would be negative")
	}
	f.pos = base + off
	return f.pos, nil
}

// Tell returns the position.
func (f *File) Tell() (int64, error) {
	if f.closed {
		return 0, errClosed
	}
	return f.pos, nil
}

// Close releases the content.
func (f *File) Close() { f.closed = true; f.data = nil }

// Resolve maps a script's file name to a path below root. Names may be
// written as "file://name"; absolute names, and names that would leave the
// root through "..", are refused.
func Resolve(root, name string) (string, error) {
	name = strings.TrimPrefix(name, "file://")
	if name == "" {
		return "", errors.New("empty file name")
	}
	if filepath.IsAbs(name) {
		return "", errors.New("absolute paths are not allowed; name a file below the root path")
	}
	clean := filepath.Clean(filepath.FromSlash(name))
	if clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", errors.New("the path leaves the root path")
	}
	if root == "" {
		root = "."
	}
	full := filepath.Join(root, clean)
	// Symbolic links must not lead out of the root either.
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", err
	}
	realFull, err := filepath.EvalSymlinks(full)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(realRoot, realFull)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", errors.New("the path leaves the root path")
	}
	return full, nil
}

// maxFileSize bounds what a script may read into memory at once.
const maxFileSize = 256 << 20

// Open reads the named file below root.
func Open(root, name string) (*File, error) {
	p, err := Resolve(root, name)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > maxFileSize {
		return nil, errors.New("the file is larger than 256 MiB")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return &File{data: data, path: strings.TrimPrefix(name, "file://")}, nil
}
