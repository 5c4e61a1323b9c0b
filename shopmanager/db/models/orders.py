"""Customers, orders, shipments."""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.foundation import Staff, User
from shopmanager.db.models.products import Product


class Customer(BaseModel):
    """客户档案. Personal data is masked for roles without customers.pii; erasable on request."""

    name = pw.CharField(max_length=60, default="")
    nickname = pw.CharField(max_length=80, default="")  # platform buyer id (买家会员名)
    channel = pw.CharField(max_length=12, default="")
    phone = pw.CharField(max_length=30, default="")
    wechat = pw.CharField(max_length=60, default="")
    tier = pw.CharField(max_length=12, default="normal")
    birthday = pw.DateField(null=True)
    notes = pw.TextField(default="")
    order_count = pw.IntegerField(default=0)
    total_spent_cents = MoneyField()
    first_order_at = pw.DateTimeField(null=True)
    last_order_at = pw.DateTimeField(null=True)
    erased_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    row_version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("channel", "nickname"), False),
            (("phone",), False),
            (("name", "id"), False),
            (("last_order_at", "id"), False),
            (("nickname",), False),  # search by buyer id without knowing the channel
            (("total_spent_cents", "id"), False),  # best customers first
        )


class CustomerAddress(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="addresses", on_delete="CASCADE")
    receiver = pw.CharField(max_length=60, default="")
    phone = pw.CharField(max_length=30, default="")
    address = pw.CharField(max_length=300, default="")
    is_default = pw.BooleanField(default=False)


class RevisitPlan(BaseModel):
    """回访计划: when to call the customer back, and what came of it."""

    customer = pw.ForeignKeyField(Customer, backref="revisits", on_delete="CASCADE")
    due_date = pw.DateField(index=True)
    purpose = pw.CharField(max_length=200, default="")
    assigned_to = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    done_at = pw.DateTimeField(null=True)
    done_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    result = pw.TextField(default="")

    class Meta:
        indexes = ((("done_at", "due_date"), False),)  # open plans (done_at IS NULL) by due date


class Carrier(BaseModel):
    name = pw.CharField(max_length=40, unique=True)
    code = pw.CharField(max_length=20, default="")
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)


class SalesOrder(BaseModel):
    order_no = pw.CharField(max_length=40, unique=True)  # the shop's own number
    channel = pw.CharField(max_length=12)
    platform_order_no = pw.CharField(max_length=64, default="")
    customer = pw.ForeignKeyField(Customer, null=True, backref="orders", on_delete="SET NULL")
    status = pw.CharField(max_length=12, default="pending")
    ordered_at = pw.DateTimeField()
    paid_at = pw.DateTimeField(null=True)
    shipped_at = pw.DateTimeField(null=True)
    delivered_at = pw.DateTimeField(null=True)
    completed_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)  # cancelled or closed
    goods_cents = MoneyField()
    discount_cents = MoneyField()
    freight_cents = MoneyField()
    total_cents = MoneyField()
    paid_cents = MoneyField()
    payment_method = pw.CharField(max_length=20, default="")
    transfer_record = pw.TextField(default="")  # 汇款登记: bank, payer, time, amount
    buyer_message = pw.TextField(default="")
    seller_note = pw.TextField(default="")
    receiver_name = pw.CharField(max_length=60, default="")
    receiver_phone = pw.CharField(max_length=30, default="")
    receiver_address = pw.CharField(max_length=300, default="")
    address_confirmed = pw.BooleanField(default=False)
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="SET NULL")  # who took the order
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    row_version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("ordered_at", "id"), False),
            (("status", "paid_at"), False),  # the dispatch queue and its counts
            (("status", "ordered_at", "id"), False),  # the order list filtered by status
            # Sales by day (dashboard, reports) read only this index.
            (("paid_at", "status", "total_cents", "paid_cents"), False),
            (("customer", "ordered_at"), False),
            (("staff", "ordered_at"), False),
            (("total_cents", "id"), False),
            (("platform_order_no",), False),  # search and batch shipping by the platform's number
            (("receiver_phone",), False),  # search by the buyer's phone
            (("created_at", "id"), False),  # the last order number given today
        )


class OrderLine(BaseModel):
    order = pw.ForeignKeyField(SalesOrder, backref="lines", on_delete="CASCADE")
    line_no = pw.IntegerField(default=1)
    product = pw.ForeignKeyField(Product, null=True, on_delete="SET NULL")
    sku = pw.CharField(max_length=64, default="")
    title = pw.CharField(max_length=200, default="")
    qty = pw.IntegerField()
    unit_price_cents = MoneyField()
    discount_cents = MoneyField()
    line_total_cents = MoneyField()

    class Meta:
        indexes = ((("product",), False),)


class Shipment(BaseModel):
    """A parcel sent. A tracking number is used by one shipment only (cancelled shipments
    excepted, so a mistyped number can be given to the right order): a partial unique
    index made in db/migrations.py."""

    order = pw.ForeignKeyField(SalesOrder, backref="shipments", on_delete="CASCADE")
    kind = pw.CharField(max_length=10, default="order")  # order | exchange (after-sales)
    carrier = pw.ForeignKeyField(Carrier, null=True, on_delete="SET NULL")
    carrier_name = pw.CharField(max_length=40, default="")
    tracking_no = pw.CharField(max_length=40, index=True)
    shipped_at = pw.DateTimeField(index=True)
    shipped_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    cancelled_at = pw.DateTimeField(null=True)
    cancelled_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    cancel_reason = pw.CharField(max_length=200, default="")


ORDER_MODELS = [Customer, CustomerAddress, RevisitPlan, Carrier, SalesOrder, OrderLine, Shipment]
