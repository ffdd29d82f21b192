"""Least privilege on the real broker: a Kafka with SASL/SCRAM and ACLs (the ACLs
generated from confia.events.access), where the agent logs in as itself through the
runtime's own login code and is allowed its topics and denied everyone else's."""

import asyncio
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import (
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    TopicAuthorizationFailedError,
)
from opentelemetry.sdk.trace import TracerProvider
from pydantic import SecretStr

from confia.events.access import ACCESS, acl_grants
from confia.events.topics import CONVERSATION_REDACTED, CONVERSATION_REPLY, WHATSAPP_OUTBOUND
from confia.runtime.bus import create_broker
from confia.runtime.kafka_security import KafkaLogin, client_options
from confia.runtime.settings import ServiceSettings
from confia.testing.infrastructure import Infrastructure, repo_root
from confia.testing.platform import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SCRIPT = repo_root() / "deploy" / "local" / "kafka-secure.sh"
ADMIN_PASSWORD = uuid.uuid4().hex
AGENT_PASSWORD = uuid.uuid4().hex
KAFKA_LIBS_GLOB = "kafka-*/libs"


@pytest.fixture(scope="module")
def secure_kafka(
    infrastructure: Infrastructure, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A SASL/SCRAM broker with the agent's ACLs; the everyday broker fetched its jars."""
    state = tmp_path_factory.mktemp("kafka-secure")
    port = free_port()
    subprocess.run(
        [
            str(SCRIPT),
            "start",
            str(state),
            str(port),
            str(free_port()),
            ADMIN_PASSWORD,
            f"agent={AGENT_PASSWORD}",
        ],
        check=True,
        timeout=120,
    )
    bootstrap = f"127.0.0.1:{port}"
    try:
        asyncio.run(_topics(bootstrap))
        _grant(state, bootstrap, "agent")
        yield bootstrap
    finally:
        subprocess.run([str(SCRIPT), "stop", str(state)], check=False, timeout=30)


def _login(user: str, password: str) -> KafkaLogin:
    return KafkaLogin(protocol="SASL_PLAINTEXT", username=user, password=SecretStr(password))


async def _topics(bootstrap: str) -> None:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, **client_options(_login("admin", ADMIN_PASSWORD))
    )
    await admin.start()
    try:
        names = (CONVERSATION_REDACTED, CONVERSATION_REPLY, WHATSAPP_OUTBOUND)
        await admin.create_topics([NewTopic(n, 1, 1) for n in names])
    finally:
        await admin.close()


def _grant(state: Path, bootstrap: str, service: str) -> None:
    """The service's ACLs, from the access table, with Kafka's own AclCommand."""
    config = state / "admin.properties"
    config.write_text(
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n"
        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="admin" password="{ADMIN_PASSWORD}";\n'
    )
    names: dict[tuple[str, str, str], list[str]] = {}
    for operation, kind, name, pattern in acl_grants(service):
        names.setdefault((kind, pattern, operation), []).append(name)
    for (kind, pattern, operation), resources in names.items():
        flag = "--topic" if kind == "topic" else "--group"
        subprocess.run(
            [
                "java",
                "-cp",
                f"{_kafka_libs()}/*",
                "org.apache.kafka.tools.AclCommand",
                "--bootstrap-server",
                bootstrap,
                "--command-config",
                str(config),
                "--add",
                "--allow-principal",
                f"User:{service}",
                "--operation",
                operation,
                "--resource-pattern-type",
                pattern,
                *[arg for resource in resources for arg in (flag, resource)],
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def _kafka_libs() -> Path:
    cache = Path(os.environ.get("CONFIA_CACHE_DIR", Path.home() / ".cache" / "confia"))
    found = sorted(cache.glob(KAFKA_LIBS_GLOB))
    assert found, f"no Kafka jars under {cache}: run deploy/local/infra.sh up kafka"
    return found[-1]


def test_the_agent_may_write_its_topic_and_is_denied_another_services(secure_kafka: str) -> None:
    assert CONVERSATION_REPLY in ACCESS["agent"].all_writes
    assert WHATSAPP_OUTBOUND not in ACCESS["agent"].all_writes

    async def scenario() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=secure_kafka,
            acks="all",
            **client_options(_login("agent", AGENT_PASSWORD)),
        )
        await producer.start()
        try:
            await producer.send_and_wait(CONVERSATION_REPLY, b"{}", key=b"sub")
            with pytest.raises(TopicAuthorizationFailedError):
                await producer.send_and_wait(WHATSAPP_OUTBOUND, b"{}", key=b"sub")
        finally:
            await producer.stop()

    asyncio.run(scenario())


def test_the_agent_may_read_its_topic_only_in_its_own_group(secure_kafka: str) -> None:
    async def read(topic: str, group: str) -> None:
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=secure_kafka,
            group_id=group,
            auto_offset_reset="earliest",
            **client_options(_login("agent", AGENT_PASSWORD)),
        )
        await consumer.start()
        try:
            await consumer.getmany(timeout_ms=2000)
        finally:
            await consumer.stop()

    own_group = ACCESS["agent"].groups[0]
    asyncio.run(read(CONVERSATION_REDACTED, own_group))
    with pytest.raises(TopicAuthorizationFailedError):
        asyncio.run(read(WHATSAPP_OUTBOUND, own_group))
    with pytest.raises(GroupAuthorizationFailedError):
        asyncio.run(read(CONVERSATION_REDACTED, "ingress"))


def test_a_wrong_password_is_refused(secure_kafka: str, caplog: pytest.LogCaptureFixture) -> None:
    async def connect() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=secure_kafka, **client_options(_login("agent", "not-the-password"))
        )
        try:
            await producer.start()
        finally:
            await producer.stop()

    with pytest.raises(KafkaConnectionError):
        asyncio.run(connect())
    assert "SaslAuthenticationFailed" in caplog.text


def test_a_service_broker_configured_by_settings_logs_in_as_its_principal(
    secure_kafka: str,
) -> None:
    """CONFIA_KAFKA_PROTOCOL / _USERNAME / _PASSWORD: what the k8s manifests set."""
    settings = ServiceSettings(
        kafka_bootstrap=secure_kafka,
        kafka_protocol="SASL_PLAINTEXT",
        kafka_username="agent",
        kafka_password=SecretStr(AGENT_PASSWORD),
    )

    async def scenario() -> None:
        broker = create_broker(settings, "agent", TracerProvider())
        await broker.connect()
        try:
            await broker.publish({"ok": True}, topic=CONVERSATION_REPLY, key=b"sub")
            with pytest.raises(TopicAuthorizationFailedError):
                await broker.publish({"no": True}, topic=WHATSAPP_OUTBOUND, key=b"sub")
        finally:
            await broker.stop()

    asyncio.run(scenario())
