"""Hot spans: their OTLP/JSON, their way to a real Jaeger, and what happens when it is away."""

import http.server
import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.baggage.propagation import W3CBaggagePropagator
from opentelemetry.propagate import inject
from opentelemetry.propagators.composite import CompositePropagator
from opentelemetry.propagators.textmap import TextMapPropagator
from opentelemetry.trace import (
    NonRecordingSpan,
    SpanContext,
    SpanKind,
    Status,
    StatusCode,
    TraceFlags,
    TraceState,
)
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from confia.runtime.hot_spans import HotSpans, OtlpJsonShipper, otlp_json, propagates_w3c_only
from confia.testing.infrastructure import Infrastructure
from confia.testing.spans import KeptSpans


def test_otlp_json_names_kinds_ids_and_values_as_the_protocol_spells_them() -> None:
    kept = KeptSpans()
    spans = HotSpans(kept, "confia.http")
    parent = SpanContext(0xAB, 0xCD, is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED))
    server = spans.start("POST /webhook", SpanKind.SERVER, parent, {"http.request.method": "POST"})
    server.set_attribute("http.response.status_code", 200)
    server.set_attribute("confia.retried", False)
    server.set_attribute("confia.ratio", 0.5)
    server.end()
    root = spans.start("GET", SpanKind.PRODUCER, SpanContext(0, 0, False))
    root.fail("HTTP 503")
    root.end()

    request = json.loads(otlp_json({"service.name": "confia-test"}, kept.spans))

    [resource_spans] = request["resourceSpans"]
    assert resource_spans["resource"]["attributes"] == [
        {"key": "service.name", "value": {"stringValue": "confia-test"}}
    ]
    [scope] = resource_spans["scopeSpans"]
    assert scope["scope"] == {"name": "confia.http"}
    first, second = scope["spans"]
    assert first["traceId"] == f"{0xAB:032x}"
    assert first["parentSpanId"] == f"{0xCD:016x}"
    assert len(first["spanId"]) == 16
    assert int(first["spanId"], 16) == server.span_id
    assert (first["kind"], second["kind"]) == (2, 4), "OTLP counts kinds from 1"
    assert first["attributes"] == [
        {"key": "http.request.method", "value": {"stringValue": "POST"}},
        {"key": "http.response.status_code", "value": {"intValue": "200"}},
        {"key": "confia.retried", "value": {"boolValue": False}},
        {"key": "confia.ratio", "value": {"doubleValue": 0.5}},
    ]
    assert int(first["endTimeUnixNano"]) >= int(first["startTimeUnixNano"]) > 0
    assert first["status"] == {}
    assert "parentSpanId" not in second, "a root has no parent"
    assert len(second["traceId"]) == 32
    assert int(second["traceId"], 16) != 0
    assert second["status"] == {"code": 2, "message": "HTTP 503"}


def test_otlp_json_is_strict_json_whatever_the_values() -> None:
    kept = KeptSpans()
    span = HotSpans(kept, "confia.test").start('a "quoted" name \\ ação', SpanKind.INTERNAL)
    span.set_attribute("confia.nothing", float("nan"))
    span.set_attribute("confia.everything", float("-inf"))
    span.end()

    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")

    request = json.loads(otlp_json({}, kept.spans), parse_constant=refuse)
    [encoded] = request["resourceSpans"][0]["scopeSpans"][0]["spans"]
    assert encoded["name"] == 'a "quoted" name \\ ação'
    assert [a["value"] for a in encoded["attributes"]] == [
        {"doubleValue": "NaN"},
        {"doubleValue": "-Infinity"},
    ]


def test_a_span_ships_once_and_only_when_its_trace_is_sampled() -> None:
    kept = KeptSpans()
    spans = HotSpans(kept, "confia.http")
    unsampled = SpanContext(0xAB, 0xCD, is_remote=True, trace_flags=TraceFlags(TraceFlags.DEFAULT))
    quiet = spans.start("GET", SpanKind.SERVER, unsampled)
    quiet.end()
    loud = spans.start("GET", SpanKind.SERVER)
    loud.end()
    loud.end()

    assert kept.spans == [loud]
    assert not quiet.context.trace_flags.sampled, "its children are not sampled either"


def test_a_new_span_is_the_child_of_the_current_one() -> None:
    spans = HotSpans(KeptSpans(), "confia.test")
    outer = spans.start("outer", SpanKind.SERVER)
    with spans.current(outer):
        inner = spans.start("inner", SpanKind.PRODUCER)
    after = spans.start("after", SpanKind.PRODUCER)

    assert (inner.trace_id, inner.parent_span_id) == (outer.trace_id, outer.span_id)
    assert after.trace_id != outer.trace_id


@pytest.mark.integration
def test_shipped_spans_are_one_trace_in_jaeger(infrastructure: Infrastructure) -> None:
    service = f"confia-hot-spans-{uuid.uuid4().hex[:8]}"
    shipper = OtlpJsonShipper(infrastructure.otlp_endpoint, {"service.name": service})
    spans = HotSpans(shipper, "confia.test")
    try:
        server = spans.start("POST /webhook", SpanKind.SERVER, None, {"confia.webhook.messages": 1})
        with spans.current(server):
            publish = spans.start("ingress.webhooks.v1 publish", SpanKind.PRODUCER)
            publish.fail("KafkaTimeoutError")
            publish.end()
        server.end()
        assert shipper.flush(timeout_seconds=10)
    finally:
        shipper.shutdown()

    trace = _jaeger_trace(infrastructure, f"{server.trace_id:032x}", spans=2)
    by_name = {span["operationName"]: span for span in trace["spans"]}
    assert {p["serviceName"] for p in trace["processes"].values()} == {service}
    webhook, published = by_name["POST /webhook"], by_name["ingress.webhooks.v1 publish"]
    assert webhook["references"] == []
    assert published["references"][0]["spanID"] == f"{server.span_id:016x}"
    assert _tags(webhook)["span.kind"] == "server"
    assert _tags(webhook)["confia.webhook.messages"] == 1
    assert _tags(published)["span.kind"] == "producer"
    assert _tags(published)["error"] is True
    assert webhook["duration"] >= published["duration"] > 0


def test_a_collector_that_refuses_the_batch_is_not_asked_again() -> None:
    with _collector(status=400) as posts:
        shipper = OtlpJsonShipper(f"http://127.0.0.1:{posts.port}", {}, timeout_seconds=2)
        HotSpans(shipper, "confia.test").start("GET", SpanKind.SERVER).end()
        assert shipper.flush(timeout_seconds=5)
        shipper.shutdown()
    assert posts.count == 1


def test_an_overloaded_collector_is_asked_again_until_it_takes_the_batch() -> None:
    with _collector(status=503, healthy_after=2) as posts:
        shipper = OtlpJsonShipper(f"http://127.0.0.1:{posts.port}", {}, timeout_seconds=5)
        HotSpans(shipper, "confia.test").start("GET", SpanKind.SERVER).end()
        assert shipper.flush(timeout_seconds=10)
        shipper.shutdown()
    assert posts.count == 3
    assert posts.spans == 1


def test_an_unreachable_collector_costs_a_request_nothing_and_drops_beyond_the_queue(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shipper = OtlpJsonShipper("http://127.0.0.1:1", {}, max_queue=3, timeout_seconds=0.5)
    spans = HotSpans(shipper, "confia.test")
    for _ in range(5):
        spans.start("GET", SpanKind.SERVER).end()
    assert shipper.dropped >= 2
    assert shipper.flush(timeout_seconds=10), "gives up after its timeout instead of hanging"
    shipper.shutdown()
    assert "spans not exported" in caplog.text
    assert f"{shipper.dropped} spans dropped" in caplog.text


def test_an_endpoint_that_is_not_http_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="OTLP/HTTP"):
        OtlpJsonShipper("jaeger:4317", {})


class _Posts:
    def __init__(self) -> None:
        self.count = 0
        self.spans = 0
        self.port = 0


@contextmanager
def _collector(status: int, healthy_after: int | None = None) -> Iterator[_Posts]:
    """A local OTLP/HTTP endpoint that answers `status` (200 from request `healthy_after`+1)."""
    posts = _Posts()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            posts.count += 1
            answer = status
            if healthy_after is not None and posts.count > healthy_after:
                answer = 200
                request = json.loads(body)
                posts.spans += sum(
                    len(scope["spans"])
                    for resource in request["resourceSpans"]
                    for scope in resource["scopeSpans"]
                )
            self.send_response(answer)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    posts.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield posts
    finally:
        server.shutdown()
        server.server_close()


def _jaeger_trace(infrastructure: Infrastructure, trace_id: str, spans: int) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        response = httpx.get(f"{infrastructure.jaeger_query}/api/traces/{trace_id}", timeout=5)
        if response.status_code == 200 and response.json().get("data"):
            trace: dict[str, Any] = response.json()["data"][0]
            if len(trace["spans"]) >= spans:
                return trace
        time.sleep(0.5)
    raise AssertionError(f"trace {trace_id} did not reach Jaeger with {spans} spans")


def _tags(span: dict[str, Any]) -> dict[str, Any]:
    return {tag["key"]: tag["value"] for tag in span.get("tags", [])}


def test_a_callers_trace_state_travels_on_to_children_and_headers() -> None:
    state = TraceState([("vendor", "abc")])
    caller = SpanContext(
        0xAB, 0xCD, is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED), trace_state=state
    )
    spans = HotSpans(KeptSpans(), "confia.test")
    server = spans.start("GET", SpanKind.SERVER, caller)
    with spans.current(server):
        child = spans.start("publish", SpanKind.PRODUCER)
        carrier: dict[str, str] = {}
        inject(carrier)

    assert child.context.trace_state == state
    assert carrier["tracestate"] == "vendor=abc"


@pytest.mark.parametrize(
    "caller",
    [
        SpanContext(0, 0, False),  # no caller: a new trace
        SpanContext(0xAB, 0xCD, True, TraceFlags(TraceFlags.SAMPLED), TraceState([("v", "1")])),
        SpanContext(0xAB, 0xCD, True, TraceFlags(TraceFlags.DEFAULT)),  # not sampled
    ],
    ids=["root", "caller-with-state", "unsampled"],
)
def test_a_spans_w3c_headers_are_what_the_w3c_propagator_writes_for_it(
    caller: SpanContext,
) -> None:
    span = HotSpans(KeptSpans(), "confia.test").start("publish", SpanKind.PRODUCER, caller)
    written: dict[str, str] = {}
    TraceContextTextMapPropagator().inject(
        written, trace.set_span_in_context(NonRecordingSpan(span.context))
    )

    assert dict(span.w3c_headers()) == {name: value.encode() for name, value in written.items()}


class _B3Single(TextMapPropagator):
    """A propagator of another format (fields only: enough to be told apart)."""

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        raise NotImplementedError

    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        raise NotImplementedError

    @property
    def fields(self) -> set[str]:
        return {"b3"}


def test_w3c_headers_stand_in_for_the_default_propagators_and_no_other() -> None:
    w3c, baggage = TraceContextTextMapPropagator(), W3CBaggagePropagator()

    assert propagates_w3c_only(CompositePropagator([w3c, baggage]))
    assert propagates_w3c_only(w3c)
    assert not propagates_w3c_only(baggage)  # it would write no trace context at all
    assert not propagates_w3c_only(_B3Single())
    assert not propagates_w3c_only(CompositePropagator([w3c, _B3Single()]))


def test_an_ended_span_no_longer_changes_and_odd_values_still_encode() -> None:
    kept = KeptSpans()
    spans = HotSpans(kept, "confia.test")
    span = spans.start("GET \ud800", SpanKind.SERVER, None, {"big": 2**70})
    with spans.current(span):
        span.end()
        current = trace.get_current_span()
        current.set_attribute("late", 1)
        current.update_name("renamed")
        current.set_status(Status(StatusCode.ERROR, "late"))

    assert (span.name, span.error, "late" in span.attributes) == ("GET \ud800", None, False)
    [encoded] = json.loads(otlp_json({}, kept.spans))["resourceSpans"][0]["scopeSpans"][0]["spans"]
    assert encoded["attributes"] == [{"key": "big", "value": {"stringValue": str(2**70)}}]


def test_a_batch_that_cannot_be_encoded_is_dropped_and_the_shipper_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with _collector(status=200, healthy_after=0) as posts:
        shipper = OtlpJsonShipper(f"http://127.0.0.1:{posts.port}", {}, timeout_seconds=2)
        spans = HotSpans(shipper, "confia.test")
        real = otlp_json

        def broken(*args: Any) -> bytes:
            raise RuntimeError("dictionary changed size during iteration")

        monkeypatch.setattr("confia.runtime.hot_spans.otlp_json", broken)
        spans.start("GET", SpanKind.SERVER).end()
        assert shipper.flush(timeout_seconds=5)
        monkeypatch.setattr("confia.runtime.hot_spans.otlp_json", real)
        spans.start("GET", SpanKind.SERVER).end()
        assert shipper.flush(timeout_seconds=5)
        shipper.shutdown()

    assert shipper.dropped == 1
    assert "1 spans not exported: RuntimeError" in caplog.text
    assert posts.spans == 1, "the next batch went out"
