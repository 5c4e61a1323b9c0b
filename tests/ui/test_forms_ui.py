"""The product and customer forms mark their required fields and show every field's error at once."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from shopmanager.core.permissions import Role
from shopmanager.db.models import Customer, Product
from shopmanager.ui.i18n import apply_language
from tests.ui.test_foundation_ui import make_window


def test_product_form_marks_required_fields_and_every_bad_field(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.pages.products import ProductDialog

    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    dialog = ProductDialog(window, window.context)
    qtbot.addWidget(dialog)
    assert dialog.w(QLabel, "name_label").text().endswith("*") and dialog.w(QLabel, "sku_label").text().endswith("*")
    assert not dialog.w(QLabel, "brand_label").text().endswith("*")
    dialog.w(QLineEdit, "price_cents").setText("十二块")
    dialog.w(QLineEdit, "shelf_life_days").setText("one year")
    dialog.accept()
    lines = dialog.message.text().splitlines()
    assert len(lines) == 4 and all(line.startswith("• ") for line in lines)
    for name in ("name", "sku", "price_cents", "shelf_life_days"):
        assert "c62828" in dialog.w(QLineEdit, name).styleSheet(), name
        assert dialog.w(QLineEdit, name).toolTip()
    assert Product.select().count() == 0
    dialog.w(QLineEdit, "name").setText("五常大米 5kg")
    dialog.w(QLineEdit, "sku").setText("RICE-5")
    dialog.w(QLineEdit, "price_cents").setText("59.4")
    dialog.w(QLineEdit, "shelf_life_days").setText("365")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and Product.get().price_cents == 5940


def test_customer_form_in_chinese_shows_both_errors(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.pages.customers import CustomerDialog

    apply_language("zh_CN")
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = CustomerDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("张" * 61)
    dialog.fields["phone"].setText("请打电话")
    dialog.accept()
    text = dialog.message.text()
    assert "姓名" in text or "名称" in text
    assert "请打电话" in text and len(text.splitlines()) == 2
    assert "c62828" in dialog.fields["name"].styleSheet() and "c62828" in dialog.fields["phone"].styleSheet()
    assert Customer.select().count() == 0
    assert [w.text() for w in dialog.findChildren(QLabel) if w.text().endswith("*")] == ["名称 *"]
