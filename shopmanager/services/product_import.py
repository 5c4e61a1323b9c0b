"""Products from Excel/CSV: mapping, preview, dry run, atomic commit, error file.

Through the one importer of excel/: read the sheet, map columns to fields, convert
values, find conflicts inside the file (one SKU with two different names), then check
each row with the same rules as the product form. Nothing is written unless every row
is good; the commit is one transaction (new products by SKU, existing ones updated),
and a dry run does all of it and rolls back, so its counts are exactly what the real
import would do.
"""
from __future__ import annotations

import datetime as dt
import json
import operator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from shopmanager.core import timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind, ProductStatus
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import bulk_insert, db_time, deferred_search_index, indexes_rebuilt_after
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import AuditLog, Category, Product, SavedMapping, StockMovement, Supplier
from shopmanager.services import products
from shopmanager.services.context import Actor, audit, require, transaction

CHUNK = 2000


def import_fields() -> list:
    """The columns a product file may have, with the header names shops use for them."""
    from shopmanager.excel import FieldSpec

    def spec(key, synonyms, kind="text", required=False, max_length=0):
        label = products.FIELD_BY_KEY[key].label if key in products.FIELD_BY_KEY else OPENING_LABEL
        return FieldSpec(key=key, label=label, kind=kind, required=required, synonyms=synonyms,
                         max_length=max_length, group_consistent=key != "sku")

    return [
        spec("sku", ["货号", "商家编码", "商品编码", "编码", "款号", "SKU", "sku", "item code"], required=True,
             max_length=64),
        spec("name", ["商品名称", "宝贝名称", "宝贝标题", "品名", "名称", "商品", "product name", "title"], required=True,
             max_length=200),
        spec("barcode", ["条码", "条形码", "69码", "国际条码", "EAN", "barcode"], max_length=64),
        spec("category", ["类目", "分类", "品类", "商品分类", "category"], max_length=60),
        spec("brand", ["品牌", "brand"], max_length=60),
        spec("spec", ["规格", "规格型号", "specification", "spec"], max_length=100),
        spec("model", ["型号", "model"], max_length=100),
        spec("ingredients", ["主要成分", "成分", "配料", "ingredients"], max_length=2000),
        spec("origin", ["产地", "origin"], max_length=60),
        spec("shelf_life_days", ["保质期", "保质期(天)", "保质期（天）", "shelf life"], kind="int"),
        spec("usage", ["使用方法", "用法", "usage"], max_length=2000),
        spec("return_policy", ["退换货政策", "售后政策", "return policy"], max_length=2000),
        spec("price_cents", ["售价", "价格", "零售价", "销售价", "一口价", "price"], kind="money"),
        spec("cost_cents", ["成本", "成本价", "进价", "采购价", "cost"], kind="money"),
        spec("supplier", ["供应商", "供货商", "supplier"], max_length=100),
        spec("low_stock_threshold", ["预警线", "库存预警", "低库存预警", "threshold"], kind="int"),
        spec("notes", ["备注", "notes"], max_length=2000),
        spec("opening_stock", ["期初库存", "库存", "数量", "opening stock", "stock"], kind="int"),
    ]


def OPENING_LABEL() -> str:  # noqa: N802 - used as a label callable like the others
    return tr("Products", "Opening stock (new products)")


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)  # excel.Problem
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def read(path: Path, progress: Progress | None = None):
    from shopmanager.excel import read_sheet

    return read_sheet(path, progress=progress)


def guess(sheet) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    return guess_mapping(sheet.headers, import_fields())


def _problem(row: int, header: str, key: str, message: str):
    from shopmanager.excel import Problem

    return Problem(row, header, key, message)


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None) -> ImportReport:
    """Validate every row, then write all of them in one transaction (or roll back for a dry run)."""
    from shopmanager.excel import convert_rows, find_conflicts

    require(actor, Perm.PRODUCTS_IMPORT, entity="product")
    progress = progress or Progress()
    progress.update(0, 100, tr("Import", "Reading {file}…").format(file=path.name))
    sheet = sheet if sheet is not None else read(path, progress)
    fields = import_fields()
    report = ImportReport(file=path.name, rows=len(sheet.rows), dry_run=dry_run)
    header_of = {key: sheet.headers[index] for key, index in mapping.items() if 0 <= index < len(sheet.headers)}
    if "sku" not in mapping or "name" not in mapping:
        raise ValidationError(tr("Import", "Choose the columns for SKU and name: both are required."), field="mapping")
    if "cost_cents" in mapping and not actor.can(Perm.COST_VIEW):
        raise ValidationError(tr("Import", "Only the owner may import costs: leave the column '{column}' unmapped.")
                              .format(column=header_of["cost_cents"]), field="cost_cents")
    converted = convert_rows(sheet, mapping, fields)
    report.problems.extend(converted.problems)
    report.problems.extend(find_conflicts(converted.records, "sku", fields, duplicates="merge", headers=header_of))
    progress.update(10, 100, tr("Import", "Checking rows…"))
    records = []
    seen: set[str] = set()
    for row_number, values in converted.records:
        if values["sku"] in seen:
            continue  # the same product twice with the same values: once is enough
        seen.add(values["sku"])
        opening = values.pop("opening_stock", None)
        try:
            cleaned = products.check_ranges(values)
        except ValidationError as error:
            report.problems.append(_problem(row_number, header_of.get(error.field or "", ""), error.field or "",
                                            str(error)))
            continue
        if opening is not None and opening < 0:
            report.problems.append(_problem(row_number, header_of.get("opening_stock", ""), "opening_stock",
                                            tr("Import", "Opening stock cannot be negative.")))
            continue
        records.append((row_number, cleaned, opening))
    if report.problems:
        position = {header: index for index, header in enumerate(sheet.headers)}
        report.problems.sort(key=lambda p: (p.row, position.get(p.column, -1)))
        return report
    try:
        with transaction():
            _commit(actor, records, header_of, report, progress)
            if report.problems:
                raise _DryRun()
            if dry_run:
                raise _DryRun()
            report.committed = True
    except _DryRun:
        pass
    return report


def _commit(actor: Actor, records: list, header_of: dict[str, str], report: ImportReport, progress: Progress) -> None:
    moment = timeutil.now()
    now = db_time(moment)  # the same instant on every row, converted once
    category_ids = _ensure_names(Category, {r[1]["category"] for r in records if r[1].get("category")})
    supplier_ids = _ensure_names(Supplier, {r[1]["supplier"] for r in records if r[1].get("supplier")})
    existing: dict[str, Product] = {}
    skus = [r[1]["sku"] for r in records]
    known = {sku: product_id for sku, product_id in _lookup("sku", "id", skus)}
    ids = list(known.values())
    for start in range(0, len(ids), CHUNK):
        for product in Product.select().where(Product.id.in_(ids[start:start + CHUNK])):
            existing[product.sku] = product
    barcodes = {r[1]["barcode"]: r for r in records if r[1].get("barcode")}
    if barcodes:
        for barcode, sku in _lookup("barcode", "sku", list(barcodes)):
            row_number, cleaned, _ = barcodes[barcode]
            if sku != cleaned["sku"]:
                report.problems.append(_problem(row_number, header_of.get("barcode", ""), "barcode", tr(
                    "Import", "Barcode {code} already belongs to the product {sku}.").format(code=barcode, sku=sku)))
    if report.problems:
        return
    fields = [f for f in Product._meta.sorted_fields if f.name != "id"]
    template = {f.name: f.default() if callable(f.default) else f.default for f in fields}
    template.update({"status": ProductStatus.DRAFT.value, "created_at": now, "updated_at": now, "row_version": 1,
                     "stock_qty": 0, "low_stock_threshold": None, "shelf_life_days": None, "category": None,
                     "supplier": None, "last_sale_at": None, "is_placeholder": False})
    as_tuple = operator.itemgetter(*[f.name for f in fields])
    new_rows, audit_rows, openings = [], [], []
    total = len(records)
    for index, (row_number, cleaned, opening) in enumerate(records, start=1):
        values = dict(cleaned)
        if "category" in values:
            values["category"] = category_ids.get(values["category"])
        if "supplier" in values:
            values["supplier"] = supplier_ids.get(values["supplier"])
        current = existing.get(cleaned["sku"])
        if current is not None:  # a blank cell keeps what the product has
            values = {k: v for k, v in values.items() if v not in ("", None)}
        if current is None:
            row = template.copy()
            row.update(values)
            if opening:  # the opening stock's movement is written with the product below
                row["stock_qty"] = opening
                openings.append((cleaned["sku"], opening))
            new_rows.append(as_tuple(row))
            report.created += 1
        else:
            changes = {k: [_plain(getattr(current, k if k not in ("category", "supplier") else f"{k}_id")), _plain(v)]
                       for k, v in values.items() if _plain(getattr(current, k if k not in ("category", "supplier")
                                                                     else f"{k}_id")) != _plain(v)}
            if changes:
                Product.update(**values, updated_at=moment, row_version=Product.row_version + 1,
                               is_placeholder=False).where(Product.id == current.id).execute()
                audit_rows.append((now, actor.user_id, actor.username, "update", "product", str(current.id),
                                   tr("Import", "import {file} row {row}").format(file=report.file, row=row_number),
                                   json.dumps({k: c for k, c in changes.items() if k != "cost_cents"},
                                              ensure_ascii=False)))
                report.updated += 1
            else:
                report.unchanged += 1
        if index % CHUNK == 0:
            progress.update(10 + int(70 * index / total), 100, tr("Import", "Writing products…"))
    with deferred_search_index(), indexes_rebuilt_after(Product, len(new_rows)):
        for start in range(0, len(new_rows), CHUNK):
            bulk_insert(Product, fields, new_rows[start:start + CHUNK])
    if new_rows:
        new_skus = [row[fields.index(Product.sku)] for row in new_rows]
        new_ids = dict(_lookup("sku", "id", new_skus))
        for sku in new_skus:
            audit_rows.append((now, actor.user_id, actor.username, "create", "product", str(new_ids[sku]),
                               tr("Import", "import {file}").format(file=report.file), ""))
        _opening_stock(actor, [(new_ids[sku], qty) for sku, qty in openings], now)
    progress.update(90, 100, tr("Import", "Writing the audit log…"))
    audit_fields = [AuditLog.at, AuditLog.user, AuditLog.username, AuditLog.action, AuditLog.entity,
                    AuditLog.entity_id, AuditLog.summary, AuditLog.changes]
    with indexes_rebuilt_after(AuditLog, len(audit_rows)):
        for start in range(0, len(audit_rows), CHUNK):
            bulk_insert(AuditLog, audit_fields, audit_rows[start:start + CHUNK])
    audit(actor, "import", "product", "", summary=tr(
        "Import", "{file}: {created} new, {updated} updated, {unchanged} unchanged").format(
            file=report.file, created=report.created, updated=report.updated, unchanged=report.unchanged))
    progress.update(100, 100, tr("Import", "Done"))


def _opening_stock(actor: Actor, lines: list[tuple[int, int]], now: dt.datetime | str) -> None:
    """The movements of new products' opening stock (their cached quantity was inserted with them)."""
    if not lines:
        return
    reason = tr("Import", "opening stock from import")
    rows = [(product_id, MovementKind.OPENING.value, qty, qty, reason, "import", None, None, actor.user_id, now)
            for product_id, qty in lines]
    with indexes_rebuilt_after(StockMovement, len(rows)):
        bulk_insert(StockMovement, [StockMovement.product, StockMovement.kind, StockMovement.qty,
                                    StockMovement.balance_after, StockMovement.reason, StockMovement.ref_type,
                                    StockMovement.ref_id, StockMovement.batch, StockMovement.user, StockMovement.at],
                    rows)


def _lookup(column: str, wanted: str, keys: list[str]) -> list[tuple[Any, Any]]:
    """(key, wanted) of the products whose `column` is one of `keys`, in chunks, as plain SQL
    (peewee builds an IN list value by value, which cost seconds at 100k rows)."""
    database = current_database()
    marker = "%s" if is_postgres() else "?"
    found = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        sql = f'SELECT "{column}", "{wanted}" FROM "product" WHERE "{column}" IN ({", ".join([marker] * len(chunk))})'
        found.extend(database.execute_sql(sql, chunk).fetchall())
    return found


def _ensure_names(model, names: set[str]) -> dict[str, int]:
    found = dict(model.select(model.name, model.id).where(model.name.in_(list(names))).tuples()) if names else {}
    for name in sorted(names - set(found)):
        found[name] = model.create(name=name).id
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


# -- saved mappings -------------------------------------------------------------------------

def saved_mappings(target: str = "products") -> dict[str, dict[str, str]]:
    """name → {header: field key}"""
    return {m.name: json.loads(m.mapping) for m in SavedMapping.select().where(SavedMapping.target == target)
            .order_by(SavedMapping.name)}


def save_mapping(actor: Actor, name: str, headers: list[str], mapping: dict[str, int],
                 target: str = "products") -> None:
    require(actor, Perm.PRODUCTS_IMPORT if target == "products" else Perm.ORDERS_IMPORT, entity="mapping")
    name = name.strip()
    if not name:
        raise ValidationError(tr("Import", "Give the mapping a name."), field="name")
    by_header = {headers[index]: key for key, index in mapping.items() if 0 <= index < len(headers)}
    text = json.dumps(by_header, ensure_ascii=False)
    with transaction():
        (SavedMapping.insert(target=target, name=name[:60], mapping=text, created_by=actor.user_id,
                             created_at=timeutil.now())
         .on_conflict(conflict_target=[SavedMapping.target, SavedMapping.name],
                      update={SavedMapping.mapping: text}).execute())
        audit(actor, "update", "mapping", name, summary=target, new=by_header)


def apply_saved(headers: list[str], by_header: dict[str, str]) -> tuple[dict[str, int], list[str]]:
    """A saved mapping applied to this file's headers: (mapping, headers missing from the file)."""
    mapping, missing = {}, []
    for header, key in by_header.items():
        if header in headers:
            mapping[key] = headers.index(header)
        else:
            missing.append(header)
    return mapping, missing


def write_errors(path: Path, sheet, problems) -> Path:
    from shopmanager.excel import write_error_file

    write_error_file(path, sheet, problems)
    return path


