"""The demo shop's appraisals: last month fully scored and signed off, this month half done."""
from __future__ import annotations

from shopmanager.core import timeutil
from shopmanager.core.appraisal import appraisal_month_for
from shopmanager.db.models import Appraisal, AppraisalPeriod, User
from shopmanager.services import appraisal, appraisal_reports, auth, demo


def test_demo_appraisals(db):
    demo.create_demo_shop(demo.DemoSizes(products=40, customers=100, orders=800))
    current = appraisal_month_for(timeutil.today(), 25)
    last = AppraisalPeriod.get(AppraisalPeriod.month == str(current.previous()))
    now = AppraisalPeriod.get(AppraisalPeriod.month == str(current))
    assert last.status == "signed" and now.status == "open"
    assert Appraisal.select().where(Appraisal.period == last, Appraisal.status != "signed").count() == 0
    owner = auth.actor_for(User.get(User.username == "owner"))
    overview = appraisal.month_overview(owner, current)
    states = {row.state for row in overview.rows}
    assert len(overview.rows) == 8 and "signed" not in states and len(states) >= 2  # half done
    grades = {row.grade for row in appraisal.month_overview(owner, current.previous()).rows}
    assert len(grades) >= 2  # the signed month has more than one grade
    assert appraisal_reports.monthly_appraisal_pdf(owner, str(current.previous())).startswith(b"%PDF")
