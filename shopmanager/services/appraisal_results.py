"""The appraisal's arithmetic over the database: the month's appraisals with their lines,
figures and scores → results (score per line, per source, total, grade, who still scores).

No permission checks here: services/appraisal.py and appraisal_reports.py check and mask
(profit for the owner only, peers anonymous to the appraised) before anything is shown.

Who appraises whom:
- peers: the colleagues of the same team in the same month — supervisors with supervisors,
  everyone else with everyone else — never oneself;
- supervisor: the appraisal's supervisor when one is set (AppraisalMember), otherwise any
  supervisor for the staff and the owner for supervisors. The owner may always score as
  supervisor.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from shopmanager.core.appraisal import (
    CATALOG, SOURCES, actual_text, format_number, source_label, target_text, GradeThresholds, Month, combine_sources, grade_of, round_score, rule_score, weighted_score,
    weighted_total,
)
import peewee

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Role
from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalPeriod, AppraisalScore, Staff, User
from shopmanager.services import appraisal_indicators as indicators
from shopmanager.services import settings


@dataclass
class LineResult:
    line_id: int
    position: int
    group: str
    indicator: str
    name: str
    weight: int
    target: Decimal | None
    rule: str
    bands: str
    sources: tuple[str, ...]
    actual: Decimal | None = None
    actual_text: str = ""
    score: Decimal | None = None
    counted: bool = True  # as stored with a signed line (schema 10); a line not counted is out of the total
    source_scores: dict[str, Decimal | None] = field(default_factory=dict)  # direct lines: mean per source
    hidden: bool = False  # the viewer may not see its figure and target (profit)

    @property
    def direct(self) -> bool:
        return self.rule == "direct"

    @property
    def definition(self):
        return CATALOG.get(self.indicator)

    def label(self) -> str:
        return self.name or (self.definition.label() if self.definition else self.indicator)

    def texts(self) -> tuple[str, str]:
        """(target, actual) as the form shows them: the target, bands or who scores it; the figure, or
        each source's mean; '(owner only)' for a figure the viewer may not see; why a figure is missing."""
        if self.hidden:
            hidden = tr("Appraisal", "(owner only)")
            return hidden, hidden
        if self.direct:
            actual = " / ".join(f"{source_label(s)} {format_number(v)}" for s, v in self.source_scores.items()
                                if v is not None)
            return target_text(self.indicator, self.rule, self.target, self.bands, self.sources), actual or "—"
        target = target_text(self.indicator, self.rule, self.target, self.bands)
        if not self.counted and self.actual_text:
            return target, self.actual_text
        return target, actual_text(self.indicator, self.actual, self.target)

    @property
    def weighted(self) -> Decimal | None:
        if self.score is None or not self.counted:
            return None
        return weighted_score(self.weight, self.score)


@dataclass
class ScoringState:
    """Who still has to score one appraisal."""

    self_needed: bool = False
    self_done: bool = False
    supervisor_needed: bool = False
    supervisor_done: bool = False
    peer_ids: list[int] = field(default_factory=list)  # the colleagues who score as peers
    peers_done: list[int] = field(default_factory=list)
    customer_needed: bool = False
    customer_done: bool = False  # every customer line has at least one customer score
    customer_count: int = 0
    unscored_lines: list[str] = field(default_factory=list)  # direct lines nobody scored yet

    @property
    def peers_waiting(self) -> list[int]:
        return [p for p in self.peer_ids if p not in set(self.peers_done)]

    def waiting(self) -> list[str]:
        """The sources still to score, in the order the form is filled in."""
        missing = []
        if self.self_needed and not self.self_done:
            missing.append("self")
        if self.supervisor_needed and not self.supervisor_done:
            missing.append("supervisor")
        if self.peers_waiting:
            missing.append("peer")
        if self.customer_needed and not self.customer_done:
            missing.append("customer")
        return missing

    @property
    def signable(self) -> bool:
        return not self.unscored_lines


@dataclass
class AppraisalResult:
    appraisal_id: int
    month: Month
    staff_id: int
    staff_name: str
    staff_status: str
    role: str
    team: str
    supervisor_id: int | None
    status: str  # open | signed
    source_weights: dict[str, int]
    lines: list[LineResult]
    scoring: ScoringState
    total: Decimal
    grade: str | None
    source_scores: dict[str, Decimal | None]
    supervisor_comment: str = ""
    employee_comment: str = ""
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    fund_entry: str = ""
    row_version: int = 1

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    @property
    def state(self) -> str:
        """signed | self | supervisor | peer | customer | ready."""
        if self.signed:
            return "signed"
        waiting = self.scoring.waiting()
        return waiting[0] if waiting else "ready"


def thresholds() -> GradeThresholds:
    values = settings.get_all()
    return GradeThresholds(Decimal(values["appraisal.grade_excellent"]), Decimal(values["appraisal.grade_good"]),
                           Decimal(values["appraisal.grade_average"]))


def as_month(month: Month | str) -> Month:
    """A month as people type it — 2026-10, 2026年10月, 10月, 上月 (core/periods.parse_month, as
    every other report and export takes it); a clear message naming the field otherwise."""
    if isinstance(month, Month):
        return month
    from shopmanager.core import timeutil
    from shopmanager.core.periods import parse_month

    period = parse_month(str(month), timeutil.today())
    return Month(period.year, period.month)


def period_of(month: Month) -> AppraisalPeriod | None:
    return AppraisalPeriod.get_or_none(AppraisalPeriod.month == str(month))


# -- who appraises whom ----------------------------------------------------------------------------------

def _level(role: str) -> str:
    return "supervisor" if role == Role.SUPERVISOR else "staff"


def peer_map(rows: Iterable[Appraisal]) -> dict[int, list[int]]:
    """appraisal id → staff ids of its peers (same team, same level, not oneself)."""
    rows = list(rows)
    groups: dict[tuple[str, str], list[Appraisal]] = defaultdict(list)
    for row in rows:
        groups[(row.team, _level(row.role))].append(row)
    result = {}
    for row in rows:
        result[row.id] = [other.staff_id for other in groups[(row.team, _level(row.role))]
                          if other.staff_id != row.staff_id and other.staff_id != row.supervisor_id]
    return result


def may_supervise(actor_role: str, actor_staff_id: int | None, appraisal: Appraisal) -> bool:
    """May this person give the supervisor's scores of this appraisal?"""
    if actor_role == Role.OWNER:
        return actor_staff_id != appraisal.staff_id
    if actor_role != Role.SUPERVISOR or actor_staff_id is None or actor_staff_id == appraisal.staff_id:
        return False
    if appraisal.supervisor_id is not None:
        return appraisal.supervisor_id == actor_staff_id
    return appraisal.role != Role.SUPERVISOR


def responsible_supervisor(actor_role: str, actor_staff_id: int | None, appraisal: Appraisal,
                           shop_has_supervisor: bool) -> bool:
    """Is it this person's job (for reminders and the to-do count) to score as supervisor?"""
    if appraisal.supervisor_id is not None:
        return appraisal.supervisor_id == actor_staff_id
    if actor_role == Role.OWNER:
        return appraisal.role == Role.SUPERVISOR or not shop_has_supervisor
    return may_supervise(actor_role, actor_staff_id, appraisal)


def shop_has_supervisor() -> bool:
    return Staff.select().where(Staff.role == Role.SUPERVISOR, Staff.status == "active").exists()


# -- loading and computing -----------------------------------------------------------------------------------

def _lines_by_appraisal(appraisal_ids: list[int]) -> dict[int, list[AppraisalLine]]:
    result: dict[int, list[AppraisalLine]] = defaultdict(list)
    for chunk in _chunks(appraisal_ids):
        for line in AppraisalLine.select().where(AppraisalLine.appraisal.in_(chunk)).order_by(
                AppraisalLine.appraisal, AppraisalLine.position):
            result[line.appraisal_id].append(line)
    return result


def _scores_by_line(appraisal_ids: list[int]) -> dict[int, list[AppraisalScore]]:
    result: dict[int, list[AppraisalScore]] = defaultdict(list)
    for chunk in _chunks(appraisal_ids):
        for score in AppraisalScore.select(AppraisalScore.line, AppraisalScore.source, AppraisalScore.scorer,
                                           AppraisalScore.score).where(AppraisalScore.appraisal.in_(chunk)):
            result[score.line_id].append(score)
    return result


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _mean(values: list[Decimal]) -> Decimal | None:
    return round_score(sum(values, Decimal(0)) / len(values)) if values else None


def load_results(period: AppraisalPeriod, *, staff_ids: Iterable[int] | None = None,
                 with_figures: bool = True) -> list[AppraisalResult]:
    """The results of the period's appraisals (of `staff_ids` only, when given), in name order.
    Open appraisals read their figures live; signed ones keep what was frozen at sign-off.
    with_figures=False skips the figures (who-still-scores only: the navigation count)."""
    month = Month.parse(period.month)
    everyone = list(Appraisal.select(Appraisal, Staff.name, Staff.status).join(
        Staff, on=(Appraisal.staff == Staff.id), attr="person").where(Appraisal.period == period)
        .order_by(Staff.name, Appraisal.id))
    peers = peer_map(everyone)
    wanted = set(staff_ids) if staff_ids is not None else None
    rows = [row for row in everyone if wanted is None or row.staff_id in wanted]
    ids = [row.id for row in rows]
    lines = _lines_by_appraisal(ids)
    scores = _scores_by_line(ids)
    figures: dict[tuple[int, str], indicators.Figure] = {}
    if with_figures:
        needs: dict[str, set[int]] = defaultdict(set)
        for row in rows:
            if row.status != "signed":
                for line in lines[row.id]:
                    if line.rule != "direct":
                        needs[line.indicator].add(row.staff_id)
        figures = indicators.compute_figures(month, needs)
    grades = thresholds()
    signer_names = {u.id: (u.staff.name if u.staff_id else u.username)
                    for u in User.select(User, Staff).join(Staff, peewee.JOIN.LEFT_OUTER)} if any(
        row.signed_by_id for row in rows) else {}
    results = []
    for row in rows:
        weights = {"self": row.self_weight, "supervisor": row.supervisor_weight, "peer": row.peer_weight,
                   "customer": row.customer_weight}
        state = ScoringState(peer_ids=list(peers[row.id]))
        peer_lines: set[int] = set()
        peer_scored: dict[int, set[int]] = defaultdict(set)
        needed: set[str] = set()
        missing: set[str] = set()
        line_results = []
        for line in lines[row.id]:
            result = LineResult(line.id, line.position, line.indicator_group, line.indicator, line.name, line.weight,
                                line.target, line.rule, line.bands, tuple(s for s in line.sources.split(",") if s))
            by_source: dict[str, list[Decimal]] = defaultdict(list)
            for score in scores[line.id]:
                by_source[score.source].append(Decimal(score.score))
                if score.source == "peer" and score.scorer_id is not None:
                    peer_scored[score.scorer_id].add(line.id)
                if score.source == "customer":
                    state.customer_count += 1
            if result.direct:
                result.source_scores = {s: _mean(by_source.get(s, [])) for s in result.sources}
                for source in result.sources:
                    needed.add(source)
                    if not by_source.get(source):
                        missing.add(source)
                    if source == "peer":
                        peer_lines.add(line.id)
            if row.status == "signed":
                result.actual, result.score, result.counted = line.actual, line.score, line.counted
                result.actual_text = ""
            elif result.direct:
                result.score = combine_sources(result.source_scores, weights, result.sources)
            else:
                figure = figures.get((row.staff_id, line.indicator))
                if figure is not None:
                    result.actual, result.actual_text = figure.value, figure.text
                    result.score = rule_score(line.indicator, line.rule, line.target, line.bands, figure.value,
                                              none_score=figure.none_score)
            if result.direct and result.score is None and row.status != "signed":
                state.unscored_lines.append(result.label())
            line_results.append(result)
        state.self_needed, state.self_done = "self" in needed, "self" in needed and "self" not in missing
        state.supervisor_needed = "supervisor" in needed
        state.supervisor_done = state.supervisor_needed and "supervisor" not in missing
        state.customer_needed = "customer" in needed
        state.customer_done = state.customer_needed and "customer" not in missing
        state.peers_done = [p for p in state.peer_ids if peer_lines and peer_lines <= peer_scored.get(p, set())]
        if not peer_lines:
            state.peer_ids = []
        source_scores = _source_scores(line_results)
        if row.status == "signed" and row.total is not None:
            total, grade = Decimal(row.total), row.grade or grade_of(row.total, grades)
        else:
            total = weighted_total((r.weight, r.score, r.counted) for r in line_results)
            grade = grade_of(total, grades)
        results.append(AppraisalResult(
            row.id, month, row.staff_id, row.person.name, row.person.status, row.role, row.team, row.supervisor_id,
            row.status, weights, line_results, state, total, grade, source_scores, row.supervisor_comment,
            row.employee_comment, row.signed_at, signer_names.get(row.signed_by_id, ""), row.fund_entry,
            row.row_version))
    return results


def _source_scores(lines: list[LineResult]) -> dict[str, Decimal | None]:
    """Each source's score on the form: its scores weighted by the lines' weights."""
    result: dict[str, Decimal | None] = {}
    for source in SOURCES:
        total = Decimal(0)
        weight = 0
        for line in lines:
            value = line.source_scores.get(source) if line.direct else None
            if value is not None:
                total += value * line.weight
                weight += line.weight
        result[source] = round_score(total / weight) if weight else None
    return result


def rank(results: list[AppraisalResult]) -> dict[int, int]:
    """appraisal id → rank by total (1 = best; equal totals share a rank: 1, 2, 2, 4)."""
    ordered = sorted(results, key=lambda r: (-r.total, r.staff_name))
    ranks: dict[int, int] = {}
    previous: Decimal | None = None
    position = 0
    for index, result in enumerate(ordered, start=1):
        if result.total != previous:
            position, previous = index, result.total
        ranks[result.appraisal_id] = position
    return ranks
