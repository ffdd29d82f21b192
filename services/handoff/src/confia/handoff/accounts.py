"""Operator accounts, login throttling and console sessions in handoff's database.

FerretDB (1.x) has no transactions and no TTL indexes, and it does not apply a
conditional update or a find-and-modify atomically: two concurrent callers can both
match. Where exactly one caller must win (a TOTP code, a recovery code, a promotion),
the winner is the one whose insert of a unique `_id`, or whose delete, succeeds.
Expired entries are pruned as new ones arrive. Every datetime here must be timezone-aware.
"""

import asyncio
import functools
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.crypto import Keyring, Sealed
from confia.handoff.security import (
    DEFAULT_LOCKOUT,
    ROLES,
    TOTP_DIGITS,
    LockoutPolicy,
    WeakPassword,
    accepted_totp_step,
    check_password_strength,
    hash_password,
    needs_rehash,
    new_recovery_codes,
    new_token,
    new_totp_secret,
    recovery_code_digest,
    token_digest,
    verify_password,
)

DEFAULT_CAPACITY = 3
# A used TOTP step is remembered past the 90 s its code is valid (RFC 6238 skew of one step).
TOTP_USE_MEMORY = timedelta(minutes=10)


@dataclass(frozen=True)
class Operator:
    id: str
    email: str
    name: str
    role: str
    mfa_enrolled: bool
    available: bool
    capacity: int


class AccountError(ValueError):
    """An account change was refused (duplicate email, unknown role or operator, weak password).

    The message is safe to show to an administrator: it never holds the password.
    """


class Accounts:
    """The `operators` and `login_failures` collections."""

    def __init__(self, database: AsyncDatabase[dict[str, Any]], keyring: Keyring) -> None:
        self._operators = database["operators"]
        self._failures = database["login_failures"]
        # One document per used code, keyed so that a second use is a duplicate key.
        self._uses = database["second_factor_uses"]
        self._keyring = keyring

    async def create_indexes(self) -> None:
        await self._operators.create_index("email", unique=True)
        await self._failures.create_index([("email_key", ASCENDING), ("at", ASCENDING)])
        await self._failures.create_index("at")
        await self._uses.create_index([("kind", ASCENDING), ("at", ASCENDING)])
        await self._uses.create_index("operator_id")

    # --- accounts ----------------------------------------------------------------------

    async def create(self, email: str, name: str, role: str, password: str) -> Operator:
        """A new operator, available, who enrols MFA at first login."""
        email = _normalise_email(email)
        if "@" not in email:
            raise AccountError("an email address is needed")
        _check_role(role)
        password_hash = _new_password_hash(password)
        document = {
            "_id": f"op_{secrets.token_hex(12)}",
            "email": email,
            "name": name.strip(),
            "role": role,
            "password_hash": password_hash,
            "available": True,
            "capacity": DEFAULT_CAPACITY,
            "created_at": datetime.now(UTC),
        }
        try:
            await self._operators.insert_one(document)
        except DuplicateKeyError as error:
            raise AccountError("an operator with this email already exists") from error
        return _operator(document)

    async def by_email(self, email: str) -> Operator | None:
        document = await self._operators.find_one({"email": _normalise_email(email)})
        return None if document is None else _operator(document)

    async def get(self, operator_id: str) -> Operator | None:
        document = await self._operators.find_one({"_id": operator_id})
        return None if document is None else _operator(document)

    async def all(self) -> list[Operator]:
        cursor = self._operators.find({}).sort("email", ASCENDING)
        return [_operator(document) async for document in cursor]

    async def check_password(self, email: str, password: str) -> Operator | None:
        """The operator if the password is right, else None (unknown email included).

        An unknown email costs one argon2 verification too, so response times do not
        tell which addresses have accounts.
        """
        document = await self._operators.find_one({"email": _normalise_email(email)})
        # argon2id takes tens of milliseconds of CPU: off the event loop, so logins do
        # not stall the service's consumers and other requests.
        if document is None:
            await asyncio.to_thread(verify_password, _dummy_hash(), password)
            return None
        if not await asyncio.to_thread(verify_password, document["password_hash"], password):
            return None
        if needs_rehash(document["password_hash"]):
            await self._operators.update_one(
                {"_id": document["_id"]}, {"$set": {"password_hash": hash_password(password)}}
            )
        return _operator(document)

    async def set_availability(self, operator_id: str, available: bool) -> None:
        await self._update(operator_id, {"$set": {"available": available}})

    async def set_role(self, operator_id: str, role: str) -> None:
        _check_role(role)
        await self._update(operator_id, {"$set": {"role": role}})

    async def set_password(self, operator_id: str, password: str) -> None:
        await self._update(operator_id, {"$set": {"password_hash": _new_password_hash(password)}})

    async def erase_operator(self, operator_id: str) -> bool:
        """Delete the account, its login failures and used codes; not its sessions."""
        document = await self._operators.find_one({"_id": operator_id})
        if document is None:
            return False
        await self._operators.delete_one({"_id": operator_id})
        await self._uses.delete_many({"operator_id": operator_id})
        await self.clear_failures(document["email"])
        return True

    # --- second factor -----------------------------------------------------------------

    async def start_mfa_enrolment(self, operator_id: str) -> str:
        """A new TOTP secret, kept encrypted as pending until a code from it is confirmed.

        An active secret stays in force until then, so an abandoned enrolment locks
        nobody out.
        """
        secret = new_totp_secret()
        sealed = self._keyring.seal_text(secret, context=operator_id)
        await self._update(operator_id, {"$set": {"mfa_pending": sealed.model_dump(mode="json")}})
        return secret

    async def confirm_mfa(self, operator_id: str, code: str, now: datetime) -> list[str] | None:
        """Activate the pending secret if `code` comes from it; the recovery codes, once.

        Only digests of the recovery codes are stored: this return value is the only
        time anyone sees them.
        """
        document = await self._operators.find_one({"_id": operator_id})
        pending = None if document is None else document.get("mfa_pending")
        if pending is None:
            return None
        secret = self._keyring.open_text(Sealed.model_validate(pending), context=operator_id)
        step = accepted_totp_step(secret, code, now, last_step=None)
        # Once per pending secret: of two concurrent confirmations only one hands out
        # recovery codes (the other's would be overwritten, useless on paper).
        once = f"enrol:{operator_id}:{token_digest(pending['ciphertext'])}"
        if step is None or not await self._use(once, operator_id, "enrol", now):
            return None
        codes = new_recovery_codes()
        # Codes used with the previous secret must not block the new one's.
        await self._uses.delete_many({"operator_id": operator_id, "kind": {"$ne": "enrol"}})
        await self._operators.update_one(
            {"_id": operator_id},
            {
                "$set": {
                    "mfa_secret": pending,
                    "mfa_last_step": step,
                    "recovery_codes": [recovery_code_digest(each) for each in codes],
                },
                "$unset": {"mfa_pending": ""},
            },
        )
        return codes

    async def verify_second_factor(self, operator_id: str, code: str, now: datetime) -> bool:
        """True for a fresh TOTP code or an unused recovery code (then used up)."""
        document = await self._operators.find_one({"_id": operator_id})
        if document is None or document.get("mfa_secret") is None:
            return False
        if _looks_like_totp(code):
            return await self._accept_totp(document, code, now)
        digest = recovery_code_digest(code)
        if digest not in document.get("recovery_codes", []):
            return False
        if not await self._use(f"recovery:{operator_id}:{digest}", operator_id, "recovery", now):
            return False
        await self._operators.update_one(
            {"_id": operator_id}, {"$pull": {"recovery_codes": digest}}
        )
        return True

    async def _accept_totp(self, document: dict[str, Any], code: str, now: datetime) -> bool:
        operator_id = document["_id"]
        secret = self._keyring.open_text(
            Sealed.model_validate(document["mfa_secret"]), context=operator_id
        )
        step = accepted_totp_step(secret, code, now, document.get("mfa_last_step"))
        if step is None:
            return False
        # A code replayed concurrently passes the check above twice, but this insert once.
        await self._uses.delete_many({"kind": "totp", "at": {"$lt": now - TOTP_USE_MEMORY}})
        if not await self._use(f"totp:{operator_id}:{step}", operator_id, "totp", now):
            return False
        await self._operators.update_one({"_id": operator_id}, {"$max": {"mfa_last_step": step}})
        return True

    async def _use(self, key: str, operator_id: str, kind: str, now: datetime) -> bool:
        """Record a one-time use; False if `key` was used before."""
        try:
            await self._uses.insert_one(
                {"_id": key, "operator_id": operator_id, "kind": kind, "at": now}
            )
        except DuplicateKeyError:
            return False
        return True

    async def reset_mfa(self, operator_id: str) -> None:
        """Forget the operator's TOTP secret and recovery codes; they enrol at next login.

        The caller should also end the operator's sessions.
        """
        await self._update(
            operator_id,
            {
                "$unset": {
                    "mfa_secret": "",
                    "mfa_pending": "",
                    "mfa_last_step": "",
                    "recovery_codes": "",
                }
            },
        )
        await self._uses.delete_many({"operator_id": operator_id})

    # --- login throttling --------------------------------------------------------------

    async def record_failure(
        self, email: str, now: datetime, policy: LockoutPolicy = DEFAULT_LOCKOUT
    ) -> None:
        """Remember a failed login for `email` (known or not), for `policy.memory`.

        Pass the policy `locked_until` uses. Check the lock before the password: failures
        recorded while locked extend the lock.
        """
        # One document per failure: an insert is atomic where a read-modify-write of a
        # list would lose concurrent failures (and FerretDB ignores $slice in $push).
        await self._failures.delete_many({"at": {"$lt": now - policy.memory}})
        await self._failures.insert_one({"email_key": _email_key(email), "at": now})

    async def locked_until(
        self, email: str, now: datetime, policy: LockoutPolicy = DEFAULT_LOCKOUT
    ) -> datetime | None:
        """When the lock on `email` ends, if it is locked now; else None."""
        query = {"email_key": _email_key(email), "at": {"$gte": now - policy.memory}}
        failures = [document["at"] async for document in self._failures.find(query)]
        return policy.locked_until(failures, now)

    async def clear_failures(self, email: str) -> None:
        await self._failures.delete_many({"email_key": _email_key(email)})

    # --- helpers -----------------------------------------------------------------------

    async def _update(self, operator_id: str, change: dict[str, Any]) -> None:
        result = await self._operators.update_one({"_id": operator_id}, change)
        if result.matched_count == 0:
            raise AccountError("no such operator")


SessionStage = Literal["password", "authenticated"]

# Between the password and the second factor: long enough to open the app and type a code.
PASSWORD_STAGE_LIFETIME = timedelta(minutes=5)


@dataclass(frozen=True)
class Session:
    operator_id: str
    stage: SessionStage
    csrf_token: str
    expires_at: datetime


class Sessions:
    """Console sessions, stored by the digest of their cookie token.

    A session ends after `idle` without use, and at the latest `absolute` after it began.
    A password-stage session (second factor still to come) lives at most five minutes.
    """

    def __init__(
        self,
        database: AsyncDatabase[dict[str, Any]],
        idle: timedelta = timedelta(minutes=15),
        absolute: timedelta = timedelta(hours=8),
    ) -> None:
        self._sessions = database["sessions"]
        self._idle = idle
        self._absolute = absolute

    async def create_indexes(self) -> None:
        await self._sessions.create_index("operator_id")
        await self._sessions.create_index("expires_at")

    async def create(
        self, operator_id: str, stage: SessionStage, now: datetime
    ) -> tuple[str, Session]:
        """A new session; the raw token (for the cookie) is returned, never stored."""
        # No TTL index on FerretDB: sessions abandoned without logging out go here.
        await self._sessions.delete_many({"expires_at": {"$lte": now}})
        now = _to_millis(now)
        lifetime = PASSWORD_STAGE_LIFETIME if stage == "password" else self._absolute
        ends_at = now + lifetime
        token = new_token()
        document = {
            "_id": token_digest(token),
            "operator_id": operator_id,
            "stage": stage,
            "csrf_token": new_token(),
            "created_at": now,
            "ends_at": ends_at,
            "expires_at": min(now + self._idle, ends_at),
        }
        await self._sessions.insert_one(document)
        return token, _session(document)

    async def get(self, token: str, now: datetime) -> Session | None:
        """The live session of `token`, its idle expiry moved on; None if unknown or expired."""
        key = token_digest(token)
        document = await self._sessions.find_one({"_id": key})
        if document is None:
            return None
        if now >= document["expires_at"]:
            await self._sessions.delete_one({"_id": key})
            return None
        expires_at = min(_to_millis(now) + self._idle, document["ends_at"])
        # $max: a slower concurrent request must not move the expiry back.
        await self._sessions.update_one({"_id": key}, {"$max": {"expires_at": expires_at}})
        return _session({**document, "expires_at": max(expires_at, document["expires_at"])})

    async def promote(self, token: str, now: datetime) -> tuple[str, Session] | None:
        """Trade a live password-stage session for an authenticated one with new tokens.

        New session and CSRF tokens after login defeat session fixation: a token planted
        or seen before the second factor is worthless after it.
        """
        key = token_digest(token)
        old = await self._sessions.find_one({"_id": key, "stage": "password"})
        if old is None:
            return None
        # The delete decides: of two concurrent promotions, one deletes, one gets None.
        deleted = (await self._sessions.delete_one({"_id": key})).deleted_count == 1
        if not deleted or now >= old["expires_at"]:
            return None
        return await self.create(old["operator_id"], "authenticated", now)

    async def delete(self, token: str) -> None:
        await self._sessions.delete_one({"_id": token_digest(token)})

    async def delete_for(self, operator_id: str) -> int:
        """End every session of an operator (role change, MFA reset, password change...)."""
        result = await self._sessions.delete_many({"operator_id": operator_id})
        return result.deleted_count


# --- documents and small rules -----------------------------------------------------------


def _operator(document: dict[str, Any]) -> Operator:
    return Operator(
        id=document["_id"],
        email=document["email"],
        name=document["name"],
        role=document["role"],
        mfa_enrolled=document.get("mfa_secret") is not None,
        available=document["available"],
        capacity=document["capacity"],
    )


def _session(document: dict[str, Any]) -> Session:
    return Session(
        operator_id=document["operator_id"],
        stage=document["stage"],
        csrf_token=document["csrf_token"],
        expires_at=document["expires_at"],
    )


def _normalise_email(email: str) -> str:
    return email.strip().lower()


def _email_key(email: str) -> str:
    # A digest, not the address: failed logins need not keep anyone's (mistyped) email
    # readable. Not anonymous though: a known address can be hashed and looked up.
    return token_digest(_normalise_email(email))


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")


def _new_password_hash(password: str) -> str:
    try:
        check_password_strength(password)
    except WeakPassword as error:
        raise AccountError(str(error)) from error
    return hash_password(password)


def _looks_like_totp(code: str) -> bool:
    code = "".join(code.split())
    return len(code) == TOTP_DIGITS and code.isdigit()


def _to_millis(moment: datetime) -> datetime:
    # BSON dates hold milliseconds: round here so a returned Session equals the stored one.
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random password, verified against when the email is unknown."""
    return hash_password(new_token())
