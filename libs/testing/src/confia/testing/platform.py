"""Start and stop the whole platform as local processes: the Graph API stand-in and six services.

Used by `make up` (through deploy/local/platform.sh) and by the end-to-end tests.
Each process logs to its own file; readiness is each service's /readyz.
"""

import argparse
import base64
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from confia.crypto import new_box_keys

SERVICES = ("ingress", "consent", "redaction", "agent", "handoff", "audit")
DEFAULT_PORTS = {
    "graph-api": 8090,
    "ingress": 8080,
    "consent": 8081,
    "redaction": 8082,
    "agent": 8083,
    "handoff": 8084,
    "audit": 8085,
}


@dataclass
class Platform:
    ports: dict[str, int]
    log_dir: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    # What each process was started with, so a fault test can start it again (`restart`).
    commands: dict[str, list[str]] = field(default_factory=dict)
    environments: dict[str, dict[str, str]] = field(default_factory=dict)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"


def free_port() -> int:
    """A TCP port nothing listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def generated_secrets() -> dict[str, str]:
    """Fresh random secrets for a local platform (never commit them)."""
    report_private, report_public = new_box_keys()
    return {
        "CONFIA_ACCESS_REPORT_PUBLIC_KEY": report_public,
        "CONFIA_ACCESS_REPORT_PRIVATE_KEY": report_private,
        "CONFIA_DATA_KEYS": f"local1:{base64.b64encode(secrets.token_bytes(32)).decode()}",
        "CONFIA_DATA_KEY_ID": "local1",
        "CONFIA_PSEUDONYM_KEY": secrets.token_urlsafe(32),
        "CONFIA_VAULT_INDEX_KEY": secrets.token_urlsafe(32),
        "CONFIA_APP_SECRETS": secrets.token_hex(16),
        "CONFIA_VERIFY_TOKEN": secrets.token_urlsafe(16),
        "CONFIA_GRAPH_API_TOKEN": secrets.token_urlsafe(24),
        "CONFIA_DPO_API_TOKEN": secrets.token_urlsafe(24),
        "CONFIA_AUDIT_SIGNING_KEY": _ed25519_private_key(),
        "CONFIA_AUDIT_DPO_TOKEN": secrets.token_urlsafe(24),
        "CONFIA_ADMIN_TOKEN": secrets.token_urlsafe(24),
    }


def _ed25519_private_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    return base64.b64encode(raw).decode()


def service_command(name: str) -> list[str]:
    if name == "graph-api":
        return [sys.executable, "-m", "confia.testing.graph_api_standin"]
    return [sys.executable, "-m", f"confia.{name}"]


def start(
    env: dict[str, str],
    ports: dict[str, int],
    log_dir: Path,
    detach: bool = False,
    per_service: dict[str, dict[str, str]] | None = None,
) -> Platform:
    """Start the stand-in and the six services; return once every one is ready.

    `per_service` adds variables for one process only (e.g. its database name).
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    platform = Platform(ports=ports, log_dir=log_dir)
    graph_base = f"{platform.url('graph-api')}/v23.0"
    for name in ("graph-api", *SERVICES):
        process_env = {
            **os.environ,
            **env,
            "CONFIA_HTTP_PORT": str(ports[name]),
            "CONFIA_GRAPH_API_BASE": env.get("CONFIA_GRAPH_API_BASE", graph_base),
            **(per_service or {}).get(name, {}),
        }
        command = service_command(name)
        if name == "graph-api":
            command += ["--port", str(ports[name])]
        platform.commands[name], platform.environments[name] = command, process_env
        platform.processes[name] = _spawn(platform, name, detach)
    try:
        wait_until_ready(platform)
    except BaseException:
        stop(platform)  # one that never came up must not leave the others running
        raise
    return platform


def _spawn(platform: Platform, name: str, detach: bool = False) -> subprocess.Popen[bytes]:
    log = (platform.log_dir / f"{name}.log").open("ab")
    return subprocess.Popen(
        platform.commands[name],
        env=platform.environments[name],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=detach,
    )


def wait_until_ready(
    platform: Platform, seconds: float = 90, names: Collection[str] | None = None
) -> None:
    """Wait until every process (or only `names`) answers its readiness check."""
    deadline = time.monotonic() + seconds
    pending = set(platform.processes if names is None else names)
    while pending and time.monotonic() < deadline:
        for name in sorted(pending):
            process = platform.processes[name]
            if process.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with {process.returncode}; see {platform.log_dir / name}.log"
                )
            path = "/_sent" if name == "graph-api" else "/readyz"
            try:
                if httpx.get(platform.url(name) + path, timeout=2).status_code == 200:
                    pending.discard(name)
            except httpx.HTTPError:
                pass
        time.sleep(0.3)
    if pending:
        raise RuntimeError(
            f"not ready after {seconds}s: {sorted(pending)}; logs in {platform.log_dir}"
        )


def stop(platform: Platform, grace_seconds: float = 25) -> None:
    """SIGTERM everything (services drain in-flight work), then SIGKILL what is left."""
    for process in platform.processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    for process in platform.processes.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def kill(platform: Platform, name: str) -> None:
    """SIGKILL one process, as a crash or an OOM kill would: no drain, no last commit."""
    process = platform.processes[name]
    if process.poll() is None:
        process.kill()
    process.wait()


def restart(
    platform: Platform,
    name: str,
    env: dict[str, str] | None = None,
    seconds: float = 90,
    wait: bool = True,
) -> None:
    """Start `name` again (killed or stopped) as it was started, plus `env`; wait until ready."""
    process = platform.processes[name]
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    platform.environments[name] = {**platform.environments[name], **(env or {})}
    platform.processes[name] = _spawn(platform, name)
    if wait:
        wait_until_ready(platform, seconds, names=[name])


# --- `make up` / `make down`: a detached platform with pid files -----------------


def _read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def _init_env(env_file: Path, example: Path) -> None:
    """Create .env from .env.example with freshly generated secrets, once.

    An existing .env is kept; secrets a newer version needs are generated and appended.
    """
    generated = generated_secrets()
    if env_file.exists():
        present = _read_env_file(env_file)
        missing = {key: value for key, value in generated.items() if key not in present}
        if missing:
            with env_file.open("a") as out:
                out.write("".join(f"{key}={value}\n" for key, value in missing.items()))
            print(f"added {', '.join(sorted(missing))} to {env_file}")
        return
    values = {**_read_env_file(example), **generated}
    env_file.write_text("".join(f"{key}={value}\n" for key, value in values.items()))
    env_file.chmod(0o600)
    print(f"created {env_file} with generated secrets")


def _running(state: Path) -> list[str]:
    alive = []
    for pid_file in state.glob("*.pid"):
        try:
            os.kill(int(pid_file.read_text()), 0)
        except (ProcessLookupError, ValueError):
            continue
        alive.append(pid_file.stem)
    return alive


def _up(state: Path, env_file: Path) -> None:
    if running := _running(state):
        print(f"already running: {', '.join(sorted(running))} (make down first to restart)")
        return
    env = {
        **_read_env_file(env_file),
        **{k: v for k, v in os.environ.items() if k.startswith("CONFIA_")},
    }
    platform = start(env, DEFAULT_PORTS, state / "logs", detach=True)
    for name, process in platform.processes.items():
        (state / f"{name}.pid").write_text(str(process.pid))
    print(f"webhook      {platform.url('ingress')}/webhook")
    print(f"graph stand-in (sent messages) {platform.url('graph-api')}/_sent")
    print(f"logs         {state / 'logs'}")


def _down(state: Path) -> None:
    for pid_file in sorted(state.glob("*.pid")):
        pid = int(pid_file.read_text())
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.25)
        else:
            os.kill(pid, signal.SIGKILL)
        pid_file.unlink()
        print(f"stopped {pid_file.stem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["init-env", "up", "down"])
    parser.add_argument("--state", type=Path, default=Path(".local/platform"))
    parser.add_argument("--env-file", type=Path, default=Path(".env"))
    parser.add_argument("--example", type=Path, default=Path(".env.example"))
    args = parser.parse_args()
    args.state.mkdir(parents=True, exist_ok=True)
    if args.command == "init-env":
        _init_env(args.env_file, args.example)
    elif args.command == "up":
        _init_env(args.env_file, args.example)
        _up(args.state, args.env_file)
    else:
        _down(args.state)


if __name__ == "__main__":
    main()
