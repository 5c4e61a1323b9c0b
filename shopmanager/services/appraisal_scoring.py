"""Scoring an appraisal: the forms of the four sources, and what each viewer may see.

- self (自评): the employee, for their own appraisal only, from the month's end on;
- supervisor (上级评估): the appraisal's supervisor (or the owner);
- peer (团队互评): each colleague of the team once, never oneself; the appraised person
  sees only the peers' mean and how many scored, never who gave what;
- customer (客户评价): scores from revisits and satisfaction results, entered by the
  supervisor or owner for customer-facing roles; several are averaged.

Nobody but the owner sees profit figures; an employee sees only their own result (a
colleague scoring as a peer sees the lines they score, not the colleague's result).
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from shopmanager.core import timeutil
from shopmanager.core.appraisal import CATALOG, Month, parse_score, self_score_opens, source_label
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.masking import mask_name
from shopmanager.core.permissions import Perm
from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalPeriod, AppraisalScore, Staff
from shopmanager.services import appraisal_indicators as indicators
from shopmanager.services import settings
from shopmanager.services.appraisal_results import (
    AppraisalResult, LineResult, load_results, may_supervise, peer_map,
)
from shopmanager.services.context import Actor, audit, require, write_retrying

MODES = ("view", "self", "supervisor", "peer", "customer")
COMMENT_LIMIT = 1000


@dataclass(frozen=True)
class CustomerScore:
    score_id: int
    line_id: int
    line: str
    score: Decimal
    note: str
    at: dt.datetime


@dataclass
class FormView:
    """One appraisal as the actor may see it, in one mode (view or a source scoring)."""

    result: AppraisalResult
    mode: str
    editable_lines: set[int] = field(default_factory=set)  # the lines the actor scores in this mode
    my_scores: dict[int, Decimal] = field(default_factory=dict)  # what the actor gave already (this mode)
    shows_result: bool = True  # False: a peer scoring sees only the lines they score
    peer_names: list[tuple[str, bool]] = field(default_factory=list)  # (name, done): supervisor and owner only
    peers_total: int = 0
    peers_done: int = 0
    customer_scores: list[CustomerScore] = field(default_factory=list)
    comment_field: str = ""  # employee_comment | supervisor_comment: what this mode may write
    locked: bool = False
    why_locked: str = ""
    supervisor_name: str = ""

    @property
    def can_edit(self) -> bool:
        return bool(self.editable_lines) and not self.locked


def locked_message(name: str, month: str) -> str:
    return tr("Appraisal", "The appraisal of {name} for {month} is signed off and locked. Only the owner can reopen "
                           "it, with a reason.").format(name=name, month=month)


def _appraisal(appraisal_id: int) -> Appraisal:
    row = (Appraisal.select(Appraisal, AppraisalPeriod, Staff).join(AppraisalPeriod)
           .switch(Appraisal).join(Staff, on=(Appraisal.staff == Staff.id)).where(Appraisal.id == appraisal_id).first())
    if row is None:
        raise NotFound(tr("Appraisal", "That appraisal no longer exists."))
    return row


def _result(row: Appraisal) -> AppraisalResult:
    return load_results(row.period, staff_ids=[row.staff_id])[0]


def can_view(actor: Actor, row: Appraisal) -> bool:
    if actor.staff_id is not None and actor.staff_id == row.staff_id:
        return actor.can(Perm.APPRAISAL_OWN) or actor.can(Perm.APPRAISAL_TEAM)
    if actor.can(Perm.APPRAISAL_MANAGE):
        return True
    return actor.can(Perm.APPRAISAL_TEAM) and may_supervise(actor.role, actor.staff_id, row)


def _peers(row: Appraisal) -> list[int]:
    everyone = list(Appraisal.select().where(Appraisal.period == row.period_id))
    return peer_map(everyone)[row.id]


def _check_mode(actor: Actor, row: Appraisal, mode: str) -> None:
    """Refuse a source the actor may not score as (names why)."""
    name = row.staff.name
    if mode not in MODES:
        raise ValidationError(tr("Appraisal", "Unknown way of scoring '{mode}'.").format(mode=mode), field="source")
    if mode == "view":
        own = actor.staff_id == row.staff_id
        try:
            require(actor, Perm.APPRAISAL_OWN if own else Perm.APPRAISAL_TEAM, entity="appraisal", entity_id=row.id)
        except PermissionDenied:
            if own or not actor.can(Perm.APPRAISAL_OWN):
                raise
            raise PermissionDenied(tr("Appraisal", "You may see only your own appraisal result.")) from None
        if not can_view(actor, row):
            raise PermissionDenied(tr("Appraisal", "You may see only your own appraisal result."))
        return
    if mode == "self":
        require(actor, Perm.APPRAISAL_OWN, entity="appraisal", entity_id=row.id)
        if actor.staff_id != row.staff_id:
            raise PermissionDenied(tr("Appraisal", "A self-assessment is for oneself only: {name} scores their own "
                                                   "appraisal.").format(name=name))
    elif mode == "peer":
        require(actor, Perm.APPRAISAL_OWN, entity="appraisal", entity_id=row.id)
        if actor.staff_id == row.staff_id:
            raise ValidationError(tr("Appraisal", "You cannot score yourself as a peer; fill in your "
                                                  "self-assessment instead."), field="source")
        if actor.staff_id not in _peers(row):
            raise PermissionDenied(tr("Appraisal", "Only colleagues of {name}'s team score {name} as peers.").format(
                name=name))
    elif mode == "supervisor":
        require(actor, Perm.APPRAISAL_TEAM, entity="appraisal", entity_id=row.id)
        if actor.staff_id == row.staff_id:
            raise ValidationError(tr("Appraisal", "You cannot give yourself the supervisor's score."), field="source")
        if not may_supervise(actor.role, actor.staff_id, row):
            raise PermissionDenied(tr("Appraisal", "You are not {name}'s supervisor.").format(name=name))
    elif mode == "customer":
        require(actor, Perm.APPRAISAL_TEAM, entity="appraisal", entity_id=row.id)
        if actor.staff_id == row.staff_id:
            raise ValidationError(tr("Appraisal", "You cannot enter customer scores for your own appraisal."),
                                  field="source")


def may_score_as(actor: Actor, appraisal_id: int, mode: str) -> bool:
    """Whether the actor may open this appraisal in `mode` (the UI picks the form to open;
    refusals are not logged here, the form itself checks again)."""
    row = _appraisal(appraisal_id)
    if mode == "supervisor":
        return actor.can(Perm.APPRAISAL_TEAM) and actor.staff_id != row.staff_id and may_supervise(
            actor.role, actor.staff_id, row)
    if mode == "self":
        return actor.can(Perm.APPRAISAL_OWN) and actor.staff_id == row.staff_id
    if mode == "peer":
        return actor.can(Perm.APPRAISAL_OWN) and actor.staff_id != row.staff_id and actor.staff_id in _peers(row)
    return can_view(actor, row)


def _self_opens(row: Appraisal) -> dt.date:
    return self_score_opens(Month.parse(row.period.month), int(settings.get("appraisal.self_from_day")))


def _mask_lines(lines: list[LineResult], actor: Actor) -> None:
    if actor.can(Perm.COST_VIEW):
        return
    for line in lines:
        definition = CATALOG.get(line.indicator)
        if definition is not None and definition.owner_only:
            line.actual, line.target, line.actual_text, line.hidden = None, None, "", True


def form(actor: Actor, appraisal_id: int, mode: str = "view") -> FormView:
    """The appraisal as `actor` may see it; in a scoring mode, with the lines they score."""
    row = _appraisal(appraisal_id)
    _check_mode(actor, row, mode)
    result = copy.deepcopy(_result(row))
    _mask_lines(result.lines, actor)
    view = FormView(result, mode)
    view.locked = result.signed or row.period.status == "signed"
    if view.locked:
        view.why_locked = locked_message(result.staff_name, str(result.month))
    if result.supervisor_id:
        boss = Staff.get_or_none(Staff.id == result.supervisor_id)
        view.supervisor_name = boss.name if boss else ""
    state = result.scoring
    view.peers_total, view.peers_done = len(state.peer_ids), len(state.peers_done)
    own = actor.staff_id == row.staff_id
    team_viewer = not own and (actor.can(Perm.APPRAISAL_MANAGE) or (
        actor.can(Perm.APPRAISAL_TEAM) and may_supervise(actor.role, actor.staff_id, row)))
    if team_viewer:
        names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(Staff.id.in_(state.peer_ids or [0]))}
        view.peer_names = [(names.get(p, "?"), p in set(state.peers_done)) for p in state.peer_ids]
        view.customer_scores = _customer_scores(row.id)
    # Nobody sees who the peers are on their own appraisal.
    state.peer_ids = []
    state.peers_done = []
    if mode == "peer":
        view.shows_result = False
        _peer_only(result)
    if mode != "view":
        view.editable_lines = {line.line_id for line in result.lines if line.direct and mode in line.sources}
        scorer = actor.staff_id if mode in ("self", "peer") else None
        query = AppraisalScore.select(AppraisalScore.line, AppraisalScore.score).where(
            AppraisalScore.appraisal == row.id, AppraisalScore.source == mode)
        if mode in ("self", "peer"):
            query = query.where(AppraisalScore.scorer == scorer)
        if mode != "customer":
            view.my_scores = {s.line_id: Decimal(s.score) for s in query}
        view.comment_field = {"self": "employee_comment", "supervisor": "supervisor_comment"}.get(mode, "")
        if mode == "self" and not view.locked and timeutil.today() < _self_opens(row):
            view.locked = True
            view.why_locked = tr("Appraisal", "The self-assessment of {month} opens on {day} (at the month's "
                                              "end).").format(month=result.month, day=_self_opens(row).isoformat())
    return view


def _peer_only(result: AppraisalResult) -> None:
    """What a colleague scoring as a peer may see: the lines they score, nothing of the result."""
    result.lines = [line for line in result.lines if line.direct and "peer" in line.sources]
    for line in result.lines:
        line.score, line.source_scores, line.actual, line.actual_text = None, {}, None, ""
    result.total, result.grade = Decimal(0), None
    result.source_scores = {}
    result.supervisor_comment = result.employee_comment = ""


def _customer_scores(appraisal_id: int) -> list[CustomerScore]:
    rows = (AppraisalScore.select(AppraisalScore, AppraisalLine).join(AppraisalLine)
            .where(AppraisalScore.appraisal == appraisal_id, AppraisalScore.source == "customer")
            .order_by(AppraisalScore.at, AppraisalScore.id))
    return [CustomerScore(s.id, s.line_id, _line_label(s.line), Decimal(s.score), s.note, s.at) for s in rows]


def _line_label(line: AppraisalLine) -> str:
    return line.name or (CATALOG[line.indicator].label() if line.indicator in CATALOG else line.indicator)


def _check_writable(row: Appraisal) -> None:
    if row.status == "signed" or row.period.status == "signed":
        raise Conflict(locked_message(row.staff.name, row.period.month))


def _bump(row: Appraisal, expected_version: int | None) -> None:
    query = Appraisal.update(row_version=Appraisal.row_version + 1, updated_at=timeutil.now()).where(
        Appraisal.id == row.id)
    if expected_version is not None:
        query = query.where(Appraisal.row_version == expected_version)
    if not query.execute():
        raise Conflict(tr("Appraisal", "Someone changed this appraisal meanwhile. Close the form and open it again."))


def save_scores(actor: Actor, appraisal_id: int, mode: str, scores: dict[int, object], *,
                comment: str | None = None, expected_version: int | None = None) -> FormView:
    """Store the actor's scores as `mode` (self, supervisor or peer): line id → 0–100, or
    None/"" to take a score back. Every value is checked first; nothing is stored if one is bad."""
    if mode not in ("self", "supervisor", "peer"):
        raise ValidationError(tr("Appraisal", "Customer scores are added one by one (from a revisit or a "
                                              "satisfaction result)."), field="source")
    row = _appraisal(appraisal_id)
    _check_mode(actor, row, mode)
    _check_writable(row)
    if mode == "self" and timeutil.today() < _self_opens(row):
        raise Conflict(tr("Appraisal", "The self-assessment of {month} opens on {day} (at the month's end).").format(
            month=row.period.month, day=_self_opens(row).isoformat()))
    lines = {line.id: line for line in AppraisalLine.select().where(AppraisalLine.appraisal == row.id)}
    parsed: dict[int, Decimal | None] = {}
    for line_id, value in scores.items():
        line = lines.get(line_id)
        if line is None:
            raise NotFound(tr("Appraisal", "That indicator is not part of this appraisal."))
        label = _line_label(line)
        if line.rule != "direct" or mode not in line.sources.split(","):
            raise ValidationError(tr("Appraisal", "'{line}' is not scored by the {source}.").format(
                line=label, source=source_label(mode).lower()), field=f"line_{line_id}")
        parsed[line_id] = None if value is None or str(value).strip() == "" else parse_score(
            value, what=label, field_name=f"line_{line_id}")
    if comment is not None:
        comment = comment.strip()
        if len(comment) > COMMENT_LIMIT:
            raise ValidationError(tr("Appraisal", "Comment: at most {n} characters.").format(n=COMMENT_LIMIT),
                                  field="comment")
    scorer = actor.staff_id

    def work() -> None:
        current = _appraisal(appraisal_id)
        _check_writable(current)
        _bump(current, expected_version)
        changes: dict[str, list] = {}
        for line_id, value in parsed.items():
            where = [AppraisalScore.line == line_id, AppraisalScore.source == mode]
            if mode != "supervisor":
                where.append(AppraisalScore.scorer == scorer)
            old = AppraisalScore.select(AppraisalScore.score).where(*where).first()
            old_value = Decimal(old.score) if old else None
            if old_value == value:
                continue
            AppraisalScore.delete().where(*where).execute()
            if value is not None:
                AppraisalScore.create(appraisal=row.id, line=line_id, source=mode, scorer=scorer, score=value,
                                      entered_by=actor.user_id, at=timeutil.now())
            changes[_line_label(lines[line_id])] = [str(old_value) if old_value is not None else None,
                                                     str(value) if value is not None else None]
        field_name = {"self": "employee_comment", "supervisor": "supervisor_comment"}.get(mode)
        if comment is not None and field_name and getattr(current, field_name) != comment:
            Appraisal.update({getattr(Appraisal, field_name): comment}).where(Appraisal.id == row.id).execute()
            changes[field_name] = [getattr(current, field_name), comment]
        if changes:
            audit(actor, "score", "appraisal", row.id, changes=changes, summary=tr(
                "Appraisal", "{month} {name}: {source} score").format(month=row.period.month, name=row.staff.name,
                                                                     source=source_label(mode)))

    write_retrying(work)
    return form(actor, appraisal_id, mode)


def add_customer_score(actor: Actor, appraisal_id: int, line_id: int, score: object, note: str = "") -> int:
    """A customer's score from a revisit or satisfaction result (customer-facing roles)."""
    row = _appraisal(appraisal_id)
    _check_mode(actor, row, "customer")
    _check_writable(row)
    line = AppraisalLine.get_or_none(AppraisalLine.id == line_id, AppraisalLine.appraisal == row.id)
    if line is None:
        raise NotFound(tr("Appraisal", "That indicator is not part of this appraisal."))
    if line.rule != "direct" or "customer" not in line.sources.split(","):
        raise ValidationError(tr("Appraisal", "'{line}' is not scored by customers.").format(line=_line_label(line)),
                              field="line")
    value = parse_score(score, what=_line_label(line))
    note = (note or "").strip()
    if not note:
        raise ValidationError(tr("Appraisal", "Note: say where the score comes from (revisit, survey, customer)."),
                              field="note")
    if len(note) > 200:
        raise ValidationError(tr("Appraisal", "Note: at most 200 characters."), field="note")

    def work() -> int:
        current = _appraisal(appraisal_id)
        _check_writable(current)
        _bump(current, None)
        created = AppraisalScore.create(appraisal=row.id, line=line_id, source="customer", scorer=None, score=value,
                                        note=note, entered_by=actor.user_id, at=timeutil.now())
        audit(actor, "score", "appraisal", row.id, new={"customer": str(value), "note": note}, summary=tr(
            "Appraisal", "{month} {name}: customer score").format(month=row.period.month, name=row.staff.name))
        return created.id

    return write_retrying(work)


def remove_customer_score(actor: Actor, score_id: int) -> None:
    score = AppraisalScore.get_or_none(AppraisalScore.id == score_id, AppraisalScore.source == "customer")
    if score is None:
        raise NotFound(tr("Appraisal", "That customer score no longer exists."))
    row = _appraisal(score.appraisal_id)
    _check_mode(actor, row, "customer")
    _check_writable(row)

    def work() -> None:
        current = _appraisal(row.id)
        _check_writable(current)
        _bump(current, None)
        AppraisalScore.delete().where(AppraisalScore.id == score_id).execute()
        audit(actor, "delete", "appraisal", row.id, old={"customer": str(score.score), "note": score.note},
              summary=tr("Appraisal", "{month} {name}: customer score").format(month=row.period.month,
                                                                             name=row.staff.name))

    write_retrying(work)


def figure_detail(actor: Actor, appraisal_id: int, line_id: int) -> indicators.DetailTable:
    """What a computed figure counts: the orders, cases or days behind it."""
    row = _appraisal(appraisal_id)
    _check_mode(actor, row, "view")
    line = AppraisalLine.get_or_none(AppraisalLine.id == line_id, AppraisalLine.appraisal == row.id)
    if line is None:
        raise NotFound(tr("Appraisal", "That indicator is not part of this appraisal."))
    definition = CATALOG.get(line.indicator)
    if definition is not None and definition.owner_only and not actor.can(Perm.COST_VIEW):
        raise PermissionDenied(tr("Appraisal", "Only the owner sees profit figures."))
    show_money = actor.can(Perm.COST_VIEW) or actor.staff_id == row.staff_id
    table = indicators.detail(line.indicator, Month.parse(row.period.month), row.staff_id, show_money=show_money)
    if table.personal and not actor.can(Perm.CUSTOMERS_PII):
        table.rows = [tuple(mask_name(value) if i in table.personal else value for i, value in enumerate(r))
                      for r in table.rows]
    return table


@dataclass(frozen=True)
class Colleague:
    appraisal_id: int
    staff_id: int
    name: str
    role: str
    done: bool


def colleagues_to_score(actor: Actor, month: Month | str) -> list[Colleague]:
    """The colleagues the actor scores as a peer in the month, and whether they did."""
    require(actor, Perm.APPRAISAL_OWN, entity="appraisal")
    month = Month.parse(str(month))
    period = AppraisalPeriod.get_or_none(AppraisalPeriod.month == str(month))
    if period is None or actor.staff_id is None:
        return []
    everyone = list(Appraisal.select(Appraisal, Staff).join(Staff, on=(Appraisal.staff == Staff.id))
                    .where(Appraisal.period == period))
    peers = peer_map(everyone)
    mine = [row for row in everyone if actor.staff_id in peers[row.id]]
    result = []
    for row in sorted(mine, key=lambda r: r.staff.name):
        lines = {line.id for line in AppraisalLine.select(AppraisalLine.id, AppraisalLine.sources).where(
            AppraisalLine.appraisal == row.id, AppraisalLine.rule == "direct") if "peer" in line.sources.split(",")}
        if not lines:
            continue
        scored = {s.line_id for s in AppraisalScore.select(AppraisalScore.line).where(
            AppraisalScore.appraisal == row.id, AppraisalScore.source == "peer", AppraisalScore.scorer == actor.staff_id)}
        result.append(Colleague(row.id, row.staff_id, row.staff.name, row.role, lines <= scored))
    return result
