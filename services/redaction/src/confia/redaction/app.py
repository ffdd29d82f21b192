"""Redaction's wiring: consented messages in, redacted out; replies in, outbound out."""

from fastapi import FastAPI

from confia.events import MessageConsented, ReplyDrafted, dlq
from confia.events.schemas import RevealRequested
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    PRIVACY_REVEAL_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
    SECURITY_EVENTS,
    WHATSAPP_OUTBOUND,
)
from confia.redaction.detectors import DEFAULT_DETECTORS, Detector
from confia.redaction.handlers import (
    SERVICE,
    Redaction,
    redact_message,
    restore_reply,
    reveal_value,
)
from confia.redaction.patterns import load_patterns
from confia.redaction.settings import RedactionSettings
from confia.redaction.store import TokenVault
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing

TOPICS = (
    CONVERSATION_CONSENTED,
    dlq(CONVERSATION_CONSENTED),
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    dlq(CONVERSATION_REPLY),
    WHATSAPP_OUTBOUND,
    SECURITY_EVENTS,
    PRIVACY_REVEAL_REQUESTED,
    dlq(PRIVACY_REVEAL_REQUESTED),
    PRIVACY_REVEAL_COMPLETED,
    *RIGHTS_TOPICS,
)


def detectors(settings: RedactionSettings) -> tuple[Detector, ...]:
    """The business's own patterns first (they know their data), then the built-in ones."""
    if settings.patterns_file is None:
        return DEFAULT_DETECTORS
    business = [pattern.detector() for pattern in load_patterns(settings.patterns_file)]
    return (*business, *DEFAULT_DETECTORS)


def create_app(settings: RedactionSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    keyring = settings.keyring()
    vault = TokenVault(database, keyring, settings.vault_index_key.get_secret_value().encode())
    redaction = Redaction(
        vault=vault,
        broker=broker,
        keyring=keyring,
        detectors=detectors(settings),
        reveal_roles=settings.reveal_roles,
    )

    @broker.subscriber(
        CONVERSATION_CONSENTED,
        group_id=f"{SERVICE}.consented",
        auto_offset_reset="earliest",
        description="Replaces personal data with tokens; originals go to the vault.",
    )
    async def on_consented(event: MessageConsented) -> None:
        await redact_message(redaction, event)

    @broker.subscriber(
        CONVERSATION_REPLY,
        group_id=f"{SERVICE}.reply",
        auto_offset_reset="earliest",
        description="Restores the customer's own values in a reply and sends it out.",
    )
    async def on_reply(event: ReplyDrafted) -> None:
        await restore_reply(redaction, event)

    @broker.subscriber(
        PRIVACY_REVEAL_REQUESTED,
        group_id=f"{SERVICE}.reveal",
        auto_offset_reset="earliest",
        description="Answers an operator's reveal of a token, sealed to their one-time key.",
    )
    async def on_reveal(event: RevealRequested) -> None:
        await reveal_value(redaction, event)

    async def erase(subject: str) -> Erased:
        return Erased(deleted=await vault.erase(subject))

    subscribe_to_rights(parts, vault.handled, erase, vault.export)
    return build_app(parts, topics=TOPICS, on_startup=[vault.create_indexes])
