package interp_test

import (
	"context"
	"fmt"
	"os"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib"
)

// A host compiles a script once, then runs it for every event with that
// event's context variables. The Program is safe for concurrent runs.
func Example() {
	src := []byte(`
		function greeting($who) { return "Hello, " . str_upper($who) . "!"; }
		global_greeting();
		function global_greeting() { global $sender; echo greeting($sender); }
	`)
	prog, diags := interp.Compile("hook.hsl", src, interp.Options{
		Catalog:   stdlib.Core(),
		Variables: map[string]bool{"sender": true}, // read-only context variable
	})
	if diags.HasErrors() {
		fmt.Print(diags)
		return
	}
	for _, sender := range []string{"alice", "bob"} {
		err := prog.Run(context.Background(), interp.RunOptions{
			Stdout: os.Stdout,
			Vars:   map[string]value.Value{"sender": value.String(sender)},
		})
		if err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// Hello, ALICE!
	// Hello, BOB!
}
