"""What order imports remember between files (migration 4).

- PlatformCode: a platform's item code (商家编码) — or, for a row without one, its title —
  that the user mapped to one of our products in the import preview, per channel; every
  later import of that channel uses it.
- WaitingItem: a line of a platform's item report (宝贝报表) whose order has not been
  imported yet; the order report (订单报表) picks it up.
- ProvisionalLine: the one summary line of an order imported from an order report without
  item prices; the item report replaces it. The marker goes with the line (ON DELETE
  CASCADE): once someone edits the order's lines by hand, the import leaves them alone.
"""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.foundation import User
from shopmanager.db.models.orders import OrderLine, SalesOrder
from shopmanager.db.models.products import Product


class PlatformCode(BaseModel):
    channel = pw.CharField(max_length=12)
    kind = pw.CharField(max_length=8, default="sku")  # sku: a 商家编码; title: a title without a code
    code = pw.CharField(max_length=200)
    product = pw.ForeignKeyField(Product, on_delete="CASCADE", backref="+")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "platform_code"
        indexes = ((("channel", "kind", "code"), True),)


class WaitingItem(BaseModel):
    channel = pw.CharField(max_length=12)
    platform_order_no = pw.CharField(max_length=64)
    line_no = pw.IntegerField()
    sku = pw.CharField(max_length=64, default="")
    title = pw.CharField(max_length=200, default="")
    qty = pw.IntegerField()
    unit_price_cents = MoneyField(null=True)
    line_total_cents = MoneyField(null=True)
    file = pw.CharField(max_length=200, default="")
    imported_at = pw.DateTimeField()

    class Meta:
        table_name = "waiting_item"
        indexes = ((("channel", "platform_order_no", "line_no"), True),)


class ProvisionalLine(BaseModel):
    order = pw.ForeignKeyField(SalesOrder, on_delete="CASCADE", backref="+", unique=True)
    line = pw.ForeignKeyField(OrderLine, on_delete="CASCADE", backref="+")

    class Meta:
        table_name = "provisional_line"


IMPORT_MODELS = [PlatformCode, WaitingItem, ProvisionalLine]
