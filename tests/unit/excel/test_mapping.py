"""Columns found by their headers, in Chinese or English, however the user spelled them;
a saved mapping reused on the next file of the same layout."""
from __future__ import annotations

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.excel import ERROR_COLUMN, FieldSpec, Mapping, guess_mapping
from tests.unit.excel.common import PRODUCT_FIELDS


@pytest.mark.parametrize("headers, expected", [
    (["商品名称", "货号", "售价(元)", "条码"], {"name": 0, "sku": 1, "price": 2, "barcode": 3}),
    (["SKU", "Product Name", "PRICE", "cost"], {"sku": 0, "name": 1, "price": 2, "cost": 3}),
    (["商家编码", "宝贝名称", "售价（元）", "商品条码"], {"sku": 0, "price": 2, "barcode": 3}),
    ([" 货 号 ", "ＳＫＵ名称", "零售价 (元)"], {"sku": 0, "price": 2}),
    (["name", "sku", "Shelf-Life", "production_date"], {"name": 0, "sku": 1, "shelf_life": 2, "made": 3}),
])
def test_headers_are_matched_whatever_the_spelling(headers, expected):
    assert guess_mapping(headers, PRODUCT_FIELDS) == expected


def test_longest_name_wins_when_a_header_contains_several():
    # '商品条码' contains both '商品' (a synonym of name) and '条码' (barcode); '商品名称' is the name.
    assert guess_mapping(["商品条码", "商品名称"], PRODUCT_FIELDS) == {"barcode": 0, "name": 1}
    assert guess_mapping(["条形码(69码)", "商品"], PRODUCT_FIELDS) == {"barcode": 0, "name": 1}


def test_each_column_is_used_once_and_exact_names_come_first():
    mapping = guess_mapping(["成本价", "成本"], PRODUCT_FIELDS)
    assert mapping == {"cost": 1}


def test_error_column_of_an_error_file_is_never_mapped():
    fields = PRODUCT_FIELDS + [FieldSpec("remark", lambda: "Errors", synonyms=["错误"])]
    assert "remark" not in guess_mapping(["货号", ERROR_COLUMN], fields)


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown kind"):
        FieldSpec("x", lambda: "X", kind="money!")


def test_saved_mapping_round_trips_through_json_and_follows_moved_columns():
    headers = ["宝贝名称", "商家编码", "一口价", "备注"]
    saved = Mapping.from_columns(headers, {"name": 0, "sku": 1, "price": 2})
    text = saved.to_json()
    assert Mapping.from_json(text) == saved
    assert "宝贝名称" in text  # readable JSON, not \\u escapes: the service stores it as it is
    columns, missing = Mapping.from_json(text).apply(["备注", "一口价", "宝贝名称", "商家编码"])
    assert columns == {"name": 2, "sku": 3, "price": 1} and missing == []


def test_applying_a_saved_mapping_reports_headers_the_new_file_lacks():
    saved = Mapping({"宝贝名称": "name", "商家编码": "sku", "一口价": "price"})
    columns, missing = saved.apply(["宝贝名称", "一口价 (元)", "商家 编码"])
    assert columns == {"name": 0, "sku": 2} and missing == ["一口价"]


def test_spacing_and_width_differences_do_not_break_a_saved_mapping():
    columns, missing = Mapping({"售价（元）": "price"}).apply(["售价 (元)"])
    assert columns == {"price": 0} and missing == []


def test_saved_mapping_reads_what_the_service_stored_before():
    # services/product_import.save_mapping stores json.dumps({header: key}, ensure_ascii=False)
    assert Mapping.from_json('{"货号": "sku", "名称": "name"}').apply(["名称", "货号"])[0] == {"sku": 1, "name": 0}


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"货号": 3}'])
def test_damaged_saved_mapping_is_a_validation_error(text):
    with pytest.raises(ValidationError, match="choose the columns again"):
        Mapping.from_json(text)
