"""Consent rules: what a customer message means for their consent, and what to do with it."""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

AI_ASSISTANCE = "ai_assistance"

ACCEPT_BUTTON = "consent.accept"
DECLINE_BUTTON = "consent.decline"
HUMAN_BUTTON = "consent.human"


@dataclass(frozen=True)
class ConsentEntry:
    """One recorded decision: the proof a controller must be able to show (LGPD art. 8 §2)."""

    purpose: str
    granted: bool
    notice_version: str
    recorded_at: datetime


class Action(Enum):
    GRANT = "grant"
    DECLINE = "decline"
    ASK_FOR_HUMAN = "ask_for_human"
    FORWARD = "forward"
    ASK_FOR_CONSENT = "ask_for_consent"
    IGNORE = "ignore"


def has_consent(history: list[ConsentEntry], purpose: str) -> bool:
    """The current state is the latest decision for the purpose; no decision means no."""
    decisions = [entry for entry in history if entry.purpose == purpose]
    return bool(decisions) and max(decisions, key=lambda e: e.recorded_at).granted


def decide(button_id: str | None, has_text: bool, consented: bool) -> Action:
    """What to do with one customer message."""
    if button_id == ACCEPT_BUTTON:
        return Action.GRANT
    if button_id == DECLINE_BUTTON:
        return Action.DECLINE
    if button_id == HUMAN_BUTTON:
        return Action.ASK_FOR_HUMAN
    if not consented:
        return Action.ASK_FOR_CONSENT
    return Action.FORWARD if has_text else Action.IGNORE


@dataclass(frozen=True)
class Notice:
    business_name: str
    version: str
    policy_url: str
    dpo_contact: str

    def disclosure(self) -> str:
        """The AI disclosure and short privacy notice of first contact (pt-BR)."""
        return (
            f"Olá! Aqui é a assistente virtual da {self.business_name}. "
            "Sou uma inteligência artificial, não uma pessoa.\n\n"
            "Para te atender, vou tratar suas mensagens com apoio de IA. Antes disso, "
            "trocamos seus dados pessoais (como CPF e telefone) por códigos, e guardamos "
            "tudo criptografado. Você pode revogar o consentimento ou pedir a exclusão "
            "dos seus dados quando quiser.\n\n"
            f"Política de privacidade: {self.policy_url}\n"
            f"Encarregado (DPO): {self.dpo_contact}\n\n"
            "Você aceita ser atendido pela assistente virtual?"
        )


GRANTED_REPLY = (
    "Obrigado! Pode mandar sua dúvida. Se preferir falar com uma pessoa, "
    "é só pedir a qualquer momento."
)
DECLINED_REPLY = (
    "Tudo bem, não vamos usar IA com as suas mensagens. "
    "Se quiser falar com uma pessoa da equipe, é só tocar em 'Falar com pessoa'."
)
HUMAN_REPLY = "Certo! Vou chamar uma pessoa da equipe para continuar o atendimento."
