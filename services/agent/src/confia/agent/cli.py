"""confia-agent ask: run the agent on single customer messages, with no service running.

    confia-agent ask --kb deploy/kb/aurora < messages.jsonl > decisions.jsonl
    confia-agent train-intent deploy/kb/aurora/eval-*.jsonl

`ask` reads `{"id", "text"}` per line (redacted text, as the agent sees it) and writes
`{"id", "action", "sources", "reply", "flags", "reason"}`. The answerer is the one the
settings choose (CONFIA_CHAT_MODEL...; none: the offline retrieval answerer).
`train-intent` fits the offline answerer's intent model on labelled sets (`{"text",
"expect"}` per line) and writes it where the agent reads it.
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
        "--intent-model", type=Path, help="intent model to use instead of the packaged one"
    )
    arguments = parser.parse_args(argv)
    try:
        knowledge = read_knowledge_dir(arguments.kb)
        intents = load_model(arguments.intent_model) if arguments.intent_model else None
    except (OSError, ValueError, KnowledgeError) as error:
        parser.exit(2, f"confia-agent: {error}\n")
    answerer = answerer_for(AnswerSettings(), knowledge, intents)
    asyncio.run(ask_lines(sys.stdin, sys.stdout, knowledge, answerer))


def labelled(paths: list[Path]) -> list[tuple[str, str]]:
    """The `(text, intent)` pairs of evaluation sets (`expect` is the intent)."""
    pairs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                message = json.loads(line)
                pairs.append((message["text"], message["expect"]))
    return pairs


def train_intent(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="confia-agent train-intent", description="Fit the offline intent model."
    )
    parser.add_argument("sets", type=Path, nargs="+", help="labelled JSONL sets")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write it")
    arguments = parser.parse_args(argv)
    model = train(labelled(arguments.sets))
    arguments.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{len(model.weights)} features -> {arguments.out}")
