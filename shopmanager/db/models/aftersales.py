"""After-sales register 售后登记: cases, their order lines, timeline, refunds, and the
defective stock 次品 (made in migration 6).

Defective goods move through the stock ledger (stock_movement) with the kinds of
core.inventory.DEFECTIVE_KINDS; they are not part of the product's sellable stock
(product.stock_qty), so `defective_stock.qty` caches their own sum.
"""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.foundation import Staff, User
from shopmanager.db.models.orders import Customer, OrderLine, SalesOrder, Shipment
from shopmanager.db.models.products import Product


class AfterSalesCase(BaseModel):
    case_no = pw.CharField(max_length=24, unique=True)  # AS20261124-0001
    case_type = pw.CharField(max_length=16)  # core.aftersales.CaseType
    state = pw.CharField(max_length=16, default="open")  # core.aftersales.CaseState
    order = pw.ForeignKeyField(SalesOrder, null=True, backref="cases", on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, null=True, backref="cases", on_delete="SET NULL")
    channel = pw.CharField(max_length=12, default="")
    reason = pw.CharField(max_length=20, default="other")  # core.aftersales.Reason
    description = pw.TextField(default="")  # what the buyer says
    received_at = pw.DateTimeField()  # when the buyer asked / complained
    first_response_at = pw.DateTimeField(null=True)
    response_minutes = pw.IntegerField(null=True)  # received → first response
    resolved_at = pw.DateTimeField(null=True)  # resolved (not refused)
    closed_at = pw.DateTimeField(null=True)
    holder = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")  # who holds it now
    clerk = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")  # holder before escalation
    escalated_at = pw.DateTimeField(null=True)
    # The policy as computed when the case was saved (core.aftersales.evaluate_policy).
    signed_on = pw.DateField(null=True)  # the sign-for day the window counts from
    return_method = pw.CharField(max_length=10, default="express")
    policy_ok = pw.BooleanField(default=True)
    policy_text = pw.TextField(default="")
    freight_payer = pw.CharField(max_length=12, default="none")
    refund_kind = pw.CharField(max_length=20, default="none")
    override_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    override_at = pw.DateTimeField(null=True)
    override_reason = pw.TextField(default="")
    out_of_policy = pw.BooleanField(default=False)  # an imported refund the policy would have refused
    return_carrier = pw.CharField(max_length=40, default="")
    return_tracking_no = pw.CharField(max_length=40, default="")
    goods_received_at = pw.DateTimeField(null=True)
    refund_cents = MoneyField()  # Σ refunds (cached, same transaction)
    # complaints and negative reviews
    category = pw.CharField(max_length=16, default="")  # core.aftersales.ComplaintCategory
    against_staff = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    upheld = pw.BooleanField(null=True)  # the complaint against the staff member was justified
    upheld_at = pw.DateTimeField(null=True)
    rating = pw.IntegerField(null=True)  # 1–5 stars
    review_text = pw.TextField(default="")
    cause = pw.TextField(default="")
    phone_contacted_at = pw.DateTimeField(null=True)
    outcome = pw.CharField(max_length=10, default="")  # core.aftersales.ReviewOutcome
    result = pw.TextField(default="")  # how it ended, in the clerk's words
    # platform refund files
    platform_refund_no = pw.CharField(max_length=64, default="")
    platform_status = pw.CharField(max_length=60, default="")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    row_version = pw.IntegerField(default=1)

    class Meta:
        table_name = "aftersales_case"
        indexes = (
            (("received_at", "id"), False),  # the page, newest first; figures of a period
            (("case_type", "received_at"), False),
            (("state", "received_at"), False),  # open / overdue counts
            (("holder", "state"), False),
            (("clerk", "state"), False),
            (("order",), False),
            (("customer", "received_at"), False),
            (("against_staff", "received_at"), False),
        )


class CaseLine(BaseModel):
    """An order line concerned by a case, with its quantity and what came back of it."""

    case = pw.ForeignKeyField(AfterSalesCase, backref="lines", on_delete="CASCADE")
    order_line = pw.ForeignKeyField(OrderLine, null=True, backref="+", on_delete="SET NULL")
    product = pw.ForeignKeyField(Product, null=True, backref="+", on_delete="SET NULL")
    sku = pw.CharField(max_length=64, default="")
    title = pw.CharField(max_length=200, default="")
    qty = pw.IntegerField()
    qty_good = pw.IntegerField(default=0)  # received back, sellable again
    qty_defective = pw.IntegerField(default=0)  # received back, 次品

    class Meta:
        table_name = "aftersales_line"
        indexes = ((("order_line",), False), (("product",), False))


class CaseEvent(BaseModel):
    """The timeline: what was done, who, when, a note."""

    case = pw.ForeignKeyField(AfterSalesCase, backref="events", on_delete="CASCADE")
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    who = pw.CharField(max_length=60, default="")  # the staff name (or user name) at the time
    action = pw.CharField(max_length=24)  # core.aftersales.Action
    note = pw.TextField(default="")
    detail = pw.TextField(default="")  # JSON of the action's data (contact method, quantities, …)

    class Meta:
        table_name = "aftersales_event"
        indexes = ((("case", "at"), False),)


class CaseShipment(BaseModel):
    """A parcel sent for a case: an exchange's replacement (its goods leave the stock) or a
    repaired item going back to the buyer. The shipment itself is a `shipment` row of kind
    "exchange", so its tracking number is unique among every parcel the shop sends."""

    case = pw.ForeignKeyField(AfterSalesCase, backref="shipments", on_delete="CASCADE")
    shipment = pw.ForeignKeyField(Shipment, unique=True, backref="+", on_delete="CASCADE")
    items = pw.TextField(default="")  # JSON [[product id, sku, name, qty], …]

    class Meta:
        table_name = "aftersales_shipment"
        indexes = ((("case",), False),)


class Refund(BaseModel):
    case = pw.ForeignKeyField(AfterSalesCase, backref="refunds", on_delete="RESTRICT")
    order = pw.ForeignKeyField(SalesOrder, null=True, backref="+", on_delete="RESTRICT")
    amount_cents = MoneyField()
    method = pw.CharField(max_length=16, default="platform")
    refunded_on = pw.DateField()
    note = pw.CharField(max_length=200, default="")
    user = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "aftersales_refund"
        indexes = ((("order",), False), (("refunded_on",), False))


class DefectiveStock(BaseModel):
    """次品: goods that failed inspection, kept apart from the sellable stock. `qty`
    caches the sum of the product's defective movements."""

    product = pw.ForeignKeyField(Product, unique=True, backref="+", on_delete="CASCADE")
    qty = pw.IntegerField(default=0)
    updated_at = pw.DateTimeField()

    class Meta:
        table_name = "defective_stock"


AFTERSALES_MODELS = [AfterSalesCase, CaseLine, CaseEvent, CaseShipment, Refund, DefectiveStock]
