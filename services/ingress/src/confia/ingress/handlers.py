"""Ingress use cases: accept a customer message, send an outbound one."""

import logging
from dataclasses import dataclass

from faststream.kafka import KafkaBroker

from confia.crypto import Keyring, pseudonym
from confia.events import MessageReceived, OutboundRequested
from confia.events.schemas import ReceivedMessage
from confia.events.topics import WHATSAPP_INBOUND
from confia.ingress.domain import (
    CustomerMessage,
    conversation_id,
    inbound_event_id,
)
from confia.ingress.graph import GraphApi, GraphApiError, OutgoingWhatsApp
from confia.ingress.store import IngressStore
from confia.runtime.bus import outgoing, publish
from confia.runtime.dead_letters import PermanentError

logger = logging.getLogger("confia.ingress")

SERVICE = "ingress"


@dataclass(frozen=True)
class Ingress:
    store: IngressStore
    broker: KafkaBroker
    keyring: Keyring
    pseudonym_key: bytes
    graph: GraphApi


async def accept_customer_message(ingress: Ingress, message: CustomerMessage) -> None:
    """Publish a customer message once, and wait until Kafka has it.

    Marked seen only after the broker acknowledged it: a failed publish lets
    Meta's retry through instead of dropping the message as a duplicate.
    """
    if await ingress.store.has_seen(message.message_id):
        logger.info("duplicate delivery of message_id=%s ignored", message.message_id)
        return
    subject = pseudonym(ingress.pseudonym_key, message.identity)
    await ingress.store.save_contact(
        subject, message.business_number_id, message.phone, message.bsuid
    )
    event = MessageReceived(
        event_id=inbound_event_id(message.message_id),
        subject=subject,
        conversation_id=conversation_id(message.business_number_id, subject),
        producer=SERVICE,
        payload=ReceivedMessage(
            message_id=message.message_id,
            kind=message.kind,
            text=ingress.keyring.seal_text(message.text, subject) if message.text else None,
            button_id=message.button_id,
            media_id=message.media_id,
            sent_at=message.sent_at,
            business_number_id=message.business_number_id,
        ),
    )
    await publish(ingress.broker, outgoing(WHATSAPP_INBOUND, event))
    await ingress.store.mark_seen(message.message_id)
    logger.info("accepted message_id=%s subject=%s", message.message_id, subject)


async def send_outbound(ingress: Ingress, event: OutboundRequested) -> None:
    """Send an outbound message to the customer, at most once per outbound_id."""
    outbound_id = event.payload.outbound_id
    if await ingress.store.sent_message_id(outbound_id) is not None:
        logger.info("outbound_id=%s already sent", outbound_id)
        return
    recipient = await ingress.store.recipient(event.subject)
    if recipient is None:
        raise PermanentError("no contact is known for this subject")
    message = OutgoingWhatsApp(
        business_number_id=recipient.business_number_id,
        phone=recipient.phone,
        bsuid=recipient.bsuid,
        text=ingress.keyring.open_text(event.payload.text, event.subject),
        buttons=event.payload.buttons,
    )
    try:
        wamid = await ingress.graph.send(message)
    except GraphApiError as error:
        if not error.retryable:
            raise PermanentError(str(error)) from error
        raise
    await ingress.store.record_send(outbound_id, event.subject, wamid)
    logger.info("sent outbound_id=%s as wamid=%s subject=%s", outbound_id, wamid, event.subject)
