package timefn

import (
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

var utc = M(S("local"), B(false))

// 2021-03-04T05:06:07Z, a Thursday, day 63 of the year.
const t0 = 1614834367

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "time", "timelocal", "uptime", "executiontime", "sleep", "strftime", "strptime", "strpduration")
}

func TestClock(t *testing.T) {
	r, _ := Call(cat, "time")
	if d := r.AsNumber() - float64(time.Now().UnixNano())/1e9; d > 1 || d < -1 {
		t.Errorf("time() is off by %v", d)
	}
	u1, _ := Call(cat, "uptime")
	u2, _ := Call(cat, "uptime")
	if u1.AsNumber() <= 0 || u2.AsNumber() < u1.AsNumber() {
		t.Errorf("uptime() not monotonic: %v %v", u1.AsNumber(), u2.AsNumber())
	}
	defer setLocal(time.FixedZone("X", 3600))()
	l, _ := Call(cat, "timelocal")
	r, _ = Call(cat, "time")
	if d := l.AsNumber() - r.AsNumber(); d < 3599 || d > 3601 {
		t.Errorf("timelocal() - time() = %v, want 3600", d)
	}
}

func setLocal(loc *time.Location) func() {
	old := time.Local
	time.Local = loc
	return func() { time.Local = old }
}

type startEnv struct {
	Env
	start time.Time
	done  chan struct{}
}

func (e *startEnv) ExecutionStart() time.Time { return e.start }
func (e *startEnv) Done() <-chan struct{}     { return e.done }

func TestExecutionTimeSleep(t *testing.T) {
	env := &startEnv{start: time.Now().Add(-2 * time.Second), done: make(chan struct{})}
	r, err := CallEnv(env, cat, "executiontime")
	if err != nil || r.AsNumber() < 2 || r.AsNumber() > 3 {
		t.Errorf("executiontime() = %v, %v", r.Repr(), err)
	}
	if _, err := Call(cat, "executiontime"); err == nil {
		t.Error("executiontime() without a start time did not fail")
	}
	r, err = Call(cat, "sleep", N(0.02))
	if err != nil || r.AsNumber() < 0.02 || r.AsNumber() > 1 {
		t.Errorf("sleep(0.02) = %v, %v", r.Repr(), err)
	}
	close(env.done)
	r, err = CallEnv(env, cat, "sleep", N(60))
	if err != nil || r.AsNumber() > 1 {
		t.Errorf("cancelled sleep(60) = %v, %v", r.Repr(), err)
	}
	Run(t, cat, "sleep", []Case{
		{Args: A(N(-1)), Want: "0"},
		{Args: A(N(0)), Want: "0"},
		{Args: A(N(1e9)), Err: "sleep(): argument 1 ($seconds) must be at most 3600 seconds"},
		{Args: A(S("1")), Err: "must be a number"},
	})
}

func TestStrftime(t *testing.T) {
	Run(t, cat, "strftime", []Case{
		{Args: A(S("%Y-%m-%d %H:%M:%S"), N(t0), utc), Want: `"2021-03-04 05:06:07"`},
		{Args: A(S("%a %A %b %B %h"), N(t0), utc), Want: `"Thu Thursday Mar March Mar"`},
		{Args: A(S("%c|%D|%F|%T|%R|%r"), N(t0), utc), Want: `"Thu Mar  4 05:06:07 2021|03/04/21|2021-03-04|05:06:07|05:06|05:06:07 AM"`},
		{Args: A(S("%e|%k|%l|%I|%p|%P|%j|%C|%y"), N(t0), utc), Want: `" 4| 5| 5|05|AM|am|063|20|21"`},
		{Args: A(S("%u %w %U %W %V %G %g"), N(t0), utc), Want: `"4 4 09 09 09 2021 21"`},
		{Args: A(S("%s %z %Z %%"), N(t0), utc), Want: `"1614834367 +0000 UTC %"`},
		{Name: "flags", Args: A(S("%-d|%_m|%0e|%-H"), N(t0), utc), Want: `"4| 3|04|5"`},
		{Name: "unknown", Args: A(S("%Q %"), N(t0), utc), Want: `"%Q %"`},
		{Name: "E and O modifiers", Args: A(S("%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy"), N(t0), utc),
			Want: `"Thu Mar  4 05:06:07 2021|20|03/04/21|05:06:07|21|2021|04| 4|05|05|03|06|07|4|09|09|4|09|21"`},
		{Name: "misplaced modifier", Args: A(S("%Ea|%Ed|%Oc|%OY|%E"), N(t0), utc), Want: `"%Ea|%Ed|%Oc|%OY|%E"`},
		{Name: "case flags", Args: A(S("%^a|%^B|%#a|%#b|%#p|%#Z|%^p|%^c"), N(t0), utc), Want: `"THU|MARCH|THU|MAR|am|utc|AM|THU MAR  4 05:06:07 2021"`},
		{Name: "widths", Args: A(S("%3d|%1d|%05e|%5e|%_5d|%-5d|%7Y|%8a|%08a|%10D|%3%"), N(t0), utc),
			Want: `"004|04|00004|    4|    4|    4|0002021|     Thu|00000Thu|  03/04/21|  %"`},
		{Name: "flags and width together", Args: A(S("%_05d|%0_5d|%^8a|%-^a"), N(t0), utc), Want: `"00004|    4|     THU|THU"`},
		{Name: "huge width", Args: A(S("%99999d"), N(t0), utc), Want: `"%99999d"`},
		{Name: "fraction", Args: A(S("%S"), N(t0+0.9), utc), Want: `"07"`},
		{Name: "negative", Args: A(S("%F %T"), N(-1), utc), Want: `"1969-12-31 23:59:59"`},
		{Name: "binary", Args: A(S("\xff%Y\x00"), N(0), utc), Want: "\"\xff1970\x00\""},
		{Args: A(S(""), N(0)), Want: `""`},
		{Args: A(S("%Y"), N(1e300)), Err: "($time) is not a usable time"},
		{Args: A(S("%Y"), S("0")), Err: "($time) must be a number"},
		{Args: A(S("%Y"), N(0), M(S("utc"), B(true))), Err: `unknown option "utc"`},
	})
	defer setLocal(time.FixedZone("CET", 3600))()
	Run(t, cat, "strftime", []Case{{Args: A(S("%H %z %Z"), N(t0)), Want: `"06 +0100 CET"`}})
}

func TestStrptime(t *testing.T) {
	Run(t, cat, "strptime", []Case{
		{Args: A(S("2021-03-04 05:06:07"), S("%Y-%m-%d %H:%M:%S"), utc), Want: "1614834367"},
		{Args: A(S("Thu, 4 Mar 2021 05:06:07 +0100"), S("%a, %d %b %Y %H:%M:%S %z")), Want: "1614830767"},
		{Args: A(S("4 march 21 5:06:07 pm"), S("%d %B %y %I:%M:%S %p"), utc), Want: "1614877567"},
		{Args: A(S("12:00:00 AM 2021-03-04"), S("%r %F"), utc), Want: "1614816000"},
		{Args: A(S("2021-03-04T05:06:07Z"), S("%Y-%m-%dT%H:%M:%S%z")), Want: "1614834367"},
		{Args: A(S("+05:30"), S("%Y%z")), Want: "none"},
		{Args: A(S("1614834367"), S("%s")), Want: "1614834367"},
		{Args: A(S("2021 063"), S("%Y %j"), utc), Want: "1614816000"},
		{Name: "week and weekday", Args: A(S("2020 5 3"), S("%Y %U %w"), utc), Want: "1580860800"},
		{Name: "monday weeks", Args: A(S("2020 5 3"), S("%Y %W %u"), utc), Want: "1580860800"},
		{Name: "weekday name", Args: A(S("2020 Mon 10"), S("%Y %a %U"), utc), Want: "1583712000"},
		{Name: "week 0 in the year before", Args: A(S("2020 0 0"), S("%Y %U %w"), utc), Want: "1577577600"},
		{Name: "explicit month kept", Args: A(S("2020 3 10 2"), S("%Y %m %U %w"), utc), Want: "1583798400"},
		{Name: "week without weekday", Args: A(S("2020-03-04 10"), S("%Y-%m-%d %U"), utc), Want: "1583280000"},
		{Name: "ignored fields", Args: A(S("2020-03-04 10 20 2020 7"), S("%Y-%m-%d %V %g %G %u"), utc), Want: "1583280000"},
		{Name: "bad weekday", Args: A(S("8"), S("%u")), Want: "none"},
		{Name: "trailing text ignored", Args: A(S("2021-03-04 junk"), S("%Y-%m-%d"), utc), Want: "1614816000"},
		{Name: "mismatch", Args: A(S("2021/03/04"), S("%Y-%m-%d")), Want: "none"},
		{Name: "bad month", Args: A(S("2021-13-04"), S("%Y-%m-%d")), Want: "none"},
		{Name: "short", Args: A(S("2021-03"), S("%Y-%m-%d")), Want: "none"},
		{Name: "unknown directive", Args: A(S("x"), S("%Q")), Want: "none"},
		{Args: A(S("x"), N(1)), Err: "($format) must be a string"},
	})
	defer setLocal(time.FixedZone("CET", 3600))()
	Run(t, cat, "strptime", []Case{{Name: "local", Args: A(S("2021-03-04 06:06:07"), S("%Y-%m-%d %H:%M:%S")), Want: "1614834367"}})
	// A missing date is today (in the zone used), a missing time midnight.
	r, _ := Call(cat, "strptime", S("10:30"), S("%H:%M"), utc)
	now := time.Now().UTC()
	want := time.Date(now.Year(), now.Month(), now.Day(), 10, 30, 0, 0, time.UTC).Unix()
	if int64(r.AsNumber()) != want {
		t.Errorf("strptime of a time only = %v, want %d", r.Repr(), want)
	}
}

func TestStrpduration(t *testing.T) {
	Run(t, cat, "strpduration", []Case{
		{Args: A(S("1d2h30m10s")), Want: "95410"},
		{Args: A(S("90s")), Want: "90"},
		{Args: A(S("1.5h")), Want: "5400"},
		{Args: A(S(" 1h 30m ")), Want: "5400"},
		{Args: A(S("0s")), Want: "0"},
		{Args: A(S("")), Want: "none"},
		{Args: A(S("10")), Want: "none"},
		{Args: A(S("1w")), Want: "none"},
		{Args: A(S("h")), Want: "none"},
		{Args: A(S("1..2s")), Want: "none"},
		{Args: A(value.None), Err: "must be a string, not none"},
	})
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
