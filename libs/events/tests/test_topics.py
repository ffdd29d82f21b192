import subprocess
import sys

import pytest

from confia.events import TOPICS, dlq
from confia.events.topics import NAMESPACE, WHATSAPP_INBOUND


def test_every_topic_has_a_dead_letter_topic() -> None:
    main = [name for name in TOPICS if not name.endswith(".dlq")]
    assert all(dlq(name) in TOPICS for name in main)


def test_topic_names_follow_area_fact_version() -> None:
    for name in TOPICS:
        assert name.removesuffix(".dlq").rsplit(".", 1)[1].startswith("v")


def _names_under(namespace: str) -> subprocess.CompletedProcess[str]:
    code = "from confia.events.topics import WHATSAPP_INBOUND; print(WHATSAPP_INBOUND)"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"CONFIA_TOPIC_NAMESPACE": namespace, "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )


def test_namespace_prefixes_every_topic() -> None:
    assert f"{NAMESPACE}whatsapp.inbound.v1" == WHATSAPP_INBOUND
    assert _names_under("staging.").stdout.strip() == "staging.whatsapp.inbound.v1"
    assert _names_under("").stdout.strip() == "whatsapp.inbound.v1"


@pytest.mark.parametrize("namespace", ["Staging.", "staging", "a b."])
def test_malformed_namespace_is_refused(namespace: str) -> None:
    result = _names_under(namespace)
    assert result.returncode != 0
    assert "CONFIA_TOPIC_NAMESPACE" in result.stderr
