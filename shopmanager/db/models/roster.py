"""Tables of the roster module: shifts, the roster, punches, leave, corrections, the
handover book, meetings, trainings, fines/rewards and the growth fund (schema 7).

Times are the shop's local naive time (core/timeutil.py); shift times are text 'HH:MM'
(a roster entry copies its shift's times, so editing a shift later leaves past weeks as
they were worked).
"""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.foundation import Staff, User


class ShiftTemplate(BaseModel):
    """班次: 白班 09:00–18:00, 晚班 13:30–21:30 … (overnight when end <= start)."""

    name = pw.CharField(max_length=20, unique=True)
    start_time = pw.CharField(max_length=5)
    end_time = pw.CharField(max_length=5)
    color = pw.CharField(max_length=9, default="#e0e0e0")
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class RosterEntry(BaseModel):
    """One cell item of the weekly roster: a shift of a person on a day, or a rest day."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    day = pw.DateField()
    kind = pw.CharField(max_length=6)  # shift | rest
    shift = pw.ForeignKeyField(ShiftTemplate, null=True, backref="+", on_delete="SET NULL")
    name = pw.CharField(max_length=20, default="")
    start_time = pw.CharField(max_length=5, default="")
    end_time = pw.CharField(max_length=5, default="")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("day", "staff"), False), (("staff", "day"), False))


class Punch(BaseModel):
    """打卡记录: one clock-in/out. The same person at the same second is one punch (imports
    are idempotent)."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    at = pw.DateTimeField()
    kind = pw.CharField(max_length=3, default="")  # in | out | '' (a clock's punch)
    source = pw.CharField(max_length=8)  # clock (the program) | import
    source_ref = pw.CharField(max_length=120, default="")  # file name, or the PC
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("staff", "at"), True), (("at",), False))


class AttendanceCorrection(BaseModel):
    """A supervisor's correction of one person's day: the clock-in/out to use, or excused."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    day = pw.DateField()
    in_at = pw.DateTimeField(null=True)
    out_at = pw.DateTimeField(null=True)
    excused = pw.BooleanField(default=False)
    reason = pw.TextField()
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("staff", "day"), True),)


class LeaveRequest(BaseModel):
    """请假: requested by the employee, approved in advance by the supervisor or owner."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    kind = pw.CharField(max_length=10)
    start_at = pw.DateTimeField()
    end_at = pw.DateTimeField()
    reason = pw.TextField(default="")
    status = pw.CharField(max_length=10, default="pending")  # pending | approved | rejected | cancelled
    requested_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    requested_at = pw.DateTimeField()
    decided_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    decided_at = pw.DateTimeField(null=True)
    decision_note = pw.TextField(default="")

    class Meta:
        indexes = ((("staff", "start_at"), False), (("status", "start_at"), False), (("end_at",), False))


class HandoverItem(BaseModel):
    """交接本: a matter one shift hands to the next; open until the next shift ticks it off."""

    written_at = pw.DateTimeField()
    author = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    written_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    from_shift = pw.CharField(max_length=20, default="")
    to_shift = pw.CharField(max_length=20, default="")
    text = pw.TextField()
    done_at = pw.DateTimeField(null=True)
    done_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    done_staff = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    done_note = pw.TextField(default="")

    class Meta:
        indexes = ((("done_at", "written_at"), False), (("written_at",), False))


class Meeting(BaseModel):
    """部门例会: every Monday 18:00, chaired by the supervisor."""

    held_at = pw.DateTimeField()
    chair = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    title = pw.CharField(max_length=100, default="")
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = ((("held_at",), False),)


class MeetingMember(BaseModel):
    """An attendee of a meeting and their report: last week's work, what to improve."""

    meeting = pw.ForeignKeyField(Meeting, backref="members", on_delete="CASCADE")
    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    present = pw.BooleanField(default=True)
    last_week = pw.TextField(default="")
    improve = pw.TextField(default="")

    class Meta:
        indexes = ((("meeting", "staff"), True),)


class MeetingDecision(BaseModel):
    meeting = pw.ForeignKeyField(Meeting, backref="decisions", on_delete="CASCADE")
    text = pw.TextField()
    owner = pw.ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    due_date = pw.DateField(null=True)
    done_at = pw.DateTimeField(null=True)


class Training(BaseModel):
    """培训记录 (seed 004): date, topic, trainer, attendees with a score each."""

    held_on = pw.DateField()
    topic = pw.CharField(max_length=100)
    trainer = pw.CharField(max_length=40, default="")
    notes = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("held_on",), False),)


class TrainingAttendee(BaseModel):
    training = pw.ForeignKeyField(Training, backref="attendees", on_delete="CASCADE")
    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="CASCADE")
    score = pw.IntegerField(null=True)
    comment = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("training", "staff"), True),)


class RewardFine(BaseModel):
    """A fine or a reward of one staff member. `source` names what caused it once (an
    upheld complaint 'complaint:<case id>', an appraisal), so it is never recorded twice."""

    staff = pw.ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    kind = pw.CharField(max_length=6)  # fine | reward
    category = pw.CharField(max_length=16)
    amount_cents = MoneyField()
    day = pw.DateField()
    reason = pw.TextField(default="")
    source = pw.CharField(max_length=80, default="")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    void_reason = pw.TextField(default="")

    class Meta:
        indexes = ((("staff", "day"), False), (("day",), False))


class FundEntry(BaseModel):
    """部门成长基金: income (every fine) and spending (what, for whom). Never deleted: a
    mistake is voided with a reason and stays visible."""

    day = pw.DateField()
    kind = pw.CharField(max_length=8)  # income | spending
    category = pw.CharField(max_length=16)
    amount_cents = MoneyField()
    description = pw.CharField(max_length=200, default="")  # what
    people = pw.CharField(max_length=200, default="")  # who took part / who paid
    reward_fine = pw.ForeignKeyField(RewardFine, null=True, backref="+", on_delete="SET NULL")
    created_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = pw.DateTimeField()
    voided_at = pw.DateTimeField(null=True)
    voided_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    void_reason = pw.TextField(default="")

    class Meta:
        indexes = ((("day", "id"), False),)


ROSTER_MODELS = [ShiftTemplate, RosterEntry, Punch, AttendanceCorrection, LeaveRequest, HandoverItem, Meeting,
                 MeetingMember, MeetingDecision, Training, TrainingAttendee, RewardFine, FundEntry]
