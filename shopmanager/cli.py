"""`shopmanager [--db URL] COMMAND`: the same services, permissions and audit as the window.

With no command the desktop program starts. Heavy modules are imported inside the
command that needs them, so `shopmanager --version` and the GUI start fast.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from shopmanager import __version__
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import SUPPORTED_LANGUAGES, set_language, system_language, tr

Handler = Callable[[argparse.Namespace], int]


def _open(args: argparse.Namespace, *, create: bool = False):
    from shopmanager.db.bootstrap import open_and_migrate, resolve_url

    return open_and_migrate(resolve_url(args.db), create=create)


def _password(prompt: str) -> str:
    value = os.environ.get("SHOPMANAGER_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ShopError(tr("CLI", "No password: set SHOPMANAGER_PASSWORD or run in a terminal."))
    return _ask(prompt)


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise ShopError(tr("CLI", "No password was typed. Nothing was changed.")) from None


def _new_password(prompt: str) -> str:
    """A password to set: SHOPMANAGER_NEW_PASSWORD, or typed twice in a terminal."""
    value = os.environ.get("SHOPMANAGER_NEW_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        raise ShopError(tr("CLI", "No new password: set SHOPMANAGER_NEW_PASSWORD or run in a terminal. "
                                  "Nothing was changed."))
    first = _ask(prompt)
    if _ask(tr("CLI", "Type it again: ")) != first:
        raise ShopError(tr("CLI", "The two passwords differ. Nothing was changed."))
    return first


def acting_user(args: argparse.Namespace, *, allow_temporary: bool = False):
    """Log in as --user (password from SHOPMANAGER_PASSWORD or a prompt). A temporary password
    must be changed (`shopmanager --user NAME passwd`) before anything else, as in the window."""
    from shopmanager.services import auth

    if not args.user:
        raise ShopError(tr("CLI", "This command changes data: name the acting user with --user NAME."))
    actor = auth.login(args.user, _password(tr("CLI", "Password for {user}: ").format(user=args.user)))
    if not allow_temporary and auth.must_change_password(actor):
        raise ShopError(tr("CLI", "{user} has a temporary password. Choose your own first: "
                                  "shopmanager --user {user} passwd — nothing else was done.").format(user=actor.username))
    if not allow_temporary and auth.password_change_due(actor):
        print(tr("CLI", "Note: the password of {user} is old; change it soon (shopmanager --user {user} passwd).")
              .format(user=actor.username), file=sys.stderr)
    return actor


def cmd_gui(args: argparse.Namespace) -> int:
    database = None
    password = os.environ.get("SHOPMANAGER_PASSWORD")
    if args.user and password is not None:
        # A PC started for one account: open the database and check the password while Qt loads.
        from shopmanager.db.bootstrap import may_create, open_and_migrate, resolve_url
        from shopmanager.services.auth import check_password_ahead

        try:
            url = resolve_url(args.db)
            database = open_and_migrate(url, create=may_create(args.db))
            check_password_ahead(args.user, password)
        except ShopError:
            database = None  # the window reports it in the usual way
    # The Qt-free modules the login needs, loaded before Qt: once PySide6 is in, it
    # inspects every module imported after it.
    import shopmanager.services.auth  # noqa: F401
    from shopmanager.ui.app import run_gui

    return run_gui(db_url=args.db, language=args.lang, user=args.user, database=database)


def cmd_init(args: argparse.Namespace) -> int:
    from shopmanager.services import auth

    target = _open(args, create=True)
    password = _password(tr("CLI", "Password for the owner account: "))
    auth.initialize_shop(shop_name=args.shop, owner_username=args.owner, owner_password=password,
                         owner_name=args.owner_name, language=args.language or system_language())
    print(tr("CLI", "Shop '{shop}' created in {db}. Owner account: {owner}").format(
        shop=args.shop, db=target.display(), owner=args.owner))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from shopmanager.core.progress import printing_progress
    from shopmanager.services import auth, demo

    target = _open(args, create=True)
    if auth.is_initialized():
        if args.if_missing:
            return 0
        raise ShopError(tr("CLI", "{db} already holds a shop. Use another --db for the demo.").format(
            db=target.display()))
    sizes = demo.DemoSizes(
        products=args.products if args.products is not None else demo.DemoSizes.products,
        customers=args.customers if args.customers is not None else demo.DemoSizes.customers,
        orders=args.orders if args.orders is not None else demo.DemoSizes.orders,
    )
    demo.create_demo_shop(sizes, printing_progress(sys.stderr), language=args.language or "zh_CN")
    print(tr("CLI", "Demo shop created in {db}.").format(db=target.display()))
    print(tr("CLI", "Accounts (password: {password}):").format(password=demo.DEMO_PASSWORD))
    from shopmanager.core.permissions import role_label

    for username, role in demo.demo_accounts():
        print(f"  {username:<12} {role_label(role)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Read-only: never upgrades, repairs or switches the file to WAL (a read-only copy works too)."""
    from shopmanager.db.bootstrap import resolve_url
    from shopmanager.db.database import open_database
    from shopmanager.services.check import run_checks

    target = open_database(resolve_url(args.db), read_only=True, check=False)
    print(tr("CLI", "Database: {db} (opened read-only)").format(db=target.display()))
    findings = run_checks()
    for finding in findings:
        print(f"[{finding.mark}] {finding.name}: {finding.detail}")
    return 0 if all(f.ok or f.warning for f in findings) else 1


def cmd_passwd(args: argparse.Namespace) -> int:
    from shopmanager.services import auth

    _open(args)
    actor = acting_user(args, allow_temporary=True)
    old = _password(tr("CLI", "Password for {user}: ").format(user=actor.username))
    auth.change_password(actor, old, _new_password(tr("CLI", "New password: ")))
    print(tr("CLI", "Password of {user} changed.").format(user=actor.username))
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from shopmanager.core.permissions import role_label
    from shopmanager.services import users

    _open(args)
    actor = acting_user(args)
    if args.users_command == "list":
        for info in users.list_users(actor):
            state = tr("CLI", "active") if info.active else tr("CLI", "disabled")
            print(f"{info.username:<16} {role_label(info.role):<12} {state:<8} {info.staff_name}")
        return 0
    if args.users_command == "add":
        password = _new_password(tr("CLI", "Temporary password for {user}: ").format(user=args.username))
        users.create_user(actor, username=args.username, password=password, role=args.role)
        print(tr("CLI", "Account {user} created; it must change its password at first login.").format(
            user=args.username))
        return 0
    target = next((u for u in users.list_users(actor) if u.username == args.username), None)
    if target is None:
        raise ShopError(tr("CLI", "No account named {user}.").format(user=args.username))
    users.set_active(actor, target.id, False)
    print(tr("CLI", "Account {user} disabled.").format(user=args.username))
    return 0


def _lazy(name: str) -> Handler:
    """A handler in cli_commands, imported only when that command runs."""

    def handler(args: argparse.Namespace) -> int:
        from shopmanager import cli_commands

        return getattr(cli_commands, name)(args)

    return handler


def _configure(name: str) -> Callable[[argparse.ArgumentParser], None]:
    def configure(parser: argparse.ArgumentParser) -> None:
        from shopmanager import cli_commands

        getattr(cli_commands, name)(parser)

    return configure


# The modules' commands: (name, help, configure(parser), handler).
EXTRA_COMMANDS: list[tuple[str, Callable[[], str], Callable[[argparse.ArgumentParser], None], Handler]] = [
    ("import", lambda: tr("CLI", "import products, platform orders, platform refunds or attendance punches from "
                          "xlsx/xls/ods/csv"),
     _configure("configure_import"), _lazy("cmd_import")),
    ("export", lambda: tr("CLI", "export a list to an xlsx file"), _configure("configure_export"),
     _lazy("cmd_export")),
    ("report", lambda: tr("CLI", "write a PDF report"), _configure("configure_report"), _lazy("cmd_report")),
]


def _lazy_in(module: str, name: str):
    """A function of shopmanager.<module> (configure or handler), imported when first called."""

    def call(arg):
        import importlib

        return getattr(importlib.import_module(f"shopmanager.{module}"), name)(arg)

    return call


def _orders_cli(name: str):
    """configure/handler functions of cli_orders (orders, customers)."""
    return _lazy_in("cli_orders", name)


EXTRA_COMMANDS += [
    ("orders", lambda: tr("CLI", "orders: show one, ship (one or a file of scans), the dispatch queue"),
     _orders_cli("configure_orders"), _orders_cli("cmd_orders")),
    ("customers", lambda: tr("CLI", "customers: revisits due, export or erase one customer's personal data"),
     _orders_cli("configure_customers"), _orders_cli("cmd_customers")),
]


EXTRA_COMMANDS += [
    ("backup", lambda: tr("CLI", "back up the database now (checked, rotated), or --list the backups"),
     _lazy_in("cli_backup", "configure_backup"), _lazy_in("cli_backup", "cmd_backup")),
    ("restore", lambda: tr("CLI", "restore the database from a backup file (the owner; the current one is saved "
                                  "aside first)"), _lazy_in("cli_backup", "configure_restore"),
     _lazy_in("cli_backup", "cmd_restore")),
    ("aftersales", lambda: tr("CLI", "after-sales cases: list them (all, or the open ones)"),
     _lazy_in("cli_aftersales", "configure"), _lazy_in("cli_aftersales", "cmd_aftersales")),
]


def _appraisal_cli(name: str):
    def call(arg):
        from shopmanager import cli_appraisal

        return getattr(cli_appraisal, name)(arg)

    return call


EXTRA_COMMANDS += [
    ("appraisal", lambda: tr("CLI", "monthly appraisal: open a month, who still has to score, sign off"),
     _appraisal_cli("configure_appraisal"), _appraisal_cli("cmd_appraisal")),
]


def _global_parser(**options) -> argparse.ArgumentParser:
    """The options every command shares (and all the desktop program takes)."""
    parser = argparse.ArgumentParser(prog="shopmanager", description=tr("CLI", "ShopManager: the shop's back office."),
                                     **options)
    parser.add_argument("--version", action="version", version=f"ShopManager {__version__}")
    parser.add_argument("--db", help=tr("CLI", "database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name"))
    parser.add_argument("--user", help=tr("CLI", "act as this user (password: SHOPMANAGER_PASSWORD or prompt)"))
    parser.add_argument("--lang", choices=sorted(SUPPORTED_LANGUAGES), help=tr("CLI", "language of messages"))
    return parser


def build_parser() -> argparse.ArgumentParser:
    from shopmanager.core.permissions import Role

    parser = _global_parser()
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help=tr("CLI", "create the shop and the owner account (first run)"))
    init.add_argument("--shop", required=True, help=tr("CLI", "shop name"))
    init.add_argument("--owner", required=True, help=tr("CLI", "owner's user name"))
    init.add_argument("--owner-name", required=True, help=tr("CLI", "owner's real name"))
    init.add_argument("--language", choices=sorted(SUPPORTED_LANGUAGES))
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", help=tr("CLI", "create a demo shop with realistic data"))
    demo.add_argument("--if-missing", action="store_true", help=tr("CLI", "do nothing if the database holds a shop"))
    demo.add_argument("--products", type=int, help=tr("CLI", "number of products"))
    demo.add_argument("--customers", type=int, help=tr("CLI", "number of customers"))
    demo.add_argument("--orders", type=int, help=tr("CLI", "number of orders"))
    demo.add_argument("--language", choices=sorted(SUPPORTED_LANGUAGES))
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser("check", help=tr("CLI", "check the database (read-only): integrity, foreign keys, "
                                                  "schema, audit log protection, stock"))
    check.set_defaults(handler=cmd_check)

    passwd = sub.add_parser("passwd", help=tr("CLI", "change your own password (--user NAME; the new one: "
                                                   "SHOPMANAGER_NEW_PASSWORD or prompt)"))
    passwd.set_defaults(handler=cmd_passwd)

    users = sub.add_parser("users", help=tr("CLI", "user accounts"))
    users_sub = users.add_subparsers(dest="users_command", required=True)
    users_sub.add_parser("list", help=tr("CLI", "list accounts"))
    add = users_sub.add_parser("add", help=tr("CLI", "add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)"))
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    disable = users_sub.add_parser("disable", help=tr("CLI", "disable an account"))
    disable.add_argument("username")
    users.set_defaults(handler=cmd_users)

    for name, help_text, configure, handler in EXTRA_COMMANDS:
        command = sub.add_parser(name, help=help_text())
        configure(command)
        command.set_defaults(handler=handler)
    return parser


def _language_for(args_lang: str | None) -> str:
    return args_lang or os.environ.get("SHOPMANAGER_LANG") or system_language()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    known, _ = pre.parse_known_args(argv)
    set_language(_language_for(known.lang))
    args, rest = argparse.Namespace(), argv
    if "-h" not in argv and "--help" not in argv:
        # No command: the desktop program. Its options alone, not the dozens of commands
        # (building those is a few ms of every start of the window).
        args, rest = _global_parser(add_help=False).parse_known_args(argv)
    if rest:
        args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", cmd_gui)
    import logging

    logging.raiseExceptions = False  # a log file on a full disk must not print a traceback either
    streams = sys.stdout, sys.stderr
    if handler is not cmd_gui:  # names and messages from files never reach the terminal raw (ESC, BEL, bidi)
        sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)
    try:
        return handler(args)
    except ShopError as error:
        print(tr("CLI", "Error: {message}").format(message=error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `shopmanager … | head`: the reader went away
        return 141
    except Exception as error:  # noqa: BLE001 - the last resort: no traceback reaches a user
        return _unexpected(error)
    finally:
        sys.stdout, sys.stderr = streams


def _unexpected(error: Exception) -> int:
    """Log the traceback, print one plain sentence: what happened and where the details are."""
    import logging

    from shopmanager.db.database import explain_error

    known = explain_error(error)
    if known is not None:
        logging.getLogger(__name__).info("Explained error: %r", error, exc_info=error)
        print(tr("CLI", "Error: {message}").format(message=known), file=sys.stderr)
        return 2
    from shopmanager.logs import setup_logging

    path = setup_logging()
    logging.getLogger(__name__).error("Unexpected error in the command line", exc_info=error)
    print(tr("CLI", "Unexpected error ({kind}): the command stopped; what was saved before stays saved. "
                    "Details were written to {path}.").format(kind=type(error).__name__, path=path), file=sys.stderr)
    return 3


class _Printable:
    """A text stream that shows control and bidi characters as escapes (core.text.printable)."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        from shopmanager.core.text import printable

        return self._stream.write(printable(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
