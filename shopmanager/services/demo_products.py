"""Demo products: a realistic small Chinese shop's catalogue with stock, dated batches,
some low, some near expiry, some slow — and, for benchmarks, a million rows quickly
(bulk inserts; the SQLite search index is rebuilt once at the end)."""
from __future__ import annotations

import datetime as dt
import random

import peewee

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind, ProductStatus, expiry_date
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import bulk_insert, deferred_search_index
from shopmanager.db.models import Category, Product, StockBatch, StockMovement, Supplier
from shopmanager.services.context import transaction

# (category, base names, brands, specs, price range in yuan, shelf life days or None, origin)
CATALOGUE = [
    ("粮油米面", ["五常大米", "东北珍珠米", "花生油", "菜籽油", "手工挂面", "高筋面粉", "小米", "糙米"],
     ["稻花香", "金龙鱼", "鲁花", "福临门", "中粮"], ["1kg", "2.5kg", "5kg", "1.8L", "5L"], (9, 129), 365,
     ["黑龙江五常", "山东", "吉林", "河南"]),
    ("休闲零食", ["牛肉干", "夏威夷果", "每日坚果", "芒果干", "麻辣鸭脖", "海苔脆片", "手撕面包", "蛋黄酥"],
     ["三只松鼠", "良品铺子", "百草味", "来伊份", "周黑鸭"], ["100g", "200g", "500g", "礼盒装"], (12, 168), 180,
     ["安徽芜湖", "湖北武汉", "浙江杭州", "四川成都"]),
    ("茶饮冲调", ["西湖龙井", "铁观音", "普洱茶饼", "红枣枸杞茶", "黑芝麻糊", "藕粉", "燕麦片"],
     ["艺福堂", "八马", "大益", "南方", "桂格"], ["50g", "250g", "357g", "500g"], (18, 398), 540,
     ["浙江杭州", "福建安溪", "云南勐海", "广西"]),
    ("方便速食", ["牛肉面", "螺蛳粉", "自热火锅", "酸辣粉", "速冻水饺"], ["康师傅", "好欢螺", "海底捞", "白家", "思念"],
     ["单包", "5连包", "整箱12盒"], (6, 99), 180, ["四川", "广西柳州", "河南郑州"]),
    ("日用百货", ["抽纸", "洗衣液", "垃圾袋", "保鲜膜", "湿巾", "晾衣架"], ["维达", "蓝月亮", "妙洁", "心相印", "清风"],
     ["3层100抽*6包", "2kg", "3L", "100只", "30米"], (9, 89), None, ["广东", "浙江", "江苏"]),
    ("个护清洁", ["洗发水", "沐浴露", "牙膏", "电动牙刷", "面霜", "洗面奶"], ["海飞丝", "舒肤佳", "云南白药", "飞利浦", "百雀羚"],
     ["400ml", "750ml", "120g", "标准款"], (15, 299), 1095, ["上海", "广州", "云南"]),
    ("厨房用具", ["不粘锅", "菜刀", "砧板", "保温杯", "电饭煲", "炒锅"], ["苏泊尔", "张小泉", "双立人", "膳魔师", "美的"],
     ["28cm", "32cm", "500ml", "4L"], (29, 699), None, ["浙江", "广东佛山", "上海"]),
    ("母婴用品", ["婴儿纸尿裤", "奶瓶", "婴儿湿巾", "儿童牙刷", "辅食米粉"], ["帮宝适", "贝亲", "好奇", "小鹿蓝蓝", "亨氏"],
     ["S码", "M码", "L码", "240ml", "250g"], (19, 259), 720, ["天津", "上海", "广东"]),
]
FOOD_VARIANTS = ["原味", "香辣", "五香", "蜂蜜", "海盐", "家庭装", "新品"]
VARIANTS = {
    "粮油米面": ["家庭装", "新米", "一级", "特级", "实惠装"],
    "休闲零食": FOOD_VARIANTS,
    "茶饮冲调": ["明前", "特级", "浓香型", "清香型", "无糖", "原味"],
    "方便速食": ["红烧", "番茄", "酸辣", "麻辣", "原味"],
    "日用百货": ["家庭装", "加厚款", "实惠装", "无香型", "薰衣草香"],
    "个护清洁": ["清爽型", "滋润型", "控油", "敏感肌", "薄荷"],
    "厨房用具": ["经典款", "升级款", "白色", "灰色", "不锈钢"],
    "母婴用品": ["超薄款", "夜用", "经典款", "升级款", "有机"],
}
SUPPLIERS = [("杭州优品供应链有限公司", "陈经理", "0571-86661234"), ("义乌百货批发中心", "王老板", "0579-85551234"),
             ("广州粮油贸易公司", "李主任", "020-83331234"), ("成都零食工厂直供", "张厂长", "028-87771234")]
RETURN_POLICY = "七天无理由退换货（食品拆封后不支持）；质量问题由本店承担往返运费。"
CHUNK = 5000
PRODUCT_FIELDS = [f for f in Product._meta.sorted_fields if f.name != "id"]
MOVEMENT_FIELDS = [f for f in StockMovement._meta.sorted_fields if f.name != "id"]
BATCH_FIELDS = [f for f in StockBatch._meta.sorted_fields if f.name != "id"]


def _product_rows(count: int, rng: random.Random, categories: dict[str, int], suppliers: list[int],
                  now: dt.datetime):
    for index in range(count):
        category, names, brands, specs, (low, high), shelf, origins = CATALOGUE[index % len(CATALOGUE)]
        name = f"{rng.choice(brands)} {rng.choice(names)} {rng.choice(VARIANTS[category])} {rng.choice(specs)}"
        price = rng.randint(low * 100, high * 100) // 10 * 10 - 10 + 9  # ¥xx.x9
        cost = int(price * rng.uniform(0.35, 0.7))
        created = now - dt.timedelta(days=rng.randint(70, 900))
        status = ProductStatus.LISTED if rng.random() < 0.85 else rng.choice(
            [ProductStatus.DRAFT, ProductStatus.PENDING, ProductStatus.DELISTED])
        yield {
            "sku": f"SP{index + 1:07d}", "barcode": f"69{rng.randint(10**10, 10**11 - 1)}",
            "name": name, "category": categories[category], "brand": name.split()[0], "spec": name.split()[-1],
            "model": "", "ingredients": "详见包装" if shelf else "", "origin": rng.choice(origins),
            "shelf_life_days": shelf, "usage": "开袋即食，开封后请尽快食用" if shelf and shelf < 400 else "",
            "return_policy": RETURN_POLICY, "price_cents": price, "cost_cents": cost,
            "supplier": rng.choice(suppliers), "picture": "", "notes": "", "status": status.value,
            "low_stock_threshold": None, "stock_qty": 0, "last_sale_at": None, "is_placeholder": False,
            "created_at": created, "updated_at": created, "row_version": 1,
        }


def create_demo_products(count: int, progress: Progress | None = None, *, seed: int = 7) -> None:
    progress = progress or Progress()
    rng = random.Random(seed)
    now = timeutil.now()
    with transaction():
        categories = {}
        for order, (name, *_rest) in enumerate(CATALOGUE):
            categories[name] = Category.create(name=name, sort_order=order).id
        suppliers = [Supplier.create(name=n, contact=c, phone=p).id for n, c, p in SUPPLIERS]
    rows = _product_rows(count, rng, categories, suppliers, now)
    done = 0
    while done < count:
        chunk = [row for _, row in zip(range(CHUNK), rows)]
        with transaction(), deferred_search_index():
            bulk_insert(Product, PRODUCT_FIELDS, (tuple(row[f.name] for f in PRODUCT_FIELDS) for row in chunk))
        done += len(chunk)
        progress.update(done, count, tr("Demo", "Products"))
    _opening_stock(rng, now, progress)


def _opening_stock(rng: random.Random, now: dt.datetime, progress: Progress) -> None:
    """Opening stock per product (a movement each), dated batches for food, a few low/expiring ones."""
    total = Product.select().count()
    last_id = 0
    done = 0
    while True:
        batch_products = list(Product.select(Product.id, Product.shelf_life_days, Product.created_at, Product.status)
                              .where(Product.id > last_id).order_by(Product.id).limit(CHUNK).tuples())
        if not batch_products:
            break
        movements, batches, stock = [], [], {}
        for product_id, shelf, created, _status in batch_products:
            roll = rng.random()
            qty = rng.randint(1, 9) if roll < 0.06 else 0 if roll < 0.08 else rng.randint(15, 400)
            if qty == 0:
                continue
            stock[product_id] = qty
            received = max(created, now - dt.timedelta(days=rng.randint(5, 60)))
            movements.append({"product": product_id, "kind": MovementKind.OPENING.value, "qty": qty, "balance_after": qty,
                              "reason": "期初库存", "ref_type": "", "ref_id": None, "batch": None, "user": None,
                              "at": received})
            if shelf:
                age = rng.randint(1, max(2, shelf - 5)) if rng.random() < 0.05 else rng.randint(1, max(2, shelf // 4))
                produced = (received - dt.timedelta(days=age)).date()
                batches.append({"product": product_id, "production_date": produced,
                                "expiry_date": expiry_date(produced, shelf), "received_at": received,
                                "qty_received": qty, "qty_remaining": qty, "receipt": None})
        with transaction():
            bulk_insert(StockMovement, MOVEMENT_FIELDS, (tuple(m[f.name] for f in MOVEMENT_FIELDS) for m in movements))
            bulk_insert(StockBatch, BATCH_FIELDS, (tuple(b[f.name] for f in BATCH_FIELDS) for b in batches))
            first, last = batch_products[0][0], batch_products[-1][0]
            opening = (StockMovement.select(peewee.fn.SUM(StockMovement.qty))
                       .where(StockMovement.product == Product.id))
            Product.update(stock_qty=peewee.fn.COALESCE(opening, 0)).where(
                Product.id.between(first, last)).execute()
        last_id = batch_products[-1][0]
        done += len(batch_products)
        progress.update(done, total, tr("Demo", "Opening stock"))
