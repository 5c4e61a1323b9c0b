"""How after-sales records read in the audit log and in histories (the registry of
services/audit.py): the entity "aftersales" (a case, named by its case number), its fields'
labels and kinds, and the actions only after-sales writes. Loaded through audit.LABEL_MODULES."""
from __future__ import annotations

from shopmanager.core.aftersales import (
    complaint_label, freight_label, outcome_label, reason_label, refund_kind_label, return_method_label,
    state_label, type_label,
)
from shopmanager.core.i18n import tr
from shopmanager.db.models import AfterSalesCase
from shopmanager.services.audit import AuditField, register, register_action

F = AuditField


def _cases(ids: list[int]) -> dict[int, str]:
    return dict(AfterSalesCase.select(AfterSalesCase.id, AfterSalesCase.case_no)
                .where(AfterSalesCase.id.in_(ids)).tuples())


register("aftersales", lambda: tr("Audit", "After-sales case"), names=_cases, fields={
    "case_type": F(lambda: tr("AfterSales", "Type"), "choice", choices=type_label),
    "state": F(lambda: tr("AfterSales", "State"), "choice", choices=state_label),
    "order": F(lambda: tr("AfterSales", "Order"), "ref", ref="order"),
    "reason": F(lambda: tr("AfterSales", "Reason"), "choice", choices=reason_label),
    "received_at": F(lambda: tr("AfterSales", "Received"), "datetime"),
    "holder": F(lambda: tr("AfterSales", "Held by"), "ref", ref="staff"),
    "clerk": F(lambda: tr("AfterSales", "Clerk before escalation"), "ref", ref="staff"),
    "against_staff": F(lambda: tr("AfterSales", "Against staff member"), "ref", ref="staff"),
    "return_method": F(lambda: tr("AfterSales", "Return parcel"), "choice", choices=return_method_label),
    "policy_ok": F(lambda: tr("AfterSales", "Within the policy"), "bool"),
    "freight_payer": F(lambda: tr("AfterSales", "Return freight"), "choice", choices=freight_label),
    "refund_kind": F(lambda: tr("AfterSales", "Refund"), "choice", choices=refund_kind_label),
    "override_reason": F(lambda: tr("AfterSales", "Override reason")),
    "out_of_policy": F(lambda: tr("AfterSales", "Outside the shop's policy"), "bool"),
    "category": F(lambda: tr("AfterSales", "Complaint category"), "choice", choices=complaint_label),
    "rating": F(lambda: tr("AfterSales", "Rating"), "int"),
    "upheld": F(lambda: tr("AfterSales", "Complaint upheld"), "bool"),
    "outcome": F(lambda: tr("AfterSales", "Review outcome"), "choice", choices=outcome_label),
    "refund_cents": F(lambda: tr("AfterSales", "Refunded"), "money"),
    "tracking_no": F(lambda: tr("AfterSales", "Tracking number")),
    "return_carrier": F(lambda: tr("AfterSales", "Return carrier")),
    "return_tracking_no": F(lambda: tr("AfterSales", "Return tracking number")),
    "received": F(lambda: tr("AfterSales", "Received good + defective")),
    "lines": F(lambda: tr("AfterSales", "Items"), "lines"),
    "description": F(lambda: tr("AfterSales", "What the buyer says"), "secret"),
    "review_text": F(lambda: tr("AfterSales", "Review text"), "secret"),
    "cause": F(lambda: tr("AfterSales", "Cause found")),
    "result": F(lambda: tr("AfterSales", "Result")),
})
register("product", fields={"defective_qty": F(lambda: tr("AfterSales", "Defective stock"), "int")})
# The lists' tables, as a refused look at them is logged (services/listing.ListSource.check).
register("aftersales_case", lambda: tr("Audit", "After-sales case"), names=_cases)
register("defective_stock", lambda: tr("Navigation", "Defective stock"))

for _action, _label in {
    "override": lambda: tr("Audit", "Policy overridden"), "escalate": lambda: tr("Audit", "Escalated"),
    "handover": lambda: tr("Audit", "Handed over"), "refund": lambda: tr("Audit", "Refunded"),
    "receive": lambda: tr("Audit", "Goods received"),
}.items():
    register_action(_action, _label)
