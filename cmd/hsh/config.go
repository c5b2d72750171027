package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"gopkg.in/yaml.v3"

	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/pki"
)

// startupConfig is what hsh reads from the startup configuration (smtpd.yaml).
type startupConfig struct {
	Environment struct {
		AppConf  string `yaml:"appconf"`
		Privdrop struct {
			User  string `yaml:"user"`
			Group string `yaml:"group"`
		} `yaml:"privdrop"`
	} `yaml:"environment"`
	Scripting struct {
		RootPath string `yaml:"rootpath"`
	} `yaml:"scripting"`
}

// appConfig is what hsh reads from the running configuration (smtpd-app.yaml).
type appConfig struct {
	Scripting struct {
		Files      []scriptFile `yaml:"files"`
		Entrypoint string       `yaml:"__entrypoint"`
	} `yaml:"scripting"`
	PKI struct {
		Private []pkiEntry `yaml:"private"`
	} `yaml:"pki"`
}

// scriptFile is one `scripting.files[]` entry: a virtual file for include
// and import.
type scriptFile struct {
	ID     string `yaml:"id"`
	Data   string `yaml:"data"`
	Path   string `yaml:"path"`
	Binary bool   `yaml:"binary"`
}

// pkiEntry is one `pki.private[]` entry: a private key with its certificate.
type pkiEntry struct {
	ID          string  `yaml:"id"`
	Certificate pkiPart `yaml:"certificate"`
	PrivateKey  pkiPart `yaml:"privatekey"`
}

// pkiPart is a PEM given inline (data) or as a file (path).
type pkiPart struct {
	Path string `yaml:"path"`
	Data string `yaml:"data"`
}

// environment is what hsh takes from the configuration files: the virtual
// files, the keys of pki.private[], the root path, the privilege-drop user
// and the entry point.
type environment struct {
	files      map[string][]byte
	keys       catalog.KeyStore // pki.private[]; nil when there is none
	rootPath   string           // scripting.rootpath of the startup configuration
	user       string           // environment.privdrop.user
	group      string           // environment.privdrop.group
	entrypoint string           // scripting.__entrypoint of the running configuration
}

// loadEnvironment reads the startup configuration (config, "" for none) and
// through it, or from appconf when given ("-" is stdin), the running
// configuration. A running configuration named only by default (next to the
// startup configuration) may be missing. Relative paths in a configuration
// are relative to its directory.
func loadEnvironment(config, appconf string, stdin io.Reader) (*environment, error) {
	env := &environment{files: map[string][]byte{}}
	appDefault := ""
	named := false // appDefault is the startup configuration's environment.appconf
	if config != "" {
		var sc startupConfig
		if err := readYAML(config, stdin, &sc); err != nil {
			return nil, err
		}
		if sc.Scripting.RootPath != "" {
			env.rootPath = resolvePath(filepath.Dir(config), sc.Scripting.RootPath)
		}
		env.user, env.group = sc.Environment.Privdrop.User, sc.Environment.Privdrop.Group
		switch {
		case sc.Environment.AppConf != "":
			named = true
			appDefault = resolvePath(filepath.Dir(config), sc.Environment.AppConf)
			if appconf == "" {
				appconf = appDefault
			}
		case config != os.DevNull:
			appDefault = filepath.Join(filepath.Dir(config), "smtpd-app.yaml")
		}
	}
	if appconf == "" {
		if _, err := os.Stat(appDefault); appDefault == "" || err != nil {
			return env, nil
		}
		appconf = appDefault
	}
	var ac appConfig
	if err := readYAML(appconf, stdin, &ac); err != nil {
		if named && appconf == appDefault {
			return nil, fmt.Errorf("%s: environment.appconf: %v", config, err)
		}
		return nil, err
	}
	base := "."
	if appconf != "-" {
		base = filepath.Dir(appconf)
	}
	for i, f := range ac.Scripting.Files {
		data, err := f.contents(base)
		if err != nil {
			return nil, fmt.Errorf("%s: scripting.files[%d] (%s): %v", appconf, i, f.ID, err)
		}
		env.files[f.ID] = data
	}
	if len(ac.PKI.Private) > 0 {
		entries := make([]pki.Entry, len(ac.PKI.Private))
		for i, p := range ac.PKI.Private {
			e := pki.Entry{ID: p.ID}
			var err1, err2 error
			e.Certificate, err1 = p.Certificate.contents(base)
			e.PrivateKey, err2 = p.PrivateKey.contents(base)
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("%s: pki.private[%d] (%s): %v", appconf, i, p.ID, err)
			}
			entries[i] = e
		}
		store, err := pki.New(entries)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", appconf, err)
		}
		env.keys = store
	}
	env.entrypoint = ac.Scripting.Entrypoint
	return env, nil
}

// contents returns the file's bytes: data (base64 when binary) or the file
// at path, relative to the configuration's directory.
func (f scriptFile) contents(base string) ([]byte, error) {
	if f.ID == "" {
		return nil, errors.New("no id")
	}
	if f.Path != "" {
		data, err := os.ReadFile(resolvePath(base, f.Path))
		return data, reason(err)
	}
	if f.Binary {
		data, err := base64.StdEncoding.DecodeString(f.Data)
		if err != nil {
			return nil, fmt.Errorf("binary data is not base64: %v", err)
		}
		return data, nil
	}
	return []byte(f.Data), nil
}

// contents returns the PEM text: data, or the file at path relative to the
// configuration's directory; nil when neither is given.
func (p pkiPart) contents(base string) ([]byte, error) {
	if p.Path == "" {
		return []byte(p.Data), nil
	}
	data, err := os.ReadFile(resolvePath(base, p.Path))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p.Path, reason(err))
	}
	return data, nil
}

func resolvePath(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// readYAML decodes the YAML file name ("-" is stdin) into v. An empty file
// (such as /dev/null) is an empty configuration.
func readYAML(name string, stdin io.Reader, v any) error {
	src, err := readSource(name, stdin)
	if err != nil {
		return fmt.Errorf("cannot read %s: %v", name, err)
	}
	err = yaml.Unmarshal(src, v)
	var te *yaml.TypeError
	switch {
	case errors.As(err, &te):
		lines := make([]string, len(te.Errors))
		for i, e := range te.Errors {
			lines[i] = name + ":" + typeMismatch(e)
		}
		return errors.New(strings.Join(lines, "\n"))
	case err != nil:
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			return fmt.Errorf("%s:%s: %s", name, m[1], m[2])
		}
		return fmt.Errorf("%s: %s", name, msg)
	}
	return nil
}

// yamlLine is a YAML syntax error that names its line.
var yamlLine = regexp.MustCompile(`^line ([0-9]+): (.*)$`)

// yamlMismatch is how the YAML decoder words a value of the wrong kind:
// line, YAML tag, the value for scalars, and the Go type it was decoded into.
var yamlMismatch = regexp.MustCompile("^line ([0-9]+): cannot unmarshal !!([a-z]+)(?: `(.*)`)? into (.*)$")

// typeMismatch rewords one decoding error of a value of the wrong kind as
// `line: expected …, found …`, naming YAML kinds instead of Go types.
func typeMismatch(e string) string {
	m := yamlMismatch.FindStringSubmatch(e)
	if m == nil {
		return " " + e
	}
	found := map[string]string{"seq": "a list", "map": "a mapping", "null": "nothing"}[m[2]]
	if found == "" {
		found = strconv.Quote(m[3])
	}
	want := "a mapping"
	switch t := m[4]; {
	case strings.HasPrefix(t, "[]"):
		want = "a list"
	case t == "string":
		want = "a string"
	case t == "bool":
		want = "true or false"
	}
	return m[1] + ": expected " + want + ", found " + found
}

// privdrop switches the process to the user (and group) that the startup
// configuration names in environment.privdrop. It needs root.
func privdrop(env *environment) error {
	if env.user == "" {
		return errors.New("-P: the startup configuration names no environment.privdrop.user")
	}
	if os.Geteuid() != 0 {
		return errors.New("-P: dropping privileges needs root")
	}
	u, err := user.Lookup(env.user)
	if err != nil {
		return fmt.Errorf("-P: %v", err)
	}
	gid := u.Gid
	if env.group != "" {
		g, err := user.LookupGroup(env.group)
		if err != nil {
			return fmt.Errorf("-P: %v", err)
		}
		gid = g.Gid
	}
	uidN, err1 := strconv.Atoi(u.Uid)
	gidN, err2 := strconv.Atoi(gid)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("-P: non-numeric user or group id: %v", err)
	}
	if err := syscall.Setgroups([]int{gidN}); err != nil {
		return fmt.Errorf("-P: setgroups: %v", err)
	}
	if err := syscall.Setgid(gidN); err != nil {
		return fmt.Errorf("-P: setgid: %v", err)
	}
	if err := syscall.Setuid(uidN); err != nil {
		return fmt.Errorf("-P: setuid: %v", err)
	}
	return nil
}
