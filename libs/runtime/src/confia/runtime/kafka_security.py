"""How a service logs in to Kafka: as its own principal with SASL/SCRAM (over TLS in
production), so broker ACLs can hold it to its own topics (confia.events.access)."""

import ssl
from pathlib import Path
from typing import Any, Literal

from faststream.security import BaseSecurity, SASLScram512
from pydantic import BaseModel, SecretStr


class KafkaLogin(BaseModel):
    protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    username: str = ""
    password: SecretStr | None = None
    ca_file: Path | None = None


def _ssl_context(login: KafkaLogin) -> ssl.SSLContext | None:
    if login.protocol != "SASL_SSL":
        return None
    return ssl.create_default_context(cafile=str(login.ca_file) if login.ca_file else None)


def _password(login: KafkaLogin) -> str:
    """The SASL password, once both credentials are known to be set."""
    if not login.username or login.password is None:
        raise ValueError("SASL needs CONFIA_KAFKA_USERNAME and CONFIA_KAFKA_PASSWORD")
    return login.password.get_secret_value()


def broker_security(login: KafkaLogin) -> BaseSecurity | None:
    """FastStream's security object for the broker, or None on a PLAINTEXT listener."""
    if login.protocol == "PLAINTEXT":
        return None
    password = _password(login)
    return SASLScram512(
        login.username,
        password,
        ssl_context=_ssl_context(login),
        use_ssl=login.protocol == "SASL_SSL",
    )


def client_options(login: KafkaLogin) -> dict[str, Any]:
    """The same login for aiokafka clients used directly (topic creation, lag)."""
    if login.protocol == "PLAINTEXT":
        return {}
    return {
        "security_protocol": login.protocol,
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": login.username,
        "sasl_plain_password": _password(login),
        "ssl_context": _ssl_context(login),
    }


def librdkafka_options(login: KafkaLogin) -> dict[str, str]:
    """The same login in librdkafka's terms (ingress's webhook log, ADR 15)."""
    if login.protocol == "PLAINTEXT":
        return {}
    options = {
        "security.protocol": login.protocol,
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": login.username,
        "sasl.password": _password(login),
    }
    if login.ca_file is not None:
        options["ssl.ca.location"] = str(login.ca_file)
    return options
