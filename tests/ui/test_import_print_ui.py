"""Import dialog and print preview as the user drives them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from shopmanager.core.permissions import Role
from shopmanager.db.models import Product
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window

FIXTURES = Path(__file__).parents[1] / "fixtures" / "excel"


def test_import_dialog_guesses_checks_shows_problems_and_imports(qtbot, sqlite_db, sqlite_shop, dialogs, tmp_path):
    from shopmanager.ui.pages.importing import ImportDialog

    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    bad = tmp_path / "bad.csv"
    bad.write_text("货号,商品名称,售价\nA1,大米,12.5\nA2,,abc\n", encoding="utf-8")
    dialog = ImportDialog(window, window.context, "products")
    qtbot.addWidget(dialog)
    dialogs.answer(str(bad))
    dialog.choose_file()
    wait_for_tasks(qtbot)
    assert dialog.combos["sku"].currentText() == "货号" and dialog.combos["price_cents"].currentText() == "售价"
    assert dialog.preview.rowCount() == 2
    dialog.check_button.click()
    wait_for_tasks(qtbot)
    assert dialog.problems.rowCount() == 2
    assert dialog.problems.item(0, 1).text() == "商品名称" and "required" in dialog.problems.item(0, 2).text()
    assert "nothing was imported" in dialog.summary.text() and Product.select().count() == 0
    errors = tmp_path / "bad-errors.xlsx"
    dialogs.answer(str(errors))
    dialog.errors_button.click()
    assert errors.exists()
    dialogs.answer(str(FIXTURES / "products-sample.ods"))
    dialog.choose_file()
    wait_for_tasks(qtbot)
    dialog.check_button.click()
    wait_for_tasks(qtbot)
    assert "40 new" in dialog.summary.text() and Product.select().count() == 0
    dialogs.answer(True)
    dialog.import_button.click()
    wait_for_tasks(qtbot)
    assert Product.select().count() == 40
    assert "Imported: 40 new" in dialogs.last


def test_print_preview_shows_the_pages_and_saves_the_pdf(qtbot, sqlite_db, sqlite_shop, dialogs, tmp_path):
    from shopmanager.services.inventory_reports import inventory_alerts_pdf
    from shopmanager.ui.printing import PdfPreviewDialog

    owner = sqlite_shop[Role.OWNER]
    pdf = inventory_alerts_pdf(owner)
    dialog = PdfPreviewDialog(None, pdf, "Inventory alerts", "alerts.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 1 and not dialog.page_labels[0].pixmap().isNull()
    target = tmp_path / "saved.pdf"
    dialogs.answer(str(target))
    dialog.findChild(QPushButton, "save_pdf").click()
    assert target.read_bytes() == pdf


def test_printing_paints_every_page(qtbot, sqlite_db, sqlite_shop, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from shopmanager.services.inventory_reports import inventory_alerts_pdf
    from shopmanager.ui.printing import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf(printer, inventory_alerts_pdf(sqlite_shop[Role.OWNER]))
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
