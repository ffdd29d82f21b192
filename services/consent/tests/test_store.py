"""Consent's one-winner decisions under concurrency, against the real store."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase

from confia.consent.store import ConsentStore

pytestmark = pytest.mark.integration


async def _open_request(store: ConsentStore, request_id: str) -> None:
    now = datetime.now(UTC)
    await store.create_request(
        {
            "_id": request_id,
            "kind": "erasure",
            "subject": "sub_1",
            "status": "open",
            "requested_at": now,
            "deadline": now,
            "escalated": False,
            "acks": {},
        }
    )


async def test_a_request_is_completed_by_exactly_one_of_many_concurrent_callers(
    database: AsyncDatabase[dict[str, Any]],
) -> None:
    store = ConsentStore(database)
    await _open_request(store, "req_1")

    winners = await asyncio.gather(*(store.complete("req_1", datetime.now(UTC)) for _ in range(12)))

    assert winners.count(True) == 1
    request = await store.request("req_1")
    assert request is not None
    assert request["status"] == "completed"
    assert await store.complete("req_1", datetime.now(UTC)) is False, "and never again"


async def test_an_overdue_request_is_escalated_by_exactly_one_of_many_concurrent_callers(
    database: AsyncDatabase[dict[str, Any]],
) -> None:
    store = ConsentStore(database)
    await _open_request(store, "req_2")

    winners = await asyncio.gather(*(store.mark_escalated("req_2") for _ in range(12)))

    assert winners.count(True) == 1
    assert await store.mark_escalated("req_2") is False
