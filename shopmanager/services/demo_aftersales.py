"""A realistic month of after-sales cases for the demo shop, made through the services (so
the timeline, refunds, stock movements and audit log are what the program itself writes).

Every type of case over the last 30 days, on delivered orders of the demo: returns within
the 7 days and one on day 9 refused and overridden by the supervisor, quality exchanges
with their replacement parcels, refunds only, a repair, complaints (one against a staff
member answered late and upheld), negative reviews followed up by phone (one revised),
a buyer-damage case escalated to the supervisor, a freight-collect parcel refused, and a
few cases nobody has answered yet (overdue). Each step happens at its own time of the
month (the clock is moved for it), then the stock ledger's running balances of the
products touched are recomputed in time order.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from shopmanager.core import timeutil
from shopmanager.core.aftersales import CaseState, CaseType, Reason, ReturnMethod
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import DEFECTIVE_KINDS
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.core.progress import Progress
from shopmanager.db.models import CaseLine, OrderLine, Product, SalesOrder, StockMovement, User
from shopmanager.services import aftersales, aftersales_goods, aftersales_refunds, shipping
from shopmanager.services.auth import actor_for
from shopmanager.services.context import Actor, transaction

DAYS = 30

DESCRIPTIONS = {
    Reason.QUALITY: ["收到就坏了，包装里有碎片", "有异味，怀疑变质", "拉链坏了", "漏液，瓶盖没拧紧", "屏幕有划痕"],
    Reason.NOT_AS_DESCRIBED: ["和图片颜色完全不一样", "写的是500ml，实际只有300ml", "发来的不是我拍的款"],
    Reason.COLOUR: ["颜色比图片深很多"],
    Reason.CHANGE: ["尺码偏小，想换大一号", "想换个颜色", "买错款式了，想换"],
    Reason.NO_REASON: ["不想要了，包装完好", "买多了，退一件", "家里已经有了"],
    Reason.NOT_RECEIVED: ["少发了一件", "显示签收但没收到", "赠品没有发"],
    Reason.BUYER_DAMAGE: ["不小心摔了一下就坏了，能修吗", "孩子玩坏了"],
}
COMPLAINTS = [("attitude", "客服回复很不耐烦"), ("slow_reply", "问了半天没人理"), ("shipping_delay", "说好当天发，三天才发"),
              ("wrong_item", "发错了口味"), ("logistics", "快递员态度差，放驿站不通知")]
REVIEWS = [(2, "质量一般，和描述有差距"), (1, "包装破损，里面的东西撒了"), (3, "物流太慢了"), (2, "客服态度不好")]


@dataclass
class _Cast:
    owner: Actor
    supervisor: Actor
    clerks: list[Actor]
    shipping: Actor


def _cast() -> _Cast | None:
    def first(role: str) -> list[Actor]:
        return [actor_for(u) for u in User.select().where(User.role == role, User.active == True)  # noqa: E712
                .order_by(User.id)]

    owners, supervisors = first(Role.OWNER), first(Role.SUPERVISOR)
    clerks = first(Role.CUSTOMER_SERVICE) + first(Role.SALES)
    shippers = first(Role.SHIPPING)
    if not (owners and clerks and shippers):
        return None
    return _Cast(owners[0], (supervisors or owners)[0], clerks, shippers[0])


def _at(moment: dt.datetime) -> None:
    timeutil.set_clock_offset(moment - dt.datetime.now().replace(microsecond=0))


def _orders(now: dt.datetime, rng: random.Random) -> list[SalesOrder]:
    """Delivered orders of the last 40 days with products in stock, shuffled."""
    rows = list(SalesOrder.select().join(OrderLine, on=(OrderLine.order == SalesOrder.id))
                .join(Product, on=(OrderLine.product == Product.id))
                .where(SalesOrder.status.in_([OrderStatus.DELIVERED, OrderStatus.COMPLETED]),
                       SalesOrder.delivered_at >= now - dt.timedelta(days=DAYS + 10),
                       SalesOrder.delivered_at <= now - dt.timedelta(days=2), Product.stock_qty > 5,
                       SalesOrder.paid_cents > 0)
                .group_by(SalesOrder.id).order_by(SalesOrder.id).limit(400))
    rng.shuffle(rows)
    return rows


def create_demo_aftersales(progress: Progress | None = None, *, seed: int = 23) -> int:
    """About a month of cases; returns how many were made."""
    progress = progress or Progress()
    cast = _cast()
    if cast is None:
        return 0
    rng = random.Random(seed)
    now = timeutil.now()
    orders = _orders(now, rng)
    if not orders:
        return 0
    script = _script(rng)
    made = 0
    from shopmanager.core import i18n
    from shopmanager.services import settings

    spoken = i18n.current_language()
    stage = tr("Demo", "After-sales cases")  # the progress speaks the language of who runs the demo
    i18n.set_language(settings.get("ui.language"))  # the timeline speaks the shop's language
    try:
        for number, step in enumerate(script):
            if not orders:
                break
            order = orders.pop()
            try:
                if step(cast, order, now, rng):
                    made += 1
            except ShopError:
                continue  # a demo order that does not fit the story (out of stock …): the next one
            if number % 5 == 0:
                progress.update(number, len(script), stage)
    finally:
        timeutil.set_clock_offset(dt.timedelta(0))
        i18n.set_language(spoken)
    _restate_balances()
    return made


def _daytime(moment: dt.datetime, rng: random.Random) -> dt.datetime:
    """The same day between 09:00 and 22:00 (buyers write while the shop's service is open)."""
    if 9 <= moment.hour < 22:
        return moment.replace(microsecond=0)
    return dt.datetime.combine(moment.date(), dt.time(rng.randint(9, 21), rng.randint(0, 59)))


def _when(order: SalesOrder, now: dt.datetime, rng: random.Random, *, after_days: tuple[int, int] = (0, 5),
          hours_before_now: int = 30) -> dt.datetime:
    base = order.delivered_at + dt.timedelta(days=rng.randint(*after_days), hours=rng.randint(1, 10))
    latest = now - dt.timedelta(hours=hours_before_now)
    moment = _daytime(min(base, latest), rng)
    return moment if moment <= latest else min(base, latest).replace(microsecond=0)


def _lines(order: SalesOrder, *, one: bool = True) -> list[aftersales.CaseLineInput]:
    lines = [line for line in OrderLine.select().where(OrderLine.order == order.id, OrderLine.product.is_null(False))
             .order_by(OrderLine.line_no)]
    lines = lines[:1] if one else lines
    return [aftersales.CaseLineInput(line.id, 1 if one else line.qty) for line in lines]


def _case(actor: Actor, order: SalesOrder, kind: str, reason: str, received: dt.datetime, rng: random.Random, **extra):
    _at(received + dt.timedelta(minutes=rng.randint(3, 40)))
    text = rng.choice(DESCRIPTIONS.get(reason, ["买家要求售后"]))
    return aftersales.create_case(actor, aftersales.CaseInput(
        case_type=kind, order_id=order.id, lines=extra.pop("lines", None) or _lines(order), reason=reason,
        description=text, received_at=received, **extra))


def _later(moment: dt.datetime, rng: random.Random, low: float, high: float, now: dt.datetime) -> dt.datetime:
    """Some hours after `moment`, in working hours (09:00–22:00), never after now."""
    later = moment + dt.timedelta(hours=rng.uniform(low, high))
    if later.hour < 9:
        later = later.replace(hour=9, minute=rng.randint(0, 59))
    elif later.hour >= 22:
        later = (later + dt.timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 59))
    return min(later, now - dt.timedelta(minutes=rng.randint(5, 120))).replace(microsecond=0)


def _contact(actor: Actor, case_id: int, moment: dt.datetime, note: str, method: str = "chat") -> None:
    _at(moment)
    aftersales.record_contact(actor, case_id, method, note)


def _return(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random, *, reason: str = Reason.NO_REASON,
            defective: bool = False) -> bool:
    clerk = rng.choice(cast.clerks)
    received = _when(order, now, rng, after_days=(0, 6), hours_before_now=24 * 6)
    ref = _case(clerk, order, CaseType.RETURN_REFUND, reason, received, rng, holder_id=clerk.staff_id)
    moment = _later(received, rng, 0.2, 6, now)
    _contact(clerk, ref.id, moment, "已同意退货，请寄回并填写退货单号" if reason == Reason.NO_REASON
             else "核实质量问题，同意退货退款，运费我方承担")
    _at(moment + dt.timedelta(minutes=5))
    aftersales.change_state(clerk, ref.id, CaseState.WAITING_GOODS)
    arrived = _later(moment, rng, 40, 96, now)
    _at(arrived)
    line = CaseLine.get(CaseLine.case == ref.id)
    aftersales_goods.receive_goods(cast.shipping, ref.id, [aftersales_goods.ReceiveLine(
        line.id, good=0 if defective else line.qty, defective=line.qty if defective else 0)],
        note="包装完好" if not defective else "商品破损，入次品")
    _at(arrived + dt.timedelta(hours=rng.uniform(1, 5)))
    refundable = aftersales_refunds.refundable_cents(aftersales.get_case_row(ref.id))
    if refundable:
        aftersales_refunds.record_refund(clerk, ref.id, refundable, "platform", note="平台原路退回")
    aftersales.change_state(clerk, ref.id, CaseState.RESOLVED, result="已退款")
    return True


def _late_return_overridden(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    """七天无理由 on day 9: refused by the policy, then the supervisor lets it through."""
    clerk = cast.clerks[0]
    received = min(order.delivered_at + dt.timedelta(days=9, hours=3), now - dt.timedelta(days=2))
    if (received.date() - order.delivered_at.date()).days <= 7:
        return False
    ref = _case(clerk, order, CaseType.RETURN_REFUND, Reason.NO_REASON, received, rng, holder_id=clerk.staff_id)
    _at(received + dt.timedelta(hours=2))
    aftersales.override_policy(cast.supervisor, ref.id, "老客户，物流延误两天才签收，同意退货（运费买家自理）")
    _contact(clerk, ref.id, received + dt.timedelta(hours=3), "主管已同意，请寄回")
    return True


def _exchange(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    clerk = rng.choice(cast.clerks)
    reason = rng.choice([Reason.QUALITY, Reason.QUALITY, Reason.CHANGE, Reason.NOT_AS_DESCRIBED])
    received = _when(order, now, rng, after_days=(0, 5), hours_before_now=24 * 5)
    ref = _case(clerk, order, CaseType.EXCHANGE, reason, received, rng, holder_id=clerk.staff_id)
    moment = _later(received, rng, 0.3, 5, now)
    _contact(clerk, ref.id, moment, "同意换货，请寄回原商品")
    arrived = _later(moment, rng, 30, 80, now)
    _at(arrived)
    line = CaseLine.get(CaseLine.case == ref.id)
    quality = reason == Reason.QUALITY
    aftersales_goods.receive_goods(cast.shipping, ref.id, [aftersales_goods.ReceiveLine(
        line.id, good=0 if quality else line.qty, defective=line.qty if quality else 0)])
    _at(arrived + dt.timedelta(hours=rng.uniform(1, 6)))
    carriers = shipping.list_carriers(cast.shipping)
    carrier = rng.choice(carriers[:5])
    tracking = f"{(carrier.code or 'SF')[:2]}{rng.randint(10**11, 10**12 - 1)}"
    aftersales_goods.ship_replacement(cast.shipping, ref.id, carrier.id, tracking)
    if rng.random() < 0.7:
        _at(_later(arrived, rng, 48, 90, now))
        aftersales.change_state(clerk, ref.id, CaseState.RESOLVED, result="换货已签收")
    return True


def _refund_only(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    clerk = rng.choice(cast.clerks)
    received = _when(order, now, rng, after_days=(0, 4))
    ref = _case(clerk, order, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, received, rng, holder_id=clerk.staff_id)
    moment = _later(received, rng, 0.2, 8, now)
    _contact(clerk, ref.id, moment, "核实少件，补偿差价")
    refundable = aftersales_refunds.refundable_cents(aftersales.get_case_row(ref.id))
    amount = max(100, min(refundable, int(refundable * rng.uniform(0.2, 0.6)) // 100 * 100))
    aftersales_refunds.record_refund(clerk, ref.id, min(amount, refundable), rng.choice(["platform", "alipay"]))
    aftersales.change_state(clerk, ref.id, CaseState.RESOLVED, result="已部分退款")
    return True


def _repair(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    clerk = rng.choice(cast.clerks)
    received = _when(order, now, rng, after_days=(3, 12), hours_before_now=24 * 6)
    ref = _case(clerk, order, CaseType.REPAIR, Reason.QUALITY, received, rng, holder_id=clerk.staff_id)
    _contact(clerk, ref.id, _later(received, rng, 1, 10, now), "寄回维修，维修后寄出")
    arrived = _later(received, rng, 50, 90, now)
    _at(arrived)
    line = CaseLine.get(CaseLine.case == ref.id)
    aftersales_goods.receive_goods(cast.shipping, ref.id, [aftersales_goods.ReceiveLine(line.id, good=line.qty)],
                                   note="送修")
    return True


def _complaint(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random, *, late: bool = False,
               against: Actor | None = None) -> bool:
    clerk = cast.clerks[0] if late else rng.choice(cast.clerks)
    category, text = COMPLAINTS[0] if late else rng.choice(COMPLAINTS)
    received = _when(order, now, rng, after_days=(0, 10), hours_before_now=60)
    _at(received + dt.timedelta(minutes=10))
    ref = aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.COMPLAINT, order.id, description=text, received_at=received, category=category,
        against_staff_id=against.staff_id if against else None, holder_id=clerk.staff_id))
    answered = _later(received, rng, 30, 34, now) if late else _later(received, rng, 0.3, 6, now)
    _contact(clerk, ref.id, answered, "电话致歉，说明情况", "phone")
    _at(_later(answered, rng, 1, 3, now))
    if against is not None:
        aftersales.decide_complaint(cast.supervisor, ref.id, True, "查看聊天记录，投诉属实")
    aftersales.change_state(cast.supervisor if against else clerk, ref.id, CaseState.RESOLVED,
                            result="已致歉，买家表示谅解")
    return True


def _review(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random, *, revised: bool) -> bool:
    clerk = rng.choice(cast.clerks)
    rating, text = rng.choice(REVIEWS)
    received = _when(order, now, rng, after_days=(1, 8), hours_before_now=50)
    _at(received + dt.timedelta(minutes=30))
    ref = aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.NEGATIVE_REVIEW, order.id, reason=Reason.QUALITY, description=text, received_at=received,
        rating=rating, review_text=text, holder_id=clerk.staff_id))
    call = _later(received, rng, 1, 20, now)
    _contact(clerk, ref.id, call, "电话联系买家，原因：运输途中挤压，已补发一件", "phone")
    aftersales.update_details(clerk, ref.id, {"cause": "运输途中挤压，外箱破损"},
                              row_version=aftersales.get_case_row(ref.id).row_version)
    if revised:
        _at(_later(call, rng, 10, 40, now))
        aftersales.record_review_outcome(clerk, ref.id, "revised", "买家已追评改为好评")
    elif rng.random() < 0.5:
        _at(_later(call, rng, 5, 30, now))
        aftersales.escalate(clerk, ref.id, "协商不成，买家坚持差评，交主管处理")
    return True


def _escalated_damage(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    clerk = rng.choice(cast.clerks)
    received = _daytime(now - dt.timedelta(hours=rng.randint(6, 20)), rng)
    if received < order.delivered_at or received > now:
        return False
    ref = _case(clerk, order, CaseType.REPAIR, Reason.BUYER_DAMAGE, received, rng, holder_id=clerk.staff_id)
    _contact(clerk, ref.id, _later(received, rng, 0.2, 2, now), "人为损坏，已报主管")
    return bool(ref.id)


def _refused_collect(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    clerk = rng.choice(cast.clerks)
    received = _when(order, now, rng, after_days=(1, 4))
    ref = _case(clerk, order, CaseType.RETURN_REFUND, Reason.NO_REASON, received, rng, holder_id=clerk.staff_id,
                return_method=ReturnMethod.FREIGHT_COLLECT)
    return ref.state == CaseState.REFUSED  # the buyer wanted to send it 到付: the policy says no


def _unanswered(cast: _Cast, order: SalesOrder, now: dt.datetime, rng: random.Random) -> bool:
    """Registered, never answered: overdue once the hours of the setting have passed."""
    clerk = rng.choice(cast.clerks)
    received = _daytime(now - dt.timedelta(hours=rng.randint(30, 70)), rng)
    if received < order.delivered_at or received > now - dt.timedelta(hours=25):
        return False
    kind, reason = rng.choice([(CaseType.RETURN_REFUND, Reason.QUALITY), (CaseType.EXCHANGE, Reason.QUALITY),
                               (CaseType.REFUND_ONLY, Reason.NOT_RECEIVED)])
    _case(clerk, order, kind, reason, received, rng, holder_id=clerk.staff_id)
    return True


def _script(rng: random.Random) -> list:
    """The month: the stories the issue asks to show, then the everyday cases."""
    def late_complaint(cast, order, now, rng_):
        return _complaint(cast, order, now, rng_, late=True, against=cast.clerks[-1])

    def revised(cast, order, now, rng_):
        return _review(cast, order, now, rng_, revised=True)

    def kept(cast, order, now, rng_):
        return _review(cast, order, now, rng_, revised=False)

    def defective_return(cast, order, now, rng_):
        return _return(cast, order, now, rng_, reason=Reason.QUALITY, defective=True)

    stories = [_late_return_overridden, _exchange, late_complaint, revised, _escalated_damage, _refused_collect,
               _unanswered, _unanswered, _unanswered]
    everyday = ([_return] * 8 + [defective_return] * 3 + [_exchange] * 5 + [_refund_only] * 7 + [_repair] * 2
                + [_complaint] * 4 + [kept] * 3 + [revised] * 1)
    rng.shuffle(everyday)
    return stories + everyday


def _restate_balances() -> None:
    """The running balances of the products the month touched, recomputed in time order (the
    month's steps were written after the demo's later sales): sellable and defective apart."""
    touched = [row[0] for row in StockMovement.select(StockMovement.product).distinct()
               .where(StockMovement.ref_type.in_(["aftersales", "shipment"]),
                      StockMovement.kind.in_(["return", "exchange", *DEFECTIVE_KINDS])).tuples()]
    with transaction():
        for product_id in touched:
            balances = {"sellable": 0, "defective": 0}
            for movement_id, kind, qty, balance in (StockMovement.select(
                    StockMovement.id, StockMovement.kind, StockMovement.qty, StockMovement.balance_after)
                    .where(StockMovement.product == product_id)
                    .order_by(StockMovement.at, StockMovement.id).tuples()):
                ledger = "defective" if kind in DEFECTIVE_KINDS else "sellable"
                balances[ledger] += qty
                if balance != balances[ledger]:
                    StockMovement.update(balance_after=balances[ledger]).where(
                        StockMovement.id == movement_id).execute()


