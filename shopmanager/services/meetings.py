"""The weekly meeting 部门例会 (seed 001 人员管理 3: every Monday 18:00, chaired by the
supervisor, each customer-service member reports last week's work and what to improve)
and training records 培训记录 (seed 004: date, content, trainer, score per attendee)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import Meeting, MeetingDecision, MeetingMember, Staff, Training, TrainingAttendee
from shopmanager.services import settings
from shopmanager.services.context import Actor, audit, require, write_retrying


@dataclass
class MemberReport:
    staff_id: int
    present: bool = True
    last_week: str = ""
    improve: str = ""
    name: str = ""


@dataclass
class Decision:
    text: str
    owner_id: int | None = None
    due_date: dt.date | None = None
    done: bool = False
    owner_name: str = ""


@dataclass
class MeetingRecord:
    held_at: dt.datetime
    chair_id: int | None
    title: str = ""
    notes: str = ""
    members: list[MemberReport] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    id: int | None = None
    chair_name: str = ""


def meeting_time() -> tuple[int, dt.time]:
    """(weekday 0 = Monday, time) of the weekly meeting (settings)."""
    weekday = int(settings.get("meeting.weekday"))
    hours, minutes = (int(part) for part in settings.get("meeting.time").split(":"))
    return weekday, dt.time(hours, minutes)


def next_meeting(now: dt.datetime | None = None) -> dt.datetime:
    """The next weekly meeting from now (today's while it has not ended — it lasts an hour)."""
    now = now or timeutil.now()
    weekday, at = meeting_time()
    day = now.date() + dt.timedelta(days=(weekday - now.weekday()) % 7)
    moment = dt.datetime.combine(day, at)
    if moment + dt.timedelta(hours=1) < now:
        moment += dt.timedelta(days=7)
    return moment


def meeting_due(actor: Actor) -> bool:
    """Today is the meeting day and its minutes are not written yet (the navigation's reminder)."""
    if not actor.can(Perm.ROSTER_VIEW):
        return False
    now = timeutil.now()
    if next_meeting(now).date() != now.date():
        return False
    return not Meeting.select().where(Meeting.held_at >= dt.datetime.combine(now.date(), dt.time()),
                                      Meeting.held_at < dt.datetime.combine(now.date() + dt.timedelta(days=1),
                                                                            dt.time())).exists()


def reminder(actor: Actor) -> str:
    """On the meeting day: 'Weekly meeting today at 18:00' (and whether its minutes are written)."""
    if not actor.can(Perm.ROSTER_VIEW):
        return ""
    now = timeutil.now()
    moment = next_meeting(now)
    if moment.date() != now.date():
        return ""
    if not meeting_due(actor):
        return tr("Meetings", "Today's weekly meeting is recorded.")
    return tr("Meetings", "Weekly meeting today at {time}: each customer-service member reports last week's work and "
                          "what to improve.").format(time=f"{moment:%H:%M}")


def new_meeting(actor: Actor, held_at: dt.datetime | None = None) -> MeetingRecord:
    """A blank record for the next meeting: the supervisor in the chair, every employed
    customer-service member (and supervisor) listed to report."""
    require(actor, Perm.ROSTER_VIEW, entity="meeting")
    people = list(Staff.select().where(Staff.status == "active").order_by(Staff.staff_no, Staff.name))
    chair = next((p for p in people if p.role == Role.SUPERVISOR), None)
    members = [MemberReport(p.id, name=p.name) for p in people if p.role in (Role.CUSTOMER_SERVICE, Role.SUPERVISOR)]
    return MeetingRecord(held_at or next_meeting(), chair.id if chair else None,
                         tr("Meetings", "Weekly meeting"), members=members,
                         chair_name=chair.name if chair else "")


def _clean_meeting(record: MeetingRecord) -> None:
    record.title = (record.title or "").strip()[:100] or tr("Meetings", "Weekly meeting")
    record.notes = (record.notes or "").strip()
    if record.held_at > timeutil.now() + dt.timedelta(days=7):
        raise ValidationError(tr("Meetings", "Minutes are written for a meeting held, not one weeks ahead."),
                              field="held_at")
    seen = set()
    for member in record.members:
        if member.staff_id in seen:
            raise ValidationError(tr("Meetings", "{name} is listed twice.").format(name=member.name), field="members")
        seen.add(member.staff_id)
    for index, decision in enumerate(record.decisions, start=1):
        decision.text = (decision.text or "").strip()
        if not decision.text:
            raise ValidationError(tr("Meetings", "Decision {n}: write what was decided.").format(n=index),
                                  field="decisions")


def save_meeting(actor: Actor, record: MeetingRecord) -> int:
    require(actor, Perm.MEETINGS_EDIT, entity="meeting", entity_id=record.id or "")
    _clean_meeting(record)

    def work() -> int:
        now = timeutil.now()
        values = {"held_at": record.held_at, "chair": record.chair_id, "title": record.title, "notes": record.notes}
        if record.id is None:
            meeting = Meeting.create(**values, created_by=actor.user_id, created_at=now, updated_at=now)
            old = {}
        else:
            meeting = Meeting.get_or_none(Meeting.id == record.id)
            if meeting is None:
                raise NotFound(tr("Meetings", "That meeting record no longer exists."))
            old = {"held_at": meeting.held_at, "chair": meeting.chair_id, "title": meeting.title,
                   "notes": meeting.notes}
            Meeting.update(**values, updated_at=now).where(Meeting.id == meeting.id).execute()
            MeetingMember.delete().where(MeetingMember.meeting == meeting.id).execute()
            MeetingDecision.delete().where(MeetingDecision.meeting == meeting.id).execute()
        for member in record.members:
            MeetingMember.create(meeting=meeting.id, staff=member.staff_id, present=member.present,
                                 last_week=member.last_week.strip(), improve=member.improve.strip())
        for decision in record.decisions:
            MeetingDecision.create(meeting=meeting.id, text=decision.text, owner=decision.owner_id,
                                   due_date=decision.due_date, done_at=now if decision.done else None)
        audit(actor, "create" if not old else "update", "meeting", meeting.id, old=old,
              new=dict(values, members=len(record.members), decisions=len(record.decisions)),
              summary=f"{record.held_at:%Y-%m-%d} {record.title}")
        return meeting.id

    return write_retrying(work)


def get_meeting(actor: Actor, meeting_id: int) -> MeetingRecord:
    require(actor, Perm.ROSTER_VIEW, entity="meeting", entity_id=meeting_id)
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise NotFound(tr("Meetings", "That meeting record no longer exists."))
    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    members = [MemberReport(m.staff_id, m.present, m.last_week, m.improve, names.get(m.staff_id, ""))
               for m in MeetingMember.select().where(MeetingMember.meeting == meeting_id).order_by(MeetingMember.id)]
    decisions = [Decision(d.text, d.owner_id, d.due_date, d.done_at is not None, names.get(d.owner_id, ""))
                 for d in MeetingDecision.select().where(MeetingDecision.meeting == meeting_id)
                 .order_by(MeetingDecision.id)]
    return MeetingRecord(meeting.held_at, meeting.chair_id, meeting.title, meeting.notes, members, decisions,
                         meeting.id, names.get(meeting.chair_id, ""))


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_at: dt.datetime
    title: str
    chair: str
    present: int
    decisions: int
    open_decisions: int


def list_meetings(actor: Actor, limit: int = 200) -> list[MeetingRow]:
    require(actor, Perm.ROSTER_VIEW, entity="meeting")
    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    rows = []
    for meeting in Meeting.select().order_by(Meeting.held_at.desc()).limit(limit):
        present = MeetingMember.select().where(MeetingMember.meeting == meeting.id,
                                               MeetingMember.present == True).count()  # noqa: E712
        decisions = MeetingDecision.select().where(MeetingDecision.meeting == meeting.id)
        rows.append(MeetingRow(meeting.id, meeting.held_at, meeting.title, names.get(meeting.chair_id, ""), present,
                               decisions.count(), decisions.where(MeetingDecision.done_at.is_null()).count()))
    return rows


# -- training -------------------------------------------------------------------------------------

@dataclass
class Attendee:
    staff_id: int
    score: int | None = None
    comment: str = ""
    name: str = ""


@dataclass
class TrainingRecord:
    held_on: dt.date
    topic: str
    trainer: str = ""
    notes: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    id: int | None = None


def save_training(actor: Actor, record: TrainingRecord) -> int:
    require(actor, Perm.MEETINGS_EDIT, entity="training", entity_id=record.id or "")
    record.topic = (record.topic or "").strip()
    if not record.topic or len(record.topic) > 100:
        raise ValidationError(tr("Training", "Topic: 1 to 100 characters."), field="topic")
    record.trainer = (record.trainer or "").strip()[:40]
    if not record.attendees:
        raise ValidationError(tr("Training", "List who attended."), field="attendees")
    for attendee in record.attendees:
        if attendee.score is not None and not 0 <= attendee.score <= 100:
            raise ValidationError(tr("Training", "{name}: a score from 0 to 100.").format(name=attendee.name),
                                  field="attendees")
    if len({a.staff_id for a in record.attendees}) != len(record.attendees):
        raise ValidationError(tr("Training", "Someone is listed twice."), field="attendees")

    def work() -> int:
        values = {"held_on": record.held_on, "topic": record.topic, "trainer": record.trainer,
                  "notes": record.notes.strip()}
        if record.id is None:
            row = Training.create(**values, created_by=actor.user_id, created_at=timeutil.now())
            old = {}
        else:
            row = Training.get_or_none(Training.id == record.id)
            if row is None:
                raise NotFound(tr("Training", "That training record no longer exists."))
            old = {"held_on": row.held_on, "topic": row.topic, "trainer": row.trainer, "notes": row.notes}
            Training.update(**values).where(Training.id == row.id).execute()
            TrainingAttendee.delete().where(TrainingAttendee.training == row.id).execute()
        for attendee in record.attendees:
            TrainingAttendee.create(training=row.id, staff=attendee.staff_id, score=attendee.score,
                                    comment=attendee.comment.strip()[:200])
        audit(actor, "create" if not old else "update", "training", row.id, old=old,
              new=dict(values, attendees=len(record.attendees)), summary=f"{record.held_on:%Y-%m-%d} {record.topic}")
        return row.id

    return write_retrying(work)


def get_training(actor: Actor, training_id: int) -> TrainingRecord:
    require(actor, Perm.ROSTER_VIEW, entity="training", entity_id=training_id)
    row = Training.get_or_none(Training.id == training_id)
    if row is None:
        raise NotFound(tr("Training", "That training record no longer exists."))
    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    attendees = [Attendee(a.staff_id, a.score, a.comment, names.get(a.staff_id, "")) for a in
                 TrainingAttendee.select().where(TrainingAttendee.training == training_id).order_by(TrainingAttendee.id)]
    return TrainingRecord(row.held_on, row.topic, row.trainer, row.notes, attendees, row.id)


@dataclass(frozen=True)
class TrainingRow:
    id: int
    held_on: dt.date
    topic: str
    trainer: str
    attendees: int
    average_score: float | None


def list_trainings(actor: Actor, *, staff_id: int | None = None) -> list[TrainingRow]:
    require(actor, Perm.ROSTER_VIEW, entity="training")
    rows = []
    for training in Training.select().order_by(Training.held_on.desc(), Training.id.desc()):
        attendees = list(TrainingAttendee.select().where(TrainingAttendee.training == training.id))
        if staff_id is not None and staff_id not in {a.staff_id for a in attendees}:
            continue
        scores = [a.score for a in attendees if a.score is not None]
        rows.append(TrainingRow(training.id, training.held_on, training.topic, training.trainer, len(attendees),
                                sum(scores) / len(scores) if scores else None))
    return rows
