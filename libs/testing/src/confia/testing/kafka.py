"""Reading topics in tests: what a subscriber would see."""

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import GroupCoordinatorNotAvailableError, GroupLoadInProgressError


@dataclass(frozen=True)
class Record:
    topic: str
    key: str | None
    value: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.value)


async def read_topic(
    bootstrap: str,
    topic: str,
    until: Callable[[list[Record]], bool],
    wait_seconds: float = 30.0,
) -> list[Record]:
    """Read `topic` from the beginning until `until(records)` holds or `wait_seconds` pass."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topic, wait_seconds)
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        records: list[Record] = []
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            for batch in batches.values():
                records.extend(_record(message) for message in batch)
            if until(records):
                return records
        return records
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str, wait_seconds: float) -> list[Any]:
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        found = consumer.partitions_for_topic(topic)
        if found:
            return [TopicPartition(topic, p) for p in sorted(found)]
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.2)
    raise TimeoutError(f"topic {topic} does not exist")


def _record(message: Any) -> Record:
    return Record(
        topic=message.topic,
        key=message.key.decode() if message.key else None,
        value=message.value,
        headers={k: v.decode() for k, v in message.headers or ()},
    )


async def produce(
    bootstrap: str, topic: str, value: bytes, key: str, headers: dict[str, str] | None = None
) -> None:
    """Publish one raw record and wait for the broker's acknowledgement."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic,
            value,
            key=key.encode(),
            headers=[(k, v.encode()) for k, v in (headers or {}).items()],
        )
    finally:
        await producer.stop()


async def create_topics(
    bootstrap: str, *names: str, partitions: int = 1, configs: dict[str, str] | None = None
) -> None:
    """Create test-only topics (the services create theirs from the topic table)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [
                NewTopic(
                    name, num_partitions=partitions, replication_factor=1, topic_configs=configs
                )
                for name in names
            ]
        )
        # Created is not yet known to every client: a consumer started at once may be told
        # the topic does not exist. Return once the broker's metadata lists them all.
        deadline = time.monotonic() + 30
        while not set(names) <= set(await admin.list_topics()):
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics not listed 30 s after creation: {names}")
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


async def committed_offset(bootstrap: str, group: str, topic: str, partition: int = 0) -> int:
    """The group's committed offset on a partition (-1 if none)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    found = offsets.get(TopicPartition(topic, partition))
    return -1 if found is None else int(found.offset)


async def events_of(
    bootstrap: str, topic: str, subject: str, count: int = 1, wait_seconds: float = 20.0
) -> list[dict[str, Any]]:
    """The events about `subject` on `topic`, once at least `count` arrived (or time ran out).

    With count=0 it reads for the whole wait, to show that nothing arrives.
    """
    records = await read_topic(
        bootstrap,
        topic,
        lambda found: count > 0 and sum(r.key == subject for r in found) >= count,
        wait_seconds,
    )
    return [record.json() for record in records if record.key == subject]


async def read_to_end(bootstrap: str, topic: str) -> list[Record]:
    """Every record of `topic`, from its beginning to its end offsets as of now.

    For asserting on what a call that waits for the broker's acknowledgement
    published: no waiting, and "nothing" is exact.
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topic, 10)
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        end = await consumer.end_offsets(partitions)
        records: list[Record] = []
        deadline = time.monotonic() + 30
        while any([await consumer.position(tp) < end[tp] for tp in partitions]):
            if time.monotonic() > deadline:
                raise TimeoutError(f"could not read {topic} to its end")
            for batch in (await consumer.getmany(timeout_ms=200)).values():
                records.extend(_record(message) for message in batch)
        return records
    finally:
        await consumer.stop()


async def group_progress(bootstrap: str, group: str, topic: str) -> tuple[int, int]:
    """Records of `topic` committed by `group`, and records written (over all partitions)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        partitions = await _partitions(consumer, topic, 10)
        ends = await consumer.end_offsets(partitions)
        committed = await _group_offsets(admin, group)
    finally:
        await consumer.stop()
        await admin.close()
    done = sum(max(committed[p].offset, 0) for p in partitions if p in committed)
    return done, sum(ends.values())


async def _group_offsets(admin: AIOKafkaAdminClient, group: str) -> dict[Any, Any]:
    """The group's committed offsets; none for a group that never committed, even on a
    fresh broker, whose offsets topic (and so the group's coordinator) comes into being
    only when first asked for, and loads for a moment after."""
    for _ in range(50):
        try:
            return dict(await admin.list_consumer_group_offsets(group))
        except (GroupCoordinatorNotAvailableError, GroupLoadInProgressError):
            await asyncio.sleep(0.2)
    return dict(await admin.list_consumer_group_offsets(group))


async def wait_until_consumed(
    bootstrap: str, group: str, topic: str, wait_seconds: float = 30.0
) -> None:
    """Return once `group` has committed every record of `topic` written so far."""
    deadline = time.monotonic() + wait_seconds
    _, written = await group_progress(bootstrap, group, topic)
    while (await group_progress(bootstrap, group, topic))[0] < written:
        if time.monotonic() > deadline:
            raise TimeoutError(f"group {group} has not consumed all of {topic}")
        await asyncio.sleep(0.05)


async def delete_topics(bootstrap: str, *names: str) -> None:
    """Delete a test's own topics, so a long-lived development broker does not pile them up."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_topics(list(names))
    finally:
        await admin.close()
