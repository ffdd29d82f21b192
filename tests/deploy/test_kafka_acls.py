"""Least privilege on the real broker: a Kafka with SASL/SCRAM over TLS and ACLs (its CA
and certificate issued here, the ACLs generated from confia.events.access), where the agent
logs in as itself through the runtime's own login code and is allowed its topics and
denied everyone else's; a client that does not trust the CA cannot connect at all.

The broker is set up with the same code docker-compose.secure.yml runs
(confia.testing.kafka_secure: certificates, topics as the admin, kafka-acls arguments)."""

import asyncio
import os
import socket
import ssl
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import (
    GroupAuthorizationFailedError,
    KafkaConnectionError,
    TopicAuthorizationFailedError,
)
from opentelemetry.sdk.trace import TracerProvider
from pydantic import SecretStr

from confia.crypto import Keyring
from confia.events.access import ACCESS
from confia.events.topics import (
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    INGRESS_WEBHOOKS,
    TOPICS,
    WHATSAPP_OUTBOUND,
)
from confia.ingress.acked_producer import DeliveryError
from confia.ingress.intake import WebhookIntake
from confia.runtime.bus import create_broker, ensure_topics
from confia.runtime.kafka_security import client_options
from confia.runtime.settings import ServiceSettings
from confia.testing.infrastructure import Infrastructure, repo_root
from confia.testing.kafka_secure import ADMIN, acl_arguments, create_topics, write_broker_tls
from confia.testing.platform import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SCRIPT = repo_root() / "deploy" / "local" / "kafka-secure.sh"
ADMIN_PASSWORD = uuid.uuid4().hex
AGENT_PASSWORD = uuid.uuid4().hex
INGRESS_PASSWORD = uuid.uuid4().hex
KAFKA_LIBS_GLOB = "kafka-*/libs"


@dataclass(frozen=True)
class SecureKafka:
    bootstrap: str
    ca_file: Path  # the CA that issued the broker's certificate


@pytest.fixture(scope="module")
def secure_kafka(
    infrastructure: Infrastructure, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SecureKafka]:
    """A SASL_SSL broker with the agent's ACLs; the everyday broker fetched its jars."""
    state = tmp_path_factory.mktemp("kafka-secure")
    ca_file = state / "ca.crt"
    write_broker_tls(ca_file, state / "broker-tls.properties", ["127.0.0.1", "localhost"])
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
            f"ingress={INGRESS_PASSWORD}",
        ],
        check=True,
        timeout=120,
    )
    kafka = SecureKafka(f"127.0.0.1:{port}", ca_file)
    try:
        # What the compose override's kafka-init does: every topic, as the admin.
        asyncio.run(create_topics(_settings(kafka, ADMIN, ADMIN_PASSWORD)))
        _grant(state, kafka, "agent")
        _grant(state, kafka, "ingress")
        yield kafka
    finally:
        subprocess.run([str(SCRIPT), "stop", str(state)], check=False, timeout=30)


def _settings(
    kafka: SecureKafka, user: str, password: str, ca_file: Path | None = None
) -> ServiceSettings:
    """A login as the compose override and the prod overlay configure one: SASL_SSL."""
    return ServiceSettings(
        kafka_bootstrap=kafka.bootstrap,
        kafka_protocol="SASL_SSL",
        kafka_username=user,
        kafka_password=SecretStr(password),
        kafka_ca_file=ca_file or kafka.ca_file,
    )


def _options(kafka: SecureKafka, user: str, password: str) -> dict[str, Any]:
    return client_options(_settings(kafka, user, password).kafka_login())


def _grant(state: Path, kafka: SecureKafka, service: str) -> None:
    """The service's ACLs, from the access table, with Kafka's own AclCommand (the same
    arguments the compose override's kafka-acls passes to kafka-acls.sh)."""
    config = state / "admin.properties"
    config.write_text(
        "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="{ADMIN}" password="{ADMIN_PASSWORD}";\n'
        f"ssl.truststore.type=PEM\nssl.truststore.location={kafka.ca_file}\n"
    )
    for arguments in acl_arguments(service):
        subprocess.run(
            [
                "java",
                "-cp",
                f"{_kafka_libs()}/*",
                "org.apache.kafka.tools.AclCommand",
                "--bootstrap-server",
                kafka.bootstrap,
                "--command-config",
                str(config),
                "--add",
                *arguments,
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


def test_the_agent_may_write_its_topic_and_is_denied_another_services(
    secure_kafka: SecureKafka,
) -> None:
    assert CONVERSATION_REPLY in ACCESS["agent"].all_writes
    assert WHATSAPP_OUTBOUND not in ACCESS["agent"].all_writes

    async def scenario() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=secure_kafka.bootstrap,
            acks="all",
            **_options(secure_kafka, "agent", AGENT_PASSWORD),
        )
        await producer.start()
        try:
            await producer.send_and_wait(CONVERSATION_REPLY, b"{}", key=b"sub")
            with pytest.raises(TopicAuthorizationFailedError):
                await producer.send_and_wait(WHATSAPP_OUTBOUND, b"{}", key=b"sub")
        finally:
            await producer.stop()

    asyncio.run(scenario())


def test_the_agent_may_read_its_topic_only_in_its_own_group(secure_kafka: SecureKafka) -> None:
    async def read(topic: str, group: str) -> None:
        consumer = AIOKafkaConsumer(
            topic,
            bootstrap_servers=secure_kafka.bootstrap,
            group_id=group,
            auto_offset_reset="earliest",
            **_options(secure_kafka, "agent", AGENT_PASSWORD),
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


def test_a_wrong_password_is_refused(
    secure_kafka: SecureKafka, caplog: pytest.LogCaptureFixture
) -> None:
    async def connect() -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=secure_kafka.bootstrap,
            **_options(secure_kafka, "agent", "not-the-password"),
        )
        try:
            await producer.start()
        finally:
            await producer.stop()

    with pytest.raises(KafkaConnectionError):
        asyncio.run(connect())
    assert "SaslAuthenticationFailed" in caplog.text


def test_a_client_that_does_not_trust_the_ca_cannot_connect(
    secure_kafka: SecureKafka, tmp_path: Path
) -> None:
    """TLS is on and checked: another CA's client fails the handshake, ours completes it."""
    other_ca = tmp_path / "other-ca.crt"
    write_broker_tls(other_ca, tmp_path / "other-broker-tls.properties", ["127.0.0.1"])
    host, port = secure_kafka.bootstrap.split(":")

    def handshake(ca_file: Path) -> None:
        context = ssl.create_default_context(cafile=str(ca_file))
        with (
            socket.create_connection((host, int(port)), timeout=10) as raw,
            context.wrap_socket(raw, server_hostname=host),
        ):
            pass

    handshake(secure_kafka.ca_file)
    with pytest.raises(ssl.SSLCertVerificationError):
        handshake(other_ca)

    async def connect() -> None:
        login = _settings(secure_kafka, "agent", AGENT_PASSWORD, other_ca).kafka_login()
        producer = AIOKafkaProducer(
            bootstrap_servers=secure_kafka.bootstrap, **client_options(login)
        )
        try:
            await producer.start()
        finally:
            await producer.stop()

    with pytest.raises(KafkaConnectionError):
        asyncio.run(connect())


def test_a_service_starting_under_acls_needs_no_right_to_create_topics(
    secure_kafka: SecureKafka,
) -> None:
    """Every service checks all topics at start-up (ensure_topics); the admin made them,
    and a creation refused for a topic it may not even see must not stop it."""
    login = _settings(secure_kafka, "agent", AGENT_PASSWORD).kafka_login()
    asyncio.run(ensure_topics(secure_kafka.bootstrap, TOPICS, 1, login))


def test_a_service_broker_configured_by_its_environment_logs_in_as_its_principal(
    secure_kafka: SecureKafka, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CONFIA_KAFKA_PROTOCOL / _USERNAME / _PASSWORD / _CA_FILE: what the k8s manifests and
    docker-compose.secure.yml set."""
    monkeypatch.setenv("CONFIA_KAFKA_BOOTSTRAP", secure_kafka.bootstrap)
    monkeypatch.setenv("CONFIA_KAFKA_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("CONFIA_KAFKA_USERNAME", "agent")
    monkeypatch.setenv("CONFIA_KAFKA_PASSWORD", AGENT_PASSWORD)
    monkeypatch.setenv("CONFIA_KAFKA_CA_FILE", str(secure_kafka.ca_file))
    settings = ServiceSettings()

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


def test_the_webhook_log_writer_logs_in_as_ingress_and_may_write_only_its_log(
    secure_kafka: SecureKafka, keyring: Keyring
) -> None:
    """The webhook's own producer (librdkafka, ADR 15) logs in with the same settings."""
    assert INGRESS_WEBHOOKS in ACCESS["ingress"].all_writes
    assert CONVERSATION_REPLY not in ACCESS["ingress"].all_writes
    login = _settings(secure_kafka, "ingress", INGRESS_PASSWORD).kafka_login()

    async def write(topic: str) -> None:
        log = WebhookIntake(secure_kafka.bootstrap, login, 5_000, keyring, topic)
        await log.start()
        try:
            await log.write(b'{"object": "whatsapp_business_account"}', "someone")
        finally:
            await log.stop()

    asyncio.run(write(INGRESS_WEBHOOKS))
    with pytest.raises(DeliveryError, match="TOPIC_AUTHORIZATION_FAILED"):
        asyncio.run(write(CONVERSATION_REPLY))


@pytest.mark.parametrize("wrong", ["password", "ca"])
def test_the_webhook_log_writer_does_not_start_with_a_wrong_password_or_an_untrusted_broker(
    secure_kafka: SecureKafka, keyring: Keyring, tmp_path: Path, wrong: str
) -> None:
    other_ca = tmp_path / "other-ca.crt"
    write_broker_tls(other_ca, tmp_path / "other-broker-tls.properties", ["127.0.0.1"])
    password = "not-the-password" if wrong == "password" else INGRESS_PASSWORD
    ca_file = other_ca if wrong == "ca" else None
    login = _settings(secure_kafka, "ingress", password, ca_file).kafka_login()

    async def start() -> None:
        log = WebhookIntake(secure_kafka.bootstrap, login, 2_000, keyring)
        try:
            await log.start()
        finally:
            await log.stop()

    with pytest.raises(DeliveryError):
        asyncio.run(start())
