"""How values look in tables and forms (the one formatting of core.formatting)."""
from shopmanager.core.formatting import NUMERIC_KINDS, format_value as display

__all__ = ["NUMERIC_KINDS", "display"]
