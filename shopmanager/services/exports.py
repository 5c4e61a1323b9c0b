"""Every table's Excel export goes through here: the ListSource gives the rows (masked
for the actor as on screen), excel.export_xlsx writes them, the audit log records it."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.services.context import Actor, audit, write_retrying
from shopmanager.services.listing import ListRequest, ListSource

if TYPE_CHECKING:
    from shopmanager.excel import WrittenFile

_EXCEL_KINDS = {"text": "text", "status": "text", "int": "int", "money": "money", "date": "date",
                "datetime": "datetime", "bool": "text", "percent": "percent", "decimal": "decimal"}


def export_list(actor: Actor, source: ListSource, request: ListRequest, path: Path, title: str,
                progress: Progress | None = None) -> WrittenFile:
    """Write the rows of `source` for `request` to `path`: the file, how many rows, and notes
    for the user (texts longer than an Excel cell holds, cut, by row and column)."""
    from shopmanager.excel import Column, export_xlsx

    progress = progress or Progress()
    keep = [i for i, c in enumerate(source.columns) if c.kind != "picture"]
    columns = [Column(source.columns[i].label(), _EXCEL_KINDS.get(source.columns[i].kind, "text"))
               for i in keep]
    total = source.count(request)
    progress.update(0, total, tr("Tables", "Exporting to Excel…"))
    yes, no = tr("Common", "Yes"), tr("Common", "No")
    bool_columns = {n for n, i in enumerate(keep) if source.columns[i].kind == "bool"}

    def rows():
        for row in source.iter_rows(request):
            values = [row[i] for i in keep]
            for n in bool_columns:
                values[n] = yes if values[n] else no
            yield values

    written = export_xlsx(path, columns, rows(), sheet_title=title, progress=progress, total=total)
    write_retrying(lambda: audit(actor, "export", source.model._meta.table_name, "", summary=tr(
        "Tables", "{n} rows → {file}").format(n=written.rows, file=path.name)))
    return written
