"""Answering from a knowledge base: parsing entries, lexical retrieval, the decision to hand off.

Offline and model-free: BM25 over accent-folded words. An LLM-backed answerer
arrives later behind the same `answer` shape.
"""

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_HEADING = re.compile(r"^##\s+(\S+)\s*$", re.MULTILINE)
_TOKEN = re.compile(r"\[[A-Z_]+_\d+\]")
_WORD = re.compile(r"\w+")

# Common Portuguese function words carry no meaning for retrieval.
_STOPWORDS = frozenset(
    [
        "a",
        "o",
        "as",
        "os",
        "um",
        "uma",
        "uns",
        "umas",
        "de",
        "da",
        "do",
        "das",
        "dos",
        "em",
        "na",
        "no",
        "nas",
        "nos",
        "por",
        "para",
        "pra",
        "com",
        "sem",
        "e",
        "ou",
        "que",
        "se",
        "me",
        "te",
        "lhe",
        "meu",
        "minha",
        "meus",
        "minhas",
        "seu",
        "sua",
        "seus",
        "suas",
        "voce",
        "voces",
        "eu",
        "ele",
        "ela",
        "nos",
        "vos",
        "eles",
        "elas",
        "isso",
        "isto",
        "esse",
        "essa",
        "este",
        "esta",
        "aquele",
        "aquela",
        "ao",
        "aos",
        "à",
        "às",
        "ja",
        "nao",
        "sim",
        "mas",
        "mais",
        "muito",
        "pouco",
        "como",
        "qual",
        "quais",
        "quando",
        "onde",
        "porque",
        "pois",
        "entao",
        "tambem",
        "so",
        "ate",
        "oi",
        "ola",
        "bom",
        "boa",
        "dia",
        "tarde",
        "noite",
        "obrigado",
        "obrigada",
        "por",
        "favor",
        "podem",
        "pode",
        "poderia",
        "gostaria",
        "quero",
        "queria",
    ]
)
_HUMAN_WORDS = frozenset({"atendente", "humano", "humana", "pessoa", "gerente", "supervisor"})

_K1 = 1.5
_B = 0.75


@dataclass(frozen=True)
class KnowledgeEntry:
    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Answer:
    text: str
    entry_id: str | None
    handoff_reason: str | None


HANDOFF_REPLY = (
    "Não tenho certeza sobre isso, então vou chamar uma pessoa da nossa equipe para te ajudar. "
    "Ela vai continuar por aqui."
)


def parse_knowledge(markdown: str, source: str) -> list[KnowledgeEntry]:
    """Entries of a Markdown document: each `## id` heading and the text under it."""
    headings = list(_HEADING.finditer(markdown))
    entries = []
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following else len(markdown)
        text = " ".join(markdown[heading.end() : end].split())
        if text:
            entries.append(KnowledgeEntry(id=heading.group(1), text=text, source=source))
    return entries


def terms(text: str) -> list[str]:
    """Accent-folded, lower-cased content words, with tokens like [CPF_1] removed."""
    folded = unicodedata.normalize("NFKD", _TOKEN.sub(" ", text))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return [_stem(word) for word in _WORD.findall(plain) if word not in _STOPWORDS]


def _stem(word: str) -> str:
    # Plural and a few verb endings; enough to match "pedidos"/"pedido", "trocar"/"troca".
    for suffix in ("oes", "aes", "es", "s", "ar", "er", "ir"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Retriever:
    """BM25 over the knowledge entries."""

    def __init__(self, entries: list[KnowledgeEntry]) -> None:
        self._entries = entries
        self._documents = [Counter(terms(entry.text)) for entry in entries]
        lengths = [sum(document.values()) for document in self._documents]
        self._average_length = sum(lengths) / len(lengths) if lengths else 0.0
        frequency = Counter(term for document in self._documents for term in document)
        count = len(entries)
        self._idf = {
            term: math.log(1 + (count - seen + 0.5) / (seen + 0.5))
            for term, seen in frequency.items()
        }

    def best(self, question: str) -> tuple[KnowledgeEntry, float] | None:
        query = set(terms(question))
        scored = [(self._score(query, index), index) for index in range(len(self._entries))]
        if not scored:
            return None
        score, index = max(scored)
        return (self._entries[index], score) if score > 0 else None

    def _score(self, query: set[str], index: int) -> float:
        document = self._documents[index]
        length = sum(document.values())
        score = 0.0
        for term in query & document.keys():
            tf = document[term]
            norm = tf + _K1 * (1 - _B + _B * length / self._average_length)
            score += self._idf[term] * tf * (_K1 + 1) / norm
        return score


def answer(question: str, retriever: Retriever, min_score: float) -> Answer:
    """The best knowledge entry if it is a confident match; otherwise a hand-off."""
    if _HUMAN_WORDS & set(terms(question)):
        return Answer(HANDOFF_REPLY, None, "customer_asked_for_human")
    best = retriever.best(question)
    if best is None or best[1] < min_score:
        return Answer(HANDOFF_REPLY, None, "low_confidence")
    entry, _ = best
    return Answer(entry.text, entry.id, None)
