"""Redaction's own database: the token vault (values encrypted, indexed by keyed hash)."""

import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed
from confia.redaction.domain import token
from confia.store import HandledEvents


class TokenVault:
    """Per subject, one token per distinct value: `[CPF_1]` means the same CPF all along."""

    def __init__(
        self, database: AsyncDatabase[dict[str, Any]], keyring: Keyring, index_key: bytes
    ) -> None:
        self._vault = database["vault"]
        self._keyring = keyring
        self._index_key = index_key
        self.handled = HandledEvents(database)

    async def create_indexes(self) -> None:
        await self._vault.create_index([("subject", ASCENDING), ("lookup", ASCENDING)])

    async def token_for(self, subject: str, kind: str, value: str, surface: str) -> str:
        """The subject's token for `value`, creating it (keeping `surface`) the first time.

        One customer's messages are handled in order on one partition, so counting
        existing tokens cannot race for the same subject.
        """
        lookup = self._lookup(subject, kind, value)
        found = await self._vault.find_one({"subject": subject, "lookup": lookup})
        if found is not None:
            return str(found["token"])
        number = await self._vault.count_documents({"subject": subject, "kind": kind}) + 1
        new_token = token(kind, number)
        sealed = self._keyring.seal_text(surface, context=f"{subject}:{new_token}")
        await self._vault.update_one(
            {"_id": f"{subject}:{new_token}"},
            {
                "$setOnInsert": {
                    "subject": subject,
                    "kind": kind,
                    "token": new_token,
                    "lookup": lookup,
                    "value": sealed.model_dump(mode="json"),
                    "created_at": datetime.now(UTC),
                }
            },
            upsert=True,
        )
        return new_token

    async def values(self, subject: str, tokens: list[str]) -> dict[str, str]:
        """Original values of `tokens` for this subject only."""
        if not tokens:
            return {}
        cursor = self._vault.find({"_id": {"$in": [f"{subject}:{t}" for t in set(tokens)]}})
        return {
            doc["token"]: self._keyring.open_text(
                Sealed.model_validate(doc["value"]), context=f"{subject}:{doc['token']}"
            )
            async for doc in cursor
        }

    async def export(self, subject: str) -> dict[str, Any]:
        """The subject's tokens and the values behind them (for a data access report)."""
        cursor = self._vault.find({"subject": subject}).sort("created_at", ASCENDING)
        tokens = [
            {
                "token": doc["token"],
                "kind": doc["kind"],
                "value": self._keyring.open_text(
                    Sealed.model_validate(doc["value"]), context=f"{subject}:{doc['token']}"
                ),
            }
            async for doc in cursor
        ]
        return {"personal_data_tokens": tokens}

    async def erase(self, subject: str) -> dict[str, int]:
        """Delete the subject's vault: every token of theirs becomes unreadable for good."""
        vault = await self._vault.delete_many({"subject": subject})
        return {
            "vault": vault.deleted_count,
            "handled_events": await self.handled.delete_subject(subject),
        }

    def _lookup(self, subject: str, kind: str, value: str) -> str:
        message = f"{subject}\x00{kind}\x00{value}".encode()
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()
