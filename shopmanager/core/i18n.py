"""Translation for every layer, from one catalog per language.

The catalog is Qt's own `.ts` format in resources/translations/, so translators can
use Qt Linguist, but it is read here directly: Qt-free code calls `tr(context, text)`,
and the UI installs a QTranslator that asks this module too (ui/i18n.py). One
catalog, one lookup, no compiled `.qm` to go stale.

Source strings are English; `zh_CN` is the shop's language and must be complete
(tests/unit/core/test_translations.py checks every string in the code has one).
"""
from __future__ import annotations

import locale
import marshal
import os
from pathlib import Path

SUPPORTED_LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_catalog: dict[tuple[str, str], str] = {}
_language = "en"
_loaded: dict[str, dict[tuple[str, str], str]] = {}  # parsed once per language and process


def tr(context: str, text: str) -> str:
    """The text in the current language (the English source when untranslated)."""
    return _catalog.get((context, text), text)


def lookup(context: str, text: str) -> str | None:
    """Like tr(), but None when the catalog has no translation (what Qt expects)."""
    return _catalog.get((context, text))


def current_language() -> str:
    return _language


def catalog_file(language: str) -> Path:
    from shopmanager.core.paths import translations_dir

    return translations_dir() / f"shopmanager_{language}.ts"


def read_catalog(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for every finished message of a .ts file.

    Parsing the XML took 15 ms of every start, so the result is kept like Python
    keeps bytecode: in __pycache__ beside the file, named by the file's size and time,
    so an edited catalog is parsed again. No writable folder: parsed every time."""
    try:
        stat = path.stat()
    except OSError:
        return {}
    cache = path.parent / "__pycache__" / f"{path.name}.{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        return dict(zip(*marshal.loads(cache.read_bytes())))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    entries = _parse_ts(path)
    _write_cache(cache, (list(entries), list(entries.values())))
    return entries


def _write_cache(cache: Path, value: object) -> None:
    try:
        cache.parent.mkdir(exist_ok=True)
        for old in cache.parent.glob(cache.name.rsplit(".", 2)[0] + ".*.marshal"):  # this catalog's older copies
            old.unlink(missing_ok=True)
        temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(value))
        os.replace(temporary, cache)  # another process reading it sees the whole file or none
    except OSError:
        pass


def _parse_ts(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                entries[(name, source)] = node.text
    return entries


def set_language(language: str) -> str:
    """Switch the catalog; unknown languages fall back to English. Returns the one in use."""
    global _catalog, _language
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    if language not in _loaded:
        _loaded[language] = read_catalog(catalog_file(language)) if language != "en" else {}
    _catalog = _loaded[language]
    _language = language
    return language


def system_language() -> str:
    """zh_CN when the desktop speaks Chinese, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh_CN" if code.lower().startswith("zh") else "en"
