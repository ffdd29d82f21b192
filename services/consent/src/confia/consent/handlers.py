"""Consent use case: gate every customer message on recorded consent."""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from faststream.kafka import KafkaBroker

from confia.consent.domain import (
    ACCEPT_BUTTON,
    AI_ASSISTANCE,
    DECLINE_BUTTON,
    DECLINED_REPLY,
    GRANTED_REPLY,
    HUMAN_BUTTON,
    HUMAN_REPLY,
    Action,
    ConsentEntry,
    Notice,
    decide,
    has_consent,
)
from confia.consent.store import ConsentStore
from confia.crypto import Keyring
from confia.events import (
    ConsentChanged,
    HandoffRequested,
    MessageConsented,
    MessageReceived,
    OutboundRequested,
    ReplyButton,
    new_event_id,
)
from confia.events.schemas import ConsentDecision, ConsentedMessage, HandoffRequest, OutboundMessage
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    HANDOFF_REQUESTED,
    PRIVACY_CONSENT,
    WHATSAPP_OUTBOUND,
)
from confia.runtime.bus import emit_once, outgoing
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.consent")

SERVICE = "consent"

CONSENT_BUTTONS = [
    ReplyButton(id=ACCEPT_BUTTON, title="Aceito"),
    ReplyButton(id=DECLINE_BUTTON, title="Não aceito"),
    ReplyButton(id=HUMAN_BUTTON, title="Falar com pessoa"),
]


@dataclass(frozen=True)
class Consent:
    store: ConsentStore
    broker: KafkaBroker
    keyring: Keyring
    notice: Notice


async def gate_message(consent: Consent, event: MessageReceived) -> None:
    """Pass a message on only with consent; otherwise ask for it, or record the answer."""

    async def act() -> list[OutgoingEvent]:
        history = await consent.store.history(event.subject)
        action = decide(
            event.payload.button_id,
            has_text=event.payload.text is not None,
            consented=has_consent(history, AI_ASSISTANCE),
        )
        logger.info(
            "message_id=%s subject=%s action=%s",
            event.payload.message_id,
            event.subject,
            action.value,
        )
        return await _carry_out(consent, event, action)

    await emit_once(consent.broker, consent.store.handled, event, act)


async def _carry_out(
    consent: Consent, event: MessageReceived, action: Action
) -> list[OutgoingEvent]:
    match action:
        case Action.GRANT | Action.DECLINE:
            granted = action is Action.GRANT
            await _record_decision(consent, event, granted)
            return [
                _consent_changed(consent, event, granted),
                _reply(consent, event, GRANTED_REPLY if granted else DECLINED_REPLY),
            ]
        case Action.ASK_FOR_HUMAN:
            return [
                _handoff(event, "customer_asked_for_human"),
                _reply(consent, event, HUMAN_REPLY),
            ]
        case Action.ASK_FOR_CONSENT:
            return [_reply(consent, event, consent.notice.disclosure(), CONSENT_BUTTONS)]
        case Action.FORWARD:
            return [_consented(event)]
        case Action.IGNORE:
            return []


async def _record_decision(consent: Consent, event: MessageReceived, granted: bool) -> None:
    entry = ConsentEntry(
        purpose=AI_ASSISTANCE,
        granted=granted,
        notice_version=consent.notice.version,
        recorded_at=datetime.now(UTC),
    )
    await consent.store.record(event.event_id, event.subject, entry, event.payload.message_id)


def _consent_changed(consent: Consent, event: MessageReceived, granted: bool) -> OutgoingEvent:
    changed = ConsentChanged.caused_by(
        event,
        SERVICE,
        payload=ConsentDecision(
            purpose=AI_ASSISTANCE,
            granted=granted,
            notice_version=consent.notice.version,
            message_id=event.payload.message_id,
        ),
    )
    return outgoing(PRIVACY_CONSENT, changed)


def _consented(event: MessageReceived) -> OutgoingEvent:
    assert event.payload.text is not None  # decide() forwards only messages with text
    consented = MessageConsented.caused_by(
        event,
        SERVICE,
        payload=ConsentedMessage(message_id=event.payload.message_id, text=event.payload.text),
    )
    return outgoing(CONVERSATION_CONSENTED, consented)


def _handoff(event: MessageReceived, reason: str) -> OutgoingEvent:
    request = HandoffRequested.caused_by(
        event, SERVICE, payload=HandoffRequest(reason=reason, message_id=event.payload.message_id)
    )
    return outgoing(HANDOFF_REQUESTED, request)


def _reply(
    consent: Consent, event: MessageReceived, text: str, buttons: list[ReplyButton] | None = None
) -> OutgoingEvent:
    reply = OutboundRequested.caused_by(
        event,
        SERVICE,
        payload=OutboundMessage(
            outbound_id=new_event_id(),
            reply_to=event.payload.message_id,
            text=consent.keyring.seal_text(text, event.subject),
            buttons=buttons or [],
        ),
    )
    return outgoing(WHATSAPP_OUTBOUND, reply)
