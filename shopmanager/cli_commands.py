"""CLI commands of the modules: import, export, report. Imported only when the CLI runs one."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr


def _session(args: argparse.Namespace):
    from shopmanager.cli import _open, acting_user

    _open(args)
    return acting_user(args)


def _progress():
    from shopmanager.core.progress import printing_progress

    return printing_progress(sys.stderr)


CHANNELS = ["taobao", "tmall", "jd", "pdd", "douyin", "wechat", "offline"]  # core.orders.Channel


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["products", "orders", "aftersales", "attendance"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--mapping", help=tr("CLI", "a saved mapping's name, or a JSON file {header: field}"))
    parser.add_argument("--preset", choices=["taobao", "taobao_items", "jd", "pdd", "douyin"],
                        help=tr("CLI", "platform layout of an order or refund file (default: recognised from its headers)"))
    parser.add_argument("--channel", choices=CHANNELS,
                        help=tr("CLI", "orders: the platform the orders come from (default: the preset's)"))
    parser.add_argument("--dry-run", action="store_true", help=tr("CLI", "check everything, write nothing"))
    parser.add_argument("--errors", type=Path, help=tr("CLI", "write the rows with an error column to this xlsx"))
    parser.add_argument("--create-missing-products", action="store_true",
                        help=tr("CLI", "orders: create placeholder products for unknown items"))


def _mapping(args: argparse.Namespace, sheet, target: str, guess) -> dict[str, int]:
    from shopmanager.services.import_pipeline import apply_saved, saved_mappings

    if not args.mapping:
        return guess(sheet)
    path = Path(args.mapping)
    if path.exists():
        from shopmanager.excel import Mapping

        try:
            by_header = Mapping.from_json(path.read_text(encoding="utf-8-sig")).by_header
        except (OSError, UnicodeDecodeError, ValueError, ShopError) as error:
            raise ShopError(tr("CLI", "{file} is not a mapping file (JSON {{\"header\": \"field\"}}): {reason}").format(
                file=path, reason=getattr(error, "strerror", None) or error)) from None
    else:
        saved = saved_mappings(target)
        if args.mapping not in saved:
            raise ShopError(tr("CLI", "No saved mapping named '{name}'.").format(name=args.mapping))
        by_header = saved[args.mapping]
    mapping, missing = apply_saved(sheet.headers, by_header)
    if missing:
        print(tr("CLI", "Columns of the mapping missing from the file: {names}").format(names=", ".join(missing)),
              file=sys.stderr)
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    if args.errors is not None and args.errors.exists() and args.file.exists() and args.errors.samefile(args.file):
        raise ShopError(tr("CLI", "--errors names the file being imported: choose another name for the error file "
                                  "(it would replace yours)."))
    actor = _session(args)
    from shopmanager.services import import_pipeline

    sheet = import_pipeline.read(args.file)
    if args.what == "products":
        from shopmanager.services import product_import

        mapping = _mapping(args, sheet, "products", product_import.guess)
        report = product_import.run_import(actor, args.file, mapping, dry_run=args.dry_run, progress=_progress(),
                                           sheet=sheet)
    elif args.what == "aftersales":
        from shopmanager.services import aftersales_import

        preset = args.preset if args.preset in aftersales_import.PRESETS else None
        mapping = _mapping(args, sheet, "aftersales", lambda s: aftersales_import.guess(s, preset))
        report = aftersales_import.run_import(actor, args.file, mapping, dry_run=args.dry_run, progress=_progress(),
                                              sheet=sheet, preset=preset, channel=args.channel)
    elif args.what == "attendance":  # punch files of attendance clocks, DingTalk, WeCom
        from shopmanager.services import punch_import

        mapping = _mapping(args, sheet, punch_import.TARGET, punch_import.guess)
        report = punch_import.run_import(actor, args.file, mapping, dry_run=args.dry_run, progress=_progress(),
                                         sheet=sheet)
    else:
        from shopmanager.services import order_import

        preset = args.preset or order_import.detect_preset(sheet.headers)
        mapping = _mapping(args, sheet, "orders", lambda s: order_import.guess(s, preset))
        report = order_import.run_import(actor, args.file, mapping, dry_run=args.dry_run, progress=_progress(),
                                         sheet=sheet, preset=preset, channel=args.channel,
                                         create_missing_products=args.create_missing_products)
    for problem in report.problems:
        print(problem.text(), file=sys.stderr)
    for warning in report.warnings:
        print(tr("CLI", "Warning: {message}").format(message=warning.text()), file=sys.stderr)
    for item in report.details.get("unknown", []) if report.problems else []:
        print(tr("CLI", "Unknown item {code} ({title}) on rows {rows}").format(
            code=item["code"], title=item["title"], rows=", ".join(str(r) for r in item["rows"][:10])), file=sys.stderr)
    if report.problems:
        if args.errors:
            written = import_pipeline.write_errors(args.errors, sheet, report.problems)
            print(tr("CLI", "Rows with an error column written to {path}").format(path=args.errors), file=sys.stderr)
            for note in written.notes:
                print(note, file=sys.stderr)
        print(tr("CLI", "{n} problems: nothing was imported.").format(n=len(report.problems)), file=sys.stderr)
        return 1
    for note in report.notes:
        print(note)
    verb = tr("CLI", "Check passed, nothing written") if args.dry_run else tr("CLI", "Imported")
    print(tr("CLI", "{verb}: {created} new, {updated} updated, {unchanged} unchanged.").format(
        verb=verb, created=report.created, updated=report.updated, unchanged=report.unchanged))
    return 0


EXPORTS = {
    "products": ("shopmanager.services.products", "ProductSource", lambda: tr("Products", "Products")),
    "stock": ("shopmanager.services.stock", "StockListSource", lambda: tr("Stock", "Stock list")),
    "low-stock": ("shopmanager.services.alerts", "LowStockSource", lambda: tr("Alerts", "Low stock")),
    "movements": ("shopmanager.services.stock", "MovementSource", lambda: tr("Stock", "Stock movements")),
    "orders": ("shopmanager.services.orders", "OrderSource", lambda: tr("Orders", "Orders")),
    "order-lines": ("shopmanager.services.orders", "OrderLineSource", lambda: tr("Orders", "Order lines")),
    "customers": ("shopmanager.services.customers", "CustomerSource", lambda: tr("Customers", "Customers")),
    "staff": ("shopmanager.services.staff", "StaffSource", lambda: tr("Staff", "Staff")),
    "aftersales": ("shopmanager.services.aftersales_list", "AfterSalesSource", lambda: tr("AfterSales", "After-sales")),
}


def _required(args: argparse.Namespace, option: str, example: str) -> str:
    value = getattr(args, option, None)
    if not value:
        raise ShopError(tr("Periods", "Name the period: {example}").format(example=f"--{option} {example}"))
    return value


def _attendance_xlsx(actor, args: argparse.Namespace):
    from shopmanager.services.roster_reports import attendance_month_xlsx

    return attendance_month_xlsx(actor, _required(args, "month", "2026-10"), args.file, _progress())


def _attendance_detail_xlsx(actor, args: argparse.Namespace):
    from shopmanager.services.roster_reports import attendance_detail_xlsx

    return attendance_detail_xlsx(actor, _required(args, "month", "2026-10"), args.file, _progress())


def _roster_xlsx(actor, args: argparse.Namespace):
    from shopmanager.services.roster_reports import roster_week_xlsx

    return roster_week_xlsx(actor, _required(args, "week", "2026-W48"), args.file, _progress())


# Exports that are not a list on screen: WHAT → function(actor, args) writing args.file (→ excel.WrittenFile).
FILE_EXPORTS = {
    "attendance": _attendance_xlsx,
    "attendance-detail": _attendance_detail_xlsx,
    "roster": _roster_xlsx,
}


def _month_option(args: argparse.Namespace) -> str:
    if not args.month:
        raise ShopError(tr("CLI", "Name the period: --{option} {example}").format(option="month", example="2026-10"))
    return args.month


def _appraisal_xlsx(actor, args: argparse.Namespace):
    from shopmanager.services.appraisal_reports import export_month_xlsx

    return export_month_xlsx(actor, _month_option(args), args.file, _progress())


FILE_EXPORTS["appraisal"] = _appraisal_xlsx


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=sorted(set(EXPORTS) | set(FILE_EXPORTS)))
    parser.add_argument("file", type=Path)
    parser.add_argument("--month", help=tr("CLI", "the month (lists of one month): YYYY-MM, 11月, 2026年11月 or 上月"))
    parser.add_argument("--week", help=tr("CLI", "the week: YYYY-Www (ISO week, e.g. 2026-W48)"))


def cmd_export(args: argparse.Namespace) -> int:
    import importlib

    from shopmanager.services.exports import export_list
    from shopmanager.services.listing import ListRequest

    actor = _session(args)
    if args.what in FILE_EXPORTS:
        written = FILE_EXPORTS[args.what](actor, args)
    else:
        module, name, title = EXPORTS[args.what]
        source = getattr(importlib.import_module(module), name)(actor)
        request = ListRequest()
        if args.month:  # lists that filter by date (orders, order lines, the audit log) keep that month's rows
            from shopmanager.core import timeutil
            from shopmanager.core.periods import parse_month

            period = parse_month(args.month, timeutil.today())
            request.filters.update(date_from=period.start, date_to=period.end)
        written = export_list(actor, source, request, args.file, title(), _progress())
    print(tr("CLI", "{n} rows exported to {path}").format(n=written.rows, path=args.file))
    for note in written.notes:
        print(note, file=sys.stderr)
    return 0


def _catalog_pdf(report_id: str):
    """A report of services/report_catalog.py, its period read from the shared options
    (a month also as 11月 / 2026年11月 / 上月: core/periods.py)."""

    def build(actor, args: argparse.Namespace) -> bytes:
        from shopmanager.core import timeutil
        from shopmanager.core.periods import parse_period
        from shopmanager.services import report_catalog

        entry = report_catalog.report(report_id)
        period = parse_period(entry.period, month=args.month, week=args.week, year=args.year,
                              date_from=args.date_from, date_to=args.date_to, today=timeutil.today())
        if _wants_excel(report_id, args):
            count = report_catalog.build_excel(actor, report_id, period, args.output, _progress())
            print(tr("CLI", "{n} rows exported to {path}").format(n=count, path=args.output))
            return b""
        return report_catalog.build_pdf(actor, report_id, period, _progress())

    return build


def _wants_excel(report_id: str, args: argparse.Namespace) -> bool:
    """-o F.xlsx: the report's figures as a workbook — refused for a report that has none (its
    PDF must not be written under an .xlsx name)."""
    from shopmanager.services import report_catalog

    if args.output.suffix.lower() != ".xlsx":
        return False
    if report_catalog.report(report_id).excel is None:
        raise ShopError(tr("Reports", "This report has no Excel version."))
    return True


def _catalog_ids() -> list[str]:
    from shopmanager.services.report_catalog import REPORTS as CATALOG

    return [entry.id for entry in CATALOG]


def _appraisal_pdf(actor, args: argparse.Namespace) -> bytes:
    """`report appraisal --year YYYY` is the annual appraisal (the spelling the shop uses)."""
    report_id = "appraisal-annual" if args.year and not args.month else "appraisal"
    return _catalog_pdf(report_id)(actor, args)


def _aftersales_pdf(actor, args: argparse.Namespace) -> bytes:
    from shopmanager.services.aftersales_report import aftersales_summary_pdf, parse_period

    _wants_excel("aftersales", args)
    start, end = parse_period(args.date_from, args.date_to)
    return aftersales_summary_pdf(actor, start, end, _progress())


# `shopmanager report WHAT`: every report of services/report_catalog.py by its id, with the
# shared period options below; the few CLI spellings that differ from the catalog are here.
REPORTS = {
    "appraisal": _appraisal_pdf,
    "aftersales": _aftersales_pdf,
}


def configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=sorted(set(REPORTS) | set(_catalog_ids())))
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help=tr("CLI", "the PDF to write (.xlsx: the figures as a workbook, where the report has one)"))
    parser.add_argument("--month", help=tr("CLI", "the month: YYYY-MM, 11月, 2026年11月 or 上月"))
    parser.add_argument("--year", help=tr("CLI", "the year: YYYY"))
    parser.add_argument("--week", help=tr("CLI", "the week: YYYY-Www (ISO week, e.g. 2026-W48)"))
    parser.add_argument("--from", dest="date_from", help=tr("CLI", "first day: YYYY-MM-DD"))
    parser.add_argument("--to", dest="date_to", help=tr("CLI", "last day: YYYY-MM-DD"))


def cmd_report(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ShopError(tr("CLI", "{file}: a report is written as a PDF (.pdf), or as an Excel workbook (.xlsx) where "
                                  "it has one.").format(file=args.output.name))
    actor = _session(args)
    pdf = REPORTS.get(args.what, _catalog_pdf(args.what))(actor, args)
    if not pdf:  # written as xlsx
        return 0
    if suffix != ".pdf":  # never a PDF named .xlsx
        raise ShopError(tr("Reports", "This report has no Excel version."))
    temporary = args.output.with_name(args.output.name + ".part")
    temporary.write_bytes(pdf)
    temporary.replace(args.output)
    print(tr("CLI", "Report written to {path}").format(path=args.output))
    return 0
