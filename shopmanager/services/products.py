"""Products (商品): records with every listing field, categories, suppliers, pictures,
the listing workflow, and the product list at a million rows."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ProblemCollector, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import LISTING_ACTIONS, ProductStatus, listing_action_label, status_label
from shopmanager.core.money import to_cents
from shopmanager.core.permissions import Perm
from shopmanager.core.text import clean_text
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import Category, Product, StockBatch, Supplier
from shopmanager.services.alert_rules import (
    expiring_product_ids, low_stock_condition, low_stock_default, low_stock_flag, slow_condition,
)
from shopmanager.services.context import Actor, audit, require, transaction, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource


@dataclass(frozen=True)
class Field:
    """One editable product field: its kind and limits, shared by the form and the importer."""

    key: str
    label: Callable[[], str]
    kind: str = "text"  # text | longtext | money | int | category | supplier
    max_length: int = 0
    required: bool = False
    owner_only: bool = False


FIELDS: list[Field] = [
    Field("name", lambda: tr("Products", "Name"), max_length=200, required=True),
    Field("sku", lambda: tr("Products", "SKU"), max_length=64, required=True),
    Field("barcode", lambda: tr("Products", "Barcode"), max_length=64),
    Field("category", lambda: tr("Products", "Category"), "category", max_length=60),
    Field("brand", lambda: tr("Products", "Brand"), max_length=60),
    Field("spec", lambda: tr("Products", "Specification"), max_length=100),
    Field("model", lambda: tr("Products", "Model"), max_length=100),
    Field("ingredients", lambda: tr("Products", "Main ingredients"), "longtext", max_length=2000),
    Field("origin", lambda: tr("Products", "Origin"), max_length=60),
    Field("shelf_life_days", lambda: tr("Products", "Shelf life (days)"), "int"),
    Field("usage", lambda: tr("Products", "Usage"), "longtext", max_length=2000),
    Field("return_policy", lambda: tr("Products", "Return policy"), "longtext", max_length=2000),
    Field("price_cents", lambda: tr("Products", "Sale price"), "money"),
    Field("cost_cents", lambda: tr("Products", "Cost"), "money", owner_only=True),
    Field("supplier", lambda: tr("Products", "Supplier"), "supplier", max_length=100),
    Field("low_stock_threshold", lambda: tr("Products", "Low-stock threshold"), "int"),
    Field("notes", lambda: tr("Products", "Notes"), "longtext", max_length=2000),
]
FIELD_BY_KEY = {f.key: f for f in FIELDS}
MAX_MONEY_CENTS = 100_000_000_00  # a hundred million yuan: anything above is a typing error
MAX_PICTURE_BYTES = 10 * 1024 * 1024
PICTURE_SIGNATURES = {b"\x89PNG": ".png", b"\xff\xd8\xff": ".jpg", b"GIF8": ".gif", b"BM": ".bmp", b"RIFF": ".webp"}


def _clean_field(field: Field, value: Any) -> Any:
    key, kind = field.key, field.kind
    if kind == "money":
        if isinstance(value, int) and not isinstance(value, bool):
            cents = value
        else:
            try:
                cents = to_cents(value, field=field.label())
            except ValidationError as error:
                raise ValidationError(str(error), field=key) from None
        if cents < 0 or cents > MAX_MONEY_CENTS:
            raise ValidationError(tr("Products", "{field}: must be between 0 and 100,000,000.").format(
                field=field.label()), field=key)
        return cents
    if kind == "int":
        if value is None or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                raise ValidationError(tr("Products", "{field}: '{value}' is not a whole number.").format(
                    field=field.label(), value=value), field=key) from None
        if number < 0 or number > 100_000:
            raise ValidationError(tr("Products", "{field}: must be between 0 and 100000.").format(
                field=field.label()), field=key)
        return number
    text = clean_text(value, multiline=kind == "longtext")  # no control characters or bidi overrides
    if field.max_length and len(text) > field.max_length:
        raise ValidationError(tr("Products", "{field}: at most {n} characters.").format(
            field=field.label(), n=field.max_length), field=key)
    if field.required and not text:
        raise ValidationError(tr("Products", "{field}: required.").format(field=field.label()), field=key)
    return text


def clean_values(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise product values; every bad field at once (core.errors.FieldErrors).

    Category and supplier stay names here (created on save when new); money becomes cents.
    Labels are looked up only for a message.
    """
    cleaned: dict[str, Any] = {}
    found = ProblemCollector()
    for key, value in values.items():
        field = FIELD_BY_KEY.get(key)
        if field is not None:
            cleaned[key] = found.check(lambda field=field, value=value: _clean_field(field, value))
    found.raise_any()
    return cleaned


_MONEY_KEYS = [f.key for f in FIELDS if f.kind == "money"]
_INT_KEYS = [f.key for f in FIELDS if f.kind == "int"]
_REQUIRED_KEYS = [f.key for f in FIELDS if f.required]


def check_ranges(values: dict[str, Any]) -> dict[str, Any]:
    """The checks clean_values makes beyond kinds and lengths, for values the importer already
    converted (money in cents, whole numbers, stripped text): ranges and required fields."""
    for key in _MONEY_KEYS:
        if key in values:
            value = values[key]
            if value is None:
                values[key] = 0
            elif not 0 <= value <= MAX_MONEY_CENTS:
                raise ValidationError(tr("Products", "{field}: must be between 0 and 100,000,000.").format(
                    field=FIELD_BY_KEY[key].label()), field=key)
    for key in _INT_KEYS:
        value = values.get(key)
        if value is not None and not 0 <= value <= 100_000:
            raise ValidationError(tr("Products", "{field}: must be between 0 and 100000.").format(
                field=FIELD_BY_KEY[key].label()), field=key)
    for key in _REQUIRED_KEYS:
        if key in values and values[key] in ("", None):
            raise ValidationError(tr("Products", "{field}: required.").format(field=FIELD_BY_KEY[key].label()),
                                  field=key)
    return values


@dataclass
class ProductDetail:
    id: int
    values: dict[str, Any]  # FIELDS keys, money in cents, category/supplier as names
    status: str
    stock_qty: int
    picture_path: Path | None
    row_version: int
    is_placeholder: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    batches: list[dict[str, Any]]


def _category_id(name: str) -> int | None:
    if not name:
        return None
    row = Category.get_or_none(Category.name == name)
    return row.id if row else Category.create(name=name).id


def _supplier_id(name: str) -> int | None:
    if not name:
        return None
    row = Supplier.get_or_none(Supplier.name == name)
    return row.id if row else Supplier.create(name=name).id


def _db_values(cleaned: dict[str, Any]) -> dict[str, Any]:
    row = dict(cleaned)
    if "category" in row:
        row["category"] = _category_id(row.pop("category"))
    if "supplier" in row:
        row["supplier"] = _supplier_id(row.pop("supplier"))
    return row


def _check_sku_free(sku: str, barcode: str, own_id: int | None = None) -> None:
    clash = Product.select(Product.id, Product.name).where(Product.sku == sku)
    if own_id:
        clash = clash.where(Product.id != own_id)
    other = clash.first()
    if other:
        raise Conflict(tr("Products", "SKU {sku} is already used by '{name}'.").format(sku=sku, name=other.name),
                       field="sku")
    if barcode:
        clash = Product.select(Product.name).where(Product.barcode == barcode)
        if own_id:
            clash = clash.where(Product.id != own_id)
        other = clash.first()
        if other:
            raise Conflict(tr("Products", "Barcode {code} is already used by '{name}'.").format(
                code=barcode, name=other.name), field="barcode")


def _plain(product: Product, actor: Actor) -> dict[str, Any]:
    values = {f.key: getattr(product, f.key) for f in FIELDS if f.kind not in ("category", "supplier")}
    values["category"] = product.category.name if product.category_id else ""
    values["supplier"] = product.supplier.name if product.supplier_id else ""
    if not actor.can(Perm.COST_VIEW):
        values.pop("cost_cents")
    return values


def _guard_price(actor: Actor, product_id: int | None, old_cents: int, new_cents: int | None) -> None:
    """A sale price is set or changed only by roles with prices.edit (not the designer):
    refused, and the refusal logged, before anything is written."""
    if new_cents is None or new_cents == old_cents or actor.can(Perm.PRICES_EDIT):
        return
    try:
        require(actor, Perm.PRICES_EDIT, entity="product", entity_id=product_id or "")
    except PermissionDenied as error:
        error.field = "price_cents"
        raise


def create_product(actor: Actor, values: dict[str, Any]) -> int:
    require(actor, Perm.PRODUCTS_EDIT, entity="product")
    if "cost_cents" in values and values["cost_cents"] not in (None, "", 0) and not actor.can(Perm.COST_VIEW):
        raise PermissionDenied(tr("Products", "Only the owner enters costs."))
    cleaned = clean_values({**{f.key: "" for f in FIELDS if f.required}, **values})
    _guard_price(actor, None, 0, cleaned.get("price_cents") or 0)

    def work() -> int:
        _check_sku_free(cleaned["sku"], cleaned.get("barcode", ""))
        now = timeutil.now()
        product = Product.create(**_db_values(cleaned), status=ProductStatus.DRAFT, created_at=now, updated_at=now)
        audit(actor, "create", "product", product.id, summary=f"{cleaned['sku']} {cleaned['name']}",
              new={k: v for k, v in cleaned.items() if k != "cost_cents"})
        return product.id

    return write_retrying(work)


def update_product(actor: Actor, product_id: int, values: dict[str, Any], *, row_version: int) -> None:
    """Save the form; refused when someone else saved the product since it was opened."""
    require(actor, Perm.PRODUCTS_EDIT, entity="product", entity_id=product_id)
    if "cost_cents" in values and not actor.can(Perm.COST_VIEW):
        values = {k: v for k, v in values.items() if k != "cost_cents"}
    cleaned = clean_values(values)
    if "price_cents" in cleaned:
        current = Product.select(Product.price_cents).where(Product.id == product_id).scalar()
        _guard_price(actor, product_id, current if current is not None else 0, cleaned["price_cents"] or 0)

    def work() -> None:
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound(tr("Products", "That product no longer exists."))
        before = _plain(product, actor)
        if "sku" in cleaned or "barcode" in cleaned:
            _check_sku_free(cleaned.get("sku", product.sku), cleaned.get("barcode", product.barcode), product.id)
        changed = Product.update(**_db_values(cleaned), updated_at=timeutil.now(),
                                 row_version=Product.row_version + 1, is_placeholder=False).where(
            Product.id == product_id, Product.row_version == row_version).execute()
        if not changed:
            raise Conflict(tr("Products", "Someone else changed this product after you opened it. "
                                          "Close it, open it again and redo your change."))
        after = {**before, **cleaned}
        audit(actor, "update", "product", product_id, summary=f"{after['sku']} {after['name']}",
              old={k: v for k, v in before.items() if k != "cost_cents"},
              new={k: v for k, v in after.items() if k != "cost_cents"})
        if "cost_cents" in cleaned and before.get("cost_cents") != cleaned["cost_cents"]:
            audit(actor, "update", "product", product_id, summary=tr("Products", "cost changed"),
                  changes={"cost_cents": [before.get("cost_cents"), cleaned["cost_cents"]]})

    write_retrying(work)


def get_product(actor: Actor, product_id: int) -> ProductDetail:
    require(actor, Perm.PRODUCTS_VIEW, entity="product", entity_id=product_id)
    product = Product.get_or_none(Product.id == product_id)
    if product is None:
        raise NotFound(tr("Products", "That product no longer exists."))
    batches = [
        {"production_date": b.production_date, "expiry_date": b.expiry_date, "qty_remaining": b.qty_remaining,
         "received_at": b.received_at}
        for b in StockBatch.select().where(StockBatch.product == product_id, StockBatch.qty_remaining > 0)
        .order_by(StockBatch.received_at)]
    return ProductDetail(product.id, _plain(product, actor), product.status, product.stock_qty,
                         picture_path(product.picture), product.row_version, product.is_placeholder,
                         product.created_at, product.updated_at, batches)


def find_by_code(code: str) -> int | None:
    """Exact barcode or SKU (what a scanner types) → product id."""
    code = code.strip()
    if not code:
        return None
    row = (Product.select(Product.id).where(Product.barcode == code).first()
           or Product.select(Product.id).where(Product.sku == code).first())
    return row.id if row else None


# -- listing workflow ---------------------------------------------------------------------

def available_actions(actor: Actor, status: str) -> list[str]:
    return [name for name, (sources, _to, approval) in LISTING_ACTIONS.items()
            if status in sources and actor.can(Perm.PRODUCTS_APPROVE if approval else Perm.PRODUCTS_EDIT)]


def change_status(actor: Actor, product_id: int, action: str, comment: str = "") -> str:
    """draft → pending review → listed → delisted; only supervisor/owner approve or delist."""
    if action not in LISTING_ACTIONS:
        raise ValidationError(tr("Products", "Unknown listing action."))
    sources, target, approval = LISTING_ACTIONS[action]
    require(actor, Perm.PRODUCTS_APPROVE if approval else Perm.PRODUCTS_EDIT, entity="product", entity_id=product_id)

    def work() -> None:
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound(tr("Products", "That product no longer exists."))
        if product.status not in sources:
            raise Conflict(tr("Products", "'{action}' is not possible: the product is {status}.").format(
                action=listing_action_label(action), status=status_label(product.status)))
        if action == "approve" and product.price_cents <= 0:
            raise ValidationError(tr("Products", "Set a sale price before listing."), field="price_cents")
        Product.update(status=target, updated_at=timeutil.now(), row_version=Product.row_version + 1).where(
            Product.id == product_id).execute()
        audit(actor, "status", "product", product_id, summary=f"{listing_action_label(action)}: {comment}".strip(": "),
              old={"status": product.status}, new={"status": target})

    write_retrying(work)
    return target


# -- pictures ---------------------------------------------------------------------------------

def pictures_folder() -> Path:
    from shopmanager.db.database import database_proxy
    from shopmanager.core.paths import pictures_dir

    database = database_proxy.obj
    path = Path(database.database) if not is_postgres() and database is not None else None
    return pictures_dir(path)


def picture_path(name: str) -> Path | None:
    return pictures_folder() / name if name else None


def set_picture(actor: Actor, product_id: int, source: Path | None) -> str:
    """Copy a picture into the data folder (beside the database, so backups hold it); None removes it."""
    require(actor, Perm.PRODUCTS_EDIT, entity="product", entity_id=product_id)
    name = ""
    if source is not None:
        try:
            size = source.stat().st_size
            head = source.open("rb").read(8)
        except OSError as error:
            raise ValidationError(tr("Products", "Cannot read the picture {file}: {reason}").format(
                file=source.name, reason=error.strerror), field="picture") from None
        suffix = next((s for sig, s in PICTURE_SIGNATURES.items() if head.startswith(sig)), None)
        if suffix is None:
            raise ValidationError(tr("Products", "{file} is not a picture (PNG, JPEG, GIF, BMP or WebP).").format(
                file=source.name), field="picture")
        if size > MAX_PICTURE_BYTES:
            raise ValidationError(tr("Products", "The picture is larger than 10 MB."), field="picture")
        digest = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
        name = f"p{product_id}-{digest}{suffix}"
        folder = pictures_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / name).exists():
            shutil.copyfile(source, folder / f"{name}.part")
            (folder / f"{name}.part").replace(folder / name)

    def work() -> None:  # the file is in place before: running this again is safe
        product = Product.get_or_none(Product.id == product_id)
        if product is None:
            raise NotFound(tr("Products", "That product no longer exists."))
        Product.update(picture=name, updated_at=timeutil.now(), row_version=Product.row_version + 1).where(
            Product.id == product_id).execute()
        audit(actor, "update", "product", product_id, old={"picture": product.picture}, new={"picture": name})

    write_retrying(work)
    return name


# -- categories and suppliers ------------------------------------------------------------------

def list_categories() -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in Category.select().order_by(Category.sort_order, Category.name)]


def list_suppliers() -> list[tuple[int, str]]:
    return [(s.id, s.name) for s in Supplier.select().where(Supplier.active == True).order_by(Supplier.name)]  # noqa: E712


def supplier_details() -> list[dict[str, Any]]:
    return list(Supplier.select(Supplier.id, Supplier.name, Supplier.contact, Supplier.phone, Supplier.address,
                                Supplier.notes).where(Supplier.active == True).order_by(Supplier.name).dicts())  # noqa: E712


def category_usage() -> list[tuple[int, str, int]]:
    """(id, name, number of products) of every category."""
    counts = dict(Product.select(Product.category, peewee.fn.COUNT(Product.id)).group_by(Product.category).tuples())
    return [(category_id, name, counts.get(category_id, 0)) for category_id, name in list_categories()]


def save_category(actor: Actor, name: str, category_id: int | None = None) -> int:
    require(actor, Perm.PRODUCTS_EDIT, entity="category")
    name = clean_values({"category": name}).get("category", "")
    if not name:
        raise ValidationError(tr("Products", "Category: required."), field="name")

    def work() -> int:
        clash = Category.get_or_none(Category.name == name)
        if clash and clash.id != category_id:
            raise Conflict(tr("Products", "There is already a category '{name}'.").format(name=name), field="name")
        if category_id is None:
            created = Category.create(name=name).id
            audit(actor, "create", "category", created, new={"name": name})
            return created
        old = Category.get_by_id(category_id).name
        Category.update(name=name).where(Category.id == category_id).execute()
        audit(actor, "update", "category", category_id, old={"name": old}, new={"name": name})
        return category_id

    return write_retrying(work)


def delete_category(actor: Actor, category_id: int) -> None:
    require(actor, Perm.PRODUCTS_EDIT, entity="category", entity_id=category_id)

    def work() -> None:
        used = Product.select().where(Product.category == category_id).count()
        if used:
            raise Conflict(tr("Products", "{n} products use this category; move them first.").format(n=used))
        category = Category.get_or_none(Category.id == category_id)
        if category:
            category.delete_instance()
            audit(actor, "delete", "category", category_id, old={"name": category.name})

    write_retrying(work)


def save_supplier(actor: Actor, values: dict[str, str], supplier_id: int | None = None) -> int:
    require(actor, Perm.PRODUCTS_EDIT, entity="supplier")
    name = str(values.get("name", "")).strip()
    if not name or len(name) > 100:
        raise ValidationError(tr("Products", "Supplier name: 1 to 100 characters."), field="name")
    fields = {k: str(values.get(k, "")).strip()[:200] for k in ("contact", "phone", "address", "notes")}

    def work() -> int:
        clash = Supplier.get_or_none(Supplier.name == name)
        if clash and clash.id != supplier_id:
            raise Conflict(tr("Products", "There is already a supplier '{name}'.").format(name=name), field="name")
        if supplier_id is None:
            created = Supplier.create(name=name, **fields).id
            audit(actor, "create", "supplier", created, new={"name": name, **fields})
            return created
        old = Supplier.get_by_id(supplier_id)
        Supplier.update(name=name, **fields).where(Supplier.id == supplier_id).execute()
        audit(actor, "update", "supplier", supplier_id, old={"name": old.name, "phone": old.phone},
              new={"name": name, "phone": fields["phone"]})
        return supplier_id

    return write_retrying(work)


# -- the product list ------------------------------------------------------------------------------

def search_condition(text: str) -> peewee.Expression:
    """Name/SKU/barcode containing `text`: FTS5 trigram (SQLite) or pg_trgm (PostgreSQL) for 3+
    characters; shorter texts (one or two Chinese characters) fall back to LIKE."""
    text = text.strip()
    if is_postgres():
        haystack = peewee.fn.lower(Product.name.concat(" ").concat(Product.sku).concat(" ").concat(Product.barcode))
        return haystack.contains(text.lower())
    if len(text) >= 3:
        phrase = '"' + text.replace('"', '""') + '"'
        matches = peewee.SQL("(SELECT rowid FROM product_fts WHERE product_fts MATCH ?)", (phrase,))
        return Product.id.in_(matches)
    return Product.name.contains(text) | Product.sku.contains(text) | Product.barcode.contains(text)


@dataclass(frozen=True)
class ProductHit:
    """A product offered while typing its name, SKU or barcode (order entry)."""

    id: int
    sku: str
    name: str
    spec: str
    barcode: str
    price_cents: int
    stock_qty: int
    status: str


@dataclass(frozen=True)
class ProductHits:
    hits: list[ProductHit]
    next_after: int | None  # pass as `after` for the next page; None: no more
    cut_short: bool = False  # a one- or two-character search stopped at its time budget: type more


PICK_LIMIT = 20
SHORT_SEARCH_BUDGET = 0.12  # seconds: texts under 3 characters cannot use the search index


def _rows_within(query: peewee.ModelSelect, budget: float) -> tuple[list[tuple], bool]:
    """The query's rows, stopped when `budget` seconds are spent (rows found until then are kept on SQLite)."""
    if is_postgres():
        try:
            with transaction():
                current_database().execute_sql(f"SET LOCAL statement_timeout = {max(1, int(budget * 1000))}")
                return list(query.tuples()), False
        except peewee.DatabaseError as error:
            if "statement timeout" not in str(error):
                raise
            return [], True
    connection = current_database().connection()
    deadline = time.perf_counter() + budget
    connection.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
    rows: list[tuple] = []
    try:
        for row in query.tuples().iterator():
            rows.append(row)
    except peewee.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        return rows, True
    finally:
        connection.set_progress_handler(None, 0)
    return rows, False


def search_products(actor: Actor, text: str, *, limit: int = PICK_LIMIT, after: int | None = None) -> ProductHits:
    """Products whose name, SKU or barcode contains `text`, a page at a time: the exact SKU or
    barcode first (a scanner's code), then the newest products first (what the search index
    yields fastest — 3+ characters are one index lookup at a million products)."""
    require(actor, Perm.PRODUCTS_VIEW, entity="product")
    text = text.strip()
    if not text:
        return ProductHits([], None)
    columns = (Product.id, Product.sku, Product.name, Product.spec, Product.barcode, Product.price_cents,
               Product.stock_qty, Product.status)
    hits: list[ProductHit] = []
    exact = find_by_code(text) if after is None else None
    if exact is not None:
        hits.extend(ProductHit(*row) for row in Product.select(*columns).where(Product.id == exact).tuples())
    query = Product.select(*columns).where(search_condition(text))
    if exact is not None:
        query = query.where(Product.id != exact)
    if after is not None:
        query = query.where(Product.id < after)
    query = query.order_by(Product.id.desc()).limit(limit + 1)
    if len(text) >= 3:
        rows, cut_short = list(query.tuples()), False
    else:  # a scan of the whole table at a million products: it must not freeze the typing
        rows, cut_short = _rows_within(query, SHORT_SEARCH_BUDGET)
    more = len(rows) > limit
    hits.extend(ProductHit(*row) for row in rows[:limit])
    return ProductHits(hits, rows[limit - 1][0] if more else None, cut_short)


class ProductSource(ListSource):
    model = Product
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "updated_at"
    default_descending = True
    search_sort_newest = True
    count_cap_when_searching = 10_000
    columns = [
        Column("picture", lambda: tr("Products", "Picture"), "picture", width=44),
        Column("sku", lambda: tr("Products", "SKU"), sort=Product.sku, width=120),
        Column("name", lambda: tr("Products", "Name"), sort=Product.name, width=260),
        Column("barcode", lambda: tr("Products", "Barcode"), width=120),
        Column("category", lambda: tr("Products", "Category"), width=90),
        Column("brand", lambda: tr("Products", "Brand"), width=90),
        Column("spec", lambda: tr("Products", "Specification"), width=90),
        Column("price", lambda: tr("Products", "Sale price"), "money", sort=Product.price_cents, width=80),
        Column("cost", lambda: tr("Products", "Cost"), "money", width=80, owner_only=True),
        Column("stock", lambda: tr("Products", "Stock"), "int", sort=Product.stock_qty, width=70),
        Column("status", lambda: tr("Products", "Status"), "status", width=80),
        Column("updated_at", lambda: tr("Products", "Updated"), "datetime", sort=Product.updated_at, width=130),
    ]

    def __init__(self, actor: Actor):
        super().__init__(actor)
        self._folder = str(pictures_folder())
        self._threshold = low_stock_default()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (Product.select(Product.picture, Product.sku, Product.name, Product.barcode,
                                Category.name.alias("category"), Product.brand, Product.spec, Product.price_cents,
                                Product.cost_cents, Product.stock_qty, Product.status, Product.updated_at,
                                low_stock_flag(self._threshold).alias("low"))
                 .join(Category, peewee.JOIN.LEFT_OUTER))
        return self.apply_filters(query, request)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        return self.apply_filters(Product.select(Product.id), request)

    def count(self, request: ListRequest, cap: int | None = None) -> int:
        text = request.search.strip()
        if len(text) >= 3 and not request.filters and not is_postgres():
            # The search index counts its own matches without touching the product table.
            phrase = '"' + text.replace('"', '""') + '"'
            return current_database().execute_sql(
                "SELECT count(*) FROM product_fts WHERE product_fts MATCH ?", (phrase,)).fetchone()[0]
        return super().count(request, cap)

    def count_is_slow(self, request: ListRequest) -> bool:
        # One or two characters cannot use the trigram index: paging stops early, counting would not.
        return 0 < len(request.search.strip()) < 3

    def apply_filters(self, query: peewee.ModelSelect, request: ListRequest) -> peewee.ModelSelect:
        f = request.filters
        if f.get("category_id"):
            query = query.where(Product.category == f["category_id"])
        if f.get("status"):
            query = query.where(Product.status == f["status"])
        alert = f.get("alert")
        if alert == "low":
            query = query.where(low_stock_condition(self._threshold))
        elif alert == "slow":
            query = query.where(slow_condition())
        elif alert == "expiry":
            query = query.where(Product.id.in_(expiring_product_ids()))
        elif alert == "placeholder":
            query = query.where(Product.is_placeholder == True)  # noqa: E712
        if request.search.strip():
            query = query.where(search_condition(request.search))
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        picture = f"{self._folder}/{r['picture']}" if r["picture"] else ""
        values = [picture, r["sku"], r["name"], r["barcode"], r["category"] or "", r["brand"], r["spec"],
                  r["price_cents"], r["cost_cents"], r["stock_qty"], status_label(r["status"]), r["updated_at"]]
        if not self.actor.can(Perm.COST_VIEW):
            del values[8]
        return (*values, bool(r["low"]))  # the trailing flag is not a column: it colours the row

    def row_style(self, row: tuple) -> dict[str, str] | None:
        return {"foreground": "#c62828"} if row[-1] else None


def count_products() -> int:
    return current_database().execute_sql("SELECT count(*) FROM product").fetchone()[0]
