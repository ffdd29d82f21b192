"""Re-wrap every sealed value at rest under the active data key, so an old key can retire.

    python -m confia.runtime.rewrap confia_ingress confia_consent ... [--dry-run]

Reads CONFIA_MONGO_URI, CONFIA_DATA_KEYS and CONFIA_DATA_KEY_ID like the services. Walks
every document of every collection of the named databases, finds each sealed value
(`key_id`, `wrapped_key`, `nonce`, `ciphertext`) whose key is not the active one, and
re-wraps its data key with the active key: the ciphertext stays as it is, so no plaintext
is ever handled and no context is needed. Each value is updated only if it is still the
very value read (same wrapped key), so a service writing meanwhile is never overwritten.
Safe to run again; run it while the services are up. Values sealed with a key the keyring
does not hold are counted, not touched; values sealed to a public key (access-report
parts, reveal outcomes) wrap no data key and are only counted.
"""

import argparse
import asyncio
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from pydantic import Field, SecretStr

from confia.crypto import Keyring, Sealed
from confia.crypto.sealed_box import SEALED_BOX_KEY_ID
from confia.runtime.settings import EncryptionSettings, load_settings
from confia.store import connect

_SEALED_FIELDS = frozenset({"key_id", "wrapped_key", "nonce", "ciphertext"})


class RewrapSettings(EncryptionSettings):
    mongo_uri: SecretStr = Field(default=SecretStr("mongodb://127.0.0.1:27017"))


def sealed_values(document: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every sealed value in a document, with its dotted path (list items by index)."""
    if isinstance(document, dict):
        if document.keys() >= _SEALED_FIELDS and isinstance(document["key_id"], str):
            yield path, document
            return
        for name, value in document.items():
            yield from sealed_values(value, f"{path}.{name}" if path else name)
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from sealed_values(value, f"{path}.{index}")


def rewrapped(keyring: Keyring, stored: dict[str, Any]) -> dict[str, Any]:
    """The stored value re-wrapped, in the form it was stored in (base64 text or bytes)."""
    sealed = keyring.rewrap(Sealed.model_validate(stored))
    as_text = isinstance(stored["wrapped_key"], str)
    fresh = sealed.model_dump(mode="json" if as_text else "python")
    return {**stored, **fresh}  # keeps any field a newer format added


async def rewrap_database(
    keyring: Keyring, mongo_uri: str, database: str, dry_run: bool
) -> Counter[str]:
    """Counts per outcome: `rewrapped` (`to re-wrap` in a dry run), `current` (already the
    active key), `unknown key`, `sealed to a public key` (not a data key's), `changed
    meanwhile` (a service rewrote it since it was read: run again to be sure)."""
    counts: Counter[str] = Counter()
    client, db = connect(mongo_uri, database)
    try:
        for name in await db.list_collection_names():
            collection = db[name]
            async for document in collection.find({}):
                for path, stored in sealed_values(document):
                    key_id = stored["key_id"]
                    if key_id == SEALED_BOX_KEY_ID:  # access-report parts, reveal outcomes
                        counts["sealed to a public key"] += 1
                    elif key_id == keyring.active_key_id:
                        counts["current"] += 1
                    elif key_id not in keyring.keys:
                        counts["unknown key"] += 1
                    elif dry_run:
                        counts["to re-wrap"] += 1
                    else:
                        # This very value (its wrapped key is unique to one sealing), not
                        # whatever a service wrote there since.
                        unchanged = {f"{path}.wrapped_key": stored["wrapped_key"]}
                        result = await collection.update_one(
                            {"_id": document["_id"], **unchanged},
                            {"$set": {path: rewrapped(keyring, stored)}},
                        )
                        counts["rewrapped" if result.modified_count else "changed meanwhile"] += 1
    finally:
        await client.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("databases", nargs="+", help="the services' databases, e.g. confia_ingress")
    parser.add_argument("--dry-run", action="store_true", help="count, change nothing")
    args = parser.parse_args()
    settings = load_settings(RewrapSettings)
    keyring = settings.keyring()
    mongo_uri = settings.mongo_uri.get_secret_value()
    unknown = 0
    for database in args.databases:
        counts = asyncio.run(rewrap_database(keyring, mongo_uri, database, args.dry_run))
        print(
            f"{database}: "
            + (", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "nothing sealed")
        )
        unknown += counts["unknown key"]
    if unknown:
        print(f"{unknown} values are sealed with keys this keyring does not hold", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())
