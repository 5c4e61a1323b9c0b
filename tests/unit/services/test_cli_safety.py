"""Issue 13 points 5 and 8 on the command line: no traceback ever, and a temporary password is
changed before the CLI does anything else."""
from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.db.models import User
from shopmanager.services import users


def run(db, *argv: str, user: str | None = None) -> int:
    return main(["--db", db.url, "--lang", "en", *(["--user", user] if user else []), *argv])


def no_terminal(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def test_users_add_without_a_terminal_or_password_says_what_to_do(sqlite_db, sqlite_shop, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    monkeypatch.delenv("SHOPMANAGER_NEW_PASSWORD", raising=False)
    no_terminal(monkeypatch)
    assert run(sqlite_db, "users", "add", "xiaoli", "--role", "sales", user="owner") == 2
    err = capsys.readouterr().err
    assert "SHOPMANAGER_NEW_PASSWORD" in err and "Traceback" not in err
    assert not User.select().where(User.username == "xiaoli").exists()


def test_no_password_at_all_is_a_plain_message(sqlite_db, sqlite_shop, monkeypatch, capsys):
    no_terminal(monkeypatch)
    assert run(sqlite_db, "users", "list", user="owner") == 2
    assert "SHOPMANAGER_PASSWORD" in capsys.readouterr().err


def test_a_temporary_password_must_be_changed_before_anything_else(sqlite_db, sqlite_shop, monkeypatch, capsys):
    users.create_user(sqlite_shop[Role.OWNER], username="xiaoli", password="Temp-pass-11", role=Role.SUPERVISOR)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "Temp-pass-11")
    assert run(sqlite_db, "users", "list", user="xiaoli") == 2  # (supervisor may not anyway)
    assert run(sqlite_db, "orders", "dispatch", "--list", "today", user="xiaoli") == 2
    err = capsys.readouterr().err
    assert "temporary password" in err and "shopmanager --user xiaoli passwd" in err
    assert "To ship today" not in capsys.readouterr().out
    monkeypatch.setenv("SHOPMANAGER_NEW_PASSWORD", "Own-pass-2024")
    assert run(sqlite_db, "passwd", user="xiaoli") == 0
    assert "Password of xiaoli changed." in capsys.readouterr().out
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "Own-pass-2024")
    assert run(sqlite_db, "orders", "dispatch", "--list", "today", user="xiaoli") == 0
    assert "To ship today" in capsys.readouterr().out


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(sqlite_db, sqlite_shop, monkeypatch, capsys):
    import shopmanager.cli_orders as cli_orders

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli_orders, "cmd_orders", broken)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    assert run(sqlite_db, "orders", "dispatch", "--list", "today", user="owner") == 3
    err = capsys.readouterr().err
    assert "Unexpected error (ZeroDivisionError)" in err and "Traceback" not in err
    log = Path(err.split("Details were written to ")[1].strip().rstrip("."))
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: a bug" in log.read_text(encoding="utf-8")


def test_a_report_to_a_folder_that_does_not_exist_is_a_plain_message(sqlite_db, sqlite_shop, monkeypatch, capsys,
                                                                       tmp_path):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    target = tmp_path / "no such folder" / "report.pdf"
    assert run(sqlite_db, "report", "inventory", "-o", str(target), user="owner") == 2
    err = capsys.readouterr().err
    assert "Cannot read or write" in err and "no such folder" in err and "Traceback" not in err


def test_a_damaged_database_met_by_a_command_is_a_plain_message(sqlite_db, sqlite_shop, monkeypatch, capsys):
    import peewee

    import shopmanager.cli_orders as cli_orders

    def damaged(args):
        raise peewee.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cli_orders, "cmd_orders", damaged)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    assert run(sqlite_db, "orders", "dispatch", user="owner") == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "restore a backup" in err
