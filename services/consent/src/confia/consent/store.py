"""Consent's own database: consent history, parked messages and rights requests."""

import contextlib
from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.consent.domain import Change, ConsentEntry
from confia.store import HandledEvents


class ConsentStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._history = database["consent_history"]
        self._parked = database["parked_messages"]
        self._requests = database["rights_requests"]
        self._claims = database["claims"]
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._history.create_index([("subject", ASCENDING), ("recorded_at", ASCENDING)])
        await self._parked.create_index([("subject", ASCENDING), ("parked_at", ASCENDING)])
        await self._requests.create_index([("subject", ASCENDING), ("status", ASCENDING)])

    # --- consent history (append-only; the state is derived from it) ------------------

    async def history(self, subject: str) -> list[ConsentEntry]:
        cursor = self._history.find({"subject": subject}).sort("recorded_at", ASCENDING)
        return [_entry(doc) async for doc in cursor]

    async def history_documents(self, subject: str) -> list[dict[str, Any]]:
        cursor = self._history.find({"subject": subject}, projection={"subject": 0})
        return [doc async for doc in cursor.sort("recorded_at", ASCENDING)]

    async def record(
        self, event_id: str, subject: str, entries: list[ConsentEntry], message_id: str | None
    ) -> None:
        """Append decisions once per incoming event and purpose (a redelivery is a no-op)."""
        for entry in entries:
            document = {
                "_id": f"{event_id}:{entry.purpose}",
                "subject": subject,
                "purpose": entry.purpose,
                "change": entry.change.value,
                "granted": entry.granted,
                "notice_version": entry.notice_version,
                "recorded_at": entry.recorded_at,
                "channel": entry.channel,
                "message_id": message_id,
            }
            with contextlib.suppress(DuplicateKeyError):
                await self._history.insert_one(document)

    # --- messages waiting for the consent answer -----------------------------------

    async def park(
        self, subject: str, event_id: str, event: dict[str, Any], at: datetime, waiting_for: str
    ) -> None:
        """Keep a message (its text still encrypted) until the customer answers.

        `waiting_for` is the purpose whose consent it waits for: ai_assistance, or
        sensitive_data for a message that must not reach the AI without it.
        """
        document = {
            "_id": event_id,
            "subject": subject,
            "event": event,
            "parked_at": at,
            "waiting_for": waiting_for,
        }
        with contextlib.suppress(DuplicateKeyError):
            await self._parked.insert_one(document)

    async def parked(self, subject: str, waiting_for: str) -> list[dict[str, Any]]:
        query = {"subject": subject, "waiting_for": waiting_for}
        cursor = self._parked.find(query).sort("parked_at", ASCENDING)
        return [doc["event"] async for doc in cursor]

    async def parked_count(self, subject: str, waiting_for: str, excluding: str) -> int:
        """How many wait, not counting `excluding` (a retried message parked by itself)."""
        query = {"subject": subject, "waiting_for": waiting_for, "_id": {"$ne": excluding}}
        return await self._parked.count_documents(query)

    async def drop_parked(self, subject: str, waiting_for: str | None = None) -> int:
        query = {"subject": subject}
        if waiting_for is not None:
            query["waiting_for"] = waiting_for
        return (await self._parked.delete_many(query)).deleted_count

    # --- rights requests ---------------------------------------------------------------

    async def open_request(self, subject: str, kind: str) -> dict[str, Any] | None:
        return await self._requests.find_one({"subject": subject, "kind": kind, "status": "open"})

    async def create_request(self, request: dict[str, Any]) -> None:
        with contextlib.suppress(DuplicateKeyError):
            await self._requests.insert_one(request)

    async def request(self, request_id: str) -> dict[str, Any] | None:
        return await self._requests.find_one({"_id": request_id})

    async def requests(self, status: str | None = None) -> list[dict[str, Any]]:
        query = {} if status is None else {"status": status}
        cursor = self._requests.find(query).sort("requested_at", ASCENDING)
        return [doc async for doc in cursor]

    async def acknowledge(self, request_id: str, service: str, report: dict[str, Any]) -> None:
        await self._requests.update_one({"_id": request_id}, {"$set": {f"acks.{service}": report}})

    async def complete(self, request_id: str, at: datetime) -> bool:
        """Close an open request; True for the one caller that closed it."""
        result = await self._requests.update_one(
            {"_id": request_id, "status": "open"},
            {"$set": {"status": "completed", "completed_at": at}},
        )
        return result.modified_count == 1 and await self._claim(f"complete:{request_id}")

    async def overdue(self, now: datetime) -> list[dict[str, Any]]:
        query = {"status": "open", "escalated": False, "deadline": {"$lt": now}}
        return [doc async for doc in self._requests.find(query)]

    async def mark_escalated(self, request_id: str) -> bool:
        result = await self._requests.update_one(
            {"_id": request_id, "escalated": False}, {"$set": {"escalated": True}}
        )
        return result.modified_count == 1 and await self._claim(f"escalate:{request_id}")

    async def _claim(self, decision: str) -> bool:
        """True for the first caller only. FerretDB can report a conditional update as
        applied to two concurrent callers; a unique `_id` it enforces (ids, no subject)."""
        try:
            await self._claims.insert_one({"_id": decision})
        except DuplicateKeyError:
            return False
        return True

    # --- access and erasure ------------------------------------------------------------

    async def export(self, subject: str) -> dict[str, Any]:
        requests = self._requests.find({"subject": subject}, projection={"acks": 0, "subject": 0})
        return {
            "consent_history": await self.history_documents(subject),
            "rights_requests": [doc async for doc in requests],
            "messages_waiting_for_consent": await self._parked.count_documents(
                {"subject": subject}
            ),
        }

    async def erase(self, subject: str) -> dict[str, int]:
        """Delete parked messages, handled events and access reports' content.

        History and requests stay, as proof, without content.
        """
        reports = 0
        async for request in self._requests.find({"subject": subject, "kind": "access"}):
            acks = {
                service: {k: v for k, v in part.items() if k != "data"}
                for service, part in request.get("acks", {}).items()
            }
            await self._requests.update_one({"_id": request["_id"]}, {"$set": {"acks": acks}})
            reports += 1
        return {
            "parked_messages": await self.drop_parked(subject),
            "handled_events": await self.handled.delete_subject(subject),
            "access_report_contents": reports,
        }


def _entry(doc: dict[str, Any]) -> ConsentEntry:
    # Entries written before `change` existed only say whether consent was granted.
    change = doc.get("change") or ("granted" if doc["granted"] else "declined")
    return ConsentEntry(
        purpose=doc["purpose"],
        change=Change(change),
        notice_version=doc["notice_version"],
        recorded_at=doc["recorded_at"],
        channel=doc.get("channel", "whatsapp"),
    )
