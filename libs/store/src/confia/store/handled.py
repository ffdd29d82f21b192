"""Handled events: an outbox without transactions.

One document per incoming event id holds the events the handler must emit. The
document is written once (insert, never update), so after a crash at any point a
redelivered event either finds nothing (and the work is redone, nothing having
been published) or finds the document and re-publishes exactly the same events.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError


@dataclass(frozen=True)
class OutgoingEvent:
    topic: str
    key: str
    body: dict[str, Any]


class HandledEvents:
    """The `handled_events` collection of one service."""

    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._collection: AsyncCollection[dict[str, Any]] = database["handled_events"]

    async def find(self, event_id: str) -> list[OutgoingEvent] | None:
        """The events stored for `event_id`, or None if it was never handled."""
        document = await self._collection.find_one({"_id": event_id})
        return None if document is None else _outgoing(document)

    async def record(
        self, event_id: str, outgoing: list[OutgoingEvent], **effect: Any
    ) -> list[OutgoingEvent]:
        """Store `outgoing` (and any effect fields) for `event_id`; first writer wins."""
        document = {
            "_id": event_id,
            "handled_at": datetime.now(UTC),
            "outgoing": [vars(event) for event in outgoing],
            **effect,
        }
        try:
            await self._collection.insert_one(document)
        except DuplicateKeyError:
            # A concurrent or earlier delivery won: emit what it stored, not ours.
            stored = await self._collection.find_one({"_id": event_id})
            assert stored is not None
            return _outgoing(stored)
        return outgoing

    async def delete_subject(self, subject: str) -> int:
        """Erase every handled-event record of a subject (LGPD art. 18)."""
        result = await self._collection.delete_many({"subject": subject})
        return result.deleted_count


def _outgoing(document: dict[str, Any]) -> list[OutgoingEvent]:
    return [OutgoingEvent(**event) for event in document["outgoing"]]
