"""Tracing set-up, identical in every service: OTLP export and W3C trace context."""

import logging

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def setup_tracing(service_name: str, otlp_endpoint: str) -> TracerProvider:
    """Install a tracer provider for `service_name` exporting to `otlp_endpoint`.

    Span attributes are set by our code and FastStream's middleware only with ids,
    names and sizes: never message text or personal data.
    """
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    if otlp_endpoint:
        exporter = OTLPSpanExporter(endpoint=f"{otlp_endpoint.rstrip('/')}/v1/traces", timeout=5)
        provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=500))
    trace.set_tracer_provider(provider)
    return provider


def setup_logging(level: str) -> None:
    """Plain, line-oriented logs. Log ids (event, message, subject pseudonym), never text."""
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    # aiokafka logs whole records at DEBUG; keep it at WARNING whatever our level is.
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
