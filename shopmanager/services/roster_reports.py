"""The roster module's PDFs (one report style, reports/) and Excel files: the week's roster,
the monthly attendance sheet (team and per person), the growth-fund statement, meeting
minutes. For the Reports page: `(actor, period, progress=None) -> bytes`."""
from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from shopmanager.core.attendance import ShiftResult, grid_mark, mark_label
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm, role_label
from shopmanager.core.progress import Progress
from shopmanager.core.roster import leave_label, week_label, week_start, weekday_label
from shopmanager.db.models import Staff
from shopmanager.services import fund, meetings, roster
from shopmanager.services.attendance import compute, person_period
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.inventory_reports import _meta

CONFLICT_RED = "#c62828"


def _week(week: str | dt.date) -> dt.date:
    """A week's Monday from a date in it, or from '2026-W48' / '2026年第48周' / '本周' (core/periods)."""
    if isinstance(week, dt.date):
        return week_start(week)
    from shopmanager.core import timeutil
    from shopmanager.core.periods import parse_week

    return parse_week(week, timeutil.today()).start


def _printed(actor: Actor, entity: str, summary: str) -> None:
    write_retrying(lambda: audit(actor, "print", entity, "", summary=summary))


def _xlsx(actor: Actor, entity: str, path: Path, columns: list, rows: list, title: str,
          progress: Progress | None):
    """Write one sheet (excel.export_xlsx → WrittenFile: path, rows, notes of cut texts) and note
    the export in the audit log."""
    from shopmanager.excel import export_xlsx

    written = export_xlsx(path, columns, rows, sheet_title=title, progress=progress)
    write_retrying(lambda: audit(actor, "export", entity, "", summary=f"{title} → {Path(path).name}"))
    return written


# -- the week's roster --------------------------------------------------------------------------

def _cell_text(week: roster.RosterWeek, staff_id: int, day: dt.date) -> tuple[str, str | None]:
    """(text, fill colour) of one roster cell."""
    items = week.cells.get((staff_id, day), [])
    lines = [i.text().replace(" ", "\n", 1) if i.kind == "shift" else tr("Roster", "Rest") for i in items]
    for kind in week.leave.get((staff_id, day), []):
        lines.append(tr("Roster", "On leave: {kind}").format(kind=leave_label(kind)))
    fill = next((i.color for i in items if i.kind == "shift"), None)
    return "\n".join(lines), fill


def _hours(week: roster.RosterWeek, staff_id: int) -> float:
    minutes = 0
    for day in week.days:
        for item in week.cells.get((staff_id, day), []):
            if item.kind == "shift":
                start, end = roster.ShiftTimes.parse(item.start_time, item.end_time).window(day)
                minutes += (end - start).total_seconds() / 60
    return minutes / 60


def roster_week_pdf(actor: Actor, week: str | dt.date, progress: Progress | None = None) -> bytes:
    """排班表: people × days of one week, shifts with their times, rest days, approved leave,
    conflicts in red; the shifts' legend and signatures."""
    from shopmanager.reports import build_pdf_bytes, note, section, signature_block
    from shopmanager.reports.roster_blocks import grid_table

    monday = _week(week)
    progress = progress or Progress()
    progress.update(0, 2, tr("Roster", "Reading the roster…"))
    data = roster.roster_week(actor, monday)
    headers = [tr("Roster", "Staff")] + [f"{weekday_label(d)}\n{d:%m-%d}" for d in data.days] + [tr("Roster", "Hours")]
    rows, fills, marks = [], {}, {}
    for r, person in enumerate(data.people):
        row = [f"{person.staff_no} {person.name}\n{role_label(person.role)}"]
        for c, day in enumerate(data.days, start=1):
            text, fill = _cell_text(data, person.staff_id, day)
            if data.conflicts_of(person.staff_id, day):
                text = "⚠ " + text if text else "⚠"
                marks[(r, c)] = CONFLICT_RED
            elif fill:
                fills[(r, c)] = fill
            row.append(text)
        row.append(f"{_hours(data, person.staff_id):g}")
        rows.append(row)
    story = [grid_table(headers, rows, [34] + [32] * 7 + [11], font_size=8, fills=fills, marks=marks)]
    shifts = roster.list_shifts(actor)
    story.append(note(tr("Roster", "Shifts: {list}").format(list="; ".join(s.label() for s in shifts))))
    if data.conflicts:
        story.append(section(tr("Roster", "Conflicts ({n})").format(n=len(data.conflicts))))
        names = {p.staff_id: p.name for p in data.people}
        for conflict in data.conflicts:
            story.append(note(f"⚠ {names.get(conflict.staff_id, '')}: {conflict.message}"))
    story.append(signature_block([tr("Roster", "Made by"), tr("Roster", "Approved by")]))
    progress.update(1, 2)
    pdf = build_pdf_bytes(_meta(actor, tr("Roster", "Weekly roster"), week_label(monday), landscape=True), story)
    _printed(actor, "roster", tr("Roster", "Weekly roster {week}").format(week=week_label(monday)))
    progress.update(2, 2)
    return pdf


def roster_week_xlsx(actor: Actor, week: str | dt.date, path: Path, progress: Progress | None = None):
    from shopmanager.excel import Column

    monday = _week(week)
    data = roster.roster_week(actor, monday)
    columns = [Column(tr("Staff", "Staff no.")), Column(tr("Staff", "Name")), Column(tr("Users", "Role"))] + \
        [Column(f"{weekday_label(d)} {d:%m-%d}") for d in data.days] + [Column(tr("Roster", "Hours"), "decimal")]
    rows = [[p.staff_no, p.name, role_label(p.role)] + [_cell_text(data, p.staff_id, d)[0].replace("\n", " ")
                                                         for d in data.days] + [round(_hours(data, p.staff_id), 2)]
            for p in data.people]
    return _xlsx(actor, "roster", path, columns, rows, tr("Roster", "Roster {week}").format(
        week=week_label(monday).split(" ")[0]), progress)


# -- attendance -----------------------------------------------------------------------------------

def _month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _people(results: dict[int, list[ShiftResult]]) -> list[Staff]:
    return list(Staff.select().where(Staff.id.in_(list(results))).order_by(Staff.staff_no, Staff.name)) \
        if results else []


def _leave_text(leave: dict) -> str:
    return " ".join(f"{leave_label(kind)} {days:g}" for kind, days in sorted(leave.items()))


def _summary_row(totals) -> list:
    return [totals.scheduled_days, totals.worked_days, totals.late_count, totals.late_minutes, totals.early_count,
            totals.early_minutes, totals.absent_days, totals.missing_punches]


def _summary_headers() -> list[str]:
    return [tr("Attendance", "Scheduled days"), tr("Attendance", "Days worked"), tr("Attendance", "Late (times)"),
            tr("Attendance", "Late (min)"), tr("Attendance", "Early (times)"), tr("Attendance", "Early (min)"),
            tr("Attendance", "Absent days"), tr("Attendance", "Missing punches")]


def _grid_marks(results: list[ShiftResult], days: list[dt.date]) -> list[str]:
    by_day: dict[dt.date, list[str]] = {}
    for result in results:
        by_day.setdefault(result.shift.day, []).append(grid_mark(result))
    return ["/".join(m for m in by_day.get(day, []) if m) for day in days]


def attendance_month_pdf(actor: Actor, month: str, progress: Progress | None = None, *,
                         staff_id: int | None = None) -> bytes:
    """月度考勤表: the team's totals, the month grid (√ L5 E10 X M 假), then each person's days
    with punches and results, for signing. One person (`staff_id`): oneself, or anyone for a
    supervisor."""
    from shopmanager.core.attendance import totals as total_of
    from shopmanager.reports import build_pdf_bytes, data_table, note, page_break, section, signature_block
    from shopmanager.reports import ReportColumn
    from shopmanager.reports.document import content_width
    from shopmanager.reports.roster_blocks import grid_table

    year, number = month_of(month)
    first, last = _month_days(year, number)
    if staff_id is None or staff_id != actor.staff_id:
        require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance")
    else:
        require(actor, Perm.ROSTER_VIEW, entity="attendance")
    progress = progress or Progress()
    progress.update(0, 3, tr("Attendance", "Computing the month…"))
    results = compute(first, last, [staff_id] if staff_id is not None else None)
    people = _people(results)
    meta = _meta(actor, tr("Attendance", "Monthly attendance sheet"), f"{year}-{number:02d}", landscape=True)
    width = content_width(meta)
    story = []
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    if staff_id is None:
        story.append(section(tr("Attendance", "Team totals")))
        columns = [ReportColumn(tr("Staff", "Staff no."), 18), ReportColumn(tr("Staff", "Name"), 24)]
        columns += [ReportColumn(h, 19, "right", "int") for h in _summary_headers()]
        columns.append(ReportColumn(tr("Attendance", "Leave")))
        rows = []
        for person in people:
            t = total_of(results[person.id])
            rows.append([person.staff_no, person.name] + _summary_row(t) + [_leave_text(t.leave_days)])
        story.append(data_table(columns, rows, width=width))
        story.append(section(tr("Attendance", "The month day by day")))
        grid_rows = [[f"{p.staff_no} {p.name}"] + _grid_marks(results[p.id], days) for p in people]
        story.append(grid_table([tr("Roster", "Staff")] + [str(d.day) for d in days], grid_rows,
                                [28] + [(width / 2.8346 - 30) / len(days)] * len(days), font_size=6.5))
        story.append(note(tr("Attendance", "√ normal · L late (minutes) · E left early (minutes) · X absent · M missing "
                                           "punch · P/S/A/C/M/B/F/O leave (personal, sick, annual, in lieu, marriage, "
                                           "birth, bereavement, other) · blank: no shift · “·” shift in progress")))
    progress.update(1, 3)
    for index, person in enumerate(people):
        if staff_id is None or index:
            story.append(page_break())
        own = person_period(actor, person.id, first, last)
        story.append(section(f"{person.staff_no} {person.name} · {role_label(person.role)}"))
        columns = [ReportColumn(tr("Attendance", "Date"), 24), ReportColumn(tr("Attendance", "Shift"), 40),
                   ReportColumn(tr("Attendance", "Clock-in"), 22, "center"),
                   ReportColumn(tr("Attendance", "Clock-out"), 22, "center"),
                   ReportColumn(tr("Attendance", "All punches")), ReportColumn(tr("Attendance", "Result"), 60)]
        rows = []
        for result in own.results:
            punches = " ".join(f"{p:%H:%M}" for p in own.punches.get(result.shift.day, []))
            rows.append([f"{result.shift.day:%m-%d} {weekday_label(result.shift.day)}",
                         f"{result.shift.name} {result.shift.start:%H:%M}–{result.shift.end:%H:%M}",
                         f"{result.in_at:%H:%M}" if result.in_at else "—",
                         f"{result.out_at:%H:%M}" if result.out_at else "—", punches, mark_label(result)])
        story.append(data_table(columns, rows, width=width))
        t = own.totals
        figures = list(zip(_summary_headers(), _summary_row(t)))
        if t.leave_days:
            figures.append((tr("Attendance", "Leave"), _leave_text(t.leave_days)))
        story.append(note(" · ".join(tr("Attendance", "{label}: {value}").format(label=h, value=v)
                                     for h, v in figures)))
        story.append(signature_block([tr("Attendance", "Employee"), tr("Attendance", "Supervisor")], width=width))
        if index % 10 == 0:
            progress.update(1 + index / max(1, len(people)), 3)
    if not people:
        story.append(note(tr("Attendance", "Nobody had a shift on the roster this month.")))
    pdf = build_pdf_bytes(meta, story)
    _printed(actor, "attendance", tr("Attendance", "Monthly attendance sheet {month}").format(
        month=f"{year}-{number:02d}"))
    progress.update(3, 3)
    return pdf


def attendance_month_xlsx(actor: Actor, month: str, path: Path, progress: Progress | None = None):
    """The month as one sheet: a row per person with the day marks and the totals, a totals row."""
    from shopmanager.core.attendance import totals as total_of
    from shopmanager.core.roster import LeaveKind
    from shopmanager.excel import Column

    require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance")
    year, number = month_of(month)
    first, last = _month_days(year, number)
    results = compute(first, last)
    people = _people(results)
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    figures = {p.id: total_of(results[p.id]) for p in people}
    kinds = [k.value for k in LeaveKind if any(k.value in f.leave_days for f in figures.values())]
    columns = [Column(tr("Staff", "Staff no.")), Column(tr("Staff", "Name"))] + \
        [Column(f"{d.day}", width=5) for d in days] + [Column(h, "int") for h in _summary_headers()] + \
        [Column(tr("Attendance", "{kind} (days)").format(kind=leave_label(k)), "decimal") for k in kinds]
    rows = []
    for person in people:
        t = figures[person.id]
        rows.append([person.staff_no, person.name] + _grid_marks(results[person.id], days) + _summary_row(t)
                    + [t.leave_days.get(k, 0) for k in kinds])
    if people:
        sums = [sum(r[2 + len(days) + i] for r in rows) for i in range(8 + len(kinds))]
        rows.append(["", tr("Attendance", "Team")] + [""] * len(days) + sums)
    return _xlsx(actor, "attendance", path, columns, rows, tr("Attendance", "Attendance {month}").format(
        month=f"{year}-{number:02d}"), progress)


def attendance_detail_xlsx(actor: Actor, month: str, path: Path, progress: Progress | None = None):
    """Every person's every shift of the month: punches and the computed result."""
    from shopmanager.excel import Column

    require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance")
    year, number = month_of(month)
    first, last = _month_days(year, number)
    results = compute(first, last)
    columns = [Column(tr("Staff", "Staff no.")), Column(tr("Staff", "Name")), Column(tr("Attendance", "Date"), "date"),
               Column(tr("Attendance", "Shift")), Column(tr("Attendance", "Clock-in"), "datetime"),
               Column(tr("Attendance", "Clock-out"), "datetime"), Column(tr("Attendance", "Late (min)"), "int"),
               Column(tr("Attendance", "Early (min)"), "int"), Column(tr("Attendance", "Result"))]
    rows = []
    for person in _people(results):
        for r in results[person.id]:
            rows.append([person.staff_no, person.name, r.shift.day,
                         f"{r.shift.name} {r.shift.start:%H:%M}–{r.shift.end:%H:%M}", r.in_at, r.out_at,
                         r.late_minutes, r.early_minutes, mark_label(r)])
    return _xlsx(actor, "attendance", path, columns, rows, tr("Attendance", "Details {month}").format(
        month=f"{year}-{number:02d}"), progress)


# -- the growth fund ------------------------------------------------------------------------------

def fund_statement_pdf(actor: Actor, month: str, progress: Progress | None = None) -> bytes:
    """部门成长基金月度收支表: opening balance, every entry with the running balance, closing."""
    from shopmanager.reports import ReportColumn, build_pdf_bytes, data_table, note, signature_block, summary_cards

    year, number = month_of(month)
    progress = progress or Progress()
    data = fund.statement(actor, year, number)
    story = [summary_cards([(tr("Fund", "Opening balance"), f"¥{format_money(data.opening_cents)}"),
                            (tr("Fund", "Income"), f"¥{format_money(data.income_cents)}"),
                            (tr("Fund", "Spending"), f"¥{format_money(data.spending_cents)}"),
                            (tr("Fund", "Closing balance"), f"¥{format_money(data.closing_cents)}")])]
    columns = [ReportColumn(tr("Fund", "Date"), 20), ReportColumn(tr("Fund", "Kind"), 26),
               ReportColumn(tr("Fund", "What")), ReportColumn(tr("Fund", "Who"), 30),
               ReportColumn(tr("Fund", "Income"), 22, "right", "money"),
               ReportColumn(tr("Fund", "Spending"), 22, "right", "money"),
               ReportColumn(tr("Fund", "Balance"), 24, "right", "money")]
    rows = [[f"{data.year}-{data.month:02d}-01", "", tr("Fund", "Opening balance"), "", None, None, data.opening_cents]]
    for line in data.lines:
        what = line.description + (f" ({tr('Fund', 'voided')}: {line.void_reason})" if line.voided else "")
        rows.append([f"{line.day:%Y-%m-%d}", line.category_text, what, line.people,
                     line.amount_cents if line.kind == "income" else None,
                     line.amount_cents if line.kind == "spending" else None, line.balance_cents])
    story.append(data_table(columns, rows, totals=(tr("Fund", "Total"), "", "", "", data.income_cents,
                                                   data.spending_cents, data.closing_cents)))
    story.append(note(tr("Fund", "Every fine goes to the department growth fund, kept in the open; it pays for team "
                                 "activities.") + " " + tr("Fund", "Voided entries are shown and not counted.")))
    story.append(signature_block([tr("Fund", "Kept by"), tr("Fund", "Checked by")]))
    pdf = build_pdf_bytes(_meta(actor, tr("Fund", "Growth fund statement"), f"{year}-{number:02d}"), story)
    _printed(actor, "fund", tr("Fund", "Growth fund statement {month}").format(month=f"{year}-{number:02d}"))
    return pdf


# -- meetings ---------------------------------------------------------------------------------------

def meeting_minutes_pdf(actor: Actor, meeting_id: int, progress: Progress | None = None) -> bytes:
    """例会纪要: when, who chaired, who came, each member's report, the decisions."""
    from shopmanager.reports import (
        ReportColumn, build_pdf_bytes, data_table, key_value_table, paragraph, section, signature_block,
    )

    record = meetings.get_meeting(actor, meeting_id)
    present = [m.name for m in record.members if m.present]
    absent = [m.name for m in record.members if not m.present]
    story = [key_value_table([
        (tr("Meetings", "Held at"), f"{record.held_at:%Y-%m-%d %H:%M} {weekday_label(record.held_at.date())}"),
        (tr("Meetings", "Chaired by"), record.chair_name),
        (tr("Meetings", "Present"), "、".join(present)), (tr("Meetings", "Absent"), "、".join(absent) or "—")])]
    story.append(section(tr("Meetings", "Reports of the members")))
    story.append(data_table([ReportColumn(tr("Staff", "Name"), 24), ReportColumn(tr("Meetings", "Last week's work")),
                             ReportColumn(tr("Meetings", "What to improve"))],
                            [[m.name, m.last_week, m.improve] for m in record.members if m.present]))
    story.append(section(tr("Meetings", "Decisions")))
    story.append(data_table([ReportColumn("#", 8, "right"), ReportColumn(tr("Meetings", "Decision")),
                             ReportColumn(tr("Meetings", "Owner"), 24), ReportColumn(tr("Meetings", "Due"), 22),
                             ReportColumn(tr("Meetings", "Done"), 14, "center")],
                            [[str(i), d.text, d.owner_name, f"{d.due_date:%Y-%m-%d}" if d.due_date else "",
                              "✓" if d.done else ""] for i, d in enumerate(record.decisions, start=1)]))
    if record.notes:
        story.append(section(tr("Meetings", "Notes")))
        story.append(paragraph(record.notes))
    story.append(signature_block([tr("Meetings", "Chair"), tr("Meetings", "Minutes taken by")]))
    pdf = build_pdf_bytes(_meta(actor, record.title or tr("Meetings", "Weekly meeting"),
                                f"{record.held_at:%Y-%m-%d}", subtitle=tr("Meetings", "Minutes")), story)
    _printed(actor, "meeting", f"{record.held_at:%Y-%m-%d} {record.title}")
    return pdf



def month_of(month: str) -> tuple[int, int]:
    """'2026-10' (or 2026年10月, 10月, 上月: core/periods) → (2026, 10); a clear message otherwise."""
    from shopmanager.core import timeutil
    from shopmanager.core.periods import parse_month

    period = parse_month(month, timeutil.today())
    return period.year, period.month


def attendance_month_excel(actor: Actor, month: str, target: Path, progress: Progress | None = None) -> int:
    """The Reports page's 'Save as Excel' of the monthly attendance sheet: rows written."""
    return attendance_month_xlsx(actor, month, target, progress).rows
