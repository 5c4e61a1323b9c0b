"""Demo data of the roster module: staff numbers and wages, two months of the weekly roster
(customer service turning between 白班 and 晚班 week by week), punches (most on time, some
late, early, forgotten, a few days absent), leave (approved, and one waiting), a supervisor's
correction, handover notes (two still open), the weekly meetings with reports and decisions,
a training with scores, complaint fines and other fines, a reward, and growth-fund spending.

Written straight into the tables in one transaction (like the other demo modules), with one
audit record; next week's roster is left empty for the owner to build.
"""
from __future__ import annotations

import datetime as dt
import random

from shopmanager.core import timeutil
from shopmanager.core.fund import FineRule, next_complaint_fine
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Role
from shopmanager.core.roster import ShiftTimes, week_start
from shopmanager.db.models import (
    AttendanceCorrection, FundEntry, HandoverItem, LeaveRequest, Meeting, MeetingDecision, MeetingMember, Punch,
    RewardFine, RosterEntry, ShiftTemplate, Staff, Training, TrainingAttendee, User,
)
from shopmanager.services.context import SYSTEM, audit, transaction

WEEKS = 9  # about two months, up to this week
# Base monthly wages (cents) by role; the owner draws none.
WAGES = {Role.SUPERVISOR: 650000, Role.CUSTOMER_SERVICE: 420000, Role.SHIPPING: 450000, Role.WAREHOUSE: 430000,
         Role.OPERATIONS: 600000, Role.DESIGNER: 550000, Role.SALES: 480000}
HANDOVER_NOTES = [
    "订单 {order} 买家要求改地址为公司地址,已改好,明天上午确认物流已更新",
    "有位顾客咨询 5kg 装大米何时到货,已登记电话,到货后请回电",
    "{order} 顾客说收到的坚果包装破损,已拍照,等主管处理退换",
    "今晚 21:00 后天猫后台有 3 个未回复的咨询,明早第一时间回复",
    "仓库说明天上午 10 点到一批茶叶,请提醒发货组先发积压订单",
    "顾客 tb_小鱼儿2019 的发票已开好,记得随下一单寄出",
]
REPORTS = [("接待咨询约 {n} 人,成交 {m} 单", "夜间回复速度要提高"), ("处理售后 {n} 件,好评率提升", "话术要更简洁"),
           ("整理了新品 FAQ,接待 {n} 人", "下单前多核对地址")]
DECISIONS = ["周三前整理新品常见问题话术", "差评顾客逐个电话回访", "晚班下班前必须写交接本", "双11 前完成库存盘点"]


def _shifts() -> dict[str, tuple[int, ShiftTimes]]:
    return {s.name: (s.id, ShiftTimes.parse(s.start_time, s.end_time)) for s in ShiftTemplate.select()}


def _plan(people: list[Staff], first_monday: dt.date, today: dt.date) -> list[tuple[int, dt.date, str | None]]:
    """(staff id, day, shift name or None for a rest day) of every rostered day."""
    cs = [p for p in people if p.role == Role.CUSTOMER_SERVICE]
    plan = []
    for week in range(WEEKS):
        monday = first_monday + dt.timedelta(weeks=week)
        for person in people:
            if person.role == Role.OWNER:
                continue
            for offset in range(7):
                day = monday + dt.timedelta(days=offset)
                if person in cs:  # two of them: one on 白班, one on 晚班, swapping each week; a rest day each
                    name = "白班" if (cs.index(person) + week) % 2 == 0 else "晚班"
                    rest = offset == (2 + cs.index(person) * 3) % 7
                elif person.role == Role.SHIPPING:
                    name, rest = "白班", offset == 6
                else:
                    name, rest = "白班", offset >= 5
                plan.append((person.id, day, None if rest else name))
    return [p for p in plan if p[1] <= week_start(today) + dt.timedelta(days=6)]


def create_demo_roster(seed: int = 17) -> None:
    rng = random.Random(seed)
    now = timeutil.now()
    today = now.date()
    people = list(Staff.select().order_by(Staff.id))
    if not people:
        return
    users = {u.staff_id: u.id for u in User.select() if u.staff_id}
    owner_user = next((u.id for u in User.select().where(User.role == Role.OWNER)), None)
    supervisor = next((p for p in people if p.role == Role.SUPERVISOR), people[0])
    first_monday = week_start(today) - dt.timedelta(weeks=WEEKS - 1)
    with transaction():
        for index, person in enumerate(people, start=1):
            Staff.update(staff_no=f"{index:04d}", base_wage_cents=WAGES.get(person.role, 0)).where(
                Staff.id == person.id).execute()
        people = list(Staff.select().order_by(Staff.id))
        shifts = _shifts()
        plan = _plan(people, first_monday, today)
        RosterEntry.insert_many([
            {"staff": staff_id, "day": day, "kind": "shift" if name else "rest",
             "shift": shifts[name][0] if name else None, "name": name or "",
             "start_time": shifts[name][1].start.strftime("%H:%M") if name else "",
             "end_time": shifts[name][1].end.strftime("%H:%M") if name else "",
             "created_by": users.get(supervisor.id), "created_at": now} for staff_id, day, name in plan]).execute()
        leave_days = _leave(people, supervisor, users, first_monday, today, rng, now)
        _punches(plan, shifts, leave_days, now, rng, users)
        _correction(people, supervisor, users, today, now)
        _handover(people, users, now, rng)
        _meetings(people, supervisor, users, first_monday, today, rng)
        _training(people, supervisor, users, today, rng)
        _fund(people, owner_user, supervisor, today, now)
        audit(SYSTEM, "create", "roster", "", summary=tr("Demo", "demo data: roster, attendance, meetings, fund"))


def _leave(people, supervisor, users, first_monday, today, rng, now) -> set[tuple[int, dt.date]]:
    """Approved leave in the past weeks (not absence), one request waiting for next week."""
    days = set()
    takers = [p for p in people if p.role not in (Role.OWNER, Role.SUPERVISOR)]
    plans = [("sick", 10, 1, "发烧,医院开了病假条"), ("annual", 24, 2, "回老家"), ("personal", 38, 1, "孩子家长会")]
    for (kind, offset, length, reason), person in zip(plans, rng.sample(takers, len(plans))):
        start = first_monday + dt.timedelta(days=offset)
        if start + dt.timedelta(days=length) > today:
            continue
        LeaveRequest.create(staff=person.id, kind=kind, start_at=dt.datetime.combine(start, dt.time()),
                            end_at=dt.datetime.combine(start + dt.timedelta(days=length), dt.time()), reason=reason,
                            status="approved", requested_by=users.get(person.id),
                            requested_at=dt.datetime.combine(start - dt.timedelta(days=2), dt.time(10, 12)),
                            decided_by=users.get(supervisor.id),
                            decided_at=dt.datetime.combine(start - dt.timedelta(days=2), dt.time(11, 3)),
                            decision_note="同意")
        days.update((person.id, start + dt.timedelta(days=i)) for i in range(length))
    cs = next((p for p in people if p.role == Role.CUSTOMER_SERVICE), None)
    if cs is not None:
        start = week_start(today) + dt.timedelta(days=9)
        LeaveRequest.create(staff=cs.id, kind="personal", start_at=dt.datetime.combine(start, dt.time(9)),
                            end_at=dt.datetime.combine(start, dt.time(13)), reason="上午去办理居住证",
                            requested_by=users.get(cs.id), requested_at=now - dt.timedelta(hours=3))
    return days


def _punches(plan, shifts, leave_days, now, rng, users) -> None:
    rows = []
    for staff_id, day, name in plan:
        if name is None or (staff_id, day) in leave_days:
            continue
        start, end = shifts[name][1].window(day)
        roll = rng.random()
        if start > now or (roll < 0.02 and end < now):
            continue  # not yet, or absent 旷工
        if roll < 0.10:
            arrive = start + dt.timedelta(minutes=rng.randint(1, 35), seconds=rng.randint(0, 59))
        else:
            arrive = start - dt.timedelta(minutes=rng.randint(0, 15), seconds=rng.randint(0, 59))
        if arrive > now:
            continue
        rows.append((staff_id, arrive, "in"))
        if end > now or roll > 0.98:  # still at work, or forgot to clock out
            continue
        if 0.10 <= roll < 0.14:
            leave = end - dt.timedelta(minutes=rng.randint(5, 40))
        else:
            leave = end + dt.timedelta(minutes=rng.randint(0, 25), seconds=rng.randint(0, 59))
        rows.append((staff_id, leave, "out"))
    Punch.insert_many([{"staff": s, "at": at, "kind": kind, "source": "clock", "source_ref": "前台电脑",
                        "created_by": users.get(s), "created_at": at} for s, at, kind in rows]).execute()


def _correction(people, supervisor, users, today, now) -> None:
    """A forgotten clock-out the supervisor confirmed (补卡)."""
    for punch in Punch.select().where(Punch.kind == "in", Punch.at < now - dt.timedelta(days=3)).order_by(
            Punch.at.desc()).limit(200):
        if not Punch.select().where(Punch.staff == punch.staff_id, Punch.at > punch.at,
                                    Punch.at < punch.at + dt.timedelta(hours=14)).exists():
            entry = RosterEntry.get_or_none(RosterEntry.staff == punch.staff_id, RosterEntry.day == punch.at.date(),
                                            RosterEntry.kind == "shift")
            if entry is None:
                continue
            end = ShiftTimes.parse(entry.start_time, entry.end_time).window(entry.day)[1]
            AttendanceCorrection.create(staff=punch.staff_id, day=entry.day, out_at=end,
                                        reason="忘记打下班卡,主管核实按时下班", created_by=users.get(supervisor.id),
                                        created_at=end + dt.timedelta(days=1))
            return


def _handover(people, users, now, rng) -> None:
    writers = [p for p in people if p.role in (Role.CUSTOMER_SERVICE, Role.SUPERVISOR)] or people
    for index, text in enumerate(HANDOVER_NOTES):
        written = now - dt.timedelta(days=len(HANDOVER_NOTES) - index, hours=rng.randint(0, 3))
        written = written.replace(hour=17 if index % 2 == 0 else 21, minute=rng.randint(10, 29))
        author = writers[index % len(writers)]
        taker = writers[(index + 1) % len(writers)]
        still_open = index >= len(HANDOVER_NOTES) - 2
        HandoverItem.create(written_at=written, author=author.id, written_by=users.get(author.id),
                            from_shift="白班" if written.hour < 18 else "晚班",
                            to_shift="晚班" if written.hour < 18 else "白班",
                            text=text.format(order=f"SO{written:%Y%m%d}-{rng.randint(1, 60):04d}"),
                            done_at=None if still_open else written + dt.timedelta(hours=2),
                            done_by=None if still_open else users.get(taker.id),
                            done_staff=None if still_open else taker.id,
                            done_note="" if still_open else "已处理")


def _meetings(people, supervisor, users, first_monday, today, rng) -> None:
    members = [p for p in people if p.role in (Role.CUSTOMER_SERVICE, Role.SUPERVISOR)]
    for week in range(WEEKS):
        monday = first_monday + dt.timedelta(weeks=week)
        held = dt.datetime.combine(monday, dt.time(18))
        if monday >= today:
            break
        meeting = Meeting.create(held_at=held, chair=supervisor.id, title="部门例会",
                                 notes="本周重点:提高回复速度,减少中差评。", created_by=users.get(supervisor.id),
                                 created_at=held + dt.timedelta(hours=1), updated_at=held + dt.timedelta(hours=1))
        for person in members:
            last_week, improve = rng.choice(REPORTS)
            MeetingMember.create(meeting=meeting.id, staff=person.id, present=rng.random() > 0.08,
                                 last_week=last_week.format(n=rng.randint(180, 420), m=rng.randint(20, 60)),
                                 improve=improve)
        text = DECISIONS[week % len(DECISIONS)]
        owner = members[week % len(members)] if members else supervisor
        MeetingDecision.create(meeting=meeting.id, text=text, owner=owner.id, due_date=monday + dt.timedelta(days=4),
                               done_at=held + dt.timedelta(days=3) if monday + dt.timedelta(days=7) < today else None)


def _training(people, supervisor, users, today, rng) -> None:
    held = today - dt.timedelta(days=20)
    training = Training.create(held_on=held, topic="新品上架前的产品属性与话术培训", trainer=supervisor.name,
                               notes="每位客服须在新品上架前掌握产品属性(人员管理 4)。", created_by=users.get(supervisor.id),
                               created_at=dt.datetime.combine(held, dt.time(17)))
    for person in people:
        if person.role in (Role.CUSTOMER_SERVICE, Role.SALES, Role.OPERATIONS):
            TrainingAttendee.create(training=training.id, staff=person.id, score=rng.randint(72, 98))


def _fund(people, owner_user, supervisor, today, now) -> None:
    """Last month: two upheld complaints against one clerk, one against another; a lateness fine;
    a sales-champion reward; a team tea paid from the fund."""
    cs = [p for p in people if p.role == Role.CUSTOMER_SERVICE]
    if not cs:
        return
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    rule = FineRule()
    fines = [(cs[-1], 6, "顾客投诉客服回复态度生硬"), (cs[-1], 19, "顾客投诉未按约定时间回电"),
             (cs[0], 12, "顾客投诉发错规格后推诿")]
    count: dict[int, tuple[int, int]] = {}
    for person, day, reason in fines:
        nth, already = count.get(person.id, (0, 0))
        step = next_complaint_fine(nth + 1, already, person.base_wage_cents, rule)
        count[person.id] = (nth + 1, already + step.amount_cents)
        _fine(person, "complaint", step.amount_cents, last_month.replace(day=day),
              f"本月第 {step.nth} 次投诉:{reason}", owner_user, now)
    _fine(cs[0], "discipline", 2000, last_month.replace(day=23), "上班时间看视频", owner_user, now)
    champion = next((p for p in people if p.role == Role.SALES), cs[0])
    RewardFine.create(staff=champion.id, kind="reward", category="champion", amount_cents=50000,
                      day=today.replace(day=1), reason=f"{last_month:%Y年%m月} 销售冠军", created_by=owner_user,
                      created_at=now)
    spent = dt.datetime.combine(today.replace(day=1) + dt.timedelta(days=2), dt.time(16))
    if spent < now:
        FundEntry.create(day=spent.date(), kind="spending", category="activity", amount_cents=12800,
                         description="部门下午茶(奶茶、水果)", people="、".join(p.name for p in cs + [supervisor]),
                         created_by=owner_user, created_at=spent)


def _fine(person, category, amount, day, reason, owner_user, now) -> None:
    recorded = dt.datetime.combine(day + dt.timedelta(days=2), dt.time(10))
    row = RewardFine.create(staff=person.id, kind="fine", category=category, amount_cents=amount, day=day, reason=reason,
                            created_by=owner_user, created_at=min(recorded, now))
    FundEntry.create(day=min(recorded, now).date(), kind="income", category="fines", amount_cents=amount,
                     description=reason, people=person.name, reward_fine=row.id, created_by=owner_user,
                     created_at=min(recorded, now))
