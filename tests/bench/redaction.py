"""Redaction benchmark: our detectors against tarja and Presidio on the pt-BR dev set.

Each redactor finds personal data in the 600 messages of `shared/eval/pii-ptbr-dev.jsonl`;
its spans are scored by `shared/eval/pii_score.py` (leak rate, precision, F1,
over-redaction), and its detection is timed in this one process, pinned to one core,
after a warm-up pass. Timed passes over the set alternate between the redactors, so a
noisy neighbour on the machine slows all of them alike; the figure is the median pass.

Targets (issue 5): our leak rate a fraction of either peer's (read here as at most half
the better peer's), and our throughput at least the faster peer's (aim: twice).
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import spacy  # type: ignore[import-not-found]
import tarja  # type: ignore[import-not-found]

from confia.redaction.detectors import detect

ROOT = Path(__file__).parents[2]
EVAL = ROOT.parent / "shared" / "eval"

OURS = "confia-redaction"
LEAK_FRACTION = 0.5  # ours at most this share of the better peer's leak rate
THROUGHPUT_AIM = 2.0  # the stretch: twice the faster peer

Span = dict[str, int | str]

# The scorer's type names, for each peer type that has one. Leak rate, precision, F1 and
# over-redaction ignore types; only `type_accuracy` reads them. Unmapped types keep their
# own name (tarja's CNS, NIS, CNH..., Presidio's URL, IP...): still spans, never a match.
TARJA_TYPES = {
    "BR_CPF": "CPF",
    "BR_CNPJ": "CNPJ",
    "BR_TELEFONE": "PHONE",
    "BR_CEP": "CEP",
    "BR_PLACA": "LICENSE_PLATE",
    "BR_PIX_EVP": "PIX_KEY",
    "BR_CARTAO": "CREDIT_CARD",
}
PRESIDIO_TYPES = {
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CREDIT_CARD",
    "UUID": "PIX_KEY",
    "DATE_TIME": "DATE_OF_BIRTH",
    "IBAN_CODE": "BANK_ACCOUNT",
}


@dataclass(frozen=True)
class Redactor:
    name: str
    version: str
    configuration: str
    # The call that is timed; it returns the redactor's own result objects...
    find: Callable[[str], list[Any]]
    # ...and this turns one of them into a scorer span, outside the timing.
    to_span: Callable[[Any], Span]


@dataclass
class Result:
    redactor: str
    version: str
    configuration: str
    scores: dict[str, Any]
    messages_per_second: float = 0.0
    pass_seconds: list[float] = field(default_factory=list)


def _ours() -> Redactor:
    return Redactor(
        name=OURS,
        version=version("confia-redaction"),
        configuration="`confia.redaction.detectors.detect`, the function `confia-redact` runs",
        find=detect,
        to_span=lambda f: {"start": f.start, "end": f.end, "type": f.kind},
    )


def _tarja() -> Redactor:
    return Redactor(
        name="tarja",
        version=version("tarja"),
        configuration="`tarja.find(text)` with its defaults: every built-in entity, "
        "min_score 0, overlaps resolved",
        find=tarja.find,
        to_span=lambda m: {
            "start": m.start,
            "end": m.end,
            "type": TARJA_TYPES.get(m.entity, m.entity),
        },
    )


def _presidio() -> Redactor:
    # Presidio's e-mail recognizer checks domains with tldextract, which fetches the public
    # suffix list over the network on first use; its bundled copy keeps the run offline.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # type: ignore[import-not-found]
    from presidio_analyzer.nlp_engine import SlimSpacyNlpEngine  # type: ignore[import-not-found]
    from presidio_analyzer.predefined_recognizers import (  # type: ignore[import-not-found]
        CreditCardRecognizer,
        CryptoRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        MacAddressRecognizer,
        PhoneRecognizer,
        UrlRecognizer,
        UuidRecognizer,
    )

    # No Portuguese spaCy model can be downloaded here: Presidio's slim engine loads a blank
    # Portuguese pipeline instead, which gives the tokens context words are matched against.
    with tempfile.TemporaryDirectory() as blank_model:
        spacy.blank("pt").to_disk(blank_model)
        nlp_engine = SlimSpacyNlpEngine(
            models=[{"lang_code": "pt", "model_name": blank_model}], auto_download=False
        )
        nlp_engine.load()

    # Every predefined recognizer Presidio enables by default that is tied to no country.
    pattern_recognizers = [
        CreditCardRecognizer,
        CryptoRecognizer,
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        MacAddressRecognizer,
        UrlRecognizer,
        UuidRecognizer,
    ]
    recognizers = [recognizer(supported_language="pt") for recognizer in pattern_recognizers]
    recognizers.append(PhoneRecognizer(supported_language="pt", supported_regions=["BR"]))
    analyzer = AnalyzerEngine(
        registry=RecognizerRegistry(recognizers=recognizers, supported_languages=["pt"]),
        nlp_engine=nlp_engine,
        supported_languages=["pt"],
    )
    names = ", ".join(type(recognizer).__name__ for recognizer in recognizers)
    return Redactor(
        name="presidio",
        version=version("presidio-analyzer"),
        configuration=f"`AnalyzerEngine.analyze(text, language='pt')`, score threshold 0; "
        f"recognizers, each with supported_language='pt': {names} "
        "(PhoneRecognizer with supported_regions=['BR']); NLP engine: SlimSpacyNlpEngine "
        "loading `spacy.blank('pt')` saved to disk (tokens for context words, no NER model)",
        find=lambda text: analyzer.analyze(text, language="pt"),
        to_span=lambda r: {
            "start": r.start,
            "end": r.end,
            "type": PRESIDIO_TYPES.get(r.entity_type, r.entity_type),
        },
    )


def _score(redactor: Redactor, messages: list[dict[str, Any]], args: argparse.Namespace) -> Any:
    """The scorer's figures for this redactor's spans; the spans file stays in the report dir."""
    spans_file = args.report_dir / f"redaction-bench-{redactor.name}.spans.jsonl"
    with spans_file.open("w", encoding="utf-8") as sink:
        for message in messages:
            spans = [redactor.to_span(item) for item in redactor.find(message["text"])]
            sink.write(json.dumps({"id": message["id"], "spans": spans}) + "\n")
    scored = subprocess.run(
        [sys.executable, str(args.scorer), str(args.gold), str(spans_file), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)


def _pin_to_one_core() -> int | None:
    """Run on one core, so the figure is per core; None where the OS does not allow it."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def _time_passes(
    redactors: list[Redactor], texts: list[str], passes: int
) -> dict[str, list[float]]:
    """Seconds per pass over `texts`, per redactor; passes alternate between redactors."""
    for redactor in redactors:  # warm-up: lazy loading, caches, compiled patterns
        for text in texts:
            redactor.find(text)
    seconds: dict[str, list[float]] = {redactor.name: [] for redactor in redactors}
    for _ in range(passes):
        for redactor in redactors:
            started = time.perf_counter()
            for text in texts:
                redactor.find(text)
            seconds[redactor.name].append(time.perf_counter() - started)
    return seconds


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return models[0] if models else platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=EVAL / "pii-ptbr-dev.jsonl")
    parser.add_argument("--scorer", type=Path, default=EVAL / "pii_score.py")
    parser.add_argument("--passes", type=int, default=15, help="timed passes over the set")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "reports")
    args = parser.parse_args()

    args.report_dir.mkdir(parents=True, exist_ok=True)
    messages = [
        json.loads(line)
        for line in args.gold.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    redactors = [_ours(), _tarja(), _presidio()]
    results = {
        redactor.name: Result(
            redactor.name,
            redactor.version,
            redactor.configuration,
            _score(redactor, messages, args),
        )
        for redactor in redactors
    }
    core = _pin_to_one_core()
    texts = [message["text"] for message in messages]
    for name, seconds in _time_passes(redactors, texts, args.passes).items():
        results[name].pass_seconds = [round(s, 4) for s in seconds]
        results[name].messages_per_second = round(len(texts) / statistics.median(seconds), 1)
    _report(results, len(texts), core, args)


def _targets(results: dict[str, Result]) -> dict[str, Any]:
    ours = results[OURS]
    peers = [result for name, result in results.items() if name != OURS]
    best_leak = min(peer.scores["leak_rate"] for peer in peers)
    fastest = max(peers, key=lambda peer: peer.messages_per_second)
    speedup = ours.messages_per_second / fastest.messages_per_second
    return {
        "leak_rate": {
            "ours": ours.scores["leak_rate"],
            "best_peer": best_leak,
            "ceiling": round(LEAK_FRACTION * best_leak, 4),
            "met": ours.scores["leak_rate"] <= LEAK_FRACTION * best_leak,
        },
        "throughput": {
            "ours": ours.messages_per_second,
            "fastest_peer": fastest.redactor,
            "fastest_peer_messages_per_second": fastest.messages_per_second,
            "ratio": round(speedup, 2),
            "met": speedup >= 1.0,
            "aim": THROUGHPUT_AIM,
            "aim_met": speedup >= THROUGHPUT_AIM,
        },
    }


def _report(
    results: dict[str, Result], messages: int, core: int | None, args: argparse.Namespace
) -> None:
    targets = _targets(results)
    report = {
        "benchmark": "redaction",
        "at": datetime.now(UTC).isoformat(),
        "machine": {
            "cpu": _cpu_model(),
            "cores": os.cpu_count(),
            "pinned_to_core": core,
            "python": platform.python_version(),
        },
        "data": {"gold": str(args.gold), "messages": messages},
        "timing": {"warmup_passes": 1, "timed_passes": args.passes, "figure": "median pass"},
        "type_mapping": {"tarja": TARJA_TYPES, "presidio": PRESIDIO_TYPES},
        "results": {name: asdict(result) for name, result in results.items()},
        "targets": targets,
        "meets_target": targets["leak_rate"]["met"] and targets["throughput"]["met"],
    }
    (args.report_dir / "redaction-bench.json").write_text(json.dumps(report, indent=2) + "\n")
    markdown = _markdown(report, results)
    (args.report_dir / "redaction-bench.md").write_text(markdown)
    print(markdown)


def _yes(met: bool) -> str:
    return "**met**" if met else "**not met**"


def _markdown(report: dict[str, Any], results: dict[str, Result]) -> str:
    machine, targets = report["machine"], report["targets"]
    leak, speed = targets["leak_rate"], targets["throughput"]
    rows = "\n".join(
        f"| {r.redactor} {r.version} | {s['leak_rate']} | {s['precision']} | {s['recall']} | "
        f"{s['f1']} | {s['over_redaction']} | {s['type_accuracy']} | {s['false_redactions']} | "
        f"{r.messages_per_second:,.0f} |"
        for r in results.values()
        for s in [r.scores]
    )
    types = sorted(next(iter(results.values())).scores["recall_by_type"])
    type_rows = "\n".join(
        f"| {t} | "
        + " | ".join(str(r.scores["recall_by_type"][t]) for r in results.values())
        + " |"
        for t in types
    )
    configurations = "\n".join(f"- **{r.redactor}**: {r.configuration}" for r in results.values())
    mapping = "\n".join(
        f"- **{peer}**: " + ", ".join(f"{theirs} → {ours}" for theirs, ours in mapped.items())
        for peer, mapped in report["type_mapping"].items()
    )
    target_lines = (
        f"- Leak rate a fraction of either peer's, read as at most {LEAK_FRACTION:.0%} of the "
        f"better peer's ({leak['best_peer']}): ours is {leak['ours']}, {_yes(leak['met'])}.\n"
        f"- Throughput at least the faster peer's ({speed['fastest_peer']}, "
        f"{speed['fastest_peer_messages_per_second']:,.0f} msg/s): ours is "
        f"{speed['ours']:,.0f} msg/s, {speed['ratio']}x, {_yes(speed['met'])}. "
        f"The aim of {THROUGHPUT_AIM:.0f}x is {_yes(speed['aim_met'])}."
    )
    core = machine["pinned_to_core"]
    pinned = "not pinned" if core is None else f"pinned to core {core}"
    passes = report["timing"]["timed_passes"]
    return f"""# Redaction benchmark

{report["at"]} · {machine["cpu"]} · {machine["cores"]} cores · timing {pinned} ·
Python {machine["python"]} · {report["data"]["messages"]} messages of
`{Path(report["data"]["gold"]).name}`

| redactor | leak | precision | recall | F1 | over-redaction | type acc. | false spans | msg/s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

Scores: `pii_score.py GOLD PRED --json` (false spans: its `false_redactions`). msg/s:
messages per second of the detection call alone, one process on one core, after a warm-up
pass; the median of {passes} passes over the set, alternating between redactors.

Recall by type (items fully covered):

| type | {" | ".join(results)} |
| --- |{" --- |" * len(results)}
{type_rows}

## Targets (issue 5)

{target_lines}

Our detectors were built on this dev set, so our scores on it are optimistic; the figure
that judges the redactor is on the unseen set. Neither peer was tuned to it.

## How each redactor ran

{configurations}

tarja finds Brazilian identifiers only: it has no e-mail, name, address, RG, birth date or
bank account entity. Presidio has no Brazilian document recognizers (CPF, CNPJ, CEP, RG,
plates) and no Portuguese context words, and its NER needs a spaCy model that cannot be
downloaded here, so names and addresses are out of its reach in this set-up.

Types mapped onto the scorer's (only type accuracy reads types; others keep their name):

{mapping}
"""


if __name__ == "__main__":
    main()
