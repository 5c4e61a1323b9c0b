"""The month's appraisal round (绩效考核, domain.md "Appraisal"): open a month from the role
templates, see who still has to score, sign off (which locks), reopen with a reason, the
reminders of the first ten days of the next month (次月上旬), and the to-do count on the
navigation. Scoring itself is services/appraisal_scoring.py; the PDF and Excel files are
services/appraisal_reports.py.

A signed-off appraisal keeps its figures and scores as they were (frozen in its lines);
the grade's reward or fine goes to the roster's fund (services/fund.record_reward_or_fine)
when that module is installed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from shopmanager.core import timeutil
from shopmanager.core.appraisal import (
    APPRAISED_ROLES, Month, due_date, grade_label, parse_number, self_score_opens,
)
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role, role_label
from shopmanager.db.models import (
    Appraisal, AppraisalLine, AppraisalMember, AppraisalPeriod, Staff,
)
from shopmanager.services import settings
from shopmanager.services.appraisal_results import (
    AppraisalResult, as_month, load_results, may_supervise, period_of, responsible_supervisor, shop_has_supervisor,
)
from shopmanager.services.appraisal_scoring import _appraisal, _check_writable
from shopmanager.services.appraisal_templates import load_template
from shopmanager.services.context import Actor, audit, require, write_retrying


def state_label(state: str) -> str:
    return {
        "self": tr("Appraisal", "Waiting for self-assessment"),
        "supervisor": tr("Appraisal", "Waiting for the supervisor"),
        "peer": tr("Appraisal", "Waiting for peers"),
        "customer": tr("Appraisal", "Waiting for customer scores"),
        "ready": tr("Appraisal", "Ready to sign off"),
        "signed": tr("Appraisal", "Signed off"),
    }.get(state, state)


def _month(month: Month | str) -> Month:
    return as_month(month)


def _period(month: Month) -> AppraisalPeriod:
    period = period_of(month)
    if period is None:
        raise NotFound(tr("Appraisal", "The appraisal of {month} has not been opened yet.").format(month=month))
    return period


# -- opening a month ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Opened:
    month: Month
    created: int  # appraisals made now
    total: int  # appraisals of the month in all


def _appraised_staff(month: Month) -> list[Staff]:
    """Staff of an appraised role who worked in the month and are not left out by the owner."""
    roles = [r.value for r in APPRAISED_ROLES]
    excluded = {m.staff_id for m in AppraisalMember.select().where(AppraisalMember.appraised == False)}  # noqa: E712
    people = Staff.select().where(Staff.role.in_(roles), (Staff.hire_date.is_null()) | (Staff.hire_date <= month.last_day),
                                  (Staff.status == "active") | (Staff.left_date >= month.first_day))
    return [p for p in people.order_by(Staff.name) if p.id not in excluded]


def open_month(actor: Actor, month: Month | str) -> Opened:
    """Create the month's appraisals from the role templates (as they are now: each appraisal
    keeps its copy). Opening again adds people who were missing (a late hire)."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal")
    month = _month(month)
    if month.first_day > timeutil.today():
        raise ValidationError(tr("Appraisal", "{month} has not begun yet; a month is appraised at its end.").format(
            month=month), field="month")
    people = _appraised_staff(month)
    templates = {role.value: load_template(role.value) for role in APPRAISED_ROLES}
    members = {m.staff_id: m for m in AppraisalMember.select()}

    def work() -> Opened:
        period = period_of(month)
        if period is None:
            period = AppraisalPeriod.create(month=str(month), opened_at=timeutil.now(), opened_by=actor.user_id)
        elif period.status == "signed":
            raise Conflict(tr("Appraisal", "The appraisal of {month} is signed off and locked. Only the owner can "
                                           "reopen it, with a reason.").format(month=month))
        present = {a.staff_id for a in Appraisal.select(Appraisal.staff).where(Appraisal.period == period)}
        created = 0
        now = timeutil.now()
        for person in people:
            if person.id in present:
                continue
            template = templates[person.role]
            member = members.get(person.id)
            weights = template.source_weights
            row = Appraisal.create(period=period, staff=person.id, role=person.role,
                                   team=member.team if member else "",
                                   supervisor=member.supervisor_id if member else None,
                                   self_weight=weights["self"], supervisor_weight=weights["supervisor"],
                                   peer_weight=weights["peer"], customer_weight=weights["customer"], updated_at=now)
            AppraisalLine.insert_many([
                {"appraisal": row.id, "position": n, "indicator_group": i.group, "indicator": i.indicator,
                 "name": i.name, "weight": i.weight, "target": i.target, "rule": i.rule, "bands": i.bands,
                 "sources": ",".join(i.sources)} for n, i in enumerate(template.items, start=1)]).execute()
            created += 1
        total = Appraisal.select().where(Appraisal.period == period).count()
        if created:
            audit(actor, "open", "appraisal", str(month), summary=tr(
                "Appraisal", "Appraisal {month} opened: {n} employees").format(month=month, n=created))
        return Opened(month, created, total)

    return write_retrying(work)


def opened_months(actor: Actor) -> list[tuple[Month, str]]:
    """(month, status) of every opened month, newest first."""
    require(actor, Perm.APPRAISAL_OWN if not actor.can(Perm.APPRAISAL_TEAM) else Perm.APPRAISAL_TEAM,
            entity="appraisal")
    return [(Month.parse(p.month), p.status) for p in AppraisalPeriod.select().order_by(AppraisalPeriod.month.desc())]


@dataclass(frozen=True)
class MyAppraisal:
    appraisal_id: int
    month: Month
    state: str
    total: Decimal
    grade: str | None  # None while the total is provisional (not everyone has scored)


def my_appraisals(actor: Actor) -> list[MyAppraisal]:
    """The actor's own appraisals, newest first (an employee sees their own result only)."""
    if not (actor.can(Perm.APPRAISAL_OWN) or actor.can(Perm.APPRAISAL_TEAM)):
        require(actor, Perm.APPRAISAL_OWN, entity="appraisal")
    if actor.staff_id is None:
        return []
    result = []
    periods = (AppraisalPeriod.select().join(Appraisal).where(Appraisal.staff == actor.staff_id)
               .order_by(AppraisalPeriod.month.desc()))
    for period in periods:
        for own in load_results(period, staff_ids=[actor.staff_id]):
            grade = own.grade if own.state in ("ready", "signed") else None
            result.append(MyAppraisal(own.appraisal_id, own.month, own.state, own.total, grade))
    return result


# -- the month at a glance --------------------------------------------------------------------------

@dataclass
class OverviewRow:
    appraisal_id: int
    staff_id: int
    name: str
    role: str
    team: str
    state: str
    self_state: str  # ✓ / ✗ / — (not needed)
    supervisor_state: str
    peers: str  # "3/6"
    customers: str  # scores entered
    total: Decimal | None  # None: the viewer may not see it
    grade: str | None  # None until every source has scored (or signed): the total is provisional till then
    waiting_names: list[str] = field(default_factory=list)  # who still scores


@dataclass
class MonthOverview:
    month: Month
    status: str  # open | signed | none (not opened)
    rows: list[OverviewRow]
    due: dt.date
    counts: dict[str, int]  # state → employees


def _mark(needed: bool, done: bool) -> str:
    return "—" if not needed else ("✓" if done else "✗")


def month_overview(actor: Actor, month: Month | str) -> MonthOverview:
    """Every employee's status of the month: waiting for self / supervisor / peers / signed."""
    require(actor, Perm.APPRAISAL_TEAM, entity="appraisal")
    month = _month(month)
    due = due_date(month, int(settings.get("appraisal.due_day")))
    period = period_of(month)
    if period is None:
        return MonthOverview(month, "none", [], due, {})
    results = load_results(period)
    rows_by_id = {a.id: a for a in Appraisal.select().where(Appraisal.period == period)}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    supervisors = [s.name for s in Staff.select(Staff.name).where(Staff.role == Role.SUPERVISOR,
                                                                    Staff.status == "active").order_by(Staff.name)]
    rows = []
    counts: dict[str, int] = {}
    for result in results:
        row = rows_by_id[result.appraisal_id]
        visible = actor.can(Perm.APPRAISAL_MANAGE) or actor.staff_id == result.staff_id or may_supervise(
            actor.role, actor.staff_id, row)
        state = result.scoring
        waiting: list[str] = []
        if state.self_needed and not state.self_done and not result.signed:
            waiting.append(result.staff_name)
        if state.supervisor_needed and not state.supervisor_done and not result.signed:
            waiting.append(_supervisor_name(row, names, supervisors))
        if not result.signed:
            waiting += [names.get(p, "?") for p in state.peers_waiting]
        counts[result.state] = counts.get(result.state, 0) + 1
        rows.append(OverviewRow(
            result.appraisal_id, result.staff_id, result.staff_name, result.role, result.team, result.state,
            _mark(state.self_needed, state.self_done or result.signed),
            _mark(state.supervisor_needed, state.supervisor_done or result.signed),
            f"{len(state.peers_done)}/{len(state.peer_ids)}" if state.peer_ids else "—",
            str(state.customer_count) if state.customer_needed else "—",
            result.total if visible else None,
            result.grade if visible and result.state in ("ready", "signed") else None, waiting))
    return MonthOverview(month, period.status, rows, due, counts)


def _supervisor_name(row: Appraisal, names: dict[int, str], supervisors: list[str]) -> str:
    """Who gives the supervisor's scores: the named supervisor, the shop's only supervisor,
    'Supervisor' when there are several, the owner for supervisors."""
    if row.supervisor_id:
        return names.get(row.supervisor_id, "?")
    if row.role == Role.SUPERVISOR or not supervisors:
        return role_label(Role.OWNER)
    return supervisors[0] if len(supervisors) == 1 else role_label(Role.SUPERVISOR)


# -- targets of one person --------------------------------------------------------------------------------

def set_target(actor: Actor, appraisal_id: int, line_id: int, target: object) -> None:
    """A person's own target for the month (a sales target that differs from the template's)."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal", entity_id=appraisal_id)
    row = _appraisal(appraisal_id)
    _check_writable(row)
    line = AppraisalLine.get_or_none(AppraisalLine.id == line_id, AppraisalLine.appraisal == row.id)
    if line is None or line.rule == "direct":
        raise ValidationError(tr("Appraisal", "Only a computed indicator has a target."), field="target")
    from shopmanager.services.appraisal_scoring import _line_label

    value = parse_number(target, what=_line_label(line), field_name="target")
    if value <= 0:
        raise ValidationError(tr("Appraisal", "{what}: the target must be above 0.").format(what=_line_label(line)),
                              field="target")

    def work() -> None:
        current = _appraisal(appraisal_id)
        _check_writable(current)
        AppraisalLine.update(target=value).where(AppraisalLine.id == line_id).execute()
        Appraisal.update(row_version=Appraisal.row_version + 1, updated_at=timeutil.now()).where(
            Appraisal.id == row.id).execute()
        audit(actor, "update", "appraisal", row.id, changes={_line_label(line): [str(line.target), str(value)]},
              summary=tr("Appraisal", "{month} {name}: target").format(month=row.period.month, name=row.staff.name))

    write_retrying(work)


# -- sign-off, lock, reopen -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Signed:
    appraisal_id: int
    name: str
    total: Decimal
    grade: str | None
    fund_entry: str  # "" when the grade has no reward/fine


def _grade_money(grade: str | None) -> tuple[str, int]:
    if grade == "excellent":
        return "reward", int(settings.get("appraisal.reward_excellent")) * 100
    if grade == "poor":
        return "fine", int(settings.get("appraisal.fine_poor")) * 100
    return "", 0


def _record_in_fund(actor: Actor, result: AppraisalResult) -> str:
    """The grade's reward or fine in the roster's growth fund (seed 001 第十六–十八条)."""
    kind, cents = _grade_money(result.grade)
    if not kind or not cents or result.fund_entry:
        return result.fund_entry
    from shopmanager.services import fund

    reason = tr("Appraisal", "Appraisal {month}: {grade} ({total})").format(
        month=result.month, grade=grade_label(result.grade), total=result.total)
    entry = fund.record_reward_or_fine(actor, result.staff_id, kind=kind, category="appraisal", amount_cents=cents,
                                       on=timeutil.today(), reason=reason, source=f"appraisal:{result.appraisal_id}")
    return f"{kind}:{entry}"


def _sign(actor: Actor, result: AppraisalResult) -> Signed:
    """Freeze the figures and scores, lock, record the grade's reward/fine (inside the caller's transaction)."""
    if result.scoring.unscored_lines:
        raise Conflict(tr("Appraisal", "{name}: nobody has scored '{line}' yet; it cannot be signed off.").format(
            name=result.staff_name, line=result.scoring.unscored_lines[0]))
    for line in result.lines:
        AppraisalLine.update(actual=line.actual, score=line.score, counted=line.counted).where(
            AppraisalLine.id == line.line_id).execute()
    fund_entry = _record_in_fund(actor, result)
    now = timeutil.now()
    Appraisal.update(status="signed", total=result.total, grade=result.grade or "", signed_at=now,
                     signed_by=actor.user_id, fund_entry=fund_entry, updated_at=now,
                     row_version=Appraisal.row_version + 1).where(Appraisal.id == result.appraisal_id).execute()
    audit(actor, "sign", "appraisal", result.appraisal_id, new={"total": result.total, "grade": result.grade,
                                                                "fund": fund_entry},
          summary=tr("Appraisal", "{month} {name}: signed off, {total} {grade}").format(
              month=result.month, name=result.staff_name, total=result.total, grade=grade_label(result.grade)))
    return Signed(result.appraisal_id, result.staff_name, result.total, result.grade, fund_entry)


def _lock_if_complete(period: AppraisalPeriod, actor: Actor) -> bool:
    if Appraisal.select().where(Appraisal.period == period, Appraisal.status != "signed").exists():
        return False
    AppraisalPeriod.update(status="signed", signed_at=timeutil.now(), signed_by=actor.user_id).where(
        AppraisalPeriod.id == period.id).execute()
    audit(actor, "sign", "appraisal", period.month, summary=tr("Appraisal", "Appraisal {month} signed off and "
                                                                            "locked").format(month=period.month))
    return True


def sign_off(actor: Actor, appraisal_id: int) -> Signed:
    """The owner signs one employee's appraisal off: it is locked; when every appraisal of
    the month is signed, the month is locked."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal", entity_id=appraisal_id)
    row = _appraisal(appraisal_id)
    _check_writable(row)

    def work() -> Signed:
        current = _appraisal(appraisal_id)
        _check_writable(current)
        signed = _sign(actor, load_results(current.period, staff_ids=[current.staff_id])[0])
        _lock_if_complete(current.period, actor)
        return signed

    return write_retrying(work)


def sign_month(actor: Actor, month: Month | str) -> list[Signed]:
    """Sign off every appraisal of the month at once and lock it; refused (nothing signed)
    while anyone's form still has an indicator nobody scored."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal")
    month = _month(month)
    period = _period(month)
    if period.status == "signed":
        raise Conflict(tr("Appraisal", "The appraisal of {month} is already signed off.").format(month=month))

    def work() -> list[Signed]:
        results = [r for r in load_results(_period(month)) if not r.signed]
        blocked = [r for r in results if r.scoring.unscored_lines]
        if blocked:
            raise Conflict(tr("Appraisal", "Not signed: {names} still have indicators nobody scored (first: {name}, "
                                           "'{line}'). Nothing was signed.").format(
                names=", ".join(r.staff_name for r in blocked), name=blocked[0].staff_name,
                line=blocked[0].scoring.unscored_lines[0]))
        signed = [_sign(actor, result) for result in results]
        _lock_if_complete(_period(month), actor)
        return signed

    return write_retrying(work)


def reopen(actor: Actor, month: Month | str, reason: str, *, staff_id: int | None = None) -> int:
    """Unlock a signed month (or one person's appraisal of it): owner only, with a reason that
    goes into the audit log. Returns how many appraisals were reopened. A reward or fine
    recorded for a grade stays in the fund; correct it there if the grade changes."""
    require(actor, Perm.APPRAISAL_MANAGE, entity="appraisal")
    month = _month(month)
    reason = (reason or "").strip()
    if len(reason) < 2:
        raise ValidationError(tr("Appraisal", "Reason: say why the appraisal is reopened."), field="reason")
    if len(reason) > 200:
        raise ValidationError(tr("Appraisal", "Reason: at most 200 characters."), field="reason")

    def work() -> int:
        period = _period(month)
        query = Appraisal.select().where(Appraisal.period == period, Appraisal.status == "signed")
        if staff_id is not None:
            query = query.where(Appraisal.staff == staff_id)
        ids = [a.id for a in query]
        if not ids:
            raise Conflict(tr("Appraisal", "Nothing to reopen: that appraisal of {month} is not signed off.").format(
                month=month))
        Appraisal.update(status="open", signed_at=None, signed_by=None, updated_at=timeutil.now(),
                         row_version=Appraisal.row_version + 1).where(Appraisal.id.in_(ids)).execute()
        AppraisalPeriod.update(status="open", signed_at=None, signed_by=None).where(
            AppraisalPeriod.id == period.id).execute()
        names = ", ".join(s.name for s in Staff.select(Staff.name).join(Appraisal, on=(Appraisal.staff == Staff.id))
                          .where(Appraisal.id.in_(ids)).order_by(Staff.name))
        audit(actor, "reopen", "appraisal", str(month), changes={"reason": [None, reason]}, summary=tr(
            "Appraisal", "Appraisal {month} reopened ({names}): {reason}").format(month=month, names=names,
                                                                                  reason=reason))
        return len(ids)

    return write_retrying(work)


# -- what the actor still has to do, and the reminders -------------------------------------------------------

@dataclass
class Todo:
    month: Month
    due: dt.date
    self_assessment: int = 0  # 1 when the actor's own self-assessment waits (and is open)
    peers: list[str] = field(default_factory=list)  # colleagues to score
    as_supervisor: list[str] = field(default_factory=list)  # staff to score as supervisor
    to_sign: int = 0  # owner: appraisals ready to sign off

    @property
    def count(self) -> int:
        return self.self_assessment + len(self.peers) + len(self.as_supervisor) + self.to_sign


def todo(actor: Actor, *, today: dt.date | None = None) -> list[Todo]:
    """The scoring the actor still has to do, per open month (oldest first)."""
    if not (actor.can(Perm.APPRAISAL_OWN) or actor.can(Perm.APPRAISAL_TEAM)):
        return []
    today = today or timeutil.today()
    values = settings.get_all()
    from_day, due_day = int(values["appraisal.self_from_day"]), int(values["appraisal.due_day"])
    has_supervisor = shop_has_supervisor()
    result = []
    for period in AppraisalPeriod.select().where(AppraisalPeriod.status == "open").order_by(AppraisalPeriod.month):
        month = Month.parse(period.month)
        item = Todo(month, due_date(month, due_day))
        results = load_results(period, with_figures=False)
        rows = {a.id: a for a in Appraisal.select().where(Appraisal.period == period)}
        for res in results:
            if res.signed:
                continue
            state = res.scoring
            if res.staff_id == actor.staff_id and state.self_needed and not state.self_done and \
                    today >= self_score_opens(month, from_day):
                item.self_assessment = 1
            if actor.staff_id in state.peers_waiting:
                item.peers.append(res.staff_name)
            if state.supervisor_needed and not state.supervisor_done and actor.can(Perm.APPRAISAL_TEAM) and \
                    responsible_supervisor(actor.role, actor.staff_id, rows[res.appraisal_id], has_supervisor):
                item.as_supervisor.append(res.staff_name)
            if actor.can(Perm.APPRAISAL_MANAGE) and not state.waiting():
                item.to_sign += 1
        if item.count:
            result.append(item)
    return result


def todo_count(actor: Actor) -> int:
    """The number on the navigation: scoring (and signing) still to do."""
    return sum(item.count for item in todo(actor))


def reminders(actor: Actor, *, today: dt.date | None = None) -> list[str]:
    """What to remind the actor of: the monthly appraisal is done in the first ten days of the
    next month (次月上旬); the annual appraisal in January."""
    today = today or timeutil.today()
    lines = []
    due_day = int(settings.get("appraisal.due_day"))
    last_month = Month.of(today).previous()
    if actor.can(Perm.APPRAISAL_MANAGE) and period_of(last_month) is None:
        lines.append(tr("Appraisal", "The appraisal of {month} is not open yet: open it; it is due by {due} "
                                     "(次月上旬).").format(month=last_month, due=due_date(last_month, due_day)))
    for item in todo(actor, today=today):
        parts = []
        if item.self_assessment:
            parts.append(tr("Appraisal", "your self-assessment"))
        if item.peers:
            parts.append(tr("Appraisal", "{n} colleague(s) as a peer").format(n=len(item.peers)))
        if item.as_supervisor:
            parts.append(tr("Appraisal", "{n} employee(s) as supervisor").format(n=len(item.as_supervisor)))
        if item.to_sign:
            parts.append(tr("Appraisal", "{n} appraisal(s) to sign off").format(n=item.to_sign))
        late = tr("Appraisal", " — overdue") if today > item.due else ""
        lines.append(tr("Appraisal", "Appraisal {month}, due by {due}{late}: {what}.").format(
            month=item.month, due=item.due, late=late, what=", ".join(parts)))
    if today.month == 1 and actor.can(Perm.APPRAISAL_MANAGE):
        lines.append(tr("Appraisal", "January: print the annual appraisal of {year}.").format(year=today.year - 1))
    return lines

