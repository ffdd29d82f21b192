"""Whether the knowledge names what a question asks after, on a business made up here."""

import pytest

from confia.agent.coverage import (
    Vocabulary,
    abroad,
    accidents,
    advice_asked,
    asked_after,
    asks_of_the_service,
    attributes_asked,
    coined_names,
    compared,
    counted_or_shown,
    delivery_days,
    done_at,
    entries_asked_after_by_name,
    events_asked,
    heard_of,
    identifiers,
    moved_to_another,
    names_site_part,
    order_changed,
    orders_merged,
    origin_asked,
    places_of,
    properties_asked,
    qualifying,
    quoted_names,
    served_in,
    services_asked,
    split_payment,
    stages_timed,
    trade_in_asked,
    unnamed,
    which_of,
    whom_for,
    with_coined_names,
)
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
        # what is done to the delivery: the doing is asked after ("abater no pedido" is not)
        ("dá pra agendar a entrega pra um dia especifico?", ["agendar"]),
        ("dá pra abater no pedido?", []),
        ("vcs tem ate tosa na tesoura?", ["tosa", "tesoura"]),  # an adverb, then a thing
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
        "ela ja tinha ate jogado a antiga fora",  # ...with an adverb between
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
        ("o banho vem com perfume?", ["perfume"]),
        ("does the grooming come with a bandana?", ["bandana"]),
        ("o recibo vem com o pedido?", []),  # the purchase itself is no add-on
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


# --- Identifiers, places abroad, another person's account, places of the business ------

_CLINIC = {
    "profile.md": "Nome do agente: Tito\n",
    "loja.md": (
        "## contato\nAtendimento pelo telefone (11) 4002-8922 ou pelo WhatsApp.\n\n"
        "## entrega\nEntregamos ração em todo o Brasil e também no Uruguai.\n\n"
        "## nota\nPara nota com CNPJ, informe o CNPJ no cadastro.\n\n"
        "## clube\nNo Clube Pet, cada banho vale 1 selo; 10 selos dão um banho grátis.\n\n"
        "## retirada\nPedidos do site podem ser retirados no balcão da loja sem custo.\n\n"
        "## endereco\nA loja fica na Rua das Flores, 80. Abre de terça a domingo.\n"
    ),
}


@pytest.fixture(scope="module")
def clinic() -> KnowledgeBase:
    return knowledge_base(_CLINIC)


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("me passa o CNPJ de vocês? é pro reembolso da firma", ["cnpj"]),
        ("what's your phone number?", ["phone number"]),
        ("qual a razão social que sai na fatura?", ["razao social"]),
        ("onde coloco o CNPJ da minha empresa?", []),  # the customer's own
    ],
)
def test_an_identifier_of_the_business_asked_for(question: str, kinds: list[str]) -> None:
    assert list(identifiers(question)) == kinds


def test_an_identifier_is_settled_only_by_a_value_in_the_knowledge(clinic: KnowledgeBase) -> None:
    vocabulary = _shop_vocabulary(clinic)
    # "(11) 4002-8922" is a phone; "informe o CNPJ" says whose CNPJ goes where, not which.
    assert unnamed("qual o telefone de vocês?", vocabulary) is None
    assert unnamed("qual é o CNPJ da loja?", vocabulary) == "cnpj"


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("vocês mandam ração pro Chile?", "chile"),
        ("do you deliver overseas?", "overseas"),
        ("entregam no Uruguai?", None),  # named
        ("entregam em Natal?", None),  # "todo o Brasil"
    ],
)
def test_a_place_abroad_is_settled_only_if_the_knowledge_names_it(
    clinic: KnowledgeBase, question: str, unknown: str | None
) -> None:
    assert unnamed(question, _shop_vocabulary(clinic)) == unknown


def test_places_abroad_are_places_not_adjectives() -> None:
    # "Porto" is also Porto Alegre, "italiana" a kind of coffee maker.
    assert list(abroad("entregam em Lisboa ou no Porto? é uma cafeteira italiana")) == ["lisboa"]
    assert list(abroad("a parte exterior da tigela descascou; a loja usa que tinta?")) == []
    assert list(abroad("vocês mandam pro exterior?")) == ["exterior"]
    # "Franca" is also a city of São Paulo; the country takes its article.
    assert list(abroad("entregam em Franca?")) == []
    assert list(abroad("entregam na França?")) == ["franca"]


def test_spanish_speaking_cities_are_abroad_but_not_their_brazilian_namesakes() -> None:
    assert list(abroad("¿cuánto cuesta el envío a Rosario?")) == ["rosario"]
    assert list(abroad("mandam pra Córdoba ou Mendoza?")) == ["cordoba", "mendoza"]
    assert list(abroad("entregam em Santiago de Chile?")) == ["santiago de chile"]
    # Rosário do Sul is in Rio Grande do Sul; a lime and a turkey are no countries.
    assert list(abroad("entregam em Rosário do Sul?")) == []
    assert list(abroad("o peru de natal cabe na assadeira? e a lima-da-pérsia?")) == []


@pytest.mark.parametrize(
    "question",
    ["vocês mandam pro exterior?", "entregam fora do Brasil?", "fazem envio internacional?"],
)
def test_a_knowledge_naming_delivery_abroad_settles_it(question: str) -> None:
    abroad_too = knowledge_base(
        {
            "loja.md": "## entrega\nEntregamos no exterior e fora do Brasil, com frete "
            "internacional calculado no carrinho.\n"
        }
    )
    assert unnamed(question, _shop_vocabulary(abroad_too)) is None


def test_the_outside_of_a_pan_does_not_settle_delivery_abroad() -> None:
    pans = knowledge_base({"loja.md": "## panela\nA parte exterior da panela é esmaltada.\n"})
    assert unnamed("vocês mandam pro exterior?", _shop_vocabulary(pans)) == "exterior"


@pytest.mark.parametrize("question", ["qual o fone de ouvido mais vendido?", "tem fone bluetooth?"])
def test_headphones_are_no_phone_number(question: str) -> None:
    assert list(identifiers(question)) == []


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("posso doar meus selos pra conta de uma amiga?", ["doar"]),
        ("can I share my stamps with my brother?", ["share"]),
        ("os selos podem ser transferidos para outra pessoa?", ["transferidos"]),
        ("posso mandar o pedido para outro endereço?", []),  # an address, not an account
        ("dá pra passar os selos do pet+ pra conta do meu irmão?", ["transferir"]),  # passed on
        ("os selos posso repassar pra minha irmã?", ["transferir"]),
        ("posso passar na loja com minha mãe?", []),  # going somewhere with them
        ("posso passar na loja pra minha mãe retirar?", []),
        ("posso passar o código de rastreio para o meu marido?", []),  # told, not held
        ("dá pra ver os selos do pet+ na conta do meu irmão?", []),  # no moving verb
        ("dá pra transferir os selos do pet+ pra conta do meu irmão?", ["transferir"]),
        # the subjunctive, and the object longer: "transfiram os selos do meu pet+ pra..."
        ("quero que vcs transfiram os selos do meu pet+ pra conta da minha esposa", ["transfiram"]),
        ("transfiro o pix na conta de vcs e ja aprova na hora?", []),  # money moved is paid
        ("posso transferir pra conta da loja?", []),  # the shop's own account
        ("vou combinar a data do banho do meu cachorro com minha esposa", []),  # a date agreed
    ],
)
def test_moving_something_to_another_person(question: str, verbs: list[str]) -> None:
    assert list(moved_to_another(question)) == verbs


def test_moving_to_another_person_is_settled_only_by_the_verb(clinic: KnowledgeBase) -> None:
    vocabulary = _shop_vocabulary(clinic)
    # "transferir" shares its five-letter stem with nothing here, but with "transportadora"
    # elsewhere: the verb's root decides.
    assert unnamed("os selos podem ser transferidos pra conta do meu pai?", vocabulary) == (
        "transferidos"
    )
    assert Vocabulary(["A transportadora entrega."]).names_root("transferir") is False


def test_the_places_of_a_business_are_its_entries_with_an_address(clinic: KnowledgeBase) -> None:
    places = places_of({entry.id: entry.text for entry in clinic.entries})
    assert places == {"endereco": ["loja"]}
    done = list(done_at("dá pra usar os selos na loja da Rua das Flores?", places))
    assert [place for place, _ in done] == ["endereco"]
    assert "loja" not in done[0][1].split()
    assert list(done_at("comprei na loja, os selos valem?", places)) == []  # no opener before


async def test_doing_something_at_a_place_is_settled_by_the_entry_on_that_thing(
    clinic: KnowledgeBase,
) -> None:
    answerer = RetrievalAnswerer(clinic, min_score=1.0, out_of_scope_score=0.5)
    # The club names no shop, the shop's entry names no stamps: a person can say.
    stamps = await decide("dá pra trocar os selos do clube na loja?", [], clinic, answerer)
    assert (stamps.action, stamps.reason) == ("handoff", "not_in_knowledge")
    # Picking up at the shop is what the pick-up entry says.
    pick_up = await decide("posso retirar o pedido na loja?", [], clinic, answerer)
    assert (pick_up.action, pick_up.sources) == ("answer", ("retirada",))
    # About the place itself.
    visit = await decide("posso ir na loja no domingo?", [], clinic, answerer)
    assert (visit.action, visit.sources) == ("answer", ("endereco",))


@pytest.mark.parametrize(
    ("knowledge_text", "named"),
    [
        ("Pedidos podem ser cancelados sem custo antes do despacho.", True),
        ("Embalagem para presente por R$ 9,90 por item.", True),
        ("A retirada na loja é sempre gratuita.", True),
        ("Pedidos podem ser cancelados antes do despacho.", False),
    ],
)
def test_a_cost_asked_after_is_settled_by_any_cost_the_knowledge_states(
    knowledge_text: str, named: bool
) -> None:
    vocabulary = Vocabulary([knowledge_text])
    expected = None if named else "taxa"
    assert unnamed("Tem alguma taxa pra cancelar o pedido?", vocabulary) == expected


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("a panela de inox funciona em fogão de indução?", ["fogao", "inducao"]),
        ("a chaleira pode ir na lava-louças?", ["lava-loucas"]),
        ("does the kettle work on induction?", ["induction"]),
        ("o cupom serve no frete?", ["frete"]),
        ("does gift wrapping work with every item?", ["item"]),
        # When, not with what: "a loja funciona no Natal?"
        ("a loja funciona no natal?", []),
        ("o atendimento funciona no domingo?", []),
    ],
)
def test_what_a_product_works_with_is_asked_after(question: str, asked: list[str]) -> None:
    assert list(asked_after(question)) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("a garantia cobre se eu derrubar a panela no chao?", ["derrubar"]),
        ("a garantia vale se eu deixar cair?", ["cair"]),
        ("a garantia cobre mau uso?", ["mau"]),
        ("does the warranty cover it if I drop it?", ["drop"]),
        # Defects and payments are no accident.
        ("a garantia cobre se parar de funcionar?", []),
        ("a garantia cobre se a panela quebrar sozinha?", []),
        ("a garantia cobre se o motor queimar?", []),
        ("a garantia cobre mau funcionamento?", []),
        ("o prazo de entrega vale quando cai o pagamento?", []),
        ("o frete grátis vale se eu comprar duas panelas?", []),
    ],
)
def test_damage_the_customer_caused_asked_as_covered(question: str, asked: list[str]) -> None:
    assert list(accidents(question)) == asked


def test_a_warranty_against_defects_does_not_settle_a_fall(shop: KnowledgeBase) -> None:
    warranty = Vocabulary(["Garantia de 90 dias contra defeitos de fabricação."])
    everything = Vocabulary(entry.text for entry in shop.entries)
    question = "a garantia cobre se eu derrubar a panela?"
    assert unnamed(question, everything, warranty) == "derrubar"
    assert unnamed("a garantia cobre se vier com defeito?", everything, warranty) is None
    # A learnt customer word for "produtos" settles no fall: only the word itself does.
    fall = Vocabulary(["Garantia contra defeitos e contra queda acidental."])
    assert unnamed("a garantia cobre queda?", everything, fall) is None


def test_what_a_product_serves_for_is_asked_after() -> None:
    assert list(asked_after("A panela de pressão serve para fogão de indução?")) == [
        "fogao",
        "inducao",
    ]


@pytest.mark.parametrize(
    "question", ["o rastreio serve pra saber quando chega?", "serve pra quem vai dar de presente?"]
)
def test_what_something_is_for_is_no_thing_asked_after(question: str) -> None:
    assert "saber" not in list(asked_after(question))
    assert "vai" not in list(asked_after(question))


@pytest.mark.parametrize(
    ("question", "stacked"),
    [
        ("posso usar meus pontos junto com o desconto do pix?", ["desconto", "pix"]),
        ("a nota fiscal vem junto com o produto?", []),
    ],
)
def test_a_benefit_stacked_on_a_service_is_asked_after(question: str, stacked: list[str]) -> None:
    assert [word for word in qualifying(question) if word in ("desconto", "pix", "produto")] == (
        stacked
    )


def test_a_demonstrative_is_no_thing_asked_after() -> None:
    assert list(asked_after("so consigo ver essas coisas depois do plantão")) == []


def test_only_a_benefit_is_stacked() -> None:
    assert "nota" not in list(qualifying("o código de rastreio vem junto com a nota fiscal?"))


def test_an_english_quantifier_is_no_thing_asked_after() -> None:
    assert list(asked_after("Can I pay with PIX? Is there any discount for it?")) == ["discount"]


def test_a_state_of_brazil_is_settled_by_the_whole_country() -> None:
    everything = Vocabulary(["Frete grátis para todo o Brasil acima de R$ 299."])
    shipping = Vocabulary(["Frete grátis para todo o Brasil acima de R$ 299."])
    only_sp = Vocabulary(["Frete grátis para a capital de São Paulo."])
    question = "o frete gratis vale pra Rondônia também?"
    assert unnamed(question, everything, shipping) is None
    assert unnamed(question, everything, only_sp) == "rondonia"
    # A city is no state: pickup "em Curitiba" is not settled by "todo o Brasil".
    assert unnamed("a retirada grátis vale em Curitiba?", everything, shipping) == "curitiba"


def test_a_carrier_asked_after_must_be_named() -> None:
    shipping = Vocabulary(["A transportadora entrega em 4 a 8 dias úteis nas capitais."])
    by_post = Vocabulary(["Enviamos por Sedex: 4 a 8 dias úteis nas capitais."])
    question = "o sedex dos correios demora quanto pra chegar em recife?"
    assert unnamed(question, shipping) == "sedex"
    assert unnamed(question, by_post) is None
    # a return's errand to the post office asks nothing of how long or how much
    assert unnamed("pra desistir eu tenho que levar nos correios?", shipping) is None
    assert unnamed("quanto custa mandar por pac?", shipping) == "pac"


def test_the_shops_things_are_no_place_it_applies() -> None:
    warranty = Vocabulary(["Todos os produtos têm garantia de 90 dias."])
    assert unnamed("a garantia vale para todos os produtos da loja?", warranty, warranty) is None
    in_the_shop = "a garantia vale para os produtos da loja física?"
    assert unnamed(in_the_shop, warranty, warranty) == "loja"
    returns = Vocabulary(["Compras feitas pelo site podem ser devolvidas em até 7 dias."])
    bought_there = "o direito de arrependimento vale para compras da loja tambem?"
    assert unnamed(bought_there, returns, returns) == "loja"


def test_an_advantage_is_settled_by_a_benefit_stated() -> None:
    paying = Vocabulary(["Para pagar: PIX (aprovação na hora e 5% de desconto) e boleto."])
    plain_paying = Vocabulary(["Para pagar: PIX e boleto."])
    question = "ela so usa pix, pode? e tem alguma vantagem pagar assim?"
    assert unnamed(question, paying, paying) is None
    assert unnamed(question, plain_paying, plain_paying) == "vantagem"


def test_a_region_named_as_such_is_settled_by_the_whole_country() -> None:
    shipping = Vocabulary(["Frete grátis para todo o Brasil acima de R$ 299."])
    question = "A isenção de frete vale também para a região Norte?"
    assert unnamed(question, shipping, shipping) is None
    whole = "O frete grátis vale para o Brasil inteiro ou somente para São Paulo?"
    assert unnamed(whole, shipping, shipping) is None


def test_where_the_customer_is_from_is_no_destination() -> None:
    shipping = Vocabulary(["Entregamos para todo o Brasil em até 12 dias úteis."])
    assert unnamed("soy argentina, vivo en Curitiba, cuántos días tarda?", shipping) is None
    assert unnamed("vocês entregam na Argentina?", shipping) == "argentina"
    paying = Vocabulary(["Aceitamos cartão de crédito Visa, Mastercard e American Express."])
    visiting = "do you accept american express? I'm visiting from abroad"
    assert unnamed(visiting, paying) is None
    living_here = "soy argentina, vivo en Curitiba, cuántos días tarda la entrega?"
    assert unnamed(living_here, shipping) is None
    back_home = "sou da Argentina, quanto custa o frete pro meu país?"
    assert unnamed(back_home, shipping) == "argentina"


def test_what_the_customers_place_has_is_said_not_asked() -> None:
    assert list(asked_after("la sempre tem gente na portaria, como mudo a entrega?")) == []
    assert list(asked_after("aí tem estacionamento?")) == ["estacionamento"]
    shop = "lá tem estacionamento pra cliente da loja física?"
    assert "estacionamento" in asked_after(shop)
    # ...a few words back: fresh83's "aqui no predio nao tem porteiro"
    assert list(asked_after("aqui no predio nao tem porteiro, o entregador tenta de novo?")) == []


def test_what_a_page_shows_is_described_not_asked() -> None:
    shown = "apareceu esgotado e tem um botao escrito avise-me, como funciona isso?"
    assert list(asked_after(shown)) == []
    assert list(asked_after("tem um botao pra avisar quando chegar?")) == ["botao"]


def test_a_compound_written_apart_is_still_one_thing() -> None:
    # fresh78: "vale presente" and "gift card" are the one thing each, as "vale-presente" is.
    assert list(asked_after("vcs vendem vale presente / gift card?")) == ["vale-presente"]
    assert list(asked_after("Do you sell gift cards?")) == ["gift-cards"]
    vocabulary = Vocabulary(["Embrulho para presente por R$ 9,90. O vale do frete é grátis."])
    assert unnamed("vcs vendem vale presente?", vocabulary) == "vale-presente"
    # A voucher the knowledge names as one is settled.
    named = Vocabulary(["O reembolso pode ser feito em vale-compra."])
    assert unnamed("vcs dão vale compra?", named) is None


def test_orders_put_together_are_asked_after_only_as_orders() -> None:
    assert list(orders_merged("dá pra juntar meus dois pedidos numa entrega só?")) == ["juntar"]
    assert list(orders_merged("fiz dois pedidos, vcs juntam os dois pro frete?")) == ["juntar"]
    # (two things put in one cart are no orders merged)
    assert (
        list(orders_merged("se eu juntar as duas coisas e passar de 300 o frete sai zero?")) == []
    )


def test_the_language_or_medium_served_in_is_asked_after() -> None:
    assert list(served_in("vocês têm atendimento em Libras?")) == ["libras"]
    assert list(served_in("dá pra ser atendido por videochamada?")) == ["videochamada"]
    assert list(served_in("vcs atendem em inglês? my portuguese is bad")) == ["ingles"]
    # (the hours or the person served by are no language)
    assert list(served_in("o atendimento com pessoas funciona no sábado?")) == []
    assert list(served_in("quero ser atendida por uma pessoa")) == []


def test_a_placed_order_changed_is_asked_after_as_such() -> None:
    assert order_changed(
        "esqueci de marcar embrulho antes de pagar, ainda da pra incluir no pedido?"
    )
    assert order_changed("queria tirar a embalagem de presente do pedido, já tá pago")
    assert order_changed("dá pra mudar um pedido que já fiz pra retirada?")
    assert order_changed("consigo dividir o pedido em duas entregas, metade em cada endereço?")
    # (a doubt about the order is no change of it)
    assert not order_changed("quero tirar uma dúvida do pedido, o embrulho custa quanto?")


def test_a_delivery_day_a_charge_counted_and_a_photo_sent_are_asked_after() -> None:
    assert list(delivery_days("vcs entregam sábado? preciso antes do aniversário")) == ["sabado"]
    assert list(delivery_days("a loja abre sábado?")) == []
    assert list(counted_or_shown("o valor do embrulho conta pros 299 do frete grátis?")) == [
        "embrulho"
    ]
    assert list(counted_or_shown("vcs mandam uma foto do presente embrulhado?")) == ["foto"]
    assert list(counted_or_shown("eu mando foto do produto quebrado pra onde?")) == []


def test_the_business_s_own_service_asked_in_none_of_its_words() -> None:
    assert asks_of_the_service("pode deixar com o zelador do condomínio novo?")
    assert asks_of_the_service("tem vale-presente ou gift card? não sei o que ela quer")
    assert asks_of_the_service("os pontos da conta da minha ex podem passar pra minha conta?")
    assert not asks_of_the_service("quanto tá o dólar hoje?")


def test_when_the_customer_only_can_is_told_not_asked() -> None:
    told = "até q horas tem atendente no sábado? só consigo depois do almoço"
    assert "almoco" not in asked_after(told)
    assert list(asked_after("a loja abre domingo? so consigo ir no fim de semana")) == []
    # (what they can have done is still asked, even "só": "só consigo agendar a entrega?")
    assert "agendar" in asked_after("só consigo agendar a entrega?")


def test_what_someone_the_customer_speaks_of_has_is_told_not_asked() -> None:
    assert list(asked_after("meu pai tem parkinson e fiz a compra no nome dele")) == []
    assert list(asked_after("minha tia que tem artrite quer uma panela leve")) == []
    # (asking for them whether the shop has a thing still asks it)
    assert "barro" in asked_after("minha mae quer saber se vcs tem panela de barro")
    assert list(asked_after("Hipercard passa aí? vc tem certeza ou tá chutando?")) == []


def test_having_an_idea_is_knowing_not_a_thing_asked_after() -> None:
    # fresh76: "pela foto não dá pra ter ideia do tamanho" asks after no "ideia".
    told = "pela foto nao da pra ter ideia do tamanho. qual o endereço e horario?"
    assert list(asked_after(told)) == []
    assert list(asked_after("consigo ter nocao do tamanho pela foto?")) == []
    assert "embrulho" in asked_after("da pra ter embrulho de presente?")
    # Asked of the shop, an idea or a certainty is still a thing it may not have.
    assert "ideia" in asked_after("vcs tem alguma ideia de presente pra sogra?")
    assert "certeza" in asked_after("vocês tem certeza de que o produto é original?")


def test_what_has_not_happened_for_days_is_told_not_asked() -> None:
    # fresh75: "o rastreamento não tem movimentação desde segunda" asks after no movement.
    told = "o rastreamento não tem movimentação desde segunda. Qual o procedimento?"
    assert list(asked_after(told)) == []
    assert list(asked_after("meu pedido nao tem atualizacao faz 4 dias, e agora?")) == []
    assert list(asked_after("o pedido nem tem resposta ha quase duas semanas")) == []
    # Near misses: asked of the business, of something other than the order, or "desde"
    # saying provided that or since when.
    assert "vale-troca" in asked_after("não tem vale-troca desde o natal?")
    assert "baixa" in asked_after("o boleto nao tem baixa desde ontem, ja paguei")
    assert "estacionamento" in asked_after("tem estacionamento desde o ano passado?")
    assert "estacionamento" in asked_after("a loja não tem estacionamento desde a reforma?")
    assert "estacionamento" in asked_after("não tem estacionamento desde que reformaram?")
    assert "atualizacao" in asked_after("não tem atualização?")


def test_the_same_day_must_be_stated() -> None:
    vocabulary = Vocabulary(["Entregamos em 2 a 5 dias úteis. Retirada na loja física."])
    assert unnamed("consigo retirar na loja física hoje mesmo?", vocabulary) == "mesmodia"
    assert unnamed("vocês fazem entrega no mesmo dia?", vocabulary) == "mesmodia"


def test_the_parts_of_the_site_an_entry_names_are_its_quoted_names() -> None:
    text = 'Clique em "Avise-me" na página do produto ou veja em “Meus pedidos”.'
    assert quoted_names(text) == ["avise me", "meus pedidos"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("como funciona esse botão avise-me?", True),
        ('cliquei em "Avise-me", e agora?', True),
        ("where is the Meus pedidos tab?", True),
        # the words alone, not as a part of the site
        ("me avise me quando chegar", False),
        ("meus pedidos sumiram", False),
    ],
)
def test_a_part_of_the_site_is_named_as_one_or_in_quotes(question: str, named: bool) -> None:
    assert names_site_part(question, ["avise me", "meus pedidos"]) is named


async def test_a_part_of_the_site_named_is_answered_from_its_entry() -> None:
    knowledge = knowledge_base(
        {
            "profile.md": "Nome do agente: Tito\n",
            "agenda.md": (
                '## remarcar\nPara remarcar o banho, toque em "Minha agenda" no aplicativo e '
                "escolha outro horário livre.\n\n"
                "## pagamento\nAceitamos PIX, dinheiro e cartão de débito ou crédito.\n"
            ),
        }
    )
    answerer = RetrievalAnswerer(knowledge, min_score=4.5, out_of_scope_score=0.5)
    named = await decide("pra que serve o botão minha agenda?", [], knowledge, answerer)
    assert (named.action, named.sources) == ("answer", ("remarcar",))
    unnamed_part = await decide("pra que serve minha agenda?", [], knowledge, answerer)
    assert (unnamed_part.action, unnamed_part.reason) == ("handoff", "low_confidence")


def test_the_names_an_entry_coins_are_its_words_with_a_plus() -> None:
    text = (
        "No Clube PetMais+ cada banho vale 1 selo; 10 selos valem 1 banho. Some 1+1 e C++, "
        "panela+tampa, Wi-Fi+, tosa+."
    )
    assert coined_names(text) == ["petmais"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("como funciona esse Clube+?", True),
        ("o que é o clube mais?", True),
        ("me fala do clube plus", True),
        ("how does Clube+ work?", True),
        ("como funciona o Clube+ de vcs?", True),
        # mentioned, not asked after: a member asking after something else, or what it
        # does not say
        ("sou Clube+, qual o horário do banho?", False),
        ("da pra transferir meus selos do clube+?", False),
        ("como funciona o clube+ pra quem tem dois cachorros?", False),
        # not the name: the comparative
        ("qual é o clube mais barato?", False),
    ],
)
def test_a_coined_name_asked_after_alone_is_asked_of_its_entry(question: str, asked: bool) -> None:
    assert bool(entries_asked_after_by_name(question, {"clube": ["clube"]})) is asked


def test_a_coined_name_spelled_out_reads_as_coined() -> None:
    assert with_coined_names("meus selos do Clube mais vencem?", ["clube"]) == (
        "meus selos do Clube+ vencem?"
    )
    assert with_coined_names("o clube plus vale?", ["clube"]) == "o clube+ vale?"
    assert with_coined_names("tal de Clube mais. e ai?", ["clube"]) == "tal de Clube+. e ai?"
    # the shop and "more", not the programme
    assert with_coined_names("a clube mais uma vez atrasou", ["clube"]) == (
        "a clube mais uma vez atrasou"
    )
    assert with_coined_names("comprei na clube mais de 3 vezes", ["clube"]) == (
        "comprei na clube mais de 3 vezes"
    )


async def test_an_entrys_coined_name_asked_after_is_answered_from_it() -> None:
    knowledge = knowledge_base(
        {
            "profile.md": "Nome do agente: Tito\n",
            "clube.md": (
                "## clube-fidelidade\nNo Clube PetMais+, cada banho vale 1 selo; 10 selos "
                "valem 1 banho grátis. Os selos valem por 6 meses.\n\n"
                "## pagamento\nAceitamos PIX, dinheiro e cartão de débito ou crédito.\n"
            ),
        }
    )
    answerer = RetrievalAnswerer(knowledge, min_score=4.5, out_of_scope_score=0.5)
    for question in ("como funciona esse PetMais+?", "o que é o petmais plus?"):
        decision = await decide(question, [], knowledge, answerer)
        assert (decision.action, decision.sources) == ("answer", ("clube-fidelidade",))
    # ...and spelled out: the name is what makes the match clear
    spelled = await decide(
        "meus selos do petmais mais valem por quanto tempo?", [], knowledge, answerer
    )
    assert (spelled.action, spelled.sources) == ("answer", ("clube-fidelidade",))
    # ...whatever a learnt reading of its few words says ("o que é o X+?" read as an attack)
    suspicious = RetrievalAnswerer(
        knowledge, min_score=4.5, out_of_scope_score=0.5, intents=_ReadsAnAttack()
    )
    decision = await decide("o que é o PetMais+?", [], knowledge, suspicious)
    assert (decision.action, decision.sources) == ("answer", ("clube-fidelidade",))


class _ReadsAnAttack:
    """An intent model sure that every message is an attack."""

    def probabilities(self, text: str) -> dict[str, float]:
        return {"answer": 0.0, "handoff": 0.0, "injection": 1.0, "not_answer": 0.0}


@pytest.mark.parametrize(
    ("question", "place_named"),
    [
        ("o reembolso pode vir como credito na loja?", False),  # the refund's form
        ("o reembolso pode ser em credito pra usar na loja?", False),  # the same
        ("posso pagar em credito na loja?", True),  # a card, at the shop
        ("posso usar o vale na loja fisica?", True),
        ("posso pagar em credito na loja fisica?", True),
    ],
)
def test_store_credit_is_no_place(question: str, place_named: bool) -> None:
    places = {"loja-fisica": ["loja", "fisica"]}
    assert bool(list(done_at(question, places))) is place_named


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("o frete gratis vale pra Boa Vista RR tbm?", ["rr"]),  # a city with its state
        ("a retirada vale pra loja de Curitiba PR?", ["loja", "curitiba"]),  # a shop there
        ("o prazo de 2 a 5 dias vale pra Belo Horizonte MG?", ["belo", "horizonte"]),  # times
    ],
)
def test_a_city_named_with_its_state_is_the_state(question: str, asked: list[str]) -> None:
    assert list(qualifying(question)) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("qual a capacidade em litros da panela de pressão?", ["capacidade"]),
        ("qual é o peso da coleira de couro?", ["peso"]),
        ("qual a validade dos pontos?", []),  # a period, stated by a value
        ("qual o máximo de parcelas no cartão?", []),  # an extreme of what is named
        ("qual a forma de pagamento?", []),  # a way
        ("qual o preço do banho?", []),  # stated by a value, "R$ 20"
        ("qual transportadora vocês usam?", []),  # a name: `which_of`'s
        ("qual a cor da coleira?", ["cor"]),
    ],
)
def test_the_value_a_what_is_question_asks(question: str, asked: list[str]) -> None:
    assert list(attributes_asked(question)) == asked


def test_a_value_asked_is_settled_only_if_the_knowledge_names_it(vocabulary: Vocabulary) -> None:
    assert unnamed("qual o peso da coleira de couro?", vocabulary) == "peso"
    weighed = Vocabulary(["Coleira de couro, peso de 200 g."])
    assert unnamed("qual o peso da coleira de couro?", weighed) is None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("vcs consertam panela de pressão de outra marca?", ["consertam"]),
        ("conserta?", ["conserta"]),
        ("o cooktop precisa de instalação? vcs mandam alguém instalar?", ["instalar"]),
        ("vocês gravam o nome na coleira?", ["gravam"]),
        ("vcs montam kit de presente?", []),  # a gift kit put together
        ("parou de esquentar do nada, como eu conserto?", ["conserto"]),  # by themselves
        ("como eu conserto o endereço do pedido?", []),  # an order's detail
        ("consertei a alça mas quebrou de novo", []),  # what the customer did
        ("vou montar a cozinha, quais panelas comprar?", []),  # the customer's plan
    ],
)
def test_a_service_the_business_is_asked_whether_it_does(question: str, asked: list[str]) -> None:
    assert list(services_asked(question)) == asked


def test_a_service_is_settled_only_if_the_knowledge_names_doing_it(vocabulary: Vocabulary) -> None:
    assert unnamed("vocês consertam coleira?", vocabulary) == "consertam"
    tosa = Vocabulary(["Fazemos banho e tosa e consertamos coleiras."])
    assert unnamed("vocês consertam coleira?", tosa) is None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("a embalagem q vcs usam é reciclavel?", ["reciclavel"]),
        ("as capas são laváveis e removíveis?", ["lavaveis", "removiveis"]),
        ("é possível trocar?", []),  # possible is no property of a thing
    ],
)
def test_what_a_thing_is_asked_to_be_able_to_be(question: str, asked: list[str]) -> None:
    assert list(properties_asked(question)) == asked


def test_a_property_is_settled_only_if_the_knowledge_names_it() -> None:
    assert unnamed("a coleira é lavável?", Vocabulary(["Coleiras de nylon."])) == "lavavel"
    assert unnamed("a coleira é lavável?", Vocabulary(["Coleiras laváveis."])) is None


@pytest.mark.parametrize(
    ("question", "heard"),
    [
        ("vi uma menina no insta falando de cupom de primeira compra, vcs tem isso?", ["cupom"]),
        ("minha vizinha comentou sobre tosa na tesoura, vocês fazem isso?", ["tosa"]),
        ("vi uma menina no insta falando de cupom, qual o prazo de entrega?", []),  # no "isso"
        ("vcs tem isso em azul?", []),  # nothing heard of
        ("vi vcs falando do estaloja+ no insta, tem isso ainda?", []),  # the business's own
    ],
)
def test_what_was_heard_of_elsewhere_and_asked_by_isso(question: str, heard: list[str]) -> None:
    assert list(heard_of(question)) == heard


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("me ajudam a escolher entre a airfryer de 4 litros ou a de 5,5?", ["recomendacao"]),
        ("qual panela é melhor pra indução, inox ou ferro?", ["recomendacao"]),
        ("which one is better, the 24cm or the 28cm pan?", ["recomendacao"]),
        ("qual é melhor, pagar no pix ou no boleto?", []),  # ways to pay, compared
        ("qual a melhor forma de pagamento?", []),  # no two things
    ],
)
def test_advice_on_which_product_to_choose(question: str, asked: list[str]) -> None:
    assert list(advice_asked(question)) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("as panelas de vcs sao fabricadas no brasil ou importadas?", ["origem"]),
        ("a coleira é nacional ou importada?", ["origem"]),
        ("a garantia cobre defeito de fabricação?", []),
    ],
)
def test_where_products_are_made(question: str, asked: list[str]) -> None:
    assert list(origin_asked(question)) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("quando vai ser a black friday de vcs?", ["black"]),
        ("quando é a próxima feira de adoção?", ["feira"]),
        ("quando vai chegar meu pedido?", []),
    ],
)
def test_the_event_a_when_question_asks_the_date_of(question: str, asked: list[str]) -> None:
    assert list(events_asked(question)) == asked


def test_what_the_business_is_still_having_is_asked_after() -> None:
    assert list(asked_after("ainda ta tendo brinde pra compra acima de 500?")) == ["brinde"]
    assert list(asked_after("o site ainda ta tendo erro no pagamento")) == []


def test_origin_advice_and_events_must_be_named(vocabulary: Vocabulary) -> None:
    assert unnamed("a coleira é nacional ou importada?", vocabulary) == "origem"
    assert unnamed("me ajuda a escolher entre a coleira de couro e a de nylon?", vocabulary) == (
        "recomendacao"
    )
    assert unnamed("quando vai ser a feira de adoção?", vocabulary) == "feira"


def test_what_for_exactly_asks_after_nothing() -> None:
    assert list(asked_after("o botão avise-me serve pra q exatamente?")) == []


def test_a_part_of_the_site_asks_after_the_site_and_what_it_is_for() -> None:
    asked = "queria acompanhar a entrega pelo computador, tem alguma area no site pra isso?"
    assert list(asked_after(asked)) == ["site"]
    selling = "tem alguma parte no site pra vender meus produtos artesanais?"
    assert list(asked_after(selling)) == ["site", "vender", "produtos"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("vcs compram panela usada?", ["usado"]),
        ("tem aquele esquema de entregar a velha e ganhar desconto na nova?", ["usado"]),
        ("aceitam troca de produto usado?", []),  # an exchange, which the knowledge states
        ("se eu levar a minha antiga panela ganho abatimento na nova?", ["usado"]),
        ("a loja compra jogo de panelas usado?", ["usado"]),
        ("vcs aceitam meu jogo de panelas antigo como parte do pagamento?", ["usado"]),
    ],
)
def test_a_trade_in_is_asked_after(question: str, asked: list[str]) -> None:
    assert list(trade_in_asked(question)) == asked


def test_what_has_an_amount_asked_of_it_is_not_asked_after() -> None:
    assert list(asked_after("qto tempo de garantia tem a sanduicheira da linha aurora?")) == []
    assert list(asked_after("quanto custa? tem cupom?")) == ["cupom"]


def test_knowing_and_a_catch_are_not_things_asked_after() -> None:
    assert list(asked_after("abriram uma investigação, tem ideia de quanto tempo leva?")) == []
    assert list(asked_after("passa dos 299 e o frete zera né? ou tem pegadinha")) == []


def test_where_the_customer_is_is_no_destination() -> None:
    assert list(abroad("What hours does your support team work? I'm in Lisbon")) == []
    assert list(abroad("vocês entregam em Lisboa?")) == ["lisboa"]
    # ("to" is chat's "estou", but "to Lisbon" in English is still where something goes)
    assert list(abroad("how long does a letter take from Brazil to Portugal?")) == ["portugal"]


def test_a_specification_is_settled_only_by_the_knowledges_own_word() -> None:
    learnt = Vocabulary(["Trocas de produto em 30 dias."], expansion={"voltagem": [("troca", 1.0)]})
    assert unnamed("qual a voltagem da chaleira?", learnt) == "voltagem"


def test_what_had_to_happen_is_no_thing_asked_after() -> None:
    late = "o presente tinha q ter chegado semana passada, qnto tempo vcs levam pra descobrir?"
    assert list(asked_after(late)) == []


def test_what_the_shop_does_is_asked_after_but_not_time_gone_by() -> None:
    assert list(asked_after("a loja física faz afiação de facas?")) == ["afiacao", "facas"]
    assert list(asked_after("minha mae compra com vcs faz anos, 500 pontos dão quanto?")) == []


def test_what_is_compared_between_places_is_asked_after() -> None:
    assert list(compared("os preços da loja fisica sao os mesmos do site ou muda?")) == ["precos"]
    assert list(compared("as promocoes do site sao as mesmas da loja?")) == ["promocoes"]
    assert list(compared("os preços tão ótimos")) == []
    # (two of the business's channels compared, not a thing the same everywhere)
    assert list(compared("o preco do frete e o mesmo pra todo brasil?")) == []
    assert list(compared("comprei a chaleira e a mesma chegou amassada")) == []


def test_whom_a_benefit_is_for_is_asked_after() -> None:
    assert list(whom_for("tem algum desconto pra professor ou servidor publico?")) == ["professor"]
    assert list(whom_for("tem desconto pra pagar no pix?")) == []
    assert list(whom_for("tem desconto pra quem compra muito?")) == []
    assert list(whom_for("tem algum desconto pra minha compra no pix?")) == []
    assert list(whom_for("tem desconto pra hoje no pix?")) == []


def test_a_stage_of_the_order_timed_must_be_the_entrys_own_word() -> None:
    asked = "depois q o pagamento aprova, quantos dias vcs levam pra despachar o pedido?"
    assert list(stages_timed(asked)) == ["despachar"]
    assert list(stages_timed("quanto tempo leva pra chegar em Recife?")) == []
    assert list(stages_timed("quanto tempo demora pra processar o estorno no cartao?")) == []
    delivery = Vocabulary(["Capitais do Sudeste: 2 a 5 dias úteis após a aprovação."])
    assert unnamed(asked, delivery, delivery) == "despachar"


def test_a_purchase_paid_in_two_ways_is_asked_after() -> None:
    assert list(split_payment("da pra pagar uma parte no pix e o resto no cartao?")) == ["combinar"]
    assert list(split_payment("posso pagar com dois cartoes?")) == ["combinar"]
    assert list(split_payment("posso pagar a panela de pressão em prestações no cartão?")) == []
    assert list(split_payment("tenho dois cartoes elo e visa, aceita os dois tipos?")) == []
    refund = "paguei parte com pix e o resto com cartao, o estorno vem como?"
    assert list(split_payment(refund)) == []


def test_a_date_asked_of_an_event_without_its_article() -> None:
    assert list(events_asked("quando vai ter black friday de vcs?")) == ["black"]
    assert list(events_asked("quando vai ter a black friday?")) == ["black"]


def test_a_stem_said_only_in_a_name_names_only_the_names_word() -> None:
    cards = Vocabulary(
        ['Aceitamos cartão de crédito Visa, Elo e American Express. Clique em "Avise-me".']
    )
    assert not cards.names("expressa")  # "entrega expressa" is no card
    assert cards.names("express")
    assert cards.names("avisada")  # a quoted label of the site is no name


def test_how_to_find_out_is_asked_not_the_thing_offered_first() -> None:
    asked = "vcs tem alguma tabela ou como eu descubro?"
    assert list(asked_after(asked)) == []
    assert list(asked_after("vcs tem alguma tabela de frete?")) == ["tabela", "frete"]


def test_points_used_at_the_shop_are_done_there() -> None:
    places = {"loja-fisica": ["loja", "fisica"]}
    asked = "os pontos do aurora+ servem pra usar na loja fisica tb ou so no site?"
    assert [place for place, _ in done_at(asked, places)] == ["loja-fisica"]


def test_by_whom_it_is_done_is_no_thing_asked_after() -> None:
    assert list(asked_after("posso cancelar sozinha pelo site?")) == []


def test_a_state_capital_is_in_brazil_only_for_free_freight() -> None:
    assert "brasil" in list(qualifying("o frete gratis vale pra fortaleza tambem?"))
    assert "brasil" not in list(qualifying("a retirada vale pra curitiba?"))


def test_a_benefit_spent_on_another_charge_asks_after_both() -> None:
    assert list(qualifying("da pra usar os pontos pra pagar o frete?")) == ["pontos", "frete"]
    assert list(qualifying("posso usar meus pontos na proxima compra?")) == []
