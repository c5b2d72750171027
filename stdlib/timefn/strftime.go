package timefn

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxWidth is the largest field width a directive may ask for; a wider one
// makes the directive unknown (copied as it is), so that a format cannot
// produce a huge result.
const maxWidth = 1024

// eInvalid and oInvalid list the conversions that glibc refuses after the
// E and O locale modifiers.
const (
	eInvalid = "aAbBdDeFgGhHIjklmMSUVwW"
	oInvalid = "aAcDFxXY"
)

// spec holds the flags and width of one directive.
type spec struct {
	pad   byte // '-', '_', '0', or 0 for the directive's default
	upper bool // ^: upper-case the result
	swap  bool // #: change the case of names (upper) and of %p and %Z (lower)
	width int  // minimum width, 0 if none was given
}

// formatTime implements strftime(3) as glibc does in the C locale: the
// flags - (no padding), _ (pad with spaces), 0 (pad with zeros), ^ (upper
// case) and # (swap case), a field width, and the E and O modifiers (which
// change nothing in the C locale). Unknown directives are copied as they
// are.
func formatTime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		var sp spec
		for ; i < len(format) && strings.IndexByte("-_0^#", format[i]) >= 0; i++ {
			switch format[i] {
			case '^':
				sp.upper = true
			case '#':
				sp.swap = true
			default:
				sp.pad = format[i]
			}
		}
		for ; i < len(format) && format[i] >= '0' && format[i] <= '9' && sp.width <= maxWidth; i++ {
			sp.width = sp.width*10 + int(format[i]-'0')
		}
		invalid := ""
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			invalid = oInvalid
			if format[i] == 'E' {
				invalid = eInvalid
			}
			i++
		}
		if i >= len(format) || sp.width > maxWidth || strings.IndexByte(invalid, format[i]) >= 0 || !directive(&b, format[i], sp, t) {
			i = min(i, len(format)-1)
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

// num writes n with at least the directive's default width of digits,
// padded with def, as the flags and width of sp say.
func num(b *strings.Builder, n, width int, def byte, sp spec) {
	switch sp.pad {
	case '-':
		width, def = 0, ' '
	case '_':
		def = ' '
	case '0':
		def = '0'
	}
	if sp.width > 0 {
		width = max(width, sp.width)
	}
	s := strconv.Itoa(n)
	if n < 0 && def == '0' {
		b.WriteByte('-')
		s = s[1:]
		width--
	}
	for i := len(s); i < width; i++ {
		b.WriteByte(def)
	}
	b.WriteString(s)
}

// text writes s, changed to upper case if upper is set and padded on the
// left to the width of sp (with zeros for the 0 flag, else spaces).
func text(b *strings.Builder, s string, upper bool, sp spec) {
	if upper {
		s = strings.ToUpper(s)
	}
	fill := byte(' ')
	if sp.pad == '0' {
		fill = '0'
	}
	for i := len(s); i < sp.width; i++ {
		b.WriteByte(fill)
	}
	b.WriteString(s)
}

// weekNumber is the week of the year with weeks starting on the given day
// (0 Sunday, 1 Monday); days before the first such day are in week 0.
func weekNumber(t time.Time, first int) int {
	wd := (int(t.Weekday()) - first + 7) % 7
	return (t.YearDay() - 1 - wd + 7) / 7
}

func hour12(h int) int {
	if h%12 == 0 {
		return 12
	}
	return h % 12
}

// directive writes the conversion c of t as sp says, and reports whether c
// is a conversion.
func directive(b *strings.Builder, c byte, sp spec, t time.Time) bool {
	name := sp.upper || sp.swap // names follow both ^ and #
	switch c {
	case 'a':
		text(b, t.Weekday().String()[:3], name, sp)
	case 'A':
		text(b, t.Weekday().String(), name, sp)
	case 'b', 'h':
		text(b, t.Month().String()[:3], name, sp)
	case 'B':
		text(b, t.Month().String(), name, sp)
	case 'c':
		text(b, formatTime("%a %b %e %H:%M:%S %Y", t), sp.upper, sp)
	case 'C':
		num(b, t.Year()/100, 2, '0', sp)
	case 'd':
		num(b, t.Day(), 2, '0', sp)
	case 'D', 'x':
		text(b, formatTime("%m/%d/%y", t), sp.upper, sp)
	case 'e':
		num(b, t.Day(), 2, ' ', sp)
	case 'F':
		text(b, formatTime("%Y-%m-%d", t), sp.upper, sp)
	case 'g':
		y, _ := t.ISOWeek()
		num(b, y%100, 2, '0', sp)
	case 'G':
		y, _ := t.ISOWeek()
		num(b, y, 1, '0', sp)
	case 'H':
		num(b, t.Hour(), 2, '0', sp)
	case 'I':
		num(b, hour12(t.Hour()), 2, '0', sp)
	case 'j':
		num(b, t.YearDay(), 3, '0', sp)
	case 'k':
		num(b, t.Hour(), 2, ' ', sp)
	case 'l':
		num(b, hour12(t.Hour()), 2, ' ', sp)
	case 'm':
		num(b, int(t.Month()), 2, '0', sp)
	case 'M':
		num(b, t.Minute(), 2, '0', sp)
	case 'n':
		text(b, "\n", false, sp)
	case 'p':
		if sp.swap {
			text(b, ampm(t, "am", "pm"), false, sp)
		} else {
			text(b, ampm(t, "AM", "PM"), false, sp)
		}
	case 'P':
		text(b, ampm(t, "am", "pm"), false, sp) // glibc keeps %P lower case
	case 'r':
		text(b, formatTime("%I:%M:%S %p", t), sp.upper, sp)
	case 'R':
		text(b, formatTime("%H:%M", t), sp.upper, sp)
	case 's':
		text(b, strconv.FormatInt(t.Unix(), 10), false, sp)
	case 'S':
		num(b, t.Second(), 2, '0', sp)
	case 't':
		text(b, "\t", false, sp)
	case 'T', 'X':
		text(b, formatTime("%H:%M:%S", t), sp.upper, sp)
	case 'u':
		num(b, (int(t.Weekday())+6)%7+1, 1, '0', sp)
	case 'U':
		num(b, weekNumber(t, 0), 2, '0', sp)
	case 'V':
		_, w := t.ISOWeek()
		num(b, w, 2, '0', sp)
	case 'w':
		num(b, int(t.Weekday()), 1, '0', sp)
	case 'W':
		num(b, weekNumber(t, 1), 2, '0', sp)
	case 'y':
		num(b, t.Year()%100, 2, '0', sp)
	case 'Y':
		num(b, t.Year(), 1, '0', sp)
	case 'z':
		_, off := t.Zone()
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		text(b, sign+fmt.Sprintf("%04d", off/3600*100+off%3600/60), false, sp)
	case 'Z':
		zn, _ := t.Zone()
		if sp.swap {
			zn = strings.ToLower(zn)
		}
		text(b, zn, sp.upper && !sp.swap, sp)
	case '%':
		text(b, "%", false, sp)
	default:
		return false
	}
	return true
}

// ampm returns am before noon and pm from noon on.
func ampm(t time.Time, am, pm string) string {
	if t.Hour() < 12 {
		return am
	}
	return pm
}
