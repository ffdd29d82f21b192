"""Operator security rules: passwords, TOTP, recovery codes, tokens, lockout. No I/O.

Every datetime given to these functions must be timezone-aware.
"""

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
import segno
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES = ("operator", "supervisor", "dpo", "admin")

MIN_PASSWORD_LENGTH = 12
# Bounds the work one login attempt can ask of the server; no real password is longer.
MAX_PASSWORD_LENGTH = 256

TOTP_STEP_SECONDS = 30  # RFC 6238's default, the one authenticator apps assume
TOTP_DIGITS = 6

# Lowercase letters and digits without the look-alikes 0/o, 1/l/i: read off paper, typed back.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
RECOVERY_GROUPS = 3
RECOVERY_GROUP_LENGTH = 4

# argon2-cffi's defaults: argon2id with the parameters of RFC 9106's second recommendation.
_hasher = PasswordHasher()


class WeakPassword(ValueError):  # noqa: N818 - a kind of password, named as one
    """A new password does not meet the rules of `check_password_strength`."""


# --- passwords -------------------------------------------------------------------------


def check_password_strength(password: str) -> None:
    """Raise WeakPassword unless the password is 12-256 characters of at least two kinds.

    The kinds are lowercase letters, uppercase letters, digits and everything else
    (spaces and symbols), so a passphrase of words and spaces passes. Length matters far
    more than composition (NIST SP 800-63B); the second kind only rules out the lazy
    "aaaaaaaaaaaa" or "123456789012".
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(f"a password has at most {MAX_PASSWORD_LENGTH} characters")
    kinds = {_character_kind(character) for character in password}
    if len(kinds) < 2:
        raise WeakPassword(
            "a password needs two kinds of characters (lowercase, uppercase, digits, others)"
        )


def _character_kind(character: str) -> str:
    if character.islower():
        return "lower"
    if character.isupper():
        return "upper"
    if character.isdigit():
        return "digit"
    return "other"


def hash_password(password: str) -> str:
    """An argon2id hash in PHC format (salt and parameters included)."""
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True if `password` matches; False on a mismatch or an unreadable hash, never raises."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with other parameters than today's (or is unreadable)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


# --- TOTP (RFC 6238) -------------------------------------------------------------------


def new_totp_secret() -> str:
    """A fresh base32 secret of 160 bits, the size RFC 4226 recommends."""
    return pyotp.random_base32()


def otpauth_uri(secret: str, account: str, issuer: str = "Confia") -> str:
    """The otpauth:// URI an authenticator app reads (from the QR code or typed in)."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def qr_svg(uri: str) -> str:
    """The URI as a QR code: an inline SVG element, titled for screen readers."""
    svg: str = segno.make(uri, error="m").svg_inline(
        scale=4, title="QR code to add Confia to an authenticator app"
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def totp_step(moment: datetime) -> int:
    """The RFC 6238 time step (counter) that contains `moment`."""
    return int(moment.timestamp()) // TOTP_STEP_SECONDS


def accepted_totp_step(secret: str, code: str, now: datetime, last_step: int | None) -> int | None:
    """The time step `code` belongs to, if valid and newer than `last_step`; else None.

    One step either side of `now` is accepted for clock drift and typing time (RFC 6238
    section 5.2). A code from a step already used is refused, so an overheard code
    cannot be replayed within its 90 seconds of validity (section 5.2 again).
    """
    code = "".join(code.split())
    if len(code) != TOTP_DIGITS or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret, digits=TOTP_DIGITS, interval=TOTP_STEP_SECONDS)
    current = totp_step(now)
    for step in (current - 1, current, current + 1):
        if step < 0 or (last_step is not None and step <= last_step):
            continue
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


# --- recovery codes --------------------------------------------------------------------


def new_recovery_codes(count: int = 10) -> list[str]:
    """`count` distinct single-use codes like "k3f9-2mxq-7rtd" (about 59 bits each)."""
    codes: set[str] = set()
    while len(codes) < count:
        groups = (
            "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
            for _ in range(RECOVERY_GROUPS)
        )
        codes.add("-".join(groups))
    return sorted(codes)


def normalise_recovery_code(code: str) -> str:
    """Lowercase, without spaces or dashes: how the operator types it should not matter."""
    return "".join(character for character in code.lower() if character.isalnum())


def recovery_code_digest(code: str) -> str:
    """SHA-256 hex of the normalised code.

    A fast hash is enough here, unlike for passwords: the codes are random (about 59
    bits, not words a person chose), each works once, and it replaces only the second
    factor, so whoever reads the digests must still break the argon2 password hash.
    """
    return hashlib.sha256(normalise_recovery_code(code).encode()).hexdigest()


# --- session tokens and CSRF -----------------------------------------------------------


def new_token() -> str:
    """A random token of 256 bits, URL-safe (session cookies, CSRF tokens)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """SHA-256 hex of a token: sessions are stored by it, so a database read yields no cookie."""
    return hashlib.sha256(token.encode()).hexdigest()


def csrf_ok(expected: str, given: str | None) -> bool:
    """Constant-time comparison of the session's CSRF token with the one a form sent."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


# --- login throttling ------------------------------------------------------------------


@dataclass(frozen=True)
class LockoutPolicy:
    """Lock an account for `lock` after `max_failures` failed logins within `window`."""

    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lock: timedelta = timedelta(minutes=15)

    @property
    def memory(self) -> timedelta:
        """How long a failure can matter: it may open a window that then locks."""
        return self.window + self.lock

    def locked_until(self, failures: Sequence[datetime], now: datetime) -> datetime | None:
        """When the lock ends, if `failures` lock the account at `now`; else None.

        A lock starts at the failure that makes `max_failures` within `window` and lasts
        `lock` from the latest such failure. It is judged at each failure, not only at
        `now`, so the oldest failure leaving the window does not end a lock early.
        """
        past = sorted(failure for failure in failures if failure <= now)
        until = None
        for first, last in zip(past, past[self.max_failures - 1 :], strict=False):
            if last - first < self.window:
                until = last + self.lock
        return until if until is not None and until > now else None


DEFAULT_LOCKOUT = LockoutPolicy()
