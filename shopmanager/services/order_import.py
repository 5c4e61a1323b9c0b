"""Platform order files (淘宝/天猫, 京东, 拼多多, 抖音, or any layout) through the one importer.

One row per order line; rows with the same platform order number are one order and
must agree on the order's fields. Customers are matched (buyer id, then phone) or
created; products are matched by SKU/barcode, then by exact title, or created as
placeholders when the user agrees. An order already imported (same channel and
platform number) is not duplicated: its status and tracking number are brought up to
date. Everything in one transaction — a dry run rolls it back.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import ProductStatus
from shopmanager.core.orders import Channel, OrderStatus, PaymentMethod, channel_label
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.models import Carrier, Product, SalesOrder, Shipment
from shopmanager.services import customers, orders, shipping
from shopmanager.services.context import Actor, audit, require, transaction

ORDER_KEYS = ("order_no", "buyer", "paid", "freight", "status", "buyer_message", "receiver_name", "receiver_phone",
              "receiver_address", "ordered_at", "paid_at", "tracking_no", "carrier", "seller_note")


def order_fields() -> list:
    from shopmanager.excel import FieldSpec

    def spec(key, label, synonyms, kind="text", required=False, max_length=0):
        return FieldSpec(key=key, label=label, kind=kind, required=required, synonyms=synonyms, max_length=max_length,
                         group_consistent=key in ORDER_KEYS and key != "order_no")

    return [
        spec("order_no", lambda: tr("Import", "Platform order number"),
             ["订单编号", "订单号", "主订单编号", "订单ID", "order id", "order no"], required=True, max_length=64),
        spec("buyer", lambda: tr("Import", "Buyer id"), ["买家会员名", "买家昵称", "用户昵称", "买家账号", "客户账号", "达人昵称"],
             max_length=80),
        spec("status", lambda: tr("Import", "Order status"), ["订单状态", "交易状态", "status"], max_length=40),
        spec("paid", lambda: tr("Import", "Amount paid"),
             ["买家实际支付金额", "实付金额", "实付款", "订单实付金额", "用户实付金额", "订单应付金额", "实收款"], "money"),
        spec("freight", lambda: tr("Import", "Freight"), ["买家应付邮费", "运费", "邮费", "快递费"], "money"),
        spec("buyer_message", lambda: tr("Import", "Buyer's message"), ["买家留言", "买家备注", "留言", "用户备注"],
             max_length=500),
        spec("seller_note", lambda: tr("Import", "Seller note"), ["订单备注", "商家备注", "卖家备注"], max_length=500),
        spec("receiver_name", lambda: tr("Import", "Receiver"), ["收货人姓名", "收货人", "收件人", "收件人姓名"],
             max_length=60),
        spec("receiver_phone", lambda: tr("Import", "Receiver phone"),
             ["联系手机", "收货人手机号", "手机", "收货人手机", "收件人手机", "联系电话"], max_length=30),
        spec("receiver_address", lambda: tr("Import", "Address"), ["收货地址", "详细地址", "收货人地址", "收件地址"],
             max_length=300),
        spec("ordered_at", lambda: tr("Import", "Ordered at"), ["订单创建时间", "下单时间", "创建时间", "订单提交时间"],
             "datetime"),
        spec("paid_at", lambda: tr("Import", "Paid at"), ["订单付款时间", "付款时间", "支付时间", "支付完成时间"], "datetime"),
        spec("tracking_no", lambda: tr("Import", "Tracking number"), ["物流单号", "运单号", "快递单号"], max_length=40),
        spec("carrier", lambda: tr("Import", "Carrier"), ["物流公司", "快递公司", "承运商"], max_length=40),
        spec("title", lambda: tr("Import", "Item title"), ["宝贝标题", "商品名称", "商品标题", "商品", "宝贝名称"],
             max_length=200),
        spec("sku", lambda: tr("Import", "SKU (merchant code)"),
             ["商家编码", "外部系统编号", "商家SKU", "SKU编码", "货号", "商品编码", "商家编码(SKU)"], max_length=64),
        spec("qty", lambda: tr("Import", "Quantity"), ["宝贝总数量", "购买数量", "数量", "商品数量", "件数"], "int"),
        spec("unit_price", lambda: tr("Import", "Unit price"), ["价格", "单价", "商品单价", "商品价格"], "money"),
        spec("line_total", lambda: tr("Import", "Line total"), ["商品总价", "小计", "商品金额", "商品总金额"], "money"),
    ]


# Header → field of each platform's export, for the mapping combo; the channel it sets.
PRESETS: dict[str, tuple[Channel, dict[str, str]]] = {
    "taobao": (Channel.TAOBAO, {
        "订单编号": "order_no", "买家会员名": "buyer", "买家实际支付金额": "paid", "买家应付邮费": "freight",
        "订单状态": "status", "买家留言": "buyer_message", "收货人姓名": "receiver_name", "收货地址": "receiver_address",
        "联系手机": "receiver_phone", "订单创建时间": "ordered_at", "订单付款时间": "paid_at", "宝贝标题": "title",
        "宝贝总数量": "qty", "物流单号": "tracking_no", "物流公司": "carrier", "订单备注": "seller_note",
        "商家编码": "sku", "价格": "unit_price"}),
    "jd": (Channel.JD, {
        "订单号": "order_no", "客户账号": "buyer", "订单状态": "status", "应付金额": "paid", "运费金额": "freight",
        "客户姓名": "receiver_name", "客户地址": "receiver_address", "联系电话": "receiver_phone",
        "下单时间": "ordered_at", "付款确认时间": "paid_at", "商品名称": "title", "商品ID": "sku", "订购数量": "qty",
        "京东价": "unit_price", "订单备注": "buyer_message", "商家备注": "seller_note", "运单号": "tracking_no"}),
    "pdd": (Channel.PDD, {
        "订单号": "order_no", "订单状态": "status", "商品": "title", "商家编码-SKU维度": "sku", "商品数量(件)": "qty",
        "商品总价(元)": "line_total", "邮费(元)": "freight", "用户实付金额(元)": "paid", "收货人": "receiver_name",
        "手机": "receiver_phone", "详细地址": "receiver_address", "订单成交时间": "ordered_at", "支付时间": "paid_at",
        "快递单号": "tracking_no", "快递公司": "carrier", "商家备注": "seller_note", "买家留言": "buyer_message"}),
    "douyin": (Channel.DOUYIN, {
        "主订单编号": "order_no", "订单状态": "status", "选购商品": "title", "商家编码": "sku", "商品数量": "qty",
        "商品金额": "line_total", "运费": "freight", "订单应付金额": "paid", "收件人": "receiver_name",
        "收件人手机号": "receiver_phone", "详细地址": "receiver_address", "订单提交时间": "ordered_at",
        "支付完成时间": "paid_at", "快递单号": "tracking_no", "快递公司": "carrier", "买家留言": "buyer_message",
        "商家备注": "seller_note"}),
}


def preset_label(name: str) -> str:
    return {"taobao": tr("Import", "Taobao / Tmall export"), "jd": tr("Import", "JD export"),
            "pdd": tr("Import", "Pinduoduo export"), "douyin": tr("Import", "Douyin export")}.get(name, name)


def status_from_platform(text: str, has_tracking: bool, has_paid_at: bool) -> str:
    """The platforms' words for an order's state, in ours."""
    words = (text or "").replace(" ", "")
    if any(k in words for k in ("关闭", "退款成功")):
        return OrderStatus.CLOSED
    if "取消" in words:
        return OrderStatus.CANCELLED
    if any(k in words for k in ("交易成功", "已完成", "完成")):
        return OrderStatus.COMPLETED
    if "签收" in words:
        return OrderStatus.DELIVERED
    if any(k in words for k in ("已发货", "待收货", "确认收货", "运输中", "卖家已发货")):
        return OrderStatus.SHIPPED
    if any(k in words for k in ("待付款", "等待买家付款", "未付款", "待支付")):
        return OrderStatus.PENDING
    if any(k in words for k in ("待发货", "已付款", "等待卖家发货", "等待出库", "备货中", "待出库")):
        return OrderStatus.PAID
    if has_tracking:
        return OrderStatus.SHIPPED
    return OrderStatus.PAID if has_paid_at else OrderStatus.PENDING


@dataclass
class OrderImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    placeholders: int = 0
    customers_created: int = 0
    problems: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class _Rollback(Exception):
    pass


def read(path: Path, progress: Progress | None = None):
    from shopmanager.excel import read_sheet

    return read_sheet(path, progress=progress)


def guess(sheet, preset: str | None = None) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    if preset in PRESETS:
        from shopmanager.services.product_import import apply_saved

        mapping, _missing = apply_saved(sheet.headers, PRESETS[preset][1])
        guessed = guess_mapping(sheet.headers, order_fields())
        for key, index in guessed.items():
            if key not in mapping and index not in mapping.values():
                mapping[key] = index
        return mapping
    return guess_mapping(sheet.headers, order_fields())


def detect_preset(headers: list[str]) -> str | None:
    """The platform whose export has most of these headers (at least half of its own)."""
    best, score = None, 0.0
    for name, (_channel, by_header) in PRESETS.items():
        share = sum(1 for h in by_header if h in headers) / len(by_header)
        if share > score:
            best, score = name, share
    return best if score >= 0.5 else None


def _problem(row: int, column: str, key: str, message: str):
    from shopmanager.excel import Problem

    return Problem(row, column, key, message)


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None, preset: str | None = None, channel: str | None = None,
               create_missing_products: bool = False) -> OrderImportReport:
    from shopmanager.excel import convert_rows, find_conflicts, group_records

    require(actor, Perm.ORDERS_IMPORT, entity="order")
    progress = progress or Progress()
    sheet = sheet if sheet is not None else read(path, progress)
    if preset is None:
        preset = detect_preset(sheet.headers)
    channel = channel or (PRESETS[preset][0].value if preset in PRESETS else None)
    if channel not in {c.value for c in Channel}:
        raise ValidationError(tr("Import", "Choose the channel (platform) these orders come from."), field="channel")
    if "order_no" not in mapping or not ({"title", "sku"} & set(mapping)):
        raise ValidationError(tr("Import", "Map at least the order number and the item title or SKU."),
                              field="mapping")
    fields = order_fields()
    headers = {key: sheet.headers[index] for key, index in mapping.items() if index < len(sheet.headers)}
    converted = convert_rows(sheet, mapping, fields)
    report = OrderImportReport(path.name, len(sheet.rows), dry_run=dry_run)
    report.problems.extend(converted.problems)
    report.problems.extend(find_conflicts(converted.records, "order_no", fields, headers=headers))
    for number, values in converted.records:
        if not values.get("title") and not values.get("sku"):
            report.problems.append(_problem(number, headers.get("title", headers.get("sku", "")), "title",
                                            tr("Import", "the item has neither a title nor a SKU")))
        if values.get("qty") is not None and values["qty"] <= 0:
            report.problems.append(_problem(number, headers.get("qty", ""), "qty",
                                            tr("Import", "the quantity must be more than 0")))
    if report.problems:
        return _sorted(report, sheet)
    groups = group_records(converted.records, "order_no")
    try:
        with transaction():
            _commit(actor, channel, groups, headers, report, progress, create_missing_products)
            if report.problems or dry_run:
                raise _Rollback()
            audit(actor, "import", "order", "", summary=tr(
                "Import", "{file} ({channel}): {created} new, {updated} updated, {unchanged} unchanged").format(
                    file=path.name, channel=channel_label(channel), created=report.created, updated=report.updated,
                    unchanged=report.unchanged))
            report.committed = True
    except _Rollback:
        pass
    return _sorted(report, sheet)


def _sorted(report: OrderImportReport, sheet) -> OrderImportReport:
    position = {header: index for index, header in enumerate(sheet.headers)}
    report.problems.sort(key=lambda p: (p.row, position.get(p.column, -1)))
    return report


def _commit(actor: Actor, channel: str, groups: dict, headers: dict[str, str], report: OrderImportReport,
            progress: Progress, create_missing: bool) -> None:
    carriers = {c.name: c.id for c in Carrier.select()}
    total = len(groups)
    for done, (number, rows) in enumerate(groups.items(), start=1):
        first_row, first = rows[0]
        try:
            existing = SalesOrder.get_or_none(SalesOrder.channel == channel, SalesOrder.platform_order_no == number)
            if existing is None:
                _create(actor, channel, number, rows, headers, report, create_missing)
            else:
                _update(actor, existing, first, carriers, report)
        except _RowProblem as problem:
            report.problems.append(_problem(problem.row or first_row, problem.column, problem.key, problem.message))
        except ShopError as error:
            report.problems.append(_problem(first_row, headers.get(error.field or "", ""), error.field or "",
                                            tr("Import", "order {number}: {reason}").format(number=number,
                                                                                        reason=error)))
        if done % 50 == 0:
            progress.update(done, total, tr("Import", "Importing orders…"))
    progress.update(total, total, tr("Import", "Done"))


class _RowProblem(Exception):
    def __init__(self, row: int, column: str, key: str, message: str):
        super().__init__(message)
        self.row, self.column, self.key, self.message = row, column, key, message


def _product_for(values: dict[str, Any], row: int, headers: dict[str, str], report: OrderImportReport,
                 create_missing: bool) -> int | None:
    sku, title = values.get("sku") or "", values.get("title") or ""
    if sku:
        match = Product.select(Product.id).where((Product.sku == sku) | (Product.barcode == sku)).first()
        if match:
            return match.id
    if title:
        match = Product.select(Product.id).where(Product.name == title).first()
        if match:
            return match.id
    if not create_missing:
        raise _RowProblem(row, headers.get("sku") or headers.get("title", ""), "sku", tr(
            "Import", "unknown product '{item}': add it first, or let the import create placeholder products").format(
                item=sku or title))
    placeholder_sku = sku or "TMP-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:10].upper()
    existing = Product.get_or_none(Product.sku == placeholder_sku)
    if existing:
        return existing.id
    now = timeutil.now()
    product = Product.create(sku=placeholder_sku, name=(title or sku)[:200], status=ProductStatus.DRAFT,
                             is_placeholder=True, created_at=now, updated_at=now)
    audit(actor_placeholder(), "create", "product", product.id, summary=tr(
        "Import", "placeholder from an order import: {item}").format(item=title or sku))
    report.placeholders += 1
    return product.id


def actor_placeholder():
    from shopmanager.services.context import SYSTEM

    return SYSTEM


def _lines(rows, headers, report, create_missing) -> list[orders.LineInput]:
    lines = []
    for row, values in rows:
        qty = values.get("qty") or 1
        unit = values.get("unit_price")
        if unit is None and values.get("line_total") is not None:
            unit = (values["line_total"] * 2 + qty) // (2 * qty)  # the line total shared out, rounded half up
        product_id = _product_for(values, row, headers, report, create_missing)
        lines.append(orders.LineInput(qty=qty, unit_price_cents=unit, product_id=product_id,
                                      title=values.get("title") or "", sku=values.get("sku") or ""))
    return lines


def _customer_for(actor: Actor, channel: str, values: dict[str, Any], report: OrderImportReport) -> int | None:
    buyer, phone = values.get("buyer") or "", values.get("receiver_phone") or ""
    found = customers.find_customer(actor, channel=channel, nickname=buyer) if buyer else None
    if found is None and phone:
        found = customers.find_customer(actor, phone=phone)
    if found is not None:
        return found
    if not (buyer or phone or values.get("receiver_name")):
        return None
    report.customers_created += 1
    address = [customers.AddressInput(values.get("receiver_name") or "", phone, values.get("receiver_address") or "",
                                      True)] if values.get("receiver_address") else []
    return customers.create_customer(actor, {"name": values.get("receiver_name") or "", "nickname": buyer,
                                             "phone": phone, "channel": channel}, address)


def _create(actor: Actor, channel: str, number: str, rows, headers, report: OrderImportReport,
            create_missing: bool) -> None:
    first = rows[0][1]
    status = status_from_platform(first.get("status") or "", bool(first.get("tracking_no")),
                                  first.get("paid_at") is not None)
    paid_at = first.get("paid_at")
    if status != OrderStatus.PENDING and paid_at is None:
        paid_at = first.get("ordered_at") or timeutil.now()
    draft = orders.OrderInput(
        channel=channel, lines=_lines(rows, headers, report, create_missing), platform_order_no=number,
        customer_id=_customer_for(actor, channel, first, report), freight_cents=first.get("freight") or 0,
        paid_cents=first.get("paid") if status != OrderStatus.PENDING else 0,
        payment_method=PaymentMethod.PLATFORM.value if status != OrderStatus.PENDING else "",
        buyer_message=first.get("buyer_message") or "", seller_note=first.get("seller_note") or "",
        receiver_name=first.get("receiver_name") or "", receiver_phone=first.get("receiver_phone") or "",
        receiver_address=first.get("receiver_address") or "", ordered_at=first.get("ordered_at"),
        paid_at=paid_at if status != OrderStatus.PENDING else None)
    ref = orders.create_order(actor, draft)
    _bring_forward(actor, ref.id, status, first, report)
    report.created += 1


def _bring_forward(actor: Actor, order_id: int, status: str, values: dict[str, Any], report: OrderImportReport,
                   carriers: dict[str, int] | None = None) -> bool:
    """Move the order to the platform's state the way the program allows; True if anything changed."""
    order = SalesOrder.get_by_id(order_id)
    changed = False
    if status in (OrderStatus.CANCELLED, OrderStatus.CLOSED) and order.status in (OrderStatus.PENDING, OrderStatus.PAID):
        orders.change_status(actor, order_id, status, reason=tr("Import", "closed on the platform"))
        return True
    if status == OrderStatus.PENDING or order.status == status:
        return False
    if order.status == OrderStatus.PENDING:
        orders.record_payment(actor, order_id, paid_cents=values.get("paid"),
                              payment_method=PaymentMethod.PLATFORM.value)
        changed = True
    if status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED) and \
            SalesOrder.get_by_id(order_id).status == OrderStatus.PAID:
        tracking = values.get("tracking_no") or ""
        if not tracking:
            report.notes.append(tr("Import", "Order {number} is shipped on the platform but the file has no tracking "
                                             "number: it stays to ship here.").format(number=order.platform_order_no))
            return changed
        carrier_id = _carrier_id(values.get("carrier") or "", carriers)
        shipping.ship_imported(actor, order_id, carrier_id, tracking)
        changed = True
    current = SalesOrder.get_by_id(order_id).status
    if status in (OrderStatus.DELIVERED, OrderStatus.COMPLETED) and current == OrderStatus.SHIPPED:
        orders.change_status(actor, order_id, OrderStatus.DELIVERED)
        current, changed = OrderStatus.DELIVERED, True
    if status == OrderStatus.COMPLETED and current == OrderStatus.DELIVERED:
        orders.change_status(actor, order_id, OrderStatus.COMPLETED)
        changed = True
    return changed


def _carrier_id(name: str, carriers: dict[str, int] | None) -> int:
    carriers = carriers if carriers is not None else {c.name: c.id for c in Carrier.select()}
    name = name.strip()
    for known, carrier_id in carriers.items():
        if name and (name in known or known in name or known[:2] == name[:2]):
            return carrier_id
    if name:
        carrier_id = Carrier.create(name=name[:40]).id
        carriers[name] = carrier_id
        return carrier_id
    return next(iter(carriers.values()))


def _update(actor: Actor, order: SalesOrder, values: dict[str, Any], carriers: dict[str, int],
            report: OrderImportReport) -> None:
    status = status_from_platform(values.get("status") or "", bool(values.get("tracking_no")),
                                  values.get("paid_at") is not None)
    tracking = values.get("tracking_no") or ""
    if order.status == OrderStatus.SHIPPED and tracking:
        shipped = Shipment.select(Shipment.tracking_no).where(Shipment.order == order.id,
                                                             Shipment.cancelled_at.is_null()).scalar()
        if shipped and shipped != tracking:
            report.notes.append(tr("Import", "Order {number} was shipped here with {ours}; the file says {theirs}. "
                                             "Left as it is.").format(number=order.platform_order_no, ours=shipped,
                                                                      theirs=tracking))
    if _bring_forward(actor, order.id, status, values, report, carriers):
        report.updated += 1
    else:
        report.unchanged += 1


