"""How the records of the first release read in the audit log and in histories:
their names, their fields' labels and kinds, their records named by number or name.
Loaded by services/audit.py the first time the log is read (audit.LABEL_MODULES)."""
from __future__ import annotations

import re
from typing import Any

from shopmanager.core.i18n import tr
from shopmanager.core.inventory import status_label as product_status_label
from shopmanager.core.money import format_money
from shopmanager.core.orders import channel_label, payment_label, tier_label
from shopmanager.core.orders import status_label as order_status_label
from shopmanager.core.permissions import role_label
from shopmanager.core.settings import DEFINITIONS
from shopmanager.db.models import (
    Carrier, Category, Customer, InboundReceipt, Product, RevisitPlan, SalesOrder, Shipment, Staff, Stocktake,
    Supplier, User,
)
from shopmanager.services.audit import SHARED, AuditField, register, register_action
from shopmanager.services.products import FIELDS as PRODUCT_FIELDS
from shopmanager.services.stocktake import status_label as stocktake_status_label

F = AuditField


def _pairs(query) -> dict[int, str]:
    return {row[0]: row[1] for row in query.tuples()}


def _by_id(model, column, ids: list[int]) -> dict[int, str]:
    return _pairs(model.select(model.id, column).where(model.id.in_(ids)))


def _products(ids: list[int]) -> dict[int, str]:
    return {pid: f"{sku} {name}" for pid, sku, name in
            Product.select(Product.id, Product.sku, Product.name).where(Product.id.in_(ids)).tuples()}


def _customers(ids: list[int]) -> dict[int, str]:
    return {cid: name or nickname or tr("Audit", "(no name)") for cid, name, nickname in
            Customer.select(Customer.id, Customer.name, Customer.nickname).where(Customer.id.in_(ids)).tuples()}


def _receipts(ids: list[int]) -> dict[int, str]:
    return {rid: tr("Audit", "received {time}").format(time=f"{at:%Y-%m-%d %H:%M}") for rid, at in
            InboundReceipt.select(InboundReceipt.id, InboundReceipt.received_at)
            .where(InboundReceipt.id.in_(ids)).tuples()}


def _shipments(ids: list[int]) -> dict[int, str]:
    return {sid: f"{order_no} {carrier} {tracking}".strip() for sid, order_no, carrier, tracking in
            Shipment.select(Shipment.id, SalesOrder.order_no, Shipment.carrier_name, Shipment.tracking_no)
            .join(SalesOrder, on=(Shipment.order == SalesOrder.id)).where(Shipment.id.in_(ids)).tuples()}


def _revisits(ids: list[int]) -> dict[int, str]:
    return {rid: f"{due:%Y-%m-%d} {purpose}".strip() for rid, due, purpose in
            RevisitPlan.select(RevisitPlan.id, RevisitPlan.due_date, RevisitPlan.purpose)
            .where(RevisitPlan.id.in_(ids)).tuples()}


_LINE = re.compile(r"@(\d+)(?![\d.])")
_LINE_DISCOUNT = re.compile(r" -(\d+)(?=;|$)")


def order_lines_text(value: Any) -> str:
    """'RICE-5 ×2 @5940 -100; …' as stored by the first release → '… @¥59.40 −¥1.00'."""
    text = str(value)
    text = _LINE.sub(lambda m: "@¥" + format_money(int(m.group(1))), text)
    return _LINE_DISCOUNT.sub(lambda m: " −¥" + format_money(int(m.group(1))), text)


def _staff_status(value: Any) -> str:
    return {"active": tr("Audit", "Active"), "left": tr("Audit", "Left the shop")}.get(value, str(value))


def _settings_fields() -> dict[str, AuditField]:
    fields = {}
    for definition in DEFINITIONS:
        if definition.kind == "bool":
            fields[definition.key] = F(definition.label, "bool")
        elif definition.kind == "choice":
            fields[definition.key] = F(definition.label, "choice",
                                       choices=lambda v, d=definition: d.choices().get(v, str(v)))
        else:
            fields[definition.key] = F(definition.label)
    return fields


for _action, _label in {
    "create": lambda: tr("Audit", "Created"), "update": lambda: tr("Audit", "Changed"),
    "delete": lambda: tr("Audit", "Deleted"), "denied": lambda: tr("Audit", "Refused"),
    "login": lambda: tr("Audit", "Logged in"), "login_failed": lambda: tr("Audit", "Login failed"),
    "password": lambda: tr("Audit", "Password"), "enable": lambda: tr("Audit", "Enabled"),
    "disable": lambda: tr("Audit", "Disabled"), "left": lambda: tr("Audit", "Left the shop"),
    "import": lambda: tr("Audit", "Imported"), "export": lambda: tr("Audit", "Exported"),
    "status": lambda: tr("Audit", "Status"), "stock": lambda: tr("Audit", "Stock movement"),
    "ship": lambda: tr("Audit", "Shipped"), "cancel": lambda: tr("Audit", "Cancelled"),
    "post": lambda: tr("Audit", "Posted"), "erase": lambda: tr("Audit", "Erased"),
    "print": lambda: tr("Audit", "Printed"), "review": lambda: tr("Audit", "Reviewed"),
    "backup": lambda: tr("Audit", "Backed up"), "backup_failed": lambda: tr("Audit", "Backup failed"),
    "restore": lambda: tr("Audit", "Restored"),
}.items():
    register_action(_action, _label)

register(SHARED, fields={
    "name": F(lambda: tr("Audit", "Name")), "phone": F(lambda: tr("Audit", "Phone")),
    "notes": F(lambda: tr("Audit", "Notes"), "secret"), "active": F(lambda: tr("Audit", "In use"), "bool"),
    "role": F(lambda: tr("Audit", "Role"), "choice", choices=role_label),
    "staff": F(lambda: tr("Audit", "Staff member"), "ref", ref="staff"),
    "username": F(lambda: tr("Audit", "User name")), "code": F(lambda: tr("Audit", "Code")),
    "reason": F(lambda: tr("Audit", "Reason")), "stock_qty": F(lambda: tr("Audit", "Stock"), "int"),
    "done": F(lambda: tr("Audit", "Done"), "bool"),
})

register("order", lambda: tr("Audit", "Order"), names=lambda ids: _by_id(SalesOrder, SalesOrder.order_no, ids),
         fields={
             "channel": F(lambda: tr("Orders", "Channel"), "choice", choices=channel_label),
             "platform_order_no": F(lambda: tr("Orders", "Platform order number")),
             "customer": F(lambda: tr("Audit", "Customer"), "ref", ref="customer"),
             "status": F(lambda: tr("Orders", "Status"), "choice", choices=order_status_label),
             "goods_cents": F(lambda: tr("Audit", "Goods"), "money"),
             "freight_cents": F(lambda: tr("Orders", "Freight"), "money"),
             "discount_cents": F(lambda: tr("Orders", "Order discount"), "money"),
             "total_cents": F(lambda: tr("Orders", "Total"), "money"),
             "paid_cents": F(lambda: tr("Orders", "Paid amount"), "money"),
             "payment_method": F(lambda: tr("Orders", "Payment method"), "choice", choices=payment_label),
             "transfer_record": F(lambda: tr("Orders", "Transfer record")),
             "buyer_message": F(lambda: tr("Orders", "Buyer's message"), "secret"),
             "seller_note": F(lambda: tr("Orders", "Seller's note")),
             "receiver_name": F(lambda: tr("Orders", "Receiver"), "secret"),
             "receiver_phone": F(lambda: tr("Orders", "Receiver's phone"), "secret"),
             "receiver_address": F(lambda: tr("Orders", "Receiver's address"), "secret"),
             "address_confirmed": F(lambda: tr("Orders", "Address confirmed"), "bool"),
             "staff": F(lambda: tr("Orders", "Taken by"), "ref", ref="staff"),
             "paid_at": F(lambda: tr("Orders", "Paid at"), "datetime"),
             "lines": F(lambda: tr("Audit", "Items"), "lines", fmt=order_lines_text),
             "tracking_no": F(lambda: tr("Shipping", "Tracking number")),
         })

register("product", lambda: tr("Audit", "Product"), names=_products, fields={
    **{f.key: F(f.label, {"money": "money", "int": "int"}.get(f.kind, "text"))
       for f in PRODUCT_FIELDS},
    "status": F(lambda: tr("Products", "Status"), "choice", choices=product_status_label),
    "picture": F(lambda: tr("Products", "Picture"), fmt=lambda v: tr("Audit", "a picture") if v else "—"),
})
register("customer", lambda: tr("Audit", "Customer"), names=_customers, personal=True, fields={
    "name": F(lambda: tr("Customers", "Name"), "secret"), "nickname": F(lambda: tr("Customers", "Buyer id"), "secret"),
    "channel": F(lambda: tr("Customers", "Channel"), "choice", choices=channel_label),
    "phone": F(lambda: tr("Customers", "Phone"), "secret"), "wechat": F(lambda: tr("Customers", "WeChat"), "secret"),
    "tier": F(lambda: tr("Customers", "Tier"), "choice", choices=tier_label),
    "birthday": F(lambda: tr("Customers", "Birthday"), "secret"),
    "addresses": F(lambda: tr("Customers", "Addresses"), "secret"),
})
register("user", lambda: tr("Audit", "User account"), names=lambda ids: _by_id(User, User.username, ids))
register("staff", lambda: tr("Audit", "Staff"), names=lambda ids: _by_id(Staff, Staff.name, ids), fields={
    "status": F(lambda: tr("Audit", "Status"), "choice", choices=_staff_status),
    "hire_date": F(lambda: tr("Audit", "Hire date"), "date"),
    "left_date": F(lambda: tr("Audit", "Leaving date"), "date"),
    "phone": F(lambda: tr("Audit", "Phone"), "secret"),
})
register("settings", lambda: tr("Audit", "Settings"), fields=_settings_fields())
register("shop", lambda: tr("Audit", "Shop"))
register("category", lambda: tr("Audit", "Category"), names=lambda ids: _by_id(Category, Category.name, ids))
register("supplier", lambda: tr("Audit", "Supplier"), names=lambda ids: _by_id(Supplier, Supplier.name, ids))
register("stock", lambda: tr("Audit", "Stock"), names=_products)
register("stocktake", lambda: tr("Audit", "Stocktake"), names=lambda ids: _by_id(Stocktake, Stocktake.name, ids),
         fields={"status": F(lambda: tr("Audit", "Status"), "choice", choices=lambda v: stocktake_status_label(str(v))),
                 "blind": F(lambda: tr("Stocktake", "Blind count"), "bool")})
register("receipt", lambda: tr("Audit", "Inbound receipt"), names=_receipts)
register("shipment", lambda: tr("Audit", "Shipment"), names=_shipments)
register("carrier", lambda: tr("Audit", "Carrier"), names=lambda ids: _by_id(Carrier, Carrier.name, ids),
         fields={"patterns": F(lambda: tr("Audit", "Tracking number patterns"))})
register("mapping", lambda: tr("Audit", "Import mapping"))
register("revisit", lambda: tr("Audit", "Revisit plan"), names=_revisits)
register("sales_order", lambda: tr("Audit", "Orders"))
register("order_line", lambda: tr("Audit", "Order lines"))
register("stock_movement", lambda: tr("Audit", "Stock movements"))
register("audit_log", lambda: tr("Audit", "Audit log"))
register("report", lambda: tr("Navigation", "Reports"))  # a report refused (services/report_catalog)
register("database", lambda: tr("Audit", "Database"))
register("backup", lambda: tr("Audit", "Backup"))
