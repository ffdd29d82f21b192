"""Follow Confia's public audit topic and verify it, as an outside system would.

Reads `audit.events.v1` from the beginning, prints every audit record as one line, and
checks every signed tree head: its Ed25519 signature, every leaf hash recomputed from
its record, and the RFC 9162 Merkle root rebuilt over leaves 0..tree_size-1.

Standalone on purpose: aiokafka and cryptography only, no Confia code, so it shows what
a subscriber in another system (or language) has to do. See examples/README.md.

    python examples/audit_subscriber.py --bootstrap 127.0.0.1:9092 --once

Exit status: 0 when every tree head verified, 1 when one did not (or a record was
published twice with different content), 2 when the topic could not be read.
"""

import argparse
import asyncio
import base64
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

RECORD = "audit.record"
TREE_HEAD = "audit.tree_head"
SUPPORTED_VERSION = 1
# The fields this subscriber relies on, per message type (docs/schemas/ has them all).
FIELDS: dict[str, dict[str, type]] = {
    RECORD: {"leaf_index": int, "leaf_hash": str, "record": dict},
    TREE_HEAD: {
        "tree_size": int,
        "root_hash": str,
        "timestamp": int,
        "signature": str,
        "public_key": str,
    },
}
# --once gives up when the broker delivers nothing for this long before the end offsets.
STALL_SECONDS = 30.0


def canonical_json(value: Any) -> bytes:
    """The bytes Confia hashes and signs: keys sorted, no spaces, UTF-8 unescaped."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def leaf_hash(data: bytes) -> bytes:
    """SHA-256(0x00 || data): the 0x00 keeps a leaf from passing for a node (RFC 9162)."""
    return hashlib.sha256(b"\x00" + data).digest()


def merkle_root(leaves: list[bytes]) -> bytes:
    """The RFC 9162 Merkle tree hash of the leaf hashes, in order."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)  # largest power of two < n
    left, right = merkle_root(leaves[:split]), merkle_root(leaves[split:])
    return hashlib.sha256(b"\x01" + left + right).digest()


def signature_ok(head: dict[str, Any]) -> bool:
    """Whether the head's Ed25519 signature covers its size, root and timestamp."""
    signed = canonical_json(
        {
            "tree_size": head["tree_size"],
            "root_hash": head["root_hash"],
            "timestamp": head["timestamp"],
        }
    )
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(head["public_key"]))
        key.verify(base64.b64decode(head["signature"]), signed)
    except (InvalidSignature, ValueError):  # ValueError: bad base64 or key length
        return False
    return True


@dataclass
class AuditLogCopy:
    """What this subscriber has read of the log: records by leaf index, heads to check."""

    # The log's public keys, oldest first (rotation); empty: trust the first good head's.
    pinned_keys: list[str] = field(default_factory=list)
    newest_key_used: int = 0
    records: dict[int, dict[str, Any]] = field(default_factory=dict)
    waiting_heads: list[dict[str, Any]] = field(default_factory=list)
    verified_heads: int = 0
    verified_size: int = 0
    problems: int = 0

    def receive(self, value: bytes) -> None:
        try:
            message = json.loads(value)
        except ValueError:
            self._problem("malformed message: not JSON")
            return
        kind = message.get("type") if isinstance(message, dict) else None
        if kind not in FIELDS:
            return  # another kind of message: a newer log may add some
        if message.get("schema_version") != SUPPORTED_VERSION:
            print(f"skipped: {kind} schema_version {message.get('schema_version')}")
            return
        wrong = [
            name for name, type_ in FIELDS[kind].items() if not isinstance(message.get(name), type_)
        ]
        if wrong:
            self._problem(f"malformed {kind}: {', '.join(wrong)}")
            return
        if kind == RECORD:
            self._keep_record(message)
        else:
            self.waiting_heads.append(message)
        self._check_complete_heads()

    def finish(self) -> None:
        """At the end of the topic: a head still waiting covers records that are not there."""
        for head in self.waiting_heads:
            missing = next(i for i in range(head["tree_size"]) if i not in self.records)
            self._report(head, f"leaf {missing}: no record on the topic")
        self.waiting_heads = []
        print(
            f"records: {len(self.records)}, tree heads verified: {self.verified_heads}, "
            f"records after the last verified head: {len(self.records) - self.verified_size}, "
            f"problems: {self.problems}"
        )

    def _keep_record(self, message: dict[str, Any]) -> None:
        index = message["leaf_index"]
        held = self.records.get(index)
        # The log may publish a record again (after a crash); never different content.
        if held is not None and held != message:
            self._problem(f"leaf {index}: published twice with different content")
        self.records[index] = message
        record = message["record"]
        print(
            f"{index:>8}  {record.get('occurred_at') or '-'}  {record.get('type')}  "
            f"{record.get('actor')}  {record.get('subject')}  {record.get('outcome') or '-'}"
        )

    def _check_complete_heads(self) -> None:
        # Records and heads sit on different partitions, so a head can arrive before
        # the records it covers: it waits until all of them are here.
        for head in list(self.waiting_heads):
            if all(index in self.records for index in range(head["tree_size"])):
                self.waiting_heads.remove(head)
                self._report(head, self._first_mismatch(head))

    def _first_mismatch(self, head: dict[str, Any]) -> str | None:
        if self.pinned_keys and head["public_key"] not in self.pinned_keys:
            return "signed with a key that is not one of the pinned ones"
        if self.pinned_keys and self.pinned_keys.index(head["public_key"]) < self.newest_key_used:
            return "signed with a retired key after a newer one was in use"
        if not signature_ok(head):
            return "signature does not verify"
        leaves = []
        for index in range(head["tree_size"]):
            message = self.records[index]
            leaf = leaf_hash(canonical_json(message["record"]))
            if leaf.hex() != message["leaf_hash"]:
                return (
                    f"leaf {index}: its record hashes to {leaf.hex()}, not {message['leaf_hash']}"
                )
            leaves.append(leaf)
        root = merkle_root(leaves).hex()
        if root != head["root_hash"]:
            return f"root: the records give {root}, the signed head says {head['root_hash']}"
        return None

    def _report(self, head: dict[str, Any], mismatch: str | None) -> None:
        summary = f"{'head':>8}  size={head['tree_size']} root={head['root_hash'][:16]}"
        if mismatch is None:
            self.verified_heads += 1
            self.verified_size = max(self.verified_size, head["tree_size"])
            # Trust on first use: without a pinned key, the first good head's key is it.
            self.pinned_keys = self.pinned_keys or [head["public_key"]]
            used = self.pinned_keys.index(head["public_key"])
            self.newest_key_used = max(self.newest_key_used, used)
            print(f"{summary}  OK")
        else:
            self._problem(f"{summary}  MISMATCH {mismatch}")

    def _problem(self, line: str) -> None:
        self.problems += 1
        print(line)


async def follow(bootstrap: str, topic: str, once: bool, pinned_keys: list[str]) -> int:
    log = AuditLogCopy(pinned_keys=pinned_keys)
    # No consumer group: this reader keeps no offsets in Kafka and always starts over.
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    try:
        await consumer.start()
        if topic not in await consumer.topics():
            print(f"topic {topic} not found", file=sys.stderr)
            return 2
        consumer.subscribe([topic])  # without a group: every partition, once metadata is in
        partitions = await _all_partitions(consumer)
        await consumer.seek_to_beginning(*partitions)
        end = await consumer.end_offsets(partitions)
        last_progress = time.monotonic()
        while True:
            batches = await consumer.getmany(timeout_ms=500)
            for partition in sorted(batches):
                for message in batches[partition]:
                    log.receive(message.value)
                last_progress = time.monotonic()
            if not once:
                continue
            if all([await consumer.position(p) >= end[p] for p in partitions]):
                break
            if time.monotonic() - last_progress > STALL_SECONDS:
                print(f"could not read {topic} to its end", file=sys.stderr)
                return 2
    finally:
        await consumer.stop()
    log.finish()
    return 0 if log.problems == 0 else 1


async def _all_partitions(consumer: AIOKafkaConsumer) -> list[Any]:
    deadline = time.monotonic() + STALL_SECONDS
    while not consumer.assignment():
        if time.monotonic() > deadline:
            raise KafkaError("no partitions assigned")
        await asyncio.sleep(0.1)
    return sorted(consumer.assignment())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--bootstrap",
        default=os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
        help="Kafka bootstrap servers (env KAFKA_BOOTSTRAP; default %(default)s)",
    )
    parser.add_argument(
        "--topic",
        default=os.environ.get("AUDIT_TOPIC", "audit.events.v1"),
        help="the audit topic, with the environment's prefix if any (env AUDIT_TOPIC)",
    )
    parser.add_argument(
        "--public-key",
        default=os.environ.get("AUDIT_PUBLIC_KEY"),
        help="the log's Ed25519 public key(s) (base64) to trust, comma-separated, oldest "
        "first after a rotation; without it, the key of the first good tree head is trusted "
        "from then on (env AUDIT_PUBLIC_KEY)",
    )
    parser.add_argument(
        "--once", action="store_true", help="stop at the end of the topic (else follow it)"
    )
    args = parser.parse_args()
    try:
        keys = [key.strip() for key in (args.public_key or "").split(",") if key.strip()]
        return asyncio.run(follow(args.bootstrap, args.topic, args.once, keys))
    except KafkaError as error:
        print(f"cannot read from Kafka at {args.bootstrap}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
