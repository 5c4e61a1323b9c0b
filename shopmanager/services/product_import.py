"""Products from Excel/CSV through the import pipeline (services/import_pipeline.py).

Columns are mapped to fields, values converted, rows of one SKU must agree, and every
row is checked with the same rules as the product form — all before anything is
written. New products (by SKU) are created with their opening stock; existing ones are
updated, a blank cell keeping what is stored, and every change audited with old → new
(cost changes in their own row, as the product form does). A dry run writes nothing
and gives the counts the import would give.
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
from shopmanager.db.bulk import (
    bulk_insert, db_time, deferred_search_index, execute_many, indexes_rebuilt_after, lookup, lookup_rows,
)
from shopmanager.db.models import AuditLog, Category, Product, StockMovement, Supplier
from shopmanager.services import import_pipeline, products
from shopmanager.services.context import Actor
from shopmanager.services.import_pipeline import ImportJob, ImportReport, PlanOutdated
from shopmanager.services.import_pipeline import (  # noqa: F401 - the dialog and the CLI use them from here too
    apply_saved, read, save_mapping, saved_mappings, write_errors,
)

CHUNK = 2000
PART_SIZE = 25_000  # products per transaction: an import up to this size is all or nothing; a larger one
# is written in parts (each whole; importing the file again completes one that was stopped), so another PC's
# save waits a second, not the whole import


def import_fields() -> list:
    """The columns a product file may have, with the header names shops use for them."""
    from shopmanager.excel import FieldSpec

    def spec(key, synonyms, kind="text", required=False, max_length=0):
        label = products.FIELD_BY_KEY[key].label if key in products.FIELD_BY_KEY else OPENING_LABEL
        return FieldSpec(key=key, label=label, kind=kind, required=required, synonyms=synonyms,
                         max_length=max_length, group_consistent=key != "sku")

    # Simplified headers, and the traditional ones of suppliers in Hong Kong and Taiwan.
    return [
        spec("sku", ["货号", "商家编码", "商品编码", "编码", "款号", "SKU", "sku", "item code", "貨號", "商家編碼", "商品編碼"], required=True,
             max_length=64),
        spec("name", ["商品名称", "宝贝名称", "宝贝标题", "品名", "名称", "商品", "product name", "title", "商品名稱", "名稱"], required=True,
             max_length=200),
        spec("barcode", ["条码", "条形码", "69码", "国际条码", "EAN", "barcode", "條碼", "條形碼"], max_length=64),
        spec("category", ["类目", "分类", "品类", "商品分类", "category", "類目", "分類"], max_length=60),
        spec("brand", ["品牌", "brand"], max_length=60),
        spec("spec", ["规格", "规格型号", "specification", "spec", "規格"], max_length=100),
        spec("model", ["型号", "model"], max_length=100),
        spec("ingredients", ["主要成分", "成分", "配料", "ingredients"], max_length=2000),
        spec("origin", ["产地", "origin", "產地"], max_length=60),
        spec("shelf_life_days", ["保质期", "保质期(天)", "保质期（天）", "shelf life"], kind="int"),
        spec("usage", ["使用方法", "用法", "usage"], max_length=2000),
        spec("return_policy", ["退换货政策", "售后政策", "return policy"], max_length=2000),
        spec("price_cents", ["售价", "价格", "零售价", "销售价", "一口价", "price", "售價", "價格", "零售價"], kind="money"),
        spec("cost_cents", ["成本", "成本价", "进价", "采购价", "cost", "成本價", "進價"], kind="money"),
        spec("supplier", ["供应商", "供货商", "supplier", "供應商"], max_length=100),
        spec("low_stock_threshold", ["预警线", "库存预警", "低库存预警", "threshold"], kind="int"),
        spec("notes", ["备注", "notes", "備註"], max_length=2000),
        spec("opening_stock", ["期初库存", "库存", "数量", "opening stock", "stock"], kind="int"),
    ]


def OPENING_LABEL() -> str:  # noqa: N802 - used as a label callable like the others
    return tr("Products", "Opening stock (new products)")


class ProductJob(ImportJob):
    """Products by SKU: new ones created (with their opening stock), existing ones updated."""

    name = "products"
    entity = "product"
    permission = Perm.PRODUCTS_IMPORT
    key_field = "sku"

    def __init__(self, actor: Actor):
        self.actor = actor

    def fields(self) -> list:
        return import_fields()

    def prepare(self, actor: Actor, sheet, mapping: dict[str, int], report: ImportReport) -> None:
        if "sku" not in mapping or "name" not in mapping:
            raise ValidationError(tr("Import", "Choose the columns for SKU and name: both are required."),
                                  field="mapping")
        if "cost_cents" in mapping and not actor.can(Perm.COST_VIEW):
            raise ValidationError(tr("Import", "Only the owner may import costs: leave the column '{column}' "
                                               "unmapped.").format(column=report.headers["cost_cents"]),
                                  field="cost_cents")
        if "price_cents" in mapping and not actor.can(Perm.PRICES_EDIT):
            raise ValidationError(tr("Import", "Your role may not change sale prices: leave the column '{column}' "
                                               "unmapped.").format(column=report.headers["price_cents"]),
                                  field="price_cents")

    def check(self, records, report: ImportReport) -> _Plan:
        self.report = report
        rows = []
        seen: set[str] = set()
        for row_number, values in records:
            if values["sku"] in seen:
                continue  # the same product twice with the same values: once is enough
            seen.add(values["sku"])
            values = dict(values)
            opening = values.pop("opening_stock", None)
            try:
                cleaned = products.check_ranges(values)
            except ValidationError as error:
                report.problem(row_number, error.field or "", str(error))
                continue
            if opening is not None and opening < 0:
                report.problem(row_number, "opening_stock", tr("Import", "Opening stock cannot be negative."))
                continue
            rows.append((row_number, cleaned, opening))
        return _plan(self.actor, rows, report)

    def batches(self, plan: _Plan) -> list[_Plan]:
        return [_prepare(part, self.report) for part in plan.parts()]

    def write(self, plan: _Plan, report: ImportReport) -> None:
        _write(self.actor, plan, report)


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None) -> ImportReport:
    """Check every row; write nothing unless all are good (nothing at all for a dry run)."""
    return import_pipeline.run_import(actor, ProductJob(actor), path, mapping, dry_run=dry_run, progress=progress,
                                      sheet=sheet)


@dataclass
class _Plan:
    new: list[tuple[int, dict[str, Any], int | None]] = field(default_factory=list)  # row, values, opening
    updates: list[tuple[int, int, int, dict[str, Any], dict[str, list]]] = field(default_factory=list)
    # (row, product id, row_version, values to set, changes {key: [old, new]})
    rows: list[list] = field(default_factory=list)  # the new products' columns (_prepare)
    openings: list[tuple[str, int]] = field(default_factory=list)
    audits: list[tuple] = field(default_factory=list)

    def parts(self) -> list[_Plan]:
        """New products PART_SIZE at a time, then the updates: each part a short transaction."""
        parts = [_Plan(self.new[i:i + PART_SIZE], []) for i in range(0, len(self.new), PART_SIZE)]
        parts += [_Plan([], self.updates[i:i + PART_SIZE]) for i in range(0, len(self.updates), PART_SIZE)]
        return parts or [_Plan()]


def _plan(actor: Actor, records: list, report: ImportReport) -> _Plan:
    """What the import will do, from what is stored now (reads only)."""
    plan = _Plan()
    skus = [r[1]["sku"] for r in records]
    known = dict(lookup("product", "sku", "id", skus))
    existing: dict[str, dict[str, Any]] = {}
    columns = ["id", "row_version", *sorted({k for r in records for k in r[1]} - {"category", "supplier"}),
               "category_id", "supplier_id"]
    for row in lookup_rows("product", "id", columns, list(known.values())):
        existing[row["sku"]] = row
    barcodes = {r[1]["barcode"]: r for r in records if r[1].get("barcode")}
    for barcode, sku in lookup("product", "barcode", "sku", list(barcodes)):
        row_number, cleaned, _ = barcodes[barcode]
        if sku != cleaned["sku"]:
            report.problem(row_number, "barcode", tr("Import", "Barcode {code} already belongs to the product {sku}.")
                           .format(code=barcode, sku=sku))
    categories = _names(Category, {r[1]["category"] for r in records if r[1].get("category")})
    suppliers = _names(Supplier, {r[1]["supplier"] for r in records if r[1].get("supplier")})
    for row_number, cleaned, opening in records:
        current = existing.get(cleaned["sku"])
        if current is None:
            plan.new.append((row_number, cleaned, opening))
            report.created += 1
            continue
        values = {k: v for k, v in cleaned.items() if v not in ("", None)}  # a blank cell keeps what is stored
        changes = {}
        for key, value in values.items():
            if key in ("category", "supplier"):
                ids = categories if key == "category" else suppliers
                before = current[f"{key}_id"]
                if ids.get(value) is None or ids[value] != before:
                    changes[key] = [_name_of(key, before), value]
            elif _plain(current[key]) != _plain(value):
                changes[key] = [_plain(current[key]), _plain(value)]
        if changes:
            plan.updates.append((row_number, current["id"], current["row_version"],
                                 {k: values[k] for k in changes}, changes))
            report.updated += 1
        else:
            report.unchanged += 1
    return plan


_FIELDS = [f for f in Product._meta.sorted_fields if f.name != "id"]
_NAMES = [f.name for f in _FIELDS]
_CATEGORY, _SUPPLIER = _NAMES.index("category"), _NAMES.index("supplier")


def _prepare(plan: _Plan, report: ImportReport) -> _Plan:
    """A part's rows and audit texts, made ready before its transaction (outside the lock)."""
    now = db_time(timeutil.now())
    template = {f.name: f.default() if callable(f.default) else f.default for f in _FIELDS}
    template.update({"status": ProductStatus.DRAFT.value, "created_at": now, "updated_at": now, "row_version": 1,
                     "stock_qty": 0, "low_stock_threshold": None, "shelf_life_days": None, "category": None,
                     "supplier": None, "last_sale_at": None, "is_placeholder": False})
    as_list = operator.itemgetter(*_NAMES)
    plan.rows, plan.openings = [], []
    for _row_number, cleaned, opening in plan.new:
        row = template.copy()
        row.update(cleaned)
        if opening:  # the opening stock's movement is written with the product
            row["stock_qty"] = opening
            plan.openings.append((cleaned["sku"], opening))
        plan.rows.append(list(as_list(row)))  # category and supplier still names: their ids come in the write
    plan.audits = []
    for row_number, product_id, _version, _values, changes in plan.updates:
        summary = tr("Import", "import {file} row {row}").format(file=report.file, row=row_number)
        shown = {k: c for k, c in changes.items() if k != "cost_cents"}
        if shown:
            plan.audits.append(("update", "product", str(product_id), summary, json.dumps(shown, ensure_ascii=False)))
        if "cost_cents" in changes:  # as the product form does: its own row, for the owner's eyes
            plan.audits.append(("update", "product", str(product_id), tr("Products", "cost changed") + f" ({summary})",
                                json.dumps({"cost_cents": changes["cost_cents"]}, ensure_ascii=False)))
    return plan


def _write(actor: Actor, plan: _Plan, report: ImportReport) -> None:
    """One part of the plan (inside the pipeline's transaction)."""
    moment = timeutil.now()
    now = db_time(moment)  # the same instant on every row, converted once
    wanted = [r[1] for r in plan.new] + [u[3] for u in plan.updates]
    category_ids = _ensure_names(Category, {v["category"] for v in wanted if v.get("category")})
    supplier_ids = _ensure_names(Supplier, {v["supplier"] for v in wanted if v.get("supplier")})
    audit_rows = [(now, actor.user_id, actor.username, *entry) for entry in plan.audits]
    if plan.new:
        for row in plan.rows:
            if row[_CATEGORY] is not None:
                row[_CATEGORY] = category_ids[row[_CATEGORY]]
            if row[_SUPPLIER] is not None:
                row[_SUPPLIER] = supplier_ids[row[_SUPPLIER]]
        with deferred_search_index(), indexes_rebuilt_after(Product, len(plan.rows)):
            for start in range(0, len(plan.rows), CHUNK):
                bulk_insert(Product, _FIELDS, plan.rows[start:start + CHUNK])
        new_ids = dict(lookup("product", "sku", "id", [r[1]["sku"] for r in plan.new]))
        where = tr("Import", "import {file}").format(file=report.file)
        audit_rows += [(now, actor.user_id, actor.username, "create", "product", str(new_ids[r[1]["sku"]]), where, "")
                       for r in plan.new]
        _opening_stock(actor, [(new_ids[sku], qty) for sku, qty in plan.openings], now)
    by_columns: dict[tuple[str, ...], list[tuple]] = {}
    for _row_number, product_id, row_version, values, _changes in plan.updates:
        values = dict(values)
        for key, ids in (("category", category_ids), ("supplier", supplier_ids)):
            if key in values:
                values[key] = ids[values[key]]
        columns = tuple(sorted(values))
        by_columns.setdefault(columns, []).append((*[values[c] for c in columns], now, product_id, row_version))
    for columns, rows in by_columns.items():
        names = ", ".join(f'"{Product._meta.fields[c].column_name}" = ?' for c in columns)
        changed = execute_many(f"UPDATE product SET {names}, updated_at = ?, row_version = row_version + 1, "
                               "is_placeholder = FALSE WHERE id = ? AND row_version = ?", rows)
        if changed != len(rows):
            raise PlanOutdated("a product changed meanwhile")
    audit_fields = [AuditLog.at, AuditLog.user, AuditLog.username, AuditLog.action, AuditLog.entity,
                    AuditLog.entity_id, AuditLog.summary, AuditLog.changes]
    with indexes_rebuilt_after(AuditLog, len(audit_rows)):
        for start in range(0, len(audit_rows), CHUNK):
            bulk_insert(AuditLog, audit_fields, audit_rows[start:start + CHUNK])


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


def _names(model, names: set[str]) -> dict[str, int]:
    """name → id of the categories or suppliers that exist already."""
    return dict(model.select(model.name, model.id).where(model.name.in_(list(names))).tuples()) if names else {}


def _name_of(key: str, row_id: int | None) -> str:
    if row_id is None:
        return ""
    model = Category if key == "category" else Supplier
    return model.select(model.name).where(model.id == row_id).scalar() or ""


def _ensure_names(model, names: set[str]) -> dict[str, int]:
    found = _names(model, names)
    for name in sorted(names - set(found)):
        found[name] = model.create(name=name).id
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def guess(sheet) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    return guess_mapping(sheet.headers, import_fields())
