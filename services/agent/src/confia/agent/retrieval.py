"""Lexical retrieval over a business's documents, offline and model-free.

Two views of each document, added up: BM25 over word stems (what the text is about) and
the cosine of character trigrams (what survives typos and missing accents). An entry's
id counts as part of its text: a business names entries after what they answer.
"""

import math
from collections import Counter
from dataclasses import dataclass

from confia.agent.text import STOPWORDS, terms, words

_K1 = 1.2
_B = 0.5
_TRIGRAM_WEIGHT = 4.0


@dataclass(frozen=True)
class Document:
    id: str
    text: str


@dataclass(frozen=True)
class Match:
    id: str
    score: float


class Retriever:
    def __init__(self, documents: list[Document]) -> None:
        self._ids = [document.id for document in documents]
        self._bags = [Counter(terms(f"{_id_words(d.id)} {d.text}")) for d in documents]
        self._trigrams = [_trigrams(f"{_id_words(d.id)} {d.text}") for d in documents]
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
        matches = []
        for index, document_id in enumerate(self._ids):
            score = self._bm25(query, index) + _TRIGRAM_WEIGHT * self._cosine(query_grams, index)
            if score > 0:
                matches.append(Match(document_id, score))
        return sorted(matches, key=lambda match: -match.score)

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
