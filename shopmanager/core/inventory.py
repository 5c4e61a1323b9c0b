"""Rules of products and stock (domain.md "Products", "Inventory alerts")."""
from __future__ import annotations

import datetime as dt
from enum import StrEnum

from shopmanager.core.i18n import tr


class ProductStatus(StrEnum):
    DRAFT = "draft"
    PENDING = "pending"
    LISTED = "listed"
    DELISTED = "delisted"


def status_label(status: str) -> str:
    return {
        ProductStatus.DRAFT: tr("Products", "Draft"),
        ProductStatus.PENDING: tr("Products", "Pending review"),
        ProductStatus.LISTED: tr("Products", "Listed"),
        ProductStatus.DELISTED: tr("Products", "Delisted"),
    }.get(status, status)


# action → (allowed from, to, needs approval rights)
LISTING_ACTIONS: dict[str, tuple[frozenset[str], str, bool]] = {
    "submit": (frozenset({ProductStatus.DRAFT, ProductStatus.DELISTED}), ProductStatus.PENDING, False),
    "approve": (frozenset({ProductStatus.PENDING}), ProductStatus.LISTED, True),
    "reject": (frozenset({ProductStatus.PENDING}), ProductStatus.DRAFT, True),
    "delist": (frozenset({ProductStatus.LISTED}), ProductStatus.DELISTED, True),
}


def listing_action_label(action: str) -> str:
    return {
        "submit": tr("Products", "Submit for review"), "approve": tr("Products", "Approve and list"),
        "reject": tr("Products", "Send back to draft"), "delist": tr("Products", "Delist"),
    }.get(action, action)


class MovementKind(StrEnum):
    INBOUND = "inbound"
    OPENING = "opening"
    SALE = "sale"
    SALE_REVERSAL = "sale_reversal"
    RETURN = "return"
    EXCHANGE = "exchange"
    ADJUSTMENT = "adjustment"
    STOCKTAKE = "stocktake"
    DAMAGE = "damage"
    SUPPLIER_RETURN = "supplier_return"
    DEFECTIVE_IN = "defective_in"  # 次品入库: returned goods that failed inspection
    DEFECTIVE_OUT = "defective_out"  # 次品出库: scrapped or sent back to the supplier


def movement_label(kind: str) -> str:
    return {
        MovementKind.INBOUND: tr("Stock", "Inbound"), MovementKind.OPENING: tr("Stock", "Opening stock"),
        MovementKind.SALE: tr("Stock", "Sale shipped"), MovementKind.SALE_REVERSAL: tr("Stock", "Shipment cancelled"),
        MovementKind.RETURN: tr("Stock", "Customer return"), MovementKind.EXCHANGE: tr("Stock", "Exchange"),
        MovementKind.ADJUSTMENT: tr("Stock", "Adjustment"), MovementKind.STOCKTAKE: tr("Stock", "Stocktake difference"),
        MovementKind.DAMAGE: tr("Stock", "Damage"), MovementKind.SUPPLIER_RETURN: tr("Stock", "Returned to supplier"),
        MovementKind.DEFECTIVE_IN: tr("Stock", "Defective goods in"),
        MovementKind.DEFECTIVE_OUT: tr("Stock", "Defective goods out"),
    }.get(kind, kind)


# Kinds a user records by hand (the others come from orders, after-sales cases, stocktakes,
# imports). A customer's return is received on its after-sales case (售后登记).
MANUAL_KINDS = (MovementKind.INBOUND, MovementKind.DAMAGE, MovementKind.SUPPLIER_RETURN, MovementKind.ADJUSTMENT)
OUTBOUND_KINDS = (MovementKind.SALE, MovementKind.EXCHANGE, MovementKind.DAMAGE, MovementKind.SUPPLIER_RETURN)
# The defective stock 次品 ledger: these movements are not sellable stock (product.stock_qty
# leaves them out; defective_stock.qty is their sum). Anything summing movements into
# sellable stock must leave these kinds out.
DEFECTIVE_KINDS = (MovementKind.DEFECTIVE_IN, MovementKind.DEFECTIVE_OUT)


def expiry_date(production_date: dt.date | None, shelf_life_days: int | None) -> dt.date | None:
    if production_date is None or not shelf_life_days:
        return None
    return production_date + dt.timedelta(days=shelf_life_days)
