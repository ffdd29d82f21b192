"""Operator accounts, MFA, lockout and sessions against the real store."""

import asyncio
import base64
import os
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
import pytest
from argon2 import PasswordHasher
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring
from confia.handoff.accounts import AccountError, Accounts, Operator, Sessions
from confia.handoff.security import needs_rehash, token_digest
from confia.testing.infrastructure import Infrastructure

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
async def accounts(database: AsyncDatabase[dict[str, Any]], keyring: Keyring) -> Accounts:
    accounts = Accounts(database, keyring)
    await accounts.create_indexes()
    return accounts


@pytest.fixture
async def sessions(database: AsyncDatabase[dict[str, Any]]) -> Sessions:
    sessions = Sessions(database)
    await sessions.create_indexes()
    return sessions


async def enrolled(accounts: Accounts) -> tuple[Operator, pyotp.TOTP, list[str]]:
    """An operator with MFA confirmed at NOW; their authenticator and recovery codes."""
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    totp = pyotp.TOTP(await accounts.start_mfa_enrolment(operator.id))
    codes = await accounts.confirm_mfa(operator.id, totp.at(NOW), NOW)
    assert codes is not None
    return operator, totp, codes


# --- accounts ----------------------------------------------------------------------------


async def test_a_new_operator_is_available_unenrolled_and_found_by_any_spelling_of_the_email(
    accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    operator = await accounts.create(" Ana@Example.COM ", "Ana Lima", "supervisor", PASSWORD)

    assert operator.id.startswith("op_")
    assert (operator.email, operator.name, operator.role) == (
        "ana@example.com",
        "Ana Lima",
        "supervisor",
    )
    assert (operator.available, operator.capacity, operator.mfa_enrolled) == (True, 3, False)
    assert await accounts.by_email("ANA@example.com") == operator
    assert await accounts.get(operator.id) == operator
    assert await accounts.all() == [operator]
    stored = await database["operators"].find_one({"_id": operator.id})
    assert stored is not None
    assert stored["password_hash"].startswith("$argon2id$")
    assert PASSWORD not in str(stored)


async def test_duplicate_emails_unknown_roles_and_weak_passwords_are_refused(
    accounts: Accounts,
) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        await accounts.create("ANA@example.com", "Other Ana", "operator", PASSWORD)
    with pytest.raises(AccountError, match="unknown role"):
        await accounts.create("bia@example.com", "Bia", "root", PASSWORD)
    with pytest.raises(AccountError) as weak:
        await accounts.create("bia@example.com", "Bia", "operator", "hunter2")
    assert "hunter2" not in str(weak.value)
    with pytest.raises(AccountError, match="unknown role"):
        await accounts.set_role(operator.id, "root")
    with pytest.raises(AccountError, match="no such operator"):
        await accounts.set_availability("op_missing", False)
    assert [each.email for each in await accounts.all()] == ["ana@example.com"]


async def test_role_availability_and_password_can_change(accounts: Accounts) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    await accounts.set_role(operator.id, "dpo")
    await accounts.set_availability(operator.id, False)
    await accounts.set_password(operator.id, "a new long passphrase")

    changed = await accounts.get(operator.id)
    assert changed is not None
    assert (changed.role, changed.available) == ("dpo", False)
    assert await accounts.check_password("ana@example.com", PASSWORD) is None
    assert await accounts.check_password("ana@example.com", "a new long passphrase") == changed


async def test_only_the_right_password_of_a_known_email_logs_in(accounts: Accounts) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)

    assert await accounts.check_password(" ANA@example.com", PASSWORD) == operator
    assert await accounts.check_password("ana@example.com", PASSWORD + "!") is None
    assert await accounts.check_password("nobody@example.com", PASSWORD) is None


async def test_a_hash_with_old_parameters_is_replaced_at_login(
    accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    old = PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
    await database["operators"].update_one({"_id": operator.id}, {"$set": {"password_hash": old}})

    assert await accounts.check_password("ana@example.com", PASSWORD) == operator
    stored = await database["operators"].find_one({"_id": operator.id})
    assert stored is not None
    assert stored["password_hash"] != old
    assert not needs_rehash(stored["password_hash"])


async def test_erasing_an_operator_removes_the_account(accounts: Accounts) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    await accounts.record_failure("ana@example.com", NOW)

    assert await accounts.erase_operator(operator.id)
    assert await accounts.get(operator.id) is None
    assert await accounts.locked_until("ana@example.com", NOW) is None
    assert not await accounts.erase_operator(operator.id)


# --- second factor -----------------------------------------------------------------------


async def test_enrolment_needs_a_code_from_the_new_secret_and_gives_recovery_codes_once(
    accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    secret = await accounts.start_mfa_enrolment(operator.id)
    stored = await database["operators"].find_one({"_id": operator.id})
    assert stored is not None
    assert secret not in str(stored)  # kept encrypted
    assert not (await accounts.get(operator.id) or operator).mfa_enrolled

    wrong = pyotp.TOTP(pyotp.random_base32()).at(NOW)
    assert await accounts.confirm_mfa(operator.id, wrong, NOW) is None
    codes = await accounts.confirm_mfa(operator.id, pyotp.TOTP(secret).at(NOW), NOW)

    assert codes is not None
    assert len(set(codes)) == 10
    assert (await accounts.get(operator.id) or operator).mfa_enrolled
    assert await accounts.confirm_mfa(operator.id, pyotp.TOTP(secret).at(NOW), NOW) is None
    stored = await database["operators"].find_one({"_id": operator.id})
    assert stored is not None
    assert secret not in str(stored)
    assert not any(code in str(stored) for code in codes)


async def test_a_totp_code_works_once(accounts: Accounts) -> None:
    operator, totp, _ = await enrolled(accounts)
    later = NOW + timedelta(seconds=30)

    # The code that confirmed the enrolment was used up then.
    assert not await accounts.verify_second_factor(operator.id, totp.at(NOW), NOW)
    assert await accounts.verify_second_factor(operator.id, totp.at(later), later)
    assert not await accounts.verify_second_factor(operator.id, totp.at(later), later)
    assert not await accounts.verify_second_factor(operator.id, "000000", later)


async def test_a_code_replayed_concurrently_is_accepted_once(accounts: Accounts) -> None:
    operator, totp, _ = await enrolled(accounts)
    later = NOW + timedelta(minutes=1)
    code = totp.at(later)

    results = await asyncio.gather(
        *(accounts.verify_second_factor(operator.id, code, later) for _ in range(5))
    )
    assert sorted(results) == [False, False, False, False, True]


async def test_a_recovery_code_used_concurrently_is_accepted_once(accounts: Accounts) -> None:
    operator, _, codes = await enrolled(accounts)

    results = await asyncio.gather(
        *(accounts.verify_second_factor(operator.id, codes[0], NOW) for _ in range(5))
    )
    assert sorted(results) == [False, False, False, False, True]


async def test_each_recovery_code_works_once(accounts: Accounts) -> None:
    operator, _, codes = await enrolled(accounts)

    typed = f" {codes[0].upper().replace('-', ' ')} "
    assert await accounts.verify_second_factor(operator.id, typed, NOW)
    assert not await accounts.verify_second_factor(operator.id, codes[0], NOW)
    assert await accounts.verify_second_factor(operator.id, codes[1], NOW)
    assert not await accounts.verify_second_factor(operator.id, "aaaa-bbbb-cccc", NOW)


async def test_without_enrolment_there_is_no_second_factor(accounts: Accounts) -> None:
    operator = await accounts.create("ana@example.com", "Ana", "operator", PASSWORD)
    totp = pyotp.TOTP(await accounts.start_mfa_enrolment(operator.id))

    assert not await accounts.verify_second_factor(operator.id, totp.at(NOW), NOW)
    assert not await accounts.verify_second_factor("op_missing", totp.at(NOW), NOW)


async def test_a_new_enrolment_replaces_the_old_secret_only_once_confirmed(
    accounts: Accounts,
) -> None:
    operator, old, _ = await enrolled(accounts)
    new = pyotp.TOTP(await accounts.start_mfa_enrolment(operator.id))
    soon, later = NOW + timedelta(minutes=1), NOW + timedelta(minutes=2)

    assert await accounts.verify_second_factor(operator.id, old.at(soon), soon)
    assert await accounts.confirm_mfa(operator.id, new.at(later), later) is not None
    later = later + timedelta(minutes=1)
    assert not await accounts.verify_second_factor(operator.id, old.at(later), later)
    assert await accounts.verify_second_factor(operator.id, new.at(later), later)


async def test_after_an_mfa_reset_the_operator_must_enrol_again(accounts: Accounts) -> None:
    operator, totp, codes = await enrolled(accounts)
    await accounts.reset_mfa(operator.id)
    later = NOW + timedelta(minutes=1)

    assert not (await accounts.get(operator.id) or operator).mfa_enrolled
    assert not await accounts.verify_second_factor(operator.id, totp.at(later), later)
    assert not await accounts.verify_second_factor(operator.id, codes[0], later)
    fresh = pyotp.TOTP(await accounts.start_mfa_enrolment(operator.id))
    assert await accounts.confirm_mfa(operator.id, fresh.at(later), later) is not None


# --- login throttling --------------------------------------------------------------------


async def test_five_failures_lock_the_email_until_cleared(
    accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    for minute in range(4):
        await accounts.record_failure("ana@example.com", NOW + timedelta(minutes=minute))
    assert await accounts.locked_until("ana@example.com", NOW + timedelta(minutes=4)) is None

    last = NOW + timedelta(minutes=4)
    await accounts.record_failure("ANA@example.com ", last)

    assert await accounts.locked_until("ana@example.com", last) == last + timedelta(minutes=15)
    assert await accounts.locked_until("bia@example.com", last) is None
    stored = await database["login_failures"].find_one({})
    assert stored is not None
    assert "ana@example.com" not in str(stored).lower()  # kept by digest only
    await accounts.clear_failures("ana@example.com")
    assert await accounts.locked_until("ana@example.com", last) is None


async def test_old_failures_are_forgotten(
    accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    # The default policy remembers a failure for 30 minutes (window + lock).
    await accounts.record_failure("ana@example.com", NOW - timedelta(hours=1))
    for minutes in (40, 20, 0):
        await accounts.record_failure("bia@example.com", NOW - timedelta(minutes=minutes))
    await accounts.record_failure("cris@example.com", NOW)

    remembered = [doc["at"] async for doc in database["login_failures"].find({})]
    assert sorted(remembered) == [NOW - timedelta(minutes=20), NOW, NOW]


# --- sessions ----------------------------------------------------------------------------


async def test_a_session_is_stored_by_the_digest_of_its_token(
    sessions: Sessions, database: AsyncDatabase[dict[str, Any]]
) -> None:
    token, session = await sessions.create("op_1", "authenticated", NOW)

    assert (session.operator_id, session.stage) == ("op_1", "authenticated")
    assert session.expires_at == NOW + timedelta(minutes=15)
    assert session.csrf_token != token
    assert await sessions.get(token, NOW) == session
    stored = await database["sessions"].find_one({})
    assert stored is not None
    assert stored["_id"] == token_digest(token)
    assert token not in str(stored)


async def test_an_idle_session_expires_and_use_extends_it(sessions: Sessions) -> None:
    token, _ = await sessions.create("op_1", "authenticated", NOW)

    used = await sessions.get(token, NOW + timedelta(minutes=14))
    assert used is not None
    assert used.expires_at == NOW + timedelta(minutes=29)
    assert await sessions.get(token, NOW + timedelta(minutes=28)) is not None
    assert await sessions.get(token, NOW + timedelta(minutes=43)) is None
    assert await sessions.get(token, NOW + timedelta(minutes=30)) is None  # deleted


async def test_a_session_in_use_still_ends_at_its_absolute_limit(
    database: AsyncDatabase[dict[str, Any]],
) -> None:
    sessions = Sessions(database, idle=timedelta(minutes=15), absolute=timedelta(hours=1))
    token, _ = await sessions.create("op_1", "authenticated", NOW)

    for minutes in range(10, 60, 10):
        session = await sessions.get(token, NOW + timedelta(minutes=minutes))
        assert session is not None
        assert session.expires_at <= NOW + timedelta(hours=1)
    assert await sessions.get(token, NOW + timedelta(hours=1)) is None


async def test_a_password_stage_session_lives_five_minutes(sessions: Sessions) -> None:
    token, session = await sessions.create("op_1", "password", NOW)

    assert session.expires_at == NOW + timedelta(minutes=5)
    used = await sessions.get(token, NOW + timedelta(minutes=4))
    assert used is not None
    assert used.expires_at == NOW + timedelta(minutes=5)
    assert await sessions.get(token, NOW + timedelta(minutes=5)) is None


async def test_promotion_rotates_the_session_and_csrf_tokens(sessions: Sessions) -> None:
    token, before = await sessions.create("op_1", "password", NOW)
    soon = NOW + timedelta(minutes=1)

    promoted = await sessions.promote(token, soon)

    assert promoted is not None
    new_token, after = promoted
    assert new_token != token
    assert after.csrf_token != before.csrf_token
    assert (after.operator_id, after.stage) == ("op_1", "authenticated")
    assert await sessions.get(token, soon) is None
    assert await sessions.get(new_token, soon) == after
    assert await sessions.promote(token, soon) is None
    assert await sessions.promote(new_token, soon) is None  # already authenticated


async def test_concurrent_promotions_of_one_session_give_one_session(
    sessions: Sessions,
) -> None:
    token, _ = await sessions.create("op_1", "password", NOW)

    results = await asyncio.gather(*(sessions.promote(token, NOW) for _ in range(5)))
    assert sum(result is not None for result in results) == 1


async def test_an_expired_password_stage_session_cannot_be_promoted(sessions: Sessions) -> None:
    token, _ = await sessions.create("op_1", "password", NOW)

    assert await sessions.promote(token, NOW + timedelta(minutes=5)) is None


async def test_logging_out_ends_one_session_and_an_operator_can_lose_all(
    sessions: Sessions,
) -> None:
    first, _ = await sessions.create("op_1", "authenticated", NOW)
    second, _ = await sessions.create("op_1", "password", NOW)
    third, _ = await sessions.create("op_1", "authenticated", NOW)
    other, _ = await sessions.create("op_2", "authenticated", NOW)

    await sessions.delete(first)
    assert await sessions.get(first, NOW) is None
    assert await sessions.delete_for("op_1") == 2
    assert await sessions.get(second, NOW) is None
    assert await sessions.get(third, NOW) is None
    assert await sessions.get(other, NOW) is not None


# --- the create-admin command ------------------------------------------------------------


async def create_admin(
    infrastructure: Infrastructure, database: str, password: str, *arguments: str
) -> tuple[int, str, str]:
    environment = {
        **os.environ,
        "CONFIA_MONGO_URI": infrastructure.mongo_uri,
        "CONFIA_DATABASE": database,
        "CONFIA_DATA_KEYS": f"k1:{base64.b64encode(os.urandom(32)).decode()}",
        "CONFIA_DATA_KEY_ID": "k1",
        "CONFIA_ADMIN_PASSWORD": password,
    }
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "confia.handoff.cli", *arguments),
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_first_admin_is_created_from_the_command_line(
    infrastructure: Infrastructure, accounts: Accounts, database: AsyncDatabase[dict[str, Any]]
) -> None:
    arguments = ("--email", "root@example.com", "--name", "Root")

    code, out, err = await create_admin(infrastructure, database.name, PASSWORD, *arguments)

    assert code == 0, err
    admin = await accounts.by_email("root@example.com")
    assert admin is not None
    assert (admin.role, admin.mfa_enrolled) == ("admin", False)
    assert out == f"admin {admin.id} created; enrol MFA at first login\n"
    assert PASSWORD not in out + err
    assert await accounts.check_password("root@example.com", PASSWORD) == admin

    again = ("create-admin", *arguments)  # as `confia-handoff create-admin ...` passes it
    code, out, err = await create_admin(infrastructure, database.name, PASSWORD, *again)
    assert (code, out) == (2, "")
    assert err == "confia-handoff create-admin: an operator with this email already exists\n"

    other = ("--email", "bia@example.com", "--name", "Bia")
    code, _, err = await create_admin(infrastructure, database.name, "hunter2", *other)
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "hunter2" not in err
    assert await accounts.by_email("bia@example.com") is None
