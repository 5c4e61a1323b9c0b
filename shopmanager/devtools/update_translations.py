"""Collect every translatable string and update resources/translations/*.ts.

Strings come from `tr("Context", "text")` calls in the Python code (core.i18n.tr, the
one function every layer uses) and from the <string> properties of forms/*.ui
(context: the form's class). Existing translations are kept, new strings are added
as unfinished, strings gone from the code are dropped.

    python -m shopmanager.devtools.update_translations          # update the .ts files
    python -m shopmanager.devtools.update_translations --check  # exit 1 if anything is missing
    python -m shopmanager.devtools.update_translations --apply F.json  # merge {"ctx\\x04src": "译文"}
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from shopmanager.core.i18n import catalog_file
from shopmanager.core.paths import forms_dir

PACKAGE = Path(__file__).resolve().parent.parent
Key = tuple[str, str]


def python_strings(root: Path = PACKAGE) -> dict[Key, str]:
    """(context, source) → 'file:line' of the first use."""
    found: dict[Key, str] = {}
    for path in sorted(root.rglob("*.py")):
        if "devtools" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ("tr", "translate"):
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) and \
                    isinstance(context.value, str) and isinstance(text.value, str):
                found.setdefault((context.value, text.value), f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def form_strings(folder: Path | None = None) -> dict[Key, str]:
    found: dict[Key, str] = {}
    for path in sorted((folder or forms_dir()).glob("*.ui")):
        root = ET.parse(path).getroot()
        context = root.findtext("class") or path.stem
        for node in root.iter("string"):
            if node.get("notr") == "true" or not node.text:
                continue
            found.setdefault((context, node.text), path.name)
    return found


def all_strings() -> dict[Key, str]:
    strings = python_strings()
    strings.update({k: v for k, v in form_strings().items() if k not in strings})
    return strings


def read_ts(path: Path) -> dict[Key, tuple[str, bool]]:
    """(context, source) → (translation, finished)."""
    entries: dict[Key, tuple[str, bool]] = {}
    if not path.exists():
        return entries
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            finished = node is not None and node.get("type") is None and bool(text)
            entries[(name, source)] = (text, finished)
    return entries


def write_ts(path: Path, language: str, strings: dict[Key, str], existing: dict[Key, tuple[str, bool]],
             identity: bool = False) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[str]] = {}
    for context, source in sorted(strings):
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source in sources:
            message = ET.SubElement(node, "message")
            ET.SubElement(message, "location", filename=strings[(context, source)].split(":")[0])
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text, finished = existing.get((context, source), ("", False))
            if identity:
                translation.text = source
            elif finished:
                translation.text = text
            else:
                translation.set("type", "unfinished")
                translation.text = text or None
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing(language: str = "zh_CN") -> list[Key]:
    existing = read_ts(catalog_file(language))
    return [key for key in sorted(all_strings()) if not existing.get(key, ("", False))[1]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--apply", type=Path, help="JSON {context + '\\x04' + source: translation} for zh_CN")
    parser.add_argument("--dump-missing", type=Path, help="write the untranslated zh_CN strings as JSON")
    args = parser.parse_args(argv)
    strings = all_strings()
    if args.check:
        gaps = missing()
        for context, source in gaps:
            print(f"untranslated [{context}] {source!r}  ({strings[(context, source)]})")
        return 1 if gaps else 0
    zh_path = catalog_file("zh_CN")
    existing = read_ts(zh_path)
    if args.apply:
        for key, text in json.loads(args.apply.read_text(encoding="utf-8")).items():
            context, source = key.split("\x04", 1)
            existing[(context, source)] = (text, True)
    zh_path.parent.mkdir(parents=True, exist_ok=True)
    write_ts(zh_path, "zh_CN", strings, existing)
    write_ts(catalog_file("en"), "en", strings, {}, identity=True)
    gaps = missing()
    if args.dump_missing:
        args.dump_missing.write_text(json.dumps({f"{c}\x04{s}": "" for c, s in gaps}, ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    print(f"{len(strings)} strings, {len(gaps)} without a Chinese translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
