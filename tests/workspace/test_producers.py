"""Every Kafka producer in the code is not idempotent (ADR 12): aiokafka's
idempotent producer dies for good on an out-of-order sequence after a broker restart.
librdkafka's (ingress's webhook log, ADR 15) is set the same way."""

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
SOURCES = [
    path for folder in ("services", "libs") for path in (ROOT / folder).glob("*/src/**/*.py")
]
# aiokafka's spelling and librdkafka's (ingress's webhook log, ADR 15).
_IDEMPOTENCE = re.compile(r"""["']?enable[_.]idempotence["']?\s*[=:]\s*(\w+)""")


def test_every_producer_setting_found_turns_idempotence_off() -> None:
    settings = {
        f"{path.relative_to(ROOT)}: {value}"
        for path in SOURCES
        for value in _IDEMPOTENCE.findall(path.read_text())
    }
    # The broker factory, ingress's webhook intake and the replay command.
    assert len(settings) >= 3, f"the scan found too few producers: {sorted(settings)}"
    assert all(setting.endswith(": False") for setting in settings), sorted(settings)
