"""A simple bulk writer in its own process (another PC importing): appends audit rows in
batches, one short transaction each, until it has written N rows.

    python -m tests.unit.services.bulk_writer URL ROWS [BATCH]
"""
from __future__ import annotations

import sys
import time


def main(url: str, rows: int, batch: int = 500) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    values = [(stamp, "writer", "import", "bulk", str(i), f"row {i}") for i in range(rows)]
    sql = "INSERT INTO audit_log (at, username, action, entity, entity_id, summary, changes) VALUES ({}, '')"
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url) as conn:
            for start in range(0, rows, batch):
                with conn.transaction():
                    conn.cursor().executemany(sql.format(", ".join(["%s"] * 6)), values[start:start + batch])
        return
    import sqlite3

    conn = sqlite3.connect(url.removeprefix("sqlite://"), timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    for start in range(0, rows, batch):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql.format(", ".join(["?"] * 6)), values[start:start + batch])
        conn.execute("COMMIT")
    conn.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 500)
