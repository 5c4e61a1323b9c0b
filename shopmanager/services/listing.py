"""Big tables read page by page, with filtering, searching and sorting done in SQL.

A `ListSource` describes one table (products, orders, audit log …). The UI's lazy
table model asks it for the row count and then for pages as the user scrolls; the
Excel export walks the same pages, so what you see is what you export — masked the
same way. Paging is by key (WHERE (sort, id) > (last sort, last id)), which stays
fast at the millionth row, unlike OFFSET.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import peewee
from peewee import Tuple

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.services.context import Actor, require

PAGE_SIZE = 200


@dataclass(frozen=True)
class Column:
    key: str
    label: Callable[[], str]
    kind: str = "text"  # text | int | money | date | datetime | bool | status | picture
    sort: Any = None  # peewee expression to sort by (must be NOT NULL and indexed), or None
    width: int = 120
    owner_only: bool = False  # e.g. cost: dropped for roles without cost.view


@dataclass
class ListRequest:
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool | None = None


@dataclass
class Page:
    ids: list[int]
    rows: list[tuple]
    cursor: tuple | None  # None once the last page was read


class ListSource:
    """Subclasses set `model`, `columns`, `view_perm`, `default_sort` and implement `base_query`/`to_row`."""

    model: type[peewee.Model]
    view_perm: Perm
    columns: list[Column]
    default_sort: str = "id"
    default_descending: bool = False
    search_sort_newest: bool = False
    count_cap_when_searching: int | None = None

    def __init__(self, actor: Actor):
        require(actor, self.view_perm, entity=self.model._meta.table_name)
        self.actor = actor
        self.columns = [c for c in type(self).columns if not c.owner_only or actor.can(Perm.COST_VIEW)]

    # -- what subclasses provide -------------------------------------------------
    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        """Rows matching the request's filters and search, as dicts (no order, no limit)."""
        raise NotImplementedError

    def to_row(self, record: dict[str, Any]) -> tuple:
        """The values of `self.columns`, in order, ready to show and to export."""
        raise NotImplementedError

    def to_rows(self, records: list[dict[str, Any]]) -> list[tuple]:
        """A page's rows; a subclass that names linked records looks them up once per page here."""
        return [self.to_row(r) for r in records]

    # -- shared ---------------------------------------------------------------------
    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def _sort(self, request: ListRequest) -> tuple[Any, bool]:
        if request.search.strip() and request.sort_key is None and self.search_sort_newest:
            return self.model.id, True  # search results: newest first, which the search index yields fastest
        key = request.sort_key or self.default_sort
        column = next((c for c in self.columns if c.key == key and c.sort is not None), None)
        if column is None:
            return self.model.id, bool(request.descending if request.descending is not None
                                       else self.default_descending)
        descending = request.descending if request.descending is not None else self.default_descending
        return column.sort, bool(descending)

    def sortable(self, key: str) -> bool:
        return any(c.key == key and c.sort is not None for c in self.columns)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        """The rows to count; a subclass whose filters need no join counts without its joins."""
        return self.base_query(request).order_by()

    def count_is_slow(self, request: ListRequest) -> bool:
        """True when counting would scan the whole table (the UI then shows 'N+ rows' as it pages)."""
        return False

    def count(self, request: ListRequest, cap: int | None = None) -> int:
        """How many rows match; with `cap`, counting stops at cap + 1 (shown as 'cap+')."""
        query = self.count_query(request)
        if cap is not None:
            query = query.limit(cap + 1)
        return query.count()

    def page(self, request: ListRequest, cursor: tuple | None = None, limit: int = PAGE_SIZE) -> Page:
        sort, descending = self._sort(request)
        pk = self.model.id
        query = self.base_query(request).select_extend(sort.alias("_sort"), pk.alias("_pk"))
        if sort is pk:
            order = [pk.desc() if descending else pk.asc()]
            if cursor is not None:
                query = query.where(pk < cursor[1] if descending else pk > cursor[1])
        else:
            order = [sort.desc(), pk.desc()] if descending else [sort.asc(), pk.asc()]
            if cursor is not None:
                key = Tuple(sort, pk)
                query = query.where(key < Tuple(*cursor) if descending else key > Tuple(*cursor))
        records = list(query.order_by(*order).limit(limit + 1).dicts())
        more = len(records) > limit
        records = records[:limit]
        next_cursor = (records[-1]["_sort"], records[-1]["_pk"]) if more and records else None
        return Page([r["_pk"] for r in records], self.to_rows(records), next_cursor)

    def iter_rows(self, request: ListRequest, *, batch: int = 2000) -> Iterator[tuple]:
        """Every row of the request, in the request's order (for export)."""
        cursor = None
        while True:
            page = self.page(request, cursor, batch)
            yield from page.rows
            if page.cursor is None:
                return
            cursor = page.cursor


def yes_no(value: bool) -> str:
    return tr("Common", "Yes") if value else tr("Common", "No")
