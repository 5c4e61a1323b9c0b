"""The appraisal's pure rules: grades, scoring rules, combining sources, totals, templates, months."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopmanager.core import appraisal as a
from shopmanager.core.errors import ValidationError
from shopmanager.core.permissions import Role

D = Decimal


@pytest.mark.parametrize("total, grade", [
    ("100", "excellent"), ("90", "excellent"), ("90.00", "excellent"), ("89.99", "good"), ("89.995", "excellent"),
    ("80", "good"), ("79.99", "average"), ("60", "average"), ("59.99", "poor"), ("59.994", "poor"), ("0", "poor"),
])
def test_grade_boundaries(total, grade):
    assert a.grade_of(D(total)) == grade


def test_grade_thresholds_come_from_settings():
    strict = a.GradeThresholds(D(95), D(85), D(70))
    assert a.grade_of(D("94.99"), strict) == "good"
    assert a.grade_of(D("69.99"), strict) == "poor"
    assert a.grade_of(None) is None


@pytest.mark.parametrize("text, value, score", [
    ("≥95:100; ≥90:90; ≥80:70; *:40", "96", "100"),
    ("≥95:100; ≥90:90; ≥80:70; *:40", "95", "100"),
    ("≥95:100; ≥90:90; ≥80:70; *:40", "94.9", "90"),
    ("≥95:100; ≥90:90; ≥80:70; *:40", "10", "40"),
    (">=95:100, >=90:90", "50", "0"),  # no band met and no '*': 0
    ("≤0:100；≤2:80；*：0", "0", "100"),  # Chinese punctuation
    ("≤0:100; ≤2:80; *:0", "2", "80"),
    ("<=0:100; <=2:80; else:0", "3", "0"),
])
def test_bands(text, value, score):
    assert a.rule_score("discipline.late", "bands", None, text, D(value)) == D(score)


@pytest.mark.parametrize("text, fragment", [
    ("", "write bands like"),
    ("95:100", "is not a band"),
    ("≥95:120", "between 0 and 100"),
    ("*:40; ≥95:100", "must be the last"),
    ("≥95:100; ≤2:80", "either ≥"),
])
def test_bad_bands_are_refused_with_a_message(text, fragment):
    with pytest.raises(ValidationError) as error:
        a.parse_bands(text)
    assert fragment in str(error.value)


def test_linear_is_capped_at_100_and_never_below_0():
    assert a.rule_score("sales.amount", "linear", D(30000), "", D(15000)) == D(50)
    assert a.rule_score("sales.amount", "linear", D(30000), "", D(45000)) == D(100)
    assert a.rule_score("sales.growth", "linear", D(10), "", D(-20)) == D(0)
    assert a.rule_score("sales.amount", "linear", D(3), "", D(1)) == D("33.33")


def test_target_completion_is_the_amount_against_the_money_target():
    assert a.measured("sales.target_completion", D(43000), D(50000)) == D("86.0")
    assert a.rule_score("sales.target_completion", "linear", D(50000), "", D(43000)) == D(86)
    assert a.rule_score("sales.target_completion", "bands", D(50000), "≥100:100; ≥80:80; *:0", D(43000)) == D(80)


def test_a_missing_figure_scores_what_its_source_says():
    assert a.rule_score("service.complaint_timeliness", "bands", None, "≥95:100; *:0", None,
                        none_score=D(100)) == D(100)
    assert a.rule_score("sales.growth", "linear", D(10), "", None) is None


def test_sources_combine_by_their_weights_and_missing_ones_drop_out():
    weights = {"self": 10, "supervisor": 50, "peer": 20, "customer": 20}
    both = a.combine_sources({"self": D(100), "supervisor": D(70)}, weights, ("self", "supervisor"))
    assert both == D(75)  # (10 × 100 + 50 × 70) / 60
    assert a.combine_sources({"self": D(100), "supervisor": None}, weights, ("self", "supervisor")) == D(100)
    assert a.combine_sources({}, weights, ("peer",)) is None
    assert a.combine_sources({"customer": D(90)}, {"customer": 0}, ("customer",)) is None


def test_total_is_the_weighted_sum_and_unavailable_lines_drop_out():
    assert a.weighted_total([(60, D(90), True), (40, D(80), True)]) == D(86)
    assert a.weighted_total([(60, D(90), True), (40, None, True)]) == D(54)  # an unscored line counts 0
    assert a.weighted_total([(60, D(90), True), (40, D(0), False)]) == D(90)  # module missing: scaled to 60
    assert a.weighted_total([(33, D("33.33"), True), (67, D(100), True)]) == D("78.00")
    # The total is the sum of the lines' weighted scores as printed (16.67 + 16.67), so the form adds up.
    assert a.weighted_total([(50, D("33.33"), True), (50, D("33.33"), True)]) == D("33.34")


def test_every_default_template_is_valid_and_adds_up_to_100():
    for role in a.APPRAISED_ROLES:
        template = a.default_template(role)
        assert sum(item.weight for item in template.items) == 100
        assert sum(template.source_weights.values()) == 100
        assert {item.group for item in template.items} <= set(a.GROUPS)
    customer_facing = [r for r in a.APPRAISED_ROLES if r in a.CUSTOMER_FACING]
    for role in a.APPRAISED_ROLES:
        weights = a.default_template(role).source_weights
        assert (weights["customer"] > 0) == (role in customer_facing)
    with pytest.raises(ValidationError):
        a.default_template(Role.OWNER)


def _template(**changes) -> a.Template:
    template = a.default_template(Role.CUSTOMER_SERVICE)
    for key, value in changes.items():
        setattr(template, key, value)
    return template


def test_weights_not_adding_up_to_100_are_refused():
    template = _template()
    template.items[0].weight += 1
    with pytest.raises(ValidationError) as error:
        a.validate_template(template)
    assert "add up to 101, not 100" in str(error.value)
    template = _template(source_weights={"self": 10, "supervisor": 50, "peer": 20, "customer": 10})
    with pytest.raises(ValidationError) as error:
        a.validate_template(template)
    assert "four sources" in str(error.value) and "90" in str(error.value)


@pytest.mark.parametrize("change, fragment", [
    (lambda t: setattr(t.items[4], "rule", "linear") or setattr(t.items[4], "target", D(1)), "lower is better"),
    (lambda t: setattr(t.items[0], "target", None), "needs a target"),
    (lambda t: setattr(t.items[2], "bands", "≥95"), "not a band"),
    (lambda t: setattr(t.items[5], "sources", ()), "who scores it"),
    (lambda t: setattr(t.items[0], "rule", "direct"), "computed from the records"),
    (lambda t: setattr(t.items[0], "weight", -5), "whole number 0–100"),
    (lambda t: t.items.append(a.TemplateItem("direct.custom", 0)), "give the indicator a name"),
    (lambda t: t.items.append(a.TemplateItem("sales.amount", 0, target=D(1))), "twice"),
])
def test_bad_template_lines_are_named(change, fragment):
    template = _template()
    change(template)
    with pytest.raises(ValidationError) as error:
        a.validate_template(template)
    assert fragment in str(error.value)
    assert "Line" in str(error.value) or "twice" in str(error.value)


def test_a_direct_line_needs_a_source_with_weight():
    template = _template(source_weights={"self": 0, "supervisor": 80, "peer": 20, "customer": 0})
    with pytest.raises(ValidationError) as error:
        a.validate_template(template)
    assert "Customer satisfaction" in str(error.value) and "weight 0" in str(error.value)


def test_months():
    month = a.Month.parse("2026-10")
    assert (month.first_day, month.last_day) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert str(month.previous()) == "2026-09" and str(a.Month(2026, 12).next()) == "2027-01"
    assert str(a.Month(2026, 1).previous()) == "2025-12"
    assert a.Month.parse("2026年2月") == a.Month(2026, 2)
    for bad in ("2026-13", "10/2026", "", "1999-01"):
        with pytest.raises(ValidationError):
            a.Month.parse(bad)
    assert a.due_date(month, 10) == dt.date(2026, 11, 10)
    assert a.self_score_opens(a.Month(2026, 2), 28) == dt.date(2026, 2, 28)
    assert a.appraisal_month_for(dt.date(2026, 11, 3), 25) == month
    assert a.appraisal_month_for(dt.date(2026, 10, 26), 25) == month
