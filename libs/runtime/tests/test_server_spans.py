"""Every HTTP request is one server span: named by route, child of the caller, no query."""

from typing import Any

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import PlainTextResponse
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from starlette.types import Receive, Scope, Send

from confia.runtime.service import ServiceApp
from confia.runtime.telemetry import ServerSpans
from confia.testing.spans import KeptSpans


def _app() -> FastAPI:
    # As build_app: FastAPI's own tracing off (it would nest a span of its own, ADR 11).
    return FastAPI(telemetry={"tracing": False, "metrics": False, "logs": False})


async def test_a_request_is_one_span_named_by_its_route_under_the_callers_trace() -> None:
    kept = KeptSpans()
    app = _app()
    app.add_middleware(ServerSpans, spans=kept)

    @app.get("/tickets/{ticket_id}")
    async def ticket(ticket_id: str) -> dict[str, str]:
        return {"id": ticket_id}

    @app.get("/healthz")
    async def healthz() -> str:
        return "ok"

    with TracerProvider().get_tracer("caller").start_as_current_span("caller") as caller:
        headers: dict[str, str] = {}
        inject(headers)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        found = await client.get("/tickets/tk_42?token=SECRET-1", headers=headers)
        missing = await client.get("/nowhere?token=SECRET-2")
        await client.get("/healthz")

    assert (found.status_code, missing.status_code) == (200, 404)
    assert all(span.kind is trace.SpanKind.SERVER for span in kept.spans)
    spans = {span.name: span for span in kept.spans}
    assert set(spans) == {"GET /tickets/{ticket_id}", "GET"}, "probes are not traced"
    span = spans["GET /tickets/{ticket_id}"]
    assert span.trace_id == caller.get_span_context().trace_id
    assert span.parent_span_id == caller.get_span_context().span_id
    assert span.attributes["http.response.status_code"] == 200
    assert span.attributes["http.route"] == "/tickets/{ticket_id}"
    assert span.error is None
    assert spans["GET"].attributes["http.response.status_code"] == 404
    assert spans["GET"].parent_span_id == 0, "a request without traceparent starts a trace"
    text = str([s.attributes for s in spans.values()]) + str(list(spans))
    assert "SECRET" not in text
    assert "tk_42" not in text, "ids stay out of span names"


async def test_inside_the_request_the_server_span_is_current_for_the_sdk_and_the_api() -> None:
    kept = KeptSpans()
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    app = _app()
    app.add_middleware(ServerSpans, spans=kept)

    @app.post("/orders")
    async def orders() -> dict[str, str]:
        trace.get_current_span().set_attribute("confia.orders", 3)
        with provider.get_tracer("inner").start_as_current_span("orders publish"):
            carrier: dict[str, str] = {}
            inject(carrier)
        return carrier

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        response = await client.post("/orders")

    [server] = kept.spans
    [inner] = exporter.get_finished_spans()
    assert server.attributes["confia.orders"] == 3
    assert inner.parent is not None
    assert (inner.context.trace_id, inner.parent.span_id) == (server.trace_id, server.span_id)
    assert response.json()["traceparent"].split("-")[1] == f"{server.trace_id:032x}"


async def test_a_failing_request_ends_its_span_as_an_error_named_by_type_only() -> None:
    kept = KeptSpans()
    app = _app()
    app.add_middleware(ServerSpans, spans=kept)

    @app.get("/boom")
    async def boom() -> None:
        raise ValueError("customer 5511987654321 said something")

    @app.get("/unavailable")
    async def unavailable() -> Response:
        return Response("try later", status_code=503)

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        assert (await client.get("/boom")).status_code == 500
        assert (await client.get("/unavailable")).status_code == 503

    failed, unavailable_span = kept.spans
    assert failed.name == "GET /boom"
    assert failed.error == "ValueError"
    assert failed.attributes["http.response.status_code"] == 500
    assert "5511987654321" not in str(failed.attributes) + str(failed.error)
    assert unavailable_span.error == "HTTP 503"


async def test_a_caller_that_does_not_sample_is_not_recorded() -> None:
    kept = KeptSpans()
    app = _app()
    app.add_middleware(ServerSpans, spans=kept)

    @app.get("/ping")
    async def ping() -> str:
        return "pong"

    unsampled = {"traceparent": f"00-{'ab' * 16}-{'cd' * 8}-00"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        await client.get("/ping", headers=unsampled)
        await client.get("/ping")

    [span] = kept.spans
    assert span.trace_id != int("ab" * 16, 16)


async def test_a_hot_route_is_served_ahead_of_fastapis_stack_inside_its_own_span() -> None:
    kept = KeptSpans()
    seen_by_fastapi: list[str] = []
    current_in_hot_route: list[int] = []

    async def hot(scope: Scope, receive: Receive, send: Send) -> None:
        current_in_hot_route.append(trace.get_current_span().get_span_context().span_id)
        await PlainTextResponse("hot")(scope, receive, send)

    app = ServiceApp(
        hot_routes={("POST", "/events"): hot},
        spans=kept,
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.add_middleware(ServerSpans, spans=kept)

    @app.middleware("http")
    async def note(request: Request, call_next: Any) -> Any:
        seen_by_fastapi.append(f"{request.method} {request.url.path}")
        return await call_next(request)

    @app.api_route("/events", methods=["GET", "POST"])
    async def events() -> PlainTextResponse:
        return PlainTextResponse("routed")

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        posted = await client.post("/events?id=1", content=b"{}")
        got = await client.get("/events")

    assert (posted.text, got.text) == ("hot", "routed")
    assert seen_by_fastapi == ["GET /events"], "the hot route never enters FastAPI's stack"
    hot_span, routed_span = kept.spans
    assert (hot_span.name, routed_span.name) == ("POST /events", "GET /events")
    assert current_in_hot_route == [hot_span.span_id]
    assert hot_span.attributes["http.route"] == "/events"
    assert hot_span.attributes["http.response.status_code"] == 200


async def test_a_request_without_trace_headers_starts_a_trace_whatever_is_current() -> None:
    kept = KeptSpans()
    app = _app()
    app.add_middleware(ServerSpans, spans=kept)

    @app.get("/ping")
    async def ping() -> str:
        return "pong"

    transport = httpx.ASGITransport(app=app)
    with TracerProvider().get_tracer("test").start_as_current_span("ambient") as ambient:
        async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
            await client.get("/ping")

    [span] = kept.spans
    assert span.parent_span_id == 0
    assert span.trace_id != ambient.get_span_context().trace_id
