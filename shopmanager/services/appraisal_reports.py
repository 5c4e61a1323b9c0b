"""The appraisal's printouts and files: the monthly appraisal report (one form per employee
on its own page, then the team summary), the annual appraisal, and the month's results
as an Excel file. For the Reports page (plain signatures):

    monthly_appraisal_pdf(actor, month: str, progress=None) -> bytes
    annual_appraisal_pdf(actor, year: str | int, progress=None) -> bytes
    export_month_xlsx(actor, month: str, path, progress=None) -> int

Who gets what: the owner every employee; a supervisor the staff they appraise (and
themselves); anyone else only their own form, without the team summary. Profit figures
appear for the owner only; peers appear as their mean, never by name.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from shopmanager.core.appraisal import (
    GRADES, SOURCES, Month, format_number, format_total, grade_label, group_label, parse_year, source_label,
)
from shopmanager.core.errors import NotFound, PermissionDenied
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role, role_label
from shopmanager.core.progress import Progress
from shopmanager.db.models import Appraisal, AppraisalPeriod, Staff
from shopmanager.services import settings
from shopmanager.services.appraisal import state_label
from shopmanager.services.appraisal_results import (
    AppraisalResult, as_month, load_results, may_supervise, period_of, rank,
)
from shopmanager.services.appraisal_scoring import _mask_lines
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.inventory_reports import _meta


def _visible_staff(actor: Actor, period: AppraisalPeriod) -> tuple[list[int] | None, bool]:
    """(staff ids the actor may print — None: everyone, with the team summary or not)."""
    if actor.can(Perm.APPRAISAL_MANAGE):
        return None, True
    if actor.can(Perm.APPRAISAL_TEAM):
        rows = Appraisal.select().where(Appraisal.period == period)
        ids = [r.staff_id for r in rows if r.staff_id == actor.staff_id or may_supervise(actor.role, actor.staff_id, r)]
        return ids, True
    require(actor, Perm.APPRAISAL_OWN, entity="appraisal")
    if actor.staff_id is None:
        raise PermissionDenied(tr("Appraisal", "Your account is not linked to a staff member."))
    return [actor.staff_id], False


def month_results(actor: Actor, month: Month, progress: Progress | None = None) -> tuple[list[AppraisalResult], bool]:
    """The month's results the actor may see (masked), and whether the team summary is theirs."""
    period = period_of(month)
    if period is None:
        raise NotFound(tr("Appraisal", "The appraisal of {month} has not been opened yet.").format(month=month))
    staff_ids, summary = _visible_staff(actor, period)
    if progress is not None:
        progress.update(0, 3, tr("Appraisal", "Computing the indicators…"))
    results = load_results(period, staff_ids=staff_ids)
    if actor.staff_id is not None and not summary:
        results = [r for r in results if r.staff_id == actor.staff_id]
    for result in results:
        _mask_lines(result.lines, actor)
    return results, summary


def _previous_totals(month: Month, staff_ids: list[int]) -> dict[int, Decimal]:
    period = period_of(month.previous())
    if period is None or not staff_ids:
        return {}
    return {r.staff_id: r.total for r in load_results(period, staff_ids=staff_ids)}


# -- the form ------------------------------------------------------------------------------------------

def _form(result: AppraisalResult, ranks: dict[int, int], count: int, staff: dict[int, Staff]):
    from shopmanager.reports.appraisal import FormData, FormLine

    person = staff.get(result.staff_id)
    supervisor = staff.get(result.supervisor_id) if result.supervisor_id else None
    status = tr("Appraisal", "Signed off {day} by {name}").format(
        day=f"{result.signed_at:%Y-%m-%d}", name=result.signed_by) if result.signed else \
        tr("Appraisal", "Not signed off yet: {state}").format(state=state_label(result.state))
    header = [(tr("Appraisal", "Name"), result.staff_name), (tr("Appraisal", "Role"), role_label(result.role)),
              (tr("Appraisal", "Month"), str(result.month)),
              (tr("Appraisal", "Team"), result.team or tr("Appraisal", "(the shop)")),
              (tr("Appraisal", "Supervisor"), supervisor.name if supervisor else role_label(
                  Role.OWNER if result.role == Role.SUPERVISOR else Role.SUPERVISOR)),
              (tr("Appraisal", "Staff no."), getattr(person, "staff_no", "") or "—")]
    lines = []
    left_out = []
    for line in result.lines:
        target, actual = line.texts()
        weighted = format_total(line.weighted) if line.counted else tr("Appraisal", "n/a")
        if not line.counted:
            left_out.append(line)
        lines.append(FormLine(group_label(line.group), line.label(), target, actual, format_number(line.score),
                              str(line.weight), weighted))
    counted = [line for line in result.lines if line.counted]
    weighted_sum = sum((line.weighted or Decimal(0) for line in counted), Decimal(0))
    total_row = (tr("Appraisal", "Total"), "", "", "", "", str(sum(line.weight for line in result.lines)),
                 format_total(weighted_sum))
    notes = []
    if left_out:
        notes.append(tr("Appraisal", "Not counted (their module is not installed): {names}. The total is scaled up to "
                                     "a weight of 100: {sum} × 100 ÷ {weight} = {total}.").format(
            names=", ".join(line.label() for line in left_out), sum=format_total(weighted_sum),
            weight=sum(line.weight for line in counted), total=format_total(result.total)))
    state = result.scoring
    peers = tr("Appraisal", "{n} of {total}").format(n=len(state.peers_done), total=len(state.peer_ids)) \
        if state.peer_ids else "—"
    sources = [(tr("Appraisal", "Source of scores"), *[source_label(s) for s in SOURCES]),
               (tr("Appraisal", "Weight"), *[f"{result.source_weights.get(s, 0)}%" for s in SOURCES]),
               (tr("Appraisal", "Score"), *[format_number(result.source_scores.get(s)) for s in SOURCES]),
               (tr("Appraisal", "Scored by"), "", "", peers,
                tr("Appraisal", "{n} score(s)").format(n=state.customer_count) if state.customer_needed else "—")]
    ranking = f"{ranks[result.appraisal_id]} / {count}" if result.appraisal_id in ranks else "—"
    return FormData(
        title=tr("Appraisal", "Appraisal form {month} — {name}").format(month=result.month, name=result.staff_name),
        header=header,
        line_headers=(tr("Appraisal", "Group"), tr("Appraisal", "Indicator"), tr("Appraisal", "Target / rule"),
                      tr("Appraisal", "Actual"), tr("Appraisal", "Score"), tr("Appraisal", "Weight %"),
                      tr("Appraisal", "Weighted")),
        lines=lines, total_row=total_row, sources=sources,
        result=[(tr("Appraisal", "Total score"), format_total(result.total)),
                (tr("Appraisal", "Grade"), grade_label(result.grade) or "—"), (tr("Appraisal", "Rank"), ranking)],
        comments=[(tr("Appraisal", "Supervisor's comment"), result.supervisor_comment),
                  (tr("Appraisal", "Employee's comment"), result.employee_comment)],
        signatures=[tr("Appraisal", "Employee"), tr("Appraisal", "Supervisor"), tr("Appraisal", "Owner")],
        notes=notes, status=status)


@dataclass(frozen=True)
class RankRow:
    rank: int
    name: str
    role: str
    total: Decimal
    grade: str | None
    previous: Decimal | None

    @property
    def change(self) -> Decimal | None:
        return None if self.previous is None else self.total - self.previous


def team_summary(results: list[AppraisalResult], previous: dict[int, Decimal]) -> list[RankRow]:
    ranks = rank(results)
    rows = [RankRow(ranks[r.appraisal_id], r.staff_name, r.role, r.total, r.grade, previous.get(r.staff_id))
            for r in results]
    return sorted(rows, key=lambda row: (row.rank, row.name))


def _summary_story(month: Month, rows: list[RankRow]) -> list:
    from shopmanager.reports import ReportColumn, data_table, note, page_break, section, summary_cards
    from shopmanager.reports.appraisal import plain_table

    story = [page_break(), section(tr("Appraisal", "Team summary {month}").format(month=month))]
    grades = Counter(row.grade for row in rows)
    average = sum((row.total for row in rows), Decimal(0)) / len(rows) if rows else Decimal(0)
    story.append(summary_cards([(tr("Appraisal", "Employees"), str(len(rows))),
                                (tr("Appraisal", "Average total"), format_total(average)),
                                (grade_label("excellent"), str(grades.get("excellent", 0))),
                                (grade_label("poor"), str(grades.get("poor", 0)))]))
    story.append(section(tr("Appraisal", "Ranking")))
    story.append(plain_table(
        [tr("Appraisal", "Rank"), tr("Appraisal", "Name"), tr("Appraisal", "Role"), tr("Appraisal", "Total score"),
         tr("Appraisal", "Grade"), tr("Appraisal", "Last month"), tr("Appraisal", "Change")],
        [(str(r.rank), r.name, role_label(r.role), format_total(r.total), grade_label(r.grade),
          format_total(r.previous), _signed(r.change)) for r in rows], (14, 0, 34, 20, 18, 22, 20), right=(0, 3, 5, 6)))
    story.append(section(tr("Appraisal", "Grade distribution")))
    thresholds = settings.get_all()
    bounds = {"excellent": f"≥ {thresholds['appraisal.grade_excellent']}",
              "good": f"≥ {thresholds['appraisal.grade_good']}", "average": f"≥ {thresholds['appraisal.grade_average']}",
              "poor": f"< {thresholds['appraisal.grade_average']}"}
    story.append(data_table(
        [ReportColumn(tr("Appraisal", "Grade")), ReportColumn(tr("Appraisal", "Total score"), 30, "center"),
         ReportColumn(tr("Appraisal", "Employees"), 30, "right"), ReportColumn(tr("Appraisal", "Share"), 30, "right")],
        [(grade_label(g), bounds[g], str(grades.get(g, 0)), _share(grades.get(g, 0), len(rows))) for g in GRADES]))
    story.append(_count_chart([grade_label(g) for g in GRADES], [grades.get(g, 0) for g in GRADES],
                              tr("Appraisal", "Employees per grade")))
    improved = sorted((r for r in rows if r.change is not None and r.change > 0), key=lambda r: (-r.change, r.name))
    story.append(section(tr("Appraisal", "Improved most against last month")))
    if improved:
        story.append(data_table(
            [ReportColumn(tr("Appraisal", "Name")), ReportColumn(tr("Appraisal", "Last month"), 28, "right"),
             ReportColumn(tr("Appraisal", "This month"), 28, "right"), ReportColumn(tr("Appraisal", "Change"), 28,
                                                                                    "right")],
            [(r.name, format_total(r.previous), format_total(r.total), _signed(r.change)) for r in improved[:5]]))
    else:
        story.append(note(tr("Appraisal", "Nobody can be compared with last month (no appraisal then, or no rise).")))
    return story


def _share(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return f"{(Decimal(part) * 100 / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"


def _count_chart(labels: list[str], values: list[int], title: str, width: float | None = None):
    """A bar chart of head counts: whole numbers on the axis."""
    from shopmanager.reports import bar_chart

    drawing = bar_chart(labels, values, title=title, **({"width": width} if width else {}))
    chart = drawing.contents[-1]
    top = max(values or [0])
    step = max(1, -(-top // 8))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = (top // step + 1) * step  # a step above the tallest bar: its label fits
    return drawing


def _signed(change: Decimal | None) -> str:
    if change is None:
        return "—"
    return f"+{change:.2f}" if change > 0 else f"{change:.2f}"


def monthly_appraisal_pdf(actor: Actor, month: str, progress: Progress | None = None) -> bytes:
    """The monthly appraisal report: one form per employee on its own page, then the team
    summary (ranking, grade distribution with a chart, who improved most)."""
    from shopmanager.reports import build_pdf_bytes, page_break
    from shopmanager.reports.appraisal import form_story

    month = as_month(month)
    progress = progress or Progress()
    results, summary = month_results(actor, month, progress)
    if not results:
        raise NotFound(tr("Appraisal", "There is no appraisal of {month} for you to print.").format(month=month))
    ranks = rank(results) if summary else {}
    staff = {s.id: s for s in Staff.select()}
    story: list = []
    for index, result in enumerate(results, start=1):
        if index > 1:
            story.append(page_break())
        story += form_story(_form(result, ranks, len(results), staff))
        if index % 20 == 0:
            progress.update(1, 3, tr("Appraisal", "Forms: {n} of {total}").format(n=index, total=len(results)))
    if summary:
        rows = team_summary(results, _previous_totals(month, [r.staff_id for r in results]))
        story += _summary_story(month, rows)
    progress.update(2, 3, tr("Appraisal", "Writing the PDF…"))
    pdf = build_pdf_bytes(_meta(actor, tr("Appraisal", "Monthly appraisal"), str(month)), story, progress=progress)
    write_retrying(lambda: audit(actor, "print", "appraisal", str(month), summary=tr(
        "Appraisal", "Appraisal report {month}: {n} forms").format(month=month, n=len(results))))
    progress.update(3, 3)
    return pdf


# -- the year ------------------------------------------------------------------------------------------

@dataclass
class YearRow:
    staff_id: int
    name: str
    role: str
    months: dict[int, Decimal]  # month number → total
    average: Decimal | None = None
    grade: str | None = None
    rank: int = 0


def annual_results(actor: Actor, year: int, progress: Progress | None = None) -> list[YearRow]:
    """Each person's months, average, grade and rank (the annual appraisal, done in January)."""
    from shopmanager.core.appraisal import grade_of, round_score
    from shopmanager.services.appraisal_results import thresholds

    require(actor, Perm.APPRAISAL_TEAM, entity="appraisal")
    periods = list(AppraisalPeriod.select().where(AppraisalPeriod.month.startswith(f"{year}-"))
                   .order_by(AppraisalPeriod.month))
    if not any(p.status == "signed" or Appraisal.select().where(Appraisal.period == p, Appraisal.status == "signed")
               .exists() for p in periods):
        raise NotFound(tr("Appraisal", "No appraisal of {year} has been signed off yet.").format(year=year))
    rows: dict[int, YearRow] = {}
    for index, period in enumerate(periods, start=1):
        if progress is not None:
            progress.update(index - 1, len(periods) + 1, tr("Appraisal", "Month {month}…").format(month=period.month))
        staff_ids, _summary = _visible_staff(actor, period)
        for result in load_results(period, staff_ids=staff_ids, with_figures=False):
            if not result.signed:
                continue  # a month still being scored has no result yet
            row = rows.setdefault(result.staff_id, YearRow(result.staff_id, result.staff_name, result.role, {}))
            row.months[Month.parse(period.month).month] = result.total
            row.role = result.role
    grades = thresholds()
    for row in rows.values():
        row.average = round_score(sum(row.months.values(), Decimal(0)) / len(row.months))
        row.grade = grade_of(row.average, grades)
    ordered = sorted(rows.values(), key=lambda r: (-r.average, r.name))
    previous, position = None, 0
    for index, row in enumerate(ordered, start=1):
        if row.average != previous:
            position, previous = index, row.average
        row.rank = position
    return ordered


def annual_appraisal_pdf(actor: Actor, year: str | int, progress: Progress | None = None) -> bytes:
    from shopmanager.reports import ReportColumn, build_pdf_bytes, data_table, note, section, summary_cards

    year = parse_year(year)
    progress = progress or Progress()
    rows = annual_results(actor, year, progress)
    months = sorted({m for row in rows for m in row.months})
    columns = [ReportColumn(tr("Appraisal", "Rank"), 11, "right"), ReportColumn(tr("Appraisal", "Name"), 24),
               ReportColumn(tr("Appraisal", "Role"), 26)]
    columns += [ReportColumn(tr("Appraisal", "M{n}").format(n=m), 14, "right") for m in range(1, 13)]
    columns += [ReportColumn(tr("Appraisal", "Average score"), 16, "right"), ReportColumn(tr("Appraisal", "Grade"), 15,
                                                                                   "center")]
    table = [(str(r.rank), r.name, role_label(r.role), *[f"{r.months[m]:.1f}" if m in r.months else ""
                                                         for m in range(1, 13)],
              format_total(r.average), grade_label(r.grade)) for r in rows]
    grades = Counter(r.grade for r in rows)
    story = [summary_cards([(tr("Appraisal", "Employees"), str(len(rows))),
                            (tr("Appraisal", "Months appraised"), str(len(months))),
                            (grade_label("excellent"), str(grades.get("excellent", 0))),
                            (grade_label("poor"), str(grades.get("poor", 0)))], width=_landscape_width()),
             section(tr("Appraisal", "Each person's months, average and rank")),
             data_table(columns, table, width=_landscape_width()),
             note(tr("Appraisal", "Average of the months signed off for the person (months still being scored are "
                                  "left out); grade by the same thresholds as the monthly appraisal.")),
             _count_chart([grade_label(g) for g in GRADES], [grades.get(g, 0) for g in GRADES],
                          tr("Appraisal", "Employees per grade"), _landscape_width())]
    pdf = build_pdf_bytes(_meta(actor, tr("Appraisal", "Annual appraisal"), str(year), landscape=True), story,
                          progress=progress)
    write_retrying(lambda: audit(actor, "print", "appraisal", str(year), summary=tr(
        "Appraisal", "Annual appraisal {year}").format(year=year)))
    progress.update(len(months) + 1, len(months) + 1)
    return pdf


def _landscape_width() -> float:
    from shopmanager.reports.appraisal import LANDSCAPE_BODY_WIDTH

    return LANDSCAPE_BODY_WIDTH


# -- Excel ------------------------------------------------------------------------------------------------

def month_table(actor: Actor, month: Month) -> tuple[list, list[tuple]]:
    """The month's results as (excel Columns, rows): one row per employee."""
    from shopmanager.excel import Column

    results, summary = month_results(actor, month)
    ranks = rank(results) if summary else {}
    columns = [Column(tr("Appraisal", "Rank"), "int"), Column(tr("Appraisal", "Name")),
               Column(tr("Appraisal", "Role")), Column(tr("Appraisal", "Team"))]
    columns += [Column(tr("Appraisal", "{source} score").format(source=source_label(s)), "decimal") for s in SOURCES]
    columns += [Column(tr("Appraisal", "Total score"), "decimal"), Column(tr("Appraisal", "Grade")),
                Column(tr("Appraisal", "Status")), Column(tr("Appraisal", "Supervisor's comment")),
                Column(tr("Appraisal", "Employee's comment")), Column(tr("Appraisal", "Indicators"))]
    rows = []
    for result in sorted(results, key=lambda r: (ranks.get(r.appraisal_id, 0), r.staff_name)):
        lines = "; ".join(f"{line.label()} {format_number(line.score)}" for line in result.lines)
        rows.append((ranks.get(result.appraisal_id), result.staff_name, role_label(result.role), result.team,
                     *[result.source_scores.get(s) for s in SOURCES], result.total, grade_label(result.grade),
                     state_label(result.state), result.supervisor_comment, result.employee_comment, lines))
    return columns, rows


def export_month_xlsx(actor: Actor, month: str, path: Path | str, progress: Progress | None = None):
    """The month's results as an Excel file: the excel.WrittenFile (rows = employees, and notes
    for the user about texts cut to Excel's limit)."""
    from shopmanager.excel import export_xlsx

    month = as_month(month)
    columns, rows = month_table(actor, month)
    written = export_xlsx(path, columns, rows, sheet_title=tr("Appraisal", "Appraisal {month}").format(month=month),
                          progress=progress, total=len(rows))
    write_retrying(lambda: audit(actor, "export", "appraisal", str(month), summary=tr(
        "Tables", "{n} rows → {file}").format(n=written.rows, file=Path(path).name)))
    return written
