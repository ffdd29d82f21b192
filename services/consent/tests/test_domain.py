from datetime import UTC, datetime, timedelta

import pytest

from confia.consent.domain import (
    AI_ASSISTANCE,
    MAX_PARKED,
    Action,
    Change,
    ConsentEntry,
    Intent,
    Situation,
    State,
    consent_state,
    decide,
    intent_of,
    is_sensitive,
)
from confia.consent.texts import Notice

T0 = datetime(2026, 11, 29, tzinfo=UTC)


def _entry(change: Change, minutes: int, purpose: str = AI_ASSISTANCE) -> ConsentEntry:
    return ConsentEntry(purpose, change, "2026-11", T0 + timedelta(minutes=minutes))


def test_no_history_means_never_asked() -> None:
    assert consent_state([], AI_ASSISTANCE) is State.NEVER_ASKED


@pytest.mark.parametrize(
    ("changes", "state"),
    [
        ([Change.DECLINED, Change.GRANTED], State.GRANTED),
        ([Change.GRANTED, Change.REVOKED], State.REFUSED),
        ([Change.GRANTED, Change.DECLINED], State.REFUSED),
        ([Change.GRANTED, Change.ERASED], State.NEVER_ASKED),
    ],
)
def test_latest_decision_wins(changes: list[Change], state: State) -> None:
    history = [_entry(change, n) for n, change in enumerate(changes)]
    assert consent_state(history, AI_ASSISTANCE) is state


def test_consent_for_another_purpose_does_not_count() -> None:
    assert consent_state([_entry(Change.GRANTED, 0, "analytics")], AI_ASSISTANCE) is (
        State.NEVER_ASKED
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Revogar", Intent.REVOKE),
        ("apagar meus dados!", Intent.ERASE),
        ("  Apague   meus dados ", Intent.ERASE),
        ("meus dados", Intent.ACCESS),
        ("Falar com humano", Intent.HUMAN),
        ("revisar resposta", Intent.REVIEW),
        ("privacidade", Intent.MENU),
        ("quero apagar meus dados antigos do cadastro e mudar o endereço", Intent.MESSAGE),
        ("Meu pedido atrasou", Intent.MESSAGE),
    ],
)
def test_commands_are_whole_messages_in_plain_words(text: str, intent: Intent) -> None:
    assert intent_of(None, text) is intent


def test_buttons_win_over_text() -> None:
    assert intent_of("consent.accept", "Aceito") is Intent.ACCEPT
    assert intent_of("unknown.button", "revogar") is Intent.REVOKE


@pytest.mark.parametrize(
    ("text", "sensitive"),
    [
        ("Estou grávida, posso usar essa panela?", True),
        ("Preciso do laudo médico para a troca", True),
        ("Tenho diabetes, é doença crônica", True),
        ("Meu pedido não chegou", False),
        ("O examinador de qualidade aprovou?", False),
    ],
)
def test_sensitive_data_is_spotted(text: str, sensitive: bool) -> None:
    assert is_sensitive(text) is sensitive


def _situation(**overrides: object) -> Situation:
    values: dict[str, object] = {
        "intent": Intent.MESSAGE,
        "ai": State.GRANTED,
        "has_text": True,
        "sensitive": False,
        "sensitive_purpose_enabled": False,
        "sensitive_granted": False,
        "parked": 0,
    }
    return Situation(**{**values, **overrides})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "action"),
    [
        ({}, Action.FORWARD),
        ({"ai": State.NEVER_ASKED}, Action.PARK_AND_ASK),
        ({"ai": State.NEVER_ASKED, "parked": 1}, Action.PARK),
        ({"ai": State.NEVER_ASKED, "parked": MAX_PARKED}, Action.IGNORE),
        ({"ai": State.REFUSED}, Action.TO_HUMAN_WITHOUT_AI),
        ({"sensitive": True}, Action.TO_HUMAN_SENSITIVE),
        ({"sensitive": True, "sensitive_purpose_enabled": True}, Action.PARK_AND_ASK_SENSITIVE),
        (
            {"sensitive": True, "sensitive_purpose_enabled": True, "sensitive_granted": True},
            Action.FORWARD,
        ),
        ({"has_text": False}, Action.IGNORE),
        ({"intent": Intent.ACCEPT, "ai": State.NEVER_ASKED}, Action.GRANT),
        ({"intent": Intent.HUMAN, "ai": State.REFUSED}, Action.TO_HUMAN),
        ({"intent": Intent.ERASE, "ai": State.NEVER_ASKED}, Action.ASK_TO_CONFIRM_ERASURE),
        ({"intent": Intent.CONFIRM_ERASURE}, Action.ERASE),
        ({"intent": Intent.REVOKE}, Action.REVOKE),
        ({"intent": Intent.REVIEW}, Action.REVIEW),
        ({"intent": Intent.ACCESS, "ai": State.REFUSED}, Action.ACCESS),
        ({"erasing": True}, Action.ERASURE_IN_PROGRESS),
        ({"erasing": True, "intent": Intent.CONFIRM_ERASURE}, Action.ERASURE_IN_PROGRESS),
        ({"erasing": True, "intent": Intent.HUMAN}, Action.TO_HUMAN),
    ],
)
def test_decide(overrides: dict[str, object], action: Action) -> None:
    assert decide(_situation(**overrides)) is action


@pytest.mark.parametrize(
    ("language", "ai_words"),
    [("pt-BR", "inteligência artificial"), ("en", "artificial intelligence")],
)
def test_disclosure_says_it_is_an_ai_and_names_controller_purpose_policy_and_dpo(
    language: str, ai_words: str
) -> None:
    notice = Notice(
        "Aurora",
        "2026-11",
        "answering questions",
        "12 months",
        "https://a.example/p",
        "dpo@a.example",
        language,  # type: ignore[arg-type]
    )
    text = notice.disclosure()
    for expected in (
        ai_words,
        "Aurora",
        "answering questions",
        "12 months",
        "https://a.example/p",
        "dpo@a.example",
    ):
        assert expected in text


@pytest.mark.parametrize("language", ["pt-BR", "en"])
def test_every_reply_exists_in_both_languages(language: str) -> None:
    notice = Notice("A", "v", "p", "r", "u", "d", language)  # type: ignore[arg-type]
    for key in ("granted", "declined", "revoked", "erasure_done", "access", "menu", "review"):
        assert notice.reply(key)
    for key in ("accept", "decline", "human", "confirm_erasure"):
        assert 0 < len(notice.button(key)) <= 20, "WhatsApp limits button titles to 20"
