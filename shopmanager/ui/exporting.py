"""Export any table to Excel: the same rows the table shows, masked the same way,
written on the task runner with progress, then a message saying where it went."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.services.listing import ListRequest, ListSource
from shopmanager.ui import messages
from shopmanager.ui.state import UiState
from shopmanager.ui.tasks import runner


def export_table(parent: QWidget, source: ListSource, request: ListRequest, title: str) -> None:
    from shopmanager.services.exports import export_list

    state = UiState()
    suggested = str(Path(state.last_folder()) / f"{title}-{timeutil.today():%Y%m%d}.xlsx")
    path = messages.choose_save_file(parent, tr("Tables", "Export to Excel"), tr("Tables", "Excel files (*.xlsx)"),
                                     suggested)
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    state.set_last_folder(path)
    snapshot = ListRequest(request.search, dict(request.filters), request.sort_key, request.descending)

    runner().run(lambda progress: export_list(source.actor, source, snapshot, Path(path), title, progress),
                 parent=parent, title=tr("Tables", "Exporting to Excel…"),
                 on_success=lambda written: tell_written(parent, written, path))


def tell_written(parent: QWidget, written, path: str) -> None:
    """'N rows exported to …', with what had to be cut (excel.WrittenFile.notes) as a warning."""
    text = tr("Tables", "{n} rows exported to {path}").format(n=f"{written.rows:,}", path=path)
    if written.notes:
        messages.warning(parent, "\n\n".join([text, *written.notes]))
    else:
        messages.info(parent, text)
