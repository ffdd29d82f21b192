"""End-to-end load benchmark: the whole platform at fixed rates, beside a bare Kafka chain.

Starts the six services (offline agent, the example business) and the Graph API stand-in
as processes on the real infrastructure, on a topic namespace and databases of their own,
and posts signed webhooks of real conversations (the fault suite's: "Aceito", then
questions the knowledge base answers) at each fixed rate, open loop: every message leaves
at its time whether or not earlier ones were answered. Per rate: messages sent, replies
received, and webhook → Graph API latency, from the start of the POST to the stand-in
receiving the reply ("Aceito": the first of its two replies). The platform kept up with a
rate when

- the load generator held the rate and the webhook accepted every message,
- when the load stopped, at most one second's worth of messages was still unanswered (a
  pipeline that keeps up holds only what is in flight; one that falls behind, a queue),
- and every message was answered or accounted for (a hand-off) within the drain wait.

The sustained rate is the highest rate before the first one it did not keep up with.

The baseline, in the same run: a bare aiokafka chain with the Kafka hops a question takes
through Confia (`PATH`) and no work: one producer (the webhook's write), relay processes
that take a record, publish it (acks=all, idempotent, as the services' broker does),
commit and take the next (what a service's subscriber does around its handler), and a
consumer at the end. Same rates, same measures.

Where the time goes: each service's `confia_handler_seconds` from `/metrics` around each
rate, CPU per process, Kafka consumer lag per hop when the load stopped, and, from a
sample of traces in Jaeger, each hop's handler and bus time (publish to consume). Memory:
each service's peak RSS (VmHWM) after the last, highest rate.

The load generator, the platform and the infrastructure share the machine's cores.
Nothing asserts on timings: the report says whether issue 10's targets are met.

Run from the repository root, as a module (it reuses the fault suite's driver and
validator):

    uv run --no-sync python -m tests.bench.pipeline --rates 20,50 --seconds 8
"""

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import multiprocessing
import os
import platform as host
import shutil
import signal
import statistics
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import aiohttp
import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families
from pymongo import MongoClient

from confia.testing.infrastructure import Infrastructure, from_environment, from_native_scripts
from confia.testing.kafka import create_topics, group_progress
from confia.testing.platform import SERVICES, Platform, free_port, generated_secrets, start, stop
from tests.faults.driver import Message, conversation
from tests.faults.validator import Outcome, Validator

ROOT = Path(__file__).parents[2]
KNOWLEDGE = ROOT / "deploy" / "kb" / "aurora"
# A question's Kafka hops, read from the services' subscribers and publishers (app.py and
# handlers.py of each): the webhook writes ingress's log; ingress's consumer of it
# publishes the message; then consent, redaction, the agent, redaction again; ingress's
# outbound subscriber calls the Graph API. Each pair: the consumer group, the topic it takes.
PATH = (
    ("ingress", "ingress.webhooks.v1"),
    ("consent", "whatsapp.inbound.v1"),
    ("redaction.consented", "conversation.consented.v1"),
    ("agent", "conversation.redacted.v1"),
    ("redaction.reply", "conversation.reply.v1"),
    ("ingress", "whatsapp.outbound.v1"),
)
PARTITIONS = 3  # as every main topic (confia.events.topics)
PAYLOAD_BYTES = 1024  # about one event envelope with encrypted text
MAX_IN_FLIGHT = 256  # unanswered sends at once; beyond it the schedule slips (and shows)
MACHINE, OTHERS = "whole machine", "other processes"
UNANSWERED = "unanswered"  # the validator's "lost": no reply when the drain wait ended
BACKLOG_SECONDS = 1.0  # kept up: at most this many seconds of messages unanswered at the end
STARTED = time.monotonic()
LOGS = "bench-pipeline-logs"  # in the report directory: each process's log, this run's
TARGET_CORES = 2
TARGET_SUSTAINED = 500.0  # messages/s end to end
TARGET_P99_RATE, TARGET_P99_MS = 100.0, 50.0
TARGET_RSS_MB = 200.0


# --- measures ---------------------------------------------------------------------------


@dataclass
class Sent:
    """One message of the load: when it left, whether the first hop took it, when answered."""

    posted_at: float  # Unix seconds, as the stand-in's `received_at`
    accepted: bool
    question: bool = True
    answered_at: float | None = None
    accounted_for: bool = False  # answered, or handed to a person, or dead-lettered


@dataclass(frozen=True)
class Percentiles:
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None

    @classmethod
    def of(cls, seconds: Sequence[float]) -> "Percentiles":
        if not seconds:
            return cls(None, None, None)
        cuts = (
            statistics.quantiles(seconds, n=100, method="inclusive")
            if len(seconds) > 1
            else [seconds[0]] * 99
        )
        return cls(*(round(cuts[p - 1] * 1000, 1) for p in (50, 95, 99)))


@dataclass
class RateResult:
    """One rate's load: what was sent and answered, how fast, and whether it kept up."""

    rate: float
    seconds: float  # from the first message to the last
    sent: int
    refused: int  # not taken by the first hop: webhook not 200, or publish failed
    answered: int
    missing: int  # neither answered nor accounted for when the drain wait ended
    backlog_at_end: int  # accepted but unanswered when the load stopped
    sent_per_second: float
    answered_per_second: float  # answers that arrived while the load ran
    latency: Percentiles  # webhook POST → Graph API stand-in; bare: publish → chain's end
    first_hop: Percentiles  # webhook POST → its 200; bare: publish → Kafka's ack
    kept_up: bool
    cpu_percent: dict[str, float] = field(default_factory=dict)  # per process, during the load


@dataclass
class Observed:
    """The platform's side of one rate: outcomes, and where the time went."""

    questions: Percentiles  # questions only: the full path, the bare chain's hops
    outcomes: dict[str, int]
    drained: bool  # replies stopped coming before the drain wait ran out
    lag_at_end: dict[str, int]  # records not yet committed per hop when the load stopped
    handlers: dict[str, dict[str, float]]  # "service ← topic": handled, mean_ms, seconds
    hops_ms: dict[str, float]  # median per step over the sampled traces
    traces: int
    rss_mb: dict[str, float]  # VmRSS after the drain


def summarize(rate: float, sent: Sequence[Sent], started: float, ended: float) -> RateResult:
    """The rate's figures from its messages, `started`/`ended` being the load's first and last."""
    window = max(ended - started, 1e-9)
    accepted = [s for s in sent if s.accepted]
    answered = [s for s in accepted if s.answered_at is not None]
    missing = sum(not s.accounted_for for s in accepted)
    backlog = sum(
        not s.accounted_for or (s.answered_at is not None and s.answered_at > ended)
        for s in accepted
    )
    in_window = sum(s.answered_at is not None and s.answered_at <= ended for s in accepted)
    sent_per_second = len(sent) / window
    return RateResult(
        rate=rate,
        seconds=round(window, 2),
        sent=len(sent),
        refused=len(sent) - len(accepted),
        answered=len(answered),
        missing=missing,
        backlog_at_end=backlog,
        sent_per_second=round(sent_per_second, 1),
        answered_per_second=round(in_window / window, 1),
        latency=Percentiles.of([s.answered_at - s.posted_at for s in answered if s.answered_at]),
        first_hop=Percentiles(None, None, None),
        kept_up=(
            sent_per_second >= 0.95 * rate
            and len(accepted) == len(sent)
            and missing == 0
            and backlog <= rate * BACKLOG_SECONDS
        ),
    )


async def at_rate(rate: float, count: int, send: Callable[[int], Awaitable[None]]) -> float:
    """Start send(0), … send(count - 1) at `rate` per second, never waiting for an answer.

    Returns the Unix time the last one started; returns once every one has finished.
    At most MAX_IN_FLIGHT are unanswered at once: beyond that the schedule slips, and the
    report shows the lower rate.
    """
    in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
    tasks: set[asyncio.Task[None]] = set()

    async def one(index: int) -> None:
        try:
            await send(index)
        finally:
            in_flight.release()

    origin = time.monotonic()
    for index in range(count):
        await asyncio.sleep(max(0.0, origin + index / rate - time.monotonic()))
        await in_flight.acquire()
        task = asyncio.create_task(one(index))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    last = time.time()
    await asyncio.gather(*tasks)
    return last


# --- processes: CPU and memory ------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int, which: str) -> float:
    """VmRSS (now) or VmHWM (the peak so far) of a process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{which}:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise ValueError(f"no {which} for process {pid}")


def infrastructure_processes() -> dict[str, int]:
    """Kafka, FerretDB and Jaeger when they run natively (deploy/local/infra.sh's pid files)."""
    found = {}
    for pid_file in (ROOT / ".local" / "infra").glob("*/*.pid"):
        with contextlib.suppress(ValueError, OSError):
            pid = int(pid_file.read_text())
            cpu_seconds(pid)
            found[pid_file.stem] = pid
    return found


def machine_cpu_seconds() -> float:
    """CPU time every process on the machine used so far, all cores (Linux /proc/stat)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = ticks[3] + ticks[4]  # idle and iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class CpuSnapshot:
    at: float  # time.monotonic()
    seconds: dict[str, float]  # CPU seconds used so far, by process name (and MACHINE)


def cpu_snapshot(pids: dict[str, int]) -> CpuSnapshot:
    used = {MACHINE: machine_cpu_seconds()}
    for name, pid in pids.items():
        with contextlib.suppress(OSError):
            used[name] = cpu_seconds(pid)
    return CpuSnapshot(time.monotonic(), used)


def cpu_percent(pids: dict[str, int], before: CpuSnapshot) -> dict[str, float]:
    """Each process's CPU since `before` in % of one core, then the whole machine's and the
    part of it no process of ours used (the machine is shared: other work shows there)."""
    now = cpu_snapshot(pids)
    seconds = now.at - before.at

    def percent(name: str) -> float:
        return round(100 * (now.seconds[name] - before.seconds[name]) / seconds, 1)

    used = {name: percent(name) for name in pids if name in now.seconds and name in before.seconds}
    machine = percent(MACHINE)
    return {**used, MACHINE: machine, OTHERS: round(machine - sum(used.values()), 1)}


# --- the platform -------------------------------------------------------------------------


@dataclass
class Bench:
    """A running platform and what the benchmark needs to drive and read it."""

    platform: Platform
    secrets: dict[str, str]
    namespace: str
    infrastructure: Infrastructure
    validator: Validator

    def pids(self) -> dict[str, int]:
        return {
            **{name: process.pid for name, process in self.platform.processes.items()},
            "load generator": os.getpid(),
            **infrastructure_processes(),
        }


@contextlib.asynccontextmanager
async def running_platform(
    infrastructure: Infrastructure, run: str, log_dir: Path
) -> AsyncIterator[Bench]:
    """The platform as tests/faults starts it (own namespace and databases), dropped after."""
    namespace = f"pipeline{run}."
    secrets = generated_secrets()
    env = {
        "CONFIA_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "CONFIA_MONGO_URI": infrastructure.mongo_uri,
        "CONFIA_OTLP_ENDPOINT": infrastructure.otlp_endpoint,
        "CONFIA_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "CONFIA_TOPIC_NAMESPACE": namespace,
        # Every customer of the load writes to one business number: Meta's default of 80
        # sends a second per number would be the ceiling. 1,000/s is Meta's higher tier.
        "CONFIA_SENDS_PER_SECOND": "1000",
        **secrets,
    }
    databases = {name: f"pipeline_{run}_{name}" for name in SERVICES}
    ports = {name: free_port() for name in ("graph-api", *SERVICES)}
    per_service = {name: {"CONFIA_DATABASE": db} for name, db in databases.items()}
    try:
        platform = start(env, ports, log_dir, per_service=per_service)
    except BaseException:
        stop_started_services()
        raise
    bootstrap = infrastructure.kafka_bootstrap
    try:
        validator = Validator(platform, secrets, bootstrap, namespace)
        yield Bench(platform, secrets, namespace, infrastructure, validator)
    finally:
        stop(platform)
        drop_databases(infrastructure.mongo_uri, databases.values())
        await drop_topics(bootstrap, namespace)


def stop_started_services() -> None:
    """SIGKILL the platform processes this process started and that still run.

    `start` raises when one is not ready without stopping the others it spawned.
    """
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes().split(b"\0")
            if parent == os.getpid() and b"-m" in command and b"confia." in b" ".join(command):
                os.kill(int(stat.parent.name), signal.SIGKILL)


def drop_databases(mongo_uri: str, names: Iterable[str]) -> None:
    client: MongoClient[dict[str, Any]] = MongoClient(mongo_uri, serverSelectionTimeoutMS=10_000)
    try:
        for name in names:
            client.drop_database(name)
    finally:
        client.close()


async def drop_topics(bootstrap: str, prefix: str) -> None:
    """Delete the run's topics, so a long-lived development broker does not pile them up."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        ours = [name for name in await admin.list_topics() if name.startswith(prefix)]
        if ours:
            await admin.delete_topics(ours)
    finally:
        await admin.close()


def conversations_at(rate: float, seconds: float, questions: int, run: str) -> list[Message]:
    """Conversations enough for `seconds` at `rate`, their messages in sending order.

    In blocks of about one second of messages: everyone in a block presses "Aceito", then
    everyone asks a first question, and so on; each customer writes once a second, in order.
    """
    steps = 1 + questions
    total = max(1, round(rate * seconds / steps))
    block = max(1, round(rate))
    ordered: list[Message] = []
    for first in range(0, total, block):
        chats = [conversation(run, n, questions) for n in range(first, min(first + block, total))]
        for step in range(steps):
            ordered += [chat[step] for chat in chats]
    return ordered


def signed_headers(secret: str, body: bytes) -> dict[str, str]:
    """The headers Meta sends: the body's HMAC-SHA256 with the app secret."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"}


async def post_at_rate(
    bench: Bench, messages: Sequence[Message], rate: float
) -> tuple[dict[str, Sent], list[float], float, float]:
    """Post the messages' webhooks at `rate`: what each got, the webhook's answer times,
    and when the load started and ended."""
    url = f"{bench.platform.url('ingress')}/webhook"
    secret = bench.secrets["CONFIA_APP_SECRETS"]
    sent: dict[str, Sent] = {}
    answer_seconds: list[float] = []
    connector = aiohttp.TCPConnector(limit=MAX_IN_FLIGHT)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def post(index: int) -> None:
            message = messages[index]
            posted_at = time.time()
            try:
                headers = signed_headers(secret, message.body)
                async with session.post(url, data=message.body, headers=headers) as response:
                    await response.read()
                    accepted = response.status == 200
            except (aiohttp.ClientError, TimeoutError):
                accepted = False
            answer_seconds.append(time.time() - posted_at)
            sent[message.wamid] = Sent(posted_at, accepted, question=not message.is_consent)

        started = time.time()
        ended = await at_rate(rate, len(messages), post)
    return sent, answer_seconds, started, ended


async def sends_so_far(bench: Bench) -> int:
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(f"{bench.platform.url('graph-api')}/_stats")
    return int(response.json()["sent"])


async def wait_for_sends(bench: Bench, expected: int, seconds: float, quiet: float = 10) -> bool:
    """Wait until the stand-in has `expected` sends, or none came for `quiet` seconds.

    False when `seconds` ran out while replies were still coming (a backlog left).
    """
    deadline = time.monotonic() + seconds
    count, since = await sends_so_far(bench), time.monotonic()
    while count < expected and time.monotonic() - since < quiet:
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.5)
        now = await sends_so_far(bench)
        if now != count:
            count, since = now, time.monotonic()
    return True


def expected_replies(sent: dict[str, Sent]) -> int:
    # "Aceito" is answered twice (thanks, and the optional analytics question).
    return sum(1 if s.question else 2 for s in sent.values() if s.accepted)


def settle(sent: dict[str, Sent], outcomes: Sequence[Outcome]) -> None:
    """Mark each message answered (the first reply's arrival) or accounted for."""
    for outcome in outcomes:
        message = sent[outcome.message.wamid]
        message.accounted_for = outcome.kind != "lost"
        if len(outcome.replies) >= outcome.expected_replies:
            message.answered_at = min(float(r["received_at"]) for r in outcome.replies)


async def lag_at_end(bench: Bench) -> dict[str, int]:
    """Records each hop's consumer group has not committed yet, now."""
    bootstrap, namespace = bench.infrastructure.kafka_bootstrap, bench.namespace
    progress = await asyncio.gather(
        *(group_progress(bootstrap, group, namespace + topic) for group, topic in PATH)
    )
    return {
        f"{topic} ({group})": written - done
        for (group, topic), (done, written) in zip(PATH, progress, strict=True)
    }


async def warm_up(bench: Bench, seconds: float = 90) -> None:
    """A few conversations first: consumer groups joined, knowledge loaded, clients connected."""
    messages = conversations_at(4, 2, 3, f"warm{uuid.uuid4().hex[:6]}")
    before = await sends_so_far(bench)
    sent, _, _, _ = await post_at_rate(bench, messages, 4)
    wanted = expected_replies(sent)
    await wait_for_sends(bench, before + wanted, seconds, quiet=seconds)
    got = await sends_so_far(bench) - before
    if got < wanted:
        raise RuntimeError(
            f"warm-up: {got} of {wanted} replies within {seconds:.0f} s; "
            f"logs in {bench.platform.log_dir}"
        )


async def platform_rate(
    bench: Bench, rate: float, args: argparse.Namespace
) -> tuple[RateResult, Observed]:
    """One rate through the platform, and what its metrics, lag and traces show."""
    messages = conversations_at(rate, args.seconds, args.questions, uuid.uuid4().hex[:8])
    pids = bench.pids()
    before_sends, before_metrics = await sends_so_far(bench), await scrape(bench)
    before_cpu = cpu_snapshot(pids)
    sent, answer_seconds, started, ended = await post_at_rate(bench, messages, rate)
    cpu = cpu_percent(pids, before_cpu)
    lag = await lag_at_end(bench)
    expected = before_sends + expected_replies(sent)
    drained = await wait_for_sends(bench, expected, args.drain_seconds)
    handlers = handler_time(before_metrics, await scrape(bench))
    rss = {
        name: memory_mb(process.pid, "VmRSS") for name, process in bench.platform.processes.items()
    }
    acknowledged = [m for m in messages if sent[m.wamid].accepted]
    report = await asyncio.to_thread(bench.validator.report, acknowledged)
    settle(sent, report.outcomes)
    result = summarize(rate, list(sent.values()), started, ended)
    result.first_hop, result.cpu_percent = Percentiles.of(answer_seconds), cpu
    questions = [s.answered_at - s.posted_at for s in sent.values() if s.question and s.answered_at]
    trace_ids = sampled_traces(report.outcomes, args.traces)
    hops = await asyncio.to_thread(hop_times, bench, trace_ids)
    observed = Observed(
        questions=Percentiles.of(questions),
        outcomes=dict(Counter(UNANSWERED if o.kind == "lost" else o.kind for o in report.outcomes)),
        drained=drained,
        lag_at_end=lag,
        handlers=handlers,
        hops_ms=hops,
        traces=len(trace_ids),
        rss_mb=rss,
    )
    return result, observed


# --- where the time goes: /metrics and traces ------------------------------------------------

HANDLER = "confia_handler_seconds"
WEBHOOK_STEP = "ingress: POST /webhook (answered after Kafka's ack)"
GRAPH_API_STEP = "ingress: Graph API call"
Series = tuple[str, str, str]  # service, "sum" or "count", topic


async def scrape(bench: Bench) -> dict[Series, float]:
    """Every service's `confia_handler_seconds` sum and count, by topic."""
    values: dict[Series, float] = {}
    async with httpx.AsyncClient(timeout=10) as client:
        for service in SERVICES:
            text = (await client.get(f"{bench.platform.url(service)}/metrics")).text
            for family in text_string_to_metric_families(text):
                for sample in family.samples:
                    if sample.name in (f"{HANDLER}_sum", f"{HANDLER}_count"):
                        topic = sample.labels["topic"].removeprefix(bench.namespace)
                        series = sample.name.rsplit("_", 1)[1]
                        values[(service, series, topic)] = sample.value
    return values


def handler_time(
    before: dict[Series, float], after: dict[Series, float]
) -> dict[str, dict[str, float]]:
    """Per service and topic: messages (or batches) handled between the scrapes, time each."""
    rows = {}
    for (service, series, topic), count in sorted(after.items()):
        handled = count - before.get((service, series, topic), 0)
        if series != "count" or handled <= 0:
            continue
        seconds = after[(service, "sum", topic)] - before.get((service, "sum", topic), 0)
        rows[f"{service} ← {topic}"] = {
            "handled": int(handled),
            "mean_ms": round(1000 * seconds / handled, 2),
            "seconds": round(seconds, 2),
        }
    return rows


def sampled_traces(outcomes: Sequence[Outcome], count: int) -> list[str]:
    """Trace ids of up to `count` answered questions, spread over the rate's run."""
    answered = [
        o for o in outcomes if not o.message.is_consent and o.kind == "replied" and o.replies
    ]
    step = max(1, len(answered) // max(count, 1))
    traceparents = [o.replies[0].get("traceparent") or "" for o in answered[::step][:count]]
    return [tp.split("-")[1] for tp in traceparents if tp.count("-") == 3]


def hop_times(bench: Bench, trace_ids: Sequence[str]) -> dict[str, float]:
    """Median time of each step of a question's trace: handlers, bus hops, the HTTP ends."""
    steps: dict[str, list[float]] = {}
    jaeger = bench.infrastructure.jaeger_query
    deadline = time.monotonic() + 30  # a slow Jaeger makes the sample smaller, not the run longer
    for trace_id in trace_ids:
        if time.monotonic() > deadline:
            break
        try:
            response = httpx.get(f"{jaeger}/api/traces/{trace_id}", timeout=10)
            traces = response.json()["data"] if response.status_code == 200 else []
        except (httpx.HTTPError, ValueError, KeyError):
            continue  # not exported (yet), or Jaeger is away: the sample is smaller
        for trace in traces:
            for step, ms in trace_steps(trace, bench.namespace).items():
                steps.setdefault(step, []).append(ms)
    order = step_names()
    return {
        step: round(statistics.median(steps[step]), 1)
        for step in sorted(steps, key=lambda s: order.index(s) if s in order else len(order))
    }


def bus_step(topic: str) -> str:
    return f"bus: {topic} (publish → consume)"


def handler_step(service: str, topic: str) -> str:
    return f"{service}: handles {topic}"


def step_names() -> list[str]:
    """A question's steps in the order it takes them."""
    names = [WEBHOOK_STEP]
    for group, topic in PATH:
        names += [bus_step(topic), handler_step(group.split(".")[0], topic)]
    return [*names, GRAPH_API_STEP]


def trace_steps(trace: dict[str, Any], namespace: str) -> dict[str, float]:
    """A question's steps in one Jaeger trace, in ms: each consumer span on the path, the
    time from its producer span's start to it, and the webhook and Graph API calls."""
    spans = {span["spanID"]: span for span in trace["spans"]}
    on_path = {(group.split(".")[0], topic) for group, topic in PATH}
    found: dict[str, float] = {}
    for span in spans.values():
        service = trace["processes"][span["processID"]]["serviceName"].removeprefix("confia-")
        if span["operationName"] == "POST /webhook":
            found[WEBHOOK_STEP] = span["duration"] / 1000
        elif span["operationName"] == "POST /{phone-number-id}/messages":
            found.setdefault(GRAPH_API_STEP, span["duration"] / 1000)
        parents = [spans.get(r["spanID"]) for r in span["references"] if r["refType"] == "CHILD_OF"]
        parent = parents[0] if parents else None
        if _tag(span, "span.kind") != "consumer" or parent is None:
            continue
        topic = str(_tag(parent, "messaging.destination.name") or "").removeprefix(namespace)
        if (service, topic) in on_path:
            found[bus_step(topic)] = (span["startTime"] - parent["startTime"]) / 1000
            found[handler_step(service, topic)] = span["duration"] / 1000
    return found


def _tag(span: dict[str, Any], key: str) -> Any:
    return next((t["value"] for t in span.get("tags", []) if t["key"] == key), None)


# --- the baseline: a bare aiokafka chain -------------------------------------------------


def relay(bootstrap: str, source: str, destination: str, group: str) -> None:
    """One hop of the bare chain, in a process of its own (as each service is)."""
    asyncio.run(_relay(bootstrap, source, destination, group))


async def _relay(bootstrap: str, source: str, destination: str, group: str) -> None:
    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await consumer.start()
    await producer.start()
    try:
        # As a service's subscriber: one record at a time, published, then committed.
        async for record in consumer:
            await producer.send_and_wait(destination, record.value, key=record.key)
            await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()


class BareChain:
    """The chain's ends in this process: a producer at the start, a consumer at the end."""

    def __init__(self, bootstrap: str, topics: Sequence[str]) -> None:
        self.bootstrap = bootstrap
        self.topics = topics
        self.producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap, acks="all", enable_idempotence=True
        )
        self.arrived: dict[int, float] = {}  # record number → Unix time at the end
        self.arrival = asyncio.Event()
        self.next_number = 0
        self._sink: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.producer.start()
        self._sink = asyncio.create_task(self._run_sink())

    async def stop(self) -> None:
        if self._sink is not None:
            self._sink.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sink
        await self.producer.stop()

    async def _run_sink(self) -> None:
        consumer = AIOKafkaConsumer(
            self.topics[-1],
            bootstrap_servers=self.bootstrap,
            group_id=f"{self.topics[-1]}.sink",
            auto_offset_reset="earliest",
        )
        await consumer.start()
        try:
            async for record in consumer:
                self.arrived[int(record.value[:12])] = time.time()
                self.arrival.set()
        finally:
            await consumer.stop()

    async def publish(self, number: int) -> Sent:
        posted_at = time.time()
        value = f"{number:012d}".encode().ljust(PAYLOAD_BYTES, b".")
        key = f"customer{number // 4}".encode()  # four messages per customer, as conversations
        try:
            await self.producer.send_and_wait(self.topics[0], value, key=key)
        except KafkaError:
            return Sent(posted_at, accepted=False)
        return Sent(posted_at, accepted=True)

    async def wait_for(self, numbers: Sequence[int], seconds: float) -> None:
        """Until every one of `numbers` arrived at the end of the chain, or `seconds` passed."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                for number in numbers:
                    while number not in self.arrived:
                        self.arrival.clear()
                        await self.arrival.wait()

    async def at(self, rate: float, seconds: float, drain_seconds: float) -> RateResult:
        """Publish at `rate` for `seconds`; wait (bounded) for the records at the end."""
        first, count = self.next_number, max(1, round(rate * seconds))
        self.next_number += count
        sent: dict[int, Sent] = {}
        ack_seconds: list[float] = []

        async def publish(index: int) -> None:
            record = await self.publish(first + index)
            ack_seconds.append(time.time() - record.posted_at)
            sent[first + index] = record

        started = time.time()
        ended = await at_rate(rate, count, publish)
        await self.wait_for(list(sent), drain_seconds)
        for number, record in sent.items():
            record.answered_at = self.arrived.get(number)
            record.accounted_for = record.answered_at is not None
        result = summarize(rate, list(sent.values()), started, ended)
        result.first_hop = Percentiles.of(ack_seconds)
        return result


def start_relays(bootstrap: str, topics: Sequence[str]) -> list[BaseProcess]:
    """A relay process from each topic to the next."""
    spawn = multiprocessing.get_context("spawn")
    relays: list[BaseProcess] = []
    for source, destination in itertools.pairwise(topics):
        process = spawn.Process(
            target=relay, args=(bootstrap, source, destination, f"{source}.relay"), daemon=True
        )
        process.start()
        relays.append(process)
    return relays


def stop_relays(relays: Sequence[BaseProcess]) -> None:
    for process in relays:
        process.terminate()
        process.join(10)
        if process.is_alive():
            process.kill()
            process.join()


async def bare_chain(
    bootstrap: str, rates: Sequence[float], args: argparse.Namespace, run: str
) -> dict[float, RateResult]:
    """The baseline at every rate: relays in processes of their own, the chain's ends here."""
    topics = [f"pipelinebare{run}.{topic}" for _, topic in PATH]
    await create_topics(bootstrap, *topics, partitions=PARTITIONS)
    relays: list[BaseProcess] = []
    chain = BareChain(bootstrap, topics)
    results: dict[float, RateResult] = {}
    try:
        relays = start_relays(bootstrap, topics)
        await chain.start()
        warm = await chain.at(5, 2, drain_seconds=60)  # groups joined, connections made
        if warm.missing:
            raise RuntimeError("the bare chain did not carry its first records within 60 s")
        pids = {f"relay {i + 1}": p.pid for i, p in enumerate(relays) if p.pid}
        pids |= {"load generator": os.getpid(), **infrastructure_processes()}
        for rate in rates:
            before = cpu_snapshot(pids)
            results[rate] = result = await chain.at(rate, args.seconds, args.drain_seconds)
            result.cpu_percent = cpu_percent(pids, before)
            progress(f"bare chain {rate:g}/s: {_line(result)}")
    finally:
        await chain.stop()
        stop_relays(relays)
        await drop_topics(bootstrap, f"pipelinebare{run}.")
    return results


# --- the run -------------------------------------------------------------------------------


async def run_platform(
    infrastructure: Infrastructure, rates: Sequence[float], args: argparse.Namespace, run: str
) -> tuple[dict[float, tuple[RateResult, Observed]], dict[str, float], list[float]]:
    """Every rate through the platform; the services' peak RSS; the rates left out."""
    results: dict[float, tuple[RateResult, Observed]] = {}
    skipped: list[float] = []
    logs = args.report_dir / LOGS
    shutil.rmtree(logs, ignore_errors=True)  # the platform appends: only this run's, please
    progress("starting the platform")
    async with running_platform(infrastructure, run, logs) as bench:
        progress("platform ready; warming up")
        await warm_up(bench)
        for rate in rates:
            if results and not list(results.values())[-1][1].drained:
                skipped.append(rate)  # the last rate's backlog is still flowing: it would count
                continue
            results[rate] = await platform_rate(bench, rate, args)
            progress(f"platform {rate:g}/s: {_line(results[rate][0])}")
        peak = {name: memory_mb(p.pid, "VmHWM") for name, p in bench.platform.processes.items()}
        progress("stopping the platform")
    return results, peak, skipped


def progress(text: str) -> None:
    print(f"[{time.monotonic() - STARTED:5.0f} s] {text}", flush=True)


def _line(result: RateResult) -> str:
    return (
        f"{result.sent} sent, {result.answered} answered, p50/p95/p99 "
        f"{result.latency.p50_ms}/{result.latency.p95_ms}/{result.latency.p99_ms} ms, "
        f"backlog at end {result.backlog_at_end}, kept up: {result.kept_up}"
    )


def sustained(results: dict[float, RateResult]) -> float | None:
    """The highest rate before the first one not kept up with (None: not even the first)."""
    best = None
    for rate in sorted(results):
        if not results[rate].kept_up:
            break
        best = rate
    return best


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rates", default="50,100,200", help="messages/s, comma-separated")
    parser.add_argument("--seconds", type=float, default=20, help="load per rate")
    parser.add_argument("--questions", type=int, default=3, help="per conversation")
    parser.add_argument("--drain-seconds", type=float, default=60, help="wait for replies")
    parser.add_argument("--traces", type=int, default=40, help="traces read per rate")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "reports")
    args = parser.parse_args()
    rates = sorted(float(rate) for rate in args.rates.split(","))
    args.report_dir.mkdir(parents=True, exist_ok=True)
    infrastructure = from_environment() or from_native_scripts()
    args.run = uuid.uuid4().hex[:8]  # in topic and database names, and the report
    progress("the bare chain")
    bare = await bare_chain(infrastructure.kafka_bootstrap, rates, args, args.run)
    confia, peak_rss, skipped = await run_platform(infrastructure, rates, args, args.run)
    write_report(args, infrastructure, confia, bare, peak_rss, skipped)


# --- the report ------------------------------------------------------------------------------


def targets(
    confia: dict[float, tuple[RateResult, Observed]],
    peak_rss: dict[str, float],
    skipped: Sequence[float],
) -> dict[str, dict[str, Any]]:
    """Issue 10's targets (for 2 cores) against this run: met, not met, or not measured."""
    loads = {rate: result for rate, (result, _) in confia.items()}
    services = [mb for name, mb in peak_rss.items() if name in SERVICES]
    return {
        "sustained_per_second": {
            "target": f">= {TARGET_SUSTAINED:g}",
            "measured": sustained(loads),
            "status": _sustained_status(loads),
        },
        f"p99_ms_at_{TARGET_P99_RATE:g}_per_second": {
            "target": f"<= {TARGET_P99_MS:g}",
            "measured": loads[TARGET_P99_RATE].latency.p99_ms if TARGET_P99_RATE in loads else None,
            "status": _p99_status(loads, skipped),
        },
        "peak_rss_mb_per_service": {
            "target": f"< {TARGET_RSS_MB:g} each",
            "measured": max(services) if services else None,
            "status": ("met" if max(services) < TARGET_RSS_MB else "not met")
            if services
            else "not measured",
        },
    }


def _sustained_status(loads: dict[float, RateResult]) -> str:
    best = sustained(loads)
    if best is not None and best >= TARGET_SUSTAINED:
        return "met"
    if loads and all(result.kept_up for result in loads.values()):
        return "not measured: kept up with every rate tried, all below the target"
    return "not met"


def _p99_status(loads: dict[float, RateResult], skipped: Sequence[float]) -> str:
    if TARGET_P99_RATE in skipped:
        return "not met: not run, the platform fell behind at a lower rate"
    result = loads.get(TARGET_P99_RATE)
    if result is None or result.latency.p99_ms is None:
        return "not measured: the rate was not in --rates"
    return "met" if result.latency.p99_ms <= TARGET_P99_MS else "not met"


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return host.processor() or "unknown"


def write_report(
    args: argparse.Namespace,
    infrastructure: Infrastructure,
    confia: dict[float, tuple[RateResult, Observed]],
    bare: dict[float, RateResult],
    peak_rss: dict[str, float],
    skipped: list[float],
) -> None:
    loads = {rate: result for rate, (result, _) in confia.items()}
    ours, theirs = sustained(loads), sustained(bare)
    report = {
        "benchmark": "pipeline",
        "run": args.run,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "cpu": cpu_model(), "python": host.python_version()},
        "infrastructure": infrastructure.source,
        "load": {
            "rates": [*loads, *skipped],
            "seconds_per_rate": args.seconds,
            "questions_per_conversation": args.questions,
            "drain_seconds": args.drain_seconds,
            "sends_per_second_setting": 1000,
        },
        "platform": {
            f"{rate:g}": {**asdict(result), "observed": asdict(observed)}
            for rate, (result, observed) in confia.items()
        },
        "skipped_rates": skipped,
        "logs": str(args.report_dir / LOGS),
        "bare_chain": {f"{rate:g}": asdict(result) for rate, result in bare.items()},
        "sustained_per_second": {"platform": ours, "bare_chain": theirs},
        "bare_chain_kept_up_with_every_rate": bool(bare) and all(r.kept_up for r in bare.values()),
        "peak_rss_mb": peak_rss,
        "targets": targets(confia, peak_rss, skipped),
        "target_cores": TARGET_CORES,
    }
    (args.report_dir / "bench-pipeline.json").write_text(json.dumps(report, indent=2) + "\n")
    markdown = render(report, confia, bare)
    (args.report_dir / "bench-pipeline.md").write_text(markdown)
    print(markdown)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join("-" if v is None else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:.1f}x" if ours and theirs else "-"


def render(
    report: dict[str, Any],
    confia: dict[float, tuple[RateResult, Observed]],
    bare: dict[float, RateResult],
) -> str:
    machine, load = report["machine"], report["load"]
    rates = list(confia)
    sections = [
        "# Pipeline benchmark",
        f"{report['at']} · {machine['cores']} cores ({machine['cpu']}) · infrastructure "
        f"{report['infrastructure']} · {load['seconds_per_rate']:g} s per rate · conversations "
        f'of "Aceito" and {load["questions_per_conversation"]} questions',
        "## Targets (issue 10, on 2 cores)",
        _table(
            ["target", "wanted", "measured", "status"],
            [
                [name, t["target"], t["measured"], t["status"]]
                for name, t in report["targets"].items()
            ],
        )
        + (
            ""
            if machine["cores"] == TARGET_CORES
            else f"\n\nThis machine has {machine['cores']} cores."
        ),
        _summary(report, confia, bare),
        "## Where the time goes",
        "Median of each step over the sampled question traces (Jaeger), ms. A bus step runs "
        "from the producer span's start (the publish, acks=all) to the consumer span's start: "
        "it includes the wait behind earlier records.",
        _by_rate(rates, {r: o.hops_ms for r, (_, o) in confia.items()}, "step"),
        "Traces read per rate: "
        + ", ".join(f"{o.traces} at {r:g}/s" for r, (_, o) in confia.items()),
        "Handler time from each service's `/metrics` (`confia_handler_seconds`), between the "
        "start of the rate and the end of its drain: mean ms (messages handled; ingress's "
        "`ingress.webhooks.v1` and audit count batches).",
        _handlers(confia),
        "Kafka consumer lag per hop when the load stopped (records not yet committed):",
        _by_rate(rates, {r: o.lag_at_end for r, (_, o) in confia.items()}, "hop"),
        "CPU during the load, % of one core (the platform):",
        _by_rate(rates, {r: res.cpu_percent for r, (res, _) in confia.items()}, "process"),
        "CPU during the load and until its last record arrived, % of one core (the bare chain):",
        _by_rate(list(bare), {r: res.cpu_percent for r, res in bare.items()}, "process"),
        "## Memory",
        "Peak RSS (VmHWM, MiB) of each process over the whole run, which ended with the "
        "highest rate; RSS after each rate's drain is in the JSON.",
        _table(["process", "peak RSS MiB"], [[n, mb] for n, mb in report["peak_rss_mb"].items()]),
        _notes(report),
    ]
    return "\n\n".join(sections) + "\n"


def _summary(
    report: dict[str, Any],
    confia: dict[float, tuple[RateResult, Observed]],
    bare: dict[float, RateResult],
) -> str:
    rows = [
        [
            f"{rate:g}",
            f"{r.sent} ({r.sent_per_second}/s)",
            r.refused,
            r.answered,
            r.missing,
            r.answered_per_second,
            r.latency.p50_ms,
            r.latency.p95_ms,
            r.latency.p99_ms,
            o.questions.p99_ms,
            r.first_hop.p99_ms,
            r.backlog_at_end,
            "yes" if r.kept_up else "no",
        ]
        for rate, (r, o) in confia.items()
    ]
    bare_rows = [
        [
            f"{rate:g}",
            f"{r.sent} ({r.sent_per_second}/s)",
            r.answered,
            r.latency.p50_ms,
            r.latency.p95_ms,
            r.latency.p99_ms,
            r.backlog_at_end,
            "yes" if r.kept_up else "no",
            _ratio(confia[rate][1].questions.p50_ms, r.latency.p50_ms) if rate in confia else "-",
            _ratio(confia[rate][1].questions.p99_ms, r.latency.p99_ms) if rate in confia else "-",
        ]
        for rate, r in bare.items()
    ]
    outcomes = "; ".join(
        f"{rate:g}/s: " + ", ".join(f"{k} {v}" for k, v in sorted(o.outcomes.items()))
        for rate, (_, o) in confia.items()
    )
    skipped = report["skipped_rates"]
    return "\n\n".join(
        [
            "## The platform: webhook → Graph API",
            _table(
                [
                    "msg/s",
                    "sent",
                    "refused",
                    "answered",
                    "missing",
                    "answered/s during the load",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "questions p99 ms",
                    "webhook 200 p99 ms",
                    "backlog at end",
                    "kept up",
                ],
                rows,
            ),
            f"Outcomes (fault-suite validator): {outcomes}."
            + (
                " Not run (the previous rate's backlog had not drained): "
                + ", ".join(f"{rate:g} msg/s" for rate in skipped)
                + "."
                if skipped
                else ""
            ),
            "## The bare chain: publish → end of the same six hops",
            _table(
                [
                    "msg/s",
                    "sent",
                    "arrived",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "backlog at end",
                    "kept up",
                    "Confia questions p50 ÷ bare",
                    "p99 ÷ bare",
                ],
                bare_rows,
            ),
            _sustained_sentence(report),
        ]
    )


def _sustained_sentence(report: dict[str, Any]) -> str:
    ours, theirs = report["sustained_per_second"].values()
    every = report["bare_chain_kept_up_with_every_rate"]
    platform = f"{ours:g} msg/s" if ours else "none of the rates tried"
    bare = f"{theirs:g} msg/s" if theirs else "none of the rates tried"
    if every:
        bare += " (every rate tried: its ceiling is higher)"
    if ours and theirs:
        ratio = f"Confia reaches {'at most ' if every else ''}{ours / theirs:.0%} of the bare bus"
    else:
        ratio = "no ratio"
    return f"Sustained: the platform {platform}, the bare chain {bare}: {ratio}."


def _by_rate(rates: Sequence[float], values: dict[float, dict[str, Any]], what: str) -> str:
    names = list(dict.fromkeys(name for rate in rates for name in values.get(rate, {})))
    rows = [[name, *(values.get(rate, {}).get(name) for rate in rates)] for name in names]
    return _table([what, *(f"{rate:g}/s" for rate in rates)], rows)


def _handlers(confia: dict[float, tuple[RateResult, Observed]]) -> str:
    cells = {
        rate: {name: f"{h['mean_ms']} ({h['handled']})" for name, h in o.handlers.items()}
        for rate, (_, o) in confia.items()
    }
    return _by_rate(list(confia), cells, "service ← topic")


def _notes(report: dict[str, Any]) -> str:
    return f"""## How it was measured

- Open loop: each message leaves at its time whatever happened to earlier ones (at most
  {MAX_IN_FLIGHT} unanswered at once). Latency runs from the start of the webhook POST
  to the Graph API stand-in receiving the reply (for "Aceito", its first reply; "questions"
  are the rest, the full path of six Kafka hops). Messages are matched to replies by the
  fault suite's validator (outbound id → the message it answers).
- Kept up: the rate was held (≥ 95%), every webhook answered 200, when the load stopped at
  most {BACKLOG_SECONDS:g} s worth of messages was unanswered, and every message was
  answered or accounted for within the drain wait ({report["load"]["drain_seconds"]:g} s).
  Sustained: the highest rate before the first one not kept up with.
- The platform: six services, the Graph API stand-in, Kafka, FerretDB and Jaeger on this
  machine, with the load generator; `CONFIA_SENDS_PER_SECOND=1000` (one business number
  sends every reply; Meta's default of 80/s would be the ceiling). Everything else default.
- The bare chain: a producer (acks=all, idempotent), five relay processes that consume a
  record, publish it (acks=all, idempotent) and commit before the next, and a consumer at
  the end; {PARTITIONS} partitions per topic and {PAYLOAD_BYTES}-byte records, as Confia's.
  No HTTP at either end.
- One machine for everything: the load generator, the platform and the infrastructure
  share its {report["machine"]["cores"]} cores. Kafka, FerretDB and Jaeger may also serve
  other work (tests); "{OTHERS}" in the CPU tables is what the machine spent outside this
  benchmark's processes during the load. The services' logs: `{report["logs"]}`.
"""


if __name__ == "__main__":
    asyncio.run(main())
