"""The event envelope, every event schema and the topics they travel on."""

from confia.events.envelope import Envelope, new_event_id
from confia.events.schemas import (
    ConsentChanged,
    HandoffRequested,
    MessageConsented,
    MessageReceived,
    MessageRedacted,
    OutboundRequested,
    ReplyButton,
    ReplyDrafted,
)
from confia.events.topics import TOPICS, Topic, dlq

__all__ = [
    "TOPICS",
    "ConsentChanged",
    "Envelope",
    "HandoffRequested",
    "MessageConsented",
    "MessageReceived",
    "MessageRedacted",
    "OutboundRequested",
    "ReplyButton",
    "ReplyDrafted",
    "Topic",
    "dlq",
    "new_event_id",
]
