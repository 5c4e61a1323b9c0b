"""B1: cold start — process start → main window shown — against a bare PySide6 window
started the same way. Goal ≤ 2× on an empty and on a large demo database."""
from __future__ import annotations

import os

from benchmarks.common import Result, demo_database, medians_until_shown, python

# The bare window quits at its first paint, as ShopManager does with SHOPMANAGER_EXIT_AFTER_SHOWN.
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class Window(QMainWindow):\n"
    "    painted = False\n"
    "    def paintEvent(self, event):\n"
    "        super().paintEvent(event)\n"
    "        if not self.painted:\n"
    "            self.painted = True\n"
    "            import time; print(f'SHOWN {time.time():.6f}', flush=True)\n"
    "            QTimer.singleShot(0, app.quit)\n"
    "app = QApplication(sys.argv)\n"
    "window = Window(); window.resize(1280, 800); window.show()\n"
    "app.exec()\n"
)


def run(large_args: tuple[str, ...] = ("--products", "200000", "--customers", "100000", "--orders", "300000")) -> list[Result]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHOPMANAGER_EXIT_AFTER_SHOWN="1")
    commands = {"bare": ([python(), "-c", BARE], env)}
    shops = (("empty shop", demo_database("empty", "--empty"), "Bench-pass-1"),
             ("large demo shop", demo_database("large", *large_args), "demo"))
    for label, url, password in shops:
        ours_env = dict(env, SHOPMANAGER_PASSWORD=password, SHOPMANAGER_HOME=str(os.environ.get("TMPDIR", "/tmp")))
        command = [python(), "-m", "shopmanager", "--db", url, "--user", "owner", "--lang", "zh_CN"]
        commands[f"{label} shown"] = (command, ours_env)
        commands[f"{label} filled"] = (command, dict(ours_env, SHOPMANAGER_EXIT_AFTER_SHOWN="page"))
    medians = medians_until_shown(commands)
    bare = medians["bare"]
    results = []
    for label, _url, _password in shops:
        results.append(Result(f"B1 cold start to main window shown ({label})", medians[f"{label} shown"], bare, "≤ 2×"))
        results.append(Result(f"B1   … and its first page filled ({label})", medians[f"{label} filled"], bare, "—"))
    return results
