"""Platform refund / after-sales files (淘宝/天猫 退款管理, 京东 服务单, 拼多多 售后, 抖店 售后单,
or any layout) through the one import pipeline (services/import_pipeline.py): a RefundJob's
`fields()` — the columns a file may have; `check(records)` — reads only, the plan and the
problems by row; `write(plan)` — inside the pipeline's short transaction. A dry run stops
after the check. Nothing is written while any row has a problem.

Each refund becomes or updates a case linked to its order by the platform's order number,
idempotent on the refund number (退款编号: a unique index per channel). A refund the
platform already decided is a fact: it is recorded even when the shop's policy would
have refused it — and flagged. What is never accepted: an order the program does not know,
and a refund above what the buyer paid for the order.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.aftersales import Action, CaseState, CaseType, Reason, ReturnMethod
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.orders import Channel, channel_label
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.models import AfterSalesCase, CaseLine, OrderLine, SalesOrder
from shopmanager.services.context import Actor, audit, require


def fields() -> list:
    from shopmanager.excel import FieldSpec

    def spec(key, label, synonyms, kind="text", required=False, max_length=0):
        return FieldSpec(key=key, label=label, kind=kind, required=required, synonyms=synonyms, max_length=max_length,
                         group_consistent=key not in ("refund_no", "sku", "title", "qty"))

    return [
        spec("refund_no", lambda: tr("Import", "Refund number"),
             ["退款编号", "退款单号", "售后编号", "售后单号", "服务单号", "售后服务单号", "退单编号", "refund id"],
             required=True, max_length=64),
        spec("order_no", lambda: tr("Import", "Platform order number"),
             ["订单编号", "订单号", "主订单编号", "交易号", "order id", "order no"], required=True, max_length=64),
        spec("amount", lambda: tr("Import", "Refund amount"),
             ["买家退款金额", "退款金额", "退款金额(元)", "实际退款金额", "申请退款金额", "申请金额", "refund amount"], "money"),
        spec("paid", lambda: tr("Import", "Amount paid"),
             ["买家实际支付金额", "用户实付金额(元)", "订单实付金额", "实付金额", "支付金额"], "money"),
        spec("case_kind", lambda: tr("Import", "After-sales type"),
             ["售后类型", "服务类型", "退款类型", "退单类型", "售后方式"], max_length=40),
        spec("need_return", lambda: tr("Import", "Goods to be returned"), ["是否需要退货", "需要退货"], max_length=10),
        spec("reason", lambda: tr("Import", "Refund reason"),
             ["买家退款原因", "退款原因", "售后原因", "申请原因"], max_length=200),
        spec("description", lambda: tr("Import", "Buyer's explanation"),
             ["买家退款说明", "退款说明", "问题描述", "售后描述", "申请说明"], max_length=2000),
        spec("status", lambda: tr("Import", "Refund status"), ["退款状态", "售后状态", "服务单状态", "处理状态"],
             max_length=60),
        spec("goods_status", lambda: tr("Import", "Goods status"), ["货物状态"], max_length=60),
        spec("applied_at", lambda: tr("Import", "Applied at"),
             ["退款的申请时间", "申请时间", "售后申请时间", "退款申请时间"], "datetime"),
        spec("finished_at", lambda: tr("Import", "Finished at"),
             ["退款完结时间", "完结时间", "售后完结时间", "完成时间", "退款时间", "退款成功时间"], "datetime"),
        spec("return_tracking", lambda: tr("Import", "Return tracking number"),
             ["退货物流信息", "退货物流单号", "退货运单号", "退货快递单号"], max_length=100),
        spec("sku", lambda: tr("Import", "SKU (merchant code)"), ["商家编码", "商品编码", "外部系统编号", "商家编码-SKU维度"],
             max_length=64),
        spec("title", lambda: tr("Import", "Item title"), ["宝贝标题", "商品名称", "商品"], max_length=200),
        spec("qty", lambda: tr("Import", "Quantity"), ["退货数量", "申请数量", "退款数量", "售后数量"], "int"),
    ]


# Header → field of each platform's export (for the mapping combo); the channel it sets.
PRESETS: dict[str, tuple[Channel, dict[str, str]]] = {
    "taobao": (Channel.TAOBAO, {
        "退款编号": "refund_no", "订单编号": "order_no", "买家实际支付金额": "paid", "买家退款金额": "amount",
        "是否需要退货": "need_return", "退款的申请时间": "applied_at", "退款状态": "status", "货物状态": "goods_status",
        "退货物流信息": "return_tracking", "买家退款原因": "reason", "买家退款说明": "description",
        "退款完结时间": "finished_at", "宝贝标题": "title", "商家编码": "sku"}),
    "jd": (Channel.JD, {
        "服务单号": "refund_no", "订单号": "order_no", "服务类型": "case_kind", "商品名称": "title",
        "商品编号": "sku", "申请原因": "reason", "问题描述": "description", "退款金额": "amount",
        "申请时间": "applied_at", "服务单状态": "status", "完成时间": "finished_at", "申请数量": "qty",
        "退货运单号": "return_tracking"}),
    "pdd": (Channel.PDD, {
        "售后编号": "refund_no", "订单号": "order_no", "商品": "title", "商家编码-SKU维度": "sku",
        "售后类型": "case_kind", "售后原因": "reason", "用户实付金额(元)": "paid", "退款金额(元)": "amount",
        "售后状态": "status", "申请时间": "applied_at", "售后完结时间": "finished_at",
        "退货物流单号": "return_tracking", "申请数量": "qty"}),
    "douyin": (Channel.DOUYIN, {
        "售后单号": "refund_no", "主订单编号": "order_no", "商品名称": "title", "商家编码": "sku",
        "售后类型": "case_kind", "售后原因": "reason", "问题描述": "description", "订单实付金额": "paid",
        "退款金额": "amount", "售后状态": "status", "申请时间": "applied_at", "售后完结时间": "finished_at",
        "退货物流单号": "return_tracking", "售后数量": "qty"}),
}


def preset_label(name: str) -> str:
    return {"taobao": tr("Import", "Taobao / Tmall refund export"), "jd": tr("Import", "JD after-sales export"),
            "pdd": tr("Import", "Pinduoduo after-sales export"),
            "douyin": tr("Import", "Douyin after-sales export")}.get(name, name)


def detect_preset(headers: list[str]) -> str | None:
    """The platform whose export has most of these headers (at least half of its own)."""
    shares = {name: sum(h in headers for h in by_header) / len(by_header) for name, (_c, by_header) in PRESETS.items()}
    best = max(shares, key=shares.get)
    return best if shares[best] >= 0.5 else None


def guess(sheet, preset: str | None = None) -> dict[str, int]:
    from shopmanager.excel import guess_mapping
    from shopmanager.services.import_pipeline import apply_saved

    preset = preset or detect_preset(sheet.headers)
    guessed = guess_mapping(sheet.headers, fields())
    if preset not in PRESETS:
        return guessed
    mapping, _missing = apply_saved(sheet.headers, PRESETS[preset][1])
    for key, index in guessed.items():
        if key not in mapping and index not in mapping.values():
            mapping[key] = index
    return mapping


# -- the platforms' words ------------------------------------------------------------------------------------

def case_type_from(kind: str, need_return: str) -> str:
    words = (kind or "").replace(" ", "")
    if "换" in words:
        return CaseType.EXCHANGE
    if "维修" in words or "修" in words:
        return CaseType.REPAIR
    if "仅退款" in words or "未发货" in words or "补寄" in words:
        return CaseType.REFUND_ONLY
    if "退货" in words:
        return CaseType.RETURN_REFUND
    answer = (need_return or "").strip()
    if answer in ("是", "需要", "Y", "y", "yes", "1", "true", "TRUE"):
        return CaseType.RETURN_REFUND
    return CaseType.REFUND_ONLY


def reason_from(text: str) -> str:
    words = (text or "").replace(" ", "")
    rules = [
        (("人为", "摔坏", "使用不当"), Reason.BUYER_DAMAGE),
        (("色差",), Reason.COLOUR),
        (("描述不符", "货不对板", "与描述", "发错", "图片不符", "假冒", "商品信息"), Reason.NOT_AS_DESCRIBED),
        (("尺码", "尺寸", "大小", "颜色", "款式", "换码"), Reason.CHANGE),
        (("质量", "破损", "损坏", "瑕疵", "变质", "过期", "做工", "故障", "漏液", "霉"), Reason.QUALITY),
        (("未收到", "没收到", "少件", "漏发", "空包", "丢件", "快递一直"), Reason.NOT_RECEIVED),
        (("七天无理由", "7天无理由", "无理由", "不想要", "拍错", "多拍", "不喜欢", "买错", "协商一致"), Reason.NO_REASON),
    ]
    for keys, reason in rules:
        if any(key in words for key in keys):
            return reason
    return Reason.OTHER


def state_from(status: str, goods_status: str = "") -> str:
    words = (status or "").replace(" ", "")
    if any(k in words for k in ("退款成功", "已退款", "退款完成", "售后成功", "已完成", "完成", "换货成功", "维修完成")):
        return CaseState.RESOLVED
    if any(k in words for k in ("关闭", "撤销", "取消", "失败")):
        return CaseState.CLOSED
    if any(k in words for k in ("拒绝", "驳回")):
        return CaseState.REFUSED
    if any(k in words for k in ("等待买家退货", "待买家退货", "买家已退货", "待商家收货", "等待卖家确认收货", "待收货", "退货中")):
        return CaseState.WAITING_GOODS
    if any(k in words for k in ("处理中", "审核通过", "已同意")):
        return CaseState.IN_PROGRESS
    return CaseState.OPEN


def _code(text: Any) -> str:
    """A number as the platform wrote it: ="…" unwrapped by the reader, a leading apostrophe
    or tab (Excel's "keep as text") dropped, spaces removed."""
    value = str(text or "").strip().lstrip("'\t").strip()
    if value.startswith('="') and value.endswith('"'):
        value = value[2:-1]
    return value.replace(" ", "")


# -- check (reads only) and write ------------------------------------------------------------------------

@dataclass
class PlannedRefund:
    row: int
    refund_no: str
    order_id: int
    order_no: str
    existing_id: int | None
    case_type: str
    reason: str
    description: str
    state: str
    platform_status: str
    amount_cents: int
    refunded: bool  # the platform has paid it out
    applied_at: dt.datetime
    finished_at: dt.datetime | None
    return_tracking: str
    lines: list[tuple[int, int | None, str, str, int]]  # (order line, product, sku, title, qty)
    out_of_policy: bool
    policy_text: str
    policy_allowed: bool
    changes: dict[str, list[Any]] = field(default_factory=dict)


def _find_order(channel: str | None, number: str) -> SalesOrder | None | str:
    query = SalesOrder.select().where(SalesOrder.platform_order_no == number)
    if channel:
        query = query.where(SalesOrder.channel == channel)
    found = list(query.limit(3))
    if not found:
        own = SalesOrder.get_or_none(SalesOrder.order_no == number.upper())
        return own
    if len(found) > 1:
        return "several"
    return found[0]


def _lines_for(order: SalesOrder, values_list: list[dict[str, Any]]) -> list[tuple[int, int | None, str, str, int]]:
    lines = list(OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.line_no))
    chosen: dict[int, tuple[int, int | None, str, str, int]] = {}
    for values in values_list:
        sku, title = values.get("sku") or "", values.get("title") or ""
        match = next((line for line in lines if sku and line.sku == sku), None) or next(
            (line for line in lines if title and (line.title == title or title in line.title or line.title in title)),
            None)
        if match is None:
            continue
        qty = min(match.qty, values.get("qty") or match.qty)
        chosen[match.id] = (match.id, match.product_id, match.sku, match.title, max(1, qty))
    if not chosen:  # the file names no item we know: the whole order
        return [(line.id, line.product_id, line.sku, line.title, line.qty) for line in lines]
    return list(chosen.values())


def check(records: list[tuple[int, dict[str, Any]]], channel: str | None, report) -> list[PlannedRefund]:
    """The plan of what the file would do; its problems go on the report by row. Reads only."""
    from shopmanager.excel import group_records
    from shopmanager.services.aftersales import compute_policy
    from shopmanager.services.aftersales_refunds import case_ceiling, paid_share, refunded

    plan = []
    in_file: dict[int, int] = {}  # order id → what the rows above refund on it (not in the database yet)
    for refund_no, rows in group_records(records, "refund_no").items():
        row, first = rows[0]
        number = _code(first.get("order_no"))
        refund_no = _code(refund_no)
        order = _find_order(channel, number)
        if order == "several":
            report.problem(row, "order_no", tr(
                "Import", "order {number} is on several channels: choose the channel of this file").format(
                    number=number))
            continue
        if order is None:
            report.problem(row, "order_no", tr(
                "Import", "order {number} is not in the program: import the platform's orders first").format(
                    number=number))
            continue
        amount = first.get("amount") or 0
        if amount < 0:
            report.problem(row, "amount", tr("Import", "a refund cannot be negative"))
            continue
        kind = case_type_from(first.get("case_kind") or "", first.get("need_return") or "")
        reason = reason_from(" ".join(str(first.get(k) or "") for k in ("reason", "description")))
        state = state_from(first.get("status") or "", first.get("goods_status") or "")
        refunded_now = state == CaseState.RESOLVED and amount > 0 and kind != CaseType.EXCHANGE
        applied = first.get("applied_at") or timeutil.now().replace(microsecond=0)
        lines = _lines_for(order, [values for _row, values in rows])
        existing = AfterSalesCase.get_or_none(AfterSalesCase.channel == order.channel,
                                              AfterSalesCase.platform_refund_no == refund_no)
        already = existing.refund_cents if existing else 0
        if existing is None:
            totals = {line.id: (line.qty, line.line_total_cents) for line in
                      OrderLine.select().where(OrderLine.id.in_([line[0] for line in lines]))}
            ceiling = paid_share(order, [(qty, *totals[line_id]) for line_id, _p, _s, _t, qty in lines],
                                 with_freight=True)
        else:
            ceiling = case_ceiling(existing, order, with_freight=True)
        above = in_file.get(order.id, 0)
        order_left = order.paid_cents - refunded(order_id=order.id) + already - above
        if refunded_now and amount > min(ceiling, order_left):
            report.problem(row, "amount", tr(
                "Import", "refund ¥{amount} is more than can be refunded on order {order_no} (paid ¥{paid}, ¥{done} "
                "already refunded)").format(amount=format_money(amount), order_no=order.order_no,
                                           paid=format_money(order.paid_cents),
                                           done=format_money(order.paid_cents - order_left - above + already))
                + (tr("Import", "; the rows above refund ¥{above} more on it").format(above=format_money(above))
                   if above else ""))
            continue
        if refunded_now and amount > already:
            in_file[order.id] = above + amount - already
        policy = compute_policy(kind, reason, applied, order, None, ReturnMethod.EXPRESS)
        planned = PlannedRefund(
            row, refund_no, order.id, order.order_no, existing.id if existing else None, kind, reason,
            first.get("description") or first.get("reason") or "", state, (first.get("status") or "")[:60],
            amount, refunded_now, applied, first.get("finished_at"), _code(first.get("return_tracking"))[:40],
            lines, bool(policy.refusals) and (refunded_now or state not in (CaseState.CLOSED, CaseState.REFUSED)),
            policy.summary(), policy.allowed)
        if existing is not None:
            if existing.platform_status != planned.platform_status:
                planned.changes["platform_status"] = [existing.platform_status, planned.platform_status]
            if existing.state != state and existing.state not in (CaseState.CLOSED,):
                planned.changes["state"] = [existing.state, state]
            if refunded_now and existing.refund_cents < amount:
                planned.changes["refund_cents"] = [existing.refund_cents, amount]
        plan.append(planned)
    report.created = sum(1 for p in plan if p.existing_id is None)
    report.updated = sum(1 for p in plan if p.existing_id is not None and p.changes)
    report.unchanged = sum(1 for p in plan if p.existing_id is not None and not p.changes)
    flagged = sum(1 for p in plan if p.existing_id is None and p.out_of_policy)
    report.counts["flagged"] = flagged
    if flagged:
        report.notes.append(tr("Import", "{n} refunds are outside the shop's policy: they are recorded and flagged "
                                         "(⚠ in the list).").format(n=flagged))
    return plan


def write(actor: Actor, plan: list[PlannedRefund]) -> None:
    """Everything of the plan, inside the pipeline's transaction. The refund limits are checked
    again under the order's lock: when another PC refunded meanwhile, the plan is outdated and
    the pipeline checks the file again (the check then names the row)."""
    from shopmanager.services import aftersales as cases
    from shopmanager.services.aftersales_refunds import add_refund
    from shopmanager.services.import_pipeline import PlanOutdated

    for item in plan:
        order = cases.lock_order(item.order_id)
        if item.existing_id is None:
            case = _create(actor, item, order)
        elif item.changes:
            case = cases.get_case_row(item.existing_id, lock=True)
            _update(actor, case, item)
            case = cases.get_case_row(item.existing_id)
        else:
            continue
        if item.refunded and case.refund_cents < item.amount_cents:
            try:
                add_refund(actor, case, order, item.amount_cents - case.refund_cents, "platform",
                           (item.finished_at or item.applied_at).date(),
                           tr("Import", "platform refund {number}").format(number=item.refund_no),
                           with_freight=True)
            except ValidationError as error:
                raise PlanOutdated(str(error)) from None


def _create(actor: Actor, item: PlannedRefund, order: SalesOrder) -> AfterSalesCase:
    from shopmanager.services import aftersales as cases

    now = timeutil.now()
    received = min(item.applied_at, now)
    state = item.state
    values: dict[str, Any] = {
        "case_type": item.case_type, "state": state, "order": order.id, "customer": order.customer_id,
        "channel": order.channel, "reason": item.reason, "description": item.description[:2000],
        "received_at": max(received, order.ordered_at),
        "signed_on": order.delivered_at.date() if order.delivered_at else None, "holder": actor.staff_id,
        "policy_ok": item.policy_allowed, "policy_text": item.policy_text, "out_of_policy": item.out_of_policy,
        "return_tracking_no": item.return_tracking, "platform_refund_no": item.refund_no,
        "platform_status": item.platform_status, "created_by": actor.user_id, "created_at": now, "updated_at": now,
    }
    if state in (CaseState.RESOLVED, CaseState.CLOSED):
        finished = min(item.finished_at or now, now)
        values["resolved_at"] = max(finished, values["received_at"])
        if state == CaseState.CLOSED:
            values["closed_at"] = values["resolved_at"]
    if state != CaseState.OPEN:
        values.update(cases.mark_responded(AfterSalesCase(received_at=values["received_at"], first_response_at=None),
                                           values.get("resolved_at") or now))
    cases._lock_numbers()
    case = AfterSalesCase.create(case_no=cases.next_case_no(now), **values)
    for order_line, product, sku, title, qty in item.lines:
        CaseLine.create(case=case.id, order_line=order_line, product=product, sku=sku, title=title, qty=qty)
    cases.add_event(actor, case.id, Action.IMPORTED, tr("Import", "refund {number}: {status}").format(
        number=item.refund_no, status=item.platform_status or "—"), {"refund_no": item.refund_no}, at=now)
    if item.out_of_policy:
        cases.add_event(actor, case.id, Action.FLAGGED, item.policy_text, at=now)
    audit(actor, "create", "aftersales", case.id, summary=tr("Import", "{case_no} from platform refund {number}")
          .format(case_no=case.case_no, number=item.refund_no),
          new={"case_type": item.case_type, "order": order.id, "state": state, "out_of_policy": item.out_of_policy})
    return case


def _update(actor: Actor, case: AfterSalesCase, item: PlannedRefund) -> None:
    from shopmanager.core.aftersales import can_change
    from shopmanager.services import aftersales as cases

    now = timeutil.now()
    values: dict[str, Any] = {"platform_status": item.platform_status}
    target = item.changes.get("state", [None, None])[1]
    if target and (can_change(case.state, target) or case.state in (CaseState.OPEN, CaseState.REFUSED)):
        values["state"] = target
        if target in (CaseState.RESOLVED, CaseState.CLOSED):
            values["resolved_at"] = case.resolved_at or min(item.finished_at or now, now)
            if target == CaseState.CLOSED:
                values["closed_at"] = now
        values.update(cases.mark_responded(case, now))
    cases.save_case(case, values)
    cases.add_event(actor, case.id, Action.IMPORTED, tr("Import", "refund {number}: {status}").format(
        number=item.refund_no, status=item.platform_status or "—"), {"refund_no": item.refund_no}, at=now)
    audit(actor, "update", "aftersales", case.id, summary=tr("Import", "{case_no} from platform refund {number}")
          .format(case_no=case.case_no, number=item.refund_no),
          changes={k: v for k, v in item.changes.items() if k in ("state", "platform_status", "refund_cents")})


# -- the job the pipeline runs, and the entry point of the import dialog and the CLI --------------------------

def _job_class():
    from shopmanager.services import import_pipeline

    import_pipeline.MAPPING_PERMISSIONS.setdefault("aftersales", Perm.AFTERSALES_IMPORT)

    class RefundJob(import_pipeline.ImportJob):
        name = "aftersales"
        entity = "aftersales"
        permission = Perm.AFTERSALES_IMPORT
        key_field = "refund_no"

        def __init__(self, actor: Actor, channel: str | None):
            self.actor, self.channel = actor, channel

        def fields(self) -> list:
            return fields()

        def prepare(self, actor, sheet, mapping, report) -> None:
            import_pipeline.require_mapped(mapping, ("refund_no",), ("order_no",), message=tr(
                "Import", "Map at least the refund number and the order number."))

        def check(self, records, report):
            return check(records, self.channel, report)

        def write(self, plan, report) -> None:
            write(self.actor, plan)

        def summary(self, report) -> str:
            return tr("Import", "{file}: {created} new, {updated} updated, {unchanged} unchanged, {flagged} outside "
                                "the policy").format(file=report.file, created=report.created,
                                                     updated=report.updated, unchanged=report.unchanged,
                                                     flagged=report.counts.get("flagged", 0))

    return RefundJob


def read(path: Path, progress: Progress | None = None):
    from shopmanager.services.import_pipeline import read as read_file

    return read_file(path, progress)


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None, preset: str | None = None,
               channel: str | None = None):
    """Check (and unless `dry_run`, write) a refund file; the pipeline's ImportReport, with
    counts["flagged"]: the new refunds outside the shop's policy."""
    from shopmanager.services import import_pipeline

    require(actor, Perm.AFTERSALES_IMPORT, entity="aftersales")
    progress = progress or Progress()
    sheet = sheet if sheet is not None else read(path, progress)
    preset = preset or detect_preset(sheet.headers)
    channel = channel or (PRESETS[preset][0].value if preset in PRESETS else None)
    if channel is not None and channel not in {c.value for c in Channel}:
        raise ValidationError(tr("Import", "Choose the channel (platform) these refunds come from."), field="channel")
    report = import_pipeline.run_import(actor, _job_class()(actor, channel), Path(path), mapping, dry_run=dry_run,
                                        progress=progress, sheet=sheet)
    if channel:
        report.notes.insert(0, tr("Import", "Channel: {channel}").format(channel=channel_label(channel)))
    return report
