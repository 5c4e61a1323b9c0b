"""The one import pipeline: check without writing, write in short parts, a busy database
retried with a message (never a traceback), a plan outdated by another PC checked again."""
from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import lookup
from shopmanager.db.models import AuditLog, Carrier
from shopmanager.services import import_pipeline
from shopmanager.services.import_pipeline import DatabaseBusy, ImportJob, PlanOutdated


class CarrierJob(ImportJob):
    """The smallest importer: carriers by name (the shape helpers C and D follow)."""

    name, entity, permission, key_field, duplicates = "carriers", "carrier", Perm.ORDERS_SHIP, "name", "conflict"

    def __init__(self, outdated: int = 0):
        self.checks, self.outdated = 0, outdated

    def fields(self):
        from shopmanager.excel import FieldSpec

        return [FieldSpec("name", lambda: "Name", required=True, synonyms=["物流公司"], max_length=40),
                FieldSpec("code", lambda: "Code", synonyms=["编码"], max_length=20)]

    def check(self, records, report):
        self.checks += 1
        known = dict(lookup("carrier", "name", "id", [values["name"] for _row, values in records]))
        plan = []
        for row, values in records:
            if values["code"] and not values["code"].isalnum():
                report.problem(row, "code", tr("Import", "letters and digits only"))
            elif values["name"] in known:
                report.unchanged += 1
            else:
                plan.append(values)
                report.created += 1
        return plan

    def batches(self, plan):
        return [plan[i:i + 2] for i in range(0, len(plan), 2)] or [[]]

    def write(self, plan, report):
        if self.outdated:
            self.outdated -= 1
            raise PlanOutdated("another PC")
        for values in plan:
            Carrier.create(name=values["name"], code=values["code"])


def carriers_file(tmp_path, body: str, name: str = "carriers.csv"):
    path = tmp_path / name
    path.write_text("物流公司,编码\n" + body, encoding="utf-8")
    return path


def run(actor, job, path, **options):
    sheet = import_pipeline.read(path)
    from shopmanager.excel import guess_mapping

    return import_pipeline.run_import(actor, job, path, guess_mapping(sheet.headers, job.fields()), sheet=sheet,
                                      **options)


def test_check_writes_nothing_problems_are_by_row_and_the_write_comes_in_parts(shop, tmp_path):
    actor = shop[Role.SHIPPING]
    before = Carrier.select().count()
    path = carriers_file(tmp_path, "安能物流,ANE\n跨越速运,KY\n优速快递,UC\n顺丰速运,SF\n")
    dry = run(actor, CarrierJob(), path, dry_run=True)
    assert (dry.created, dry.unchanged, dry.committed) == (3, 1, False) and Carrier.select().count() == before
    bad = run(actor, CarrierJob(), carriers_file(tmp_path, "安能物流,ANE\n安能物流,X\n跨越速运,K-Y\n", "bad.csv"))
    assert [(p.row, p.column) for p in bad.problems] == [(3, "物流公司"), (4, "编码")]
    assert not bad.committed and Carrier.select().count() == before
    report = run(actor, CarrierJob(), path)
    assert report.committed and report.parts_written == 2 and Carrier.select().count() == before + 3
    summary = AuditLog.select().where(AuditLog.action == "import", AuditLog.entity == "carrier").get()
    assert summary.summary == "carriers.csv: 3 new, 0 updated, 1 unchanged"


def test_a_plan_outdated_by_another_pc_is_checked_again(shop, tmp_path):
    job = CarrierJob(outdated=1)
    report = run(shop[Role.SHIPPING], job, carriers_file(tmp_path, "安能物流,ANE\n"))
    assert report.committed and job.checks == 2 and Carrier.get(Carrier.name == "安能物流").code == "ANE"


def hold_lock(path, seconds: float, started: threading.Event) -> None:
    """Another PC saving: a second connection holding SQLite's write lock."""
    conn = sqlite3.connect(path, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    conn.rollback()
    conn.close()


def test_a_busy_database_says_another_pc_is_saving_and_retries(sqlite_db, sqlite_shop, tmp_path, monkeypatch):
    """SQLite's one write lock (PostgreSQL writers do not wait for each other here)."""
    db, shop = sqlite_db, sqlite_shop
    monkeypatch.setattr(import_pipeline, "BUSY_WAIT_MS", 200)
    seen: list[str] = []
    started = threading.Event()
    holder = threading.Thread(target=hold_lock, args=(db.path, 1.0, started))
    holder.start()
    started.wait()
    try:
        report = run(shop[Role.SHIPPING], CarrierJob(), carriers_file(tmp_path, "安能物流,ANE\n"),
                     progress=Progress(lambda done, total, text: seen.append(text)))
    finally:
        holder.join()
    assert report.committed and "Another PC is saving — retrying…" in seen


def test_a_database_busy_for_too_long_is_a_message_and_nothing_of_that_part(sqlite_db, sqlite_shop, tmp_path,
                                                                           monkeypatch):
    db, shop = sqlite_db, sqlite_shop
    monkeypatch.setattr(import_pipeline, "BUSY_WAIT_MS", 100)
    monkeypatch.setattr(import_pipeline, "BUSY_GIVE_UP_S", 0.3)
    started = threading.Event()
    holder = threading.Thread(target=hold_lock, args=(db.path, 1.5, started))
    holder.start()
    started.wait()
    try:
        with pytest.raises(DatabaseBusy, match="another PC is saving"):
            run(shop[Role.SHIPPING], CarrierJob(), carriers_file(tmp_path, "安能物流,ANE\n"))
    finally:
        holder.join()
    assert not Carrier.select().where(Carrier.name == "安能物流").exists()
