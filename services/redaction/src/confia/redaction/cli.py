"""confia-redact: run the detectors on JSONL, with no service running.

    confia-redact detect [--patterns business.toml] < messages.jsonl > spans.jsonl

Reads `{"id", "text"}` per line, writes `{"id", "spans": [{"start","end","type"}]}`,
the format `shared/eval/pii_score.py` scores.
"""

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from confia.redaction.detectors import DEFAULT_DETECTORS, Detector, detect
from confia.redaction.patterns import PatternError, load_patterns


def detect_lines(
    source: TextIO, sink: TextIO, detectors: Iterable[Detector] = DEFAULT_DETECTORS
) -> int:
    count = 0
    for line in source:
        if not line.strip():
            continue
        message = json.loads(line)
        spans = [
            {"start": f.start, "end": f.end, "type": f.kind}
            for f in detect(message["text"], detectors)
        ]
        sink.write(json.dumps({"id": message["id"], "spans": spans}, ensure_ascii=False) + "\n")
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(prog="confia-redact", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["detect"])
    parser.add_argument(
        "--patterns", type=Path, help="TOML file of the business's own patterns (see README)"
    )
    arguments = parser.parse_args()
    detectors = tuple(DEFAULT_DETECTORS)
    if arguments.patterns is not None:
        try:
            business = load_patterns(arguments.patterns)
        except PatternError as error:
            parser.exit(2, f"confia-redact: {error}\n")
        detectors = (*(pattern.detector() for pattern in business), *detectors)
    detect_lines(sys.stdin, sys.stdout, detectors)


if __name__ == "__main__":
    main()
