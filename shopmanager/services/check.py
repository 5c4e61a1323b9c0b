"""`shopmanager check`: is the database sound? Each check returns plain findings.

The checks only read: the CLI opens the database read-only (db.database.open_database
with read_only=True), so an older schema is reported, not upgraded, and a read-only copy
on a CD or a write-protected share can be checked.
"""
from __future__ import annotations

from dataclasses import dataclass

from shopmanager.core.errors import DatabaseProblem
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import DEFECTIVE_KINDS
from shopmanager.db import migrations
from shopmanager.db.database import current_database, is_sqlite


@dataclass(frozen=True)
class Finding:
    name: str
    ok: bool
    detail: str
    warning: bool = False  # worth knowing, not a fault (an older schema the program will upgrade)

    @property
    def mark(self) -> str:
        return "OK " if self.ok else ("OLD" if self.warning else "BAD")


def run_checks() -> list[Finding]:
    database = current_database()
    findings = []
    try:
        version = migrations.check_version()
    except DatabaseProblem as problem:
        return [Finding(tr("Check", "Schema version"), False, str(problem))]
    if migrations.pending():
        findings.append(Finding(tr("Check", "Schema version"), False, tr(
            "Check", "{found}, older than this program's {known}: it will be upgraded when the program opens it "
            "(a copy is kept beside it first). Nothing was changed now.").format(
                found=version, known=migrations.CURRENT_VERSION), warning=True))
    else:
        findings.append(Finding(tr("Check", "Schema version"), True, tr("Check", "{found} (this program: {known})").format(
            found=version, known=migrations.CURRENT_VERSION)))
    if is_sqlite():
        result = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
        findings.append(Finding(tr("Check", "Integrity"), result == ["ok"], "; ".join(result[:5])))
        broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        findings.append(Finding(tr("Check", "Foreign keys"), not broken,
                                tr("Check", "{n} broken references").format(n=len(broken)) if broken else "ok"))
    else:
        database.execute_sql("SELECT 1").fetchone()
        findings.append(Finding(tr("Check", "Connection"), True, "ok"))
    if version >= 1:
        findings.append(audit_log_protection())
    findings.extend(stock_consistency())
    findings.extend(defective_consistency())
    return findings


def audit_log_protection() -> Finding:
    """The audit log is append-only: triggers refuse UPDATE and DELETE (migration 1)."""
    name = tr("Check", "Audit log is append-only")
    database = current_database()
    if is_sqlite():
        rows = database.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall()
        guarded = {event for (sql,) in rows for event in ("UPDATE", "DELETE")
                   if f"BEFORE {event} ON AUDIT_LOG" in " ".join((sql or "").upper().split())
                   and "RAISE(ABORT" in (sql or "").upper().replace(" ", "")}
    else:
        rows = database.execute_sql(
            "SELECT pg_get_triggerdef(t.oid), p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE c.relname = 'audit_log' AND NOT t.tgisinternal AND t.tgenabled <> 'D'").fetchall()
        guarded = {event for definition, body in rows for event in ("UPDATE", "DELETE")
                   if "BEFORE" in definition.upper() and event in definition.upper()
                   and "RAISE EXCEPTION" in (body or "").upper()}
    missing = [event for event in ("UPDATE", "DELETE") if event not in guarded]
    if not missing:
        return Finding(name, True, "ok")
    return Finding(name, False, tr("Check", "no trigger refuses {events}: the log could be altered").format(
        events=", ".join(missing)))


def stock_consistency() -> list[Finding]:
    """Every product's cached (sellable) stock equals the sum of its movements; the defective
    stock's movements (core.inventory.DEFECTIVE_KINDS) are not sellable stock."""
    if migrations.schema_version() < 2:
        return []
    rows = current_database().execute_sql(
        "SELECT p.id, p.sku, p.stock_qty, COALESCE(m.total, 0) FROM product p "
        "LEFT JOIN (SELECT product_id, SUM(qty) AS total FROM stock_movement "
        f"WHERE kind NOT IN ({_defective_kinds()}) GROUP BY product_id) m "
        "ON m.product_id = p.id WHERE p.stock_qty <> COALESCE(m.total, 0) LIMIT 20").fetchall()
    detail = "; ".join(f"{sku}: {cached} ≠ {total}" for _id, sku, cached, total in rows) or "ok"
    return [Finding(tr("Check", "Stock equals the sum of movements"), not rows, detail)]


def defective_consistency() -> list[Finding]:
    """Every product's defective stock 次品 (after-sales) equals the sum of its defective movements."""
    if "defective_stock" not in current_database().get_tables():
        return []
    rows = current_database().execute_sql(
        "SELECT p.sku, COALESCE(d.qty, 0), COALESCE(m.total, 0) FROM product p "
        "LEFT JOIN defective_stock d ON d.product_id = p.id "
        "LEFT JOIN (SELECT product_id, SUM(qty) AS total FROM stock_movement "
        f"WHERE kind IN ({_defective_kinds()}) GROUP BY product_id) m ON m.product_id = p.id "
        "WHERE COALESCE(d.qty, 0) <> COALESCE(m.total, 0) OR COALESCE(d.qty, 0) < 0 LIMIT 20").fetchall()
    detail = "; ".join(f"{sku}: {cached} ≠ {total}" for sku, cached, total in rows) or "ok"
    return [Finding(tr("Check", "Defective stock equals the sum of its movements"), not rows, detail)]


def _defective_kinds() -> str:
    return ", ".join(f"'{kind.value}'" for kind in DEFECTIVE_KINDS)
