"""The write of an order import: one part of the plan (services/order_import_check.py) in
one short transaction, set-based — rows inserted through the driver's executemany with ids
given here, stock and customer figures updated in one statement each — so that even a
part of thousands of orders holds the database for a fraction of a second.

What each order gets is what the services would give it one by one: the shop's own order
number, its lines, a shipment and its stock movements (FIFO batches, below zero allowed:
the goods did leave), customer figures, and an audit row with personal data masked.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.masking import mask_name
from shopmanager.core.inventory import MovementKind, ProductStatus
from shopmanager.core.orders import ENDED, SOLD, OrderStatus, format_order_no, status_label
from shopmanager.db.bulk import bulk_insert, db_time, execute_many, lookup, lookup_rows, new_ids, with_defaults
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import (
    AuditLog, Carrier, Customer, CustomerAddress, OrderLine, Product, ProvisionalLine, SalesOrder, Shipment,
    StockMovement, WaitingItem,
)
from shopmanager.services.context import Actor
from shopmanager.services.customers import audit_changes
from shopmanager.services.import_pipeline import ImportReport, PlanOutdated
from shopmanager.services.order_import import Line, Plan
from shopmanager.services.orders import _lock_numbers, next_order_no

_ORDER_FIELDS = [f for f in SalesOrder._meta.sorted_fields]
_LINE_FIELDS = [f for f in OrderLine._meta.sorted_fields]
_SHIPMENT_FIELDS = [Shipment.id, Shipment.order, Shipment.kind, Shipment.carrier, Shipment.carrier_name,
                    Shipment.tracking_no, Shipment.shipped_at, Shipment.shipped_by, Shipment.cancel_reason]
_AUDIT_FIELDS = [AuditLog.at, AuditLog.user, AuditLog.username, AuditLog.action, AuditLog.entity, AuditLog.entity_id,
                 AuditLog.summary, AuditLog.changes]
_ID, _NUMBER, _CUSTOMER = ([f.name for f in _ORDER_FIELDS].index(name) for name in ("id", "order_no", "customer"))
_STAMPS = {OrderStatus.SHIPPED: ("shipped_at",), OrderStatus.DELIVERED: ("shipped_at", "delivered_at"),
           OrderStatus.COMPLETED: ("shipped_at", "delivered_at", "completed_at"),
           OrderStatus.CANCELLED: ("closed_at",), OrderStatus.CLOSED: ("closed_at",)}


class _Writer:
    def __init__(self, actor: Actor, plan: Plan, report: ImportReport):
        self.actor, self.plan, self.report = actor, plan, report
        self.now = timeutil.now().replace(microsecond=0)
        self.at = db_time(self.now)
        self.audit: list[tuple] = []
        self.customers: set[int] = set()
        self.leaving: list[tuple[int, int, int, str]] = []  # (product, qty, shipment id, order number)
        self.carriers: dict[str, tuple[int, str]] = {}

    def note(self, action: str, entity: str, entity_id: Any, summary: str, changes: dict | None = None) -> None:
        self.audit.append((self.at, self.actor.user_id, self.actor.username, action, entity, str(entity_id), summary,
                           json.dumps(changes, ensure_ascii=False) if changes else ""))

    # -- references -------------------------------------------------------------------------------------
    def carrier(self, name: str) -> tuple[int, str]:
        """The carrier a platform names (顺丰 → 顺丰速运); a new one when nothing is alike."""
        name = name.strip()
        if not self.carriers:
            for carrier in Carrier.select(Carrier.id, Carrier.name).order_by(Carrier.active.desc(),
                                                                             Carrier.sort_order, Carrier.id):
                self.carriers[carrier.name] = (carrier.id, carrier.name)
        if name in self.carriers:
            return self.carriers[name]
        for known, found in self.carriers.items():
            if name and (name in known or known in name or known[:2] == name[:2]):
                self.carriers[name] = found
                return found
        if not name:
            return next(iter(self.carriers.values()))
        carrier = Carrier.create(name=name[:40], sort_order=len(self.carriers) + 1)
        self.note("create", "carrier", carrier.id, name[:40], {"name": [None, name[:40]]})
        self.carriers[name] = (carrier.id, name[:40])
        return self.carriers[name]

    def placeholders(self, lines: list[Line]) -> None:
        """Placeholder products of this part's unknown items: found when an earlier part (or
        import) made them, created otherwise."""
        wanted = {line.placeholder for line in lines if line.placeholder}
        if not wanted:
            return
        ids = dict(lookup("product", "sku", "id", list(wanted)))
        missing = sorted(wanted - set(ids))
        if missing:
            fields, rows = with_defaults(Product, [
                {"sku": sku, "name": self.plan.placeholders.get(sku, sku), "status": ProductStatus.DRAFT.value,
                 "is_placeholder": True, "created_at": self.at, "updated_at": self.at} for sku in missing])
            bulk_insert(Product, fields, rows)
            ids.update(lookup("product", "sku", "id", missing))
            for sku in missing:
                self.note("create", "product", ids[sku], tr("Import", "placeholder from an order import: {item}")
                          .format(item=self.plan.placeholders.get(sku, sku)))
        for line in lines:
            if line.placeholder:
                line.product_id = ids[line.placeholder]

    def new_customers(self) -> dict[tuple[str, str], int]:
        """Customers of this part's new orders that do not exist yet (an earlier part may have made them)."""
        keys = {order.customer for order in self.plan.new if order.customer and order.customer[0] != "id"}
        found: dict[tuple[str, str], int] = {}
        buyers = [code for kind, code in keys if kind == "buyer"]
        phones = [code for kind, code in keys if kind == "phone"]
        for nickname, customer_id in lookup("customer", "nickname", "id", buyers,
                                            where="channel = ? AND erased_at IS NULL", params=[self.plan.channel]):
            found[("buyer", nickname)] = max(customer_id, found.get(("buyer", nickname), 0))
        for phone, customer_id in lookup("customer", "phone", "id", phones, where="erased_at IS NULL"):
            found[("phone", phone)] = max(customer_id, found.get(("phone", phone), 0))
        missing = sorted(keys - set(found))
        if not missing:
            return found
        ids = new_ids(Customer, len(missing))
        rows, addresses = [], []
        for customer_id, key in zip(ids, missing):
            values = self.plan.customers[key]
            rows.append((customer_id, values["name"], values["nickname"], self.plan.channel, values["phone"], "",
                         "normal", "", 0, 0, self.at, self.at, 1))
            if values["address"]:
                addresses.append((customer_id, values["name"], values["phone"], values["address"], True))
            self.audit.append((self.at, self.actor.user_id, self.actor.username, "create", "customer",
                               str(customer_id), values["summary"], values["audit"]))
            found[key] = customer_id
        bulk_insert(Customer, [Customer.id, Customer.name, Customer.nickname, Customer.channel, Customer.phone,
                               Customer.wechat, Customer.tier, Customer.notes, Customer.order_count,
                               Customer.total_spent_cents, Customer.created_at, Customer.updated_at,
                               Customer.row_version], rows)
        bulk_insert(CustomerAddress, [CustomerAddress.customer, CustomerAddress.receiver, CustomerAddress.phone,
                                      CustomerAddress.address, CustomerAddress.is_default], addresses)
        return found

    # -- new orders ---------------------------------------------------------------------------------------
    def insert_orders(self) -> None:
        orders = self.plan.new
        if not orders:
            return
        customer_ids = self.new_customers()
        order_ids = new_ids(SalesOrder, len(orders))
        numbers = self.order_numbers(len(orders))
        line_id = iter(new_ids(OrderLine, sum(len(order.lines) for order in orders)))
        order_rows, line_rows, markers, shipments = [], [], [], []
        summary = tr("Import", "{order_no}: imported from {file} row {row}")
        at, user, username = self.at, self.actor.user_id, self.actor.username
        for order_id, order_no, order in zip(order_ids, numbers, orders):
            row = order.prepared  # the order's columns, made ready outside the transaction (prepare)
            customer = order.customer
            customer_id = (int(customer[1]) if customer[0] == "id" else customer_ids[customer]) if customer else None
            row[_ID], row[_NUMBER], row[_CUSTOMER] = order_id, order_no, customer_id
            order_rows.append(tuple(row))
            for number, line in enumerate(order.lines, start=1):
                this_line = next(line_id)
                line_rows.append((this_line, order_id, number, line.product_id, line.sku, line.title, line.qty,
                                  line.unit, line.discount, line.total))
                if order.provisional:
                    markers.append((order_id, this_line))
            if order.ship is not None:
                shipments.append((order_id, order_no, order.ship, order.lines))
            if customer_id is not None:
                self.customers.add(customer_id)
            self.audit.append((at, user, username, "create", "order", str(order_id),
                               summary.format(order_no=order_no, file=self.plan.file, row=order.row), order.audit))
        bulk_insert(SalesOrder, _ORDER_FIELDS, order_rows)
        bulk_insert(OrderLine, _LINE_FIELDS, line_rows)
        bulk_insert(ProvisionalLine, [ProvisionalLine.order, ProvisionalLine.line], markers)
        self.ship(shipments)
        used = [(self.plan.channel, order.number) for order in orders if order.waiting_used]
        execute_many("DELETE FROM waiting_item WHERE channel = ? AND platform_order_no = ?", used)

    def order_numbers(self, count: int) -> list[str]:
        """The shop's own numbers for `count` new orders: the day's next ones, in file order."""
        _lock_numbers()
        first = next_order_no(self.now)
        day, sequence = self.now.date(), int(first.rsplit("-", 1)[-1])
        numbers: list[str] = []
        while len(numbers) < count:
            candidates = [format_order_no(day, n) for n in range(sequence, sequence + count - len(numbers))]
            taken = {number for number, _id in lookup("sales_order", "order_no", "id", candidates)}
            numbers += [n for n in candidates if n not in taken]
            sequence += len(candidates)
        return numbers

    # -- shipping -----------------------------------------------------------------------------------------
    def ship(self, parcels: list[tuple[int, str, tuple[str, str], list[Line]]]) -> None:
        if not parcels:
            return
        ids = new_ids(Shipment, len(parcels))
        rows = []
        for shipment_id, (order_id, order_no, (carrier_name, tracking), lines) in zip(ids, parcels):
            carrier_id, carrier = self.carrier(carrier_name)
            rows.append((shipment_id, order_id, "order", carrier_id, carrier, tracking, self.now, self.actor.user_id,
                         ""))
            self.out(lines, shipment_id, order_no)
            self.note("ship", "order", order_id, f"{order_no}: {carrier} {tracking}",
                      {"tracking_no": ["", tracking]})
        bulk_insert(Shipment, _SHIPMENT_FIELDS, rows)

    def out(self, lines: list[Line], shipment_id: int, order_no: str) -> None:
        quantities: dict[int, int] = defaultdict(int)
        for line in lines:
            if line.product_id:
                quantities[line.product_id] += line.qty
        for product_id in sorted(quantities):
            self.leaving.append((product_id, quantities[product_id], shipment_id, order_no))

    def stock_out(self) -> None:
        """The sale movements of every parcel of this part, the products' stock and last sale,
        and the dated batches they came from (oldest first)."""
        if not self.leaving:
            return
        ids = sorted({move[0] for move in self.leaving})
        database = current_database()
        balance: dict[int, int] = {}
        for start in range(0, len(ids), 2000):
            chunk = ids[start:start + 2000]
            if is_postgres():  # the rows locked in one order: no deadlock with a PC shipping meanwhile
                rows = database.execute_sql("SELECT id, stock_qty FROM product WHERE id = ANY(%s) ORDER BY id "
                                            "FOR UPDATE", (chunk,)).fetchall()
            else:
                rows = lookup("product", "id", "stock_qty", chunk)
            balance.update(dict(rows))
        movements = []
        taken: dict[int, int] = defaultdict(int)
        for product_id, qty, shipment_id, order_no in self.leaving:
            balance[product_id] -= qty
            taken[product_id] += qty
            movements.append((product_id, MovementKind.SALE.value, -qty, balance[product_id], order_no, "shipment",
                              shipment_id, None, self.actor.user_id, self.at))
        bulk_insert(StockMovement, [StockMovement.product, StockMovement.kind, StockMovement.qty,
                                    StockMovement.balance_after, StockMovement.reason, StockMovement.ref_type,
                                    StockMovement.ref_id, StockMovement.batch, StockMovement.user, StockMovement.at],
                    movements)
        execute_many("UPDATE product SET stock_qty = ?, last_sale_at = ? WHERE id = ?",
                     [(balance[product_id], self.at, product_id) for product_id in ids])
        batches = lookup_rows("stock_batch", "product_id", ["id", "product_id", "qty_remaining", "received_at"], ids,
                              where="qty_remaining > 0")
        changed = []
        for batch in sorted(batches, key=lambda b: (str(b["received_at"]), b["id"])):
            take = min(taken[batch["product_id"]], batch["qty_remaining"])
            if take > 0:
                taken[batch["product_id"]] -= take
                changed.append((batch["qty_remaining"] - take, batch["id"]))
        execute_many("UPDATE stock_batch SET qty_remaining = ? WHERE id = ?", changed)

    # -- orders already here -------------------------------------------------------------------------------
    def advance(self) -> None:
        steps = self.plan.advances
        if not steps:
            return
        rows, parcels = [], []
        for step in steps:
            paid = step.paid or {}
            target = str(step.target)
            stamps = {column for _status, column in step.stamps}
            if step.ship is not None:
                stamps.add("shipped_at")
            if step.target in ENDED:
                stamps.add("closed_at")
            stamp = {column: self.at for column in stamps}
            rows.append((target, paid.get("paid_at"), bool(step.paid), paid.get("paid_cents"),
                         paid.get("payment_method"), stamp.get("shipped_at"), stamp.get("delivered_at"),
                         stamp.get("completed_at"), stamp.get("closed_at"), self.at, step.order_id, str(step.status)))
            if step.ship is not None:
                parcels.append((step.order_id, step.order_no, step.ship, None))
            if step.customer_id and (step.paid or step.target in ENDED and step.status in SOLD):
                self.customers.add(step.customer_id)
            reason = f" ({tr('Import', 'closed on the platform')})" if step.target in ENDED else ""
            self.note("status", "order", step.order_id,
                      f"{step.order_no}: {status_label(step.status)} → {status_label(step.target)}{reason}",
                      {"status": [str(step.status), target]})
        changed = execute_many(
            "UPDATE sales_order SET status = ?, paid_at = COALESCE(?, paid_at), "
            "paid_cents = CASE WHEN ? THEN COALESCE(?, total_cents) ELSE paid_cents END, "
            "payment_method = COALESCE(?, payment_method), shipped_at = COALESCE(?, shipped_at), "
            "delivered_at = COALESCE(?, delivered_at), completed_at = COALESCE(?, completed_at), "
            "closed_at = COALESCE(?, closed_at), updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND status = ?", rows)
        if changed != len(rows):
            raise PlanOutdated("an order changed meanwhile")
        if parcels:
            lines = defaultdict(list)
            for row in lookup_rows("order_line", "order_id", ["order_id", "product_id", "qty"],
                                   [p[0] for p in parcels]):
                lines[row["order_id"]].append(Line(0, "", "", row["qty"], 0, 0, 0, row["product_id"]))
            self.ship([(order_id, order_no, ship, lines[order_id]) for order_id, order_no, ship, _ in parcels])

    def join(self) -> None:
        """Provisional summary lines replaced by the item report's lines."""
        joins = self.plan.joins
        if not joins:
            return
        removed = execute_many("DELETE FROM order_line WHERE id = ? AND order_id = ?",
                               [(j.line_id, j.order_id) for j in joins])
        if removed != len(joins):
            raise PlanOutdated("an order's lines were edited meanwhile")
        execute_many("DELETE FROM provisional_line WHERE order_id = ?", [(j.order_id,) for j in joins])
        line_ids = iter(new_ids(OrderLine, sum(len(j.lines) for j in joins)))
        rows, money = [], []
        for j in joins:
            for number, line in enumerate(j.lines, start=1):
                rows.append((next(line_ids), j.order_id, number, line.product_id, line.sku, line.title, line.qty,
                             line.unit, line.discount, line.total))
            goods = sum(line.total for line in j.lines)
            money.append((goods, goods, self.at, j.order_id))
            if j.shipment_id:
                self.out(j.lines, j.shipment_id, j.order_no)
            if j.customer_id:
                self.customers.add(j.customer_id)
            self.note("update", "order", j.order_id, tr("Import", "{order_no}: item lines from {file}").format(
                order_no=j.order_no, file=self.plan.file), {"lines": ["", "; ".join(
                    f"{line.sku or line.title} ×{line.qty}" for line in j.lines)]})
        bulk_insert(OrderLine, _LINE_FIELDS, rows)
        execute_many("UPDATE sales_order SET goods_cents = ?, total_cents = ? + freight_cents - discount_cents, "
                     "updated_at = ?, row_version = row_version + 1 WHERE id = ?", money)

    def wait(self) -> None:
        """Item lines whose order is not here yet: kept (replacing what an earlier file left)."""
        if not self.plan.waiting:
            return
        channel = self.plan.channel
        execute_many("DELETE FROM waiting_item WHERE channel = ? AND platform_order_no = ?",
                     [(channel, number) for number in self.plan.waiting])
        rows = []
        for number, lines in self.plan.waiting.items():
            for line_no, line in enumerate(lines, start=1):
                known = line.unit >= 0 and line.total >= 0
                rows.append((channel, number, line_no, line.sku, line.title, line.qty,
                             line.unit if known else None, line.total if known else None, self.plan.file[:200],
                             self.at))
        bulk_insert(WaitingItem, [WaitingItem.channel, WaitingItem.platform_order_no, WaitingItem.line_no,
                                  WaitingItem.sku, WaitingItem.title, WaitingItem.qty, WaitingItem.unit_price_cents,
                                  WaitingItem.line_total_cents, WaitingItem.file, WaitingItem.imported_at], rows)

    # -- figures ---------------------------------------------------------------------------------------------
    def refresh_customers(self) -> None:
        """Order count, total spent, first and last order of the customers this part touched."""
        ids = sorted(self.customers)
        if not ids:
            return
        database = current_database()
        marker = "%s" if is_postgres() else "?"
        sold = [s.value for s in SOLD]
        stats: dict[int, tuple] = {customer_id: (0, 0, None, None) for customer_id in ids}
        for start in range(0, len(ids), 2000):
            chunk = ids[start:start + 2000]
            sql = (f"SELECT customer_id, COUNT(id), COALESCE(SUM(total_cents), 0), MIN(ordered_at), MAX(ordered_at) "
                   f"FROM sales_order WHERE customer_id IN ({', '.join([marker] * len(chunk))}) "
                   f"AND status IN ({', '.join([marker] * len(sold))}) GROUP BY customer_id")
            for customer_id, count, spent, first, last in database.execute_sql(sql, [*chunk, *sold]).fetchall():
                stats[customer_id] = (count, int(spent), first, last)
        execute_many("UPDATE customer SET order_count = ?, total_spent_cents = ?, first_order_at = ?, "
                     "last_order_at = ? WHERE id = ?", [(*stats[i], i) for i in ids])

    def finish(self) -> None:
        self.stock_out()
        self.refresh_customers()
        bulk_insert(AuditLog, _AUDIT_FIELDS, self.audit)


def _fill_lines(lines: list[Line]) -> None:
    """A line without a title or SKU takes the product's (as the order form does)."""
    ids = list({line.product_id for line in lines if line.product_id and (not line.title or not line.sku)})
    if not ids:
        return
    found = {row["id"]: row for row in lookup_rows("product", "id", ["id", "sku", "name"], ids)}
    for line in lines:
        product = found.get(line.product_id)
        if product is not None:
            line.title = line.title or product["name"]
            line.sku = line.sku or product["sku"]


def prepare(actor: Actor, plan: Plan) -> Plan:
    """What a part needs that does not need the database's lock, done before the transaction:
    the orders' columns, the lines' titles, the audit texts (masked personal data)."""
    now = timeutil.now().replace(microsecond=0)
    _fill_lines([line for order in plan.new for line in order.lines] + [line for j in plan.joins for line in j.lines])
    for order in plan.new:
        values = dict(order.values)
        for column in _STAMPS.get(values["status"], ()):
            values[column] = now
        values.update(transfer_record="", address_confirmed=False, staff=actor.staff_id, created_by=actor.user_id,
                      created_at=now, updated_at=now, row_version=1)
        order.prepared = [db_time(v) if isinstance(v, dt.datetime) else v for v in (values.get(f.name)
                                                                                    for f in _ORDER_FIELDS)]
        view = {k: v for k, v in values.items() if k in _AUDITED}
        view["lines"] = "; ".join(f"{line.sku or line.title} ×{line.qty} @{line.unit}"
                                  + (f" -{line.discount}" if line.discount else "") for line in order.lines)
        order.audit = json.dumps(audit_changes({}, view), ensure_ascii=False)
    for key, values in plan.customers.items():
        if "audit" not in values:
            shown = {k: values[k] for k in ("name", "nickname", "phone") if values[k]}
            if values["address"]:
                shown["addresses"] = "1"
            values["summary"] = mask_name(values["name"]) or values["nickname"]
            values["audit"] = json.dumps(audit_changes({}, dict(shown, channel=plan.channel)), ensure_ascii=False)
    return plan


_AUDITED = ("channel", "platform_order_no", "status", "goods_cents", "freight_cents", "total_cents",
            "paid_cents", "payment_method", "buyer_message", "seller_note", "receiver_name", "receiver_phone",
            "receiver_address")


def write_part(actor: Actor, plan: Plan, report: ImportReport) -> None:
    """One part of an order import's plan (inside the pipeline's transaction)."""
    writer = _Writer(actor, plan, report)
    writer.placeholders([line for order in plan.new for line in order.lines]
                        + [line for j in plan.joins for line in j.lines])
    writer.insert_orders()
    writer.advance()
    writer.join()
    writer.wait()
    writer.finish()

