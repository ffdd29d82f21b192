"""librdkafka's producer for asyncio: `send` returns once Kafka acknowledged the record.

The webhook's only Kafka client (ADR 15). aiokafka builds and sends each request in Python
on the event loop; librdkafka does that in its own threads, without the interpreter lock,
so the event loop only hands a record over and later learns its fate. Delivery reports
are served by one thread of ours and settled on the loop a batch at a time.
"""

import asyncio
import logging
import threading
from collections import deque
from functools import partial
from typing import Any

from confluent_kafka import KafkaError, KafkaException, Producer

logger = logging.getLogger("confia.ingress.kafka")

Settled = list[tuple[asyncio.Future[None], KafkaError | None]]
# How often sends that outlived their deadline are failed: a deadline is kept to this much.
SWEEP_SECONDS = 0.25


class DeliveryError(Exception):
    """Kafka did not take the record (its error's name only: never the record)."""


class AckedProducer:
    """`send` waits at most `ack_timeout_seconds` (and up to SWEEP_SECONDS more): librdkafka
    reports every record within its message.timeout.ms, and this bounds the wait even if a
    report never came."""

    def __init__(self, config: dict[str, Any], ack_timeout_seconds: float) -> None:
        self._config = {**config, "logger": logger}
        self._ack_timeout_seconds = ack_timeout_seconds
        self._producer: Producer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reports: threading.Thread | None = None
        self._stopping = threading.Event()
        self._settled: Settled = []
        # Sends in the order made, with their deadlines (all alike, so in order too): one
        # sweep for all of them instead of a timer each, which cost a webhook more than
        # its Kafka write.
        self._waiting: deque[tuple[float, asyncio.Future[None]]] = deque()
        self._sweeper: asyncio.TimerHandle | None = None

    async def start(self, topic: str, timeout_seconds: float) -> None:
        """Connect and learn `topic`'s partitions; raise if Kafka does not answer in time."""
        if self._producer is not None:
            raise RuntimeError("the producer is already started")
        loop = asyncio.get_running_loop()
        producer = Producer(self._config)
        try:
            await loop.run_in_executor(None, partial(producer.list_topics, topic, timeout_seconds))
        except KafkaException as error:
            producer.flush(0)
            raise DeliveryError(error.args[0].name()) from error
        self._producer, self._loop = producer, loop
        self._waiting.clear()
        self._stopping.clear()
        self._reports = threading.Thread(target=self._serve_reports, name="kafka-acks", daemon=True)
        self._reports.start()
        self._sweeper = loop.call_later(SWEEP_SECONDS, self._sweep)

    async def stop(self, timeout_seconds: float = 10.0) -> None:
        """Stop serving reports, then wait for what is in flight (up to the timeout)."""
        producer, loop = self._producer, self._loop
        if producer is None or loop is None:
            return
        self._producer = None  # no new sends
        self._stopping.set()
        if self._reports is not None:
            await loop.run_in_executor(None, self._reports.join, timeout_seconds)
            if self._reports.is_alive():  # poll(0.1) returns: only a stuck librdkafka
                logger.warning("delivery reports thread still running at stop")
        # Alone now: flush serves the last reports in its thread.
        await loop.run_in_executor(None, producer.flush, timeout_seconds)
        batch, self._settled = self._settled, []
        _settle(batch)
        if self._sweeper is not None:  # deadlines held until now, through the flush
            self._sweeper.cancel()
        # Whatever flush did not settle in time will not be: its sender must not wait on.
        for _, acked in self._waiting:
            if not acked.done():
                acked.set_exception(DeliveryError("stopped before an acknowledgement"))
        self._waiting.clear()

    async def send(
        self, topic: str, value: bytes, key: bytes, headers: list[tuple[str, str | bytes | None]]
    ) -> None:
        """Return once every in-sync replica has the record; raise if Kafka refused it."""
        if self._producer is None or self._loop is None:
            raise RuntimeError("the producer is not started")
        acked: asyncio.Future[None] = self._loop.create_future()

        def delivered(error: KafkaError | None, _record: object) -> None:
            # Read at report time: the reports thread hands a full list over and starts anew.
            self._settled.append((acked, error))

        try:
            self._producer.produce(topic, value, key, headers=headers, on_delivery=delivered)
        except KafkaException as error:
            raise DeliveryError(error.args[0].name()) from error
        except BufferError as error:  # librdkafka's queue is full: Kafka is away or slow
            raise DeliveryError("queue full") from error
        self._waiting.append((self._loop.time() + self._ack_timeout_seconds, acked))
        await acked

    def _sweep(self) -> None:
        assert self._loop is not None
        try:
            self._sweep_now(self._loop.time())
        finally:  # whatever happened, the deadlines stay enforced
            self._sweeper = self._loop.call_later(SWEEP_SECONDS, self._sweep)

    def _sweep_now(self, now: float) -> None:
        """Forget settled sends and fail those past their deadline, oldest first."""
        waiting = self._waiting
        while waiting:
            deadline, acked = waiting[0]
            if not acked.done():
                if deadline > now:
                    return
                acked.set_exception(DeliveryError("no acknowledgement in time"))
            waiting.popleft()

    def _serve_reports(self) -> None:
        # Its own references: stop() clears the producer's before it tells this thread.
        producer, loop = self._producer, self._loop
        assert producer is not None
        assert loop is not None
        while not self._stopping.is_set():
            producer.poll(0.1)  # runs `delivered` for each report that arrived
            if self._settled:
                # One wake-up of the loop for the whole batch, not one per record.
                batch, self._settled = self._settled, []
                try:
                    loop.call_soon_threadsafe(_settle, batch)
                except RuntimeError:  # the loop is closed: nobody is waiting any more
                    logger.warning("event loop closed with %d deliveries unsettled", len(batch))
                    return


def _settle(batch: Settled) -> None:
    for acked, error in batch:
        if acked.done():  # the caller gave up waiting (its own timeout)
            continue
        if error is None:
            acked.set_result(None)
        else:
            acked.set_exception(DeliveryError(error.name()))
