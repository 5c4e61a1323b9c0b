"""The one PDF report style (reportlab), used by every report of the program.

A report is a short function that composes blocks (tables, key/value forms, charts,
signature lines) into a story and calls build_pdf_bytes(meta, story): every page gets
the shop name, title, period, page numbers, who printed it and when, in the bundled
CJK font, embedded. reportlab is imported only when a report is built, so starting the
program does not pay for it.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "ReportMeta": "document", "build_pdf": "document", "build_pdf_bytes": "document",
    "ReportColumn": "blocks", "data_table": "blocks", "key_value_table": "blocks", "signature_block": "blocks",
    "section": "blocks", "note": "blocks", "page_break": "blocks", "bar_chart": "blocks", "line_chart": "blocks",
    "summary_cards": "blocks", "spacer": "blocks", "paragraph": "blocks",
    "register_fonts": "style", "FONT_NAME": "style",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(name)
    return getattr(import_module(f"shopmanager.reports.{_EXPORTS[name]}"), name)
