"""The public audit contract: what audit publishes on `audit.events.v1` matches the JSON
Schemas in docs/schemas, and an outside subscriber (examples/audit_subscriber.py) verifies
the log from the topic alone and catches a tampered record."""

import asyncio
import base64
import hashlib
import importlib.util
import json
import re
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from confia.audit.domain import AuditRecord, canonical_json
from confia.audit.handlers import (
    TREE_HEAD_KEY,
    Delivered,
    published_record,
    published_tree_head,
    record_of,
)
from confia.audit.merkle import leaf_hash, root
from confia.audit.tree_head import TreeHead, new_signing_key, public_key_b64, sign, signing_key
from confia.events import Envelope
from confia.events.schemas import (
    ConsentChanged,
    ConsentDecision,
    OperatorActed,
    OperatorAction,
    RevealRequest,
    RevealRequested,
)
from confia.events.topics import AUDIT_EVENTS, OPERATOR_ACTIONS, PRIVACY_REVEAL_REQUESTED
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import create_topics, produce

ROOT = Path(__file__).parents[3]
RECORD_SCHEMA = json.loads((ROOT / "docs/schemas/audit-record.v1.json").read_text())
TREE_HEAD_SCHEMA = json.loads((ROOT / "docs/schemas/audit-tree-head.v1.json").read_text())
SUBSCRIBER = ROOT / "examples" / "audit_subscriber.py"


# --- a validator for the JSON Schema subset the two files use ----------------------------

# jsonschema is no dependency of the workspace. This checks exactly these keywords and
# refuses any other, which also keeps the files readable by AsyncAPI tools (draft-07).
_ANNOTATIONS = {"$schema", "$id", "title", "description", "examples"}
_CHECKED = {"type", "required", "properties", "additionalProperties", "const", "minimum", "pattern"}


def _has_type(value: object, name: str) -> bool:
    match name:
        case "object":
            return isinstance(value, dict)
        case "string":
            return isinstance(value, str)
        case "integer":  # a bool is an int in Python, never in JSON
            return isinstance(value, int) and not isinstance(value, bool)
        case "null":
            return value is None
    raise AssertionError(f"type {name!r} is outside the validated subset")


def schema_errors(schema: dict[str, Any], value: object, path: str = "$") -> list[str]:
    """Where `value` breaks `schema`; empty when it conforms."""
    unknown = set(schema) - _ANNOTATIONS - _CHECKED
    assert not unknown, f"{path}: keywords outside the validated subset: {sorted(unknown)}"
    if "const" in schema and not (
        type(value) is type(schema["const"]) and value == schema["const"]
    ):
        return [f"{path}: is not {schema['const']!r}"]
    types = schema.get("type", [])
    types = types if isinstance(types, list) else [types]
    if types and not any(_has_type(value, name) for name in types):
        return [f"{path}: is not {' or '.join(types)}"]
    errors = []
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{path}: does not match {schema['pattern']}")
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: is below {schema['minimum']}")
    if isinstance(value, dict):
        errors += [
            f"{path}.{name}: missing" for name in schema.get("required", []) if name not in value
        ]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                errors += schema_errors(properties[name], item, f"{path}.{name}")
            elif extra is False:
                errors.append(f"{path}.{name}: not allowed")
            elif isinstance(extra, dict):
                errors += schema_errors(extra, item, f"{path}.{name}")
    return errors


# --- messages built with the service's own functions --------------------------------------


def _events(subject: str) -> list[tuple[str, Envelope]]:
    conversation = f"cnv_{subject}"
    return [
        (
            OPERATOR_ACTIONS,
            OperatorActed(
                subject=subject,
                conversation_id=conversation,
                producer="handoff",
                payload=OperatorAction(action="ticket_viewed", operator_id="op_7", ticket_id="t1"),
            ),
        ),
        (
            PRIVACY_REVEAL_REQUESTED,
            RevealRequested(
                subject=subject,
                conversation_id=conversation,
                producer="handoff",
                payload=RevealRequest(
                    request_id="rvl_1",
                    token="[CPF_1]",
                    operator_id="op_7",
                    operator_role="dpo",
                    reason="fraud_investigation",
                    justification="Cliente contestou a compra por telefone",
                    reply_key=base64.b64encode(bytes(32)).decode(),
                ),
            ),
        ),
        (
            "privacy.consent.v1",
            ConsentChanged(
                subject=subject,
                conversation_id=conversation,
                producer="consent",
                payload=ConsentDecision(purpose="ai_assistance", granted=True, notice_version="2"),
            ),
        ),
    ]


def _records(subject: str) -> list[AuditRecord]:
    """Records as audit makes them from delivered events: three events, a dead letter and
    a message that is not JSON (the last two have null causes, outcomes, trace ids)."""
    delivered = [
        Delivered(topic, 0, offset, event.model_dump_json().encode(), {}, trace_id="ab" * 16)
        for offset, (topic, event) in enumerate(_events(subject))
    ]
    dead_letter_headers = {"dlq-original-topic": OPERATOR_ACTIONS, "dlq-service": "audit"}
    delivered.append(Delivered(f"{OPERATOR_ACTIONS}.dlq", 0, 7, b"\xff", dead_letter_headers))
    delivered.append(Delivered(OPERATOR_ACTIONS, 0, 8, b"not json", {}))
    return [record_of(item) for item in delivered]


def _stored(record: AuditRecord, index: int) -> dict[str, Any]:
    """The document audit's store keeps for a record (store.py), Mongo fields included."""
    return {
        "_id": record.event_id,
        **asdict(record),
        "index": index,
        "leaf_hash": leaf_hash(record.leaf_data()).hex(),
        "recorded_at": datetime.now(UTC),
        "published": False,
    }


def _published_log(subject: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Record messages and a signed tree head over them, as audit publishes them."""
    documents = [_stored(record, index) for index, record in enumerate(_records(subject))]
    key = signing_key(new_signing_key())
    leaves = [bytes.fromhex(document["leaf_hash"]) for document in documents]
    head = TreeHead(len(leaves), root(leaves).hex(), int(time.time() * 1000))
    return [published_record(d) for d in documents], published_tree_head(
        sign(key, head), public_key_b64(key)
    )


def _subscriber_module() -> Any:
    spec = importlib.util.spec_from_file_location("audit_subscriber", SUBSCRIBER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the schemas against the real messages -------------------------------------------------


def test_published_records_match_the_record_schema() -> None:
    records, _ = _published_log("sub_contract")
    for message in records:
        assert schema_errors(RECORD_SCHEMA, message) == [], message
        # The Mongo document's own fields stay home.
        assert not {"_id", "recorded_at", "published", "index"} & set(message["record"])


def test_a_published_leaf_hash_is_recomputable_from_the_record_alone() -> None:
    records, _ = _published_log("sub_contract")
    for message in records:
        data = json.dumps(
            json.loads(json.dumps(message["record"])),  # as a subscriber parses it
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()
        assert leaf_hash(data).hex() == message["leaf_hash"]


def test_the_record_schema_describes_every_record_field() -> None:
    record_schema = RECORD_SCHEMA["properties"]["record"]
    fields = set(AuditRecord.__dataclass_fields__)
    assert set(record_schema["properties"]) == fields
    assert set(record_schema["required"]) == fields
    for name, field_schema in record_schema["properties"].items():
        assert field_schema.get("description"), f"record.{name} has no description"


def test_a_published_tree_head_matches_its_schema_and_its_signature_checks_out() -> None:
    _, head = _published_log("sub_contract")
    assert schema_errors(TREE_HEAD_SCHEMA, head) == []
    signed = canonical_json({name: head[name] for name in ("tree_size", "root_hash", "timestamp")})
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(head["public_key"]))
    key.verify(base64.b64decode(head["signature"]), signed)  # raises if it does not


@pytest.mark.parametrize("schema", [RECORD_SCHEMA, TREE_HEAD_SCHEMA], ids=["record", "head"])
def test_the_schema_examples_are_valid(schema: dict[str, Any]) -> None:
    for example in schema["examples"]:
        assert schema_errors(schema, example) == []


def test_the_schema_examples_hash_and_verify() -> None:
    record = RECORD_SCHEMA["examples"][0]
    assert leaf_hash(canonical_json(record["record"])).hex() == record["leaf_hash"]
    assert _subscriber_module().signature_ok(TREE_HEAD_SCHEMA["examples"][0])


def test_unknown_fields_are_allowed_and_broken_messages_are_not() -> None:
    records, head = _published_log("sub_contract")
    newer = {**records[0], "added_later": 1, "record": {**records[0]["record"], "also": "x"}}
    assert schema_errors(RECORD_SCHEMA, newer) == []

    assert schema_errors(RECORD_SCHEMA, {**records[0], "schema_version": 2})
    assert schema_errors(RECORD_SCHEMA, {**records[0], "leaf_hash": "ABC"})
    assert schema_errors(RECORD_SCHEMA, {**records[0], "leaf_index": True})
    without_actor = {k: v for k, v in records[0]["record"].items() if k != "actor"}
    assert schema_errors(RECORD_SCHEMA, {**records[0], "record": without_actor})
    bad_facts = {**records[0]["record"], "facts": {"count": 3}}
    assert schema_errors(RECORD_SCHEMA, {**records[0], "record": bad_facts})
    assert schema_errors(TREE_HEAD_SCHEMA, {**head, "tree_size": -1})
    assert schema_errors(TREE_HEAD_SCHEMA, {**head, "signature": "not base64"})


def test_the_example_subscriber_builds_the_same_merkle_root_as_audit() -> None:
    subscriber = _subscriber_module()
    for size in range(0, 40):
        leaves = [leaf_hash(str(n).encode()) for n in range(size)]
        assert subscriber.merkle_root(leaves) == root(leaves), size


# --- the example subscriber against the real broker ----------------------------------------


async def _publish(bootstrap: str, topic: str, messages: list[dict[str, Any]]) -> None:
    for message in messages:
        is_record = message["type"] == "audit.record"
        key = message["record"]["subject"] if is_record else TREE_HEAD_KEY
        await produce(bootstrap, topic, json.dumps(message).encode(), key=key)


async def _run_subscriber(bootstrap: str, topic: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "examples/audit_subscriber.py",
        "--bootstrap",
        bootstrap,
        "--topic",
        topic,
        "--once",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=90)
    assert process.returncode is not None
    return process.returncode, output.decode()


async def _scratch_topic(infrastructure: Infrastructure, unique: Any) -> str:
    topic = f"{AUDIT_EVENTS}.{unique('scratch')}"
    # One partition: the subscriber reads the messages in the order they were published.
    await create_topics(infrastructure.kafka_bootstrap, topic, partitions=1)
    return topic


@pytest.mark.integration
async def test_the_example_subscriber_verifies_the_log_and_catches_a_changed_record(
    infrastructure: Infrastructure, unique: Any
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = await _scratch_topic(infrastructure, unique)
    subject = unique("sub")
    records, head = _published_log(subject)
    await _publish(bootstrap, topic, [*records, head])

    status, output = await _run_subscriber(bootstrap, topic)

    assert status == 0, output
    assert f"size={len(records)}" in output
    assert "OK" in output
    assert "operator:op_7" in output
    assert "reveal_requested" in output

    # Someone rewrites record 1 on the topic, and the head comes round again.
    changed = {**records[1], "record": {**records[1]["record"], "outcome": "reveal_refused"}}
    await _publish(bootstrap, topic, [changed, head])

    status, output = await _run_subscriber(bootstrap, topic)

    assert status == 1, output
    assert "leaf 1: published twice with different content" in output
    assert "MISMATCH leaf 1: its record hashes to" in output


@pytest.mark.integration
async def test_the_example_subscriber_catches_a_rehashed_record_by_the_signed_root(
    infrastructure: Infrastructure, unique: Any
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = await _scratch_topic(infrastructure, unique)
    records, head = _published_log(unique("sub"))
    # Record 2 altered before it was published, its leaf hash recomputed to match: only
    # the signed root can tell.
    forged = {**records[2]["record"], "outcome": "ai_assistance:declined"}
    records[2] = {
        **records[2],
        "record": forged,
        "leaf_hash": leaf_hash(canonical_json(forged)).hex(),
    }
    await _publish(bootstrap, topic, [*records, head])

    status, output = await _run_subscriber(bootstrap, topic)

    assert status == 1, output
    assert "MISMATCH root:" in output


def _empty_log_head(key: str, timestamp: int) -> bytes:
    """A tree head of the empty log, as audit publishes it, signed with `key`."""
    empty_root = hashlib.sha256(b"").hexdigest()
    signed = sign(signing_key(key), TreeHead(0, empty_root, timestamp))
    return json.dumps(published_tree_head(signed, public_key_b64(signing_key(key)))).encode()


def test_the_example_subscriber_follows_a_key_rotation_one_way() -> None:
    subscriber = _subscriber_module()
    old, new, stranger = new_signing_key(), new_signing_key(), new_signing_key()
    pinned = [public_key_b64(signing_key(key)) for key in (old, new)]
    copy = subscriber.AuditLogCopy(pinned_keys=pinned)

    copy.receive(_empty_log_head(old, 1))  # before the rotation
    copy.receive(_empty_log_head(new, 2))  # after it
    assert (copy.verified_heads, copy.problems) == (2, 0)
    copy.receive(_empty_log_head(old, 3))  # the retired key, after the new one signed
    copy.receive(_empty_log_head(stranger, 4))  # a key nobody pinned
    assert (copy.verified_heads, copy.problems) == (2, 2)
