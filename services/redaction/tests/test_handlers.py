"""Redaction against the real broker and store: tokens in, values back out."""

import dataclasses
import os
from collections.abc import Callable
from typing import Any

import pytest
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed, new_box_keys, open_box
from confia.events import MessageConsented, ReplyDrafted
from confia.events.schemas import ConsentedMessage, DraftReply, RevealRequest, RevealRequested
from confia.events.topics import (
    CONVERSATION_REDACTED,
    PRIVACY_REVEAL_COMPLETED,
    SECURITY_EVENTS,
    WHATSAPP_OUTBOUND,
)
from confia.redaction.app import TOPICS
from confia.redaction.detectors import DEFAULT_DETECTORS
from confia.redaction.handlers import Redaction, redact_message, restore_reply, reveal_value
from confia.redaction.patterns import BusinessPattern
from confia.redaction.store import TokenVault
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import events_of

pytestmark = pytest.mark.integration


@pytest.fixture
async def redaction(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Redaction:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    vault = TokenVault(database, keyring, index_key=b"i" * 32)
    await vault.create_indexes()
    return Redaction(
        vault=vault,
        broker=broker,
        keyring=keyring,
        detectors=DEFAULT_DETECTORS,
        reveal_roles=frozenset({"dpo"}),
    )


def _consented(subject: str, keyring: Keyring, text: str, n: int) -> MessageConsented:
    return MessageConsented(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="consent",
        payload=ConsentedMessage(message_id=f"wamid.{n}", text=keyring.seal_text(text, subject)),
    )


async def test_cpf_becomes_a_token_and_the_vault_holds_it_encrypted(
    redaction: Redaction,
    infrastructure: Infrastructure,
    database: AsyncDatabase[dict[str, Any]],
    unique: Callable[[str], str],
) -> None:
    subject = unique("sub")
    text = "Oi! Meu CPF é 529.982.247-25 e o pedido 123456 não chegou."
    await redact_message(redaction, _consented(subject, redaction.keyring, text, 1))

    [redacted] = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_REDACTED, subject)
    assert redacted["payload"]["text"] == "Oi! Meu CPF é [CPF_1] e o pedido 123456 não chegou."
    assert redacted["payload"]["tokens"] == ["[CPF_1]"]
    stored = [str(doc) async for doc in database["vault"].find()]
    assert len(stored) == 1
    assert "52998224725" not in stored[0]
    assert "529.982.247-25" not in stored[0]


async def test_the_same_cpf_keeps_its_token_and_another_gets_the_next(
    redaction: Redaction, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    for n, text in enumerate(["cpf 529.982.247-25", "de novo 52998224725, e 111.444.777-35"]):
        await redact_message(redaction, _consented(subject, redaction.keyring, text, n))

    events = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_REDACTED, subject, 2)
    assert [e["payload"]["text"] for e in events] == ["cpf [CPF_1]", "de novo [CPF_1], e [CPF_2]"]


async def test_reply_tokens_are_restored_only_from_the_same_subjects_vault(
    redaction: Redaction, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    owner, stranger = unique("sub"), unique("sub")
    consented = _consented(owner, redaction.keyring, "meu cpf 529.982.247-25", 1)
    await redact_message(redaction, consented)
    for subject in (owner, stranger):
        reply = ReplyDrafted(
            subject=subject,
            conversation_id=f"cnv_{subject}",
            producer="agent",
            payload=DraftReply(reply_to="wamid.1", text="Confirmo o CPF [CPF_1].", source="agent"),
        )
        await restore_reply(redaction, reply)

    texts = {}
    for subject in (owner, stranger):
        [outbound] = await events_of(infrastructure.kafka_bootstrap, WHATSAPP_OUTBOUND, subject)
        assert "529.982.247-25" not in str(outbound), "outbound text travels encrypted"
        sealed = Sealed.model_validate(outbound["payload"]["text"])
        texts[subject] = redaction.keyring.open_text(sealed, subject)
    assert texts[owner] == "Confirmo o CPF 529.982.247-25."
    assert texts[stranger] == "Confirmo o CPF [CPF_1]."
    [alert] = await events_of(infrastructure.kafka_bootstrap, SECURITY_EVENTS, stranger)
    assert alert["type"] == "security.restore.refused"
    assert alert["payload"]["tokens"] == ["[CPF_1]"]
    assert (
        await events_of(
            infrastructure.kafka_bootstrap, SECURITY_EVENTS, owner, count=0, wait_seconds=1
        )
        == []
    )


async def test_after_erasure_no_token_of_the_subject_can_be_restored(
    redaction: Redaction, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await redact_message(redaction, _consented(subject, redaction.keyring, "cpf 529.982.247-25", 1))
    assert await redaction.vault.values(subject, ["[CPF_1]"]) == {"[CPF_1]": "529.982.247-25"}

    erased = await redaction.vault.erase(subject)

    assert erased["vault"] == 1
    assert erased["subject_keys"] == 1
    assert await redaction.vault.values(subject, ["[CPF_1]"]) == {}
    assert await database["subject_keys"].count_documents({"_id": subject}) == 0


async def test_values_stay_readable_after_the_key_encryption_key_rotates(
    redaction: Redaction, database: AsyncDatabase[dict[str, Any]], unique: Callable[[str], str]
) -> None:
    subject = unique("sub")
    await redact_message(redaction, _consented(subject, redaction.keyring, "cpf 529.982.247-25", 1))
    old = redaction.keyring
    rotated = Keyring({**old.keys, "next": os.urandom(32)}, "next")
    vault = TokenVault(database, rotated, index_key=b"i" * 32)

    assert await vault.values(subject, ["[CPF_1]"]) == {"[CPF_1]": "529.982.247-25"}
    newcomer = unique("sub")
    await vault.token_for(newcomer, "CPF", "11144477735", "111.444.777-35")
    [wrapped] = [doc async for doc in database["subject_keys"].find({"_id": newcomer})]
    assert wrapped["key"]["key_id"] == "next"


def _reveal_request(subject: str, token: str, role: str, reply_key: str) -> RevealRequested:
    return RevealRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="handoff",
        payload=RevealRequest(
            request_id=f"rvl_{token}_{role}",
            token=token,
            operator_id="op_7",
            operator_role=role,
            reason="fraud_investigation",
            justification="Conferir o titular do pedido 48213 contestado.",
            reply_key=reply_key,
        ),
    )


async def test_a_reveal_is_sealed_to_the_askers_key_and_refused_to_other_roles(
    redaction: Redaction, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    subject, stranger = unique("sub"), unique("sub")
    await redact_message(redaction, _consented(subject, redaction.keyring, "cpf 529.982.247-25", 1))
    private_key, public_key = new_box_keys()

    await reveal_value(redaction, _reveal_request(subject, "[CPF_1]", "dpo", public_key))
    await reveal_value(redaction, _reveal_request(subject, "[CPF_1]", "operator", public_key))
    await reveal_value(redaction, _reveal_request(subject, "[CPF_9]", "dpo", public_key))
    await reveal_value(redaction, _reveal_request(stranger, "[CPF_1]", "dpo", public_key))

    bootstrap = infrastructure.kafka_bootstrap
    answers = await events_of(bootstrap, PRIVACY_REVEAL_COMPLETED, subject, count=3)
    by_request = {a["payload"]["request_id"]: a["payload"] for a in answers}
    revealed = by_request["rvl_[CPF_1]_dpo"]
    assert revealed["outcome"] == "revealed"
    assert "529.982.247-25" not in str(answers), "the value only travels sealed"
    sealed = Sealed.model_validate(revealed["value"])
    assert open_box(private_key, sealed).decode() == "529.982.247-25"
    assert by_request["rvl_[CPF_1]_operator"] == {
        "request_id": "rvl_[CPF_1]_operator",
        "token": "[CPF_1]",
        "operator_id": "op_7",
        "outcome": "refused",
        "refusal": "role_not_allowed",
        "value": None,
    }
    assert by_request["rvl_[CPF_9]_dpo"]["refusal"] == "unknown_token"
    [foreign] = await events_of(bootstrap, PRIVACY_REVEAL_COMPLETED, stranger)
    assert foreign["payload"]["refusal"] == "unknown_token", "another subject's token stays hidden"


async def test_a_business_pattern_is_tokenised_before_the_built_in_detectors(
    redaction: Redaction, infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    pattern = BusinessPattern(kind="CUSTOMER_CODE", regex=r"AUR-\d{6}")
    with_patterns = dataclasses.replace(
        redaction, detectors=(pattern.detector(), *DEFAULT_DETECTORS)
    )
    subject = unique("sub")
    text = "Meu código é AUR-123456 e o CPF 529.982.247-25"
    await redact_message(with_patterns, _consented(subject, redaction.keyring, text, 1))

    [redacted] = await events_of(infrastructure.kafka_bootstrap, CONVERSATION_REDACTED, subject)
    assert redacted["payload"]["text"] == "Meu código é [CUSTOMER_CODE_1] e o CPF [CPF_1]"
    assert await redaction.vault.values(subject, ["[CUSTOMER_CODE_1]"]) == {
        "[CUSTOMER_CODE_1]": "AUR-123456"
    }
