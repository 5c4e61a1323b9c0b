"""P1/P2: the one importer and exporter against bare openpyxl, on the same files in one run.

P1 — importing 100k product rows from xlsx (read, validate, commit) ≤ 0.35 × the time
openpyxl alone needs to parse that file in read_only mode: once on the file openpyxl
wrote (inline strings), and, where LibreOffice is installed, on the same rows saved by
a real spreadsheet program (a shared-strings table, as Excel and WPS write).
P2 — exporting 100k rows ≤ 1.1 × bare openpyxl write_only writing the same values.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, Result, openpyxl_parse, python

ROWS = 100_000


def _make_xlsx(path: Path, rows: int) -> None:
    """The file a shop would send: written by openpyxl, so the bare library parses its own output."""
    import openpyxl

    rng = random.Random(5)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("商品")
    sheet.append(["货号", "商品名称", "条码", "类目", "品牌", "规格", "型号", "产地", "保质期(天)", "售价", "成本", "供应商",
                  "期初库存", "备注"])
    for i in range(1, rows + 1):
        sheet.append([f"BX{i:07d}", f"测试商品{i} 牛肉干 五香 200g", f"069{i:010d}", rng.choice(["零食", "粮油", "日用"]),
                      "百草味", "200g", "", "四川", 180, round(rng.uniform(5, 300), 2), round(rng.uniform(1, 100), 2),
                      "成都零食工厂直供", rng.randint(0, 300), ""])
    workbook.save(path)


def _saved_by_libreoffice(source: Path) -> Path | None:
    """The same workbook saved again by LibreOffice Calc (kept in benchmarks/out/)."""
    target = OUT / "libreoffice" / source.name
    if target.exists():
        return target
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(target.parent), str(source)],
                       check=True, capture_output=True, timeout=600)
    return target if target.exists() else None


def _timed_import(folder: Path, source: Path, rows: int):
    """A new shop in `folder`, then the whole import of `source` timed; returns (seconds, owner)."""
    url = _fresh_shop(folder)
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import close_database
    from shopmanager.services import auth, product_import

    close_database()
    open_and_migrate(url)
    owner = auth.login("owner", "Bench-pass-1")
    start = time.perf_counter()
    sheet = product_import.read(source)
    report = product_import.run_import(owner, source, product_import.guess(sheet), sheet=sheet)
    seconds = time.perf_counter() - start
    assert report.ok and report.created == rows, report.problems[:3]
    return seconds, owner


def _fresh_shop(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "import.sqlite3"
    env = dict(os.environ, SHOPMANAGER_PASSWORD="Bench-pass-1", SHOPMANAGER_HOME=str(folder / "home"))
    subprocess.run([python(), "-m", "shopmanager", "--db", f"sqlite://{database}", "init", "--shop", "店", "--owner",
                    "owner", "--owner-name", "店主"], check=True, env=env, capture_output=True)
    return f"sqlite://{database}"


def run(rows: int = ROWS) -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / f"products-{rows}.xlsx"
    if not source.exists():
        _make_xlsx(source, rows)
    bare_parse = min(openpyxl_parse(source) for _ in range(2))
    office_file = _saved_by_libreoffice(source)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    office_result = []
    try:
        if office_file is not None:
            office_bare = openpyxl_parse(office_file)
            office_ours, _owner = _timed_import(folder / "office", office_file, rows)
            office_result = [Result(f"P1 import {rows:,} product rows, file saved by LibreOffice", office_ours,
                                    office_bare, "≤ 0.35×", note="bare: openpyxl read_only parse only")]
        ours_import, owner = _timed_import(folder / "openpyxl", source, rows)

        import openpyxl

        from shopmanager.services.exports import export_list
        from shopmanager.services.listing import ListRequest
        from shopmanager.services.products import ProductSource

        product_source = ProductSource(owner)
        values = list(product_source.iter_rows(ListRequest()))
        keep = [i for i, c in enumerate(product_source.columns) if c.kind != "picture"]
        values = [[row[i] for i in keep] for row in values]
        bare_times, ours_times = [], []
        for _ in range(2):
            start = time.perf_counter()
            workbook = openpyxl.Workbook(write_only=True)
            sheet_out = workbook.create_sheet("t")
            for row in values:
                sheet_out.append(row)
            workbook.save(folder / "bare.xlsx")
            bare_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            export_list(owner, product_source, ListRequest(), folder / "ours.xlsx", "商品")
            ours_times.append(time.perf_counter() - start)
    finally:
        from shopmanager.db.database import close_database

        close_database()
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Result(f"P1 import {rows:,} product rows from xlsx (read+check+commit)", ours_import, bare_parse, "≤ 0.35×",
               note="bare: openpyxl read_only parse only; file written by openpyxl"),
        *office_result,
        Result(f"P2 export {rows:,} product rows to xlsx (styled)", min(ours_times), min(bare_times), "≤ 1.1×",
               note="bare: openpyxl write_only, same values, no styles"),
    ]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS):
        print(result.line())
