"""Spans for the hot path: every HTTP request's server span and the webhook's publish.

The OpenTelemetry SDK spends about 50 µs creating a span and 30 µs encoding it for OTLP
(protobuf messages built in Python, in the exporter's thread, which holds the interpreter
lock): a quarter of a webhook's cost, more than the rest of ingress's own code (ADR 15).
A hot span is a few slots; its end queues it, and a thread ships the queue every half
second as one OTLP/JSON request to the same collector the SDK's exporter uses. While a
hot span is current it is an ordinary `NonRecordingSpan` to everything else (SDK child
spans, `inject`, the log formatter), so the trace is the same one.

What they carry is what the SDK spans carried: names, ids, route templates and counts,
never message text or personal data.
"""

import functools
import http.client
import json
import logging
import math
import random
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Protocol

from opentelemetry import context, trace
from opentelemetry.propagators.textmap import TextMapPropagator
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, TraceFlags, TraceState

logger = logging.getLogger("confia.hot_spans")

AttributeValue = str | bool | int | float

_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_NO_TRACE_STATE = TraceState()
_NOT_SAMPLED = TraceFlags(TraceFlags.DEFAULT)
# OTLP numbers kinds from 1 (0 is "unspecified"); the API's enum from 0.
_OTLP_KIND = {kind: kind.value + 1 for kind in SpanKind}
_OTLP_STATUS_ERROR = 2


class SpanSink(Protocol):
    """Where ended hot spans go: the OTLP/JSON shipper, or a list in tests."""

    def ship(self, span: "HotSpan") -> None: ...

    def flush(self, timeout_seconds: float = 5.0) -> bool: ...


class HotSpan:
    """One span being timed; `end()` hands it to the sink (once, and only if sampled)."""

    __slots__ = (
        "_sink",
        "attributes",
        "end_ns",
        "error",
        "kind",
        "name",
        "parent_span_id",
        "sampled",
        "scope",
        "span_id",
        "start_ns",
        "trace_id",
        "trace_state",
    )

    def __init__(
        self,
        name: str,
        kind: SpanKind,
        scope: str,
        parent: SpanContext | None,
        attributes: dict[str, AttributeValue],
        sink: SpanSink | None,
    ) -> None:
        if parent is not None and parent.is_valid:
            self.trace_id, self.parent_span_id = parent.trace_id, parent.span_id
            self.sampled = parent.trace_flags.sampled
            self.trace_state = parent.trace_state  # vendors' entries travel on
        else:
            self.trace_id, self.parent_span_id, self.sampled = _nonzero(128), 0, True
            self.trace_state = _NO_TRACE_STATE
        self.span_id = _nonzero(64)
        self.name, self.kind, self.scope = name, kind, scope
        self.attributes = attributes
        self.error: str | None = None
        self.start_ns = time.time_ns()
        self.end_ns = 0
        self._sink = sink

    @property
    def context(self) -> SpanContext:
        flags = _SAMPLED if self.sampled else _NOT_SAMPLED
        return SpanContext(
            self.trace_id,
            self.span_id,
            is_remote=False,
            trace_flags=flags,
            trace_state=self.trace_state,
        )

    def w3c_headers(self) -> list[tuple[str, bytes]]:
        """The span as W3C trace context headers: what `inject` writes for it with the
        default propagators, the span set into a context of its own (traceparent, and
        tracestate when there is one; no baggage: a caller's never travels on)."""
        flags = "01" if self.sampled else "00"
        headers = [("traceparent", f"00-{self.trace_id:032x}-{self.span_id:016x}-{flags}".encode())]
        if self.trace_state:
            headers.append(("tracestate", self.trace_state.to_header().encode()))
        return headers

    def set_attribute(self, key: str, value: AttributeValue) -> None:
        if not self.end_ns:  # once ended, the shipper's thread may be reading it
            self.attributes[key] = value

    def fail(self, description: str) -> None:
        """Status error, described by a fixed label or an exception's type: never its text."""
        if not self.end_ns:
            self.error = description

    def end(self) -> None:
        if self.end_ns:
            return
        self.end_ns = time.time_ns()
        if self.sampled and self._sink is not None:
            self._sink.ship(self)


# What W3C trace context and baggage write: a propagator writing nothing else can be
# spared for a hot span's headers (`w3c_headers`).
_W3C_FIELDS = frozenset({"traceparent", "tracestate", "baggage"})


@functools.cache
def propagates_w3c_only(propagator: TextMapPropagator) -> bool:
    """True when `propagator` (the global one: OTEL_PROPAGATORS) writes W3C trace context
    and at most baggage besides, as by default; once per propagator."""
    fields = set(propagator.fields)
    return "traceparent" in fields and fields <= _W3C_FIELDS


def _nonzero(bits: int) -> int:
    # All-zero ids are invalid in W3C trace context.
    return random.getrandbits(bits) or 1


class HotSpans:
    """Starts hot spans of one instrumentation scope and makes them current."""

    def __init__(self, sink: SpanSink | None, scope: str) -> None:
        self._sink = sink
        self._scope = scope

    def start(
        self,
        name: str,
        kind: SpanKind,
        parent: SpanContext | None = None,
        attributes: dict[str, AttributeValue] | None = None,
    ) -> HotSpan:
        """A span under `parent` (a caller's context), else under the current span."""
        if parent is None:
            parent = trace.get_current_span().get_span_context()
        return HotSpan(name, kind, self._scope, parent, attributes or {}, self._sink)

    @staticmethod
    @contextmanager
    def current(span: HotSpan) -> Iterator[None]:
        """`span` is the current span inside the block: children, logs and `inject` see it,
        and `trace.get_current_span().set_attribute(...)` lands on it."""
        token = context.attach(trace.set_span_in_context(_CurrentHotSpan(span)))
        try:
            yield
        finally:
            context.detach(token)


class _CurrentHotSpan(NonRecordingSpan):
    """A hot span seen through the API: its context, its name, attributes and status.

    Events and links are not kept (hot spans carry none); an exception is recorded as the
    span's error, by type only.
    """

    def __init__(self, span: HotSpan) -> None:
        super().__init__(span.context)
        self._span = span

    def is_recording(self) -> bool:
        return self._span.end_ns == 0

    def set_attribute(self, key: str, value: object) -> None:
        if isinstance(value, str | bool | int | float):
            self._span.set_attribute(key, value)

    def set_attributes(self, attributes: Mapping[str, object]) -> None:
        for key, value in attributes.items():
            self.set_attribute(key, value)

    def update_name(self, name: str) -> None:
        if not self._span.end_ns:
            self._span.name = name

    def set_status(self, status: object, description: str | None = None) -> None:
        code = getattr(status, "status_code", status)
        if code is trace.StatusCode.ERROR:
            self._span.fail(description or getattr(status, "description", None) or "error")

    def record_exception(self, exception: BaseException, *args: object, **kwargs: object) -> None:
        self._span.fail(type(exception).__name__)


def otlp_json(resource: Mapping[str, AttributeValue], spans: list[HotSpan]) -> bytes:
    """An OTLP/JSON ExportTraceServiceRequest: ids in hex, times and integers as strings.

    Written as text rather than built as dicts for `json.dumps`: it runs for every span the
    webhook makes, in a thread that holds the interpreter lock while it works.
    """
    by_scope: dict[str, list[str]] = {}
    for span in spans:
        by_scope.setdefault(span.scope, []).append(_span_json(span))
    scopes = ",".join(
        f'{{"scope":{{"name":{_quoted(scope)}}},"spans":[{",".join(encoded)}]}}'
        for scope, encoded in by_scope.items()
    )
    resource_json = f'{{"attributes":{_attributes_json(resource)}}}'
    return f'{{"resourceSpans":[{{"resource":{resource_json},"scopeSpans":[{scopes}]}}]}}'.encode()


# ASCII escapes: any str encodes, even one with a lone surrogate.
_quoted = json.JSONEncoder().encode
_INT64 = range(-(2**63), 2**63)


def _span_json(span: HotSpan) -> str:
    parent = f'"parentSpanId":"{span.parent_span_id:016x}",' if span.parent_span_id else ""
    status = "{}"
    if span.error is not None:
        status = f'{{"code":{_OTLP_STATUS_ERROR},"message":{_quoted(span.error)}}}'
    return (
        f'{{"traceId":"{span.trace_id:032x}","spanId":"{span.span_id:016x}",{parent}'
        f'"name":{_quoted(span.name)},"kind":{_OTLP_KIND[span.kind]},'
        f'"startTimeUnixNano":"{span.start_ns}","endTimeUnixNano":"{span.end_ns}",'
        f'"attributes":{_attributes_json(span.attributes)},"status":{status}}}'
    )


def _attributes_json(attributes: Mapping[str, AttributeValue]) -> str:
    pairs = ",".join(
        f'{{"key":{_quoted(key)},"value":{_value_json(value)}}}'
        for key, value in attributes.items()
    )
    return f"[{pairs}]"


def _value_json(value: AttributeValue) -> str:
    # bool before int: True is an int to Python.
    if isinstance(value, bool):
        return '{"boolValue":true}' if value else '{"boolValue":false}'
    if isinstance(value, int):
        if value not in _INT64:  # OTLP's integers are 64-bit: a collector refuses more
            return f'{{"stringValue":"{value}"}}'
        return f'{{"intValue":"{value}"}}'
    if isinstance(value, float):
        # JSON has no NaN or infinity: protobuf's JSON mapping spells them as strings.
        number = json.dumps(value) if math.isfinite(value) else f'"{json.dumps(value)}"'
        return f'{{"doubleValue":{number}}}'
    return f'{{"stringValue":{_quoted(value)}}}'


class OtlpJsonShipper:
    """Queues ended hot spans and POSTs them to `{endpoint}/v1/traces` from a thread.

    Bounded like the SDK's batch processor (a span beyond `max_queue` is dropped and
    counted, never blocks a request); a batch the collector refuses or cannot take is
    retried with backoff for up to `timeout_seconds`, then dropped and logged by count.
    """

    def __init__(
        self,
        endpoint: str,
        resource: Mapping[str, AttributeValue],
        *,
        max_queue: int = 32_768,
        max_batch: int = 2_048,
        delay_seconds: float = 0.5,
        timeout_seconds: float = 5.0,
    ) -> None:
        url = urllib.parse.urlsplit(f"{endpoint.rstrip('/')}/v1/traces")
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"not an OTLP/HTTP endpoint: {endpoint!r}")
        self._url = url
        self._resource = dict(resource)
        self._queue: deque[HotSpan] = deque()
        self._max_queue, self._max_batch = max_queue, max_batch
        self._delay, self._timeout = delay_seconds, timeout_seconds
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._stopping = False
        self._connection: http.client.HTTPConnection | None = None
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name="hot-spans", daemon=True)
        self._thread.start()

    def ship(self, span: HotSpan) -> None:
        if len(self._queue) >= self._max_queue:
            self.dropped += 1
            return
        self._queue.append(span)
        if len(self._queue) >= self._max_batch:
            self._wake.set()

    def flush(self, timeout_seconds: float = 5.0) -> bool:
        """Ship everything queued so far; False if that took longer than the timeout."""
        deadline = time.monotonic() + timeout_seconds
        while True:
            self._idle.clear()
            self._wake.set()
            if not self._idle.wait(max(0.0, deadline - time.monotonic())):
                return False
            if not self._queue:
                return True

    def shutdown(self, timeout_seconds: float = 5.0) -> None:
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout_seconds)

    def _run(self) -> None:
        reported = 0
        while True:
            self._wake.wait(self._delay)
            self._wake.clear()
            while self._queue:
                batch = [
                    self._queue.popleft() for _ in range(min(self._max_batch, len(self._queue)))
                ]
                try:
                    self._export(batch)
                except Exception as error:  # the thread must outlive any one batch
                    self.dropped += len(batch)
                    logger.warning("%d spans not exported: %s", len(batch), type(error).__name__)
            if self.dropped > reported:
                logger.warning("%d spans dropped: the queue was full", self.dropped - reported)
                reported = self.dropped
            self._idle.set()
            if self._stopping:
                return

    def _export(self, batch: list[HotSpan]) -> None:
        body = otlp_json(self._resource, batch)
        deadline = time.monotonic() + self._timeout
        backoff = 0.25
        while True:
            problem, retry = self._post(body)
            if problem is None:
                return
            if not retry or time.monotonic() + backoff > deadline:
                logger.warning("%d spans not exported: %s", len(batch), problem)
                return
            time.sleep(backoff)
            backoff *= 2

    def _post(self, body: bytes) -> tuple[str | None, bool]:
        """(None, _) once the collector took the batch, else what went wrong (no payload in
        it) and whether trying again may help (unreachable, overloaded, failing)."""
        try:
            connection = self._connection or self._connect()
            connection.request(
                "POST",
                self._url.path,
                body=body,
                headers={"Content-Type": "application/json"},
            )
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            self._close()
            return type(error).__name__, True
        if response.status >= 300:
            return f"HTTP {response.status}", response.status == 429 or response.status >= 500
        return None, False

    def _connect(self) -> http.client.HTTPConnection:
        host, port = self._url.hostname or "", self._url.port
        if self._url.scheme == "https":
            self._connection = http.client.HTTPSConnection(host, port, timeout=self._timeout)
        else:
            self._connection = http.client.HTTPConnection(host, port, timeout=self._timeout)
        return self._connection

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
