"""Demo appraisals: last month's (and the month before, for the "improved most" of the report)
fully scored and signed off, this month's half done, so the appraisal page, its reminders and
the monthly report are real on first start.

"This month" is the month being appraised now (core.appraisal.appraisal_month_for): the
current month from its self-assessment day on, otherwise last month — whose appraisal is
due in the first ten days of this one (次月上旬). Everything goes through the services, as
the people of the demo shop would do it (self, supervisor, peers, customer scores, the
owner's sign-off), after the other modules' demo data so the indicators have records.
The sales targets of the templates are set from the shop's own recent sales, as an owner
would.
"""
from __future__ import annotations

import random
from decimal import Decimal

from shopmanager.core import timeutil
from shopmanager.core.appraisal import APPRAISED_ROLES, Month, appraisal_month_for
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Role
from shopmanager.core.progress import Progress
from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalPeriod, Staff, User
from shopmanager.services import appraisal, appraisal_scoring, appraisal_templates, sales_stats, settings
from shopmanager.services.auth import actor_for

SUPERVISOR_COMMENTS = [
    "本月工作积极主动，顾客反馈良好，继续保持。",
    "执行力强，交代的任务都能按时完成；下月注意减少迟到。",
    "与同事配合默契，双11备货期间加班支援发货，值得表扬。",
    "业务熟练，但主动性还可以再提高，多参加周例会的讨论。",
    "本月有两次漏回复顾客消息，请注意及时响应。",
    "责任心强，账实相符，盘点差异为零。",
]
EMPLOYEE_COMMENTS = [
    "认可本月考核结果，下月争取提高客单价。",
    "本月顾客咨询较多，回复速度还需提升，会继续努力。",
    "感谢主管指导，下月会多学习新品知识。",
    "同意考核结果。",
    "希望下月能参加一次外部培训。",
]
CUSTOMER_NOTES = ["回访：王女士，对服务态度很满意", "满意度调查：五星好评", "回访：李先生，物流慢但客服解释耐心",
                  "回访：老客户张女士，建议多上新品", "满意度调查：四星，回复稍慢"]
# How well each demo person does (their scores center there): one excels, one struggles.
LEVELS = {"李娜": 91, "张敏": 93, "刘洋": 72, "陈强": 86, "赵磊": 84, "孙丽": 82, "周婷": 88, "吴涛": 55}


def _actor(staff_id: int):
    user = User.select().where(User.staff == staff_id, User.active == True).first()  # noqa: E712
    return actor_for(user) if user else None


def _set_targets(owner, month: Month) -> None:
    """Sales targets a little above the average of the three months before."""
    months = [month.previous(), month.previous().previous(), month.previous().previous().previous()]
    shop = []
    per_person: dict[int, list[int]] = {}
    for m in months:
        figures = sales_stats.sales_figures(m.first_day, m.last_day)
        shop.append(figures[None].amount_cents)
        for staff_id, value in figures.items():
            if staff_id is not None:
                per_person.setdefault(staff_id, []).append(value.amount_cents)
    roles = {s.id: s.role for s in Staff.select(Staff.id, Staff.role)}

    def target(values: list[int]) -> Decimal | None:
        average = sum(values) / max(1, len(months))
        return Decimal(max(1000, round(average * 1.1 / 100 / 1000) * 1000)) if average else None

    by_role: dict[str, list[int]] = {}
    for staff_id, values in per_person.items():
        by_role.setdefault(roles.get(staff_id, ""), []).extend(values)
    shop_target = target(shop)
    for role in APPRAISED_ROLES:
        template = appraisal_templates.load_template(role)
        people = len({s for s, r in roles.items() if r == role}) or 1
        role_target = target([v // people for v in by_role.get(role, [])]) if by_role.get(role) else None
        for item in template.items:
            if item.indicator in ("sales.amount", "sales.target_completion") and role_target:
                item.target = role_target
            elif item.indicator == "shop.target_completion" and shop_target:
                item.target = shop_target
            elif item.indicator == "sales.profit" and role_target:
                item.target = (role_target * Decimal("0.3")).quantize(Decimal(1000))
        appraisal_templates.save_template(owner, template)


def _score(rng: random.Random, level: int) -> str:
    return str(max(40, min(100, int(rng.gauss(level, 4)))))


def _fill(rng: random.Random, row: Appraisal, owner, supervisor, *, share: float, month_done: bool) -> None:
    """Score one appraisal; with share < 1 only part of the people have scored (half done)."""
    name = row.staff.name
    level = LEVELS.get(name, 80)
    lines = list(AppraisalLine.select().where(AppraisalLine.appraisal == row, AppraisalLine.rule == "direct"))
    person = _actor(row.staff_id)
    own = {line.id: _score(rng, min(100, level + 5)) for line in lines if "self" in line.sources}
    if own and person and (month_done or rng.random() < share):
        appraisal_scoring.save_scores(person, row.id, "self", own, comment=rng.choice(EMPLOYEE_COMMENTS))
    boss = owner if row.role == Role.SUPERVISOR or supervisor is None else supervisor
    marks = {line.id: _score(rng, level) for line in lines if "supervisor" in line.sources}
    if marks and (month_done or rng.random() < share):
        appraisal_scoring.save_scores(boss, row.id, "supervisor", marks, comment=rng.choice(SUPERVISOR_COMMENTS))
    peer_lines = [line for line in lines if "peer" in line.sources]
    for peer_id in _peer_ids(row):
        peer = _actor(peer_id)
        if peer and peer_lines and (month_done or rng.random() < share):
            appraisal_scoring.save_scores(peer, row.id, "peer", {line.id: _score(rng, level) for line in peer_lines})
    for line in lines:
        if "customer" in line.sources:
            for _ in range(3 if month_done else rng.randint(0, 2)):
                appraisal_scoring.add_customer_score(owner, row.id, line.id, _score(rng, min(100, level + 3)),
                                                     rng.choice(CUSTOMER_NOTES))


def _peer_ids(row: Appraisal) -> list[int]:
    from shopmanager.services.appraisal_results import peer_map

    return peer_map(Appraisal.select().where(Appraisal.period == row.period_id))[row.id]


def create_demo_appraisals(progress: Progress | None = None, *, seed: int = 7) -> None:
    progress = progress or Progress()
    owner_user = User.select().where(User.role == Role.OWNER, User.active == True).order_by(User.id).first()  # noqa: E712
    if owner_user is None:
        return
    owner = actor_for(owner_user)
    supervisor_staff = Staff.select().where(Staff.role == Role.SUPERVISOR, Staff.status == "active").first()
    supervisor = _actor(supervisor_staff.id) if supervisor_staff else None
    rng = random.Random(seed)
    current = appraisal_month_for(timeutil.today(), int(settings.get("appraisal.self_from_day")))
    last = current.previous()
    progress.update(9, 10, tr("Demo", "Appraisals"))
    _set_targets(owner, last.previous())
    # The month before last too, so last month's report can say who improved most.
    for month, done in ((last.previous(), True), (last, True), (current, False)):
        appraisal.open_month(owner, month)
        period = AppraisalPeriod.get(AppraisalPeriod.month == str(month))
        rows = list(Appraisal.select(Appraisal, Staff).join(Staff, on=(Appraisal.staff == Staff.id))
                    .where(Appraisal.period == period).order_by(Staff.name))
        for row in rows:
            _fill(rng, row, owner, supervisor, share=0.5, month_done=done)
        if done:
            appraisal.sign_month(owner, month)
