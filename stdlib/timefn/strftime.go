package timefn

import (
	"strconv"
	"strings"
	"time"
)

// formatTime implements strftime(3) in the C locale, with the GNU flags
// - (no padding), _ (pad with spaces) and 0 (pad with zeros). Unknown
// directives are copied as they are.
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
		pad := byte(0) // 0: the directive's default
		if f := format[i]; (f == '-' || f == '_' || f == '0') && i+1 < len(format) {
			pad = f
			i++
		}
		if !directive(&b, format[i], pad, t) {
			b.WriteString(format[start : i+1])
		}
	}
	return b.String()
}

// num writes n with at least width digits, padded with def unless the flag
// pad says otherwise.
func num(b *strings.Builder, n, width int, def, pad byte) {
	s := strconv.Itoa(n)
	switch pad {
	case '-':
		width = 0
	case '_':
		def = ' '
	case '0':
		def = '0'
	}
	for i := len(s); i < width; i++ {
		b.WriteByte(def)
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

func directive(b *strings.Builder, c, pad byte, t time.Time) bool {
	switch c {
	case 'a':
		b.WriteString(t.Weekday().String()[:3])
	case 'A':
		b.WriteString(t.Weekday().String())
	case 'b', 'h':
		b.WriteString(t.Month().String()[:3])
	case 'B':
		b.WriteString(t.Month().String())
	case 'c':
		b.WriteString(formatTime("%a %b %e %H:%M:%S %Y", t))
	case 'C':
		num(b, t.Year()/100, 2, '0', pad)
	case 'd':
		num(b, t.Day(), 2, '0', pad)
	case 'D', 'x':
		b.WriteString(formatTime("%m/%d/%y", t))
	case 'e':
		num(b, t.Day(), 2, ' ', pad)
	case 'F':
		b.WriteString(formatTime("%Y-%m-%d", t))
	case 'g':
		y, _ := t.ISOWeek()
		num(b, y%100, 2, '0', pad)
	case 'G':
		y, _ := t.ISOWeek()
		num(b, y, 1, '0', pad)
	case 'H':
		num(b, t.Hour(), 2, '0', pad)
	case 'I':
		num(b, hour12(t.Hour()), 2, '0', pad)
	case 'j':
		num(b, t.YearDay(), 3, '0', pad)
	case 'k':
		num(b, t.Hour(), 2, ' ', pad)
	case 'l':
		num(b, hour12(t.Hour()), 2, ' ', pad)
	case 'm':
		num(b, int(t.Month()), 2, '0', pad)
	case 'M':
		num(b, t.Minute(), 2, '0', pad)
	case 'n':
		b.WriteByte('\n')
	case 'p':
		b.WriteString(ampm(t, "AM", "PM"))
	case 'P':
		b.WriteString(ampm(t, "am", "pm"))
	case 'r':
		b.WriteString(formatTime("%I:%M:%S %p", t))
	case 'R':
		b.WriteString(formatTime("%H:%M", t))
	case 's':
		b.WriteString(strconv.FormatInt(t.Unix(), 10))
	case 'S':
		num(b, t.Second(), 2, '0', pad)
	case 't':
		b.WriteByte('\t')
	case 'T', 'X':
		b.WriteString(formatTime("%H:%M:%S", t))
	case 'u':
		num(b, (int(t.Weekday())+6)%7+1, 1, '0', pad)
	case 'U':
		num(b, weekNumber(t, 0), 2, '0', pad)
	case 'V':
		_, w := t.ISOWeek()
		num(b, w, 2, '0', pad)
	case 'w':
		num(b, int(t.Weekday()), 1, '0', pad)
	case 'W':
		num(b, weekNumber(t, 1), 2, '0', pad)
	case 'y':
		num(b, t.Year()%100, 2, '0', pad)
	case 'Y':
		num(b, t.Year(), 1, '0', pad)
	case 'z':
		_, off := t.Zone()
		sign := byte('+')
		if off < 0 {
			sign, off = '-', -off
		}
		b.WriteByte(sign)
		num(b, off/3600*100+off%3600/60, 4, '0', 0)
	case 'Z':
		name, _ := t.Zone()
		b.WriteString(name)
	case '%':
		b.WriteByte('%')
	default:
		return false
	}
	return true
}

func ampm(t time.Time, am, pm string) string {
	if t.Hour() < 12 {
		return am
	}
	return pm
}
