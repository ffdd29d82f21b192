"""The consent gate against the real broker and store."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.consent.app import TOPICS
from confia.consent.domain import ACCEPT_BUTTON, Notice
from confia.consent.handlers import Consent, gate_message
from confia.consent.store import ConsentStore
from confia.crypto import Keyring
from confia.events import MessageReceived
from confia.events.schemas import ReceivedMessage
from confia.events.topics import CONVERSATION_CONSENTED, PRIVACY_CONSENT, WHATSAPP_OUTBOUND
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import events_of

pytestmark = pytest.mark.integration


@pytest.fixture
async def consent(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Consent:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    store = ConsentStore(database)
    await store.create_indexes()
    notice = Notice("Aurora", "2026-11", "https://example.com/p", "dpo@example.com")
    return Consent(store=store, broker=broker, keyring=keyring, notice=notice)


def _message(
    subject: str, keyring: Keyring, text: str | None, button: str | None = None
) -> MessageReceived:
    return MessageReceived(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="ingress",
        payload=ReceivedMessage(
            message_id=f"wamid.{uuid.uuid4().hex}",
            kind="interactive" if button else "text",
            text=keyring.seal_text(text, subject) if text else None,
            button_id=button,
            sent_at=datetime.now(UTC),
            business_number_id="106540352242922",
        ),
    )


async def test_first_contact_gets_the_ai_disclosure_and_nothing_reaches_the_ai(
    consent: Consent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await gate_message(consent, _message(subject, consent.keyring, "Meu pedido atrasou"))

    [prompt] = await events_of(infrastructure.kafka_bootstrap, WHATSAPP_OUTBOUND, subject)
    assert [b["id"] for b in prompt["payload"]["buttons"]] == [
        "consent.accept",
        "consent.decline",
        "consent.human",
    ]
    assert (
        await events_of(
            infrastructure.kafka_bootstrap, CONVERSATION_CONSENTED, subject, count=0, wait_seconds=2
        )
        == []
    )


async def test_accepting_records_consent_and_later_messages_pass(
    consent: Consent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await gate_message(consent, _message(subject, consent.keyring, "Aceito", ACCEPT_BUTTON))
    await gate_message(consent, _message(subject, consent.keyring, "Cadê meu pedido?"))

    [granted] = await events_of(infrastructure.kafka_bootstrap, PRIVACY_CONSENT, subject)
    assert granted["payload"]["granted"] is True
    assert granted["payload"]["notice_version"] == "2026-11"
    [consented] = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_CONSENTED, subject)
    assert "Cadê" not in str(consented), "text stays encrypted until redaction"
    history = await consent.store.history(subject)
    assert [(e.purpose, e.granted) for e in history] == [("ai_assistance", True)]


async def test_redelivered_message_republishes_the_same_events_and_records_once(
    consent: Consent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    accept = _message(subject, consent.keyring, "Aceito", ACCEPT_BUTTON)
    await gate_message(consent, accept)
    await gate_message(consent, accept)

    events = await events_of(infrastructure.kafka_bootstrap, PRIVACY_CONSENT, subject, count=2)
    assert len(events) == 2
    assert events[0]["event_id"] == events[1]["event_id"], "consumers can drop the repeat"
    assert len(await consent.store.history(subject)) == 1
