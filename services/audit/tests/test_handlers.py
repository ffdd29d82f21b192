"""The audit log against the real broker and store: records, replays, dead letters,
signed tree heads, tampering caught by `verify`, and an outside verifier reading only the
audit topic."""

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.audit.app import TOPICS
from confia.audit.cli import merged, published_tree_heads
from confia.audit.domain import canonical_json, record_from_dict
from confia.audit.handlers import (
    RECORD_TYPE,
    TREE_HEAD_TYPE,
    Delivered,
    Ledger,
    published_tree_head,
    record_events,
    sign_tree_head,
)
from confia.audit.merkle import consistency_proof, inclusion_proof, leaf_hash
from confia.audit.store import AuditLog
from confia.audit.tree_head import (
    new_signing_key,
    sign,
    signature_ok,
    signed_from_json,
    signing_key,
)
from confia.audit.verify import verify_log
from confia.events import Envelope, MessageRedacted
from confia.events.schemas import (
    OperatorActed,
    OperatorAction,
    RedactedMessage,
    RevealRequest,
    RevealRequested,
)
from confia.events.topics import AUDIT_EVENTS, CONVERSATION_REDACTED, OPERATOR_ACTIONS
from confia.runtime.bus import ensure_topics
from confia.runtime.kafka_security import KafkaLogin
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import create_topics, produce, read_topic


def _independent_verifier() -> Any:
    """The RFC 9162 verifier written apart from the service's code (tests/ is no package)."""
    path = Path(__file__).with_name("rfc9162_verifier.py")
    spec = importlib.util.spec_from_file_location("rfc9162_verifier", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


independent = _independent_verifier()
pytestmark = pytest.mark.integration


@pytest.fixture
async def ledger(
    infrastructure: Infrastructure, broker: KafkaBroker, database: AsyncDatabase[dict[str, Any]]
) -> Ledger:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    log = AuditLog(database)
    await log.create_indexes()
    ledger = Ledger(log, broker, signing_key(new_signing_key()))
    await ledger.load()
    return ledger


_offsets = iter(range(10**9))


def _delivered(
    topic: str, event: Envelope | bytes, headers: dict[str, str] | None = None
) -> Delivered:
    value = event if isinstance(event, bytes) else event.model_dump_json().encode()
    return Delivered(topic, 0, next(_offsets), value, headers or {}, trace_id="ab" * 16)


def _redacted(subject: str, text: str) -> MessageRedacted:
    return MessageRedacted(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="redaction",
        payload=RedactedMessage(message_id="msg.1", text=text),
    )


def _reveal(subject: str) -> RevealRequested:
    return RevealRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="handoff",
        payload=RevealRequest(
            request_id="rvl_1",
            token="[CPF_1]",
            operator_id="op_7",
            operator_role="dpo",
            reason="fraud_investigation",
            justification="Cliente Maria Souza, cpf 529.982.247-25, contestou",
            reply_key="5Zq1w3Jt6m0QXk8pN2vY7cR4hB9sD1fG3jL5nP8rT0U=",
        ),
    )


async def test_each_event_is_recorded_once_with_who_what_and_no_content(
    ledger: Ledger, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    redacted = _redacted(subject, "meu pedido [CPF_1] atrasou")
    reveal = _reveal(subject)
    batch = [
        _delivered(CONVERSATION_REDACTED, redacted),
        _delivered("privacy.reveal.requested.v1", reveal),
    ]

    assert await record_events(ledger, batch) == 2
    assert await record_events(ledger, batch) == 0, "a replayed batch appends nothing"

    records = [doc async for doc in database["records"].find().sort("index", 1)]
    assert [(r["index"], r["type"]) for r in records] == [
        (0, "conversation.message.redacted"),
        (1, "privacy.reveal.requested"),
    ]
    assert records[1]["actor"] == "operator:op_7"
    assert records[1]["outcome"] == "reveal_requested"
    assert records[1]["facts"] == {
        "request_id": "rvl_1",
        "token": "[CPF_1]",
        "operator_role": "dpo",
        "reason": "fraud_investigation",
    }
    assert records[0]["trace_id"] == "ab" * 16
    stored = str(records)
    for personal in ("atrasou", "Maria", "529.982.247-25", "contestou"):
        assert personal not in stored


async def test_a_dead_letter_and_an_unparseable_message_are_recorded_too(
    ledger: Ledger, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    headers = {
        "dlq-original-topic": CONVERSATION_REDACTED,
        "dlq-error-type": "ValidationError",
        "dlq-service": "agent",
        "dlq-error": "payload.text: missing",
    }
    dead = _delivered(CONVERSATION_REDACTED + ".dlq", _redacted(subject, "oi"), headers)
    garbage = _delivered(CONVERSATION_REDACTED + ".dlq", b"\xff not json", headers)

    await record_events(ledger, [dead, garbage])

    records = [doc async for doc in database["records"].find().sort("index", 1)]
    assert [r["outcome"] for r in records] == ["dead_lettered", "dead_lettered"]
    assert records[0]["facts"] == {
        "original-topic": CONVERSATION_REDACTED,
        "error-type": "ValidationError",
        "service": "agent",
    }
    assert records[0]["subject"] == subject
    assert records[1]["type"] == "unparseable"


async def _fill(ledger: Ledger, subject: str, count: int) -> None:
    actions = [
        OperatorActed(
            subject=subject,
            conversation_id="console",
            producer="handoff",
            payload=OperatorAction(action="login", operator_id=f"op_{n}", role="operator"),
        )
        for n in range(count)
    ]
    await record_events(ledger, [_delivered(OPERATOR_ACTIONS, action) for action in actions])


async def test_signed_heads_and_proofs_check_out_with_an_independent_verifier(
    ledger: Ledger, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await _fill(ledger, subject, 5)
    first = await sign_tree_head(ledger)
    await _fill(ledger, subject, 8)
    second = await sign_tree_head(ledger)
    assert first is not None
    assert second is not None
    assert await sign_tree_head(ledger) is None, "no new head while the log did not grow"

    leaves = await ledger.log.leaf_hashes()
    assert (first.head.tree_size, second.head.tree_size) == (5, 13)
    assert signature_ok(ledger.public_key, second)
    root = bytes.fromhex(second.head.root_hash)
    for index, leaf in enumerate(leaves):
        proof = inclusion_proof(leaves, index, 13)
        assert independent.verify_inclusion(leaf, index, 13, proof, root)
    proof = consistency_proof(leaves, 5, 13)
    assert independent.verify_consistency(5, 13, bytes.fromhex(first.head.root_hash), root, proof)
    verdict = verify_log(
        await ledger.log.stored_records(), await ledger.log.tree_heads(), ledger.trusted_public_keys
    )
    assert verdict.ok, verdict


async def test_heads_signed_before_a_key_rotation_stay_verifiable_and_rotation_is_one_way(
    ledger: Ledger, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    old_key, old_public = ledger.signing_key, ledger.public_key
    await _fill(ledger, subject, 3)
    assert await sign_tree_head(ledger) is not None
    # Rotation: the new key signs from here; the old public key is kept as retired.
    ledger.signing_key = signing_key(new_signing_key())
    ledger.retired_public_keys = (old_public,)
    await _fill(ledger, subject, 4)
    assert await sign_tree_head(ledger) is not None
    records, heads = await ledger.log.stored_records(), await ledger.log.tree_heads()

    assert verify_log(records, heads, ledger.trusted_public_keys).ok
    only_current = verify_log(records, heads, [ledger.public_key])
    assert not only_current.ok
    assert only_current.problem == "tree head of size 3 has a bad signature"
    # A leaked retired key cannot sign the log's future: a head it signs after the new key's.
    forged = [*heads, sign(old_key, heads[-1].head)]
    after_rotation = verify_log(records, forged, ledger.trusted_public_keys)
    assert after_rotation.problem == "tree head of size 7 is signed with a retired key"


@pytest.mark.parametrize("tampering", ["changed", "deleted", "inserted", "reordered", "rehashed"])
async def test_verify_finds_the_first_tampered_record(
    ledger: Ledger,
    database: AsyncDatabase[dict[str, Any]],
    unique: Callable[[str], str],
    tampering: str,
) -> None:
    await _fill(ledger, unique("sub"), 6)
    await sign_tree_head(ledger)
    records = database["records"]
    third = await records.find_one({"index": 2})
    assert third is not None

    if tampering == "changed":
        await records.update_one({"index": 2}, {"$set": {"outcome": "logout"}})
    elif tampering == "deleted":
        await records.delete_one({"index": 2})
    elif tampering == "inserted":
        await records.update_many({"index": {"$gte": 2}}, {"$inc": {"index": 100}})
        forged = {**third, "_id": "forged", "index": 2, "outcome": "logout"}
        await records.insert_one(forged)
        await records.update_many({"index": {"$gte": 102}}, {"$inc": {"index": -99}})
    elif tampering == "reordered":
        await records.update_one({"index": 2}, {"$set": {"index": -1}})
        await records.update_one({"index": 3}, {"$set": {"index": 2}})
        await records.update_one({"index": -1}, {"$set": {"index": 3}})
    else:  # changed, and its leaf hash recomputed to match: only the signed root knows
        changed = {**third, "outcome": "logout"}
        rehashed = leaf_hash(record_from_dict(changed).leaf_data()).hex()
        await records.update_one(
            {"index": 2}, {"$set": {"outcome": "logout", "leaf_hash": rehashed}}
        )

    stored = [doc async for doc in records.find().sort("index", 1)]
    verdict = verify_log(stored, await ledger.log.tree_heads(), ledger.trusted_public_keys)

    assert not verdict.ok
    assert verdict.at_index in {2, 3, 5}, verdict
    assert verdict.problem


async def test_an_outside_subscriber_verifies_the_log_from_the_topic_alone(
    ledger: Ledger, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await _fill(ledger, subject, 7)
    signed = await sign_tree_head(ledger)
    assert signed is not None

    def complete(found: list[Any]) -> bool:
        bodies = [json.loads(r.value) for r in found]
        mine = [
            b for b in bodies if b.get("type") == RECORD_TYPE and b["record"]["subject"] == subject
        ]
        heads = [b for b in bodies if b.get("type") == TREE_HEAD_TYPE]
        return len(mine) == 7 and any(h["root_hash"] == signed.head.root_hash for h in heads)

    found = await read_topic(infrastructure.kafka_bootstrap, AUDIT_EVENTS, complete)
    bodies = [json.loads(r.value) for r in found]
    # This log's records (its subject only: other tests' logs share the topic here).
    records = sorted(
        (b for b in bodies if b.get("type") == RECORD_TYPE and b["record"]["subject"] == subject),
        key=lambda b: b["leaf_index"],
    )
    head = next(
        b
        for b in bodies
        if b.get("type") == TREE_HEAD_TYPE and b["root_hash"] == signed.head.root_hash
    )

    # What a subscriber does: check the head's signature, recompute every leaf from its
    # record, rebuild the tree and compare the root.
    assert signature_ok(head["public_key"], signed_from_json(head))
    for body in records:
        assert leaf_hash(canonical_json(body["record"])).hex() == body["leaf_hash"]
    assert [b["leaf_index"] for b in records] == list(range(head["tree_size"]))
    leaves = [bytes.fromhex(b["leaf_hash"]) for b in records]
    assert independent.mth(leaves).hex() == head["root_hash"]


async def test_the_head_of_the_empty_log_verifies_too(
    ledger: Ledger, unique: Callable[[str], str]
) -> None:
    empty = await sign_tree_head(ledger)
    assert empty is not None
    assert empty.head.tree_size == 0
    await _fill(ledger, unique("sub"), 3)
    await sign_tree_head(ledger)

    verdict = verify_log(
        await ledger.log.stored_records(), await ledger.log.tree_heads(), ledger.trusted_public_keys
    )

    assert verdict.ok, verdict


async def test_a_cut_off_tail_passes_the_stored_heads_but_not_the_published_ones(
    ledger: Ledger, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await _fill(ledger, subject, 4)
    await sign_tree_head(ledger)
    await _fill(ledger, subject, 5)
    await sign_tree_head(ledger)
    published = await ledger.log.tree_heads()  # what subscribers got on audit.events.v1
    # Whoever can write the store removes the last records and the head that covers them.
    await database["records"].delete_many({"index": {"$gte": 4}})
    await database["tree_heads"].delete_many({"tree_size": 9})
    records, stored = await ledger.log.stored_records(), await ledger.log.tree_heads()

    assert verify_log(records, stored, ledger.trusted_public_keys).ok, "invisible from inside"
    verdict = verify_log(records, merged(stored, published), ledger.trusted_public_keys)
    assert verdict.problem == "tree head of size 9 covers records that are gone"


async def test_published_heads_are_read_back_from_the_topic(
    infrastructure: Infrastructure, ledger: Ledger, unique: Callable[[str], str]
) -> None:
    topic = unique("test.audit-heads")
    await create_topics(infrastructure.kafka_bootstrap, topic)
    await _fill(ledger, unique("sub"), 3)
    head = await sign_tree_head(ledger)
    assert head is not None
    published = json.dumps(published_tree_head(head, ledger.public_key)).encode()
    await produce(infrastructure.kafka_bootstrap, topic, b'{"type": "audit.record"}', key="r")
    headers = {"confia-event-type": TREE_HEAD_TYPE}
    await produce(infrastructure.kafka_bootstrap, topic, published, key="h", headers=headers)

    heads = await published_tree_heads(infrastructure.kafka_bootstrap, KafkaLogin(), topic)

    assert heads == [head]
