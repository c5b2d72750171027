package value

// KindUndefined marks a variable slot that has never been assigned (or was
// unset). The interpreter keeps it in its own storage only: reading such a slot
// is an "undefined variable" error, so scripts never see this kind.
const KindUndefined Kind = 254

// Undefined is the content of an unassigned variable slot.
var Undefined = Value{kind: KindUndefined}

// IsUndefined reports whether v is the Undefined marker.
func (v Value) IsUndefined() bool { return v.kind == KindUndefined }
