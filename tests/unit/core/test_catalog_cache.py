"""The parsed catalog is kept beside the .ts (like bytecode) and never goes stale."""
from __future__ import annotations

import os
import shutil

from shopmanager.core import i18n


def test_an_edited_catalog_is_read_again_and_the_kept_copy_replaced(tmp_path):
    catalog = tmp_path / "shopmanager_zh_CN.ts"
    shutil.copy(i18n.catalog_file("zh_CN"), catalog)
    first = i18n.read_catalog(catalog)
    assert first[("Main", "&Log out")] == "退出登录(&L)"
    kept = list((tmp_path / "__pycache__").glob("*.marshal"))
    assert len(kept) == 1
    assert i18n.read_catalog(catalog) == first  # from the kept copy

    catalog.write_text(catalog.read_text(encoding="utf-8").replace("退出登录(&amp;L)", "注销"), encoding="utf-8")
    os.utime(catalog, ns=(1, 1))  # even a clock that went backwards
    assert i18n.read_catalog(catalog)[("Main", "&Log out")] == "注销"
    assert len(list((tmp_path / "__pycache__").glob("*.marshal"))) == 1


def test_a_damaged_kept_copy_or_a_read_only_folder_falls_back_to_the_file(tmp_path):
    catalog = tmp_path / "shopmanager_zh_CN.ts"
    shutil.copy(i18n.catalog_file("zh_CN"), catalog)
    expected = i18n.read_catalog(catalog)
    for kept in (tmp_path / "__pycache__").glob("*.marshal"):
        kept.write_bytes(b"\x00garbage")
    assert i18n.read_catalog(catalog) == expected
    shutil.rmtree(tmp_path / "__pycache__")
    (tmp_path / "__pycache__").write_text("not a folder")
    assert i18n.read_catalog(catalog) == expected
