"""The record of processing operations (LGPD art. 37), from what Confia is configured to
do (purposes, data kinds, retention per topic, recipients) plus what the log observed."""

from collections import Counter
from typing import Any

from confia.events.topics import TOPICS

_DAY_MS = 86_400_000

PURPOSES = (
    {
        "purpose": "customer service by an AI assistant",
        "legal_basis": "consent (LGPD art. 7 I, art. 8)",
        "consent_purpose": "ai_assistance",
    },
    {
        "purpose": "service quality statistics",
        "legal_basis": "consent (LGPD art. 7 I)",
        "consent_purpose": "analytics",
    },
    {
        "purpose": "handling sensitive data the customer sends",
        "legal_basis": "specific consent (LGPD art. 11 I)",
        "consent_purpose": "sensitive_data",
    },
    {
        "purpose": "answering data-subject requests and keeping their proof",
        "legal_basis": "legal obligation (LGPD art. 7 II, art. 18, art. 37)",
        "consent_purpose": None,
    },
)

DATA_KINDS = (
    "WhatsApp identity (business-scoped user id or phone number), kept as a keyed pseudonym",
    "profile name and username (encrypted, ingress only)",
    "message text (encrypted on the bus; personal data replaced by tokens before the AI)",
    "personal data found in messages (CPF, CNPJ, phone, e-mail, card, PIX key, CEP, RG, "
    "bank account, plate, birth date, names, addresses), encrypted per subject in the vault",
    "consent decisions and rights requests",
    "operator accounts and their actions",
)

RECIPIENTS = (
    {"recipient": "Meta Platforms (WhatsApp Cloud API)", "why": "delivering messages"},
    {
        "recipient": "the configured language-model provider, if any (CONFIA_CHAT_MODEL)",
        "why": "drafting answers; receives redacted text only",
    },
    {"recipient": "the business's own operators (handoff console)", "why": "human service"},
)


def processing_records(observed: Counter[str]) -> dict[str, Any]:
    return {
        "controller_note": "Confia processes on behalf of the business (the controller).",
        "purposes": list(PURPOSES),
        "data_kinds": list(DATA_KINDS),
        "retention": [
            {
                "topic": topic.name,
                "days": round(topic.retention_ms / _DAY_MS, 1),
                "holds": topic.description,
            }
            for topic in TOPICS.values()
            if not topic.name.endswith(".dlq")
        ],
        "recipients": list(RECIPIENTS),
        "observed_events": dict(sorted(observed.items())),
    }
