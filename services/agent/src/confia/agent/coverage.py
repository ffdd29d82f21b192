"""Whether a business's knowledge names what a question asks after.

Retrieval finds the entry nearest a question, but near is not settled: "tem
estacionamento na loja?" lands on the shop's address, "vocês fazem entrega agendada?" on
delivery times, "dá pra pagar metade no PIX e metade no cartão?" on the ways to pay. A
question asking whether the shop has, does, sells or accepts something, or whether
something can be done, is settled by the knowledge only if the knowledge names that
thing somewhere: otherwise it can say neither yes nor no, and the answer is a person's.

It reads the same for any business: the openers are Portuguese and English grammar, the
vocabulary is the business's own knowledge (and the customer words a learnt expansion
maps into it).
"""

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from confia.agent.retrieval import Expansion
from confia.agent.text import STOPWORDS, fold, phrased, terms

# "Vocês têm / fazem / vendem / aceitam X?": X is what is asked after. Not "tem que"
# (an obligation) nor "tem como" (a possibility, below).
_HAS = re.compile(
    r"\b(?:tem(?! (?:que|como|jeito)\b)|tinha|teria|tera|existe|existem|possui|possuem|"
    r"oferece|oferecem|fazem|vende|vendem|aceita|aceitam|trabalha com|trabalham com)\b"
)
_HAS_ENGLISH = re.compile(r"\b(?:do you (?:have|offer|sell|do|accept|take)|is there|are there)\b")
# "Dá pra / tem como / é possível VERB X?": the verb is the doing, X what it is done to.
_CAN = re.compile(
    r"\b(?:da para|tem como|tem (?:algum )?jeito de|e possivel|consigo|posso|podemos)\b"
)
# "Vale-presente", "cartão-fidelidade": a compound names one thing, which the knowledge
# settles only if it names the compound, not its words apart ("vale" and "presente").
_COMPOUND = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")
# "Qual transportadora? Correios ou outra?": a clause that is only a choice between
# things is settled only if the knowledge names the first of them.
_CHOICE = re.compile(r"([a-z]{3,}) ou (?:[a-z]+ )?[a-z]+")
# A question's clauses: a word after a full stop or a comma is no object of the opener.
_CLAUSE = re.compile(r"[?.!,;:\n]+")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_COMPLEMENT = frozenset(["de", "da", "do", "na", "no", "com"])
_REACH = 3  # "vendem no atacado", "tem uma receita": the object follows closely
# Words between the opener and what it asks after: determiners, adverbs, prepositions,
# and qualifiers that name no kind of thing ("tem algum e-mail específico?").
_FILLERS = STOPWORDS | frozenset(
    ["algum", "alguma", "alguns", "algumas", "tipo", "assim", "mesmo", "ainda", "quanto",
     "quanta", "quantos", "quantas", "dentro", "fora", "antes", "depois", "junto", "logo",
     "direto", "la", "amanha", "ontem", "especifico", "especifica", "certo", "certa",
     "proprio", "propria", "novo", "nova", "normal", "igual", "melhor", "disponivel"]
)  # fmt: skip
# After these the opener asks after nothing named ("o que vocês fazem nesse caso?"), asks
# how or when ("tem jeito?", "tem previsão?"), says when ("chegou tem duas semanas"), or
# the question turns to another ("é possível? e com quem eu falo?").
_NO_OBJECT = frozenset(
    ["nesse", "nessa", "nesses", "nessas", "neste", "nesta", "nisso", "disso", "desse",
     "dessa", "isso", "aquilo", "algo", "nada", "nenhum", "nenhuma", "sempre", "quem", "qual",
     "quais", "onde", "quando", "como", "jeito", "previsao", "dois", "duas", "tres", "quatro",
     "cinco", "seis", "sete", "oito", "nove", "dez"]
)  # fmt: skip


class Vocabulary:
    """The stems a business's knowledge names, and the customer words learnt to call for
    them (`Expansion`)."""

    def __init__(self, texts: Iterable[str], expansion: Expansion | None = None) -> None:
        # "e-mail" is also written "email": compounds count joined too.
        joined = [text for given in texts for text in (given, _HYPHEN.sub("", given))]
        stemmed = [terms(text) for text in joined]
        self._stems = {term for text_terms in stemmed for term in text_terms}
        # Stems side by side: "vale presente" names the compound "vale-presente".
        self._pairs = {pair for text_terms in stemmed for pair in pairwise(text_terms)}
        self._words = {_singular(word) for text in joined for word in phrased(text)}
        self._expansion = expansion or {}

    def names(self, word: str) -> bool:
        """The knowledge names `word`, in its own words or through a learnt customer word.
        Numbers and measures ("24cm", "10x") are not things asked after. A compound
        ("vale-presente") is named only as one: joined, or its words side by side."""
        if "-" in word:
            parts = terms(word)
            joined = terms(word.replace("-", ""))
            return all(map(self._named, joined)) or tuple(parts) in self._pairs
        return all(self._named(term) for term in terms(word))

    def names_word(self, word: str) -> bool:
        """The knowledge has `word` itself (or its singular), not only a word of the same
        stem: a named alternative ("correios") is one thing, not a root ("correção")."""
        return _singular(word) in self._words

    def _named(self, term: str) -> bool:
        if not term.isalpha() or term in self._stems:
            return True
        return any(called in self._stems for called, _ in self._expansion.get(term, ()))


def unnamed(question: str, vocabulary: Vocabulary) -> str | None:
    """The word of what `question` asks after that the knowledge never names, if any."""
    asked = next((word for word in asked_after(question) if not vocabulary.names(word)), None)
    return asked or next(
        (word for word in chosen_among(question) if not vocabulary.names_word(word)), None
    )


def chosen_among(question: str) -> Iterator[str]:
    """The first of the alternatives a question offers: "correios ou outra?"."""
    for clause in _CLAUSE.split(question):
        choice = _CHOICE.fullmatch(" ".join(phrased(clause)))
        if choice is not None and _content(choice[1]):
            yield choice[1]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def asked_after(question: str) -> Iterator[str]:
    """The words naming what a "do you have X" or "can I do X" question asks after."""
    for clause in _CLAUSE.split(question):
        said = " ".join(phrased(clause))
        compounds = {match[1]: match for match in _COMPOUND.finditer(fold(clause))}
        second = None
        for word in _asked_in(said):
            if word == second:
                continue  # the compound's second word, already asked after with it
            compound = compounds.get(word)
            second = compound[2] if compound else None
            yield compound[0] if compound else word


def _asked_in(said: str) -> Iterator[str]:
    for opener in _HAS.finditer(said):
        yield from _object(said[opener.end() :].split(), modifier=True)
    for opener in _HAS_ENGLISH.finditer(said):
        yield from _object(said[opener.end() :].split(), modifier=False)
    for opener in _CAN.finditer(said):
        rest = said[opener.end() :].split()
        verb = _first_content(rest)
        if verb is not None and _infinitive(rest[verb]):
            # "dá pra pagar metade no PIX": only a word right after the verb is its object
            # ("dá pra parcelar sem juros" asks after nothing new).
            yield from _object(rest[verb + 1 : verb + 2], modifier=True)
        else:
            yield from _object(rest, modifier=True)


def _object(rest: list[str], modifier: bool) -> Iterator[str]:
    """The first content word and, in Portuguese, what qualifies it right after: an
    adjective ("entrega agendada") or a complement ("tosa na tesoura", "cupom de desconto").
    Not "para" or "em": those say for whom or where ("entregam em Manaus")."""
    first = _first_content(rest)
    if first is None:
        return
    yield rest[first]
    following, after = [*rest[first + 1 : first + 3], "", ""][:2]
    if modifier and _content(following) and not following.endswith("ndo"):
        # A gerund starts another clause: "tem desconto pagando no PIX?"
        yield following
    if modifier and following in _COMPLEMENT and _content(after):
        yield after


def _first_content(rest: list[str]) -> int | None:
    """Where the first content word is, if it comes within a few words of the opener. A
    number, or a participle right after it, says the opener was no question after a
    thing: "chegou tem 2 semanas", "a pessoa já tinha ganhado um" (but "vendem no atacado").
    """
    for index, word in enumerate(rest[:_REACH]):
        if word in _NO_OBJECT or word.isdigit() or (index == 0 and _participle(word)):
            return None
        if _content(word):
            return index
    return None


def _content(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word not in _FILLERS and word not in _NO_OBJECT


def _infinitive(word: str) -> bool:
    """A verb's infinitive: "pagar", "ver", and the personal "mandarem"."""
    return len(word) > 2 and word.endswith(("ar", "er", "ir", "arem", "erem", "irem"))


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ado", "ido", "ados", "idos"))
