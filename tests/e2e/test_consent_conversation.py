"""Whole conversations through the webhook: consent first, and erasure across all six services."""

import time
from typing import Any

import httpx
import pytest
from pymongo import MongoClient

from confia.crypto import pseudonym
from confia.testing.infrastructure import Infrastructure
from confia.testing.platform import SERVICES, Platform
from confia.testing.whatsapp import WhatsApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _text(message: dict[str, Any]) -> str:
    body = message["body"]
    return str(
        body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]
    )


def _dpo(platform: Platform, secrets: dict[str, str], path: str) -> Any:
    headers = {"Authorization": f"Bearer {secrets['CONFIA_DPO_API_TOKEN']}"}
    response = httpx.get(f"{platform.url('consent')}/dpo{path}", headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()


def _documents_about(infrastructure: Infrastructure, database: str, subject: str) -> dict[str, int]:
    """Collections of `database` that still hold documents about `subject`, and how many."""
    client: MongoClient[dict[str, Any]] = MongoClient(infrastructure.mongo_uri)
    try:
        db = client[database]
        counts = {
            name: db[name].count_documents({"$or": [{"subject": subject}, {"_id": subject}]})
            for name in db.list_collection_names()
        }
        return {name: count for name, count in counts.items() if count}
    finally:
        client.close()


def test_parked_first_message_is_answered_only_after_consent(whatsapp: WhatsApp) -> None:
    bsuid = "BR.e2e.parked"
    whatsapp.customer_says(bsuid, "Como funciona a troca?")
    [prompt] = whatsapp.sent_to(bsuid, 1)
    assert "inteligência artificial" in _text(prompt)
    assert [b["reply"]["id"] for b in prompt["body"]["interactive"]["action"]["buttons"]] == [
        "consent.accept",
        "consent.decline",
        "consent.human",
    ]

    whatsapp.customer_says(bsuid, button=("consent.accept", "Aceito"))
    answer = whatsapp.sent_to(bsuid, 4)[3]  # after the thanks and the analytics question
    assert "troca" in _text(answer).lower()


def test_erasure_reaches_every_service_and_the_customer_is_told(
    whatsapp: WhatsApp,
    platform: Platform,
    secrets: dict[str, str],
    infrastructure: Infrastructure,
    databases: dict[str, str],
) -> None:
    bsuid = "BR.e2e.erasure"
    subject = pseudonym(secrets["CONFIA_PSEUDONYM_KEY"].encode(), bsuid)
    whatsapp.customer_says(bsuid, button=("consent.accept", "Aceito"))
    whatsapp.customer_says(bsuid, "Meu CPF é 529.982.247-25, qual o prazo de entrega?")
    whatsapp.sent_to(bsuid, 3)  # thanks, analytics question, answer
    assert _documents_about(infrastructure, databases["redaction"], subject)

    whatsapp.customer_says(bsuid, "apagar meus dados")
    confirm = whatsapp.sent_to(bsuid, 4)[3]
    assert "não pode ser desfeito" in _text(confirm)
    press = ("privacy.erase.confirm", "Apagar meus dados")
    whatsapp.customer_says(bsuid, button=press, in_reply_to=confirm["wamid"])
    whatsapp.customer_says(bsuid, button=press, in_reply_to=confirm["wamid"])  # pressed twice

    deadline = time.monotonic() + 60
    while not any("apagados" in _text(m) for m in whatsapp.messages_to(bsuid)[4:]):
        assert time.monotonic() < deadline, "the customer is told when the erasure is done"
        time.sleep(0.5)
    requests = _dpo(platform, secrets, "/rights-requests")
    [request] = [r for r in requests if r["subject"] == subject]  # the second press: no new one
    assert request["status"] == "completed"
    assert request["subject"] == subject
    assert set(request["reports"]) == set(SERVICES), "every service answered"
    for service in ("ingress", "redaction", "agent", "handoff"):
        deadline = time.monotonic() + 10
        while held := _documents_about(infrastructure, databases[service], subject):
            assert time.monotonic() < deadline, f"{service} still holds {held}"
            time.sleep(0.5)
    consent = _dpo(platform, secrets, f"/subjects/{subject}/consent")
    assert consent["current"]["ai_assistance"] == "never_asked", "a new contact from now on"


def test_access_request_gathers_what_every_service_holds_for_the_dpo(
    whatsapp: WhatsApp, platform: Platform, secrets: dict[str, str]
) -> None:
    bsuid = "BR.e2e.access"
    subject = pseudonym(secrets["CONFIA_PSEUDONYM_KEY"].encode(), bsuid)
    whatsapp.customer_says(bsuid, button=("consent.accept", "Aceito"))
    whatsapp.customer_says(bsuid, "Meu CPF é 529.982.247-25, qual o prazo de entrega?")
    whatsapp.sent_to(bsuid, 3)
    whatsapp.customer_says(bsuid, "meus dados")
    told = whatsapp.sent_to(bsuid, 4)[3]
    said = _text(told)
    assert "529.982.247-25" not in said, "nothing personal is written into the chat"
    assert "52998224725" not in said, "nothing personal is written into the chat"

    deadline = time.monotonic() + 60
    while True:
        requests = [
            r for r in _dpo(platform, secrets, "/rights-requests") if r["subject"] == subject
        ]
        if requests and requests[0]["status"] == "completed":
            break
        assert time.monotonic() < deadline, "every service answers the access request"
        time.sleep(0.5)
    report = _dpo(platform, secrets, f"/rights-requests/{requests[0]['request_id']}/export")

    held = report["held_by_service"]
    assert set(held) == set(SERVICES)
    assert held["ingress"]["contact"]["bsuid"] == bsuid
    values = [t["value"] for t in held["redaction"]["personal_data_tokens"]]
    assert values == ["529.982.247-25"]
    assert any("[CPF_1]" in turn["text"] for turn in held["agent"]["conversation_memory"])
    assert [c["change"] for c in held["consent"]["consent_history"]] == ["granted"]
