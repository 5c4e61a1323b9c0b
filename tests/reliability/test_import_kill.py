"""R1: kill -9 an import at random moments: the database stays sound and holds all of the
rows or none of them (SQLite's journal, one transaction per import)."""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROWS = 20_000
RUNS = 20


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    csv_path = folder / "products.csv"
    with csv_path.open("w", encoding="utf-8") as handle:
        handle.write("货号,商品名称,条码,类目,售价,期初库存\n")
        for i in range(ROWS):
            handle.write(f"K{i:06d},测试商品{i} 牛肉干,69{i:011d},休闲零食,{10 + i % 90}.50,{i % 50}\n")
    template = folder / "template.sqlite3"
    env = dict(os.environ, SHOPMANAGER_PASSWORD="Kill-test-1", SHOPMANAGER_HOME=str(folder / "home"))
    subprocess.run([sys.executable, "-m", "shopmanager", "--db", f"sqlite://{template}", "init", "--shop", "店",
                    "--owner", "boss", "--owner-name", "老板"], check=True, env=env, capture_output=True)
    start = time.perf_counter()
    full = folder / "full.sqlite3"
    shutil.copyfile(template, full)
    subprocess.run(_command(full, csv_path), check=True, env=env, capture_output=True)
    duration = time.perf_counter() - start
    return folder, csv_path, template, env, duration


def _command(database: Path, csv_path: Path) -> list[str]:
    return [sys.executable, "-m", "shopmanager", "--db", f"sqlite://{database}", "--user", "boss", "import",
            "products", str(csv_path)]


@pytest.mark.slow
def test_killed_imports_leave_all_or_nothing(prepared):
    folder, csv_path, template, env, duration = prepared
    rng = random.Random(2026)
    outcomes = {"none": 0, "all": 0}
    for run in range(RUNS):
        database = folder / f"run{run}.sqlite3"
        shutil.copyfile(template, database)
        process = subprocess.Popen(_command(database, csv_path), env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with sqlite3.connect(database) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            products = conn.execute("SELECT count(*) FROM product").fetchone()[0]
            movements = conn.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
            audits = conn.execute("SELECT count(*) FROM audit_log WHERE entity='product' AND action='create'").fetchone()[0]
            stock_ok = conn.execute(
                "SELECT count(*) FROM product p WHERE p.stock_qty <> (SELECT coalesce(sum(qty), 0) "
                "FROM stock_movement m WHERE m.product_id = p.id)").fetchone()[0] == 0
        assert products in (0, ROWS), f"run {run}: {products} products"
        assert audits == products and stock_ok
        assert movements == (0 if products == 0 else sum(1 for i in range(ROWS) if i % 50))
        outcomes["all" if products else "none"] += 1
    assert outcomes["none"] >= 3, outcomes  # most kills land before the commit: the test really interrupts
