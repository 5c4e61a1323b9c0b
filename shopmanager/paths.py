"""Moved to shopmanager.core.paths (core imports nothing of the project but core, and
core's i18n needs it); this name stays for code written before the move."""
from shopmanager.core.paths import *  # noqa: F403
from shopmanager.core.paths import __all__  # noqa: F401
