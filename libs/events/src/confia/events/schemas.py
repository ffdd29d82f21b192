"""Versioned event schemas, one class per (type, version).

A breaking change is a new class and a new topic version; adding an optional
field is not (consumers ignore unknown fields).
"""

from datetime import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from confia.crypto import Sealed
from confia.events.envelope import Envelope


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


# --- whatsapp.inbound.v1 -------------------------------------------------------


class ReceivedMessage(_Payload):
    message_id: str = Field(description="WhatsApp message id (wamid).")
    kind: str = Field(description="WhatsApp message type: text, interactive, image, ...")
    text: Sealed | None = Field(
        default=None, description="Message text, encrypted with the subject as context."
    )
    button_id: str | None = Field(default=None, description="Id of a pressed reply button.")
    media_id: str | None = None
    sent_at: datetime
    business_number_id: str


class MessageReceived(Envelope):
    """A customer's message arrived at the webhook."""

    event_type: ClassVar[str] = "whatsapp.message.received"
    type: Literal["whatsapp.message.received"] = "whatsapp.message.received"
    schema_version: Literal[1] = 1
    payload: ReceivedMessage


# --- conversation.consented.v1 -------------------------------------------------


class ConsentedMessage(_Payload):
    message_id: str
    text: Sealed = Field(description="Raw text, still encrypted with the subject as context.")


class MessageConsented(Envelope):
    """The customer consented: this message may be processed by the AI."""

    event_type: ClassVar[str] = "conversation.message.consented"
    type: Literal["conversation.message.consented"] = "conversation.message.consented"
    schema_version: Literal[1] = 1
    payload: ConsentedMessage


# --- conversation.redacted.v1 --------------------------------------------------


class RedactedMessage(_Payload):
    message_id: str
    text: str = Field(description="Text with personal data replaced by tokens like [CPF_1].")
    tokens: list[str] = Field(default_factory=list, description="Tokens used in `text`.")


class MessageRedacted(Envelope):
    """A message with every personal data item replaced by a token."""

    event_type: ClassVar[str] = "conversation.message.redacted"
    type: Literal["conversation.message.redacted"] = "conversation.message.redacted"
    schema_version: Literal[1] = 1
    payload: RedactedMessage


# --- conversation.reply.v1 -----------------------------------------------------


class DraftReply(_Payload):
    reply_to: str = Field(description="message_id of the customer message answered.")
    text: str = Field(description="Reply text; may hold tokens that redaction restores.")
    source: Literal["agent", "human"]
    knowledge_ids: list[str] = Field(default_factory=list)


class ReplyDrafted(Envelope):
    """A reply (with tokens) is ready to be restored and sent."""

    event_type: ClassVar[str] = "conversation.reply.drafted"
    type: Literal["conversation.reply.drafted"] = "conversation.reply.drafted"
    schema_version: Literal[1] = 1
    payload: DraftReply


# --- whatsapp.outbound.v1 ------------------------------------------------------


class ReplyButton(_Payload):
    id: str = Field(max_length=256)
    title: str = Field(max_length=20, description="WhatsApp limits button titles to 20.")


class OutboundMessage(_Payload):
    outbound_id: str = Field(description="Idempotency key: one send per outbound_id.")
    reply_to: str | None = None
    text: Sealed = Field(description="Final text for the customer, encrypted.")
    buttons: list[ReplyButton] = Field(default_factory=list, max_length=3)


class OutboundRequested(Envelope):
    """Send this text to the customer on WhatsApp."""

    event_type: ClassVar[str] = "whatsapp.outbound.requested"
    type: Literal["whatsapp.outbound.requested"] = "whatsapp.outbound.requested"
    schema_version: Literal[1] = 1
    payload: OutboundMessage


# --- handoff.requested.v1 ------------------------------------------------------


class HandoffRequest(_Payload):
    reason: str = Field(description="Machine-readable reason, e.g. low_confidence, no_consent.")
    message_id: str | None = None


class HandoffRequested(Envelope):
    """A conversation must be passed to a human."""

    event_type: ClassVar[str] = "handoff.requested"
    type: Literal["handoff.requested"] = "handoff.requested"
    schema_version: Literal[1] = 1
    payload: HandoffRequest


# --- privacy.consent.v1 --------------------------------------------------------


class ConsentDecision(_Payload):
    purpose: str = Field(description="e.g. ai_assistance")
    granted: bool
    notice_version: str
    channel: Literal["whatsapp"] = "whatsapp"
    message_id: str | None = Field(default=None, description="The message that carried it.")


class ConsentChanged(Envelope):
    """The customer granted or revoked consent for one purpose (LGPD art. 8)."""

    event_type: ClassVar[str] = "privacy.consent.changed"
    type: Literal["privacy.consent.changed"] = "privacy.consent.changed"
    schema_version: Literal[1] = 1
    payload: ConsentDecision


ALL_EVENTS: tuple[type[Envelope], ...] = (
    MessageReceived,
    MessageConsented,
    MessageRedacted,
    ReplyDrafted,
    OutboundRequested,
    HandoffRequested,
    ConsentChanged,
)
