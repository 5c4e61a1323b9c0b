"""The business logic stays Qt-free: nothing outside shopmanager/ui imports PySide6."""
import ast
from pathlib import Path

import shopmanager

PACKAGE = Path(shopmanager.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        if any(name.split(".")[0] == "PySide6" for name in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_core_layers_do_not_import_the_ui():
    offenders = []
    for layer in ("core", "db", "services", "excel", "reports"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.startswith("shopmanager.ui") for name in imported_modules(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
