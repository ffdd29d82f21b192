"""Webhook rules: signatures, the payload's shape, and what a customer message is."""

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

_SIGNATURE_PREFIX = "sha256="
_EVENT_NAMESPACE = uuid.UUID("6f1c2a4e-6a53-4d8e-9d6e-3c0a2b7f5e11")


def signature_is_valid(raw_body: bytes, header: str, app_secrets: list[bytes]) -> bool:
    """True if `header` is `sha256=<hex HMAC>` of the raw body under any app secret.

    Compared in constant time; several secrets are accepted during rotation.
    """
    if not header.startswith(_SIGNATURE_PREFIX):
        return False
    received = header.removeprefix(_SIGNATURE_PREFIX).strip().lower()
    matches = [
        hmac.compare_digest(hmac.new(secret, raw_body, hashlib.sha256).hexdigest(), received)
        for secret in app_secrets
    ]
    return any(matches)


# --- The payload, as far as we read it; unknown fields are ignored. --------------


class _Meta(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class Profile(_Meta):
    name: str | None = None
    username: str | None = None


class Contact(_Meta):
    wa_id: str | None = None
    user_id: str | None = None
    profile: Profile | None = None


class Text(_Meta):
    body: str


class Reply(_Meta):
    id: str
    title: str | None = None


class Interactive(_Meta):
    type: str
    button_reply: Reply | None = None
    list_reply: Reply | None = None


class Button(_Meta):
    payload: str | None = None
    text: str | None = None


class Media(_Meta):
    id: str


class Message(_Meta):
    id: str
    sender_phone: str | None = Field(default=None, alias="from")
    from_user_id: str | None = None
    timestamp: str
    type: str
    text: Text | None = None
    interactive: Interactive | None = None
    button: Button | None = None
    image: Media | None = None
    audio: Media | None = None
    video: Media | None = None
    document: Media | None = None
    sticker: Media | None = None


class Metadata(_Meta):
    phone_number_id: str
    display_phone_number: str | None = None


class Value(_Meta):
    messaging_product: str | None = None
    metadata: Metadata
    contacts: list[Contact] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)


class Change(_Meta):
    field: str
    value: Value


class Entry(_Meta):
    id: str
    changes: list[Change] = Field(default_factory=list)


class WebhookPayload(_Meta):
    object: Literal["whatsapp_business_account"]
    entry: list[Entry]


# --- Normalised customer messages ------------------------------------------------


@dataclass(frozen=True)
class CustomerMessage:
    message_id: str
    kind: str
    text: str | None
    button_id: str | None
    media_id: str | None
    sent_at: datetime
    business_number_id: str
    bsuid: str | None
    phone: str | None

    @property
    def identity(self) -> str:
        """The customer's identity: the business-scoped user id, else the phone number."""
        identity = self.bsuid or self.phone
        assert identity is not None  # customer_messages() keeps only identified senders
        return identity


def customer_messages(payload: WebhookPayload) -> list[CustomerMessage]:
    """Every customer message of a webhook POST, across entries and changes."""
    found: list[CustomerMessage] = []
    for entry in payload.entry:
        for change in entry.changes:
            if change.field != "messages":
                continue
            for message in change.value.messages:
                contact = _contact_of(message, change.value.contacts)
                bsuid = message.from_user_id or (contact.user_id if contact else None)
                phone = message.sender_phone or (contact.wa_id if contact else None)
                if not (bsuid or phone):
                    continue
                found.append(_normalise(message, change.value.metadata, bsuid, phone))
    return found


def _contact_of(message: Message, contacts: list[Contact]) -> Contact | None:
    for contact in contacts:
        if (message.from_user_id and contact.user_id == message.from_user_id) or (
            message.sender_phone and contact.wa_id == message.sender_phone
        ):
            return contact
    return contacts[0] if len(contacts) == 1 else None


def _normalise(
    message: Message, metadata: Metadata, bsuid: str | None, phone: str | None
) -> CustomerMessage:
    media = message.image or message.audio or message.video or message.document or message.sticker
    return CustomerMessage(
        message_id=message.id,
        kind=message.type,
        text=_text_of(message),
        button_id=_button_of(message),
        media_id=media.id if media else None,
        sent_at=datetime.fromtimestamp(int(message.timestamp), UTC),
        business_number_id=metadata.phone_number_id,
        bsuid=bsuid,
        phone=phone,
    )


def _text_of(message: Message) -> str | None:
    if message.text:
        return message.text.body
    if message.interactive:
        reply = message.interactive.button_reply or message.interactive.list_reply
        return reply.title if reply else None
    if message.button:
        return message.button.text
    return None


def _button_of(message: Message) -> str | None:
    if message.interactive:
        reply = message.interactive.button_reply or message.interactive.list_reply
        return reply.id if reply else None
    if message.button:
        return message.button.payload
    return None


def inbound_event_id(message_id: str) -> str:
    """The same WhatsApp message always becomes the same event id.

    Meta redelivers webhooks; a deterministic id lets every consumer drop a
    repeat even if ingress's own dedupe did not see it.
    """
    return uuid.uuid5(_EVENT_NAMESPACE, f"whatsapp.inbound:{message_id}").hex


def conversation_id(business_number_id: str, subject: str) -> str:
    """One conversation per customer and business number; derived, so no lookup needed."""
    digest = hashlib.sha256(f"{business_number_id}:{subject}".encode()).hexdigest()
    return f"cnv_{digest[:32]}"
