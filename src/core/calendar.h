/*
 * calendar.h: dates as whole days, and ages on a given day.
 *
 * The core counts days from 2000-01-01 (day 0), the same epoch as
 * PostgreSQL's date type, so the glue passes dates through untouched.
 */
#ifndef ELECTORAL_CORE_CALENDAR_H
#define ELECTORAL_CORE_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

typedef int32_t el_day;

/* Open ends of a period (PostgreSQL's -infinity and infinity are outside these too). */
#define EL_DAY_MIN INT32_MIN
#define EL_DAY_MAX INT32_MAX

el_day		el_day_from_ymd(int year, int month, int day);
void		el_ymd_from_day(el_day d, int *year, int *month, int *day);

/*
 * Full years between birth and on (negative if on is before birth).
 *
 * A person born on 29 February has a birthday on 28 February in common
 * years: a term counted in years that ends in a month without the
 * corresponding day expires on that month's last day (Civil Code of the
 * Russian Federation art. 192 p. 3; Civil Code of Belarus art. 193 p. 3).
 */
int			el_full_years(el_day birth, el_day on);

/* The day n years after d, by the same rule (used for "resident N years"). */
el_day		el_add_years(el_day d, int n);

/*
 * Whether n full years have passed from start to on, i.e.
 * el_full_years(start, on) >= n, without converting start to a calendar
 * date: start is compared with the latest qualifying start day, which is
 * memoised per (on, n).  This is the per-row age and residence test.
 */
bool		el_years_reached(el_day start, el_day on, int n);

/*
 * The latest start day from which n full years have passed on day on, in
 * 64 bits: near the ends of the int32 range it may lie outside it (then no
 * int32 day, or every one, qualifies).
 */
int64_t		el_latest_start(el_day on, int n);

#endif
