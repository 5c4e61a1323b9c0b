"""The check of an order import (reads only): every order, line, product, customer and
tracking number of the file looked up set-based — a few queries per 2,000 keys, never one
per row — and turned into the plan services/order_import_write.py carries out."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money, line_amounts, spread
from shopmanager.core.orders import OrderStatus, PaymentMethod, clean_tracking_no
from shopmanager.db.bulk import lookup, lookup_rows
from shopmanager.services.customers import masked_phone, sees_pii
from shopmanager.services.import_pipeline import ImportReport
from shopmanager.services.order_import import (
    _PHONE, MAX_MONEY_CENTS, MAX_QTY, Advance, Join, Line, NewOrder, OrderJob, Plan, code_key, known_codes,
    placeholder_sku, status_from_platform,
)

SHIPPED_OR_LATER = (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
ENDED = (OrderStatus.CANCELLED, OrderStatus.CLOSED)
_ORDER_COLUMNS = ["id", "platform_order_no", "order_no", "status", "customer_id", "goods_cents", "freight_cents",
                  "discount_cents", "ordered_at"]


def check_orders(job: OrderJob, records: list[tuple[int, dict[str, Any]]], report: ImportReport) -> Plan:
    from shopmanager.excel import group_records

    channel = job.channel
    plan = Plan(channel, report.file, sees_pii=sees_pii(job.actor))
    groups = group_records(records, "order_no")
    existing = {row["platform_order_no"]: row for row in lookup_rows(
        "sales_order", "platform_order_no", _ORDER_COLUMNS, list(groups), where="channel = ?", params=[channel])}
    provisional = dict(lookup("provisional_line", "order_id", "line_id", [r["id"] for r in existing.values()]))
    shipped = dict(lookup("shipment", "order_id", "tracking_no", [r["id"] for r in existing.values()],
                          where="cancelled_at IS NULL AND kind = 'order'"))
    shipment_ids = dict(lookup("shipment", "order_id", "id", [r["id"] for r in existing.values()],
                               where="cancelled_at IS NULL AND kind = 'order'"))
    waiting = _waiting(channel, [n for n in groups if n not in existing]) if job.layout == "orders" else {}
    lines_of: dict[str, list[Line]] = {}
    for number, rows in groups.items():
        if job.layout == "orders":
            if number in waiting:
                lines_of[number] = waiting[number]
        elif number not in existing or existing[number]["id"] in provisional:
            lines_of[number] = _file_lines(rows, report)
    for number, rows in groups.items():  # lines an earlier item report left: problems point at the order's row
        for line in lines_of.get(number, ()) if number in waiting else ():
            line.row = rows[0][0]
    resolver = _Resolver(job, report, plan)
    resolver.resolve([line for number, lines in lines_of.items() for line in lines],
                     waiting_only={id(line) for number, lines in lines_of.items() if number not in existing
                                   and job.layout == "items" for line in lines})
    now = timeutil.now()
    shipping: list[tuple[int, str, str]] = []  # (row, tracking, platform number) of parcels this import ships
    for number, rows in groups.items():
        row, first = rows[0]
        current = existing.get(number)
        lines = lines_of.get(number)
        if job.layout == "items":
            if current is None:
                plan.waiting[number] = lines
                report.count("waiting_orders")
                report.count("waiting_lines", len(lines))
            elif current["id"] in provisional and lines is not None:
                _join(plan, report, current, provisional[current["id"]], lines, row, shipment_ids)
            else:
                report.unchanged += 1
            continue
        if current is not None:
            if current["id"] in provisional and lines is not None and job.layout == "lines":
                _join(plan, report, current, provisional[current["id"]], lines, row, shipment_ids)
            _advance(plan, report, current, first, row, shipped.get(current["id"], ""), now, shipping)
            continue
        order = _new_order(job, plan, report, number, rows, lines, now, shipping)
        if order is not None:
            plan.new.append(order)
            report.created += 1
    _check_tracking(report, shipping)
    _customers(job, plan)
    _stock_warnings(plan, report)
    _layout_notes(job, plan, report)
    return plan


# -- lines -----------------------------------------------------------------------------------------------

def _file_lines(rows: list[tuple[int, dict[str, Any]]], report: ImportReport) -> list[Line]:
    lines = []
    for row, values in rows:
        qty = values.get("qty")
        qty = 1 if qty is None else qty
        if not 0 < qty <= MAX_QTY:
            report.problem(row, "qty", tr("Import", "the quantity must be from 1 to 100000"))
            continue
        amounts = line_amounts(qty, values.get("unit_price"), values.get("line_total"))
        if amounts is not None and (amounts[2] < 0 or amounts[0] > MAX_MONEY_CENTS):
            key = "line_total" if values.get("line_total") is not None else "unit_price"
            report.problem(row, key, tr("Import", "the amount must be between 0 and 100,000,000"))
            continue
        sku = values.get("sku") or values.get("outer_id") or ""
        title = name = values.get("title") or ""
        if values.get("properties"):
            title = f"{title} ({values['properties']})" if title else values["properties"]
        if not title and not sku:
            report.problem(row, "title", tr("Import", "the item has neither a title nor a SKU"))
            continue
        unit, discount, total = amounts if amounts is not None else (-1, 0, -1)  # -1: the product's price
        lines.append(Line(row, sku, title[:200], qty, unit, discount, total, name=name[:200]))
    return lines


def _waiting(channel: str, numbers: list[str]) -> dict[str, list[Line]]:
    """Item lines an earlier item report left for these orders."""
    found: dict[str, list[Line]] = defaultdict(list)
    columns = ["platform_order_no", "line_no", "sku", "title", "qty", "unit_price_cents", "line_total_cents"]
    for item in sorted(lookup_rows("waiting_item", "platform_order_no", columns, numbers, where="channel = ?",
                                   params=[channel]), key=lambda r: (r["platform_order_no"], r["line_no"])):
        unit, total = item["unit_price_cents"], item["line_total_cents"]
        if unit is None or total is None:  # no price in the item report: the product's
            unit = total = -1
        found[item["platform_order_no"]].append(Line(0, item["sku"], item["title"], item["qty"], unit,
                                                     unit * item["qty"] - total if unit >= 0 else 0, total))
    return found


class _Resolver:
    """Products of lines: SKU or barcode, a remembered platform code, a title matching exactly
    one product (rows without a code only), else a placeholder or a problem."""

    def __init__(self, job: OrderJob, report: ImportReport, plan: Plan):
        self.job, self.report, self.plan = job, report, plan

    def resolve(self, lines: list[Line], waiting_only: set[int]) -> None:
        codes = list({line.sku for line in lines if line.sku})
        by_sku = dict(lookup("product", "sku", "id", codes))
        by_barcode: dict[str, int] = {}
        for barcode, product_id in sorted(lookup("product", "barcode", "id", [c for c in codes if c not in by_sku]),
                                          key=lambda pair: pair[1]):
            by_barcode.setdefault(barcode, product_id)
        titles = list({title for line in lines if not line.sku for title in (line.title, _name_of(line))})
        named: dict[str, list[int]] = defaultdict(list)
        for name, product_id in lookup("product", "name", "id", titles):
            named[name].append(product_id)
        mapped = known_codes(self.job.channel, list({code_key(line.sku, line.title) for line in lines}))
        prices = dict(lookup("product", "id", "price_cents", list({*by_sku.values(), *by_barcode.values(),
                                                                   *mapped.values(), *[i[0] for i in named.values()]})))
        unknown: dict[tuple[str, str], dict[str, Any]] = {}
        for line in lines:
            key = code_key(line.sku, line.title)
            if line.sku:
                product_id = by_sku.get(line.sku) or by_barcode.get(line.sku) or mapped.get(key)
            else:
                product_id = mapped.get(key)
                title = line.title if line.title in named else _name_of(line)  # 'title (properties)', else the title
                if product_id is None and len(named.get(title, ())) > 1:
                    self.report.problem(line.row, "title", tr(
                        "Import", "{n} products are named '{title}': give the line its SKU (商家编码), or choose the "
                                  "product for it in the preview").format(n=len(named[title]), title=title))
                    continue
                if product_id is None and named.get(title):
                    product_id = named[title][0]
            if product_id is not None:
                line.product_id = product_id
                if line.unit < 0:  # no price in the file: the product's sale price
                    line.unit, line.total = prices.get(product_id, 0), prices.get(product_id, 0) * line.qty
                continue
            if line.unit < 0:
                line.unit, line.total = 0, 0
            item = unknown.setdefault(key, {"kind": key[0], "code": key[1], "title": line.title, "rows": [],
                                            "qty": 0, "waiting": id(line) in waiting_only})
            item["rows"].append(line.row)
            item["qty"] += line.qty
            item["waiting"] = item["waiting"] and id(line) in waiting_only
            if id(line) in waiting_only:
                continue
            if self.job.create_missing:
                line.placeholder = placeholder_sku(line.sku, line.title)
                self.plan.placeholders.setdefault(line.placeholder, (line.title or line.sku)[:200])
            else:
                self.report.problem(line.row, "sku" if line.sku else "title", tr(
                    "Import", "unknown product '{item}': choose ours for it in the preview, add it first, or let the "
                              "import create placeholder products").format(item=line.sku or line.title))
        self.report.details["unknown"] = sorted(unknown.values(), key=lambda i: (min(i["rows"]), i["code"]))


def _name_of(line: Line) -> str:
    """The item's title without the properties the item report adds ('玫瑰花茶 100g (净含量:100g)'):
    known for a line of this file; for a line an earlier item report left, its title up to the
    last ' (' when it ends in ')'."""
    if line.name:
        return line.name
    cut = line.title.rfind(" (")
    return line.title[:cut] if line.title.endswith(")") and cut > 0 else line.title


# -- orders ------------------------------------------------------------------------------------------------

def _money_ok(report: ImportReport, row: int, values: dict[str, Any]) -> bool:
    good = True
    for key in ("goods", "freight", "order_total", "paid"):
        value = values.get(key)
        if value is not None and not 0 <= value <= MAX_MONEY_CENTS:
            report.problem(row, key, tr("Import", "the amount must be between 0 and 100,000,000"))
            good = False
    return good


def _new_order(job: OrderJob, plan: Plan, report: ImportReport, number: str, rows, lines: list[Line] | None,
               now: dt.datetime, shipping: list) -> NewOrder | None:
    row, first = rows[0]
    if not _money_ok(report, row, first):
        return None
    status = status_from_platform(first.get("status") or "", bool(first.get("tracking_no")),
                                  first.get("paid_at") is not None)
    freight = first.get("freight") or 0
    goods = first.get("goods")
    if goods is None and first.get("order_total") is not None:
        goods = max(0, first["order_total"] - freight)
    provisional = lines is None
    if provisional:  # an order report: one summary line carrying the order's goods amount
        if goods is None:
            goods = max(0, (first.get("paid") or 0) - freight)
        qty = first.get("qty") or 1
        if not 0 < qty <= MAX_QTY:
            report.problem(row, "qty", tr("Import", "the quantity must be from 1 to 100000"))
            return None
        unit = -(-goods // qty)
        title = first.get("title") or tr("Import", "Items of order {number} (see the item report)").format(
            number=number)
        lines = [Line(row, "", title[:200], qty, unit, unit * qty - goods, goods)]
    elif not lines:
        return None
    else:
        _fit_goods(report, number, lines, goods, row)
    goods = sum(line.total for line in lines)
    total = goods + freight
    if total > MAX_MONEY_CENTS:
        report.problem(row, "order_no", tr("Import", "order {number}: the total is above 100,000,000").format(
            number=number))
        return None
    ordered_at = first.get("ordered_at")
    paid_at = first.get("paid_at") if status != OrderStatus.PENDING else None
    if status != OrderStatus.PENDING and paid_at is None:
        paid_at = ordered_at or now
    if ordered_at is None:
        ordered_at = min(now, paid_at) if paid_at else now
    if ordered_at > now + dt.timedelta(minutes=10):
        report.problem(row, "ordered_at", tr("Import", "the order time is in the future"))
        return None
    if paid_at is not None and (paid_at < ordered_at or paid_at > now + dt.timedelta(minutes=10)):
        report.problem(row, "paid_at", tr("Import", "the payment time must be between the order time and now"))
        return None
    phone = first.get("receiver_phone") or ""
    if phone and not _phone_ok(phone):
        report.problem(row, "receiver_phone", tr("Import", "'{value}' is not a phone number").format(value=phone))
        return None
    ship = _ship_of(report, first, row, status, number, shipping)
    if status in SHIPPED_OR_LATER and ship is None:
        status = OrderStatus.PAID
    pii = plan.sees_pii
    values = {
        "channel": plan.channel, "platform_order_no": number, "status": status.value,
        "ordered_at": ordered_at.replace(microsecond=0), "paid_at": paid_at.replace(microsecond=0) if paid_at else None,
        "goods_cents": goods, "discount_cents": 0, "freight_cents": freight, "total_cents": total,
        "paid_cents": 0 if status == OrderStatus.PENDING else (first["paid"] if first.get("paid") is not None
                                                                else total),
        "payment_method": PaymentMethod.PLATFORM.value if status != OrderStatus.PENDING else "",
        "buyer_message": first.get("buyer_message") or "", "seller_note": first.get("seller_note") or "",
        "receiver_name": (first.get("receiver_name") or "") if pii else "",
        "receiver_phone": phone if pii else "", "receiver_address": (first.get("receiver_address") or "") if pii else "",
    }
    return NewOrder(row, number, values, lines, _customer_key(first, number), ship, provisional)


def _fit_goods(report: ImportReport, number: str, lines: list[Line], goods: int | None, row: int) -> None:
    """When the file also gives the order's goods amount (after coupons and discounts), the
    difference from the lines is shared out over the lines as discounts."""
    lines_total = sum(line.total for line in lines)
    if goods is None or goods == lines_total:
        return
    if goods > lines_total:
        report.notes.append(tr("Import", "Order {number}: the goods amount {goods} is more than its lines add up to "
                                         "({lines}); the lines are kept.").format(
            number=number, goods=format_money(goods), lines=format_money(lines_total)))
        return
    for line, extra in zip(lines, spread(lines_total - goods, [line.total for line in lines])):
        line.discount += extra
        line.total -= extra


def _phone_ok(phone: str) -> bool:
    digits = sum(ch.isdigit() for ch in phone)
    return len(phone) <= 30 and bool(_PHONE.match(phone)) and 5 <= digits <= 20


def _customer_key(values: dict[str, Any], number: str) -> tuple[str, str] | None:
    if values.get("buyer"):
        return ("buyer", values["buyer"])
    if values.get("receiver_phone") and not masked_phone(values["receiver_phone"]):
        return ("phone", values["receiver_phone"])
    if values.get("receiver_name"):
        return ("order", number)  # a name alone finds no one: a customer of its own
    return None


def _ship_of(report: ImportReport, values: dict[str, Any], row: int, status: str, number: str,
             shipping: list) -> tuple[str, str] | None:
    """(carrier, tracking number) of an order the platform shipped; None without a number (a note)."""
    if status not in SHIPPED_OR_LATER:
        return None
    text = values.get("tracking_no") or ""
    if not text:
        report.notes.append(tr("Import", "Order {number} is shipped on the platform but the file has no tracking "
                                         "number: it stays to ship here.").format(number=number))
        return None
    try:
        tracking = clean_tracking_no(text)
    except ValidationError as error:
        report.problem(row, "tracking_no", str(error))
        return None
    shipping.append((row, tracking, number))
    return values.get("carrier") or "", tracking


def _advance(plan: Plan, report: ImportReport, current: dict[str, Any], values: dict[str, Any], row: int,
             tracking_now: str, now: dt.datetime, shipping: list) -> None:
    """An order already here, brought forward to the platform's state the way the program allows."""
    status = current["status"]
    target = status_from_platform(values.get("status") or "", bool(values.get("tracking_no")),
                                  values.get("paid_at") is not None)
    number = current["platform_order_no"]
    step = Advance(row, current["id"], current["order_no"], status, status, current["customer_id"])
    if status == OrderStatus.SHIPPED and values.get("tracking_no") and tracking_now:
        try:
            theirs = clean_tracking_no(values["tracking_no"])
        except ValidationError:
            theirs = values["tracking_no"]
        if theirs != tracking_now:
            report.notes.append(tr("Import", "Order {number} was shipped here with {ours}; the file says {theirs}. "
                                             "Left as it is.").format(number=number, ours=tracking_now, theirs=theirs))
    if target in ENDED:
        if status in (OrderStatus.PENDING, OrderStatus.PAID):
            step.target = target
    elif target != OrderStatus.PENDING and target != status:
        if status == OrderStatus.PENDING:
            paid_at = values.get("paid_at")
            ordered_at = current["ordered_at"]
            if isinstance(ordered_at, str):
                ordered_at = dt.datetime.fromisoformat(ordered_at)
            if paid_at is None or paid_at < ordered_at or paid_at > now:
                paid_at = now
            step.paid = {"paid_at": paid_at.replace(microsecond=0), "paid_cents": values.get("paid"),
                         "payment_method": PaymentMethod.PLATFORM.value}
            step.target = OrderStatus.PAID
        if target in SHIPPED_OR_LATER and step.target == OrderStatus.PAID:
            step.ship = _ship_of(report, values, row, target, number, shipping)
            if step.ship is not None:
                step.target = OrderStatus.SHIPPED
        if target in (OrderStatus.DELIVERED, OrderStatus.COMPLETED) and step.target == OrderStatus.SHIPPED:
            step.stamps.append((OrderStatus.DELIVERED, "delivered_at"))
            step.target = OrderStatus.DELIVERED
        if target == OrderStatus.COMPLETED and step.target == OrderStatus.DELIVERED:
            step.stamps.append((OrderStatus.COMPLETED, "completed_at"))
            step.target = OrderStatus.COMPLETED
    if step.target != status:
        plan.advances.append(step)
        report.updated += 1
    elif not any(j.order_id == current["id"] for j in plan.joins):
        report.unchanged += 1


def _join(plan: Plan, report: ImportReport, current: dict[str, Any], line_id: int, lines: list[Line], row: int,
          shipment_ids: dict[int, int]) -> None:
    _fit_goods(report, current["platform_order_no"], lines, current["goods_cents"], row)
    plan.joins.append(Join(row, current["id"], current["order_no"], line_id, lines, current["customer_id"],
                           shipment_ids.get(current["id"])))
    report.updated += 1


def _check_tracking(report: ImportReport, shipping: list[tuple[int, str, str]]) -> None:
    """A tracking number ships one parcel: not twice in the file, not one already used here."""
    first_row: dict[str, tuple[int, str]] = {}
    for row, tracking, number in shipping:
        if tracking in first_row and first_row[tracking][1] != number:
            report.problem(row, "tracking_no", tr("Import", "tracking number {tracking} is also on row {row} for "
                                                            "another order").format(tracking=tracking,
                                                                                    row=first_row[tracking][0]))
        first_row.setdefault(tracking, (row, number))
    used = lookup("shipment", "tracking_no", "order_id", list(first_row), where="cancelled_at IS NULL")
    orders = dict(lookup("sales_order", "id", "order_no", list({order_id for _t, order_id in used})))
    for tracking, order_id in used:
        report.problem(first_row[tracking][0], "tracking_no", tr(
            "Import", "Tracking number {tracking_no} is already used by order {order_no}.").format(
                tracking_no=tracking, order_no=orders.get(order_id, "?")))


def _customers(job: OrderJob, plan: Plan) -> None:
    """Each new order's customer: found by buyer id on the channel, then by phone; else one to create."""
    from shopmanager.core.permissions import Perm

    keys = {order.customer for order in plan.new if order.customer}
    buyers = [code for kind, code in keys if kind == "buyer"]
    phones = [code for kind, code in keys if kind == "phone"]
    phones += [order.values["receiver_phone"] for order in plan.new if order.customer and order.customer[0] == "buyer"
               and order.values["receiver_phone"] and not masked_phone(order.values["receiver_phone"])]
    by_buyer = _latest(lookup("customer", "nickname", "id", buyers, where="channel = ? AND erased_at IS NULL",
                              params=[plan.channel]))
    by_phone = _latest(lookup("customer", "phone", "id", phones, where="erased_at IS NULL"))
    can_create = job.actor.can(Perm.CUSTOMERS_EDIT)
    for order in plan.new:
        key = order.customer
        if key is None:
            continue
        found = by_buyer.get(key[1]) if key[0] == "buyer" else by_phone.get(key[1]) if key[0] == "phone" else None
        if found is None and order.values["receiver_phone"]:
            found = by_phone.get(order.values["receiver_phone"])
        if found is not None:
            order.customer = ("id", str(found))
        elif not can_create:
            order.customer = None
        elif key not in plan.customers:
            first = order.values
            plan.customers[key] = {
                "name": first["receiver_name"], "nickname": key[1] if key[0] == "buyer" else "",
                "phone": first["receiver_phone"], "address": first["receiver_address"]}


def _latest(pairs: list[tuple]) -> dict[str, int]:
    found: dict[str, int] = {}
    for key, row_id in pairs:
        if row_id > found.get(key, 0):
            found[key] = row_id
    return found


def _stock_warnings(plan: Plan, report: ImportReport) -> None:
    """Rows of orders this import ships that take a product's stock below zero (shown in red)."""
    leaving: list[tuple[int, Line]] = []
    for order in plan.new:
        if order.ship is not None:
            leaving += [(line.row or order.row, line) for line in order.lines]
    for step in plan.advances:
        if step.ship is not None:
            leaving += [(step.row, line) for line in step_lines(step, plan)]
    for join in plan.joins:
        if join.shipment_id:
            leaving += [(line.row or join.row, line) for line in join.lines]
    ids = list({line.product_id for _row, line in leaving if line.product_id})
    stock = dict(lookup("product", "id", "stock_qty", ids))
    skus = dict(lookup("product", "id", "sku", ids))
    placeholder_stock: dict[str, int] = defaultdict(int)
    red: set[int] = set()
    for row, line in sorted(leaving, key=lambda pair: pair[0]):
        if line.product_id:
            stock[line.product_id] -= line.qty
            balance, sku = stock[line.product_id], skus[line.product_id]
        elif line.placeholder:
            placeholder_stock[line.placeholder] -= line.qty
            balance, sku = placeholder_stock[line.placeholder], line.placeholder
        else:
            continue
        if balance < 0:
            red.add(row)
            report.warning(row, "qty", tr("Import", "shipped: the stock of {sku} goes to {balance}, below zero; "
                                                    "record the goods received").format(sku=sku, balance=balance))
    report.details["red_rows"] = sorted(red)


def step_lines(step: Advance, plan: Plan) -> list[Line]:
    """The lines of an order already here that ships now (for the stock warning): read from the database."""
    rows = lookup_rows("order_line", "order_id", ["order_id", "product_id", "sku", "title", "qty"], [step.order_id])
    return [Line(step.row, r["sku"], r["title"], r["qty"], 0, 0, 0, r["product_id"]) for r in rows]


def _layout_notes(job: OrderJob, plan: Plan, report: ImportReport) -> None:
    report.counts["customers"] = len(plan.customers)
    waiting_used = 0
    provisional = sum(1 for order in plan.new if order.provisional)
    for order in plan.new:
        if job.layout == "orders" and not order.provisional:
            order.waiting_used = True
            waiting_used += 1
    if provisional:
        report.notes.append(tr("Import", "{n} orders have no item lines yet (this file has no price per item): "
                                         "import the item report (宝贝报表) too, to link their products.").format(
            n=provisional))
    if waiting_used:
        report.notes.append(tr("Import", "{n} orders take their lines from the item report imported earlier.").format(
            n=waiting_used))
    if report.counts.get("waiting_orders"):
        report.notes.append(tr("Import", "{n} orders are not imported yet: their item lines wait for the order report "
                                         "(订单报表).").format(n=report.counts["waiting_orders"]))
    if plan.joins:
        report.notes.append(tr("Import", "{n} orders imported from the order report get their item lines.").format(
            n=len(plan.joins)))
    report.counts["placeholders"] = len(plan.placeholders)
