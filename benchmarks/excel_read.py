"""Import benchmark: excel.read_sheet + guess_mapping + convert_rows against openpyxl's
read_only parse of the same 100k-row product file, in one run.

The product import as a whole (read + validate + database commit) must stay ≤ 0.35 × the
openpyxl parse; reading and converting, measured here, should be well under that
(≤ 0.2×) to leave room for the commit. The file is written once by openpyxl (shared
strings, as Excel saves) and kept in benchmarks/out/.

    .venv/bin/python benchmarks/excel_read.py [rows]
"""
from __future__ import annotations

import gc
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import OUT, openpyxl_parse  # noqa: E402 - after the path is set for a direct run

ROWS = 100_000
RUNS = 3
HEADERS = ["货号", "商品名称", "条码", "类目", "品牌", "规格", "型号", "产地", "保质期(天)", "售价", "成本", "供应商",
           "期初库存", "备注", "生产日期"]


def make_file(path: Path, rows: int) -> None:
    import datetime as dt

    import openpyxl

    rng = random.Random(5)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("商品")
    sheet.append(HEADERS)
    made = dt.date(2024, 1, 1)
    for i in range(1, rows + 1):
        sheet.append([f"BX{i:07d}", f"测试商品{i} 牛肉干 五香 200g", f"069{i:010d}", rng.choice(["零食", "粮油", "日用"]),
                      "百草味", "200g", "", "四川", 180, round(rng.uniform(5, 300), 2), round(rng.uniform(1, 100), 2),
                      "成都零食工厂直供", rng.randint(0, 300), "" if i % 7 else "整箱发货",
                      made + dt.timedelta(days=i % 365)])
    partial = path.with_suffix(".part")
    workbook.save(partial)
    os.replace(partial, path)


def fields():
    from shopmanager.excel import FieldSpec

    def spec(key, synonyms, kind="text", required=False, max_length=0):
        return FieldSpec(key, lambda: key, kind=kind, required=required, synonyms=synonyms, max_length=max_length,
                         group_consistent=key != "sku")

    return [spec("sku", ["货号", "商家编码"], required=True, max_length=64),
            spec("name", ["商品名称", "品名"], required=True, max_length=200),
            spec("barcode", ["条码"], max_length=64), spec("category", ["类目"], max_length=60),
            spec("brand", ["品牌"], max_length=60), spec("spec", ["规格"], max_length=100),
            spec("model", ["型号"], max_length=100), spec("origin", ["产地"], max_length=60),
            spec("shelf_life_days", ["保质期"], "int"), spec("price_cents", ["售价"], "money"),
            spec("cost_cents", ["成本"], "money"), spec("supplier", ["供应商"], max_length=100),
            spec("opening_stock", ["期初库存"], "int"), spec("notes", ["备注"], max_length=2000),
            spec("made_on", ["生产日期"], "date")]


def ours(path: Path) -> tuple[float, float, float]:
    """(read_sheet, guess + convert + in-file conflicts, total) seconds."""
    from shopmanager.excel import convert_rows, find_conflicts, guess_mapping, read_sheet

    specs = fields()
    start = time.perf_counter()
    sheet = read_sheet(path)
    read = time.perf_counter()
    mapping = guess_mapping(sheet.headers, specs)
    result = convert_rows(sheet, mapping, specs)
    problems = find_conflicts(result.records, "sku", specs)
    end = time.perf_counter()
    assert len(mapping) == len(specs) and not result.problems and not problems, (mapping, result.problems[:3])
    assert len(result.records) == len(sheet.rows)
    return read - start, end - read, end - start


def measure(rows: int = ROWS, runs: int = RUNS) -> dict[str, float]:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"excel-read-{rows}.xlsx"
    if not path.exists():
        make_file(path, rows)
    bare, read, convert, total = [], [], [], []
    for _ in range(runs):
        gc.collect()
        bare.append(openpyxl_parse(path))
        gc.collect()
        r, c, t = ours(path)
        read.append(r)
        convert.append(c)
        total.append(t)
    from shopmanager.excel import check_zip_archive

    start = time.perf_counter()
    check_zip_archive(path)
    safety = time.perf_counter() - start
    return {"openpyxl": min(bare), "read": min(read), "convert": min(convert), "ours": min(total), "safety": safety}


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    figures = measure(rows)
    bare = figures["openpyxl"]
    print(f"import {rows:,} product rows × {len(HEADERS)} columns from xlsx (best of {RUNS})")
    print(f"  bare openpyxl read_only parse        : {bare:7.2f} s")
    print(f"  excel.read_sheet                      : {figures['read']:7.2f} s  "
          f"(of which zip/XML bomb check {figures['safety']:.2f} s)")
    print(f"  guess_mapping + convert_rows + conflicts: {figures['convert']:5.2f} s")
    print(f"  ours total                            : {figures['ours']:7.2f} s")
    print(f"  ratio ours / bare openpyxl            : {figures['ours'] / bare:.2f}×   (target ≤ 0.20×; "
          f"whole import with the DB commit ≤ 0.35×)")


if __name__ == "__main__":
    main()
