"""PostgreSQL backups with PostgreSQL's own tools (pg_dump, pg_restore, psql).

- dump: `pg_dump -Fc --snapshot=…` on a snapshot exported by a REPEATABLE READ transaction
  that also counts every table's rows: the counts and the dump are of the same moment.
- verify: `pg_restore` reads the whole archive back (decompressing every table); the rows of
  each table's COPY block must equal the counts.
- restore: the current tables are dropped and the archive's script run by `psql` in ONE
  transaction: the other PCs see the old database or the restored one, never half of each.

The tools are looked for in SHOPMANAGER_PG_BINDIR, on the PATH and in the usual install
folders; pg_dump must be at least as new as the server. Without them: a clear message.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from shopmanager.core.errors import Cancelled, DatabaseProblem
from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.db.database import current_database, separate_postgres_connection

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")
_COPY = re.compile(rb'^COPY\s+(?:"?public"?\.)?"?([^"\s(]+)"?\s*\(.*\)\s+FROM\s+stdin;\s*$')


class ToolsMissing(DatabaseProblem):
    """pg_dump / pg_restore / psql not found (or too old) on this PC."""


def _candidates(name: str) -> list[Path]:
    exe = f"{name}.exe" if os.name == "nt" else name
    found: list[Path] = []
    override = os.environ.get("SHOPMANAGER_PG_BINDIR")
    if override:
        found.append(Path(override) / exe)
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    folders += sorted(glob.glob("C:/Program Files/PostgreSQL/*/bin"), reverse=True)
    found += [Path(folder) / exe for folder in folders]
    on_path = shutil.which(name)
    if on_path:
        found.append(Path(on_path))
    return [path for path in found if path.is_file()]


def tool_version(path: Path) -> int | None:
    try:
        output = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(output)
    return int(match.group(1)) if match else None


def server_major() -> int:
    return int(current_database().execute_sql("SHOW server_version_num").fetchone()[0]) // 10000


def find_tool(name: str, minimum: int | None = None) -> Path:
    """The newest `name` on this PC (at least `minimum`), or ToolsMissing saying what to install."""
    minimum = server_major() if minimum is None else minimum
    best: tuple[int, Path] | None = None
    for path in _candidates(name):
        version = tool_version(path)
        if version is not None and version >= minimum and (best is None or version > best[0]):
            best = (version, path)
    if best is None:
        raise ToolsMissing(tr(
            "Backup", "Backing up or restoring a PostgreSQL database needs PostgreSQL's {tool} program, version "
            "{version} or newer, which was not found on this PC. Install the PostgreSQL command line tools "
            "(in the PostgreSQL installer: \"Command Line Tools\"), or set SHOPMANAGER_PG_BINDIR to the folder "
            "that holds them.").format(tool=name, version=minimum))
    return best[1]


def _connection_options() -> tuple[list[str], dict[str, str]]:
    """Command-line options and environment (the password) of the tools for the open database."""
    database = current_database()
    params = database.connect_params
    host, port, user = params.get("host") or "localhost", str(params.get("port") or 5432), params.get("user")
    options = ["-h", host, "-p", port, "-d", database.database, "--no-password"]
    if user:
        options += ["-U", user]
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = params["password"]
    return options, env


def _tables(conn) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]


def dump(part: Path, progress: Progress) -> tuple[dict[str, int], int | None]:
    """pg_dump -Fc into `part`; returns the row counts of the dumped snapshot and its schema version."""
    pg_dump = find_tool("pg_dump")
    options, env = _connection_options()
    with separate_postgres_connection() as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        rows = {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in _tables(conn)}
        schema = None
        if "schema_version" in rows:
            schema = int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)
        text = tr("Backup", "Copying the database…")
        progress.update(0, len(rows), text)
        process = subprocess.Popen([str(pg_dump), "-Fc", "-v", f"--snapshot={snapshot}", "-f", str(part), *options],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        messages: list[str] = []
        done = 0
        try:
            assert process.stderr is not None
            for raw in process.stderr:
                line = raw.decode("utf-8", "replace").strip()
                messages.append(line)
                if "dumping contents of table" in line:
                    done += 1
                    progress.update(done, len(rows), text)
        except Cancelled:
            process.kill()
            process.wait()
            raise
        if process.wait() != 0:
            problems = [m for m in messages if "error" in m.lower()] or messages[-3:]
            raise DatabaseProblem(tr("Backup", "pg_dump failed: {reason}").format(reason=" ".join(problems)[:400]))
        conn.execute("ROLLBACK")
    return rows, schema


def archive_rows(path: Path) -> tuple[dict[str, int], list[str]]:
    """Rows per table in a pg_dump archive, read back whole with pg_restore; and any problems."""
    pg_restore = find_tool("pg_restore", 0)
    listing = subprocess.run([str(pg_restore), "-l", str(path)], capture_output=True)
    if listing.returncode != 0:
        return {}, [listing.stderr.decode("utf-8", "replace").strip()[:300] or "pg_restore -l failed"]
    process = subprocess.Popen([str(pg_restore), "--data-only", "-f", "-", str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    counts: dict[str, int] = {}
    current: str | None = None
    assert process.stdout is not None
    for line in process.stdout:
        if current is None:
            match = _COPY.match(line)
            if match:
                current = match.group(1).decode("utf-8")
                counts[current] = 0
        elif line.rstrip(b"\r\n") == b"\\.":
            current = None
        else:
            counts[current] += 1
    error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.wait() != 0:
        return counts, [error.strip()[:300] or "pg_restore failed"]
    return counts, []


def verify_dump(path: Path, expected: dict[str, int] | None) -> list[str]:
    counts, problems = archive_rows(path)
    if problems:
        return problems
    if "schema_version" not in counts:
        return [tr("Backup", "it is not a ShopManager database")]
    if expected is not None:
        for table in sorted(set(expected) | set(counts)):
            if expected.get(table, 0) != counts.get(table, 0):
                problems.append(tr("Backup", "{table}: {found} rows instead of {expected}").format(
                    table=table, found=counts.get(table, 0), expected=expected.get(table, 0)))
    return problems


def restore(path: Path, progress: Progress) -> None:
    """Replace every table of the open database by the archive's, in one transaction."""
    pg_restore = find_tool("pg_restore", 0)
    psql = find_tool("psql", 0)
    options, env = _connection_options()
    with separate_postgres_connection() as conn:
        tables = _tables(conn)
        functions = [row[0] for row in conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "AND d.deptype = 'e')").fetchall()]
    preamble = "".join(f'DROP TABLE IF EXISTS public."{name}" CASCADE;\n' for name in tables)
    preamble += "".join(f"DROP FUNCTION IF EXISTS {name} CASCADE;\n" for name in functions)
    progress.update(0, 0, tr("Backup", "Restoring the database…"))
    script = subprocess.Popen([str(pg_restore), "--no-owner", "--no-privileges", "-f", "-", str(path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # One transaction that commits only once pg_restore has written the whole script: a script cut
    # short (pg_restore failing half-way) is rolled back, never committed half.
    runner = subprocess.Popen([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", *options],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert script.stdout is not None and runner.stdin is not None
    try:
        runner.stdin.write(("BEGIN;\n" + preamble).encode("utf-8"))
        shutil.copyfileobj(script.stdout, runner.stdin, 1024 * 1024)
        finished = script.wait() == 0
        runner.stdin.write(b"COMMIT;\n" if finished else b"ROLLBACK;\n")
    except BrokenPipeError:
        pass  # psql stopped at an error: its transaction is rolled back; reported below
    finally:
        try:
            runner.stdin.close()
        except BrokenPipeError:
            pass
    script_error = script.stderr.read().decode("utf-8", "replace") if script.stderr else ""
    runner_error = runner.stderr.read().decode("utf-8", "replace") if runner.stderr else ""
    if script.wait() != 0 or runner.wait() != 0:
        reason = (runner_error or script_error).strip()[:400]
        raise DatabaseProblem(tr("Backup", "The restore failed and was undone; the database is as it was. "
                                           "({reason})").format(reason=reason))
