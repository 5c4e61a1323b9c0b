"""A demo shop is written in the shop's language, whatever language the command runs in:
its history and fund entries are what the shop's clerks read."""
from __future__ import annotations

from shopmanager.core.i18n import current_language, set_language
from shopmanager.db.models import AuditLog
from shopmanager.services import demo


def test_a_chinese_demo_built_from_an_english_command_line_keeps_chinese_history(db):
    set_language("en")
    try:
        demo.create_demo_shop(demo.DemoSizes(products=20, customers=0, orders=0), language="zh_CN")
        assert current_language() == "en"  # the command goes on speaking English
        created = AuditLog.get(AuditLog.action == "create", AuditLog.entity == "shop")
        assert created.summary == "演示店铺"
        scored = AuditLog.select().where(AuditLog.entity == "appraisal", AuditLog.action == "score").first()
        assert scored is not None and "score" not in scored.summary and "评" in scored.summary
    finally:
        set_language("en")
