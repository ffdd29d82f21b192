"""Ingress's own database: contacts and identity links, seen message ids, sends and states."""

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.crypto import Keyring, Sealed
from confia.events import TOPICS, dlq
from confia.events.topics import WHATSAPP_OUTBOUND
from confia.store import HandledEvents

# As long as a dead letter of whatsapp.outbound.v1 is kept (TOPICS: 2 days, the topic's).
HOLD_LIFETIME = timedelta(milliseconds=TOPICS[dlq(WHATSAPP_OUTBOUND)].retention_ms)


@dataclass(frozen=True)
class Recipient:
    business_number_id: str
    phone: str | None
    bsuid: str | None


@dataclass(frozen=True)
class SendRecord:
    outbound_id: str
    subject: str | None  # None once the customer was forgotten (erasure)
    state: str  # sending, retry, sent, failed, unknown
    message: str | None  # message key of the sent message (never the wamid itself)
    outcome: dict[str, Any] | None  # the status event published for it


class IngressStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]], keyring: Keyring) -> None:
        self._contacts = database["contacts"]
        self._identities = database["identities"]
        self._seen = database["seen_messages"]
        self._sends = database["send_log"]
        self._states = database["message_states"]
        self._held = database["held_sends"]
        self._keyring = keyring
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._sends.create_index("message")
        for collection in (self._identities, self._seen, self._sends, self._states, self._held):
            await collection.create_index("subject")

    # --- identities and contacts ------------------------------------------------

    async def linked_subjects(self, identity_keys: list[str]) -> dict[str, str]:
        """Subjects already linked to these identity pseudonyms.

        One lookup by _id per key, concurrently: FerretDB serves `_id` equality from
        its index, while `$in` would scan the collection.
        """
        found = await asyncio.gather(
            *(self._identities.find_one({"_id": key}) for key in identity_keys)
        )
        return {doc["_id"]: doc["subject"] for doc in found if doc is not None}

    async def link(self, identity_keys: list[str], subject: str) -> None:
        """Link identity pseudonyms to a subject; an existing link is never moved."""
        await asyncio.gather(
            *(
                self._identities.update_one(
                    {"_id": key}, {"$setOnInsert": {"subject": subject}}, upsert=True
                )
                for key in identity_keys
            )
        )

    async def contact_fingerprint(self, subject: str) -> str | None:
        """The fingerprint of the contact as last saved (None if there is none)."""
        doc = await self._contacts.find_one({"_id": subject}, projection={"fingerprint": 1})
        return None if doc is None else doc.get("fingerprint")

    async def save_contact(
        self,
        subject: str,
        business_number_id: str,
        phone: str | None,
        bsuid: str | None,
        profile_name: str | None = None,
        username: str | None = None,
        fingerprint: str | None = None,
    ) -> None:
        """Remember how to reach a subject; every identity is encrypted, bound to the subject."""
        fields: dict[str, Any] = {
            "business_number_id": business_number_id,
            "fingerprint": fingerprint,
            "updated_at": datetime.now(UTC),
        }
        known = {"phone": phone, "bsuid": bsuid, "profile_name": profile_name, "username": username}
        for name, value in known.items():
            if value:
                fields[name] = self._seal(value, subject)
        await self._contacts.update_one({"_id": subject}, {"$set": fields}, upsert=True)

    async def recipient(self, subject: str) -> Recipient | None:
        contact = await self._contacts.find_one({"_id": subject})
        if contact is None:
            return None
        return Recipient(
            business_number_id=contact["business_number_id"],
            phone=self._open(contact.get("phone"), subject),
            bsuid=self._open(contact.get("bsuid"), subject),
        )

    # --- inbound dedupe ------------------------------------------------------------

    async def has_seen(self, message: str) -> bool:
        return await self._seen.find_one({"_id": message}, projection={"_id": 1}) is not None

    async def mark_seen(self, message: str, subject: str) -> None:
        document = {"_id": message, "subject": subject, "seen_at": datetime.now(UTC)}
        # A concurrent delivery of the same webhook may have got here first.
        with contextlib.suppress(DuplicateKeyError):
            await self._seen.insert_one(document)

    # --- outbound send log ---------------------------------------------------------

    async def send_record(self, outbound_id: str) -> SendRecord | None:
        doc = await self._sends.find_one({"_id": outbound_id})
        return None if doc is None else _send_record(doc)

    async def send_by_message(self, message: str) -> SendRecord | None:
        doc = await self._sends.find_one({"message": message})
        return None if doc is None else _send_record(doc)

    async def begin_send(self, outbound_id: str, subject: str) -> None:
        """Record the intent before calling the Graph API (at-most-once across crashes)."""
        await self._set_send_state(outbound_id, subject, "sending")

    async def defer_send(self, outbound_id: str, subject: str) -> None:
        """Not sent, and to be sent when replayed: the state a replay picks up."""
        await self._set_send_state(outbound_id, subject, "retry")

    async def _set_send_state(self, outbound_id: str, subject: str, state: str) -> None:
        await self._sends.update_one(
            {"_id": outbound_id},
            {
                "$set": {"state": state, "updated_at": datetime.now(UTC)},
                "$setOnInsert": {"subject": subject},
            },
            upsert=True,
        )

    async def retry_later(self, outbound_id: str) -> None:
        """The Graph API refused for now: the message was not sent, so a retry may send it."""
        await self._sends.update_one({"_id": outbound_id}, {"$set": {"state": "retry"}})

    async def finish_send(
        self, outbound_id: str, state: str, message: str | None, outcome: dict[str, Any]
    ) -> None:
        await self._sends.update_one(
            {"_id": outbound_id},
            {
                "$set": {
                    "state": state,
                    "message": message,
                    "outcome": outcome,
                    "updated_at": datetime.now(UTC),
                }
            },
        )

    # --- held sends: a customer's replies wait behind one Meta refused for now -------

    async def hold(self, outbound_id: str, subject: str) -> None:
        """Hold a deferred send; its place in the customer's queue is its first hold."""
        document = {"_id": outbound_id, "subject": subject, "held_at": datetime.now(UTC)}
        with contextlib.suppress(DuplicateKeyError):  # held before: keeps its place
            await self._held.insert_one(document)

    async def release(self, outbound_id: str) -> None:
        await self._held.delete_one({"_id": outbound_id})

    async def held_before(self, outbound_id: str, subject: str) -> bool:
        """True if another of the subject's sends is held and comes before this one (a send
        that is not held comes after every held one).

        One query, which finds nothing for almost every customer. A hold older than the
        dead-letter topic's retention holds nothing back: its dead letter is gone, so no
        replay could ever release it.
        """
        expired = datetime.now(UTC) - HOLD_LIFETIME
        holds = [
            hold
            async for hold in self._held.find({"subject": subject, "held_at": {"$gt": expired}})
        ]
        own = next((h["held_at"] for h in holds if h["_id"] == outbound_id), None)
        return any(h["_id"] != outbound_id and (own is None or h["held_at"] < own) for h in holds)

    # --- message states ------------------------------------------------------------

    async def state_rank_of(self, message: str) -> int | None:
        doc = await self._states.find_one({"_id": message})
        return None if doc is None else int(doc["rank"])

    async def advance_state(self, message: str, status: str, rank: int, subject: str) -> bool:
        """Move a sent message to `status` if that is further than it was; True if it moved."""
        try:
            result = await self._states.update_one(
                {"_id": message, "rank": {"$lt": rank}},
                {"$set": {"status": status, "rank": rank, "subject": subject}},
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # already at this state or further
        return result.modified_count == 1 or result.upserted_id is not None

    # --- access and erasure -------------------------------------------------------

    async def export(self, subject: str) -> dict[str, Any]:
        """What ingress holds about a subject, readable (for a data access report)."""
        contact = await self._contacts.find_one({"_id": subject}) or {}
        readable = {
            name: self._open(contact.get(name), subject)
            for name in ("phone", "bsuid", "profile_name", "username")
            if contact.get(name)
        }
        return {
            "contact": {**readable, "business_number_id": contact.get("business_number_id")},
            "messages_received": await self._seen.count_documents({"subject": subject}),
            "messages_sent": await self._sends.count_documents({"subject": subject}),
        }

    async def erase(self, subject: str) -> dict[str, int]:
        """Delete all of a subject but the contact, which the erasure confirmation needs.

        The contact is marked, and forgotten once that last message is sent.
        """
        deleted = {"handled_events": await self.handled.delete_subject(subject)}
        for name, collection in (
            ("identities", self._identities),
            ("seen_messages", self._seen),
            ("message_states", self._states),
            ("held_sends", self._held),
        ):
            deleted[name] = (await collection.delete_many({"subject": subject})).deleted_count
        # Send-log entries stay, anonymous, so a redelivered outbound is never sent twice.
        unlinked = await self._sends.update_many(
            {"subject": subject}, {"$unset": {"subject": "", "outcome": ""}}
        )
        deleted["send_log (unlinked)"] = unlinked.modified_count
        await self._contacts.update_one({"_id": subject}, {"$set": {"forget_pending": True}})
        return deleted

    async def forget_contact(self, subject: str) -> int:
        """The last step of an erasure: nothing is left that leads to the customer.

        Send-log entries stay (without subject or outcome) so that a redelivered
        outbound event is still recognised and not sent twice.
        """
        await self.erase(subject)
        await self.handled.delete_subject(subject)
        return (await self._contacts.delete_many({"_id": subject})).deleted_count

    def _seal(self, value: str, subject: str) -> dict[str, Any]:
        return self._keyring.seal_text(value, context=subject).model_dump(mode="json")

    def _open(self, sealed: dict[str, Any] | None, subject: str) -> str | None:
        if sealed is None:
            return None
        return self._keyring.open_text(Sealed.model_validate(sealed), context=subject)


def _send_record(doc: dict[str, Any]) -> SendRecord:
    return SendRecord(
        outbound_id=doc["_id"],
        subject=doc.get("subject"),
        state=doc["state"],
        message=doc.get("message"),
        outcome=doc.get("outcome"),
    )
