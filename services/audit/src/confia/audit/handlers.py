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
from confia.audit.merkle import LeafList, TreeBuilder
from confia.audit.store import AuditLog, stored_document
from confia.audit.tree_head import (
    SignedTreeHead,
    TreeHead,
    public_key_b64,
    sign,
    trusted_keys,
)
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
    # Every leaf hash, in order: proofs are served from memory (32 bytes a record).
    leaves: LeafList = field(default_factory=LeafList)
    # Every logged event id and its leaf index: replays are recognised, and proofs found,
    # without asking the store.
    seen: dict[str, int] = field(default_factory=dict)
    latest_head: SignedTreeHead | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Public keys of earlier signing keys, oldest first: heads they signed stay verifiable.
    retired_public_keys: tuple[str, ...] = ()

    def add_leaf(self, leaf: bytes) -> None:
        self.tree.append(leaf)
        self.leaves.append(leaf)

    @property
    def public_key(self) -> str:
        return public_key_b64(self.signing_key)

    @property
    def trusted_public_keys(self) -> list[str]:
        return trusted_keys(self.retired_public_keys, self.public_key)

    async def load(self) -> None:
        """Rebuild the in-memory view from the store (start-up, or after a failed write
        left it unsure what was stored), and publish what was not published yet."""
        self.tree, self.leaves = TreeBuilder(), LeafList()
        ids, leaves = await self.log.ids_and_leaf_hashes()
        for leaf in leaves:
            self.add_leaf(leaf)
        self.seen = {event_id: index for index, event_id in enumerate(ids)}
        self.latest_head = await self.log.latest_tree_head()
        await publish(self, await self.log.unpublished())
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
    found = body.get("payload")
    payload: dict[str, Any] = found if isinstance(found, dict) else {}
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
    """Append the batch's new events to the log (replays are skipped), then publish them."""
    records = [record_of(item) for item in delivered]
    async with ledger.lock:
        fresh: dict[str, AuditRecord] = {}
        for record in records:
            if record.event_id not in ledger.seen:
                fresh.setdefault(record.event_id, record)
        documents = [
            stored_document(record, ledger.tree.size + n) for n, record in enumerate(fresh.values())
        ]
        try:
            await ledger.log.insert(documents)
            await publish(ledger, documents)
        except Exception:
            await ledger.load()  # part of it may be stored: start again from the store
            raise
        for document in documents:
            ledger.add_leaf(bytes.fromhex(document["leaf_hash"]))
            ledger.seen[document["_id"]] = document["index"]
    return len(documents)


async def publish(ledger: Ledger, documents: Sequence[Mapping[str, Any]]) -> None:
    """Republish stored records on the audit topic (an outbox: the mark of what was
    published moves only after the broker acknowledged)."""
    if not documents:
        return
    by_subject: dict[str, list[Mapping[str, Any]]] = {}
    for document in documents:
        by_subject.setdefault(document["subject"], []).append(document)
    # One subject's records one after the other (their order is the contract),
    # different subjects at the same time.
    await asyncio.gather(*(_publish_in_order(ledger, docs) for docs in by_subject.values()))
    await ledger.log.mark_published(documents[-1]["index"])


async def _publish_in_order(ledger: Ledger, documents: list[Mapping[str, Any]]) -> None:
    for document in documents:
        await ledger.broker.publish(
            published_record(document),
            topic=AUDIT_EVENTS,
            key=document["subject"].encode(),
            headers={"confia-event-type": RECORD_TYPE},
        )


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
    latest = ledger.latest_head or await ledger.log.latest_tree_head()
    if latest is not None and latest.head.tree_size >= size:
        return None
    signed = sign(ledger.signing_key, TreeHead(size, root.hex(), int(time.time() * 1000)))
    await ledger.log.save_tree_head(signed)
    ledger.latest_head = signed
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
