"""The event envelope, every event schema and the topics they travel on."""

from confia.events.envelope import Envelope, new_event_id
from confia.events.schemas import (
    AccessCompleted,
    AccessRequested,
    ConsentChanged,
    ErasureCompleted,
    ErasureRequested,
    FloodTripped,
    HandoffRequested,
    MessageConsented,
    MessageReceived,
    MessageRedacted,
    MessageStatusChanged,
    OutboundRequested,
    ReplyButton,
    ReplyDrafted,
    SignatureRejected,
)
from confia.events.topics import TOPICS, Topic, dlq

__all__ = [
    "TOPICS",
    "AccessCompleted",
    "AccessRequested",
    "ConsentChanged",
    "Envelope",
    "ErasureCompleted",
    "ErasureRequested",
    "FloodTripped",
    "HandoffRequested",
    "MessageConsented",
    "MessageReceived",
    "MessageRedacted",
    "MessageStatusChanged",
    "OutboundRequested",
    "ReplyButton",
    "ReplyDrafted",
    "SignatureRejected",
    "Topic",
    "dlq",
    "new_event_id",
]
