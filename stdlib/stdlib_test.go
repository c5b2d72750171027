package stdlib

import "testing"

// coreNames are the 6.x core builtins (and legacy names) registered by the
// groups in this module that Core must offer.
var coreNames = []string{
	"array_combine", "array_every", "array_filter", "array_find", "array_includes", "array_join", "array_keys",
	"array_map", "array_random", "array_range", "array_reduce", "array_reverse", "array_sort", "array_shuffle",
	"array_unique", "length", "boolean", "number", "string", "is_array", "is_boolean", "is_function", "is_number",
	"is_object", "is_string", "executiontime", "sleep", "strftime", "strptime", "strpduration", "time",
	"timelocal", "uptime", "idna_encode", "idna_decode", "base32_encode", "base32_decode", "base64_encode",
	"base64_decode", "base64url_encode", "base64url_decode", "zlib_compress", "zlib_uncompress", "csv_encode",
	"csv_decode", "json_encode", "json_decode", "url_encode", "url_decode", "mimeword_encode", "mimeword_decode",
	"yaml_decode", "pack", "unpack", "url_parse", "envelope_address_parse", "envelope_localpart_escape",
	"header_addresslist_compile", "header_addresslist_extract", "header_dkim_decode", "xtext_encode",
	"xtext_decode", "abs", "ceil", "floor", "log", "pow", "round", "sqrt", "gethostname", "chr", "ord",
	"str_repeat", "str_replace", "str_split", "str_find", "str_rfind", "str_lower", "str_upper", "str_slice",
	"str_strip", "str_lstrip", "str_rstrip", "str_chunk",
	"count", "strlen", "strpos", "strrpos", "substr", "strtolower", "strtoupper", "trim", "in_array", "explode",
	"implode", "range", "GetAddressList", "memory_add", "memory_dec", "memory_delete", "memory_exists",
	"memory_fetch", "memory_inc", "memory_store", "memory_update",
}

func TestCore(t *testing.T) {
	c := Core()
	if Core() != c {
		t.Fatal("Core is rebuilt on each call")
	}
	for _, n := range coreNames {
		if f := c.Func(n); f == nil || f.Impl == nil || f.Doc == "" {
			t.Errorf("core builtin %s is missing or incomplete", n)
		}
	}
	if cl := c.Class("Exception"); cl == nil || cl.Constructor == nil {
		t.Error("class Exception is missing")
	}
}
