"""The access table (the source of Kafka ACLs) matches what each service's code does:
every topic it publishes to is in its writes, every topic it subscribes to in its reads."""

import re
from pathlib import Path

import pytest

from confia.events import topics
from confia.events.access import ACCESS

ROOT = Path(__file__).parents[2]
_CONSTANT = r"([A-Z][A-Z_]+)"
_WRITES = re.compile(rf"(?:outgoing\(|topic=){_CONSTANT}")
# A subscriber names its topic, or a `subscribe_...` function takes it with a default.
_SUBSCRIBES = re.compile(rf"(?:subscriber\(\s*|topic: str = ){_CONSTANT}")


def _names(pattern: re.Pattern[str], service: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "services" / service / "src").rglob("*.py"):
        found |= set(pattern.findall(path.read_text()))
    return {getattr(topics, name) for name in found if hasattr(topics, name)}


@pytest.mark.parametrize("service", sorted(ACCESS))
def test_what_a_service_publishes_is_in_its_writes(service: str) -> None:
    written = _names(_WRITES, service)
    assert written, "the scan found nothing: has the publishing code moved?"
    assert written <= set(ACCESS[service].all_writes)


@pytest.mark.parametrize("service", sorted(set(ACCESS) - {"audit"}))
def test_what_a_service_subscribes_to_is_in_its_reads(service: str) -> None:
    subscribed = _names(_SUBSCRIBES, service)
    assert subscribed, "the scan found nothing: have the subscribers moved?"
    assert subscribed <= set(ACCESS[service].all_reads)


def test_audit_reads_every_topic_but_its_own_and_private_logs() -> None:
    expected = set(topics.TOPICS) - {topics.AUDIT_EVENTS} - topics.INTERNAL_TOPICS
    assert set(ACCESS["audit"].all_reads) == expected
    # A private log's dead letters are still audited (the failure, from their headers).
    assert {topics.dlq(name) for name in topics.INTERNAL_TOPICS} <= expected


@pytest.mark.parametrize("private", sorted(topics.INTERNAL_TOPICS))
def test_a_private_log_is_read_and_written_by_one_service_only(private: str) -> None:
    readers = {name for name, access in ACCESS.items() if private in access.all_reads}
    writers = {name for name, access in ACCESS.items() if private in access.all_writes}
    assert len(readers) == 1
    assert readers == writers
