"""B1: cold start — process start → main window shown — against a bare PySide6 window
started the same way. Goal ≤ 2× on an empty and on a large demo database."""
from __future__ import annotations

import os

from benchmarks.common import Result, demo_database, median_time, python

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow(); window.resize(1280, 800); window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def run(large_args: tuple[str, ...] = ("--products", "200000", "--customers", "100000", "--orders", "300000")) -> list[Result]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHOPMANAGER_EXIT_AFTER_SHOWN="1")
    bare = median_time([python(), "-c", BARE], env=env)
    results = []
    for label, url, password in (
        ("empty shop", demo_database("empty", "--empty"), "Bench-pass-1"),
        ("large demo shop", demo_database("large", *large_args), "demo"),
    ):
        ours_env = dict(env, SHOPMANAGER_PASSWORD=password, SHOPMANAGER_HOME=str(os.environ.get("TMPDIR", "/tmp")))
        ours = median_time([python(), "-m", "shopmanager", "--db", url, "--user", "owner", "--lang", "zh_CN"],
                           env=ours_env)
        results.append(Result(f"B1 cold start to main window ({label})", ours, bare, "≤ 2×"))
    return results
