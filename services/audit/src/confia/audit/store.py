"""Audit's own database: the append-only log (each record a leaf, numbered in order of
appending) and the signed tree heads.

One writer appends (the audit service runs as a single replica, like a CT log's
sequencer): it numbers new records from the highest stored index. The unique `index`
makes a second writer fail loudly rather than fork the log.
"""

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase

from confia.audit.domain import AuditRecord
from confia.audit.merkle import leaf_hash
from confia.audit.tree_head import SignedTreeHead, signed_from_json


class AuditLog:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._records = database["records"]
        self._heads = database["tree_heads"]
        self._progress = database["progress"]

    async def create_indexes(self) -> None:
        await self._records.create_index([("index", ASCENDING)], unique=True)
        await self._records.create_index([("subject", ASCENDING), ("index", ASCENDING)])
        await self._heads.create_index([("tree_size", ASCENDING)])

    async def insert(self, documents: Sequence[dict[str, Any]]) -> None:
        """Store new records (numbered by the caller, the single writer), in one write."""
        if documents:
            await self._records.insert_many(list(documents), ordered=True)

    async def ids_and_leaf_hashes(self) -> tuple[list[str], list[bytes]]:
        cursor = self._records.find({}, {"leaf_hash": 1, "index": 1}).sort("index", ASCENDING)
        documents = [doc async for doc in cursor]
        leaves = [bytes.fromhex(doc["leaf_hash"]) for doc in documents]
        return [doc["_id"] for doc in documents], leaves

    async def leaf_hashes(self) -> list[bytes]:
        return (await self.ids_and_leaf_hashes())[1]

    async def unpublished(self) -> list[dict[str, Any]]:
        """Records not yet on the audit topic, in index order (an outbox whose progress
        is one number: records are published in index order)."""
        done = await self._progress.find_one({"_id": "published"})
        after = done["index"] if done else -1
        cursor = self._records.find({"index": {"$gt": after}}).sort("index", ASCENDING)
        return [doc async for doc in cursor]

    async def mark_published(self, up_to_index: int) -> None:
        await self._progress.replace_one(
            {"_id": "published"}, {"_id": "published", "index": up_to_index}, upsert=True
        )

    async def save_tree_head(self, signed: SignedTreeHead) -> None:
        await self._heads.replace_one(
            {"_id": signed.head.tree_size},
            {"_id": signed.head.tree_size, **signed.as_json()},
            upsert=True,
        )

    async def tree_heads(self) -> list[SignedTreeHead]:
        cursor = self._heads.find().sort("tree_size", ASCENDING)
        return [signed_from_json(doc) async for doc in cursor]

    async def latest_tree_head(self) -> SignedTreeHead | None:
        docs = await self._heads.find().sort("tree_size", DESCENDING).limit(1).to_list()
        return signed_from_json(docs[0]) if docs else None

    async def stored_records(self) -> list[dict[str, Any]]:
        """Every stored record in index order, as stored (for `verify`)."""
        return [doc async for doc in self._records.find().sort("index", ASCENDING)]

    async def query(self, filters: dict[str, Any], limit: int = 1000) -> list[dict[str, Any]]:
        cursor = self._records.find(filters).sort("index", ASCENDING).limit(limit)
        return [doc async for doc in cursor]

    async def export(self, subject: str) -> dict[str, Any]:
        """Which kinds of event were recorded about the subject, and when (no content)."""
        cursor = self._records.find(
            {"subject": subject},
            projection={
                "_id": 0,
                "type": 1,
                "producer": 1,
                "actor": 1,
                "occurred_at": 1,
                "outcome": 1,
            },
        )
        return {"audit_records": [doc async for doc in cursor.sort("index", ASCENDING)]}


def stored_document(record: AuditRecord, index: int) -> dict[str, Any]:
    return {
        "_id": record.event_id,
        **asdict(record),
        "index": index,
        "leaf_hash": leaf_hash(record.leaf_data()).hex(),
        "recorded_at": datetime.now(UTC),
    }
