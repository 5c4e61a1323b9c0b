"""Shared helpers: timing, cached demo databases, the result table."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("SHOPMANAGER_BENCH_DIR", ROOT / "benchmarks" / "out"))


@dataclass
class Result:
    name: str
    ours: float
    baseline: float | None
    goal: str
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    def line(self) -> str:
        base = f"{self.baseline:.4f}{self.unit}" if self.baseline is not None else "—"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "—"
        return f"{self.name:<52} ours {self.ours:.4f}{self.unit:<3} bare {base:<12} ratio {ratio:<8} goal {self.goal} {self.note}"


def median_time(command: list[str], *, env: dict[str, str] | None = None, runs: int = 5) -> float:
    """Median wall time of `runs` runs after one warm-up (bytecode cached, as on an installed PC)."""
    env = dict(env if env is not None else os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A timeout, so that a program stuck on a dialog fails the benchmark instead of hanging it.
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _until_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(command, check=True, env=env, capture_output=True, text=True, timeout=120)
    shown = [line for line in done.stdout.splitlines() if line.startswith("SHOWN ")]
    if not shown:
        raise RuntimeError(f"{command[:3]} never reported its window: {done.stderr[-500:]}")
    return float(shown[-1].split()[1]) - start


def medians_until_shown(commands: dict[str, tuple[list[str], dict[str, str]]], *, runs: int = 9) -> dict[str, float]:
    """Median time from starting each process to the moment it prints "SHOWN <epoch>"
    (its window painted); the process's own exit afterwards is not counted. The commands
    take turns, run after run, so a busy moment of the machine falls on all of them alike."""
    prepared = {}
    for name, (command, env) in commands.items():
        env = dict(env)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)  # warm-up: bytecode cached
        prepared[name] = (command, env)
    times: dict[str, list[float]] = {name: [] for name in prepared}
    for _ in range(runs):
        for name, (command, env) in prepared.items():
            times[name].append(_until_shown(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def best_of(fn, runs: int = 5) -> float:
    """The fastest of several runs: what the code costs when the machine does not interfere."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def openpyxl_parse(path: Path) -> float:
    """The bare baseline of the Excel benchmarks: openpyxl read_only reading every row."""
    import openpyxl

    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    for _row in workbook.active.iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def python() -> str:
    return sys.executable


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".done"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def demo_database(name: str, *args: str) -> str:
    """A demo shop made once by the CLI and kept in benchmarks/out/ for later runs.

    Made in place and marked done only when complete (renaming a WAL database file
    away from its -wal file can lose data), so an interrupted build is started again."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.sqlite3"
    done = Path(str(path) + ".done")
    if not done.exists():
        _remove_database(path)
        env = dict(os.environ)
        url = f"sqlite://{path}"
        if args == ("--empty",):
            env["SHOPMANAGER_PASSWORD"] = "Bench-pass-1"
            subprocess.run([python(), "-m", "shopmanager", "--db", url, "init", "--shop", "空店", "--owner", "owner",
                            "--owner-name", "店主"], check=True, env=env, stdout=subprocess.DEVNULL)
        else:
            subprocess.run([python(), "-m", "shopmanager", "--db", url, "demo", *args], check=True, env=env,
                           stdout=subprocess.DEVNULL)
        import sqlite3

        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        done.write_text(" ".join(args))
    return f"sqlite://{path}"
