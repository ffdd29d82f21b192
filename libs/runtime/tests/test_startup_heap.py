"""A served process freezes its start-up heap before it consumes or answers (ADR 14); an
app a test drives in-process never does, so no test's garbage stays frozen."""

import asyncio
import contextlib
import gc
import time
from collections.abc import Iterator

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider

from confia.runtime.bus import create_broker
from confia.runtime.service import YOUNG_GENERATION_THRESHOLD, Plumbing, build_app, serve
from confia.runtime.settings import ServiceSettings
from confia.store import connect
from confia.testing.infrastructure import Infrastructure
from confia.testing.platform import free_port

pytestmark = pytest.mark.integration


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """The test process's collector as it was: nothing of this test stays frozen."""
    threshold = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def _plumbing(infrastructure: Infrastructure, settings: ServiceSettings) -> Plumbing:
    broker = create_broker(settings, "heap-test", TracerProvider())
    mongo, database = connect(infrastructure.mongo_uri, "heap_test", timeout_ms=2_000)
    return Plumbing("heap-test", settings, TracerProvider(), None, broker, mongo, database)


async def test_a_served_process_is_frozen_by_the_time_it_first_answers(
    infrastructure: Infrastructure, collector_restored: None
) -> None:
    settings = ServiceSettings(
        kafka_bootstrap=infrastructure.kafka_bootstrap, http_port=free_port()
    )
    parts = _plumbing(infrastructure, settings)
    serving = asyncio.create_task(serve(build_app(parts, topics=()), settings))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{settings.http_port}") as client:
            answer = await _first_answer(client, "/healthz")
            frozen = gc.get_freeze_count()

        assert answer.status_code == 200
        assert frozen > 0, "nothing was frozen before the first answer"
        assert gc.get_threshold()[0] == YOUNG_GENERATION_THRESHOLD
    finally:
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving
        await parts.broker.stop()
        await parts.mongo.close()


async def test_an_app_a_test_drives_freezes_nothing(
    infrastructure: Infrastructure, collector_restored: None
) -> None:
    settings = ServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap)
    app = build_app(_plumbing(infrastructure, settings), topics=())

    async with app.router.lifespan_context(app):
        frozen = gc.get_freeze_count()

    assert frozen == 0


async def _first_answer(client: httpx.AsyncClient, path: str) -> httpx.Response:
    deadline = time.monotonic() + 20
    while True:
        try:
            return await client.get(path)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)
