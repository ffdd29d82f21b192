"""The consent gate and the rights requests, against the real broker and store."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.consent.app import TOPICS
from confia.consent.handlers import (
    Consent,
    escalate_overdue_requests,
    gate_message,
    record_erasure_report,
)
from confia.consent.http import dpo_router
from confia.consent.settings import ALL_SERVICES
from confia.consent.store import ConsentStore
from confia.consent.texts import Notice
from confia.crypto import Keyring, Sealed, new_box_keys
from confia.events import ErasureCompleted, MessageReceived
from confia.events.schemas import ErasureReport, ReceivedMessage
from confia.events.topics import (
    CONVERSATION_CONSENTED,
    HANDOFF_REQUESTED,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_REQUESTED,
    WHATSAPP_OUTBOUND,
)
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import read_to_end

pytestmark = pytest.mark.integration

NOTICE = Notice("Aurora", "2026-11", "atender você", "12 meses", "https://a.example/p", "dpo@a")


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
    return Consent(
        store=store,
        broker=broker,
        keyring=keyring,
        notice=NOTICE,
        sensitive_purpose=False,
        rights_services=ALL_SERVICES,
        erasure_deadline=timedelta(hours=24),
    )


class Customer:
    """One customer talking to the gate: sends messages, reads what came out about them."""

    def __init__(self, consent: Consent, bootstrap: str, subject: str) -> None:
        self.consent, self.bootstrap, self.subject = consent, bootstrap, subject

    async def says(self, text: str | None = None, button: str | None = None) -> str:
        message_id = f"msg_{uuid.uuid4().hex}"
        seal = self.consent.keyring.seal_text
        event = MessageReceived(
            subject=self.subject,
            conversation_id=f"cnv_{self.subject}",
            producer="ingress",
            payload=ReceivedMessage(
                message_id=message_id,
                kind="interactive" if button else "text",
                text=seal(text, self.subject) if text else None,
                button_id=button,
                sent_at=datetime.now(UTC),
                business_number_id="106540352242922",
            ),
        )
        await gate_message(self.consent, event)
        return message_id

    async def on(self, topic: str) -> list[dict[str, Any]]:
        return [r.json() for r in await read_to_end(self.bootstrap, topic) if r.key == self.subject]

    async def replies(self) -> list[dict[str, Any]]:
        """What the customer was sent: text (opened) and button ids."""
        out = []
        for event in await self.on(WHATSAPP_OUTBOUND):
            sealed = Sealed.model_validate(event["payload"]["text"])
            out.append(
                {
                    "text": self.consent.keyring.open_text(sealed, self.subject),
                    "buttons": [b["id"] for b in event["payload"]["buttons"]],
                    "forget": event["payload"]["forget_recipient"],
                }
            )
        return out

    async def consented(self) -> list[str]:
        return [e["payload"]["message_id"] for e in await self.on(CONVERSATION_CONSENTED)]


@pytest.fixture
def customer(
    consent: Consent, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> Customer:
    return Customer(consent, infrastructure.kafka_bootstrap, unique("sub"))


async def test_first_contact_gets_the_ai_disclosure_and_nothing_reaches_the_ai(
    customer: Customer,
) -> None:
    await customer.says("Meu pedido atrasou")

    [prompt] = await customer.replies()
    assert "inteligência artificial" in prompt["text"]
    assert prompt["buttons"] == ["consent.accept", "consent.decline", "consent.human"]
    assert await customer.consented() == []


async def test_accepting_releases_the_parked_messages_in_order(customer: Customer) -> None:
    first = await customer.says("Meu pedido atrasou")
    second = await customer.says("É o pedido 123")
    await customer.says("Aceito", button="consent.accept")
    later = await customer.says("Obrigado")

    assert await customer.consented() == [first, second, later]
    [granted] = await customer.on(PRIVACY_CONSENT)
    assert granted["payload"]["granted"] is True
    replies = await customer.replies()
    assert len(replies) == 3, "one prompt for both parked messages, the thanks, analytics"
    assert replies[2]["buttons"] == ["consent.analytics.accept", "consent.analytics.decline"]


async def test_declining_deletes_the_parked_message_and_routes_to_a_person(
    customer: Customer, database: AsyncDatabase[dict[str, Any]]
) -> None:
    await customer.says("Meu CPF é 529.982.247-25")
    await customer.says("Não aceito", button="consent.decline")
    await customer.says("Quero trocar um produto")

    assert await customer.consented() == []
    assert await database["parked_messages"].count_documents({}) == 0
    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "no_ai_consent"
    assert handoff["payload"]["text"] is not None, "the person gets the message, encrypted"


async def test_revoking_stops_the_very_next_message(customer: Customer) -> None:
    await customer.says("Aceito", button="consent.accept")
    allowed = await customer.says("Onde fica a loja?")
    await customer.says("revogar")
    await customer.says("E o horário?")

    assert await customer.consented() == [allowed]
    changes = [e["payload"]["change"] for e in await customer.on(PRIVACY_CONSENT)]
    assert changes == ["granted", "revoked"]
    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "no_ai_consent"


async def test_a_person_is_reachable_whatever_the_consent_state(customer: Customer) -> None:
    await customer.says("falar com humano")

    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "customer_asked_for_human"
    assert handoff["payload"]["text"] is None


async def test_sensitive_data_goes_to_a_person_without_its_own_consent(
    customer: Customer,
) -> None:
    await customer.says("Aceito", button="consent.accept")
    await customer.says("Estou grávida, essa panela é segura?")

    assert await customer.consented() == []
    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "sensitive_data"


async def test_review_of_ai_answers_opens_a_handoff(customer: Customer) -> None:
    await customer.says("Aceito", button="consent.accept")
    await customer.says("revisar resposta")

    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "ai_review_requested"


async def _report_from_every_service(consent: Consent, erasure: dict[str, Any]) -> None:
    for service in ALL_SERVICES:
        report = ErasureCompleted(
            subject=erasure["subject"],
            conversation_id=erasure["conversation_id"],
            producer=service,
            causation_id=erasure["event_id"],
            payload=ErasureReport(
                request_id=erasure["payload"]["request_id"], service=service, deleted={"x": 1}
            ),
        )
        await record_erasure_report(consent, report)


async def test_erasure_is_confirmed_fanned_out_once_and_the_customer_told(
    customer: Customer, consent: Consent
) -> None:
    await customer.says("Aceito", button="consent.accept")
    await customer.says("apagar meus dados")
    assert await customer.on(PRIVACY_ERASURE_REQUESTED) == [], "it asks to confirm first"
    await customer.says("Apagar", button="privacy.erase.confirm")
    await customer.says("Apagar", button="privacy.erase.confirm")  # asked twice

    [erasure] = await customer.on(PRIVACY_ERASURE_REQUESTED)
    request = await consent.store.request(erasure["payload"]["request_id"])
    assert request is not None
    assert request["status"] == "open"
    await _report_from_every_service(consent, erasure)

    replies = await customer.replies()
    assert replies[-1]["forget"] is True, "ingress forgets the customer after this one"
    assert "apagados" in replies[-1]["text"]
    assert "em andamento" in replies[-2]["text"] or "em andamento" in replies[-3]["text"]
    done = await consent.store.request(erasure["payload"]["request_id"])
    assert done is not None
    assert done["status"] == "completed"
    assert set(done["acks"]) == set(ALL_SERVICES)
    await customer.says("Oi de novo")
    assert "inteligência artificial" in (await customer.replies())[-1]["text"], "a new contact"


async def test_erasure_not_answered_in_time_goes_to_the_dpo_queue_once(
    customer: Customer, consent: Consent
) -> None:
    await customer.says("Apagar", button="privacy.erase.confirm")
    late = Consent(**{**vars(consent), "clock": lambda: datetime.now(UTC) + timedelta(days=2)})

    assert await escalate_overdue_requests(late) >= 1
    await escalate_overdue_requests(late)

    handoffs = [e["payload"]["reason"] for e in await customer.on(HANDOFF_REQUESTED)]
    assert handoffs == ["erasure_overdue"]


async def test_dpo_api_shows_each_consent_change_with_its_proof(
    customer: Customer, consent: Consent
) -> None:
    await customer.says("Aceito", button="consent.accept")
    await customer.says("revogar")
    app = FastAPI()
    app.include_router(dpo_router(consent.store, "dpo-token", new_box_keys()[0]))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://consent") as client:
        refused = await client.get(f"/dpo/subjects/{customer.subject}/consent")
        response = await client.get(
            f"/dpo/subjects/{customer.subject}/consent",
            headers={"Authorization": "Bearer dpo-token"},
        )

    assert refused.status_code == 401
    body = response.json()
    assert body["current"]["ai_assistance"] == "refused"
    assert [
        (c["purpose"], c["change"], c["notice_version"], c["channel"]) for c in body["history"]
    ] == [
        ("ai_assistance", "granted", "2026-11", "whatsapp"),
        ("ai_assistance", "revoked", "2026-11", "whatsapp"),
    ]
    assert all(c["recorded_at"] for c in body["history"])


async def test_history_written_before_changes_were_named_still_counts(
    customer: Customer, database: AsyncDatabase[dict[str, Any]]
) -> None:
    await database["consent_history"].insert_one(
        {
            "_id": "old-entry",
            "subject": customer.subject,
            "purpose": "ai_assistance",
            "granted": True,
            "notice_version": "2026-10",
            "recorded_at": datetime.now(UTC) - timedelta(days=30),
            "channel": "whatsapp",
        }
    )
    forwarded = await customer.says("Onde fica a loja?")

    assert await customer.consented() == [forwarded]


async def test_sensitive_first_message_is_not_released_to_the_ai_on_accept(
    customer: Customer,
) -> None:
    await customer.says("Estou grávida, essa panela é segura?")
    await customer.says("Aceito", button="consent.accept")

    assert await customer.consented() == []
    [handoff] = await customer.on(HANDOFF_REQUESTED)
    assert handoff["payload"]["reason"] == "sensitive_data"


async def test_sensitive_consent_releases_the_message_that_waited_for_it(
    customer: Customer, consent: Consent
) -> None:
    customer.consent = Consent(**{**vars(consent), "sensitive_purpose": True})
    await customer.says("Aceito", button="consent.accept")
    waiting = await customer.says("Tenho diabetes, qual panela vocês indicam?")
    assert await customer.consented() == []
    await customer.says("Aceito", button="consent.sensitive.accept")

    assert await customer.consented() == [waiting]


async def test_a_stale_sensitive_button_releases_nothing_without_ai_consent(
    customer: Customer, consent: Consent
) -> None:
    customer.consent = Consent(**{**vars(consent), "sensitive_purpose": True})
    await customer.says("Meu pedido atrasou")
    await customer.says("Aceito", button="consent.sensitive.accept")

    assert await customer.consented() == []


async def test_a_retried_first_message_still_gets_the_disclosure(
    customer: Customer, consent: Consent
) -> None:
    # A first attempt parked the message, then failed before its events were stored.
    original = consent.store.handled.record

    async def fail_once(*args: Any, **kwargs: Any) -> Any:
        consent.store.handled.record = original  # type: ignore[method-assign]
        raise ConnectionError("store hiccup")

    consent.store.handled.record = fail_once  # type: ignore[method-assign]
    message = MessageReceived(
        subject=customer.subject,
        conversation_id=f"cnv_{customer.subject}",
        producer="ingress",
        payload=ReceivedMessage(
            message_id="msg_retry",
            kind="text",
            text=consent.keyring.seal_text("Oi", customer.subject),
            sent_at=datetime.now(UTC),
            business_number_id="1",
        ),
    )
    with pytest.raises(ConnectionError):
        await gate_message(consent, message)
    await gate_message(consent, message)  # the redelivery

    [prompt] = await customer.replies()
    assert prompt["buttons"] == ["consent.accept", "consent.decline", "consent.human"]


async def test_messages_while_an_erasure_runs_are_neither_kept_nor_forwarded(
    customer: Customer, database: AsyncDatabase[dict[str, Any]]
) -> None:
    await customer.says("Aceito", button="consent.accept")
    await customer.says("Apagar", button="privacy.erase.confirm")
    await customer.says("Ainda está apagando?")

    assert await customer.consented() == []
    assert await database["parked_messages"].count_documents({}) == 0
    assert "em andamento" in (await customer.replies())[-1]["text"]
