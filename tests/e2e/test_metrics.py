"""What an SRE sees of a running platform: each service's /metrics, and its JSON log lines."""

import json
import time
from collections.abc import Callable

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from confia.testing.platform import SERVICES, Platform
from confia.testing.whatsapp import WhatsApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]

# Family names as the parser gives them: a counter's without its `_total` suffix.
EVERY_SERVICE = {
    "confia_messages_handled",
    "confia_handler_seconds",
    "confia_dead_letters",
    "confia_consumer_lag",
}
# The topic each service's own use case consumes; the traffic below reaches all of them.
HANDLED_TOPICS = {
    "ingress": ["whatsapp.outbound.v1"],
    "consent": ["whatsapp.inbound.v1"],
    "redaction": ["conversation.consented.v1", "conversation.reply.v1"],
    "agent": ["conversation.redacted.v1"],
    "handoff": ["handoff.requested.v1", "conversation.redacted.v1"],
    "audit": ["whatsapp.inbound.v1", "conversation.reply.v1"],
}


def _scrape(platform: Platform, service: str) -> tuple[set[str], Samples]:
    """The metric families a service declares, and its samples by name and labels."""
    response = httpx.get(f"{platform.url(service)}/metrics", timeout=5)
    response.raise_for_status()
    families, samples = set(), {}
    for family in text_string_to_metric_families(response.text):
        families.add(family.name)
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return families, samples


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def _has(samples: Samples, name: str, **labels: str) -> bool:
    wanted = set(labels.items())
    return any(key == name and wanted <= set(found) for key, found in samples)


def _eventually(platform: Platform, holds: Callable[[str, Samples], bool], seconds: float) -> None:
    """Scrape every service until `holds(service, samples)` is true for all of them."""
    deadline = time.monotonic() + seconds
    pending = set(SERVICES)
    while pending and time.monotonic() < deadline:
        pending = {
            service for service in pending if not holds(service, _scrape(platform, service)[1])
        }
        if pending:
            time.sleep(1)
    assert not pending, f"not seen in time on {sorted(pending)}"


def test_every_service_exposes_its_metrics_after_a_conversation(
    whatsapp: WhatsApp, platform: Platform, namespace: str
) -> None:
    whatsapp.customer_says("BR.e2e.metrics", button=("consent.accept", "Aceito"))
    whatsapp.customer_says("BR.e2e.metrics", "Qual o prazo de entrega?")
    whatsapp.sent_to("BR.e2e.metrics", 3)  # thanks, analytics question, answer
    whatsapp.customer_says("BR.e2e.metrics-human", button=("consent.human", "Falar com pessoa"))

    for service in SERVICES:
        families, _ = _scrape(platform, service)
        assert families >= EVERY_SERVICE, service

    def handled(service: str, samples: Samples) -> bool:
        return all(
            _value(
                samples,
                "confia_messages_handled_total",
                service=service,
                topic=namespace + topic,
                outcome="ok",
            )
            > 0
            and _has(
                samples, "confia_handler_seconds_count", service=service, topic=namespace + topic
            )
            for topic in HANDLED_TOPICS[service]
        )

    _eventually(platform, handled, 60)
    # Sampled every 15 s by default: a round after the traffic has every assigned partition.
    _eventually(platform, lambda service, s: _has(s, "confia_consumer_lag", service=service), 45)

    _, ingress = _scrape(platform, "ingress")
    assert _value(ingress, "confia_outbound_sends_total", result="sent") >= 3
    assert {"confia_outbound_sends", "confia_rate_limit_hits"} <= _scrape(platform, "ingress")[0]

    def queue_counted(service: str, samples: Samples) -> bool:
        return service != "handoff" or _has(
            samples, "confia_handoff_queue_length", status="waiting"
        )

    _eventually(platform, queue_counted, 30)
    families, handoff = _scrape(platform, "handoff")
    assert {"confia_handoff_waiting_seconds", "confia_handoff_queue_length"} <= families
    assert _has(handoff, "confia_handoff_oldest_unanswered_timestamp_seconds")


def test_every_service_logs_json_lines_and_one_trace_id_links_a_message(
    whatsapp: WhatsApp, platform: Platform
) -> None:
    whatsapp.customer_says("BR.e2e.logs", button=("consent.accept", "Aceito"))
    whatsapp.customer_says("BR.e2e.logs", "Qual o prazo de entrega?")
    answer = whatsapp.sent_to("BR.e2e.logs", 3)[2]
    trace_id = answer["traceparent"].split("-")[1]

    for service in SERVICES:
        lines = (platform.log_dir / f"{service}.log").read_text().splitlines()
        entries = [json.loads(line) for line in lines if line.startswith("{")]
        assert len(entries) == len(lines), f"{service} wrote lines that are not JSON"
        assert {entry["service"] for entry in entries} == {f"confia-{service}"}
        assert all({"time", "level", "logger", "message"} <= set(entry) for entry in entries)
        if service in ("ingress", "consent", "redaction", "agent"):
            traced = [entry for entry in entries if entry.get("trace_id") == trace_id]
            assert traced, f"{service} logged nothing under the answer's trace"
            assert all(len(entry["span_id"]) == 16 for entry in traced)
