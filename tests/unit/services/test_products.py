import datetime as dt
from pathlib import Path

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.inventory import MovementKind, ProductStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, Product
from shopmanager.services import alerts, products, settings, stock, stocktake
from shopmanager.services.audit import history
from shopmanager.services.context import transaction
from shopmanager.services.listing import ListRequest

BASE = {"name": "五常大米 5kg", "sku": "RICE-5", "barcode": "06901234567890", "category": "粮油",
        "brand": "稻花香", "spec": "5kg", "price_cents": "59.90", "cost_cents": "32.5", "shelf_life_days": "365",
        "origin": "黑龙江五常", "supplier": "五常米业"}


def new_product(actor, **changes) -> int:
    return products.create_product(actor, {**BASE, **changes})


def test_product_keeps_every_listing_field_and_hides_cost_from_staff(shop):
    owner = shop[Role.OWNER]
    product_id = new_product(owner)
    detail = products.get_product(owner, product_id)
    assert detail.values["barcode"] == "06901234567890"  # leading zero kept
    assert detail.values["price_cents"] == 5990 and detail.values["cost_cents"] == 3250
    assert detail.values["category"] == "粮油" and detail.values["supplier"] == "五常米业"
    assert detail.status == ProductStatus.DRAFT
    ops = products.get_product(shop[Role.OPERATIONS], product_id)
    assert "cost_cents" not in ops.values
    source = products.ProductSource(shop[Role.OPERATIONS])
    assert "cost" not in [c.key for c in source.columns]
    assert "cost" in [c.key for c in products.ProductSource(owner).columns]


def test_staff_cannot_enter_a_cost(shop):
    with pytest.raises(PermissionDenied):
        new_product(shop[Role.OPERATIONS])
    product_id = new_product(shop[Role.OPERATIONS], cost_cents="")
    detail = products.get_product(shop[Role.OPERATIONS], product_id)
    products.update_product(shop[Role.OPERATIONS], product_id, {"cost_cents": "1", "name": "新名字"},
                            row_version=detail.row_version)
    assert Product.get_by_id(product_id).cost_cents == 0  # ignored, not saved


@pytest.mark.parametrize("field,value,message", [
    ("price_cents", "abc", "Sale price"), ("name", "", "Name: required"), ("shelf_life_days", "一年", "Shelf life"),
    ("sku", "X" * 65, "SKU: at most 64"),
])
def test_bad_values_name_the_field_and_save_nothing(shop, field, value, message):
    with pytest.raises(ValidationError, match=message) as error:
        new_product(shop[Role.OWNER], **{field: value})
    assert error.value.field == field
    assert Product.select().count() == 0


def test_duplicate_sku_or_barcode_is_refused(shop):
    new_product(shop[Role.OWNER])
    with pytest.raises(Conflict, match="SKU RICE-5 is already used"):
        new_product(shop[Role.OWNER], barcode="")
    with pytest.raises(Conflict, match="Barcode 06901234567890"):
        new_product(shop[Role.OWNER], sku="RICE-10")


def test_two_pcs_editing_the_same_product_do_not_overwrite_each_other(shop):
    owner = shop[Role.OWNER]
    product_id = new_product(owner)
    version = products.get_product(owner, product_id).row_version
    products.update_product(owner, product_id, {"name": "第一台电脑"}, row_version=version)
    with pytest.raises(Conflict, match="Someone else changed this product"):
        products.update_product(shop[Role.SUPERVISOR], product_id, {"name": "第二台电脑"}, row_version=version)
    assert Product.get_by_id(product_id).name == "第一台电脑"


def test_listing_workflow_needs_a_supervisor_and_keeps_history(shop):
    ops, supervisor = shop[Role.OPERATIONS], shop[Role.SUPERVISOR]
    product_id = new_product(ops, cost_cents="")
    assert products.available_actions(ops, ProductStatus.DRAFT) == ["submit"]
    products.change_status(ops, product_id, "submit")
    with pytest.raises(PermissionDenied):
        products.change_status(ops, product_id, "approve")
    products.change_status(supervisor, product_id, "approve", "资料齐全")
    with pytest.raises(Conflict, match="not possible: the product is Listed"):
        products.change_status(supervisor, product_id, "approve")
    products.change_status(supervisor, product_id, "delist")
    trail = history("product", product_id)
    assert [entry["username"] for entry in trail[:3]] == ["supervisor", "supervisor", "operations"]
    assert "资料齐全" in trail[1]["summary"]


def test_product_without_price_cannot_be_listed(shop):
    product_id = new_product(shop[Role.OWNER], price_cents="0")
    products.change_status(shop[Role.OWNER], product_id, "submit")
    with pytest.raises(ValidationError, match="sale price"):
        products.change_status(shop[Role.OWNER], product_id, "approve")


def test_picture_is_copied_into_the_data_folder_and_checked(shop, tmp_path):
    product_id = new_product(shop[Role.OWNER])
    png = tmp_path / "rice.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    name = products.set_picture(shop[Role.OWNER], product_id, png)
    stored = products.get_product(shop[Role.OWNER], product_id).picture_path
    assert stored.exists() and stored.read_bytes() == png.read_bytes() and stored.name == name
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(ValidationError, match="is not a picture"):
        products.set_picture(shop[Role.OWNER], product_id, text)
    assert isinstance(stored, Path)


def listed(actor, sku, qty, **extra) -> int:
    product_id = new_product(actor, sku=sku, barcode="", name=f"商品{sku}", **extra)
    products.change_status(actor, product_id, "submit")
    products.change_status(actor, product_id, "approve")
    if qty:
        stock.receive_goods(actor, [stock.ReceiptLine(product_id, qty)])
    return product_id


def test_low_stock_uses_the_shop_default_or_the_products_own_threshold(shop):
    owner = shop[Role.OWNER]
    listed(owner, "A", 3)            # below default 10
    listed(owner, "B", 12)           # fine
    listed(owner, "C", 12, low_stock_threshold="20")  # below its own 20
    listed(owner, "D", 5, low_stock_threshold="2")    # fine for its own 2
    new_product(owner, sku="E", barcode="")  # draft: never an alert
    assert alerts.low_stock_count() == 2
    rows = alerts.LowStockSource(owner).page(ListRequest()).rows
    assert sorted(r[0] for r in rows) == ["A", "C"]
    red = [r[1] for r in products.ProductSource(owner).page(ListRequest()).rows
           if products.ProductSource(owner).row_style(r)]
    assert sorted(red) == ["A", "C"]
    settings.update(owner, {"inventory.low_stock_threshold": 4})
    assert alerts.low_stock_count() == 2  # A (3<4) and C (12<20)


def test_expiry_and_slow_movers(shop):
    owner = shop[Role.OWNER]
    product_id = listed(owner, "MILK", 0, shelf_life_days="20")
    stock.receive_goods(owner, [stock.ReceiptLine(product_id, 10, timeutil.today() - dt.timedelta(days=15))])
    assert alerts.expiring_count() == 1
    rows = alerts.ExpirySource(owner).page(ListRequest()).rows
    assert rows[0][4] == 5  # days left
    timeutil.set_clock_offset(dt.timedelta(days=61))
    assert alerts.slow_count() == 1
    owner_rows = alerts.SlowSource(owner).page(ListRequest()).rows
    assert owner_rows[0][-1] == 10 * 3250
    staff_rows = alerts.SlowSource(shop[Role.WAREHOUSE]).page(ListRequest()).rows
    assert len(staff_rows[0]) == len(owner_rows[0]) - 1  # no value column


def test_search_finds_substrings_of_name_sku_and_barcode(shop):
    owner = shop[Role.OWNER]
    new_product(owner)
    new_product(owner, sku="OIL-1", barcode="6900000000001", name="鲁花花生油 5L")
    source = products.ProductSource(owner)

    def found(text):
        return sorted(r[1] for r in source.page(ListRequest(search=text)).rows)

    assert found("大米") == ["RICE-5"]          # 2 Chinese characters: fallback
    assert found("花生油") == ["OIL-1"]         # 3+: trigram index
    assert found("234567") == ["RICE-5"]       # inside the barcode
    assert found("oil") == ["OIL-1"]           # case-insensitive
    assert found("不存在的") == []
    assert found("%") == [] and found("_") == []  # LIKE wildcards are searched for, not obeyed
    assert source.count(ListRequest(search="花生油")) == 1 and source.count(ListRequest(search="5kg")) == 1
    assert products.find_by_code("06901234567890") == Product.get(Product.sku == "RICE-5").id


def test_stocktake_posts_differences_without_overwriting_later_sales(shop):
    owner, warehouse = shop[Role.OWNER], shop[Role.WAREHOUSE]
    a = listed(owner, "A", 20)
    b = listed(owner, "B", 5)
    session = stocktake.start(warehouse, "十一月盘点", blind=True)
    source = stocktake.StocktakeLineSource(warehouse, session)
    assert "book" not in [c.key for c in source.columns]  # blind: counters do not see book stock
    stocktake.enter_count(warehouse, session, "A", 18)     # counted 18, book 20 → −2
    with transaction():
        stock.move(a, MovementKind.SALE, -3, user_id=None)  # a sale ships after the count
    stocktake.enter_count(warehouse, session, b, 5)
    diffs = stocktake.variances(owner, session)
    assert [(v.sku, v.difference) for v in diffs] == [("A", -2)]
    with pytest.raises(PermissionDenied):
        stocktake.post(warehouse, session)
    assert stocktake.post(shop[Role.SUPERVISOR], session) == 1
    assert Product.get_by_id(a).stock_qty == 15  # 20 − 3 sold − 2 missing
    with pytest.raises(Conflict, match="Posted"):
        stocktake.enter_count(warehouse, session, "A", 1)
    assert AuditLog.select().where(AuditLog.entity == "stocktake", AuditLog.action == "post").count() == 1


def test_scanner_counts_add_up_and_unknown_codes_are_named(shop):
    owner = shop[Role.OWNER]
    listed(owner, "A", 2)
    session = stocktake.start(owner, "扫码盘点")
    stocktake.enter_count(owner, session, "A", 1, add=True)
    line = stocktake.enter_count(owner, session, "A", 1, add=True)
    assert line["counted"] == 2
    with pytest.raises(Exception, match="No product has the SKU or barcode 'ZZZ'"):
        stocktake.enter_count(owner, session, "ZZZ", 1)
