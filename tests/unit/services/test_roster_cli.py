"""`shopmanager import attendance`, `export staff|attendance|roster`, `report attendance|roster|fund`."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.db.models import Punch
from shopmanager.services import roster, staff
from tests.unit.services.roster_helpers import MON, freeze, shift_id

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "attendance"


def run(db, user: str, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", "--user", user, *argv])


def test_punch_import_exports_and_reports(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    owner = sqlite_shop[Role.OWNER]
    freeze(dt.datetime(2026, 3, 20, 10, 0))
    people = {name: staff.create_staff(owner, name=name, role=Role.CUSTOMER_SERVICE, staff_no=number,
                                       base_wage_cents=380000).id
              for name, number in (("李娜", "0002"), ("张敏", "0003"), ("刘洋", "0004"))}
    roster.assign_shift(owner, people["张敏"], MON, shift_id("白班"))
    csv = str(FILES / "dingtalk-raw-gbk.csv")
    assert run(sqlite_db, "supervisor", "import", "attendance", csv, "--dry-run") == 0
    assert "Check passed, nothing written: 7 new" in capsys.readouterr().out and Punch.select().count() == 0
    assert run(sqlite_db, "supervisor", "import", "attendance", csv) == 0
    assert Punch.select().count() == 7
    assert run(sqlite_db, "supervisor", "import", "attendance", str(FILES / "clock-utf8.csv")) == 1
    assert "Row 5, 考勤号码: no staff member has the number 99" in capsys.readouterr().err

    assert run(sqlite_db, "owner", "export", "staff", str(tmp_path / "staff.xlsx")) == 0
    assert run(sqlite_db, "supervisor", "export", "attendance", "--month", "2026-03", str(tmp_path / "a.xlsx")) == 0
    assert run(sqlite_db, "owner", "export", "roster", "--week", "2026-W11", str(tmp_path / "r.xlsx")) == 0
    from shopmanager.excel import read_sheet

    staff_sheet = read_sheet(tmp_path / "staff.xlsx")
    assert "Base monthly wage" in staff_sheet.headers and len(staff_sheet.rows) == 8 + 3
    assert run(sqlite_db, "supervisor", "export", "staff", str(tmp_path / "staff2.xlsx")) == 0
    assert "Base monthly wage" not in read_sheet(tmp_path / "staff2.xlsx").headers  # wages: the owner's only
    capsys.readouterr()
    for what, period in (("attendance", ("--month", "2026-03")), ("roster", ("--week", "2026-W11")),
                         ("fund", ("--month", "2026-03"))):
        target = tmp_path / f"{what}.pdf"
        assert run(sqlite_db, "supervisor", "report", what, *period, "-o", str(target)) == 0, what
        assert target.read_bytes().startswith(b"%PDF")
    assert run(sqlite_db, "supervisor", "report", "roster", "-o", str(tmp_path / "x.pdf")) == 2
    assert "--week 2026-W48" in capsys.readouterr().err
    assert run(sqlite_db, "sales", "report", "attendance", "--month", "2026-03", "-o", str(tmp_path / "y.pdf")) == 2
