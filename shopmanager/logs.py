"""A rotating log file in the user log folder, for the GUI and the CLI alike."""
from __future__ import annotations

import logging
from pathlib import Path

from shopmanager.core.paths import log_dir

_configured: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to <log folder>/shopmanager.log (1 MB × 5 files); returns the file's path."""
    global _configured
    if _configured is not None:
        return _configured
    import logging.handlers  # here, not at import: the window opens before the log file
    folder = log_dir()
    path = folder / "shopmanager.log"
    root = logging.getLogger()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
