"""Handoff's own database: one open ticket per conversation, with every request in it."""

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from confia.handoff.domain import TicketStatus


class TicketStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._tickets = database["tickets"]

    async def open_ticket(
        self,
        subject: str,
        conversation_id: str,
        request: dict[str, Any],
        priority: int,
    ) -> None:
        """Open the conversation's ticket, or add this request to the open one.

        Idempotent: a redelivered request is the same document, which `$addToSet` keeps
        once. The most urgent request sets the priority.
        """
        await self._tickets.update_one(
            {"_id": conversation_id},
            {
                "$setOnInsert": {
                    "subject": subject,
                    "status": TicketStatus.WAITING.value,
                    "waiting_since": datetime.now(UTC),
                },
                "$addToSet": {"requests": request},
                "$min": {"priority": priority},
            },
            upsert=True,
        )

    async def export(self, subject: str) -> dict[str, Any]:
        cursor = self._tickets.find({"subject": subject}, projection={"subject": 0})
        return {"tickets": [doc async for doc in cursor]}

    async def erase(self, subject: str) -> dict[str, int]:
        return {"tickets": (await self._tickets.delete_many({"subject": subject})).deleted_count}

    async def ticket(self, conversation_id: str) -> dict[str, Any] | None:
        return await self._tickets.find_one({"_id": conversation_id})
