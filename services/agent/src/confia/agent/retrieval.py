"""Lexical retrieval over a business's documents, offline.

Two views of each document, added up: BM25 over word stems (what the text is about) and
the cosine of character trigrams (what survives typos and missing accents). An entry's
id counts as part of its text: a business names entries after what they answer.

A third view, when given: a query expansion learnt from labelled questions, the stems
that knowledge answering a customer's word tends to contain ("dinheiro" -> "reembolso",
"refund" -> "reembolso"). It maps words to words, never to entry ids, so it applies to any
business's knowledge that is written in those words.
"""

import functools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from confia.agent.text import STOPWORDS, terms, words

_K1 = 1.2
_B = 0.5
_TRIGRAM_WEIGHT = 4.0
_EXPANSION_WEIGHT = 0.5

# Stem -> (knowledge stem, association) pairs.
Expansion = Mapping[str, Sequence[tuple[str, float]]]
EXPANSION_PATH = Path(__file__).with_name("query-expansion.json")
_MIN_SEEN = 2  # a customer word seen once says nothing general
_MIN_ASSOCIATION = 0.3
_PER_WORD = 5


@dataclass(frozen=True)
class Document:
    id: str
    text: str


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    # The score from the document's own words, without the learnt expansion: how sure
    # retrieval is on its own evidence.
    lexical: float = 0.0
    # How many of the question's stems the document contains: a match carried by one
    # shared word ("interior", "primeira") says little about what the question asks.
    shared: int = 0
    # How many stems the question has: a question of one stem, shared, is all covered.
    asked: int = 0


class Retriever:
    def __init__(self, documents: list[Document], expansion: Expansion | None = None) -> None:
        self._expansion = expansion or {}
        self._ids = [document.id for document in documents]
        self._bags = [Counter(terms(entry_text(d.id, d.text))) for d in documents]
        self._trigrams = [_trigrams(entry_text(d.id, d.text)) for d in documents]
        lengths = [sum(bag.values()) for bag in self._bags]
        self._average_length = sum(lengths) / len(lengths) if lengths else 1.0
        frequency = Counter(term for bag in self._bags for term in bag)
        count = len(documents)
        self._idf = {
            term: math.log(1 + (count - seen + 0.5) / (seen + 0.5))
            for term, seen in frequency.items()
        }
        trigram_frequency = Counter(g for grams in self._trigrams for g in grams)
        self._trigram_idf = {
            gram: math.log(1 + count / seen) for gram, seen in trigram_frequency.items()
        }

    def known_terms(self, text: str) -> set[str]:
        """The stems of `text` that appear in some document."""
        return {term for term in terms(text) if term in self._idf}

    def rank(self, question: str) -> list[Match]:
        """Documents by decreasing relevance to `question` (only those with any)."""
        query = Counter(terms(question))
        query_grams = _trigrams(question)
        expanded = self._expanded(query)
        matches = []
        for index, document_id in enumerate(self._ids):
            lexical = self._bm25(query, index) + _TRIGRAM_WEIGHT * self._cosine(query_grams, index)
            score = lexical + _EXPANSION_WEIGHT * self._expansion_score(expanded, index)
            if score > 0:
                shared = len(query.keys() & self._bags[index].keys())
                matches.append(Match(document_id, score, lexical, shared, len(query)))
        return sorted(matches, key=lambda match: -match.score)

    def _expanded(self, query: Counter[str]) -> dict[str, float]:
        """The knowledge stems the query's words call for, with their association."""
        expanded: dict[str, float] = {}
        for term in query:
            for stem_, association in self._expansion.get(term, ()):
                expanded[stem_] = max(expanded.get(stem_, 0.0), association)
        return expanded

    def _expansion_score(self, expanded: dict[str, float], index: int) -> float:
        bag = self._bags[index]
        return sum(a * self._idf[stem_] for stem_, a in expanded.items() if stem_ in bag)

    def _bm25(self, query: Counter[str], index: int) -> float:
        bag = self._bags[index]
        length = sum(bag.values())
        score = 0.0
        for term in query.keys() & bag.keys():
            tf = bag[term]
            norm = tf + _K1 * (1 - _B + _B * length / self._average_length)
            score += self._idf[term] * tf * (_K1 + 1) / norm
        return score

    def _cosine(self, query: Counter[str], index: int) -> float:
        document = self._trigrams[index]
        shared = query.keys() & document.keys()
        if not shared:
            return 0.0
        weight = self._trigram_idf
        dot = sum(query[g] * document[g] * weight[g] ** 2 for g in shared)
        query_norm = math.sqrt(sum((n * weight.get(g, 0.0)) ** 2 for g, n in query.items()))
        document_norm = math.sqrt(sum((n * weight[g]) ** 2 for g, n in document.items()))
        return dot / (query_norm * document_norm) if query_norm and document_norm else 0.0


def _id_words(document_id: str) -> str:
    words_of_id = document_id.split(":")[-1].replace("-", " ").replace("_", " ")
    return f"{words_of_id} {words_of_id}"


def _trigrams(text: str) -> Counter[str]:
    grams: Counter[str] = Counter()
    for word in words(text):
        if word in STOPWORDS or len(word) < 3:
            continue
        padded = f" {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def learn_expansion(pairs: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, float]]]:
    """From `(question, text of the knowledge that answers it)` pairs, the knowledge stems
    each question stem goes with more often than chance: P(stem in answer | word asked)
    minus P(stem in answer)."""
    together: defaultdict[str, Counter[str]] = defaultdict(Counter)
    asked: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    count = 0
    for question, answer in pairs:
        answer_terms = set(terms(answer))
        answered.update(answer_terms)
        count += 1
        for term in set(terms(question)):
            asked[term] += 1
            together[term].update(answer_terms)
    expansion = {}
    for term, seen in sorted(asked.items()):
        if seen < _MIN_SEEN:
            continue
        scored = [(s, n / seen - answered[s] / count) for s, n in together[term].items()]
        best = sorted(scored, key=lambda pair: (-pair[1], pair[0]))[:_PER_WORD]
        kept = [(s, round(a, 3)) for s, a in best if a >= _MIN_ASSOCIATION and s.isalpha()]
        if kept:
            expansion[term] = kept
    return expansion


def entry_text(document_id: str, text: str) -> str:
    """What retrieval reads of an entry: its id's words and its text."""
    return f"{_id_words(document_id)} {text}"


def load_expansion(path: Path) -> Expansion:
    body: dict[str, list[list[object]]] = json.loads(path.read_text(encoding="utf-8"))
    return {term: [(str(s), float(str(a))) for s, a in pairs] for term, pairs in body.items()}


@functools.cache
def packaged_expansion() -> Expansion:
    """The expansion shipped with the agent (`confia-agent train` writes it)."""
    return load_expansion(EXPANSION_PATH)
