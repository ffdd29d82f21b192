"""Topic names and their settings: one table, used by services, tests and docs.

Keys are subject pseudonyms, so one customer's events stay in order on one partition.

CONFIA_TOPIC_NAMESPACE (e.g. `staging.`) prefixes every topic name, read once at
import: environments sharing one Kafka cluster, and test runs sharing one broker,
then never see each other's events or backlogs.
"""

import os
import re
from dataclasses import dataclass

_HOUR_MS = 3_600_000
_DAY_MS = 24 * _HOUR_MS


@dataclass(frozen=True)
class Topic:
    name: str
    partitions: int
    retention_ms: int
    description: str
    # Larger than the broker's default (1 MB) where a record may be: a whole webhook body.
    max_message_bytes: int | None = None

    def configs(self) -> dict[str, str]:
        """The topic-level Kafka configuration, as created by the services and by Strimzi."""
        configs = {"retention.ms": str(self.retention_ms), "cleanup.policy": "delete"}
        if self.max_message_bytes is not None:
            configs["max.message.bytes"] = str(self.max_message_bytes)
        return configs


def dlq(topic: str) -> str:
    """The dead-letter topic of `topic`."""
    return f"{topic}.dlq"


def _namespace() -> str:
    namespace = os.environ.get("CONFIA_TOPIC_NAMESPACE", "")
    if namespace and not re.fullmatch(r"[a-z0-9][a-z0-9_-]*\.", namespace):
        raise ValueError("CONFIA_TOPIC_NAMESPACE must look like 'staging.' (lowercase, dot last)")
    return namespace


NAMESPACE = _namespace()

WHATSAPP_INBOUND = f"{NAMESPACE}whatsapp.inbound.v1"
WHATSAPP_STATUS = f"{NAMESPACE}whatsapp.status.v1"
WHATSAPP_OUTBOUND = f"{NAMESPACE}whatsapp.outbound.v1"
CONVERSATION_CONSENTED = f"{NAMESPACE}conversation.consented.v1"
CONVERSATION_REDACTED = f"{NAMESPACE}conversation.redacted.v1"
CONVERSATION_REPLY = f"{NAMESPACE}conversation.reply.v1"
HANDOFF_REQUESTED = f"{NAMESPACE}handoff.requested.v1"
HANDOFF_STATE = f"{NAMESPACE}handoff.state.v1"
PRIVACY_CONSENT = f"{NAMESPACE}privacy.consent.v1"
PRIVACY_ERASURE_REQUESTED = f"{NAMESPACE}privacy.erasure.requested.v1"
PRIVACY_ERASURE_COMPLETED = f"{NAMESPACE}privacy.erasure.completed.v1"
PRIVACY_ACCESS_REQUESTED = f"{NAMESPACE}privacy.access.requested.v1"
PRIVACY_ACCESS_COMPLETED = f"{NAMESPACE}privacy.access.completed.v1"
PRIVACY_REVEAL_REQUESTED = f"{NAMESPACE}privacy.reveal.requested.v1"
PRIVACY_REVEAL_COMPLETED = f"{NAMESPACE}privacy.reveal.completed.v1"
OPERATOR_ACTIONS = f"{NAMESPACE}console.actions.v1"
AUDIT_EVENTS = f"{NAMESPACE}audit.events.v1"
SECURITY_EVENTS = f"{NAMESPACE}security.events.v1"
# Ingress's own write-ahead log of verified webhook bodies (ADR 11): no other reader.
INGRESS_WEBHOOKS = f"{NAMESPACE}ingress.webhooks.v1"

# A webhook body may reach 4 MiB (ingress's limit; Meta's payloads reach 3 MB); sealed and
# base64-encoded in JSON it grows by a third.
WEBHOOK_RECORD_MAX_BYTES = 6 * 1024 * 1024

# Raw-text topics (encrypted, but still the customer's words) are kept briefly;
# token-only topics a week; the audit contract for a year.
_BRIEF = 2 * _DAY_MS
_WEEK = 7 * _DAY_MS
_YEAR = 365 * _DAY_MS

_MAIN_TOPICS = (
    Topic(WHATSAPP_INBOUND, 3, _BRIEF, "Customer messages from the webhook; text encrypted."),
    Topic(WHATSAPP_STATUS, 3, _WEEK, "Delivery statuses of messages the business sent."),
    Topic(WHATSAPP_OUTBOUND, 3, _BRIEF, "Final text for the customer; encrypted."),
    Topic(CONVERSATION_CONSENTED, 3, _BRIEF, "Messages the customer consented to process."),
    Topic(CONVERSATION_REDACTED, 3, _WEEK, "Message text with personal data as tokens."),
    Topic(CONVERSATION_REPLY, 3, _WEEK, "Replies with tokens, from the agent or a human."),
    Topic(HANDOFF_REQUESTED, 3, _WEEK, "Requests to pass a conversation to a human."),
    Topic(HANDOFF_STATE, 3, _WEEK, "Who holds a conversation: bot or human."),
    Topic(PRIVACY_CONSENT, 3, _YEAR, "Consent granted or revoked, per purpose."),
    Topic(PRIVACY_ERASURE_REQUESTED, 3, _WEEK, "Erasure fan-out to every service."),
    Topic(PRIVACY_ERASURE_COMPLETED, 3, _WEEK, "Each service's proof of deletion."),
    Topic(PRIVACY_ACCESS_REQUESTED, 3, _WEEK, "Access report fan-out to every service."),
    Topic(PRIVACY_ACCESS_COMPLETED, 3, _BRIEF, "Each service's part of a report; encrypted."),
    Topic(PRIVACY_REVEAL_REQUESTED, 3, _YEAR, "An operator asks to see a token's value."),
    Topic(PRIVACY_REVEAL_COMPLETED, 3, _YEAR, "Reveal outcome; the value sealed to the asker."),
    Topic(OPERATOR_ACTIONS, 3, _YEAR, "What people did in the console: logins, views, replies."),
    Topic(AUDIT_EVENTS, 3, _YEAR, "The public audit contract."),
    Topic(SECURITY_EVENTS, 3, _YEAR, "Security facts for audit: signature failures, floods."),
    Topic(
        INGRESS_WEBHOOKS,
        3,
        _BRIEF,
        "Ingress-internal: each verified webhook body, encrypted, until ingress processed it.",
        max_message_bytes=WEBHOOK_RECORD_MAX_BYTES,
    ),
)
# Topics that are one service's private log rather than events for others (audit skips them;
# their dead letters are still audited: audit records the failure from the headers, the
# sealed body stays closed to it).
INTERNAL_TOPICS = frozenset({INGRESS_WEBHOOKS})

TOPICS: dict[str, Topic] = {
    **{topic.name: topic for topic in _MAIN_TOPICS},
    **{
        # Dead letters of raw-text topics carry encrypted text: kept as briefly as the topic.
        dlq(topic.name): Topic(
            dlq(topic.name),
            1,
            min(topic.retention_ms, _WEEK),
            f"Dead letters of {topic.name}.",
            topic.max_message_bytes,
        )
        for topic in _MAIN_TOPICS
    },
}
