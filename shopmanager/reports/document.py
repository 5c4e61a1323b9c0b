"""One document template: header and footer on every page, "Page x of y", atomic files."""
from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.reports.style import FONT_NAME, MUTED, RULE, STYLES, register_fonts, use_language_wrapping

MARGIN = 14 * mm


@dataclass
class ReportMeta:
    title: str
    shop_name: str
    period: str = ""
    printed_by: str = ""
    printed_at: dt.datetime | None = None
    subtitle: str = ""
    landscape: bool = False


class _NumberedCanvas(pdf_canvas.Canvas):
    """Holds the pages back until the end so each footer can say 'of N'."""

    def __init__(self, *args, meta: ReportMeta, **kwargs):
        kwargs.setdefault("initialFontName", FONT_NAME)  # no stray Helvetica in the file
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._meta = meta

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        meta = self._meta
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.setFillColor(MUTED)
        self.setFont(FONT_NAME, 8.5)
        top = height - MARGIN + 4 * mm
        self.drawString(MARGIN, top, meta.shop_name)
        right = " · ".join(part for part in (meta.title, meta.period) if part)
        self.drawRightString(width - MARGIN, top, right)
        self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        bottom = MARGIN - 7 * mm
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        printed = meta.printed_at or dt.datetime.now()
        self.drawString(MARGIN, bottom, tr("Reports", "Printed by {name} at {time}").format(
            name=meta.printed_by or "—", time=printed.strftime("%Y-%m-%d %H:%M")))
        self.drawRightString(width - MARGIN, bottom, tr("Reports", "Page {page} of {pages}").format(
            page=self._pageNumber, pages=total))
        self.restoreState()


def _document(target, meta: ReportMeta) -> BaseDocTemplate:
    register_fonts()
    size = landscape(A4) if meta.landscape else A4
    document = BaseDocTemplate(target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 4 * mm,
                               bottomMargin=MARGIN, title=meta.title, author=meta.shop_name,
                               creator="ShopManager", subject=meta.period)
    frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return document


def content_width(meta: ReportMeta) -> float:
    size = landscape(A4) if meta.landscape else A4
    return size[0] - 2 * MARGIN


def _story(meta: ReportMeta, story: list) -> list:
    head = [Paragraph(meta.title, STYLES["title"])]
    subtitle = " · ".join(part for part in (meta.subtitle, meta.period) if part)
    if subtitle:
        head.append(Paragraph(subtitle, STYLES["subtitle"]))
    return head + list(story)


def build_pdf_bytes(meta: ReportMeta, story: list, *, progress: Progress | None = None) -> bytes:
    """The PDF as bytes (for the preview); raises Cancelled if the user stopped it."""
    if progress is not None:
        progress.check()
    use_language_wrapping()
    buffer = io.BytesIO()
    document = _document(buffer, meta)
    document.build(_story(meta, story), canvasmaker=lambda *a, **k: _NumberedCanvas(*a, meta=meta, **k))
    return buffer.getvalue()


def build_pdf(path: Path, meta: ReportMeta, story: list, *, progress: Progress | None = None) -> Path:
    """Write the PDF atomically: a failed report leaves no half file and keeps an older one."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(build_pdf_bytes(meta, story, progress=progress))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ShopError(tr("Reports", "Cannot write {path}: {reason}").format(path=path, reason=error.strerror)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path
