"""Screenshots of every page (every role) and every dialog, in Chinese and English, at
1366×768 and 1920×1080 — to LOOK at after a change (or after merging new pages).

    .venv/bin/python -m tests.ui.screenshots                      # everything → /tmp/shopmanager-shots
    .venv/bin/python -m tests.ui.screenshots --out /tmp/s --sizes 1366x768 --languages zh_CN \\
        --roles owner,customer_service --dialogs order,product --pages orders,products

Pages are those of ui/navigation.ENTRIES for each role's demo account; dialogs those of
tests/ui/catalog.DIALOGS; an empty new shop's pages are shot too (first start). The window
fills the screen's work area (the screen less a 40 px taskbar and a 32 px title bar), as
a maximised window does; dialogs open as the program opens them (ui/screen.fit_to_screen).
Each size runs in its own process with an offscreen screen of that size.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TASKBAR = 40
DEFAULT_OUT = Path(tempfile.gettempdir()) / "shopmanager-shots"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--roles", default="all", help="Role values (owner, customer_service …) or all")
    parser.add_argument("--pages", default="all", help="navigation keys, all, or none")
    parser.add_argument("--dialogs", default="all", help="names of tests/ui/catalog.DIALOGS, all, or none")
    parser.add_argument("--no-empty-shop", action="store_true", help="skip the pages of a new, empty shop")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # WxH: run inside the sized screen
    parser.add_argument("--template", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--empty-template", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def build_empty_file(path: Path) -> None:
    """A shop just set up by the first-run wizard: an owner, nothing else."""
    from shopmanager.db.database import close_database, database_proxy, open_database, sqlite_url
    from shopmanager.db.migrations import migrate
    from shopmanager.services.auth import initialize_shop

    open_database(sqlite_url(path), create=True)
    migrate()
    initialize_shop(shop_name="小象优选", owner_username="owner", owner_password="x", owner_name="王建国",
                    language="zh_CN", check_password=False)
    close_database()
    database_proxy.initialize(None)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args)
    from tests.ui.catalog import build_demo_file

    work = Path(tempfile.mkdtemp(prefix="shots-"))
    os.environ["SHOPMANAGER_HOME"] = str(work / "home")
    template = work / "demo.sqlite3"
    empty = work / "empty.sqlite3"
    print("building the demo shop …", flush=True)
    build_demo_file(template)
    build_empty_file(empty)
    code = 0
    for size in _split(args.sizes):
        width, height = (int(v) for v in size.lower().split("x"))
        config = work / f"screen-{size}.json"
        config.write_text(json.dumps({"screens": [{
            "name": "work-area", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", SHOPMANAGER_HOME=str(work / "home"))
        command = [sys.executable, "-m", "tests.ui.screenshots", "--worker", size, "--template", str(template),
                   "--empty-template", str(empty), "--out", str(args.out), "--languages", args.languages,
                   "--roles", args.roles, "--pages", args.pages, "--dialogs", args.dialogs]
        if args.no_empty_shop:
            command.append("--no-empty-shop")
        print(f"{size} …", flush=True)
        code |= subprocess.call(command, env=env)
    print(f"screenshots in {args.out}")
    return code


def worker(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from shopmanager.ui.app import make_application
    from shopmanager.ui.i18n import apply_language
    from shopmanager.ui.screen import room_for
    from tests.ui import catalog

    app = make_application()
    home = Path(os.environ["SHOPMANAGER_HOME"])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / f"qsettings-{args.worker}"))
    from shopmanager.ui import messages

    messages.set_responder(lambda kind, title, text, extra: None)  # nothing modal while shooting
    out = args.out / args.worker
    roles = catalog.demo_roles() if args.roles == "all" else _split(args.roles)
    wanted_pages = None if args.pages == "all" else set(_split(args.pages))
    dialogs = list(catalog.DIALOGS) if args.dialogs == "all" else [d for d in _split(args.dialogs) if d != "none"]

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
        # closed windows and dialogs really go (processEvents alone keeps deleteLater's for the
        # event loop): else an old page's timer later asks a shop that is no longer open
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        from shopmanager.ui.tasks import runner

        while runner().busy():
            app.processEvents()

    def shoot_pages(shop, role: str, folder: Path) -> None:
        window = catalog.make_window(shop, role)
        window.resize(room_for(window))
        window.show()
        settle()
        folder.mkdir(parents=True, exist_ok=True)
        for number, entry in enumerate(window.entries, start=1):
            if wanted_pages is not None and entry.key not in wanted_pages:
                continue
            window.show_page(entry.key)
            settle()
            window.grab().save(str(folder / f"{role}-{number:02d}-{entry.key}.png"))
        window.close()
        window.deleteLater()
        settle()

    work = home.parent
    for language in _split(args.languages):
        apply_language(language)
        base = out / language
        if args.pages != "none":
            shop = catalog.open_demo_copy(args.template, _fresh(work / f"{args.worker}-{language}-pages"))
            for role in roles:
                shoot_pages(shop, role, base / "pages")
            _close()
            if not args.no_empty_shop:
                shop = _open_empty(args.empty_template, _fresh(work / f"{args.worker}-{language}-empty"))
                shoot_pages(shop, "owner", base / "empty-shop")
                _close()
        if dialogs:
            shop = catalog.open_demo_copy(args.template, _fresh(work / f"{args.worker}-{language}-dialogs"))
            (base / "dialogs").mkdir(parents=True, exist_ok=True)
            for name in dialogs:
                dialog = catalog.DIALOGS[name](shop)
                dialog.show()
                settle()
                dialog.grab().save(str(base / "dialogs" / f"{name}.png"))
                dialog.close()
                dialog.deleteLater()
                settle()
            _close()
    QApplication.processEvents()
    print(f"  {out}")
    return 0


def _fresh(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _open_empty(template: Path, folder: Path):
    import shutil

    from shopmanager.db.database import open_database, sqlite_url
    from shopmanager.db.models import User
    from shopmanager.services.auth import actor_for
    from tests.ui.catalog import Shop

    path = folder / "shop.sqlite3"
    shutil.copyfile(template, path)
    url = sqlite_url(path)
    open_database(url)
    shop = Shop(url)
    shop.actors["owner"] = actor_for(User.get(User.username == "owner"))
    return shop


def _close() -> None:
    from shopmanager.db.database import close_database, database_proxy

    close_database()
    database_proxy.initialize(None)


if __name__ == "__main__":
    sys.exit(main())
