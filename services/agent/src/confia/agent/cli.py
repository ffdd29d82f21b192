"""confia-agent ask: run the agent on single customer messages, with no service running.

    confia-agent ask --kb deploy/kb/aurora < messages.jsonl > decisions.jsonl
    confia-agent train --kb deploy/kb/aurora services/agent/training/*.jsonl \
        deploy/kb/aurora/eval-{dev,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,holdout}.jsonl

(the training sets named, so that a set added to the folder to be scored unseen is never
trained on by accident)

`ask` reads `{"id", "text"}` per line (redacted text, as the agent sees it) and writes
`{"id", "action", "sources", "reply", "flags", "reason"}`. The answerer is the one the
settings choose (CONFIA_CHAT_MODEL...; none: the offline retrieval answerer).
`train` fits the offline answerer's intent model and query expansion on labelled sets
(`{"text", "expect", "entry"?}` per line) and writes them where the agent reads them.
"""

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TextIO

from confia.agent.domain import Answerer, decide
from confia.agent.graph import answerer_for
from confia.agent.intent import MODEL_PATH, load_model, train
from confia.agent.knowledge import KnowledgeBase, KnowledgeError, read_knowledge_dir
from confia.agent.retrieval import EXPANSION_PATH, entry_text, learn_expansion, load_expansion
from confia.agent.settings import AnswerSettings


async def ask_lines(
    source: TextIO, sink: TextIO, knowledge: KnowledgeBase, answerer: Answerer
) -> int:
    count = 0
    for line in source:
        if not line.strip():
            continue
        message = json.loads(line)
        decision = await decide(message["text"], [], knowledge, answerer)
        result = {
            "id": message["id"],
            "action": decision.action,
            "sources": list(decision.sources),
            "reply": decision.reply,
            "flags": list(decision.flags),
            "reason": decision.reason,
        }
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="confia-agent ask", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--kb", type=Path, required=True, help="folder of the profile and knowledge"
    )
    parser.add_argument(
        "--trained", type=Path, help="folder `train --out` wrote, instead of the packaged files"
    )
    arguments = parser.parse_args(argv)
    try:
        knowledge = read_knowledge_dir(arguments.kb)
        trained: Path | None = arguments.trained
        intents = load_model(trained / MODEL_PATH.name) if trained else None
        expansion = load_expansion(trained / EXPANSION_PATH.name) if trained else None
    except (OSError, ValueError, KnowledgeError) as error:
        parser.exit(2, f"confia-agent: {error}\n")
    answerer = answerer_for(AnswerSettings(), knowledge, intents, expansion)
    asyncio.run(ask_lines(sys.stdin, sys.stdout, knowledge, answerer))


def labelled(paths: list[Path]) -> list[dict[str, str]]:
    """The messages of labelled sets: `text`, `expect` (the intent), `entry` if answered."""
    messages: list[dict[str, str]] = []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        messages.extend(json.loads(line) for line in lines if line.strip())
    return messages


def answered_pairs(
    messages: list[dict[str, str]], knowledge: KnowledgeBase
) -> list[tuple[str, str]]:
    """(question, text of the entry that answers it) for the messages naming an entry."""
    pairs = []
    for message in messages:
        entry = knowledge.entry(message.get("entry", ""))
        if entry is not None:
            pairs.append((message["text"], entry_text(entry.id, entry.text)))
    return pairs


def train_command(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="confia-agent train",
        description="Fit the offline answerer's intent model and query expansion.",
    )
    parser.add_argument("sets", type=Path, nargs="+", help="labelled JSONL sets")
    parser.add_argument(
        "--kb", type=Path, required=True, help="the knowledge the sets' entries name"
    )
    parser.add_argument(
        "--out", type=Path, default=MODEL_PATH.parent, help="folder to write both files to"
    )
    arguments = parser.parse_args(argv)
    messages = labelled(arguments.sets)
    model = train([(m["text"], m["expect"]) for m in messages])
    expansion = learn_expansion(answered_pairs(messages, read_knowledge_dir(arguments.kb)))
    out: Path = arguments.out
    (out / MODEL_PATH.name).write_text(model.to_json() + "\n", encoding="utf-8")
    body = json.dumps(expansion, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (out / EXPANSION_PATH.name).write_text(body + "\n", encoding="utf-8")
    print(f"{len(model.weights)} features, {len(expansion)} expanded words -> {out}")
