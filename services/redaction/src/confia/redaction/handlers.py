"""Redaction use cases: tokens in on the way to the AI, values back on the way out."""

import logging
from dataclasses import dataclass

from faststream.kafka import KafkaBroker

from confia.crypto import Keyring, seal_for
from confia.events import (
    MessageConsented,
    MessageRedacted,
    OutboundRequested,
    ReplyDrafted,
    new_event_id,
)
from confia.events.schemas import (
    OutboundMessage,
    RedactedMessage,
    RefusedRestore,
    RestoreRefused,
    RevealCompleted,
    RevealOutcome,
    RevealRequested,
)
from confia.events.topics import (
    CONVERSATION_REDACTED,
    PRIVACY_REVEAL_COMPLETED,
    SECURITY_EVENTS,
    WHATSAPP_OUTBOUND,
)
from confia.redaction.detectors import Detector, detect
from confia.redaction.domain import Finding, redact, restore, tokens_in
from confia.redaction.store import TokenVault
from confia.runtime.bus import emit_once, outgoing
from confia.store import OutgoingEvent

logger = logging.getLogger("confia.redaction")

SERVICE = "redaction"


@dataclass(frozen=True)
class Redaction:
    vault: TokenVault
    broker: KafkaBroker
    keyring: Keyring
    detectors: tuple[Detector, ...]
    reveal_roles: frozenset[str] = frozenset({"dpo"})


async def redact_message(redaction: Redaction, event: MessageConsented) -> None:
    """Swap personal data for tokens before anything else sees the text."""

    async def act() -> list[OutgoingEvent]:
        text = redaction.keyring.open_text(event.payload.text, event.subject)
        findings = detect(text, redaction.detectors)
        tokens: dict[Finding, str] = {}
        for finding in findings:
            tokens[finding] = await redaction.vault.token_for(
                event.subject, finding.kind, finding.value, finding.surface
            )
        redacted = MessageRedacted.caused_by(
            event,
            SERVICE,
            payload=RedactedMessage(
                message_id=event.payload.message_id,
                text=redact(text, findings, tokens.__getitem__),
                tokens=sorted(set(tokens.values())),
            ),
        )
        logger.info("message_id=%s redacted items=%d", event.payload.message_id, len(findings))
        return [outgoing(CONVERSATION_REDACTED, redacted)]

    await emit_once(redaction.broker, redaction.vault.handled, event, act)


async def restore_reply(redaction: Redaction, event: ReplyDrafted) -> None:
    """Restore the subject's own values in a reply and hand it to ingress, encrypted."""

    async def act() -> list[OutgoingEvent]:
        tokens = tokens_in(event.payload.text)
        values = await redaction.vault.values(event.subject, tokens)
        text = restore(event.payload.text, values)
        refused = sorted(set(tokens) - set(values))
        outbound = OutboundRequested.caused_by(
            event,
            SERVICE,
            payload=OutboundMessage(
                outbound_id=new_event_id(),
                reply_to=event.payload.reply_to,
                text=redaction.keyring.seal_text(text, event.subject),
            ),
        )
        events = [outgoing(WHATSAPP_OUTBOUND, outbound)]
        if refused:
            # Another customer's token, or an invented one: never restored, always reported.
            logger.warning(
                "reply to=%s asked for %d unknown tokens", event.payload.reply_to, len(refused)
            )
            alert = RestoreRefused.caused_by(
                event,
                SERVICE,
                payload=RefusedRestore(reply_to=event.payload.reply_to, tokens=refused),
            )
            events.append(outgoing(SECURITY_EVENTS, alert))
        return events

    await emit_once(redaction.broker, redaction.vault.handled, event, act)


async def reveal_value(redaction: Redaction, event: RevealRequested) -> None:
    """Answer an operator's reveal: the value sealed to their one-time key, or a refusal.

    The console authenticated the operator and checked their role; the role is checked
    again here, where the value lives. Request and answer are both audited topics.
    """
    request = event.payload

    async def act() -> list[OutgoingEvent]:
        outcome = RevealOutcome(
            request_id=request.request_id,
            token=request.token,
            operator_id=request.operator_id,
            outcome="refused",
            refusal="role_not_allowed",
        )
        if request.operator_role in redaction.reveal_roles:
            values = await redaction.vault.values(event.subject, [request.token])
            value = values.get(request.token)
            outcome = outcome.model_copy(
                update={"refusal": "unknown_token"}
                if value is None
                else {
                    "outcome": "revealed",
                    "refusal": None,
                    "value": seal_for(request.reply_key, value.encode()),
                }
            )
        logger.info(
            "reveal request_id=%s operator_id=%s outcome=%s",
            request.request_id,
            request.operator_id,
            outcome.refusal or outcome.outcome,
        )
        completed = RevealCompleted.caused_by(event, SERVICE, payload=outcome)
        return [outgoing(PRIVACY_REVEAL_COMPLETED, completed)]

    await emit_once(redaction.broker, redaction.vault.handled, event, act)
