"""Platform refund files (GBK, in each platform's layout) through the one importer: cases
made or updated idempotently by refund number, refunds recorded, out-of-policy refunds
flagged, unknown orders and refunds above the payment reported by row with nothing written."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from shopmanager.core import timeutil
from shopmanager.core.aftersales import CaseState, CaseType, Reason
from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase, AuditLog, Refund
from shopmanager.services import aftersales_import, orders, shipping
from shopmanager.services.aftersales_import import case_type_from, reason_from, state_from
from shopmanager.services.check import run_checks
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import carrier
from tests.unit.services.test_orders import make_product

FIXTURES = Path(__file__).parents[2] / "fixtures" / "aftersales"


def at(moment: dt.datetime) -> None:
    timeutil.set_clock_offset(moment - dt.datetime.now().replace(microsecond=0))


def platform_order(shop, channel: str, number: str, lines: list[LineInput], *, paid_on: dt.date,
                   delivered_on: dt.date, freight: int = 0) -> int:
    service, clerk = shop[Role.CUSTOMER_SERVICE], shop[Role.SHIPPING]
    try:
        at(dt.datetime.combine(paid_on, dt.time(10, 0)))
        ref = orders.create_order(service, orders.OrderInput(
            channel=channel, lines=lines, platform_order_no=number, freight_cents=freight, paid_at=timeutil.now(),
            receiver_name="张伟", receiver_phone="13812345678", receiver_address="浙江省杭州市"))
        shipping.ship_order(clerk, ref.id, carrier(clerk), f"SF{abs(hash(number)) % 10**12:012d}")
        at(dt.datetime.combine(delivered_on, dt.time(15, 0)))
        orders.change_status(service, ref.id, "delivered")
    finally:
        timeutil.set_clock_offset(dt.timedelta(0))
    return ref.id


def run(actor, name: str, *, dry_run: bool = False, path: Path | None = None, channel: str | None = None):
    path = path or FIXTURES / name
    sheet = aftersales_import.read(path)
    mapping = aftersales_import.guess(sheet)
    return aftersales_import.run_import(actor, path, mapping, dry_run=dry_run, sheet=sheet, channel=channel)


@pytest.fixture
def taobao_orders(shop):
    rice, oil = make_product("RICE-5", price=5940, qty=50), make_product("OIL-5", price=8980, qty=50)
    return {
        "1": platform_order(shop, "taobao", "3051000000000001", [LineInput(2, product_id=rice)],
                            paid_on=dt.date(2026, 11, 8), delivered_on=dt.date(2026, 11, 10)),
        "2": platform_order(shop, "taobao", "3051000000000002", [LineInput(1, product_id=oil)], freight=800,
                            paid_on=dt.date(2026, 11, 9), delivered_on=dt.date(2026, 11, 12)),
        "3": platform_order(shop, "taobao", "3051000000000003", [LineInput(1, product_id=rice)],
                            paid_on=dt.date(2026, 10, 20), delivered_on=dt.date(2026, 10, 22)),
    }


def case_of(refund_no: str) -> AfterSalesCase:
    return AfterSalesCase.get(AfterSalesCase.platform_refund_no == refund_no)


def test_a_taobao_refund_export_makes_cases_once_and_flags_what_the_policy_refuses(shop, taobao_orders):
    service = shop[Role.CUSTOMER_SERVICE]
    sheet = aftersales_import.read(FIXTURES / "taobao-refunds-gbk.csv")
    assert aftersales_import.detect_preset(sheet.headers) == "taobao"
    dry = run(service, "taobao-refunds-gbk.csv", dry_run=True)
    assert dry.ok and (dry.created, dry.counts["flagged"]) == (4, 1) and not dry.committed
    assert AfterSalesCase.select().count() == 0
    report = run(service, "taobao-refunds-gbk.csv")
    assert report.ok and report.committed and (report.created, report.updated, report.counts["flagged"]) == (4, 0, 1)
    paid = case_of("210000000000000101")
    assert (paid.case_type, paid.reason, paid.state, paid.refund_cents) == (
        CaseType.RETURN_REFUND, Reason.NO_REASON, CaseState.RESOLVED, 5940)
    assert paid.order_id == taobao_orders["1"] and not paid.out_of_policy and paid.platform_status == "退款成功"
    assert paid.received_at == dt.datetime(2026, 11, 14, 9, 30) and paid.resolved_at == dt.datetime(2026, 11, 16, 15, 2, 11)
    waiting = case_of("210000000000000102")
    assert (waiting.state, waiting.reason, waiting.refund_cents) == (CaseState.WAITING_GOODS, Reason.QUALITY, 0)
    flagged = case_of("210000000000000103")
    assert flagged.out_of_policy and flagged.refund_cents == 5940 and flagged.state == CaseState.RESOLVED
    assert "only within 7 days" in flagged.policy_text
    assert case_of("210000000000000104").state == CaseState.CLOSED
    assert Refund.select().count() == 2 and all(f.ok for f in run_checks())
    again = run(service, "taobao-refunds-gbk.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4) and AfterSalesCase.select().count() == 4
    assert Refund.select().count() == 2
    assert AuditLog.select().where(AuditLog.entity == "aftersales", AuditLog.action == "import").count() == 2


def test_a_refund_paid_later_updates_its_case(shop, taobao_orders, tmp_path):
    service = shop[Role.CUSTOMER_SERVICE]
    run(service, "taobao-refunds-gbk.csv")
    text = (FIXTURES / "taobao-refunds-gbk.csv").read_bytes().decode("gbk")
    changed = tmp_path / "退款-第二天.csv"
    changed.write_bytes(text.replace("等待买家退货", "退款成功", 1).encode("gbk"))
    report = run(service, "", path=changed)
    assert report.ok and (report.created, report.updated, report.unchanged) == (0, 1, 3)
    case = case_of("210000000000000102")
    assert case.state == CaseState.RESOLVED and case.refund_cents == 8980


def test_an_unknown_order_is_reported_by_row_and_nothing_is_written(shop, taobao_orders, tmp_path):
    text = (FIXTURES / "taobao-refunds-gbk.csv").read_bytes().decode("gbk")
    unknown = tmp_path / "退款.csv"
    unknown.write_bytes(text.replace("3051000000000003", "3059999999999999").encode("gbk"))
    report = run(shop[Role.CUSTOMER_SERVICE], "", path=unknown)
    assert not report.committed and [p.text() for p in report.problems] == [
        "Row 4, 订单编号: order 3059999999999999 is not in the program: import the platform's orders first"]
    assert AfterSalesCase.select().count() == 0 and Refund.select().count() == 0


def test_a_refund_above_what_was_paid_is_reported_and_nothing_is_written(shop, taobao_orders, tmp_path):
    text = (FIXTURES / "taobao-refunds-gbk.csv").read_bytes().decode("gbk")
    greedy = tmp_path / "退款.csv"
    greedy.write_bytes(text.replace("118.80,59.40,系统退款", "118.80,159.40,系统退款").encode("gbk"))
    report = run(shop[Role.CUSTOMER_SERVICE], "", path=greedy)
    assert [p.row for p in report.problems] == [2] and "more than can be refunded" in report.problems[0].message
    assert AfterSalesCase.select().count() == 0


def test_jd_pdd_and_douyin_exports(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice, oil = make_product("RICE-5", price=5940, qty=50), make_product("OIL-5", price=8980, qty=50)
    nuts, noodles = make_product("NUT-750", price=6990, qty=50), make_product("LSF-5", price=3950, qty=50)
    day = dict(paid_on=dt.date(2026, 11, 10), delivered_on=dt.date(2026, 11, 13))
    platform_order(shop, "jd", "290000000001", [LineInput(1, product_id=oil)], **day)
    platform_order(shop, "jd", "290000000002", [LineInput(1, product_id=rice)], **day)
    platform_order(shop, "pdd", "231115-000000000000001", [LineInput(1, product_id=nuts)], **day)
    platform_order(shop, "pdd", "231115-000000000000002", [LineInput(1, product_id=nuts)], **day)
    platform_order(shop, "douyin", "6920000000000000001", [LineInput(2, product_id=noodles)], **day)
    for name, preset in (("jd-aftersales-gbk.csv", "jd"), ("pdd-aftersales-gbk.csv", "pdd"),
                         ("douyin-aftersales-gbk.csv", "douyin")):
        assert aftersales_import.detect_preset(aftersales_import.read(FIXTURES / name).headers) == preset
        report = run(service, name)
        assert report.ok and report.committed, [p.text() for p in report.problems]
    jd_return, jd_exchange = case_of("1180000001"), case_of("1180000002")
    assert (jd_return.case_type, jd_return.reason, jd_return.state, jd_return.refund_cents) == (
        CaseType.RETURN_REFUND, Reason.QUALITY, CaseState.RESOLVED, 8980)
    assert (jd_exchange.case_type, jd_exchange.reason, jd_exchange.state) == (
        CaseType.EXCHANGE, Reason.CHANGE, CaseState.OPEN)
    assert jd_return.received_at == dt.datetime(2026, 11, 15, 10, 20)
    refund_only, in_transit = case_of("18800000001"), case_of("18800000002")
    assert (refund_only.case_type, refund_only.reason, refund_only.refund_cents) == (
        CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, 3500)
    assert (in_transit.state, in_transit.return_tracking_no) == (CaseState.WAITING_GOODS, "YT0000000000001")
    douyin = case_of("7300000000000000001")
    assert (douyin.case_type, douyin.reason, douyin.refund_cents, douyin.channel) == (
        CaseType.RETURN_REFUND, Reason.NOT_AS_DESCRIBED, 7900, "douyin")
    assert all(f.ok for f in run_checks())


def test_a_clerk_without_the_right_cannot_import(shop, tmp_path):
    from shopmanager.core.errors import PermissionDenied

    path = tmp_path / "x.csv"
    shutil.copyfile(FIXTURES / "taobao-refunds-gbk.csv", path)
    with pytest.raises(PermissionDenied):
        run(shop[Role.SHIPPING], "", path=path)


@pytest.mark.parametrize("kind,need,expected", [
    ("", "是", CaseType.RETURN_REFUND), ("", "否", CaseType.REFUND_ONLY), ("换货", "", CaseType.EXCHANGE),
    ("退货退款", "", CaseType.RETURN_REFUND), ("仅退款", "", CaseType.REFUND_ONLY), ("维修", "", CaseType.REPAIR),
])
def test_the_platforms_words_for_the_type(kind, need, expected):
    assert case_type_from(kind, need) == expected


def test_the_platforms_words_for_reason_and_state():
    assert reason_from("七天无理由退换货") == Reason.NO_REASON and reason_from("质量问题") == Reason.QUALITY
    assert reason_from("颜色/尺寸与描述不符") == Reason.NOT_AS_DESCRIBED and reason_from("少件/漏发") == Reason.NOT_RECEIVED
    assert reason_from("色差严重") == Reason.COLOUR and reason_from("?") == Reason.OTHER
    assert state_from("退款成功") == CaseState.RESOLVED and state_from("退款关闭") == CaseState.CLOSED
    assert state_from("卖家拒绝退款") == CaseState.REFUSED and state_from("等待买家退货") == CaseState.WAITING_GOODS
    assert state_from("等待卖家同意") == CaseState.OPEN
