"""Appraisal 绩效考核: role templates, the month's appraisals (with the template as it was that
month), the scores of the four sources, and who appraises whom.

Scores and targets are Decimals in the indicator's unit (money in yuan, rates in percent,
counts, days, scores 0–100). While a month is open its computed figures are read live from
the records; signing an appraisal off freezes them (actual, score) in its lines.
"""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel
from shopmanager.db.models.foundation import Staff, User


def _decimal(digits: int = 16, **kwargs) -> pw.DecimalField:
    return pw.DecimalField(max_digits=digits, decimal_places=2, auto_round=True, **kwargs)


class AppraisalTemplate(BaseModel):
    """One per role (岗位): its indicators are AppraisalTemplateItem rows."""

    role = pw.CharField(max_length=24, unique=True)
    self_weight = pw.IntegerField(default=10)
    supervisor_weight = pw.IntegerField(default=50)
    peer_weight = pw.IntegerField(default=20)
    customer_weight = pw.IntegerField(default=20)
    updated_at = pw.DateTimeField()
    updated_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    row_version = pw.IntegerField(default=1)


class _IndicatorColumns(BaseModel):
    """What a template's indicator is, and the copy of it an appraisal keeps (no table of its own)."""

    position = pw.IntegerField()
    indicator_group = pw.CharField(max_length=16)
    indicator = pw.CharField(max_length=40)
    name = pw.CharField(max_length=60, default="")
    weight = pw.IntegerField()
    target = _decimal(null=True)
    rule = pw.CharField(max_length=10)
    bands = pw.CharField(max_length=200, default="")
    sources = pw.CharField(max_length=60, default="")  # direct scores: "self,supervisor"


class AppraisalTemplateItem(_IndicatorColumns):
    template = pw.ForeignKeyField(AppraisalTemplate, backref="items", on_delete="CASCADE")


class AppraisalMember(BaseModel):
    """Who appraises whom: the team (peers score each other within it) and the supervisor.
    No row: the shop's one team, any supervisor."""

    staff = pw.ForeignKeyField(Staff, unique=True, on_delete="CASCADE", backref="+")
    team = pw.CharField(max_length=40, default="")
    supervisor = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+", index=False)
    appraised = pw.BooleanField(default=True)


class AppraisalPeriod(BaseModel):
    """A month's appraisal round: open → signed (every appraisal signed off by the owner)."""

    month = pw.CharField(max_length=7, unique=True)  # YYYY-MM
    status = pw.CharField(max_length=10, default="open")  # open | signed
    opened_at = pw.DateTimeField()
    opened_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    signed_at = pw.DateTimeField(null=True)
    signed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)


class Appraisal(BaseModel):
    """One employee's appraisal of one month, with the template's source weights as they were."""

    # (the indexes below cover period and staff; users are never searched by)
    period = pw.ForeignKeyField(AppraisalPeriod, backref="appraisals", on_delete="CASCADE", index=False)
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT", backref="+", index=False)
    role = pw.CharField(max_length=24)
    team = pw.CharField(max_length=40, default="")
    supervisor = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+", index=False)
    self_weight = pw.IntegerField()
    supervisor_weight = pw.IntegerField()
    peer_weight = pw.IntegerField()
    customer_weight = pw.IntegerField()
    status = pw.CharField(max_length=10, default="open")  # open | signed
    total = _decimal(8, null=True)  # frozen at sign-off
    grade = pw.CharField(max_length=10, default="")
    supervisor_comment = pw.TextField(default="")
    employee_comment = pw.TextField(default="")
    signed_at = pw.DateTimeField(null=True)
    signed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    fund_entry = pw.CharField(max_length=40, default="")  # the reward/fine recorded for the grade
    updated_at = pw.DateTimeField()
    row_version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("period", "staff"), True), (("staff", "period"), False))


class AppraisalLine(_IndicatorColumns):
    """An indicator of the appraisal, copied from the template when the month was opened."""

    appraisal = pw.ForeignKeyField(Appraisal, backref="lines", on_delete="CASCADE")
    actual = _decimal(null=True)  # frozen at sign-off
    score = _decimal(8, null=True)  # frozen at sign-off
    counted = pw.BooleanField(default=True)  # False: its module was not installed at sign-off


class AppraisalScore(BaseModel):
    """A score given to a direct indicator by one source. Peers are stored by name so each
    scores once, but no service shows the appraised person who gave what."""

    # (the indexes below cover appraisal, line and scorer)
    appraisal = pw.ForeignKeyField(Appraisal, backref="scores", on_delete="CASCADE", index=False)
    line = pw.ForeignKeyField(AppraisalLine, backref="scores", on_delete="CASCADE", index=False)
    source = pw.CharField(max_length=10)  # self | supervisor | peer | customer
    scorer = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+", index=False)  # None: customer
    score = _decimal(8)
    note = pw.CharField(max_length=200, default="")  # customer scores: which revisit / survey
    entered_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    at = pw.DateTimeField()

    class Meta:
        indexes = ((("appraisal", "source"), False), (("line", "source", "scorer"), False),
                   (("scorer", "source"), False))


APPRAISAL_MODELS = [AppraisalTemplate, AppraisalTemplateItem, AppraisalMember, AppraisalPeriod, Appraisal,
                    AppraisalLine, AppraisalScore]
