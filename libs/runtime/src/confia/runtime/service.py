"""Run a service: its FastStream broker and its HTTP surface in one process."""

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import uvicorn
from fastapi import APIRouter, FastAPI, Response
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase
from starlette.types import ASGIApp, Receive, Scope, Send

from confia.runtime.bus import create_broker, ensure_topics
from confia.runtime.hot_spans import HotSpans, SpanSink
from confia.runtime.metrics import exposition, report_consumer_lag
from confia.runtime.settings import ServiceSettings, load_settings
from confia.runtime.telemetry import (
    ServerSpans,
    hot_span_shipper,
    serve_in_span,
    setup_logging,
    setup_tracing,
)
from confia.store import connect

logger = logging.getLogger("confia.service")

Hook = Callable[[], Awaitable[None]]
HotRoute = tuple[str, str]  # (method, path): ("POST", "/webhook")


@dataclass(frozen=True)
class Plumbing:
    """What every service is made of: tracing, its broker and its own database."""

    service: str
    settings: ServiceSettings
    tracer_provider: TracerProvider
    # Where the hot path's spans go (ADR 15); None when traces are not exported.
    hot_spans: SpanSink | None
    broker: KafkaBroker
    mongo: AsyncMongoClient[dict[str, Any]]
    database: AsyncDatabase[dict[str, Any]]


def plumbing(service: str, settings: ServiceSettings, database: str) -> Plumbing:
    tracer_provider = setup_tracing(f"confia-{service}", settings.otlp_endpoint)
    mongo, db = connect(settings.mongo_uri.get_secret_value(), database)
    return Plumbing(
        service=service,
        settings=settings,
        tracer_provider=tracer_provider,
        hot_spans=hot_span_shipper(tracer_provider, settings.otlp_endpoint),
        broker=create_broker(settings, service, tracer_provider),
        mongo=mongo,
        database=db,
    )


class ServiceApp(FastAPI):
    """A service's app: FastAPI, but its hot routes are served before FastAPI's middleware,
    routing and dependency solving, which cost a webhook a third of a bare endpoint's
    whole request (ADR 15). A hot route is a plain ASGI app, still inside its server span.
    """

    def __init__(
        self, *, hot_routes: Mapping[HotRoute, ASGIApp], spans: SpanSink | None, **options: Any
    ) -> None:
        super().__init__(**options)
        self._hot_routes = dict(hot_routes)
        self._hot_spans = HotSpans(spans, "confia.http")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._hot_routes:
            hot = self._hot_routes.get((scope["method"], scope["path"]))
            if hot is not None:
                await serve_in_span(self._hot_spans, hot, scope, receive, send, scope["path"])
                return
        await super().__call__(scope, receive, send)


def build_app(
    parts: Plumbing,
    *,
    topics: Sequence[str],
    routers: Sequence[APIRouter] = (),
    hot_routes: Mapping[HotRoute, ASGIApp] | None = None,
    on_startup: Sequence[Hook] = (),
    on_shutdown: Sequence[Hook] = (),
    ready_needs_store: bool = True,
) -> FastAPI:
    """The service as one ASGI app: broker lifecycle, /healthz, /readyz, /metrics and its
    own routes; `hot_routes` answer a (method, path) ahead of the routers (ADR 15).

    Start-up creates the service's topics, runs its hooks (indexes...), then starts
    consuming and sampling the consumer lag; shutdown stops consuming first (in-flight
    messages finish and are committed), then runs its hooks, closes the database client
    and flushes traces.
    """
    service, broker, settings = parts.service, parts.broker, parts.settings

    @asynccontextmanager
    async def lifespan(served: FastAPI) -> AsyncIterator[None]:
        await ensure_topics(
            settings.kafka_bootstrap, topics, settings.topic_replication, settings.kafka_login()
        )
        for hook in on_startup:
            await hook()
        if getattr(served.state, FREEZE_BEFORE_CONSUMING, False):
            # Before the first message or request exists: nothing of a customer's is frozen.
            freeze_startup_heap()
        await broker.start()
        lag = asyncio.create_task(
            report_consumer_lag(service, broker, settings.consumer_lag_interval_seconds)
        )
        logger.info("%s started", service)
        try:
            yield
        finally:
            lag.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await lag
            await broker.stop()
            for hook in on_shutdown:
                await hook()
            await parts.mongo.close()
            parts.tracer_provider.force_flush(timeout_millis=5_000)
            if parts.hot_spans is not None:
                parts.hot_spans.flush(timeout_seconds=5.0)
            logger.info("%s stopped", service)

    app = ServiceApp(
        hot_routes=hot_routes or {},
        spans=parts.hot_spans,
        title=f"confia-{service}",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.add_middleware(ServerSpans, spans=parts.hot_spans)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> Response:
        return Response("ok", media_type="text/plain")

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> Response:
        """Ready when the broker and (unless the HTTP surface does not need it) the store
        answer, each within 5 s."""
        store_check = _store_answers(parts) if ready_needs_store else _no_check()
        kafka, store = await asyncio.gather(broker.ping(timeout=5.0), store_check)
        problems = [name for name, ok in (("kafka", kafka), ("store", store)) if not ok]
        if problems:
            return Response(f"{' and '.join(problems)} unreachable", status_code=503)
        return Response("ready")

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    for router in routers:
        app.include_router(router)
    return app


async def _no_check() -> bool:
    return True


async def _store_answers(parts: Plumbing) -> bool:
    try:
        async with asyncio.timeout(5.0):
            await parts.database.command("ping")
    except Exception:
        return False
    return True


async def serve(app: FastAPI, settings: ServiceSettings) -> None:
    """Serve until SIGTERM/SIGINT; uvicorn drains HTTP, then the lifespan stops the broker."""
    config = uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.http_port,
        log_level=settings.log_level.lower(),
        log_config=None,  # uvicorn's loggers go to ours: JSON, like every other line
        access_log=False,  # access lines can carry query strings (the webhook verify token)
        timeout_graceful_shutdown=20,
    )
    # A served process, not an app a test drives: its lifespan freezes the start-up heap.
    setattr(app.state, FREEZE_BEFORE_CONSUMING, True)
    await uvicorn.Server(config).serve()


FREEZE_BEFORE_CONSUMING = "freeze_heap_before_consuming"
# Allocations between collections of the youngest generation (CPython's default is 700).
YOUNG_GENERATION_THRESHOLD = 10_000


def freeze_startup_heap() -> None:
    """Keep the garbage collector off what start-up built, and run it less often.

    Modules, classes, the app and its clients live as long as the process. Left in the
    collected heap, every full collection walks them all again: under webhook load that
    was a collection of about 100 ms every half second, a sixth of the process's CPU and
    its p99 (ADR 14). Frozen at start-up, collections walk only what requests and
    messages made.
    """
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, middle, oldest)


SettingsT = TypeVar("SettingsT", bound=ServiceSettings)


def run(settings_class: type[SettingsT], create_app: Callable[[SettingsT], FastAPI]) -> None:
    """A service's whole `main`: settings, logging, app, serve."""
    settings = load_settings(settings_class)
    setup_logging(settings.log_level)
    asyncio.run(serve(create_app(settings), settings))
