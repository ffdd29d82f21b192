"""Consent's own database: the consent history (state is derived from it)."""

import contextlib
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.consent.domain import ConsentEntry
from confia.store import HandledEvents


class ConsentStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._history = database["consent_history"]
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._history.create_index([("subject", ASCENDING), ("recorded_at", ASCENDING)])

    async def history(self, subject: str) -> list[ConsentEntry]:
        cursor = self._history.find({"subject": subject}).sort("recorded_at", ASCENDING)
        return [
            ConsentEntry(
                purpose=doc["purpose"],
                granted=doc["granted"],
                notice_version=doc["notice_version"],
                recorded_at=doc["recorded_at"],
            )
            async for doc in cursor
        ]

    async def record(
        self, event_id: str, subject: str, entry: ConsentEntry, recorded_from: str
    ) -> None:
        """Append a decision once per incoming event (a redelivery is a no-op)."""
        document = {
            "_id": event_id,
            "subject": subject,
            "purpose": entry.purpose,
            "granted": entry.granted,
            "notice_version": entry.notice_version,
            "recorded_at": entry.recorded_at,
            "channel": "whatsapp",
            "message_id": recorded_from,
        }
        with contextlib.suppress(DuplicateKeyError):
            await self._history.insert_one(document)
