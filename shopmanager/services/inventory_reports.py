"""Inventory PDFs in the one report style: alerts, stocktake count sheet, differences."""
from __future__ import annotations

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.services import alerts, settings, stocktake
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.listing import ListRequest, ListSource

ROW_LIMIT = 5000  # a printed list longer than this is not read; the Excel export has everything


def _meta(actor: Actor, title: str, period: str = "", landscape: bool = False, subtitle: str = ""):
    from shopmanager.reports import ReportMeta

    return ReportMeta(title=title, shop_name=settings.get("shop.name"), period=period,
                      printed_by=actor.display_name or actor.username, printed_at=timeutil.now(),
                      subtitle=subtitle, landscape=landscape)


def _rows(source: ListSource, limit: int = ROW_LIMIT) -> list[tuple]:
    rows = []
    for row in source.iter_rows(ListRequest()):
        rows.append(row[:len(source.columns)])
        if len(rows) >= limit:
            break
    return rows


def _table(source: ListSource, rows: list[tuple], widths: dict[str, float] | None = None):
    from shopmanager.reports import ReportColumn, data_table

    kinds = {"int": "int", "money": "money", "date": "date", "datetime": "datetime"}
    aligns = {"int": "right", "money": "right"}
    columns = [ReportColumn(c.label(), (widths or {}).get(c.key), aligns.get(c.kind, "left"),
                            kinds.get(c.kind, "text")) for c in source.columns]
    return data_table(columns, rows)


def inventory_alerts_pdf(actor: Actor, progress: Progress | None = None) -> bytes:
    """Low stock, expiring batches and slow movers on one printable report."""
    from shopmanager.reports import build_pdf_bytes, note, section

    require(actor, Perm.PRODUCTS_VIEW, entity="product")
    progress = progress or Progress()
    story = []
    parts = [
        (alerts.LowStockSource(actor), tr("Alerts", "Low stock"), tr(
            "Alerts", "Listed products below {n} pieces or their own threshold.").format(
                n=settings.get("inventory.low_stock_threshold")), {"name": 80}),
        (alerts.ExpiredSource(actor), tr("Alerts", "Expired"), tr(
            "Alerts", "Batches in stock past their expiry date: book them as damage (报损)."), {"name": 70}),
        (alerts.ExpirySource(actor), tr("Alerts", "Expiring"), tr(
            "Alerts", "Batches in stock that expire within {n} days (soonest first).").format(
                n=settings.get("inventory.expiry_days")), {"name": 70}),
        (alerts.SlowSource(actor), tr("Alerts", "Slow movers"), tr(
            "Alerts", "Listed products in stock without a sale for {n} days.").format(
                n=settings.get("inventory.slow_days")), {"name": 70}),
    ]
    for step, (source, title, explanation, widths) in enumerate(parts, start=1):
        progress.update(step, len(parts) + 1, title)
        rows = _rows(source)
        total = source.count(ListRequest())
        story.append(section(f"{title} ({total})"))
        story.append(note(explanation))
        if rows:
            story.append(_table(source, rows, widths))
        else:
            story.append(note(tr("Alerts", "Nothing to report.")))
        if total > len(rows):
            story.append(note(tr("Alerts", "The first {n} of {total} rows; export to Excel for all of them.").format(
                n=len(rows), total=total)))
    pdf = build_pdf_bytes(_meta(actor, tr("Alerts", "Inventory alerts"), f"{timeutil.today():%Y-%m-%d}"), story)
    _log_print(actor, "product", tr("Alerts", "Inventory alerts"))
    progress.update(len(parts) + 1, len(parts) + 1, tr("Reports", "Done"))
    return pdf


def count_sheet_pdf(actor: Actor, stocktake_id: int, progress: Progress | None = None) -> bytes:
    """The sheet counters fill in by hand: blind sheets leave out the book stock."""
    from shopmanager.reports import ReportColumn, build_pdf_bytes, data_table, key_value_table, signature_block

    info = stocktake.get_stocktake(actor, stocktake_id)
    source = stocktake.StocktakeLineSource(actor, stocktake_id)
    progress = progress or Progress()
    progress.update(0, 2, tr("Stocktake", "Count sheet"))
    show_book = not info.blind
    rows = []
    for row in source.iter_rows(ListRequest(sort_key="sku")):
        sku, name, barcode = row[0], row[1], row[2]
        counted = row[4] if show_book else row[3]
        rows.append((sku, name, barcode, row[3] if show_book else "", "" if counted is None else counted, ""))
    columns = [ReportColumn(tr("Products", "SKU"), 28), ReportColumn(tr("Products", "Name"), 62),
               ReportColumn(tr("Products", "Barcode"), 30),
               ReportColumn(tr("Stocktake", "Book stock") if show_book else "", 18, "right"),
               ReportColumn(tr("Stocktake", "Counted"), 18, "right"), ReportColumn(tr("Stocktake", "Note"), 24)]
    story = [key_value_table([
        (tr("Stocktake", "Stocktake"), info.name), (tr("Products", "Category"), info.category),
        (tr("Stocktake", "Started"), f"{info.started_at:%Y-%m-%d %H:%M}"), (tr("Stocktake", "By"), info.started_by),
        (tr("Stocktake", "Blind count"), tr("Common", "Yes") if info.blind else tr("Common", "No")),
        (tr("Stocktake", "Lines"), str(info.lines)),
    ]), data_table(columns, rows), signature_block([tr("Stocktake", "Counted by"), tr("Stocktake", "Checked by")])]
    pdf = build_pdf_bytes(_meta(actor, tr("Stocktake", "Count sheet"), info.name), story)
    _log_print(actor, "stocktake", tr("Stocktake", "Count sheet"), stocktake_id)
    progress.update(2, 2, tr("Reports", "Done"))
    return pdf


def variance_pdf(actor: Actor, stocktake_id: int, progress: Progress | None = None) -> bytes:
    """Differences between counted and book stock, with their value for the owner."""
    from shopmanager.reports import ReportColumn, build_pdf_bytes, data_table, key_value_table, note, signature_block

    info = stocktake.get_stocktake(actor, stocktake_id)
    differences = stocktake.variances(actor, stocktake_id)
    show_value = actor.can(Perm.COST_VIEW)
    columns = [ReportColumn(tr("Products", "SKU"), 30), ReportColumn(tr("Products", "Name"), 70),
               ReportColumn(tr("Stocktake", "Book stock"), 20, "right", "int"),
               ReportColumn(tr("Stocktake", "Counted"), 20, "right", "int"),
               ReportColumn(tr("Stocktake", "Difference"), 20, "right", "int")]
    if show_value:
        columns.append(ReportColumn(tr("Stocktake", "Value (cost)"), 25, "right", "money"))
    rows = [(v.sku, v.name, v.book, v.counted, v.difference) + ((v.value_cents,) if show_value else ())
            for v in differences]
    totals = None
    if differences:
        totals = (tr("Stocktake", "Total"), "", "", "", sum(v.difference for v in differences)) + (
            (sum(v.value_cents for v in differences),) if show_value else ())
    story = [key_value_table([
        (tr("Stocktake", "Stocktake"), info.name), (tr("Stocktake", "Status"), stocktake.status_label(info.status)),
        (tr("Stocktake", "Counted"), f"{info.counted} / {info.lines}"),
        (tr("Stocktake", "Differences"), str(len(differences))),
    ])]
    story.append(data_table(columns, rows, totals=totals) if rows else note(tr("Stocktake", "No differences.")))
    story.append(signature_block([tr("Stocktake", "Counted by"), tr("Stocktake", "Approved by")]))
    pdf = build_pdf_bytes(_meta(actor, tr("Stocktake", "Stocktake differences"), info.name), story)
    _log_print(actor, "stocktake", tr("Stocktake", "Stocktake differences"), stocktake_id)
    return pdf


def _log_print(actor: Actor, entity: str, title: str, entity_id: object = "") -> None:
    write_retrying(lambda: audit(actor, "print", entity, entity_id, summary=title))
