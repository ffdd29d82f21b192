"""Replay a dead-letter topic once its cause is fixed.

    python -m confia.runtime.replay <dlq-topic> [--to TOPIC] [--dry-run]

Copies each record of `<dlq-topic>` back to the topic it failed on (its
`dlq-original-topic` header, or `--to`): same key, same value, same headers (the trace
context too, so the retried handling joins the customer's trace), without the `dlq-*`
headers and with `confia-replayed-from: <dlq-topic>/<partition>/<offset>`.

It reads from where the previous replay of that topic stopped to the end as of its
start, and commits its own group's offset (`confia-replay.<dlq-topic>`) after each
record's publish is acknowledged. So a replay is not repeated, and a record that fails
again (and is dead-lettered anew) waits for the next replay instead of looping. A crash
between a publish and its commit publishes that record once more on the next run:
handlers are idempotent by event id. `--dry-run` lists what would be replayed and
commits nothing. It prints partitions, offsets, error types and event types: never a
record's content.
"""

import argparse
import asyncio
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from confia.runtime.kafka_security import KafkaLogin, client_options
from confia.runtime.settings import ServiceSettings, load_settings

ORIGINAL_TOPIC = "dlq-original-topic"
REPLAYED_FROM = "confia-replayed-from"


class ReplayError(Exception):
    """The replay cannot go on; what was replayed before it stays committed."""


@dataclass(frozen=True)
class Replayed:
    partition: int
    offset: int
    target: str
    error_type: str
    event_type: str

    def describe(self) -> str:
        return (
            f"partition={self.partition} offset={self.offset} -> {self.target} "
            f"error={self.error_type or '?'} type={self.event_type or '?'}"
        )


def replay_group(dlq_topic: str) -> str:
    """The consumer group whose committed offsets say how far `dlq_topic` was replayed."""
    return f"confia-replay.{dlq_topic}"


async def replay(
    bootstrap: str,
    dlq_topic: str,
    *,
    to: str | None = None,
    dry_run: bool = False,
    request_timeout_ms: int = 10_000,
    login: KafkaLogin | None = None,
) -> list[Replayed]:
    """Replay what `dlq_topic` received since the last replay; returns what was (or would be)."""
    if not dlq_topic.endswith(".dlq"):
        raise ReplayError(f"{dlq_topic} is not a dead-letter topic (<topic>.dlq)")
    options = client_options(login) if login else {}
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=replay_group(dlq_topic),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        request_timeout_ms=request_timeout_ms,
        **options,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=False,  # ADR 12
        request_timeout_ms=request_timeout_ms,
        **options,
    )
    await consumer.start()
    await producer.start()
    try:
        found = await consumer.topics()
        if dlq_topic not in found:
            raise ReplayError(f"topic {dlq_topic} does not exist")
        if to is not None and to not in found:
            raise ReplayError(f"topic {to} does not exist")
        numbers = await producer.partitions_for(dlq_topic)
        partitions = [TopicPartition(dlq_topic, number) for number in sorted(numbers)]
        # Assigned, not subscribed: no group membership to wait for, commits still kept.
        consumer.assign(partitions)
        end = await consumer.end_offsets(partitions)
        replayed: list[Replayed] = []
        for partition in partitions:
            replayed += await _replay_partition(
                consumer, producer, partition, end[partition], to, dry_run
            )
        return replayed
    finally:
        await producer.stop()
        await consumer.stop()


async def _replay_partition(
    consumer: AIOKafkaConsumer,
    producer: AIOKafkaProducer,
    partition: TopicPartition,
    end: int,
    to: str | None,
    dry_run: bool,
) -> list[Replayed]:
    replayed: list[Replayed] = []
    while await consumer.position(partition) < end:
        batches = await consumer.getmany(partition, timeout_ms=1_000)
        for record in batches.get(partition, []):
            if record.offset >= end:  # arrived after the replay started: the next one's
                return replayed
            headers = {key: value.decode(errors="replace") for key, value in record.headers}
            target = to or headers.get(ORIGINAL_TOPIC)
            if not target:
                raise ReplayError(
                    f"{partition.topic}/{partition.partition}/{record.offset} has no "
                    f"{ORIGINAL_TOPIC} header: say where it goes with --to"
                )
            done = Replayed(
                partition=partition.partition,
                offset=record.offset,
                target=target,
                error_type=headers.get("dlq-error-type", ""),
                event_type=headers.get("confia-event-type", ""),
            )
            if not dry_run:
                kept = [(key, value) for key, value in record.headers if not key.startswith("dlq-")]
                source = f"{partition.topic}/{partition.partition}/{record.offset}"
                await producer.send_and_wait(
                    target,
                    record.value,
                    key=record.key,
                    headers=[*kept, (REPLAYED_FROM, source.encode())],
                )
                await consumer.commit({partition: record.offset + 1})
            replayed.append(done)
    return replayed


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m confia.runtime.replay",
        description="Copy a dead-letter topic's records back to the topic they failed on.",
    )
    parser.add_argument("dlq_topic", help="the dead-letter topic, <topic>.dlq")
    parser.add_argument("--to", help="publish here instead of each record's original topic")
    parser.add_argument("--dry-run", action="store_true", help="list, publish and commit nothing")
    arguments = parser.parse_args(argv)
    settings = load_settings(ServiceSettings)
    try:
        replayed = asyncio.run(
            replay(
                settings.kafka_bootstrap,
                arguments.dlq_topic,
                to=arguments.to,
                dry_run=arguments.dry_run,
                request_timeout_ms=settings.kafka_request_timeout_ms,
                login=settings.kafka_login(),
            )
        )
    except ReplayError as error:
        print(f"replay stopped: {error} (records before it were replayed)", file=sys.stderr)
        sys.exit(1)
    for record in replayed:
        print(record.describe())
    verb = "would replay" if arguments.dry_run else "replayed"
    print(f"{verb} {len(replayed)} record(s) from {arguments.dlq_topic}")


if __name__ == "__main__":
    main()
