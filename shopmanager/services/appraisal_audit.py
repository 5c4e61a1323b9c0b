"""How the appraisal's records read in the audit log (services/audit.py registry): an
appraisal by its month and person, a team record by the person, the template by its role."""
from __future__ import annotations

from shopmanager.core.appraisal import grade_label
from shopmanager.core.i18n import tr
from shopmanager.db.models import Appraisal, AppraisalPeriod, Staff
from shopmanager.services.audit import AuditField, register, register_action

F = AuditField


def _appraisals(ids: list[int]) -> dict[int, str]:
    rows = (Appraisal.select(Appraisal.id, AppraisalPeriod.month, Staff.name).join(AppraisalPeriod)
            .switch(Appraisal).join(Staff, on=(Appraisal.staff == Staff.id)).where(Appraisal.id.in_(ids)).tuples())
    return {appraisal_id: f"{month} {name}" for appraisal_id, month, name in rows}


def _people(ids: list[int]) -> dict[int, str]:
    return dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids)).tuples())


register("appraisal", lambda: tr("Audit", "Appraisal"), names=_appraisals, fields={
    "total": F(lambda: tr("Appraisal", "Total score")),
    "grade": F(lambda: tr("Appraisal", "Grade"), "choice", choices=grade_label),
    "fund": F(lambda: tr("Appraisal", "Growth fund entry")),
    "reason": F(lambda: tr("Appraisal", "Reason")),
    "customer": F(lambda: tr("Appraisal", "Customer score")),
    "note": F(lambda: tr("Appraisal", "From")),
    "employee_comment": F(lambda: tr("Appraisal", "Employee's comment")),
    "supervisor_comment": F(lambda: tr("Appraisal", "Supervisor's comment")),
})
register("appraisal_template", lambda: tr("Audit", "Appraisal template"), fields={
    "sources": F(lambda: tr("Appraisal", "Weights of the sources of scores:")),
    "items": F(lambda: tr("Appraisal", "Indicators")),
})
register("appraisal_member", lambda: tr("Audit", "Appraisal team"), names=_people, fields={
    "team": F(lambda: tr("Appraisal", "Team")),
    "supervisor": F(lambda: tr("Appraisal", "Supervisor"), "ref", ref="staff"),
    "appraised": F(lambda: tr("Appraisal", "Appraised"), "bool"),
})
register_action("open", lambda: tr("Audit", "Opened"))
register_action("score", lambda: tr("Audit", "Scored"))
register_action("sign", lambda: tr("Audit", "Signed off"))
register_action("reopen", lambda: tr("Audit", "Reopened"))
