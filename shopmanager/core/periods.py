"""Report periods — a month, an ISO week, a year or a range of days — and the one parser of
what people type for them: "11月", "2026年11月", "2026-11", "上月", "2026-W48", "2026年" …

Dates are inclusive (`end` is the last day). A month typed without its year ("11月") is
the latest such month that has begun: typed in January 2027 it is November 2026.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

KINDS = ("month", "week", "year", "range", "none")


@dataclass(frozen=True)
class Period:
    kind: str  # month | week | year | range | none (a report of the present moment)
    start: dt.date
    end: dt.date  # inclusive

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def month(self) -> int:
        return self.start.month

    @property
    def month_text(self) -> str:
        """'2026-11' (what the monthly reports take)."""
        return f"{self.start:%Y-%m}"

    def key(self) -> str:
        """A short code for file names and the command line."""
        if self.kind == "month":
            return self.month_text
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "year":
            return f"{self.start.year}"
        if self.kind == "none":
            return f"{self.start:%Y%m%d}"
        return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"

    def label(self) -> str:
        """'2026年11月' / 'November 2026' — as the report's header says it."""
        if self.kind == "month":
            return tr("Periods", "{month_name} {year}").format(
                month_name=month_name(self.start.month), year=self.start.year, month=self.start.month)
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return tr("Periods", "Week {week} of {year} ({start} – {end})").format(
                week=week, year=year, start=f"{self.start:%m-%d}", end=f"{self.end:%m-%d}")
        if self.kind == "year":
            return tr("Periods", "Year {year}").format(year=self.start.year)
        if self.kind == "none":
            return f"{self.start:%Y-%m-%d}"
        return f"{self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}"

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[first moment, first moment after) for queries on date-times."""
        return (dt.datetime.combine(self.start, dt.time()),
                dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))

    def previous(self) -> Period:
        """The period just before: last month, last week, last year, the same length before."""
        if self.kind == "month":
            before = self.start - dt.timedelta(days=1)
            return month_period(before.year, before.month)
        if self.kind == "year":
            return year_period(self.start.year - 1)
        length = self.end - self.start + dt.timedelta(days=1)
        return Period(self.kind, self.start - length, self.start - dt.timedelta(days=1))


def month_name(month: int) -> str:
    names = (tr("Periods", "January"), tr("Periods", "February"), tr("Periods", "March"), tr("Periods", "April"),
             tr("Periods", "May"), tr("Periods", "June"), tr("Periods", "July"), tr("Periods", "August"),
             tr("Periods", "September"), tr("Periods", "October"), tr("Periods", "November"),
             tr("Periods", "December"))
    return names[month - 1]


def month_period(year: int, month: int) -> Period:
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise ValidationError(tr("Periods", "Month: choose a month between 2000 and 2100."), field="month")
    return Period("month", dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def week_period(year: int, week: int) -> Period:
    try:
        start = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(tr("Periods", "Week: {year} has no week {week}.").format(year=year, week=week),
                              field="week") from None
    return Period("week", start, start + dt.timedelta(days=6))


def year_period(year: int) -> Period:
    if not 2000 <= year <= 2100:
        raise ValidationError(tr("Periods", "Year: choose a year between 2000 and 2100."), field="year")
    return Period("year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def range_period(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError(tr("Periods", "The last day is before the first day."), field="to")
    if (end - start).days > 3660:
        raise ValidationError(tr("Periods", "Choose at most ten years."), field="to")
    return Period("range", start, end)


def today_period(today: dt.date) -> Period:
    return Period("none", today, today)


def _plain(text: str | None) -> str:
    """Full-width digits and letters (２０２６年１１月) as ASCII, no spaces, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).lower()


_RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "当月": 0, "thismonth": 0, "上月": -1, "上个月": -1, "lastmonth": -1,
                    "上上月": -2, "上上个月": -2}
_MONTH_NAMES = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}


def _month_error(text: str) -> ValidationError:
    return ValidationError(tr("Periods", "Month: '{text}' is not a month. Write it like 11月, 2026年11月 or "
                                         "2026-11.").format(text=text), field="month")


def parse_month(text: str | None, today: dt.date | None = None) -> Period:
    """A month as people type it: 2026-11, 2026/11, 2026.11, 202611, 2026年11月, 11月, 11, 上月,
    本月, Nov 2026, November 2026."""
    today = today or dt.date.today()
    plain = _plain(text)
    if plain in _RELATIVE_MONTHS:
        index = today.year * 12 + today.month - 1 + _RELATIVE_MONTHS[plain]
        return month_period(index // 12, index % 12 + 1)
    patterns = (r"(\d{4})[-/.年](\d{1,2})月?(份)?", r"(\d{4})(\d{2})", r"(\d{1,2})月?(份)?")
    for pattern in patterns:
        match = re.fullmatch(pattern, plain)
        if match:
            numbers = [int(g) for g in match.groups() if g and g.isdigit()]
            if len(numbers) == 2:
                year, month = numbers
            else:
                month = numbers[0]
                if not 1 <= month <= 12:
                    raise _month_error(text or "")
                year = today.year if month <= today.month else today.year - 1
            if not 1 <= month <= 12:
                raise _month_error(text or "")
            return month_period(year, month)
    match = re.fullmatch(r"([a-z]+)(\d{4})?", plain)
    if match and match.group(1) in _MONTH_NAMES:
        month = _MONTH_NAMES[match.group(1)]
        year = int(match.group(2)) if match.group(2) else (today.year if month <= today.month else today.year - 1)
        return month_period(year, month)
    raise _month_error(text or "")


def parse_week(text: str | None, today: dt.date | None = None) -> Period:
    """2026-W48, 2026W48, 2026年第48周, 第48周 / W48 (this year), 本周, 上周."""
    today = today or dt.date.today()
    plain = _plain(text)
    if plain in ("本周", "这周", "thisweek"):
        return week_period(*today.isocalendar()[:2])
    if plain in ("上周", "lastweek"):
        return week_period(*(today - dt.timedelta(days=7)).isocalendar()[:2])
    match = re.fullmatch(r"(?:(\d{4})(?:-?w|年第|年))?(?:第|w)?(\d{1,2})周?", plain)
    if match and (match.group(1) or plain.startswith(("第", "w")) or plain.endswith("周")):
        year = int(match.group(1)) if match.group(1) else today.isocalendar()[0]
        return week_period(year, int(match.group(2)))
    raise ValidationError(tr("Periods", "Week: '{text}' is not a week. Write it like 2026-W48 or 2026年第48周.")
                          .format(text=text or ""), field="week")


def parse_year(text: str | None, today: dt.date | None = None) -> Period:
    """2026, 2026年, 今年, 去年."""
    today = today or dt.date.today()
    plain = _plain(text)
    relative = {"今年": 0, "thisyear": 0, "去年": -1, "lastyear": -1}
    if plain in relative:
        return year_period(today.year + relative[plain])
    match = re.fullmatch(r"(\d{4})年?", plain)
    if match:
        return year_period(int(match.group(1)))
    raise ValidationError(tr("Periods", "Year: '{text}' is not a year. Write it like 2026.").format(text=text or ""),
                          field="year")


def parse_day(text: str | None, today: dt.date | None = None, *, field: str = "from") -> dt.date:
    """2026-11-03, 2026/11/3, 2026.11.3, 20261103, 2026年11月3日, 11月3日 (this year)."""
    today = today or dt.date.today()
    plain = _plain(text)
    match = (re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?", plain)
             or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", plain))
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.月](\d{1,2})[日号]?", plain)
        if not match:
            year = month = day = 0
        else:
            year, (month, day) = today.year, (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(tr("Periods", "Date: '{text}' is not a date. Write it like 2026-11-03.").format(
            text=text or ""), field=field) from None


def parse_period(kind: str, *, month: str | None = None, week: str | None = None, year: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, today: dt.date | None = None) -> Period:
    """The period a report of `kind` needs, from what was typed (the command line's options)."""
    today = today or dt.date.today()
    if kind == "none":
        return today_period(today)
    given = {"month": month, "week": week, "year": year}[kind] if kind in ("month", "week", "year") else None
    if kind == "month" and given:
        return parse_month(given, today)
    if kind == "week" and given:
        return parse_week(given, today)
    if kind == "year" and given:
        return parse_year(given, today)
    if date_from or date_to:
        start = parse_day(date_from, today, field="from") if date_from else None
        end = parse_day(date_to, today, field="to") if date_to else today
        if kind == "range":
            return range_period(start or end, end)
    examples = {"month": "--month 2026-11", "week": "--week 2026-W48", "year": "--year 2026",
                "range": "--from 2026-11-01 --to 2026-11-30"}
    raise ValidationError(tr("Periods", "Name the period: {example}").format(example=examples.get(kind, kind)),
                          field=kind)


def recent_months(today: dt.date, count: int = 24) -> list[Period]:
    """This month and the ones before it, newest first (the month picker's list)."""
    index = today.year * 12 + today.month - 1
    return [month_period((index - n) // 12, (index - n) % 12 + 1) for n in range(count)
            if 2000 <= (index - n) // 12]
