"""Ingress test fixtures: the webhook as an in-process app over the real broker and store."""

import base64
import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring
from confia.ingress.domain import FloodGate
from confia.ingress.graph import GraphApi, Throughput
from confia.ingress.handlers import Ingress
from confia.ingress.http import webhook_router
from confia.ingress.settings import IngressSettings
from confia.ingress.store import IngressStore

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
            app = FastAPI()
            app.include_router(webhook_router(settings, ingress))
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=True)
            async with httpx.AsyncClient(transport=transport, base_url="http://ingress") as client:
                yield client, ingress

    return open_
