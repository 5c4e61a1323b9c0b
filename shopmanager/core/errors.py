"""Errors a shop assistant can read.

Every service raises one of these; the UI shows `str(error)` as it is and the CLI
prints it. Messages are already translated (see core.i18n) when raised.
"""
from __future__ import annotations


class ShopError(Exception):
    """Base of every error meant for the user, not a bug."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.row = row

    def __str__(self) -> str:
        return self.message


class ValidationError(ShopError):
    """Input that breaks a rule; names the field (and row, for imports)."""


class PermissionDenied(ShopError):
    """The acting user's role may not do this."""


class NotFound(ShopError):
    """The record asked for does not exist (any more)."""


class Conflict(ShopError):
    """The change clashes with what is stored (duplicate, wrong state, changed meanwhile)."""


class LoginFailed(ShopError):
    """Wrong user name or password, disabled account, or login paused after failures."""

    def __init__(self, message: str, *, retry_after: float = 0.0):
        super().__init__(message)
        self.retry_after = retry_after


class DatabaseProblem(ShopError):
    """The database cannot be opened or used: corrupt, newer, read-only, unreachable."""


class Cancelled(ShopError):
    """The user cancelled a long task; nothing was written."""


class DatabaseMissing(DatabaseProblem):
    """The database file is not there (a network drive not connected, a USB disk unplugged)."""

    def __init__(self, message: str, *, path=None):
        super().__init__(message)
        self.path = path


class DatabaseDamaged(DatabaseProblem):
    """The database file is damaged; the program offers to restore the last good backup."""

    def __init__(self, message: str, *, path=None, reason: str = ""):
        super().__init__(message)
        self.path = path
        self.reason = reason


class DiskFull(DatabaseProblem):
    """A disk (the database's, the backup folder's) has no room left; says which one."""

    def __init__(self, message: str, *, path=None):
        super().__init__(message)
        self.path = path


class FieldErrors(ValidationError):
    """Several fields of one form are wrong: every problem at once (`problems`), so the form
    can mark each field instead of showing one message after another. Its text is all the
    messages, one a line; `field` is the first bad field."""

    def __init__(self, problems: list[ValidationError]):
        super().__init__("\n".join(str(p) for p in problems), field=problems[0].field if problems else None)
        self.problems = list(problems)


class ProblemCollector:
    """Checks a form's fields one after another and keeps every ValidationError:

        found = ProblemCollector()
        name = found.check(lambda: clean_text(...), default="")
        ...
        found.raise_any()   # nothing, the one error, or FieldErrors with all of them
    """

    def __init__(self) -> None:
        self.problems: list[ValidationError] = []

    def check(self, work, default=None):
        try:
            return work()
        except FieldErrors as error:
            self.problems.extend(error.problems)
        except ValidationError as error:
            self.problems.append(error)
        return default

    def add(self, error: ValidationError) -> None:
        self.problems.extend(error.problems if isinstance(error, FieldErrors) else [error])

    def raise_any(self) -> None:
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise FieldErrors(self.problems)
