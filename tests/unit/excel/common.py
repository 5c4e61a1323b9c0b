"""What the excel tests share: the fixture folder and a product-like set of fields."""
from __future__ import annotations

from pathlib import Path

from shopmanager.excel import FieldSpec

FIXTURES = Path(__file__).parents[2] / "fixtures" / "excel"
SAMPLES = ["products-sample.xlsx", "products-sample.xls", "products-sample.ods", "products-sample-gbk.csv"]

PRODUCT_FIELDS = [
    FieldSpec("name", lambda: "Name", required=True, synonyms=["商品名称", "品名", "商品"], max_length=200,
              group_consistent=True),
    FieldSpec("sku", lambda: "SKU", required=True, synonyms=["货号", "商家编码", "商品编码"], max_length=64),
    FieldSpec("barcode", lambda: "Barcode", synonyms=["条码", "条形码"], group_consistent=True),
    FieldSpec("category", lambda: "Category", synonyms=["类目", "分类"], group_consistent=True),
    FieldSpec("price", lambda: "Price", kind="money", synonyms=["售价", "零售价"], group_consistent=True),
    FieldSpec("cost", lambda: "Cost", kind="money", synonyms=["成本", "进价"]),
    FieldSpec("shelf_life", lambda: "Shelf life", kind="int", synonyms=["保质期(天)", "保质期"]),
    FieldSpec("made", lambda: "Production date", kind="date", synonyms=["生产日期"]),
]
