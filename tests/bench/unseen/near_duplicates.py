"""Print the ids of a new evaluation set's lines too close in wording to an older set's.

Usage: python tests/bench/unseen/near_duplicates.py NEW.jsonl

A line is too close when its set of words (accent-folded, lower case) shares 80% or more
(Jaccard) with a line of any `deploy/kb/aurora/eval-*.jsonl`. The writer of an unseen set
runs this without reading the older sets, and rewrites each printed line in other words.
"""

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

SETS = Path(__file__).parents[3] / "deploy" / "kb" / "aurora"
TOO_CLOSE = 0.8


def words(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return frozenset(re.findall(r"[a-z0-9]+", folded))


def older_lines() -> list[frozenset[str]]:
    return [
        words(json.loads(line)["text"])
        for path in sorted(SETS.glob("eval-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def too_close(new: Path) -> list[str]:
    older = older_lines()
    having: defaultdict[str, set[int]] = defaultdict(set)
    for index, said in enumerate(older):
        for word in said:
            having[word].add(index)
    close = []
    for line in new.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        said = words(entry["text"])
        shared = Counter(index for word in said for index in having[word])
        if any(count / len(said | older[index]) >= TOO_CLOSE for index, count in shared.items()):
            close.append(entry["id"])
    return close


if __name__ == "__main__":
    print("\n".join(too_close(Path(sys.argv[1]))))
