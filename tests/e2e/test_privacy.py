"""Privacy invariant 1, end to end: after redaction, no raw personal data anywhere.

A consenting customer sends messages full of personal data through the whole platform;
then every topic after redaction (the audit topic included), the agent's, handoff's
and audit's databases and every service's log are scanned for any original value.
"""

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from pymongo import MongoClient

from confia.crypto import pseudonym
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import read_to_end, wait_until_consumed
from confia.testing.platform import Platform
from confia.testing.whatsapp import WhatsApp

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BSUID = "BR.e2e.privacy"
PIX = "29e821a4-c748-43e3-9ba1-621582283d15"
PERSONAL = {
    "529.982.247-25": "Meu CPF é 529.982.247-25, pode ver meu pedido?",
    "marina.souza@example.com": "Meu e-mail é marina.souza@example.com",
    "(11) 98765-4321": "Meu celular é (11) 98765-4321, caso precise",
    "Marina Souza Lima": "Meu nome é Marina Souza Lima e quero trocar a panela",
    "Rua das Acácias, 742": "Moro na Rua das Acácias, 742, Pinheiros",
    "5344 9786 9073 6625": "Paguei com o cartão 5344 9786 9073 6625, em quantas vezes posso?",
    PIX: f"Minha chave pix é {PIX}",
}
AFTER_REDACTION = (
    "conversation.redacted.v1",
    "conversation.reply.v1",
    "privacy.consent.v1",
    "handoff.requested.v1",
    "handoff.state.v1",
    "security.events.v1",
    "console.actions.v1",
    "audit.events.v1",
)
# Stores that must hold tokens and metadata only.
TOKEN_ONLY_STORES = ("agent", "audit", "handoff")


def test_no_original_value_past_redaction(
    whatsapp: WhatsApp,
    infrastructure: Infrastructure,
    databases: dict[str, str],
    namespace: str,
    platform: Platform,
    secrets: dict[str, str],
) -> None:
    whatsapp.customer_says(BSUID, button=("consent.accept", "Aceito"))
    for text in PERSONAL.values():
        whatsapp.customer_says(BSUID, text)
    # Every message reached the agent and the console's transcript, whatever the agent
    # made of it (an answer each, or a hand-off after which a person gets the rest).
    subject = pseudonym(secrets["CONFIA_PSEUDONYM_KEY"].encode(), BSUID)
    _wait_until_redacted(infrastructure, namespace, subject, len(PERSONAL))
    redacted = namespace + "conversation.redacted.v1"
    for group in ("agent", "handoff.transcript", "audit"):
        asyncio.run(wait_until_consumed(infrastructure.kafka_bootstrap, group, redacted, 90))
    whatsapp.sent_to(BSUID, 3, seconds=90)  # the thanks, the analytics question, a reply
    time.sleep(2)  # the last replies' audit and memory writes

    found: list[str] = []
    for topic in AFTER_REDACTION:
        for record in _records(infrastructure, namespace + topic):
            found += [f"{topic}: {value}" for value in PERSONAL if value.encode() in record]
    for service in TOKEN_ONLY_STORES:
        found += [f"{service} db: {v}" for v in _in_store(infrastructure, databases[service])]
    for log in Path(platform.log_dir).glob("*.log"):
        content = log.read_text(errors="replace")
        found += [f"{log.name}: {value}" for value in PERSONAL if value in content]
    assert found == []


def _wait_until_redacted(
    infrastructure: Infrastructure, namespace: str, subject: str, count: int
) -> None:
    topic = namespace + "conversation.redacted.v1"
    deadline = time.monotonic() + 90
    while True:
        records = asyncio.run(read_to_end(infrastructure.kafka_bootstrap, topic))
        ours = [r for r in records if r.key == subject]
        if len(ours) >= count:
            return
        assert time.monotonic() < deadline, f"{len(ours)} of {count} messages redacted"
        time.sleep(0.5)


def _records(infrastructure: Infrastructure, topic: str) -> list[bytes]:

    return [r.value for r in asyncio.run(read_to_end(infrastructure.kafka_bootstrap, topic))]


def _in_store(infrastructure: Infrastructure, database: str) -> list[str]:
    client: MongoClient[dict[str, Any]] = MongoClient(infrastructure.mongo_uri)
    try:
        db = client[database]
        documents = [str(doc) for name in db.list_collection_names() for doc in db[name].find()]
    finally:
        client.close()
    return [value for value in PERSONAL if any(value in doc for doc in documents)]
