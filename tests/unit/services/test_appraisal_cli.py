"""`shopmanager appraisal open|status|sign`, `report appraisal --month/--year`, `export appraisal --month`."""
from __future__ import annotations

import datetime as dt

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.db.models import Appraisal, AppraisalPeriod, Staff
from tests.unit.services import appraisal_data


def run(db, user: str, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", "--user", user, *argv])


def test_the_round_from_the_command_line(sqlite_db, sqlite_shop, demo_hash, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    appraisal_data.build(sqlite_shop, demo_hash)
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()
    assert run(sqlite_db, "owner", "appraisal", "status", "--month", "2026-10") == 1
    assert "has not been opened yet" in capsys.readouterr().out
    assert run(sqlite_db, "supervisor", "appraisal", "open", "--month", "2026-10") == 2
    assert "Not allowed" in capsys.readouterr().err
    assert run(sqlite_db, "owner", "appraisal", "open", "--month", "2026-10") == 0
    assert "Appraisal 2026-10 open: 9 new, 9 employees in all." in capsys.readouterr().out
    assert run(sqlite_db, "owner", "appraisal", "status", "--month", "2026-10") == 0
    out = capsys.readouterr().out
    assert "due by 2026-11-10" in out and "王明" in out and "Waiting for self-assessment" in out
    assert "* provisional" in out
    assert run(sqlite_db, "wang", "appraisal", "status", "--month", "2026-10") == 0
    out = capsys.readouterr().out
    assert "your self-assessment" in out and "安娜" not in out
    assert run(sqlite_db, "owner", "appraisal", "sign", "--month", "2026-10") == 2
    assert "Nothing was signed" in capsys.readouterr().err
    for row in Appraisal.select():
        appraisal_data.fill(sqlite_shop[Role.OWNER], row.id)
    assert run(sqlite_db, "owner", "appraisal", "sign", "--month", "2026-10") == 0
    assert AppraisalPeriod.get().status == "signed"
    pdf = tmp_path / "oct.pdf"
    assert run(sqlite_db, "owner", "report", "appraisal", "--month", "2026-10", "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    year = tmp_path / "year.pdf"
    assert run(sqlite_db, "owner", "report", "appraisal", "--year", "2026", "-o", str(year)) == 0
    assert year.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "oct.xlsx"
    assert run(sqlite_db, "owner", "export", "appraisal", str(xlsx), "--month", "2026-10") == 0
    assert "9 rows exported" in capsys.readouterr().out
    assert run(sqlite_db, "owner", "export", "appraisal", str(xlsx)) == 2
    assert "--month 2026-10" in capsys.readouterr().err
    assert run(sqlite_db, "owner", "report", "appraisal", "--month", "2026-13", "-o", str(pdf)) == 2
    assert "Month: '2026-13' is not a month" in capsys.readouterr().err


def test_the_month_is_taken_as_people_write_it_as_every_other_command_does(sqlite_db, sqlite_shop, demo_hash,
                                                                              tmp_path, monkeypatch, capsys):
    from shopmanager.core import timeutil

    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    appraisal_data.build(sqlite_shop, demo_hash)
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()
    monkeypatch.setattr(timeutil, "today", lambda: dt.date(2026, 11, 5))
    assert run(sqlite_db, "owner", "appraisal", "open", "--month", "上月") == 0
    assert "Appraisal 2026-10 open: 9 new" in capsys.readouterr().out
    assert run(sqlite_db, "owner", "appraisal", "status", "--month", "10月") == 0
    assert "Appraisal 2026-10: open" in capsys.readouterr().out
    assert run(sqlite_db, "owner", "export", "appraisal", str(tmp_path / "oct.xlsx"), "--month", "2026年10月") == 0
    assert "9 rows exported" in capsys.readouterr().out
    assert run(sqlite_db, "owner", "appraisal", "open", "--month", "十月份") == 2
    assert "is not a month" in capsys.readouterr().err
