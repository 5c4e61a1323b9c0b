"""`shopmanager aftersales list [--open]`: the after-sales cases as the page lists them (masked
per role), newest first, with the open and overdue counts. Imported when the command runs."""
from __future__ import annotations

import argparse

from shopmanager.core.i18n import tr


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="aftersales_command", required=True)
    listing = sub.add_parser("list", help=tr("CLI", "the cases, newest first"))
    listing.add_argument("--open", action="store_true", help=tr("CLI", "only the open cases"))
    listing.add_argument("--overdue", action="store_true", help=tr("CLI", "only the overdue cases"))
    listing.add_argument("--search", default="", help=tr("CLI", "case, order or platform number, or phone"))


def cmd_aftersales(args: argparse.Namespace) -> int:
    from shopmanager.cli import _open, acting_user
    from shopmanager.core.formatting import format_value
    from shopmanager.services.aftersales_list import AfterSalesSource
    from shopmanager.services.aftersales_stats import case_counts
    from shopmanager.services.listing import ListRequest

    _open(args)
    actor = acting_user(args)
    filters = {}
    if args.open:
        filters["state"] = "open"
    if args.overdue:
        filters["overdue"] = True
    source = AfterSalesSource(actor)
    rows = 0
    for row in source.iter_rows(ListRequest(search=args.search, filters=filters)):
        (case_no, kind, state, order_no, platform_no, _channel, customer, phone, item, reason, holder, received,
         refund, overdue) = row
        mark = "!" if overdue else " "
        print(f"{mark} {case_no}  {format_value('datetime', received)}  {kind:<6} {state:<8} "
              f"{order_no or platform_no or '—'}  {customer} {phone}  {item}  [{reason}]  {holder}"
              + (f"  ¥{format_value('money', refund)}" if refund else ""))
        rows += 1
    open_count, overdue_count = case_counts(actor)
    print(tr("CLI", "{n} cases listed; open: {open}, overdue (no first response in time): {overdue}").format(
        n=rows, open=open_count, overdue=overdue_count))
    return 0
