"""R1/R2: the roster module at the shop's largest sizes.

R1 — a month's attendance (roster + punches + leave → late/early/absent/missing, the
appraisal's attendance_figures) for 200 staff from 20,000 punches ≤ 0.5 s.
R2 — importing 100,000 punch rows from xlsx (read, map, check, commit) ≤ 0.5 × the time
openpyxl alone needs to parse that file in read_only mode. The file has DingTalk's
原始记录 layout: 姓名, 工号, 日期 ('26-03-09 星期一'), 打卡时间 ('08:57'), 打卡结果.

`python -m benchmarks.roster [staff punches rows]` runs it at another size.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, Result, best_of, openpyxl_parse
from benchmarks.excel_io import _fresh_shop

STAFF, PUNCHES, ROWS = 200, 20_000, 100_000
MONTH = (2026, 3)
WEEKDAYS = "一二三四五六日"


def _open(folder: Path):
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import close_database
    from shopmanager.services import auth

    url = _fresh_shop(folder)
    close_database()
    open_and_migrate(url)
    return auth.login("owner", "Bench-pass-1")


def _staff(count: int) -> list[int]:
    from shopmanager.db.models import Staff
    from shopmanager.services.context import transaction

    now = dt.datetime(2026, 1, 1)
    with transaction():
        Staff.insert_many([{"name": f"员工{i:04d}", "role": "customer_service", "staff_no": f"B{i:05d}",
                            "hire_date": now.date(), "created_at": now} for i in range(1, count + 1)]).execute()
    return [s.id for s in Staff.select(Staff.id).where(Staff.staff_no.startswith("B")).order_by(Staff.id)]


def _month_data(people: list[int], punches: int, rng: random.Random) -> None:
    """Every person on 白班 or 晚班 about 5 days of 7; two punches a shift (some late, early,
    missing) until `punches` are written; a few days of approved leave."""
    from shopmanager.db.bulk import bulk_insert, db_time
    from shopmanager.db.models import LeaveRequest, Punch, RosterEntry, ShiftTemplate
    from shopmanager.services.context import transaction

    shifts = {s.name: s for s in ShiftTemplate.select()}
    first = dt.date(*MONTH, 1)
    entries, rows = [], []
    for staff_id in people:
        for offset in range(31):
            day = first + dt.timedelta(days=offset)
            if (offset + staff_id) % 7 in (0, 1):
                continue
            shift = shifts["白班" if staff_id % 2 else "晚班"]
            entries.append({"staff": staff_id, "day": day, "kind": "shift", "shift": shift.id, "name": shift.name,
                            "start_time": shift.start_time, "end_time": shift.end_time,
                            "created_at": dt.datetime(2026, 2, 25)})
    per_shift = -(-punches // max(1, len(entries)))  # DingTalk logs lunch punches too: 4–5 a day
    for entry in entries:
        start = dt.datetime.combine(entry["day"], dt.time.fromisoformat(entry["start_time"]))
        end = dt.datetime.combine(entry["day"], dt.time.fromisoformat(entry["end_time"]))
        if len(rows) >= punches:
            break
        moments = [start + dt.timedelta(minutes=rng.randint(-15, 20))]
        for index in range(1, per_shift - 1):
            moments.append(start + (end - start) * index / per_shift + dt.timedelta(minutes=rng.randint(0, 9)))
        if rng.random() < 0.97:
            moments.append(end + dt.timedelta(minutes=rng.randint(-10, 30)))
        rows.extend((entry["staff"], db_time(m.replace(microsecond=0)), "", "import", "", None, db_time(start))
                    for m in moments)
    with transaction():
        for start in range(0, len(entries), 2000):
            RosterEntry.insert_many(entries[start:start + 2000]).execute()
        bulk_insert(Punch, [Punch.staff, Punch.at, Punch.kind, Punch.source, Punch.source_ref, Punch.created_by,
                            Punch.created_at], rows[:punches])
        LeaveRequest.insert_many([{"staff": staff_id, "kind": "sick", "start_at": dt.datetime(2026, 3, 10),
                                   "end_at": dt.datetime(2026, 3, 12), "reason": "病假", "status": "approved",
                                   "requested_at": dt.datetime(2026, 3, 9)} for staff_id in people[::10]]).execute()


def _punch_file(path: Path, people: int, rows: int) -> None:
    import openpyxl

    rng = random.Random(3)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("原始记录")
    sheet.append(["原始记录 统计日期:2026-01-01 至 2026-03-31"])
    sheet.append(["姓名", "考勤组", "部门", "工号", "职位", "日期", "打卡时间", "打卡结果", "打卡地址"])
    written, day = 0, dt.date(2025, 1, 1)
    while written < rows:
        label = f"{day:%y-%m-%d} 星期{WEEKDAYS[day.weekday()]}"
        for person in range(1, people + 1):
            for hour, spread in ((9, (-15, 20)), (18, (-10, 40))):
                if written >= rows:
                    break
                minutes = hour * 60 + rng.randint(*spread)
                sheet.append([f"员工{person:04d}", "客服组", "客服部", f"B{person:05d}", "客服", label,
                              f"{minutes // 60:02d}:{minutes % 60:02d}", "正常", "杭州市余杭区"])
                written += 1
        day += dt.timedelta(days=1)
    workbook.save(path)


def run(staff: int = STAFF, punches: int = PUNCHES, rows: int = ROWS) -> list[Result]:
    from shopmanager.db.database import close_database

    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    try:
        _open(folder / "month")
        people = _staff(staff)
        _month_data(people, punches, random.Random(7))
        from shopmanager.db.models import Punch
        from shopmanager.services.attendance_stats import attendance_figures

        stored = Punch.select().count()
        first, last = dt.date(*MONTH, 1), dt.date(*MONTH, 31)
        figures = attendance_figures(first, last)
        assert len(figures) == staff, len(figures)
        month = best_of(lambda: attendance_figures(first, last), runs=3)
        close_database()

        source = OUT / f"punches-{rows}.xlsx"
        if not source.exists():
            _punch_file(source, max(1, min(1000, rows // 200)), rows)
        bare = min(openpyxl_parse(source) for _ in range(2))
        owner = _open(folder / "import")
        _staff(max(1, min(1000, rows // 200)))
        from shopmanager.services import punch_import

        start = time.perf_counter()
        sheet = punch_import.read(source)
        report = punch_import.run_import(owner, source, punch_import.guess(sheet), sheet=sheet)
        ours = time.perf_counter() - start
        assert report.ok and report.created == rows, (report.created, [p.text() for p in report.problems[:3]])
    finally:
        close_database()
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Result(f"R1 a month's attendance, {staff} staff, {stored:,} punches", month, None, "≤ 0.5 s",
               note="roster + punches + leave → figures (attendance_stats)"),
        Result(f"R2 import {rows:,} punch rows from xlsx (read+check+commit)", ours, bare, "≤ 0.5×",
               note="bare: openpyxl read_only parse only; DingTalk layout"),
    ]


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:4]]
    for result in run(*sizes):
        print(result.line())
