"""What a Kafka with SASL/SCRAM over TLS and ACLs needs from the repo: a CA and the
broker's certificate, the topics, the ACLs of confia.events.access, and the passwords.

The native least-privilege test (tests/deploy/test_kafka_acls.py, with
deploy/local/kafka-secure.sh) calls these functions; docker-compose.secure.yml's one-shot
services run them:

    python -m confia.testing.kafka_secure certs --ca FILE --broker FILE --host NAME...
    python -m confia.testing.kafka_secure topics   # as the admin named by CONFIA_KAFKA_*
    python -m confia.testing.kafka_secure acls     # kafka-acls.sh arguments, one run a line
    python -m confia.testing.kafka_secure passwords >> .env
"""

import argparse
import asyncio
import datetime
import ipaddress
import secrets
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from confia.events.access import ACCESS, acl_grants
from confia.events.topics import TOPICS
from confia.runtime.bus import ensure_topics
from confia.runtime.kafka_security import client_options
from confia.runtime.settings import ServiceSettings, load_settings

ADMIN = "admin"  # the principal that creates topics and grants ACLs (a Kafka super user)
# Compose keeps its certificates in a volume; renewing them is in docs/runbook.md.
CERTIFICATE_DAYS = 825


@dataclass(frozen=True)
class BrokerTls:
    ca_certificate: bytes  # PEM: what clients trust (CONFIA_KAFKA_CA_FILE)
    # Kafka's ssl.* lines for the broker: its key and certificate inline (a PEM key in a
    # file must be encrypted, inline it may not be), and the CA it trusts as a client of
    # itself (inter-broker). It holds the private key: keep it from everyone but Kafka.
    broker_properties: str


def issue_broker_tls(hosts: Sequence[str], days: int = CERTIFICATE_DAYS) -> BrokerTls:
    """A fresh CA and a broker certificate it signed for `hosts` (names or IP addresses).

    The CA's private key is not kept: nothing else is ever signed with it.
    """
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Confia local Kafka CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(key_cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    broker_key = ec.generate_private_key(ec.SECP256R1())
    broker = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_name)
        .public_key(broker_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName([_san(host) for host in hosts]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(digital_signature=True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = ca.public_bytes(Encoding.PEM)
    key_pem = broker_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    properties = (
        "ssl.keystore.type=PEM\n"
        + _inline("ssl.keystore.certificate.chain", broker.public_bytes(Encoding.PEM))
        + _inline("ssl.keystore.key", key_pem)
        + "ssl.truststore.type=PEM\n"
        + _inline("ssl.truststore.certificates", ca_pem)
    )
    return BrokerTls(ca_certificate=ca_pem, broker_properties=properties)


def _usage(digital_signature: bool = False, key_cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=key_cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _san(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def _inline(name: str, pem: bytes) -> str:
    """One PEM block as a properties value, continued over lines with a backslash.

    Kafka's PEM parser needs the space left before each backslash (Java drops the line
    break and the next line's indent, not what precedes the backslash), and finds only one
    block per value reliably once the lines are joined: one certificate or key each.
    """
    return f"{name}=" + " \\\n    ".join(pem.decode().strip().splitlines()) + "\n"


def write_broker_tls(ca_file: Path, broker_file: Path, hosts: Sequence[str]) -> None:
    """Issue and write the CA certificate (readable by all) and the broker's properties
    (readable by the owner only)."""
    tls = issue_broker_tls(hosts)
    ca_file.write_bytes(tls.ca_certificate)
    ca_file.chmod(0o644)
    broker_file.touch(mode=0o600)
    broker_file.chmod(0o600)  # before the key is in it, whatever the file was
    broker_file.write_text(tls.broker_properties)


def acl_arguments(service: str) -> list[list[str]]:
    """kafka-acls.sh `--add` arguments granting what the access table allows `service`.

    AclCommand grants every operation given on every resource given, so resources are
    grouped by their exact set of operations: one run per group, nothing more allowed.
    """
    operations: dict[tuple[str, str, str], set[str]] = {}
    for operation, kind, name, pattern in acl_grants(service):
        operations.setdefault((kind, pattern, name), set()).add(operation)
    runs: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
    for (kind, pattern, name), granted in operations.items():
        runs.setdefault((kind, pattern, tuple(sorted(granted))), []).append(name)
    return [
        [
            "--allow-principal",
            f"User:{service}",
            "--resource-pattern-type",
            pattern,
            *[arg for operation in granted for arg in ("--operation", operation)],
            *[arg for name in names for arg in (f"--{kind}", name)],
        ]
        for (kind, pattern, granted), names in runs.items()
    ]


async def create_topics(settings: ServiceSettings) -> None:
    """Every topic of TOPICS, as the admin that `settings` log in as; fail if one is missing.

    ensure_topics ignores a refused creation (a service may not create topics), so the
    result is checked here.
    """
    await ensure_topics(
        settings.kafka_bootstrap, TOPICS, settings.topic_replication, settings.kafka_login()
    )
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap,
        request_timeout_ms=15_000,
        **client_options(settings.kafka_login()),
    )
    await admin.start()
    try:
        missing = set(TOPICS) - set(await admin.list_topics())
    finally:
        await admin.close()
    if missing:
        raise RuntimeError(f"topics not created: {', '.join(sorted(missing))}")


def fresh_passwords() -> dict[str, str]:
    """A SCRAM password per principal, as the .env lines docker-compose.secure.yml reads."""
    users = (ADMIN, *ACCESS)
    return {f"CONFIA_KAFKA_PASSWORD_{user.upper()}": secrets.token_hex(24) for user in users}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m confia.testing.kafka_secure")
    commands = parser.add_subparsers(dest="command", required=True)
    certs = commands.add_parser("certs", help="a CA and the broker's TLS (kept if present)")
    certs.add_argument("--ca", type=Path, required=True, help="CA certificate (PEM) to write")
    certs.add_argument("--broker", type=Path, required=True, help="broker ssl.* properties")
    certs.add_argument("--host", action="append", required=True, help="a name in the cert")
    commands.add_parser("topics", help="create every topic, as the admin of CONFIA_KAFKA_*")
    commands.add_parser("acls", help="print kafka-acls.sh --add arguments, one run a line")
    commands.add_parser("passwords", help="print fresh SCRAM passwords as .env lines")
    args = parser.parse_args()

    if args.command == "certs":
        # Kept across restarts: the services trust this CA, and its key is gone.
        if args.ca.exists() and args.broker.exists():
            print(f"kept {args.ca} and {args.broker}")
            return
        write_broker_tls(args.ca, args.broker, args.host)
        print(f"wrote {args.ca} and {args.broker} for {', '.join(args.host)}")
    elif args.command == "topics":
        asyncio.run(create_topics(load_settings(ServiceSettings)))
        print(f"{len(TOPICS)} topics present")
    elif args.command == "acls":
        for service in ACCESS:
            for arguments in acl_arguments(service):
                print(" ".join(arguments))
    else:
        sys.stdout.write("".join(f"{k}={v}\n" for k, v in fresh_passwords().items()))


if __name__ == "__main__":
    main()
