"""`shopmanager appraisal open|status|sign --month YYYY-MM`: the month's appraisal round from the
command line (the report and the Excel file are `shopmanager report appraisal` and
`shopmanager export appraisal`)."""
from __future__ import annotations

import argparse

from shopmanager.core.i18n import tr


def configure_appraisal(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="appraisal_command", required=True)
    opened = sub.add_parser("open", help=tr("CLI", "create the month's appraisals from the role templates"))
    opened.add_argument("--month", required=True, help=tr("CLI", "the month: YYYY-MM, 11月, 2026年11月 or 上月"))
    status = sub.add_parser("status", help=tr("CLI", "who still has to score, every employee's total and grade"))
    status.add_argument("--month", required=True, help=tr("CLI", "the month: YYYY-MM, 11月, 2026年11月 or 上月"))
    sign = sub.add_parser("sign", help=tr("CLI", "sign off every appraisal of the month and lock it (owner)"))
    sign.add_argument("--month", required=True, help=tr("CLI", "the month: YYYY-MM, 11月, 2026年11月 or 上月"))


def _own_status(actor) -> int:
    """Someone who does not appraise the staff: what they still have to score."""
    from shopmanager.services import appraisal

    lines = appraisal.reminders(actor)
    for line in lines:
        print(line)
    if not lines:
        print(tr("CLI", "Nothing left for you to score."))
    return 0


def _status(actor, month: str) -> int:
    from shopmanager.core.appraisal import format_total, grade_label
    from shopmanager.core.permissions import Perm, role_label
    from shopmanager.services import appraisal

    if not actor.can(Perm.APPRAISAL_TEAM):
        return _own_status(actor)
    overview = appraisal.month_overview(actor, month)
    if overview.status == "none":
        print(tr("CLI", "The appraisal of {month} has not been opened yet: shopmanager appraisal open --month "
                        "{month}").format(month=overview.month))
        return 1
    state = tr("CLI", "signed off and locked") if overview.status == "signed" else tr("CLI", "open")
    print(tr("CLI", "Appraisal {month}: {state}, due by {due} — {n} employees").format(
        month=overview.month, state=state, due=overview.due, n=len(overview.rows)))
    header = (tr("CLI", "Name"), tr("CLI", "Role"), tr("CLI", "Self"), tr("CLI", "Supervisor"), tr("CLI", "Peers"),
              tr("CLI", "Total"), tr("CLI", "Grade"), tr("CLI", "Status"))
    print("  ".join(header))
    for row in overview.rows:
        waiting = f" ({', '.join(row.waiting_names)})" if row.waiting_names else ""
        print("  ".join([row.name, role_label(row.role), row.self_state, row.supervisor_state, row.peers,
                         format_total(row.total) + ("" if row.grade else "*"), grade_label(row.grade) or "—",
                         appraisal.state_label(row.state) + waiting]))
    if any(not row.grade for row in overview.rows):
        print(tr("CLI", "* provisional: not everyone has scored yet."))
    for line in appraisal.reminders(actor):
        print(line)
    return 0


def cmd_appraisal(args: argparse.Namespace) -> int:
    from shopmanager.cli_commands import _session
    from shopmanager.services import appraisal

    actor = _session(args)
    if args.appraisal_command == "open":
        opened = appraisal.open_month(actor, args.month)
        print(tr("CLI", "Appraisal {month} open: {created} new, {total} employees in all.").format(
            month=opened.month, created=opened.created, total=opened.total))
        return 0
    if args.appraisal_command == "sign":
        signed = appraisal.sign_month(actor, args.month)
        print(tr("CLI", "{n} appraisals of {month} signed off; the month is locked.").format(n=len(signed),
                                                                                          month=args.month))
        return 0
    return _status(actor, args.month)
