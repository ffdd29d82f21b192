"""The WhatsApp webhook payload, as far as we read it, and what it means.

The envelope (object, entries, changes, metadata) is validated strictly: anything else
is not a WhatsApp webhook. Each message, status and contact inside is read on its own
and leniently, so one odd item never makes Meta retry (and so hold back) the others:
unknown fields are ignored, unknown types kept with their type, and a message whose
content we cannot read is still passed on, as kind "malformed".
"""

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

logger = logging.getLogger("confia.ingress.payload")

_EVENT_NAMESPACE = uuid.UUID("6f1c2a4e-6a53-4d8e-9d6e-3c0a2b7f5e11")


class _Meta(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


_M = TypeVar("_M", bound=_Meta)


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
    mime_type: str | None = None
    caption: str | None = None


class Context(_Meta):
    id: str | None = None


class Message(_Meta):
    id: str
    sender_phone: str | None = Field(default=None, alias="from")
    from_user_id: str | None = None
    timestamp: str
    type: str
    context: Context | None = None
    text: Text | None = None
    interactive: Interactive | None = None
    button: Button | None = None
    image: Media | None = None
    audio: Media | None = None
    video: Media | None = None
    document: Media | None = None
    sticker: Media | None = None
    # Structured content we pass on encrypted, without interpreting it here.
    location: Any = None
    contacts: Any = None
    reaction: Any = None


class Sender(_Meta):
    """The least we need of a message to pass it on: who sent which message."""

    id: str
    sender_phone: str | None = Field(default=None, alias="from")
    from_user_id: str | None = None
    timestamp: str = ""


class StatusError(_Meta):
    code: int | None = None
    title: str | None = None


class Status(_Meta):
    id: str
    status: str
    timestamp: str
    recipient_id: str | None = None
    recipient_user_id: str | None = None
    biz_opaque_callback_data: str | None = None
    errors: list[StatusError] = Field(default_factory=list)


class Metadata(_Meta):
    phone_number_id: str
    display_phone_number: str | None = None


class Value(_Meta):
    messaging_product: str | None = None
    metadata: Metadata
    # Read one by one in customer_messages / delivery_statuses (see the module doc).
    contacts: list[Any] = Field(default_factory=list)
    messages: list[Any] = Field(default_factory=list)
    statuses: list[Any] = Field(default_factory=list)


class Change(_Meta):
    field: str
    value: Value


class Entry(_Meta):
    id: str
    changes: list[Change] = Field(default_factory=list)


class WebhookPayload(_Meta):
    object: Literal["whatsapp_business_account"]
    entry: list[Entry]


# --- What a payload means --------------------------------------------------------


@dataclass(frozen=True)
class CustomerMessage:
    message_id: str
    kind: str
    text: str | None
    button_id: str | None
    media_id: str | None
    media_type: str | None
    content: str | None  # JSON of location / contacts / reaction: personal data, sealed later
    in_reply_to: str | None
    sent_at: datetime
    business_number_id: str
    bsuid: str | None
    phone: str | None
    profile_name: str | None
    username: str | None


@dataclass(frozen=True)
class DeliveryStatus:
    message_id: str
    status: str
    at: datetime
    business_number_id: str
    recipient_phone: str | None
    recipient_bsuid: str | None
    outbound_id: str | None
    error_code: int | None
    error_title: str | None


def customer_messages(payload: WebhookPayload) -> list[CustomerMessage]:
    """Every customer message of a webhook POST, across entries and changes."""
    found: list[CustomerMessage] = []
    for value in _message_values(payload):
        contacts = [c for c in (_read(Contact, raw) for raw in value.contacts) if c]
        for raw in value.messages:
            message = _read(Message, raw) or _malformed(raw)
            if message is None:
                logger.warning("webhook message without a readable id or sender skipped")
                continue
            contact = _contact_of(message, contacts)
            bsuid = message.from_user_id or (contact.user_id if contact else None)
            phone = message.sender_phone or (contact.wa_id if contact else None)
            if bsuid or phone:
                found.append(_normalise(message, value.metadata, bsuid, phone, contact))
    return found


def delivery_statuses(payload: WebhookPayload) -> list[DeliveryStatus]:
    """Every status of a message the business sent (sent, delivered, read, failed)."""
    return [
        DeliveryStatus(
            message_id=status.id,
            status=status.status,
            at=_timestamp(status.timestamp),
            business_number_id=value.metadata.phone_number_id,
            recipient_phone=status.recipient_id,
            recipient_bsuid=status.recipient_user_id,
            outbound_id=status.biz_opaque_callback_data,
            error_code=status.errors[0].code if status.errors else None,
            error_title=status.errors[0].title if status.errors else None,
        )
        for value in _message_values(payload)
        for status in (_read(Status, raw) for raw in value.statuses)
        if status is not None
    ]


def _read(model: type[_M], raw: Any) -> _M | None:
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _malformed(raw: Any) -> Message | None:
    """A message we cannot read but whose sender we know: passed on as kind "malformed"."""
    sender = _read(Sender, raw)
    if sender is None:
        return None
    return Message(
        id=sender.id,
        sender_phone=sender.sender_phone,
        from_user_id=sender.from_user_id,
        timestamp=sender.timestamp,
        type="malformed",
    )


def _message_values(payload: WebhookPayload) -> list[Value]:
    return [
        change.value
        for entry in payload.entry
        for change in entry.changes
        if change.field == "messages"
    ]


def _sender_of(sender: Sender | None, contacts: list[Contact]) -> tuple[str | None, Contact | None]:
    """Who sent a message (BSUID, else phone; None if unreadable) and their contact."""
    if sender is None:
        return None, None
    contact = _contact_of(sender, contacts)
    bsuid = sender.from_user_id or (contact.user_id if contact else None)
    phone = sender.sender_phone or (contact.wa_id if contact else None)
    return bsuid or phone, contact


def _recipient_of(status: Status | None) -> str | None:
    return (status.recipient_user_id or status.recipient_id) if status else None


def _contact_of(message: Message | Sender, contacts: list[Contact]) -> Contact | None:
    for contact in contacts:
        if (message.from_user_id and contact.user_id == message.from_user_id) or (
            message.sender_phone and contact.wa_id == message.sender_phone
        ):
            return contact
    return contacts[0] if len(contacts) == 1 else None


def _normalise(
    message: Message,
    metadata: Metadata,
    bsuid: str | None,
    phone: str | None,
    contact: Contact | None,
) -> CustomerMessage:
    media = message.image or message.audio or message.video or message.document or message.sticker
    profile = contact.profile if contact else None
    return CustomerMessage(
        message_id=message.id,
        kind=message.type,
        text=_text_of(message, media),
        button_id=_button_of(message),
        media_id=media.id if media else None,
        media_type=media.mime_type if media else None,
        content=_content_of(message),
        in_reply_to=message.context.id if message.context else None,
        sent_at=_timestamp(message.timestamp),
        business_number_id=metadata.phone_number_id,
        bsuid=bsuid,
        phone=phone,
        profile_name=profile.name if profile else None,
        username=profile.username if profile else None,
    )


def _text_of(message: Message, media: Media | None) -> str | None:
    if message.text:
        return message.text.body
    if message.interactive:
        reply = message.interactive.button_reply or message.interactive.list_reply
        return reply.title if reply else None
    if message.button:
        return message.button.text
    return media.caption if media else None


def _button_of(message: Message) -> str | None:
    if message.interactive:
        reply = message.interactive.button_reply or message.interactive.list_reply
        return reply.id if reply else None
    if message.button:
        return message.button.payload
    return None


def _content_of(message: Message) -> str | None:
    for name in ("location", "contacts", "reaction"):
        content = getattr(message, name)
        if content is not None:
            return json.dumps({name: content}, ensure_ascii=False)
    return None


def _timestamp(value: str) -> datetime:
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (ValueError, OverflowError, OSError):
        return datetime.now(UTC)  # a malformed timestamp must not lose the message


def inbound_event_id(message_id: str, subject: str) -> str:
    """The same WhatsApp message from the same customer always becomes the same event id.

    Meta redelivers webhooks; a deterministic id lets every consumer drop a
    repeat even if ingress's own dedupe did not see it. The subject is part of it
    so that a replayed or forged wamid can never alias another customer's message.
    """
    return uuid.uuid5(_EVENT_NAMESPACE, f"whatsapp.inbound:{subject}:{message_id}").hex


def status_event_id(message_id: str, status: str, subject: str) -> str:
    key = f"whatsapp.status:{subject}:{message_id}:{status}"
    return uuid.uuid5(_EVENT_NAMESPACE, key).hex


# --- One customer per log record --------------------------------------------------------


@dataclass(frozen=True)
class CustomerPart:
    """What one webhook POST holds of one customer: their messages, the statuses of messages
    to them, and their contact. `identity` is the BSUID when known, else the phone number
    (None for items naming nobody, which processing skips)."""

    identity: str | None
    payload: WebhookPayload


def split_by_customer(payload: WebhookPayload) -> list[CustomerPart]:
    """The payload as one payload per customer, in the order they first appear.

    Meta may batch several customers in one POST; written to the log as one record, one
    customer's messages could be processed out of order with another POST's. Each part
    keeps the envelope (entry, change, metadata) of its items and only its own contacts.
    """
    splits = [
        (entry, change, _values_by_customer(change.value))
        for entry in payload.entry
        for change in entry.changes
    ]
    if len(splits) == 1 and len(by_customer := splits[0][2]) == 1:
        # The usual POST: one change of one customer's, whose part is the payload itself.
        [(identity, value)] = by_customer.items()
        if value is splits[0][1].value:
            return [CustomerPart(identity, payload)]
    parts: dict[str | None, list[Entry]] = {}
    for entry, change, by_customer in splits:
        for identity, value in by_customer.items():
            entries = parts.setdefault(identity, [])
            entries.append(Entry(id=entry.id, changes=[Change(field=change.field, value=value)]))
    return [
        CustomerPart(identity, WebhookPayload(object=payload.object, entry=entries))
        for identity, entries in parts.items()
    ]


def _values_by_customer(value: Value) -> dict[str | None, Value]:
    contacts = [(raw, contact) for raw in value.contacts if (contact := _read(Contact, raw))]
    readable = [contact for _, contact in contacts]
    messages: dict[str | None, list[Any]] = {}
    statuses: dict[str | None, list[Any]] = {}
    own_contacts: dict[str | None, list[Any]] = {}
    for raw in value.messages:
        identity, contact = _sender_of(_read(Sender, raw), readable)
        messages.setdefault(identity, []).append(raw)
        mine = own_contacts.setdefault(identity, [])
        mine += [raw for raw, known in contacts if known is contact and raw not in mine]
    for raw in value.statuses:
        statuses.setdefault(_recipient_of(_read(Status, raw)), []).append(raw)
    identities = list(dict.fromkeys([*messages, *statuses]))
    if not identities:  # neither messages nor statuses (e.g. only errors): keep it as it came
        return {None: value}
    if len(identities) == 1 and own_contacts.get(identities[0], []) == value.contacts:
        return {identities[0]: value}  # one customer and their contacts: the value as it came
    return {
        identity: value.model_copy(
            update={
                "messages": messages.get(identity, []),
                "statuses": statuses.get(identity, []),
                "contacts": own_contacts.get(identity, []),
            }
        )
        for identity in identities
    }


# --- Whose POST is it: the webhook's hot path ---------------------------------------------

# An item read as the model if it can be, else kept as it came: `_read` in one pass of the
# validator, instead of a validation per item in Python.
_ContactOrRaw = Annotated[Contact | Any, Field(union_mode="left_to_right")]
_SenderOrRaw = Annotated[Sender | Any, Field(union_mode="left_to_right")]
_StatusOrRaw = Annotated[Status | Any, Field(union_mode="left_to_right")]


class _RoutedValue(Value):
    contacts: list[_ContactOrRaw] = Field(default_factory=list)
    messages: list[_SenderOrRaw] = Field(default_factory=list)
    statuses: list[_StatusOrRaw] = Field(default_factory=list)


class _RoutedChange(Change):
    value: _RoutedValue


class _RoutedEntry(_Meta):
    id: str
    changes: list[_RoutedChange] = Field(default_factory=list)


class WebhookRoute(_Meta):
    """A POST read as far as answering Meta needs: WebhookPayload's envelope, and of each
    item only whom it is about. Valid exactly when WebhookPayload is (property-tested)."""

    object: Literal["whatsapp_business_account"]
    entry: list[_RoutedEntry]


@dataclass(frozen=True)
class OneCustomersPost:
    """A POST that is its own only part (see split_by_customer): whose, and what it holds."""

    identity: str | None
    messages: int
    statuses: int


def one_customers_post(route: WebhookRoute) -> OneCustomersPost | None:
    """The usual POST, one change of one customer's with only their contacts, which
    split_by_customer keeps whole; None for any other, which must be split.

    The same reading as `_values_by_customer`, on the items the route read: whoever
    split_by_customer would name, this names (property-tested against it). Both read a
    key given twice in an object as JSON parsers do, by its last value; the body written
    is Meta's, signed by Meta.
    """
    changes = [change for entry in route.entry for change in entry.changes]
    if len(changes) != 1:
        return None
    value = changes[0].value
    index_of = {id(c): i for i, c in enumerate(value.contacts) if isinstance(c, Contact)}
    readable = [c for c in value.contacts if isinstance(c, Contact)]
    identities: dict[str | None, None] = {}  # in order of appearance, as split's
    matched: list[int] = []  # the contacts messages name, in the order first named
    for item in value.messages:
        identity, contact = _sender_of(item if isinstance(item, Sender) else None, readable)
        identities[identity] = None
        if contact is not None and index_of[id(contact)] not in matched:
            matched.append(index_of[id(contact)])
    for item in value.statuses:
        identities[_recipient_of(item if isinstance(item, Status) else None)] = None
    if not identities:
        return OneCustomersPost(None, 0, 0)
    if len(identities) == 1 and matched == list(range(len(value.contacts))):
        [identity] = identities
        return OneCustomersPost(identity, len(value.messages), len(value.statuses))
    return None
