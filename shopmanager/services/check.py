"""`shopmanager check`: is the database sound? Each check returns plain findings."""
from __future__ import annotations

from dataclasses import dataclass

from shopmanager.core.i18n import tr
from shopmanager.core.inventory import DEFECTIVE_KINDS
from shopmanager.db import migrations
from shopmanager.db.database import current_database, is_sqlite


@dataclass(frozen=True)
class Finding:
    name: str
    ok: bool
    detail: str


def run_checks() -> list[Finding]:
    database = current_database()
    findings = []
    version = migrations.check_version()
    findings.append(Finding(tr("Check", "Schema version"), version == migrations.CURRENT_VERSION,
                            tr("Check", "{found} (this program: {known})").format(
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
    findings.extend(stock_consistency())
    findings.extend(defective_consistency())
    return findings


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
