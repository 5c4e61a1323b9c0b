"""Appraisal 绩效考核: the pure rules (domain.md "Appraisal", seeds 001 业绩考核 第十–十九条,
002 四(一)–(三), 000 六). No database, no Qt.

- An indicator is either *computed* from the shop's records (sales, customers, after-sales,
  attendance — the catalog below names them) or a *direct* 0–100 score given by people.
- A template (one per role) lists indicators grouped as in domain.md, each with a weight
  (the weights add up to 100), a target and a scoring rule:
    linear  score = actual / target × 100, capped at 100 (higher is better only);
    bands   "≥95:100; ≥90:90; ≥80:70; *:40" — the first band the actual meets gives the score
            (≤ for lower-is-better figures such as late arrivals);
    direct  people score it 0–100: the sources that score it (self, supervisor, peers,
            customers) are combined with the template's source weights.
- Total = Σ weight × score / 100, rounded half up to 0.01; grade by thresholds (settings):
  优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 较差 below.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Role

HUNDRED = Decimal(100)
CENTI = Decimal("0.01")

# -- groups, sources, rules, grades -------------------------------------------------------------

GROUPS = ("sales", "development", "service", "discipline", "teamwork", "attitude")


def group_label(group: str) -> str:
    return {
        "sales": tr("Appraisal", "Sales performance"),
        "development": tr("Appraisal", "Customer development"),
        "service": tr("Appraisal", "Customer service"),
        "discipline": tr("Appraisal", "Discipline"),
        "teamwork": tr("Appraisal", "Teamwork"),
        "attitude": tr("Appraisal", "Work attitude"),
    }.get(group, group)


SOURCES = ("self", "supervisor", "peer", "customer")


def source_label(source: str) -> str:
    return {
        "self": tr("Appraisal", "Self"),
        "supervisor": tr("Appraisal", "Supervisor"),
        "peer": tr("Appraisal", "Peers"),
        "customer": tr("Appraisal", "Customers"),
    }.get(source, source)


RULES = ("linear", "bands", "direct")


def rule_label(rule: str) -> str:
    return {
        "linear": tr("Appraisal", "Linear to target"),
        "bands": tr("Appraisal", "Bands"),
        "direct": tr("Appraisal", "Scored 0–100"),
    }.get(rule, rule)


GRADES = ("excellent", "good", "average", "poor")


def grade_label(grade: str | None) -> str:
    return {
        "excellent": tr("Appraisal", "Excellent"),
        "good": tr("Appraisal", "Good"),
        "average": tr("Appraisal", "Average"),
        "poor": tr("Appraisal", "Poor"),
    }.get(grade or "", "")


@dataclass(frozen=True)
class GradeThresholds:
    excellent: Decimal = Decimal(90)
    good: Decimal = Decimal(80)
    average: Decimal = Decimal(60)


def grade_of(total: Decimal | None, thresholds: GradeThresholds = GradeThresholds()) -> str | None:
    """优秀 ≥ excellent, 良好 ≥ good, 一般 ≥ average, 较差 below (on the rounded total)."""
    if total is None:
        return None
    total = round_score(total)
    if total >= thresholds.excellent:
        return "excellent"
    if total >= thresholds.good:
        return "good"
    if total >= thresholds.average:
        return "average"
    return "poor"


def round_score(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENTI, rounding=ROUND_HALF_UP)


# -- the indicator catalog ----------------------------------------------------------------------

# Units of a figure: money (yuan, Decimal), count, days, percent (0–100), score (0–100).
@dataclass(frozen=True)
class IndicatorDef:
    key: str
    group: str
    label: Callable[[], str]
    unit: str = "count"
    higher_is_better: bool = True
    module: str = ""  # the figure source that computes it ("" for direct scores)
    owner_only: bool = False  # profit: nobody but the owner sees the figure
    target_unit: str = ""  # the unit of the target when it differs from the figure's (target completion)
    default_sources: tuple[str, ...] = ()  # direct scores: who scores it by default
    explain: Callable[[], str] = field(default=lambda: "")

    @property
    def direct(self) -> bool:
        return not self.module

    @property
    def unit_of_target(self) -> str:
        return self.target_unit or self.unit


def _d(key, group, label, unit="count", higher=True, module="", **extra) -> IndicatorDef:
    return IndicatorDef(key, group, label, unit, higher, module, **extra)


CATALOG: dict[str, IndicatorDef] = {d.key: d for d in [
    _d("sales.amount", "sales", lambda: tr("Appraisal", "Sales amount"), "money", module="sales",
       explain=lambda: tr("Appraisal", "Orders the person took (order's staff), paid in the month and not cancelled "
                                       "or closed: Σ order totals (goods + freight − discount).")),
    _d("sales.orders", "sales", lambda: tr("Appraisal", "Order count"), "count", module="sales",
       explain=lambda: tr("Appraisal", "Orders the person took, paid in the month and not cancelled or closed.")),
    _d("sales.aov", "sales", lambda: tr("Appraisal", "Average order value"), "money", module="sales",
       explain=lambda: tr("Appraisal", "Sales amount ÷ order count (客单价).")),
    _d("sales.profit", "sales", lambda: tr("Appraisal", "Gross profit"), "money", module="sales", owner_only=True,
       explain=lambda: tr("Appraisal", "Sales amount − freight − cost of goods (today's product cost × quantity). "
                                       "Only the owner sees the figure and its target.")),
    _d("sales.growth", "sales", lambda: tr("Appraisal", "Growth against last month"), "percent", module="sales",
       explain=lambda: tr("Appraisal", "(Sales amount − last month's) ÷ last month's. No sales last month: full "
                                       "score if there are sales this month.")),
    _d("sales.target_completion", "sales", lambda: tr("Appraisal", "Sales target completion"), "percent",
       module="sales", target_unit="money",
       explain=lambda: tr("Appraisal", "Sales amount ÷ the monthly sales target (the target of this line). "
                                       "Linear: the completion rate, capped at 100.")),
    _d("shop.target_completion", "sales", lambda: tr("Appraisal", "Shop sales target completion"), "percent",
       module="sales", target_unit="money",
       explain=lambda: tr("Appraisal", "The whole shop's sales amount of the month ÷ the target of this line.")),
    _d("shop.growth", "sales", lambda: tr("Appraisal", "Shop growth against last month"), "percent",
       module="sales", explain=lambda: tr("Appraisal", "The whole shop's sales amount against last month's.")),
    _d("shipping.parcels", "sales", lambda: tr("Appraisal", "Parcels shipped"), "count", module="sales",
       explain=lambda: tr("Appraisal", "Parcels the person shipped in the month (cancelled shipments left out).")),
    _d("customers.new", "development", lambda: tr("Appraisal", "New customers"), "count", module="sales",
       explain=lambda: tr("Appraisal", "Customers whose first purchase (paid, not cancelled) is an order this "
                                       "person took, paid in the month.")),
    _d("service.complaint_timeliness", "service", lambda: tr("Appraisal", "Complaint-handling timeliness rate"),
       "percent", module="aftersales",
       explain=lambda: tr("Appraisal", "Complaints the person handled that were answered within the set hours ÷ "
                                       "complaints received. No complaints: full score.")),
    _d("service.complaint_resolution", "service", lambda: tr("Appraisal", "Complaint resolution rate"), "percent",
       module="aftersales", explain=lambda: tr("Appraisal", "Complaints resolved ÷ complaints received. No "
                                                            "complaints: full score.")),
    _d("shop.complaint_resolution", "service", lambda: tr("Appraisal", "Shop complaint resolution rate"), "percent",
       module="aftersales", explain=lambda: tr("Appraisal", "The whole shop's complaints resolved ÷ received.")),
    _d("service.negative_reviews", "service", lambda: tr("Appraisal", "Negative reviews"), "count", False,
       "aftersales", explain=lambda: tr("Appraisal", "Negative-review cases received in the month against "
                                                     "this person.")),
    _d("service.return_rate", "service", lambda: tr("Appraisal", "Return rate of orders taken"), "percent", False,
       "aftersales", explain=lambda: tr("Appraisal", "Orders the person took, paid in the month, with a return ÷ "
                                                     "those orders. No orders: full score.")),
    _d("discipline.late", "discipline", lambda: tr("Appraisal", "Late arrivals"), "count", False, "attendance",
       explain=lambda: tr("Appraisal", "Times late in the month, from the roster and the clock.")),
    _d("discipline.early", "discipline", lambda: tr("Appraisal", "Early leaves"), "count", False, "attendance",
       explain=lambda: tr("Appraisal", "Times the person left before the end of the shift.")),
    _d("discipline.absent", "discipline", lambda: tr("Appraisal", "Days absent"), "days", False, "attendance",
       explain=lambda: tr("Appraisal", "Scheduled days without attendance or approved leave (旷工).")),
    _d("discipline.leave", "discipline", lambda: tr("Appraisal", "Days of leave"), "days", False, "attendance",
       explain=lambda: tr("Appraisal", "Approved leave of every kind, in days.")),
    _d("discipline.fines", "discipline", lambda: tr("Appraisal", "Fines"), "count", False, "attendance",
       explain=lambda: tr("Appraisal", "Fines recorded for the person in the month.")),
    _d("direct.satisfaction", "service", lambda: tr("Appraisal", "Customer satisfaction"), "score",
       default_sources=("customer",),
       explain=lambda: tr("Appraisal", "Scores from revisits and satisfaction results (客户评价).")),
    _d("direct.teamwork", "teamwork", lambda: tr("Appraisal", "Teamwork and cooperation"), "score",
       default_sources=("peer",), explain=lambda: tr("Appraisal", "Scored by the colleagues of the team (团队互评).")),
    _d("direct.initiative", "attitude", lambda: tr("Appraisal", "Initiative"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.responsibility", "attitude", lambda: tr("Appraisal", "Sense of responsibility"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.execution", "attitude", lambda: tr("Appraisal", "Execution"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.quality", "attitude", lambda: tr("Appraisal", "Quality of work"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.shipping_accuracy", "sales", lambda: tr("Appraisal", "Shipping accuracy (right goods, same day)"),
       "score", default_sources=("self", "supervisor")),
    _d("direct.stock_accuracy", "sales", lambda: tr("Appraisal", "Stock accuracy (books match the shelves)"),
       "score", default_sources=("self", "supervisor")),
    _d("direct.inbound_on_time", "sales", lambda: tr("Appraisal", "Inbound goods and stocktakes on time"),
       "score", default_sources=("self", "supervisor")),
    _d("direct.listings", "sales", lambda: tr("Appraisal", "Listings and promotions"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.pictures", "sales", lambda: tr("Appraisal", "Quality of pictures and descriptions"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.on_time", "attitude", lambda: tr("Appraisal", "Work delivered on time"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.team_management", "attitude",
       lambda: tr("Appraisal", "Team management (meetings, training, handover)"), "score",
       default_sources=("self", "supervisor")),
    _d("direct.custom", "attitude", lambda: tr("Appraisal", "Other (named)"), "score",
       default_sources=("self", "supervisor")),
]}


def indicator(key: str) -> IndicatorDef:
    try:
        return CATALOG[key]
    except KeyError:
        raise ValidationError(tr("Appraisal", "Unknown indicator '{key}'.").format(key=key), field="indicator") from None


# -- numbers --------------------------------------------------------------------------------------

def parse_number(value: object, *, what: str, field_name: str = "") -> Decimal:
    """A number typed by a person ('95', '95.5', '1,200', '¥1,200'), or a message naming it."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        text = str(value or "").strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        text = text.replace("%", "").replace("元", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(tr("Appraisal", "{what}: '{value}' is not a number.").format(
                what=what, value=value), field=field_name) from None
    if not number.is_finite():
        raise ValidationError(tr("Appraisal", "{what}: not a number.").format(what=what), field=field_name)
    return number


def parse_score(value: object, *, what: str, field_name: str = "score") -> Decimal:
    """A score 0–100 with at most two decimals."""
    number = parse_number(value, what=what, field_name=field_name)
    if number < 0 or number > 100:
        raise ValidationError(tr("Appraisal", "{what}: a score is between 0 and 100 (got {value}).").format(
            what=what, value=value), field=field_name)
    return round_score(number)


# -- bands ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Band:
    op: str  # ">=" | "<=" | "*"
    bound: Decimal | None
    score: Decimal


_BAND = re.compile(r"^\s*(>=|<=|≥|≤|\*|else|其他|其余)\s*([-+]?\d+(?:\.\d+)?)?\s*[:：=]\s*(\d+(?:\.\d+)?)\s*$")


def parse_bands(text: str, *, what: str = "") -> list[Band]:
    """'≥95:100; ≥90:90; *:40' → bands, checked: one direction, scores 0–100, '*' last."""
    what = what or tr("Appraisal", "Bands")
    parts = [p for p in re.split(r"[;；,，\n]+", text or "") if p.strip()]
    if not parts:
        raise ValidationError(tr("Appraisal", "{what}: write bands like '≥95:100; ≥90:90; *:40'.").format(what=what),
                              field="bands")
    bands: list[Band] = []
    for part in parts:
        match = _BAND.match(part)
        if not match:
            raise ValidationError(tr("Appraisal", "{what}: '{part}' is not a band; write it like '≥95:100' or "
                                                  "'≤2:80', and '*:40' for everything else.").format(
                what=what, part=part.strip()), field="bands")
        op, bound, score = match.groups()
        op = {"≥": ">=", "≤": "<=", "else": "*", "其他": "*", "其余": "*"}.get(op, op)
        if op == "*":
            bound_value = None
        elif bound is None:
            raise ValidationError(tr("Appraisal", "{what}: '{part}' needs a number after {op}.").format(
                what=what, part=part.strip(), op=op), field="bands")
        else:
            bound_value = Decimal(bound)
        score_value = Decimal(score)
        if score_value > 100:
            raise ValidationError(tr("Appraisal", "{what}: '{part}': a score is between 0 and 100.").format(
                what=what, part=part.strip()), field="bands")
        if bands and bands[-1].op == "*":
            raise ValidationError(tr("Appraisal", "{what}: '*' (everything else) must be the last band.").format(
                what=what), field="bands")
        bands.append(Band(op, bound_value, score_value))
    ops = {b.op for b in bands if b.op != "*"}
    if len(ops) > 1:
        raise ValidationError(tr("Appraisal", "{what}: use either ≥ (higher is better) or ≤ (lower is better) in "
                                              "all bands, not both.").format(what=what), field="bands")
    return bands


def format_bands(bands: Sequence[Band]) -> str:
    def one(band: Band) -> str:
        score = _plain(band.score)
        if band.op == "*":
            return f"*:{score}"
        return f"{'≥' if band.op == '>=' else '≤'}{_plain(band.bound)}:{score}"

    return "; ".join(one(b) for b in bands)


def _plain(number: Decimal | None) -> str:
    if number is None:
        return ""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# -- scoring --------------------------------------------------------------------------------------

def measured(key: str, actual: Decimal | None, target: Decimal | None) -> Decimal | None:
    """The value a rule compares: the figure itself, or for a target completion the figure
    (a money amount) as a percentage of the target."""
    if actual is None:
        return None
    if CATALOG.get(key) is not None and CATALOG[key].target_unit == "money":
        if not target:
            return None
        return (actual / target * HUNDRED).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return actual


def rule_score(key: str, rule: str, target: Decimal | None, bands: str, actual: Decimal | None,
               *, none_score: Decimal | None = None) -> Decimal | None:
    """The 0–100 score of a computed indicator. `none_score` is what a missing figure scores
    (no complaints: timeliness counts as full); None when it cannot be scored."""
    value = measured(key, actual, target)
    if value is None:
        return none_score
    if rule == "linear":
        goal = HUNDRED if CATALOG.get(key) and CATALOG[key].target_unit == "money" else target
        if not goal or goal <= 0:
            return None
        return round_score(min(HUNDRED, max(Decimal(0), value / goal * HUNDRED)))
    if rule == "bands":
        for band in parse_bands(bands):
            if band.op == "*" or (band.op == ">=" and value >= band.bound) or (band.op == "<=" and value <= band.bound):
                return band.score
        return Decimal(0)
    return None


def combine_sources(scores: Mapping[str, Decimal | None], weights: Mapping[str, int],
                    sources: Iterable[str]) -> Decimal | None:
    """A direct indicator's score: the weighted mean of the sources that score it and have
    scored (a source that has not scored, or has no one to score — no peers — drops out)."""
    total = Decimal(0)
    weight_sum = 0
    for source in sources:
        score = scores.get(source)
        weight = int(weights.get(source, 0) or 0)
        if score is None or weight <= 0:
            continue
        total += Decimal(score) * weight
        weight_sum += weight
    if not weight_sum:
        return None
    return round_score(total / weight_sum)


def weighted_score(weight: int, score: Decimal | None) -> Decimal:
    """A line's part of the total: weight × score / 100, rounded to 0.01 as the form prints it."""
    return round_score(Decimal(weight) * (score or Decimal(0)) / HUNDRED)


def weighted_total(lines: Iterable[tuple[int, Decimal | None, bool]]) -> Decimal:
    """Σ weight × score / 100 over (weight, score, counted) lines — the sum of the lines'
    weighted scores as printed, so the form adds up. Lines not counted (their module is not
    installed) drop out and the others are scaled up to a weight of 100."""
    rows = [(w, s) for w, s, counted in lines if counted]
    weight_sum = sum(w for w, _s in rows)
    if not weight_sum:
        return Decimal(0)
    total = sum((weighted_score(w, s) for w, s in rows), Decimal(0))
    if weight_sum != 100:
        total = total * HUNDRED / weight_sum
    return round_score(total)


# -- templates --------------------------------------------------------------------------------------

@dataclass
class TemplateItem:
    indicator: str
    weight: int
    group: str = ""
    name: str = ""  # "" = the catalog's label (translated when shown)
    target: Decimal | None = None
    rule: str = "linear"
    bands: str = ""
    sources: tuple[str, ...] = ()

    def label(self) -> str:
        return self.name or (CATALOG[self.indicator].label() if self.indicator in CATALOG else self.indicator)


@dataclass
class Template:
    role: str
    items: list[TemplateItem]
    source_weights: dict[str, int]


def _item_what(index: int, item: TemplateItem) -> str:
    return tr("Appraisal", "Line {n} ({name})").format(n=index, name=item.label())


def validate_template(template: Template) -> Template:
    """Check a template as the owner typed it; ValidationError naming the first bad line.
    Returns it normalised (groups filled in, bands rewritten, sources in order)."""
    if not template.items:
        raise ValidationError(tr("Appraisal", "A template needs at least one indicator."), field="items")
    for source in SOURCES:
        weight = template.source_weights.get(source, 0)
        if not isinstance(weight, int) or weight < 0 or weight > 100:
            raise ValidationError(tr("Appraisal", "Weight of the {source} score: a whole number 0–100.").format(
                source=source_label(source)), field=f"source_{source}")
    source_sum = sum(template.source_weights.get(s, 0) for s in SOURCES)
    if source_sum != 100:
        raise ValidationError(tr("Appraisal", "The weights of the four sources of scores add up to {sum}, not 100. "
                                              "Nothing was saved.").format(sum=source_sum), field="source_weights")
    seen: set[tuple[str, str]] = set()
    for index, item in enumerate(template.items, start=1):
        what = _item_what(index, item)
        definition = indicator(item.indicator)
        if not isinstance(item.weight, int) or item.weight < 0 or item.weight > 100:
            raise ValidationError(tr("Appraisal", "{what}: the weight is a whole number 0–100.").format(what=what),
                                  field="weight", row=index)
        item.group = item.group or definition.group
        if item.group not in GROUPS:
            raise ValidationError(tr("Appraisal", "{what}: unknown group '{group}'.").format(what=what,
                                                                                            group=item.group),
                                  field="group", row=index)
        item.name = (item.name or "").strip()
        if len(item.name) > 60:
            raise ValidationError(tr("Appraisal", "{what}: the name is at most 60 characters.").format(what=what),
                                  field="name", row=index)
        if item.indicator == "direct.custom" and not item.name:
            raise ValidationError(tr("Appraisal", "{what}: give the indicator a name.").format(what=what),
                                  field="name", row=index)
        key = (item.indicator, item.name)
        if key in seen:
            raise ValidationError(tr("Appraisal", "{what} is in the template twice.").format(what=what),
                                  field="indicator", row=index)
        seen.add(key)
        if definition.direct:
            item.rule, item.bands, item.target = "direct", "", None
            sources = tuple(s for s in SOURCES if s in set(item.sources))
            if not sources:
                raise ValidationError(tr("Appraisal", "{what}: choose who scores it (self, supervisor, peers, "
                                                      "customers).").format(what=what), field="sources", row=index)
            if not any(template.source_weights.get(s, 0) > 0 for s in sources):
                raise ValidationError(tr("Appraisal", "{what}: every source that scores it has weight 0; give one of "
                                                      "them a weight.").format(what=what), field="sources", row=index)
            item.sources = sources
            continue
        item.sources = ()
        if item.rule == "direct":
            raise ValidationError(tr("Appraisal", "{what} is computed from the records; choose linear or bands, not "
                                                  "a direct score.").format(what=what), field="rule", row=index)
        if item.rule not in RULES:
            raise ValidationError(tr("Appraisal", "{what}: unknown scoring rule '{rule}'.").format(
                what=what, rule=item.rule), field="rule", row=index)
        if item.rule == "linear":
            if not definition.higher_is_better:
                raise ValidationError(tr("Appraisal", "{what}: lower is better here, so score it with bands such as "
                                                      "'≤0:100; ≤2:80; *:0'.").format(what=what), field="rule",
                                      row=index)
            if item.target is None or item.target <= 0:
                raise ValidationError(tr("Appraisal", "{what}: a linear score needs a target above 0.").format(
                    what=what), field="target", row=index)
            item.bands = ""
        else:
            item.bands = format_bands(parse_bands(item.bands, what=what))
        if definition.target_unit == "money" and (item.target is None or item.target <= 0):
            raise ValidationError(tr("Appraisal", "{what}: name the monthly sales target (¥).").format(what=what),
                                  field="target", row=index)
    total = sum(item.weight for item in template.items)
    if total != 100:
        raise ValidationError(tr("Appraisal", "The weights of the indicators add up to {sum}, not 100. Nothing was "
                                              "saved.").format(sum=total), field="weight")
    return template


CUSTOMER_FACING = frozenset({Role.CUSTOMER_SERVICE, Role.SALES})
APPRAISED_ROLES = (Role.CUSTOMER_SERVICE, Role.SALES, Role.SHIPPING, Role.WAREHOUSE, Role.OPERATIONS, Role.DESIGNER,
                   Role.SUPERVISOR)

_LATE = "≤0:100; ≤2:80; ≤4:60; *:0"
_ABSENT = "≤0:100; ≤1:50; *:0"
_RATE = "≥95:100; ≥90:90; ≥80:70; *:40"


def _i(key: str, weight: int, target: str | None = None, rule: str = "linear", bands: str = "", *,
       name: str = "", sources: tuple[str, ...] = ()) -> TemplateItem:
    definition = CATALOG[key]
    if definition.direct:
        rule = "direct"
    return TemplateItem(key, weight, definition.group, name, Decimal(target) if target else None, rule, bands,
                        sources or definition.default_sources)


def default_template(role: str) -> Template:
    """The shop's defaults per role, from seeds 002 四(一) (what each role is appraised on) and
    000 六 (sales targets, satisfaction from revisits, discipline from attendance)."""
    weights = {"self": 10, "supervisor": 50, "peer": 20, "customer": 20}
    inner = {"self": 15, "supervisor": 65, "peer": 20, "customer": 0}
    if role == Role.CUSTOMER_SERVICE:
        items = [_i("sales.amount", 15, "30000"), _i("sales.orders", 10, "150"),
                 _i("service.complaint_timeliness", 10, rule="bands", bands=_RATE),
                 _i("service.complaint_resolution", 10, rule="bands", bands=_RATE),
                 _i("service.negative_reviews", 10, rule="bands", bands="≤0:100; ≤1:80; ≤2:60; *:0"),
                 _i("direct.satisfaction", 10),
                 _i("discipline.late", 5, rule="bands", bands=_LATE),
                 _i("discipline.absent", 5, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 10), _i("direct.initiative", 5), _i("direct.responsibility", 5),
                 _i("direct.execution", 5)]
    elif role == Role.SALES:
        items = [_i("sales.target_completion", 25, "50000"), _i("sales.aov", 5, "200"),
                 _i("sales.profit", 10, "15000"), _i("sales.growth", 10, "10"), _i("customers.new", 15, "30"),
                 _i("service.return_rate", 5, rule="bands", bands="≤3:100; ≤5:80; ≤10:60; *:20"),
                 _i("direct.satisfaction", 5), _i("discipline.late", 5, rule="bands", bands=_LATE),
                 _i("direct.teamwork", 10), _i("direct.responsibility", 5), _i("direct.execution", 5)]
    elif role == Role.SHIPPING:
        weights = inner
        items = [_i("shipping.parcels", 30, "1200"),
                 _i("direct.shipping_accuracy", 20),
                 _i("discipline.late", 10, rule="bands", bands=_LATE),
                 _i("discipline.absent", 10, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 15), _i("direct.initiative", 5), _i("direct.responsibility", 5),
                 _i("direct.execution", 5)]
    elif role == Role.WAREHOUSE:
        weights = inner
        items = [_i("direct.stock_accuracy", 30),
                 _i("direct.inbound_on_time", 20),
                 _i("discipline.late", 10, rule="bands", bands=_LATE),
                 _i("discipline.absent", 10, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 15), _i("direct.initiative", 5), _i("direct.responsibility", 5),
                 _i("direct.execution", 5)]
    elif role == Role.OPERATIONS:
        weights = inner
        items = [_i("shop.target_completion", 30, "300000"), _i("shop.growth", 10, "10"),
                 _i("direct.listings", 20),
                 _i("discipline.late", 5, rule="bands", bands=_LATE),
                 _i("discipline.absent", 5, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 15), _i("direct.initiative", 5), _i("direct.responsibility", 5),
                 _i("direct.execution", 5)]
    elif role == Role.DESIGNER:
        weights = inner
        items = [_i("direct.pictures", 35),
                 _i("direct.on_time", 20),
                 _i("discipline.late", 5, rule="bands", bands=_LATE),
                 _i("discipline.absent", 5, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 15), _i("direct.initiative", 10), _i("direct.execution", 10)]
    elif role == Role.SUPERVISOR:
        weights = {"self": 20, "supervisor": 60, "peer": 20, "customer": 0}
        items = [_i("shop.target_completion", 25, "300000"), _i("shop.growth", 10, "10"),
                 _i("shop.complaint_resolution", 15, rule="bands", bands=_RATE),
                 _i("direct.team_management", 20),
                 _i("discipline.late", 5, rule="bands", bands=_LATE),
                 _i("discipline.absent", 5, rule="bands", bands=_ABSENT),
                 _i("direct.teamwork", 10, sources=("peer", "supervisor")), _i("direct.initiative", 5),
                 _i("direct.responsibility", 5)]
    else:
        raise ValidationError(tr("Appraisal", "The {role} is not appraised.").format(role=role), field="role")
    return validate_template(Template(role, items, dict(weights)))


# -- months -------------------------------------------------------------------------------------------

_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.match(str(text or ""))
        if not match or not (1 <= int(match.group(2)) <= 12) or not (2000 <= int(match.group(1)) <= 2100):
            raise ValidationError(tr("Appraisal", "Month: write it like 2026-10 (got '{text}').").format(text=text),
                                  field="month")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + (self.month == 12), self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)


def parse_year(text: object) -> int:
    try:
        year = int(str(text).strip())
    except ValueError:
        year = 0
    if not 2000 <= year <= 2100:
        raise ValidationError(tr("Appraisal", "Year: write it like 2026 (got '{text}').").format(text=text),
                              field="year")
    return year


def self_score_opens(month: Month, from_day: int) -> dt.date:
    """Self-assessment is done at the month's end (seed 002 四(三)1): from this day on."""
    return dt.date(month.year, month.month, min(max(1, from_day), month.last_day.day))


def due_date(month: Month, due_day: int) -> dt.date:
    """Monthly appraisal in the first ten days of the next month (次月上旬)."""
    following = month.next()
    return dt.date(following.year, following.month, min(max(1, due_day), following.last_day.day))


def appraisal_month_for(today: dt.date, self_from_day: int) -> Month:
    """The month being appraised now: this month from its self-assessment day on, otherwise
    last month (whose appraisal is due in the first days of this one)."""
    this = Month.of(today)
    return this if today >= self_score_opens(this, self_from_day) else this.previous()


# -- how figures read -------------------------------------------------------------------------------------

def format_number(value: Decimal | None, places: int = 2) -> str:
    """85 → '85', 81.25 → '81.25', 2.50 → '2.5' (no trailing zeros); None → '—'."""
    if value is None:
        return "—"
    text = f"{Decimal(value):,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_figure(unit: str, value: Decimal | None) -> str:
    if value is None:
        return "—"
    if unit == "money":
        return f"¥{Decimal(value):,.2f}"
    if unit == "percent":
        return f"{Decimal(value):,.1f}%"
    return format_number(value)


def format_total(value: Decimal | None) -> str:
    return "—" if value is None else f"{Decimal(value):.2f}"


def sources_text(sources: Iterable[str]) -> str:
    separator = tr("Appraisal", ", ")  # "Self, Supervisor" / "自评、上级"
    return separator.join(source_label(s) for s in sources) if sources else "—"


def target_text(key: str, rule: str, target: Decimal | None, bands: str, sources: Iterable[str] = ()) -> str:
    """What the line aims at, as the form prints it: the target, the bands, or who scores it."""
    if rule == "direct":
        return tr("Appraisal", "scored by: {who}").format(who=sources_text(sources))
    definition = CATALOG.get(key)
    unit = definition.unit_of_target if definition else "count"
    if rule == "bands":
        return bands
    return format_figure(unit, target)


def actual_text(key: str, value: Decimal | None, target: Decimal | None) -> str:
    """The figure as the form prints it (a target completion: the rate and the amount)."""
    definition = CATALOG.get(key)
    if definition is None or value is None:
        return "—"
    if definition.target_unit == "money":
        rate = measured(key, value, target)
        return f"{format_figure('percent', rate)} ({format_figure('money', value)})"
    return format_figure(definition.unit, value)
