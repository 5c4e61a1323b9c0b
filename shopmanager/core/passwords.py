"""Password hashing with scrypt; the parameters travel with the hash so they can grow."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

# n=2**14, r=8, p=1: ~40 ms on an office PC, 16 MiB memory.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


_ahead: dict[tuple[str, str], threading.Thread] = {}
_ahead_results: dict[tuple[str, str], bool] = {}


def _key(password: str, stored: str) -> tuple[str, str]:
    return hashlib.sha256(password.encode("utf-8")).hexdigest(), stored


def verify_ahead(password: str, stored: str) -> None:
    """Start checking a password on a thread (scrypt releases the GIL): a program started with
    --user checks it while Qt loads, instead of after. verify_password() collects the answer."""
    key = _key(password, stored)

    def work() -> None:
        _ahead_results[key] = _verify(password, stored)

    thread = threading.Thread(target=work, name="verify-ahead", daemon=True)
    _ahead[key] = thread
    thread.start()


def verify_password(password: str, stored: str) -> bool:
    key = _key(password, stored)
    thread = _ahead.pop(key, None)
    if thread is not None:
        thread.join()
        return _ahead_results.pop(key)
    return _verify(password, stored)


def _verify(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            maxmem=128 * 1024 * 1024, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_strength(password: str, *, username: str = "") -> None:
    """Refuse passwords that are too simple (seed 002 保密制度: not too simple)."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            tr("Passwords", "The password must have at least {n} characters.").format(n=MIN_LENGTH),
            field="password",
        )
    if username and username.lower() in password.lower():
        raise ValidationError(tr("Passwords", "The password must not contain the user name."), field="password")
    kinds = sum([
        any(c.isdigit() for c in password),
        any(c.isalpha() for c in password),
        any(not c.isalnum() for c in password),
    ])
    if kinds < 2 or len(set(password)) < 4:
        raise ValidationError(
            tr("Passwords", "The password is too simple: mix letters with digits or symbols."),
            field="password",
        )
