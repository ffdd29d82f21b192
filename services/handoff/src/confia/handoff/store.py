"""Handoff's own database: tickets, each customer's redacted transcript, the assigner's
place in the round-robin. Tokens only in the transcript; texts that had to skip the AI
(no consent, sensitive data) stay sealed in the ticket's requests."""

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING, DESCENDING, ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.handoff.domain import OPEN_STATUSES, Ticket, TicketStatus, reopenable


def _ticket(doc: dict[str, Any]) -> Ticket:
    return Ticket(
        id=doc["_id"],
        subject=doc["subject"],
        conversation_id=doc["conversation_id"],
        status=doc["status"],
        reason=doc["reason"],
        priority=doc["priority"],
        waiting_since=_aware(doc["waiting_since"]),
        assigned_to=doc.get("assigned_to"),
        first_response_at=_aware(doc.get("first_response_at")),
        resolved_at=_aware(doc.get("resolved_at")),
    )


class TicketStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]]) -> None:
        self._tickets = database["tickets"]
        self._messages = database["messages"]
        self._cursor = database["assigner"]
        self._claims = database["claims"]
        self._reveals = database["reveals"]

    async def create_indexes(self) -> None:
        await self._tickets.create_index([("subject", ASCENDING), ("status", ASCENDING)])
        await self._tickets.create_index([("status", ASCENDING), ("priority", ASCENDING)])
        await self._messages.create_index([("subject", ASCENDING), ("at", ASCENDING)])

    async def open_ticket(
        self,
        subject: str,
        conversation_id: str,
        request: dict[str, Any],
        priority: int,
        reopen_window: timedelta,
    ) -> tuple[Ticket, bool]:
        """The subject's open ticket with this request added, reopening a recently resolved
        one or creating one. Returns the ticket and whether it was (re)opened just now.

        Idempotent: a redelivered request is the same document, which `$addToSet` keeps
        once. One customer's requests come in order on one partition, so the find-then-
        create below cannot race with itself for the same subject.
        """
        now = datetime.now(UTC)
        add = {"$addToSet": {"requests": request}, "$min": {"priority": priority}}
        found = await self._tickets.find_one_and_update(
            {"subject": subject, "status": {"$in": list(OPEN_STATUSES)}},
            add,
            return_document=ReturnDocument.AFTER,
        )
        if found is not None:
            return _ticket(found), False
        latest = await self.latest_ticket(subject)
        if latest is not None and reopenable(latest, now, reopen_window):
            reopened = await self._tickets.find_one_and_update(
                {"_id": latest.id, "status": TicketStatus.RESOLVED.value},
                {
                    "$addToSet": {"requests": request},
                    "$set": {
                        "status": TicketStatus.WAITING.value,
                        "reason": request["reason"],
                        "priority": priority,
                        "waiting_since": now,
                        "first_response_at": None,
                        "reopened_at": now,
                        "previous_operator": latest.assigned_to,
                        "assigned_to": None,
                    },
                },
                return_document=ReturnDocument.AFTER,
            )
            if reopened is not None:
                return _ticket(reopened), True
        doc = {
            "_id": f"tkt_{secrets.token_hex(8)}",
            "subject": subject,
            "conversation_id": conversation_id,
            "status": TicketStatus.WAITING.value,
            "reason": request["reason"],
            "priority": priority,
            "waiting_since": now,
            "requests": [request],
            "assigned_to": None,
        }
        await self._tickets.insert_one(doc)
        return _ticket(doc), True

    async def latest_ticket(self, subject: str) -> Ticket | None:
        cursor = self._tickets.find({"subject": subject}).sort("waiting_since", DESCENDING)
        docs = await cursor.limit(1).to_list()
        return _ticket(docs[0]) if docs else None

    async def ticket(self, ticket_id: str) -> Ticket | None:
        doc = await self._tickets.find_one({"_id": ticket_id})
        return _ticket(doc) if doc else None

    async def ticket_document(self, ticket_id: str) -> dict[str, Any] | None:
        return await self._tickets.find_one({"_id": ticket_id})

    async def previous_operator(self, ticket_id: str) -> str | None:
        doc = await self._tickets.find_one({"_id": ticket_id}, projection={"previous_operator": 1})
        return doc.get("previous_operator") if doc else None

    async def tickets(self, statuses: list[str], assigned_to: str | None = None) -> list[Ticket]:
        query: dict[str, Any] = {"status": {"$in": statuses}}
        if assigned_to is not None:
            query["assigned_to"] = assigned_to
        cursor = self._tickets.find(query).sort(
            [("priority", ASCENDING), ("waiting_since", ASCENDING)]
        )
        return [_ticket(doc) async for doc in cursor.limit(500)]

    async def assign(
        self, ticket_id: str, operator_id: str, only_if_waiting: bool
    ) -> Ticket | None:
        """Give the ticket to `operator_id`; with `only_if_waiting`, only if nobody has it
        (two operators clicking "take" at once: one wins).

        The winner is whoever inserts the claim for this wait first: FerretDB does not
        apply a conditional update atomically under concurrency, a unique `_id` it does.
        """
        if only_if_waiting:
            current = await self.ticket(ticket_id)
            if current is None or current.status != TicketStatus.WAITING:
                return None
            claim = f"{ticket_id}:{current.waiting_since.isoformat()}"
            try:
                await self._claims.insert_one({"_id": claim, "operator_id": operator_id})
            except DuplicateKeyError:
                return None
        status_filter = [TicketStatus.WAITING.value] if only_if_waiting else list(OPEN_STATUSES)
        doc = await self._tickets.find_one_and_update(
            {"_id": ticket_id, "status": {"$in": status_filter}},
            {
                "$set": {
                    "status": TicketStatus.ASSIGNED.value,
                    "assigned_to": operator_id,
                    "assigned_at": datetime.now(UTC),
                }
            },
            return_document=ReturnDocument.AFTER,
        )
        return _ticket(doc) if doc else None

    async def first_response(self, ticket_id: str) -> None:
        await self._tickets.update_one(
            {"_id": ticket_id, "first_response_at": None},
            {"$set": {"first_response_at": datetime.now(UTC)}},
        )

    async def resolve(self, ticket_id: str) -> Ticket | None:
        doc = await self._tickets.find_one_and_update(
            {"_id": ticket_id, "status": {"$in": list(OPEN_STATUSES)}},
            {"$set": {"status": TicketStatus.RESOLVED.value, "resolved_at": datetime.now(UTC)}},
            return_document=ReturnDocument.AFTER,
        )
        return _ticket(doc) if doc else None

    async def open_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        cursor = self._tickets.find(
            {"status": TicketStatus.ASSIGNED.value}, projection={"assigned_to": 1}
        )
        async for doc in cursor:
            counts[doc["assigned_to"]] = counts.get(doc["assigned_to"], 0) + 1
        return counts

    async def queue_summary(self) -> tuple[dict[str, int], datetime | None]:
        """Open tickets per status, and since when the longest-waiting unanswered one waits."""
        counts = {
            status: await self._tickets.count_documents({"status": status})
            for status in OPEN_STATUSES
        }
        unanswered = {"status": {"$in": list(OPEN_STATUSES)}, "first_response_at": None}
        cursor = self._tickets.find(unanswered, projection={"waiting_since": 1})
        oldest = await cursor.sort("waiting_since", ASCENDING).limit(1).to_list()
        return counts, _aware(oldest[0]["waiting_since"]) if oldest else None

    async def last_assigned(self) -> str | None:
        doc = await self._cursor.find_one({"_id": "round_robin"})
        return doc["operator_id"] if doc else None

    async def remember_assigned(self, operator_id: str) -> None:
        await self._cursor.replace_one(
            {"_id": "round_robin"}, {"_id": "round_robin", "operator_id": operator_id}, upsert=True
        )

    # --- transcript (redacted) ----------------------------------------------------------

    async def add_message(
        self, message_id: str, subject: str, role: str, text: str, at: datetime
    ) -> None:
        await self._messages.update_one(
            {"_id": message_id},
            {"$setOnInsert": {"subject": subject, "role": role, "text": text, "at": at}},
            upsert=True,
        )

    async def transcript(
        self, subject: str, limit: int = 200, after: datetime | None = None
    ) -> list[dict[str, Any]]:
        query: dict[str, Any] = {"subject": subject}
        if after is not None:
            query["at"] = {"$gt": after}
        cursor = self._messages.find(query).sort("at", DESCENDING).limit(limit)
        latest = [doc async for doc in cursor]
        return list(reversed(latest))

    async def ticket_transcript(self, ticket: Ticket, limit: int = 200) -> list[dict[str, Any]]:
        """The conversation since the customer's previous ticket was resolved: whoever
        handles this one sees what led to it, not what other people handled before."""
        earlier = self._tickets.find(
            {"subject": ticket.subject, "_id": {"$ne": ticket.id}, "resolved_at": {"$ne": None}}
        )
        ends = [
            _aware(doc["resolved_at"])
            async for doc in earlier
            if doc.get("resolved_at") and _aware(doc["resolved_at"]) <= ticket.waiting_since
        ]
        return await self.transcript(ticket.subject, limit, after=max(ends, default=None))

    async def last_customer_message(self, subject: str) -> str | None:
        cursor = self._messages.find({"subject": subject, "role": "customer"})
        docs = await cursor.sort("at", DESCENDING).limit(1).to_list()
        return str(docs[0]["_id"]) if docs else None

    # --- reveals (the operator's reasons, kept with the customer's data) ---------------

    async def record_reveal(self, document: dict[str, Any]) -> None:
        await self._reveals.replace_one({"_id": document["_id"]}, document, upsert=True)

    async def reveals(self, subject: str) -> list[dict[str, Any]]:
        cursor = self._reveals.find({"subject": subject}).sort("requested_at", ASCENDING)
        return [doc async for doc in cursor]

    # --- data subject rights -------------------------------------------------------------

    async def export(self, subject: str) -> dict[str, Any]:
        tickets = self._tickets.find({"subject": subject}, projection={"subject": 0})
        messages = self._messages.find({"subject": subject}, projection={"subject": 0})
        return {
            "tickets": [doc async for doc in tickets],
            "transcript": [doc async for doc in messages.sort("at", ASCENDING)],
            "reveals": await self.reveals(subject),
        }

    async def erase(self, subject: str) -> dict[str, int]:
        ids = [doc["_id"] async for doc in self._tickets.find({"subject": subject}, {"_id": 1})]
        for ticket_id in ids:
            await self._claims.delete_many({"_id": {"$regex": f"^{ticket_id}:"}})
        tickets = await self._tickets.delete_many({"subject": subject})
        messages = await self._messages.delete_many({"subject": subject})
        reveals = await self._reveals.delete_many({"subject": subject})
        return {
            "tickets": tickets.deleted_count,
            "messages": messages.deleted_count,
            "reveals": reveals.deleted_count,
        }


def _aware(value: datetime | None) -> Any:
    # The store hands back naive UTC datetimes.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
