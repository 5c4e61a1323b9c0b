"""Export benchmark: excel.export_xlsx against bare openpyxl write_only, in one run.

Target: a styled export of 100k rows × 12 columns (header style, number formats, frozen
header, autofilter, estimated widths) takes ≤ 1.1 × the time bare openpyxl write_only
needs to ws.append() the same raw values without any style. XlsxWriter in
constant-memory mode (unstyled write_row) is timed too, for reference.

    .venv/bin/python benchmarks/excel_export.py [rows]
"""
from __future__ import annotations

import datetime as dt
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ROWS = 100_000
RUNS = 3


def make_rows(count: int) -> list[tuple]:
    """Product-list rows as the services give them: text, money in cents, ints, a datetime."""
    rng = random.Random(7)
    start = dt.datetime(2024, 1, 1, 8, 0)
    categories = ["零食", "粮油米面", "日用百货", "酒水饮料", "调味品"]
    return [(f"SP{i:07d}", f"测试商品{i} 牛肉干 五香 200g", f"069{i:010d}", rng.choice(categories), "百草味", "200g",
             rng.randint(100, 30000), rng.randint(50, 20000), rng.randint(0, 500), 180,
             start + dt.timedelta(minutes=i), "=1+1" if i % 1000 == 0 else "常温保存")
            for i in range(1, count + 1)]


def columns():
    from shopmanager.excel import Column

    return [Column("货号"), Column("商品名称"), Column("条码"), Column("类目"), Column("品牌"), Column("规格"),
            Column("售价", "money"), Column("成本", "money"), Column("库存", "int"), Column("保质期(天)", "int"),
            Column("更新时间", "datetime"), Column("备注")]


def bare_openpyxl(path: Path, rows: list[tuple]) -> float:
    import openpyxl

    start = time.perf_counter()
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("商品")
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - start


def bare_xlsxwriter(path: Path, rows: list[tuple]) -> float | None:
    try:
        import xlsxwriter
    except ImportError:
        return None
    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_urls": False, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("商品")
    for index, row in enumerate(rows):
        sheet.write_row(index, 0, row)
    workbook.close()
    return time.perf_counter() - start


def ours(path: Path, rows: list[tuple]) -> float:
    from shopmanager.core.progress import Progress
    from shopmanager.excel import export_xlsx

    start = time.perf_counter()
    export_xlsx(path, columns(), iter(rows), sheet_title="商品", progress=Progress(), total=len(rows))
    return time.perf_counter() - start


def measure(count: int = ROWS, runs: int = RUNS) -> dict[str, float | None]:
    rows = make_rows(count)
    times: dict[str, list[float]] = {"openpyxl": [], "xlsxwriter": [], "ours": []}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        for _ in range(runs):  # interleaved, so a slow moment of the machine hits both
            for name, function in (("openpyxl", bare_openpyxl), ("ours", ours), ("xlsxwriter", bare_xlsxwriter)):
                gc.collect()
                path = Path(folder) / f"{name}.xlsx"
                took = function(path, rows)
                if took is not None:
                    times[name].append(took)
                    sizes[name] = path.stat().st_size
    result: dict[str, float | None] = {name: min(values) if values else None for name, values in times.items()}
    result.update({f"{name}_bytes": size for name, size in sizes.items()})
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    figures = measure(count)
    bare, ours_time, xw = figures["openpyxl"], figures["ours"], figures["xlsxwriter"]
    print(f"export {count:,} rows × 12 columns (best of {RUNS})")
    print(f"  bare openpyxl write_only, unstyled : {bare:7.2f} s  {figures['openpyxl_bytes'] / 1e6:5.1f} MB")
    if xw is not None:
        print(f"  bare XlsxWriter constant_memory    : {xw:7.2f} s  {figures['xlsxwriter_bytes'] / 1e6:5.1f} MB"
              f"  ({xw / bare:.2f}× openpyxl)")
    print(f"  excel.export_xlsx, styled          : {ours_time:7.2f} s  {figures['ours_bytes'] / 1e6:5.1f} MB")
    print(f"  ratio ours / bare openpyxl         : {ours_time / bare:.2f}×   (target ≤ 1.10×)")


if __name__ == "__main__":
    main()
