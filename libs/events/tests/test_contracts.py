"""Golden samples keep every event schema version stable: a breaking change fails here."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from confia.events import Envelope
from confia.events.schemas import ALL_EVENTS

SAMPLES = Path(__file__).parent / "samples"


def _sample_file(event: type[Envelope]) -> Path:
    return SAMPLES / f"{event.event_type}.v1.json"


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: e.event_type)
def test_golden_sample_still_validates(event: type[Envelope]) -> None:
    sample = json.loads(_sample_file(event).read_text())
    dumped = event.model_validate(sample).model_dump(mode="json")
    # New optional fields may appear; nothing the sample holds may change or vanish.
    assert _subset(sample, dumped)


def _subset(expected: object, actual: object) -> bool:
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and _subset(v, actual[k]) for k, v in expected.items())
    return expected == actual


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: e.event_type)
def test_unknown_fields_are_ignored(event: type[Envelope]) -> None:
    sample = json.loads(_sample_file(event).read_text())
    sample["added_later"] = {"by": "a newer producer"}
    sample["payload"]["also_new"] = 1
    event.model_validate(sample)


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: e.event_type)
def test_unknown_schema_version_is_rejected(event: type[Envelope]) -> None:
    sample = json.loads(_sample_file(event).read_text())
    sample["schema_version"] = 2
    with pytest.raises(ValidationError):
        event.model_validate(sample)
