"""Columns that fit the table's width: each column keeps the width it wants (its default,
or what the user dragged it to); when the table is narrower than all of them together,
they shrink in proportion to what they can spare (down to a floor) and their text is
elided "…", so the right-hand columns stay on the screen instead of behind a scroll bar.
Columns a clerk reads whole — order and case numbers, SKUs, phones, dates and times —
do not shrink below their text (`readable_floors`): the free-text columns give the room.
On a wide screen the free-text columns (names, items, addresses) take the room left over,
instead of leaving it empty on the right while their text is cut."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

FLOOR = 56  # px: a few characters and the ellipsis


# What the widest value of such a column looks like (the text of a typical one, a little longer).
READABLE_SAMPLES = {
    "kind:datetime": "2026-12-28 23:58", "kind:date": "2026-12-28", "kind:status": "In progress",
    "order_no": "SO20261228-0001", "case_no": "AS20261228-0001", "sku": "SP00000288", "phone": "18888888888",
}


def readable_floors(columns, metrics, padding: int = 14) -> list[int]:
    """Per column (services.listing.Column), the width below which its values would be cut:
    FLOOR for free text, the text's width for codes, phones, dates and states (and for a
    yes/no column, its title: "是" alone says nothing)."""
    floors = []
    for column in columns:
        sample = READABLE_SAMPLES.get(column.key) or READABLE_SAMPLES.get(f"kind:{column.kind}")
        if column.kind == "bool":
            sample = column.label()
        floors.append(max(FLOOR, metrics.horizontalAdvance(sample) + padding) if sample else FLOOR)
    return floors


def growing_columns(columns) -> list[bool]:
    """Per column: text that reads better wider (names, items, states; not numbers, codes, dates or pictures)."""
    return [column.kind in ("text", "status") and column.key not in READABLE_SAMPLES for column in columns]


def fitted_widths(wanted: list[int], available: int, floor: int | list[int] = FLOOR,
                  grow: list[bool] | None = None) -> list[int]:
    """The widths to show: `wanted` if they fit in `available`, otherwise each shrunk by a
    share of the excess proportional to what it can give (never below `floor` — one for all,
    or one per column while they fit, else FLOOR — or below what it wanted if that was less).
    Room left over goes to the `grow` columns, in proportion to what they want."""
    total = sum(wanted)
    if total <= available or not wanted:
        growing = [i for i, g in enumerate(grow or []) if g and i < len(wanted)]
        base = sum(wanted[i] for i in growing)
        if not growing or not base or total >= available:
            return list(wanted)
        widths = list(wanted)
        for i in growing:
            widths[i] += (available - total) * wanted[i] // base
        return widths
    each = floor if isinstance(floor, list) else [floor] * len(wanted)
    floors = [min(w, f) for w, f in zip(wanted, each)]
    if sum(floors) > available:  # too narrow even for the whole numbers: all columns to the plain floor
        floors = [min(w, FLOOR) for w in wanted]
    spare = [w - f for w, f in zip(wanted, floors)]
    excess = total - available
    if excess >= sum(spare):
        return floors
    ratio = excess / sum(spare)
    widths = [round(w - s * ratio) for w, s in zip(wanted, spare)]
    over = sum(widths) - available  # rounding: take the last pixels from the widest
    while over > 0:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floors[i])
        widths[widest] -= 1
        over -= 1
    return widths


class ColumnFitter(QObject):
    """Attach to a table view after its columns have their wanted widths."""

    def __init__(self, view: QAbstractItemView, floor: int = FLOOR, floors: list[int] | None = None,
                 grow: list[bool] | None = None):
        super().__init__(view)
        self.view = view
        self.header: QHeaderView = view.horizontalHeader()
        self.floor = floor
        self.floors = floors or []  # per logical column (readable_floors); `floor` beyond
        self.grow = grow or []  # per logical column (growing_columns)
        self.wanted: dict[int, int] = {}
        self._applying = False
        self._last_width = -1
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Customer / re…", not "ustomer / receiv"
        self.header.setMinimumSectionSize(min(self.header.minimumSectionSize(), floor))
        self.take_wanted()
        self.header.sectionResized.connect(self._resized_by_user)
        self.header.sectionCountChanged.connect(lambda _old, _new: self.take_wanted())
        view.viewport().installEventFilter(self)

    def take_wanted(self) -> None:
        """The current widths become the wanted ones (after setting or restoring them)."""
        self.wanted = {i: self.header.sectionSize(i) for i in range(self.header.count())}
        self._last_width = -1

    def _resized_by_user(self, logical: int, _old: int, new: int) -> None:
        if not self._applying:
            self.wanted[logical] = new  # kept until the table's width changes

    def show_wanted(self) -> None:
        """Put back the wanted widths (before saving the header's state)."""
        self._apply({i: w for i, w in self.wanted.items() if i < self.header.count()})
        self._last_width = -1

    def fit(self, force: bool = False) -> None:
        available = self.view.viewport().width()
        if available <= 0 or (available == self._last_width and not force):
            return
        self._last_width = available
        shown = [i for i in range(self.header.count()) if not self.header.isSectionHidden(i)]
        wanted = [self.wanted.get(i, self.header.sectionSize(i)) for i in shown]
        floors = [self.floors[i] if i < len(self.floors) else self.floor for i in shown]
        grow = [i < len(self.grow) and self.grow[i] for i in shown]
        self._apply(dict(zip(shown, fitted_widths(wanted, available, floors, grow))))

    def _apply(self, widths: dict[int, int]) -> None:
        self._applying = True
        try:
            for logical, width in widths.items():
                if self.header.sectionSize(logical) != width:
                    self.header.resizeSection(logical, width)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False
