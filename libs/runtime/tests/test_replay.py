"""Replaying a dead-letter topic after a fix, against the real broker."""

import asyncio
import json
from collections.abc import Callable

import pytest
from opentelemetry.sdk.trace import TracerProvider
from pydantic import BaseModel

from confia.events import dlq
from confia.runtime.bus import create_broker
from confia.runtime.dead_letters import PermanentError
from confia.runtime.replay import REPLAYED_FROM, ReplayError, main, replay, replay_group
from confia.runtime.settings import ServiceSettings
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import committed_offset, create_topics, produce, read_to_end, read_topic

pytestmark = pytest.mark.integration


class Probe(BaseModel):
    n: int


async def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def test_dead_letters_go_back_once_the_fix_is_in_and_only_once(
    infrastructure: Infrastructure, unique: Callable[[str], str]
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic, group = unique("test.replay"), unique("group")
    await create_topics(bootstrap, topic, dlq(topic))
    for n in (1, 2):
        await produce(bootstrap, topic, json.dumps({"n": n}).encode(), key=f"subject-{n}")

    fixed = False
    handled: list[int] = []
    settings = ServiceSettings(kafka_bootstrap=bootstrap, handler_backoff_seconds=0.01)
    broker = create_broker(settings, "test", TracerProvider())

    @broker.subscriber(topic, group_id=group, auto_offset_reset="earliest")
    async def handle(probe: Probe) -> None:
        if not fixed:
            raise PermanentError("the bug")
        handled.append(probe.n)

    async with broker:
        await broker.start()
        await read_topic(bootstrap, dlq(topic), lambda records: len(records) >= 2)

        preview = await replay(bootstrap, dlq(topic), dry_run=True)
        assert [(r.offset, r.target, r.error_type) for r in preview] == [
            (0, topic, "PermanentError"),
            (1, topic, "PermanentError"),
        ]
        assert await committed_offset(bootstrap, replay_group(dlq(topic)), dlq(topic)) == -1
        assert handled == [], "a dry run publishes nothing"

        fixed = True
        replayed = await replay(bootstrap, dlq(topic))
        await _wait_for(lambda: sorted(handled) == [1, 2], 30)

        assert [r.offset for r in replayed] == [0, 1]
        assert await replay(bootstrap, dlq(topic)) == [], "a replay is not repeated"
        await asyncio.sleep(1)
        assert sorted(handled) == [1, 2]

    copies = (await read_to_end(bootstrap, topic))[2:]
    assert [copy.key for copy in copies] == ["subject-1", "subject-2"]
    assert [copy.headers[REPLAYED_FROM] for copy in copies] == [
        f"{dlq(topic)}/0/0",
        f"{dlq(topic)}/0/1",
    ]
    assert not any(name.startswith("dlq-") for copy in copies for name in copy.headers)
    assert await committed_offset(bootstrap, replay_group(dlq(topic)), dlq(topic)) == 2


async def test_a_record_without_its_original_topic_needs_to(
    infrastructure: Infrastructure,
    unique: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bootstrap = infrastructure.kafka_bootstrap
    topic = unique("test.replay-to")
    await create_topics(bootstrap, topic, dlq(topic))
    await produce(bootstrap, dlq(topic), b'{"n": 1}', key="subject", headers={"x": "kept"})

    with pytest.raises(ReplayError, match="--to"):
        await replay(bootstrap, dlq(topic))
    with pytest.raises(ReplayError, match="not a dead-letter topic"):
        await replay(bootstrap, topic)

    monkeypatch.setenv("CONFIA_KAFKA_BOOTSTRAP", bootstrap)
    # The command runs its own event loop, as it does from a shell.
    await asyncio.to_thread(main, [dlq(topic), "--to", topic])

    assert "replayed 1 record(s)" in capsys.readouterr().out
    [copy] = await read_to_end(bootstrap, topic)
    assert (copy.value, copy.headers["x"]) == (b'{"n": 1}', "kept")
