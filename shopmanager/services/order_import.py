"""Platform order files (淘宝/天猫, 京东, 拼多多, 抖音, or any layout) through the import
pipeline (services/import_pipeline.py); the writing is services/order_import_write.py.

Three layouts, told apart by the columns mapped:
- lines with prices (one row per order line; rows with one order number are one order);
- an order report without line prices (Taobao's 订单报表: one row per order, the order's
  goods amount, freight and payment in order-level columns): each order gets one summary
  line, replaced when the item report arrives;
- an item report (Taobao's 宝贝报表: order number, title, price, quantity, merchant code, no
  buyer or receiver): its lines join orders already imported, or wait for the order report.
The two Taobao files may be imported in either order, and again, without duplicates.

Products: by SKU (商家编码, else 外部系统编号) or barcode; a code the user mapped in the preview
(remembered per channel); by title only for a row without a code and only when exactly one
product has that name; a placeholder product as the last resort, when the user allows it.
Money is the file's: a line keeps the file's line total, half up to the cent, the rounding
of its unit price carried in its discount. Customers are matched (buyer id on the channel,
then phone) or created. An order already imported (same channel and platform number) is
brought forward to the platform's state, never duplicated.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import Channel, OrderStatus, channel_label
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import lookup
from shopmanager.db.models import PlatformCode, Product
from shopmanager.services import import_pipeline
from shopmanager.services.context import Actor, audit, require, transaction
from shopmanager.services.import_pipeline import ImportJob, ImportReport

MAX_MONEY_CENTS = 100_000_000_00  # as services/orders.py: a hundred million yuan
MAX_QTY = 100_000
ORDER_KEYS = ("order_no", "buyer", "status", "goods", "freight", "order_total", "paid", "buyer_message", "seller_note",
              "receiver_name", "receiver_phone", "receiver_address", "ordered_at", "paid_at", "tracking_no", "carrier")
ORDER_DATA = frozenset(ORDER_KEYS) - {"order_no", "status"}  # what an item report lacks
PRICE_KEYS = frozenset({"unit_price", "line_total"})
_PHONE = re.compile(r"^[0-9+\-() *]+$")  # as services/customers.py: '*' masked by the platform
_DISPLAY_ORDER = ("order_no", "status", "title", "sku", "qty", "unit_price", "line_total")


def order_fields() -> list:
    from shopmanager.excel import FieldSpec

    def spec(key, label, synonyms, kind="text", required=False, max_length=0, multiline=False):
        return FieldSpec(key=key, label=label, kind=kind, required=required, synonyms=synonyms, max_length=max_length,
                         group_consistent=key in ORDER_KEYS and key != "order_no", multiline=multiline,
                         earliest=dt.date(2000, 1, 1) if kind == "datetime" else None)

    return [
        spec("order_no", lambda: tr("Import", "Platform order number"),
             ["订单编号", "订单号", "主订单编号", "订单ID", "order id", "order no"], required=True, max_length=64),
        spec("buyer", lambda: tr("Import", "Buyer id"), ["买家会员名", "买家昵称", "用户昵称", "买家账号", "客户账号", "达人昵称"],
             max_length=80),
        spec("status", lambda: tr("Import", "Order status"), ["订单状态", "交易状态", "status"], max_length=40),
        spec("goods", lambda: tr("Import", "Goods amount (order)"), ["买家应付货款", "商品总金额(元)", "货款"], "money"),
        spec("freight", lambda: tr("Import", "Freight"), ["买家应付邮费", "运费", "邮费", "快递费", "运费金额"], "money"),
        spec("order_total", lambda: tr("Import", "Order total"), ["总金额", "订单总金额", "订单金额"], "money"),
        spec("paid", lambda: tr("Import", "Amount paid"),
             ["买家实际支付金额", "实付金额", "实付款", "订单实付金额", "用户实付金额", "订单应付金额", "实收款", "应付金额"],
             "money"),
        spec("buyer_message", lambda: tr("Import", "Buyer's message"), ["买家留言", "买家备注", "留言", "用户备注"],
             max_length=500, multiline=True),
        spec("seller_note", lambda: tr("Import", "Seller note"), ["订单备注", "商家备注", "卖家备注"], max_length=500,
             multiline=True),
        spec("receiver_name", lambda: tr("Import", "Receiver"), ["收货人姓名", "收货人", "收件人", "收件人姓名", "客户姓名"],
             max_length=60),
        spec("receiver_phone", lambda: tr("Import", "Receiver phone"),
             ["联系手机", "收货人手机号", "手机", "收货人手机", "收件人手机", "收件人手机号", "联系电话"], max_length=30),
        spec("receiver_address", lambda: tr("Import", "Address"), ["收货地址", "详细地址", "收货人地址", "收件地址", "客户地址"],
             max_length=300),
        spec("ordered_at", lambda: tr("Import", "Ordered at"), ["订单创建时间", "下单时间", "创建时间", "订单提交时间",
                                                               "订单成交时间"], "datetime"),
        spec("paid_at", lambda: tr("Import", "Paid at"), ["订单付款时间", "付款时间", "支付时间", "支付完成时间", "付款确认时间"],
             "datetime"),
        spec("tracking_no", lambda: tr("Import", "Tracking number"), ["物流单号", "运单号", "快递单号"], max_length=40),
        spec("carrier", lambda: tr("Import", "Carrier"), ["物流公司", "快递公司", "承运商"], max_length=40),
        spec("title", lambda: tr("Import", "Item title"), ["宝贝标题", "标题", "商品名称", "商品标题", "商品", "宝贝名称",
                                                          "选购商品"], max_length=200),
        spec("sku", lambda: tr("Import", "SKU (merchant code)"),
             ["商家编码", "商家SKU", "SKU编码", "货号", "商品编码", "商家编码(SKU)", "商家编码-SKU维度"], max_length=64),
        spec("outer_id", lambda: tr("Import", "Item code (外部系统编号)"), ["外部系统编号", "商品ID", "商家外部编码"],
             max_length=64),
        spec("properties", lambda: tr("Import", "Item properties"), ["商品属性", "销售属性", "规格", "套餐信息"],
             max_length=200),
        spec("qty", lambda: tr("Import", "Quantity"), ["宝贝总数量", "购买数量", "数量", "商品数量", "件数", "订购数量",
                                                      "商品数量(件)"], "int"),
        spec("unit_price", lambda: tr("Import", "Unit price"), ["价格", "单价", "商品单价", "商品价格", "京东价"], "decimal"),
        spec("line_total", lambda: tr("Import", "Line total"), ["商品总价", "小计", "商品金额", "商品总金额", "商品总价(元)"],
             "decimal"),
    ]


# Header → field of each platform's export, for the mapping combo; the channel it sets.
PRESETS: dict[str, tuple[Channel, dict[str, str]]] = {
    "taobao": (Channel.TAOBAO, {
        "订单编号": "order_no", "买家会员名": "buyer", "买家应付货款": "goods", "买家应付邮费": "freight",
        "总金额": "order_total", "买家实际支付金额": "paid", "订单状态": "status", "买家留言": "buyer_message",
        "收货人姓名": "receiver_name", "收货地址": "receiver_address", "联系手机": "receiver_phone",
        "订单创建时间": "ordered_at", "订单付款时间": "paid_at", "宝贝标题": "title", "宝贝总数量": "qty",
        "物流单号": "tracking_no", "物流公司": "carrier", "订单备注": "seller_note", "商家编码": "sku",
        "价格": "unit_price"}),
    "taobao_items": (Channel.TAOBAO, {
        "订单编号": "order_no", "标题": "title", "价格": "unit_price", "购买数量": "qty", "外部系统编号": "outer_id",
        "商品属性": "properties", "套餐信息": "", "订单状态": "status", "商家编码": "sku", "备注": "",
        "商品ID": ""}),
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
    return {"taobao": tr("Import", "Taobao / Tmall order report (订单报表)"),
            "taobao_items": tr("Import", "Taobao / Tmall item report (宝贝报表)"), "jd": tr("Import", "JD export"),
            "pdd": tr("Import", "Pinduoduo export"), "douyin": tr("Import", "Douyin export")}.get(name, name)


def preset_mapping(name: str) -> dict[str, str]:
    """header → field of a preset (headers it ignores left out)."""
    return {header: key for header, key in PRESETS[name][1].items() if key}


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


def read(path: Path, progress: Progress | None = None):
    return import_pipeline.read(path, progress)


def guess(sheet, preset: str | None = None) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    guessed = guess_mapping(sheet.headers, order_fields())
    if preset not in PRESETS:
        return guessed
    mapping, _missing = import_pipeline.apply_saved(sheet.headers, preset_mapping(preset))
    for key, index in guessed.items():
        if key not in mapping and index not in mapping.values():
            mapping[key] = index
    return mapping


def detect_preset(headers: list[str]) -> str | None:
    """The platform whose export has most of these headers (at least half of its own)."""
    best, score = None, 0.0
    for name, (_channel, by_header) in PRESETS.items():
        share = sum(1 for h in by_header if h in headers) / len(by_header)
        if share > score:
            best, score = name, share
    return best if score >= 0.5 else None


def layout_of(mapping: dict[str, int], headers: list[str]) -> str:
    """'items': an item report (宝贝报表: its headers, and no order-level data mapped) — its lines
    join orders imported from the order report, or wait for it; 'orders': an order report
    without line prices; 'lines': one row per order line with its price (a file of the shop's
    own with nothing but order number, item and price is one too: its orders are created)."""
    keys = set(mapping)
    if not keys & ORDER_DATA and detect_preset(headers) == "taobao_items":
        return "items"
    if not keys & PRICE_KEYS and keys & ORDER_DATA:
        return "orders"
    return "lines"


# -- the plan ----------------------------------------------------------------------------------------

@dataclass
class Line:
    row: int
    sku: str
    title: str
    qty: int
    unit: int
    discount: int
    total: int
    product_id: int | None = None
    placeholder: str = ""  # the SKU of a placeholder product to create (or find) for this line
    name: str = ""  # the item's title without its properties (宝贝报表's 商品属性), for finding the product by name


@dataclass
class NewOrder:
    row: int
    number: str
    values: dict[str, Any]  # SalesOrder columns (status, money, receiver, times …)
    lines: list[Line]
    customer: tuple[str, str] | None  # ("id", "12") of a known customer, or the key of one to create
    ship: tuple[str, str] | None  # (carrier name, tracking number) when the order has left
    provisional: bool  # one summary line waiting for the item report
    waiting_used: bool = False
    prepared: list | None = None  # its SalesOrder columns, made ready before the write (order_import_write)
    audit: str = ""  # its audit row's changes (JSON, personal data masked)


@dataclass
class Advance:
    """An order already imported, brought forward to the platform's state."""

    row: int
    order_id: int
    order_no: str
    status: str  # as read at check time (compare-and-set)
    target: str
    customer_id: int | None
    paid: dict[str, Any] | None = None
    ship: tuple[str, str] | None = None
    stamps: list[tuple[str, str]] = field(default_factory=list)  # (status, column) after shipping


@dataclass
class Join:
    """An order's provisional summary line replaced by the item report's lines."""

    row: int
    order_id: int
    order_no: str
    line_id: int
    lines: list[Line]
    customer_id: int | None
    shipment_id: int | None = None  # the parcel the order left in, if it has: its lines' stock goes out


@dataclass
class Plan:
    channel: str
    file: str
    new: list[NewOrder] = field(default_factory=list)
    advances: list[Advance] = field(default_factory=list)
    joins: list[Join] = field(default_factory=list)
    waiting: dict[str, list[Line]] = field(default_factory=dict)
    customers: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # new ones, by key
    placeholders: dict[str, str] = field(default_factory=dict)  # sku → name
    sees_pii: bool = True

    def parts(self) -> list[Plan]:
        """Parts of about PART_LINES lines each: every one a short write transaction."""
        parts: list[Plan] = []

        def part() -> Plan:
            piece = Plan(self.channel, self.file, customers=self.customers, placeholders=self.placeholders,
                         sees_pii=self.sees_pii)
            parts.append(piece)
            return piece

        current, size = part(), 0
        current.waiting = self.waiting
        for kind, items in (("new", self.new), ("advances", self.advances), ("joins", self.joins)):
            for item in items:
                weight = len(getattr(item, "lines", ())) + 1
                if size + weight > PART_LINES and size:
                    current, size = part(), 0
                getattr(current, kind).append(item)
                size += weight
        return parts


PART_LINES = 6_000  # order lines (and orders) written in one transaction: well under a second


# -- the job -------------------------------------------------------------------------------------------

class OrderJob(ImportJob):
    name = "orders"
    entity = "order"
    permission = Perm.ORDERS_IMPORT
    key_field = "order_no"

    def __init__(self, actor: Actor, channel: str, *, create_missing_products: bool = False):
        self.actor = actor
        self.channel = channel
        self.create_missing = create_missing_products
        self.layout = "lines"

    def fields(self) -> list:
        return order_fields()

    def prepare(self, actor: Actor, sheet, mapping: dict[str, int], report: ImportReport) -> None:
        if "order_no" not in mapping or not ({"title", "sku", "outer_id"} & set(mapping)):
            raise ValidationError(tr("Import", "Map at least the order number and the item title or SKU."),
                                  field="mapping")
        self.layout = layout_of(mapping, sheet.headers)
        if self.layout == "items":
            mapping.pop("status", None)  # an item report's status is per line (a refunded item): not the order's
        report.details["layout"] = self.layout

    def check(self, records, report: ImportReport) -> Plan:
        from shopmanager.services.order_import_check import check_orders

        return check_orders(self, records, report)

    def batches(self, plan: Plan) -> list[Plan]:
        from shopmanager.services.order_import_write import prepare

        return [prepare(self.actor, part) for part in plan.parts()]

    def write(self, plan: Plan, report: ImportReport) -> None:
        from shopmanager.services.order_import_write import write_part

        write_part(self.actor, plan, report)

    def summary(self, report: ImportReport) -> str:
        text = tr("Import", "{file} ({channel}): {created} new, {updated} updated, {unchanged} unchanged").format(
            file=report.file, channel=channel_label(self.channel), created=report.created, updated=report.updated,
            unchanged=report.unchanged)
        if report.counts.get("waiting_orders"):
            text += "; " + tr("Import", "item lines of {n} orders wait for the order report").format(
                n=report.counts["waiting_orders"])
        return text


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None, preset: str | None = None, channel: str | None = None,
               create_missing_products: bool = False) -> ImportReport:
    """Check the whole file (nothing written when a row has a problem, nor on a dry run), then
    write it in short transactions. `channel` defaults to the preset's (detected from the headers)."""
    require(actor, Perm.ORDERS_IMPORT, entity="order")
    if sheet is None:
        sheet = read(Path(path), progress)
    if preset is None:
        preset = detect_preset(sheet.headers)
    channel = channel or (PRESETS[preset][0].value if preset in PRESETS else None)
    if channel not in {c.value for c in Channel}:
        raise ValidationError(tr("Import", "Choose the channel (platform) these orders come from."), field="channel")
    job = OrderJob(actor, channel, create_missing_products=create_missing_products)
    return import_pipeline.run_import(actor, job, Path(path), mapping, dry_run=dry_run, progress=progress,
                                      sheet=sheet)


# -- platform codes the user mapped to our products -----------------------------------------------

def code_key(sku: str, title: str) -> tuple[str, str]:
    """How an unknown item is remembered: its merchant code, or its title when it has none."""
    return ("sku", sku) if sku else ("title", title)


def remember_code(actor: Actor, channel: str, kind: str, code: str, product_id: int) -> str:
    """Map a platform's item code (or a title without one) to our product, for this and every
    later import of `channel`; returns the product's SKU."""
    require(actor, Perm.ORDERS_IMPORT, entity="platform_code")
    code = code.strip()
    if kind not in ("sku", "title") or not code or channel not in {c.value for c in Channel}:
        raise ValidationError(tr("Import", "Choose the item to map."), field="code")
    product = Product.select(Product.id, Product.sku, Product.name).where(Product.id == product_id).first()
    if product is None:
        raise NotFound(tr("Import", "That product no longer exists."), field="product")
    with transaction():
        old = PlatformCode.select(PlatformCode.product).where(
            PlatformCode.channel == channel, PlatformCode.kind == kind, PlatformCode.code == code).scalar()
        (PlatformCode.insert(channel=channel, kind=kind, code=code[:200], product=product_id, created_by=actor.user_id,
                             created_at=timeutil.now())
         .on_conflict(conflict_target=[PlatformCode.channel, PlatformCode.kind, PlatformCode.code],
                      update={PlatformCode.product: product_id}).execute())
        audit(actor, "update" if old else "create", "platform_code", f"{channel}:{code}",
              summary=tr("Import", "{channel} item {code} → {sku} {name}").format(
                  channel=channel_label(channel), code=code, sku=product.sku, name=product.name),
              changes={"product": [old, product_id]})
    return product.sku


def find_product(text: str, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, SKU, name) of the products whose SKU or barcode is `text`, else whose SKU or name holds it."""
    text = " ".join(text.split())
    if not text:
        return []
    exact = list(Product.select(Product.id, Product.sku, Product.name)
                 .where((Product.sku == text) | (Product.barcode == text)).limit(limit).tuples())
    if exact:
        return exact
    return list(Product.select(Product.id, Product.sku, Product.name)
                .where(Product.sku.contains(text) | Product.name.contains(text),
                       Product.is_placeholder == False)  # noqa: E712
                .order_by(Product.sku, Product.id).limit(limit).tuples())


def known_codes(channel: str, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(kind, code) → product id of the codes remembered for `channel`."""
    found: dict[tuple[str, str], int] = {}
    for kind in ("sku", "title"):
        codes = [code for k, code in keys if k == kind]
        for code, product_id in lookup("platform_code", "code", "product_id", codes, where="channel = ? AND kind = ?",
                                       params=[channel, kind]):
            found[(kind, code)] = product_id
    return found


def placeholder_sku(sku: str, title: str) -> str:
    return sku or "TMP-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:10].upper()
