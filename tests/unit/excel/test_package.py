"""excel/ works on plain data: no Qt, no database, and a small public API."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from shopmanager import excel

PACKAGE = Path(excel.__file__).parent
FORBIDDEN = ("PySide6", "peewee", "shopmanager.db", "shopmanager.services", "shopmanager.ui", "playhouse")


def test_excel_imports_neither_qt_nor_the_database():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_importing_excel_loads_no_qt_and_no_database_at_run_time():
    # shopmanager/__init__.py itself preloads peewee (a start-up speed trick): count what excel adds.
    code = ("import sys, shopmanager; before = set(sys.modules); import shopmanager.excel; "
            "print(sorted(m for m in set(sys.modules) - before "
            "if m.startswith(('PySide6', 'peewee', 'playhouse', 'shopmanager.db', 'shopmanager.services'))))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_public_names_are_documented_and_importable():
    for name in excel.__all__:
        assert getattr(excel, name) is not None
        assert name in excel.__doc__, name
