"""Leave 请假 (seed 001 人员管理 7): requested by the employee in advance, approved or
rejected by the supervisor or owner. Approved leave is not absence (core/attendance.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role
from shopmanager.core.roster import LeaveStatus, check_leave, leave_label, leave_status_label
from shopmanager.db.models import LeaveRequest, Staff
from shopmanager.services.context import Actor, audit, require, write_retrying

ACTIVE = (LeaveStatus.PENDING, LeaveStatus.APPROVED)


@dataclass(frozen=True)
class LeaveInfo:
    id: int
    staff_id: int
    staff_name: str
    kind: str
    start_at: dt.datetime
    end_at: dt.datetime
    reason: str
    status: str
    requested_at: dt.datetime
    decided_at: dt.datetime | None
    decision_note: str

    @property
    def kind_text(self) -> str:
        return leave_label(self.kind)

    @property
    def status_text(self) -> str:
        return leave_status_label(self.status)


def _info(row: LeaveRequest, name: str) -> LeaveInfo:
    return LeaveInfo(row.id, row.staff_id, name, row.kind, row.start_at, row.end_at, row.reason, row.status,
                     row.requested_at, row.decided_at, row.decision_note)


def request_leave(actor: Actor, *, kind: str, start_at: dt.datetime, end_at: dt.datetime, reason: str,
                  staff_id: int | None = None) -> int:
    """Ask for leave (for oneself; a supervisor may also enter it for someone, e.g. sick leave
    afterwards). Leave overlapping another pending or approved request is refused."""
    own = staff_id is None or staff_id == actor.staff_id
    if own:
        require(actor, Perm.ROSTER_VIEW, entity="leave")
        if actor.staff_id is None:
            raise ValidationError(tr("Attendance", "Your account is not linked to a staff record. Ask the owner to "
                                                   "link it (Staff & accounts)."))
        staff_id = actor.staff_id
    else:
        require(actor, Perm.ATTENDANCE_MANAGE, entity="leave")
    kind, reason = check_leave(kind, start_at, end_at, reason)
    now = timeutil.now()
    if own and not actor.can(Perm.ATTENDANCE_MANAGE) and start_at.date() < now.date():
        raise ValidationError(tr("Leave", "Leave is asked for in advance: it cannot start before today. For past "
                                          "days (sick leave), ask your supervisor to enter it."), field="start_at")

    def work() -> int:
        person = Staff.get_or_none(Staff.id == staff_id)
        if person is None:
            raise NotFound(tr("Users", "That staff member no longer exists."))
        clash = LeaveRequest.select().where(LeaveRequest.staff == staff_id, LeaveRequest.status.in_(list(ACTIVE)),
                                            LeaveRequest.start_at < end_at, LeaveRequest.end_at > start_at).first()
        if clash is not None:
            raise Conflict(tr("Leave", "{name} has {kind} from {start} to {end} already ({status}).").format(
                name=person.name, kind=leave_label(clash.kind), start=f"{clash.start_at:%m-%d %H:%M}",
                end=f"{clash.end_at:%m-%d %H:%M}", status=leave_status_label(clash.status)), field="start_at")
        row = LeaveRequest.create(staff=staff_id, kind=kind, start_at=start_at, end_at=end_at, reason=reason,
                                  requested_by=actor.user_id, requested_at=now)
        audit(actor, "create", "leave", row.id, new={"staff": staff_id, "kind": kind, "start_at": start_at,
                                                      "end_at": end_at, "reason": reason},
              summary=f"{person.name} {leave_label(kind)}")
        return row.id

    return write_retrying(work)


def decide(actor: Actor, leave_id: int, *, approve: bool, note: str = "") -> None:
    """Approve or reject a pending request. Nobody but the owner approves their own leave."""
    require(actor, Perm.ATTENDANCE_MANAGE, entity="leave", entity_id=leave_id)

    def work() -> None:
        row = LeaveRequest.get_or_none(LeaveRequest.id == leave_id)
        if row is None:
            raise NotFound(tr("Leave", "That leave request no longer exists."))
        if row.status != LeaveStatus.PENDING:
            raise Conflict(tr("Leave", "This request was decided already: {status}.").format(
                status=leave_status_label(row.status)))
        if row.staff_id == actor.staff_id and actor.role != Role.OWNER:
            raise PermissionDenied(tr("Leave", "Your own leave is approved by someone else."))
        status = LeaveStatus.APPROVED if approve else LeaveStatus.REJECTED
        LeaveRequest.update(status=status, decided_by=actor.user_id, decided_at=timeutil.now(),
                            decision_note=(note or "").strip()[:500]).where(LeaveRequest.id == leave_id).execute()
        audit(actor, "approve" if approve else "reject", "leave", leave_id, old={"status": row.status},
              new={"status": status, "decision_note": note.strip()})

    write_retrying(work)


def withdraw(actor: Actor, leave_id: int) -> None:
    """The employee withdraws their own request (pending, or approved and not yet started)."""
    require(actor, Perm.ROSTER_VIEW, entity="leave", entity_id=leave_id)

    def work() -> None:
        row = LeaveRequest.get_or_none(LeaveRequest.id == leave_id)
        if row is None:
            raise NotFound(tr("Leave", "That leave request no longer exists."))
        if row.staff_id != actor.staff_id and not actor.can(Perm.ATTENDANCE_MANAGE):
            raise PermissionDenied(tr("Leave", "Only your own leave requests can be withdrawn."))
        if row.status not in ACTIVE or (row.status == LeaveStatus.APPROVED and row.start_at <= timeutil.now()):
            raise Conflict(tr("Leave", "Only a waiting request, or approved leave that has not started, can be "
                                       "withdrawn."))
        LeaveRequest.update(status=LeaveStatus.CANCELLED).where(LeaveRequest.id == leave_id).execute()
        audit(actor, "cancel", "leave", leave_id, old={"status": row.status}, new={"status": LeaveStatus.CANCELLED})

    write_retrying(work)


def list_leave(actor: Actor, *, staff_id: int | None = None, status: str | None = None,
               since: dt.date | None = None) -> list[LeaveInfo]:
    """Requests, newest first: one's own, or everyone's for a supervisor (staff_id None)."""
    if staff_id is None or staff_id != actor.staff_id:
        require(actor, Perm.ATTENDANCE_MANAGE, entity="leave")
    else:
        require(actor, Perm.ROSTER_VIEW, entity="leave")
    query = (LeaveRequest.select(LeaveRequest, Staff.name.alias("staff_name"))
             .join(Staff, on=(LeaveRequest.staff == Staff.id)).order_by(LeaveRequest.start_at.desc()))
    if staff_id is not None:
        query = query.where(LeaveRequest.staff == staff_id)
    if status:
        query = query.where(LeaveRequest.status == status)
    if since is not None:
        query = query.where(LeaveRequest.end_at >= dt.datetime.combine(since, dt.time()))
    return [_info(row, row.staff_name) for row in query.objects()]


def pending_count(actor: Actor) -> int:
    """Requests waiting for the actor's decision (navigation badge): 0 for who cannot decide."""
    if not actor.can(Perm.ATTENDANCE_MANAGE):
        return 0
    return LeaveRequest.select().where(LeaveRequest.status == LeaveStatus.PENDING).count()
