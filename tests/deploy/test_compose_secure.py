"""docker-compose.secure.yml, read statically: Kafka over SASL/SCRAM and TLS with ACLs for
Docker users. No Docker engine runs where this suite runs, so no container is started
here: the test merges the two files as Compose does (mappings merged, lists appended,
`command` and `healthcheck.test` replaced, the `!override` and `!reset` tags) and checks
what would run. With Docker, `docker compose -f docker-compose.yml -f
docker-compose.secure.yml config` shows the same merge. The broker's configuration and
the one-shot services' code are the native test's (tests/deploy/test_kafka_acls.py),
which runs them against a real broker."""

import re
import subprocess
import sys
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from confia.events.access import ACCESS
from confia.testing.kafka_secure import ADMIN, fresh_passwords

ROOT = Path(__file__).parents[2]
BASE = ROOT / "docker-compose.yml"
SECURE = ROOT / "docker-compose.secure.yml"
KAFKA_SCRIPT = ROOT / "deploy" / "compose" / "kafka-secure.sh"
TEMPLATE = ROOT / "deploy" / "local" / "kafka-secure" / "server.properties"
SERVICES = tuple(ACCESS)  # the six, from the access table
ONE_SHOTS = ("kafka-setup", "kafka-topics", "kafka-acls")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|KEY")
# A secret is only ever a required variable from .env: `${NAME:?message}`.
REQUIRED_VARIABLE = re.compile(r"\$\{(?P<name>[A-Z0-9_]+):\?[^}]+\}")
COMPLETED = {"condition": "service_completed_successfully"}
HEALTHY = {"condition": "service_healthy"}

Service = dict[str, Any]


class Override:
    """A value tagged `!override`: it replaces the base file's instead of merging."""

    def __init__(self, value: Any) -> None:
        self.value = value


class Reset:
    """A value tagged `!reset`: the base file's is removed."""


class _Loader(yaml.SafeLoader):
    """YAML as Compose reads it: safe, with its two merge tags."""


def _tagged(loader: _Loader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    assert isinstance(node, yaml.ScalarNode)
    return loader.construct_scalar(node)


def _override(loader: _Loader, node: yaml.Node) -> Override:
    return Override(_tagged(loader, node))


def _reset(loader: _Loader, node: yaml.Node) -> Reset:
    return Reset()


_Loader.add_constructor("!override", _override)
_Loader.add_constructor("!reset", _reset)


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(path.read_text(), Loader=_Loader)  # noqa: S506 - safe
    return loaded


def _plain(value: Any) -> Any:
    """A value of the override file as it stands where the base file has nothing."""
    if isinstance(value, Override):
        return _plain(value.value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not isinstance(v, Reset)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _merge(base: Any, override: Any, path: tuple[str, ...]) -> Any:
    """Compose's merge rules for what these two files use."""
    if isinstance(override, Override):
        return _plain(override.value)
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            if isinstance(value, Reset):
                merged.pop(key, None)
            elif key in base:
                merged[key] = _merge(base[key], value, (*path, key))
            else:
                merged[key] = _plain(value)
        return merged
    if path[-1] in ("command", "entrypoint") or path[-2:] == ("healthcheck", "test"):
        return _plain(override)
    if isinstance(base, list) and isinstance(override, list):
        if path[-1] == "volumes":  # unique by target: the later file's mount wins
            targets = {_mount(v)[1] for v in override}
            return [v for v in base if _mount(v)[1] not in targets] + _plain(override)
        return base + _plain(override)
    return _plain(override)


@cache
def _files() -> tuple[dict[str, Any], dict[str, Any]]:
    return _load(BASE), _load(SECURE)


@cache
def _merged() -> dict[str, Service]:
    base, secure = _files()
    merged: dict[str, Service] = _merge(base, secure, ())["services"]
    return merged


def _mount(volume: str) -> tuple[str, PurePosixPath, bool]:
    """(source, target, read-only) of a short-syntax volume."""
    source, target, *options = volume.split(":")
    return source, PurePosixPath(target), "ro" in options


def _volume_holding(service: Service, path: str) -> tuple[str, bool]:
    """The volume (or bind source) a service sees at `path`, and whether read-only."""
    for volume in service.get("volumes", []):
        source, target, read_only = _mount(volume)
        if PurePosixPath(path).is_relative_to(target):
            return source, read_only
    raise AssertionError(f"nothing mounted at {path}")


def _command(service: Service) -> str:
    command = service["command"]
    return command if isinstance(command, str) else " ".join(command)


def _option(command: str, flag: str) -> str:
    found = re.search(rf"{flag}\s+(\S+)", command)
    assert found, f"{flag} not in {command!r}"
    return found.group(1)


def _properties(text: str) -> dict[str, str]:
    values = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def _compose_broker_properties() -> dict[str, str]:
    """The template as kafka-secure.sh serve fills it (its sed substitutions)."""
    substitutions = re.findall(r'-e "s\|(@[A-Z_]+@)\|([^|]*)\|g"', KAFKA_SCRIPT.read_text())
    text = TEMPLATE.read_text()
    for placeholder, value in substitutions:
        text = text.replace(placeholder, value)
    assert not re.search(r"@[A-Z_]+@", text), "a placeholder the compose script leaves unfilled"
    return _properties(text)


def test_the_override_names_the_base_files_services_and_adds_only_its_one_shots() -> None:
    base, secure = _files()
    added = set(secure["services"]) - set(base["services"])
    assert added == set(ONE_SHOTS)
    assert set(SERVICES) <= set(secure["services"])


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_logs_in_as_itself_over_tls_trusting_the_local_ca(name: str) -> None:
    service = _merged()[name]
    environment = service["environment"]
    assert environment["CONFIA_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert environment["CONFIA_KAFKA_PROTOCOL"] == "SASL_SSL"
    assert environment["CONFIA_KAFKA_USERNAME"] == name
    password = REQUIRED_VARIABLE.fullmatch(environment["CONFIA_KAFKA_PASSWORD"])
    assert password
    assert password["name"] == f"CONFIA_KAFKA_PASSWORD_{name.upper()}"
    # The CA file sits in the volume kafka-setup writes it to, mounted read-only.
    assert _volume_holding(service, environment["CONFIA_KAFKA_CA_FILE"]) == ("kafka-ca", True)
    setup = _merged()["kafka-setup"]
    written = _option(_command(setup), "--ca")
    assert _volume_holding(setup, written)[0] == "kafka-ca"
    assert PurePosixPath(written).name == PurePosixPath(environment["CONFIA_KAFKA_CA_FILE"]).name


def test_no_two_services_share_a_principal_or_a_password() -> None:
    environments = [_merged()[name]["environment"] for name in SERVICES]
    assert len({e["CONFIA_KAFKA_USERNAME"] for e in environments}) == len(SERVICES)
    assert len({e["CONFIA_KAFKA_PASSWORD"] for e in environments}) == len(SERVICES)


def test_no_secret_is_written_in_the_compose_files() -> None:
    for name, service in _merged().items():
        for key, value in (service.get("environment") or {}).items():
            if SECRET_NAME.search(key):
                assert REQUIRED_VARIABLE.fullmatch(str(value)), f"{name}: {key} is inlined"
        if "command" in service:
            assert "password" not in _command(service).lower(), name


def test_kafka_has_a_scram_user_for_the_admin_and_each_service() -> None:
    environment = _merged()["kafka"]["environment"]
    users = {
        key.removeprefix("CONFIA_KAFKA_PASSWORD_").lower(): value
        for key, value in environment.items()
        if key.startswith("CONFIA_KAFKA_PASSWORD_")
    }
    assert set(users) == {ADMIN, *SERVICES}
    for name in SERVICES:
        assert users[name] == _merged()[name]["environment"]["CONFIA_KAFKA_PASSWORD"]


def test_kafka_serves_only_sasl_ssl_to_the_network() -> None:
    kafka = _merged()["kafka"]
    # The base file's PLAINTEXT listeners are gone with its KAFKA_* variables, and
    # nothing is published on the host.
    assert not [key for key in kafka["environment"] if key.startswith("KAFKA_")]
    assert not kafka.get("ports")
    assert _command(kafka).endswith("kafka-secure.sh serve")
    script = (f"./{KAFKA_SCRIPT.relative_to(ROOT)}", True)
    assert _volume_holding(kafka, kafka["command"][1]) == script
    assert _volume_holding(_merged()["kafka-acls"], _merged()["kafka-acls"]["command"][1]) == script

    broker = _compose_broker_properties()
    protocols = dict(
        pair.split(":") for pair in broker["listener.security.protocol.map"].split(",")
    )
    for listener in broker["listeners"].split(","):
        name, address = listener.split("://")
        host = address.rsplit(":", 1)[0]
        if protocols[name] != "SASL_SSL":
            assert host == "127.0.0.1", f"{listener}: reachable without TLS and SCRAM"
    assert broker["advertised.listeners"].split(",")[0] == "SASL_SSL://kafka:9092"
    assert broker["inter.broker.listener.name"] == "SASL_SSL"
    assert broker["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert broker["allow.everyone.if.no.acl.found"] == "false"
    # The certificate names the host the services and the broker itself connect to.
    assert "kafka" in re.findall(r"--host\s+(\S+)", _command(_merged()["kafka-setup"]))
    # Its health is an authenticated TLS round trip, not an open port.
    assert "--command-config" in " ".join(kafka["healthcheck"]["test"])


def test_the_brokers_key_stays_with_kafka() -> None:
    setup = _merged()["kafka-setup"]
    key_volume, _ = _volume_holding(setup, _option(_command(setup), "--broker"))
    holders = {
        name
        for name, service in _merged().items()
        for volume in service.get("volumes", [])
        if _mount(volume)[0] == key_volume
    }
    assert holders == {"kafka-setup", "kafka"}


def test_acls_and_topics_are_in_place_before_any_service_starts() -> None:
    services = _merged()
    assert services["kafka"]["depends_on"]["kafka-setup"] == COMPLETED
    for one_shot in ("kafka-topics", "kafka-acls"):
        assert services[one_shot]["depends_on"]["kafka"] == HEALTHY
    assert services["kafka-acls"]["depends_on"]["kafka-setup"] == COMPLETED
    for name in SERVICES:
        depends_on = services[name]["depends_on"]
        assert depends_on["kafka-topics"] == COMPLETED, name
        assert depends_on["kafka-acls"] == COMPLETED, name
    # kafka-acls reads the arguments kafka-setup wrote, through the same volume.
    setup, acls = services["kafka-setup"], services["kafka-acls"]
    written = _option(_command(setup), ">")
    read = acls["command"][-1]
    assert _volume_holding(setup, written)[0] == _volume_holding(acls, read)[0]
    assert PurePosixPath(written).name == PurePosixPath(read).name
    assert acls["image"] == services["kafka"]["image"]  # it has kafka-acls.sh


def test_kafka_topics_creates_them_as_the_admin() -> None:
    environment = _merged()["kafka-topics"]["environment"]
    assert environment["CONFIA_KAFKA_USERNAME"] == ADMIN
    assert environment["CONFIA_KAFKA_PROTOCOL"] == "SASL_SSL"
    assert REQUIRED_VARIABLE.fullmatch(environment["CONFIA_KAFKA_PASSWORD"])


def test_env_example_shows_every_password_the_override_reads_commented_out() -> None:
    """Samples only, and commented: `make up` copies .env.example's values into .env, and
    a Kafka password must never default to a sample."""
    example = (ROOT / ".env.example").read_text()
    commented = set(re.findall(r"^# (CONFIA_KAFKA_PASSWORD_[A-Z]+)=", example, re.MULTILINE))
    assert not re.search(r"^CONFIA_KAFKA_PASSWORD_", example, re.MULTILINE)
    read = set(REQUIRED_VARIABLE.findall(SECURE.read_text()))
    assert read == commented == set(fresh_passwords())


def test_the_setup_commands_the_one_shots_run_work(tmp_path: Path) -> None:
    """kafka-setup's two commands, here: certificates for `kafka`, and one kafka-acls.sh
    argument line per grant run, each naming a service's principal."""
    module = [sys.executable, "-m", "confia.testing.kafka_secure"]
    ca, broker = tmp_path / "ca.crt", tmp_path / "broker-tls.properties"
    certs = ["certs", "--host", "kafka", "--ca", str(ca), "--broker", str(broker)]
    subprocess.run([*module, *certs], check=True, capture_output=True, timeout=60)
    assert ca.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert "ssl.keystore.key=-----BEGIN PRIVATE KEY-----" in broker.read_text()
    assert broker.stat().st_mode & 0o077 == 0
    lines = subprocess.run(
        [*module, "acls"], check=True, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()
    principals = {_option(line, "--allow-principal") for line in lines}
    assert principals == {f"User:{name}" for name in SERVICES}
