"""Consent use cases: gate every customer message, run the customer's rights requests."""

import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from faststream.kafka import KafkaBroker

from confia.consent.domain import (
    AI_ASSISTANCE,
    ANALYTICS,
    PURPOSES,
    SENSITIVE_DATA,
    Action,
    Change,
    ConsentEntry,
    Intent,
    Situation,
    State,
    consent_state,
    decide,
    has_consent,
    intent_of,
    is_sensitive,
)
from confia.consent.store import ConsentStore
from confia.consent.texts import Notice
from confia.crypto import Keyring
from confia.events import (
    AccessCompleted,
    AccessRequested,
    ConsentChanged,
    Envelope,
    ErasureCompleted,
    ErasureRequested,
    HandoffRequested,
    MessageConsented,
    MessageReceived,
    OutboundRequested,
    ReplyButton,
    new_event_id,
)
from confia.events.schemas import (
    AccessRequest,
    ConsentDecision,
    ConsentedMessage,
    ErasureRequest,
    HandoffRequest,
    OutboundMessage,
)
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    HANDOFF_REQUESTED,
    PRIVACY_ACCESS_REQUESTED,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_REQUESTED,
    WHATSAPP_OUTBOUND,
)
from confia.runtime.bus import emit_once, outgoing, publish
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.consent")

SERVICE = "consent"
_RELEASE_NAMESPACE = uuid.UUID("0b9f3c52-5d1e-4c55-9a55-1f8f3f2e7a10")


@dataclass(frozen=True)
class Consent:
    store: ConsentStore
    broker: KafkaBroker
    keyring: Keyring
    notice: Notice
    sensitive_purpose: bool
    rights_services: tuple[str, ...]
    erasure_deadline: timedelta
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)


Handler = Callable[[Consent, MessageReceived], Awaitable[list[OutgoingEvent]]]


async def gate_message(consent: Consent, event: MessageReceived) -> None:
    """Pass a message on only with consent; otherwise ask, park, or route it to a person."""

    async def act() -> list[OutgoingEvent]:
        action = await _decide(consent, event)
        logger.info(
            "message=%s subject=%s action=%s", event.payload.message_id, event.subject, action.value
        )
        return await _HANDLERS[action](consent, event)

    await emit_once(consent.broker, consent.store.handled, event, act)
    # After the events are safely published: a crash before this line is healed by the
    # next message (released messages keep their event ids, so no one sees them twice).
    history = await consent.store.history(event.subject)
    if consent_state(history, AI_ASSISTANCE) is not State.NEVER_ASKED:
        await consent.store.drop_parked(event.subject, AI_ASSISTANCE)
    if has_consent(history, SENSITIVE_DATA):
        await consent.store.drop_parked(event.subject, SENSITIVE_DATA)


async def _decide(consent: Consent, event: MessageReceived) -> Action:
    history = await consent.store.history(event.subject)
    payload = event.payload
    # Reading the text to find a rights command or sensitive data is what the gate is for;
    # the text goes nowhere unless the decision allows it.
    text = consent.keyring.open_text(payload.text, event.subject) if payload.text else None
    return decide(
        Situation(
            intent=intent_of(payload.button_id, text),
            ai=consent_state(history, AI_ASSISTANCE),
            has_text=text is not None,
            sensitive=text is not None and is_sensitive(text),
            sensitive_purpose_enabled=consent.sensitive_purpose,
            sensitive_granted=has_consent(history, SENSITIVE_DATA),
            parked=await consent.store.parked_count(
                event.subject, AI_ASSISTANCE, excluding=event.event_id
            ),
            erasing=await _erasing(consent, event),
        )
    )


async def _erasing(consent: Consent, event: MessageReceived) -> bool:
    """An erasure is under way that this message did not itself start (a retry did)."""
    request = await consent.store.open_request(event.subject, "erasure")
    return request is not None and request.get("caused_by") != event.event_id


# --- consent decisions ---------------------------------------------------------------


async def _grant(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    history = await consent.store.history(event.subject)
    events = await _decision(consent, event, [AI_ASSISTANCE], Change.GRANTED)
    events += [
        _reply(consent, event, "granted"),
        *await _release_parked(consent, event, AI_ASSISTANCE),
    ]
    if consent_state(history, ANALYTICS) is State.NEVER_ASKED:
        buttons = [
            ReplyButton(id=Intent.ACCEPT_ANALYTICS.value, title=consent.notice.button("yes")),
            ReplyButton(id=Intent.DECLINE_ANALYTICS.value, title=consent.notice.button("no")),
        ]
        events.append(_reply(consent, event, "ask_analytics", buttons))
    return events


async def _decline(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    events = await _decision(consent, event, [AI_ASSISTANCE], Change.DECLINED)
    return [*events, _reply(consent, event, "declined")]


async def _grant_analytics(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    events = await _decision(consent, event, [ANALYTICS], Change.GRANTED)
    return [*events, _reply(consent, event, "analytics_granted")]


async def _decline_analytics(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    events = await _decision(consent, event, [ANALYTICS], Change.DECLINED)
    return [*events, _reply(consent, event, "analytics_declined")]


async def _grant_sensitive(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    events = await _decision(consent, event, [SENSITIVE_DATA], Change.GRANTED)
    released = await _release_parked(consent, event, SENSITIVE_DATA)
    return [*events, _reply(consent, event, "granted"), *released]


async def _revoke(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    history = await consent.store.history(event.subject)
    granted = [purpose for purpose in PURPOSES if has_consent(history, purpose)]
    events = await _decision(consent, event, granted or [AI_ASSISTANCE], Change.REVOKED)
    return [*events, _reply(consent, event, "revoked")]


async def _decision(
    consent: Consent, event: MessageReceived, purposes: list[str], change: Change
) -> list[OutgoingEvent]:
    """Record the decision (the proof) and announce it on privacy.consent.v1."""
    entries = [
        ConsentEntry(purpose, change, consent.notice.version, consent.clock())
        for purpose in purposes
    ]
    await consent.store.record(event.event_id, event.subject, entries, event.payload.message_id)
    return [
        outgoing(
            PRIVACY_CONSENT,
            ConsentChanged.caused_by(
                event,
                SERVICE,
                payload=ConsentDecision(
                    purpose=entry.purpose,
                    granted=entry.granted,
                    change=entry.change.value,  # type: ignore[arg-type]
                    notice_version=entry.notice_version,
                    message_id=event.payload.message_id,
                ),
            ),
        )
        for entry in entries
    ]


# --- messages ------------------------------------------------------------------------


async def _forward(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    # Messages parked before a crash could interrupt their release go first.
    return [*await _release_parked(consent, event, AI_ASSISTANCE), _consented(event)]


async def _park_and_ask(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    await _park(consent, event, AI_ASSISTANCE)
    buttons = [
        ReplyButton(id=Intent.ACCEPT.value, title=consent.notice.button("accept")),
        ReplyButton(id=Intent.DECLINE.value, title=consent.notice.button("decline")),
        ReplyButton(id=Intent.HUMAN.value, title=consent.notice.button("human")),
    ]
    return [_reply(consent, event, consent.notice.disclosure(), buttons, literal=True)]


async def _park_only(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    await _park(consent, event, AI_ASSISTANCE)
    return []


async def _park_and_ask_sensitive(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    await _park(consent, event, SENSITIVE_DATA)
    return await _park_and_ask_sensitive_reply(consent, event)


async def _park(consent: Consent, event: MessageReceived, waiting_for: str) -> None:
    await consent.store.park(
        event.subject, event.event_id, event.model_dump(mode="json"), consent.clock(), waiting_for
    )


async def _release_parked(
    consent: Consent, cause: MessageReceived, waiting_for: str
) -> list[OutgoingEvent]:
    """The messages that waited for `waiting_for`, in order, each with a stable event id.

    A message parked before AI consent is checked like a new one: sensitive data still
    needs its own consent (it is parked again for it) or goes to a person.
    """
    history = await consent.store.history(cause.subject)
    sensitive_granted = has_consent(history, SENSITIVE_DATA)
    released: list[OutgoingEvent] = []
    held_back = False
    for parked in await consent.store.parked(cause.subject, waiting_for):
        message = MessageReceived.model_validate(parked)
        if message.payload.text is None:
            continue
        text = consent.keyring.open_text(message.payload.text, message.subject)
        if waiting_for == AI_ASSISTANCE and is_sensitive(text) and not sensitive_granted:
            held_back = True
            if consent.sensitive_purpose:
                await _park(consent, message, SENSITIVE_DATA)
            else:
                released.append(_handoff(message, "sensitive_data", with_text=True))
            continue
        event_id = uuid.uuid5(_RELEASE_NAMESPACE, message.event_id).hex
        released.append(_consented(message, event_id))
    if held_back and consent.sensitive_purpose:
        released.extend(await _park_and_ask_sensitive_reply(consent, cause))
    elif held_back:
        released.append(_reply(consent, cause, "sensitive_to_human"))
    return released


async def _park_and_ask_sensitive_reply(
    consent: Consent, cause: MessageReceived
) -> list[OutgoingEvent]:
    buttons = [
        ReplyButton(id=Intent.ACCEPT_SENSITIVE.value, title=consent.notice.button("accept")),
        ReplyButton(id=Intent.HUMAN.value, title=consent.notice.button("human")),
    ]
    return [_reply(consent, cause, "ask_sensitive", buttons)]


def _consented(event: MessageReceived, event_id: str | None = None) -> OutgoingEvent:
    assert event.payload.text is not None  # decide() forwards only messages with text
    consented = MessageConsented.caused_by(
        event,
        SERVICE,
        payload=ConsentedMessage(message_id=event.payload.message_id, text=event.payload.text),
        **({"event_id": event_id} if event_id else {}),
    )
    return outgoing(CONVERSATION_CONSENTED, consented)


# --- a person -------------------------------------------------------------------------


async def _to_human(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [_handoff(event, "customer_asked_for_human"), _reply(consent, event, "human")]


async def _review(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    # LGPD art. 20: a person reviews the automated answers of this conversation.
    return [_handoff(event, "ai_review_requested"), _reply(consent, event, "review")]


async def _to_human_without_ai(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [_handoff(event, "no_ai_consent", with_text=True), _reply(consent, event, "without_ai")]


async def _to_human_sensitive(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [
        _handoff(event, "sensitive_data", with_text=True),
        _reply(consent, event, "sensitive_to_human"),
    ]


def _handoff(event: MessageReceived, reason: str, with_text: bool = False) -> OutgoingEvent:
    """A hand-off; the text rides along (encrypted) only when it must not reach the AI."""
    request = HandoffRequested.caused_by(
        event,
        SERVICE,
        payload=HandoffRequest(
            reason=reason,
            message_id=event.payload.message_id,
            text=event.payload.text if with_text else None,
        ),
    )
    return outgoing(HANDOFF_REQUESTED, request)


# --- rights (LGPD art. 18) -------------------------------------------------------------


async def _ask_to_confirm_erasure(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    buttons = [
        ReplyButton(
            id=Intent.CONFIRM_ERASURE.value, title=consent.notice.button("confirm_erasure")
        ),
        ReplyButton(id=Intent.CANCEL_ERASURE.value, title=consent.notice.button("cancel")),
    ]
    return [_reply(consent, event, "confirm_erasure", buttons)]


async def _erase(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    """Start the erasure fan-out once per request.

    Pressing the confirmation button twice (both presses answer the same prompt), or
    confirming again while an erasure runs, starts nothing new.
    """
    request_id = _request_id(event, "erasure")
    earlier = await consent.store.request(request_id) or await consent.store.open_request(
        event.subject, "erasure"
    )
    retry = earlier is not None and earlier.get("caused_by") == event.event_id
    if earlier is not None and not retry and earlier["status"] == "open":
        return [_reply(consent, event, "erasure_in_progress")]
    if earlier is not None and not retry:
        # Already done. This message made ingress note the contact again: forget it again.
        return [_reply(consent, event, "erasure_done", forget_recipient=True)]
    now = consent.clock()
    await consent.store.create_request(
        {
            "_id": request_id,
            "caused_by": event.event_id,  # a retry of this very message carries on
            "kind": "erasure",
            "subject": event.subject,
            "conversation_id": event.conversation_id,
            "status": "open",
            "requested_at": now,
            "deadline": now + consent.erasure_deadline,
            "escalated": False,
            "acks": {},
        }
    )
    # From now on the customer is a new contact: no consent, nothing forwarded to the AI.
    events = await _decision(consent, event, list(PURPOSES), Change.ERASED)
    requested = ErasureRequested.caused_by(
        event, SERVICE, payload=ErasureRequest(request_id=request_id)
    )
    return [
        *events,
        outgoing(PRIVACY_ERASURE_REQUESTED, requested),
        _reply(consent, event, "erasure_started"),
    ]


def _request_id(event: MessageReceived, kind: str) -> str:
    """One request per prompt answered (a button press names the prompt), else per message."""
    answered = event.payload.in_reply_to or event.event_id
    return f"req_{uuid.uuid5(_RELEASE_NAMESPACE, f'{kind}:{event.subject}:{answered}').hex}"


async def _erasure_in_progress(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [_reply(consent, event, "erasure_in_progress")]


async def _cancel_erasure(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [_reply(consent, event, "erasure_cancelled")]


async def _access(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    """Ask every service for its part of a data access report, once per open request.

    The report reaches the DPO (API), who delivers it through the business's channel;
    the customer is told how, and nothing personal is written into the chat.
    """
    events = [_reply(consent, event, "access")]
    earlier = await consent.store.open_request(event.subject, "access")
    if earlier is not None and earlier.get("caused_by") != event.event_id:
        return events
    now = consent.clock()
    request_id = _request_id(event, "access")
    await consent.store.create_request(
        {
            "_id": request_id,
            "caused_by": event.event_id,
            "kind": "access",
            "subject": event.subject,
            "conversation_id": event.conversation_id,
            "status": "open",
            "requested_at": now,
            "deadline": now + timedelta(days=15),  # LGPD art. 19 II
            "escalated": False,
            "acks": {},
        }
    )
    requested = AccessRequested.caused_by(
        event, SERVICE, payload=AccessRequest(request_id=request_id)
    )
    return [outgoing(PRIVACY_ACCESS_REQUESTED, requested), *events]


async def _menu(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return [_reply(consent, event, "menu")]


async def _ignore(consent: Consent, event: MessageReceived) -> list[OutgoingEvent]:
    return []


_HANDLERS: dict[Action, Handler] = {
    Action.GRANT: _grant,
    Action.DECLINE: _decline,
    Action.GRANT_ANALYTICS: _grant_analytics,
    Action.DECLINE_ANALYTICS: _decline_analytics,
    Action.GRANT_SENSITIVE: _grant_sensitive,
    Action.REVOKE: _revoke,
    Action.TO_HUMAN: _to_human,
    Action.REVIEW: _review,
    Action.ASK_TO_CONFIRM_ERASURE: _ask_to_confirm_erasure,
    Action.ERASE: _erase,
    Action.ERASURE_IN_PROGRESS: _erasure_in_progress,
    Action.CANCEL_ERASURE: _cancel_erasure,
    Action.ACCESS: _access,
    Action.MENU: _menu,
    Action.FORWARD: _forward,
    Action.PARK_AND_ASK: _park_and_ask,
    Action.PARK: _park_only,
    Action.PARK_AND_ASK_SENSITIVE: _park_and_ask_sensitive,
    Action.TO_HUMAN_WITHOUT_AI: _to_human_without_ai,
    Action.TO_HUMAN_SENSITIVE: _to_human_sensitive,
    Action.IGNORE: _ignore,
}


def _reply(
    consent: Consent,
    cause: Envelope,
    key: str,
    buttons: list[ReplyButton] | None = None,
    *,
    literal: bool = False,
    forget_recipient: bool = False,
    outbound_id: str | None = None,
) -> OutgoingEvent:
    text = key if literal else consent.notice.reply(key)
    reply = OutboundRequested.caused_by(
        cause,
        SERVICE,
        payload=OutboundMessage(
            outbound_id=outbound_id or new_event_id(),
            reply_to=getattr(cause.payload, "message_id", None),  # type: ignore[attr-defined]
            text=consent.keyring.seal_text(text, cause.subject),
            buttons=buttons or [],
            forget_recipient=forget_recipient,
        ),
    )
    return outgoing(WHATSAPP_OUTBOUND, reply)


# --- erasure progress ---------------------------------------------------------------


async def record_erasure_report(consent: Consent, event: ErasureCompleted) -> None:
    """Count a service's report; when every service has answered, tell the customer."""

    async def act() -> list[OutgoingEvent]:
        report = event.payload
        await consent.store.acknowledge(report.request_id, report.service, report.model_dump())
        request = await consent.store.request(report.request_id)
        if request is None or set(consent.rights_services) - set(request["acks"]):
            return []
        if await consent.store.complete(report.request_id, consent.clock()):
            logger.info("erasure %s completed for subject=%s", report.request_id, event.subject)
        # Every complete report set (a retry, a late duplicate) yields the same message:
        # ingress sends an outbound id once.
        done_id = uuid.uuid5(_RELEASE_NAMESPACE, f"{report.request_id}:done").hex
        return [_reply(consent, event, "erasure_done", forget_recipient=True, outbound_id=done_id)]

    await emit_once(consent.broker, consent.store.handled, event, act)


async def record_access_report(consent: Consent, event: AccessCompleted) -> None:
    """Keep a service's sealed part; the request is complete when every service sent one."""
    report = event.payload
    part = {"service": report.service, "data": report.data.model_dump(mode="json")}
    await consent.store.acknowledge(report.request_id, report.service, part)
    request = await consent.store.request(report.request_id)
    if request is None or set(consent.rights_services) - set(request["acks"]):
        return
    if await consent.store.complete(report.request_id, consent.clock()):
        logger.info("access report %s ready for the DPO", report.request_id)


async def escalate_overdue_requests(consent: Consent) -> int:
    """Send every rights request past its deadline to the DPO queue, once."""
    escalated = 0
    for request in await consent.store.overdue(consent.clock()):
        # Published before it is marked: a failure in between repeats the same event id.
        handoff = HandoffRequested(
            event_id=uuid.uuid5(_RELEASE_NAMESPACE, f"{request['_id']}:overdue").hex,
            subject=request["subject"],
            conversation_id=request["conversation_id"],
            producer=SERVICE,
            payload=HandoffRequest(reason=f"{request['kind']}_overdue"),
        )
        await publish(consent.broker, outgoing(HANDOFF_REQUESTED, handoff))
        if await consent.store.mark_escalated(request["_id"]):
            logger.warning("rights request %s overdue: sent to the DPO queue", request["_id"])
            escalated += 1
    return escalated
