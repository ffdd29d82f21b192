"""Retiring a data key: every sealed value at rest moves to the active key, nothing else."""

import os
from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, Sealed, UnknownKeyError, new_box_keys, seal_for
from confia.runtime.rewrap import rewrap_database
from confia.testing.infrastructure import Infrastructure

pytestmark = pytest.mark.integration


async def test_every_sealed_value_moves_to_the_active_key_and_still_opens(
    infrastructure: Infrastructure, database: AsyncDatabase[dict[str, Any]]
) -> None:
    old, new, foreign = os.urandom(32), os.urandom(32), os.urandom(32)
    before = Keyring({"k1": old}, "k1")
    after = Keyring({"k1": old, "k2": new}, "k2")

    def sealed(text: str, mode: str = "json") -> dict[str, Any]:
        return before.seal_text(text, "sub_1").model_dump(mode=mode)  # type: ignore[arg-type]

    await database["contacts"].insert_one(
        {"_id": "sub_1", "phone": sealed("5511987654321"), "name": "kept as it is"}
    )
    await database["tickets"].insert_one(
        {"_id": "t1", "messages": [{"text": sealed("oi")}, {"text": sealed("tchau", "python")}]}
    )
    stranger = Keyring({"k9": foreign}, "k9").seal_text("?", "sub_1").model_dump(mode="json")
    await database["tickets"].insert_one({"_id": "t2", "note": stranger})
    public, _private = new_box_keys()
    report_part = seal_for(public, b"part of an access report").model_dump(mode="json")
    await database["rights_requests"].insert_one({"_id": "r1", "acks": {"ingress": report_part}})

    counts = await rewrap_database(after, infrastructure.mongo_uri, database.name, dry_run=False)

    assert counts == {"rewrapped": 3, "unknown key": 1, "sealed to a public key": 1}
    only_new = Keyring({"k2": new}, "k2")
    contact = await database["contacts"].find_one({"_id": "sub_1"})
    ticket = await database["tickets"].find_one({"_id": "t1"})
    assert contact is not None
    assert ticket is not None
    assert contact["name"] == "kept as it is"
    values = [contact["phone"], ticket["messages"][0]["text"], ticket["messages"][1]["text"]]
    assert [v["key_id"] for v in values] == ["k2", "k2", "k2"]
    assert isinstance(values[2]["wrapped_key"], bytes), "stored as it was: bytes stay bytes"
    opened = [only_new.open_text(Sealed.model_validate(v), "sub_1") for v in values]
    assert opened == ["5511987654321", "oi", "tchau"]
    untouched = await database["tickets"].find_one({"_id": "t2"})
    assert untouched is not None
    assert untouched["note"] == stranger
    with pytest.raises(UnknownKeyError):
        only_new.open_text(Sealed.model_validate(untouched["note"]), "sub_1")
    again = await rewrap_database(after, infrastructure.mongo_uri, database.name, dry_run=False)
    assert again == {"current": 3, "unknown key": 1, "sealed to a public key": 1}


async def test_a_dry_run_counts_and_changes_nothing(
    infrastructure: Infrastructure, database: AsyncDatabase[dict[str, Any]]
) -> None:
    old, new = os.urandom(32), os.urandom(32)
    stored = Keyring({"k1": old}, "k1").seal_text("oi", "sub_1").model_dump(mode="json")
    await database["contacts"].insert_one({"_id": "sub_1", "phone": stored})

    rotated = Keyring({"k1": old, "k2": new}, "k2")
    counts = await rewrap_database(rotated, infrastructure.mongo_uri, database.name, dry_run=True)

    assert counts == {"to re-wrap": 1}
    assert await database["contacts"].find_one({"_id": "sub_1"}) == {
        "_id": "sub_1",
        "phone": stored,
    }
