"""Tracing and logging set-up, identical in every service: OTLP export, W3C trace context,
and one JSON object per log line that carries the trace and span ids."""

import functools
import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.propagate import extract, get_global_textmap
from opentelemetry.propagators.textmap import TextMapPropagator
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from confia.runtime.hot_spans import HotSpans, OtlpJsonShipper, SpanSink


def hot_span_shipper(provider: TracerProvider, otlp_endpoint: str) -> OtlpJsonShipper | None:
    """The hot spans' way to the collector the SDK exports to, with the same resource."""
    if not otlp_endpoint:
        return None
    resource = {
        key: value
        for key, value in provider.resource.attributes.items()
        if isinstance(value, str | bool | int | float)
    }
    return OtlpJsonShipper(otlp_endpoint, resource)


def setup_tracing(service_name: str, otlp_endpoint: str) -> TracerProvider:
    """Install a tracer provider for `service_name` exporting to `otlp_endpoint`.

    Span attributes are set by our code and FastStream's middleware only with ids,
    names and sizes: never message text or personal data.
    """
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    if otlp_endpoint:
        exporter = OTLPSpanExporter(endpoint=f"{otlp_endpoint.rstrip('/')}/v1/traces", timeout=5)
        # A queue for bursts (the default 2,048 drops spans silently at about a thousand
        # webhooks a second): every message must stay followable.
        processor = BatchSpanProcessor(
            exporter,
            schedule_delay_millis=500,
            max_queue_size=32_768,
            max_export_batch_size=2_048,
        )
        provider.add_span_processor(processor)
    trace.set_tracer_provider(provider)
    return provider


# What every LogRecord has; anything else on a record came from `extra=` (FastStream adds
# topic, group_id and message_id) and goes into the JSON object too, unless empty.
_SKIPPED_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",  # uvicorn's copy of the message with terminal colours
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, service, logger, message, trace and span ids.

    `service` is the OpenTelemetry `service.name` (`confia-ingress`...), the name Jaeger
    shows, so a log line leads to its trace and back. Messages carry ids only (event,
    message key, subject pseudonym), never text: that is the rule for every log call.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "service": _service_name(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            entry["trace_id"] = trace.format_trace_id(span.trace_id)
            entry["span_id"] = trace.format_span_id(span.span_id)
        for key, value in vars(record).items():
            if key not in _SKIPPED_FIELDS and not key.startswith("_") and value != "":
                entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def _service_name() -> str:
    resource = getattr(trace.get_tracer_provider(), "resource", None)
    return str(resource.attributes.get("service.name", "")) if resource is not None else ""


def setup_logging(level: str) -> None:
    """JSON lines on standard output for our loggers, uvicorn's and FastStream's."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # FastStream's loggers do not propagate and bring their own plain handlers; its broker
    # logger adds one only if it finds no handler on standard output, so it takes ours.
    for name in ("faststream", "faststream.access.kafka"):
        logging.getLogger(name).handlers[:] = [handler]
        logging.getLogger(name).propagate = False
    logging.captureWarnings(True)  # Python's warnings as log lines too, not bare stderr text
    # aiokafka logs whole records at DEBUG; keep it at WARNING whatever our level is.
    logging.getLogger("aiokafka").setLevel(logging.WARNING)


# Probes and scrapes: every few seconds, no customer behind them.
_UNTRACED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


class ServerSpans:
    """One server span per HTTP request, the child of the caller's `traceparent`.

    Named by method and route template (`POST /webhook`, `GET /tickets/{ticket_id}`): never
    the raw path's ids, never the query string, which can carry a secret (Meta's verify
    token). FastAPI's own telemetry, which records both, is switched off (ADR 11). A hot
    span (ADR 15): every webhook has one, and the SDK's spans cost more than the webhook's
    own work; to the code inside it is the current span like any other.
    """

    def __init__(self, app: ASGIApp, spans: SpanSink | None) -> None:
        self.app = app
        self._spans = HotSpans(spans, "confia.http")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _UNTRACED_PATHS:
            await self.app(scope, receive, send)
            return
        await serve_in_span(self._spans, self.app, scope, receive, send)


@functools.cache
def _header_names(propagator: TextMapPropagator) -> frozenset[bytes]:
    """The headers a propagator reads, as ASGI spells them; once per propagator, not per
    request (a composite one builds the set anew each time it is asked)."""
    return frozenset(name.lower().encode("latin-1") for name in propagator.fields)


async def serve_in_span(
    spans: HotSpans,
    app: ASGIApp,
    scope: Scope,
    receive: Receive,
    send: Send,
    route: str | None = None,
) -> None:
    """Run `app` for one request inside its server span, named by `route` (a template) or
    else by the route the router matched."""
    method = scope["method"]
    # Only the headers the propagators read (traceparent, tracestate, baggage): Meta sends
    # none of them, and decoding every header of every webhook is a cost of its own.
    wanted = _header_names(get_global_textmap())
    carrier = {
        key.decode("latin-1"): value.decode("latin-1")
        for key, value in scope["headers"]
        if key in wanted
    }
    # No trace headers: a new trace, whatever the surrounding context holds.
    caller = (
        trace.get_current_span(extract(carrier)).get_span_context()
        if carrier
        else trace.INVALID_SPAN_CONTEXT
    )
    span = spans.start(method, trace.SpanKind.SERVER, caller, {"http.request.method": method})
    status = 500  # unless the app starts a response

    async def send_and_note_status(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        await send(message)

    try:
        with spans.current(span):
            await app(scope, receive, send_and_note_status)
    except Exception as error:
        span.fail(type(error).__name__)
        raise
    finally:
        route = route or getattr(scope.get("route"), "path", None)
        if route:
            span.name = f"{method} {route}"
            span.set_attribute("http.route", route)
        span.set_attribute("http.response.status_code", status)
        if status >= 500 and span.error is None:
            span.fail(f"HTTP {status}")
        span.end()
