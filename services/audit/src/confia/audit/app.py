"""Audit's wiring: every topic (and its dead letters) in, batched into the Merkle-tree
log; signed tree heads on a timer; records and heads out on `audit.events.v1`."""

import asyncio
import contextlib
import logging
from typing import Any

from fastapi import FastAPI
from faststream.kafka.annotations import KafkaMessage

from confia.audit.handlers import SERVICE, Delivered, Ledger, record_events, sign_tree_head
from confia.audit.http import audit_api
from confia.audit.settings import AuditSettings
from confia.audit.store import AuditLog
from confia.audit.tree_head import signing_key
from confia.events import dlq
from confia.events.access import ACCESS
from confia.events.topics import AUDIT_EVENTS
from confia.runtime.erasure import Erased
from confia.runtime.rights import RIGHTS_TOPICS, subscribe_to_rights
from confia.runtime.service import build_app, plumbing
from confia.store import HandledEvents

logger = logging.getLogger("confia.audit")

# What audit may read (the access table, which the Kafka ACLs come from): every topic but
# its own output and the services' private logs, dead letters included.
AUDITED_TOPICS = ACCESS[SERVICE].reads
TOPICS = (*AUDITED_TOPICS, AUDIT_EVENTS, dlq(AUDIT_EVENTS), *RIGHTS_TOPICS)


def create_app(settings: AuditSettings) -> FastAPI:
    parts = plumbing(SERVICE, settings, settings.database)
    broker, database = parts.broker, parts.database
    log = AuditLog(database)
    ledger = Ledger(
        log,
        broker,
        signing_key(settings.audit_signing_key.get_secret_value()),
        retired_public_keys=settings.previous_public_keys(),
    )
    signer: dict[str, asyncio.Task[None]] = {}

    @broker.subscriber(
        *AUDITED_TOPICS,
        group_id=SERVICE,
        auto_offset_reset="earliest",
        batch=True,
        max_records=settings.batch_size,
        description="Appends who/what/when of every event to the Merkle-tree log.",
    )
    async def on_events(bodies: list[Any], message: KafkaMessage) -> None:
        records = message.raw_message
        assert isinstance(records, tuple)  # a batch subscriber
        await record_events(ledger, [_delivered(record) for record in records])

    async def start_signing() -> None:
        await log.create_indexes()
        # Loading republishes what a crash left unpublished: the producer must be up (the
        # consumers start after the hooks).
        await broker.connect()
        await ledger.load()

        async def every_interval() -> None:
            while True:
                await asyncio.sleep(settings.tree_head_interval_seconds)
                try:
                    await sign_tree_head(ledger)
                except Exception:  # the next interval tries again; the log is intact
                    logger.exception("signing the tree head failed")

        signer["task"] = asyncio.create_task(every_interval())

    async def stop_signing() -> None:
        task = signer.get("task")
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def erase(subject: str) -> Erased:
        # The log holds who/what/when under a pseudonym, never content: it is the
        # controller's proof of processing, kept as the law requires.
        return Erased(
            deleted={},
            retained={"records": "event metadata under the pseudonym, no content (LGPD art. 37)"},
        )

    subscribe_to_rights(parts, HandledEvents(database), erase, log.export)
    tokens = {
        role: token.get_secret_value()
        for role, token in (
            ("dpo", settings.audit_dpo_token),
            ("admin", settings.audit_admin_token),
        )
        if token is not None
    }
    return build_app(
        parts,
        topics=TOPICS,
        routers=[audit_api(ledger, tokens)],
        on_startup=[start_signing],
        on_shutdown=[stop_signing],
    )


def _delivered(record: Any) -> Delivered:
    headers = {key: value.decode(errors="replace") for key, value in record.headers or ()}
    traceparent = headers.get("traceparent", "")
    parts = traceparent.split("-")
    return Delivered(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        value=record.value or b"",
        headers=headers,
        trace_id=parts[1] if len(parts) == 4 else None,
    )
