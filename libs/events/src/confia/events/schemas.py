"""Versioned event schemas, one class per (type, version).

A breaking change is a new class and a new topic version; adding an optional
field is not (consumers ignore unknown fields).
"""

import base64
import binascii
from datetime import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
    media_id: str | None = Field(
        default=None, description="Media to fetch from the Graph API (not fetched yet)."
    )
    media_type: str | None = None
    content: Sealed | None = Field(
        default=None,
        description="Type-specific content as encrypted JSON (location, contacts, reaction).",
    )
    in_reply_to: str | None = Field(default=None, description="wamid the customer replied to.")
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
    decision_id: str | None = Field(
        default=None, description="The agent's decision record behind this reply (art. 20)."
    )


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


class Template(_Payload):
    """An approved WhatsApp message template (needed outside the 24-hour window)."""

    name: str
    language: str = "pt_BR"
    body_parameters: list[Sealed] = Field(
        default_factory=list, description="Body {{n}} values in order, each encrypted."
    )


class OutboundMessage(_Payload):
    outbound_id: str = Field(description="Idempotency key: one send per outbound_id.")
    reply_to: str | None = None
    text: Sealed | None = Field(default=None, description="Final text, encrypted.")
    buttons: list[ReplyButton] = Field(default_factory=list, max_length=3)
    template: Template | None = None
    forget_recipient: bool = Field(
        default=False,
        description="The last message to an erased customer: ingress forgets them after it.",
    )

    @model_validator(mode="after")
    def _text_or_template(self) -> "OutboundMessage":
        if (self.text is None) == (self.template is None):
            raise ValueError("an outbound message has either text or a template")
        return self


class OutboundRequested(Envelope):
    """Send this text to the customer on WhatsApp."""

    event_type: ClassVar[str] = "whatsapp.outbound.requested"
    type: Literal["whatsapp.outbound.requested"] = "whatsapp.outbound.requested"
    schema_version: Literal[1] = 1
    payload: OutboundMessage


# --- whatsapp.status.v1 --------------------------------------------------------


class MessageStatus(_Payload):
    outbound_id: str | None = Field(
        default=None, description="Our outbound id, when the message was sent by Confia."
    )
    message_id: str | None = Field(default=None, description="wamid of the sent message.")
    status: Literal["accepted", "sent", "delivered", "read", "failed"] = Field(
        description="accepted: the Graph API took it; the rest come from Meta's webhook."
    )
    error_code: int | None = None
    error_title: str | None = None
    retryable: bool | None = None


class MessageStatusChanged(Envelope):
    """An outbound message reached a further state (states only move forward)."""

    event_type: ClassVar[str] = "whatsapp.message.status"
    type: Literal["whatsapp.message.status"] = "whatsapp.message.status"
    schema_version: Literal[1] = 1
    payload: MessageStatus


# --- security.events.v1 ----------------------------------------------------------


class SignatureFailure(_Payload):
    reason: Literal["missing", "invalid"]
    source_address: str | None = Field(default=None, description="Peer address of the request.")


class SignatureRejected(Envelope):
    """A webhook request was refused for its signature (subject unknown: `system`)."""

    event_type: ClassVar[str] = "security.signature.rejected"
    type: Literal["security.signature.rejected"] = "security.signature.rejected"
    schema_version: Literal[1] = 1
    payload: SignatureFailure


class FloodTrip(_Payload):
    message_id: str = Field(description="The customer message that was not processed.")
    limit_per_minute: float
    burst: int


class FloodTripped(Envelope):
    """A sender exceeded the flood limit; the message was recorded here, not processed."""

    event_type: ClassVar[str] = "security.flood.tripped"
    type: Literal["security.flood.tripped"] = "security.flood.tripped"
    schema_version: Literal[1] = 1
    payload: FloodTrip


class RefusedRestore(_Payload):
    reply_to: str
    tokens: list[str] = Field(description="Tokens not restored: not this subject's, or unknown.")


class RestoreRefused(Envelope):
    """A reply asked for values that are not this customer's; they stayed tokens."""

    event_type: ClassVar[str] = "security.restore.refused"
    type: Literal["security.restore.refused"] = "security.restore.refused"
    schema_version: Literal[1] = 1
    payload: RefusedRestore


class InjectionAttempt(_Payload):
    message_id: str
    decision_id: str
    flags: list[str] = Field(description="What the guardrails recognised, never the text.")


class InjectionDetected(Envelope):
    """A customer message tried to steer the agent (prompt injection, jailbreak, other
    customers' data); it was refused, not obeyed."""

    event_type: ClassVar[str] = "security.injection.detected"
    type: Literal["security.injection.detected"] = "security.injection.detected"
    schema_version: Literal[1] = 1
    payload: InjectionAttempt


# --- handoff.requested.v1 ------------------------------------------------------


class HandoffRequest(_Payload):
    reason: str = Field(description="Machine-readable reason, e.g. low_confidence, no_consent.")
    message_id: str | None = None
    decision_id: str | None = Field(
        default=None, description="The agent's decision record, when the agent asked."
    )
    text: Sealed | None = Field(
        default=None,
        description="The customer's message for the human, encrypted, when it must not go "
        "through redaction and the AI (no consent, sensitive data).",
    )


class HandoffRequested(Envelope):
    """A conversation must be passed to a human."""

    event_type: ClassVar[str] = "handoff.requested"
    type: Literal["handoff.requested"] = "handoff.requested"
    schema_version: Literal[1] = 1
    payload: HandoffRequest


# --- handoff.state.v1 ----------------------------------------------------------


class ConversationHolder(_Payload):
    holder: Literal["human", "bot"]
    ticket_id: str | None = None
    operator_id: str | None = None


class HandoffStateChanged(Envelope):
    """Who answers the customer now: a person (the agent stays silent) or the bot again."""

    event_type: ClassVar[str] = "handoff.state.changed"
    type: Literal["handoff.state.changed"] = "handoff.state.changed"
    schema_version: Literal[1] = 1
    payload: ConversationHolder


# --- console.actions.v1 --------------------------------------------------------

OperatorActionName = Literal[
    "login",
    "login_failed",
    "login_locked",
    "logout",
    "mfa_enrolled",
    "mfa_failed",
    "mfa_reset",
    "account_created",
    "account_removed",
    "role_changed",
    "ticket_viewed",
    "ticket_taken",
    "ticket_assigned",
    "reply_sent",
    "ticket_resolved",
    "reveal_requested",
    "reveal_shown",
    "reveal_refused",
    "permission_denied",
]


class OperatorAction(_Payload):
    action: OperatorActionName
    operator_id: str | None = Field(
        default=None, description="Who acted (unknown for a failed login of no account)."
    )
    role: str | None = None
    ticket_id: str | None = None
    target_operator_id: str | None = Field(
        default=None, description="The account acted upon (assignment, creation, MFA reset)."
    )
    detail: str | None = Field(
        default=None, description="A code, never free text: a reveal's token, a denied path."
    )


class OperatorActed(Envelope):
    """A person did something in the console. `subject` is the customer's pseudonym when
    the action concerns a customer, else the operator's id (logins, account changes)."""

    event_type: ClassVar[str] = "console.operator.acted"
    type: Literal["console.operator.acted"] = "console.operator.acted"
    schema_version: Literal[1] = 1
    payload: OperatorAction


# --- privacy.consent.v1 --------------------------------------------------------


class ConsentDecision(_Payload):
    purpose: str = Field(description="ai_assistance, analytics or sensitive_data")
    granted: bool
    change: Literal["granted", "declined", "revoked", "erased"] | None = None
    notice_version: str
    channel: Literal["whatsapp"] = "whatsapp"
    message_id: str | None = Field(default=None, description="The message that carried it.")


class ConsentChanged(Envelope):
    """The customer granted or revoked consent for one purpose (LGPD art. 8)."""

    event_type: ClassVar[str] = "privacy.consent.changed"
    type: Literal["privacy.consent.changed"] = "privacy.consent.changed"
    schema_version: Literal[1] = 1
    payload: ConsentDecision


# --- privacy.erasure.requested.v1 / privacy.erasure.completed.v1 ------------------------


class ErasureRequest(_Payload):
    request_id: str
    requested_via: Literal["whatsapp", "dpo"] = "whatsapp"


class ErasureRequested(Envelope):
    """Every service must delete this subject's data and keys (LGPD art. 18 VI)."""

    event_type: ClassVar[str] = "privacy.erasure.requested"
    type: Literal["privacy.erasure.requested"] = "privacy.erasure.requested"
    schema_version: Literal[1] = 1
    payload: ErasureRequest


class ErasureReport(_Payload):
    request_id: str
    service: str
    deleted: dict[str, int] = Field(description="Documents deleted, per collection.")
    retained: dict[str, str] = Field(
        default_factory=dict, description="What was kept, and the legal reason (no content)."
    )


class ErasureCompleted(Envelope):
    """One service's proof that it deleted the subject's data."""

    event_type: ClassVar[str] = "privacy.erasure.completed"
    type: Literal["privacy.erasure.completed"] = "privacy.erasure.completed"
    schema_version: Literal[1] = 1
    payload: ErasureReport


# --- privacy.access.requested.v1 / privacy.access.completed.v1 --------------------------


class AccessRequest(_Payload):
    request_id: str


class AccessRequested(Envelope):
    """Every service must report what it holds about this subject (LGPD art. 18 II, V)."""

    event_type: ClassVar[str] = "privacy.access.requested"
    type: Literal["privacy.access.requested"] = "privacy.access.requested"
    schema_version: Literal[1] = 1
    payload: AccessRequest


class AccessReport(_Payload):
    request_id: str
    service: str
    data: Sealed = Field(
        description="JSON of what the service holds about the subject, encrypted: "
        "it is the customer's personal data."
    )


class AccessCompleted(Envelope):
    """One service's part of a data access report."""

    event_type: ClassVar[str] = "privacy.access.completed"
    type: Literal["privacy.access.completed"] = "privacy.access.completed"
    schema_version: Literal[1] = 1
    payload: AccessReport


# --- privacy.reveal.requested.v1 / privacy.reveal.completed.v1 ---------------------------

RevealReason = Literal[
    "customer_request",
    "delivery_problem",
    "payment_problem",
    "fraud_investigation",
    "legal_obligation",
    "other",
]


class RevealRequest(_Payload):
    request_id: str
    token: str = Field(pattern=r"^\[[A-Z_]+_\d+\]$", description="e.g. [CPF_1]")
    operator_id: str = Field(min_length=1, description="Account id of the person asking.")
    operator_role: str = Field(min_length=1, description="Their role when they asked.")
    reason: RevealReason
    justification: str | None = Field(
        default=None,
        max_length=500,
        description="Left empty by Confia's console, which keeps the operator's words in its "
        "own erasable store under request_id: free text may hold personal data, and this "
        "topic is kept a year. Kept for compatibility.",
    )
    reply_key: str = Field(
        description="X25519 public key (base64) the value is sealed to: a key pair made for "
        "this one reveal, so only the console that asked can read the answer."
    )

    @field_validator("reply_key")
    @classmethod
    def _is_a_public_key(cls, value: str) -> str:
        try:
            raw = base64.b64decode(value, validate=True)
        except binascii.Error as error:
            raise ValueError("reply_key must be base64") from error
        if len(raw) != 32:
            raise ValueError("reply_key must be a 32-byte X25519 public key")
        return value


class RevealRequested(Envelope):
    """An authenticated operator asks to see the value behind one of a customer's tokens."""

    event_type: ClassVar[str] = "privacy.reveal.requested"
    type: Literal["privacy.reveal.requested"] = "privacy.reveal.requested"
    schema_version: Literal[1] = 1
    payload: RevealRequest


class RevealOutcome(_Payload):
    request_id: str
    token: str
    operator_id: str
    outcome: Literal["revealed", "refused"]
    refusal: Literal["role_not_allowed", "unknown_token"] | None = None
    value: Sealed | None = Field(
        default=None, description="The original value, sealed to the request's reply_key."
    )


class RevealCompleted(Envelope):
    """The vault's answer to a reveal request: every reveal and refusal is on record."""

    event_type: ClassVar[str] = "privacy.reveal.completed"
    type: Literal["privacy.reveal.completed"] = "privacy.reveal.completed"
    schema_version: Literal[1] = 1
    payload: RevealOutcome


ALL_EVENTS: tuple[type[Envelope], ...] = (
    MessageReceived,
    MessageConsented,
    MessageRedacted,
    ReplyDrafted,
    OutboundRequested,
    HandoffRequested,
    ConsentChanged,
    MessageStatusChanged,
    SignatureRejected,
    FloodTripped,
    ErasureRequested,
    ErasureCompleted,
    AccessRequested,
    AccessCompleted,
    RestoreRefused,
    RevealRequested,
    RevealCompleted,
    HandoffStateChanged,
    InjectionDetected,
    OperatorActed,
)
