"""pyproject.toml asks for what the program imports, and nothing more: a shop's PC does not
download test tools, and a fresh install has every module the program loads, in a version
that has what the code uses."""
from __future__ import annotations

import functools
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import peewee
from packaging.requirements import Requirement
from packaging.version import Version

import shopmanager
from tests.unit.test_layering import PACKAGE, imported_modules, module_name

PYPROJECT = Path(shopmanager.__file__).parents[1] / "pyproject.toml"
# What the code uses of peewee, and the first release that has it (read in peewee's CHANGELOG and
# checked by installing the releases around it: 4.4.0 fails tests/unit/db, 4.5.0 passes).
PEEWEE_NEEDS = {
    "Psycopg3Adapter": ("4.0.0", "shopmanager/db/database.py", "peewee.Psycopg3Adapter"),
    "SqliteDatabase(lock_type=…)": ("4.5.0", "shopmanager/db/database.py", 'lock_type="IMMEDIATE"'),
}


def _project() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]


def _requirements(group: str | None = None) -> dict[str, Requirement]:
    project = _project()
    texts = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {_normal(Requirement(text).name): Requirement(text) for text in texts}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _third_party_imports() -> set[str]:
    """Every module outside the standard library that the program's code imports (anywhere)."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        module, is_package = module_name(path, PACKAGE)
        for name in imported_modules(path.read_text(encoding="utf-8"), module, is_package=is_package):
            top = name.split(".")[0]
            if top != "shopmanager" and top not in sys.stdlib_module_names and top != "__future__":
                names.add(name)
    return names


def _distributions_providing(name: str) -> set[str]:
    """The installed distributions holding module `name` (for PySide6.QtCharts: PySide6-Addons)."""
    top = name.split(".")[0]
    candidates = _packages_distributions().get(top, [])
    if len(candidates) <= 1:
        return {_normal(c) for c in candidates}
    parts = tuple(name.split("."))
    while len(parts) > 1:  # `from PySide6.QtCore import QDate` names PySide6.QtCore.QDate: try the longest module
        found = {_normal(d) for d in candidates if parts in _modules_of(d)}
        if found:
            return found
        parts = parts[:-1]
    return {_normal(c) for c in candidates}


@functools.cache
def _packages_distributions() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


@functools.cache
def _modules_of(distribution: str) -> frozenset[tuple[str, ...]]:
    """The dotted module names (as tuples) of a distribution's files: QtCore.abi3.so → (PySide6, QtCore)."""
    return frozenset(file.parts[:-1] + (file.name.split(".")[0],)
                     for file in importlib.metadata.files(distribution) or [])


def test_every_runtime_dependency_is_imported_by_the_program_and_every_import_is_declared():
    runtime = set(_requirements())
    provided_by = {name: _distributions_providing(name) for name in _third_party_imports()}
    undeclared = {name: dists for name, dists in provided_by.items() if not dists & runtime}
    assert undeclared == {}
    used = set().union(*provided_by.values())
    assert sorted(runtime - used) == []  # openpyxl, lxml, defusedxml, PySide6-Addons were here


def test_what_only_tests_and_benchmarks_use_is_in_the_test_extras():
    test = _requirements("test")
    runtime = _requirements()
    for name in ("openpyxl", "lxml", "defusedxml", "pytest", "pytest-qt"):
        assert name in test and name not in runtime


def test_peewees_floor_has_what_the_code_uses():
    floor = next(Version(spec.version) for spec in _requirements()["peewee"].specifier if spec.operator == ">=")
    root = PYPROJECT.parent
    for feature, (first, file, marker) in PEEWEE_NEEDS.items():
        assert marker in (root / file).read_text(encoding="utf-8"), f"{feature} is no longer used: update the table"
        assert floor >= Version(first), f"peewee>={floor} lacks {feature} (first in {first})"
    assert hasattr(peewee, "Psycopg3Adapter") and Version(peewee.__version__) >= floor
