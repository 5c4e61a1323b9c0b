"""盘点 (seed 004: 定期盘点库存，确保账实相符): count sheets, counts by keyboard or scanner,
variance review, posting the differences as adjustment movements.

The count of a line is compared with the book stock *at the moment it was counted*,
so sales shipped while the count is going on are not mistaken for shortages: posting
adds the difference, it never overwrites the stock.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import Perm
from shopmanager.db.database import current_database
from shopmanager.db.models import Category, Product, Stocktake, StocktakeLine, User
from shopmanager.services import stock
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource
from shopmanager.services.products import find_by_code, search_condition


@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    name: str
    category: str
    blind: bool
    status: str
    started_at: dt.datetime
    started_by: str
    posted_at: dt.datetime | None
    lines: int
    counted: int
    differences: int | None  # None: hidden from this actor (a blind count still being counted)


def status_label(status: str) -> str:
    return {"open": tr("Stocktake", "Counting"), "posted": tr("Stocktake", "Posted"),
            "cancelled": tr("Stocktake", "Cancelled")}.get(status, status)


def start(actor: Actor, name: str, *, category_id: int | None = None, blind: bool = False) -> int:
    """A count session over every product (or one category); book stock is copied in SQL."""
    require(actor, Perm.STOCKTAKE_COUNT, entity="stocktake")
    name = name.strip()
    if not name:
        raise ValidationError(tr("Stocktake", "Name: for example 'Monthly count November'."), field="name")

    def work() -> int:
        now = timeutil.now()
        session = Stocktake.create(name=name[:100], category=category_id, blind=blind, started_at=now,
                                   started_by=actor.user_id)
        products = Product.select(peewee.Value(session.id), Product.id, Product.stock_qty)
        if category_id:
            products = products.where(Product.category == category_id)
        StocktakeLine.insert_from(products, [StocktakeLine.stocktake, StocktakeLine.product,
                                             StocktakeLine.book_qty_at_start]).execute()
        lines = StocktakeLine.select().where(StocktakeLine.stocktake == session.id).count()
        if not lines:
            raise ValidationError(tr("Stocktake", "There are no products to count."), field="category")
        audit(actor, "create", "stocktake", session.id, summary=tr("Stocktake", "{name}: {n} products").format(
            name=name, n=lines))
        return session.id

    return write_retrying(work)


def _open_session(stocktake_id: int) -> Stocktake:
    session = Stocktake.get_or_none(Stocktake.id == stocktake_id)
    if session is None:
        raise NotFound(tr("Stocktake", "That stocktake no longer exists."))
    if session.status != "open":
        raise Conflict(tr("Stocktake", "This stocktake is {status}: counts can no longer change.").format(
            status=status_label(session.status)))
    return session


def enter_count(actor: Actor, stocktake_id: int, code_or_id: str | int, counted: int, *, add: bool = False) -> dict:
    """Record a count for a product (by id, or the SKU/barcode a scanner types).

    `add=True` adds to an earlier count (scanning items one by one). Returns the line.
    """
    require(actor, Perm.STOCKTAKE_COUNT, entity="stocktake", entity_id=stocktake_id)
    if counted < 0 or (counted == 0 and add):
        raise ValidationError(tr("Stocktake", "Counted quantity: 0 or more."), field="counted")
    product_id = code_or_id if isinstance(code_or_id, int) else find_by_code(str(code_or_id))
    if product_id is None:
        raise NotFound(tr("Stocktake", "No product has the SKU or barcode '{code}'.").format(code=code_or_id),
                       field="code")

    def work() -> dict:
        _open_session(stocktake_id)
        line = StocktakeLine.get_or_none(StocktakeLine.stocktake == stocktake_id, StocktakeLine.product == product_id)
        if line is None:
            raise NotFound(tr("Stocktake", "This product is not on this count sheet."), field="code")
        product = Product.get_by_id(product_id)
        total = (line.counted_qty or 0) + counted if add else counted
        StocktakeLine.update(counted_qty=total, book_qty_at_count=product.stock_qty, counted_at=timeutil.now(),
                             counted_by=actor.user_id).where(StocktakeLine.id == line.id).execute()
        return {"product_id": product_id, "sku": product.sku, "name": product.name, "counted": total}

    return write_retrying(work)


@dataclass(frozen=True)
class Variance:
    product_id: int
    sku: str
    name: str
    book: int
    counted: int
    difference: int
    value_cents: int  # difference × cost (owner only; 0 for others)


def hides_book(actor: Actor, session: Stocktake) -> bool:
    """A blind count while it is open: the book stock and every difference stay hidden from the
    counters; a supervisor sees them by reviewing (review())."""
    return bool(session.blind) and session.status == "open" and not actor.can(Perm.STOCKTAKE_POST)


def variances(actor: Actor, stocktake_id: int) -> list[Variance]:
    """Counted lines whose count differs from the book stock at the moment of counting.
    Refused to the counters of a blind count that is still open."""
    require(actor, Perm.STOCKTAKE_COUNT, entity="stocktake", entity_id=stocktake_id)
    session = Stocktake.get_or_none(Stocktake.id == stocktake_id)
    if session is None:
        raise NotFound(tr("Stocktake", "That stocktake no longer exists."))
    if hides_book(actor, session):
        raise PermissionDenied(tr("Stocktake", "This is a blind count: the differences are shown to a supervisor "
                                               "once the counting is done."))
    return _variances(actor, stocktake_id)


def review(actor: Actor, stocktake_id: int) -> list[Variance]:
    """A supervisor opens the differences of a count (blind or not); the review is in the audit log."""
    require(actor, Perm.STOCKTAKE_POST, entity="stocktake", entity_id=stocktake_id)
    found = _variances(actor, stocktake_id)
    summary = tr("Stocktake", "{n} differences reviewed").format(n=len(found))
    write_retrying(lambda: audit(actor, "review", "stocktake", stocktake_id, summary=summary))
    return found


def _variances(actor: Actor, stocktake_id: int) -> list[Variance]:
    rows = (StocktakeLine.select(StocktakeLine, Product.sku, Product.name, Product.cost_cents).join(Product)
            .where(StocktakeLine.stocktake == stocktake_id, StocktakeLine.counted_qty.is_null(False))
            .order_by(Product.sku).objects())
    show_value = actor.can(Perm.COST_VIEW)
    result = []
    for line in rows:
        book = line.book_qty_at_count
        difference = line.counted_qty - book
        if difference:
            result.append(Variance(line.product_id, line.sku, line.name, book, line.counted_qty, difference,
                                   difference * line.cost_cents if show_value else 0))
    return result


def post(actor: Actor, stocktake_id: int) -> int:
    """Write an adjustment movement for every difference; returns how many. Uncounted lines stay as they are."""
    require(actor, Perm.STOCKTAKE_POST, entity="stocktake", entity_id=stocktake_id)

    def work() -> int:
        session = _open_session(stocktake_id)
        lines = list(StocktakeLine.select().where(StocktakeLine.stocktake == stocktake_id,
                                                  StocktakeLine.counted_qty.is_null(False)))
        if not lines:
            raise ValidationError(tr("Stocktake", "Nothing was counted yet."))
        posted = 0
        for line in sorted(lines, key=lambda item: item.product_id):
            difference = line.counted_qty - line.book_qty_at_count
            if difference:
                stock.move(line.product_id, MovementKind.STOCKTAKE, difference, user_id=actor.user_id,
                           reason=session.name, ref_type="stocktake", ref_id=session.id, allow_negative=True)
                posted += 1
            StocktakeLine.update(adjustment=difference).where(StocktakeLine.id == line.id).execute()
        Stocktake.update(status="posted", posted_at=timeutil.now(), posted_by=actor.user_id).where(
            Stocktake.id == stocktake_id).execute()
        audit(actor, "post", "stocktake", stocktake_id, summary=tr(
            "Stocktake", "{name}: {n} differences posted, {counted} of the products counted").format(
                name=session.name, n=posted, counted=len(lines)))
        return posted

    return write_retrying(work)


def cancel(actor: Actor, stocktake_id: int) -> None:
    require(actor, Perm.STOCKTAKE_COUNT, entity="stocktake", entity_id=stocktake_id)

    def work() -> None:
        session = _open_session(stocktake_id)
        Stocktake.update(status="cancelled").where(Stocktake.id == stocktake_id).execute()
        audit(actor, "cancel", "stocktake", stocktake_id, summary=session.name)

    write_retrying(work)


def list_stocktakes(actor: Actor) -> list[StocktakeInfo]:
    """Every count; the number of differences is None where it is hidden (hides_book)."""
    require(actor, Perm.STOCKTAKE_COUNT, entity="stocktake")
    counts = {row[0]: row[1:] for row in current_database().execute_sql(
        "SELECT stocktake_id, count(*), count(counted_qty), "
        "sum(CASE WHEN counted_qty IS NOT NULL AND counted_qty <> book_qty_at_count THEN 1 ELSE 0 END) "
        "FROM stocktake_line GROUP BY stocktake_id").fetchall()}
    result = []
    query = (Stocktake.select(Stocktake, Category.name.alias("category_name"), User.username.alias("starter"))
             .join(Category, peewee.JOIN.LEFT_OUTER).switch(Stocktake)
             .join(User, peewee.JOIN.LEFT_OUTER, on=(Stocktake.started_by == User.id))
             .order_by(Stocktake.started_at.desc()).objects())
    for s in query:
        total, counted, differences = counts.get(s.id, (0, 0, 0))
        result.append(StocktakeInfo(s.id, s.name, s.category_name or tr("Stocktake", "All products"), s.blind,
                                    s.status, s.started_at, s.starter or "", s.posted_at, total, counted,
                                    None if hides_book(actor, s) else int(differences or 0)))
    return result


def get_stocktake(actor: Actor, stocktake_id: int) -> StocktakeInfo:
    found = next((s for s in list_stocktakes(actor) if s.id == stocktake_id), None)
    if found is None:
        raise NotFound(tr("Stocktake", "That stocktake no longer exists."))
    return found


class StocktakeLineSource(ListSource):
    """The count sheet; in a blind count the book quantities are hidden from the counters."""

    model = StocktakeLine
    view_perm = Perm.STOCKTAKE_COUNT
    default_sort = "sku"
    columns = [
        Column("sku", lambda: tr("Products", "SKU"), sort=Product.sku, width=120),
        Column("name", lambda: tr("Products", "Name"), sort=Product.name, width=260),
        Column("barcode", lambda: tr("Products", "Barcode"), width=120),
        Column("book", lambda: tr("Stocktake", "Book stock"), "int", width=80),
        Column("counted", lambda: tr("Stocktake", "Counted"), "int", width=80),
        Column("difference", lambda: tr("Stocktake", "Difference"), "int", width=80),
        Column("counted_at", lambda: tr("Stocktake", "Counted at"), "datetime", width=130),
    ]

    def __init__(self, actor: Actor, stocktake_id: int, *, reveal: bool = False):
        """`reveal`: a supervisor reviewing a blind count sees the book stock and the differences."""
        super().__init__(actor)
        session = Stocktake.get_or_none(Stocktake.id == stocktake_id)
        if session is None:
            raise NotFound(tr("Stocktake", "That stocktake no longer exists."))
        self.stocktake_id = stocktake_id
        self.blind = session.blind and session.status == "open" and not (reveal and actor.can(Perm.STOCKTAKE_POST))
        if self.blind:
            self.columns = [c for c in self.columns if c.key not in ("book", "difference")]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (StocktakeLine.select(Product.sku, Product.name, Product.barcode, StocktakeLine.book_qty_at_start,
                                      StocktakeLine.book_qty_at_count, StocktakeLine.counted_qty,
                                      StocktakeLine.counted_at)
                 .join(Product).where(StocktakeLine.stocktake == self.stocktake_id))
        shown = request.filters.get("show")
        if shown == "uncounted":
            query = query.where(StocktakeLine.counted_qty.is_null())
        elif shown == "differences" and not self.blind:
            query = query.where(StocktakeLine.counted_qty.is_null(False),
                                StocktakeLine.counted_qty != StocktakeLine.book_qty_at_count)
        if request.search.strip():
            query = query.where(search_condition(request.search))
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        book = r["book_qty_at_count"] if r["counted_qty"] is not None else r["book_qty_at_start"]
        difference = r["counted_qty"] - book if r["counted_qty"] is not None else None
        if self.blind:
            return (r["sku"], r["name"], r["barcode"], r["counted_qty"], r["counted_at"])
        return (r["sku"], r["name"], r["barcode"], book, r["counted_qty"], difference, r["counted_at"])

    def row_style(self, row: tuple) -> dict[str, str] | None:
        if not self.blind and row[5]:
            return {"foreground": "#c62828"}
        return None
