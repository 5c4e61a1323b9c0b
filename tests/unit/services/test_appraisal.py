"""The appraisal round on SQLite and PostgreSQL: opening a month from the templates (a snapshot),
indicators against the hand-computed figures of appraisal_data.py, the four sources of scores,
peers anonymous, an employee sees only their own result, profit for the owner only, sign-off
locks, reopening by the owner with a reason, and bad input changing nothing."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopmanager.core.appraisal import Template, TemplateItem, default_template
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import (
    Appraisal, AppraisalLine, AppraisalPeriod, AppraisalScore, AuditLog, SalesOrder, Staff,
)
from shopmanager.services import appraisal, appraisal_scoring, appraisal_templates
from shopmanager.services.appraisal_results import load_results
from tests.unit.services import appraisal_data

D = Decimal


@pytest.fixture
def small(shop, demo_hash):
    data = appraisal_data.build(shop, demo_hash)
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()  # everyone worked in October
    return data


def _owner(small):
    return small.actors[Role.OWNER]


def _supervisor(small):
    return small.actors[Role.SUPERVISOR]


def _appraisal_of(staff_id: int, month: str = "2026-10") -> Appraisal:
    return Appraisal.select().join(AppraisalPeriod).where(Appraisal.staff == staff_id,
                                                          AppraisalPeriod.month == month).get()


def _result(staff_id: int, month: str = "2026-10"):
    row = _appraisal_of(staff_id, month)
    return load_results(row.period, staff_ids=[staff_id])[0]


def _line(result, indicator: str):
    return next(line for line in result.lines if line.indicator == indicator)


def _simple_sales_template(owner) -> None:
    """安娜's template for exact arithmetic: sales amount 60 % (linear to ¥1,000), teamwork 40 % (peers)."""
    appraisal_templates.save_template(owner, Template(Role.SALES, [
        TemplateItem("sales.amount", 60, target=D(1000)),
        TemplateItem("direct.teamwork", 40, sources=("peer",)),
    ], {"self": 10, "supervisor": 60, "peer": 30, "customer": 0}))


def test_opening_a_month_copies_the_templates(small):
    owner = _owner(small)
    opened = appraisal.open_month(owner, "2026-10")
    appraised = {r.role for r in Staff.select().where(Staff.role != Role.OWNER)}
    assert opened.created == opened.total == Staff.select().where(Staff.role != Role.OWNER).count()
    assert {a.role for a in Appraisal.select()} == appraised
    lines = AppraisalLine.select().where(AppraisalLine.appraisal == _appraisal_of(small.wang_id)).count()
    assert lines == len(default_template(Role.CUSTOMER_SERVICE).items)
    assert appraisal.open_month(owner, "2026-10").created == 0  # opening again adds nobody twice
    # A template edited afterwards does not change the month already opened (its snapshot).
    _simple_sales_template(owner)
    assert len(_result(small.anna_id).lines) == len(default_template(Role.SALES).items)
    assert AuditLog.select().where(AuditLog.entity == "appraisal", AuditLog.action == "open").count() == 1


def test_opening_is_for_the_owner_and_not_for_a_future_month(small):
    with pytest.raises(PermissionDenied):
        appraisal.open_month(_supervisor(small), "2026-10")
    with pytest.raises(ValidationError) as error:
        appraisal.open_month(_owner(small), "2026-12")
    assert "not begun" in str(error.value)
    with pytest.raises(ValidationError):
        appraisal.open_month(_owner(small), "2026/13")
    assert AppraisalPeriod.select().count() == 0


def test_sales_indicators_of_the_month_against_the_hand_computed_figures(small):
    appraisal.open_month(_owner(small), "2026-10")
    anna = _result(small.anna_id)
    completion = _line(anna, "sales.target_completion")  # ¥650 of a ¥50,000 target
    assert (completion.actual, completion.score) == (D("650.00"), D("1.30"))
    aov = _line(anna, "sales.aov")  # ¥162.50 against ¥200
    assert (aov.actual, aov.score) == (D("162.50"), D("81.25"))
    profit = _line(anna, "sales.profit")  # ¥370 against ¥15,000
    assert (profit.actual, profit.score) == (D("370.00"), D("2.47"))
    growth = _line(anna, "sales.growth")  # 550 % against a target of 10 %
    assert (growth.actual, growth.score) == (D("550.0"), D(100))
    new = _line(anna, "customers.new")  # 2 of 30
    assert (new.actual, new.score) == (D(2), D("6.67"))
    wang = _result(small.wang_id)
    assert (_line(wang, "sales.amount").actual, _line(wang, "sales.amount").score) == (D("80.00"), D("0.27"))
    assert (_line(wang, "sales.orders").actual, _line(wang, "sales.orders").score) == (D(1), D("0.67"))
    operations = Staff.get(Staff.role == Role.OPERATIONS).id
    shop = _result(operations)
    assert _line(shop, "shop.target_completion").actual == D("750.00")
    assert _line(shop, "shop.growth").actual == D("650.0")  # ¥750 against ¥100
    shipping = _result(Staff.get(Staff.role == Role.SHIPPING).id)
    assert _line(shipping, "shipping.parcels").actual == D(0)
    assert _line(_result(small.wang_id), "sales.orders").actual == D(1)


def test_growth_without_sales_last_month_and_parcels(small):
    owner = _owner(small)
    appraisal_templates.save_template(owner, Template(Role.CUSTOMER_SERVICE, [
        TemplateItem("sales.growth", 50, target=D(10)), TemplateItem("shipping.parcels", 50, target=D(4)),
    ], {"self": 10, "supervisor": 60, "peer": 30, "customer": 0}))
    appraisal.open_month(owner, "2026-10")
    wang = _result(small.wang_id)
    growth = _line(wang, "sales.growth")
    assert growth.actual is None and growth.score == D(100)  # nothing in September, ¥80 in October
    assert "no sales last month" in growth.actual_text
    parcels = _line(wang, "shipping.parcels")
    assert (parcels.actual, parcels.score) == (D(2), D(50))
    assert wang.total == D(75)


def test_every_computed_line_counts_in_the_total(small):
    appraisal.open_month(_owner(small), "2026-10")
    wang = _result(small.wang_id)
    computed = [line for line in wang.lines if not line.direct]
    assert computed and all(line.counted and line.score is not None for line in computed)


def test_four_sources_total_and_grade(small):
    owner = _owner(small)
    _simple_sales_template(owner)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.anna_id)
    teamwork = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "direct.teamwork")
    # 王明 and the customer-service clerk score 安娜 as peers: 90 and 80 → 85.
    clerk = small.actors[Role.CUSTOMER_SERVICE]
    appraisal_scoring.save_scores(small.wang, row.id, "peer", {teamwork.id: "90"})
    appraisal_scoring.save_scores(clerk, row.id, "peer", {teamwork.id: 80})
    result = _result(small.anna_id)
    assert _line(result, "direct.teamwork").score == D(85)
    # ¥650 of ¥1,000 → 65 × 60 % = 39.00; 85 × 40 % = 34.00 → 73.00, 一般.
    assert (result.total, result.grade) == (D("73.00"), "average")
    assert result.source_scores["peer"] == D(85)
    assert result.scoring.peer_ids and small.wang_id in result.scoring.peers_done
    waiting = set(result.scoring.peers_waiting)
    assert small.wang_id not in waiting and small.anna_id not in waiting
    # A peer changes their score: still one score of theirs.
    appraisal_scoring.save_scores(small.wang, row.id, "peer", {teamwork.id: "100"})
    assert AppraisalScore.select().where(AppraisalScore.line == teamwork, AppraisalScore.scorer == small.wang_id).count() == 1
    assert _result(small.anna_id).total == D("75.00")


def test_scoring_oneself_as_a_peer_is_refused(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.anna_id)
    line = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "direct.teamwork")
    before = AppraisalScore.select().count()
    with pytest.raises(ValidationError) as error:
        appraisal_scoring.save_scores(small.anna, row.id, "peer", {line.id: 90})
    assert "cannot score yourself as a peer" in str(error.value)
    with pytest.raises(PermissionDenied):  # the supervisor is not in the staff's peer group
        appraisal_scoring.save_scores(_supervisor(small), row.id, "peer", {line.id: 90})
    with pytest.raises(PermissionDenied):  # a self-assessment of somebody else
        appraisal_scoring.save_scores(small.wang, row.id, "self", {line.id: 90})
    assert AppraisalScore.select().count() == before


@pytest.mark.parametrize("value", ["101", "-1", "abc", "100.5"])
def test_a_score_outside_0_to_100_is_refused_and_nothing_changes(small, value):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.wang_id)
    lines = list(AppraisalLine.select().where(AppraisalLine.appraisal == row, AppraisalLine.rule == "direct"))
    boss = [line for line in lines if "supervisor" in line.sources]
    audit_before = AuditLog.select().count()
    with pytest.raises(ValidationError) as error:
        appraisal_scoring.save_scores(_supervisor(small), row.id, "supervisor",
                                      {boss[0].id: "90", boss[1].id: value}, comment="好")
    assert "Sense of responsibility" in str(error.value) or "Initiative" in str(error.value)
    assert AppraisalScore.select().count() == 0
    assert Appraisal.get_by_id(row.id).supervisor_comment == ""
    assert AuditLog.select().count() == audit_before


def test_self_assessment_opens_at_the_months_end(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-11")  # today is 2026-11-03
    row = _appraisal_of(small.wang_id, "2026-11")
    line = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "direct.initiative")
    with pytest.raises(Conflict) as error:
        appraisal_scoring.save_scores(small.wang, row.id, "self", {line.id: 90})
    assert "opens on 2026-11-25" in str(error.value)
    view = appraisal_scoring.form(small.wang, row.id, "self")
    assert view.locked and not view.can_edit
    appraisal_data.set_today(dt.datetime(2026, 11, 25, 9))
    appraisal_scoring.save_scores(small.wang, row.id, "self", {line.id: 90}, comment="本月接待顾客 600 人")
    assert Appraisal.get_by_id(row.id).employee_comment == "本月接待顾客 600 人"


def test_peers_are_anonymous_to_the_person_appraised(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.anna_id)
    line = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "direct.teamwork")
    appraisal_scoring.save_scores(small.wang, row.id, "peer", {line.id: 70})
    own = appraisal_scoring.form(small.anna, row.id)
    assert own.peer_names == [] and own.result.scoring.peer_ids == [] and own.result.scoring.peers_done == []
    assert own.peers_done == 1 and own.peers_total == 7
    assert _line(own.result, "direct.teamwork").source_scores["peer"] == D(70)
    assert own.customer_scores == []
    text = repr(own)
    assert "王明" not in text and str(small.wang_id) not in [str(p) for p in own.result.scoring.peer_ids]
    # The supervisor sees who has scored (to remind them), never the single scores.
    supervised = appraisal_scoring.form(_supervisor(small), row.id)
    assert ("王明", True) in supervised.peer_names and len(supervised.peer_names) == 7
    # A colleague scoring as a peer sees the lines they score, nothing of the result.
    peer_view = appraisal_scoring.form(small.wang, row.id, "peer")
    assert not peer_view.shows_result and peer_view.result.total == 0 and peer_view.result.grade is None
    assert [line.indicator for line in peer_view.result.lines] == ["direct.teamwork"]
    assert peer_view.my_scores == {line.id: D(70)}


def test_an_employee_sees_only_their_own_result(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    anna_row = _appraisal_of(small.anna_id)
    with pytest.raises(PermissionDenied):
        appraisal_scoring.form(small.wang, anna_row.id)
    with pytest.raises(PermissionDenied):
        appraisal.month_overview(small.wang, "2026-10")
    with pytest.raises(PermissionDenied):
        appraisal_scoring.figure_detail(small.wang, anna_row.id, _line(_result(small.anna_id), "sales.aov").line_id)
    assert appraisal_scoring.form(small.wang, _appraisal_of(small.wang_id).id).result.staff_name == "王明"
    # The supervisor sees the staff's results; an overview row of the month for each.
    overview = appraisal.month_overview(_supervisor(small), "2026-10")
    assert {r.name for r in overview.rows} >= {"安娜", "王明"}
    assert all(r.total is not None for r in overview.rows if r.role != Role.SUPERVISOR)


def test_nobody_but_the_owner_sees_profit(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.anna_id)
    for actor in (_supervisor(small), small.anna):
        line = _line(appraisal_scoring.form(actor, row.id).result, "sales.profit")
        assert line.hidden and line.actual is None and line.target is None and line.actual_text == ""
        assert line.score == D("2.47")  # the score counts all the same
        with pytest.raises(PermissionDenied):
            appraisal_scoring.figure_detail(actor, row.id, line.line_id)
    line = _line(appraisal_scoring.form(owner, row.id).result, "sales.profit")
    assert (line.actual, line.target, line.hidden) == (D("370.00"), D("15000.00"), False)
    detail = appraisal_scoring.figure_detail(owner, row.id, line.line_id)
    assert detail.total == 4


def test_a_figure_opens_to_show_what_it_counts(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    anna = _result(small.anna_id)
    detail = appraisal_scoring.figure_detail(small.anna, anna.appraisal_id, _line(anna, "customers.new").line_id)
    assert detail.total == 2 and sorted(row[2] for row in detail.rows) == ["丙", "甲"]
    detail = appraisal_scoring.figure_detail(owner, anna.appraisal_id, _line(anna, "sales.growth").line_id)
    assert detail.rows == [("2026-09", 1, 10000), ("2026-10", 4, 65000)]


def _fill(small, row_id: int, value="80") -> None:
    appraisal_data.fill(_owner(small), row_id, value)


def test_sign_off_locks_and_only_the_owner_reopens_with_a_reason(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    row = _appraisal_of(small.wang_id)
    with pytest.raises(Conflict) as error:
        appraisal.sign_off(owner, row.id)
    assert "nobody has scored" in str(error.value)
    _fill(small, row.id)
    result = _result(small.wang_id)
    assert result.state in ("self", "peer")  # self and other peers may still score: signing is allowed anyway
    with pytest.raises(PermissionDenied):
        appraisal.sign_off(_supervisor(small), row.id)
    signed = appraisal.sign_off(owner, row.id)
    assert signed.total == result.total and Appraisal.get_by_id(row.id).status == "signed"
    # Locked: scores, comments, targets and customer scores are refused; nothing changes.
    line = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "direct.initiative")
    scores_before = AppraisalScore.select().count()
    for attempt in (lambda: appraisal_scoring.save_scores(owner, row.id, "supervisor", {line.id: 10}),
                    lambda: appraisal_scoring.save_scores(small.wang, row.id, "self", {line.id: 10}),
                    lambda: appraisal.set_target(owner, row.id, _line(result, "sales.amount").line_id, "1")):
        with pytest.raises(Conflict) as error:
            attempt()
        assert "signed off and locked" in str(error.value)
    assert AppraisalScore.select().count() == scores_before
    # The figures are frozen: a late October order changes nothing.
    frozen = _result(small.wang_id)
    SalesOrder.create(order_no="LATE", channel="taobao", status="paid", ordered_at=dt.datetime(2026, 10, 30),
                      paid_at=dt.datetime(2026, 10, 30), total_cents=3000000, goods_cents=3000000, staff=small.wang_id,
                      created_at=dt.datetime(2026, 10, 30), updated_at=dt.datetime(2026, 10, 30))
    assert _result(small.wang_id).total == frozen.total
    assert _line(_result(small.wang_id), "sales.amount").actual == D("80.00")
    # Reopening: the owner only, with a reason, in the audit log.
    with pytest.raises(PermissionDenied):
        appraisal.reopen(_supervisor(small), "2026-10", "改分", staff_id=small.wang_id)
    with pytest.raises(ValidationError):
        appraisal.reopen(owner, "2026-10", " ", staff_id=small.wang_id)
    assert appraisal.reopen(owner, "2026-10", "客户评分录错", staff_id=small.wang_id) == 1
    entry = AuditLog.select().where(AuditLog.action == "reopen").get()
    assert "客户评分录错" in entry.summary and "客户评分录错" in entry.changes
    assert _line(_result(small.wang_id), "sales.amount").actual == D("30080.00")  # live again


def test_signing_the_month_locks_it(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    with pytest.raises(Conflict) as error:
        appraisal.sign_month(owner, "2026-10")
    assert "Nothing was signed" in str(error.value)
    assert Appraisal.select().where(Appraisal.status == "signed").count() == 0
    for row in Appraisal.select():
        _fill(small, row.id)
    signed = appraisal.sign_month(owner, "2026-10")
    assert len(signed) == Appraisal.select().count()
    assert AppraisalPeriod.get().status == "signed"
    with pytest.raises(Conflict):
        appraisal.open_month(owner, "2026-10")
    assert appraisal.month_overview(owner, "2026-10").counts == {"signed": len(signed)}
    assert appraisal.reopen(owner, "2026-10", "主管复核") == len(signed)
    assert AppraisalPeriod.get().status == "open"


def test_what_is_left_to_score_and_the_reminders(small):
    owner = _owner(small)
    assert any("2026-10 is not open yet" in text for text in appraisal.reminders(owner))
    appraisal.open_month(owner, "2026-10")
    wang_todo = appraisal.todo(small.wang)[0]
    assert wang_todo.self_assessment == 1 and "安娜" in wang_todo.peers and "王明" not in wang_todo.peers
    assert wang_todo.due == dt.date(2026, 11, 10)
    supervisor_todo = appraisal.todo(_supervisor(small))[0]
    assert "安娜" in supervisor_todo.as_supervisor and "supervisor-staff" not in supervisor_todo.as_supervisor
    owner_todo = appraisal.todo(owner)[0]
    assert owner_todo.as_supervisor == ["supervisor-staff"] and owner_todo.to_sign == 0
    count = appraisal.todo_count(small.wang)
    assert count == 1 + len(wang_todo.peers)
    texts = appraisal.reminders(small.wang)
    assert texts and "due by 2026-11-10" in texts[0] and "your self-assessment" in texts[0]
    appraisal_data.set_today(dt.datetime(2026, 11, 11, 9))
    assert "overdue" in appraisal.reminders(small.wang)[0]


def test_overview_names_who_still_scores(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    overview = appraisal.month_overview(owner, "2026-10")
    row = next(r for r in overview.rows if r.name == "王明")
    assert row.state == "self" and row.self_state == "✗" and row.supervisor_state == "✗"
    assert row.peers == "0/7" and "王明" in row.waiting_names and "安娜" in row.waiting_names
    assert overview.due == dt.date(2026, 11, 10)


def test_targets_of_one_person(small):
    owner = _owner(small)
    appraisal.open_month(owner, "2026-10")
    anna = _result(small.anna_id)
    line = _line(anna, "sales.target_completion")
    with pytest.raises(ValidationError):
        appraisal.set_target(owner, anna.appraisal_id, line.line_id, "0")
    with pytest.raises(PermissionDenied):
        appraisal.set_target(_supervisor(small), anna.appraisal_id, line.line_id, "1000")
    appraisal.set_target(owner, anna.appraisal_id, line.line_id, "1,300")
    assert _line(_result(small.anna_id), "sales.target_completion").score == D(50)


def test_template_rules_for_the_owner(small):
    owner = _owner(small)
    template = appraisal_templates.load_template(Role.WAREHOUSE)
    template.items[0].weight = 31
    with pytest.raises(ValidationError) as error:
        appraisal_templates.save_template(owner, template)
    assert "add up to 101" in str(error.value)
    assert appraisal_templates.is_default(Role.WAREHOUSE)
    with pytest.raises(PermissionDenied):
        appraisal_templates.save_template(_supervisor(small), appraisal_templates.load_template(Role.WAREHOUSE))
    template.items[0].weight = 30
    appraisal_templates.save_template(owner, template)
    assert not appraisal_templates.is_default(Role.WAREHOUSE)
    with pytest.raises(Conflict):
        appraisal_templates.save_template(owner, template, expected_version=0)
    reset = appraisal_templates.reset_template(owner, Role.WAREHOUSE)
    assert [i.indicator for i in reset.items] == [i.indicator for i in default_template(Role.WAREHOUSE).items]


def test_teams_and_supervisors(small):
    owner = _owner(small)
    appraisal_templates.set_member(owner, small.anna_id, team="销售组")
    with pytest.raises(ValidationError):
        appraisal_templates.set_member(owner, small.anna_id, supervisor_id=small.wang_id)
    appraisal.open_month(owner, "2026-10")
    anna = _result(small.anna_id)
    assert anna.team == "销售组" and anna.scoring.peer_ids == []  # alone in her team: no peers
    assert small.anna_id not in _result(small.wang_id).scoring.peer_ids
    members = {m.name: m for m in appraisal_templates.list_members(owner)}
    assert members["安娜"].team == "销售组"
