import hashlib
import hmac

import pytest

from confia.ingress.domain import (
    FloodGate,
    SendFailure,
    choose_subject,
    classify_send_failure,
    conversation_id,
    message_key,
    signature_is_valid,
    state_rank,
)


def _sign(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def test_signature_of_the_raw_body_is_accepted() -> None:
    assert signature_is_valid(b'{"a":1}', _sign(b'{"a":1}', b"s3cret"), [b"s3cret"])


def test_signature_with_another_secret_is_rejected() -> None:
    assert not signature_is_valid(b"{}", _sign(b"{}", b"wrong"), [b"s3cret"])


def test_signature_over_other_bytes_is_rejected() -> None:
    assert not signature_is_valid(b'{"a": 1}', _sign(b'{"a":1}', b"s3cret"), [b"s3cret"])


def test_any_of_several_secrets_is_accepted_during_rotation() -> None:
    assert signature_is_valid(b"{}", _sign(b"{}", b"new"), [b"old", b"new"])


def test_uppercase_hex_digest_is_accepted() -> None:
    header = _sign(b"{}", b"s3cret").upper().replace("SHA256=", "sha256=")
    assert signature_is_valid(b"{}", header, [b"s3cret"])


@pytest.mark.parametrize("header", ["", "sha1=abc", "sha256=", "abc"])
def test_malformed_signature_headers_are_rejected(header: str) -> None:
    assert not signature_is_valid(b"{}", header, [b"s3cret"])


def test_new_customer_is_the_pseudonym_of_the_bsuid_else_the_phone() -> None:
    assert choose_subject("sub_b", "sub_p", {}) == "sub_b"
    assert choose_subject(None, "sub_p", {}) == "sub_p"


def test_customer_first_known_by_phone_keeps_that_subject_when_the_bsuid_arrives() -> None:
    assert choose_subject("sub_b", "sub_p", {"sub_p": "sub_p"}) == "sub_p"


def test_bsuid_link_wins_over_a_phone_link() -> None:
    linked = {"sub_b": "subject-1", "sub_p": "subject-2"}
    assert choose_subject("sub_b", "sub_p", linked) == "subject-1"


def test_no_identity_is_an_error() -> None:
    with pytest.raises(ValueError, match="BSUID"):
        choose_subject(None, None, {})


def test_statuses_only_move_forward() -> None:
    order = ["accepted", "sent", "delivered", "read", "failed"]
    ranks = [state_rank(status) for status in order]
    assert ranks == [0, 1, 2, 3, 4]
    assert state_rank("teleported") is None


def test_flood_gate_allows_a_burst_then_the_steady_rate() -> None:
    gate = FloodGate(per_minute=60, burst=3)
    assert [gate.allow("a", now=0.0) for _ in range(4)] == [True, True, True, False]
    assert gate.allow("b", now=0.0), "each sender has a bucket of its own"
    assert not gate.allow("a", now=0.5)
    assert gate.allow("a", now=1.0), "one message per second refills"


def test_flood_gate_forgets_the_least_recent_senders_beyond_its_bound() -> None:
    gate = FloodGate(per_minute=1, burst=1, max_keys=2)
    assert gate.allow("a", 0.0)
    assert gate.allow("b", 0.0)
    assert gate.allow("c", 0.0)  # "a" forgotten
    assert gate.allow("a", 0.0)


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 130429, SendFailure.RATE_LIMITED),
        (400, 131056, SendFailure.RATE_LIMITED),
        (429, None, SendFailure.RATE_LIMITED),
        (500, 131000, SendFailure.TRANSIENT),
        (503, None, SendFailure.TRANSIENT),
        (400, 131047, SendFailure.PERMANENT),
        (400, 131026, SendFailure.PERMANENT),
        (400, 100, SendFailure.PERMANENT),
        (401, 190, SendFailure.PERMANENT),
    ],
)
def test_send_failures_are_classified(status: int, code: int | None, expected: SendFailure) -> None:
    assert classify_send_failure(status, code) is expected


def test_conversation_id_is_stable_and_carries_no_identity() -> None:
    conversation = conversation_id("106540352242922", "sub_abc")
    assert conversation == conversation_id("106540352242922", "sub_abc")
    assert "sub_abc" not in conversation


def test_message_key_is_stable_keyed_and_hides_the_wamid() -> None:
    wamid = "wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEE2QTk0RDgyRTdGRkE3AA=="
    key = message_key(b"k" * 32, wamid)
    assert key == message_key(b"k" * 32, wamid)
    assert key != message_key(b"x" * 32, wamid)
    assert "HBgN" not in key
