"""What an audit record keeps of an event, and how it becomes a leaf of the Merkle tree.

Metadata and a whitelist of facts per event type — who, what, whose, when, the outcome —
never message text or personal data. A record's leaf is its canonical JSON (sorted keys,
no spaces, UTF-8): anyone holding the published record can recompute the leaf hash.
"""

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

RECORD_VERSION = 1
_MAX_FACT = 200


@dataclass(frozen=True)
class AuditRecord:
    event_id: str
    type: str
    schema_version: int
    producer: str
    actor: str
    subject: str
    conversation_id: str
    occurred_at: str
    topic: str
    trace_id: str | None
    causation_id: str | None
    outcome: str | None
    facts: dict[str, str] = field(default_factory=dict)
    record_version: int = RECORD_VERSION

    def leaf_data(self) -> bytes:
        return canonical_json(asdict(self))


def canonical_json(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def record_from_dict(document: Mapping[str, Any]) -> AuditRecord:
    fields = {name: document.get(name) for name in AuditRecord.__dataclass_fields__}
    fields["facts"] = dict(document.get("facts") or {})
    return AuditRecord(**fields)  # type: ignore[arg-type]


# --- facts per event type (a whitelist: anything else in a payload is left out) --------


def _operator(payload: Mapping[str, Any]) -> str | None:
    operator = payload.get("operator_id")
    return f"operator:{operator}" if operator else None


def _pick(payload: Mapping[str, Any], *names: str) -> dict[str, str]:
    picked = {}
    for name in names:
        value = payload.get(name)
        if value is None or value == []:
            continue
        if isinstance(value, list):
            value = ",".join(str(item) for item in value)
        elif isinstance(value, dict):
            value = ",".join(f"{k}={v}" for k, v in sorted(value.items()))
        picked[name] = str(value)[:_MAX_FACT]
    return picked


@dataclass(frozen=True)
class Facts:
    actor: str | None = None
    outcome: str | None = None
    facts: dict[str, str] = field(default_factory=dict)


def facts_of(event_type: str, payload: Mapping[str, Any]) -> Facts:
    """The outcome and safe facts of one event, by type; unknown types keep metadata only."""
    match event_type:
        case "console.operator.acted":
            facts = _pick(payload, "role", "ticket_id", "target_operator_id", "detail")
            actor = _operator(payload) or "operator:unknown"
            return Facts(actor, payload.get("action"), facts)
        case "privacy.reveal.requested":
            facts = _pick(payload, "request_id", "token", "operator_role", "reason")
            return Facts(_operator(payload), "reveal_requested", facts)
        case "privacy.reveal.completed":
            outcome = payload.get("refusal") or payload.get("outcome")
            facts = _pick(payload, "request_id", "token")
            return Facts(_operator(payload), f"reveal_{outcome}", facts)
        case "privacy.consent.changed":
            change = payload.get("change") or ("granted" if payload.get("granted") else "declined")
            facts = _pick(payload, "purpose", "notice_version", "channel", "message_id")
            return Facts(None, f"{payload.get('purpose')}:{change}", facts)
        case "privacy.erasure.requested" | "privacy.access.requested":
            return Facts(None, "requested", _pick(payload, "request_id", "requested_via"))
        case "privacy.erasure.completed":
            facts = _pick(payload, "request_id", "service", "deleted", "retained")
            return Facts(None, "completed", facts)
        case "privacy.access.completed":
            return Facts(None, "completed", _pick(payload, "request_id", "service"))
        case "security.signature.rejected":
            return Facts(None, "rejected", _pick(payload, "reason"))
        case "security.flood.tripped":
            return Facts(None, "flood_tripped", _pick(payload, "message_id"))
        case "security.restore.refused":
            return Facts(None, "restore_refused", _pick(payload, "reply_to", "tokens"))
        case "security.injection.detected":
            return Facts(None, "injection_refused", _pick(payload, "decision_id", "flags"))
        case "handoff.requested":
            return Facts(None, payload.get("reason"), _pick(payload, "message_id", "decision_id"))
        case "handoff.state.changed":
            facts = _pick(payload, "ticket_id", "operator_id")
            return Facts(None, payload.get("holder"), facts)
        case "conversation.reply.drafted":
            facts = _pick(payload, "reply_to", "decision_id", "knowledge_ids")
            return Facts(None, payload.get("source"), facts)
        case "whatsapp.message.status":
            facts = _pick(payload, "outbound_id", "error_code")
            return Facts(None, payload.get("status"), facts)
        case _:
            return Facts()


def dead_letter_facts(headers: Mapping[str, str]) -> Facts:
    """A dead letter's outcome: which service gave up on it and the kind of error."""
    facts = {
        name.removeprefix("dlq-"): value[:_MAX_FACT]
        for name, value in headers.items()
        if name in ("dlq-original-topic", "dlq-error-type", "dlq-service", "dlq-attempts")
    }
    return Facts(None, "dead_lettered", facts)
