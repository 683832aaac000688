"""Password hashing with scrypt (memory-hard, in the standard library); no Qt, no database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from complaintdesk.messages import Text
from complaintdesk.messages import auth as msg

# 2**15 × 8 × 128 bytes = 32 MiB per hash: slow for a cracker, ~0.1 s at a desk.
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD_LENGTH = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM, dklen=32)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(digest).decode()}"


def password_fingerprint(stored: str | None) -> str | None:
    """What the history records of a password: the first 16 hex digits of the SHA-256 of its stored hash
    (never the hash itself), so that a hash replaced in the table without an event is found (services.replay)."""
    if stored is None:
        return None
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()[:16]


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), maxmem=_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problem(password: str) -> Text | None:
    """A reason the password is unacceptable, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return msg.PASSWORD_TOO_SHORT(min_length=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return msg.PASSWORD_SPACES()
    return None


def generate_password() -> str:
    """A one-time password an administrator can read out and type (no look-alike characters)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(14))
