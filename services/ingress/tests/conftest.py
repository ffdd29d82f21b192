"""Ingress test fixtures: the webhook as an in-process app over the real broker and store."""

import base64
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring
from confia.events import TOPICS, dlq
from confia.events.topics import INGRESS_WEBHOOKS
from confia.ingress.app import RecordPolicy, subscribe_webhooks
from confia.ingress.domain import FloodGate
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import Ingress
from confia.ingress.http import webhook_post, webhook_router
from confia.ingress.intake import WebhookIntake
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore
from confia.runtime.bus import create_broker
from confia.runtime.service import ServiceApp
from confia.testing.kafka import create_topics, delete_topics, wait_until_consumed

OpenWebhook = Callable[
    [IngressSettings, KafkaBroker, FloodGate],
    AbstractAsyncContextManager[tuple[httpx.AsyncClient, Ingress]],
]


def _ingress_settings(app_secret: str, **overrides: Any) -> IngressSettings:
    return IngressSettings(
        app_secrets=app_secret,
        verify_token="t",
        pseudonym_key="k",
        graph_api_token="g",
        data_keys="test:" + base64.b64encode(bytes(32)).decode(),
        data_key_id="test",
        **overrides,
    )


@pytest.fixture
def ingress_settings() -> Callable[..., IngressSettings]:
    """Settings with test secrets (an all-zero data key: tests only)."""
    return _ingress_settings


@pytest.fixture
def open_webhook(database: AsyncDatabase[dict[str, Any]], keyring: Keyring) -> OpenWebhook:
    """Opens the webhook router on `broker`, with a fresh pseudonym key, as an HTTP client.

    Unhandled exceptions in the app are raised in the test (they must never happen).
    """

    @asynccontextmanager
    async def open_(
        settings: IngressSettings, broker: KafkaBroker, flood: FloodGate
    ) -> AsyncIterator[tuple[httpx.AsyncClient, Ingress]]:
        async with httpx.AsyncClient() as graph_client:
            ingress = Ingress(
                store=IngressStore(database, keyring),
                broker=broker,
                keyring=keyring,
                pseudonym_key=os.urandom(32),
                graph=GraphApi(graph_client, "http://unused.test", "g", Throughput(1)),
                flood=flood,
            )
            async with open_pipeline(ingress, settings) as client:
                yield client, ingress

    return open_


class _DrainingTransport(httpx.AsyncBaseTransport):
    """Answers like the app, but a 200 from POST /webhook only once the consumer processed
    every accepted webhook: tests then read the resulting events without waiting."""

    def __init__(self, app: FastAPI, drained: Callable[[], Awaitable[None]]) -> None:
        self._app = httpx.ASGITransport(app=app, raise_app_exceptions=True)
        self._drained = drained

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._app.handle_async_request(request)
        if request.method == "POST" and response.status_code == 200:
            await self._drained()
        return response


OpenPipeline = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def pipeline() -> OpenPipeline:
    """Opens the webhook and its consumer (`open_pipeline`) as an HTTP client."""
    return open_pipeline


@asynccontextmanager
async def open_pipeline(
    ingress: Ingress, settings: IngressSettings, name: str | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    """The webhook and its consumer, as in the service, on a log topic (`name`, and its dead
    letters) and group of their own."""
    bootstrap = settings.kafka_bootstrap
    name = name or f"test-ingress-webhooks-{uuid.uuid4().hex[:12]}"
    # With the real topic's settings (a whole webhook body per record).
    configs = TOPICS[INGRESS_WEBHOOKS].configs()
    await create_topics(bootstrap, name, partitions=3, configs=configs)
    await create_topics(bootstrap, dlq(name), configs=configs)
    intake = WebhookIntake(
        bootstrap, settings.kafka_login(), settings.kafka_request_timeout_ms, ingress.keyring, name
    )
    consumer = create_broker(settings, "ingress-test", TracerProvider())
    subscribe_webhooks(
        consumer,
        ingress,
        RecordPolicy(batch_size=50, attempts=2, backoff_seconds=0.05),
        topic=name,
        group_id=name,
    )
    await intake.start()
    await consumer.start()
    try:
        # As the service serves it: POST /webhook as its hot route (ADR 15), GET routed.
        app = ServiceApp(
            hot_routes={("POST", "/webhook"): webhook_post(settings, ingress, intake)}, spans=None
        )
        app.include_router(webhook_router(settings, ingress, intake))
        transport = _DrainingTransport(app, lambda: wait_until_consumed(bootstrap, name, name, 90))
        async with httpx.AsyncClient(transport=transport, base_url="http://ingress") as client:
            yield client
    finally:
        await consumer.stop()
        await intake.stop()
        await delete_topics(bootstrap, name, dlq(name))
