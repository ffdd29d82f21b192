"""Confia's AsyncAPI 3.0 document, generated from the topic table and the event schemas.

`python -m confia.events.asyncapi` prints it; `make asyncapi` writes docs/asyncapi.json,
and a test fails when the committed file and the code disagree.

Topic names are written without CONFIA_TOPIC_NAMESPACE: the document describes every
environment, whatever prefix it gives the topics.
"""

import inspect
import json
from typing import Any

from pydantic.json_schema import models_json_schema

from confia.events.envelope import Envelope
from confia.events.schemas import (
    ALL_EVENTS,
    AccessCompleted,
    AccessRequested,
    ConsentChanged,
    ErasureCompleted,
    ErasureRequested,
    FloodTripped,
    HandoffRequested,
    HandoffStateChanged,
    InjectionDetected,
    MessageConsented,
    MessageReceived,
    MessageRedacted,
    MessageStatusChanged,
    OperatorActed,
    OutboundRequested,
    ReplyDrafted,
    RestoreRefused,
    RevealCompleted,
    RevealRequested,
    SignatureRejected,
)
from confia.events.topics import (
    AUDIT_EVENTS,
    CONVERSATION_CONSENTED,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    INTERNAL_TOPICS,
    NAMESPACE,
    OPERATOR_ACTIONS,
    PRIVACY_ACCESS_COMPLETED,
    PRIVACY_ACCESS_REQUESTED,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_COMPLETED,
    PRIVACY_ERASURE_REQUESTED,
    PRIVACY_REVEAL_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
    SECURITY_EVENTS,
    TOPICS,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
    WHATSAPP_STATUS,
    Topic,
    dlq,
)

_KAFKA_BINDING_VERSION = "0.5.0"
_DAY_MS = 24 * 3_600_000


def _bare(name: str) -> str:
    """A topic name without the environment's namespace prefix."""
    return name.removeprefix(NAMESPACE)


# Which events travel on which main topic, read from the services' publishers (each
# service's handlers call `outgoing(<topic>, <event>)`). A new topic or event must be
# added here: `document()` refuses a topic without events, and a test an unmapped event.
EVENTS_BY_TOPIC: dict[str, tuple[type[Envelope], ...]] = {
    _bare(WHATSAPP_INBOUND): (MessageReceived,),
    _bare(WHATSAPP_STATUS): (MessageStatusChanged,),
    _bare(WHATSAPP_OUTBOUND): (OutboundRequested,),
    _bare(CONVERSATION_CONSENTED): (MessageConsented,),
    _bare(CONVERSATION_REDACTED): (MessageRedacted,),
    _bare(CONVERSATION_REPLY): (ReplyDrafted,),
    _bare(HANDOFF_REQUESTED): (HandoffRequested,),
    _bare(HANDOFF_STATE): (HandoffStateChanged,),
    _bare(PRIVACY_CONSENT): (ConsentChanged,),
    _bare(PRIVACY_ERASURE_REQUESTED): (ErasureRequested,),
    _bare(PRIVACY_ERASURE_COMPLETED): (ErasureCompleted,),
    _bare(PRIVACY_ACCESS_REQUESTED): (AccessRequested,),
    _bare(PRIVACY_ACCESS_COMPLETED): (AccessCompleted,),
    _bare(PRIVACY_REVEAL_REQUESTED): (RevealRequested,),
    _bare(PRIVACY_REVEAL_COMPLETED): (RevealCompleted,),
    _bare(OPERATOR_ACTIONS): (OperatorActed,),
    _bare(SECURITY_EVENTS): (
        SignatureRejected,
        FloodTripped,
        RestoreRefused,
        InjectionDetected,
    ),
}

# audit.events.v1 is the public contract for outside systems; its two messages are
# plain JSON Schemas in docs/schemas/ (paths relative to docs/asyncapi.json).
AUDIT_TOPIC = _bare(AUDIT_EVENTS)
AUDIT_MESSAGES: dict[str, dict[str, Any]] = {
    "AuditRecord": {
        "name": "audit.record",
        "title": "AuditRecord",
        "summary": "One entry of the append-only audit log: who, what, whose data, when.",
        "schema": "schemas/audit-record.v1.json",
        "key": "The record's subject pseudonym: one subject's records keep their order.",
    },
    "AuditTreeHead": {
        "name": "audit.tree_head",
        "title": "AuditTreeHead",
        "summary": "A signed RFC 9162 Merkle tree head over the first `tree_size` records.",
        "schema": "schemas/audit-tree-head.v1.json",
        "key": "Always `tree_head`.",
    },
}

_EVENT_HEADER_PROPERTIES = {
    "confia-event-type": {
        "type": "string",
        "description": "The payload's `type`, so a consumer can route before parsing.",
    },
    "traceparent": {
        "type": "string",
        "description": "W3C trace context of the publishing span (one trace per message).",
    },
}
_EVENT_HEADERS = {"type": "object", "properties": _EVENT_HEADER_PROPERTIES}

# Set by confia.runtime.dead_letters when a consumer gives up on a message.
_DEAD_LETTER_HEADERS = {
    "type": "object",
    "properties": {
        **_EVENT_HEADER_PROPERTIES,
        "dlq-original-topic": {"type": "string", "description": "Where the message came from."},
        "dlq-original-partition": {"type": "string", "description": "Its partition there."},
        "dlq-original-offset": {"type": "string", "description": "Its offset there."},
        "dlq-error-type": {"type": "string", "description": "The exception's class name."},
        "dlq-error": {
            "type": "string",
            "description": "A bounded, data-free summary of the error (field paths and "
            "error kinds, never the values).",
        },
        "dlq-attempts": {"type": "string", "description": "How many times it was tried."},
        "dlq-service": {"type": "string", "description": "The service that gave up."},
    },
    "required": ["dlq-original-topic", "dlq-error-type", "dlq-service"],
}


def document() -> dict[str, Any]:
    """The AsyncAPI 3.0 document of every Confia topic and the messages on it."""
    # A service's private log (INTERNAL_TOPICS) is no contract: nobody else may read it.
    main_topics = [
        topic
        for topic in TOPICS.values()
        if not topic.name.endswith(".dlq") and topic.name not in INTERNAL_TOPICS
    ]
    mapped = {*EVENTS_BY_TOPIC, AUDIT_TOPIC}
    unmapped = sorted(_bare(topic.name) for topic in main_topics if _bare(topic.name) not in mapped)
    if unmapped:
        raise ValueError(f"no events mapped to {unmapped}: add them to EVENTS_BY_TOPIC")

    channels: dict[str, Any] = {}
    for topic in main_topics:
        messages = _message_names(_bare(topic.name))
        channels[_bare(topic.name)] = _channel(topic, {name: _ref(name) for name in messages})
        dead_letters = TOPICS[dlq(topic.name)]
        channels[_bare(dead_letters.name)] = _channel(
            dead_letters, {name: _dead_letter_message(name) for name in messages}
        )

    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Confia events",
            "version": "1.0.0",
            "description": "Every Kafka topic of Confia and the messages on it. Event keys "
            "are subject pseudonyms, so one customer's events stay in order on one "
            "partition. Consumers ignore unknown fields; a breaking change is a new schema "
            "version and a new topic version. Topic names are shown without the "
            "environment's `CONFIA_TOPIC_NAMESPACE` prefix (e.g. `staging.`). "
            "`audit.events.v1` is the public audit contract for outside systems. "
            "Not listed: `ingress.webhooks.v1`, ingress's private write-ahead log of "
            "webhook bodies, which no other service may read.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "The development broker of `make up`.",
            }
        },
        "channels": channels,
        "components": {
            "schemas": {
                **_event_schemas(),
                "EventHeaders": _EVENT_HEADERS,
                "DeadLetterHeaders": _DEAD_LETTER_HEADERS,
            },
            "messages": {
                **{event.__name__: _event_message(event) for event in ALL_EVENTS},
                **{name: _audit_message(name) for name in AUDIT_MESSAGES},
            },
        },
    }


def render() -> str:
    """The document as committed in docs/asyncapi.json: stable bytes for a stable input."""
    return json.dumps(document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _message_names(bare_topic: str) -> list[str]:
    if bare_topic == AUDIT_TOPIC:
        return list(AUDIT_MESSAGES)
    return [event.__name__ for event in EVENTS_BY_TOPIC[bare_topic]]


def _ref(message_name: str) -> dict[str, str]:
    return {"$ref": f"#/components/messages/{message_name}"}


def _channel(topic: Topic, messages: dict[str, Any]) -> dict[str, Any]:
    bare = _bare(topic.name)
    # A dead-letter topic's description names its main topic, namespace included.
    main = bare.removesuffix(".dlq")
    description = topic.description.replace(NAMESPACE + main, main)
    days = topic.retention_ms / _DAY_MS
    partitions = f"{topic.partitions} partition" + ("s" if topic.partitions != 1 else "")
    return {
        "address": bare,
        "description": f"{description} Kept {days:g} days; {partitions}.",
        "messages": messages,
        "bindings": {
            "kafka": {
                "topic": bare,
                "partitions": topic.partitions,
                "topicConfiguration": {"retention.ms": topic.retention_ms},
                "bindingVersion": _KAFKA_BINDING_VERSION,
            }
        },
    }


def _event_schemas() -> dict[str, Any]:
    """JSON Schemas of every event and the models inside it, shared by name."""
    _, schemas = models_json_schema(
        [(event, "validation") for event in ALL_EVENTS],
        ref_template="#/components/schemas/{model}",
    )
    definitions: dict[str, Any] = schemas["$defs"]
    return definitions


def _event_message(event: type[Envelope]) -> dict[str, Any]:
    description = inspect.getdoc(event) or event.__name__
    return {
        "name": event.event_type,
        "title": event.__name__,
        "summary": " ".join(description.split("\n\n")[0].split()),
        "description": description,
        "contentType": "application/json",
        "headers": {"$ref": "#/components/schemas/EventHeaders"},
        "payload": {"$ref": f"#/components/schemas/{event.__name__}"},
        "bindings": {
            "kafka": {
                "key": {
                    "type": "string",
                    "description": "The subject pseudonym (`subject` in the payload).",
                },
                "bindingVersion": _KAFKA_BINDING_VERSION,
            }
        },
    }


def _audit_message(name: str) -> dict[str, Any]:
    audit = AUDIT_MESSAGES[name]
    return {
        "name": audit["name"],
        "title": audit["title"],
        "summary": audit["summary"],
        "contentType": "application/json",
        "headers": {"$ref": "#/components/schemas/EventHeaders"},
        # The files declare JSON Schema 2020-12 but use only keywords that mean the same
        # in AsyncAPI's default dialect (a superset of draft-07), so any AsyncAPI tool
        # reads them; services/audit/tests/test_contract.py keeps them to that subset.
        "payload": {"$ref": audit["schema"]},
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": audit["key"]},
                "bindingVersion": _KAFKA_BINDING_VERSION,
            }
        },
    }


def _dead_letter_message(name: str) -> dict[str, Any]:
    original = _audit_message(name) if name in AUDIT_MESSAGES else None
    payload = original["payload"] if original else {"$ref": f"#/components/schemas/{name}"}
    return {
        "name": f"{name}.dead_letter",
        "title": f"{name} (dead letter)",
        "summary": f"A {name} a consumer could not handle, with the reason in `dlq-*` headers.",
        "description": "The original message's bytes, key and headers, unchanged; it may not "
        "match the payload schema (that is often why it is here).",
        "contentType": "application/json",
        "headers": {"$ref": "#/components/schemas/DeadLetterHeaders"},
        "payload": payload,
    }


if __name__ == "__main__":
    print(render(), end="")
