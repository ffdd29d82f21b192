"""A served process freezes what start-up built, so full collections stop walking it (ADR 14)."""

import asyncio
import contextlib
import gc
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI

from confia.runtime.service import serve
from confia.runtime.settings import ServiceSettings
from confia.testing.platform import free_port


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """The test process's collector as it was: nothing of this test stays frozen."""
    threshold = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


async def test_serving_freezes_the_start_up_heap_once_listening(collector_restored: None) -> None:
    app = FastAPI()

    @app.get("/ping")
    async def ping() -> str:
        return "pong"

    settings = ServiceSettings(http_port=free_port())
    assert gc.get_freeze_count() == 0
    serving = asyncio.create_task(serve(app, settings))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{settings.http_port}") as client:
            answer = await _first_answer(client, "/ping")
            frozen = await _frozen_within(seconds=5)

        assert answer.json() == "pong"
        assert frozen > 0, "nothing was frozen after start-up"
        assert gc.get_threshold()[0] == 10_000
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving


async def _first_answer(client: httpx.AsyncClient, path: str) -> httpx.Response:
    deadline = time.monotonic() + 10
    while True:
        try:
            return await client.get(path)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


async def _frozen_within(seconds: float) -> int:
    """The frozen object count, once there is one (the freeze follows the first listen)."""
    for _ in range(int(seconds / 0.05)):
        if gc.get_freeze_count():
            break
        await asyncio.sleep(0.05)
    return gc.get_freeze_count()
