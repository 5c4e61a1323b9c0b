"""The one import pipeline every importer runs through (products, orders, refunds, punches …).

    read → map → convert → conflicts → check (reads only) → write (short transactions)

1. read: `excel.read_sheet` (the caller may pass a sheet it already read for the preview);
2. map: the caller's {field key: column index} (guessed, saved or chosen by the user);
3. convert: `excel.convert_rows` — every cell to its field's value, problems by row/column;
4. conflicts: `excel.find_conflicts` on the job's key field (rows of one key must agree);
5. check: `job.check(records, report)` reads the database — never writes — and returns a
   plan: exactly what the write will do. Problems go on the report, by row. It runs on
   the rows that converted even when others did not, so the user sees every problem at once;
6. write: unless the report has problems or this is a dry run, `job.write(plan, report)`
   runs inside a write transaction. A job whose plan is large splits it with
   `job.batches(plan)`: each part is written in its own short transaction, so another PC's
   save (a shipment, a login) waits a fraction of a second, not the whole import. Each part
   is whole (an order with all its lines, a product with its opening stock); importing the
   same file again completes an import that was stopped half-way.

A dry run is steps 1–5: its counts are the plan's, nothing is written. When the database
is busy (another PC saving) the write is retried and the progress says "Another PC is
saving — retrying…"; when the data changed between the check and the write (another PC
created the same order meanwhile), the job raises `PlanOutdated` and the rest is checked
again. Every import writes one audit row with its summary.

How an importer uses it (services/product_import.py, services/order_import.py)::

    class RefundJob(ImportJob):
        name, entity, permission = "refunds", "aftersales", Perm.AFTERSALES_IMPORT
        key_field = "refund_no"                      # rows sharing it are one thing (optional)

        def fields(self): return [FieldSpec(...), ...]
        def check(self, records, report):            # records: [(row number, {key: value})]
            ...reads only; report.problem(row, "amount", tr(...)) for what is wrong
            report.created = ...                     # the counts the user sees
            return plan
        def write(self, plan, report): ...inserts/updates, inside the transaction

    report = import_pipeline.run_import(actor, RefundJob(), path, mapping, dry_run=True)
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from shopmanager.core.errors import ShopError, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.database import current_database, is_sqlite
from shopmanager.services.context import Actor, _is_transient, audit, require, transaction

BUSY_WAIT_MS = 2000  # how long one write attempt waits for another PC's lock before saying so
BUSY_GIVE_UP_S = 120  # after this long busy, the import stops (what was written stays; re-import completes it)
PAUSE_BETWEEN_PARTS_S = 0.12  # lets a waiting PC take the lock between two parts (SQLite polls every ≤100 ms)


class PlanOutdated(Exception):
    """Raised by a job's write when the database changed since its check (another PC created
    the same record meanwhile): the pipeline checks the rest again and goes on."""


class DatabaseBusy(ShopError):
    """The database stayed locked by another PC for too long."""


@dataclass
class ImportReport:
    """What an import found and did. `problems` block the import; `warnings` do not (they are
    shown in red: stock going below zero …); `notes` are sentences for the user; `counts`
    holds the job's own figures (placeholders, new customers …)."""

    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)  # excel.Problem
    warnings: list = field(default_factory=list)  # excel.Problem
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)  # the job's data for the preview (unknown items …)
    headers: dict[str, str] = field(default_factory=dict)  # field key → the user's column header
    dry_run: bool = False
    committed: bool = False
    parts_written: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, row: int, key: str, message: str) -> None:
        """A problem of the file's row `row` (0: the whole file) in the column of field `key`."""
        from shopmanager.excel import Problem

        self.problems.append(Problem(row, self.headers.get(key, ""), key, message))

    def warning(self, row: int, key: str, message: str) -> None:
        from shopmanager.excel import Problem

        self.warnings.append(Problem(row, self.headers.get(key, ""), key, message))

    def count(self, name: str, add: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + add

    def summary_counts(self) -> str:
        return tr("Import", "{created} new, {updated} updated, {unchanged} unchanged").format(
            created=f"{self.created:,}", updated=f"{self.updated:,}", unchanged=f"{self.unchanged:,}")

    def reset_counts(self) -> None:
        """Before a check runs again (PlanOutdated): the counts are the check's."""
        self.created = self.updated = self.unchanged = 0
        self.counts.clear()
        self.notes.clear()
        self.warnings.clear()


class ImportJob:
    """What an importer provides. Subclass it and fill in fields, check and write."""

    name = ""  # "products", "orders" …: the target of saved mappings
    entity = ""  # the audit log's entity of the import's summary row
    permission: Perm | None = None
    key_field: str | None = None  # rows sharing this field are one record (find_conflicts)
    duplicates = "merge"  # "merge": those rows must agree; "conflict": a key may appear once

    def fields(self) -> list:
        """The excel.FieldSpecs a file may fill."""
        raise NotImplementedError

    def prepare(self, actor: Actor, sheet, mapping: dict[str, int], report: ImportReport) -> None:
        """Before converting: refuse a mapping that cannot work (raise ValidationError naming the
        field) or adjust it. Default: nothing."""

    def check(self, records: list[tuple[int, dict[str, Any]]], report: ImportReport) -> Any:
        """Read the database (never write), put problems on the report by row, set its counts,
        and return the plan `write` carries out."""
        raise NotImplementedError

    def batches(self, plan: Any) -> Iterable[Any]:
        """The plan in parts, each written in its own short transaction. Default: one part."""
        return [plan]

    def write(self, plan: Any, report: ImportReport) -> None:
        """Carry out (part of) the plan; runs inside the write transaction. Raise PlanOutdated
        when the database no longer matches what check saw."""
        raise NotImplementedError

    def summary(self, report: ImportReport) -> str:
        """The audit log's summary of a committed import."""
        return f"{report.file}: {report.summary_counts()}"


def read(path: Path, progress: Progress | None = None):
    from shopmanager.excel import read_sheet

    return read_sheet(path, progress=progress)


def sort_problems(report: ImportReport, headers: Sequence[str]) -> None:
    """Problems and warnings in the order of the file: by row, then by column."""
    position = {header: index for index, header in enumerate(headers)}
    for items in (report.problems, report.warnings):
        items.sort(key=lambda p: (p.row, position.get(p.column, -1)))


def run_import(actor: Actor, job: ImportJob, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None) -> ImportReport:
    """Run `job` on the file (or the `sheet` already read from it); see the module's docstring."""
    from shopmanager.excel import convert_rows, find_conflicts

    if job.permission is not None:
        require(actor, job.permission, entity=job.entity)
    progress = progress or Progress()
    path = Path(path)
    if sheet is None:
        progress.update(0, 100, tr("Import", "Reading {file}…").format(file=path.name))
        sheet = read(path, progress)
    mapping = {key: index for key, index in mapping.items() if 0 <= index < len(sheet.headers)}
    report = ImportReport(file=path.name, rows=len(sheet.rows), dry_run=dry_run)
    report.headers = {key: sheet.headers[index] for key, index in mapping.items()}
    job.prepare(actor, sheet, mapping, report)
    report.headers = {key: sheet.headers[index] for key, index in mapping.items()}
    fields = job.fields()
    progress.update(5, 100, tr("Import", "Reading the values…"))
    converted = convert_rows(sheet, mapping, fields)
    report.problems.extend(converted.problems)
    if job.key_field:
        report.problems.extend(find_conflicts(converted.records, job.key_field, fields, duplicates=job.duplicates,
                                              headers=report.headers))
    progress.update(15, 100, tr("Import", "Checking rows…"))
    plan = job.check(converted.records, report)  # also when rows had problems: the user sees them all at once
    if not report.problems and not dry_run:
        _write(actor, job, plan, converted.records, report, progress)
    sort_problems(report, sheet.headers)
    progress.update(100, 100, tr("Import", "Done"))
    return report


def _write(actor: Actor, job: ImportJob, plan: Any, records, report: ImportReport, progress: Progress) -> None:
    """The plan's parts, each in its own short transaction; the summary with the last one."""
    for _again in range(5):
        parts = list(job.batches(plan))
        try:
            for number, part in enumerate(parts, start=1):
                progress.update(50 + int(45 * (number - 1) / len(parts)), 100,
                                tr("Import", "Writing part {n} of {total}…").format(n=number, total=len(parts)))
                last = number == len(parts)
                try:
                    _attempt(lambda: _part(actor, job, part, report, last), progress)
                except PlanOutdated:
                    raise
                except Exception as error:  # noqa: BLE001 - told with what was written, or raised as it is
                    if report.parts_written:
                        raise _stopped(error, len(parts), report.parts_written) from error
                    raise
                report.parts_written += 1
                if not last:
                    time.sleep(PAUSE_BETWEEN_PARTS_S)
            report.committed = True
            return
        except PlanOutdated:
            progress.update(50, 100, tr("Import", "Another PC changed the same records meanwhile — checking again…"))
            done = report.parts_written
            report.reset_counts()
            plan = job.check(records, report)
            report.parts_written = done
            if report.problems:
                return
    raise DatabaseBusy(tr("Import", "Other PCs kept changing the same records during the import. What was written "
                                    "stays; import the file again to complete it."))


def _stopped(error: BaseException, total: int, done: int) -> BaseException:
    """The error of a part after others were written: what was saved is said (a disk that
    filled up half-way must not read "nothing was saved"); a bug stays the error it is."""
    from shopmanager.core.errors import DiskFull
    from shopmanager.db.database import explain_error

    known = error if isinstance(error, ShopError) else explain_error(error)
    if known is None:
        return error
    written = tr("Import", "The import is written in {total} parts: the first {done} were written and stay, the "
                           "rest were not. Import the file again when this is solved: what was written is recognised "
                           "and the rest is added.").format(done=done, total=total)
    if isinstance(known, DiskFull):
        from shopmanager.core.disk import disk_of, format_size, free_bytes

        path = known.path or Path(".")
        return DiskFull(tr("Import", "The disk {disk} is full ({free} free).").format(
            disk=disk_of(path), free=format_size(free_bytes(path))) + " " + written, path=path)
    return ShopError(f"{known} {written}")


def _part(actor: Actor, job: ImportJob, part: Any, report: ImportReport, last: bool) -> None:
    try:
        job.write(part, report)
    except peewee.IntegrityError as error:  # a unique key taken meanwhile by another PC
        raise PlanOutdated(str(error)) from None
    if last:
        audit(actor, "import", job.entity, "", summary=job.summary(report))


def _attempt(work, progress: Progress) -> None:
    """`work` in one transaction; while another PC holds the database, say so and retry."""
    started = time.monotonic()
    attempt = 0
    while True:
        attempt += 1
        try:
            with _short_wait(), transaction():
                work()
            return
        except PlanOutdated:
            raise
        except Exception as error:  # noqa: BLE001 - only the transient ones are retried
            if not _is_transient(error):
                raise
            if time.monotonic() - started > BUSY_GIVE_UP_S:
                raise DatabaseBusy(tr("Import", "The database stayed busy: another PC is saving a lot. This part "
                                                "of the import was not written; import the file again later (what "
                                                "was written is recognised).")) from None
            progress.update(progress.done, progress.total, tr("Import", "Another PC is saving — retrying…"))
            time.sleep(min(0.05 * attempt, 0.5))


class _short_wait:
    """SQLite: wait BUSY_WAIT_MS (not the usual 30 s) for another PC's lock before the
    pipeline reports it and retries."""

    def __enter__(self):
        self.sqlite = is_sqlite()
        if self.sqlite:
            current_database().execute_sql(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
        return self

    def __exit__(self, *exc):
        if self.sqlite:
            from shopmanager.db.database import SQLITE_PRAGMAS

            current_database().execute_sql(f"PRAGMA busy_timeout = {SQLITE_PRAGMAS['busy_timeout']}")
        return False


def require_mapped(mapping: dict[str, int], *groups: Sequence[str], message: str) -> None:
    """ValidationError(message) unless each group has at least one of its fields mapped."""
    for group in groups:
        if not set(group) & set(mapping):
            raise ValidationError(message, field="mapping")


# -- saved mappings (one per platform or supplier layout) -----------------------------------------

# The permission that lets a user save a mapping for each target; other importers add theirs.
MAPPING_PERMISSIONS: dict[str, Perm] = {"products": Perm.PRODUCTS_IMPORT, "orders": Perm.ORDERS_IMPORT}
MAPPING_PERMISSIONS["attendance"] = Perm.ATTENDANCE_MANAGE  # punch files (services/punch_import.py)


def saved_mappings(target: str = "products") -> dict[str, dict[str, str]]:
    """name → {header: field key} of the mappings saved for `target`."""
    import json

    from shopmanager.db.models import SavedMapping

    return {m.name: json.loads(m.mapping) for m in SavedMapping.select().where(SavedMapping.target == target)
            .order_by(SavedMapping.name)}


def save_mapping(actor: Actor, name: str, headers: list[str], mapping: dict[str, int], target: str = "products",
                 permission: Perm | None = None) -> None:
    """Keep the user's choice of columns under a name, by header (it fits the next file of the
    same layout even when its columns move)."""
    import json

    from shopmanager.core import timeutil
    from shopmanager.db.models import SavedMapping

    require(actor, permission or MAPPING_PERMISSIONS.get(target, Perm.PRODUCTS_IMPORT), entity="mapping")
    name = " ".join(name.split())
    if not name:
        raise ValidationError(tr("Import", "Give the mapping a name."), field="name")
    by_header = {headers[index]: key for key, index in mapping.items() if 0 <= index < len(headers)}
    text = json.dumps(by_header, ensure_ascii=False)
    with transaction():
        (SavedMapping.insert(target=target, name=name[:60], mapping=text, created_by=actor.user_id,
                             created_at=timeutil.now())
         .on_conflict(conflict_target=[SavedMapping.target, SavedMapping.name],
                      update={SavedMapping.mapping: text}).execute())
        audit(actor, "update", "mapping", name, summary=target, new=by_header)


def apply_saved(headers: list[str], by_header: dict[str, str]) -> tuple[dict[str, int], list[str]]:
    """A saved mapping applied to this file's headers: (mapping, headers missing from the file)."""
    mapping, missing = {}, []
    for header, key in by_header.items():
        if header in headers:
            mapping[key] = headers.index(header)
        else:
            missing.append(header)
    return mapping, missing


def write_errors(path: Path, sheet, problems):
    """The user's rows with an error column, to fix and import again (excel.write_error_file:
    returns what was written, with notes for the user)."""
    from shopmanager.excel import write_error_file

    return write_error_file(path, sheet, problems)
