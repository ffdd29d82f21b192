"""Ingress split in two processes (ADR 13): a webhook-only process answers Meta from its log,
a worker-only process does the work behind it. Real processes, broker and store."""

import asyncio
import hashlib
import hmac
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import read_to_end, wait_until_consumed
from confia.testing.platform import free_port, generated_secrets

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIXTURE = Path(__file__).parents[3] / "tests" / "fixtures" / "whatsapp" / "text_message.json"


class Roles:
    """Starts ingress processes in one role each, on one namespace and database."""

    def __init__(self, infrastructure: Infrastructure, log_dir: Path) -> None:
        self.namespace = f"roles{uuid.uuid4().hex[:8]}."
        self.secrets = generated_secrets()
        self.env = {
            **os.environ,
            **self.secrets,
            "CONFIA_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
            "CONFIA_MONGO_URI": infrastructure.mongo_uri,
            "CONFIA_OTLP_ENDPOINT": infrastructure.otlp_endpoint,
            "CONFIA_DATABASE": f"roles_{uuid.uuid4().hex[:8]}_ingress",
            "CONFIA_TOPIC_NAMESPACE": self.namespace,
            "CONFIA_GRAPH_API_BASE": "http://127.0.0.1:9/v23.0",  # nothing is sent here
        }
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs: list[IO[bytes]] = []

    def start(self, role: str, **env: str) -> str:
        port = free_port()
        env = {**self.env, **env, "CONFIA_INGRESS_ROLE": role, "CONFIA_HTTP_PORT": str(port)}
        log = (self.log_dir / f"ingress-{role}.log").open("wb")
        self.logs.append(log)
        process = subprocess.Popen(
            [sys.executable, "-m", "confia.ingress"], env=env, stdout=log, stderr=log
        )
        self.processes.append(process)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            assert process.poll() is None, f"ingress ({role}) exited; see {log.name}"
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    return url
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"ingress ({role}) not ready; see {log.name}")

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=30)
        for log in self.logs:
            log.close()


@pytest.fixture
def roles(infrastructure: Infrastructure, tmp_path: Path) -> Iterator[Roles]:
    started = Roles(infrastructure, tmp_path)
    try:
        yield started
    finally:
        started.stop()


def _signed(secret: str) -> tuple[bytes, dict[str, str]]:
    body = FIXTURE.read_bytes()
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, {"content-type": "application/json", "x-hub-signature-256": f"sha256={digest}"}


async def test_webhook_process_answers_from_the_log_and_the_worker_publishes_the_event(
    roles: Roles, infrastructure: Infrastructure
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    log_topic = f"{roles.namespace}ingress.webhooks.v1"
    inbound_topic = f"{roles.namespace}whatsapp.inbound.v1"
    body, headers = _signed(roles.secrets["CONFIA_APP_SECRETS"])

    # No store at all for the webhook tier: it must answer, and be ready, from Kafka alone.
    webhook = roles.start("webhook", CONFIA_MONGO_URI="mongodb://127.0.0.1:9/")
    async with httpx.AsyncClient() as client:
        ready = await client.get(f"{webhook}/readyz")
        answered = await client.post(f"{webhook}/webhook", content=body, headers=headers)
        await asyncio.sleep(2)  # time enough for a consumer, were there one in this process
        logged = await read_to_end(bootstrap, log_topic)
        published_before_worker = await read_to_end(bootstrap, inbound_topic)

        worker = roles.start("worker")
        not_served = await client.post(f"{worker}/webhook", content=body, headers=headers)
        await wait_until_consumed(bootstrap, "ingress", log_topic, wait_seconds=60)
        published = await read_to_end(bootstrap, inbound_topic)

    assert ready.status_code == 200
    assert answered.status_code == 200
    assert len(logged) == 1
    assert published_before_worker == []
    assert not_served.status_code == 404  # a worker serves no webhook
    assert len(published) == 1
    assert b"wamid" not in published[0].value  # the message key, never Meta's id
