"""`shopmanager backup [--to DIR] [--list]` and `shopmanager restore FILE`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shopmanager.core.errors import DatabaseDamaged, ShopError
from shopmanager.core.i18n import tr


def _progress():
    from shopmanager.core.progress import printing_progress

    return printing_progress(sys.stderr)


def configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", type=Path, metavar="DIR",
                        help=tr("CLI", "write this one backup to DIR (default: the folder set in Settings)"))
    parser.add_argument("--list", action="store_true", help=tr("CLI", "list the backups instead of making one"))


def cmd_backup(args: argparse.Namespace) -> int:
    """Without --user the backup is recorded as made by the system (for a scheduled task)."""
    from shopmanager.cli import _open, acting_user
    from shopmanager.core.disk import format_size
    from shopmanager.services import backup
    from shopmanager.services.context import SYSTEM

    _open(args)
    if args.list:
        folder = args.to or backup.backup_folder()
        infos = backup.list_backups(folder)
        if not infos:
            print(tr("CLI", "No backups of this shop in {folder} yet.").format(folder=folder))
            return 0
        print(tr("CLI", "Backups in {folder} (newest first):").format(folder=folder))
        for info in infos:
            print(f"  {info.created_at:%Y-%m-%d %H:%M:%S}  {backup.status_label(info.status):<8} "
                  f"{backup.trigger_label(info.trigger):<12} {info.total_rows:>10,}  {format_size(info.size):>9}  "
                  f"{info.path.name}")
        return 0
    actor = acting_user(args) if args.user else SYSTEM
    result = backup.make_backup(actor, folder=args.to, progress=_progress())
    info = result.info
    print(tr("CLI", "Backup written and checked: {path} ({rows} rows, {size}).").format(
        path=info.path, rows=f"{info.total_rows:,}", size=format_size(info.size)))
    if result.pictures_copied:
        print(tr("CLI", "{n} new product pictures copied.").format(n=result.pictures_copied))
    if result.removed:
        print(tr("CLI", "Old backups removed: {names}").format(names=", ".join(result.removed)))
    if result.warning:
        print(result.warning, file=sys.stderr)
        return 1
    return 0


def configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=tr("CLI", "the backup file (.sqlite3 or .dump)"))
    parser.add_argument("--yes", action="store_true", help=tr("CLI", "do not ask for confirmation"))
    parser.add_argument("--other-shop", action="store_true",
                        help=tr("CLI", "restore a backup of another shop in place of this one (moving to a new PC)"))


def _confirm(args: argparse.Namespace, text: str) -> None:
    print(text)
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise ShopError(tr("CLI", "Add --yes to confirm the restore. Nothing was changed."))
    try:
        answer = input(tr("CLI", "Type YES to replace the current database: "))
    except EOFError:
        answer = ""
    if answer.strip().upper() != "YES":
        raise ShopError(tr("CLI", "Not confirmed. Nothing was changed."))


def cmd_restore(args: argparse.Namespace) -> int:
    from shopmanager.cli import _open, acting_user
    from shopmanager.services import restore

    try:
        _open(args)
    except DatabaseDamaged as damaged:
        return _restore_damaged(args, damaged)
    actor = acting_user(args)
    checked = restore.check_backup(args.file)
    foreign = restore.other_shop(checked)
    if foreign and not args.other_shop:
        raise ShopError(tr("CLI", "{file} is a backup of another shop ({shop}), not of this one. To replace this "
                                  "shop's data with that shop's, add --other-shop. Nothing was changed.").format(
            file=args.file, shop=foreign))
    _confirm(args, tr("CLI", "Backup of {when}: {rows} rows, checked. Restoring it replaces the current database "
                             "(which is saved aside first).").format(
        when=checked.created_at.strftime("%Y-%m-%d %H:%M"), rows=f"{sum(checked.rows.values()):,}"))
    result = restore.restore_backup(actor, args.file, _progress(), checked=checked, other_shop_ok=args.other_shop)
    print(tr("CLI", "Restored the backup of {when}. The database as it was before is in {aside}. The other PCs "
                    "return to their login screen.").format(
        when=checked.created_at.strftime("%Y-%m-%d %H:%M"), aside=result.saved_aside))
    return 0


def _restore_damaged(args: argparse.Namespace, damaged: DatabaseDamaged) -> int:
    from shopmanager.cli import _open, _password
    from shopmanager.services import restore

    print(str(damaged), file=sys.stderr)
    if not args.user:
        raise ShopError(tr("CLI", "To restore over the damaged database, name the owner with --user NAME "
                                  "(the password is checked against the backup)."))
    password = _password(tr("CLI", "Password for {user}: ").format(user=args.user))
    _confirm(args, tr("CLI", "The damaged database will be moved aside (not deleted) and the backup put in its place."))
    checked, aside = restore.restore_damaged(damaged.path, args.file, args.user, password, _progress())
    _open(args)
    restore.record_restore(args.user, checked)
    print(tr("CLI", "Restored the backup of {when}. The damaged file was moved to {aside}.").format(
        when=checked.created_at.strftime("%Y-%m-%d %H:%M"), aside=aside))
    return 0
