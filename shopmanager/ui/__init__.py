"""The desktop window (PySide6). Thin: every write goes through shopmanager.services."""
