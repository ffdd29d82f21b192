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
from typing import Any

from faststream import BaseMiddleware
from faststream._internal.context.repository import ContextRepo
from faststream.message import StreamMessage
from pydantic import ValidationError

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


class DeadLetters:
    """Broker middleware factory: retries with backoff, then dead-letters."""

    def __init__(self, service: str, attempts: int = 3, backoff_seconds: float = 0.2) -> None:
        self.service = service
        self.attempts = attempts
        self.backoff_seconds = backoff_seconds

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
        error: Exception | None = None
        for attempt in range(1, self.policy.attempts + 1):
            try:
                result = await call_next(msg)
            except PERMANENT_ERRORS as permanent:
                error = permanent
                break
            except Exception as transient:
                error = transient
                logger.warning(
                    "handler failed: topic=%s offset=%s attempt=%d error=%s",
                    msg.raw_message.topic,
                    msg.raw_message.offset,
                    attempt,
                    type(transient).__name__,
                )
                if attempt < self.policy.attempts:
                    await asyncio.sleep(self.policy.backoff_seconds * 2 ** (attempt - 1))
            else:
                return ("ok" if attempt == 1 else "retried"), result
        assert error is not None
        await self._dead_letter(msg, error)
        return "dead_lettered", None

    async def _batch(self, call_next: Any, msg: StreamMessage[Any]) -> Any:
        started = time.perf_counter()
        result = await call_next(msg)
        seconds = time.perf_counter() - started
        for topic, count in Counter(record.topic for record in msg.raw_message).items():
            HANDLER_SECONDS.labels(self.policy.service, topic).observe(seconds)
            MESSAGES_HANDLED.labels(self.policy.service, topic, "ok").inc(count)
        return result

    async def _dead_letter(self, msg: StreamMessage[Any], error: Exception) -> None:
        record = msg.raw_message
        broker = self.context.get("broker")
        # Only the error's type and a bounded, data-free summary: exception texts
        # from validation can echo input values, so they are not copied verbatim.
        headers = {
            **{k: v for k, v in msg.headers.items() if isinstance(v, str)},
            "dlq-original-topic": record.topic,
            "dlq-original-partition": str(record.partition),
            "dlq-original-offset": str(record.offset),
            "dlq-error-type": type(error).__name__,
            "dlq-error": _describe(error),
            "dlq-attempts": str(self.policy.attempts),
            "dlq-service": self.policy.service,
        }
        await broker.publish(msg.body, topic=dlq(record.topic), key=record.key, headers=headers)
        DEAD_LETTERS.labels(self.policy.service, record.topic).inc()
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
