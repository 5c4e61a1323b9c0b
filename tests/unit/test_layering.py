"""The house's layers hold (architecture.md): core ← db ← services ← ui / cli, with excel and
reports beside db. Every import counts — relative ones, ones inside functions, and lazy
ones through importlib.import_module or __import__ — and the checker is proven on planted
violations, in source text and in a copy of the package."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

import shopmanager

PACKAGE = Path(shopmanager.__file__).parent
ROOT = "shopmanager"
# Opening the database at start-up is the one way ui/ and the CLI reach db/ directly.
DB_STARTUP = ("shopmanager.db.bootstrap", "shopmanager.db.database")
ALLOWED = {  # layer → the project layers it may import (the package root's name and version: everyone)
    "core": {"core"},
    "paths": {"core"},
    "logs": {"core", "paths"},
    "db": {"core", "db"},
    "excel": {"core", "excel"},
    "reports": {"core", "reports"},
    "services": {"core", "db", "excel", "reports", "services"},
    "ui": {"core", "paths", "logs", "excel", "reports", "services", "ui", "db-startup"},
    "cli": {"core", "paths", "logs", "excel", "reports", "services", "ui", "cli", "db-startup"},
    "devtools": {"core", "paths"},
    "root": set(),
}
FOREIGN = {  # third-party package → the layers that may import it
    "PySide6": {"ui"}, "shiboken6": {"ui"},
    "peewee": {"db", "services", "root"}, "psycopg": {"db"},
    "reportlab": {"reports"}, "python_calamine": {"excel"},
}
_DYNAMIC = {"import_module", "__import__"}
_MODULE_LIKE = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+|[A-Za-z_]\w*")


def layer_of(module: str) -> str:
    """'shopmanager.services.orders' → 'services'; 'shopmanager.cli_orders' → 'cli'."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if parts[1].startswith("cli") or parts[1] == "__main__":
        return "cli"
    return parts[1]


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of a relative import written in `module`."""
    if not level:
        return name or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[:len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def imported_modules(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module `source` (the text of `module`) may import: plain, from-, relative,
    inside functions, and lazy through importlib.import_module / __import__. A lazy import
    of a computed name counts every module-like string literal of the file."""
    tree = ast.parse(source)
    names: set[str] = set()
    dynamic_aliases = set(_DYNAMIC)
    computed = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            if node.module == "importlib":
                dynamic_aliases.update(a.asname or a.name for a in node.names if a.name in _DYNAMIC)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")  # maybe submodules
        elif isinstance(node, ast.Call):
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
            if called not in dynamic_aliases or not node.args:
                continue
            target = node.args[0]
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                package = next((k.value.value for k in node.keywords if k.arg == "package"
                                and isinstance(k.value, ast.Constant)), None)
                if len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                    package = node.args[1].value if called == "import_module" else package
                name = target.value
                if name.startswith(".") and package:
                    level = len(name) - len(name.lstrip("."))
                    name = _resolve(package, True, level, name.lstrip(".") or None)
                names.add(name)
            else:
                computed = True
    if computed:
        names.update(node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                     and isinstance(node.value, str) and _MODULE_LIKE.fullmatch(node.value)
                     and node.value.split(".")[0] in {ROOT, *FOREIGN})
    return {name for name in names if name}


def violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """'module imports target' for each import that breaks the layers."""
    layer = layer_of(module)
    allowed = ALLOWED.get(layer, set()) | {layer}
    found: list[str] = []
    for name in sorted(imported_modules(source, module, is_package=is_package)):
        if any(name.startswith(f"{seen}.") for seen in found):
            continue  # `from X import Y`: X is already reported
        top = name.split(".")[0]
        if top == ROOT:
            if name in (ROOT, f"{ROOT}.__version__", f"{ROOT}.APP_NAME", f"{ROOT}.ORG_NAME"):
                continue
            target = layer_of(name)
            if target in allowed or (name.startswith(DB_STARTUP) and "db-startup" in allowed):
                continue
            found.append(name)
        elif top in FOREIGN and layer not in FOREIGN[top]:
            found.append(name)
    return [f"{module} imports {name}" for name in found]


def module_name(path: Path, package: Path) -> tuple[str, bool]:
    relative = path.relative_to(package.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def package_violations(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        module, is_package = module_name(path, package)
        found += violations(module, path.read_text(encoding="utf-8"), is_package=is_package)
    return found


# -- the real package -----------------------------------------------------------------------------

def test_the_package_keeps_its_layers():
    assert package_violations(PACKAGE) == []


def test_only_ui_imports_pyside6():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "ui"
                 and any(n.split(".")[0] == "PySide6"
                         for n in imported_modules(p.read_text(encoding="utf-8"), module_name(p, PACKAGE)[0]))]
    assert offenders == []


# -- the checker catches what it must -------------------------------------------------------------

PLANTED = [
    ("shopmanager.services.orders", "from ..ui import messages\n", "shopmanager.ui"),
    ("shopmanager.services.orders", "from .. import ui\n", "shopmanager.ui"),
    ("shopmanager.services.stock", "def f():\n    from shopmanager.ui.messages import info\n", "shopmanager.ui"),
    ("shopmanager.services.stock", "import importlib\nW = importlib.import_module('PySide6.QtWidgets')\n",
     "PySide6.QtWidgets"),
    ("shopmanager.services.stock", "from importlib import import_module as load\nload('PySide6.QtCore')\n",
     "PySide6.QtCore"),
    ("shopmanager.services.stock", "def f():\n    return __import__('PySide6.QtGui')\n", "PySide6.QtGui"),
    ("shopmanager.excel.writer", "import importlib\nimportlib.import_module('..ui.tasks', 'shopmanager.excel')\n",
     "shopmanager.ui.tasks"),
    ("shopmanager.core.money", "from shopmanager.db.models import Product\n", "shopmanager.db.models"),
    ("shopmanager.core.money", "from ..db import models\n", "shopmanager.db"),
    ("shopmanager.core.money", "from shopmanager.services import settings\n", "shopmanager.services"),
    ("shopmanager.core", "from ..excel import writer\n", "shopmanager.excel"),  # core/__init__.py
    ("shopmanager.core.i18n", "import peewee\n", "peewee"),
    ("shopmanager.db.models.orders", "from shopmanager.services.context import audit\n", "shopmanager.services"),
    ("shopmanager.excel.reader", "from shopmanager.db.database import current_database\n", "shopmanager.db"),
    ("shopmanager.ui.pages.users", "from shopmanager.db.models import User\n", "shopmanager.db.models"),
    ("shopmanager.ui.pages.users", "from ...db.models import User\n", "shopmanager.db.models"),
    ("shopmanager.ui.pages.users", "from shopmanager.db import models\n", "shopmanager.db"),
    ("shopmanager.ui.pages.users", "import peewee\n", "peewee"),
    ("shopmanager.cli", "def f():\n    from shopmanager.db.models import User\n", "shopmanager.db.models"),
    ("shopmanager.cli_orders", "import importlib\nimportlib.import_module('shopmanager.db.migrations')\n",
     "shopmanager.db.migrations"),
    ("shopmanager.cli_commands", "import importlib\nT = {'x': 'shopmanager.db.models'}\n"
                                 "def f(k):\n    return importlib.import_module(T[k])\n", "shopmanager.db.models"),
    ("shopmanager.services.users", "from shopmanager.cli import acting_user\n", "shopmanager.cli"),
]


@pytest.mark.parametrize("module, source, target", PLANTED, ids=[f"{m}: {s.strip()}" for m, s, _ in PLANTED])
def test_a_planted_violation_is_caught(module, source, target):
    caught = violations(module, source, is_package=module == "shopmanager.core")
    assert any(v.startswith(f"{module} imports {target}") for v in caught), caught


ALLOWED_IMPORTS = [
    ("shopmanager.ui.app", "from shopmanager.db.bootstrap import open_and_migrate\n"),
    ("shopmanager.ui.tasks", "from shopmanager.db.database import close_database\n"),
    ("shopmanager.cli", "def f():\n    from shopmanager.db.bootstrap import resolve_url\n"),
    ("shopmanager.services.orders", "from .context import audit\nfrom ..db.models import Product\n"),
    ("shopmanager.core.money", "from .errors import ValidationError\nfrom shopmanager import __version__\n"),
    ("shopmanager.ui.pages.users", "from shopmanager.services import users\nfrom PySide6.QtWidgets import QWidget\n"),
    ("shopmanager.cli_commands", "import importlib\nT = {'x': 'shopmanager.services.products'}\n"
                                 "def f(k):\n    return importlib.import_module(T[k])\n"),
]


@pytest.mark.parametrize("module, source", ALLOWED_IMPORTS, ids=[m for m, _ in ALLOWED_IMPORTS])
def test_what_the_layers_allow_passes(module, source):
    assert violations(module, source) == []


def test_a_violation_planted_in_a_copy_of_the_package_is_found(tmp_path):
    copy = tmp_path / "shopmanager"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert package_violations(copy) == []
    plants = {
        "services/stock.py": "\nfrom ..ui import messages  # noqa\n",
        "services/stocktake.py": "\ndef _later():\n    import importlib\n    return importlib.import_module("
                                 "'PySide6.QtWidgets')\n",
        "core/money.py": "\ndef _later():\n    from shopmanager.db.models import Product\n    return Product\n",
        "ui/pages/users.py": "\nfrom shopmanager.db.models import User  # noqa\n",
    }
    for name, text in plants.items():
        with open(copy / name, "a", encoding="utf-8") as handle:
            handle.write(text)
    found = package_violations(copy)
    assert found == ["shopmanager.core.money imports shopmanager.db.models",
                     "shopmanager.services.stock imports shopmanager.ui",
                     "shopmanager.services.stocktake imports PySide6.QtWidgets",
                     "shopmanager.ui.pages.users imports shopmanager.db.models"]
