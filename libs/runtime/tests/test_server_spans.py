"""Every HTTP request is one server span: named by route, child of the caller, no query."""

import httpx
from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.propagate import inject
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from confia.runtime.telemetry import ServerSpans


async def test_a_request_is_one_span_named_by_its_route_under_the_callers_trace() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    app = FastAPI()
    app.add_middleware(ServerSpans, tracer_provider=provider)

    @app.get("/tickets/{ticket_id}")
    async def ticket(ticket_id: str) -> dict[str, str]:
        return {"id": ticket_id}

    @app.get("/healthz")
    async def healthz() -> str:
        return "ok"

    with provider.get_tracer("caller").start_as_current_span("caller") as caller:
        headers: dict[str, str] = {}
        inject(headers)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
        found = await client.get("/tickets/tk_42?token=SECRET-1", headers=headers)
        missing = await client.get("/nowhere?token=SECRET-2")
        await client.get("/healthz")

    assert (found.status_code, missing.status_code) == (200, 404)
    served = [s for s in exporter.get_finished_spans() if s.kind is trace.SpanKind.SERVER]
    spans = {span.name: span for span in served}
    assert set(spans) == {"GET /tickets/{ticket_id}", "GET"}, "probes are not traced"
    span = spans["GET /tickets/{ticket_id}"]
    assert span.context.trace_id == caller.get_span_context().trace_id
    assert span.attributes is not None
    assert span.attributes["http.response.status_code"] == 200
    assert spans["GET"].attributes is not None
    assert spans["GET"].attributes["http.response.status_code"] == 404
    text = str([dict(s.attributes or {}) for s in spans.values()]) + str(list(spans))
    assert "SECRET" not in text
    assert "tk_42" not in text, "ids stay out of span names"
