"""Consent rules: what a customer message asks for, what their consent allows, what to do.

Pure: no I/O. The consent state is derived from the history of decisions; the texts
the customer reads live in texts.py.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

AI_ASSISTANCE = "ai_assistance"
ANALYTICS = "analytics"
SENSITIVE_DATA = "sensitive_data"  # LGPD art. 11, when the business enables it
PURPOSES = (AI_ASSISTANCE, ANALYTICS, SENSITIVE_DATA)

MAX_PARKED = 10  # messages kept while the customer has not answered the consent question


class Intent(Enum):
    ACCEPT = "consent.accept"
    DECLINE = "consent.decline"
    HUMAN = "consent.human"
    ACCEPT_ANALYTICS = "consent.analytics.accept"
    DECLINE_ANALYTICS = "consent.analytics.decline"
    ACCEPT_SENSITIVE = "consent.sensitive.accept"
    REVOKE = "privacy.revoke"
    ERASE = "privacy.erase"
    CONFIRM_ERASURE = "privacy.erase.confirm"
    CANCEL_ERASURE = "privacy.erase.cancel"
    ACCESS = "privacy.access"
    REVIEW = "privacy.review"
    MENU = "privacy.menu"
    MESSAGE = "message"  # anything else: a question for the business


# Whole-message commands, accent-folded and lower-cased ("apagar meus dados!" matches).
_COMMANDS: dict[str, Intent] = {
    **dict.fromkeys(
        ["revogar", "revogar consentimento", "cancelar consentimento", "revoke", "revoke consent"],
        Intent.REVOKE,
    ),
    **dict.fromkeys(
        [
            "apagar meus dados",
            "excluir meus dados",
            "apague meus dados",
            "delete my data",
            "erase my data",
        ],
        Intent.ERASE,
    ),
    **dict.fromkeys(
        [
            "meus dados",
            "quais dados voces tem",
            "acessar meus dados",
            "copia dos meus dados",
            "my data",
        ],
        Intent.ACCESS,
    ),
    **dict.fromkeys(
        [
            "falar com humano",
            "falar com atendente",
            "falar com uma pessoa",
            "atendente",
            "humano",
            "talk to a human",
            "human",
        ],
        Intent.HUMAN,
    ),
    **dict.fromkeys(
        ["revisar resposta", "revisao humana", "quero revisao", "review", "review answer"],
        Intent.REVIEW,
    ),
    **dict.fromkeys(["privacidade", "lgpd", "menu", "privacy"], Intent.MENU),
}
_BUTTONS = {intent.value: intent for intent in Intent if intent is not Intent.MESSAGE}

# Words that signal sensitive personal data (LGPD art. 5 II): health above all here.
_SENSITIVE = re.compile(
    r"\b(saude|doenca|diagnostic\w*|remedio\w*|medicament\w*|exame\w*|gravid\w*|gestante|"
    r"hiv|cancer|diabetes|hipertensao|depressao|ansiedade|deficiencia|laudo\w*|cirurgia\w*|"
    r"receita medica|"
    r"religiao|sindicato|biometri\w*|orientacao sexual)\b"
)


def fold(text: str) -> str:
    """Lower-case, accents off, punctuation off, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def intent_of(button_id: str | None, text: str | None) -> Intent:
    if button_id is not None and button_id in _BUTTONS:
        return _BUTTONS[button_id]
    if text is not None:
        return _COMMANDS.get(fold(text), Intent.MESSAGE)
    return Intent.MESSAGE


def is_sensitive(text: str) -> bool:
    return _SENSITIVE.search(fold(text)) is not None


# --- Consent state -------------------------------------------------------------------


class Change(Enum):
    GRANTED = "granted"
    DECLINED = "declined"
    REVOKED = "revoked"
    ERASED = "erased"  # the subject's data was erased: they start over as a new contact


@dataclass(frozen=True)
class ConsentEntry:
    """One recorded decision: the proof a controller must be able to show (LGPD art. 8 §2)."""

    purpose: str
    change: Change
    notice_version: str
    recorded_at: datetime
    channel: str = "whatsapp"

    @property
    def granted(self) -> bool:
        return self.change is Change.GRANTED


class State(Enum):
    NEVER_ASKED = "never_asked"
    GRANTED = "granted"
    REFUSED = "refused"  # declined or revoked


def consent_state(history: list[ConsentEntry], purpose: str) -> State:
    """The latest decision for the purpose wins; an erasure means never asked."""
    decisions = [entry for entry in history if entry.purpose == purpose]
    if not decisions:
        return State.NEVER_ASKED
    latest = max(decisions, key=lambda entry: entry.recorded_at)
    if latest.change is Change.GRANTED:
        return State.GRANTED
    return State.NEVER_ASKED if latest.change is Change.ERASED else State.REFUSED


def has_consent(history: list[ConsentEntry], purpose: str) -> bool:
    return consent_state(history, purpose) is State.GRANTED


# --- What to do --------------------------------------------------------------------


class Action(Enum):
    GRANT = "grant"
    DECLINE = "decline"
    GRANT_ANALYTICS = "grant_analytics"
    DECLINE_ANALYTICS = "decline_analytics"
    GRANT_SENSITIVE = "grant_sensitive"
    REVOKE = "revoke"
    TO_HUMAN = "to_human"
    REVIEW = "review"
    ASK_TO_CONFIRM_ERASURE = "ask_to_confirm_erasure"
    ERASURE_IN_PROGRESS = "erasure_in_progress"
    ERASE = "erase"
    CANCEL_ERASURE = "cancel_erasure"
    ACCESS = "access"
    MENU = "menu"
    FORWARD = "forward"
    PARK_AND_ASK = "park_and_ask"
    PARK = "park"
    PARK_AND_ASK_SENSITIVE = "park_and_ask_sensitive"
    TO_HUMAN_WITHOUT_AI = "to_human_without_ai"
    TO_HUMAN_SENSITIVE = "to_human_sensitive"
    IGNORE = "ignore"


_DIRECT: dict[Intent, Action] = {
    Intent.ACCEPT: Action.GRANT,
    Intent.DECLINE: Action.DECLINE,
    Intent.ACCEPT_ANALYTICS: Action.GRANT_ANALYTICS,
    Intent.DECLINE_ANALYTICS: Action.DECLINE_ANALYTICS,
    Intent.ACCEPT_SENSITIVE: Action.GRANT_SENSITIVE,
    Intent.REVOKE: Action.REVOKE,
    Intent.HUMAN: Action.TO_HUMAN,
    Intent.REVIEW: Action.REVIEW,
    Intent.ERASE: Action.ASK_TO_CONFIRM_ERASURE,
    Intent.CONFIRM_ERASURE: Action.ERASE,
    Intent.CANCEL_ERASURE: Action.CANCEL_ERASURE,
    Intent.ACCESS: Action.ACCESS,
    Intent.MENU: Action.MENU,
}


@dataclass(frozen=True)
class Situation:
    """What the gate knows when a customer message arrives."""

    intent: Intent
    ai: State
    has_text: bool
    sensitive: bool
    sensitive_purpose_enabled: bool
    sensitive_granted: bool
    parked: int  # messages already waiting for the consent answer
    erasing: bool = False  # an erasure of this customer's data is under way


def decide(situation: Situation) -> Action:
    """What to do with one customer message. Rights and a human are always reachable."""
    if situation.intent is Intent.ACCEPT_SENSITIVE and situation.ai is not State.GRANTED:
        return Action.IGNORE  # a stale button: sensitive consent needs AI consent first
    if situation.erasing and situation.intent is not Intent.HUMAN:
        # Nothing new is kept while everything is being deleted; a person stays reachable.
        return Action.ERASURE_IN_PROGRESS
    if situation.intent in _DIRECT:
        return _DIRECT[situation.intent]
    if situation.ai is State.REFUSED:
        return Action.TO_HUMAN_WITHOUT_AI if situation.has_text else Action.IGNORE
    if situation.ai is State.NEVER_ASKED:
        if situation.parked >= MAX_PARKED:
            return Action.IGNORE
        return Action.PARK if situation.parked else Action.PARK_AND_ASK
    if not situation.has_text:
        return Action.IGNORE
    if situation.sensitive and not situation.sensitive_granted:
        if situation.sensitive_purpose_enabled:
            return Action.PARK_AND_ASK_SENSITIVE
        return Action.TO_HUMAN_SENSITIVE
    return Action.FORWARD
