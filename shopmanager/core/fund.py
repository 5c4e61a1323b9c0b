"""Fines, rewards and the department growth fund 部门成长基金 (seed 001 网店人员管理 5, 15;
seed 002 激励机制), without a database.

The complaint fine (人员管理 5): within one calendar month (of the complaint's receipt),
the 1st upheld complaint against a person costs 50, the 2nd 100, and from the 3rd on the
month's whole wage is forfeited — the month's complaint fines then add up to the whole
wage (the 3rd takes what the first two left; later ones add nothing). Amounts and the
forfeiting complaint are settings. Every fine is income of the fund; rewards are paid
by the shop (or from the fund, when the owner says so).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr


class Category(StrEnum):
    COMPLAINT = "complaint"  # 投诉罚款
    DISCIPLINE = "discipline"  # 违纪罚款 (lateness, phone at work …)
    OTHER_FINE = "other_fine"
    SALES_CHAMPION = "champion"  # 销售冠军奖
    SALES_PROGRESS = "progress"  # 销售进步奖
    TEAM = "team"  # 团队奖
    APPRAISAL = "appraisal"  # 考核奖惩 (from the appraisal)
    OTHER_REWARD = "other_reward"


FINE_CATEGORIES = (Category.COMPLAINT, Category.DISCIPLINE, Category.APPRAISAL, Category.OTHER_FINE)
REWARD_CATEGORIES = (Category.SALES_CHAMPION, Category.SALES_PROGRESS, Category.TEAM, Category.APPRAISAL,
                     Category.OTHER_REWARD)


def category_label(category: str) -> str:
    return {
        Category.COMPLAINT: tr("Fund", "Complaint fine"), Category.DISCIPLINE: tr("Fund", "Discipline fine"),
        Category.OTHER_FINE: tr("Fund", "Other fine"), Category.SALES_CHAMPION: tr("Fund", "Sales champion award"),
        Category.SALES_PROGRESS: tr("Fund", "Sales progress award"), Category.TEAM: tr("Fund", "Team award"),
        Category.APPRAISAL: tr("Fund", "Appraisal result"), Category.OTHER_REWARD: tr("Fund", "Other reward"),
    }.get(category, category)


class Kind(StrEnum):
    FINE = "fine"
    REWARD = "reward"


def kind_label(kind: str) -> str:
    return tr("Fund", "Fine") if kind == Kind.FINE else tr("Fund", "Reward")


class FundCategory(StrEnum):
    FINES = "fines"  # income: fines
    OTHER_INCOME = "other_income"  # income: the shop's contribution, a donation
    ACTIVITY = "activity"  # spending: team activity 团建
    TRAINING = "training"  # spending: books, courses
    REWARD = "reward"  # spending: a reward paid from the fund
    OTHER_SPENDING = "other_spending"


INCOME_CATEGORIES = (FundCategory.FINES, FundCategory.OTHER_INCOME)
SPENDING_CATEGORIES = (FundCategory.ACTIVITY, FundCategory.TRAINING, FundCategory.REWARD, FundCategory.OTHER_SPENDING)


def fund_category_label(category: str) -> str:
    return {
        FundCategory.FINES: tr("Fund", "Fines"), FundCategory.OTHER_INCOME: tr("Fund", "Other income"),
        FundCategory.ACTIVITY: tr("Fund", "Team activity"), FundCategory.TRAINING: tr("Fund", "Training and books"),
        FundCategory.REWARD: tr("Fund", "Reward paid from the fund"),
        FundCategory.OTHER_SPENDING: tr("Fund", "Other spending"),
    }.get(category, category)


@dataclass(frozen=True)
class FineRule:
    """The settings of the complaint fine, in cents."""

    first_cents: int = 5000
    second_cents: int = 10000
    forfeit_from: int = 3  # the n-th complaint of a month forfeits the month's whole wage


@dataclass(frozen=True)
class FineStep:
    nth: int  # the how-many-th complaint of the person in that month
    amount_cents: int
    forfeits_wage: bool
    wage_missing: bool  # the wage is not recorded: the forfeit cannot be computed


def next_complaint_fine(nth: int, already_cents: int, wage_cents: int, rule: FineRule = FineRule()) -> FineStep:
    """The fine of the `nth` upheld complaint of a month, when `already_cents` of complaint
    fines were recorded for the person that month."""
    if nth < 1:
        raise ValueError("nth starts at 1")
    if nth >= rule.forfeit_from:
        if wage_cents <= 0:
            return FineStep(nth, 0, True, True)
        return FineStep(nth, max(0, wage_cents - already_cents), True, False)
    if nth == 1:
        return FineStep(nth, rule.first_cents, False, False)
    return FineStep(nth, rule.second_cents * 2 ** (nth - 2), False, False)  # 第二次翻倍, and on


def month_of(moment: dt.date | dt.datetime) -> tuple[int, int]:
    return moment.year, moment.month


def check_amount(amount_cents: int, *, field: str = "amount") -> int:
    if not isinstance(amount_cents, int) or isinstance(amount_cents, bool):
        raise ValidationError(tr("Fund", "Amount: not an amount."), field=field)
    if amount_cents <= 0:
        raise ValidationError(tr("Fund", "Amount: must be more than 0."), field=field)
    if amount_cents > 10_000_000_00:
        raise ValidationError(tr("Fund", "Amount: at most ¥10,000,000."), field=field)
    return amount_cents


def running_balance(entries: list[tuple[str, int]], opening_cents: int = 0) -> list[int]:
    """The balance after each (kind 'income'|'spending', amount) entry, in order."""
    balance, out = opening_cents, []
    for kind, amount in entries:
        balance += amount if kind == "income" else -amount
        out.append(balance)
    return out
