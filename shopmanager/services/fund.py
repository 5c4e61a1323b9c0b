"""Fines, rewards and the department growth fund 部门成长基金 (core/fund.py has the rules).

Every fine is income of the fund; spending (team activities, books) is recorded with what
and who; nothing is deleted — a mistake is voided with a reason. The monthly statement
is for every staff member (seed: 透明操作), with the fined people's names and anything
that would show a wage kept for the owner.

`record_reward_or_fine` is also how a signed appraisal books its grade's reward or fine.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.fund import (
    FINE_CATEGORIES, INCOME_CATEGORIES, REWARD_CATEGORIES, SPENDING_CATEGORIES, Category, FineRule, FineStep,
    FundCategory, Kind, category_label, check_amount, fund_category_label, next_complaint_fine,
)
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.db.models import FundEntry, RewardFine, Staff
from shopmanager.services import aftersales_stats, settings
from shopmanager.services.context import Actor, audit, require, write_retrying


def fine_rule() -> FineRule:
    return FineRule(int(settings.get("fines.complaint_first")) * 100, int(settings.get("fines.complaint_second")) * 100,
                    int(settings.get("fines.forfeit_from")))


def fund_balance(until: dt.date | None = None) -> int:
    """Income − spending of the entries not voided (up to and including `until`)."""
    query = FundEntry.select(FundEntry.kind, peewee.fn.COALESCE(peewee.fn.SUM(FundEntry.amount_cents), 0)).where(
        FundEntry.voided_at.is_null()).group_by(FundEntry.kind)
    if until is not None:
        query = query.where(FundEntry.day <= until)
    sums = dict(query.tuples())
    return int(sums.get("income", 0)) - int(sums.get("spending", 0))


def _person(staff_id: int) -> Staff:
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise NotFound(tr("Users", "That staff member no longer exists."))
    return person


def _record(actor: Actor, person: Staff, kind: str, category: str, amount_cents: int, day: dt.date, reason: str,
            source: str, from_fund: bool) -> int:
    """Inside a transaction: the fine/reward, and its fund entry."""
    now = timeutil.now()
    if source:
        existing = RewardFine.select(RewardFine.id).where(RewardFine.source == source).scalar()
        if existing:
            return existing
    if kind == Kind.REWARD and from_fund and fund_balance() < amount_cents:
        raise Conflict(tr("Fund", "The fund holds ¥{balance}: not enough for ¥{amount}.").format(
            balance=format_money(fund_balance()), amount=format_money(amount_cents)), field="amount")
    row = RewardFine.create(staff=person.id, kind=kind, category=category, amount_cents=amount_cents, day=day,
                            reason=reason, source=source, created_by=actor.user_id, created_at=now)
    what = category_label(category)
    if amount_cents and (kind == Kind.FINE or from_fund):
        FundEntry.create(day=now.date(),  # the money moves when it is recorded
                         kind="income" if kind == Kind.FINE else "spending",
                         category=FundCategory.FINES if kind == Kind.FINE else FundCategory.REWARD,
                         amount_cents=amount_cents, description=f"{what}: {reason}"[:200], people=person.name[:200],
                         reward_fine=row.id, created_by=actor.user_id, created_at=now)
    audit(actor, "create", "reward_fine", row.id, new={"staff": person.id, "kind": kind, "category": category,
                                                        "amount_cents": amount_cents, "day": day, "reason": reason,
                                                        "source": source},
          summary=f"{person.name} {what} ¥{format_money(amount_cents)}")
    return row.id


def _clean(kind: str, category: str, reason: str, day: dt.date) -> tuple[str, str, str]:
    if kind not in (Kind.FINE, Kind.REWARD):
        raise ValidationError(tr("Fund", "Choose fine or reward."), field="kind")
    category = (category or "").strip() or (Category.OTHER_FINE if kind == Kind.FINE else Category.OTHER_REWARD)
    if category not in (FINE_CATEGORIES if kind == Kind.FINE else REWARD_CATEGORIES):
        raise ValidationError(tr("Fund", "Choose what kind of entry it is."), field="category")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("Fund", "Give the reason."), field="reason")
    if day > timeutil.today():
        raise ValidationError(tr("Fund", "The date {day} is in the future.").format(day=f"{day:%Y-%m-%d}"), field="day")
    return kind, category, reason[:1000]


def record_reward_or_fine(actor: Actor, staff_id: int, *, kind: str, category: str, amount_cents: int, on: dt.date,
                          reason: str, source: str = "", from_fund: bool = False) -> int:
    """A fine (income of the fund) or a reward of one staff member; returns its id. A given
    `source` (e.g. 'appraisal:2026-10:7') is recorded once: calling again returns the same id.
    `from_fund`: the reward is paid from the fund (spending; refused beyond the balance)."""
    require(actor, Perm.FINES_MANAGE, entity="reward_fine")
    kind, category, reason = _clean(kind, category, reason, on)
    check_amount(amount_cents)
    source = (source or "").strip()[:80]
    return write_retrying(lambda: _record(actor, _person(staff_id), kind, category, amount_cents, on, reason, source,
                                          from_fund))


# -- complaint fines ---------------------------------------------------------------------------

def _month(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def complaint_step(staff_id: int, received_on: dt.date) -> FineStep:
    """The fine the next upheld complaint received on that day would cost the person."""
    first, last = _month(received_on)
    count, total = (RewardFine.select(peewee.fn.COUNT(RewardFine.id), peewee.fn.COALESCE(
        peewee.fn.SUM(RewardFine.amount_cents), 0)).where(
        RewardFine.staff == staff_id, RewardFine.category == Category.COMPLAINT, RewardFine.kind == Kind.FINE,
        RewardFine.voided_at.is_null(), RewardFine.day.between(first, last)).tuples().first())
    wage = Staff.select(Staff.base_wage_cents).where(Staff.id == staff_id).scalar() or 0
    return next_complaint_fine(int(count) + 1, int(total), int(wage), fine_rule())


def preview_complaint_fine(actor: Actor, staff_id: int, received_on: dt.date) -> FineStep:
    require(actor, Perm.FINES_MANAGE, entity="reward_fine")
    _person(staff_id)
    return complaint_step(staff_id, received_on)


def record_complaint_fine(actor: Actor, staff_id: int, received_on: dt.date, reference: str, *,
                          source: str = "") -> tuple[int, FineStep]:
    """The fine of an upheld complaint against a person, counted in the calendar month the
    complaint was received (1st 50, 2nd 100, from the 3rd the month's whole wage)."""
    require(actor, Perm.FINES_MANAGE, entity="reward_fine")
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError(tr("Fund", "Name the complaint (case number or what happened)."), field="reason")
    if received_on > timeutil.today():
        raise ValidationError(tr("Fund", "The date {day} is in the future.").format(day=f"{received_on:%Y-%m-%d}"),
                              field="day")

    def work() -> tuple[int, FineStep]:
        person = _person(staff_id)
        if source:
            existing = RewardFine.select(RewardFine.id).where(RewardFine.source == source).scalar()
            if existing:
                return existing, complaint_step(staff_id, received_on)
        step = complaint_step(staff_id, received_on)
        if step.wage_missing:
            raise ValidationError(tr("Fund", "This is {name}'s complaint no. {n} of the month: the month's wage is "
                                             "forfeited, but no base wage is recorded. The owner enters it under "
                                             "Staff & accounts first.").format(name=person.name, n=step.nth),
                                  field="staff")
        reason = tr("Fund", "complaint no. {n} of {month}: {reference}").format(
            n=step.nth, month=f"{received_on:%Y-%m}", reference=reference)
        if step.forfeits_wage:
            reason += " — " + tr("Fund", "the month's wage is forfeited")
        return _record(actor, person, Kind.FINE, Category.COMPLAINT, step.amount_cents, received_on, reason,
                       source, False), step

    return write_retrying(work)


@dataclass
class ComplaintSync:
    recorded: list[tuple[str, str, int]] = field(default_factory=list)  # (name, case no., amount)
    already: int = 0
    problems: list[str] = field(default_factory=list)


def unfined_complaints(actor: Actor, start: dt.date, end: dt.date) -> int:
    """How many complaints the after-sales register upheld (received start..end) have no fine yet."""
    if not actor.can(Perm.FINES_MANAGE):
        return 0
    sources = [f"complaint:{c.case_id}" for c in aftersales_stats.upheld_complaints(start, end)]
    if not sources:
        return 0
    fined = RewardFine.select().where(RewardFine.source.in_(sources)).count()
    return len(sources) - fined


def fine_upheld_complaints(actor: Actor, start: dt.date, end: dt.date) -> ComplaintSync:
    """Fines for the complaints the after-sales register upheld (received start..end) that
    have none yet, in the order they were received."""
    require(actor, Perm.FINES_MANAGE, entity="reward_fine")
    sync = ComplaintSync()
    for complaint in sorted(aftersales_stats.upheld_complaints(start, end), key=lambda c: c.received_at):
        source = f"complaint:{complaint.case_id}"
        if RewardFine.select().where(RewardFine.source == source).exists():
            sync.already += 1
            continue
        try:
            fine_id, step = record_complaint_fine(actor, complaint.staff_id, complaint.received_at.date(),
                                                  complaint.case_no, source=source)
        except ValidationError as error:
            sync.problems.append(f"{complaint.case_no}: {error}")
            continue
        sync.recorded.append((_person(complaint.staff_id).name, complaint.case_no, step.amount_cents))
    return sync


# -- voiding, spending, income ---------------------------------------------------------------------

def void_reward_fine(actor: Actor, record_id: int, reason: str) -> None:
    require(actor, Perm.FINES_MANAGE, entity="reward_fine", entity_id=record_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("Fund", "Give the reason for voiding it."), field="reason")

    def work() -> None:
        row = RewardFine.get_or_none(RewardFine.id == record_id)
        if row is None:
            raise NotFound(tr("Fund", "That record no longer exists."))
        if row.voided_at is not None:
            raise Conflict(tr("Fund", "It was voided already."))
        now = timeutil.now()
        RewardFine.update(voided_at=now, voided_by=actor.user_id, void_reason=reason).where(
            RewardFine.id == record_id).execute()
        FundEntry.update(voided_at=now, voided_by=actor.user_id, void_reason=reason).where(
            FundEntry.reward_fine == record_id, FundEntry.voided_at.is_null()).execute()
        audit(actor, "void", "reward_fine", record_id, old={"voided_at": None}, new={"voided_at": now,
                                                                                     "void_reason": reason})

    write_retrying(work)


def record_entry(actor: Actor, *, kind: str, category: str, amount_cents: int, day: dt.date, description: str,
                 people: str = "") -> int:
    """Spending from the fund (what, who took part) — or other income (the owner)."""
    if kind == "spending":
        require(actor, Perm.FUND_SPEND, entity="fund")
        allowed = SPENDING_CATEGORIES
    elif kind == "income":
        require(actor, Perm.FINES_MANAGE, entity="fund")
        allowed = INCOME_CATEGORIES
    else:
        raise ValidationError(tr("Fund", "Choose income or spending."), field="kind")
    if category not in allowed or category == FundCategory.FINES:
        raise ValidationError(tr("Fund", "Choose what kind of entry it is."), field="category")
    check_amount(amount_cents)
    description, people = (description or "").strip(), (people or "").strip()
    if not description:
        raise ValidationError(tr("Fund", "Say what the money was for."), field="description")
    if kind == "spending" and not people:
        raise ValidationError(tr("Fund", "Say who took part or who paid."), field="people")
    if day > timeutil.today():
        raise ValidationError(tr("Fund", "The date {day} is in the future.").format(day=f"{day:%Y-%m-%d}"), field="day")

    def work() -> int:
        balance = fund_balance()
        if kind == "spending" and amount_cents > balance:
            raise Conflict(tr("Fund", "The fund holds ¥{balance}: not enough for ¥{amount}.").format(
                balance=format_money(balance), amount=format_money(amount_cents)), field="amount")
        row = FundEntry.create(day=day, kind=kind, category=category, amount_cents=amount_cents,
                               description=description[:200], people=people[:200], created_by=actor.user_id,
                               created_at=timeutil.now())
        audit(actor, "create", "fund", row.id, new={"day": day, "kind": kind, "category": category,
                                                     "amount_cents": amount_cents, "description": description,
                                                     "people": people},
              summary=f"{fund_category_label(category)} ¥{format_money(amount_cents)}")
        return row.id

    return write_retrying(work)


def void_entry(actor: Actor, entry_id: int, reason: str) -> None:
    """Void a spending or other-income entry (a fine's income is voided with the fine)."""
    reason = (reason or "").strip()
    entry = FundEntry.get_or_none(FundEntry.id == entry_id)
    if entry is None:
        raise NotFound(tr("Fund", "That record no longer exists."))
    require(actor, Perm.FUND_SPEND if entry.kind == "spending" else Perm.FINES_MANAGE, entity="fund",
            entity_id=entry_id)
    if entry.reward_fine_id is not None:
        raise ValidationError(tr("Fund", "This entry belongs to a fine or reward: void that record instead."))
    if not reason:
        raise ValidationError(tr("Fund", "Give the reason for voiding it."), field="reason")

    def work() -> None:
        now = timeutil.now()
        if not FundEntry.update(voided_at=now, voided_by=actor.user_id, void_reason=reason).where(
                FundEntry.id == entry_id, FundEntry.voided_at.is_null()).execute():
            raise Conflict(tr("Fund", "It was voided already."))
        audit(actor, "void", "fund", entry_id, old={"voided_at": None}, new={"voided_at": now, "void_reason": reason})

    write_retrying(work)


# -- reading -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatementLine:
    id: int
    day: dt.date
    kind: str  # income | spending
    category: str
    description: str
    people: str
    amount_cents: int
    balance_cents: int | None  # None for a voided line
    voided: bool
    void_reason: str

    @property
    def category_text(self) -> str:
        return fund_category_label(self.category)


@dataclass
class Statement:
    year: int
    month: int
    opening_cents: int
    lines: list[StatementLine]
    income_cents: int
    spending_cents: int
    closing_cents: int
    shows_people: bool


def statement(actor: Actor, year: int, month: int) -> Statement:
    """The month's fund statement, readable by every staff member. Who was fined, and the
    reason of a fine, only for the owner (a forfeited wage would show the wage)."""
    require(actor, Perm.FUND_VIEW, entity="fund")
    first = dt.date(year, month, 1)
    last = _month(first)[1]
    opening = fund_balance(first - dt.timedelta(days=1))
    shows = actor.can(Perm.FINES_MANAGE)
    balance = opening
    lines, income, spending = [], 0, 0
    for entry in FundEntry.select().where(FundEntry.day.between(first, last)).order_by(FundEntry.day, FundEntry.id):
        voided = entry.voided_at is not None
        if not voided:
            balance += entry.amount_cents if entry.kind == "income" else -entry.amount_cents
            if entry.kind == "income":
                income += entry.amount_cents
            else:
                spending += entry.amount_cents
        hidden = entry.reward_fine_id is not None and entry.kind == "income" and not shows
        lines.append(StatementLine(entry.id, entry.day, entry.kind, entry.category,
                                   tr("Fund", "Fine") if hidden else entry.description,
                                   "" if hidden else entry.people, entry.amount_cents, None if voided else balance,
                                   voided, entry.void_reason))
    return Statement(year, month, opening, lines, income, spending, balance, shows)


@dataclass(frozen=True)
class RewardFineInfo:
    id: int
    staff_id: int
    staff_name: str
    kind: str
    category: str
    amount_cents: int
    day: dt.date
    reason: str
    source: str
    voided: bool
    void_reason: str

    @property
    def category_text(self) -> str:
        return category_label(self.category)


def list_rewards_fines(actor: Actor, start: dt.date, end: dt.date, *, staff_id: int | None = None) \
        -> list[RewardFineInfo]:
    """Everyone's (the owner) or one's own fines and rewards of a period, newest first."""
    if staff_id is not None and staff_id == actor.staff_id:
        require(actor, Perm.ROSTER_VIEW, entity="reward_fine")
    elif not actor.can(Perm.FINES_MANAGE):
        require(actor, Perm.FINES_MANAGE, entity="reward_fine")
    query = (RewardFine.select(RewardFine, Staff.name.alias("staff_name")).join(Staff)
             .where(RewardFine.day.between(start, end)).order_by(RewardFine.day.desc(), RewardFine.id.desc()))
    if staff_id is not None:
        query = query.where(RewardFine.staff == staff_id)
    return [RewardFineInfo(r.id, r.staff_id, r.staff_name, r.kind, r.category, r.amount_cents, r.day, r.reason,
                           r.source, r.voided_at is not None, r.void_reason) for r in query.objects()]

