"""Ingress use cases: accept customer messages and statuses; send outbound messages."""

import asyncio
import hmac
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from faststream.kafka import KafkaBroker

from confia.crypto import Keyring, pseudonym
from confia.events import (
    FloodTripped,
    MessageReceived,
    MessageStatusChanged,
    SignatureRejected,
)
from confia.events.schemas import FloodTrip, MessageStatus, ReceivedMessage, SignatureFailure
from confia.events.topics import SECURITY_EVENTS, WHATSAPP_INBOUND, WHATSAPP_STATUS
from confia.ingress.domain import (
    BoundedCache,
    FloodGate,
    choose_subject,
    conversation_id,
    message_key,
    state_rank,
)
from confia.ingress.graph import GraphApi
from confia.ingress.payload import (
    CustomerMessage,
    DeliveryStatus,
    WebhookPayload,
    customer_messages,
    delivery_statuses,
    inbound_event_id,
    status_event_id,
)
from confia.ingress.store import IngressStore
from confia.runtime.bus import outgoing, publish
from confia.runtime.metrics import RATE_LIMIT_HITS

logger = logging.getLogger("confia.ingress")

SERVICE = "ingress"
SYSTEM_SUBJECT = "system"  # events about no customer (e.g. a forged webhook)


@dataclass(frozen=True)
class SendPolicy:
    """Bounded retries of a send the Graph API refused for now (rate limit, 5xx)."""

    attempts: int = 5
    backoff_seconds: float = 1.0
    max_backoff_seconds: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        exponential: float = self.backoff_seconds * 2 ** (attempt - 1)
        return min(self.max_backoff_seconds, max(exponential, retry_after or 0.0))


@dataclass
class Ingress:
    store: IngressStore
    broker: KafkaBroker
    keyring: Keyring
    pseudonym_key: bytes
    graph: GraphApi
    flood: FloodGate
    send_policy: SendPolicy = field(default_factory=SendPolicy)
    # Forged requests are reported, but a storm of them must not become a storm of events.
    signature_alarms: FloodGate = field(default_factory=lambda: FloodGate(600, 20))
    clock: Callable[[], float] = time.monotonic
    # Links never move once made: a known customer's message costs no identity lookup.
    # (Contacts are not cached: an erasure in another replica must not leave a cache here
    # believing a forgotten contact still exists.)
    subjects: BoundedCache[str, str] = field(default_factory=lambda: BoundedCache(100_000))


async def process_webhook(ingress: Ingress, payload: WebhookPayload) -> None:
    """Turn one webhook body from the intake topic into customer and status events.

    Items are taken in the order Meta sent them; a redelivered webhook (Meta retries until
    it gets a 200) finds its messages already seen and publishes nothing new.
    """
    for message in customer_messages(payload):
        await accept_customer_message(ingress, message)
    for status in delivery_statuses(payload):
        await record_status(ingress, status)


async def resolve_subject(ingress: Ingress, bsuid: str | None, phone: str | None) -> str:
    """The customer's subject pseudonym; links BSUID and phone number when both come."""
    bsuid_key = pseudonym(ingress.pseudonym_key, bsuid) if bsuid else None
    phone_key = pseudonym(ingress.pseudonym_key, phone) if phone else None
    keys = [key for key in (bsuid_key, phone_key) if key is not None]
    linked = {key: subject for key in keys if (subject := ingress.subjects.get(key))}
    if len(linked) < len(keys):
        linked = await ingress.store.linked_subjects(keys)
    subject = choose_subject(bsuid_key, phone_key, linked)
    if missing := [key for key in keys if key not in linked]:
        await ingress.store.link(missing, subject)
    for key in keys:
        ingress.subjects.put(key, linked.get(key, subject))
    return subject


async def accept_customer_message(ingress: Ingress, message: CustomerMessage) -> None:
    """Publish a customer message once, and wait until Kafka has it.

    Marked seen only after the broker acknowledged it: a failed publish lets
    Meta's retry through instead of dropping the message as a duplicate.
    """
    key = message_key(ingress.pseudonym_key, message.message_id)
    seen, subject = await asyncio.gather(
        ingress.store.has_seen(key), resolve_subject(ingress, message.bsuid, message.phone)
    )
    if seen:
        logger.info("duplicate delivery of message=%s ignored", key)
        return
    if ingress.flood.allow(subject, ingress.clock()):
        event = outgoing(WHATSAPP_INBOUND, _received(ingress, message, subject, key))
    else:
        event = outgoing(SECURITY_EVENTS, _flood_trip(ingress, subject, key, message))
        RATE_LIMIT_HITS.labels("flood").inc()
        logger.warning("flood limit: message=%s subject=%s shed", key, subject)
    # The contact is needed only when a reply goes out, long after this publish.
    await asyncio.gather(_save_contact(ingress, message, subject), publish(ingress.broker, event))
    await ingress.store.mark_seen(key, subject)
    logger.info("accepted message=%s subject=%s", key, subject)


async def _save_contact(ingress: Ingress, message: CustomerMessage, subject: str) -> None:
    contact = (
        message.business_number_id,
        message.phone,
        message.bsuid,
        message.profile_name,
        message.username,
    )
    # The active key id is part of it: after a key rotation every contact is re-sealed.
    covered = (*contact, ingress.keyring.active_key_id)
    # Reading the fingerprint costs less than writing the contact, and most messages come
    # from customers whose contact is unchanged; read every time, so no cache goes stale.
    # Keyed, so the fingerprint reveals nothing about the identities it covers.
    fingerprint = hmac.new(
        ingress.pseudonym_key, "\x00".join(value or "" for value in covered).encode(), "sha256"
    ).hexdigest()
    if await ingress.store.contact_fingerprint(subject) == fingerprint:
        return
    await ingress.store.save_contact(subject, *contact, fingerprint=fingerprint)


def _received(
    ingress: Ingress, message: CustomerMessage, subject: str, key: str
) -> MessageReceived:
    seal = ingress.keyring.seal_text
    in_reply_to = message.in_reply_to
    return MessageReceived(
        event_id=inbound_event_id(key, subject),
        subject=subject,
        conversation_id=conversation_id(message.business_number_id, subject),
        producer=SERVICE,
        payload=ReceivedMessage(
            message_id=key,
            kind=message.kind,
            text=seal(message.text, subject) if message.text else None,
            button_id=message.button_id,
            media_id=message.media_id,
            media_type=message.media_type,
            content=seal(message.content, subject) if message.content else None,
            in_reply_to=message_key(ingress.pseudonym_key, in_reply_to) if in_reply_to else None,
            sent_at=message.sent_at,
            business_number_id=message.business_number_id,
        ),
    )


def _flood_trip(ingress: Ingress, subject: str, key: str, message: CustomerMessage) -> FloodTripped:
    return FloodTripped(
        event_id=inbound_event_id(key, subject),
        subject=subject,
        conversation_id=conversation_id(message.business_number_id, subject),
        producer=SERVICE,
        payload=FloodTrip(
            message_id=key,
            limit_per_minute=ingress.flood.per_minute,
            burst=ingress.flood.burst,
        ),
    )


async def record_status(ingress: Ingress, status: DeliveryStatus) -> None:
    """Publish a delivery status if it moves the message further (they arrive out of order)."""
    key = message_key(ingress.pseudonym_key, status.message_id)
    rank = state_rank(status.status)
    if rank is None:
        logger.warning("unknown status %r for message=%s", status.status, key)
        return
    sent = await ingress.store.send_record(status.outbound_id) if status.outbound_id else None
    sent = sent or await ingress.store.send_by_message(key)
    if sent is not None and sent.subject is None:
        return  # a message to a customer forgotten since (erasure): nothing to link it to
    subject = sent.subject if sent and sent.subject else await _recipient_subject(ingress, status)
    current = await ingress.store.state_rank_of(key)
    if current is not None and current >= rank:
        return
    event = MessageStatusChanged(
        event_id=status_event_id(key, status.status, subject),
        subject=subject,
        conversation_id=conversation_id(status.business_number_id, subject),
        producer=SERVICE,
        payload=MessageStatus(
            outbound_id=sent.outbound_id if sent else status.outbound_id,
            message_id=key,
            status=status.status,  # type: ignore[arg-type]  # checked by state_rank
            error_code=status.error_code,
            error_title=status.error_title,
        ),
    )
    # Publish before recording: a crash in between re-publishes the same event id.
    await publish(ingress.broker, outgoing(WHATSAPP_STATUS, event))
    await ingress.store.advance_state(key, status.status, rank, subject)


async def _recipient_subject(ingress: Ingress, status: DeliveryStatus) -> str:
    if status.recipient_bsuid or status.recipient_phone:
        return await resolve_subject(ingress, status.recipient_bsuid, status.recipient_phone)
    return SYSTEM_SUBJECT


async def report_signature_failure(ingress: Ingress, reason: str, peer: str | None) -> None:
    """Tell audit about a refused webhook request (bounded, and never failing the response)."""
    if not ingress.signature_alarms.allow("signature", ingress.clock()):
        return
    event = SignatureRejected(
        subject=SYSTEM_SUBJECT,
        conversation_id=SYSTEM_SUBJECT,
        producer=SERVICE,
        payload=SignatureFailure(reason=reason, source_address=peer),  # type: ignore[arg-type]
    )
    try:
        await publish(ingress.broker, outgoing(SECURITY_EVENTS, event))
    except Exception:
        logger.exception("could not publish a signature rejection")
