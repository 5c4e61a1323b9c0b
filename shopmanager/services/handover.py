"""The handover book 交接本 (seed 001 人员管理 1): before leaving, the day shift writes what the
night shift must know; the night shift writes the open matters before closing. An item
stays open until someone of a later shift ticks it off; open items show on the
dashboard of whoever is at work next."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import HandoverItem, RosterEntry, Staff
from shopmanager.services.context import Actor, audit, require, write_retrying

MAX_TEXT = 1000


@dataclass(frozen=True)
class HandoverInfo:
    id: int
    written_at: dt.datetime
    author_id: int | None
    author: str
    from_shift: str
    to_shift: str
    text: str
    done_at: dt.datetime | None
    done_by: str
    done_note: str

    @property
    def is_open(self) -> bool:
        return self.done_at is None


def _current_shift_name(staff_id: int | None, now: dt.datetime) -> str:
    """The name of the shift the person is on now (or today's first), '' without one."""
    if staff_id is None:
        return ""
    names = [(e.start_time, e.name) for e in RosterEntry.select(RosterEntry.start_time, RosterEntry.name).where(
        RosterEntry.staff == staff_id, RosterEntry.day == now.date(), RosterEntry.kind == "shift")]
    started = [name for start, name in sorted(names) if start <= f"{now:%H:%M}"]
    return (started[-1] if started else names[0][1] if names else "")


def write_item(actor: Actor, text: str, *, to_shift: str = "") -> int:
    """A matter for the next shift, written by the actor (their current shift noted)."""
    require(actor, Perm.ROSTER_VIEW, entity="handover")
    text = (text or "").strip()
    if not text:
        raise ValidationError(tr("Handover", "Write what the next shift must know."), field="text")
    if len(text) > MAX_TEXT:
        raise ValidationError(tr("Handover", "At most {n} characters per item: split it.").format(n=MAX_TEXT),
                              field="text")

    def work() -> int:
        now = timeutil.now()
        row = HandoverItem.create(written_at=now, author=actor.staff_id, written_by=actor.user_id,
                                  from_shift=_current_shift_name(actor.staff_id, now), to_shift=to_shift.strip()[:20],
                                  text=text)
        audit(actor, "create", "handover", row.id, new={"text": text, "from_shift": row.from_shift,
                                                         "to_shift": row.to_shift}, summary=text[:60])
        return row.id

    return write_retrying(work)


def tick_off(actor: Actor, item_id: int, note: str = "") -> None:
    """The next shift has taken the matter over. The writer cannot tick off their own item
    (it is for the next shift), except a supervisor or the owner."""
    require(actor, Perm.ROSTER_VIEW, entity="handover", entity_id=item_id)

    def work() -> None:
        row = HandoverItem.get_or_none(HandoverItem.id == item_id)
        if row is None:
            raise NotFound(tr("Handover", "That handover item no longer exists."))
        if row.done_at is not None:
            raise Conflict(tr("Handover", "This item was ticked off already ({time}).").format(
                time=f"{row.done_at:%m-%d %H:%M}"))
        own = row.written_by_id == actor.user_id or (row.author_id is not None and row.author_id == actor.staff_id)
        if own and actor.role not in (Role.OWNER, Role.SUPERVISOR):
            raise PermissionDenied(tr("Handover", "You wrote this item: the next shift ticks it off."))
        now = timeutil.now()
        HandoverItem.update(done_at=now, done_by=actor.user_id, done_staff=actor.staff_id,
                            done_note=(note or "").strip()[:500]).where(HandoverItem.id == item_id).execute()
        audit(actor, "done", "handover", item_id, old={"done_at": None}, new={"done_at": now, "done_note": note.strip()},
              summary=row.text[:60])

    write_retrying(work)


def _query():
    author = Staff.alias()
    doer = Staff.alias()
    return (HandoverItem.select(HandoverItem, author.name.alias("author_name"), doer.name.alias("doer_name"))
            .join(author, peewee.JOIN.LEFT_OUTER, on=(HandoverItem.author == author.id))
            .switch(HandoverItem).join(doer, peewee.JOIN.LEFT_OUTER, on=(HandoverItem.done_staff == doer.id)))


def _info(row) -> HandoverInfo:
    return HandoverInfo(row.id, row.written_at, row.author_id, row.author_name or "", row.from_shift, row.to_shift,
                        row.text, row.done_at, row.doer_name or "", row.done_note)


def list_items(actor: Actor, *, open_only: bool = False, days: int = 14) -> list[HandoverInfo]:
    """Open items (oldest first), then those ticked off in the last `days` days (newest first)."""
    require(actor, Perm.ROSTER_VIEW, entity="handover")
    items = [_info(r) for r in _query().where(HandoverItem.done_at.is_null()).order_by(HandoverItem.written_at)
             .objects()]
    if not open_only:
        since = timeutil.now() - dt.timedelta(days=days)
        items += [_info(r) for r in _query().where(HandoverItem.done_at >= since)
                  .order_by(HandoverItem.done_at.desc()).objects()]
    return items


def open_for(actor: Actor) -> list[HandoverInfo]:
    """Open items someone else wrote: what the actor's shift must take over (dashboard)."""
    if not actor.can(Perm.ROSTER_VIEW):
        return []
    return [i for i in list_items(actor, open_only=True)
            if not (actor.staff_id is not None and i.author_id == actor.staff_id)]
