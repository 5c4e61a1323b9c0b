"""Staff records 员工档案: staff number 工号, name, role, phone, hire date, status 在职/离职,
base monthly wage (the owner's eyes only), linked user accounts. Leaving 离职 and the
hand-over of what the person held are in services/leaving.py."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role, role_label
from shopmanager.core.text import clean_text
from shopmanager.db.models import Staff, User
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource

_STAFF_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-_.]{0,19}")


def status_label(status: str) -> str:
    """在职 / 离职."""
    return tr("Staff", "Employed") if status == "active" else tr("Staff", "Left")


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
    staff_no: str = ""
    base_wage_cents: int | None = None  # None: the reader may not see wages
    accounts: tuple[str, ...] = field(default_factory=tuple)

    @property
    def status_text(self) -> str:
        return status_label(self.status)

    def label(self) -> str:
        """'0003 张敏' — how pickers show a person."""
        return f"{self.staff_no} {self.name}".strip()


def _accounts() -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for staff_id, username in User.select(User.staff, User.username).where(User.staff.is_null(False)).order_by(
            User.username).tuples():
        found.setdefault(staff_id, []).append(username)
    return {key: tuple(value) for key, value in found.items()}


def _info(row: Staff, actor: Actor | None = None, accounts: tuple[str, ...] = ()) -> StaffInfo:
    values = {f.name: getattr(row, f.name) for f in fields(StaffInfo) if f.name not in ("base_wage_cents", "accounts")}
    wage = row.base_wage_cents if actor is None or actor.can(Perm.STAFF_WAGES) else None
    return StaffInfo(**values, base_wage_cents=wage, accounts=accounts)


def list_staff(actor: Actor, *, include_left: bool = True) -> list[StaffInfo]:
    """Names and roles are needed on many screens (order taker, handover), so any user may list them;
    phone, dates and notes only with staff.view, wages only with staff.wages."""
    query = Staff.select().order_by(Staff.status, Staff.staff_no, Staff.name)
    if not include_left:
        query = query.where(Staff.status == "active")
    accounts = _accounts()
    rows = [_info(s, actor, accounts.get(s.id, ())) for s in query]
    if not actor.can(Perm.STAFF_VIEW):
        rows = [StaffInfo(s.id, s.name, s.role, "", None, s.status, None, "", s.staff_no) for s in rows]
    return rows


def get_staff(actor: Actor, staff_id: int) -> StaffInfo:
    person = next((s for s in list_staff(actor) if s.id == staff_id), None)
    if person is None:
        raise NotFound(tr("Users", "That staff member no longer exists."))
    return person


def next_staff_no() -> str:
    """The next free number: one more than the highest all-digit number, as wide (at least 4)."""
    numbers = [no for (no,) in Staff.select(Staff.staff_no).where(Staff.staff_no != "").tuples() if no.isdigit()]
    highest = max((int(no) for no in numbers), default=0)
    width = max([4] + [len(no) for no in numbers])
    return f"{highest + 1:0{width}d}"


def _clean(name: str, role: str, phone: str) -> tuple[str, str, str]:
    name = clean_text(name)  # no ESC, BEL or bidi override in a name shown on every schedule and report
    if not name or len(name) > 40:
        raise ValidationError(tr("Staff", "Name: 1 to 40 characters."), field="name")
    try:
        role = Role(role).value
    except ValueError:
        raise ValidationError(tr("Users", "Unknown role '{role}'.").format(role=role), field="role") from None
    return name, role, clean_text(phone)[:30]


def _staff_no(text: str, staff_id: int | None) -> str:
    number = (text or "").strip()
    if not number:
        return next_staff_no()
    if not _STAFF_NO.fullmatch(number):
        raise ValidationError(tr("Staff", "Staff number: up to 20 letters or digits (e.g. 0007)."), field="staff_no")
    holder = Staff.select(Staff.id, Staff.name).where(Staff.staff_no == number).first()
    if holder is not None and holder.id != staff_id:
        raise Conflict(tr("Staff", "Staff number {no} already belongs to {name}.").format(no=number, name=holder.name),
                       field="staff_no")
    return number


def _wage(actor: Actor, wage_cents: int | None) -> int | None:
    if wage_cents is None:
        return None
    if not actor.can(Perm.STAFF_WAGES):
        raise PermissionDenied(tr("Staff", "Only the owner sets wages."))
    if not isinstance(wage_cents, int) or wage_cents < 0 or wage_cents > 10_000_000_00:
        raise ValidationError(tr("Staff", "Base monthly wage: an amount from 0 to 10,000,000."), field="base_wage")
    return wage_cents


def create_staff(actor: Actor, *, name: str, role: str, phone: str = "", hire_date: dt.date | None = None,
                 notes: str = "", staff_no: str = "", base_wage_cents: int | None = None) -> StaffInfo:
    require(actor, Perm.STAFF_MANAGE, entity="staff")
    name, role, phone = _clean(name, role, phone)
    wage = _wage(actor, base_wage_cents)

    def work() -> StaffInfo:
        number = _staff_no(staff_no, None)
        row = Staff.create(name=name, role=role, phone=phone, hire_date=hire_date, notes=notes.strip(),
                           staff_no=number, base_wage_cents=wage or 0, created_at=timeutil.now())
        new: dict[str, Any] = {"staff_no": number, "name": name, "role": role, "phone": phone, "hire_date": hire_date}
        if wage:
            new["base_wage_cents"] = wage
        audit(actor, "create", "staff", row.id, new=new, summary=f"{number} {name}")
        return _info(row, actor)

    return write_retrying(work)


def update_staff(actor: Actor, staff_id: int, *, name: str, role: str, phone: str = "",
                 hire_date: dt.date | None = None, notes: str = "", staff_no: str | None = None,
                 base_wage_cents: int | None = None) -> StaffInfo:
    """Change a record; `staff_no`/`base_wage_cents` None keep what is stored."""
    require(actor, Perm.STAFF_MANAGE, entity="staff", entity_id=staff_id)
    name, role, phone = _clean(name, role, phone)
    wage = _wage(actor, base_wage_cents)

    def work() -> None:
        row = Staff.get_or_none(Staff.id == staff_id)
        if row is None:
            raise NotFound(tr("Users", "That staff member no longer exists."))
        number = row.staff_no if staff_no is None else _staff_no(staff_no, staff_id)
        old = {"staff_no": row.staff_no, "name": row.name, "role": row.role, "phone": row.phone,
               "hire_date": row.hire_date, "notes": row.notes}
        new = dict(old, staff_no=number, name=name, role=role, phone=phone, hire_date=hire_date, notes=notes.strip())
        values = dict(new)
        if wage is not None:
            old["base_wage_cents"], new["base_wage_cents"] = row.base_wage_cents, wage
            values["base_wage_cents"] = wage
        Staff.update(**values).where(Staff.id == staff_id).execute()
        audit(actor, "update", "staff", staff_id, old=old, new=new, summary=f"{number} {name}")

    write_retrying(work)
    return get_staff(actor, staff_id)


def mark_left(actor: Actor, staff_id: int, left_date: dt.date) -> int:
    """离职 without a hand-over (services/leaving.py does the whole step). Returns accounts disabled."""
    from shopmanager.services.leaving import leave_shop

    return leave_shop(actor, staff_id, left_date).accounts_disabled


def staff_by_number() -> dict[str, tuple[int, str]]:
    """staff number → (id, name), for imports."""
    return {no: (staff_id, name) for staff_id, no, name in
            Staff.select(Staff.id, Staff.staff_no, Staff.name).where(Staff.staff_no != "").tuples()}


class StaffSource(ListSource):
    """The staff list for `shopmanager export staff` (wages only for the owner)."""

    model = Staff
    view_perm = Perm.STAFF_VIEW
    default_sort = "staff_no"
    columns = [
        Column("staff_no", lambda: tr("Staff", "Staff no."), sort=Staff.staff_no, width=70),
        Column("name", lambda: tr("Staff", "Name"), sort=Staff.name, width=90),
        Column("role", lambda: tr("Users", "Role"), width=100),
        Column("phone", lambda: tr("Users", "Phone"), width=110),
        Column("hire_date", lambda: tr("Users", "Hire date"), "date", width=90),
        Column("status", lambda: tr("Users", "Status"), width=60),
        Column("left_date", lambda: tr("Staff", "Last working day"), "date", width=90),
        Column("accounts", lambda: tr("Staff", "User account"), width=100),
        Column("base_wage_cents", lambda: tr("Staff", "Base monthly wage"), "money", width=100),
    ]

    def __init__(self, actor: Actor):
        super().__init__(actor)
        if not actor.can(Perm.STAFF_WAGES):
            self.columns = [c for c in self.columns if c.key != "base_wage_cents"]
        self._accounts = _accounts()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = Staff.select(Staff.id, Staff.staff_no, Staff.name, Staff.role, Staff.phone, Staff.hire_date,
                             Staff.status, Staff.left_date, Staff.base_wage_cents)
        if request.filters.get("status"):
            query = query.where(Staff.status == request.filters["status"])
        text = request.search.strip()
        if text:
            query = query.where(Staff.name.contains(text) | Staff.staff_no.contains(text) | Staff.phone.contains(text))
        return query

    def to_row(self, record: dict[str, Any]) -> tuple:
        values = dict(record, role=role_label(record["role"]), status=status_label(record["status"]),
                      accounts=", ".join(self._accounts.get(record["id"], ())))
        return tuple(values[c.key] for c in self.columns)
