"""Where the program's own files and the user's data live.

Resources (fonts, translations, forms) sit beside the package in a source checkout;
an installed build may point SHOPMANAGER_RESOURCES elsewhere. In core, so that every
layer (core's own i18n too) may ask.
"""
from __future__ import annotations

import os
from pathlib import Path

from shopmanager import APP_NAME

_ROOT = Path(__file__).resolve().parents[2]  # the checkout: shopmanager/core/paths.py → ../../..

__all__ = ["data_dir", "default_database_file", "font_file", "forms_dir", "log_dir", "pictures_dir",
           "resources_dir", "translations_dir"]


def resources_dir() -> Path:
    return Path(os.environ.get("SHOPMANAGER_RESOURCES", _ROOT / "resources"))


def forms_dir() -> Path:
    return Path(os.environ.get("SHOPMANAGER_FORMS", _ROOT / "forms"))


def font_file() -> Path:
    """The bundled CJK TrueType font, used by the window and embedded in every PDF."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def data_dir() -> Path:
    """The user data folder (database, pictures, backups); SHOPMANAGER_HOME overrides it."""
    override = os.environ.get("SHOPMANAGER_HOME")
    if override:
        return Path(override)
    import platformdirs  # only here: a start with --db and SHOPMANAGER_HOME does not need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("SHOPMANAGER_HOME")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_file() -> Path:
    return data_dir() / "shop.sqlite3"


def pictures_dir(database_file: Path | None = None) -> Path:
    """Product pictures live beside the database file so a backup of the folder has both."""
    base = database_file.parent if database_file else data_dir()
    return base / "pictures"
