"""Retrieval's learnt query expansion: customers' words to the words of the knowledge."""

from confia.agent.retrieval import Document, Retriever, learn_expansion
from confia.agent.text import stem

_KNOWLEDGE = [
    Document("devolucao-valor", "O reembolso do valor pago sai em até 10 dias úteis."),
    Document("horario", "Atendemos de segunda a sexta, das 9h às 18h."),
    Document("entrega", "Entregamos em todo o país em até 7 dias úteis."),
]
_ASKED = [
    ("quando volta minha pila?", _KNOWLEDGE[0].text),
    ("cadê minha pila de volta", _KNOWLEDGE[0].text),
    ("quero a pila que paguei", _KNOWLEDGE[0].text),
    ("vocês abrem sábado?", _KNOWLEDGE[1].text),
    ("até que horas vocês abrem?", _KNOWLEDGE[1].text),
    ("em quantos dias chega?", _KNOWLEDGE[2].text),
]


def test_a_word_customers_use_calls_for_the_words_of_its_answers() -> None:
    expansion = learn_expansion(_ASKED)
    called = dict(expansion[stem("pila")])
    assert stem("reembolso") in called
    assert stem("segunda") not in called


def test_a_word_seen_once_is_not_learnt() -> None:
    assert stem("cadê") not in learn_expansion(_ASKED)


def test_learning_is_deterministic() -> None:
    assert learn_expansion(_ASKED) == learn_expansion(list(reversed(_ASKED)))


def test_the_expansion_finds_the_entry_but_does_not_make_retrieval_surer() -> None:
    question = "e a pila?"  # no word of the knowledge itself
    plain = Retriever(_KNOWLEDGE)
    expanded = Retriever(_KNOWLEDGE, learn_expansion(_ASKED))
    assert not plain.rank(question) or plain.rank(question)[0].id != "devolucao-valor"
    best = expanded.rank(question)[0]
    assert best.id == "devolucao-valor"
    assert best.lexical < best.score


def test_without_an_expansion_the_score_is_the_lexical_score() -> None:
    for match in Retriever(_KNOWLEDGE).rank("quando chega minha entrega?"):
        assert match.score == match.lexical


def test_a_match_says_how_many_of_the_question_words_the_entry_has() -> None:
    retriever = Retriever([Document("prazo", "prazo de entrega no interior: 12 dias")])
    assert retriever.rank("qual o prazo de entrega?")[0].shared == 2
    assert retriever.rank("vendem no atacado pra quem mora no interior?")[0].shared == 1
