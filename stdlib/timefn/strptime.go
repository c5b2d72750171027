package timefn

import (
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// parsed holds the fields strptime found; -1 means absent.
type parsed struct {
	year, month, day, yday   int
	wday, week               int  // weekday 0-6 (Sunday 0); week of %U or %W
	mondayWeek               bool // week counts weeks starting on Monday (%W)
	hour, min, sec           int
	pm                       int // -1 absent, 0 AM, 1 PM
	offset                   int // seconds east of UTC
	hasOffset, hasEpoch, h12 bool
	epoch                    int64
}

var (
	monthNames = []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	dayNames = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

func strptime(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	format, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	loc, err := zone(a, 2)
	if err != nil {
		return value.None, err
	}
	p := parsed{year: -1, month: -1, day: -1, yday: -1, wday: -1, week: -1, hour: -1, min: -1, sec: -1, pm: -1}
	if _, ok := p.parse(s, format); !ok {
		return value.None, nil
	}
	return value.Number(float64(p.unix(time.Now().In(loc), loc))), nil
}

// unix resolves the fields to a Unix time: the date defaults to today's, the
// time of day to midnight.
func (p *parsed) unix(now time.Time, loc *time.Location) int64 {
	if p.hasEpoch {
		return p.epoch
	}
	if p.hasOffset {
		loc = time.FixedZone("", p.offset)
	}
	y, m, d := now.Date()
	if p.year >= 0 {
		y = p.year
	}
	if p.month >= 0 {
		m = time.Month(p.month)
	}
	if p.day >= 0 {
		d = p.day
	}
	if p.yday >= 0 && p.month < 0 && p.day < 0 {
		m, d = time.January, p.yday
	}
	if p.week >= 0 && p.wday >= 0 && p.yday < 0 {
		// As glibc: the day of the year from the week number and the
		// weekday; a month or day given explicitly is kept. Week 0 may
		// fall in the year before, week 53 in the year after.
		first := 0
		if p.mondayWeek {
			first = 1
		}
		jan1 := int(time.Date(y, time.January, 1, 0, 0, 0, 0, loc).Weekday())
		yday := (7-(jan1-first))%7 + (p.week-1)*7 + (p.wday-first+7)%7
		date := time.Date(y, time.January, 1+yday, 0, 0, 0, 0, loc)
		switch {
		case p.month < 0 && p.day < 0:
			y, m, d = date.Date()
		case p.month < 0:
			m = date.Month()
		case p.day < 0:
			d = date.Day()
		}
	}
	h := max(p.hour, 0)
	if p.pm >= 0 && p.h12 {
		h = h%12 + 12*p.pm
	}
	return time.Date(y, m, d, h, max(p.min, 0), max(p.sec, 0), 0, loc).Unix()
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func skipSpace(s string) string {
	for s != "" && isSpace(s[0]) {
		s = s[1:]
	}
	return s
}

// number reads 1 to width digits (after optional spaces) in [lo, hi].
func number(s string, width, lo, hi int) (int, string, bool) {
	s = skipSpace(s)
	n, i := 0, 0
	for i < len(s) && i < width && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || n < lo || n > hi {
		return 0, s, false
	}
	return n, s[i:], true
}

// name matches a full or three-letter name from names, case-insensitively.
func name(s string, names []string) (int, string, bool) {
	low := strings.ToLower(s[:min(len(s), 9)])
	for i, n := range names {
		if strings.HasPrefix(low, n) {
			return i, s[len(n):], true
		}
	}
	for i, n := range names {
		if strings.HasPrefix(low, n[:3]) {
			return i, s[3:], true
		}
	}
	return 0, s, false
}

// parse matches s against format and returns the unparsed rest; text after
// the last directive is ignored, as strptime(3) does.
func (p *parsed) parse(s, format string) (string, bool) {
	var ok bool
	for i := 0; i < len(format); i++ {
		c := format[i]
		if isSpace(c) {
			s = skipSpace(s)
			continue
		}
		if c != '%' || i+1 >= len(format) {
			if s == "" || s[0] != c {
				return s, false
			}
			s = s[1:]
			continue
		}
		i++
		d := format[i]
		if (d == 'E' || d == 'O') && i+1 < len(format) { // locale modifiers
			i++
			d = format[i]
		}
		switch d {
		case 'Y':
			p.year, s, ok = number(s, 4, 0, 9999)
		case 'C':
			var cent int
			if cent, s, ok = number(s, 2, 0, 99); ok {
				p.year = cent*100 + max(p.year, 0)%100
			}
		case 'y':
			var y int
			if y, s, ok = number(s, 2, 0, 99); ok {
				if y < 69 {
					y += 2000
				} else {
					y += 1900
				}
				p.year = y
			}
		case 'm':
			p.month, s, ok = number(s, 2, 1, 12)
		case 'd', 'e':
			p.day, s, ok = number(s, 2, 1, 31)
		case 'j':
			p.yday, s, ok = number(s, 3, 1, 366)
		case 'H', 'k':
			p.hour, s, ok = number(s, 2, 0, 23)
			p.h12 = false
		case 'I', 'l':
			p.hour, s, ok = number(s, 2, 1, 12)
			p.h12 = true
		case 'M':
			p.min, s, ok = number(s, 2, 0, 59)
		case 'S':
			p.sec, s, ok = number(s, 2, 0, 61)
		case 'b', 'B', 'h':
			var m int
			if m, s, ok = name(skipSpace(s), monthNames); ok {
				p.month = m + 1
			}
		case 'a', 'A':
			p.wday, s, ok = name(skipSpace(s), dayNames)
		case 'u':
			var wd int
			if wd, s, ok = number(s, 1, 1, 7); ok {
				p.wday = wd % 7
			}
		case 'w':
			p.wday, s, ok = number(s, 1, 0, 6)
		case 'U', 'W':
			p.week, s, ok = number(s, 2, 0, 53)
			p.mondayWeek = d == 'W'
		case 'V', 'g':
			// read and ignored, as glibc does: no date follows from them alone
			_, s, ok = number(s, 2, 0, 99)
		case 'G':
			_, s, ok = number(s, 4, 0, 9999)
		case 'p':
			s = skipSpace(s)
			up := strings.ToUpper(s[:min(2, len(s))])
			if ok = up == "AM" || up == "PM"; ok {
				p.pm = 0
				if up == "PM" {
					p.pm = 1
				}
				s = s[2:]
			}
		case 'z':
			s, ok = p.zoneOffset(skipSpace(s))
		case 'Z':
			s = skipSpace(s)
			j := 0
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			s, ok = s[j:], true
		case 's':
			s = skipSpace(s)
			neg := strings.HasPrefix(s, "-")
			if neg {
				s = s[1:]
			}
			var e int64
			j := 0
			for j < len(s) && j < 15 && s[j] >= '0' && s[j] <= '9' {
				e = e*10 + int64(s[j]-'0')
				j++
			}
			if neg {
				e = -e
			}
			s, ok, p.epoch, p.hasEpoch = s[j:], j > 0, e, true
		case 'n', 't':
			s, ok = skipSpace(s), true
		case '%':
			ok = strings.HasPrefix(s, "%")
			if ok {
				s = s[1:]
			}
		case 'T', 'X':
			s, ok = p.parse(s, "%H:%M:%S")
		case 'R':
			s, ok = p.parse(s, "%H:%M")
		case 'r':
			s, ok = p.parse(s, "%I:%M:%S %p")
		case 'D', 'x':
			s, ok = p.parse(s, "%m/%d/%y")
		case 'F':
			s, ok = p.parse(s, "%Y-%m-%d")
		case 'c':
			s, ok = p.parse(s, "%a %b %e %H:%M:%S %Y")
		default:
			ok = false
		}
		if !ok {
			return s, false
		}
	}
	return s, true
}

// zoneOffset reads Z, ±hh, ±hhmm or ±hh:mm.
func (p *parsed) zoneOffset(s string) (string, bool) {
	if strings.HasPrefix(s, "Z") {
		p.offset, p.hasOffset = 0, true
		return s[1:], true
	}
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return s, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	rest := s[1:]
	digits := func(n int) (int, bool) {
		if len(rest) < n {
			return 0, false
		}
		v := 0
		for _, c := range []byte(rest[:n]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		rest = rest[n:]
		return v, true
	}
	h, ok := digits(2)
	if !ok || h > 24 {
		return s, false
	}
	m := 0
	if strings.HasPrefix(rest, ":") {
		rest = rest[1:]
		if m, ok = digits(2); !ok {
			return s, false
		}
	} else if len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' {
		if m, ok = digits(2); !ok {
			return s, false
		}
	}
	if m > 59 {
		return s, false
	}
	p.offset, p.hasOffset = sign*(h*3600+m*60), true
	return rest, true
}
