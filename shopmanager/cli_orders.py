"""CLI commands of orders and customers: `shopmanager orders show|ship|dispatch` and
`shopmanager customers revisits|export-data|erase`. Imported when the parser is built,
so it imports nothing heavy at the top; the services load inside the handlers."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from shopmanager.core.errors import PermissionDenied, ShopError
from shopmanager.core.i18n import tr


def _session(args: argparse.Namespace):
    from shopmanager.cli import _open, acting_user

    _open(args)
    return acting_user(args)


def configure_orders(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="orders_command", required=True)
    show = sub.add_parser("show", help=tr("CLI", "one order with its lines, shipments and history"))
    show.add_argument("number", help=tr("CLI", "the shop's order number or the platform's"))
    ship = sub.add_parser("ship", help=tr("CLI", "ship orders: NUMBER TRACKING, or a file of such lines"))
    ship.add_argument("number", nargs="?", help=tr("CLI", "the shop's order number or the platform's"))
    ship.add_argument("tracking", nargs="?", help=tr("CLI", "the parcel's tracking number"))
    ship.add_argument("--carrier", default="auto", help=tr(
        "CLI", "carrier name or code, e.g. 顺丰速运 or SF; auto (the default): recognised from each number's shape"))
    ship.add_argument("--file", type=Path, help=tr("CLI", "a text file, one 'order-number tracking-number' a line"))
    dispatch = sub.add_parser("dispatch", help=tr("CLI", "the same-day dispatch queue: counts, and the list"))
    dispatch.add_argument("--list", choices=["today", "overdue", "tomorrow", "all"],
                          help=tr("CLI", "also list the orders of this part of the queue"))


def configure_customers(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="customers_command", required=True)
    sub.add_parser("revisits", help=tr("CLI", "revisit plans due today or overdue"))
    export = sub.add_parser("export-data", help=tr("CLI", "write everything held about one customer to a JSON file"))
    export.add_argument("customer_id", type=int)
    export.add_argument("file", type=Path)
    erase = sub.add_parser("erase", help=tr("CLI", "erase one customer's personal data (the orders stay)"))
    erase.add_argument("customer_id", type=int)
    erase.add_argument("--reason", required=True, help=tr("CLI", "why, e.g. 'the customer asked by phone'"))


def _carrier(actor, name: str) -> int:
    from shopmanager.services import shipping

    wanted = name.strip().upper()
    for carrier in shipping.list_carriers(actor):
        if wanted in (carrier.name.upper(), carrier.code.upper()):
            return carrier.id
    raise ShopError(tr("CLI", "No active carrier named '{name}'.").format(name=name))


def _carrier_for(actor, tracking: str, chosen: int | None, line: int) -> int:
    """The carrier named on the command line (a number of another carrier's shape is shipped as asked,
    with a warning), or the one recognised from the number."""
    from shopmanager.core.orders import clean_tracking_no
    from shopmanager.services import shipping

    number = clean_tracking_no(tracking)
    recognised = shipping.recognise_carrier(actor, number)
    if chosen is None:
        if recognised is None:
            raise ShopError(tr("CLI", "cannot tell the carrier of {number}: name it with --carrier.").format(
                number=number))
        return recognised.id
    if recognised is not None and shipping.carrier_fits(actor, number, chosen) is False:
        print(tr("CLI", "[{line}] warning: {number} looks like {carrier}; shipped with the carrier given.").format(
            line=line, number=number, carrier=recognised.name), file=sys.stderr)
    return chosen


def _scans(args: argparse.Namespace) -> list[tuple[int, str, str]]:
    if args.file:
        scans = []
        for number, line in enumerate(args.file.read_text(encoding="utf-8-sig").splitlines(), start=1):
            parts = line.replace(",", " ").replace("\t", " ").split()
            if not parts:
                continue
            if len(parts) != 2:
                raise ShopError(tr("CLI", "{file} line {n}: expected 'order-number tracking-number'.").format(
                    file=args.file.name, n=number))
            scans.append((number, parts[0], parts[1]))
        return scans
    if not args.number or not args.tracking:
        raise ShopError(tr("CLI", "Give an order number and a tracking number, or --file."))
    return [(1, args.number, args.tracking)]


def cmd_orders(args: argparse.Namespace) -> int:
    actor = _session(args)
    if args.orders_command == "show":
        from shopmanager.core.money import format_money
        from shopmanager.services import orders

        order = orders.get_order(actor, orders.find_order(actor, args.number))
        print(f"{order.order_no}  {order.platform_order_no}  {order.channel_label}  {order.status_label}")
        print(tr("CLI", "Ordered {ordered}, paid {paid}, taken by {staff}").format(
            ordered=f"{order.ordered_at:%Y-%m-%d %H:%M}", paid=f"{order.paid_at:%Y-%m-%d %H:%M}" if order.paid_at
            else "—", staff=order.staff_name or "—"))
        print(f"{order.receiver_name} {order.receiver_phone} {order.receiver_address}")
        for line in order.lines:
            print(f"  {line.line_no}. {line.sku} {line.title} × {line.qty} @ {format_money(line.unit_price_cents)}"
                  f" = {format_money(line.line_total_cents)}")
        print(tr("CLI", "Goods {goods} + freight {freight} − discount {discount} = total {total}; paid {paid}").format(
            goods=format_money(order.goods_cents), freight=format_money(order.freight_cents),
            discount=format_money(order.discount_cents), total=format_money(order.total_cents),
            paid=format_money(order.paid_cents)))
        for shipment in order.shipments:
            state = tr("CLI", "cancelled") if shipment.cancelled_at else ""
            print(f"  {shipment.carrier} {shipment.tracking_no} {shipment.shipped_at:%Y-%m-%d %H:%M} {state}".rstrip())
        for entry in order.history:
            print(f"  {entry['at']:%Y-%m-%d %H:%M} {entry['username']} {entry['action']}: {entry['summary']}")
        return 0
    if args.orders_command == "ship":
        from shopmanager.services import shipping

        from shopmanager.core.permissions import Perm
        from shopmanager.services.context import require

        require(actor, Perm.ORDERS_SHIP, entity="order")
        chosen = None if args.carrier.strip().lower() == "auto" else _carrier(actor, args.carrier)
        failed = 0
        for line, number, tracking in _scans(args):
            try:
                carrier = _carrier_for(actor, tracking, chosen, line)
                result = shipping.ship_by_order_number(actor, number, carrier, tracking)
            except PermissionDenied:
                raise
            except ShopError as error:
                failed += 1
                print(f"[{line}] {number}: {error}", file=sys.stderr)
                continue
            print(tr("CLI", "{order_no} shipped: {carrier} {tracking_no}, {pieces} pieces").format(
                order_no=result.order_no, carrier=result.carrier, tracking_no=result.tracking_no,
                pieces=result.pieces))
        return 1 if failed else 0
    from shopmanager.services import dispatch
    from shopmanager.services.listing import ListRequest

    to_ship, overdue = dispatch.dispatch_counts(actor)
    print(tr("CLI", "To ship today: {today} (overdue: {overdue}); cut-off {cutoff}").format(
        today=to_ship, overdue=overdue, cutoff=dispatch.cutoff().strftime("%H:%M")))
    if args.list:
        source = dispatch.DispatchSource(actor)
        for row in source.iter_rows(ListRequest(filters={"bucket": args.list})):
            mark = "!" if row[-1] else " "
            print(f"{mark} {row[0]}  {row[3]:%m-%d %H:%M}  {row[5]}  {row[9]}")
    return 0


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    raise TypeError(type(value).__name__)


def cmd_customers(args: argparse.Namespace) -> int:
    actor = _session(args)
    from shopmanager.services import customers

    if args.customers_command == "revisits":
        from shopmanager.services.listing import ListRequest

        due, overdue = customers.revisit_counts(actor)
        print(tr("CLI", "Revisits due today: {due}, overdue: {overdue}").format(due=due, overdue=overdue))
        for row in customers.RevisitSource(actor).iter_rows(ListRequest(filters={"state": "due"})):
            print(f"{row[0]:%Y-%m-%d}  {row[1]} {row[2]} {row[3]}  {row[5]}  [{row[6]}]")
        return 0
    if args.customers_command == "export-data":
        data = customers.export_personal_data(actor, args.customer_id)
        temporary = args.file.with_name(args.file.name + ".part")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_plain), encoding="utf-8")
        temporary.replace(args.file)
        print(tr("CLI", "Personal data of customer {id} written to {path}").format(id=args.customer_id,
                                                                                 path=args.file))
        return 0
    result = customers.erase_customer(actor, args.customer_id, args.reason)
    print(tr("CLI", "Customer {id} erased: {orders} orders blanked, {addresses} addresses removed.").format(
        id=result.customer_id, orders=result.orders_blanked, addresses=result.addresses_removed))
    return 0
