"""Staff records (name, role, phone, hire date, active/left); accounts link to them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import Staff, User
from shopmanager.services.context import Actor, audit, require, write_retrying


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    role: str
    phone: str
    hire_date: dt.date | None
    status: str
    left_date: dt.date | None
    notes: str


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(**{f.name: getattr(row, f.name) for f in fields(StaffInfo)})


def list_staff(actor: Actor, *, include_left: bool = True) -> list[StaffInfo]:
    """Names and roles are needed on many screens (order taker, handover), so any user may list them."""
    query = Staff.select().order_by(Staff.status, Staff.name)
    if not include_left:
        query = query.where(Staff.status == "active")
    rows = [_info(s) for s in query]
    if not actor.can(Perm.STAFF_VIEW):
        rows = [StaffInfo(s.id, s.name, s.role, "", None, s.status, None, "") for s in rows]
    return rows


def _clean(name: str, role: str, phone: str) -> tuple[str, str, str]:
    name = name.strip()
    if not name or len(name) > 40:
        raise ValidationError(tr("Staff", "Name: 1 to 40 characters."), field="name")
    try:
        role = Role(role).value
    except ValueError:
        raise ValidationError(tr("Users", "Unknown role '{role}'.").format(role=role), field="role") from None
    return name, role, phone.strip()[:30]


def create_staff(actor: Actor, *, name: str, role: str, phone: str = "", hire_date: dt.date | None = None,
                 notes: str = "") -> StaffInfo:
    require(actor, Perm.STAFF_MANAGE, entity="staff")
    name, role, phone = _clean(name, role, phone)

    def work() -> StaffInfo:
        row = Staff.create(name=name, role=role, phone=phone, hire_date=hire_date, notes=notes.strip(),
                           created_at=timeutil.now())
        audit(actor, "create", "staff", row.id, new={"name": name, "role": role, "phone": phone,
                                                       "hire_date": hire_date})
        return _info(row)

    return write_retrying(work)


def update_staff(actor: Actor, staff_id: int, *, name: str, role: str, phone: str = "",
                 hire_date: dt.date | None = None, notes: str = "") -> StaffInfo:
    require(actor, Perm.STAFF_MANAGE, entity="staff", entity_id=staff_id)
    name, role, phone = _clean(name, role, phone)

    def work() -> StaffInfo:
        row = Staff.get_or_none(Staff.id == staff_id)
        if row is None:
            raise NotFound(tr("Users", "That staff member no longer exists."))
        old = _info(row).__dict__
        Staff.update(name=name, role=role, phone=phone, hire_date=hire_date, notes=notes.strip()).where(
            Staff.id == staff_id).execute()
        new = dict(old, name=name, role=role, phone=phone, hire_date=hire_date, notes=notes.strip())
        audit(actor, "update", "staff", staff_id, old=old, new=new, summary=name)
        return StaffInfo(**new)

    return write_retrying(work)


def mark_left(actor: Actor, staff_id: int, left_date: dt.date) -> int:
    """离职: the staff member leaves; their accounts are disabled. Returns accounts disabled."""
    require(actor, Perm.STAFF_MANAGE, entity="staff", entity_id=staff_id)

    def work() -> int:
        row = Staff.get_or_none(Staff.id == staff_id)
        if row is None:
            raise NotFound(tr("Users", "That staff member no longer exists."))
        owners = User.select().where(User.role == Role.OWNER, User.active == True,  # noqa: E712
                                     User.staff != staff_id).count()
        if row.role == Role.OWNER and owners == 0:
            raise ValidationError(tr("Users", "The shop needs at least one active owner account."))
        Staff.update(status="left", left_date=left_date).where(Staff.id == staff_id).execute()
        disabled = User.update(active=False).where(User.staff == staff_id, User.active == True).execute()  # noqa: E712
        audit(actor, "left", "staff", staff_id, old={"status": row.status}, new={"status": "left",
              "left_date": left_date}, summary=tr("Staff", "{name} left; {n} account(s) disabled").format(
                  name=row.name, n=disabled))
        return disabled

    return write_retrying(work)
