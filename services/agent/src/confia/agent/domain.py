"""The agent's judgement: answer, hand off or refuse, and why.

`decide` runs the input guardrails, asks an answerer for a draft (the offline retrieval
answerer, or a language model behind the same `Answerer` shape), runs the output checks,
and returns a `Decision` that says what to send and why: the record a person reviews
when the customer asks about an automated decision (LGPD art. 20).
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from confia.agent.corrections import read_corrected
from confia.agent.coverage import (
    Vocabulary,
    asks_of_a_product,
    asks_of_the_service,
    asks_the_shop_to_do,
    asks_to_send_abroad,
    asks_where_or_when_the_shop_is,
    bought_at,
    coined_names,
    done_at,
    entries_asked_after_by_name,
    entries_naming_site_parts,
    places_of,
    quoted_names,
    speaks_of_an_account,
    speaks_of_goods_had_or_offered,
    times_asked,
    trade_terms,
    unnamed,
    with_coined_names,
)
from confia.agent.guardrails import (
    InputVerdict,
    OutputVerdict,
    asks_how_it_goes,
    asks_the_data_policy,
    asks_when_people_answer,
    check_input,
    check_output,
    denies_handoff,
    follows_up,
    unframed,
    without_identity,
)
from confia.agent.knowledge import KnowledgeBase, Profile
from confia.agent.retrieval import Document, Expansion, Match, Retriever, entry_text
from confia.agent.spanish import read_in_portuguese, reads_as_spanish
from confia.agent.text import (
    capital_sent_to,
    fold,
    plain,
    stem,
    terms,
    the_shop_named,
    tokens_in,
    without_courtesies,
    words,
)

Action = Literal["answer", "handoff", "refuse"]
Role = Literal["customer", "agent", "human"]
# The languages the agent's own replies are written in.
Language = Literal["pt", "en", "es"]

_HANDOFF_RULE = "handoff:"
_RULE_MARGIN = 1.25  # a profile rule wins over the best entry only by this much
_REPEAT_OVERLAP = 0.8
# What the business says it never does: "Não fazemos reservas de produtos".
_NEVER_DONE = re.compile(r"\bnao (?:fazemos|aceitamos|oferecemos) (\w+)")
# The words of an entry whose rule is for the site's orders: its purchases, its exchanges.
_RULES_OF_ORDERS = ("site", "troca")
# Stems left after the question on what the agent is, for it to ask something else too.
_MIN_ALSO_ASKED = 2
# What a customer who tells of a condition asks the place to provide (quiet, no queue, a ramp, a
# seat): not in the knowledge however near an entry reads ("sou autista, a loja física tem
# horário com menos barulho?"), so for a person.
_ACCOMMODATION = re.compile(
    r"\b(?:barulh\w*|silenci\w*|tranquil\w*|cheia|cheio|lotad\w*|filas?|prioridade|"
    r"prioritari\w*|acessib\w*|acessivel|rampas?|elevador\w*|escadas?|cadeiras?|sentar|"
    r"acompanhante|vagas?|estacionamento)\b"
)
# Families outside customer service that are still the business's to answer.
_FOR_THE_BUSINESS_PEOPLE = frozenset(["business_proposals"])
# How far down the ranking a question on how long looks for an entry that says a time.
_TIMED_REACH = 3
# How far down the ranking the entry that places the shop, or speaks of the data, may be.
_PLACE_REACH = 3
_TIMED_NEAR = 0.7  # ...and found nearly as clearly as the first
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "my",
        "you",
        "your",
        "is",
        "are",
        "do",
        "does",
        "i",
        "to",
        "what",
        "when",
        "where",
        "how",
        "can",
        "please",
        "order",
        "delivery",
        "refund",
        "want",
        "need",
        "with",
        "this",
        "that",
        "it",
        "was",
    ]
)


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str


@dataclass(frozen=True)
class Draft:
    """What an answerer proposes; `decide` still checks it before anything is sent."""

    reply: str
    sources: tuple[str, ...] = ()
    handoff_reason: str | None = None
    out_of_scope: bool = False
    score: float | None = None
    # The answerer reads an attack the guardrails' patterns missed: refused and flagged.
    injection: bool = False


class Answerer(Protocol):
    @property
    def id(self) -> str:
        """Which answerer (and model) drafted: kept in every decision record."""
        ...

    async def draft(
        self, question: str, history: Sequence[Turn], knowledge: KnowledgeBase
    ) -> Draft: ...


class IntentReader(Protocol):
    """What a message wants: a probability per intent (`confia.agent.intent.INTENTS`)."""

    def probabilities(self, text: str) -> dict[str, float]: ...


class AnswererFailed(Exception):  # noqa: N818 - a failure, named as one
    """The answerer could not draft (a model timed out, the budget ran out...)."""


@dataclass(frozen=True)
class Decision:
    action: Action
    reply: str
    reason: str
    answerer: str
    sources: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    input_verdict: InputVerdict = field(default_factory=InputVerdict)
    output_verdict: OutputVerdict | None = None
    score: float | None = None


def read_as_meant(question: str) -> str:
    """The message as the guardrails and the knowledge read it: they read Portuguese (and
    English), so Spanish is read in Portuguese words; and a word the keyboard changed is read
    as its writer corrected it ("aceita pus? *pix")."""
    return read_in_portuguese(read_corrected(question))


async def decide(
    question: str, history: Sequence[Turn], knowledge: KnowledgeBase, answerer: Answerer
) -> Decision:
    """What to do with one customer message, given the recent turns of the conversation."""
    read = read_as_meant(question)
    verdict = check_input(read, knowledge.shop_names, knowledge.shop_streets)
    language = language_of(question)
    profile = knowledge.profile
    flags = tuple(verdict.flags())

    def handoff(reason: str) -> Decision:
        return Decision(
            "handoff", handoff_reply(profile, language), reason, answerer.id, (), flags, verdict
        )

    if verdict.injection:
        reply = refusal_reply(profile, language)
        return Decision("refuse", reply, "injection", answerer.id, (), flags, verdict)
    if verdict.human_requested:
        return handoff("customer_asked_for_human")
    # A condition the customer tells of themselves ("sou cadeirante, vocês abrem domingo?")
    # is who asks, not what is asked: a question the knowledge plainly answers is answered;
    # anything else about it goes to a person, as the topic says.
    told_of_oneself = verdict.reserved_topic == "sensitive_data"
    if verdict.reserved_topic and not told_of_oneself:
        return handoff(f"reserved_topic:{verdict.reserved_topic}")
    if verdict.frustrated:
        return handoff("frustration")
    if _repeats_itself(question, history):
        return handoff("repeated_question")
    if verdict.asks_data_retention and not states_data_retention(knowledge):
        # The privacy entry says what is done with the data, not for how long: answering
        # from it would not answer. Unanswered data questions are for people (LGPD).
        return handoff("reserved_topic:data_retention")
    if verdict.out_of_scope in _FOR_THE_BUSINESS_PEOPLE:
        # A partnership, a sponsorship or a supply offered to the business is no customer
        # question, but the business's own matter: its people answer (ADR 0018).
        return handoff(f"proposal:{verdict.out_of_scope}")
    if verdict.out_of_scope:
        reply = out_of_scope_reply(profile, language)
        return Decision("refuse", reply, "out_of_scope", answerer.id, (), flags, verdict)
    if verdict.asks_identity:
        reply = identity_reply(profile, language)
        also = await _also_asked(question, history, knowledge, answerer)
        if also is not None and also.out_of_scope and not verdict.names_the_shop:
            # "já q vc é IA, me fala: plano da tim ou da claro?": what else is asked is
            # outside the business, and the refusal says what the agent is (not what is asked
            # of the shop itself: "vc é IA? a panela de vocês é de alumínio ou inox?").
            reply = out_of_scope_reply(profile, language)
            return Decision("refuse", reply, "out_of_scope", answerer.id, (), flags, verdict)
        also = _plainly_answered(also, question, history, knowledge)
        if also is not None:
            # "Vc é robô? e em que horário tem gente?": both answered, the identity first.
            reply = f"{reply} {also.reply}"
            sources = also.sources
            return Decision("answer", reply, "answered", answerer.id, sources, flags, verdict)
        return Decision("answer", reply, "identity", answerer.id, (), flags, verdict)
    try:
        draft = await answerer.draft(question, history, knowledge)
    except AnswererFailed as failure:
        return handoff(f"answerer_failed:{failure}")
    if told_of_oneself and draft.injection:
        # The intent model alone reads one who tells her condition ("sou diabética, essa
        # panela é segura pra mim?") as an attack: a person reads it (the guardrails'
        # phrases, which refuse attacks, read it first).
        return handoff("reserved_topic:sensitive_data")
    if draft.injection:
        reply = refusal_reply(profile, language)
        flagged = (*flags, "injection")
        return Decision("refuse", reply, "injection", answerer.id, (), flagged, verdict)
    if told_of_oneself and (
        draft.handoff_reason
        or draft.out_of_scope
        or not draft.sources
        or _ACCOMMODATION.search(plain(read))
    ):
        return handoff("reserved_topic:sensitive_data")
    if draft.handoff_reason:
        return handoff(draft.handoff_reason)
    if draft.out_of_scope and follows_up(plain(read)):
        # "ainda nada", "e aí, conseguiu ver?": of something said before, which the message
        # does not say; not outside the business, and a person can find it.
        return handoff("follow_up")
    if draft.out_of_scope and verdict.names_the_shop:
        # About the shop's own service, but nothing in the knowledge matches: a person.
        return handoff("low_confidence")
    if draft.out_of_scope:
        reply = out_of_scope_reply(profile, language)
        return Decision("refuse", reply, "out_of_scope", answerer.id, (), flags, verdict)
    checked = check_output(draft.reply, _seen_tokens(question, history), profile.text)
    if not checked.ok:
        decision = handoff("output_check:" + ",".join(checked.problems()))
        return replace(decision, output_verdict=checked, flags=(*flags, *checked.problems()))
    reply = draft.reply
    if not any(turn.role == "agent" for turn in history):
        reply = f"{greeting(profile, language)} {reply}"
    return Decision(
        "answer",
        reply,
        "answered",
        answerer.id,
        draft.sources,
        flags,
        verdict,
        checked,
        draft.score,
    )


def _placing_the_shop(entries: list[Match], knowledge: KnowledgeBase) -> Match | None:
    """The first of `entries` whose text names a street of the business's places."""
    streets = knowledge.shop_streets
    for match in entries:
        entry = knowledge.entry(match.id)
        if entry is not None and any(street in entry.text for street in streets):
            return match
    return None


async def _also_asked(
    question: str, history: Sequence[Turn], knowledge: KnowledgeBase, answerer: Answerer
) -> Draft | None:
    """The draft for what else a question on the agent's identity asks; None when nothing
    else is asked or the answerer fails."""
    rest = without_identity(question)
    if len(terms(rest)) < _MIN_ALSO_ASKED:
        return None
    try:
        return await answerer.draft(rest, history, knowledge)
    except AnswererFailed:
        return None


def _plainly_answered(
    draft: Draft | None, question: str, history: Sequence[Turn], knowledge: KnowledgeBase
) -> Draft | None:
    """The draft, if the knowledge plainly answers what else was asked; None when it is for
    a person or nothing else was asked."""
    if draft is None:
        return None
    if not draft.sources or draft.handoff_reason or draft.out_of_scope or draft.injection:
        return None
    checked = check_output(draft.reply, _seen_tokens(question, history), knowledge.profile.text)
    return draft if checked.ok else None


def _seen_tokens(question: str, history: Sequence[Turn]) -> set[str]:
    """The redaction tokens this conversation has shown: the only ones a reply may carry."""
    return tokens_in(question).union(*(tokens_in(turn.text) for turn in history))


class RetrievalAnswerer:
    """The offline answerer: the best-matching knowledge entry, when it is a clear match.

    The profile's hand-off rules are indexed with the entries, so a message that reads
    most like one of them goes to a person. Below `min_score` the message is about the
    business but unclear (hand off); with no word of the business at all, it is outside
    the business (refuse politely, never answer from the knowledge). A clear match is
    still handed off when the question asks whether the shop has or does something the
    knowledge never names (`confia.agent.coverage`).

    With an intent model (`confia.agent.intent`), what the guardrails' patterns let
    through is read once more: an attack, a message for a person or one outside the
    business is treated as such when the model is sure enough (`IntentThresholds`), and a
    question it is sure of is answered from a weaker match if one entry clearly leads.
    """

    id = "retrieval-bm25"

    def __init__(
        self,
        knowledge: KnowledgeBase,
        min_score: float,
        out_of_scope_score: float,
        intents: IntentReader | None = None,
        thresholds: "IntentThresholds | None" = None,
        expansion: Expansion | None = None,
    ) -> None:
        # Retrieval reads the business's names as one word, in the knowledge and in questions
        # alike ("o endereço da Aurora"): `_rank`.
        self._shop_names = knowledge.shop_names
        documents = [
            Document(entry.id, the_shop_named(entry.text, self._shop_names))
            for entry in knowledge.entries
        ]
        documents += [
            Document(f"{_HANDOFF_RULE}{number}", rule)
            for number, rule in enumerate(knowledge.profile.handoff_rules, start=1)
        ]
        self._retriever = Retriever(documents, expansion)
        # What the knowledge names is read as the questions are (`_shop_question`).
        entry_texts = {
            entry.id: the_shop_named(entry_text(entry.id, entry.text), self._shop_names)
            for entry in knowledge.entries
        }
        self._vocabulary = Vocabulary(entry_texts.values(), expansion)
        # Each entry's own words: what is added to its service, or where it applies, must be
        # named by the entry itself (`confia.agent.coverage.qualifying`).
        self._entry_vocabularies = {
            entry_id: Vocabulary([text], expansion) for entry_id, text in entry_texts.items()
        }
        # The entries that state a period ("em até 30 dias"), with their own stems, once.
        self._stems_stating_periods = {
            entry.id: set(terms(fold(entry.text)))
            for entry in knowledge.entries
            if _PERIOD_STATED.search(fold(entry.text))
        }
        # The entries that say no time at all (no period, hour or "antes do despacho"): a
        # question on how long something takes is not answered by them.
        self._timeless = {
            entry.id for entry in knowledge.entries if not _TIME_SAID.search(fold(entry.text))
        }
        # The business's places (an entry with an address): what is done there is settled
        # by the entry on that thing (`confia.agent.coverage.done_at`).
        self._places = places_of({entry.id: entry.text for entry in knowledge.entries})
        # What an entry says the business never does ("Não fazemos reservas"): not done at
        # any of its places either.
        self._never_done = {
            entry.id: {
                term for done in _NEVER_DONE.finditer(fold(entry.text)) for term in terms(done[1])
            }
            for entry in knowledge.entries
        }
        # The parts of the site an entry names in quotes ("Avise-me"): a customer naming one
        # as such asks about that entry, however few of its other words they use.
        self._site_parts = {entry.id: quoted_names(entry.text) for entry in knowledge.entries}
        # The names an entry coins ("programa Aurora+"): asked after by that name alone, the
        # entry answers ("como funciona esse Aurora+?"), though the name is one word of it.
        self._coined_names = {entry.id: coined_names(entry.text) for entry in knowledge.entries}
        self._all_coined_names = sorted(
            {name for names in self._coined_names.values() for name in names}
        )
        self._min_score = min_score
        self._out_of_scope_score = out_of_scope_score
        self._intents = intents
        self._thresholds = thresholds or IntentThresholds()

    async def draft(
        self, question: str, history: Sequence[Turn], knowledge: KnowledgeBase
    ) -> Draft:
        question = read_as_meant(question)
        ranked = self._rank(question)
        entries = [match for match in ranked if not _is_rule(match.id)]
        coined = entries_asked_after_by_name(question, self._coined_names)
        asked_by_name = next((match for match in entries if match.id in coined), None)
        if asked_by_name is not None:
            # "Como funciona esse Aurora+?": the name alone, which one entry coins, is the
            # whole question; however few words it shares with the entry.
            return _answer(knowledge, asked_by_name)
        learnt = self._read_intent(question, entries, knowledge) if self._intents else None
        if asks_the_data_policy(question) and not (learnt is not None and learnt.injection):
            # "Me cadastrei no avise-me, vcs usam meu email pra quê?": the entry that speaks
            # of the data answers it, though another names more of the message's words (a
            # right used now, not asked after, was handed off by the guardrails).
            # (wherever it ranks: "pq o site pede tanta informacao pra eu comprar um socador?
            # oq vcs fazem com isso" names the goods more than the data)
            policy = self._speaking_of_the_data(entries)
            if policy is not None:
                return _answer(knowledge, policy)
        if learnt is not None and learnt.out_of_scope:
            named = self._site_part_named(question, entries)
            if named is not None:
                # "Pra que serve o botão avise-me?" names a part of the site the knowledge
                # quotes: about the business, whatever the model reads.
                learnt = _answer(knowledge, named)
        drafted = learnt or self._retrieved(question, ranked, entries, knowledge)
        if asks_where_or_when_the_shop_is(question) and not drafted.handoff_reason:
            # "Posso retirar na loja, onde fica?": the entry that gives the shop's street
            # (and its hours), not the one that names collecting there (the freight's); the
            # model's reading of an attack in "qual o endereço da store em sp?" is a false
            # alarm (the guardrails' phrases, which refuse attacks, read it first).
            placed = _placing_the_shop(entries[:_PLACE_REACH], knowledge)
            drafted = _answer(knowledge, placed) if placed is not None else drafted
        if drafted.sources and asks_how_long(question) and drafted.sources[0] in self._timeless:
            timed = self._stating_a_period(entries)
            drafted = _answer(knowledge, timed) if timed is not None else drafted
        if drafted.out_of_scope and (
            asks_the_shop_to_do(self._shop_question(question))
            or asks_of_a_product(question)
            or asks_of_the_service(question)
            or (
                learnt is None
                and (speaks_of_goods_had_or_offered(question) or speaks_of_an_account(question))
            )
        ):
            # "Vocês gravam o nome nas taças?", "o micro-ondas de 30L é 127 ou 220?", "pode
            # deixar com o zelador?": none of the knowledge's words, but the shop's own
            # question; a person can say.
            return Draft("", handoff_reason="not_in_knowledge", score=drafted.score)
        if drafted.sources and self._unsettled(question, drafted.sources[0]):
            # "Tem estacionamento na loja?": the nearest entry (the shop's address) is
            # about the question but cannot settle it, as the knowledge never names what
            # is asked after. A person can say yes or no.
            return Draft("", handoff_reason="not_in_knowledge", score=drafted.score)
        return drafted

    def _speaking_of_the_data(self, entries: list[Match]) -> Match | None:
        """The first of `entries` that speaks of the customer's data."""
        return next((m for m in entries if self._entry_vocabularies[m.id].names("dados")), None)

    def _stating_a_period(self, entries: list[Match]) -> Match | None:
        """For "frete grátis demora quanto tempo pra chegar?", found first in an entry that
        says no time: the next entry that states a period (not opening hours), if it is
        found nearly as clearly."""
        near = max(self._min_score, _TIMED_NEAR * entries[0].lexical)
        reach = entries[1:_TIMED_REACH]
        timed = next((match for match in reach if match.id in self._stems_stating_periods), None)
        return timed if timed is not None and timed.lexical >= near else None

    def _unsettled(self, question: str, entry_id: str) -> bool:
        """The question asks after something the knowledge (or the entry) never names."""
        entry = self._entry_vocabularies.get(entry_id)
        return (
            unnamed(self._shop_question(question), self._vocabulary, entry) is not None
            or self._done_elsewhere(question, entry_id)
            or self._bought_where_the_entry_does_not_apply(question)
            or self._asked_at_another_time(question, entry_id)
            or (asks_how_long(question) and entry_id in self._timeless)
        )

    def _rank(self, question: str) -> list[Match]:
        """The entries and rules nearest the question, its coined names spelled as the
        knowledge writes them and the business's names as one word."""
        spelled = with_coined_names(
            _gift_as_circumstance(without_courtesies(question)), self._all_coined_names
        )
        return self._retriever.rank(the_shop_named(spelled, self._shop_names))

    def _sent_to_its_capitals(self, question: str, entry_id: str) -> bool:
        """The question names a state capital as where something goes, the entry speaks of
        capitals and names every other word of it: "qual o prazo pra BH?" is the entry's
        "prazo" and, as "capitais do Sudeste", "BH" (not "qual o prazo de inscrição pro
        Rio?")."""
        capital = capital_sent_to(question)
        entry = self._entry_vocabularies[entry_id]
        if capital is None or not entry.names("capital"):
            return False
        rest = [word for word in words(question) if terms(word) and word not in capital.split()]
        return all(entry.names(word) for word in rest)

    def _period_stated(self, question: str, entry_id: str) -> bool:
        """The question asks a period ("qual prazo pra troca?"), the entry states one ("em
        até 30 dias") and has every other word of the question itself (not only through a
        learnt customer word: "qual o prazo de despacho?" is no delivery time): the entry
        covers the "prazo" it never says as such."""
        asked = set(terms(question))
        stems = self._stems_stating_periods.get(entry_id)
        if stems is None or not asked & _PERIOD_ASKED:
            return False
        return asked - _PERIOD_ASKED <= stems

    def _shop_question(self, question: str) -> str:
        """The question as `confia.agent.coverage` reads it: "os produtos da Aurora" are
        the shop's own ("da estaloja"), not a thing asked after."""
        return the_shop_named(question, self._shop_names)

    def _asked_at_another_time(self, question: str, entry_id: str) -> bool:
        """The entry was found by the days the question names, but the question is about
        another entry's service, which never names them: "vocês entregam no sábado e
        domingo?" finds the shop's opening days; delivery never names a weekend."""
        times, rest = times_asked(question)
        if not times:
            return False
        entries = [match for match in self._rank(rest) if not _is_rule(match.id)]
        if not entries or entries[0].id == entry_id:
            return False  # the same entry, at those times: "a loja abre no domingo?"
        if entries[0].lexical < self._out_of_scope_score:
            return False  # nothing but the days: "e no sábado?"
        found = next((match for match in entries if match.id == entry_id), None)
        if found is not None and found.lexical >= self._out_of_scope_score:
            return False  # found by more than the days: "opening hours on holidays"
        about = self._entry_vocabularies[entries[0].id]
        return not all(about.names(time) for time in times)

    def _done_elsewhere(self, question: str, entry_id: str) -> bool:
        """The question asks whether something is done at one of the business's places, and
        the entry on that thing never names the place: "posso fazer a troca na loja física?"
        (the exchange entry names no shop; the shop's entry names no exchange)."""
        for place_id, rest in done_at(question, self._places):
            # (the place asked after as itself, only what was to be done there is left: "dá
            # pra pagar em dinheiro na loja física? ela atende até as 20h?" asks the paying)
            itself = _THE_PLACE_ITSELF.search(rest)
            if itself is not None:
                rest = rest[: itself.start()]
            entries = [match for match in self._rank(rest) if not _is_rule(match.id)]
            if not entries or entries[0].id == place_id:
                # about the place itself: "posso ir na loja no domingo?", "dá pra passar na
                # loja física, ela funciona até que horário?"
                continue
            if entries[0].lexical < self._out_of_scope_score:
                continue  # nothing of the knowledge is left: "posso ir na loja?"
            # (the answer itself, not another entry's: "dá pra reservar um horário pra retirar
            # meu pedido na loja?" is answered by no word on reservations)
            if entries[0].id == entry_id and self._never_done[entry_id] & set(terms(rest)):
                continue  # "posso reservar pra buscar na loja?": "Não fazemos reservas"
            if not self._names_the_place(entries[0].id, place_id):
                return True
        return False

    def _bought_where_the_entry_does_not_apply(self, question: str) -> bool:
        """A purchase made at one of the business's places, asked of an entry whose rule is
        for the site's: "comprei na loja física, vale os 7 dias?" ("compras feitas pelo
        site podem ser devolvidas em até 7 dias": the shop's purchases are not said), or for
        its orders' exchanges ("comprei na loja física, posso trocar pelo site?")."""
        for place_id, rest in bought_at(question, self._places):
            entries = [
                match
                for match in self._rank(rest)
                if not _is_rule(match.id) and match.id != place_id
            ]
            if not entries or entries[0].lexical < self._out_of_scope_score:
                continue
            entry_id = entries[0].id
            entry = self._entry_vocabularies[entry_id]
            if any(map(entry.names_word, _RULES_OF_ORDERS)) and not (
                self._names_the_place(entry_id, place_id)
            ):
                return True
        return False

    def _names_the_place(self, entry_id: str, place_id: str) -> bool:
        entry = self._entry_vocabularies[entry_id]
        return all(entry.names(word) for word in self._places[place_id])

    def _read_intent(
        self, question: str, entries: list[Match], knowledge: KnowledgeBase
    ) -> Draft | None:
        """The intent model's draft, or None to let retrieval decide alone."""
        assert self._intents is not None
        # A helper's role asked of the agent is no attack (`unframed`): the model reads
        # the question that follows it.
        probabilities = self._intents.probabilities(unframed(question))
        if denies_handoff(self._shop_question(question)):
            # The customer said it in the negative ("não precisa chamar ninguém"): the
            # model's words-based reading of a hand-off goes against what they asked.
            probabilities = {**probabilities, "handoff": 0.0}
        if asks_when_people_answer(question):
            # A person named as whom the hours are of ("sábado tem humano respondendo?"): the
            # model reads the person; the customer asks when (a request is the guardrails').
            probabilities = {**probabilities, "handoff": 0.0}
        evidence = entries[0].lexical if entries else 0.0
        clear = evidence >= self._min_score
        # Covered: enough of the question's stems in the entry, or its one stem read from a
        # phrase ("como faço pra acompanhar minha entrega" is "rastreio"; not a lone word the
        # entry happens to use, "capital?").
        covered = bool(entries) and (
            entries[0].shared >= self._thresholds.covering_words
            or (
                entries[0].asked == entries[0].shared == 1
                and (_read_as_a_phrase(question) or _asks_how_to(question))
            )
            or (entries[0].shared >= 1 and self._sent_to_its_capitals(question, entries[0].id))
            or (entries[0].shared >= 1 and self._period_stated(question, entries[0].id))
        )
        thresholds = self._thresholds.given(clear, covered)
        if "?" in question and (any(trade_terms(question)) or asks_to_send_abroad(question)):
            # "Do you give discounts for bulk orders?", "do you ship internationally?": a
            # buyer's question on terms of trade or the shop's service; the model alone calls
            # it an attack only when it is sure.
            thresholds = thresholds.answered()
        if clear and covered and self._thresholds.answered_lead_of(entries):
            thresholds = thresholds.answered()
            if asks_how_it_goes(question):
                # "O estorno cai na mesma fatura?": the model reads a person's topic (a
                # charge, a refund) in the words; the customer asks how it goes, told
                # nothing of their own case, and the entry plainly says it.
                probabilities = {**probabilities, "handoff": 0.0}
        learnt = intent_draft(probabilities, thresholds)
        if learnt is not None:
            return replace(learnt, score=evidence)
        sure = probabilities["answer"] >= self._thresholds.answer
        if sure and entries and self._thresholds.clear_lead(entries):
            return _answer(knowledge, entries[0])
        return None

    def _retrieved(
        self, question: str, ranked: list[Match], entries: list[Match], knowledge: KnowledgeBase
    ) -> Draft:
        """Retrieval's own draft. The learnt expansion may reorder the entries, but how
        sure retrieval is rests on the words of the knowledge alone (`Match.lexical`)."""
        top = max((match.lexical for match in ranked), default=0.0)
        if top < self._out_of_scope_score:
            return Draft("", out_of_scope=True, score=top)
        if ranked[0] is not (entries[0] if entries else None):
            best_entry = entries[0].score if entries else 0.0
            if ranked[0].score >= _RULE_MARGIN * best_entry:
                return Draft("", handoff_reason=f"profile_rule:{ranked[0].id}", score=top)
        named = self._site_part_named(question, entries)
        if named is not None:
            return _answer(knowledge, named)
        if not entries or entries[0].lexical < self._min_score:
            score = entries[0].lexical if entries else 0.0
            return Draft("", handoff_reason="low_confidence", score=score)
        return _answer(knowledge, entries[0])

    def _site_part_named(self, question: str, entries: list[Match]) -> Match | None:
        """The best-ranked entry whose quoted part of the site the question names as one."""
        naming = entries_naming_site_parts(question, self._site_parts)
        return next((match for match in entries if match.id in naming), None)


# The place named again as what is asked after: "...na loja física, ela funciona até que horário?"
_THE_PLACE_ITSELF = re.compile(
    r"\b(?:ela|ele|la) (?:funciona|abre|fecha|atende|fica aberta|esta aberta|estara aberta)\b"
)


# A gift is most often the circumstance, not the question: "como faço pra acompanhar o
# presente que mandei pra minha mãe?" asks the tracking, "a nota do presente vem por
# email?" the invoice. Only with its wrapping, or sent as one, is the gift asked after.
_GIFT = re.compile(r"\b(?:presente|presentes|presentear|gift|gifts)\b")
_GIFT_ASKED = re.compile(
    # (a card to pay with is no card with the gift: "meu cartão é Elo, consigo usar pra comprar
    # o presente?")
    # (a parcel made a gift, not the order's: "comprei o presente, onde ta o pacote?")
    r"\b(?:embrulh\w*|embal\w*|pacot\w* (?:\w+ )?(?:de |para |pra )presente|papel|laco|fita|"
    r"(?<!meu )cartao(?! (?:de credito|de debito|e|elo|visa|master\w*)\b)|cartaozinho|"
    r"como presente|para "
    r"presente|pra presente|opcao|junto\w*|dentro|sem (?:a )?nota|sem (?:o )?(?:preco|valor)|"
    r"wrap\w*|(?<=gift )rap+\w*)\b"
    # ...or what goes with it, or the service itself: "dá pra mandar de presente com um
    # bilhete?", "o presente vai com o preço?", "é presente, conseguem não mandar a nota?",
    # "vcs fazem presente?", "quanto é pra presentear?", "do you offer gift service?", "can I
    # send it as a gift?"
    r"|\b(?:bilhete|cartinha|recado|(?:vai|vem|vao) com (?:o )?(?:preco|valor)|nao (?:mandar|"
    r"enviar|mandem|enviem|ir|vir|vai|vem|colocar|coloquem) (?:a )?(?:nota|nf)|(?:fazem|faz|"
    r"fariam|faria) (?:um )?presente|quanto (?:e|custa|fica|sai|cobra\w*)(?: \w+){0,2} (?:pra|"
    r"para|de) presentear|gift (?:service|option|message|note|box|bag)s?|(?:send|ship|deliver|"
    r"mail)\w* (?:it |this |them )?as a gift)\b"
)


def _gift_as_circumstance(question: str) -> str:
    """The question without its gift words when the gift is not what it asks after."""
    folded = fold(question)
    if not _GIFT.search(folded) or _GIFT_ASKED.search(folded):
        return question
    return _GIFT.sub(" ", folded)


def _answer(knowledge: KnowledgeBase, match: Match) -> Draft:
    entry = knowledge.entry(match.id)
    assert entry is not None  # the index was built from these entries
    return Draft(entry.text, sources=(entry.id,), score=match.score)


@dataclass(frozen=True)
class IntentThresholds:
    """How sure the intent model must be before its reading overrides retrieval."""

    # Read off the model's leave-one-set-out precision/recall curve, where it bends: a
    # missed hand-off costs more than a needless one.
    injection: float = 0.4
    handoff: float = 0.4
    not_answer: float = 0.4
    # A message the model reads as a question is answered from a weaker match.
    answer: float = 0.7
    answer_floor: float = 2.0
    answer_lead: float = 1.3
    # A clear knowledge match (the answerer's `min_score` or more) takes more to
    # override: the hand-off threshold rises by `clear_margin` and the model's "outside
    # the business" does not count. An attack in the shop's words is still an attack.
    clear_margin: float = 0.2
    # ...unless the entry shares fewer of the question's words than this: then the
    # question's own words are not in the entry ("vagas de emprego?" matching an entry on
    # "mandar"), and the model's "outside the business" counts again.
    covering_words: int = 2
    # A question the knowledge plainly answers (a clear match sharing enough of its words,
    # its entry far ahead of the next) is read as an attack by the model alone only when
    # it is this sure: customers ask for "todas as instruções" of a return, or say "I know
    # you are a virtual assistant" before asking. The lexicons still catch attacks in the
    # shop's words.
    answered_lead: float = 2.0
    injection_over_answer: float = 0.9

    def answered_lead_of(self, entries: Sequence[Match]) -> bool:
        """The best entry scores `answered_lead` times the next one or more."""
        runner_up = entries[1].score if len(entries) > 1 else 0.0
        return entries[0].score >= self.answered_lead * runner_up

    def answered(self) -> "IntentThresholds":
        """The thresholds for a question the knowledge plainly answers."""
        injection = max(self.injection, self.injection_over_answer)
        return replace(self, injection=injection)

    def clear_lead(self, entries: Sequence[Match]) -> bool:
        """The best entry scores enough and clearly ahead of the next one."""
        best, runner_up = entries[0].score, entries[1].score if len(entries) > 1 else 0.0
        return best >= self.answer_floor and best >= self.answer_lead * runner_up

    def given(self, clear_match: bool, covered: bool = True) -> "IntentThresholds":
        """The thresholds for a message with, or without, a clear knowledge match, and
        whether that match shares enough of the question's words."""
        if not clear_match:
            return self
        not_answer = math.inf if covered else self.not_answer
        return replace(self, handoff=self.handoff + self.clear_margin, not_answer=not_answer)


# "Como faço pra rastrear minha compra": how to do the one thing the entry is about, as
# covered as a phrase read in its words (not a lone word, "capital?").
_HOW_TO = re.compile(
    r"^(?:\w+ ){0,2}?como (?:e que )?(?:eu )?(?:faco|faz|posso|consigo|devo|fazer)\b|^(?:\w+ )"
    r"{0,2}?how (?:do|can|should) i\b"
)
# A period asked ("prazo", "quanto tempo") and one stated ("30 dias", "até 2 faturas").
_PERIOD_ASKED = frozenset(terms("prazo tempo periodo"))
_PERIOD_STATED = re.compile(r"\b\d+ (?:dias|horas|meses|anos|semanas)\b")
_TIME_SAID = re.compile(
    r"\b\d+ ?(?:dias|horas|meses|anos|semanas|h)\b|\b(?:enquanto|antes d\w+|depois d\w+|quando|"
    r"assim que|apos|a qualquer momento|na hora|imediat\w*|prazos?)\b"
)
_HOW_LONG = re.compile(r"\b(?:quanto tempo|quantos dias|quantas horas|em quanto tempo|how long)\b")


def asks_how_long(question: str) -> bool:
    return _HOW_LONG.search(plain(question)) is not None


def _asks_how_to(question: str) -> bool:
    return _HOW_TO.search(plain(question)) is not None


def _read_as_a_phrase(question: str) -> bool:
    """Some stem of the question comes from a phrase read as the knowledge says it, not
    from its own words."""
    own = {stem(word) for word in words(question)}
    return any(term not in own for term in terms(question))


def intent_draft(probabilities: dict[str, float], thresholds: IntentThresholds) -> Draft | None:
    """What the intent model alone decides, or None when the knowledge should answer:
    the likeliest of the intents that pass their threshold."""
    passing = {
        intent: probabilities[intent]
        for intent, threshold in (
            ("injection", thresholds.injection),
            ("handoff", thresholds.handoff),
            ("not_answer", thresholds.not_answer),
        )
        if probabilities[intent] >= threshold
    }
    if not passing:
        return None
    return _INTENT_DRAFTS[max(passing, key=lambda intent: passing[intent])]


_INTENT_DRAFTS = {
    "injection": Draft("", injection=True),
    "handoff": Draft("", handoff_reason="intent:handoff"),
    "not_answer": Draft("", out_of_scope=True),
}


# A period of keeping data, as a business writes it: "guardamos seus dados por 5 anos".
_PERIOD = re.compile(
    r"\b(?:\d+|um|uma|dois|duas|tres|cinco|dez) (?:dias|meses|mes|anos?|days|"
    r"months|years?)\b"
)
_KEEPING = re.compile(
    r"\b(?:guard|armazen|mant|ret[ei]|conserv|exclu|apag|elimin|keep|kept|"
    r"stor|retain|delet)\w*"
)
_DATA = re.compile(r"\b(?:dados|data|informac\w*|cadastro)\b")


def states_data_retention(knowledge: KnowledgeBase) -> bool:
    """Some entry says how long personal data is kept."""
    return any(
        all(pattern.search(said) for pattern in (_PERIOD, _KEEPING, _DATA))
        for said in (plain(entry.text) for entry in knowledge.entries)
    )


def _is_rule(document_id: str) -> bool:
    return document_id.startswith(_HANDOFF_RULE)


def is_english(text: str) -> bool:
    said = words(text)
    return len(said) >= 2 and sum(word in _ENGLISH_WORDS for word in said) / len(said) >= 0.3


def language_of(text: str) -> Language:
    """The language the customer writes in, for the agent's own replies (the knowledge's
    answers are in the business's words)."""
    if reads_as_spanish(text):
        return "es"
    return "en" if is_english(text) else "pt"


def greeting(profile: Profile, language: Language) -> str:
    return {
        "en": f"Hi! This is {profile.name}, a virtual assistant (AI).",
        "es": f"¡Hola! Soy {profile.name}, asistente virtual (IA).",
    }.get(language, f"Olá! Aqui é a {profile.name}, assistente virtual (IA).")


def handoff_reply(profile: Profile, language: Language) -> str:
    hours = profile.human_hours
    if language == "en":
        return "I'll pass this to a person on our team, who will reply here. " + (
            f"Team hours: {hours}" if hours else ""
        )
    if language == "es":
        return "Paso tu conversación a una persona de nuestro equipo, que responde por aquí." + (
            f" Horario del equipo: {hours}" if hours else ""
        )
    return "Vou passar sua conversa para uma pessoa da nossa equipe, que responde por aqui." + (
        f" Horário da equipe: {hours}" if hours else ""
    )


def refusal_reply(profile: Profile, language: Language) -> str:
    return {
        "en": "I can't do that. I can help with your orders, deliveries, returns and payments.",
        "es": "No puedo hacer eso. Puedo ayudarte con tus pedidos, envíos, cambios y pagos.",
    }.get(
        language,
        "Não posso fazer isso. Posso ajudar com seus pedidos, entregas, trocas e pagamentos.",
    )


def out_of_scope_reply(profile: Profile, language: Language) -> str:
    if language == "en":
        return (
            f"I'm {profile.name}, a virtual assistant, and I can only help with this store: "
            "orders, deliveries, returns and payments. Write 'person' to talk to our team."
        )
    if language == "es":
        return (
            f"Soy {profile.name}, asistente virtual, y solo puedo ayudarte con asuntos de la "
            "tienda: pedidos, envíos, cambios y pagos. Si quieres hablar con el equipo, pídelo."
        )
    return (
        f"Sou a {profile.name}, assistente virtual, e só consigo ajudar com assuntos da loja: "
        "pedidos, entregas, trocas e pagamentos. Se quiser falar com a equipe, é só pedir."
    )


def identity_reply(profile: Profile, language: Language) -> str:
    if language == "en":
        return (
            f"I'm {profile.name}, a virtual assistant (AI), not a person. "
            "If you prefer, I can call someone from our team."
        )
    if language == "es":
        return (
            f"Soy {profile.name}, una asistente virtual (inteligencia artificial), no una "
            "persona. Si prefieres, llamo a alguien de nuestro equipo."
        )
    return (
        f"Sou a {profile.name}, uma assistente virtual (inteligência artificial), não uma "
        "pessoa. Se preferir, chamo alguém da nossa equipe."
    )


def _repeats_itself(question: str, history: Sequence[Turn]) -> bool:
    """The customer asks again what they asked before and the agent already answered."""
    asked = set(terms(question))
    if len(asked) < 2:
        return False
    answered = any(turn.role == "agent" for turn in history)
    for turn in history:
        if turn.role != "customer":
            continue
        before = set(terms(turn.text))
        if answered and before and len(asked & before) / len(asked | before) >= _REPEAT_OVERLAP:
            return True
    return False


def decision_record(decision: Decision, knowledge: KnowledgeBase) -> dict[str, object]:
    """What a reviewer needs to understand the decision: versions, answerer, sources,
    verdicts and the reason. The reply holds tokens, never a customer's values."""
    verdict = decision.input_verdict
    checked = decision.output_verdict
    return {
        "action": decision.action,
        "reason": decision.reason,
        "reply": decision.reply,
        "sources": list(decision.sources),
        "score": decision.score,
        "answerer": decision.answerer,
        "profile_version": knowledge.profile_version,
        "knowledge_version": knowledge.knowledge_version,
        "flags": list(decision.flags),
        "guardrails": {
            "input": {
                "injection": verdict.injection,
                "human_requested": verdict.human_requested,
                "frustrated": verdict.frustrated,
                "reserved_topic": verdict.reserved_topic,
            },
            "output": None
            if checked is None
            else {
                "foreign_tokens": list(checked.foreign_tokens),
                "leaks_instructions": checked.leaks_instructions,
                "reserved_topic": checked.reserved_topic,
            },
        },
    }
