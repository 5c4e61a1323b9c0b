"""First run, login, passwords."""
from __future__ import annotations

import datetime as dt
import math

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, LoginFailed, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.passwords import check_strength, hash_password, verify_ahead, verify_password
from shopmanager.core.permissions import Role
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import AuditLog, Staff, User
from shopmanager.services import settings
from shopmanager.services.context import SYSTEM, Actor, audit, write_retrying

FREE_ATTEMPTS = 3
MAX_PAUSE_SECONDS = 300
_dummy_hash = ""


def is_initialized() -> bool:
    """A shop exists once it has an owner account."""
    return User.select().where(User.role == Role.OWNER).exists()


def validate_username(username: str) -> str:
    name = username.strip()
    if not (2 <= len(name) <= 40) or any(c.isspace() for c in name):
        raise ValidationError(tr("Users", "User name: 2 to 40 characters, no spaces."), field="username")
    return name


def initialize_shop(*, shop_name: str, owner_username: str, owner_password: str, owner_name: str,
                    language: str, check_password: bool = True) -> Actor:
    """The first-run wizard's work: shop profile, owner staff record and account."""
    username = validate_username(owner_username)
    settings.definition("shop.name").parse(shop_name)
    if check_password:
        check_strength(owner_password, username=username)
    if not owner_name.strip():
        raise ValidationError(tr("Users", "Enter the owner's name."), field="owner_name")
    password_hash = hash_password(owner_password)  # slow on purpose: before the transaction, not inside it

    def work() -> User:
        if is_initialized():
            raise Conflict(tr("Users", "This shop is already set up. Log in instead."))
        now = timeutil.now()
        settings.store("shop.name", shop_name.strip())
        settings.store("ui.language", settings.definition("ui.language").parse(language))
        staff = Staff.create(name=owner_name.strip(), role=Role.OWNER, staff_no="0001", created_at=now,
                             hire_date=now.date())
        user = User.create(username=username, password_hash=password_hash, role=Role.OWNER,
                           staff=staff, created_at=now, password_changed_at=now)
        audit(SYSTEM, "create", "shop", "", summary=shop_name.strip())
        audit(SYSTEM, "create", "user", user.id, new={"username": username, "role": Role.OWNER})
        return user

    return actor_for(write_retrying(work))


def actor_for(user: User) -> Actor:
    staff_name = user.staff.name if user.staff_id else ""
    return Actor(user_id=user.id, username=user.username, role=user.role, staff_id=user.staff_id,
                 display_name=staff_name or user.username, language=user.language or "")


def pause_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passwords in a row: 0, 0, 0, 5, 10, 20 … 300."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_PAUSE_SECONDS, 5 * 2 ** (failures - FREE_ATTEMPTS))


def check_password_ahead(username: str, password: str) -> None:
    """Start checking `password` against the account's stored hash on a thread, so a
    program started with --user checks it while Qt loads; login() collects the answer.
    An unknown account is left to login() to report."""
    stored = User.select(User.password_hash).where(User.username == username.strip()).scalar()
    if stored:
        verify_ahead(password, stored)


def pause_clock() -> dt.datetime:
    """The clock login pauses are measured with, to the microsecond: on PostgreSQL the server's,
    so that every PC of the shop keeps the same pause whatever its own clock says; on SQLite
    this PC's. (A clock cut to whole seconds ended pauses up to a second early.)"""
    if is_postgres():
        server = current_database().execute_sql("SELECT LOCALTIMESTAMP").fetchone()[0]
        return server + timeutil.clock_offset()
    return timeutil.precise_now()


def login(username: str, password: str) -> Actor:
    """The Actor for a correct password; LoginFailed (with retry_after) otherwise."""
    name = username.strip()
    user = User.get_or_none(User.username == name)
    if user is None:
        global _dummy_hash
        _dummy_hash = _dummy_hash or hash_password("not a real password")
        verify_password(password, _dummy_hash)  # about the time of a real check
        _log_failure(None, name, "unknown user")
        raise LoginFailed(tr("Login", "Wrong user name or password."))
    moment = pause_clock()
    if user.locked_until and user.locked_until > moment:
        wait = (user.locked_until - moment).total_seconds()
        _log_failure(user.id, name, "tried while paused")
        raise LoginFailed(tr("Login", "Too many wrong passwords. Try again in {seconds} seconds.").format(
            seconds=math.ceil(wait)), retry_after=wait)
    if not verify_password(password, user.password_hash):
        def record() -> tuple[int, int]:
            # Counted in the database (not read, then written back): wrong passwords typed on
            # two PCs at once both count.
            User.update(failed_logins=User.failed_logins + 1).where(User.id == user.id).execute()
            failures = int(User.select(User.failed_logins).where(User.id == user.id).scalar())
            pause = pause_after(failures)
            if pause:
                User.update(locked_until=pause_clock() + dt.timedelta(seconds=pause)).where(
                    User.id == user.id).execute()
            _log_failure(user.id, name, f"failure {failures}")
            return failures, pause

        _failures, pause = write_retrying(record)
        if pause:
            raise LoginFailed(tr("Login", "Wrong password. Wait {seconds} seconds before the next try.").format(
                seconds=pause), retry_after=pause)
        raise LoginFailed(tr("Login", "Wrong user name or password."))
    if not user.active:
        _log_failure(user.id, name, "disabled")
        raise LoginFailed(tr("Login", "This account is disabled. Ask the owner."))
    now = timeutil.now()

    def work() -> Actor:
        User.update(failed_logins=0, locked_until=None, last_login_at=now).where(User.id == user.id).execute()
        actor = actor_for(user)
        audit(actor, "login", "user", user.id)
        return actor

    return write_retrying(work)


def _log_failure(user_id: int | None, username: str, detail: str) -> None:
    write_retrying(lambda: AuditLog.create(
        at=timeutil.now(), user=user_id, username=username[:40], action="login_failed", entity="user",
        entity_id=str(user_id or ""), summary=detail))


def change_password(actor: Actor, old_password: str, new_password: str) -> None:
    user = User.get_by_id(actor.user_id)
    if not verify_password(old_password, user.password_hash):
        raise ValidationError(tr("Users", "The current password is wrong."), field="old_password")
    if old_password == new_password:
        raise ValidationError(tr("Users", "Choose a password different from the current one."), field="password")
    check_strength(new_password, username=user.username)
    password_hash = hash_password(new_password)  # slow on purpose: before the transaction, not inside it

    def work() -> None:
        User.update(password_hash=password_hash, must_change_password=False,
                    password_changed_at=timeutil.now()).where(User.id == user.id).execute()
        audit(actor, "password", "user", user.id, summary=tr("Users", "changed own password"))

    write_retrying(work)


def must_change_password(actor: Actor) -> bool:
    """A temporary password (set by the owner): to be changed before anything else."""
    if actor.user_id is None:
        return False
    return bool(User.select(User.must_change_password).where(User.id == actor.user_id).scalar())


def password_change_due(actor: Actor) -> bool:
    """True when the owner asked for it, or the password is older than the shop's limit."""
    if actor.user_id is None:
        return False
    user = User.get_by_id(actor.user_id)
    if user.must_change_password:
        return True
    days = settings.get("security.password_days")
    if not days or settings.get("shop.is_demo"):
        return False
    changed = user.password_changed_at or user.created_at
    return (timeutil.now() - changed).days >= days
