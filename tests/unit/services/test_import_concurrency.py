"""A long import does not lock the shop out (issue 13 point 4): during a 100,000-row order
import in another process, a shipment on "the packing PC" completes within 2 seconds."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.database import current_database
from shopmanager.services import orders, product_import, shipping

ROWS = 100_000
SKUS = 200
IMPORTER = """
import json, sys
from pathlib import Path
from shopmanager.db.database import open_database
from shopmanager.services import auth, order_import
open_database(sys.argv[1])
actor = auth.login("customer_service", "demo-pass-1")
path = Path(sys.argv[2])
sheet = order_import.read(path)
report = order_import.run_import(actor, path, order_import.guess(sheet), sheet=sheet, channel="taobao")
print(json.dumps({"ok": report.ok, "created": report.created, "parts": report.parts_written,
                  "problems": [p.text() for p in report.problems[:3]]}))
"""


def big_order_file(path: Path, rows: int) -> None:
    rng = random.Random(13)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("订单编号,买家会员名,订单状态,收货人姓名,联系手机,收货地址,订单创建时间,订单付款时间,物流单号,物流公司,"
                     "宝贝标题,商家编码,价格,购买数量\n")
        order, written = 0, 0
        while written < rows:
            order += 1
            shipped = order % 3 != 0
            status = "交易成功" if shipped else "买家已付款，等待卖家发货"
            tracking = f"ZT{order:013d}" if shipped else ""
            for _ in range(min(rng.choice([1, 1, 2, 3]), rows - written)):
                sku = rng.randint(1, SKUS)
                handle.write(f'="3305{order:012d}",tb_买家{order % 20000},{status},张伟,\'138{order % 10 ** 8:08d},'
                             f"浙江省 杭州市 西湖区 文三路100号,2026-11-01 10:00:00,2026-11-01 10:01:00,{tracking},"
                             f"中通快递,商品{sku},SKU-{sku:04d},{9.9 + sku % 50:.2f},{rng.choice([1, 1, 2])}\n")
                written += 1


@pytest.mark.slow
def test_a_shipment_from_another_process_completes_within_two_seconds_during_a_long_import(db, shop, tmp_path):
    owner, clerk = shop[Role.OWNER], shop[Role.SHIPPING]
    catalogue = tmp_path / "products.csv"
    catalogue.write_text("货号,商品名称,售价,期初库存\n" + "".join(
        f"SKU-{n:04d},商品{n},{9.9 + n % 50:.2f},100000\n" for n in range(1, SKUS + 1)), encoding="utf-8")
    assert product_import.run_import(owner, catalogue, product_import.guess(product_import.read(catalogue))).ok
    waiting = [orders.create_order(owner, orders.OrderInput(
        channel="offline", lines=[orders.LineInput(1, product_id=n)], paid_at=timeutil.now())).id
        for n in range(1, 41)]
    carrier = shipping.list_carriers(clerk)[0].id
    source = tmp_path / "orders.csv"
    big_order_file(source, ROWS)
    environment = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[3]))
    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, db.url, str(source)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=environment)
    database = current_database()
    probes: list[float] = []
    try:
        deadline = time.monotonic() + 900
        while importer.poll() is None and time.monotonic() < deadline:
            if not database.execute_sql("SELECT count(*) FROM sales_order WHERE channel = 'taobao'").fetchone()[0]:
                time.sleep(0.2)  # still reading and checking the file: nothing is locked yet
                continue
            if not waiting:
                break
            start = time.monotonic()
            shipping.ship_order(clerk, waiting.pop(), carrier, f"SF{len(probes):013d}")
            probes.append(time.monotonic() - start)
            time.sleep(0.3)
        out, err = importer.communicate(timeout=900)
    finally:
        if importer.poll() is None:
            importer.kill()
    result = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"stderr": err[-2000:]}
    assert result.get("ok") and result["created"] > 50_000, result
    assert len(probes) >= 5, (probes, result)  # the shipments really ran while the import was writing
    assert max(probes) < 2.0, probes
