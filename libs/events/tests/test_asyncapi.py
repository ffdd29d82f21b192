"""The committed AsyncAPI document describes every topic and every event, as the code does."""

import json
from pathlib import Path
from typing import Any

from confia.events.asyncapi import document, render
from confia.events.schemas import ALL_EVENTS
from confia.events.topics import INTERNAL_TOPICS, NAMESPACE, TOPICS, dlq

COMMITTED = Path(__file__).parents[3] / "docs" / "asyncapi.json"


def test_committed_document_is_the_generated_one() -> None:
    assert COMMITTED.read_text() == render(), "docs/asyncapi.json is stale: run `make asyncapi`"


def test_names_carry_no_namespace_even_when_one_is_set() -> None:
    # The test plugin sets CONFIA_TOPIC_NAMESPACE, so this run has a prefix to strip.
    assert NAMESPACE
    text = render()
    for namespaced in TOPICS:
        assert namespaced not in text


def test_every_topic_is_a_channel_with_its_settings() -> None:
    channels = document()["channels"]
    public = {
        name: topic
        for name, topic in TOPICS.items()
        if name not in INTERNAL_TOPICS and name.removesuffix(".dlq") not in INTERNAL_TOPICS
    }
    for name, topic in public.items():
        bare = name.removeprefix(NAMESPACE)
        kafka = channels[bare]["bindings"]["kafka"]
        assert channels[bare]["address"] == bare
        assert kafka["partitions"] == topic.partitions
        assert kafka["topicConfiguration"]["retention.ms"] == topic.retention_ms
    assert len(channels) == len(public)


def test_a_private_log_is_no_channel_of_the_contract() -> None:
    channels = document()["channels"]
    for name in INTERNAL_TOPICS:
        assert name.removeprefix(NAMESPACE) not in channels
        assert dlq(name).removeprefix(NAMESPACE) not in channels


def test_every_event_travels_on_some_channel() -> None:
    spec = document()
    carried = {
        message["$ref"].rsplit("/", 1)[1]
        for channel in spec["channels"].values()
        for message in channel["messages"].values()
        if "$ref" in message
    }
    for event in ALL_EVENTS:
        assert event.__name__ in carried, f"{event.__name__} is on no channel"
        assert spec["components"]["messages"][event.__name__]["name"] == event.event_type


def test_security_events_carry_every_security_fact() -> None:
    messages = document()["channels"]["security.events.v1"]["messages"]
    assert set(messages) == {
        "SignatureRejected",
        "FloodTripped",
        "RestoreRefused",
        "InjectionDetected",
    }


def test_audit_topic_points_at_the_published_json_schemas() -> None:
    spec = document()
    assert set(spec["channels"]["audit.events.v1"]["messages"]) == {"AuditRecord", "AuditTreeHead"}
    for name in ("AuditRecord", "AuditTreeHead"):
        schema_path = spec["components"]["messages"][name]["payload"]["$ref"]
        assert (COMMITTED.parent / schema_path).is_file()


def test_every_reference_inside_the_document_resolves() -> None:
    spec = document()
    for ref in _refs(spec):
        if not ref.startswith("#/"):
            continue  # a file next to docs/asyncapi.json, checked above
        node: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            assert part in node, f"dangling {ref}"
            node = node[part]


def test_output_is_stable_json() -> None:
    text = render()
    assert text == render()
    assert text.endswith("}\n")
    assert json.loads(text)["asyncapi"] == "3.0.0"


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []
