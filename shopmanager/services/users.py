"""User accounts: the owner creates, disables, resets and assigns roles."""
from __future__ import annotations

import datetime as dt

import peewee
from dataclasses import dataclass, replace

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import SUPPORTED_LANGUAGES, tr
from shopmanager.core.passwords import check_strength, hash_password
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import Staff, User
from shopmanager.services.auth import validate_username
from shopmanager.services.context import Actor, audit, require, write_retrying


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    role: str
    active: bool
    staff_id: int | None
    staff_name: str
    last_login_at: dt.datetime | None
    must_change_password: bool


def _info(user: User, staff_name: str = "") -> UserInfo:
    return UserInfo(user.id, user.username, user.role, user.active, user.staff_id, staff_name,
                    user.last_login_at, user.must_change_password)


def list_users(actor: Actor) -> list[UserInfo]:
    require(actor, Perm.USERS_MANAGE, entity="user")
    query = (User.select(User, Staff.name.alias("staff_name"))
             .join(Staff, on=(User.staff == Staff.id), join_type=peewee.JOIN.LEFT_OUTER)
             .order_by(User.active.desc(), User.username).objects())
    return [_info(u, u.staff_name or "") for u in query]


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise ValidationError(tr("Users", "Unknown role '{role}'.").format(role=role), field="role") from None


def _get(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(tr("Users", "That user account no longer exists."))
    return user


def create_user(actor: Actor, *, username: str, password: str, role: str, staff_id: int | None = None,
                must_change_password: bool = True, check_password: bool = True) -> UserInfo:
    require(actor, Perm.USERS_MANAGE, entity="user")
    name = validate_username(username)
    role = _role(role)
    if check_password:
        check_strength(password, username=name)
    password_hash = hash_password(password)  # slow on purpose: before the transaction, not inside it

    def work() -> UserInfo:
        if User.select().where(User.username == name).exists():
            raise Conflict(tr("Users", "The user name '{name}' is taken.").format(name=name), field="username")
        if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
            raise NotFound(tr("Users", "That staff member no longer exists."), field="staff")
        now = timeutil.now()
        user = User.create(username=name, password_hash=password_hash, role=role, staff=staff_id,
                           must_change_password=must_change_password, created_at=now, password_changed_at=now)
        audit(actor, "create", "user", user.id, new={"username": name, "role": role, "staff": staff_id})
        return _info(user)

    return write_retrying(work)


def _active_owners_except(user_id: int) -> int:
    return User.select().where(User.role == Role.OWNER, User.active == True, User.id != user_id).count()  # noqa: E712


def set_active(actor: Actor, user_id: int, active: bool) -> None:
    require(actor, Perm.USERS_MANAGE, entity="user", entity_id=user_id)

    def work() -> None:
        user = _get(user_id)
        if not active and user.id == actor.user_id:
            raise Conflict(tr("Users", "You cannot disable your own account."))
        if not active and user.role == Role.OWNER and _active_owners_except(user.id) == 0:
            raise Conflict(tr("Users", "The shop needs at least one active owner account."))
        if user.active == active:
            return
        User.update(active=active).where(User.id == user.id).execute()
        audit(actor, "enable" if active else "disable", "user", user.id, old={"active": user.active},
              new={"active": active}, summary=user.username)

    write_retrying(work)


def set_role(actor: Actor, user_id: int, role: str) -> None:
    require(actor, Perm.USERS_MANAGE, entity="user", entity_id=user_id)
    role = _role(role)

    def work() -> None:
        user = _get(user_id)
        if user.role == Role.OWNER and role != Role.OWNER and _active_owners_except(user.id) == 0:
            raise Conflict(tr("Users", "The shop needs at least one active owner account."))
        if user.role == role:
            return
        User.update(role=role).where(User.id == user.id).execute()
        audit(actor, "update", "user", user.id, old={"role": user.role}, new={"role": role}, summary=user.username)

    write_retrying(work)


def link_staff(actor: Actor, user_id: int, staff_id: int | None) -> None:
    require(actor, Perm.USERS_MANAGE, entity="user", entity_id=user_id)

    def work() -> None:
        user = _get(user_id)
        if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
            raise NotFound(tr("Users", "That staff member no longer exists."), field="staff")
        User.update(staff=staff_id).where(User.id == user.id).execute()
        audit(actor, "update", "user", user.id, old={"staff": user.staff_id}, new={"staff": staff_id},
              summary=user.username)

    write_retrying(work)


def reset_password(actor: Actor, user_id: int, new_password: str) -> None:
    """Set a temporary password; the user must change it at next login."""
    require(actor, Perm.USERS_MANAGE, entity="user", entity_id=user_id)
    check_strength(new_password, username=_get(user_id).username)
    password_hash = hash_password(new_password)  # slow on purpose: before the transaction, not inside it

    def work() -> None:
        user = _get(user_id)
        User.update(password_hash=password_hash, must_change_password=True, failed_logins=0,
                    locked_until=None, password_changed_at=timeutil.now()).where(User.id == user.id).execute()
        audit(actor, "password", "user", user.id, summary=tr("Users", "password reset by {name}").format(
            name=actor.username))

    write_retrying(work)


def set_own_language(actor: Actor, language: str) -> Actor:
    """The language `actor` works in on any PC ("" = the shop's language, Settings); every
    user may choose their own. Returns the actor with it."""
    if language and language not in SUPPORTED_LANGUAGES:
        raise ValidationError(tr("Users", "Unknown language '{language}'.").format(language=language),
                              field="language")

    def work() -> None:
        user = _get(actor.user_id)
        if (user.language or "") != language:
            User.update(language=language).where(User.id == user.id).execute()
            audit(actor, "update", "user", user.id, old={"language": user.language or ""},
                  new={"language": language}, summary=user.username)

    write_retrying(work)
    return replace(actor, language=language)
