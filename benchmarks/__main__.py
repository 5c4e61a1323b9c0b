"""`make bench`: run every benchmark and print ratios against the bare libraries."""
from __future__ import annotations

import argparse
import importlib
import sys
import time

SUITES = ["cold_start", "products_page", "orders_page", "excel_io", "orders_ship", "orders_r3", "product_pick",
          "orders_import", "appraisal", "aftersales"]
SUITES += ["roster"]  # issue 10: R1 month attendance, R2 punch import


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks")
    parser.add_argument("suites", nargs="*", default=SUITES)
    args = parser.parse_args()
    print(f"ShopManager benchmarks — {time.strftime('%Y-%m-%d %H:%M')}")
    for name in args.suites:
        module = importlib.import_module(f"benchmarks.{name}")
        for result in module.run():
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
