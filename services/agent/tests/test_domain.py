from pathlib import Path

import pytest

from confia.agent.domain import HANDOFF_REPLY, Retriever, answer, parse_knowledge, terms
from confia.agent.handlers import read_knowledge_dir

KB = Path(__file__).parents[3] / "deploy" / "kb" / "aurora"


@pytest.fixture(scope="module")
def retriever() -> Retriever:
    return Retriever(read_knowledge_dir(KB))


def test_entries_are_the_level_two_headings() -> None:
    entries = parse_knowledge("# T\n\n## a-b\nPrimeiro.\n\n## c\nSegundo\ntexto.\n", "x.md")
    assert [(e.id, e.text) for e in entries] == [("a-b", "Primeiro."), ("c", "Segundo texto.")]


def test_profile_is_not_knowledge() -> None:
    assert all(entry.source != "profile.md" for entry in read_knowledge_dir(KB))


def test_terms_fold_accents_and_drop_tokens() -> None:
    assert terms("Não recebi o [CPF_1] reembolso") == terms("nao recebi o reembolso")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Qual o prazo de entrega para Belo Horizonte?", "prazo-entrega"),
        ("Vocês têm garantia nos produtos?", "garantia"),
        ("Onde fica a loja física?", "loja-fisica"),
    ],
)
def test_confident_questions_are_answered_from_the_entry(
    retriever: Retriever, question: str, entry: str
) -> None:
    decision = answer(question, retriever, min_score=2.0)
    assert decision.entry_id == entry
    assert decision.handoff_reason is None


def test_asking_for_a_person_hands_off(retriever: Retriever) -> None:
    decision = answer("Quero falar com um atendente", retriever, min_score=2.0)
    assert decision.handoff_reason == "customer_asked_for_human"
    assert decision.text == HANDOFF_REPLY


def test_unrelated_question_hands_off(retriever: Retriever) -> None:
    decision = answer("Quem ganhou o jogo ontem?", retriever, min_score=2.0)
    assert decision.handoff_reason == "low_confidence"
