"""A throwaway PostgreSQL server on 127.0.0.1 for the test suite.

Started by the session fixture in conftest.py (one per test worker, own data dir and
port), stopped when the session ends, whatever happened. Runs as the `postgres`
system user when the tests run as root (initdb refuses root).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server binaries not found: run `make test` (it installs them).")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="shopmanager-pg-"))
        self.datadir = self.root / "data"
        self.port = free_port()
        self.user = "postgres"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = list(args)
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, cwd="/")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", self.user, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        if self.datadir.exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop",
                      check=False)
            time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)
