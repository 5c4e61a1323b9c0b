"""The demo tells its progress in the language of whoever runs it (the shop's own texts, such
as the after-sales timeline, are written in the shop's language)."""
from __future__ import annotations

import re

from shopmanager.core.progress import Progress
from shopmanager.services import demo


def test_the_demos_progress_speaks_the_language_of_the_command(sqlite_db):
    labels: list[str] = []
    demo.create_demo_shop(demo.DemoSizes(products=40, customers=60, orders=160),
                          Progress(lambda done, total, text: labels.append(text)))
    assert "After-sales cases" in labels
    assert not [text for text in labels if re.search(r"[\u4e00-\u9fff]", text)]
