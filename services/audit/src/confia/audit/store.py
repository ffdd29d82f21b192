"""Audit's own database: the append-only log."""

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.audit.domain import AuditRecord


class AuditLog:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._records = database["records"]

    async def append(self, record: AuditRecord) -> bool:
        """Insert once per source event id; False if it was already recorded."""
        document = {"_id": record.event_id, **asdict(record), "recorded_at": datetime.now(UTC)}
        try:
            await self._records.insert_one(document)
        except DuplicateKeyError:
            return False
        return True

    async def export(self, subject: str) -> dict[str, Any]:
        """Which kinds of event were recorded about the subject, and when (no content)."""
        cursor = self._records.find(
            {"subject": subject}, projection={"_id": 0, "type": 1, "producer": 1, "occurred_at": 1}
        )
        return {"audit_records": [doc async for doc in cursor.sort("occurred_at", 1)]}

    async def record(self, event_id: str) -> dict[str, Any] | None:
        return await self._records.find_one({"_id": event_id})
