"""Chinese first: every text of the program has a Chinese translation that keeps its placeholders."""
from __future__ import annotations

import re

from shopmanager.core import i18n
from shopmanager.devtools.update_translations import all_strings, read_ts

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_string_in_the_code_has_a_chinese_translation():
    catalog = read_ts(i18n.catalog_file("zh_CN"))
    missing = [f"[{context}] {source}" for context, source in sorted(all_strings())
               if not catalog.get((context, source), ("", False))[1]]
    assert missing == [], "run `make translations` and translate:\n" + "\n".join(missing[:30])


def test_translations_keep_every_placeholder():
    catalog = read_ts(i18n.catalog_file("zh_CN"))
    broken = [source for (context, source), (text, finished) in catalog.items()
              if finished and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text))]
    assert broken == []


def test_the_catalog_is_used_by_tr():
    i18n.set_language("zh_CN")
    try:
        assert i18n.tr("Roles", "Shipping clerk") == "发货员"
        assert i18n.tr("Nope", "not in the catalog") == "not in the catalog"
    finally:
        i18n.set_language("en")
