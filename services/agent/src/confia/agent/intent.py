"""What a customer message wants, learnt from labelled messages: a small intent model.

Four intents, the same for any business: a question the knowledge may answer
(`answer`), a message for a person — asking for one, angry, or about a charge, a
lawsuit, an accident, their data — (`handoff`), an attack on the agent (`injection`),
and a message with nothing of the business in it (`not_answer`).

Features survive typos and missing accents: the words and word pairs of the folded text
with shorthand spelled out, and character 3- to 5-grams of the folded text (punctuation
kept, so `<system>` and `###` count). A multinomial logistic regression, trained with
plain stochastic gradient descent in a fixed order (deterministic), weighs them; the
weights are a small JSON file read at start-up. No dependency beyond the standard library.
"""

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from confia.agent.text import fold, plain

INTENTS = ("answer", "handoff", "injection", "not_answer")
MODEL_PATH = Path(__file__).with_name("intent-model.json")

_TOKEN = re.compile(r"\[[a-z_]+_\d+\]")
_CHAR_SIZES = (3, 4, 5)


def features(text: str) -> set[str]:
    """The features of one message: words, word pairs, character n-grams, shape."""
    said = plain(text).split()
    found = {f"w:{word}" for word in said}
    found.update(f"b:{a} {b}" for a, b in zip(["^", *said], [*said, "$"], strict=True))
    raw = " " + " ".join(_TOKEN.sub(" # ", fold(text)).split()) + " "
    for size in _CHAR_SIZES:
        found.update(f"c:{raw[i : i + size]}" for i in range(len(raw) - size + 1))
    if _TOKEN.search(fold(text)):
        found.add("s:token")
    found.add(f"s:length:{min(len(said) // 4, 8)}")
    return found


@dataclass(frozen=True)
class IntentModel:
    """Weights per feature and intent; `probabilities` is the softmax of their sums."""

    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]

    def probabilities(self, text: str) -> dict[str, float]:
        return dict(zip(INTENTS, _softmax(self._scores(features(text))), strict=True))

    def _scores(self, found: Iterable[str]) -> list[float]:
        known = [self.weights[f] for f in found if f in self.weights]
        scale = 1 / math.sqrt(len(known)) if known else 0.0
        return [b + scale * sum(w[k] for w in known) for k, b in enumerate(self.bias)]

    def to_json(self) -> str:
        rounded = {f: [round(x, 3) for x in w] for f, w in sorted(self.weights.items())}
        body = {"intents": INTENTS, "bias": [round(b, 4) for b in self.bias], "weights": rounded}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "IntentModel":
        body = json.loads(text)
        if tuple(body["intents"]) != INTENTS:
            raise ValueError("intent model: unexpected intents")
        weights = {f: tuple(w) for f, w in body["weights"].items()}
        return cls(weights=weights, bias=tuple(body["bias"]))


def load_model(path: Path) -> IntentModel:
    return IntentModel.from_json(path.read_text(encoding="utf-8"))


@functools.cache
def packaged_model() -> IntentModel:
    """The model shipped with the agent (`confia-agent train-intent` writes it)."""
    return load_model(MODEL_PATH)


@dataclass(frozen=True)
class Training:
    epochs: int = 30
    learning_rate: float = 1.0
    l2: float = 1e-4
    min_count: int = 2  # a feature seen in fewer messages is noise
    balanced: bool = True  # each intent weighs the same, however many examples it has
    prune: float = 0.02  # weights all below this in size are dropped: a smaller file


def train(examples: Sequence[tuple[str, str]], settings: Training = Training()) -> IntentModel:
    """A model of `(text, intent)` pairs; the same examples always give the same model."""
    rows = [(sorted(features(text)), INTENTS.index(intent)) for text, intent in examples]
    counts: dict[str, int] = {}
    for found, _ in rows:
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
    kept = {f for f, n in counts.items() if n >= settings.min_count}
    weights: dict[str, list[float]] = {f: [0.0] * len(INTENTS) for f in kept}
    bias = [0.0] * len(INTENTS)
    data = [([weights[f] for f in found if f in kept], label) for found, label in rows]
    share = [sum(label == k for _, label in rows) / len(rows) for k in range(len(INTENTS))]
    balance = [1 / (len(INTENTS) * s) if s and settings.balanced else 1.0 for s in share]
    for epoch in range(settings.epochs):
        rate = settings.learning_rate / (1 + epoch / 5)
        for index in _order(len(data), epoch):
            _step(data[index], bias, rate * balance[data[index][1]])
        shrink = 1 - rate * settings.l2 * len(data)
        for w in weights.values():
            w[:] = [x * shrink for x in w]
    useful = {f: tuple(w) for f, w in weights.items() if max(map(abs, w)) >= settings.prune}
    return IntentModel(weights=useful, bias=tuple(bias))


def _step(row: tuple[list[list[float]], int], bias: list[float], rate: float) -> None:
    known, label = row
    scale = 1 / math.sqrt(len(known)) if known else 0.0
    scores = [b + scale * sum(w[k] for w in known) for k, b in enumerate(bias)]
    gradient = [p - (k == label) for k, p in enumerate(_softmax(scores))]
    for k, g in enumerate(gradient):
        bias[k] -= rate * g * 0.1
        step = rate * g * scale
        for w in known:
            w[k] -= step


def _order(count: int, epoch: int) -> list[int]:
    """A fixed shuffle per epoch (a linear congruential walk): deterministic, not sorted."""
    stride = 7919 if count % 7919 else 7907
    return [(i * stride + epoch * 104729) % count for i in range(count)]


def _softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
