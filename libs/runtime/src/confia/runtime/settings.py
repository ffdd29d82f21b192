"""Settings every service shares; secrets are SecretStr, from the environment or files."""

import os
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from confia.crypto import Keyring
from confia.runtime.kafka_security import KafkaLogin


class ServiceSettings(BaseSettings):
    """CONFIA_* variables common to all services.

    A secret can also be a file named like the variable, prefix included (e.g.
    `confia_data_keys`), in CONFIA_SECRETS_DIR — how Docker and Kubernetes mount secrets.
    """

    model_config = SettingsConfigDict(env_prefix="CONFIA_", extra="ignore")

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_request_timeout_ms: int = Field(
        default=10_000, ge=1_000, description="Bound on waiting for the broker (publish, metadata)."
    )
    topic_replication: int = Field(default=1, ge=1, description="Replicas of created topics.")
    kafka_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT",
        description="SASL_SSL in production: the service logs in as its own principal.",
    )
    kafka_username: str = Field(default="", description="Its Kafka principal (SCRAM-SHA-512).")
    kafka_password: SecretStr | None = None
    kafka_ca_file: Path | None = Field(
        default=None, description="CA bundle for the broker's TLS certificate (SASL_SSL)."
    )
    mongo_uri: SecretStr = SecretStr("mongodb://127.0.0.1:27017/")
    otlp_endpoint: str = Field(
        default="", description="OTLP/HTTP base URL, e.g. http://127.0.0.1:4318; empty: no export."
    )
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    log_level: str = "INFO"
    access_report_public_key: str = Field(
        default="",
        description="X25519 public key (base64) that seals each service's part of a data "
        "access report; only consent holds the private key.",
    )
    handler_attempts: int = Field(default=3, ge=1, le=10)
    handler_backoff_seconds: float = Field(default=0.2, ge=0)
    outage_pause_seconds: float = Field(
        default=5.0,
        ge=0,
        description="When the store or Kafka does not answer: the pause before a message "
        "comes again (it is not dead-lettered).",
    )
    consumer_lag_interval_seconds: float = Field(
        default=15.0, gt=0, description="How often confia_consumer_lag is sampled."
    )

    def kafka_login(self) -> KafkaLogin:
        return KafkaLogin(
            protocol=self.kafka_protocol,
            username=self.kafka_username,
            password=self.kafka_password,
            ca_file=self.kafka_ca_file,
        )


class EncryptionSettings(BaseSettings):
    """Keys for the encrypted raw-text topics (CONFIA_DATA_KEYS, CONFIA_DATA_KEY_ID)."""

    model_config = SettingsConfigDict(env_prefix="CONFIA_", extra="ignore")

    data_keys: SecretStr = Field(description="id:base64(32 bytes)[,id2:...]")
    data_key_id: str = Field(description="Key id that encrypts new values.")

    def keyring(self) -> Keyring:
        return Keyring.from_spec(self.data_keys.get_secret_value(), active=self.data_key_id)


SettingsT = TypeVar("SettingsT", bound=BaseSettings)


def load_settings(settings_class: type[SettingsT]) -> SettingsT:
    """Read settings from the environment, and secrets from CONFIA_SECRETS_DIR if set."""
    secrets_dir = os.environ.get("CONFIA_SECRETS_DIR")
    if secrets_dir:
        return settings_class(_secrets_dir=secrets_dir)  # type: ignore[call-arg]
    return settings_class()
