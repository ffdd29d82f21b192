"""What the webhook's spans may carry: ids and route names, never a secret from the URL.

FastAPI traces requests on its own once a tracer provider exists, and records the query
string, which for the verification handshake is Meta's verify token. The services turn
that off; this runs the real app in a fresh interpreter (the tracer provider is global and
set once) with an in-memory exporter and a list for the hot spans (ADR 15), and looks at
every span.
"""

import json
import subprocess
import sys

SCRIPT = r"""
import asyncio, base64, json
import httpx
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)  # first: the app's own set-up cannot replace it

import confia.runtime.service

from confia.testing.spans import KeptSpans

kept = KeptSpans()
confia.runtime.service.setup_tracing = lambda *args: provider  # the SDK's spans come here
confia.runtime.service.hot_span_shipper = lambda *args: kept  # and the hot path's here
from confia.ingress.app import create_app
from confia.ingress.settings import IngressSettings

settings = IngressSettings(
    app_secrets="app-secret", verify_token="VERIFY-TOKEN-7d1f", pseudonym_key="k",
    graph_api_token="g", data_keys="k1:" + base64.b64encode(bytes(32)).decode(),
    data_key_id="k1", access_report_public_key="placeholder",
    kafka_bootstrap="127.0.0.1:1", otlp_endpoint="",
)

async def main() -> None:
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://ingress") as client:
        query = "hub.mode=subscribe&hub.verify_token=VERIFY-TOKEN-7d1f&hub.challenge=42"
        handshake = await client.get(f"/webhook?{query}")
        forged = await client.post(
            "/webhook?token=QUERY-SECRET-99", content=b"{}",
            headers={"content-type": "application/json", "x-hub-signature-256": "sha256=00"},
        )
    spans = [
        {"name": s.name, "attributes": {k: str(v) for k, v in (s.attributes or {}).items()}}
        for s in [*exporter.get_finished_spans(), *kept.spans]
    ]
    print(json.dumps({"statuses": [handshake.status_code, forged.status_code], "spans": spans}))

asyncio.run(main())
"""


def test_no_span_carries_the_verify_token_or_any_query_string() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])

    assert result["statuses"] == [200, 403]
    names = [span["name"] for span in result["spans"]]
    assert "POST /webhook" in names, "the exporter saw the service's own span"
    for span in result["spans"]:
        text = json.dumps(span)
        assert "VERIFY-TOKEN-7d1f" not in text
        assert "QUERY-SECRET-99" not in text
        assert "url.query" not in span["attributes"]
