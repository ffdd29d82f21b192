"""Operator security rules: pure, no store."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from confia.handoff.security import (
    RECOVERY_ALPHABET,
    LockoutPolicy,
    WeakPassword,
    accepted_totp_step,
    check_password_strength,
    csrf_ok,
    hash_password,
    needs_rehash,
    new_recovery_codes,
    new_token,
    new_totp_secret,
    otpauth_uri,
    qr_svg,
    recovery_code_digest,
    token_digest,
    verify_password,
)

# RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in base32, and its codes
# (the last six of the eight digits the RFC lists).
RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"


def at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


# --- passwords ---------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["Short1!", "alllowercaseletters", "123456789012", "x" * 257])
def test_weak_passwords_are_refused_without_repeating_them(password: str) -> None:
    with pytest.raises(WeakPassword) as caught:
        check_password_strength(password)
    assert password not in str(caught.value)


@pytest.mark.parametrize("password", ["correct horse battery", "Tr0ub4dor&3xy", "Abcdefghijkl"])
def test_long_passwords_of_two_kinds_are_accepted(password: str) -> None:
    check_password_strength(password)


def test_a_password_hash_is_argon2id_and_verifies_only_the_right_password() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "correct horse battery!")
    assert hash_password("correct horse battery") != stored  # salted


@pytest.mark.parametrize("stored", ["", "not a hash", "$argon2id$v=19$m=1,t=1,p=1$broken"])
def test_an_unreadable_hash_verifies_nothing_and_asks_for_a_rehash(stored: str) -> None:
    assert not verify_password(stored, "correct horse battery")
    assert needs_rehash(stored)


def test_a_hash_made_with_weaker_parameters_needs_a_rehash() -> None:
    old = PasswordHasher(time_cost=1, memory_cost=8192).hash("correct horse battery")
    assert verify_password(old, "correct horse battery")
    assert needs_rehash(old)
    assert not needs_rehash(hash_password("correct horse battery"))


# --- TOTP --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "code"),
    [(59, "287082"), (1111111109, "081804"), (1234567890, "005924"), (2000000000, "279037")],
)
def test_rfc_6238_codes_are_accepted_in_their_time_step(seconds: int, code: str) -> None:
    assert accepted_totp_step(RFC_SECRET, code, at(seconds), None) == seconds // 30


def test_spaces_in_a_typed_code_do_not_matter() -> None:
    assert accepted_totp_step(RFC_SECRET, " 287 082 ", at(59), None) == 1


def test_a_code_is_accepted_one_step_early_or_late_but_not_two() -> None:
    assert accepted_totp_step(RFC_SECRET, "287082", at(59 + 30), None) == 1
    assert accepted_totp_step(RFC_SECRET, "287082", at(59 - 30), None) == 1
    assert accepted_totp_step(RFC_SECRET, "287082", at(59 + 60), None) is None
    assert accepted_totp_step(RFC_SECRET, "287082", at(59 + 3600), None) is None


def test_a_code_of_a_step_already_used_is_refused() -> None:
    assert accepted_totp_step(RFC_SECRET, "287082", at(59), last_step=0) == 1
    assert accepted_totp_step(RFC_SECRET, "287082", at(59), last_step=1) is None
    assert accepted_totp_step(RFC_SECRET, "287082", at(59 + 30), last_step=2) is None


@pytest.mark.parametrize("code", ["287083", "28708", "2870820", "abcdef", ""])
def test_wrong_or_malformed_codes_are_refused(code: str) -> None:
    assert accepted_totp_step(RFC_SECRET, code, at(59), None) is None


def test_a_new_secret_is_160_bits_of_base32() -> None:
    secret = new_totp_secret()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert new_totp_secret() != secret


def test_the_enrolment_uri_names_the_issuer_and_account_and_the_qr_code_has_a_title() -> None:
    uri = otpauth_uri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ana@example.com")
    assert uri.startswith("otpauth://totp/Confia:ana%40example.com?")
    assert "secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" in uri
    assert "issuer=Confia" in uri
    svg = qr_svg(uri)
    assert svg.startswith('<svg role="img" ')
    assert "<title>" in svg
    assert svg.rstrip().endswith("</svg>")


# --- recovery codes ----------------------------------------------------------------------


def test_recovery_codes_are_distinct_unambiguous_and_grouped() -> None:
    codes = new_recovery_codes()
    assert len(codes) == len(set(codes)) == 10
    group = f"[{RECOVERY_ALPHABET}]{{4}}"
    for code in codes:
        assert re.fullmatch(f"{group}-{group}-{group}", code)
    assert not set("0o1li") & set(RECOVERY_ALPHABET)
    assert len(new_recovery_codes(3)) == 3


def test_a_recovery_code_digest_ignores_case_spaces_and_dashes() -> None:
    digest = recovery_code_digest("k3f9-2mxq-7rtd")
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert recovery_code_digest(" K3F9 2MXQ-7rtd ") == digest
    assert recovery_code_digest("k3f9-2mxq-7rte") != digest


# --- tokens and CSRF ---------------------------------------------------------------------


def test_tokens_are_random_and_stored_as_a_digest() -> None:
    token = new_token()
    assert len(token) >= 43
    assert new_token() != token
    digest = token_digest(token)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert token_digest(token) == digest
    assert token not in digest


def test_csrf_token_must_match_exactly() -> None:
    token = new_token()
    assert csrf_ok(token, token)
    assert not csrf_ok(token, token[:-1])
    assert not csrf_ok(token, None)
    assert not csrf_ok(token, "")
    assert not csrf_ok("", "")
    assert not csrf_ok(token, "ç" * 43)  # non-ASCII input is refused, not an error


# --- lockout -----------------------------------------------------------------------------

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def minutes_ago(*minutes: float) -> list[datetime]:
    return [NOW - timedelta(minutes=each) for each in minutes]


def test_four_failures_do_not_lock() -> None:
    assert LockoutPolicy().locked_until(minutes_ago(4, 3, 2, 1), NOW) is None


def test_the_fifth_failure_within_the_window_locks_until_lock_after_the_last() -> None:
    failures = minutes_ago(14, 10, 5, 2, 1)
    assert LockoutPolicy().locked_until(failures, NOW) == NOW + timedelta(minutes=14)


def test_five_failures_spread_over_the_whole_window_do_not_lock() -> None:
    policy = LockoutPolicy()
    assert policy.locked_until(minutes_ago(15, 10, 5, 2, 0), NOW) is None
    assert policy.locked_until(minutes_ago(14.99, 10, 5, 2, 0), NOW) == NOW + timedelta(minutes=15)


def test_the_lock_ends_exactly_lock_after_the_last_failure() -> None:
    policy = LockoutPolicy()
    failures = minutes_ago(5, 4, 3, 2, 1)
    last = NOW - timedelta(minutes=1)
    assert policy.locked_until(failures, last + policy.lock - timedelta(seconds=1)) is not None
    assert policy.locked_until(failures, last + policy.lock) is None


def test_the_oldest_failure_leaving_the_window_does_not_end_the_lock_early() -> None:
    failures = minutes_ago(14, 4, 3, 2, 1)
    later = NOW + timedelta(minutes=2)  # only four failures are within the window now
    assert LockoutPolicy().locked_until(failures, later) == NOW + timedelta(minutes=14)


def test_failures_after_now_are_not_counted() -> None:
    failures = [*minutes_ago(3, 2, 1, 0), NOW + timedelta(seconds=1)]
    assert LockoutPolicy().locked_until(failures, NOW) is None


def test_a_stricter_policy() -> None:
    policy = LockoutPolicy(max_failures=3, window=timedelta(minutes=1), lock=timedelta(hours=1))
    assert policy.locked_until(minutes_ago(0.9, 0.5, 0), NOW) == NOW + timedelta(hours=1)
    assert policy.locked_until(minutes_ago(2, 1, 0), NOW) is None
