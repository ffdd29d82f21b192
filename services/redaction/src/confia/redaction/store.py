"""Redaction's own database: the token vault.

Each subject has a data key of their own, stored wrapped by the service's key-encryption
key (key id, rotation as for every sealed value). Values are encrypted with the subject's
key, bound to `subject:token`. Erasure deletes the key with the values: whatever copy of a
value survives anywhere (a backup, a dead letter) can no longer be opened.
"""

import base64
import contextlib
import hashlib
import hmac
import os
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from confia.crypto import Keyring, Sealed
from confia.redaction.domain import token
from confia.store import HandledEvents


class TokenVault:
    """Per subject, one token per distinct value: `[CPF_1]` means the same CPF all along."""

    def __init__(
        self, database: AsyncDatabase[dict[str, Any]], keyring: Keyring, index_key: bytes
    ) -> None:
        self._vault = database["vault"]
        self._keys = database["subject_keys"]
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
        key = await self._subject_key(subject, create=True)
        assert key is not None
        sealed = _seal(key, surface, f"{subject}:{new_token}")
        await self._vault.update_one(
            {"_id": f"{subject}:{new_token}"},
            {
                "$setOnInsert": {
                    "subject": subject,
                    "kind": kind,
                    "token": new_token,
                    "lookup": lookup,
                    "value": sealed,
                    "created_at": datetime.now(UTC),
                }
            },
            upsert=True,
        )
        return new_token

    async def values(self, subject: str, tokens: list[str]) -> dict[str, str]:
        """Original values of `tokens` for this subject only (none once they were erased)."""
        if not tokens:
            return {}
        key = await self._subject_key(subject, create=False)
        if key is None:
            return {}
        cursor = self._vault.find({"_id": {"$in": [f"{subject}:{t}" for t in set(tokens)]}})
        return {
            doc["token"]: _open(key, doc["value"], f"{subject}:{doc['token']}")
            async for doc in cursor
        }

    async def _subject_key(self, subject: str, create: bool) -> bytes | None:
        """The subject's data key, unwrapped; made (once, race-safe) when `create`."""
        doc = await self._keys.find_one({"_id": subject})
        if doc is None and create:
            wrapped = self._keyring.seal(AESGCM.generate_key(bit_length=256), subject.encode())
            with contextlib.suppress(DuplicateKeyError):
                await self._keys.insert_one(
                    {"_id": subject, "key": wrapped.model_dump(mode="json")}
                )
            doc = await self._keys.find_one({"_id": subject})
        if doc is None:
            return None
        return self._keyring.open(Sealed.model_validate(doc["key"]), subject.encode())

    async def export(self, subject: str) -> dict[str, Any]:
        """The subject's tokens and the values behind them (for a data access report)."""
        key = await self._subject_key(subject, create=False)
        if key is None:
            return {"personal_data_tokens": []}
        cursor = self._vault.find({"subject": subject}).sort("created_at", ASCENDING)
        tokens = [
            {
                "token": doc["token"],
                "kind": doc["kind"],
                "value": _open(key, doc["value"], f"{subject}:{doc['token']}"),
            }
            async for doc in cursor
        ]
        return {"personal_data_tokens": tokens}

    async def erase(self, subject: str) -> dict[str, int]:
        """Delete the subject's values and data key: their tokens become unreadable for good."""
        vault = await self._vault.delete_many({"subject": subject})
        keys = await self._keys.delete_many({"_id": subject})
        return {
            "vault": vault.deleted_count,
            "subject_keys": keys.deleted_count,
            "handled_events": await self.handled.delete_subject(subject),
        }

    def _lookup(self, subject: str, kind: str, value: str) -> str:
        message = f"{subject}\x00{kind}\x00{value}".encode()
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()


def _seal(key: bytes, value: str, context: str) -> str:
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, value.encode(), context.encode())
    return base64.b64encode(nonce + ciphertext).decode()


def _open(key: bytes, sealed: str, context: str) -> str:
    raw = base64.b64decode(sealed)
    return AESGCM(key).decrypt(raw[:12], raw[12:], context.encode()).decode()
