"""Print preview, printing and saving for every report: the one PDF built by reports/
is shown page by page (rendered with PDFium), printed through QPrintDialog, or saved.

Qt's own PDF module is not part of the PySide6 wheels we use; pypdfium2 renders the
pages so what is printed is exactly the PDF that is saved."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.ui import messages
from shopmanager.ui.dialogs import Dialog
from shopmanager.ui.state import UiState

PREVIEW_DPI = 96
PRINT_DPI_LIMIT = 300


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float, first: int = 0, last: int | None = None):
    """Yield each page of `pdf` as a QImage at `dpi`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        last = len(document) if last is None else min(last, len(document))
        for index in range(first, last):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
            yield image.copy()  # own the pixels before PDFium frees its bitmap
    finally:
        document.close()


def print_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Paint every page of the PDF onto the printer, fitted to its page."""
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Reports", "The printer could not be started."))
    try:
        first = True
        for image in render_pages(pdf, dpi):
            if not first:
                printer.newPage()
            first = False
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            size = image.size() * scale
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()


class PdfPreviewDialog(Dialog):
    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, suggested_name: str):
        super().__init__(parent)
        self.pdf, self.suggested_name = pdf, suggested_name
        self.setWindowTitle(title)
        self.pages = QWidget(self)
        pages_layout = QVBoxLayout(self.pages)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for image in render_pages(pdf, PREVIEW_DPI):
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #bbb; background: white;")
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #777; }")
        self.print_button = QPushButton(tr("Reports", "Print…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(tr("Reports", "Save as PDF…"), self)
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(tr("Reports", "Close"), self)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        info = QLabel(tr("Reports", "{n} page(s)").format(n=len(self.page_labels)), self)
        bar = QHBoxLayout()
        bar.addWidget(info)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.resize(900, 1000)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(printer, self.pdf)
        except OSError as error:
            messages.error(self, str(error))

    def save_pdf(self) -> None:
        state = UiState()
        path = messages.choose_save_file(self, tr("Reports", "Save as PDF"), tr("Reports", "PDF files (*.pdf)"),
                                         str(Path(state.last_folder()) / self.suggested_name))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target = Path(path)
        temporary = target.with_name(target.name + ".part")
        try:
            temporary.write_bytes(self.pdf)
            temporary.replace(target)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            messages.error(self, tr("Reports", "Cannot save {path}: {reason}").format(path=path, reason=error.strerror))
            return
        state.set_last_folder(path)
        messages.info(self, tr("Reports", "Saved to {path}").format(path=path))


def show_report(parent: QWidget, title: str, build: Callable[[Progress], bytes], suggested_name: str) -> None:
    """Build the PDF on the task runner, then open the preview."""
    from shopmanager.ui.tasks import runner

    def done(pdf: bytes) -> None:
        PdfPreviewDialog(parent, pdf, title, suggested_name).exec()

    runner().run(build, parent=parent, title=tr("Reports", "Preparing {title}…").format(title=title), on_success=done)
