"""The one import dialog: choose a file, map its columns (guessed, or a saved mapping),
preview, check (dry run), import, and save the rows with an error column to fix."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.ui import messages
from shopmanager.ui.dialogs import Dialog
from shopmanager.ui.state import UiState
from shopmanager.ui.tasks import runner

FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"
PREVIEW_MAX_WIDTH = 260  # a long address or message stays one column, not the whole view
PREVIEW_ROWS = 30
FLAGGED_ROWS = 200  # rows with a problem or warning shown in the preview besides the first ones
PROBLEM_BACKGROUND = QColor("#fde2e1")  # a row with a problem
WARNING_BACKGROUND = QColor("#f8b4b0")  # red: a shipped order taking stock below zero
WARNING_TEXT = QColor("#b3261e")


@dataclass
class ImportTarget:
    """What is imported: its fields, how to guess the mapping, how to run the import."""

    name: str  # "products" | "orders"
    title: Callable[[], str]
    fields: Callable[[], list]
    run: Callable[..., Any]  # (actor, path, mapping, dry_run=, progress=, sheet=) -> report
    template: Callable[[Path], Any] | None = None
    presets: Callable[[], dict[str, dict[str, str]]] | None = None  # built-in mappings by name


def products_target() -> ImportTarget:
    from shopmanager.services import product_import

    def template(path: Path):
        from shopmanager.excel import write_template

        return write_template(path, product_import.import_fields(), example_row={
            "sku": "SP0000001", "name": "五常大米 家庭装 5kg", "barcode": "06901234567892", "category": "粮油米面",
            "brand": "稻花香", "spec": "5kg", "origin": "黑龙江五常", "shelf_life_days": 365, "price_cents": "59.90",
            "supplier": "五常米业", "opening_stock": 100})

    return ImportTarget("products", lambda: tr("Import", "Import products"), product_import.import_fields,
                        product_import.run_import, template)


def orders_target() -> ImportTarget:
    from shopmanager.services import order_import

    def presets() -> dict[str, dict[str, str]]:
        return {order_import.preset_label(name): order_import.preset_mapping(name) for name in order_import.PRESETS}

    return ImportTarget("orders", lambda: tr("Import", "Import platform orders"), order_import.order_fields,
                        order_import.run_import, None, presets)


def printable_cell(value: Any) -> str:
    """A cell as the preview shows it: control characters and bidi overrides as escapes."""
    from shopmanager.core.text import printable

    return printable(str(value))


class ImportDialog(Dialog):
    def __init__(self, parent: QWidget | None, context, target: str | ImportTarget):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.target = products_target() if target == "products" else target
        self.setWindowTitle(self.target.title())
        self.sheet = None
        self.path: Path | None = None
        self.report = None
        self.unknown_items: list[dict] = []
        self.state = UiState()

        self.file_label = QLineEdit(self)
        self.file_label.setObjectName("file")
        self.file_label.setReadOnly(True)
        self.file_label.setPlaceholderText(tr("Import", "Choose an Excel or CSV file…"))
        browse = QPushButton(tr("Import", "Choose file…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self.choose_file)
        template = QPushButton(tr("Import", "Download template…"), self)
        template.setObjectName("template")
        template.clicked.connect(self.save_template)
        template.setVisible(self.target.template is not None)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Import", "File"), self))
        top.addWidget(self.file_label, 1)
        top.addWidget(browse)
        top.addWidget(template)

        self.saved = QComboBox(self)
        self.saved.setObjectName("saved_mappings")
        self.saved.activated.connect(self.apply_saved)
        save_mapping = QPushButton(tr("Import", "Save mapping…"), self)
        save_mapping.setObjectName("save_mapping")
        save_mapping.clicked.connect(self.save_mapping)
        self.saved.setToolTip(tr("Import", "Column mapping"))
        mapping_bar = QHBoxLayout()
        mapping_bar.addWidget(self.saved, 1)  # a platform's layout name readable whole (no label beside it)
        mapping_bar.addWidget(save_mapping)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels([tr("Import", "Field"), tr("Import", "Column in your file")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 220)
        self.combos: dict[str, QComboBox] = {}
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(mapping_bar)
        left_layout.addWidget(self.mapping)

        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([tr("Import", "Row"), tr("Import", "Column"), tr("Import", "Problem")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_label = QLabel(tr("Import", "Preview"), self)
        self.problems_label = QLabel(tr("Import", "Problems"), self)
        self.unknown = QTableWidget(0, 4, self)
        self.unknown.setObjectName("unknown_items")
        self.unknown.setHorizontalHeaderLabels([tr("Import", "Item in the file"), tr("Import", "Rows"),
                                                tr("Import", "Quantity"), tr("Import", "Our product")])
        self.unknown.verticalHeader().setVisible(False)
        self.unknown.horizontalHeader().setStretchLastSection(True)
        self.unknown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unknown.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unknown.doubleClicked.connect(lambda index: self.map_unknown(index.row()))
        self.unknown_label = QLabel(self)
        self.unknown_label.setWordWrap(True)
        self.map_button = QPushButton(tr("Import", "Choose our product…"), self)
        self.map_button.setObjectName("map_item")
        self.map_button.clicked.connect(lambda: self.map_unknown(self.unknown.currentRow()))
        unknown_bar = QHBoxLayout()
        unknown_bar.addWidget(self.unknown_label, 1)
        unknown_bar.addWidget(self.map_button)
        self.unknown_box = QWidget(self)
        unknown_layout = QVBoxLayout(self.unknown_box)
        unknown_layout.setContentsMargins(0, 0, 0, 0)
        unknown_layout.addLayout(unknown_bar)
        unknown_layout.addWidget(self.unknown)
        self.unknown_box.setVisible(False)
        self.unknown_box.setMaximumHeight(170)  # the preview keeps most of the height
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 3)
        right_layout.addWidget(self.unknown_box, 2)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.problems, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([400, 740])

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(tr("Import", "Check (dry run)"), self)
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(tr("Import", "Import"), self)
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.errors_button = QPushButton(tr("Import", "Save rows with errors…"), self)
        self.errors_button.setObjectName("save_errors")
        self.errors_button.clicked.connect(self.save_errors)
        close = QPushButton(tr("Import", "Close"), self)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.errors_button)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1180, 680)  # fits a 1366×768 screen (1366×728 work area) with its frame
        self._fill_saved()
        self._set_enabled()

    # -- state ---------------------------------------------------------------------------
    def _set_enabled(self) -> None:
        loaded = self.sheet is not None
        self.check_button.setEnabled(loaded)
        self.import_button.setEnabled(loaded)
        self.errors_button.setEnabled(bool(self.report and self.report.problems))

    def _fill_saved(self) -> None:
        from shopmanager.services.import_pipeline import saved_mappings

        self.saved.clear()
        self.saved.addItem(tr("Import", "Guess from the headers"), None)
        for name, by_header in (self.target.presets() if self.target.presets else {}).items():
            self.saved.addItem(name, by_header)
        for name, by_header in saved_mappings(self.target.name).items():
            self.saved.addItem(tr("Import", "Saved: {name}").format(name=name), by_header)

    # -- file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = messages.choose_open_file(self, tr("Import", "Choose a file to import"), FILE_FILTER,
                                         self.state.last_folder())
        if path:
            self.state.set_last_folder(path)
            self.load(Path(path))

    def load(self, path: Path) -> None:
        from shopmanager.services.import_pipeline import read

        def loaded(sheet) -> None:
            self.path, self.sheet, self.report = path, sheet, None
            self.file_label.setText(str(path))
            self._show_mapping(self._guess())
            self._show_preview()
            self._show_problems([])
            self._show_unknown(None)
            self.summary.setText(tr("Import", "{n} rows read from sheet '{sheet}'. Check the mapping, then Check or "
                                              "Import.").format(n=f"{len(sheet.rows):,}", sheet=sheet.sheet_name))
            self._set_enabled()

        runner().run(lambda progress: read(path, progress), parent=self, title=tr("Import", "Reading the file…"),
                     on_success=loaded)

    def _guess(self) -> dict[str, int]:
        from shopmanager.excel import guess_mapping

        return guess_mapping(self.sheet.headers, self.target.fields())

    def _show_mapping(self, mapping: dict[str, int]) -> None:
        fields = self.target.fields()
        self.mapping.setRowCount(len(fields))
        self.combos = {}
        for row, field in enumerate(fields):
            label = field.label() + (" *" if field.required else "")
            item = QTableWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"map_{field.key}")
            combo.addItem(tr("Import", "(not imported)"), -1)
            for index, header in enumerate(self.sheet.headers):
                combo.addItem(header or tr("Import", "(column {n})").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(mapping.get(field.key, -1)))
            self.mapping.setCellWidget(row, 1, combo)
            self.combos[field.key] = combo

    def current_mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() >= 0}

    def apply_saved(self) -> None:
        if self.sheet is None:
            return
        by_header = self.saved.currentData()
        if by_header is None:
            self._show_mapping(self._guess())
            return
        from shopmanager.services.import_pipeline import apply_saved

        mapping, missing = apply_saved(self.sheet.headers, by_header)
        self._show_mapping(mapping)
        if missing:
            messages.warning(self, tr("Import", "These columns of the saved mapping are not in this file: {names}")
                             .format(names=", ".join(missing)))

    def save_mapping(self) -> None:
        if self.sheet is None:
            return
        from shopmanager.services.import_pipeline import save_mapping

        name = messages.ask_text(self, tr("Import", "Save mapping"), tr("Import", "Name of this mapping:"))
        if not name:
            return
        try:
            save_mapping(self.actor, name, self.sheet.headers, self.current_mapping(), self.target.name)
        except ShopError as error:
            messages.error(self, str(error))
            return
        self._fill_saved()

    def _show_preview(self, report=None) -> None:
        """The first rows of the file; after a check also the rows with a problem (pink) or a
        warning (red: a shipped order that takes stock below zero), wherever they are."""
        headers = self.sheet.headers
        problem_rows = {p.row for p in report.problems} if report is not None else set()
        warning_rows = {w.row for w in getattr(report, "warnings", [])} if report is not None else set()
        flagged = (problem_rows | warning_rows) - {0}
        position = {number: index for index, number in enumerate(self.sheet.row_numbers)}
        shown = list(range(min(PREVIEW_ROWS, len(self.sheet.rows))))
        extra = sorted(position[n] for n in flagged if n in position and position[n] >= PREVIEW_ROWS)[:FLAGGED_ROWS]
        shown += extra
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(self.sheet.row_numbers[i]) for i in shown])
        for r, index in enumerate(shown):
            number = self.sheet.row_numbers[index]
            background = WARNING_BACKGROUND if number in warning_rows else \
                PROBLEM_BACKGROUND if number in problem_rows else None
            for c, value in enumerate(self.sheet.rows[index][:len(headers)]):
                item = QTableWidgetItem("" if value is None else printable_cell(value))
                if background is not None:
                    item.setBackground(QBrush(background))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()  # order numbers and phones readable whole
        for c in range(len(headers)):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), PREVIEW_MAX_WIDTH))
        text = tr("Import", "Preview: the first {n} rows of {total}").format(
            n=min(PREVIEW_ROWS, len(self.sheet.rows)), total=f"{len(self.sheet.rows):,}")
        if extra:
            text += tr("Import", ", and {n} more rows with a problem or warning").format(n=len(extra))
        if warning_rows:
            text += " · " + tr("Import", "red: shipped orders that take stock below zero")
        self.preview_label.setText(text)

    def _show_problems(self, problems: list, warnings: list | None = None) -> None:
        warnings = warnings or []
        self.problems.setRowCount(len(problems) + len(warnings))
        for r, (problem, warning) in enumerate([(p, False) for p in problems] + [(w, True) for w in warnings]):
            for c, text in enumerate((str(problem.row) if problem.row else "", problem.column, problem.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long message readable whole
                if warning:
                    item.setForeground(QBrush(WARNING_TEXT))
                self.problems.setItem(r, c, item)
        label = tr("Import", "Problems ({n})").format(n=len(problems))
        if warnings:
            label += " · " + tr("Import", "warnings, in red ({n}): they do not stop the import").format(n=len(warnings))
        self.problems_label.setText(label)

    def _show_unknown(self, report) -> None:
        """Items the file names that are none of our products (orders: map them here, once)."""
        items = report.details.get("unknown", []) if report is not None else []
        self.unknown_items = items
        self.unknown_box.setVisible(bool(items))
        self.unknown.setRowCount(len(items))
        for r, item in enumerate(items):
            code = item["code"] if item["kind"] == "sku" else ""
            name = f"{code} · {item['title']}" if code and item["title"] else code or item["title"]
            rows = ", ".join(str(n) for n in item["rows"][:6]) + ("…" if len(item["rows"]) > 6 else "")
            cells = [name, rows, str(item["qty"]), item.get("mapped", tr("Import", "unknown — double-click to choose"))]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(printable_cell(text))
                if c == 3 and "mapped" not in item:
                    cell.setForeground(QBrush(WARNING_TEXT))
                self.unknown.setItem(r, c, cell)
        self.unknown.resizeColumnToContents(0)
        self.unknown.setColumnWidth(0, min(self.unknown.columnWidth(0), 340))
        self.unknown_label.setText(tr("Import", "Items in the file that are none of our products: {n}. Choose ours "
                                                "for each (remembered for this channel), or let the import create "
                                                "placeholder products.").format(n=len(items)))

    def map_unknown(self, row: int) -> None:
        """Hook of the orders dialog."""

    # -- run -----------------------------------------------------------------------------
    def run_options(self) -> dict[str, Any]:
        """Extra keyword arguments of the target's run (the orders dialog adds channel and placeholders)."""
        return {}

    def start(self, *, dry_run: bool) -> None:
        if self.sheet is None:
            return
        if not dry_run and not messages.confirm(self, tr(
                "Import", "Import {n} rows from {file}? Every row is checked first: if one has a problem, nothing is "
                          "written.").format(
                    n=f"{len(self.sheet.rows):,}", file=self.path.name), yes_text=tr("Import", "Import")):
            return
        mapping, actor, path, sheet, options = self.current_mapping(), self.actor, self.path, self.sheet, \
            self.run_options()

        def work(progress):
            return self.target.run(actor, path, mapping, dry_run=dry_run, progress=progress, sheet=sheet, **options)

        runner().run(work, parent=self, title=tr("Import", "Checking…") if dry_run else tr("Import", "Importing…"),
                     on_success=self.finished)

    def finished(self, report) -> None:
        self.report = report
        self._show_problems(report.problems, getattr(report, "warnings", []))
        self._show_preview(report)
        self._show_unknown(report)
        self._set_enabled()
        counts = tr("Import", "{created} new, {updated} updated, {unchanged} unchanged").format(
            created=f"{report.created:,}", updated=f"{report.updated:,}", unchanged=f"{report.unchanged:,}")
        notes = "\n".join(getattr(report, "notes", [])[:4])
        if report.problems:
            self.summary.setText(tr("Import", "{n} problems: nothing was imported. Fix them in your file (or save the "
                                              "rows with an error column), then try again.").format(
                n=len(report.problems)))
        elif report.dry_run:
            self.summary.setText(tr("Import", "Check passed: the import would give {counts}. Nothing was written yet.")
                                 .format(counts=counts) + ("\n" + notes if notes else ""))
        else:
            self.summary.setText(tr("Import", "Imported: {counts}.").format(counts=counts))
            self.context.changed(self.target.name.rstrip("s"))
            messages.info(self, tr("Import", "Imported: {counts}.").format(counts=counts) + ("\n\n" + notes if notes
                                                                                              else ""))
            self.accept()

    def save_errors(self) -> None:
        from shopmanager.services.import_pipeline import write_errors

        if not self.report or not self.report.problems:
            return
        suggested = str(self.path.with_name(f"{self.path.stem}-errors.xlsx"))
        target = messages.choose_save_file(self, tr("Import", "Save rows with errors"),
                                           tr("Tables", "Excel files (*.xlsx)"), suggested)
        if not target:
            return
        try:
            write_errors(Path(target), self.sheet, self.report.problems)
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Import", "Saved {path}: your rows with an error column. Fix them and import this "
                                         "file again.").format(path=target))

    def save_template(self) -> None:
        target = messages.choose_save_file(self, tr("Import", "Save import template"),
                                           tr("Tables", "Excel files (*.xlsx)"),
                                           str(Path(self.state.last_folder()) / f"{self.target.name}-template.xlsx"))
        if not target:
            return
        try:
            self.target.template(Path(target))
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Import", "Template saved to {path}").format(path=target))




class OrdersImportDialog(ImportDialog):
    """The import dialog for platform order files: which channel, what the file is (order
    report, item report, lines), unknown items mapped to our products, placeholders."""

    def __init__(self, parent: QWidget | None, context):
        super().__init__(parent, context, orders_target())
        from PySide6.QtWidgets import QCheckBox

        from shopmanager.core.orders import Channel, channel_label

        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.channel.addItem(tr("Import", "Channel: from the file's layout"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.placeholders = QCheckBox(tr("Import", "Create placeholder products for unknown items"), self)
        self.placeholders.setObjectName("placeholders")
        self.layout_hint = QLabel(self)
        self.layout_hint.setObjectName("layout_hint")
        self.layout_hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.channel)
        bar.addWidget(self.placeholders)
        bar.addWidget(self.layout_hint, 1)
        self.layout().insertLayout(1, bar)

    def _guess(self) -> dict[str, int]:
        from shopmanager.services import order_import

        preset = order_import.detect_preset(self.sheet.headers)
        if preset:
            self.saved.setCurrentIndex(max(0, self.saved.findText(order_import.preset_label(preset))))
        mapping = order_import.guess(self.sheet, preset)
        layout = order_import.layout_of(mapping, self.sheet.headers)
        self.layout_hint.setText({
            "orders": tr("Import", "An order report without prices per item: import the item report (宝贝报表) "
                                   "too — before or after — to link each order's products."),
            "items": tr("Import", "An item report (宝贝报表): its lines join the orders of the order report "
                                  "(订单报表), imported before or after."),
        }.get(layout, ""))
        return mapping

    def run_options(self) -> dict[str, Any]:
        return {"channel": self.channel.currentData(), "create_missing_products": self.placeholders.isChecked()}

    def _channel(self) -> str | None:
        from shopmanager.services import order_import

        if self.channel.currentData():
            return self.channel.currentData()
        preset = order_import.detect_preset(self.sheet.headers) if self.sheet is not None else None
        return order_import.PRESETS[preset][0].value if preset else None

    def map_unknown(self, row: int) -> None:
        """Choose our product for an item of the file; remembered for the channel, then checked again."""
        from shopmanager.services import order_import

        if not 0 <= row < len(self.unknown_items):
            return
        item = self.unknown_items[row]
        channel = self._channel()
        if channel is None:
            messages.warning(self, tr("Import", "Choose the channel (platform) these orders come from first: the "
                                                "choice is remembered for that channel."))
            return
        shown = item["code"] if item["kind"] == "sku" else item["title"]
        text = messages.ask_text(self, tr("Import", "Our product for {item}").format(item=shown),
                                 tr("Import", "SKU, barcode or part of the name of our product:"))
        if not text:
            return
        found = order_import.find_product(text)
        if not found:
            messages.warning(self, tr("Import", "No product has the SKU or barcode '{text}', nor a name with it.")
                             .format(text=text))
            return
        labels = [f"{sku} — {name}" for _id, sku, name in found]
        chosen = labels[0]
        if len(found) > 1:
            chosen = messages.ask_choice(self, tr("Import", "Our product for {item}").format(item=shown),
                                         tr("Import", "Which product?"), labels)
            if chosen is None:
                return
        try:
            order_import.remember_code(self.actor, channel, item["kind"], item["code"], found[labels.index(chosen)][0])
        except ShopError as error:
            messages.error(self, str(error))
            return
        item["mapped"] = chosen
        self._show_unknown(self.report)
        self.start(dry_run=True)  # the check again, with the mapping
