"""Audit benchmark: records appended per second (batched writes, a signed tree head per
batch) and inclusion proofs served per second, on the real store and broker.

Appends `--events` synthetic operator-action events through the service's own
`record_events` (dedupe, leaf hashing, insert, republish on the audit topic) in batches
of `--batch`, signing a tree head after every batch; then asks the audit API for
inclusion proofs of random records. Target (issue 8): at least 2,000 records per second.
"""

import argparse
import asyncio
import json
import random
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from opentelemetry.sdk.trace import TracerProvider

from confia.audit.app import TOPICS
from confia.audit.handlers import Delivered, Ledger, record_events, sign_tree_head
from confia.audit.http import audit_api
from confia.audit.store import AuditLog
from confia.audit.tree_head import new_signing_key, signing_key
from confia.events.schemas import OperatorActed, OperatorAction
from confia.events.topics import OPERATOR_ACTIONS
from confia.runtime.bus import create_broker, ensure_topics
from confia.runtime.settings import ServiceSettings
from confia.store import connect
from confia.testing.infrastructure import from_environment, from_native_scripts

ROOT = Path(__file__).parents[2]
TARGET_PER_SECOND = 2_000
TOKEN = "bench"


def _events(count: int) -> list[Delivered]:
    subjects = [f"sub_bench_{n}" for n in range(200)]
    return [
        Delivered(
            OPERATOR_ACTIONS,
            0,
            offset,
            OperatorActed(
                subject=random.choice(subjects),
                conversation_id="console",
                producer="handoff",
                payload=OperatorAction(action="ticket_viewed", operator_id="op_1", role="operator"),
            )
            .model_dump_json()
            .encode(),
            {},
        )
        for offset in range(count)
    ]


async def _appends(ledger: Ledger, events: list[Delivered], batch: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        await record_events(ledger, events[start : start + batch])
        await sign_tree_head(ledger)
    return time.perf_counter() - started


async def _proofs(ledger: Ledger, event_ids: list[str], count: int) -> float:
    app = FastAPI()
    app.include_router(audit_api(ledger, {"dpo": TOKEN}))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://audit",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as client:
        started = time.perf_counter()
        for event_id in random.sample(event_ids, min(count, len(event_ids))):
            response = await client.get("/audit/proofs/inclusion", params={"event_id": event_id})
            response.raise_for_status()
        return time.perf_counter() - started


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--proofs", type=int, default=2_000)
    parser.add_argument("--report-dir", type=Path, default=ROOT / "reports")
    arguments = parser.parse_args()
    infrastructure = from_environment() or from_native_scripts()
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    settings = ServiceSettings(kafka_bootstrap=infrastructure.kafka_bootstrap)
    broker: KafkaBroker = create_broker(settings, "audit-bench", TracerProvider())
    await broker.connect()
    client, database = connect(infrastructure.mongo_uri, f"bench_audit_{uuid.uuid4().hex[:8]}")
    try:
        log = AuditLog(database)
        await log.create_indexes()
        ledger = Ledger(log, broker, signing_key(new_signing_key()))
        events = _events(arguments.events)
        append_seconds = await _appends(ledger, events, arguments.batch)
        event_ids = [json.loads(e.value)["event_id"] for e in events]
        proof_seconds = await _proofs(ledger, event_ids, arguments.proofs)
    finally:
        await client.drop_database(database.name)
        await client.close()
        await broker.stop()
    report = _report(arguments, append_seconds, proof_seconds)
    arguments.report_dir.mkdir(exist_ok=True)
    (arguments.report_dir / "audit-bench.json").write_text(json.dumps(report, indent=2))
    (arguments.report_dir / "audit-bench.md").write_text(_markdown(report))
    print(_markdown(report))


def _report(arguments: Any, append_seconds: float, proof_seconds: float) -> dict[str, Any]:
    appended_per_second = arguments.events / append_seconds
    return {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "events": arguments.events,
        "batch": arguments.batch,
        "records_per_second": round(appended_per_second),
        "tree_heads_signed": -(-arguments.events // arguments.batch),
        "proofs": arguments.proofs,
        "proofs_per_second": round(arguments.proofs / proof_seconds),
        "target_records_per_second": TARGET_PER_SECOND,
        "meets_target": appended_per_second >= TARGET_PER_SECOND,
    }


def _markdown(report: dict[str, Any]) -> str:
    verdict = "met" if report["meets_target"] else "NOT met"
    return (
        "# Audit benchmark\n\n"
        f"{report['at']} · {report['events']} events in batches of {report['batch']}, a signed "
        "tree head after each batch, on the real store and broker\n\n"
        "| records appended / s | proofs served / s |\n| --- | --- |\n"
        f"| {report['records_per_second']:,} | {report['proofs_per_second']:,} |\n\n"
        f"Target: ≥ {report['target_records_per_second']:,} records/s with signing — {verdict}.\n"
    )


if __name__ == "__main__":
    asyncio.run(main())
