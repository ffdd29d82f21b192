"""Whether the knowledge names what a question asks after, on a business made up here."""

import pytest

from confia.agent.coverage import Vocabulary, asked_after, qualifying, unnamed, which_of
from confia.agent.domain import RetrievalAnswerer, decide
from confia.agent.knowledge import KnowledgeBase, knowledge_base
from confia.agent.retrieval import entry_text
from confia.agent.text import stem

_DOCUMENTS = {
    "profile.md": "Nome do agente: Tito\n",
    "servicos.md": (
        "## banho-tosa\nFazemos banho e tosa de terça a sábado, com hora marcada pelo "
        "WhatsApp ou pelo e-mail. Cães grandes pagam R$ 20 a mais.\n\n"
        "## pagamento\nAceitamos PIX, dinheiro e cartão de débito ou crédito.\n\n"
        "## endereco\nA loja fica na Rua das Flores, 80, Centro. Abre de terça a domingo.\n"
    ),
}


@pytest.fixture(scope="module")
def knowledge() -> KnowledgeBase:
    return knowledge_base(_DOCUMENTS)


@pytest.fixture(scope="module")
def vocabulary(knowledge: KnowledgeBase) -> Vocabulary:
    return Vocabulary(entry_text(entry.id, entry.text) for entry in knowledge.entries)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Vocês têm estacionamento?", ["estacionamento"]),
        ("vcs vendem no atacado?", ["atacado"]),
        ("Vocês fazem tosa higiênica?", ["tosa", "higienica"]),
        ("Tem cupom de desconto?", ["cupom", "desconto"]),
        ("vocês entregam em Manaus?", []),
        ("Dá pra pagar metade no PIX?", ["metade"]),
        ("do you have parking?", ["parking"]),
    ],
)
def test_what_a_do_you_have_or_can_i_question_asks_after(question: str, asked: list[str]) -> None:
    assert list(asked_after(question)) == asked


@pytest.mark.parametrize(
    "question",
    [
        "dá pra parcelar sem juros?",  # the verb is the doing; nothing follows it closely
        "tem que esperar?",  # an obligation
        "o que vocês fazem nesse caso?",
        "tem previsão?",  # asks when
        "chegou tem 2 semanas, e agora?",  # says when
        "a pessoa já tinha ganhado um igual",  # an auxiliary
        "qual o horário de vocês?",  # no opener at all
    ],
)
def test_questions_that_ask_after_no_thing(question: str) -> None:
    assert list(asked_after(question)) == []


def test_the_vocabulary_is_the_knowledge_words_and_learnt_words_that_call_for_them(
    vocabulary: Vocabulary, knowledge: KnowledgeBase
) -> None:
    assert vocabulary.names("tosa")
    assert vocabulary.names("email")  # "e-mail" in the knowledge
    assert vocabulary.names("24cm")  # a measure is no thing asked after
    assert not vocabulary.names("hidratação")
    texts = [entry_text(entry.id, entry.text) for entry in knowledge.entries]
    learnt = Vocabulary(texts, {stem("lavagem"): [(stem("banho"), 0.6)]})
    assert learnt.names("lavagem")
    assert not vocabulary.names("lavagem")
    assert not learnt.names("hidratação")


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Vocês fazem hidratação de pelo?", "hidratacao"),
        ("Vocês fazem tosa na máquina?", "maquina"),
        ("Vocês fazem tosa no sábado?", None),
        ("Tem estacionamento na loja?", "estacionamento"),
        ("Vocês aceitam vale-refeição?", "vale-refeicao"),
        ("Vocês aceitam cartão-débito?", None),  # "cartão de débito" names the compound
        ("Vocês aceitam PIX?", None),
        ("Dá pra pagar metade no PIX e metade no cartão?", "metade"),
        ("Dá pra pagar no débito?", None),
    ],
)
def test_the_word_the_knowledge_never_names(
    question: str, unknown: str | None, vocabulary: Vocabulary
) -> None:
    assert unnamed(question, vocabulary) == unknown


@pytest.mark.parametrize(
    ("knowledge_text", "named"),
    [
        ("Embalagem para presente por R$ 9,90. Vale a regra de troca.", False),
        ("Vendemos vale-presente de R$ 50 a R$ 500.", True),
        ("O vale presente pode ser usado no site.", True),
        ("Aceitamos o valepresente da rede.", True),
    ],
)
def test_a_compound_is_named_only_as_one(knowledge_text: str, named: bool) -> None:
    vocabulary = Vocabulary([knowledge_text])
    assert vocabulary.names("vale-presente") is named
    expected = None if named else "vale-presente"
    assert unnamed("Vocês vendem vale-presente?", vocabulary) == expected


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Qual marca de ração vocês usam? Premier ou outra?", "premier"),
        ("Qual a forma de pagamento? PIX ou cartão?", None),
        ("Dinheiro ou débito?", None),
        # Only a clause that is the choice itself: here the knowledge names the question.
        ("A tosa é feita na terça ou só no sábado?", None),
    ],
)
def test_a_choice_is_settled_only_if_the_knowledge_names_it(
    question: str, unknown: str | None, vocabulary: Vocabulary
) -> None:
    assert unnamed(question, vocabulary) == unknown


async def test_a_question_near_an_entry_that_it_does_not_settle_goes_to_a_person(
    knowledge: KnowledgeBase,
) -> None:
    answerer = RetrievalAnswerer(knowledge, min_score=1.0, out_of_scope_score=0.5)
    # The address entry is near ("loja") but says nothing of parking.
    near = await decide("Tem estacionamento na loja da Rua das Flores?", [], knowledge, answerer)
    assert (near.action, near.reason, near.sources) == ("handoff", "not_in_knowledge", ())
    settled = await decide("Vocês fazem banho e tosa no sábado?", [], knowledge, answerer)
    assert (settled.action, settled.sources) == ("answer", ("banho-tosa",))


# A second made-up business: a kind named without a name, an add-on and a scope.
_SHOP = {
    "profile.md": "Nome do agente: Tito\n",
    "loja.md": (
        "## entrega\nEntregamos por uma transportadora parceira em até 3 dias úteis.\n\n"
        "## racao\nNo hotelzinho servimos ração da marca Premier, duas vezes ao dia.\n\n"
        "## banho-tosa\nO banho com tosa custa R$ 80 e inclui corte de unhas.\n\n"
        "## clube\nNo Clube Pet, cada banho vale 1 selo; 10 selos dão um banho grátis.\n\n"
        "## endereco\nA loja fica na Rua das Flores, 80. Tem lacinho de brinde no balcão.\n"
    ),
}


@pytest.fixture(scope="module")
def shop() -> KnowledgeBase:
    return knowledge_base(_SHOP)


def _entry_vocabulary(shop: KnowledgeBase, entry_id: str) -> Vocabulary:
    entry = shop.entry(entry_id)
    assert entry is not None
    return Vocabulary([entry_text(entry.id, entry.text)])


def _shop_vocabulary(shop: KnowledgeBase) -> Vocabulary:
    return Vocabulary(entry_text(entry.id, entry.text) for entry in shop.entries)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("No banho, vocês conseguem colocar um lacinho?", ["lacinho"]),
        ("dá pra incluir outra escovação no pacote?", ["escovacao"]),
        ("can you add a bow after the grooming?", ["bow"]),
        ("os selos valem pra usar na tosa também?", ["tosa"]),
        ("o clube vale nas lojas de shopping?", ["lojas", "shopping"]),
        ("o selo ainda vale?", []),  # where it applies is not asked
        ("vale a pena o clube?", []),
    ],
)
def test_what_is_added_to_a_service_or_where_it_applies(question: str, asked: list[str]) -> None:
    assert list(qualifying(question)) == asked


def test_an_add_on_is_settled_only_by_the_entry_on_that_service(shop: KnowledgeBase) -> None:
    vocabulary = _shop_vocabulary(shop)
    # "lacinho" is in the knowledge, as a gift at the counter, not with the bath.
    question = "No banho, vocês conseguem colocar um lacinho?"
    assert unnamed(question, vocabulary) is None
    assert unnamed(question, vocabulary, _entry_vocabulary(shop, "banho-tosa")) == "lacinho"
    cut = "No banho, dá pra incluir o corte de unhas?"
    assert unnamed(cut, vocabulary, _entry_vocabulary(shop, "banho-tosa")) is None


def test_where_something_applies_is_settled_only_by_its_entry(shop: KnowledgeBase) -> None:
    vocabulary = _shop_vocabulary(shop)
    club = _entry_vocabulary(shop, "clube")
    assert unnamed("os selos do clube valem na loja da Rua das Flores?", vocabulary, club) == "loja"
    assert unnamed("os selos valem pra banho?", vocabulary, club) is None


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("qual transportadora vocês usam?", ["transportadora"]),
        ("Com que marca de ração vocês trabalham?", ["marca"]),
        ("qual sistema vocês usam pra agendar?", ["sistema"]),  # any kind the shop uses
        ("which courier delivers my order?", ["courier"]),
        ("qual o preço do banho?", []),  # a value, not a name
        ("depois que a transportadora busca, quanto tempo?", []),  # "que" says when
    ],
)
def test_which_one_of_a_kind_a_question_asks_a_name_of(question: str, kinds: list[str]) -> None:
    assert list(which_of(question)) == kinds


def test_which_one_is_settled_only_if_the_knowledge_names_one(shop: KnowledgeBase) -> None:
    vocabulary = _shop_vocabulary(shop)
    # "uma transportadora parceira", never which; "ração da marca Premier" names one.
    assert not vocabulary.names_one_of("transportadora")
    assert vocabulary.names_one_of("marca")
    assert unnamed("qual transportadora faz a entrega?", vocabulary) == "transportadora"
    assert unnamed("qual marca de ração vocês usam?", vocabulary) is None


async def test_an_add_on_the_entry_does_not_mention_goes_to_a_person(shop: KnowledgeBase) -> None:
    answerer = RetrievalAnswerer(shop, min_score=1.0, out_of_scope_score=0.5)
    added = await decide("No banho com tosa, dá pra colocar um lacinho?", [], shop, answerer)
    assert (added.action, added.reason) == ("handoff", "not_in_knowledge")
    settled = await decide("O banho com tosa inclui corte de unhas?", [], shop, answerer)
    assert (settled.action, settled.sources) == ("answer", ("banho-tosa",))
    which = await decide("Qual transportadora faz a entrega de vocês?", [], shop, answerer)
    assert (which.action, which.reason) == ("handoff", "not_in_knowledge")
