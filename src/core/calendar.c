/*
 * calendar.c: see calendar.h.  Civil-date arithmetic after H. Hinnant's
 * days_from_civil / civil_from_days (proleptic Gregorian, exact for any int32 day).
 */
#include "calendar.h"

/* days from 1970-01-01 to 2000-01-01 */
#define EPOCH_SHIFT 10957

static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

el_day
el_day_from_ymd(int year, int month, int day)
{
	return (el_day) (days_from_civil(year, month, day) - EPOCH_SHIFT);
}

/* Civil date of day z counted from 1970-01-01 (H. Hinnant's civil_from_days). */
static void
civil_from_days64(int64_t z, int *year, int *month, int *day)
{
	int64_t		era,
				doe,
				yoe,
				y,
				doy,
				mp;
	int			d,
				m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int) (doy - (153 * mp + 2) / 5 + 1);
	m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = (int) (y + (m <= 2));
	*month = m;
	*day = d;
}

void
el_ymd_from_day(el_day dd, int *year, int *month, int *day)
{
	civil_from_days64((int64_t) dd + EPOCH_SHIFT, year, month, day);
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

el_day
el_add_years(el_day d, int n)
{
	int			y,
				m,
				dd;

	el_ymd_from_day(d, &y, &m, &dd);
	y += n;
	if (m == 2 && dd == 29 && !is_leap(y))
		dd = 28;
	return el_day_from_ymd(y, m, dd);
}

int
el_full_years(el_day birth, el_day on)
{
	int			by,
				bm,
				bd,
				oy,
				om,
				od,
				years;

	el_ymd_from_day(birth, &by, &bm, &bd);
	el_ymd_from_day(on, &oy, &om, &od);
	/* a 29 February birthday falls on 28 February in a common year */
	if (bm == 2 && bd == 29 && !is_leap(oy))
		bd = 28;
	years = oy - by;
	if (om < bm || (om == bm && od < bd))
		years--;
	return years;
}

/* Full years from day a to day b, in 64-bit days (no int32 limits). */
static int64_t
full_years64(int64_t a, int64_t b)
{
	int64_t		z;
	int			ay,
				am,
				ad,
				by,
				bm,
				bd;
	int64_t		years;

	/* the same civil conversion as el_ymd_from_day, on int64 */
	z = a + EPOCH_SHIFT;
	civil_from_days64(z, &ay, &am, &ad);
	z = b + EPOCH_SHIFT;
	civil_from_days64(z, &by, &bm, &bd);
	if (am == 2 && ad == 29 && !is_leap(by))
		ad = 28;
	years = (int64_t) by - ay;
	if (bm < am || (bm == am && bd < ad))
		years--;
	return years;
}

int64_t
el_latest_start(el_day on, int n)
{
	int			y,
				m,
				d;
	int64_t		cand;

	el_ymd_from_day(on, &y, &m, &d);
	/* the same month and day n years back, or the month's last day */
	if (m == 2 && d == 29 && !is_leap(y - n))
		d = 28;
	/* in 64 bits: n years before the earliest int32 day is no int32 day */
	cand = days_from_civil((int64_t) y - n, m, d) - EPOCH_SHIFT;
	/* step over the 29 February edge cases until exact (at most a day or two) */
	while (full_years64(cand + 1, on) >= n)
		cand++;
	while (full_years64(cand, on) < n)
		cand--;
	return cand;
}

bool
el_years_reached(el_day start, el_day on, int n)
{
	/*
	 * A tiny direct-mapped memo: a query asks about one polling day and a
	 * handful of year counts (18, 21, 35 ...), millions of times.
	 */
	static struct
	{
		bool		valid;
		el_day		on;
		int			n;
		int64_t		latest;
	}			memo[16];
	unsigned	slot = ((unsigned) on * 31u + (unsigned) n) & 15u;

	if (!memo[slot].valid || memo[slot].on != on || memo[slot].n != n)
	{
		memo[slot].latest = el_latest_start(on, n);
		memo[slot].on = on;
		memo[slot].n = n;
		memo[slot].valid = true;
	}
	return start <= memo[slot].latest;
}
