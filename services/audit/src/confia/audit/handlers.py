"""Audit use cases: append every event to the Merkle-tree log, sign tree heads, and
republish both on the public audit topic."""

import asyncio
import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from faststream.kafka import KafkaBroker

from confia.audit.domain import AuditRecord, dead_letter_facts, facts_of
from confia.audit.merkle import TreeBuilder
from confia.audit.store import AuditLog
from confia.audit.tree_head import SignedTreeHead, TreeHead, public_key_b64, sign
from confia.events.topics import AUDIT_EVENTS

logger = logging.getLogger("confia.audit")

SERVICE = "audit"
RECORD_TYPE = "audit.record"
TREE_HEAD_TYPE = "audit.tree_head"
TREE_HEAD_KEY = "tree_head"


@dataclass(frozen=True)
class Delivered:
    """One Kafka record as audit sees it: raw, so nothing unparseable stops the log."""

    topic: str
    partition: int
    offset: int
    value: bytes
    headers: Mapping[str, str]
    trace_id: str | None = None


@dataclass
class Ledger:
    log: AuditLog
    broker: KafkaBroker
    signing_key: Ed25519PrivateKey
    tree: TreeBuilder = field(default_factory=TreeBuilder)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def public_key(self) -> str:
        return public_key_b64(self.signing_key)

    async def load(self) -> None:
        """Rebuild the tree's frontier from the stored leaves (start-up)."""
        self.tree = TreeBuilder()
        for leaf in await self.log.leaf_hashes():
            self.tree.append(leaf)
        logger.info("audit log loaded size=%d", self.tree.size)


def record_of(delivered: Delivered) -> AuditRecord:
    """The audit record of one delivered event: metadata and whitelisted facts only."""
    try:
        body: dict[str, Any] = json.loads(delivered.value)
        if not isinstance(body, dict):
            raise ValueError("not an object")
    except ValueError:
        body = {}
    is_dead_letter = delivered.topic.endswith(".dlq")
    payload = body.get("payload") if isinstance(body.get("payload"), dict) else {}
    event_type = str(body.get("type") or "unparseable")
    facts = (
        dead_letter_facts(delivered.headers) if is_dead_letter else facts_of(event_type, payload)
    )
    # A dead letter is a second fact about the same event: its own id, derived from where
    # it sits, so it does not collide with the original's record.
    position = f"{delivered.topic}:{delivered.partition}:{delivered.offset}"
    event_id = str(body.get("event_id") or position)
    producer = str(body.get("producer") or delivered.headers.get("dlq-service") or "unknown")
    return AuditRecord(
        event_id=f"dlq:{position}" if is_dead_letter else event_id,
        type=event_type,
        schema_version=_int(body.get("schema_version")),
        producer=producer,
        actor=facts.actor or f"service:{producer}",
        subject=str(body.get("subject") or "unknown"),
        conversation_id=str(body.get("conversation_id") or "unknown"),
        occurred_at=str(body.get("occurred_at") or ""),
        topic=delivered.topic,
        trace_id=delivered.trace_id,
        causation_id=event_id if is_dead_letter else body.get("causation_id"),
        outcome=facts.outcome,
        facts=facts.facts,
    )


async def record_events(ledger: Ledger, delivered: Sequence[Delivered]) -> int:
    """Append the batch's new events to the log (replays are skipped), then publish."""
    records = [record_of(item) for item in delivered]
    async with ledger.lock:
        appended = await ledger.log.append(records, first_index=ledger.tree.size)
        for document in appended:
            ledger.tree.append(bytes.fromhex(document["leaf_hash"]))
    await publish_pending(ledger)
    return len(appended)


async def publish_pending(ledger: Ledger) -> None:
    """Republish appended records on the audit topic, in log order (an outbox: a record
    stays unpublished until the broker acknowledged it)."""
    while pending := await ledger.log.unpublished():
        for document in pending:
            await ledger.broker.publish(
                published_record(document),
                topic=AUDIT_EVENTS,
                key=document["subject"].encode(),
                headers={"confia-event-type": RECORD_TYPE},
            )
        await ledger.log.mark_published([document["index"] for document in pending])


def published_record(document: Mapping[str, Any]) -> dict[str, Any]:
    """The public format of a record on `audit.events.v1` (docs/schemas/audit-record.v1.json)."""
    record = {name: document[name] for name in AuditRecord.__dataclass_fields__}
    return {
        "type": RECORD_TYPE,
        "schema_version": 1,
        "leaf_index": document["index"],
        "leaf_hash": document["leaf_hash"],
        "record": record,
    }


async def sign_tree_head(ledger: Ledger) -> SignedTreeHead | None:
    """Sign the current tree head if the log grew since the last one; store and publish it."""
    async with ledger.lock:
        size, root = ledger.tree.size, ledger.tree.root()
    latest = await ledger.log.latest_tree_head()
    if latest is not None and latest.head.tree_size >= size:
        return None
    signed = sign(ledger.signing_key, TreeHead(size, root.hex(), int(time.time() * 1000)))
    await ledger.log.save_tree_head(signed)
    await ledger.broker.publish(
        published_tree_head(signed, ledger.public_key),
        topic=AUDIT_EVENTS,
        key=TREE_HEAD_KEY.encode(),
        headers={"confia-event-type": TREE_HEAD_TYPE},
    )
    logger.info("tree head signed size=%d", size)
    return signed


def published_tree_head(signed: SignedTreeHead, public_key: str) -> dict[str, Any]:
    return {
        "type": TREE_HEAD_TYPE,
        "schema_version": 1,
        **signed.as_json(),
        "public_key": public_key,
    }


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
