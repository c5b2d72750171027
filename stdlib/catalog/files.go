package catalog

import (
	"path"
	"strings"
)

// FileSource is an optional part of an Env: the virtual files of a
// configuration (its scripting.files[]), which file builtins find before the
// file system, as include and import do.
type FileSource interface {
	// VirtualFile returns the contents of the virtual file with the given
	// clean name (see CleanFileName).
	VirtualFile(name string) ([]byte, bool)
}

// CleanFileName turns a file name as scripts write it ("file://a/b.txt",
// "file:a/b.txt", "./a/b.txt", "a//b.txt") into the clean, relative name
// that virtual files and the root path are looked up by; "" when nothing is
// left.
func CleanFileName(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "file://"), "file:")
	clean := path.Clean("/" + name)[1:]
	if clean == "." {
		return ""
	}
	return clean
}

// LookupVirtualFile returns the virtual file that name refers to, when env
// has virtual files and one of them has that name.
func LookupVirtualFile(env Env, name string) ([]byte, bool) {
	fs, ok := env.(FileSource)
	if !ok {
		return nil, false
	}
	clean := CleanFileName(name)
	if clean == "" {
		return nil, false
	}
	return fs.VirtualFile(clean)
}
