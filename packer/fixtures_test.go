package packer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected files of the testdata fixtures")

const fixtures = "../testdata/halonconfig"

// TestPackFixtures packs every folder of testdata/halonconfig/pack and compares the
// result with its dist/ folder, file by file and byte by byte.
func TestPackFixtures(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join(fixtures, "pack"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join(fixtures, "pack", c.Name())
			res, err := Pack(Options{Dir: dir})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range res.Diagnostics {
				t.Errorf("unexpected diagnostic: %s", d)
			}
			dist := filepath.Join(dir, "dist")
			if *update {
				if err := os.RemoveAll(dist); err != nil {
					t.Fatal(err)
				}
				if _, err := WriteOutputs(dist, res.Outputs); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadDir(dist)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) != len(res.Outputs) {
				t.Errorf("packed %d files, dist/ holds %d", len(res.Outputs), len(want))
			}
			for _, o := range res.Outputs {
				exp, err := os.ReadFile(filepath.Join(dist, o.Name))
				if err != nil {
					t.Errorf("%s: %v", o.Name, err)
					continue
				}
				if !bytes.Equal(exp, o.Data) {
					t.Errorf("%s differs from dist/%s:\n%s", o.Name, o.Name, o.Data)
				}
			}
		})
	}
}

// TestBadFixtures checks every folder of testdata/halonconfig/bad against the
// diagnostics listed in its expected.txt, and that nothing is packed.
func TestBadFixtures(t *testing.T) {
	cases, err := os.ReadDir(filepath.Join(fixtures, "bad"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			dir := filepath.Join(fixtures, "bad", c.Name())
			res, err := Pack(Options{Dir: dir})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, d := range res.Diagnostics {
				got.WriteString(d.String() + "\n")
			}
			expPath := filepath.Join(dir, "expected.txt")
			if *update {
				if err := os.WriteFile(expPath, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			exp, err := os.ReadFile(expPath)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(exp) {
				t.Errorf("diagnostics differ\n got:\n%s\nwant:\n%s", got.String(), exp)
			}
			if res.HasErrors() && res.Outputs != nil {
				t.Errorf("outputs returned despite errors")
			}
			if !res.HasErrors() {
				t.Errorf("expected at least one error")
			}
		})
	}
}
