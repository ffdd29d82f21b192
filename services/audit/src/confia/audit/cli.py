"""confia-audit verify | new-key: check the stored log, or make a signing key.

confia-audit verify                      # exit 0 when consistent, 1 with the first problem
confia-audit verify --published-heads    # also against every head published on the topic
confia-audit new-key                     # a fresh Ed25519 key for CONFIA_AUDIT_SIGNING_KEY

The stored heads alone cannot show a cut-off tail: whoever deletes the last records can
delete the heads that cover them too. The heads published on audit.events.v1 (kept a year,
and copied by every subscriber) can: checked with them, a log that ends before a published
head fails with "covers records that are gone".
"""

import argparse
import asyncio
import json
import sys
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from confia.audit.handlers import TREE_HEAD_TYPE
from confia.audit.settings import AuditSettings
from confia.audit.store import AuditLog
from confia.audit.tree_head import (
    SignedTreeHead,
    new_signing_key,
    public_key_b64,
    signed_from_json,
    signing_key,
    trusted_keys,
)
from confia.audit.verify import Verdict, verify_log
from confia.events.topics import AUDIT_EVENTS
from confia.runtime.kafka_security import KafkaLogin, client_options
from confia.runtime.settings import load_settings
from confia.store import connect


async def verify_stored(settings: AuditSettings, with_published_heads: bool = False) -> Verdict:
    client, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    try:
        log = AuditLog(database)
        current = public_key_b64(signing_key(settings.audit_signing_key.get_secret_value()))
        trusted = trusted_keys(settings.previous_public_keys(), current)
        heads = await log.tree_heads()
        if with_published_heads:
            published = await published_tree_heads(settings.kafka_bootstrap, settings.kafka_login())
            heads = merged(heads, published)
        return verify_log(await log.stored_records(), heads, trusted)
    finally:
        await client.close()


async def published_tree_heads(
    bootstrap: str, login: KafkaLogin, topic: str = AUDIT_EVENTS
) -> list[SignedTreeHead]:
    """Every tree head on the audit topic, as published (its signature is checked later)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, **client_options(login)
    )
    await consumer.start()
    try:
        numbers = await _partition_numbers(consumer, topic)
        partitions = [TopicPartition(topic, number) for number in sorted(numbers)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        end = await consumer.end_offsets(partitions)
        heads: list[SignedTreeHead] = []
        for partition in partitions:
            while await consumer.position(partition) < end[partition]:
                batch = await consumer.getmany(partition, timeout_ms=1_000)
                for record in batch.get(partition, []):
                    if _is_head(record):
                        heads.append(signed_from_json(json.loads(record.value)))
        return heads
    finally:
        await consumer.stop()


TREE_HEAD_HEADER = "confia-event-type"


async def _partition_numbers(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    """The topic's partitions, once the client's metadata has them (a few tries)."""
    for _ in range(50):
        numbers: set[int] | None = consumer.partitions_for_topic(topic)
        if numbers:
            return numbers
        await consumer._client.force_metadata_update()  # no subscription: all topics
        await asyncio.sleep(0.2)
    raise SystemExit(f"topic {topic} not found")


def _is_head(record: Any) -> bool:
    return (TREE_HEAD_HEADER, TREE_HEAD_TYPE.encode()) in (record.headers or ())


def merged(*head_lists: list[SignedTreeHead]) -> list[SignedTreeHead]:
    """The heads of all lists, each once, by size."""
    unique = {(h.head.tree_size, h.head.root_hash, h.signature): h for hs in head_lists for h in hs}
    return sorted(unique.values(), key=lambda head: (head.head.tree_size, head.head.timestamp))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="confia-audit", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["verify", "new-key"])
    parser.add_argument(
        "--published-heads",
        action="store_true",
        help="verify also against the heads published on audit.events.v1 (finds a cut-off tail)",
    )
    arguments = parser.parse_args(argv)
    if arguments.command == "new-key":
        key = new_signing_key()
        print(f"CONFIA_AUDIT_SIGNING_KEY={key}")
        print(f"# public key: {public_key_b64(signing_key(key))}", file=sys.stderr)
        return
    settings = load_settings(AuditSettings)
    verdict = asyncio.run(verify_stored(settings, arguments.published_heads))
    print(json.dumps(verdict.as_json(), indent=2))
    sys.exit(0 if verdict.ok else 1)
