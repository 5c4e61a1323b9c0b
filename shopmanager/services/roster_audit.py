"""How the roster module's records read in the audit log and in histories (services/audit.py
registry): staff numbers and wages, shifts, the roster, attendance corrections, leave, the
handover book, meetings, trainings, fines/rewards and the growth fund."""
from __future__ import annotations

from shopmanager.core.fund import category_label, fund_category_label, kind_label
from shopmanager.core.i18n import tr
from shopmanager.core.roster import leave_label, leave_status_label
from shopmanager.db.models import (
    FundEntry, HandoverItem, LeaveRequest, Meeting, RewardFine, RosterEntry, ShiftTemplate, Staff, Training,
)
from shopmanager.services.audit import AuditField, entity_label, record_names, register, register_action

F = AuditField


def _staff(ids: list[int]) -> dict[int, str]:
    return {sid: f"{no} {name}".strip() for sid, no, name in
            Staff.select(Staff.id, Staff.staff_no, Staff.name).where(Staff.id.in_(ids)).tuples()}


def _by(model, label):
    def names(ids: list[int]) -> dict[int, str]:
        return {row.id: label(row) for row in model.select().where(model.id.in_(ids))}

    return names


# Where a fine or reward came from (RewardFine.source): "complaint:<case id>" (a complaint the
# after-sales register upheld), "appraisal:<appraisal id>" (a signed-off appraisal).
_SOURCE_ENTITIES = {"complaint": "aftersales", "appraisal": "appraisal"}


def _source_text(value) -> str:
    kind, _, number = str(value).partition(":")
    entity = _SOURCE_ENTITIES.get(kind)
    if entity is None or not number.isdigit():
        return str(value)
    name = record_names(entity, [number]).get(int(number)) or tr("Audit", "(removed)")
    return f"{entity_label(entity)} {name}"


for _action, _label in {
    "clock_in": lambda: tr("Audit", "Clocked in"), "clock_out": lambda: tr("Audit", "Clocked out"),
    "correct": lambda: tr("Audit", "Corrected"), "approve": lambda: tr("Audit", "Approved"),
    "reject": lambda: tr("Audit", "Rejected"), "done": lambda: tr("Audit", "Ticked off"),
    "void": lambda: tr("Audit", "Voided"),
}.items():
    register_action(_action, _label)

register("staff", names=_staff, fields={
    "staff_no": F(lambda: tr("Staff", "Staff no.")),
    "hire_date": F(lambda: tr("Users", "Hire date"), "date"),
    "left_date": F(lambda: tr("Staff", "Last working day"), "date"),
    "base_wage_cents": F(lambda: tr("Staff", "Base monthly wage"), "money"),
    "successor": F(lambda: tr("Staff", "Hand over to"), "ref", ref="staff"),
})
register("shift", lambda: tr("Audit", "Shift"), names=_by(ShiftTemplate, lambda s: s.name), fields={
    "start_time": F(lambda: tr("Roster", "Starts (HH:MM)")), "end_time": F(lambda: tr("Roster", "Ends (HH:MM)")),
    "color": F(lambda: tr("Roster", "Colour")),
})
register("roster", lambda: tr("Audit", "Roster"),
         names=_by(RosterEntry, lambda e: f"{e.day:%Y-%m-%d} {e.name or tr('Roster', 'Rest')}"), fields={
    "day": F(lambda: tr("Attendance", "Date"), "date"), "shift": F(lambda: tr("Attendance", "Shift")),
    "shifts": F(lambda: tr("Roster", "Shifts")),
    "kind": F(lambda: tr("Fund", "Kind"), "choice", choices=lambda v: {
        "rest": tr("Roster", "Rest"), "shift": tr("Attendance", "Shift")}.get(v, v)),
    "start_time": F(lambda: tr("Roster", "Starts (HH:MM)")), "end_time": F(lambda: tr("Roster", "Ends (HH:MM)")),
})
register("attendance", lambda: tr("Audit", "Attendance"), names=_staff, fields={
    "in_at": F(lambda: tr("Attendance", "Clock-in"), "datetime"),
    "out_at": F(lambda: tr("Attendance", "Clock-out"), "datetime"),
    "excused": F(lambda: tr("Attendance", "Excused"), "bool"),
})
register("leave", lambda: tr("Audit", "Leave"),
         names=_by(LeaveRequest, lambda r: f"{leave_label(r.kind)} {r.start_at:%Y-%m-%d}"), fields={
    "kind": F(lambda: tr("Leave", "Kind"), "choice", choices=leave_label),
    "start_at": F(lambda: tr("Leave", "From"), "datetime"), "end_at": F(lambda: tr("Leave", "To"), "datetime"),
    "status": F(lambda: tr("Leave", "Status"), "choice", choices=leave_status_label),
    "decision_note": F(lambda: tr("Leave", "Decision note")),
})
register("handover", lambda: tr("Audit", "Handover book"), names=_by(HandoverItem, lambda i: i.text[:30]), fields={
    "text": F(lambda: tr("Handover", "Matter")), "from_shift": F(lambda: tr("Handover", "From shift")),
    "to_shift": F(lambda: tr("Handover", "For shift")), "done_at": F(lambda: tr("Handover", "Ticked off"), "datetime"),
    "done_note": F(lambda: tr("Handover", "What was done")),
})
register("meeting", lambda: tr("Audit", "Meeting"), names=_by(Meeting, lambda m: f"{m.held_at:%Y-%m-%d} {m.title}"),
         fields={
    "held_at": F(lambda: tr("Meetings", "Held at"), "datetime"), "title": F(lambda: tr("Meetings", "Title")),
    "chair": F(lambda: tr("Meetings", "Chaired by"), "ref", ref="staff"), "notes": F(lambda: tr("Meetings", "Notes")),
    "members": F(lambda: tr("Meetings", "Present"), "int"), "decisions": F(lambda: tr("Meetings", "Decisions"), "int"),
})
register("training", lambda: tr("Audit", "Training"), names=_by(Training, lambda t: f"{t.held_on:%Y-%m-%d} {t.topic}"),
         fields={
    "held_on": F(lambda: tr("Training", "Date"), "date"), "topic": F(lambda: tr("Training", "Topic")),
    "trainer": F(lambda: tr("Training", "Trainer")), "attendees": F(lambda: tr("Training", "Attendees"), "int"),
})
register("reward_fine", lambda: tr("Audit", "Fine / reward"),
         names=_by(RewardFine, lambda r: f"{kind_label(r.kind)} {category_label(r.category)}"), fields={
    "kind": F(lambda: tr("Fund", "Fine or reward"), "choice", choices=kind_label),
    "category": F(lambda: tr("Fund", "Kind"), "choice", choices=category_label),
    "amount_cents": F(lambda: tr("Fund", "Amount"), "money"), "day": F(lambda: tr("Fund", "Date"), "date"),
    "voided_at": F(lambda: tr("Fund", "voided"), "datetime"),
    "void_reason": F(lambda: tr("Fund", "Void reason")),
    "source": F(lambda: tr("Fund", "Source"), fmt=_source_text),
})
register("fund", lambda: tr("Audit", "Growth fund"),
         names=_by(FundEntry, lambda e: f"{e.day:%Y-%m-%d} {fund_category_label(e.category)}"), fields={
    "kind": F(lambda: tr("Fund", "Income") + " / " + tr("Fund", "Spending"), "choice",
              choices=lambda v: tr("Fund", "Income") if v == "income" else tr("Fund", "Spending")),
    "category": F(lambda: tr("Fund", "Kind"), "choice", choices=fund_category_label),
    "amount_cents": F(lambda: tr("Fund", "Amount"), "money"), "day": F(lambda: tr("Fund", "Date"), "date"),
    "description": F(lambda: tr("Fund", "What")), "people": F(lambda: tr("Fund", "Who")),
    "voided_at": F(lambda: tr("Fund", "voided"), "datetime"),
    "void_reason": F(lambda: tr("Fund", "Void reason")),
})
