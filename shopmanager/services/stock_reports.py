"""进销存 — the month-end stock statement: for every product, the stock at the start of the
period, the goods that came in, the goods that went out, and the stock at its end.

All figures are sums over the stock ledger (stock_movement), never the cached stock:
opening = Σ movements before the first day; in = Σ positive movements of the period;
out = Σ negative movements of the period, less the shipments and replacement parcels
cancelled in it (a cancellation gives back what its parcel took: it is not goods coming in); closing =
opening + in − out. A product appears when any of the four is not zero.

Values (owner only, Perm.COST_VIEW) are quantities × the product's cost price today —
the ledger keeps no historical cost; the report says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import peewee

from shopmanager.core.i18n import tr
from shopmanager.core.inventory import DEFECTIVE_KINDS, MovementKind, movement_label
from shopmanager.core.periods import Period
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.models import Product, StockMovement
from shopmanager.services.context import Actor, audit, require, write_retrying

PDF_ROW_LIMIT = 5000  # a printed statement longer than this is not read; the xlsx has every product


@dataclass(frozen=True)
class StockLine:
    product_id: int | None
    sku: str
    name: str
    opening: int
    inbound: int
    outbound: int
    closing: int
    cost_cents: int | None  # None: the actor may not see cost

    def value(self, qty: int) -> int | None:
        return None if self.cost_cents is None else qty * self.cost_cents


@dataclass
class StockStatement:
    period: Period
    shows_value: bool
    lines: list[StockLine] = field(default_factory=list)
    by_kind: list[tuple[str, int, int | None]] = field(default_factory=list)  # (label, qty, value) of the period
    opening_value: int | None = None
    in_value: int | None = None
    out_value: int | None = None
    closing_value: int | None = None

    @property
    def totals(self) -> tuple[int, int, int, int]:
        return (sum(x.opening for x in self.lines), sum(x.inbound for x in self.lines),
                sum(x.outbound for x in self.lines), sum(x.closing for x in self.lines))


def _in_period(start, end) -> peewee.Expression:
    return (StockMovement.at >= start) & (StockMovement.at < end)


def stock_statement(actor: Actor, period: Period, progress: Progress | None = None) -> StockStatement:
    require(actor, Perm.PRODUCTS_VIEW, entity="product")
    progress = progress or Progress()
    start, end = period.bounds()
    shows_value = actor.can(Perm.COST_VIEW)
    # Goods a cancelled parcel gives back: an order's shipment (sale_reversal) or an exchange's
    # replacement parcel (a positive exchange movement, services/aftersales_goods.cancel_replacement).
    reversal = ((StockMovement.kind == MovementKind.SALE_REVERSAL.value)
                | ((StockMovement.kind == MovementKind.EXCHANGE.value) & (StockMovement.qty > 0)))
    current = _in_period(start, end)
    sellable = StockMovement.kind.not_in([kind.value for kind in DEFECTIVE_KINDS])  # 次品 is not the stock
    opening = peewee.fn.SUM(peewee.Case(None, [(StockMovement.at < start, StockMovement.qty)], 0))
    inbound = peewee.fn.SUM(peewee.Case(None, [(current & (StockMovement.qty > 0) & ~reversal, StockMovement.qty)], 0))
    went_out = current & ((StockMovement.qty < 0) | reversal)
    outbound = peewee.fn.SUM(peewee.Case(None, [(went_out, StockMovement.qty * -1)], 0))
    progress.update(0, 3, tr("Reports", "Adding up the stock ledger…"))
    query = (StockMovement.select(Product.id, Product.sku, Product.name, Product.cost_cents, opening, inbound, outbound)
             .join(Product, on=(StockMovement.product == Product.id))
             .where(StockMovement.at < end, sellable)
             .group_by(Product.id, Product.sku, Product.name, Product.cost_cents)
             .having((opening != 0) | (inbound != 0) | (outbound != 0))
             .order_by(Product.sku).tuples())
    statement = StockStatement(period, shows_value)
    for product_id, sku, name, cost, first, came, went in query:
        first, came, went = int(first or 0), int(came or 0), int(went or 0)
        statement.lines.append(StockLine(product_id, sku, name, first, came, went, first + came - went,
                                         int(cost) if shows_value else None))
        if len(statement.lines) % 5000 == 0:
            progress.update(1, 3, tr("Reports", "Adding up the stock ledger…"))
    progress.update(1, 3)
    value = StockMovement.qty * Product.cost_cents
    kinds = (StockMovement.select(StockMovement.kind, peewee.fn.SUM(StockMovement.qty), peewee.fn.SUM(value))
             .join(Product, on=(StockMovement.product == Product.id))
             .where(current, sellable).group_by(StockMovement.kind).order_by(StockMovement.kind).tuples())
    statement.by_kind = [(movement_label(kind), int(qty or 0), int(amount or 0) if shows_value else None)
                         for kind, qty, amount in kinds]
    if shows_value:
        statement.opening_value = sum(x.value(x.opening) for x in statement.lines)
        statement.in_value = sum(x.value(x.inbound) for x in statement.lines)
        statement.out_value = sum(x.value(x.outbound) for x in statement.lines)
        statement.closing_value = sum(x.value(x.closing) for x in statement.lines)
    progress.update(2, 3)
    return statement


def _columns(shows_value: bool) -> list[tuple[str, str]]:
    """(header, kind) of the statement's columns, in order."""
    columns = [(tr("Products", "SKU"), "text"), (tr("Products", "Name"), "text")]
    for qty_label, value_label in ((tr("Reports", "Opening qty"), tr("Reports", "Opening value")),
                                   (tr("Reports", "In qty"), tr("Reports", "In value")),
                                   (tr("Reports", "Out qty"), tr("Reports", "Out value")),
                                   (tr("Reports", "Closing qty"), tr("Reports", "Closing value"))):
        columns.append((qty_label, "int"))
        if shows_value:
            columns.append((value_label, "money"))
    return columns


def _row(line: StockLine, shows_value: bool) -> list:
    row: list = [line.sku, line.name]
    for qty in (line.opening, line.inbound, line.outbound, line.closing):
        row.append(qty)
        if shows_value:
            row.append(line.value(qty))
    return row


def _totals(statement: StockStatement) -> list:
    row: list = [tr("Reports", "Total"), tr("Reports", "{n} products").format(n=f"{len(statement.lines):,}")]
    values = (statement.opening_value, statement.in_value, statement.out_value, statement.closing_value)
    for qty, value in zip(statement.totals, values):
        row.append(qty)
        if statement.shows_value:
            row.append(value)
    return row


def stock_statement_pdf(actor: Actor, period: Period, progress: Progress | None = None) -> bytes:
    from shopmanager.core.money import format_money
    from shopmanager.reports import ReportColumn, build_pdf_bytes, data_table, note, section, summary_cards
    from shopmanager.reports.document import content_width
    from shopmanager.services.inventory_reports import _meta

    progress = progress or Progress()
    statement = stock_statement(actor, period, progress)
    shows_value = statement.shows_value
    opening, came, went, closing = statement.totals
    if shows_value:
        cards = [(tr("Reports", "Opening stock value"), f"¥{format_money(statement.opening_value)}"),
                 (tr("Reports", "Goods in (value)"), f"¥{format_money(statement.in_value)}"),
                 (tr("Reports", "Goods out (value)"), f"¥{format_money(statement.out_value)}"),
                 (tr("Reports", "Closing stock value"), f"¥{format_money(statement.closing_value)}")]
    else:
        cards = [(tr("Reports", "Opening stock (pieces)"), f"{opening:,}"),
                 (tr("Reports", "Goods in (pieces)"), f"{came:,}"), (tr("Reports", "Goods out (pieces)"), f"{went:,}"),
                 (tr("Reports", "Closing stock (pieces)"), f"{closing:,}")]
    meta = _meta(actor, tr("Reports", "Month-end stock statement"), period.label(), landscape=shows_value)
    width = content_width(meta)
    story = [summary_cards(cards, width=width), note(tr(
        "Reports", "From the stock ledger: opening = stock at the start of {start}; in = goods received, returns and "
        "stocktake surpluses; out = goods shipped (less cancelled shipments), damage, returns to suppliers and "
        "stocktake shortages; closing = opening + in − out.").format(start=f"{period.start:%Y-%m-%d}"))]
    if shows_value:
        story.append(note(tr("Reports", "Values are quantities × today's cost price.")))
    if statement.by_kind:
        story.append(section(tr("Reports", "Movements of the period by kind")))
        kind_columns = [ReportColumn(tr("Stock", "Movement")), ReportColumn(tr("Stock", "Quantity"), 30, "right", "int")]
        if shows_value:
            kind_columns.append(ReportColumn(tr("Reports", "Value (cost)"), 36, "right", "money"))
        story.append(data_table(kind_columns, [(label, qty) + ((value,) if shows_value else ())
                                               for label, qty, value in statement.by_kind],
                                width=width * (0.55 if not shows_value else 0.5)))
    story.append(section(tr("Reports", "By product")))
    widths = {"text": None, "int": 17, "money": 22} if shows_value else {"text": None, "int": 20}
    columns = [ReportColumn(header, 26 if i == 0 else widths[kind], "left" if kind == "text" else "right", kind)
               for i, (header, kind) in enumerate(_columns(shows_value))]
    rows = [_row(line, shows_value) for line in statement.lines[:PDF_ROW_LIMIT]]
    if rows:
        story.append(data_table(columns, rows, totals=_totals(statement), width=width))
    else:
        story.append(note(tr("Reports", "No stock and no movements in this period.")))
    if len(statement.lines) > PDF_ROW_LIMIT:
        story.append(note(tr("Reports", "The first {n} of {total} products; save the statement as Excel for all of "
                                        "them.").format(n=PDF_ROW_LIMIT, total=len(statement.lines))))
    progress.check()
    pdf = build_pdf_bytes(meta, story)
    summary = tr("Reports", "Stock statement {period}").format(period=period.label())
    write_retrying(lambda: audit(actor, "print", "product", "", summary=summary))
    progress.update(3, 3, tr("Reports", "Done"))
    return pdf


def stock_statement_xlsx(actor: Actor, period: Period, target: Path, progress: Progress | None = None) -> int:
    """Every product of the statement and a totals row; returns the number of products."""
    from shopmanager.excel import Column, export_xlsx

    progress = progress or Progress()
    statement = stock_statement(actor, period, progress)
    columns = [Column(header, kind) for header, kind in _columns(statement.shows_value)]
    rows = [_row(line, statement.shows_value) for line in statement.lines] + [_totals(statement)]
    export_xlsx(Path(target), columns, rows, sheet_title=tr("Reports", "Stock {period}").format(
        period=period.key())[:31], progress=progress, total=len(rows))
    summary = tr("Reports", "Stock statement {period} → {file}").format(period=period.label(), file=Path(target).name)
    write_retrying(lambda: audit(actor, "export", "product", "", summary=summary))
    progress.update(3, 3, tr("Reports", "Done"))
    return len(statement.lines)

