from datetime import UTC, datetime, timedelta

import pytest

from confia.consent.domain import (
    ACCEPT_BUTTON,
    AI_ASSISTANCE,
    DECLINE_BUTTON,
    HUMAN_BUTTON,
    Action,
    ConsentEntry,
    Notice,
    decide,
    has_consent,
)

T0 = datetime(2026, 11, 29, tzinfo=UTC)


def _entry(granted: bool, minutes: int, purpose: str = AI_ASSISTANCE) -> ConsentEntry:
    return ConsentEntry(purpose, granted, "2026-11", T0 + timedelta(minutes=minutes))


def test_no_history_means_no_consent() -> None:
    assert not has_consent([], AI_ASSISTANCE)


def test_latest_decision_wins() -> None:
    assert has_consent([_entry(False, 0), _entry(True, 1)], AI_ASSISTANCE)
    assert not has_consent([_entry(True, 0), _entry(False, 1)], AI_ASSISTANCE)


def test_consent_for_another_purpose_does_not_count() -> None:
    assert not has_consent([_entry(True, 0, purpose="analytics")], AI_ASSISTANCE)


@pytest.mark.parametrize(
    ("button", "has_text", "consented", "expected"),
    [
        (ACCEPT_BUTTON, True, False, Action.GRANT),
        (DECLINE_BUTTON, True, True, Action.DECLINE),
        (HUMAN_BUTTON, True, False, Action.ASK_FOR_HUMAN),
        (None, True, False, Action.ASK_FOR_CONSENT),
        (None, False, False, Action.ASK_FOR_CONSENT),
        (None, True, True, Action.FORWARD),
        (None, False, True, Action.IGNORE),
    ],
)
def test_decide(button: str | None, has_text: bool, consented: bool, expected: Action) -> None:
    assert decide(button, has_text=has_text, consented=consented) is expected


def test_disclosure_says_it_is_an_ai_and_names_policy_and_dpo() -> None:
    text = Notice("Aurora", "2026-11", "https://a.example/p", "dpo@a.example").disclosure()
    assert "inteligência artificial" in text
    assert "https://a.example/p" in text
    assert "dpo@a.example" in text
