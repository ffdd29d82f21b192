"""Agent's own database: the business's documents, decision records, who holds each
conversation, and redacted conversation memory. Tokens only, never a customer's values."""

from datetime import UTC, datetime
from typing import Any, Literal

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from confia.agent.domain import Turn
from confia.store import HandledEvents

DocumentOrigin = Literal["folder", "api"]


class AgentStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._documents = database["documents"]
        self._decisions = database["decisions"]
        self._holders = database["holders"]
        self._turns = database["turns"]
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._turns.create_index([("conversation_id", ASCENDING), ("at", ASCENDING)])
        await self._decisions.create_index([("subject", ASCENDING), ("at", ASCENDING)])

    # --- the business's documents (profile and knowledge, Markdown) -------------------

    async def put_document(self, name: str, text: str, origin: DocumentOrigin) -> None:
        await self._documents.replace_one(
            {"_id": name},
            {"_id": name, "text": text, "origin": origin, "updated_at": datetime.now(UTC)},
            upsert=True,
        )

    async def delete_document(self, name: str) -> bool:
        return (await self._documents.delete_one({"_id": name})).deleted_count == 1

    async def documents(self) -> dict[str, str]:
        cursor = self._documents.find().sort("_id", ASCENDING)
        return {doc["_id"]: doc["text"] async for doc in cursor}

    async def documents_fingerprint(self) -> tuple[tuple[str, datetime], ...]:
        """Changes whenever a document does: replicas reload on a change through the API."""
        cursor = self._documents.find(projection={"updated_at": 1}).sort("_id", ASCENDING)
        return tuple([(doc["_id"], doc["updated_at"]) async for doc in cursor])

    # --- decisions (LGPD art. 20: why the agent answered or handed off) ---------------

    async def save_decision(self, record: dict[str, Any]) -> None:
        await self._decisions.replace_one({"_id": record["_id"]}, record, upsert=True)

    async def decision(self, decision_id: str) -> dict[str, Any] | None:
        return await self._decisions.find_one({"_id": decision_id})

    # --- who answers the customer --------------------------------------------------------

    async def set_holder(self, subject: str, holder: str, ticket_id: str | None) -> None:
        await self._holders.replace_one(
            {"_id": subject},
            {"_id": subject, "holder": holder, "ticket_id": ticket_id, "at": datetime.now(UTC)},
            upsert=True,
        )

    async def human_holds(self, subject: str) -> bool:
        doc = await self._holders.find_one({"_id": subject})
        return doc is not None and doc["holder"] == "human"

    # --- memory -----------------------------------------------------------------------

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

    async def recent_turns(
        self, conversation_id: str, limit: int, before_event: str | None = None
    ) -> list[Turn]:
        """The latest turns, leaving out those of `before_event`: a redelivered message
        must not find itself in its own history (and look like a repetition)."""
        cursor = self._turns.find({"conversation_id": conversation_id})
        latest = [doc async for doc in cursor.sort("at", DESCENDING).limit(limit + 2)]
        own = {f"{before_event}:customer", f"{before_event}:agent"} if before_event else set()
        kept = [doc for doc in latest if doc["_id"] not in own][:limit]
        return [Turn(role=doc["role"], text=doc["text"]) for doc in reversed(kept)]

    # --- data subject rights -------------------------------------------------------------

    async def export(self, subject: str) -> dict[str, Any]:
        """Memory and decisions (redacted: tokens, never values) for a data access report."""
        turns = self._turns.find({"subject": subject}, projection={"_id": 0, "subject": 0})
        decisions = self._decisions.find({"subject": subject}, projection={"subject": 0})
        return {
            "conversation_memory": [doc async for doc in turns.sort("at", ASCENDING)],
            "decisions": [doc async for doc in decisions.sort("at", ASCENDING)],
        }

    async def erase(self, subject: str) -> dict[str, int]:
        turns = await self._turns.delete_many({"subject": subject})
        decisions = await self._decisions.delete_many({"subject": subject})
        holders = await self._holders.delete_many({"_id": subject})
        return {
            "turns": turns.deleted_count,
            "decisions": decisions.deleted_count,
            "holders": holders.deleted_count,
            "handled_events": await self.handled.delete_subject(subject),
        }
