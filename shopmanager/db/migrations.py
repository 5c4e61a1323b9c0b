"""Schema versions and the ordered migrations that reach them.

A database records its version in `schema_version`. Opening a database from an older
release upgrades it (each migration in one transaction, after a copy of a SQLite file
is kept beside it); one from a newer release is refused, untouched.

Rule for later releases: a migration never changes; a change of schema is a new
migration appended to MIGRATIONS, tested from a database file written before it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from shopmanager import __version__
from shopmanager.core import timeutil
from shopmanager.db.database import (
    current_database, foreign_database_problem, is_postgres, newer_schema_problem,
)
from shopmanager.db.models import FOUNDATION_MODELS, ORDER_MODELS, PRODUCT_MODELS, SchemaVersion


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[peewee.Database], None]


def _foundation(database: peewee.Database) -> None:
    database.create_tables(FOUNDATION_MODELS)
    if is_postgres():
        database.execute_sql(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit log cannot be changed or deleted'; END $$")
        database.execute_sql(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")
    else:
        for event in ("UPDATE", "DELETE"):
            database.execute_sql(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed or deleted'); END")


def _products(database: peewee.Database) -> None:
    database.create_tables(PRODUCT_MODELS)
    # Alert counts at a million products: few products have their own threshold, and
    # "never sold" products are counted from their creation.
    database.execute_sql("CREATE INDEX product_own_threshold ON product (status, stock_qty, low_stock_threshold) "
                         "WHERE low_stock_threshold IS NOT NULL")
    database.execute_sql("CREATE INDEX product_never_sold ON product (status, created_at, stock_qty) "
                         "WHERE last_sale_at IS NULL")
    if is_postgres():
        # Substring search over name/SKU/barcode at a million products (pg_trgm is a
        # trusted extension: the database owner may create it).
        database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        database.execute_sql(
            "CREATE INDEX product_search_trgm ON product USING gin "
            "((lower(name || ' ' || sku || ' ' || barcode)) gin_trgm_ops)")
    else:
        database.execute_sql(
            "CREATE VIRTUAL TABLE product_fts USING fts5(name, sku, barcode, content='product', "
            "content_rowid='id', tokenize='trigram')")
        # Bulk inserts (imports, demo data) switch this off and index their rows in one
        # statement: 5× faster than row by row (db/bulk.py, deferred_search_index).
        database.execute_sql(
            "CREATE TRIGGER product_fts_insert AFTER INSERT ON product "
            f"WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = '{BULK_FLAG}') BEGIN "
            "INSERT INTO product_fts(rowid, name, sku, barcode) VALUES (new.id, new.name, new.sku, new.barcode); END")
        database.execute_sql(
            "CREATE TRIGGER product_fts_delete AFTER DELETE ON product BEGIN "
            "INSERT INTO product_fts(product_fts, rowid, name, sku, barcode) "
            "VALUES ('delete', old.id, old.name, old.sku, old.barcode); END")
        database.execute_sql(
            "CREATE TRIGGER product_fts_update AFTER UPDATE OF name, sku, barcode ON product BEGIN "
            "INSERT INTO product_fts(product_fts, rowid, name, sku, barcode) "
            "VALUES ('delete', old.id, old.name, old.sku, old.barcode); "
            "INSERT INTO product_fts(rowid, name, sku, barcode) VALUES (new.id, new.name, new.sku, new.barcode); END")


BULK_FLAG = "internal.bulk_insert"

DEFAULT_CARRIERS = [
    ("顺丰速运", "SF"), ("中通快递", "ZTO"), ("圆通速递", "YTO"), ("申通快递", "STO"), ("韵达快递", "YD"),
    ("极兔速递", "JTSD"), ("邮政EMS", "EMS"), ("京东物流", "JD"), ("德邦快递", "DBL"),
]


def _orders(database: peewee.Database) -> None:
    from shopmanager.db.models import Carrier

    database.create_tables(ORDER_MODELS)
    # A platform's order number is unique within its channel; the shop's own orders have none.
    database.execute_sql(
        "CREATE UNIQUE INDEX sales_order_platform_no ON sales_order (channel, platform_order_no) "
        "WHERE platform_order_no <> ''")
    # A tracking number ships one parcel only; a cancelled shipment (a mistyped number)
    # gives its number free for the right order.
    database.execute_sql(
        "CREATE UNIQUE INDEX shipment_tracking_active ON shipment (tracking_no) WHERE cancelled_at IS NULL")
    Carrier.insert_many(
        [{"name": name, "code": code, "sort_order": i} for i, (name, code) in enumerate(DEFAULT_CARRIERS)]
    ).execute()


def _appraisal(database: peewee.Database) -> None:
    from shopmanager.db.models import APPRAISAL_MODELS

    database.create_tables(APPRAISAL_MODELS)
    # Sales per staff member for the appraisal: one index range over the month per person, the
    # customer and order time included so that "new customers" reads no order row of its own.
    database.execute_sql("CREATE INDEX sales_order_staff_paid ON sales_order "
                         "(staff_id, paid_at, status, total_cents, freight_cents, customer_id, ordered_at)")
    # Parcels per shipping clerk: one index range over the month per account.
    database.execute_sql("CREATE INDEX shipment_by_shipper ON shipment (shipped_by_id, shipped_at, cancelled_at)")


def _order_imports(database: peewee.Database) -> None:
    from shopmanager.db.models import IMPORT_MODELS

    database.create_tables(IMPORT_MODELS)


def _aftersales(database: peewee.Database) -> None:
    from shopmanager.db.models import AFTERSALES_MODELS

    database.create_tables(AFTERSALES_MODELS)
    # A platform's refund number is one case (re-importing a refund file updates it).
    database.execute_sql(
        "CREATE UNIQUE INDEX aftersales_case_refund_no ON aftersales_case (channel, platform_refund_no) "
        "WHERE platform_refund_no <> ''")
    # Open cases never answered, by age: the overdue flag and its count.
    database.execute_sql(
        "CREATE INDEX aftersales_case_unanswered ON aftersales_case (received_at) WHERE first_response_at IS NULL")


def add_column(database: peewee.Database, table: str, column: str, definition: str) -> None:
    """ALTER TABLE … ADD COLUMN, unless the column is there already (a database created by
    this release gets it from the model in the first migration)."""
    if column not in {c.name for c in database.get_columns(table)}:
        database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {column} {definition}')


def _roster(database: peewee.Database) -> None:
    """Staff numbers 工号 and the base wage on staff; the roster module's tables; the seed's shifts."""
    from shopmanager.core.roster import DEFAULT_SHIFTS
    from shopmanager.db.models import ROSTER_MODELS, ShiftTemplate

    add_column(database, "staff", "staff_no", "VARCHAR(20) NOT NULL DEFAULT ''")
    add_column(database, "staff", "base_wage_cents", "BIGINT NOT NULL DEFAULT 0")
    for (staff_id,) in database.execute_sql("SELECT id FROM staff WHERE staff_no = '' ORDER BY id").fetchall():
        database.execute_sql("UPDATE staff SET staff_no = %s WHERE id = %s" if is_postgres() else
                             "UPDATE staff SET staff_no = ? WHERE id = ?", (f"{staff_id:04d}", staff_id))
    database.execute_sql("CREATE UNIQUE INDEX staff_number_unique ON staff (staff_no) WHERE staff_no <> ''")
    database.create_tables(ROSTER_MODELS)
    # An upheld complaint or an appraisal result is fined or rewarded once.
    database.execute_sql("CREATE UNIQUE INDEX reward_fine_source ON reward_fine (source) WHERE source <> ''")
    now = timeutil.now()
    ShiftTemplate.insert_many([
        {"name": name, "start_time": start, "end_time": end, "color": color, "sort_order": index,
         "created_at": now, "updated_at": now}
        for index, (name, start, end, color) in enumerate(DEFAULT_SHIFTS)]).execute()


def _user_language(database: peewee.Database) -> None:
    add_column(database, "user", "language", "VARCHAR(10) NOT NULL DEFAULT ''")


def _desk_features(database: peewee.Database) -> None:
    """Issue 12: the carriers' tracking-number patterns, with the defaults for the carriers a shop starts with."""
    from shopmanager.core.tracking import DEFAULT_PATTERNS
    from shopmanager.db.models import Carrier
    from shopmanager.db.models.desk import DESK_MODELS, CarrierPattern

    database.create_tables(DESK_MODELS)
    rows = [{"carrier": carrier_id, "pattern": pattern, "position": position}
            for carrier_id, code in Carrier.select(Carrier.id, Carrier.code).tuples()
            for position, pattern in enumerate(DEFAULT_PATTERNS.get((code or "").upper(), ()))]
    if rows:
        CarrierPattern.insert_many(rows).execute()


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation", _foundation),
    Migration(2, "products and stock", _products),
    Migration(3, "orders, customers, shipping", _orders),
    Migration(4, "order imports: platform codes, waiting item lines, provisional lines", _order_imports),
    # 5 was set aside for the data-safety work, which turned out to need no table.
    Migration(6, "after-sales register", _aftersales),
    Migration(7, "staff roster, attendance, fines and the growth fund", _roster),
    Migration(8, "appraisal", _appraisal),
    Migration(9, "each user's own language", _user_language),
    Migration(10, "desk features: carriers' tracking-number patterns", _desk_features),
]
CURRENT_VERSION = MIGRATIONS[-1].version


def schema_version() -> int | None:
    """The stored version; 0 for an empty database; None when it is not ours."""
    database = current_database()
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        return 0 if not tables else None
    row = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def check_version() -> int:
    """The version, or DatabaseProblem when the program cannot work on this database."""
    version = schema_version()
    if version is None:
        raise foreign_database_problem()
    if version > CURRENT_VERSION:
        raise newer_schema_problem(version, CURRENT_VERSION)
    return version


def needs_migration() -> bool:
    return bool(pending())


def pending() -> list[Migration]:
    """The migrations this database has not had, in order. A version below the highest one
    recorded can be missing too (a development database made between releases): every
    migration not recorded is pending, not only those above the highest."""
    version = check_version()
    if version == 0:
        return list(MIGRATIONS)
    recorded = {row.version for row in SchemaVersion.select(SchemaVersion.version)}
    return [migration for migration in MIGRATIONS if migration.version not in recorded]


def backup_before_upgrade(path: Path, version: int) -> Path | None:
    """Copy a SQLite file before upgrading it, with SQLite's backup API (consistent under WAL)."""
    if version == 0 or not path.exists():
        return None
    target = path.with_name(f"{path.name}.before-schema-{CURRENT_VERSION}.bak")
    source = sqlite3.connect(str(path))
    try:
        destination = sqlite3.connect(str(target))
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return target


def migrate(*, sqlite_path: Path | None = None) -> list[int]:
    """Bring the open database to CURRENT_VERSION; returns the versions applied."""
    version = check_version()
    missing = pending()
    if not missing:
        return []
    if sqlite_path is not None:
        backup_before_upgrade(sqlite_path, version)
    database = current_database()
    applied = []
    for migration in missing:
        with database.atomic():
            migration.apply(database)
            SchemaVersion.create(version=migration.version, applied_at=timeutil.now(), app_version=__version__)
        applied.append(migration.version)
    return applied
