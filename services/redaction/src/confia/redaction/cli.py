"""confia-redact: run the detectors on JSONL, with no service running.

    confia-redact detect < messages.jsonl > spans.jsonl

Reads `{"id", "text"}` per line, writes `{"id", "spans": [{"start","end","type"}]}`,
the format `shared/eval/pii_score.py` scores.
"""

import argparse
import json
import sys
from typing import TextIO

from confia.redaction.detectors import detect


def detect_lines(source: TextIO, sink: TextIO) -> int:
    count = 0
    for line in source:
        if not line.strip():
            continue
        message = json.loads(line)
        spans = [{"start": f.start, "end": f.end, "type": f.kind} for f in detect(message["text"])]
        sink.write(json.dumps({"id": message["id"], "spans": spans}, ensure_ascii=False) + "\n")
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(prog="confia-redact", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["detect"])
    parser.parse_args()
    detect_lines(sys.stdin, sys.stdout)


if __name__ == "__main__":
    main()
