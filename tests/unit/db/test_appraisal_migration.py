"""Migration 8 (appraisal) on a shop written by the first release: its tables, the sales index,
and a month of that shop's orders appraised."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from shopmanager.db import migrations
from shopmanager.db.bootstrap import open_and_migrate
from shopmanager.db.database import current_database, sqlite_url

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_a_wave_one_shop_gets_the_appraisal(tmp_path):
    import peewee

    from shopmanager.core.appraisal import Month
    from shopmanager.db.models import Appraisal, AppraisalPeriod, SalesOrder, User
    from shopmanager.services import appraisal
    from shopmanager.services.appraisal_results import load_results
    from shopmanager.services.auth import actor_for

    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert migrations.schema_version() == migrations.CURRENT_VERSION
    tables = set(current_database().get_tables())
    assert {"appraisal_template", "appraisal_period", "appraisal", "appraisal_line", "appraisal_score"} <= tables
    assert "sales_order_staff_paid" in {i.name for i in current_database().get_indexes("sales_order")}
    last_paid = SalesOrder.select(peewee.fn.MAX(SalesOrder.paid_at)).scalar()
    if isinstance(last_paid, str):
        last_paid = dt.datetime.fromisoformat(last_paid)
    month = Month.of(last_paid)
    owner = actor_for(User.get(User.role == "owner"))
    opened = appraisal.open_month(owner, month)
    assert opened.created == Appraisal.select().count() > 0
    results = load_results(AppraisalPeriod.get())
    assert any(line.actual for r in results for line in r.lines if line.indicator.startswith("sales."))
