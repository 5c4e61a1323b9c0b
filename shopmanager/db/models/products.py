"""Products, stock ledger, batches, stocktakes."""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.foundation import User


class Category(BaseModel):
    name = pw.CharField(max_length=60, unique=True)
    sort_order = pw.IntegerField(default=0)


class Supplier(BaseModel):
    name = pw.CharField(max_length=100, unique=True)
    contact = pw.CharField(max_length=40, default="")
    phone = pw.CharField(max_length=40, default="")
    address = pw.CharField(max_length=200, default="")
    notes = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class Product(BaseModel):
    """A listing's record (seed 000 第六条). stock_qty caches the sum of its movements."""

    sku = pw.CharField(max_length=64, unique=True)
    barcode = pw.CharField(max_length=64, default="", index=True)
    name = pw.CharField(max_length=200)
    category = pw.ForeignKeyField(Category, null=True, backref="products", on_delete="SET NULL",
                                  index=False)  # covered by (category, id) below
    brand = pw.CharField(max_length=60, default="")
    spec = pw.CharField(max_length=100, default="")
    model = pw.CharField(max_length=100, default="")
    ingredients = pw.TextField(default="")
    origin = pw.CharField(max_length=60, default="")
    shelf_life_days = pw.IntegerField(null=True)
    usage = pw.TextField(default="")
    return_policy = pw.TextField(default="")
    price_cents = MoneyField()
    cost_cents = MoneyField()
    supplier = pw.ForeignKeyField(Supplier, null=True, backref="products", on_delete="SET NULL",
                                  index=False)  # never searched by; every index slows imports
    picture = pw.CharField(max_length=200, default="")  # file name under the pictures folder
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=12, default="draft")
    low_stock_threshold = pw.IntegerField(null=True)  # None: the shop's default
    stock_qty = pw.IntegerField(default=0)
    last_sale_at = pw.DateTimeField(null=True)
    is_placeholder = pw.BooleanField(default=False)  # made by an order import, to be completed
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    row_version = pw.IntegerField(default=1)  # optimistic lock between PCs

    class Meta:
        indexes = (
            (("name", "id"), False),
            (("price_cents", "id"), False),
            (("stock_qty", "id"), False),
            (("updated_at", "id"), False),
            (("status", "stock_qty", "low_stock_threshold"), False),
            (("status", "last_sale_at", "stock_qty"), False),
            (("category", "id"), False),
        )


class InboundReceipt(BaseModel):
    """One delivery of goods (入库单): its lines are stock movements."""

    supplier = pw.ForeignKeyField(Supplier, null=True, on_delete="SET NULL")
    note = pw.TextField(default="")
    received_at = pw.DateTimeField(index=True)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")


class StockBatch(BaseModel):
    """Goods received with a production date; sales take from the oldest first (FIFO)."""

    product = pw.ForeignKeyField(Product, backref="batches", on_delete="CASCADE")
    production_date = pw.DateField(null=True)
    expiry_date = pw.DateField(null=True)
    received_at = pw.DateTimeField()
    qty_received = pw.IntegerField()
    qty_remaining = pw.IntegerField()
    receipt = pw.ForeignKeyField(InboundReceipt, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("product", "received_at"), False), (("expiry_date", "qty_remaining"), False))


class StockMovement(BaseModel):
    """出入库记录: the only way stock changes."""

    product = pw.ForeignKeyField(Product, backref="movements", on_delete="CASCADE",
                                 index=False)  # covered by (product, at) below
    kind = pw.CharField(max_length=16)
    qty = pw.IntegerField()  # signed: + in, - out
    balance_after = pw.IntegerField()
    reason = pw.TextField(default="")
    ref_type = pw.CharField(max_length=16, default="")  # receipt | order | shipment | stocktake | ...
    ref_id = pw.IntegerField(null=True)
    batch = pw.ForeignKeyField(StockBatch, null=True, on_delete="SET NULL", index=False)  # never searched by
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)  # users are never deleted
    at = pw.DateTimeField()

    class Meta:
        indexes = ((("product", "at"), False), (("at", "id"), False), (("ref_type", "ref_id"), False))


class Stocktake(BaseModel):
    """盘点: a count session over all products or one category."""

    name = pw.CharField(max_length=100)
    category = pw.ForeignKeyField(Category, null=True, on_delete="SET NULL")
    blind = pw.BooleanField(default=False)
    status = pw.CharField(max_length=10, default="open")  # open | posted | cancelled
    started_at = pw.DateTimeField()
    started_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    posted_at = pw.DateTimeField(null=True)
    posted_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    note = pw.TextField(default="")


class StocktakeLine(BaseModel):
    stocktake = pw.ForeignKeyField(Stocktake, backref="lines", on_delete="CASCADE")
    product = pw.ForeignKeyField(Product, on_delete="CASCADE")
    book_qty_at_start = pw.IntegerField()
    counted_qty = pw.IntegerField(null=True)
    book_qty_at_count = pw.IntegerField(null=True)  # book stock the moment the count was entered
    counted_at = pw.DateTimeField(null=True)
    counted_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    adjustment = pw.IntegerField(null=True)  # written when posted

    class Meta:
        indexes = ((("stocktake", "product"), True),)


PRODUCT_MODELS = [Category, Supplier, Product, InboundReceipt, StockBatch, StockMovement, Stocktake, StocktakeLine]
