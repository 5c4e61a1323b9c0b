"""Appraisal benchmarks, on a copy of the million-order demo database with 200 employees:

- computing every indicator of the month for 200 employees (SQL aggregates over the
  month's orders; goal ≤ 2 s), and the whole month's results (lines, scores, totals);
- P7: the monthly appraisal PDF of 200 employees (one form per page + the team summary)
  against bare reportlab drawing the same pages with the same embedded CJK font: the same
  tables and paragraphs, no house template (goal ≤ 1.5×).

Set-up (not timed): 192 more staff of every appraised role in teams of ten, the orders of
the demo spread over all 200 (so the GROUP BYs see 200 people), the last complete month
opened, every direct indicator scored (bulk insert), the month signed off.
"""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.orders_ship import orders_database

EMPLOYEES = 200


def _prepare(path: Path, employees: int) -> None:
    """More staff, orders spread over them, teams of ten (plain SQL: set-up only)."""
    conn = sqlite3.connect(path)
    roles = ["customer_service", "sales", "shipping", "warehouse", "operations", "designer", "supervisor"]
    existing = conn.execute("SELECT count(*) FROM staff WHERE role <> 'owner'").fetchone()[0]
    now = "2020-01-01 00:00:00"
    for n in range(existing, employees):
        conn.execute("INSERT INTO staff (staff_no, name, role, phone, hire_date, status, notes, base_wage_cents, "
                     "created_at) VALUES (?, ?, ?, '', '2020-01-01', 'active', '', 0, ?)",
                     (f"B{n:04d}", f"员工{n:03d}", roles[n % len(roles)], now))
    staff = [row[0] for row in conn.execute("SELECT id FROM staff WHERE role <> 'owner' ORDER BY id")]
    sellers = [row[0] for row in conn.execute(
        "SELECT id FROM staff WHERE role IN ('customer_service', 'sales') ORDER BY id")]
    conn.execute("CREATE TEMP TABLE seller (k INTEGER PRIMARY KEY, staff_id INTEGER)")
    conn.executemany("INSERT INTO seller VALUES (?, ?)", list(enumerate(sellers)))
    conn.execute(f"UPDATE sales_order SET staff_id = (SELECT staff_id FROM seller WHERE k = sales_order.id % "
                 f"{len(sellers)})")
    conn.execute("DELETE FROM appraisal_member")
    conn.executemany("INSERT INTO appraisal_member (staff_id, team, appraised) VALUES (?, ?, 1)",
                     [(staff_id, f"组{index // 10 + 1}") for index, staff_id in enumerate(staff)])
    conn.commit()
    conn.close()


def _score_everything(period) -> None:
    from shopmanager.core import timeutil
    from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalScore
    from shopmanager.services.appraisal_results import peer_map
    from shopmanager.services.context import transaction

    rng = random.Random(3)
    rows = list(Appraisal.select().where(Appraisal.period == period))
    peers = peer_map(rows)
    now = timeutil.now()
    scores = []
    for row in rows:
        for line in AppraisalLine.select().where(AppraisalLine.appraisal == row, AppraisalLine.rule == "direct"):
            for source in line.sources.split(","):
                scorers = peers[row.id][:3] if source == "peer" else [None if source == "customer" else row.staff_id]
                for scorer in scorers:
                    scores.append({"appraisal": row.id, "line": line.id, "source": source, "scorer": scorer,
                                   "score": rng.randint(60, 100), "note": "", "at": now})
    with transaction():
        for start in range(0, len(scores), 500):
            AppraisalScore.insert_many(scores[start:start + 500]).execute()


def _bare_pdf(forms, summary_rows, grades, font_path: str) -> bytes:
    """The same pages drawn by reportlab alone: the same tables, the same choice of plain text or
    wrapping paragraph per cell, the same font — without the house template, story helpers,
    data or audit."""
    import io

    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "BareCJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareCJK", font_path, subfontIndex=0))
    body = ParagraphStyle("b", fontName="BareCJK", fontSize=8.5, leading=11, wordWrap="CJK")
    small = ParagraphStyle("s", fontName="BareCJK", fontSize=7.5, leading=9.5, wordWrap="CJK")
    head = ParagraphStyle("h", fontName="BareCJK", fontSize=12, leading=16)

    def cell(text, width, style):
        if pdfmetrics.stringWidth(text, "BareCJK", style.fontSize) <= width - 6:
            return text
        return Paragraph(text, style)

    grid = TableStyle([("FONT", (0, 0), (-1, -1), "BareCJK", 8.5), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    width = A4[0] - 28 * mm
    columns = [30 * mm, width - 140 * mm, 34 * mm, 32 * mm, 13 * mm, 14 * mm, 17 * mm]
    story = []
    for form in forms:
        story.append(Paragraph(form.title, head))
        cells = []
        for label, value in form.header:
            cells += [label, cell(value, width / 3 - 24 * mm, body)]
        story.append(Table([cells[:6], cells[6:12]], colWidths=[24 * mm, width / 3 - 24 * mm] * 3, style=grid))
        rows = [list(form.line_headers)] + [[cell(l.group, columns[0], body), cell(l.indicator, columns[1], body),
                                             cell(l.target, columns[2], small), cell(l.actual, columns[3], small),
                                             l.score, l.weight, l.weighted] for l in form.lines]
        story.append(Table(rows + [list(form.total_row)], colWidths=columns, style=grid))
        for text in form.notes:
            story.append(Paragraph(text, small))
        story.append(Table([list(r) for r in form.sources], style=grid))
        story.append(Table([[c for pair in form.result for c in pair]], style=grid, rowHeights=[11 * mm]))
        story.append(Paragraph(form.status, small))
        story.append(Table([[label, cell(text or "", width - 36 * mm, body)] for label, text in form.comments],
                           style=grid, colWidths=[36 * mm, width - 36 * mm]))
        story.append(Spacer(1, 6 * mm))
        story.append(Table([[f"{label}: ________________", "________"] for label in form.signatures], style=grid))
        story.append(PageBreak())
    story.append(Table([["#", "name", "role", "total", "grade", "last", "change"]] + summary_rows, style=grid,
                       repeatRows=1))
    story.append(Table([["grade", "total", "n", "share"]] + [[g, "", str(n), ""] for g, n in grades], style=grid))
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, 28, width - 56, 62 * mm - 50
    chart.data = [[n for _g, n in grades]]
    chart.categoryAxis.categoryNames = [g for g, _n in grades]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "BareCJK"
    drawing.add(chart)
    story.append(drawing)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=18 * mm,
                      bottomMargin=14 * mm).build(story)
    return buffer.getvalue()


def _interleaved(ours, bare, runs: int = 4) -> tuple[float, float]:
    """The fastest of several runs of each, taking turns, so a busy moment of the machine falls on both."""
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(runs):
        for name, work in (("ours", ours), ("bare", bare)):
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return min(times["ours"]), min(times["bare"])


def run(orders: int = 1_000_000, employees: int = EMPLOYEES) -> list[Result]:
    source = orders_database(orders)
    work = Path(tempfile.mkdtemp(prefix="bench-appraisal-"))
    path = work / "shop.sqlite3"
    try:
        shutil.copyfile(source, path)
        from shopmanager.db.bootstrap import open_and_migrate

        open_and_migrate(f"sqlite://{path}")  # the appraisal tables when the cached copy predates them
        from shopmanager.db.database import close_database, current_database
        from shopmanager.db.migrations import _appraisal

        if "appraisal" not in current_database().get_tables():
            _appraisal(current_database())  # a cache written at a later schema number that lacked this module
        close_database()
        _prepare(path, employees)
        return _measure(path, employees)
    finally:
        from shopmanager.db.database import close_database

        close_database()
        shutil.rmtree(work, ignore_errors=True)


def _measure(path: Path, employees: int) -> list[Result]:
    from shopmanager.core import timeutil
    from shopmanager.core.appraisal import GRADES, Month
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalPeriod, Staff, User
    from shopmanager.paths import font_file
    from shopmanager.services import appraisal, appraisal_indicators, appraisal_reports
    from shopmanager.services.appraisal_results import load_results, rank
    from shopmanager.services.auth import actor_for

    open_and_migrate(f"sqlite://{path}")
    owner = actor_for(User.get(User.username == "owner"))
    month = Month.of(timeutil.today()).previous()
    while AppraisalPeriod.get_or_none(AppraisalPeriod.month == str(month)) is not None:
        month = month.previous()  # a complete month the demo did not appraise
    appraisal.open_month(owner, month)
    period = AppraisalPeriod.get(AppraisalPeriod.month == str(month))
    rows = list(Appraisal.select().where(Appraisal.period == period))
    needs: dict[str, set[int]] = {}
    for indicator, staff_id in (AppraisalLine.select(AppraisalLine.indicator, Appraisal.staff).join(Appraisal)
                                .where(Appraisal.period == period, AppraisalLine.rule != "direct").tuples()):
        needs.setdefault(indicator, set()).add(staff_id)
    keys = set(needs)
    figures = best_of(lambda: appraisal_indicators.compute_figures(month, needs), runs=3)
    whole = best_of(lambda: load_results(period), runs=3)
    results = [Result(f"Appraisal: every indicator, {len(rows)} employees, one month", figures, None, "≤ 2 s",
                      note=f"{len(keys)} computed indicators; {Staff.select().count()} staff"),
               Result("Appraisal:   … and the month's results (lines, scores, totals)", whole, None, "—")]

    _score_everything(period)
    appraisal.sign_month(owner, month)
    data, _summary = appraisal_reports.month_results(owner, month)
    ranks = rank(data)
    people = {s.id: s for s in Staff.select()}
    forms = [appraisal_reports._form(r, ranks, len(data), people) for r in data]
    ranking = appraisal_reports.team_summary(data, {})
    summary = [[str(row.rank), row.name, row.role, str(row.total), row.grade or "", "", ""] for row in ranking]
    grades = [(grade, sum(1 for row in ranking if row.grade == grade)) for grade in GRADES]
    ours, bare = _interleaved(lambda: appraisal_reports.monthly_appraisal_pdf(owner, str(month)),
                              lambda: _bare_pdf(forms, summary, grades, str(font_file())))
    import re

    pages = len(re.findall(rb"/Type\s*/Page[^s]", appraisal_reports.monthly_appraisal_pdf(owner, str(month))))
    results.append(Result(f"P7 monthly appraisal PDF, {len(rows)} employees", ours, bare, "≤ 1.5×",
                          note=f"{pages} pages; bare reportlab: the same tables and font"))
    return results


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sys

    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000):
        print(result.line())
