"""Agent's own database: knowledge entries and redacted conversation memory (tokens only)."""

from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from confia.agent.domain import KnowledgeEntry
from confia.store import HandledEvents


class AgentStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._knowledge = database["knowledge"]
        self._turns = database["turns"]
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._turns.create_index([("conversation_id", ASCENDING), ("at", ASCENDING)])

    async def replace_knowledge(self, entries: list[KnowledgeEntry]) -> None:
        """Make the stored knowledge exactly `entries` (re-training is editing documents)."""
        for entry in entries:
            await self._knowledge.replace_one(
                {"_id": entry.id},
                {"_id": entry.id, "text": entry.text, "source": entry.source},
                upsert=True,
            )
        await self._knowledge.delete_many({"_id": {"$nin": [entry.id for entry in entries]}})

    async def knowledge(self) -> list[KnowledgeEntry]:
        cursor = self._knowledge.find().sort("_id", ASCENDING)
        return [KnowledgeEntry(doc["_id"], doc["text"], doc["source"]) async for doc in cursor]

    async def export(self, subject: str) -> dict[str, Any]:
        """The remembered turns (redacted: tokens, never values) for a data access report."""
        cursor = self._turns.find({"subject": subject}, projection={"_id": 0, "subject": 0})
        return {"conversation_memory": [doc async for doc in cursor.sort("at", ASCENDING)]}

    async def erase(self, subject: str) -> dict[str, int]:
        turns = await self._turns.delete_many({"subject": subject})
        return {
            "turns": turns.deleted_count,
            "handled_events": await self.handled.delete_subject(subject),
        }

    async def remember(
        self, turn_id: str, subject: str, conversation_id: str, role: str, text: str, keep: int
    ) -> None:
        """Store one redacted turn (idempotent by turn id) and forget beyond `keep` turns."""
        await self._turns.update_one(
            {"_id": turn_id},
            {
                "$setOnInsert": {
                    "subject": subject,
                    "conversation_id": conversation_id,
                    "role": role,
                    "text": text,
                    "at": datetime.now(UTC),
                }
            },
            upsert=True,
        )
        stale = self._turns.find({"conversation_id": conversation_id}, projection={"_id": 1})
        stale_ids = [doc["_id"] async for doc in stale.sort("at", DESCENDING).skip(keep)]
        if stale_ids:
            await self._turns.delete_many({"_id": {"$in": stale_ids}})
