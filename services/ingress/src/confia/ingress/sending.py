"""Ingress use case: send an outbound message at most once, within WhatsApp's limits."""

import asyncio
import logging
from typing import NoReturn

import httpx

from confia.events import MessageStatusChanged, OutboundRequested
from confia.events.schemas import MessageStatus
from confia.events.topics import WHATSAPP_STATUS
from confia.ingress.domain import SendFailure, classify_send_failure, message_key
from confia.ingress.graph import GraphApiError, OutgoingWhatsApp, TemplateMessage
from confia.ingress.handlers import SERVICE, Ingress
from confia.ingress.store import SendRecord
from confia.runtime.bus import outgoing, publish
from confia.runtime.dead_letters import OUTAGE_ERRORS, PermanentError
from confia.runtime.metrics import OUTBOUND_SENDS, RATE_LIMIT_HITS
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.ingress.sending")

# Errors after which the request may have reached Meta: not resent (at most once).
_AMBIGUOUS = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError)
# Between attempts to record a send Meta accepted while the store or Kafka is away.
_RECORD_RETRY_SECONDS = 1.0


async def send_outbound(ingress: Ingress, event: OutboundRequested) -> None:
    """Send once; publish the outcome (accepted or failed) on whatsapp.status.v1.

    The send log is written before the Graph API call, so after a crash the
    redelivered event finds it: a finished send re-publishes its outcome; a send
    cut off mid-call is not repeated but reported with an unknown outcome (Meta's
    status webhook, which echoes our outbound id, settles it if it did go out).
    """
    outbound_id = event.payload.outbound_id
    record = await ingress.store.send_record(outbound_id)
    if record is not None and record.state != "retry":
        await _settle_earlier_attempt(ingress, event, record)
        return
    message = await _whatsapp_message(ingress, event)
    if message is None:  # an erased customer's contact is gone: nobody left to write to
        await _finish(ingress, event, "failed", None, _failure("recipient_forgotten", None))
        return
    if await ingress.store.held_before(outbound_id, event.subject):
        # An earlier reply to this customer waits for replay: this one waits behind it,
        # so the customer reads them in order.
        await _defer(ingress, event, "held_behind_earlier_reply", None)
    policy = ingress.send_policy
    for attempt in range(1, policy.attempts + 1):
        # Paced before the send log says "sending": many sends wait for a slot at once, and
        # a crash while they wait must not leave them looking cut off mid-call (never sent).
        await ingress.graph.wait_turn(message)
        await ingress.store.begin_send(outbound_id, event.subject)
        try:
            wamid = await ingress.graph.send(message)
        except _AMBIGUOUS as error:
            await _finish(ingress, event, "unknown", None, _failure(type(error).__name__, None))
            return
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout):
            failure, retry_after, code = SendFailure.TRANSIENT, None, None
        except GraphApiError as error:
            failure = classify_send_failure(error.status, error.code)
            retry_after, code = error.retry_after, error.code
        else:
            await _record_accepted(ingress, event, wamid)
            return
        if failure is SendFailure.RATE_LIMITED:
            RATE_LIMIT_HITS.labels(f"meta_{code or 429}").inc()
        if failure is SendFailure.PERMANENT:
            await _finish(ingress, event, "failed", None, _failure(failure.value, code))
            return
        if attempt == policy.attempts:
            await _defer(ingress, event, failure.value, code)
        OUTBOUND_SENDS.labels(
            "rate_limited" if failure is SendFailure.RATE_LIMITED else "retried"
        ).inc()
        await ingress.store.retry_later(outbound_id)
        logger.warning("outbound_id=%s %s (code %s); retrying", outbound_id, failure.value, code)
        await asyncio.sleep(policy.delay(attempt, retry_after))


async def _record_accepted(ingress: Ingress, event: OutboundRequested, wamid: str) -> None:
    """Meta took the message: record and report that, waiting out a store or Kafka outage.

    Only this call knows the send went out. Raising now would leave the send log at
    `sending`, and the redelivered event would report an interrupted send instead of the
    reply the customer got (and audit would never hear it was accepted).
    """
    key = message_key(ingress.pseudonym_key, wamid)
    status = MessageStatus(outbound_id=event.payload.outbound_id, message_id=key, status="accepted")
    while True:
        try:
            # State first: _finish may forget the customer, and nothing may follow that.
            await ingress.store.advance_state(key, "accepted", 0, event.subject)
            await _finish(ingress, event, "sent", key, status)
            return
        except OUTAGE_ERRORS as error:
            logger.warning(
                "outbound_id=%s was accepted; recording it waits out %s",
                event.payload.outbound_id,
                type(error).__name__,
            )
            await asyncio.sleep(_RECORD_RETRY_SECONDS)


class SendDeferredError(PermanentError):
    """Meta kept refusing for now (throttling, outage) through every attempt: the message was
    not sent, and goes to the dead-letter topic at once (the middleware's retries would only
    repeat the backoff just done), to be replayed once Meta is back (runbook)."""


async def _defer(
    ingress: Ingress, event: OutboundRequested, reason: str, code: int | None
) -> NoReturn:
    """Tell handoff and audit the send failed for now, keep it sendable, and dead-letter it.

    The send log stays at `retry` (nothing went out), so a replay sends it; the status is
    published but not stored as the send's outcome, which a replay would otherwise repeat.
    The send is held: the customer's later replies wait behind it until it went out.
    """
    outbound_id = event.payload.outbound_id
    await ingress.store.defer_send(outbound_id, event.subject)
    await ingress.store.hold(outbound_id, event.subject)
    status = _failure(reason, code, retryable=True).model_copy(update={"outbound_id": outbound_id})
    changed = MessageStatusChanged.caused_by(event, SERVICE, payload=status)
    await publish(ingress.broker, outgoing(WHATSAPP_STATUS, changed))
    OUTBOUND_SENDS.labels("deferred").inc()
    raise SendDeferredError(f"not sent for now: {reason}, code {code}")


async def _settle_earlier_attempt(
    ingress: Ingress, event: OutboundRequested, record: SendRecord
) -> None:
    if record.outcome is not None:  # finished: make sure its outcome was published
        await ingress.store.release(record.outbound_id)  # a crash may have come between
        await publish(ingress.broker, OutgoingEvent(**record.outcome))
        await _forget_if_last(ingress, event)
        return
    if record.state != "sending":  # finished, and the customer forgotten since
        return
    logger.warning("outbound_id=%s was cut off mid-send; not repeating it", record.outbound_id)
    await _finish(ingress, event, "unknown", None, _failure("interrupted", None))


async def _whatsapp_message(ingress: Ingress, event: OutboundRequested) -> OutgoingWhatsApp | None:
    recipient = await ingress.store.recipient(event.subject)
    if recipient is None and event.payload.forget_recipient:
        return None
    if recipient is None:
        raise PermanentError("no contact is known for this subject")
    payload, subject = event.payload, event.subject
    open_text = ingress.keyring.open_text
    template = None
    if payload.template is not None:
        template = TemplateMessage(
            name=payload.template.name,
            language=payload.template.language,
            body_parameters=[open_text(p, subject) for p in payload.template.body_parameters],
        )
    return OutgoingWhatsApp(
        business_number_id=recipient.business_number_id,
        phone=recipient.phone,
        bsuid=recipient.bsuid,
        text=open_text(payload.text, subject) if payload.text else None,
        buttons=payload.buttons,
        template=template,
        callback_data=payload.outbound_id,
    )


def _failure(reason: str, code: int | None, retryable: bool = False) -> MessageStatus:
    return MessageStatus(status="failed", error_code=code, error_title=reason, retryable=retryable)


async def _finish(
    ingress: Ingress,
    event: OutboundRequested,
    state: str,
    message: str | None,
    status: MessageStatus,
) -> None:
    status = status.model_copy(update={"outbound_id": event.payload.outbound_id})
    changed = MessageStatusChanged.caused_by(event, SERVICE, payload=status)
    outcome = outgoing(WHATSAPP_STATUS, changed)
    await ingress.store.finish_send(event.payload.outbound_id, state, message, vars(outcome))
    await ingress.store.release(event.payload.outbound_id)  # the customer's next may go
    await publish(ingress.broker, outcome)
    OUTBOUND_SENDS.labels("sent" if state == "sent" else "failed").inc()
    await _forget_if_last(ingress, event)
    logger.info("outbound_id=%s %s", event.payload.outbound_id, status.status)


async def _forget_if_last(ingress: Ingress, event: OutboundRequested) -> None:
    """After an erased customer's confirmation (sent or not), nothing is kept to reach them."""
    if event.payload.forget_recipient:
        await ingress.store.forget_contact(event.subject)
        ingress.subjects.discard_value(event.subject)
        logger.info("subject=%s forgotten after the erasure confirmation", event.subject)
