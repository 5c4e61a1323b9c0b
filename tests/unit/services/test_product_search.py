"""Finding items for an order by name, SKU or barcode: exact code first, then a page at a time;
a one- or two-character search never holds the form longer than its time budget."""
from __future__ import annotations

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.bulk import deferred_search_index
from shopmanager.db.models import Product
from shopmanager.services import products
from shopmanager.services.context import transaction


def many(count: int, name: str = "毛巾") -> None:
    now = timeutil.now()
    rows = [{"sku": f"T{i:05d}", "name": f"{name} {i}号", "barcode": f"69{i:011d}", "created_at": now,
             "updated_at": now} for i in range(count)]
    with transaction(), deferred_search_index():
        for start in range(0, count, 1000):
            Product.insert_many(rows[start:start + 1000]).execute()


def test_by_name_by_code_and_page_by_page(shop):
    actor = shop[Role.CUSTOMER_SERVICE]
    many(45)
    rice = products.create_product(shop[Role.OWNER], {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "59.40",
                                                      "barcode": "6901234567890"})
    found = products.search_products(actor, "五常大米")
    assert [h.id for h in found.hits] == [rice] and found.next_after is None
    assert products.search_products(actor, "6901234567890").hits[0].id == rice  # a scanner's barcode
    first = products.search_products(actor, "毛巾", limit=20)
    second = products.search_products(actor, "毛巾", limit=20, after=first.next_after)
    third = products.search_products(actor, "毛巾", limit=20, after=second.next_after)
    names = [h.name for h in first.hits + second.hits + third.hits]
    assert len(names) == 45 == len(set(names)) and third.next_after is None
    exact = products.search_products(actor, "T00007")
    assert exact.hits[0].sku == "T00007"
    assert products.search_products(actor, "  ").hits == []


def test_a_short_search_stops_at_its_budget(shop, db, monkeypatch):
    actor = shop[Role.CUSTOMER_SERVICE]
    many(4000)
    found = products.search_products(actor, "毛巾")
    assert len(found.hits) == 20 and not found.cut_short
    monkeypatch.setattr(products, "SHORT_SEARCH_BUDGET", 0.0)
    nothing = products.search_products(actor, "鳕鱼")  # not there: the whole table would be read
    assert nothing.hits == []
    if db.kind == "sqlite":
        assert nothing.cut_short
    assert products.search_products(actor, "毛巾").hits is not None  # the connection works on afterwards
