"""The Prometheus metrics of every service, named in one place (docs/runbook.md lists them).

Served on `GET /metrics` of each service's HTTP port (`build_app`). Labels carry service,
topic, partition and outcome names only: never a subject, a message id or anything a
customer wrote, and never a value whose count grows without bound.

They live in the default registry, so the process's own collectors (CPU, memory, open
files, GC) come with them. Service-specific metrics are here too: a service declares no
Prometheus dependency of its own, and dashboards and alerts have one catalogue to read.
"""

import asyncio
import contextlib
import logging
from typing import Any

from aiokafka.errors import IllegalStateError
from faststream.kafka import KafkaBroker
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

logger = logging.getLogger("confia.metrics")

# No `*_created` series next to every counter: Prometheus does not need them.
disable_created_metrics()  # type: ignore[no-untyped-call]

# --- every service: message handling (recorded by the DeadLetters middleware) ---------

MESSAGES_HANDLED = Counter(
    "confia_messages_handled",
    "Messages settled by a subscriber: ok (first attempt), retried (succeeded after a "
    "failed attempt) or dead_lettered (sent to <topic>.dlq).",
    ["service", "topic", "outcome"],
)
HANDLER_SECONDS = Histogram(
    "confia_handler_seconds",
    "Time to settle one message, retries and backoff included (a batch: the whole batch).",
    ["service", "topic"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
DEAD_LETTERS = Counter(
    "confia_dead_letters",
    "Messages published to the dead-letter topic of `topic`.",
    ["service", "topic"],
)
CONSUMER_LAG = Gauge(
    "confia_consumer_lag",
    "Records not yet committed by the group: end offset minus committed offset, for the "
    "partitions assigned to this process (sampled every CONFIA_CONSUMER_LAG_INTERVAL_SECONDS).",
    ["service", "group", "topic", "partition"],
)

# --- ingress -------------------------------------------------------------------------

OUTBOUND_SENDS = Counter(
    "confia_outbound_sends",
    "Graph API send attempts by result: sent (accepted by Meta), failed (given up: "
    "permanent error or outcome unknown), deferred (refused for now through every attempt: "
    "dead-lettered, to be replayed), retried (transient error, tried again) or rate_limited "
    "(Meta's rate limit, tried again after backoff).",
    ["result"],
)
RATE_LIMIT_HITS = Counter(
    "confia_rate_limit_hits",
    "Limits hit: flood (a customer's messages shed by the flood gate) or meta_<code> "
    "(the Graph API refused a send with a rate-limit code, e.g. meta_130429; meta_429 "
    "when HTTP 429 came without a code).",
    ["kind"],
)

# --- handoff -------------------------------------------------------------------------

HANDOFF_QUEUE_LENGTH = Gauge(
    "confia_handoff_queue_length",
    "Open tickets by status (waiting, assigned), counted after each change to the queue.",
    ["status"],
)
HANDOFF_OLDEST_UNANSWERED = Gauge(
    "confia_handoff_oldest_unanswered_timestamp_seconds",
    "Since when (Unix time) the longest-waiting open ticket nobody answered yet has "
    "waited; 0 when there is none.",
)
HANDOFF_WAITING_SECONDS = Histogram(
    "confia_handoff_waiting_seconds",
    "Time a ticket waited before a person was assigned.",
    buckets=(5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400),
)


def exposition() -> tuple[bytes, str]:
    """The registry in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


# --- consumer lag ----------------------------------------------------------------------

Labels = tuple[str, str, str, str]  # service, group, topic, partition
_reported: dict[str, set[Labels]] = {}


async def sample_consumer_lag(service: str, broker: KafkaBroker) -> None:
    """Set `confia_consumer_lag` for every partition this process's subscribers hold now.

    Asked of each subscriber's own consumer (so it uses the broker's connection settings):
    end offsets in one request, then the group's committed offset per partition; before a
    group's first commit, the consumer's position stands in. Partitions that moved to
    another replica drop out, so summing over replicas counts each partition once.
    """
    seen: set[Labels] = set()
    for subscriber in broker.subscribers:
        # FastStream keeps the started aiokafka consumer on the subscriber (None when stopped).
        consumer = getattr(subscriber, "consumer", None)
        group = getattr(subscriber, "group_id", None)
        if consumer is None or not group:
            continue
        for topic, partition, lag in await _lag_of(consumer):
            labels = (service, group, topic, str(partition))
            CONSUMER_LAG.labels(*labels).set(lag)
            seen.add(labels)
    for gone in _reported.get(service, set()) - seen:
        with contextlib.suppress(KeyError):
            CONSUMER_LAG.remove(*gone)
    _reported[service] = seen


async def _lag_of(consumer: Any) -> list[tuple[str, int, int]]:
    partitions = sorted(consumer.assignment())
    if not partitions:
        return []
    end = await consumer.end_offsets(partitions)
    found = []
    for partition in partitions:
        done = await consumer.committed(partition)
        if done is None:
            try:
                done = await asyncio.wait_for(consumer.position(partition), timeout=1.0)
            except (IllegalStateError, TimeoutError):  # reassigned, or no position yet
                continue
        found.append((partition.topic, partition.partition, max(0, end[partition] - done)))
    return found


async def report_consumer_lag(service: str, broker: KafkaBroker, interval: float) -> None:
    """Sample the consumer lag every `interval` seconds until cancelled."""
    # Partitions are assigned a few seconds after start (the group's rebalance delay).
    await asyncio.sleep(min(interval, 5.0))
    while True:
        try:
            await asyncio.wait_for(sample_consumer_lag(service, broker), timeout=interval)
        except Exception as error:  # the broker is away: the next round tries again
            logger.warning("consumer lag not sampled: %s", type(error).__name__)
        await asyncio.sleep(interval)
