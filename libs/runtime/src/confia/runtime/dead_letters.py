"""Bounded retries, then the dead-letter topic: a failed message is never silently passed.

With manual commits, a later message's successful commit also commits every
earlier offset of its partition (FastStream issue 2618). So a handler's failure
must be settled *before* the next message is taken: retry it here, a bounded
number of times, then publish it to `<topic>.dlq` with the error and only then let
the offset be committed. If even the dead-letter publish fails, the exception
escapes, the subscriber's NACK_ON_ERROR policy seeks back to this offset, and the
message comes again: nothing is committed past it.

Being the scope every message is settled in, it also counts how each one was settled
(ok, retried, dead-lettered) and how long that took (`confia.runtime.metrics`).
"""

import asyncio
import json
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from faststream import BaseMiddleware
from faststream._internal.context.repository import ContextRepo
from faststream.message import StreamMessage
from opentelemetry import context as otel_context
from opentelemetry.propagate import extract
from pydantic import ValidationError
from pymongo.errors import ConnectionFailure

from confia.crypto import DecryptionError, UnknownKeyError
from confia.events import dlq
from confia.runtime.metrics import DEAD_LETTERS, HANDLER_SECONDS, MESSAGES_HANDLED

logger = logging.getLogger("confia.dead_letters")


class PermanentError(Exception):
    """Raise from a handler for a message that can never succeed (dead-letter at once)."""


# Retrying cannot fix these: the message itself is bad.
PERMANENT_ERRORS: tuple[type[Exception], ...] = (
    PermanentError,
    ValidationError,
    json.JSONDecodeError,
    UnicodeDecodeError,
    DecryptionError,
    UnknownKeyError,
)


@dataclass
class BatchOutcome:
    """How a batch handler settled its records, per topic: retried or dead-lettered
    (the rest were ok at the first attempt)."""

    retried: Counter[str] = field(default_factory=Counter)
    dead_lettered: Counter[str] = field(default_factory=Counter)

    def counts(self, topic: str, total: int) -> dict[str, int]:
        retried, dead = self.retried[topic], self.dead_lettered[topic]
        counts = {"ok": total - retried - dead, "retried": retried, "dead_lettered": dead}
        return {outcome: n for outcome, n in counts.items() if n}


class DeadLetters:
    """Broker middleware factory: retries with backoff, then dead-letters."""

    def __init__(
        self,
        service: str,
        attempts: int = 3,
        backoff_seconds: float = 0.2,
        outage_pause_seconds: float = 5.0,
    ) -> None:
        self.service = service
        self.attempts = attempts
        self.backoff_seconds = backoff_seconds
        self.outage_pause_seconds = outage_pause_seconds

    def __call__(self, msg: Any, /, *, context: ContextRepo) -> "_DeadLetterScope":
        return _DeadLetterScope(msg, context=context, policy=self)


class _DeadLetterScope(BaseMiddleware):
    def __init__(self, msg: Any, /, *, context: ContextRepo, policy: DeadLetters) -> None:
        super().__init__(msg, context=context)
        self.policy = policy

    async def consume_scope(self, call_next: Any, msg: StreamMessage[Any]) -> Any:
        if isinstance(msg.raw_message, tuple):
            # A batch subscriber handles content errors itself; anything it raises is an
            # outage, and the whole batch comes again (nothing was committed).
            return await self._batch(call_next, msg)
        service, topic = self.policy.service, msg.raw_message.topic
        started = time.perf_counter()
        try:
            outcome, result = await self._settle(call_next, msg)
        finally:
            HANDLER_SECONDS.labels(service, topic).observe(time.perf_counter() - started)
        MESSAGES_HANDLED.labels(service, topic, outcome).inc()
        return result

    async def _settle(self, call_next: Any, msg: StreamMessage[Any]) -> tuple[str, Any]:
        """Handle with bounded retries; returns how it was settled and the handler's result."""
        record = msg.raw_message
        results: list[Any] = []

        async def handle() -> None:
            results.append(await call_next(msg))

        attempts, error = await _with_retries(
            handle, record, self.policy.attempts, self.policy.backoff_seconds
        )
        if error is None:
            return ("ok" if attempts == 1 else "retried"), results[-1]
        if isinstance(error, OUTAGE_ERRORS):
            # Not the message's fault: it waits in its topic (nothing after it committed)
            # and comes again, instead of going to the dead letters for a manual replay.
            await _wait_out(record, error, self.policy.outage_pause_seconds)
        await self._dead_letter(msg, error)
        return "dead_lettered", None

    async def _batch(self, call_next: Any, msg: StreamMessage[Any]) -> Any:
        started = time.perf_counter()
        result = await call_next(msg)
        seconds = time.perf_counter() - started
        # A handler that settles records one by one says how (BatchOutcome); else all ok.
        settled = result if isinstance(result, BatchOutcome) else BatchOutcome()
        for topic, count in Counter(record.topic for record in msg.raw_message).items():
            HANDLER_SECONDS.labels(self.policy.service, topic).observe(seconds)
            for outcome, n in settled.counts(topic, count).items():
                MESSAGES_HANDLED.labels(self.policy.service, topic, outcome).inc(n)
        return result

    async def _dead_letter(self, msg: StreamMessage[Any], error: Exception) -> None:
        headers = {k: v for k, v in msg.headers.items() if isinstance(v, str)}
        await dead_letter(
            self.context.get("broker"),
            msg.raw_message,
            msg.body,
            headers,
            error,
            service=self.policy.service,
            attempts=self.policy.attempts,
        )


async def dead_letter(
    broker: Any,
    record: Any,
    body: bytes,
    headers: dict[str, str],
    error: Exception,
    *,
    service: str,
    attempts: int,
) -> None:
    """Publish a Kafka record that could not be handled to `<topic>.dlq`, with its error.

    Only the error's type and a bounded, data-free summary: exception texts from
    validation can echo input values, so they are not copied verbatim.
    """
    await broker.publish(
        body,
        topic=dlq(record.topic),
        key=record.key,
        headers={
            **headers,
            "dlq-original-topic": record.topic,
            "dlq-original-partition": str(record.partition),
            "dlq-original-offset": str(record.offset),
            "dlq-error-type": type(error).__name__,
            "dlq-error": _describe(error),
            "dlq-attempts": str(attempts),
            "dlq-service": service,
        },
    )
    DEAD_LETTERS.labels(service, record.topic).inc()
    logger.error(
        "dead-lettered: topic=%s offset=%s error=%s",
        record.topic,
        record.offset,
        type(error).__name__,
    )


def _describe(error: Exception) -> str:
    if isinstance(error, ValidationError):
        problems = [
            f"{'.'.join(str(part) for part in problem['loc'])}: {problem['type']}"
            for problem in error.errors()
        ]
        return "; ".join(problems)[:1000]
    if isinstance(error, PermanentError):
        return str(error)[:1000]
    return type(error).__name__


RecordHandler = Callable[[Any], Awaitable[None]]


class DependencyDownError(Exception):
    """A record could not be handled because the store or Kafka does not answer: not the
    record's fault, so it is not dead-lettered; the batch is taken again later."""


# A dependency that does not answer, not a bad record.
OUTAGE_ERRORS: tuple[type[Exception], ...] = (
    ConnectionFailure,  # the store: unreachable, timed out, no primary
    KafkaConnectionError,
    KafkaTimeoutError,
)


async def settle_each(
    broker: Any,
    records: Sequence[Any],
    handle: RecordHandler,
    *,
    service: str,
    attempts: int,
    backoff_seconds: float,
    outage_pause_seconds: float = 5.0,
) -> BatchOutcome:
    """Settle every record of a batch: handled (with bounded retries) or dead-lettered.

    Records with the same key are handled in order, one after the other; different keys
    concurrently, so one customer's slow store write never holds up the others. Returns
    once every record is settled, so the batch's commit covers nothing unsettled. Raises,
    so that nothing is committed and the whole batch comes again (handlers are
    idempotent), when a dead-letter publish fails or when a record still fails because
    the store or Kafka is down (`OUTAGE_ERRORS`, after a pause): an outage waits in the
    topic instead of filling the dead-letter topic. Every key's work is finished before
    raising, so nothing of this batch still runs when it comes again.
    """
    outcome = BatchOutcome()
    by_key: dict[bytes | None, list[Any]] = {}
    for record in records:
        by_key.setdefault(record.key, []).append(record)

    async def settle_in_order(same_key: list[Any]) -> None:
        for record in same_key:
            with _record_trace(record):
                await _settle_record(
                    broker, record, handle, outcome, service, attempts, backoff_seconds
                )

    results = await asyncio.gather(
        *(settle_in_order(same_key) for same_key in by_key.values()), return_exceptions=True
    )
    failures = [result for result in results if isinstance(result, BaseException)]
    if any(isinstance(failure, DependencyDownError) for failure in failures):
        await asyncio.sleep(outage_pause_seconds)  # not a tight loop while it is down
    if failures:
        raise failures[0]
    return outcome


def record_headers(record: Any) -> dict[str, str]:
    """A Kafka record's headers as text."""
    return {key: value.decode(errors="replace") for key, value in record.headers or ()}


@contextmanager
def _record_trace(record: Any) -> Iterator[None]:
    """The record's own trace around its retries, logs and dead letter (not the batch's)."""
    token = otel_context.attach(extract(record_headers(record)))
    try:
        yield
    finally:
        otel_context.detach(token)


async def _settle_record(
    broker: Any,
    record: Any,
    handle: RecordHandler,
    outcome: BatchOutcome,
    service: str,
    attempts: int,
    backoff_seconds: float,
) -> None:
    async def handle_record() -> None:
        await handle(record)

    tried, error = await _with_retries(handle_record, record, attempts, backoff_seconds)
    if error is None:
        if tried > 1:
            outcome.retried[record.topic] += 1
        return
    if isinstance(error, OUTAGE_ERRORS):
        await _wait_out(record, error, pause_seconds=0)  # settle_each pauses once per batch
    await dead_letter(
        broker,
        record,
        record.value or b"",
        record_headers(record),
        error,
        service=service,
        attempts=attempts,
    )
    outcome.dead_lettered[record.topic] += 1


async def _wait_out(record: Any, error: Exception, pause_seconds: float) -> NoReturn:
    """A dependency is down: pause (no tight loop while it is), then raise, so that nothing
    is committed past this record and it comes again."""
    logger.warning(
        "dependency down: topic=%s offset=%s error=%s; it will come again",
        record.topic,
        record.offset,
        type(error).__name__,
    )
    await asyncio.sleep(pause_seconds)
    raise DependencyDownError(type(error).__name__) from error


async def _with_retries(
    attempt: Callable[[], Awaitable[None]], record: Any, attempts: int, backoff_seconds: float
) -> tuple[int, Exception | None]:
    """Run `attempt` until it succeeds, fails permanently, or `attempts` are used up.

    Returns the number of attempts made and the last error (None on success).
    """
    error: Exception | None = None
    for number in range(1, attempts + 1):
        try:
            await attempt()
        except PERMANENT_ERRORS as permanent:
            return number, permanent
        except Exception as transient:
            error = transient
            logger.warning(
                "handler failed: topic=%s offset=%s attempt=%d error=%s",
                record.topic,
                record.offset,
                number,
                type(transient).__name__,
            )
            if number < attempts:
                await asyncio.sleep(backoff_seconds * 2 ** (number - 1))
        else:
            return number, None
    return attempts, error
