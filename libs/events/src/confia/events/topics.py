"""Topic names and their settings: one table, used by services, tests and docs.

Keys are subject pseudonyms, so one customer's events stay in order on one partition.
"""

from dataclasses import dataclass

_HOUR_MS = 3_600_000
_DAY_MS = 24 * _HOUR_MS


@dataclass(frozen=True)
class Topic:
    name: str
    partitions: int
    retention_ms: int
    description: str


def dlq(topic: str) -> str:
    """The dead-letter topic of `topic`."""
    return f"{topic}.dlq"


WHATSAPP_INBOUND = "whatsapp.inbound.v1"
WHATSAPP_STATUS = "whatsapp.status.v1"
WHATSAPP_OUTBOUND = "whatsapp.outbound.v1"
CONVERSATION_CONSENTED = "conversation.consented.v1"
CONVERSATION_REDACTED = "conversation.redacted.v1"
CONVERSATION_REPLY = "conversation.reply.v1"
HANDOFF_REQUESTED = "handoff.requested.v1"
HANDOFF_STATE = "handoff.state.v1"
PRIVACY_CONSENT = "privacy.consent.v1"
PRIVACY_ERASURE_REQUESTED = "privacy.erasure.requested.v1"
PRIVACY_ERASURE_COMPLETED = "privacy.erasure.completed.v1"
AUDIT_EVENTS = "audit.events.v1"
SECURITY_EVENTS = "security.events.v1"

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
    Topic(AUDIT_EVENTS, 3, _YEAR, "The public audit contract."),
    Topic(SECURITY_EVENTS, 3, _YEAR, "Security facts for audit: signature failures, floods."),
)

TOPICS: dict[str, Topic] = {
    **{topic.name: topic for topic in _MAIN_TOPICS},
    **{
        dlq(topic.name): Topic(dlq(topic.name), 1, _WEEK, f"Dead letters of {topic.name}.")
        for topic in _MAIN_TOPICS
    },
}
