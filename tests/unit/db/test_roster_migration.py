"""Schema 7 from a shop of the first release: staff get numbers, the seed's shifts appear,
and the roster works on the old data."""
import datetime as dt
import shutil
from pathlib import Path

from shopmanager.core.permissions import Role
from shopmanager.db import migrations
from shopmanager.db.bootstrap import open_and_migrate
from shopmanager.db.database import sqlite_url
from shopmanager.db.models import SchemaVersion, ShiftTemplate, Staff
from shopmanager.services import roster
from shopmanager.services.context import SYSTEM

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_a_wave_one_shop_gets_staff_numbers_and_the_seed_shifts(tmp_path):
    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert 7 in {v.version for v in SchemaVersion.select()}
    numbers = [s.staff_no for s in Staff.select().order_by(Staff.id)]
    assert len(numbers) == 9 and len(set(numbers)) == 9 and all(n.isdigit() for n in numbers)
    assert all(s.base_wage_cents == 0 for s in Staff.select())
    assert [(s.name, s.start_time, s.end_time) for s in ShiftTemplate.select().order_by(ShiftTemplate.sort_order)] == \
        [("白班", "09:00", "18:00"), ("晚班", "13:30", "21:30")]
    person = Staff.select().where(Staff.status == "active").first()
    monday = dt.date(2026, 3, 9)
    roster.assign_shift(SYSTEM, person.id, monday, ShiftTemplate.get(ShiftTemplate.name == "白班").id)
    assert roster.roster_week(SYSTEM, monday).cells[(person.id, monday)][0].name == "白班"
    assert migrations.CURRENT_VERSION >= 7 and Role.OWNER
