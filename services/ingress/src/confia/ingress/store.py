"""Ingress's own database: contacts, seen message ids, and the outbound send log."""

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.crypto import Keyring, Sealed
from confia.store import HandledEvents


@dataclass(frozen=True)
class Recipient:
    business_number_id: str
    phone: str | None
    bsuid: str | None


class IngressStore:
    def __init__(self, database: AsyncDatabase[dict[str, Any]], keyring: Keyring) -> None:
        self._contacts = database["contacts"]
        self._seen = database["seen_messages"]
        self._sends = database["send_log"]
        self._keyring = keyring
        self.handled = HandledEvents(database)

    async def has_seen(self, message_id: str) -> bool:
        return await self._seen.find_one({"_id": message_id}, projection={"_id": 1}) is not None

    async def mark_seen(self, message_id: str) -> None:
        # A concurrent delivery of the same webhook may have got here first.
        with contextlib.suppress(DuplicateKeyError):
            await self._seen.insert_one({"_id": message_id, "seen_at": datetime.now(UTC)})

    async def save_contact(
        self, subject: str, business_number_id: str, phone: str | None, bsuid: str | None
    ) -> None:
        """Remember how to reach a subject; identities are encrypted, bound to the subject."""
        fields: dict[str, Any] = {
            "business_number_id": business_number_id,
            "updated_at": datetime.now(UTC),
        }
        if phone:
            fields["phone"] = self._seal(phone, subject)
        if bsuid:
            fields["bsuid"] = self._seal(bsuid, subject)
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

    async def sent_message_id(self, outbound_id: str) -> str | None:
        """The WhatsApp id of an outbound message already sent, if it was."""
        sent = await self._sends.find_one({"_id": outbound_id})
        return None if sent is None else str(sent["wamid"])

    async def record_send(self, outbound_id: str, subject: str, wamid: str) -> None:
        await self._sends.update_one(
            {"_id": outbound_id},
            {"$setOnInsert": {"subject": subject, "wamid": wamid, "sent_at": datetime.now(UTC)}},
            upsert=True,
        )

    def _seal(self, value: str, subject: str) -> dict[str, Any]:
        return self._keyring.seal_text(value, context=subject).model_dump(mode="json")

    def _open(self, sealed: dict[str, Any] | None, subject: str) -> str | None:
        if sealed is None:
            return None
        return self._keyring.open_text(Sealed.model_validate(sealed), context=subject)
