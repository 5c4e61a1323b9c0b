"""Demo customers, a year of orders, shipments, stock movements and revisit plans.

Realistic for a small Chinese online shop: buyers across the provinces with platform
buyer ids (tb_小鱼儿2019), mobile numbers 13x/15x/18x, orders over every channel with
more on 双11 / 618 / 双12 and in the evening, most of them completed, some pending,
a share paid today in the dispatch queue (a few overdue from yesterday), tracking
numbers in each carrier's format, and stock leaving at shipping with restocks when a
product runs low.

Fast enough for a million orders: rows are generated in Python and bulk-inserted
(db/bulk.py) in chunks, one transaction each, with explicit ids; the stock movements
are written in time order with their running balance, and the products' cached stock
and last sale are set from the ledger in one UPDATE at the end, so `shopmanager check`
finds stock == Σ movements. No per-row service calls, one audit record.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import random
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind
from shopmanager.core.orders import Channel, CustomerTier, OrderStatus, PaymentMethod, format_order_no, ship_by_day
from shopmanager.core.permissions import Role
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import bulk_insert
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import (
    Carrier, Customer, CustomerAddress, OrderLine, Product, RevisitPlan, SalesOrder, Shipment, Staff, StockBatch,
    StockMovement, User,
)
from shopmanager.services import settings
from shopmanager.services.context import SYSTEM, audit, transaction

CHUNK = 5000
HISTORY_DAYS = 365

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
         "平", "刚", "桂英", "华", "飞", "玲", "鹏", "辉", "婷", "雪", "琳", "晨", "浩", "宇", "欣怡", "子涵", "梓萱", "一诺",
         "浩然", "俊杰", "思远", "佳怡", "雨桐", "紫涵", "建华", "志强", "秀兰", "海燕", "文博", "晓明", "丹丹", "佳琪", "诗涵"]
NICK_WORDS = ["小鱼儿", "甜甜圈", "追风少年", "快乐的小猪", "星空下的猫", "柠檬不萌", "阿狸", "木子", "糖果屋", "蓝色海洋",
              "一颗橙子", "吃货小分队", "向日葵", "小确幸", "奶茶控", "懒羊羊", "夏天的风", "大白", "橘子汽水", "晴天娃娃"]
PLACES = [
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区", "上城区"]), ("浙江省", "宁波市", ["鄞州区", "海曙区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"]), ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区"]), ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("北京市", "北京市", ["朝阳区", "海淀区", "丰台区", "东城区"]), ("上海市", "上海市", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]), ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("山东省", "济南市", ["历下区", "市中区"]), ("山东省", "青岛市", ["市南区", "崂山区"]), ("河南省", "郑州市", ["金水区", "二七区"]),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区"]), ("福建省", "厦门市", ["思明区", "湖里区"]), ("陕西省", "西安市", ["雁塔区", "碑林区"]),
    ("辽宁省", "沈阳市", ["和平区", "沈河区"]), ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"]), ("安徽省", "合肥市", ["蜀山区", "包河区"]),
    ("重庆市", "重庆市", ["渝中区", "江北区", "南岸区"]), ("天津市", "天津市", ["和平区", "南开区"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"]), ("广西壮族自治区", "南宁市", ["青秀区", "兴宁区"]),
    ("江西省", "南昌市", ["东湖区", "红谷滩区"]), ("河北省", "石家庄市", ["长安区", "桥西区"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"]), ("内蒙古自治区", "呼和浩特市", ["新城区", "赛罕区"]),
]
REMOTE = {"新疆维吾尔自治区", "内蒙古自治区", "黑龙江省", "云南省", "广西壮族自治区"}
STREETS = ["人民路", "解放路", "中山路", "建设路", "文化路", "和平路", "新华路", "长江路", "黄河路", "学院路", "科技路",
           "滨江大道", "世纪大道", "东风路", "光明街"]
ESTATES = ["阳光花园", "锦绣家园", "幸福里", "翠苑小区", "金色家园", "碧桂园", "万科城", "保利花园", "绿城桂花园", "华润中心"]
MESSAGES = ["请尽快发货，谢谢！", "不要放快递柜，送货上门", "送人的，不要放价格单", "发顺丰，运费补差价可以吗", "麻烦包装结实一点",
            "周末家里没人，请工作日送达", "上次买的很好吃，回购了", "能否多送点小样", "到了请打电话", "生日礼物，帮忙写张贺卡：生日快乐！"]
NOTES = ["老客户，送小样", "已电话确认地址", "客户要求开发票", "上次少发一件，这次补发", "催发货，优先安排"]
GIFT_TITLES = ["试吃装", "定制礼盒", "会员赠品", "手提袋", "节日贺卡"]
PLAIN_TITLES = ["五常大米 5kg", "每日坚果 750g 礼盒", "西湖龙井 250g", "螺蛳粉 5连包", "抽纸 3层100抽*6包", "洗衣液 3L",
                "保温杯 500ml", "婴儿湿巾 80抽*3包", "牛肉干 200g 香辣", "蛋黄酥 6枚装"]
PURPOSES = ["新品推荐回访", "售后满意度回访", "生日关怀", "复购提醒", "VIP客户季度回访", "优惠活动通知"]
RESULTS = ["客户满意，表示会继续购买", "未接通，改天再打", "客户反馈包装破损，已补发", "客户对新品感兴趣，已发优惠券",
           "已加微信，发送了新品图片", "客户暂无需求"]
BANKS = ["工商银行", "建设银行", "农业银行", "招商银行", "中国银行"]

# channel: (share of orders, payment method, paid within minutes range, platform number maker key)
CHANNELS = [(Channel.TAOBAO, 30), (Channel.TMALL, 15), (Channel.JD, 12), (Channel.PDD, 18), (Channel.DOUYIN, 12),
            (Channel.WECHAT, 8), (Channel.OFFLINE, 5)]
# carrier code: (weight, tracking number maker)
CARRIER_WEIGHTS = {"SF": 18, "ZTO": 25, "YTO": 20, "STO": 10, "YD": 15, "JTSD": 6, "EMS": 3, "JD": 2, "DBL": 1}
HOUR_WEIGHTS = [3, 1, 1, 1, 1, 1, 2, 4, 7, 10, 13, 13, 10, 10, 11, 11, 10, 9, 9, 11, 14, 15, 13, 8]


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, values: list, cumulative: list[float]):
    return values[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                         "157", "158", "159", "176", "177", "180", "181", "182", "183", "186", "187", "188", "189", "199"))
    return f"{prefix}{rng.randint(0, 99_999_999):08d}"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _address(rng: random.Random) -> tuple[str, bool]:
    province, city, districts = rng.choice(PLACES)
    head = city if province == city else province + city
    text = (f"{head}{rng.choice(districts)}{rng.choice(STREETS)}{rng.randint(1, 999)}号{rng.choice(ESTATES)}"
            f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}{rng.randint(1, 4):02d}室")
    return text, province in REMOTE


def _nickname(rng: random.Random, channel: str, index: int) -> str:
    word = rng.choice(NICK_WORDS)
    if channel in (Channel.TAOBAO, Channel.TMALL):
        return f"tb_{word}{rng.randint(1985, 2023)}" if rng.random() < 0.5 else f"tb{rng.randint(10**9, 10**10 - 1)}"
    if channel == Channel.JD:
        return f"jd_{rng.randint(10**7, 10**8 - 1):x}{index % 97}"
    if channel == Channel.PDD:
        return f"pdd{rng.randint(10**8, 10**9 - 1)}"
    if channel == Channel.DOUYIN:
        return f"抖音用户{rng.randint(10**6, 10**7 - 1)}"
    if channel == Channel.WECHAT:
        return f"{word}{rng.choice(['', '~', '🌸', '_' + str(rng.randint(1, 99))])}"
    return ""


@dataclass
class _Buyer:
    id: int | None
    channel: str
    name: str
    phone: str
    address: str
    remote: bool


@dataclass
class _World:
    cs_staff: list[int]
    sales_staff: list[int]
    cs_users: list[int]
    ship_users: list[int]
    carriers: list[tuple[int, str, str]]  # id, name, code
    carrier_cum: list[float]
    products: list[tuple[int, str, str, int]]  # id, sku, name, price
    cutoff: dt.time


def _world(rng: random.Random) -> _World:
    staff = {role: [s.id for s in Staff.select(Staff.id).where(Staff.role == role, Staff.status == "active")]
             for role in Role}
    users = {role: [u.id for u in User.select(User.id).where(User.role == role, User.active == True)]  # noqa: E712
             for role in Role}
    anyone = [s.id for s in Staff.select(Staff.id).limit(3)]
    cs = staff[Role.CUSTOMER_SERVICE] or staff[Role.SUPERVISOR] or anyone
    sales = staff[Role.SALES] or cs
    carriers = [(c.id, c.name, c.code) for c in Carrier.select().where(Carrier.active == True)  # noqa: E712
                .order_by(Carrier.sort_order)]
    weights = [CARRIER_WEIGHTS.get(code, 2) for _id, _name, code in carriers]
    # The shop sells its listed products, a few of them much more than the rest.
    products = list(Product.select(Product.id, Product.sku, Product.name, Product.price_cents)
                    .where(Product.status == "listed", Product.price_cents > 0).order_by(Product.id).limit(3000)
                    .tuples())
    rng.shuffle(products)
    cutoff = timeutil.parse_hhmm(settings.get("shipping.cutoff"))
    return _World(cs or [None], sales or [None], users[Role.CUSTOMER_SERVICE] or users[Role.OWNER] or [None],
                  users[Role.SHIPPING] or users[Role.SUPERVISOR] or users[Role.OWNER] or [None],
                  carriers, _cumulative(weights), products, cutoff)


def _next_id(model: type[peewee.Model]) -> int:
    return (model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1


def _fix_sequences(*models: type[peewee.Model]) -> None:
    """Rows came in with explicit ids: move PostgreSQL's sequences past them."""
    if not is_postgres():
        return
    for model in models:
        table = model._meta.table_name
        current_database().execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))")


def _fields(model: type[peewee.Model], names: list[str]) -> list[peewee.Field]:
    return [model._meta.fields[name] for name in names]


CUSTOMER_COLUMNS = ["id", "name", "nickname", "channel", "phone", "wechat", "tier", "birthday", "notes", "order_count",
                    "total_spent_cents", "first_order_at", "last_order_at", "erased_at", "created_at", "updated_at",
                    "row_version"]
ADDRESS_COLUMNS = ["customer", "receiver", "phone", "address", "is_default"]
ORDER_COLUMNS = ["id", "order_no", "channel", "platform_order_no", "customer", "status", "ordered_at", "paid_at",
                 "shipped_at", "delivered_at", "completed_at", "closed_at", "goods_cents", "discount_cents",
                 "freight_cents", "total_cents", "paid_cents", "payment_method", "transfer_record", "buyer_message",
                 "seller_note", "receiver_name", "receiver_phone", "receiver_address", "address_confirmed", "staff",
                 "created_by", "created_at", "updated_at", "row_version"]
LINE_COLUMNS = ["order", "line_no", "product", "sku", "title", "qty", "unit_price_cents", "discount_cents",
                "line_total_cents"]
SHIPMENT_COLUMNS = ["id", "order", "kind", "carrier", "carrier_name", "tracking_no", "shipped_at", "shipped_by",
                    "cancelled_at", "cancelled_by", "cancel_reason"]
MOVEMENT_COLUMNS = ["product", "kind", "qty", "balance_after", "reason", "ref_type", "ref_id", "batch", "user", "at"]
REVISIT_COLUMNS = ["customer", "due_date", "purpose", "assigned_to", "done_at", "done_by", "result"]


def _create_customers(count: int, rng: random.Random, now: dt.datetime, progress: Progress) -> list[_Buyer]:
    buyers: list[_Buyer] = []
    first_id = _next_id(Customer)
    channels, cum = [c for c, _w in CHANNELS], _cumulative([w for _c, w in CHANNELS])
    done = 0
    while done < count:
        size = min(CHUNK, count - done)
        customers, addresses = [], []
        for index in range(done, done + size):
            customer_id = first_id + index
            channel = _pick(rng, channels, cum).value
            name, phone = _name(rng), _phone(rng)
            address, remote = _address(rng)
            created = now - dt.timedelta(days=rng.randint(0, HISTORY_DAYS + 200), seconds=rng.randint(0, 86399))
            birthday = (dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
                        if rng.random() < 0.35 else None)
            wechat = f"wxid_{rng.randint(10**9, 10**10 - 1):x}" if channel in (Channel.WECHAT, Channel.OFFLINE) or \
                rng.random() < 0.1 else ""
            notes = rng.choice(["", "", "", "", "喜欢辣味", "对坚果过敏", "公司团购联系人", "只在工作日收货"])
            customers.append((customer_id, name, _nickname(rng, channel, index), channel, phone, wechat,
                              CustomerTier.NORMAL.value, birthday, notes, 0, 0, None, None, None, created, created, 1))
            addresses.append((customer_id, name, phone, address, True))
            if rng.random() < 0.12:  # a second address: the office, or the parents'
                other, _remote = _address(rng)
                addresses.append((customer_id, _name(rng) if rng.random() < 0.5 else name, _phone(rng), other, False))
            buyers.append(_Buyer(customer_id, channel, name, phone, address, remote))
        with transaction():
            bulk_insert(Customer, _fields(Customer, CUSTOMER_COLUMNS), customers)
            bulk_insert(CustomerAddress, _fields(CustomerAddress, ADDRESS_COLUMNS), addresses)
        done += size
        progress.update(done, count, tr("Demo", "Customers"))
    _fix_sequences(Customer)
    return buyers


def _order_times(count: int, rng: random.Random, now: dt.datetime) -> list[int]:
    """How many orders each day of the last year gets (index 0 = HISTORY_DAYS days ago, last = today)."""
    today = now.date()
    weights = []
    for back in range(HISTORY_DAYS, -1, -1):
        day = today - dt.timedelta(days=back)
        weight = 0.6 + 0.8 * (HISTORY_DAYS - back) / HISTORY_DAYS  # the shop grows
        weight *= 1.15 if day.weekday() >= 5 else 1.0
        if (day.month, day.day) in ((11, 11), (6, 18)):
            weight *= 3.5
        elif (day.month, day.day) in ((12, 12), (11, 10), (6, 17), (11, 12)):
            weight *= 1.8
        if back == 0:  # today: only the hours already gone
            elapsed = sum(HOUR_WEIGHTS[:now.hour]) + HOUR_WEIGHTS[now.hour] * now.minute / 60
            weight *= elapsed / sum(HOUR_WEIGHTS)
        weights.append(weight)
    total = sum(weights)
    counts = [int(count * w / total) for w in weights]
    for index in sorted(range(len(counts)), key=lambda i: -weights[i])[:count - sum(counts)]:
        counts[index] += 1
    return counts


class _Stock:
    """Running stock per product; movements come out in time order with their balance."""

    def __init__(self, products: list[int], user: int | None):
        self.balance = {pid: qty for pid, qty in Product.select(Product.id, Product.stock_qty)
                        .where(Product.id.in_(products)).tuples()} if products else {}
        self.last_at: dict[int, dt.datetime] = {}
        self.pending: list[tuple] = []
        self.sequence = itertools.count()
        self.user = user

    def sale(self, at: dt.datetime, product: int, qty: int, order_no: str, shipment_id: int, user: int | None):
        heapq.heappush(self.pending, (at, next(self.sequence), product, qty, order_no, shipment_id, user))

    def flush(self, until: dt.datetime | None, rng: random.Random) -> list[tuple]:
        rows = []
        while self.pending and (until is None or self.pending[0][0] < until):
            at, _seq, product, qty, order_no, shipment_id, user = heapq.heappop(self.pending)
            balance = self.balance.get(product, 0)
            if balance < qty:  # the warehouse restocks before it runs dry
                restock = max(qty, rng.choice((100, 150, 200, 300, 500)))
                balance += restock
                arrived = at - dt.timedelta(hours=rng.randint(2, 30))
                previous = self.last_at.get(product)
                arrived = max(arrived, previous + dt.timedelta(seconds=1)) if previous else arrived
                rows.append((product, MovementKind.INBOUND.value, restock, balance, "补货入库", "", None, None,
                             self.user, min(arrived, at)))
            balance -= qty
            self.balance[product] = balance
            self.last_at[product] = at
            rows.append((product, MovementKind.SALE.value, -qty, balance, order_no, "shipment", shipment_id, None,
                         user, at))
        return rows


def _platform_no(rng: random.Random, channel: str, index: int, day: dt.date) -> str:
    if channel in (Channel.TAOBAO, Channel.TMALL):
        return f"{rng.randint(1, 4)}{rng.randint(100, 999)}{index:09d}{rng.randint(1000, 9999)}"
    if channel == Channel.JD:
        return f"{2 * 10**11 + index * 7 + rng.randint(0, 6)}"
    if channel == Channel.PDD:
        return f"{day:%y%m%d}-{index:09d}{rng.randint(100000, 999999)}"
    if channel == Channel.DOUYIN:
        return f"69{rng.randint(10**6, 10**7 - 1)}{index:010d}"
    if channel == Channel.WECHAT:
        return f"wx{day:%Y%m%d}{index:08d}"
    return ""


def _tracking_no(rng: random.Random, code: str, index: int) -> str:
    serial = f"{index:08d}"
    if code == "SF":
        return f"SF1{rng.randint(100, 999)}{serial}{rng.randint(0, 9)}"
    if code == "ZTO":
        return f"7731{serial}{rng.randint(10, 99)}"
    if code == "YTO":
        return f"YT{rng.randint(6000, 9999)}{serial}{rng.randint(0, 9)}"
    if code == "STO":
        return f"77{rng.randint(100, 999)}{serial}{rng.randint(0, 9)}"
    if code == "YD":
        return f"43{rng.randint(10000, 99999)}{serial}"
    if code == "JTSD":
        return f"JT{rng.randint(100, 999)}{serial}{rng.randint(0, 99):02d}"
    if code == "EMS":
        return f"98{rng.randint(100, 999)}{serial}"
    if code == "JD":
        return f"JDVA{rng.randint(100, 999)}{serial}"
    return f"{code or 'DB'}{rng.randint(1000, 9999)}{serial}"


def create_demo_orders(sizes: Any, progress: Progress | None = None, *, seed: int = 11) -> None:
    """Customers (sizes.customers), about a year of orders (sizes.orders), shipments, stock
    movements and revisit plans, over the staff, accounts, carriers and products already there."""
    if not sizes.customers and not sizes.orders:
        return
    progress = progress or Progress()
    rng = random.Random(seed)
    now = timeutil.now()
    world = _world(rng)
    buyers = _create_customers(sizes.customers, rng, now, progress) if sizes.customers else []
    if sizes.orders:
        _create_orders(sizes.orders, buyers, world, rng, now, progress)
    if buyers:
        _create_revisits(buyers, world, rng, now)
    with transaction():
        audit(SYSTEM, "create", "order", "", summary=tr("Demo", "demo data: {customers} customers, {orders} orders")
              .format(customers=sizes.customers, orders=sizes.orders))


def _create_orders(count: int, buyers: list[_Buyer], world: _World, rng: random.Random, now: dt.datetime,
                   progress: Progress) -> None:
    today = now.date()
    per_day = _order_times(count, rng, now)
    first_day = today - dt.timedelta(days=HISTORY_DAYS)
    hours, hour_cum = list(range(24)), _cumulative(HOUR_WEIGHTS)
    channels, channel_cum = [c for c, _w in CHANNELS], _cumulative([w for _c, w in CHANNELS])
    products = world.products
    product_ids = [p[0] for p in products]
    stock = _Stock(product_ids, world.ship_users[0])
    if products:
        # The year of sales starts after the opening stock (the product demo dates it recently).
        StockMovement.update(at=dt.datetime.combine(first_day, dt.time(8))).where(
            StockMovement.kind == MovementKind.OPENING, StockMovement.product.in_(product_ids),
            StockMovement.at > dt.datetime.combine(first_day, dt.time(8))).execute()
    order_id = _next_id(SalesOrder)
    shipment_id = _next_id(Shipment)
    stats: dict[int, list] = {}
    forced_overdue = 3  # a few orders due yesterday still wait: the dispatch queue shows them in red
    order_rows, line_rows, shipment_rows = [], [], []
    done = 0

    def write(until: dt.datetime | None) -> None:
        movements = stock.flush(until, rng)
        with transaction():
            bulk_insert(SalesOrder, _fields(SalesOrder, ORDER_COLUMNS), order_rows)
            bulk_insert(OrderLine, _fields(OrderLine, LINE_COLUMNS), line_rows)
            bulk_insert(Shipment, _fields(Shipment, SHIPMENT_COLUMNS), shipment_rows)
            bulk_insert(StockMovement, _fields(StockMovement, MOVEMENT_COLUMNS), movements)
        order_rows.clear()
        line_rows.clear()
        shipment_rows.clear()

    for day_index, orders_today in enumerate(per_day):
        day = first_day + dt.timedelta(days=day_index)
        moments = []
        for _ in range(orders_today):
            hour = _pick(rng, hours, hour_cum)
            moment = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 59), rng.randint(0, 59)))
            moments.append(min(moment, now - dt.timedelta(seconds=rng.randint(60, 3600))) if day == today else moment)
        moments.sort()
        for sequence, ordered_at in enumerate(moments, start=1):
            if buyers:
                buyer = buyers[int(len(buyers) * rng.random() ** 1.7)]
                channel = buyer.channel
            else:
                channel = _pick(rng, channels, channel_cum).value
                address, remote = _address(rng)
                buyer = _Buyer(None, channel, _name(rng), _phone(rng), address, remote)
            receiver_name, receiver_phone, receiver_address = buyer.name, buyer.phone, buyer.address
            if rng.random() < 0.08:  # a present for someone else
                receiver_name, receiver_phone = _name(rng), _phone(rng)
                receiver_address, _remote = _address(rng)
            # lines
            goods = 0
            lines = []
            for line_no in range(1, 1 + _pick(rng, [1, 2, 3, 4], [65, 90, 98, 100])):
                qty = _pick(rng, [1, 2, 3, 4, 5], [70, 90, 95, 98, 100])
                if products:
                    pid, sku, title, price = products[int(len(products) * rng.random() ** 2.2)]
                else:
                    pid, sku, title, price = None, "", rng.choice(PLAIN_TITLES), rng.randint(9, 199) * 100 - 10
                discount = (price * qty * rng.randint(5, 20) // 100) // 100 * 100 if rng.random() < 0.15 else 0
                total = price * qty - discount
                goods += total
                lines.append([order_id, line_no, pid, sku, title, qty, price, discount, total])
            if rng.random() < 0.05:  # a free gift line
                lines.append([order_id, len(lines) + 1, None, "", rng.choice(GIFT_TITLES), 1, 0, 0, 0])
            freight = 0 if rng.random() < 0.8 and not buyer.remote else rng.choice((600, 800, 1000, 1200))
            discount = rng.choice((300, 500, 1000, 2000)) if rng.random() < 0.1 else 0
            discount = min(discount, goods // 2)
            total = goods + freight - discount
            # payment
            age = now - ordered_at
            roll = rng.random()
            method, record = PaymentMethod.PLATFORM.value, ""
            if channel == Channel.WECHAT:
                method = rng.choice((PaymentMethod.WECHAT_PAY.value, PaymentMethod.WECHAT_PAY.value,
                                     PaymentMethod.BANK_TRANSFER.value))
            elif channel == Channel.OFFLINE:
                method = rng.choice((PaymentMethod.CASH.value, PaymentMethod.BANK_TRANSFER.value,
                                     PaymentMethod.ALIPAY.value))
            if channel in (Channel.WECHAT, Channel.OFFLINE):
                delay = dt.timedelta(minutes=rng.randint(2, 600))
            else:
                delay = dt.timedelta(seconds=rng.randint(20, 600) if rng.random() < 0.8 else rng.randint(600, 14400))
            paid_at = ordered_at + delay
            status = OrderStatus.PAID
            closed_at = shipped_at = delivered_at = completed_at = None
            if roll < 0.07 or paid_at > now:  # never paid (yet)
                paid_at = None
                if age < dt.timedelta(hours=24):
                    status = OrderStatus.PENDING
                else:
                    status = OrderStatus.CLOSED if rng.random() < 0.75 else OrderStatus.CANCELLED
                    closed_at = ordered_at + (dt.timedelta(hours=24) if status == OrderStatus.CLOSED
                                              else dt.timedelta(minutes=rng.randint(5, 600)))
            elif roll < 0.10 and paid_at + dt.timedelta(hours=2) < now:  # refunded before shipping
                status = rng.choice((OrderStatus.CANCELLED, OrderStatus.CLOSED))
                closed_at = paid_at + dt.timedelta(minutes=rng.randint(10, 110))
            if method == PaymentMethod.BANK_TRANSFER and paid_at is not None:
                record = (f"{rng.choice(BANKS)} 尾号{rng.randint(1000, 9999)} {buyer.name} "
                          f"{paid_at:%Y-%m-%d %H:%M} ¥{total / 100:.2f}")
            # shipping
            carrier_row = None
            if status == OrderStatus.PAID:
                due = ship_by_day(paid_at, world.cutoff)
                ship_day = due + dt.timedelta(days=1) if rng.random() < 0.01 else due
                shipped_at = max(paid_at + dt.timedelta(minutes=rng.randint(20, 90)),
                                 dt.datetime.combine(ship_day, dt.time(rng.randint(9, 17), rng.randint(0, 59))))
                if due == today - dt.timedelta(days=1) and forced_overdue > 0:
                    forced_overdue -= 1
                    shipped_at = None
                elif shipped_at > now:
                    shipped_at = None
                if shipped_at is not None:
                    status = OrderStatus.SHIPPED
                    delivered_at = shipped_at + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 10))
                    if delivered_at <= now:
                        status = OrderStatus.DELIVERED
                        completed_at = delivered_at + dt.timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 12))
                        if completed_at <= now:
                            status = OrderStatus.COMPLETED
                        else:
                            completed_at = None
                    else:
                        delivered_at = None
                    carrier_row = world.carriers[bisect.bisect(world.carrier_cum,
                                                               rng.random() * world.carrier_cum[-1])]
                    if channel == Channel.JD and rng.random() < 0.7:
                        carrier_row = next((c for c in world.carriers if c[2] == "JD"), carrier_row)
            order_no = format_order_no(day, sequence)
            staff = rng.choice(world.sales_staff if channel in (Channel.WECHAT, Channel.OFFLINE) else world.cs_staff)
            updated = max(t for t in (ordered_at, paid_at, shipped_at, delivered_at, completed_at, closed_at) if t)
            order_rows.append((
                order_id, order_no, channel,
                _platform_no(rng, channel, order_id, day), buyer.id, status.value, ordered_at, paid_at, shipped_at,
                delivered_at, completed_at, closed_at, goods, discount, freight, total,
                total if paid_at is not None else 0, method if paid_at is not None else "", record,
                rng.choice(MESSAGES) if rng.random() < 0.12 else "", rng.choice(NOTES) if rng.random() < 0.03 else "",
                receiver_name, receiver_phone, receiver_address, paid_at is not None and rng.random() < 0.85, staff,
                rng.choice(world.cs_users), ordered_at, updated, 1))
            line_rows.extend(tuple(line) for line in lines)
            if carrier_row is not None:
                shipper = rng.choice(world.ship_users)
                shipment_rows.append((shipment_id, order_id, "order", carrier_row[0], carrier_row[1],
                                      _tracking_no(rng, carrier_row[2], shipment_id), shipped_at, shipper, None, None,
                                      ""))
                for line in lines:
                    if line[2] is not None:
                        stock.sale(shipped_at, line[2], line[5], order_no, shipment_id, shipper)
                shipment_id += 1
            if buyer.id is not None and paid_at is not None and status not in (OrderStatus.CANCELLED,
                                                                                 OrderStatus.CLOSED):
                entry = stats.get(buyer.id)
                if entry is None:
                    stats[buyer.id] = [1, total, ordered_at, ordered_at]
                else:
                    entry[0] += 1
                    entry[1] += total
                    entry[3] = ordered_at
            order_id += 1
            done += 1
            if len(order_rows) >= CHUNK:
                write(ordered_at - dt.timedelta(days=4))  # later orders cannot ship before this
                progress.update(done, count, tr("Demo", "Orders"))
    write(None)
    progress.update(done, count, tr("Demo", "Orders"))
    _fix_sequences(SalesOrder, Shipment)
    _finish(stats, product_ids)


def _tier(spent: int, orders: int) -> str:
    if spent >= 500_000 or orders >= 30:
        return CustomerTier.VIP.value
    if spent >= 200_000 or orders >= 12:
        return CustomerTier.GOLD.value
    if spent >= 80_000 or orders >= 5:
        return CustomerTier.SILVER.value
    return CustomerTier.NORMAL.value


def _finish(stats: dict[int, list], product_ids: list[int]) -> None:
    """Customers' totals and tiers; products' stock and last sale from the ledger."""
    database = current_database()
    marker = "%s" if is_postgres() else "?"
    rows = [(count, spent, first, last, _tier(spent, count), customer_id)
            for customer_id, (count, spent, first, last) in stats.items()]
    for start in range(0, len(rows), 20000):
        with transaction():
            database.cursor().executemany(
                f"UPDATE customer SET order_count = {marker}, total_spent_cents = {marker}, first_order_at = {marker}, "
                f"last_order_at = {marker}, tier = {marker} WHERE id = {marker}", rows[start:start + 20000])
    if not product_ids:
        return
    ledger = StockMovement.alias()
    with transaction():
        total = (ledger.select(peewee.fn.COALESCE(peewee.fn.SUM(ledger.qty), 0))
                 .where(ledger.product == Product.id))
        last_sale = (ledger.select(peewee.fn.MAX(ledger.at))
                     .where(ledger.product == Product.id, ledger.kind == MovementKind.SALE))
        Product.update(stock_qty=total, last_sale_at=last_sale).where(Product.id.in_(product_ids)).execute()
        # Batches (FIFO): what is left of them cannot be more than the stock.
        smallest = peewee.fn.LEAST if is_postgres() else peewee.fn.MIN
        largest = peewee.fn.GREATEST if is_postgres() else peewee.fn.MAX
        stock_now = Product.select(Product.stock_qty).where(Product.id == StockBatch.product)
        StockBatch.update(qty_remaining=smallest(StockBatch.qty_remaining, largest(stock_now, 0))).where(
            StockBatch.product.in_(product_ids)).execute()


def _create_revisits(buyers: list[_Buyer], world: _World, rng: random.Random, now: dt.datetime) -> None:
    """One customer in twenty has revisit plans: most done with a result, the open ones due over
    the next two months, a few today and a few overdue."""
    today = now.date()
    rows = []
    forced = [today, today, today, today - dt.timedelta(days=1), today - dt.timedelta(days=2)]
    for buyer in buyers:
        if rng.random() >= 0.05:
            continue
        user = rng.choice(world.cs_users)
        if rng.random() < 0.6:
            due = today - dt.timedelta(days=rng.randint(2, 300))
            done = dt.datetime.combine(due, dt.time(rng.randint(9, 20), rng.randint(0, 59)))
            rows.append((buyer.id, due, rng.choice(PURPOSES), user, done, user, rng.choice(RESULTS)))
            continue
        due = forced.pop() if forced else today + dt.timedelta(days=rng.randint(-2, 60))
        rows.append((buyer.id, due, rng.choice(PURPOSES), user, None, None, ""))
    with transaction():
        bulk_insert(RevisitPlan, _fields(RevisitPlan, REVISIT_COLUMNS), rows)
