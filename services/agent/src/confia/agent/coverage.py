"""Whether a business's knowledge names what a question asks after.

Retrieval finds the entry nearest a question, but near is not settled: "tem
estacionamento na loja?" lands on the shop's address, "vocês fazem entrega agendada?" on
delivery times, "dá pra pagar metade no PIX e metade no cartão?" on the ways to pay. A
question asking whether the shop has, does, sells or accepts something, or whether
something can be done, is settled by the knowledge only if the knowledge names that
thing somewhere: otherwise it can say neither yes nor no, and the answer is a person's.

Two more kinds of question are settled only by more than a word somewhere:
- what is added to a service, or where it applies ("dá pra colocar um cartão na embalagem
  de presente?", "os pontos valem na loja física?"), only by the entry on that service:
  the knowledge may name cards and the shop elsewhere, for other things;
- which one of a kind the shop works with ("qual transportadora vocês usam?"), only if
  the knowledge names one: a name in a sentence on that kind; and an identifier of the
  business ("qual o CNPJ de vocês?", "your phone number?"), only if the knowledge gives
  one: a long number in a sentence on it;
- a place abroad ("vocês entregam em Portugal?"), only if the knowledge names it: a shop
  that delivers "para todo o Brasil" says nothing of Lisbon (but does of Rondônia: a state
  or region of Brazil is settled by an entry on the whole country, `_covers`);
- moving something to another person or account ("os pontos podem ser transferidos pra
  conta da minha mãe?"), only if the knowledge has the verb;
- doing something at one of the business's places ("posso fazer a troca na loja
  física?"), only if the entry on that thing names the place (`done_at`);
- a carrier or shipping service named in a question on how long or how much ("o sedex
  dos correios demora quanto pra Recife?"), only if the knowledge names it: delivery
  times for "a transportadora" say nothing of Sedex's (`carriers`);
- damage the customer caused, asked after as covered ("a garantia cobre se eu derrubar a
  panela?"), only if the entry on that service has the word itself (`accidents`).

What a product works with ("funciona em fogão de indução?") is asked after like what the
shop has: settled only if the knowledge names it.

It reads the same for any business: the openers are Portuguese and English grammar, the
vocabulary is the business's own knowledge (and the customer words a learnt expansion
maps into it).
"""

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise

from confia.agent.knowledge import STREET_KINDS
from confia.agent.retrieval import Expansion
from confia.agent.text import (
    CAPITALS,
    STOPWORDS,
    THE_SHOP,
    fold,
    name_pattern,
    phrased,
    terms,
    words,
)

# "Vocês têm / fazem / vendem / aceitam X?": X is what is asked after. Not "tem que"
# (an obligation) nor "tem como" (a possibility, below).
_HAS = re.compile(
    # (nor a feeling someone has: "uma pergunta de quem tem medo de comprar pela internet", "vc
    # tem certeza ou tá chutando?"; but "vocês têm certeza de que é original?" asks)
    # (nor a trouble said to be had: "com quantos dias vcs consideram que tem problema?")
    r"\b(?:tem(?! (?:que|como|jeito|medo|receio|pressa|vontade|problemas?|algum problema|"
    r"certeza(?! (?:de|que)\b))\b)|"
    # (nor a past told with it: "tinha pago via pix", "teria comprado")
    r"tinha(?! (?:que|de|\w+(?:ado|ido)|pago|feito|visto|dito|posto|aberto|escrito)\b)|"
    r"teria(?! (?:que|de|\w+(?:ado|ido)|pago|feito|visto|dito|posto|aberto|escrito)\b)|tera|existe|"
    r"existem|possui|possuem|dispoe de|dispoem de|disponibiliza|disponibilizam|"
    r"oferece|oferecem|fazem|vende|vendem|aceita|aceitam|trabalha com|trabalham com|emite|"
    r"emitem)\b"
    # "a loja física faz afiação de facas?" (the shop's; not time gone by, "faz 3 dias")
    r"|(?:(?<=loja )|(?<=fisica )|(?<=voces ))faz\b(?! (?:\d|um |uma |dois |duas |tres |quanto|"
    r"tempo|uns |umas |anos|meses|dias|semanas|horas|muito|pouco|bastante|mais de))"
    # "vcs dão vale-troca pra quem recebe presente?"
    r"|(?<=voces )dao\b"
    # "ainda tá tendo brinde?" (not a trouble the customer is having: "ainda tá tendo erro")
    r"|(?:(?<=voces )|(?<=ainda )|(?<=hoje )|(?<=agora )|(?<=ai ))(?:esta|estao) tendo\b"
    r"(?! (?:algum |alguma |um |uma )?(?:problema|erro|dificuldade|atraso|falha|instabilidade)s?\b)"
)
# Where the customer is ("lá sempre tem gente na portaria"): what "tem" there is said, not
# asked of the shop ("aí tem estacionamento?", said to the shop, asks).
_CUSTOMERS_PLACE = frozenset(["la", "ali", "aqui", "ca"])
# ...or its building, as theirs ("nosso prédio não tem porteiro à tarde").
_CUSTOMERS_BUILDING = frozenset(["predio", "condominio", "bloco", "apartamento", "apto", "rua"])
_THEIRS = frozenset(["meu", "minha", "nosso", "nossa"])
_PLACE_BACK = 4
# What the customer found out is told, not asked: "descobri que o cabo tem níquel".
_FOUND_OUT = frozenset(["vi", "descobri", "percebi", "notei", "reparei"])
# ...or a message the customer received ("no fim da pesquisa tem um convite pro Aurora+").
_MESSAGES_RECEIVED = frozenset(
    ["lembrete", "email", "sms", "mensagem", "notificacao", "pesquisa", "newsletter", "panfleto",
     "folheto", "propaganda", "anuncio"]
)  # fmt: skip
# ...what such a message is made of (not what it offers, "no email tem um desconto de 20%",
# nor a link to pay by, which are the shop's to confirm).
_MESSAGE_PARTS = frozenset(
    ["botao", "convite", "banner", "foto", "fotos", "imagem", "video", "formulario", "campo",
     "estrelas", "emoji", "carinha"]
)  # fmt: skip
# Conditions a person has: told of them, never a thing the shop is asked to have.
_CONDITIONS = frozenset(
    ["parkinson", "alzheimer", "artrite", "artrose", "diabetes", "tendinite", "avc", "demencia",
     "esclerose", "autismo", "tdah", "catarata", "glaucoma", "reumatismo", "fibromialgia",
     "epilepsia", "labirintite", "osteoporose", "bursite", "hernia"]
)  # fmt: skip
# ...and words that are a condition only when said of a person ("ela tem baixa visão"), not of
# the shop, its site or a product ("tem limitação de peso?", "a batedeira tem tremor")
_IMPAIRMENTS = frozenset(
    ["deficiencia", "mobilidade", "dificuldade", "limitacao", "tremor", "tremores", "baixa"]
)  # fmt: skip
# Who the customer speaks of ("meu pai tem Parkinson", "minha tia que tem artrite"): what
# they have is told, not asked of the shop.
_PEOPLE = frozenset(
    ["pai", "mae", "avo", "vovo", "tia", "tio", "filho", "filha", "esposa", "marido", "irmao",
     "irma", "sogra", "sogro", "neto", "neta", "namorada", "namorado", "amiga", "amigo",
     "filhos", "filhas", "netos", "netas", "amigos", "amigas", "vizinho", "vizinha", "vizinhos",
     # (whom a host lodges: "meus hóspedes fazem check-in tarde")
     "hospede", "hospedes", "inquilino", "inquilinos",
     # (or whom the customer buys for: "a associação tem orçamento apertado")
     "associacao", "igreja", "paroquia", "ong", "comunidade", "escola", "creche"]
)  # fmt: skip
# (or the customer, or whoever they speak of: "ele não tem carro")
_PRONOUNS = frozenset(["eu", "ele", "ela", "eles", "elas"])
# (not "eu": "eu queria saber se tem limitação de peso" asks the shop)
_HE_OR_SHE = _PRONOUNS - {"eu"}
# ...unless what they have is one of the shop's own benefits, asked whether it serves: "minha
# namorada tem cupom de primeira compra, posso usar na minha conta?"
_OFFERS = frozenset(
    ["cupom", "cupons", "desconto", "descontos", "vale", "voucher", "credito", "cashback", "brinde",
     "codigo"]
)  # fmt: skip
_HOW_MUCH = frozenset(["quanto", "quanta", "quantos", "quantas"])
_QUESTION_WORDS = frozenset(["quanto", "quantos", "quantas", "quando", "qual", "como", "onde"])
_SITE_PARTS = frozenset(
    ["area", "aba", "secao", "pagina", "parte", "campo", "menu", "opcao", "lugar", "espaco",
     "page", "section", "tab", "botao", "link", "button"]
)  # fmt: skip
_ON = frozenset(["no", "do", "na", "da", "em", "on", "in"])
_PURPOSE_REACH = 4
# Looking is what a part of a site is for: "um lugar no site pra olhar" asks only the site.
_LOOKING = frozenset(
    ["olhar", "ver", "acompanhar", "conferir", "consultar", "checar", "verificar", "saber",
     "visualizar", "achar", "encontrar",
     # ...as it goes: "um lugar no site pra eu ir olhando"
     "ir", "olhando", "vendo", "acompanhando", "conferindo", "checando"]
)  # fmt: skip
_SITES = frozenset(["site", "app", "aplicativo", "website"])
_OR_HOW = re.compile(
    r"\bou como (?:que )?(?:eu |a gente )?(?:descubro|sei|vejo|calculo|fico sabendo|posso saber)\b"
)
_SHOWN = frozenset(["escrito", "escrita", "dizendo", "falando", "written", "saying"])
# "Funciona em fogão de indução?", "vai na lava-louças?", "does it work on induction?":
# what a product works with or withstands, settled only if the knowledge names that thing.
_WORKS_WITH = re.compile(
    r"\b(?:funciona|funcionam|pode ir|podem ir|aguenta|aguentam|suporta|suportam|e compativel|"
    r"sao compativeis|works?|is it safe|goes|go|aguenta ir|aguentam ir) (?:em|no|na|nos|nas|com|"
    r"on|in|with)\b|\b(?:are they|is it|are these|is this) safe (?:to|estou)"
    # (not a purchase that is safe: "is it safe to pay by pix?")
    r"(?! (?:buy|pay|order|shop|purchase|give|share|send|leave)\b)\b"
    # ...or used on a stove or in an appliance: "pode usar no fogão de indução?"
    r"|(?<!\bque )\b(?:pode|posso|podem|da para) usar (?:em|no|na|nos|nas)(?= (?:fogao|forno|"
    r"cooktop|"
    r"inducao|microondas|micro|lava|freezer|geladeira|airfryer|air|churrasqueira|fogo|chama|"
    r"gas)\b)"
    # ...or withstanding a thing named right after: "aguenta fogão industrial?"
    r"|\b(?:aguenta|aguentam|suporta|suportam)\b(?= (?:fogao|forno|fogo|calor|inducao|lava|"
    r"microondas|micro|temperatura|freezer|alta|uso)\b)"
    # "Serve para fogão de indução?" (and "serve pra presente?", which the knowledge names).
    # (not told it does not: "o tamanho não serve nas minhas almofadas")
    r"|(?<!\bnao )\b(?:serve|servem) (?:em|no|na|nos|nas|com|para|pra)\b"
)
# "Dá pra ter ideia / noção / certeza": knowing, which the shop is not asked whether it has.
_KNOWING = frozenset(["ideia", "nocao", "certeza"])
# "Faz 4 dias", "há duas semanas": how long something has been so (`_for_how_long`)...
_SINCE_AGO = frozenset(["ha", "faz", "fazem"])
_AMOUNTS = frozenset(
    ["um", "uma", "dois", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove",
     "dez", "uns", "umas", "varios", "varias", "muito", "muitos", "mais", "quase", "tempo"]
)  # fmt: skip
# ...of what the customer's order is and how it is followed.
_TRACKED = frozenset(
    ["pedido", "encomenda", "entrega", "pacote", "envio", "rastreio", "rastreamento", "status"]
)
# Times of the day, week and year: what follows "funciona no" when it asks when.
_WHEN = frozenset(
    ["natal", "carnaval", "pascoa", "reveillon", "ano", "feriado", "feriados", "domingo",
     "domingos", "sabado", "sabados", "fim", "fins", "final", "noite", "madrugada", "manha",
     "tarde", "segunda", "terca", "quarta", "quinta", "sexta", "black", "dia", "dias",
     "horario", "weekend", "weekends", "sunday", "sundays", "saturday", "saturdays",
     "holiday", "holidays", "christmas", "night", "morning", "evening"]
)  # fmt: skip
_HAS_ENGLISH = re.compile(r"\b(?:do you (?:have|offer|sell|do|accept|take)|is there|are there)\b")
# What the shop sends: a verb done to one is a service of its own ("agendar a entrega"),
# when the thing is its object ("abater no pedido" says where, not what).
_DELIVERY_THINGS = frozenset(["entrega", "pedido", "encomenda", "envio", "pacote"])
_DETERMINERS = frozenset(["a", "o", "as", "os", "minha", "meu", "minhas", "meus", "essa", "esse"])
# "Dá pra / tem como / é possível VERB X?": the verb is the doing, X what it is done to.
_CAN = re.compile(
    # ("vocês conseguem agendar a entrega?", "consegue priorizar meu envio?")
    r"\b(?:da para|tem como|tem (?:algum )?jeito de|e possivel|seria possivel|sera possivel|"
    r"consigo|posso|podemos|consegue|conseguem)\b"
)
# "Tem alguma vantagem pagar no pix?": an advantage asked after, which the answering entry
# settles by stating a benefit ("5% de desconto", "grátis").
_ADVANTAGE_WORDS = frozenset(
    ["vantagem", "vantagens", "beneficio", "beneficios", "advantage", "advantages", "benefit",
     "benefits", "perk", "perks"]
)  # fmt: skip
_BENEFIT_STATED = ("desconto", "gratis", "pontos", "cashback")
# "Tem alguma taxa pra cancelar?", "any fee?": a cost asked after, which knowledge that
# states costs settles in its own words ("sem custo", "grátis", "R$ 9,90").
_COST_WORDS = frozenset(
    ["taxa", "taxas", "multa", "multas", "tarifa", "tarifas", "custo", "custos", "cobranca",
     "fee", "fees", "charge", "charges"]
)  # fmt: skip
_COST_STATED = re.compile(r"\b(?:custo|custos|gratis|gratuit[oa]s?|taxa|tarifa|multa)\b|r\$")
# Orders put together: "dá pra juntar meus dois pedidos numa entrega só?" (`orders_merged`).
# (asked of orders placed, not of purchases still gathered to reach free freight: "se eu
# juntar as compras do mês passa de 299?", "juntar duas encomendas no mesmo carrinho"; nor
# orders that came together: "chegaram juntos os dois")
_MERGE_VERB = (
    r"(?:juntar|juntam|junta|juntem|juntariam|juntaria|unir|unem|unificar|unificam|agrupar|"
    r"agrupam|somam|somar|soma|juntando|unindo|agrupando|somando|unificando)"
)
_MERGED = re.compile(
    # ...in English: "can you merge my two orders into one invoice?"
    r"^(?!.*\bcart\b).*\b(?:merge|combine|join|group)\b (?:my |the |these |both )?(?:(?:two|"
    r"\d|three) )?(?:orders|purchases|deliveries|shipments)\b|"
    rf"^(?!.*\bcarrinho\b)(?:.*\b{_MERGE_VERB} (?:os |as |esses |essas )?(?:meus |minhas )?"
    r"(?:(?:dois|duas|\d|tres) (?:pedidos|compras|encomendas|entregas)|pedidos|encomendas|"
    # (not what they add up to: "somando as duas compras gastei 620")
    r"entregas)\b(?! (?:eu |que )?(?:gastei|deu|da|dao|ficou|fica|foram|totaliz\w*)\b)"
    rf"|.*\b(?:pedidos|compras|encomendas)\b.{{0,80}}\b{_MERGE_VERB} (?:os|as) "
    r"(?:dois|duas|tres)\b"
    # ...or all of them, told before: "fiz 3 pedidos em dias diferentes, consigo juntar tudo
    # numa entrega só?"
    rf"|.*\b(?:pedidos|encomendas)\b.{{0,80}}\b{_MERGE_VERB} (?:tudo|todos|todas|eles|elas)\b"
    r".{0,20}\b(?:numa|em uma|na mesma|num|no mesmo) (?:entrega|envio|caixa|pacote|frete)\b"
    # ...or summed for a benefit: "dois pedidos separados de R$ 160, vocês somam pra dar frete
    # grátis?"
    rf"|.*\b(?:dois|duas|\d|tres) (?:pedidos|compras)\b.{{0,80}}\b{_MERGE_VERB}\b(?: \w+)? "
    r"(?:para|pra) (?:dar|ganhar|ter|conseguir|fechar) (?:o )?frete)"
)
# An order said placed, or paid (not one still to be made, nor a refund's way back: "se eu
# trocar pra pix o pedido é aprovado mais rápido?", "o estorno volta no cartão ou dá pra
# trocar pra pix?", "gerei o boleto mas ele venceu, dá pra mudar pra pix?").
_PLACED = re.compile(
    r"^(?!.*\b(?:reembols\w*|estorn\w*|devolv\w*|devoluc\w*|cancel\w*|venc\w*|dinheiro volta)\b)"
    r".*\b(?:paguei|comprei|fiz o pedido|fiz a compra|ja paguei|gerei (?:o |um )?boleto|"
    r"(?:o|meu) pedido (?:\w+ )?"
    r"(?:esta|foi) (?:no|na|em|pago|feito)|i (?:paid|ordered|bought)|(?:that|this|my|the) order|"
    # (an order already made: "num pedido que já fiz", "no pedido que eu fiz ontem")
    r"(?:pedido|compra) que (?:eu )?(?:ja )?(?:fiz|fechei|finalizei|gerei))\b"
)
# The way an order is paid changed after it was placed: "paguei no cartão mas queria mudar pra
# pix, dá pra trocar a forma de pagamento depois?", "comprei no boleto mas quero mudar pra pix"
# (settled only by knowledge that says whether it can be, in words like these).
_PAYMENT_CHANGED = re.compile(
    r"\b(?:mudar|muda|trocar|troca|alterar|altera)(?: \w+)? (?:a )?forma de pagamento\b"
    r"|\b(?:mudar|trocar|passar|alterar) (?:o pagamento )?(?:para|pro) (?:o )?(?:pix|boleto|"
    r"cartao)\b"
    # ...in English: "can I change the payment method on that order?"
    r"|\b(?:change|switch) (?:the |my )?(?:payment|payment method|payment option)\b"
)
# A placed order changed otherwise than its address or payment: an item or the gift wrap
# added or taken off ("ainda dá pra incluir no pedido?", "queria tirar a embalagem de
# presente do pedido"), turned into a pickup, split into two deliveries (settled only by
# knowledge that says it can be, in words like these).
_ORDER_CHANGED = re.compile(
    r"\b(?:incluir|inclui|adicionar|adiciona|acrescentar|acrescenta|tirar|tira|remover|remove|"
    # (not a copy or a detail taken or put: "tirar a segunda via do pedido", "incluí o cpf no
    # pedido")
    r"excluir)\b(?: (?!duvida|via|print|foto|copia|nota|cpf|cnpj|email|telefone|nome|dados|"
    r"endereco|complemento|cep)\w+){0,5} (?:no|do|ao|nesse|desse|neste|deste|num|em um|a um) "
    r"(?:meu |mesmo )?pedido\b"
    r"|\b(?:mudar|muda|trocar|alterar|altera|passar)\b(?: \w+){0,5} (?:pedido|compra)\b.{0,30}"
    r"\b(?:para|pro) (?:a )?(?:retirada|retirar)\b"
    r"|\bdividir (?:o |meu |a |um |uma |esse |essa )?(?:pedido|entrega|compra)\b.{0,30}\b(?:duas|"
    r"dois|2) (?:entregas|"
    r"enderecos|partes|envios)\b"
    # ...or one order sent to several addresses: "vocês entregam em vários endereços no mesmo
    # pedido?", "dois presentes pra endereços diferentes no mesmo pedido"
    r"|\b(?:(?:varios|diversos|diferentes|mais de um|dois|\d+) enderecos|enderecos (?:diferentes|"
    r"distintos))\b.{0,20}\b(?:no|num|em um|do|de um) (?:mesmo |so |unico )?pedido\b"
    # ...said the other way round: "vocês mandam um pedido pra dois endereços?", "um pedido só
    # e entregar em 12 endereços diferentes"
    # (where it goes: not addresses the customer has, "fiz um pedido e cadastrei dois endereços
    # novos")
    r"|\b(?:um|o mesmo|um unico|so um) pedido\b.{0,40}\b(?:pra|para|em|com|a)(?: \w+)? "
    r"(?:(?:varios|diversos|diferentes|mais de um|dois|\d+) enderecos|enderecos (?:diferentes|"
    r"distintos)|(?:\d+|dois|duas|tres) (?:apartamentos|aptos|casas) diferentes)\b"
    r"|\b(?:multiple|several|different|two) addresses (?:in|on|for) (?:the same|one|a single) "
    r"order\b"
    # ...in halves or item by item: "dividir um pedido e mandar metade pro endereço antigo e
    # metade pro novo", "mandar cada item do mesmo pedido pra um endereço diferente"
    r"|\b(?:dividir|divide|separar|separa)\b.{0,40}\bmetade (?:pro|para|pra|no|em)\b.{0,40}"
    r"\bmetade (?:pro|para|pra|no|em)\b"
    r"|\bcada (?:item|produto|presente|coisa|caixa|volume)\b.{0,30}\b(?:pra|para|em) "
    r"(?:um |outro )?endereco (?:diferente|distinto|separado)\b"
)
# ...said of an order still being made, or of what the change costs: "posso incluir embrulho no
# pedido antes de finalizar a compra?", "vou incluir uma garrafa no pedido de amanhã",
# "quanto custa adicionar embrulho ao pedido?" (the knowledge on that thing answers).
_ORDER_UNPLACED = re.compile(
    r"\b(?:antes de (?:finalizar|fechar|concluir)|(?:no|do|ao) carrinho|pedido de amanha|"
    r"proximo pedido|novo pedido|quanto (?:custa|fica|sai))\b"
)
# The proof of purchase lacked: "não tenho o número do pedido", "sem nota", "perdi o
# comprovante", "I don't have the order number" (what can be done without it the knowledge
# states, or a person says).
_WITHOUT_PROOF = re.compile(
    r"\b(?:sem|nao tenho|nao tem|nao temos|nao sei|nao sabe|perdi|perdeu|without|dont have|"
    r"doesnt have|don t have|doesn t have|lost)(?: \w+){0,2}? (?:nota|notas|nf|numero do pedido|"
    r"n do pedido|comprovante|recibo|cupom fiscal|order number|receipt|invoice)\b"
)
_EXCHANGED = re.compile(r"\b(?:troc\w*|devolv\w*|devolucao|exchange\w*|return\w*)\b")
# ...or the warranty used without the order's number it asks for: "ganhei de presente, sem nota
# nem número de pedido, consigo usar a garantia?" (not "sem a nota impressa; tenho o número")
_WITHOUT_ORDER_NUMBER = re.compile(
    r"\b(?:sem|nao tenho|nao tem|nao temos|nao sei|nao sabe|perdi|perdeu|without|dont have|"
    r"don t have|lost)(?: \w+){0,3}? (?:numero d[oe] pedido|n d[oe] pedido|order number)\b"
)
_REPAIRED = re.compile(r"\b(?:garantia|warranty)\b")
# ...and the customer's papers to buy with: "não tenho CPF, só passaporte: consigo comprar?"
_WITHOUT_ID = re.compile(
    r"\b(?:sem|nao tenho|nao tem|so tenho|so com|apenas com|without|dont have|don t have|"
    r"doesn t have|only)(?: \w+){0,2}? (?:cpf|passaporte|passport|rnm|rne)\b"
)
_BUYING = re.compile(r"\b(?:compr\w*|pagar|cadastr\w*|buy|purchase|order|pay|register|checkout)\b")
# A charge counted towards a threshold: "o valor do embrulho conta pros 299 do frete grátis?"
# (settled only by the threshold's entry naming the charge); a photo or video the shop is
# asked to send ("vcs mandam uma foto do presente embrulhado?"), only by the entry naming it.
_COUNTED_TOWARDS = re.compile(
    r"\b(embrulho|embalagem|frete|taxa|pontos|desconto|cupom)\b(?: \w+){0,4} (?:conta|contam|"
    r"entra|entram|soma|somam)\b (?:para|pro|pros|no|nos|na) (?:o |os |a )?(?:valor|minimo|\d+|"
    r"frete)\b"
)
_SHOWN_FIRST = re.compile(
    r"\b(?:voces|vcs) (?:mandam|enviam|tiram)\b (?:uma |um |umas |uns )?(foto|fotos|video|videos)\b"
)
# A day delivered on: "vcs entregam sábado?", "a transportadora entrega no feriado?", or a time
# of day, "dá pra entregar à tarde?" (settled only by an entry on deliveries naming it, not the
# shop's opening hours). Asked of the delivery to come: not one told ("entregaram no sábado",
# "foi entregue no sábado", "tentaram entregar no domingo"; "vai ser entregue de manhã?"
# asks), nor the delivery as a thing ("esperar a entrega no domingo", "a entrega de feriado
# conta no prazo?"; "fazem entrega aos domingos?" asks).
_DELIVERY_DAY = re.compile(
    r"(?:\bser entregues?|(?<!\ba )(?<!\bde )(?<!\bda )(?<!\bna )(?<!\bminha )(?<!\bsua )"
    r"(?<!\bessa )(?<!\btentaram )(?<!\btentou )\bentreg(?!aram\b|ou\b|ue\b|ues\b|uei\b)\w*) "
    r"(?:no |na |aos |nos |em |de |a |pela |durante a )?(sabado|domingo|feriado|tarde|manha|"
    r"noite)s?\b"
)
# The delivery said to be done on a day ("a entrega é feita no sábado?") or at an hour the
# customer sets ("pedir pra entrega ser num horário específico?").
_DELIVERY_DONE_ON = re.compile(
    r"\bentrega (?:e feita|acontece|ocorre|sai|vem|chega|pode ser) (?:no |na |aos |nos |em )?"
    r"(sabado|domingo|feriado)s?\b"
    r"|\bentreg\w* (?:\w+ ){0,2}?(?:num|em um|no|com) (horario) (?:especifico|marcado|combinado|"
    r"certo|definido)\b"
    r"|\b(?:agendar|marcar|combinar) (?:um |o )?(horario) (?:pra|para|da|de) (?:a )?entrega\b"
    # ...or the day chosen: "dá pra escolher o dia da entrega?"
    r"|\b(?:escolher|escolho|agendar|agendo|marcar|marco|combinar|definir) (?:o |a |um |uma )?"
    r"(dia|data|turno|periodo) (?:certo |certa |exato |exata )?(?:pra|para|da|de) (?:a )?entrega\b"
    # ...or the day it arrives: "consigo escolher o dia que a entrega chega?"
    r"|\b(?:escolher|escolho|agendar|agendo|marcar|marco|combinar|definir) (?:o |a )?(dia|data|"
    r"turno|periodo|horario) (?:em )?que (?:a entrega|o pedido|a encomenda|o pacote|ele|ela) "
    r"(?:chega|vai chegar|e entregue|sera entregue|vem)\b"
    # (not whether such days count in the deadline: "a entrega no fim de semana conta no
    # prazo?")
    # ...or the return's collection on one: "a coleta da devolução pode ser num sábado?"
    r"|\bcolet\w*\b(?: \w+){0,3}? (?:pode ser |e feita |acontece |vem |passa )?(?:no|num|nos|aos|"
    r"em) (sabado|domingo|feriado)s?\b"
    r"|\bentregas? (?:no|nos|aos|de) (fim|final|fins) de semana\b(?! (?:conta|contam|entra|"
    r"entram)\b)"
    # ...or the courier coming then: "consegue pedir pro entregador vir só depois das 18h?"
    r"|\b(?:entregador|motoboy|transportadora|carteiro)\b (?:vir|passar|chegar|vem|venha|passe) "
    r"(?:so )?(?:depois|antes|ate|apos) (?:d[ae]s? |as )?(\d+)(?= ?(?:h|horas|da tarde|da manha|pm|"
    r"am)\b)"
    # ...or before or after an hour: "a recepção só recebe até as 5, podem entregar antes
    # desse horário?"
    r"|\bentreg(?!aram\b|ou\b|ue\b|ues\b|uei\b)\w* (?:ate|antes|depois) (?:\w+ ){0,2}?(horario|"
    r"hora|\d+(?= ?(?:h|horas|da tarde|da manha|pm|am)\b))"
    # ...or on a holiday's date: "a transportadora entrega no dia 25 ou no 1º de janeiro?"
    # (not one delivered then, told: "foi entregue no dia 25 e veio trincada")
    r"|\bentreg(?!aram\b|ou\b|ue\b|ues\b|uei\b)\w* (?:no |na |em )?(?:dia )?(natal|ano novo|"
    r"reveillon|"
    r"25 de dezembro|(?:1|1o|primeiro) de janeiro|dia (?:24|25|31|1|1o|primeiro))\b"
)
# A message's sentences that ask: those ending in "?", or all when none does ("a entrega
# chega no sábado segundo o rastreio. se eu não estiver, o que acontece?" tells the day).
_SENTENCES_SAID = re.compile(r"[^.!?\n]+[.!?\n]*")
# A voucher or gift card, by its compound: "vale-presente", "gift-card", "cartão-presente".
_VOUCHER = re.compile(r"(?:vale|gift|cartao)-(?:presentes?|compras?|trocas?|cards?)$")
# "Vale-presente", "cartão-fidelidade": a compound names one thing, which the knowledge
# settles only if it names the compound, not its words apart ("vale" and "presente").
_COMPOUND = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")
# ...also when written apart: "vale presente", "gift card" are the one thing each.
_SPACED_COMPOUND = re.compile(
    r"\b(vale|gift|cartao)\s+(presentes?|compras?|trocas?|refeicao|alimentacao|transporte|cards?)\b"
)
# "Qual transportadora? Correios ou outra?": a clause that is only a choice between
# things is settled only if the knowledge names the first of them.
_CHOICE = re.compile(r"([a-z]{3,}) ou (?:[a-z]+ )?[a-z]+")
# A question's clauses: a word after a full stop or a comma is no object of the opener.
_CLAUSE = re.compile(r"[?.!,;:\n]+")
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# "Dá pra colocar / incluir / gravar X?", "can you add X?": X is added to a service.
_ADD_ON = re.compile(
    r"\b(?:da para|tem como|tem jeito de|e possivel|consigo|posso|podemos|(?:voces )?(?:pode|"
    r"podem|poderia|poderiam|consegue|conseguem)|voces|can you|could you|can i|could i|can we|"
    r"do you|is it possible estou)"
    r" (?:me |eu )?(?:coloc\w*|inclu\w*|adicion\w*|acrescent\w*|anex\w*|personaliz\w*|"
    r"grav(?:ar|a|am|em)|escrev(?:er|e|em)|mand(?:ar|a|am) junto|envi(?:ar|a|am) junto|"
    # (a note sent with it: "dá pra mandar um cartãozinho escrito 'feliz aniversário'?")
    r"(?:mand|envi)(?:ar|a|am)(?= (?:um |uma )?(?:cartaozinho|cartao|bilhet\w*|recad\w*|"
    r"cartinha|dedicatoria)\b)|"
    r"add|include|put|attach|engrave|write)\b"
    # "A embalagem vem com cartão?", "does it come with a card?": what comes with it.
    r"|\b(?:vem|vem acompanhad[oa]|acompanha|comes?) (?:com|de|with)\b"
    # ...or goes with it: "a embalagem de presente vai com cartãozinho?"
    r"|\b(?:vai|vao|segue|seguem) (?:junto )?com (?:um |uma |o |a )?(?:cartaozinho|cartao|"
    r"bilhet\w*|recad\w*|cartinha|dedicatoria|mensagem)\b"
    # ...or may go with it: "a embalagem de presente pode ir com um cartão com a logo?"
    r"|\b(?:pode|podem|poderia|da para|tem como) (?:ir|vir|seguir) (?:junto )?com\b"
    # ...and what a service includes: "a garantia inclui visita técnica em casa?"
    r"|\b(?:inclui|incluem|includes?)\b"
    # ...and what an invoice is issued with: "a nota precisa sair com a inscrição estadual?"
    r"|\b(?:nota|nf|nfe)(?: fiscal)?(?: \w+){0,3}? (?:sai|sair|saia|saisse|vir|venha|viesse|"
    r"emitida|emitir) (?:com\b|(?=(?:no|em) nome\b(?! d[ao] (?:minha |nossa |meu |nosso )?"
    # (not the customer's own company, which the CNPJ settles: "a nota sai no nome da empresa?")
    r"(?:empresa|empresinha|firma|cnpj|loja|lojinha)\b)))"
)
# What comes with the purchase is added to it; the purchase itself is no add-on ("a nota
# fiscal vem com o produto?").
_THE_PURCHASE = frozenset(
    [
        "produto",
        "produtos",
        "pedido",
        "pedidos",
        "compra",
        "compras",
        "encomenda",
        "item",
        "itens",
        "mercadoria",
        "pacote",
        "caixa",
        "product",
        "products",
        "order",
        "items",
        "package",
        "parcel",
        "box",
    ]
)
# "Os pontos valem (pra usar) na loja física?", "is the coupon valid in the app?": where
# or for what something applies.
_APPLIES = re.compile(
    r"\b(?:vale|valem|valido|valida|validos|validas|se aplica|se aplicam|aplica se|aplicam se|"
    r"valid|apply|applies)\b"
)
# "A garantia cobre se eu derrubar a panela?", "does it cover it if I drop it?": damage
# the customer caused, asked after as covered, is settled only by the entry on that service
# naming it (a warranty "contra defeitos de fabricação" says nothing of a fall).
_COVERS_CASE = re.compile(
    r"\b(?:cobre|cobrem|abrange|abrangem|vale|valem|covers?)(?: (?:isso|it|that))?(?: (?:se|"
    r"quando|caso|em caso de|if|when|for))?\b"
)
_ACCIDENT = re.compile(
    r"\b(?:derrub\w*|cair|caiu|caisse|queda|quebr(?:ar|ei|ou)|amass(?:ar|ei|ou)|queim(?:ar|ei|ou)|"
    r"molh(?:ar|ei|ou)|mau uso|uso indevido|acidente|drop|dropped|fell|fall|broke|break|misuse|"
    r"accident)\b"
)
# ...not a defect ("se quebrar sozinha", "se o motor queimar") nor a payment ("quando cai o
# pix"), which the entry's own words settle.
_NOT_AN_ACCIDENT = re.compile(
    r"\b(?:sozinh\w*|uso normal|defeito\w*|fabrica\w*|pix|pagamento|boleto|dinheiro|"
    r"transporte|transportadora|entrega|motor|resistencia|on its own|by itself)\b"
)
_CASE_REACH = 8
# "Posso usar os pontos junto com o desconto do pix?": another benefit stacked on the
# service, settled only by the entry on that service naming it.
_TOGETHER = re.compile(
    r"\b(?:junto com|juntamente com|acumul\w* com|somar com|somad[oa]s? (?:a|ao|com)|"
    r"together with|combined with|stack\w* with)\b"
)
# A benefit spent on another charge: "usar os pontos pra pagar o frete", "os pontos abatem
# no frete?" (the charge must be named by the benefit's entry; the purchase itself is what
# a benefit is for: "usar os pontos na próxima compra").
_SPENT_ON = re.compile(
    r"\b(?:(?:usar|uso|usa|utilizar|abater|descontar|gastar|resgatar) (?:(?:os|as|o|a|meus|minhas|"
    # ("os pontos que juntei comprando coisa pro pet servem pra abater o valor do frete?")
    r"meu|minha) )?(pontos|cashback|credito)|(pontos|cashback|credito) (?:d[oa] \S+ |que "
    r"(?:\S+ ){1,6}?)?(?:abatem|abate|descontam|desconta|servem|serve))(?: (?:d[oa] )?\S+)? "
    r"(?:para pagar|para abater|para|no|na|nos|nas|em) (?:o |a |os |as )?(?:valor d[oa]s? )?"
    r"(?=(?:frete|fretes|embrulho|embalagem|entrega|parcelas?|juros|taxas?)\b)"
)
_BENEFITS = frozenset(
    ["cupom", "cupons", "desconto", "descontos", "pontos", "cashback", "frete", "promocao",
     "promocoes", "vale", "brinde", "brindes", "coupon", "discount", "points"]
)  # fmt: skip
# The whole country, as a knowledge says it, and the states and regions it covers.
_NATIONWIDE = re.compile(r"\btodo o (?:brasil|pais|territorio nacional)\b|\btodos os estados\b")
# Carriers and their services by name, asked after with how long or how much.
_CARRIER = re.compile(r"\b(?:sedex|pac|jadlog|loggi|braspress|fedex|dhl)\b")
_HOW_LONG_OR_MUCH = re.compile(
    r"\b(?:demora\w*|leva|levam|prazo|quanto tempo|quantos dias|custa|custo|valor|preco|"
    r"frete|chega|chegam|chegar)\b"
)
# The business itself, as the owner of its things ("os produtos da loja"), and the words
# that make it a place instead ("da loja física").
# The business itself; its own names read as `THE_SHOP` (`confia.agent.text.the_shop_named`).
_THE_BUSINESS = frozenset(["loja", "voces", "empresa", THE_SHOP, "site"])
_PLACE_KINDS = frozenset(["fisica", "fisicas", "online", "virtual", "shopping"])
_BOUGHT = frozenset(["compra", "compras"])
# The words that make a place a region of the country: "a região Norte", "o estado do
# Pará", "o Brasil inteiro".
_REGION_WORDS = frozenset(
    ["regiao", "regioes", "estado", "estados", "inteiro",
     # (kinds of place within the country: "vale pra zona rural ou só pra capital?")
     "zona", "rural", "capital", "capitais", "interior", "litoral", "cidade", "cidades",
     # (an island: "frete grátis vale pra Fernando de Noronha também?")
     "ilha", "ilhas", "arquipelago", "noronha"]
)  # fmt: skip
# A state's abbreviation after a city names a place in Brazil: "vale pra Boa Vista RR?" (only
# those that are no Portuguese word: not "se", "to", "pe", "es", "pa", "ma", "am", "go"; nor
# "mt", which chat shorthand reads "muito").
_STATES = frozenset(
    ["ac", "ap", "ba", "df", "mg", "ms", "pb", "pi", "pr", "rj", "rn", "ro", "rr", "rs", "sc",
     "sp"]
)  # fmt: skip
# ...when the question is on free shipping alone (the delivery times, pickup or a shop
# there are another matter: "a retirada vale pra Curitiba PR?").
_SHIPPING_ONLY = re.compile(
    r"^(?=.*\bfrete\b)(?!.*\b(?:retir\w*|loja|prazo|dias|expressa|agendad\w*|"
    r"shopping|unidade|filial)\b)"
)
# ...and the states of more than one word ("vale pro Rio Grande do Sul?").
_STATE_NAMES = (
    "rio grande do sul", "rio grande do norte", "mato grosso", "santa catarina", "rio de janeiro",
    "sao paulo", "espirito santo", "distrito federal",
)  # fmt: skip
_BRAZIL_REGIONS = frozenset(
    ["acre", "alagoas", "amapa", "amazonas", "bahia", "ceara", "goias", "maranhao", "paraiba",
     "parana", "pernambuco", "piaui", "rondonia", "roraima", "sergipe", "tocantins", "minas",
     "nordeste", "norte", "sul", "sudeste", "centro", "interior"]
)  # fmt: skip
# Said between: "valem também", "valem pra usar na...", "valid to be used in".
_APPLIES_SKIPPED = frozenset(["tambem", "mesmo", "ainda", "so", "also", "too", "still"])
_APPLIES_USE = re.compile(
    # (or sending there: "o frete grátis vale pra mandar pro Acre?")
    r"^(?:(?:para|estou) (?:usar|utilizar|gastar|resgatar|be used|use|spend|mandar|enviar|"
    r"entregar|send|ship) )"
    # ...or the delivery named before where: "o frete grátis vale pra entrega no interior?"
    r"|^(?:para|estou) (?:a |as )?(?:entregas?|envios?) (?=(?:no|na|nos|nas|em|para|pro)\b)"
)
# ...or for what use, told as a condition: "a garantia vale se for uso comercial?", "is it
# valid if used in a restaurant?" (a defect or a first purchase is no use: "se for defeito").
_APPLIES_IF = re.compile(
    r"^(?:se|caso|if) (?:for|seja|eu usar|usar|usado|usada|it is|it s|its|used)"
    r"(?: (?:para|em|no|na|num|numa|for|in|at))? (?=(?:(?:um|uma|a|an) )?(?:uso|utilizacao|use|"
    r"restaurante|empresa|comercio|negocio|escritorio|restaurant|business|commercial)\b)"
)
_QUANTIFIERS = frozenset(
    ["outro", "outra", "outros", "outras", "mais", "qualquer", "quaisquer", "todo", "toda",
     "todos", "todas", "cada", "another", "any", "every", "all", "other", "more",
     # (and which one in time: "valem na próxima compra")
     "proxima", "proximo", "proximas", "proximos", "next",
     # (and words that only insist: "an actual store I can walk into")
     "actual", "proper"]
)  # fmt: skip
_WHERE = frozenset(
    ["em", "na", "no", "nas", "nos", "para", "com", "pelo", "pela", "in", "at", "for", "on"]
)
# "Qual transportadora vocês usam?": which one of a kind whose answer is a name. The kinds
# a shop works with, and any kind asked after as what the shop uses or works with.
# ("que" asks only at the start or after a preposition: "depois que a transportadora
# coleta" says when.)
_WHICH = re.compile(
    r"(?:\b(?:qual|quais|which|what)|(?:^|\b(?:com|por|em|de|para) )que)\s+"
    r"(?:(?:e|sao|seria)\s+)?(?:(?:o|a|os|as|the)\s+)?([a-z]{3,})\b"
    r"(?:\s+(?:que\s+)?(?:voces\s+|you\s+)?(usam|utilizam|trabalham|contratam|use|work with|"
    r"ship with))?"
)
# A product's specification: "qual a capacidade em litros da panela?" (not what a knowledge
# states by values: a period, a limit, a percentage, a price).
_SPECIFICATIONS = (
    r"capacidade|peso|material|materiais|potencia|diametro|altura|largura|comprimento|"
    r"profundidade|tamanho|medida|medidas|dimensao|dimensoes|voltagem|tensao|cor|cores|"
    r"composicao|espessura|litragem|volume|amperagem|consumo|acabamento|revestimento"
)
_ATTRIBUTE = re.compile(
    rf"\b(?:qual|quais) (?:e |sao |seria )?(?:o|a|os|as) ({_SPECIFICATIONS})"
    # ("qual o tamanho exato da assadeira?")
    r"(?: exat[oa]s?| cert[oa]s?| real| reais)? "
    # (or two asked together: "qual o peso e as medidas da caixa?")
    rf"(?:d[aeo]s?|em|que|e (?:o |a |os |as )?(?:{_SPECIFICATIONS}))\b"
)
# A thing said to be the same or not in two places: "os preços da loja física são os mesmos
# do site?" asks after prices, which knowledge that never names them cannot compare.
_COMPARED = re.compile(
    # (the channel named between: "o preço na loja da augusta é o mesmo do site?")
    r"\b(?:o|a|os|as) ([a-z]{3,})(?: (?:d[aeo]s?|na|no|nas|nos) (?:\w+ ){0,2}?\w+)? "
    r"(?:sao|e|serao|sera|seria|seriam) "
    r"(?:os mesmos|as mesmas|o mesmo|a mesma|iguais|igual|diferentes?)\b"
)
# Whom a benefit is for: "tem desconto pra professor ou servidor público?"
_FOR_WHOM = re.compile(
    r"\b(?:descontos?|cupo[mn]s?|condic\w* especia\w*|precos? especia\w*|beneficios?) "
    r"(?:\w+ )?para (?:(?:o|a|os|as) )?([a-z]{4,})\b"
    # ...said by what they did: "desconto pra quem adotou pet?" -> "adotou"
    r"(?:(?<=\bquem) (?!(?:compra|comprar|comprou|paga|pagar|pagou|usa|usar|tem|e|for|ja|"
    r"indica|indicar)\b)([a-z]{4,})\b"
    # (not one who deals with the shop's own: "benefício pra quem junta pontos?")
    r"(?! (?:os |as |o |a |seus |suas )?(?:pontos|cashback|cupo[mn]s?|compras?|pedidos?|pix|"
    r"boleto|cartao)\b))?"
)
_NOT_WHOM = frozenset(
    ["quem", "voce", "voces", "cliente", "clientes", "pagar", "pagamento", "compra", "compras",
     "primeira", "primeiro", "proxima", "proximo", "todo", "todos", "toda", "todas", "usar",
     "mim", "gente", "qualquer", "minha", "minhas", "meus", "esse", "essa", "esses", "essas",
     "este", "esta", "hoje", "amanha", "nosso", "nossa", "cada", "pedido", "pedidos"]
)  # fmt: skip
_COLLECTED_BY_ANOTHER = re.compile(
    r"\b(?:retir\w*|buscar|busca|pegar|pega)\b(?: \w+){0,5} (?:por mim|no meu lugar|em meu nome)\b"
    # ("pra mim" is also the shop's collecting from the customer: "vocês podem buscar aqui em
    # casa pra mim?", "a transportadora pega aqui pra mim?", "vou pegar pra mim mesmo")
    r"|(?<!\bpodem )(?<!\bvao )(?<!\bvem )(?<!\bvoces )\b(?:retir\w*|buscar|busca|pegar|pega)\b"
    r"(?: (?!(?:aqui|casa|volta|devoluc\w*)\b)\w+){0,5} para mim\b(?! mesm[oa]\b)"
    r"|\b(?:outra pessoa|alguem|(?:meu|minha) (?:\w+ )?(?:neto|neta|tia|tio|filho|"
    r"filha|mae|pai|marido|esposa|mulher|irma|irmao|vizinh[oa]|amig[oa]|motorista|"
    r"funcionari[oa])|(?:a|o|uma|um) (?:vizinh[oa]|amig[oa]))\b (?:pode|podem|vai|consegue) "
    r"(?:retir\w*|buscar|pegar)\b"
    # (not the shop's own collecting: "alguém vai buscar a devolução aqui em casa?")
    r"(?!(?: \w+){0,3} (?:devoluc\w*|troca|coleta|aqui|de volta|em casa)\b)"
)
# ...or signing for the parcel in the customer's place: "o porteiro pode assinar e receber a
# encomenda no lugar da gente?" (read in the whole message: "o porteiro do prédio da minha mãe
# pode receber a encomenda? ou precisa ser ela mesma com documento?")
_SIGNED_BY_ANOTHER = re.compile(
    r"\b(?:porteir[oa]|zelador[a]?|sindic[oa]|vizinh[oa]|caseir[oa]|recepcionista)\b"
    r"(?: d[aoe] (?:minha |meu )?\w+){0,2} (?:pode|podem|consegue) (?:assinar|receber)\b"
    # (or the buyer's own wanted: "...pode receber a encomenda? ou precisa ser ela mesma?")
    r"(?=.{0,60}\b(?:no (?:meu |nosso )?lugar|titular|por mim|para mim|em meu nome|"
    r"quem fez o pedido|"
    r"(?:tem|precisa) (?:que |de )?ser (?:eu|ela|ele)\b|"
    r"precisa ser (?:ela|ele|eu) mesm[oa]|(?:ela|ele) mesm[oa] com documento|"
    # (or when the customer is out: "minha vizinha pode receber se eu não estiver em casa?")
    r"pessoa que fez|se eu nao (?:estiver|tiver|estivesse)|quando eu nao (?:estiver|tiver)|"
    r"se (?:nao|ninguem) (?:tiver|estiver) (?:ninguem )?em casa|ninguem receber)\b)"
)
# The parcel left with someone or somewhere else than the customer: "o entregador pode deixar
# o pacote com a vizinha do 12?", "vcs entregam na portaria do bloco?" (not one left there and
# lost: "deixaram na vizinha e ela diz que não recebeu").
# (delivered to a place, the place is the address: "comprei pra entregar na padaria do meu pai";
# nor the delivery named, "quero mudar o endereço de entrega para a portaria do trabalho", "se
# ninguém atender a entrega na portaria")
_RECEIVER = (
    r" (?:com|na|no|para o|para a) (?:o |a |meu |minha |um |uma |seu |sua )?"
    r"(vizinh\w*|porteir\w*|portaria|zelador\w*|sindic\w*|recepcao|vigia|cuidador\w*|guarita{})\b"
)
_LEFT_WITH_ANOTHER = re.compile(
    r"\b(?:deixar|deixa|deixe|deixam)\b(?: \w+){0,3}"
    + _RECEIVER.format("|mercadinho|padaria")
    + r"|(?<!\ba )(?<!\bde )(?<!\bda )(?<!\bna )(?<!\bminha )(?<!\bsua )(?<!\bessa )"
    # (or in a hospital's room: "vcs entregam direto na maternidade? to internada", "entregam
    # em hospital?")
    r"\b(?:entregar|entregam|entregue|entrega)\b(?: \w+){0,3}"
    + _RECEIVER.format("|hospital|maternidade")
    + r"|\b(?:entregar|entregam)\b(?: \w+){0,2} em (?:um |uma )?(hospital|maternidade)\b"
)
# The language or medium a customer is served in: "vocês têm atendimento em Libras?", "dá pra
# ser atendido por videochamada?" (hours of service say nothing of either).
# (asked, not told: "a moça que me atendeu por chamada de vídeo disse que...", "no vídeo ela
# começa a falar em inglês e diz que o frete...")
_SERVED_IN = re.compile(
    r"\b(?:atend(?!eu\b|eram\b|ia\b|iam\b)\w*|falar|conversar)\b (?:em|por|via|pelo|pela|com) "
    r"(?:o |a |um |uma )?"
    r"(libras|ingles|espanhol|english|video|videochamada|videochamadas|braile|braille|"
    r"interprete|audio|audios|ligacao|chamada)\b"
    r"(?!.{0,60}\b(?:disse|diz|falou|fala|disseram|falaram) (?:que|q)\b)"
)
# A stage of the order whose time is asked: "quantos dias vcs levam pra despachar o pedido?"
# (an entry stating the delivery time states no other stage's).
_STAGE_TIMED = re.compile(
    r"\b(?:quanto tempo|quantos dias|quantas horas|em quanto tempo|qual o prazo|demora|demoram|"
    r"leva|levam)\b(?: \w+){0,4}? (?:para|ate|de|a) (despachar|postar|separar|processar|faturar|"
    r"embalar|liberar|emitir|coletar|analisar|responder|despacharem|postarem|separarem)\b"
    # (of the order: not "processar o estorno", "analisar o extravio")
    r"(?! (?:o |a |do |da )?(?:estorno|reembolso|pagamento|extravio|investigacao|dinheiro|boleto|"
    r"pix|cartao|troca|devolucao)\b)"
    # ...or named: "qual o prazo de despacho depois que o pagamento é aprovado?" (not "prazo de
    # envio", a delivery's)
    r"|\bprazo (?:de|para|pra) (despacho|postagem|separacao|expedicao|faturamento)\b"
    # (not whether it is inside the delivery time, which that entry settles: "o prazo de
    # expedição já está incluído nos 2 a 5 dias úteis?")
    r"(?! (?:ja )?(?:esta |e |fica |vem )?(?:incluid\w*|dentro|contad\w*)\b)"
)
# ...said of the shop doing it: "depois que eu pago o pix, em quanto tempo vocês despacham?"
# ...or an order ready to collect: "how long after ordering will it be ready to collect?"
_STAGE_TIMED_BY_THE_SHOP = re.compile(
    r"\b(?:quanto tempo|em quanto tempo|quantos dias|quantas horas|how long|how many days) "
    r"(?:\w+ ){0,2}?(?:voces|vcs|a loja|estaloja|you) (despacham|postam|separam|processam|ship|"
    r"dispatch|process)\b"
    # ...or ready at the shop: "na retirada o pedido fica disponível no mesmo dia?", "quanto
    # tempo depois da compra posso ir buscar?"
    r"|\b(?:retirada|retirar|retiro|buscar)\b.{0,40}\b(?:fica|ficam|esta|estara) (disponivel|"
    r"pronto|pronta|liberad[oa])\b"
    r"|\bquanto tempo (depois) (?:d[aeo] )?(?:pagar|comprar|compra|pagamento)\b(?: \w+){0,4}? "
    r"(?:ir )?(?:a |la )?(?:buscar|retirar)\b"
    r"|\b(?:quanto tempo|em quanto tempo|how long) (?:\w+ ){0,6}?(?:fica |be |is it |it s )?"
    r"(ready|pronto|pronta) (?:estou collect|to collect|for pickup|for collection|para retirar|"
    r"para retirada)\b"
    # ...or how long it is kept there: "quando eu escolho retirar na loja, o pedido fica lá
    # guardado por quantos dias?"
    # (the order itself: not the points or the boleto of one, "os pontos da compra ficam
    # disponíveis por quanto tempo?", "o boleto do pedido fica disponível por quantos dias?")
    r"|^(?!.*\b(?:pontos?|boletos?|notas?|nf|cupom|cupons|codigo|credito|vale)\b).*?"
    r"\b(?:retirada|retirar|retiro|buscar|pedido|pedidos|encomenda|compra)\b.{0,60}\b(?:fica|"
    r"ficam|permanece|permanecem) "
    r"(?:la |ai |na loja )?(guardad[oa]s?|reservad[oa]s?|separad[oa]s?|esperando|"
    r"disponive(?:l|is)) "
    r"(?:por )?(?:quanto tempo|quantos dias|ate quando)\b"
)
# One purchase paid in two ways: "pagar uma parte no pix e o resto no cartão", "dois cartões".
_SPLIT_PAYMENT = re.compile(
    r"\b(?:uma parte|parte|metade|um pouco)\b.{0,30}\b(?:no|em|com|pelo|via|por) (?:pix|cartao|"
    r"boleto|dinheiro|credito|debito)\b.{0,40}\b(?:o resto|o restante|a outra parte|outra parte|"
    r"a outra metade|"
    r"parte|outra(?= (?:no|na|em|com|pelo) ))\b"
    # ("can I pay part with pix and part on the card?", "split the payment between two cards";
    # not in installments, "split the payment into 3 installments")
    r"|\b(?:pay|paying) (?:\w+ ){0,2}?(?:part|half|some) (?:with|by|on|in|via) (?:pix|card|boleto|"
    r"cash)\b.{0,40}\b(?:the rest|part|the other half|the remainder)\b"
    # ...or two ways named as two: "posso dividir o pagamento usando dois meios diferentes?"
    r"|\b(?:dividir|divido|pagar|pago)\b (?:o pagamento |a compra |o valor |o total )?"
    r"(?:d[ao] \w+ )?(?:usando |"
    r"com |em |entre )?(?:dois|duas|2) (?:meios|formas|cartoes|metodos)\b"
    r"|\bsplit (?:the |my )?(?:payment|purchase|bill|order) (?:between|across|into|over) "
    r"(?:(?:two|2|three|3|several) (?:cards|credit cards|payment methods)|pix|cards?)\b"
    # (an amount, then "e o resto": "pagar 240 no pix e o resto no cartão"; not the rest of
    # something else, "pagar 320 no cartão em 10x a parcela fica 32? o resto do limite...")
    r"|\b(?:pagar|pago|paga) (?:r\$ ?)?\d+(?: reais)? (?:no|em|com|pelo) (?:pix|cartao|boleto|"
    r"dinheiro)\b(?: \w+){0,3}? e (?:o resto|o restante|a outra parte|outra parte|a outra "
    r"metade)\b"
    r"|\b(?:pagar|pago|dividir|divido|usar|uso|passar|passo|aceita|aceitam)(?: \w+){0,4} "
    r"(?:com |em |no |nos )?"
    r"(?:dois|2|duas|tres|3|varios|diversos|mais de um) (?:cartoes|cartao|formas de pagamento)\b"
)
# ...asked of the refund, it is no way to pay: "paguei parte com pix e o resto com cartão, o
# estorno vem como?"
_REFUND = re.compile(r"\b(?:estorno|reembolso|devolvido|devolvem)\b")
# The places a thing is compared between: the shop and the site, the app.
_CHANNELS = frozenset(["loja", "site", "app", "aplicativo", "online", "fisica", "internet"])
_TRADE_IN = re.compile(
    r"\b(?:voces|loja|estaloja) (?:tambem )?(?:compram|compra)\b(?: \w+){0,4} usad[ao]s?\b"
    r"|\b(?:aceitam|aceita|pegam|pega|recebem|recebe)\b(?: \w+){0,5} (?:antig|velh|usad)[ao]s? "
    r"como (?:parte d[oa] |forma de )?(?:pagamento|entrada|desconto)\b"
    r"|\b(?:entregar|entrego|dar|dou|levar|levo|deixar|deixo) (?:\w+ ){0,3}?(?:velh|antig)[ao]s?"
    r"\b.{0,40}\b(?:desconto|abatimento|abater|credito)\b|\btrade.?in\b"
)
# A sale of the shop's to come (the shop's own question, even with nothing of the knowledge).
_SALE_TO_COME = (
    r"\b(?:vai ter|vai rolar|vao ter|tera|terao|teremos) (?:a |o |uma |um )?(black friday|"
    r"cyber monday|liquidacao|saldao|queima de estoque|promocao de natal)\b"
)
_A_SALE_TO_COME = re.compile(_SALE_TO_COME)
# What the catalogue will hold: a product gone for good, a new line, how many come back ("a
# frigideira saiu de linha?", "vão lançar a linha nova quando?", "quantas unidades vêm na
# reposição?"): the shop's plans, which knowledge that only tells how to hear of a product's
# return never states.
_CATALOGUE_TO_COME = re.compile(
    r"\b(?:saiu|sairam|tiraram|foi tirad[oa]|foram tirad[oa]s) de linha\b|\bdescontinuad\w*"
    # ("vcs vao lancar alguma colecao de edicao limitada de natal?")
    r"|\b(?:vao|vai) (?:lancar|trazer|ter) (?:a |o |uma |um |alguma |algum )?(?:linha|colec\w*|"
    r"modelos?|versao|edic\w* limitada)"
    r"(?: nov[ao]s?)?\b|\blancamento d[aoe]s? (?:nov[ao]s? )?(?:linha|colec\w*|modelos?)\b"
    r"|\bquant[oa]s? (?:unidades|pecas) (?:vem|vao vir|chegam|vao chegar|entram)\b"
    # ...or its giveaway's result: "quem ganhou o sorteio da semana passada?"
    r"|\b(?:ganhou|ganhador\w*|resultado|vencedor\w*)\b.{0,20}\bsorteio\b"
    r"|\bsorteio\b.{0,30}\b(?:ganhou|resultado|vencedor\w*|ganhador\w*)\b"
)
_EVENT = re.compile(
    r"\bquando (?:vai ser|e|sera|comeca|acontece|vai ter|tem) (?:a|o|as|os) (?:proxim[ao]s? )?"
    r"([a-z]{3,})\b"
    # ...the article left out after "vai ter": "quando vai ter black friday de vcs?"
    r"|\bquando vai ter (?!(?:a|o|as|os|um|uma)\b)([a-z]{3,})\b"
    # ...or whether a sale will come: "vai ter Black Friday com frete grátis?"
    rf"|{_SALE_TO_COME}"
)
_ORIGIN = re.compile(
    r"\b(?:fabricad\w*|feit[oa]s|produzid\w*|made) (?:no|na|em|in) (?:brasil|china|exterior|brazil|"
    r"portugal|italia|eua|usa|alemanha)\b|\b(?:sao|e) (?:nacionais|nacional|importad\w*) ou\b|\bou "
    r"(?:sao )?(?:nacionais|importad\w*)$|\bwhere (?:are|is) (?:\w+ ){0,3}(?:made|manufactured)\b"
)
_ADVICE = re.compile(
    r"\b(?:ajud\w*|ajuda|ajude) (?:a |para )?(?:escolher|decidir)\b|\b(?:qual|quais)(?: \w+){0,2} "
    r"(?:e|seria|eh|fica|sao) (?:a |o |as |os )?(?:melhor|melhores)\b(?=.{0,60}\bou\b)|\bwhich "
    r"(?:one )?(?:is|would be) better\b"
)
# Cards by their brand, as "além de Visa e Master?" names the ways to pay.
_CARD_BRANDS = frozenset(["visa", "master", "mastercard", "elo", "hipercard", "amex"])
_WAYS_COMPARED = re.compile(
    r"\b(?:pix|boleto|cartao|pagar|pagamento|parcel\w*|frete|entrega|retir\w*|troca|devoluc\w*|"
    r"pontos|payment|shipping|delivery)\b"
)
# "vcs tem isso?", "vocês fazem isso também?": a thing named before.
# Who a boleto is paid at: what they take is theirs, not the business's.
_BANKS = frozenset(["banco", "bancos", "loterica", "lotericas"])
_HAS_THAT = re.compile(
    r"\b(?:tem|tinha|fazem|faz|oferecem|oferece|vendem|aceitam|existe) (?:isso|isto|esse|essa|"
    r"esses|essas)\b"
)
_HEARD_OF = re.compile(
    r"\b(?:falando|falar|falou|falaram|comentou|comentando|comentaram|postou|postaram|anunciou|"
    r"anunciando|mostrou|mostrando|ouvi falar|divulgando|divulgou) (?:de|do|da|dos|das|sobre|num|"
    r"numa|um|uma)\b"
)
_CAPABLE = re.compile(
    # (asked of being so, not a product's name: "a mesa dobrável veio arranhada")
    r"\b(?:e|sao|seria|seriam|fica|ficam|eh|is|are) (?:(?!coisas?\b|produtos?\b|itens\b|item\b|"
    r"materia\w*\b)\w+ )?((?:recicl|biodegrad|lav|remov|dobr|"
    r"desmont|empilh|ajust|regul|recarreg|descart|reutiliz|sustent|compost)[a-z]*ve(?:l|is))\b"
)
# (not a gift kit put together or an app set up: "vcs montam kit presente?")
_NOT_A_KIT = (
    r"(?! (?:um |uma |o |a |os |as )?(?:kits?|cestas?|caixas?|combos?|listas?|app|aplicativo|"
    r"programa|presentes?)\b)"
)
_SERVICE_ROOTS = (
    r"(?:consert|instal|mont|repar|afi|grav|personaliz|patrocin|restaur|amol|bord|customiz|"
    # ...or lend or hire out: "vcs emprestam uma batedeira enquanto a minha tá na assistência?"
    r"emprest|alug)"
)
# Asked of the business ("vcs consertam", "conserta?"), or someone sent for ("alguém pra
# instalar"); not what the customer did ("consertei a alça").
_SERVICE = re.compile(
    rf"(?:^|\b(?:voces|loja|estaloja) (?:tambem |que |mesmo |mesmos )?)({_SERVICE_ROOTS}(?:am|em|a|"
    rf"e))\b{_NOT_A_KIT}"
    rf"|\b(?:alguem|tecnico|um tecnico|montador|instalador) (?:para |que )?"
    rf"({_SERVICE_ROOTS}(?:ar|er|ir|a|e))\b{_NOT_A_KIT}"
    # ...or how the customer repairs it: "parou de esquentar, como eu conserto?" (the thing
    # itself, not an order's detail: "como eu conserto o endereço do pedido?")
    r"|\bcomo (?:eu |que )?(?:faco para )?((?:consert|repar|arrum)(?:o|ar))(?: (?:isso|ele|ela|"
    r"esse|essa|isto))?$"
    # ...or whether it can be done: "dá pra personalizar as canecas com o logo da empresa?"
    # (not "reparar que", to notice: "dá pra reparar que a caixa veio amassada")
    rf"|\b(?:da para|tem como|e possivel|conseguem|consegue|voces podem)"
    rf" ({_SERVICE_ROOTS}(?:ar|er|ir))\b(?! (?:que|se)\b){_NOT_A_KIT}"
)
_NAMED_KINDS = frozenset(
    ["transportadora", "transportadoras", "transportador", "carrier", "carriers", "courier",
     "couriers", "marca", "marcas", "brand", "brands", "fabricante", "fabricantes",
     "manufacturer", "fornecedor", "fornecedores", "supplier", "suppliers", "banco", "bank",
     "operadora", "empresa", "company"]
)  # fmt: skip
# When people work is no one they work with: "em que horário trabalham as pessoas do
# atendimento?"
_WHEN_WORKED = frozenset(["horario", "horarios", "hora", "horas", "dia", "dias", "turno", "turnos"])
# A name in the knowledge: a capitalised word that does not open its sentence ("cartão
# Visa", "marcas próprias Aurora", "Rua Augusta"), or an e-mail address.
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
_CAPITALISED = re.compile(r"(?<![\w@.])[A-ZÀ-Þ][\w+]+")
_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")
_COMPLEMENT = frozenset(["de", "da", "do", "na", "no", "com"])
_REACH = 3  # "vendem no atacado", "tem uma receita": the object follows closely
_BEFORE_A_PARTICIPLE = frozenset(["ate", "ja", "mesmo", "nem", "tambem", "inclusive", "quase"])
# Words between the opener and what it asks after: determiners, adverbs, prepositions,
# and qualifiers that name no kind of thing ("tem algum e-mail específico?").
_FILLERS = STOPWORDS | frozenset(
    ["algum", "alguma", "alguns", "algumas", "tipo", "assim", "mesmo", "ainda", "quanto",
     "quanta", "quantos", "quantas", "dentro", "fora", "antes", "depois", "junto", "logo",
     "direto", "la", "amanha", "ontem", "especifico", "especifica", "certo", "certa",
     "proprio", "propria", "novo", "nova", "normal", "igual", "melhor", "disponivel",
     # how much it is done: "dá pra dividir bastante no cartão?"
     "bastante", "muito", "muita", "bem",
     # by whom: "posso cancelar sozinha pelo site?"
     "sozinho", "sozinha", "sozinhos", "sozinhas",
     # the case at hand: "o que vocês fazem numa situação dessas?"
     "situacao", "situacoes",
     # how much more, in English: "a longer warranty than...", "more than the standard"
     "more", "less", "longer", "shorter", "than", "standard", "regular", "usual",
     # the state it is in: "troca só é aceita se o produto estiver sem uso?"
     "estiver", "estiverem", "for", "forem", "estar",
     # what it is like, in English: "is there something like a cooling-off period?"
     "something", "anything", "kind", "sort"]
)  # fmt: skip
# After these the opener asks after nothing named ("o que vocês fazem nesse caso?"), asks
# how or when ("tem jeito?", "tem previsão?"), says when ("chegou tem duas semanas"), or
# the question turns to another ("é possível? e com quem eu falo?").
_NO_OBJECT = frozenset(
    ["nesse", "nessa", "nesses", "nessas", "neste", "nesta", "nisso", "disso", "desse",
     "dessa", "desses", "dessas", "isso", "aquilo", "algo", "nada", "nenhum", "nenhuma",
     "sempre", "quem", "qual",
     "quais", "onde", "quando", "como", "jeito", "previsao", "dois", "duas", "tres", "quatro",
     # "is there a way to get notified?" asks how, as "tem jeito?" does
     "way",
     "essa", "essas", "esse", "esses", "esta", "estas", "este", "estes",
     # "tem alguma condição?" asks what the conditions are, which the entry states
     "condicao", "condicoes", "requisito", "requisitos", "exigencia", "exigencias",
     # "ou tem pegadinha?" asks for a catch, not a thing
     "pegadinha", "pegadinhas", "truque", "catch",
     # "serve pra quê exatamente?" asks what for
     "exatamente", "afinal", "realmente",
     "cinco", "seis", "sete", "oito", "nove", "dez"]
)  # fmt: skip


# "Qual o CNPJ de vocês?", "what's your phone number?": an identifier of the business,
# whose answer is a value the knowledge states or does not. Not the customer's own ("o CNPJ
# da minha empresa").
_IDENTIFIERS = (
    # ("fone de ouvido" is headphones.)
    r"cnpj|razao social|inscricao (?:estadual|municipal)|telefone|"
    r"fone(?! (?:de ouvido|bluetooth|sem fio|com fio|gamer|intra auricular))|ramal|0800|"
    r"phone(?: number)?|(?:company |business )?registration(?: number)?|tax (?:id|number)|vat"
)
_IDENTIFIER = re.compile(
    r"\b(?:qual|quais|what|whats|what s|me (?:passa|manda|informa|diz|da)|preciso d[oa]|"
    r"sabe o|tem o|give me|send me)\s+(?:(?:e|sao|is|are|s)\s+)?(?:(?:o|a|os|as|the|your|"
    r"seu|sua)\s+)?(?:numero (?:de |do )?)?"
    rf"({_IDENTIFIERS})\b(?!\s+(?:\w+\s+)?(?:meu|minha|meus|minhas|my|eu|i)\b)"
)
# A value stated: a long number ("12.345.678/0001-90", "(11) 3333-4444").
_VALUE = re.compile(r"\d[\d.\-/() ]{6,}\d")
# Places abroad, and words for "abroad": a shop's knowledge names the country it serves,
# so a place elsewhere is settled only by its own name. (Countries and capitals that are
# no Portuguese word of a shop: not "Peru", "China", "Porto" or "USA", which reads "usa";
# "França" only as "na/da/pela/a França", not the city of Franca;
# "exterior" only as a place, not "a parte exterior da panela".)
_ABROAD = re.compile(
    # (not a school or an airport at home: "escola internacional no Rio")
    r"\b(?:(?:no|do|ao|para|para o|pelo) exterior|(?<!escola )(?<!colegio )(?<!aeroporto )"
    r"internaciona(?:l|is)|fora do (?:brasil|pais)|outros? pais(?:es)?|abroad|overseas|"
    r"international(?:ly)?(?! (?:school|airport)\b)|worldwide|portugal|lisboa|"
    r"lisbon|espanha|spain|madri|madrid|(?:(?<=\bna )|(?<=\bda )|(?<=\bpela )|(?<=\ba ))franca|"
    r"france|paris|italia|italy|roma|alemanha|germany|inglaterra|england|londres|london|"
    r"reino unido|irlanda|ireland|holanda|suica|belgica|europa|europe|estados unidos|eua|"
    r"united states|miami|orlando|nova york|new york|canada|toronto|mexico|argentina|"
    r"buenos aires|chile|uruguai|uruguay|montevideu|montevideo|paraguai|paraguay|assuncao|"
    r"asuncion|bolivia|colombia|angola|luanda|mocambique|maputo|"
    # (Argentine and other Spanish-speaking cities; not Rosário do Sul, nor a lime or a
    # turkey: "lima", "peru"; Rosário only as where to, "el envío a Rosario": not "Maria do
    # Rosário", "bairro Rosário", "um presente pra Rosário, minha tia")
    r"(?:(?<=\bpara )|(?<=\bpra )|(?<=\bem )|(?<=\bate )|(?<=\ba ))"
    r"rosario(?! (?:do|oeste|da|minha|meu)\b)|"
    r"cordoba|mendoza|santiago (?:do|de) chile|punta del este|"
    r"bogota|medellin|"
    r"venezuela|equador|japao|japan|australia|angola|mocambique)\b"
)
# Where the customer is from, said of themselves: "soy argentina", "sou de Portugal, moro
# em Curitiba" (not where the order goes).
# (or where they are: "I'm in Lisbon", "moro em Lisboa", "estou em Portugal")
_ONESELF = re.compile(
    # ("estou" is left out: chat's "to" reads it, and English "to Lisbon" is a destination)
    # ("morando" said by the customer, not of whoever lives there: "pra quem tá morando em
    # Portugal", "minha filha está morando em Lisboa")
    r"\b(?:sou|soy|somos|i am|i m|we re|we are|moro|vivo|(?:estou|eu) (?:morando|vivendo)|"
    r"(?:vim|vir|fui) morar|i live|we live)"
    r"(?: visiting| coming| currently| now| agora)?(?: d[aeo]s?| from| in| em| na| no)?\s*$"
    # ...said with "eu", or first, or as where they write from: "eu tô no Japão", "tô em
    # Portugal, são 4h de diferença", "comprei daqui de Miami", "estando fora do Brasil", "I'm
    # ordering from Canada"
    # ...or moved from: "just moved to Belo Horizonte from Toronto", "me mudei de Lisboa"
    r"|\b(?:moved|came|relocated|mudei|me mudei|vim|venho)(?: \w+){0,4}? (?:from|de|do|da|"
    r"desde)\s*$"
    r"|\beu estou(?: \w+)?(?: em| na| no| nos| nas)\s*$|^(?:oi |ola )?estou(?: em| na| no)\s*$"
    r"|\bdaqui(?: d[aeo]s?)?\s*$|\bestando\s*$|\b(?:ordering|buying|writing|texting) from\s*$"
    # ...or chat's "tô" there: "to no japao (hamamatsu) e comprei...", "mesmo morando em
    # lisboa" (not English: "to no one")
    r"|\b(?:to|tou|estou) (?:no|na|nos|nas|em)\s*$"
    r"|\bmesmo (?:morando|vivendo) (?:no|na|nos|nas|em)\s*$"
    # ...or goes back to: "flying back to Lisbon on monday", "me voy a Portugal", "volto pra
    # Lisboa semana que vem" ("to" reads "estou")
    # (the customer's going, not the order's: "it's going to Madrid", "the order is heading to")
    r"|(?:\b(?:i m|i am|we re|we are|i|we|i ll be|i will be)(?: \w+)? |"
    r"(?<!\bis )(?<!\bs )(?<!\bare )(?<!\bre )(?<!\bwas )(?<!\bwere )(?<!\bbe )\b)(?:flying|fly|"
    r"going|heading|travell?ing|moving)(?: back| home)? (?:estou|to)\s*$|\b(?:volto|voltando|"
    r"vou voltar|viajo|viajando|me mudo|me voy|vuelvo|regreso)(?: de volta)? (?:para|pra|pro|a|"
    r"al)\s*$"
    # ...or a border near where they live: "moro pertinho da fronteira com o Paraguai"
    r"|\bfronteira (?:com|c) ?(?:o |a )?$"
    # ...or arriving from, or moved away a while: "chego de lisboa no sabado", "tava de
    # mudança pra outro país"
    r"|\b(?:chego|chegando|cheguei|chegarei) (?:de|do|da)\s*$"
    r"|\b(?:estava|tava|estive) de mudanca (?:para|pra|pro)\s*$"
)
# ...or where "here" is: "aqui no Japão são 12h de diferença" (`abroad`: not here as where
# the order goes, "vocês entregam aqui no Japão?", "aqui em Portugal chega em quantos dias?")
_HERE = re.compile(r"\baqui (?:no|na|nos|nas|em|de|do|da|dos|das)\s*$")
_DELIVERED_HERE = re.compile(
    r"\b(?:entreg|envi|mand|cheg|despach)\w*(?: \w+)? aqui (?:no|na|nos|nas|em)\s*$"
)
_DELIVERY_ASKED_AFTER = re.compile(
    r"\s*(?:voces |vcs |\w+ )?(?:chega|chegam|chegaria|entrega|entregam|entregaria|manda|mandam|"
    r"envia|enviam|despacha|despacham)\b"
)
# ...unless the order goes back there, said after it: "sou de Portugal, o prazo pra entregar
# aí é quanto?", "vocês enviam pra cá?", "pro meu país?" (not "soy argentina, vivo en
# Curitiba, cuánto tarda la entrega?": "la" is an article there).
_THERE = re.compile(
    r"\b(?:(?:pra|para|pro|ate|entregar|enviar|mandar|chega\w*) (?:la|ai|ca|alla|aca)|"
    # (across the border: "moro na fronteira com o Paraguai, entregam do outro lado?")
    r"(?:meu|mi|my) (?:pais|country)|there|(?:do|no|pro|para o|pra o) outro lado)\b"
)
# ...nor how things are there, told to explain the question: "na Argentina chamamos de
# factura", "in Argentina the law is different".
_WAYS_THERE = re.compile(
    r"\s*(?:(?:lhe|la|a gente|we|they) )?(?:dizemos|chamamos|se diz|se chama|chama|chamam|diz|"
    r"dizem|call|say)\b"
    r"|\s*(?:a|the) (?:lei|law|regra|rules?)\b"
)
# ...nor where the people one works with are, told for the hours: "trabalho com cliente dos
# EUA, num fuso diferente" ("tenho clientes no Uruguai, vocês enviam?" is a destination).
_WHOM_ONE_WORKS_WITH = re.compile(
    r"\b(?:clientes?|chefe|empresa|firma|matriz|equipe|time|fornecedor(?:es)?|colegas?)"
    r"(?: \w+)? (?:d[aeo]s?|from|in|em|n[ao]s?)\s*$"
)
_TIME_ZONE = re.compile(r"\b(?:fuso|time ?zone|diferenca de hora\w*)\b")
# Moving something to another person or account: "transferir os pontos pra conta da minha
# mãe", "share my points with my wife", "juntar com os do meu marido". ("to" reads
# "estou": chat shorthand. The words between are any tokens: "aurora+" is one.)
_ANOTHER = (
    r"(?:a |o |os |as |the )?(?:(?:conta|cadastro|login|perfil|account|profile)s? "
    # (Not the shop's own: "transferir pra conta da loja" is paying.)
    r"(?!(?:d[aoe]s? |of )?(?:voces|estaloja|loja|empresa|your|the store)\b)"
    r"(?:d[aoe]s? |of )?(?:minha|meu|my|outr\w+|another|someone|um|uma|\w+)"
    r"|(?:d[aoe]s? )?(?:minha|meu|my|uma|um) (?:mae|pai|filh\w+|colega\w*|vizinh\w+|prim[oa]|"
    r"sogr[oa]|cunhad[oa]|ti[oa]|net[oa]|conhecid\w+|"
    r"marido|esposa?|mulher|namorad\w+|irma\w*|amig\w+|wife|husband|mother|father|mom|dad|"
    r"son|daughter|friend|sister|brother|partner)|outr[oa] pessoa|outro cliente|"
    r"another (?:person|customer)|someone else|terceir\w+)\b"
)
_AN_ACCOUNT = re.compile(r"\b(?:conta|cadastro|login|perfil)\b")
_MOVE = re.compile(
    # (Money moved is paid: "transfiro o pix na conta de vocês".)
    r"\b(transf(?:er|ir)\w*)\b(?! (?:o |a )?(?:pix|valor|dinheiro|pagamento)\b)"
    rf"(?: \S+){{0,6}}? (?:para|com|to|estou|with|into|na|no) {_ANOTHER}"
    r"|\b(doar|doa|compartilh\w*|junt(?:ar|o|a|am|ad\w+)|unir|somar|combin\w*|"
    r"give|share|combine|merge|pool|move)\b"
    rf"(?: \S+){{0,4}}? (?:para|com|to|estou|with|into|na|no|numa|em uma) {_ANOTHER}"
    # ...the points named first, another's after: "juntar os pontos do aurora+ da minha conta
    # com os da minha mãe"
    rf"|\b(?:juntar|junto|somar|unir)\b (?:os |meus )?pontos\b(?: \S+){{0,6}}? com {_ANOTHER}"
    # ...or what is held passed on to them: "os pontos, posso passar pra minha irmã?" (not
    # going somewhere with them, "passar na loja com minha mãe", nor what is only told,
    # "passar o rastreio pro meu marido")
    r"|^(?!.*\b(?:rastreio|rastreamento|codigo|link|numero|endereco|mensage\w*|contato|"
    r"telefone|e ?mail|recado|informac\w*|dados|senha|foto\w*|nota|aviso)\b)"
    r".*\b(passar|passa|passo|repassar|repassa|repasso)\b"
    rf"(?: (?!(?:na|no|em|pela|pelo|ai|la|aqui|ali)\b)\S+){{0,4}}? (?:para|to) {_ANOTHER}"
)
# ...or from another's account to the customer's own: "os pontos da conta da minha ex podem
# passar pra minha conta?"
_MOVED_TO_MINE = re.compile(
    # (the company's account moved to one's own "conta pessoal" is the customer's company's)
    r"\bd[ao] (?:conta|cadastro) d[aoe] (?!voces|estaloja|loja)(?!empresa\b(?!.{0,80}\bconta "
    r"pessoal\b))\S+(?: \S+)?\b.{0,60}"
    r"\b(passar|transferir|transferid\w*|juntar|unir)\b(?: \S+){0,3}? (?:para|na|no) (?:a |o )?"
    r"(?:minha|meu) (?:conta|cadastro)\b"
)
# ...or someone's points spent from another account: "os pontos do Aurora+ da minha mãe podem
# ser usados numa compra que eu fizer pra ela na minha conta?"
_SPENT_FROM_ANOTHER = re.compile(
    # (someone: not the customer's own purchase, "os pontos da minha última compra")
    r"\bpontos (?:\S+ ){0,3}?d[aoe] (?:minha|meu) (?:mae|pai|filh[oa]|marido|esposa|esposo|"
    r"mulher|namorad[oa]|irma|irmao|tia|tio|avo|sogr[oa]|prim[oa]|cunhad[oa]|amig[oa]|net[oa])\b"
    r".{0,60}"
    r"\b(?:usad[oa]s|usar|gastar|gastos|resgatar|resgatados|aproveitar)\b.{0,60}"
    r"\b(?:na|pela|com a|no|pelo) (?:minha|meu) (?:conta|cadastro|login|perfil)\b"
)
# "Posso fazer a troca na loja física?", "dá pra usar os pontos na loja?", "can I return it
# at the store?": whether something is done, or applies, at a place.
_DONE_OPENER = re.compile(
    r"\b(?:da para|tem como|tem jeito de|e possivel|consigo|posso|podemos|pode|podem|"
    r"consegue|conseguem|vale|valem|valido|valida|se aplica|se aplicam|can i|could i|can we|"
    r"can you|is it possible estou|valid|apply|applies|servem? para (?:usar|gastar))\b"
)
# Bought at a place: "comprei na loja física da Augusta, vale os 7 dias?" (not the shop
# online: "comprei na loja virtual", "na loja de vocês pelo site")
_BOUGHT_THERE = re.compile(
    r"\b(?:comprei|compramos|comprad[oa]s?|compras? feitas?|bought|purchased)\b(?!(?: \w+){0,2} "
    r"(?:loja|store|shop) (?:\w+ ){0,2}?"
    r"(?:online|virtual|pelo site|pelo app|pelo aplicativo|pela internet)\b)"
    # (nor on the site, the place only where it was collected: "comprei no site e retirei na
    # loja física", "comprei pelo site pra retirar na loja")
    r"(?!(?: \w+){0,3} (?:no|pelo|pela|via) (?:site|app|aplicativo|internet)\b)"
)
_AT = frozenset(["em", "na", "no", "nas", "nos", "pela", "pelo", "in", "at"])
_ARTICLES = frozenset(
    ["a", "o", "as", "os", "the", "sua", "seu", "your", "uma", "um", "nossa", "nosso", "our"]
)
_PLACE_REACH = 8
_OF = frozenset(["de", "da", "do"])
# Money kept with the shop is no place: "o reembolso pode vir como crédito na loja?" (but
# "posso usar o vale na loja física?", "posso pagar em crédito na loja física?" ask about
# the place).
_STORE_CREDIT = frozenset(["credito", "saldo"])
_PHYSICAL = frozenset(["fisica", "fisicas"])
# A place of the business: its entry gives an address ("Rua Augusta, 1500").
_ADDRESS = re.compile(
    rf"\b{STREET_KINDS}\s+(?:d[aoe]s?\s+)?"
    r"[A-ZÀ-Þ0-9]|\b\d+\s+(?:[A-Z]\w+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard)\b"
)
# What the address is of: "Nossa loja física fica na...", "The store is at...".
_PLACE_SUBJECT = re.compile(
    r"\s*(?:(?:a|o|as|os|nossa|nosso|nossas|nossos|the|our)\s+)?((?:[a-z]+\s+){1,2}?)"
    r"(?:fica|ficam|esta|estao|localiza\w*|is|are|located)\b"
)
_VERB_ENDING = re.compile(r"(?:idos|idas|ados|adas|ido|ida|ado|ada|ir|ar|er|em|am|e|a|o)$")
_MIN_ROOT = 4


class Vocabulary:
    """The stems a business's knowledge names, and the customer words learnt to call for
    them (`Expansion`)."""

    def __init__(self, texts: Iterable[str], expansion: Expansion | None = None) -> None:
        given_texts = list(texts)
        # "e-mail" is also written "email": compounds count joined too.
        joined = [text for given in given_texts for text in (given, _HYPHEN.sub("", given))]
        stemmed = [terms(text) for text in joined]
        self._stems = {term for text_terms in stemmed for term in text_terms}
        # Stems side by side: "vale presente" names the compound "vale-presente".
        self._pairs = {pair for text_terms in stemmed for pair in pairwise(text_terms)}
        self._words = {_singular(word) for text in joined for word in phrased(text)}
        # Stems said only in names ("expre" of "American Express"): a customer's word of the
        # same stem ("entrega expressa") is named only as the name's own word.
        self._stems_of_names = _stems_only_in_names(given_texts)
        # Places abroad it names, as phrases may ("Entregamos no exterior"): by `_abroad_key`.
        self._abroad = {place for text in joined for place in abroad(text)}
        self._expansion = expansion or {}
        # Stems of sentences that state a value ("CNPJ 12.345.678/0001-90") and of those
        # that name something ("marca" of "marcas próprias Aurora").
        self._with_values = _sentence_stems(given_texts, lambda said: bool(_VALUE.search(said)))
        self._with_names = _sentence_stems(given_texts, _names_something)
        self._states_costs = any(_COST_STATED.search(fold(text)) for text in given_texts)
        self.states_payment_changed = any(
            _PAYMENT_CHANGED.search(" ".join(words(text))) for text in given_texts
        )
        self.states_order_changed = any(
            _ORDER_CHANGED.search(" ".join(words(text))) for text in given_texts
        )
        self.nationwide = any(_NATIONWIDE.search(fold(text)) for text in given_texts)
        self.refunds_in_full = any(_IN_FULL.search(fold(text)) for text in given_texts)
        self.states_without_papers = any(
            _WITHOUT_PROOF.search(said) or _WITHOUT_ID.search(said)
            for said in (" ".join(words(text)) for text in given_texts)
        )

    def names(self, word: str) -> bool:
        """The knowledge names `word`, in its own words or through a learnt customer word.
        Numbers and measures ("24cm", "10x") are not things asked after. A compound
        ("vale-presente") is named only as one: joined, or its words side by side."""
        if word in _COST_WORDS:
            return self._states_costs
        stems = terms(word)
        if stems and all(term in self._stems_of_names for term in stems):
            return self.names_word(word)
        if "-" in word:
            parts = terms(word)
            joined = terms(word.replace("-", ""))
            # (a joined stem that is the first word's alone says nothing of the second:
            # "cartaopresente" stems to "carta"; only of the compounds that are one thing
            # written apart too, not "cartão-fidelidade", read as "cartão fidelidade")
            one_thing = _SPACED_COMPOUND.fullmatch(word.replace("-", " "))
            swallowed = len(parts) > 1 and joined == parts[:1] and bool(one_thing)
            return (not swallowed and all(map(self._named, joined))) or tuple(parts) in self._pairs
        return all(self._named(term) for term in terms(word))

    @property
    def states_costs(self) -> bool:
        """The knowledge states a cost or a price (a fee, "grátis", "R$")."""
        return self._states_costs

    def names_term(self, term: str) -> bool:
        """The knowledge names a term of one word, or of several side by side ("tabela de
        preços"), in its own words."""
        stems = terms(term.replace("-", " "))
        if len(stems) == 1:
            return self.names_word(term)
        return all(pair in self._pairs for pair in pairwise(stems))

    def says(self, word: str) -> bool:
        """The knowledge has every stem of `word` in its own words (no learnt word)."""
        return all(term in self._stems for term in terms(word))

    def names_word(self, word: str) -> bool:
        """The knowledge has `word` itself (or its singular), not only a word of the same
        stem: a named alternative ("correios") is one thing, not a root ("correção")."""
        return _singular(word) in self._words

    def names_one_of(self, kind: str) -> bool:
        """The knowledge names some one of `kind` ("transportadora"): a name is said in a
        sentence with the kind's stem. It says "a transportadora" but never which."""
        return all(term in self._with_names for term in terms(kind))

    def states_value_of(self, kind: str) -> bool:
        """The knowledge gives a value of `kind` ("cnpj"): a long number in a sentence
        with the kind's stems. It says "informe o CNPJ" but never which is the shop's."""
        return all(term in self._with_values for term in terms(kind))

    def names_place(self, place: str) -> bool:
        """The knowledge names the place abroad `place` (as `abroad` names it) where it
        reads as a place: "no exterior" settles "pro exterior", "a parte exterior" does not."""
        return place in self._abroad

    def names_root(self, verb: str) -> bool:
        """The knowledge has a word of `verb`'s root ("transferidos": "transfer..."), not
        only one of its five-letter stem ("transportadora")."""
        root = _VERB_ENDING.sub("", verb)
        if len(root) < _MIN_ROOT:
            return True  # too short a root to tell
        return any(word.startswith(root) for word in self._words)

    def _named(self, term: str) -> bool:
        if not term.isalpha() or term in self._stems:
            return True
        return any(called in self._stems for called, _ in self._expansion.get(term, ()))


def unnamed(question: str, vocabulary: Vocabulary, entry: Vocabulary | None = None) -> str | None:
    """The word of what `question` asks after that the knowledge never names, if any.
    `entry` is the vocabulary of the entry that would answer: what is added to its service
    or where it applies must be named there."""
    if "mesmodia" in phrased(question) and not vocabulary.names_word("mesmodia"):
        return "mesmodia"  # the same day is a service the knowledge states, or not
    missing = (
        *(word for word in asked_after(question) if not _settles(word, vocabulary, entry)),
        *(word for word in chosen_among(question) if not vocabulary.names_word(word)),
        *(word for word in which_of(question) if not vocabulary.names_one_of(word)),
        # (the knowledge's own word: "outra voltagem" learnt for an exchange states no voltage)
        *(word for word in attributes_asked(question) if not vocabulary.names_word(word)),
        *(verb for verb in services_asked(question) if not vocabulary.names_root(verb)),
        *(word for word in properties_asked(question) if not vocabulary.names(word)),
        *(word for word in heard_of(question) if not vocabulary.names(word)),
        *(word for word in advice_asked(question) if not vocabulary.names(word)),
        *(word for word in origin_asked(question) if not vocabulary.names(word)),
        *(word for word in events_asked(question) if not vocabulary.names(word)),
        *(word for word in trade_in_asked(question) if not vocabulary.names(word)),
        *(word for word in compared(question) if not vocabulary.names_word(word)),
        *(word for word in split_payment(question) if not vocabulary.names_word(word)),
        *(word for word in whom_for(question) if not vocabulary.names_word(word)),
        *(word for word in collected_by_another(question) if not vocabulary.names_word(word)),
        *(word for word in left_with_another(question) if not vocabulary.names_word(word)),
        *(word for word in served_in(question) if not vocabulary.names_word(word)),
        *(term for term in trade_terms(question) if not vocabulary.names_term(term)),
        *(term for term in company_terms(question) if not vocabulary.names_term(term)),
        *(word for word in ratings_asked(question) if not vocabulary.names_word(word)),
        *(word for word in service_details(question) if not vocabulary.names_term(word)),
        # (a price is stated by the answering entry, of the thing in its words or a learnt
        # customer word: "quanto custa o papel de presente?" is the wrapping's "R$ 9,90")
        *(
            thing
            for thing in prices_asked(question)
            if entry is None or not (entry.states_costs and entry.names(thing))
        ),
        *(place for place in other_places_asked(question) if not vocabulary.names_term(place)),
        *(verb for verb in discounts_combined(question) if not vocabulary.names_term(verb)),
        *(thing for thing in validity_asked(question) if not vocabulary.names_term(thing)),
        *(
            word
            for word in counted_or_shown(question)
            if entry is not None and not entry.names_word(word)
        ),
        *(
            day
            for day in delivery_days(question)
            if entry is not None and not (entry.names_word(day) and entry.says("entrega"))
        ),
        *(verb for verb in orders_merged(question) if not vocabulary.says(verb)),
        *(
            ("pagamento",)
            if payment_changed(question) and not vocabulary.states_payment_changed
            else ()
        ),
        *(("pedido",) if order_changed(question) and not vocabulary.states_order_changed else ()),
        *(
            ("nota",)
            if done_without_papers(question) and not vocabulary.states_without_papers
            else ()
        ),
        # (the entry's own word: a learnt customer word, "despachar" for a delivery time,
        # states no time of its own)
        *(verb for verb in stages_timed(question) if entry is not None and not entry.says(verb)),
        *(verb for verb in dates_promised(question) if not vocabulary.names_word(verb)),
        *(kind for kind in identifiers(question) if not vocabulary.states_value_of(kind)),
        *(place for place in abroad(question) if not vocabulary.names_place(place)),
        *(word for word in hours_changed(question) if not vocabulary.names_word(word)),
        *(word for word in boleto_on_paper(question) if not vocabulary.names_word(word)),
        *(name for name in carriers(question) if not vocabulary.names_word(name)),
        *(verb for verb in moved_to_another(question) if not vocabulary.names_root(verb)),
        *(word for word in qualifying(question) if entry is not None and not _covers(entry, word)),
        # Only the word itself: a learnt customer word ("cair" for "produtos") settles no fall.
        *(word for word in accidents(question) if entry is not None and not entry.names_word(word)),
        *(word for word in differences_asked(question) if not vocabulary.names_word(word)),
        *(spot for spot in left_at(question) if not vocabulary.names_word(spot)),
        *(pet for pet in pet_along(question) if not vocabulary.names_word(pet)),
        *(party for party in another_party(question) if not vocabulary.names_word(party)),
        *(word for word in invoices_split(question) if not vocabulary.names_word(word)),
        *(place for place in fetched_from_the_carrier(question) if not vocabulary.names(place)),
        *(
            word
            for word in resent_instead(question)
            if entry is not None and not settles_resending(entry)
        ),
        *(
            word
            for word in returned_with(question)
            if entry is not None and not settles_return_of(entry, word)
        ),
    )
    return missing[0] if missing else None


def which_of(question: str) -> Iterator[str]:
    """The kind a "which one" question asks a name of: "qual transportadora vocês usam?"."""
    for clause in _CLAUSE.split(question):
        for which in _WHICH.finditer(" ".join(phrased(clause))):
            if which[1] in _NAMED_KINDS or (which[2] and which[1] not in _WHEN_WORKED):
                yield which[1]


def _in_clauses(pattern: re.Pattern[str], question: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in each clause of `question`, read in the knowledge's words."""
    for clause in _CLAUSE.split(question):
        yield from pattern.finditer(" ".join(phrased(clause)))


def _in_customer_clauses(pattern: re.Pattern[str], question: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in each clause of `question`, read in the customer's words."""
    for clause in _CLAUSE.split(question):
        yield from pattern.finditer(" ".join(words(clause)))


def attributes_asked(question: str) -> Iterator[str]:
    """What a "qual o X de..." question asks the value of: "qual a capacidade em litros da
    panela?" asks a capacity, which a knowledge that never names one cannot give."""
    for asked in _in_clauses(_ATTRIBUTE, question):
        yield asked[1]


def split_payment(question: str) -> Iterator[str]:
    """A purchase asked to be paid in parts or with two cards: its word is "dividir o
    pagamento", which knowledge naming only the ways to pay never says."""
    said = " ".join(phrased(question))
    if _SPLIT_PAYMENT.search(said) and not _REFUND.search(said):
        yield "combinar"


def compared(question: str) -> Iterator[str]:
    """What a question asks is the same in two of the business's channels: "os preços da
    loja são os mesmos do site?" -> "precos" (not "o preço do frete é o mesmo pra todo
    Brasil?", nor "a chaleira e a mesma chegou amassada")."""
    for clause in _CLAUSE.split(question):
        said = phrased(clause)
        if len(_CHANNELS.intersection(said)) < 2:
            continue
        for asked in _COMPARED.finditer(" ".join(said)):
            yield asked[1]


def whom_for(question: str) -> Iterator[str]:
    """Whom a benefit is asked for: "desconto pra professor" -> "professor"."""
    for asked in _in_clauses(_FOR_WHOM, question):
        if asked[1] == "quem" and asked[2]:
            yield asked[2]
        elif asked[1] not in _NOT_WHOM and not _infinitive(asked[1]):
            yield asked[1]


def collected_by_another(question: str) -> Iterator[str]:
    """Someone else collecting the customer's order: "meu neto pode retirar na loja por
    mim?", "minha tia vai retirar no meu lugar" (whether a third party may, and with what, is
    the knowledge's to state)."""
    # (clause by clause: "se eu retirar na loja pago frete? pra mim é mais rápido" collects
    # for no one)
    if _SIGNED_BY_ANOTHER.search(" ".join(phrased(question))) or any(
        _COLLECTED_BY_ANOTHER.search(" ".join(phrased(clause)))
        for clause in _CLAUSE.split(question)
    ):
        yield "terceiros"


def orders_merged(question: str) -> Iterator[str]:
    """Orders put together into one delivery: "dá pra juntar meus dois pedidos numa entrega
    só?", "vcs juntam os dois pra eu ganhar o frete grátis?" (the knowledge must say it)."""
    if _MERGED.search(" ".join(words(question))):
        yield "juntar"


def order_changed(question: str) -> bool:
    """The customer asks to change a placed order otherwise than its address or payment:
    "ainda dá pra incluir o embrulho no pedido?", "dá pra mudar o pedido pra retirada?"."""
    # (clause by clause: "esqueci de marcar embrulho no carrinho antes de pagar... ainda dá pra
    # incluir no pedido?" changes a placed order)
    return any(
        _ORDER_CHANGED.search(said) and not _ORDER_UNPLACED.search(said)
        for said in (" ".join(words(clause)) for clause in _CLAUSE.split(question))
    )


def done_without_papers(question: str) -> bool:
    """An exchange, return or repair asked for without the proof of purchase ("ganhei de presente,
    não tenho a nota nem o número do pedido, consigo trocar?"), or a purchase without the
    customer's papers ("não tenho CPF, só passaporte: consigo comprar?")."""
    said = " ".join(words(question))
    exchanged = _WITHOUT_PROOF.search(said) and _EXCHANGED.search(said)
    repaired = _WITHOUT_ORDER_NUMBER.search(said) and _REPAIRED.search(said)
    bought = _WITHOUT_ID.search(said) and _BUYING.search(said)
    return bool(exchanged or repaired or bought)


def payment_changed(question: str) -> bool:
    """The customer asks to pay an order placed another way: "comprei no boleto mas quero
    mudar pra pix pra ganhar o desconto, pode?" (not "posso pagar no pix?", a new order's)."""
    said = " ".join(words(question))
    return bool(_PAYMENT_CHANGED.search(said)) and bool(_PLACED.search(said))


def left_with_another(question: str) -> Iterator[str]:
    """Whom or where else the parcel may be left: "o entregador pode deixar com a vizinha?",
    "entregam na portaria?" (the knowledge must name them to say yes or no)."""
    # (in the customer's words: the knowledge's phrases read "deixar com o vizinho se eu não
    # estiver" as the carrier's attempts)
    for left in _in_customer_clauses(_LEFT_WITH_ANOTHER, question):
        if not _delivery_there_planned(left):
            yield left[1] or left[2] or left[3]


# Whether a delivery there may be is asked with these: "dá pra entregar na portaria?", "posso
# pedir pra entregar no hospital?"
_MAY_IT = frozenset(["da", "dao", "como", "possivel", "posso", "pode", "podem", "consigo",
                     "consegue", "conseguem", "tem", "aceitam", "fazem"])  # fmt: skip


def _delivery_there_planned(left: re.Match[str]) -> bool:
    """A delivery there planned or told, not asked: "vou fechar o pedido pra entregar na
    portaria, se eu pagar por pix sai mais barato?", "mandei entregar no hospital, onde vejo o
    rastreio?" (the question is another)."""
    if not left.group(0).startswith("entreg"):
        return False
    before = left.string[: left.start()].split()[-5:]
    planned = before[-1:] == ["para"] or "mandei" in before
    return planned and not _MAY_IT.intersection(before)


def counted_or_shown(question: str) -> Iterator[str]:
    """A charge asked to count towards a threshold ("o embrulho conta pros 299?" ->
    "embrulho"), or a photo the shop is asked to send ("vcs mandam uma foto?" -> "foto")."""
    yield from (counted[1] for counted in _in_customer_clauses(_COUNTED_TOWARDS, question))
    yield from (shown[1] for shown in _in_customer_clauses(_SHOWN_FIRST, question))


def delivery_days(question: str) -> Iterator[str]:
    """The day, or time of day, a question asks a delivery on: "entregam no sábado?" ->
    "sabado", "dá pra entregar à tarde?" -> "tarde" (not a day told beside the question:
    "qual o prazo pra trocar? o presente só vai ser entregue no domingo")."""
    for sentence in _asked_sentences(question):
        yield from (day[1] for day in _in_customer_clauses(_DELIVERY_DAY, sentence))
        for day in _in_customer_clauses(_DELIVERY_DONE_ON, sentence):
            yield next(said for said in day.groups() if said)


def _asked_sentences(question: str) -> list[str]:
    """The sentences of `question` that ask something."""
    sentences = _SENTENCES_SAID.findall(question)
    return [sentence for sentence in sentences if "?" in sentence] or sentences


def served_in(question: str) -> Iterator[str]:
    """The language or medium a question asks to be served in: "atendem em libras?"."""
    yield from (served[1] for served in _in_customer_clauses(_SERVED_IN, question))


# A delivery date promised: "vcs garantem que chega até 20/12?" (settled only by knowledge
# that promises one).
_DATE_PROMISED = re.compile(
    # (the shop's promise, not the customer's wish: "preciso garantir q chega antes do dia 20")
    r"\b(garantem|garante|prometem|promete|asseguram|assegura|(?<=conseguem )garantir|"
    r"(?<=podem )garantir)(?: para mim| pra mim)? "
    r"(?:que )?(?:o pedido |a entrega |ele |ela |isso )?(?:chega|chegue|vai chegar|entregam|"
    r"entreguem|sera entregue|seja entregue|estara|esteja)\b"
)


# ...the date said first: "preciso q chegue antes do sábado de aleluia, vcs garantem?"
_DATE_THEN_PROMISED = re.compile(
    r"\b(?:chegue|chegar|chega|entregue|entregar|entreguem|esteja)\b (?:ate|antes d[oae]s?|no|na|"
    r"para o|para a|pro|pra)\b.{0,50}\b(?:voces )?(garantem|garante|prometem|promete|conseguem "
    r"garantir|da para garantir)$"
)


def dates_promised(question: str) -> Iterator[str]:
    """The promise asked of a delivery's date: "garantem" in "garantem que chega até 20/12?"."""
    yield from (found[1] for found in _in_customer_clauses(_DATE_PROMISED, question))
    said = " ".join(words(question))
    yield from (found[1].split()[-1] for found in _DATE_THEN_PROMISED.finditer(said))


def stages_timed(question: str) -> Iterator[str]:
    """The stage of an order whose time a question asks: "quantos dias levam pra despachar"."""
    for asked in _in_clauses(_STAGE_TIMED, question):
        yield asked[1] or asked[2]
    for asked in _in_customer_clauses(_STAGE_TIMED_BY_THE_SHOP, question):
        yield next(stage for stage in asked.groups() if stage)


def trade_in_asked(question: str) -> Iterator[str]:
    """The business buying used goods, or taking the old one for a discount on the new: "vcs
    compram panela usada ou tem aquele esquema de entregar a velha e ganhar desconto?"."""
    if _TRADE_IN.search(" ".join(phrased(question))):
        yield "usado"


def events_asked(question: str) -> Iterator[str]:
    """The event a "when is" question asks the date of: "quando vai ser a black friday de
    vcs?" (an event the knowledge never names has no date in it)."""
    for asked in _in_clauses(_EVENT, question):
        yield next(event for event in asked.groups() if event).split()[0]


def origin_asked(question: str) -> Iterator[str]:
    """Where the products are made: "as panelas são fabricadas no Brasil ou importadas?".
    "Defeitos de fabricação" in a warranty say nothing of where."""
    if _ORIGIN.search(" ".join(phrased(question))):
        yield "origem"


def advice_asked(question: str) -> Iterator[str]:
    """Which of two products to choose: "me ajudam a escolher entre a airfryer de 4 litros
    ou a de 5,5?", "qual panela é melhor, inox ou ferro?" (not how to pay or get it, which
    the knowledge may compare: "qual é melhor, pix ou boleto?")."""
    said = " ".join(phrased(question))
    if _ADVICE.search(said) and _WAYS_COMPARED.search(said) is None:
        yield "recomendacao"  # advice is named by what the knowledge recommends, if anything


def heard_of(question: str) -> Iterator[str]:
    """What the customer heard of elsewhere and asks the business has, by "isso": "vi uma
    menina no insta falando de cupom de primeira compra, vcs tem isso?"."""
    said = " ".join(phrased(question))
    if _HAS_THAT.search(said) is None:
        return
    for heard in _HEARD_OF.finditer(said):
        rest = said[heard.end() :].split()
        if rest[:1] and rest[0].rstrip("+") in _THE_BUSINESS:
            continue  # "vi vcs falando do aurora+": the business's own, named as it
        yield from _object(rest, modifier=False)


def properties_asked(question: str) -> Iterator[str]:
    """What a thing is asked to be able to be: "a embalagem é reciclável?", "a tampa é
    removível?". A knowledge that never says so cannot answer it."""
    for capable in _in_clauses(_CAPABLE, question):
        yield capable[1]


def services_asked(question: str) -> Iterator[str]:
    """A service the business is asked whether it does, or to send someone for: "vcs
    consertam panela de outra marca?", "mandam alguém instalar?". Its warranty or its
    products say nothing of repairing or installing unless the knowledge names doing it."""
    for asked in _in_clauses(_SERVICE, question):
        yield asked[1] or asked[2] or asked[3] or asked[4]


def identifiers(question: str) -> Iterator[str]:
    """The identifier of the business a question asks for: "qual o CNPJ da Aurora?"."""
    for clause in _CLAUSE.split(question):
        for asked in _IDENTIFIER.finditer(" ".join(phrased(clause))):
            yield asked[1]


def abroad(question: str) -> Iterator[str]:
    """The places abroad a question names: "vocês entregam em Portugal?"; a phrase for
    "abroad" by its one word ("pro exterior": "exterior")."""
    said = " ".join(phrased(question))
    for place in _ABROAD.finditer(said):
        if _WAYS_THERE.match(said, place.end()):
            continue
        if _WHOM_ONE_WORKS_WITH.search(said, 0, place.start()) and _TIME_ZONE.search(said):
            continue
        here = (
            _HERE.search(said, 0, place.start())
            and not _DELIVERED_HERE.search(said, 0, place.start())
            and not _DELIVERY_ASKED_AFTER.match(said, place.end())
        )
        oneself = here or _ONESELF.search(said, 0, place.start())
        if not oneself or _THERE.search(said, place.end()):
            yield _abroad_key(place[0])


def carriers(question: str) -> Iterator[str]:
    """The carriers or shipping services a question on how long or how much names:
    "sedex" in "o sedex dos correios demora quanto pra chegar em Recife?" (not "tenho que
    levar nos correios?", a return's errand)."""
    said = " ".join(words(question))
    if _HOW_LONG_OR_MUCH.search(said):
        yield from (found[0] for found in _CARRIER.finditer(said))


def _abroad_key(place: str) -> str:
    """One name for the ways of saying a place abroad: "no exterior" and "para exterior",
    "internacionais" and "international"."""
    words = place.split()
    if words[-1] == "exterior":
        return "exterior"
    if words[0].startswith(("internaciona", "internationa")):
        return "internacional"
    if words[0] in ("outro", "outros"):
        return "outro pais"
    return place


def moved_to_another(question: str) -> Iterator[str]:
    """The verb moving something to another person or account: "transferidos" in "os
    pontos podem ser transferidos pra conta da minha mãe?", "transferir" for "passar"."""
    said = " ".join(phrased(question))
    for moved in _MOVE.finditer(said):
        # Passed on is transferred: "passar" is too common a verb for its root to say the
        # knowledge has the move ("o prazo passou"); so is put together into one account ("os
        # pontos podem ser juntados numa conta só?"; not "a nota vai junto com o presente").
        joined = moved[2] is not None and moved[2].startswith("junt")
        pooled = joined and _AN_ACCOUNT.search(moved[0]) is not None
        yield moved[1] or (None if pooled else moved[2]) or "transferir"
    for moved in _MOVED_TO_MINE.finditer(said):
        yield "transferir" if moved[1] == "passar" else moved[1]
    if _SPENT_FROM_ANOTHER.search(said):
        yield "transferir"


# A part of the business's site named in quotes by the knowledge ("clique em "Avise-me" na
# página dele"), named by the customer as such: "como funciona esse botão avise-me?".
_QUOTED = re.compile(r"[\"“”]([^\"“”\n]{2,40})[\"“”]")
_SITE_PART = (
    r"(?:botao|botoes|aba|abas|opcao|link|area|menu|secao|campo|pagina|tela|icone|button|tab|"
    r"section|page|option)"
)


def quoted_names(text: str) -> list[str]:
    """The names a text gives in quotes, as folded words: "Meus pedidos" is "meus pedidos"."""
    return [" ".join(words(name)) for name in _QUOTED.findall(text)]


def entries_naming_site_parts(question: str, parts: Mapping[str, Iterable[str]]) -> set[str]:
    """The entries (of `parts`, each entry's quoted names) one of whose names the question
    gives as a part of the site ("o botão avise-me", "the Meus pedidos tab") or in quotes."""
    said = " ".join(words(question))
    raw = fold(question)
    quoted = set(quoted_names(question))

    def named(name: str) -> bool:
        known = re.escape(name)
        site_part = rf"\b{_SITE_PART} (?:\w+ )?{known}\b|\b{known} (?:button|tab|page|option)\b"
        # ...or written with its hyphen, as a name: "o aviso do avise-me" (not "me avise")
        hyphened = re.escape(name.replace(" ", "-"))
        as_a_name = rf"\b(?:do|da|no|na|o|a|pelo|pela|esse|este|de) {hyphened}\b"
        return (
            name in quoted
            or re.search(site_part, said) is not None
            or (" " in name and re.search(as_a_name, raw) is not None)
        )

    return {entry_id for entry_id, names in parts.items() if any(map(named, filter(None, names)))}


# A name the business coined for something it offers, written with a plus: "Aurora+".
# (A name: capitalised, a word of its own; not "panela+tampa" nor "Wi-Fi+".)
_COINED = re.compile(r"(?<![\w+-])([A-ZÀ-Þ][^\W\d_]+)\+(?![\w+])")
# What a customer asks of a thing they know only by its name: "como funciona esse X?".
_ASKED_AFTER = (
    r"(?:o )?que (?:e|eh|seria|significa|vem a ser)|como (?:que )?(?:funciona|e)|"
    r"(?:me )?explica(?: melhor| como funciona)?|(?:me )?fal[ae](?: mais)?(?: sobre| d[oa])?|"
    r"sobre|what is|what s|how does|tell me about"
)
_THE_THING = r"(?:(?:o|a|esse|essa|este|esta|desse|dessa|do|da|the|this|your) )?"
# ...and nothing else after it but a word of emphasis or whose it is.
_ONLY_EMPHASIS = (
    r"(?: (?:que|q) (?:apareceu|aparece|veio|vem|vi|mandaram|falaram)(?: \w+){0,6}?)?"
    r"(?: (?:ai|ae|exatamente|direito|mesmo|entao|hein|de voces|da loja|work|works"
    # (or whom it is asked of: "como funciona esse Aurora+ aí, mano?")
    r"|mano|mana|maninho|maninha|mermao|tche|so|uai|cara|amigo|amiga|moca|visse|bicho|"
    r"guri|guria|querida|querido|please|pfv|pf|por favor))*"
)


def coined_names(text: str) -> list[str]:
    """The names a text coins with a plus, folded and without it: "Aurora+" is "aurora"."""
    return sorted({fold(name) for name in _COINED.findall(text)})


# "Aurora mais", "Aurora plus": the coined name spelled out, said of the programme ("o
# aurora mais", "no Aurora plus") or at the end of what is said ("um tal de Aurora mais.");
# not the shop and "more" ("a aurora mais uma vez atrasou", "comprei na aurora mais de 3
# vezes").
_THE_PROGRAMME = r"\b(?:o|do|no|pelo|ao|esse|desse|nesse|este|deste|neste|um|de)\s+"
_SPELLED_PLUS = r"\s+(?:mais|plus)\b"
_SAID_LAST = r"(?=\s*(?:[?.!,;:]|$))"


def with_coined_names(question: str, names: Iterable[str]) -> str:
    """The question with a coined name spelled out written as coined: "os pontos do
    aurora mais vencem?" reads "os pontos do aurora+ vencem?"."""
    for name in names:
        known = name_pattern(name)
        question = re.sub(
            rf"(?i)({_THE_PROGRAMME})({known}){_SPELLED_PLUS}|\b()({known}){_SPELLED_PLUS}"
            rf"{_SAID_LAST}",
            _coined,
            question,
        )
    return question


def _coined(spelled: re.Match[str]) -> str:
    """ "o aurora mais" -> "o aurora+"."""
    before, name = (spelled[1], spelled[2]) if spelled[2] else (spelled[3], spelled[4])
    return f"{before}{name}+"


# ...who told of it after the name: "como funciona esse aurora+ q a influencer comentou?"
_WHO_TOLD_OF_IT = (
    r"(?: que (?:\w+ ){0,4}?(?:comentou|falou|mencionou|mostrou|disse|divulgou|postou|indicou|"
    r"recomendou|citou)(?: \w+){0,4}?)?"
)


def entries_asked_after_by_name(question: str, names: Mapping[str, Iterable[str]]) -> set[str]:
    """The entries (of `names`, each entry's coined names) the question asks after by one
    of those names alone: "como funciona esse Aurora+?", "o que é o aurora mais?" (not a
    question that only mentions it, "sou Aurora+, qual o prazo?")."""
    # ...also as the message's one question, told why after it: "como funciona o Aurora+?
    # quero aproveitar", "What is Aurora+? a friend mentioned it".
    said = [" ".join(words(question)), " ".join(words(_the_one_question(question)))]

    def asked_after(name: str) -> bool:
        spelled = rf"{re.escape(name)}(?:\+| mais| plus)"
        asked = rf"\b(?:{_ASKED_AFTER}) {_THE_THING}{spelled}{_WHO_TOLD_OF_IT}{_ONLY_EMPHASIS}$"
        return any(re.search(asked, part) is not None for part in said)

    return {entry_id for entry_id, coined in names.items() if any(map(asked_after, coined))}


_QUESTIONS = re.compile(r"[^?]*\?")
_SENTENCE_END = re.compile(r"[.!;\n]")


def _the_one_question(question: str) -> str:
    """The sentence that asks, when the message asks one question only; else nothing."""
    asked = _QUESTIONS.findall(question)
    return _SENTENCE_END.split(asked[0])[-1] if len(asked) == 1 else ""


def names_site_part(question: str, names: Iterable[str]) -> bool:
    """The question names one of `names` as a part of the site, or in quotes."""
    return bool(entries_naming_site_parts(question, {"": names}))


# The shop asked whether it does something: "vocês gravam o nome dos noivos nas taças?".
# ("Vocês são", "estão" and "têm" ask what the shop is or has: other rules read those.)
# (Opinions and small talk, "vocês acham que o dólar vai subir?", ask nothing of the shop.)
_NOT_ASKED_OF_THE_SHOP = (
    r"(?!(?:sao|estao|tem|vem|sem|bem|quem|tambem|porem|alem|ontem|nem|alguem|acham|acreditam|"
    r"preferem|torcem|votam|gostam|gostariam|curtem|assistem|indicam|recomendam|conhecem|sabem|"
    r"querem|dizem|falam|contam|jogam|ganham|perdem|think|believe|like|prefer|know|want|"
    r"recommend|have|homem|viagem|mensagem|imagem|ordem|item|garagem|origem|ninguem)\b)"
)
_SHOP_DOES = re.compile(
    r"\b(?:voces|ustedes)(?: (?:tambem|ainda|so|ja|nao|costumam|conseguem|podem))? "
    rf"{_NOT_ASKED_OF_THE_SHOP}\w+(?:am|em|an)\b"
    rf"|\bdo you(?: also)? {_NOT_ASKED_OF_THE_SHOP}\w+\b"
    # ...the subject left out: "fazem gravação de nome nas tábuas de corte?"
    rf"|^(?:e |oi |ola |bom dia |boa tarde |boa noite )?{_NOT_ASKED_OF_THE_SHOP}\w+(?:am|em)\b"
    rf"|\b(?:a loja|a {THE_SHOP})(?: (?:tambem|ainda|so|ja|nao|costuma|consegue|pode))? "
    r"(?!(?:e|esta|tem|fica|abre|fecha)\b)\w+[ae]\b"
)


def asks_the_shop_to_do(question: str) -> bool:
    """The question asks the business whether it does something: its own question, even in
    words the knowledge never uses (a person can say yes or no)."""
    return _SHOP_DOES.search(" ".join(words(question))) is not None


# A product's rating: its voltage ("o micro-ondas é 127 ou 220?", "does it work on 220V?"),
# power or the heat it takes ("até quantos graus aguenta?").
_RATED = re.compile(
    r"\b(?:110|127|220) ?v?\b(?: \w+){0,2} (?:ou|or) (?:110|127|220)\b|\b(?:bivolt|voltagem|"
    r"tensao|potencia|watts?|amperes?|amperagem|wattagem)\b|\b\d+ ?(?:v|w|volts?)\b|"
    r"\bquantos graus\b"
    # ...a pump's pressure or a motor's speed: "a maquina de espresso faz quantos bar?"
    r"|\b(?:quantos )?bar(?:es)? de pressao\b|\bquantos bar(?:es)?\b|\brpm\b|"
    r"\brotac\w+ por minuto\b"
)
# ...not food cooked ("quanto tempo deixo o frango no forno a 200 graus?") nor a town's mains
# ("qual a voltagem padrão em Salvador?").
_COOKING_OR_MAINS = re.compile(
    r"\b(?:asso|assar|asse|assando|receita|frango|carne|bolo|padrao|da cidade|na cidade)\b"
)
# Kitchen and household goods named by what they are: a product told of, and goods had (below).
_KITCHEN_GOODS = (
    r"panelas?|frigideiras?|cacarolas?|woks?|chaleiras?|cafeteiras?|liquidificador\w*|batedeiras?|"
    r"mixer|processador\w*|air ?fryers?|airfryers?|fritadeiras?|sanduicheiras?|torradeiras?|"
    r"espremedor\w*|jarras?|garrafas?|canecas?|travessas?|assadeiras?|tigelas?|potes?|tabuas?|"
    r"facas?|talheres|utensilios?|cooktop|kettle|toaster|blender|pans?|mugs?|jogo|pipoqueiras?|"
    r"crepeiras?|churrasqueiras?|grelhas?|moedor\w*|espetos?|maquinas? de (?:cafe|espresso|"
    r"expresso)"
)
# ...and of a product: one of the shop's ("de vocês", "do site", "que comprei", "essa") or a
# kitchen or household good named, not anything rated ("qual a tensão da bateria do carro?",
# "quantos graus tem um ângulo reto?", "qual a altura do Cristo Redentor?").
_A_PRODUCT = re.compile(
    r"\b(?:voces|voce|vcs|estaloja|site|loja|anuncio|catalogo|comprei|comprar|compro|vendem|vende|"
    rf"essa|esse|este|desse|dessa|deste|desta|nesse|nessa|you|your|this|it|{_KITCHEN_GOODS}|"
    r"micro ?ondas|microondas|grill|termicas?|copos?|tacas?|xicaras?|pratos?|formas?|eletro\w*|"
    r"machine|pots?|kit|lixeiras?|escorredor\w*|organizador\w*|cestos?|baldes?|bacias?|boleiras?|"
    r"fruteiras?|"
    r"comedouros?|bebedouros?|leiteiras?|bandejas?|tampas?|jars?|they|these|aparelhos?|daquel[ea]|"
    # (a child's, said small: "esses pratinhos infantis são livres de BPA?")
    r"pratinhos?|copinhos?|potinhos?|tigelinhas?|canequinhas?|panelinhas?|babador\w*|bibs?|tachos?|"
    r"cups?|plates?|bowls?|bottles?|laminas?|fondues?|sorveteiras?|iogurteiras?|omeleteiras?|"
    r"waffle\w*|cutlery|knives|knife|cookware|skillets?|kettles?|lids?|trays?|boards?|glasses)\b"
)
# What comes in the box: "o jogo de panelas vem com tampa de vidro? são quantas peças?"
_INCLUDED = re.compile(
    r"\b(?:vem|vao|acompanha|acompanham) (?:com )?(?:a |o |as |os )?(?:tampas?|cabos?|"
    r"alcas?|acessorios?|manual|receitas?|copos?|jarras?|filtros?|cestos?|suportes?|garfinhos?|"
    r"espetos?|bainhas?|estojos?|capas?)\b|\b(?:sao|vem|tem|com) quantas pecas\b"
    r"|\bquantas pecas (?:vem|tem|sao)\b"
    r"|\bcontains? (?:any )?(?:lead|cadmium|bpa|pfoa|ptfe|nickel|aluminum|aluminium|teflon)\b"
    r"|\bcomes? with (?:a |an |the |any )?(?:lids?|recipe\w*|manual|accessor\w*|handles?|cups?|"
    r"jars?|baskets?|filters?)\b|\bhow many pieces\b"
)
# What a product holds: "o pote de 5 litros cabe quantos kg de ração?"
_HOLDS = re.compile(
    r"\bcabem? (?:ate )?quant[oa]s?\b|\bquant[oa]s? (?:litros|kg|quilos|ml|gramas) (?:\w+ )?"
    r"(?:cabe|cabem|comporta|comportam)\b"
    # ...or what it fits in, or grinds: "o espeto cabe em churrasqueira de 80cm?", "o moedor
    # serve pra moer pimenta tb?" (the product fitting, not a dish: "o peru cabe na assadeira?")
    rf"|{_A_PRODUCT.pattern}(?: \w+){{0,4}} cabem? (?:em|no|na|dentro)\b"
    r"|\b(?:serve|servem) (?:tambem )?(?:para|pra) (?:moer|triturar|bater|cortar|ralar|picar|"
    r"torrar|descascar|processar)\b"
)


# A thing's price asked: "quanto custa o jogo de facas Aurora Chef?" (settled only by
# knowledge naming the thing; not the shop's charges, "quanto custa o frete?").
_PRICE_OF = re.compile(
    r"\b(?:quanto (?:custa|custam|ta|esta|sai|saem|fica|ficam)|qual (?:e )?o (?:preco|valor) "
    r"d[oa]s?|how much (?:is|are|does|do)) (?:o |a |os |as |esse |essa |esses |essas |aquele "
    r"|aquela |the |this |that |these )(?!(?:frete|fretes|entrega|embrulho|embalagem|parcela|"
    r"parcelas|envio|troca|taxa|juros|shipping|delivery|wrapping|total|pedido|boleto|pix|desconto|"
    r"descontos|discount|cupom|prazo|reembolso|estorno|ponto|pontos)\b)(\w+)"
)


# Another of the business's places asked after: "vocês têm outra loja física além da de
# São Paulo?", "do you have any other physical store?" (the knowledge names its places; that
# there is no other it never says).
_ANOTHER_PLACE = re.compile(
    r"\b(?:tem|tem alguma|existe|existem|ha|have|has|is there|are there) (?:\w+ ){0,2}?(?:outra|"
    r"outras|other|another) (?:physical )?(?:loja|lojas|unidade|unidades|filial|filiais|store|"
    r"stores|shop|shops|branch|branches|location|locations)\b"
    # ...or one in another town: "vcs tem loja em outra cidade? tipo rio ou curitiba"
    # (not someone else's: "minha irma tem uma loja em outra cidade")
    r"|\b(?:voces (?:tem|abriram|vao abrir)|tem alguma|existe|existem|ha alguma) (?:\w+ "
    r"){0,2}?(?:loja|"
    r"lojas|unidade|unidades|filial|filiais)(?: fisicas?)? (?:em|no|na|nos|nas) (?:outra|outras|"
    r"outro|outros) (?:cidade|cidades|estado|estados|lugar|lugares|regiao|regioes)\b"
)
# Two discounts combined: "o desconto do pix acumula com o dos pontos?", "does the PIX
# discount stack with the points?" (settled only by knowledge that says so). One discount is
# what it is combined with: not points gathered with purchases ("quantos pontos preciso juntar
# com as compras pra ter desconto?").
# (a coupon's code too, named: "o código REELS10 junta com o desconto do pix?")
_DISCOUNT = (
    r"(?:desconto|descontos|cupom|cupons|pontos|discount|coupon|points|codigo(?= [a-z]+\d+\b))"
)
_COMBINED = re.compile(
    r"\b(?:acumula|acumulam|acumular|soma|somam|somar|junta|juntam|juntar|combina|combinam|"
    rf"combinar|stack|stacks|combine|combined|vale junto|valem junto|valem juntos|usar junto) "
    rf"(?:\w+ ){{0,4}}?(?:com|with) (?:\S+ ){{0,3}}?"
    rf"{_DISCOUNT}\b"
)
_DISCOUNTS = re.compile(rf"\b{_DISCOUNT}\b")


# How long a thing holds: "o código do pix vale até quando?" (settled only by knowledge that
# names the thing: "o boleto vale até quando?" is the boleto's entry's).
_VALID_UNTIL = re.compile(
    r"\b(?:o|a|os|as|esse|essa|meu|minha) (\w+(?: d[oa] \w+)?) (?:vale|valem|e valido|e valida|"
    r"expira|expiram|vence|vencem) ate quando\b"
    # ...or whether it has a validity: "o vale-troca tem validade?" (the points' is their
    # entry's: "os pontos têm validade?")
    # (whose it is is no part of the thing: "o boleto da aurora tem validade?")
    r"|\b(?:o|a|os|as|esse|essa|meu|minha) (\w+(?: (?:d[oae] )?(?!(?:voces|vcs|loja|estaloja|"
    r"aurora)\b)\w+)?)(?: d[aoe] (?:voces|vcs|loja|estaloja|aurora)\b(?: \w+)?)? (?:tem|possui) "
    r"(?:alguma |prazo de )?validade\b"
)


def validity_asked(question: str) -> Iterator[str]:
    """The things asked how long they hold: "codigo do pix" in "o código do pix vale até
    quando?"."""
    yield from (found[1] or found[2] for found in _in_customer_clauses(_VALID_UNTIL, question))


def other_places_asked(question: str) -> Iterator[str]:
    """Another place of the business asked after: "outra-loja" for "tem outra loja física?"."""
    if _ANOTHER_PLACE.search(" ".join(words(question))):
        yield "outra-loja"


# ...or the points redeemed and the pix's discount asked of one order, however it is said:
# "se eu trocar meus pontos por desconto, ainda ganho os 5% pagando via pix?", "os dois
# benefícios somam ou é um ou outro?", "o abatimento do pix continua valendo junto?"
# (spent: not earned or kept, "comprei no pix, ainda ganho pontos?", "paguei no pix; os
# pontos ainda valem por quanto tempo?")
_POINTS_REDEEMED = re.compile(
    r"\b(?:trocar|troco|troquei|usar|uso|usei|usando|resgatar|resgato|resgatei|gastar|gasto|"
    r"gastei|abater|abato|abati)\b"
    r"(?: \S+){0,2}? (?:pontos|ponto|points)\b|\bpontos (?:por|como|em) desconto\b"
    r"|\b(?:abatimento|desconto|resgate) (?:d[oa]s? |com (?:os )?)(?:pontos|ponto)\b"
    # ...or named before and spent after: "ganhei bastante ponto... se eu usar eles no presente"
    r"|\b(?:pontos|ponto)\b.{0,80}\b(?:trocar|usar|gastar|resgatar|abater|descontar) (?:eles|"
    r"esses|los)\b"
)
_PIX_PAID = re.compile(r"\bpix\b")
_BOTH_KEPT = re.compile(
    r"\b(?:ainda (?:ganho|ganha|tenho|vale|valem)|continua(?:m)? (?:valendo|valido|valida)|"
    r"somam|soma|um ou outro|uma coisa ou outra|vale(?:m)? junto|juntos?|ao mesmo tempo|"
    r"no mesmo pedido|na mesma compra|acumul\w*|os dois (?:beneficios|descontos))\b"
)


# Hours changed for a season or a date ("dia 24 e dia 31 a loja fecha mais cedo?", "vai ter
# horário estendido na semana do natal?"): the knowledge states its usual hours, its holidays'
# too, but no day's exception unless it names one.
_HOURS_CHANGED = re.compile(
    # (not the virtual assistant's, which answers round the clock: "a assistente virtual
    # funciona até mais tarde no natal?")
    r"(?<!assistente )(?<!virtual )(?<!robo )(?<!bot )"
    r"\b(?:fecha|fecham|fechar|fechara|encerra|encerram|abre|abrem|abrir|funciona|funcionam|"
    r"atende|atendem) (?:\w+ ){0,2}?mais (?:cedo|tarde)\b"
    r"|\b(?:horario|expediente|atendimento) (?:\w+ )?(?:estendido|especial|diferenciado|reduzido|"
    r"ampliado)\b"
)
_SEASON_OR_DATE = re.compile(
    r"\b(?:natal|natalin\w*|ano novo|reveillon|vespera|festas|fim de ano|final de ano|carnaval|"
    r"pascoa|black friday|dia \d+|dias \d+)\b"
)


# A boleto sent on paper: "vcs mandam o boleto impresso pelo correio?" (the knowledge says
# how long it holds, not how it reaches one).
_BOLETO_ON_PAPER = re.compile(
    r"\bboleto\b.{0,30}\b(?:pelo correio|pelos correios|por correio|por carta|em papel)\b"
    # ...or printed, when sent: "vcs mandam o boleto impresso?" (not one printed and paid,
    # "paguei o boleto impresso na lotérica")
    r"|\b(?:mandam|manda|enviam|envia|mandar|enviar|receber|recebo)\b.{0,20}\bboleto "
    r"impress[oa]\b"
)


def boleto_on_paper(question: str) -> Iterator[str]:
    """A boleto asked to come printed or by post: "impresso"."""
    if _BOLETO_ON_PAPER.search(" ".join(words(question))):
        yield "impresso"


def hours_changed(question: str) -> Iterator[str]:
    """A change of the usual hours asked for a season or a date: "especial"."""
    said = " ".join(words(question))
    if _HOURS_CHANGED.search(said) and _SEASON_OR_DATE.search(said):
        yield "especial"


def discounts_combined(question: str) -> Iterator[str]:
    """Two discounts asked to be combined: "acumular" for "o pix acumula com os pontos?"."""
    said = " ".join(words(question))
    if (_COMBINED.search(said) and len(_DISCOUNTS.findall(said)) >= 2) or (
        _POINTS_REDEEMED.search(said) and _PIX_PAID.search(said) and _BOTH_KEPT.search(said)
    ):
        yield "acumular"


# A product's rating or use asked, in the word the knowledge would have to say it in: "é
# bivolt ou 220?" (voltagem), "quanto pesa a chaleira?" (peso), "vai no micro-ondas?", "pode
# lavar na lava-louças?".
# What a product may be made of, each read as its "material".
_MATERIALS = (
    "borosilicato", "inox", "aluminio", "ceramica", "teflon", "ferro fundido", "vidro temperado",
    "porcelana", "cristal", "silicone", "bambu", "cobre", "plastico", "tritan",
)  # fmt: skip
_RATING_OR_USE = re.compile(
    # (asked, not checked: "conferi a voltagem e nada, não liga")
    r"\b(?:(bivolt)|qual (?:e )?a (voltagem|tensao|potencia|amperagem)|(?:110|127|220) ?v?\b"
    r"(?: \w+){0,2} (?:ou|or) (?:110|127|220) ?v?)\b"
    r"|\b(?:quanto (pesa)|qual (?:e )?o (peso)|(?<!quanto )(pesa) quanto)\b"
    # ...or what it is made of, in English: "is the knife set made of carbon steel?"
    r"|\b(?:is|are) (?:it|they|this|these|the \w+(?: \w+)?) (made) (?:of|from|out of|with)\b"
    r"|\b(?:vai|vao|pode ir|podem ir|posso (?:colocar|por|usar|lavar)|pode (?:colocar|lavar|usar|"
    r"por|ir)|da para (?:colocar|lavar|usar|por)) (?:\w+ )?(?:no|na|em|ao) "
    r"(micro ?ondas|microondas|lava ?loucas|forno|freezer|air ?fryer|airfryer)\b"
    # ...or its material, one or another: "o vidro dos potes é borosilicato ou vidro comum?",
    # "a tampa tem BPA?"
    # (not materials compared for advice: "minha panela de inox ou de alumínio é melhor pra
    # arroz?")
    r"|^(?!.*\b(?:melhor|pior|mais saudavel|faz mal|fazem mal|menos mal)\b)"
    # (asked with "é"/"são", not products named by it: "a panela de inox ou a de ferro fundido
    # tem garantia de 1 ano?")
    rf".*\b(?:e|sao|feit[oa]s? de) (?:\w+ )?({'|'.join(_MATERIALS)})\b"
    r"(?: \w+){0,2} (?:ou|or)\b"
    # (asked, not told of what was bought: "comprei os potes sem BPA, consigo parcelar?")
    r"|\b(?:tem|contem|(?:e|sao) (?:livres? de|sem)) (bpa)\b"
    # ...or its certification, or the kind of its material: "o copo tem selo do inmetro?", "is
    # the bib dishwasher safe?", "a lâmina é de que tipo de aço?"
    r"|\b(inmetro)\b|\b(?:dishwasher|microwave|oven|freezer) (safe)\b"
    # ...or what a part comes in: "o jogo vem com tampa de vidro ou de inox?"
    r"|\b(?:vem|vem com|tem|com) (?:\w+ ){0,2}de (vidro|inox|aluminio|ceramica|silicone|bambu|"
    r"madeira|plastico|ferro) ou (?:de )?\w+\b"
    r"|\b(?:de )?(?:que|qual) tipo de (aco|metal|material|plastico|madeira|vidro)\b"
    # ...or one material, of the product shown: "essa panela é de inox 304?"
    rf"|\b(?:essa|esse|esta|este|dessa|desse) \w+(?: \w+)? (?:e|sao) (?:feit[oa]s? )?(?:de |em )?"
    # (not told before what is asked: "essa panela é de inox, tem garantia de quanto tempo?")
    rf"({'|'.join(_MATERIALS)}|aco|ferro)(?: \d+)?\b(?! (?:tem|e|com|mas|qual|quais|quanto|"
    r"quantos|da|posso|pode|vem|aceita|parcela|entrega|chega|ja|vou|quero|comprei)\b)"
)
_RATING_NAMED = {
    "pesa": "peso",
    "made": "material",
    "bivolt": "voltagem",
    "tensao": "voltagem",
    **dict.fromkeys(
        [*_MATERIALS, "bpa", "aco", "metal", "plastico", "madeira", "vidro", "ferro"], "material"
    ),
    "inmetro": "certificacao",
    "safe": "uso",
}


def ratings_asked(question: str) -> Iterator[str]:
    """A product's rating or use asked ("a cafeteira é bivolt?" -> "voltagem"), not a
    town's mains or a dish's oven."""
    said = " ".join(words(question))
    if _COOKING_OR_MAINS.search(said) or not _A_PRODUCT.search(said):
        return
    for found in _RATING_OR_USE.finditer(said):
        asked = next((group for group in found.groups() if group), "voltagem")
        yield _RATING_NAMED.get(asked, asked)


def prices_asked(question: str) -> Iterator[str]:
    """The things whose price a question asks: "jogo" in "quanto custa o jogo de facas?"."""
    yield from (found[1] for found in _PRICE_OF.finditer(" ".join(words(question))))


# Where the physical shop is, or when it opens to a visit: "posso retirar na loja, onde fica
# mesmo?", "which street is your shop on?", "passar aí no domingo à tarde, vocês abrem?" (not
# the people's hours, "que horas funciona o atendimento?", nor a delivery's address).
_TO_THE_SHOP = (
    r"\b(?:loja|lojas|shop|store|espaco fisico|pessoalmente|in person|ao vivo|(?:passar|ir|dar "
    r"uma passada|dar um pulo) (?:ai|la)|(?:ir )?(?:buscar|retirar|levantar) (?:ai|la|na loja))\b"
)
_WHERE_OR_WHEN_THE_SHOP_IS = re.compile(
    # (not another shop, nor how long until collecting: "em quanto tempo fica disponível pra
    # buscar? queria pegar no sábado")
    rf"^(?=.*{_TO_THE_SHOP})(?!.*\b(?:atendimento|entreg\w*|meu endereco|endereco de entrega|"
    r"frete|outra loja|uma loja|transportadora|dados|quanto tempo|disponivel|prazo|pedido|order|"
    r"site|online|app|estacionamento|parking|vagas?|shipped|delivered)\b)"
    r".*\b(?:onde fica|onde e|qual (?:e )?o endereco|em (?:que|qual) rua|qual (?:e )?a rua|que rua|"
    r"which street|what street|where is|where s|address|abre|abrem|aberta|abertos|horario|"
    r"que horas|open|(?:no|num|nesse|neste|de) (?:domingo|sabado|feriado))\b"
)


def asks_where_or_when_the_shop_is(question: str) -> bool:
    """The question asks where the business's shop is or when it opens to a visit."""
    return _WHERE_OR_WHEN_THE_SHOP_IS.search(" ".join(words(question))) is not None


def asks_of_a_product(question: str) -> bool:
    """The question asks what a product works with or withstands, or its rating or
    specification ("essa panela funciona em cooktop de indução?", "qual a potência da
    batedeira?"): about what the business sells, though in no word its knowledge uses."""
    said = " ".join(words(question))
    if _COOKING_OR_MAINS.search(said) or not _A_PRODUCT.search(said):
        return False
    if any(prices_asked(question)) or _RATED.search(said) or _HOLDS.search(said):
        return True
    if _INCLUDED.search(said):
        return True
    if any(ratings_asked(question)):
        return True
    if any(_in_clauses(_ATTRIBUTE, question)):
        return True
    for opener in _WORKS_WITH.finditer(said):
        rest = said[opener.end() :].split()
        # ("o detran funciona no sábado?" asks when; "serve pra saber..." what for)
        if rest and rest[0] not in _WHEN and not _infinitive(rest[0]):
            return True
    return False


# A thing the shop sells, named by what it is (not by "this" or "yours"), or a parcel.
_GOODS = (
    rf"\b(?:{_KITCHEN_GOODS}|refratari[ao]s?|faqueiros?|eletroportat\w*|mixers?|kits?|embalage\w*|"
    r"caixas?|pacotes?|package|parcel|encomendas?|pedidos?|orders?)\b"
)
# ...had from the shop ("veio a de 24", "the kettle I received smells"), or asked what it comes
# with or has ("a cafeteira vem com plug de 3 pinos?", "as embalagens têm escrita em braille?")
_GOODS_HAD = re.compile(
    rf"^(?=.*{_GOODS}).*\b(?:veio|vieram|chegou|chegaram|recebi|recebemos|received|arrived|came)\b"
    rf"|{_GOODS}(?: \w+){{0,3}}? (?:vem|vieram|tem|precisa|acompanha|acompanham|comes?|has|have|"
    r"needs?)\b"
)


# The customer's account at the shop: "a conta tá bloqueada", "duas contas com o mesmo cpf",
# "o código de verificação por sms não chega" (not a bank's or a bill's: "saiu da minha
# conta", "conta de luz").
_ACCOUNT = re.compile(
    r"^(?!.*\bconta (?:de (?:luz|agua|gas|energia|telefone|internet)|bancaria|corrente|poupanca|"
    r"do banco|no banco)\b)(?!.*\b(?:saiu|sairam|debitad\w*|caiu|cair) (?:\w+ ){0,2}?conta\b).*"
    r"\b(?:minha conta|duas contas|a conta|uma conta|conta (?:no|do|na|da) (?:site|app|aplicativo|"
    r"loja)|cadastro|login|logar|senha|codigo de verificacao|tentativas de acesso|account|password|"
    r"log in|sign in)\b"
)


def speaks_of_an_account(question: str) -> bool:
    """The message is about the customer's account at the shop."""
    return _ACCOUNT.search(" ".join(words(question))) is not None


def speaks_of_goods_had_or_offered(question: str) -> bool:
    """The message is about a thing the shop sells or a parcel, received or asked what it
    comes with: what the knowledge does not say of it is for a person, not outside the
    business ("a chaleira veio sem manual, como consigo um?", "pedi a frigideira de 28 e veio
    a de 24", "o manual da chaleira vem impresso?")."""
    return any(_GOODS_HAD.search(" ".join(words(clause))) for clause in _CLAUSE.split(question))


def asks_of_the_service(question: str) -> bool:
    """The question asks how the business's own service goes in a way its knowledge never
    words: the parcel left with the doorman, a payment split or changed, orders merged,
    points moved, the language served in, a gift card ("tem vale-presente ou gift card?"),
    the catalogue's plans, a delivery the same day. Whatever few of the knowledge's words it
    shares, it is the business's to answer."""
    said = " ".join(words(question))
    return (
        any(left_with_another(question))
        or any(collected_by_another(question))
        or any(service_details(question))
        or any(split_payment(question))
        or any(orders_merged(question))
        or payment_changed(question)
        or order_changed(question)
        or any(moved_to_another(question))
        or any(served_in(question))
        or any(_VOUCHER.match(word) for word in asked_after(question))
        or any(trade_terms(question))
        or any(services_asked(question))
        or done_without_papers(question)
        or _A_SALE_TO_COME.search(said) is not None
        or _CATALOGUE_TO_COME.search(said) is not None
        or "mesmodia" in phrased(question)
        or _GIFT_REGISTRY.search(said) is not None
        or asks_to_send_abroad(question)
        or _LEFT_ELSEWHERE_EN.search(said) is not None
    )


def asks_to_send_abroad(question: str) -> bool:
    """The question asks whether the business sends to another country ("do you ship
    internationally?", "entregam em Portugal?")."""
    return _SENT_THERE.search(" ".join(words(question))) is not None and any(abroad(question))


# The parcel held or left elsewhere, in English: "could you hold the package at a pickup point
# near my hotel?", "can the courier leave it with my neighbour?"
_LEFT_ELSEWHERE_EN = re.compile(
    r"\b(?:hold|leave|left|drop|deliver|send|ship)\w* (?:\w+ ){0,3}?(?:at|to|with|in) (?:a |an |"
    r"the |"
    r"my )?(?:pickup point|pick up point|collection point|locker|parcel locker|front desk|"
    r"reception|concierge|doorman|neighbou?rs?|post office|hotel|hospital|office)\b"
)


# A parcel sent, or bought to be: with a place abroad, the shop's service there.
_SENT_THERE = re.compile(
    r"\b(?:envi\w*|mand\w*|entreg\w*|despach\w*|frete|cheg\w*|ship\w*|deliver\w*|send\w*|"
    r"hacen envios|envian|mandan)\b"
)


# A gift registry: "os convidados conseguem ver quais itens da nossa lista já foram comprados?"
_GIFT_REGISTRY = re.compile(
    r"\blistas? (?:de (?:casamento|presentes?|cha|noivos?|desejos|casa nova)|dos noivos|da noiva)\b"
    r"|\b(?:nossa|minha) lista\b|\b(?:wedding|gift) (?:registry|list)\b"
)


# Terms of trade: wholesale or resale prices, a minimum order, consignment, a resellers'
# programme ("vocês têm desconto progressivo?"). Reselling told as why one buys is no term
# asked ("sou revendedora, qual o prazo pra Chapecó?"), nor is being a shopkeeper or buying
# in bulk told ("sou lojista, o boleto vence quando?", "I buy in bulk for my restaurant").
_TRADE = re.compile(
    # ("o consignado caiu" is a loan paid in, not goods on consignment)
    r"\b(?:atacado|atacadista|(?<!\bsou )(?<!\bsomos )lojistas?|venda consignada|em consignacao|"
    r"faturad[oa]|faturamento|pedido minimo|compra minima|tabela de precos?|descontos? "
    r"progressivos?|"
    r"(?:programa|preco|precos|condic\w*) (?:de |para |pra )?revend\w*|wholesale|"
    r"(?<!\bi buy in )(?<!\bwe buy in )bulk|resale prices?"
    # ...or a discount for buying many: "tem desconto pra compra em quantidade?"
    r"|descontos? (?:pra |para |por |na |em )?(?:compras? (?:em |de )?)?(?:grande )?(?:quantidade|"
    r"volume)"
    # (its price asked, not a large purchase told: "a compra em quantidade passa de 299")
    r"|(?:precos?|valor|valores|condic\w*|tabela) (?:\w+ ){0,2}?(?:pra|para|na|em|de) compras? em "
    r"(?:grande )?quantidade)\b"
)
# A minimum asked of free shipping is the threshold's: "tem compra mínima pro frete grátis?"
_MINIMUM = frozenset(["pedido minimo", "compra minima"])
_FREE_SHIPPING = re.compile(r"\b(?:frete|gratis|free shipping|free delivery)\b")


# What a company buying asks that an invoice's or the programme's entry may not say: the tax
# shown on the invoice ("a nota sai com destaque de ICMS e inscrição estadual?"), several
# companies under one account ("tenho 2 cnpj, dá pra cadastrar os dois na mesma conta?"),
# points earned by a company ("os pontos valem se a compra for no cnpj?").
_COMPANY_TERMS = re.compile(
    r"\b(destaque (?:de |do )?icms|inscricao estadual|credit\w* (?:o |do |de )?(?:icms|imposto)|"
    r"cfop|ncm)\b"
    # ...or an exemption shown on it: "a associação é isenta de ICMS, vocês emitem a nota com a
    # isenção destacada?"
    r"|\b(isencao|isent[oa]) (?:de |do )?(?:icms|impostos?|ipi|tributos?)\b.{0,80}\bnota\b"
    r"|\bnota\b.{0,60}\b(isencao|imunidade) (?:destacada|informada|no campo|na nota)\b"
    r"|\b(?:dois|duas|2|tres|3|varios|mais de um) (cnpj)s?\b.{0,60}\b(?:mesma conta|mesmo "
    r"cadastro|mesmo login|uma conta so|uma conta)\b"
    r"|\b(pontos)\b.{0,60}\b(?:no|com|pra|para|pelo|de) (?:cnpj|pessoa juridica)\b"
    r"|\b(?:no|com|pelo) (?:cnpj|pessoa juridica)\b.{0,40}\b(?:acumula\w*|ganh\w*|soma\w*) "
    r"(pontos)\b"
)
# ...named as what the knowledge would have to say: several companies under one account, a
# company's points.
_COMPANY_TERM_NAMED = {"cnpj": "varios cnpjs", "pontos": "pontos pessoa juridica"}


def company_terms(question: str) -> Iterator[str]:
    """What a company buying asks after: a tax on the invoice, several CNPJs, points."""
    for found in _COMPANY_TERMS.finditer(" ".join(words(question))):
        said = next(group for group in found.groups() if group)
        yield _COMPANY_TERM_NAMED.get(said, said)


# Details of the service a knowledge states only in outline, each by the word it would have to
# use: when the three delivery attempts are made, the courier carrying it up or in, the
# order's notes read by the carrier, a collection at another address, an invoice in another
# person's CPF, the warranty in a business's use, how many units are in stock.
_SERVICE_DETAILS = (
    # The exact day a product comes back, which the notice of its return does not tell: "do
    # you know the exact date the dutch oven will be restocked?"
    (
        re.compile(
            r"^(?!.*\b(?:devoluc\w*|devolver|troca|trocar|return\w*)\b).*(?:\b(?:data|dia) "
            r"(?:exata|exato|certa|certo)\b.{0,40}\b(?:volta (?:ao|para o) estoque|voltar (?:ao|"
            r"para o) estoque|reposic\w*|repor|restock\w*)\b|\bexact (?:date|day)\b.{0,40}"
            r"\b(?:back in stock|restock\w*)\b)"
        ),
        "dataexata",
    ),
    # A gift registry made with the shop, however near an entry the rest of the question is:
    # "dá pra montar uma lista de presentes de casamento no site, o assistente sabe?" (not one
    # told of: "esqueci de pagar o boleto da lista de casamento")
    (
        re.compile(
            r"\b(?:montar|criar|fazer|abrir|cadastrar) (?:uma |a |minha |nossa )?lista (?:de "
            r"(?:casamento|presentes?|cha|noivos?|casa nova)|dos noivos)\b"
        ),
        "listadepresentes",
    ),
    (
        # The people's hours on a holiday, which hours for the week do not settle: "o
        # atendimento humano funciona dia 24 e dia 31?" (the assistant's, round the clock, do:
        # "esse chat funciona em feriado?"; the shop's are its own entry's; a holiday in general
        # is read from the days it names: "no feriado tem atendimento humano?")
        re.compile(
            # (the team as the shop's, not one a gift is for: "presentes de natal pra equipe do
            # escritório, dá pra embrulhar?"; nor a holiday counted to: "quantos dias faltam pro
            # natal?")
            r"^(?=.*\b(?:atendimento humano|atendentes?|humanos?|pessoas? de verdade|gente "
            r"atendendo|alguem atendendo|human (?:team|agents?|support)|real people|equipe (?:de "
            r"atendimento|de voces|da loja|da estaloja|humana)|equipe (?=atend|trabalh|respond))\b)"
            r"(?=.*\b(?:natal|reveillon|ano novo|carnaval|pascoa|vespera|dia (?:24|25|31)"
            r"|christmas|new year\w*)\b)"
            r"(?!.*\b(?:loja|fisica|augusta|entreg\w*|cheg\w*|despach\w*|deliver\w*|arriv\w*)\b)"
            r"(?!.*\bfaltam? (?:quantos dias )?(?:pro|pra|para|ate)\b)"
        ),
        "plantao",
    ),
    (
        # Invoiced terms for a company: "vcs faturam boleto pra 30 dias pra cnpj?"
        re.compile(
            r"\b(?:faturam|faturar|faturamento|boleto (?:faturado|a prazo|para \d+ (?:dias|ddl))|"
            r"\d+ ?ddl)\b"
        ),
        "faturamento",
    ),
    (
        # Points spent short of the amount that is worth a discount: "tenho 480 pontos, dá pra
        # usar mesmo sem chegar nos 500?"
        re.compile(
            r"^(?=.*\b(?:pontos|points)\b).*\b(?:sem|antes de) (?:chegar|completar|ter|atingir|"
            r"juntar) (?:(?:a|o|os|as|n[oa]s?) )?(?:\d+|quinhentos)\b"
        ),
        "pontos-parciais",
    ),
    (
        # Sent again instead of the refund due when the carrier gives up: "o pedido tá voltando,
        # dá pra mandar de novo em vez de reembolsar?" (a parcel lost is the delay entry's)
        re.compile(
            r"^(?!.*\b(?:extravi\w*|perdid\w*|sumiu|roubad\w*)\b).*\b(?:mandar|enviar|reenviar|"
            r"entregar|despachar) (?:\w+ )?(?:de novo|novamente|outra vez)\b.{0,30}\b(?:em vez|ao "
            r"inves|no lugar)\b"
            # ...told the other way round: "em vez do reembolso, gostaria que fosse reenviado"
            r"|^(?!.*\b(?:extravi\w*|perd\w*|sumiu|roubad\w*)\b).*\b(?:em vez|ao inves|no lugar) "
            r"d[oe]s? (?:reembolso|estorno|dinheiro)\b.{0,60}"
            r"\b(?:reenvi\w*|(?:mand|envi|entreg|despach)\w* (?:\w+ )?(?:de novo|novamente|outra "
            r"vez))\b"
        ),
        # (the delay entry's "reenvio" is a lost parcel's, not this)
        "nova-entrega",
    ),
    (
        # An address with no number or postcode of its own: "meu endereço não tem número nem cep
        # próprio, vcs conseguem entregar assim?"
        re.compile(
            r"\b(?:endereco|casa|sitio|fazenda|chacara|rua|estrada)\b.{0,20}\b(?:nao tem|sem) "
            r"(?:\w+ )?(?:numero|cep)\b"
        ),
        "endereco-sem-cep",
    ),
    (
        # Collected at a post office: "vcs deixam a encomenda na agência dos correios da cidade
        # pra eu retirar lá?"
        re.compile(
            r"\bagencias? (?:d[oa]s? )?correios?\b.{0,40}\b(?:retir\w*|busc\w*|pegar)\b|"
            r"\b(?:retir\w*|busc\w*|pegar)\b.{0,30}\bagencias? (?:d[oa]s? )?correios?\b"
        ),
        "retirada-correios",
    ),
    (
        # A place reached only by boat: "vcs entregam em comunidade ribeirinha onde só chega de
        # barco?"
        re.compile(
            r"\b(?:so (?:chega|se chega|da para chegar)|chega so|acesso so|so tem acesso) "
            r"(?:de|por) (?:barco|balsa|canoa|voadeira|lancha)\b|\bentreg\w*\b.{0,40}\bribeirinh\w*"
        ),
        "acesso-fluvial",
    ),
    (
        # One purchase shared with others to save on freight: "dão desconto no frete se eu juntar
        # a compra com os vizinhos e mandar tudo numa caixa só?"
        re.compile(
            r"\bjunt\w* (?:a |as |minha |minhas |nossa |nossas )?compras? com (?:os |as |o |a |"
            r"meus |minhas )?(?:vizinh\w*|amig\w*|colegas?|parentes|familia|pessoal)\b"
        ),
        "compra-conjunta",
    ),
    (
        # A warranty for a product worked commercially: "a garantia vale se eu usar a batedeira
        # pra fins comerciais? ela trabalha todo dia na minha confeitaria"
        re.compile(
            r"^(?=.*\b(?:garantia|warranty)\b).*(?<!\bnada de )(?<!\bnao e )(?<!\bsem )(?<!\bnao )"
            r"\b(?:(?:fins?|uso|usar|finalidade) "
            r"(?:\w+ ){0,2}?(?:comercia\w*|profissiona\w*|industria\w*)|commercial (?:use|"
            r"kitchen))\b"
        ),
        "uso-comercial",
    ),
    (
        # A document to show on receiving: "precisa de documento pra receber?"
        re.compile(
            r"\b(?:precisa|preciso|tem que|tenho que|necessario|exigem|exige|pedem|"
            r"pede)\b (?:\w+ ){0,2}?(?:de )?(?:documento|rg|identidade|cnh)\b.{0,20}\b(?:receber|"
            r"retirar|pegar|assinar)\b"
        ),
        "documento",
    ),
    (
        # A return collected somewhere else: "a coleta da devolução pode ser no endereço da
        # minha irmã, em vez do meu?"
        re.compile(
            r"\bcoleta\w*\b.{0,50}\b(?:no|em|num|na) (?:outro endereco|endereco d[aeo]|casa d[aeo]|"
            r"trabalho|servico|escritorio)\b"
            # (not the customer's own: "a coleta é no endereço do meu cadastro?", "...de entrega")
            r"(?! (?:mim|meu cadastro|cadastro|entrega|pedido|compra)\b)"
        ),
        "redirecionamento",
    ),
    (
        # An invoice issued again, to another name: "a nota saiu no meu nome mas preciso dela no
        # nome da minha mãe, da pra reemitir?" (the CNPJ swap is the entry's own, however the
        # company is named: "preciso da nota no nome da minha empresa")
        re.compile(
            # (another name said: not the same invoice sent again, "perdi o email, podem reemitir?")
            r"^(?!.*\b(?:cnpj|empresa|firma|loja|negocio|mei|estaloja)\b)(?=.*\b(?:(?:no|com o|"
            r"em) nome d|outro nome|outra pessoa|outro cpf)).*(?:\breemit\w*|\b(?:emitir|fazer|"
            r"gerar|tirar) (?:uma |a )?(?:nota|nf) (?:de novo|novamente)\b|\b(?:nota|"
            r"nf) (?:\w+ ){0,3}?no nome d[aeo] (?:minha|meu|outra|outro)\b)"
        ),
        "reemissao",
    ),
    (
        # A product's weight, in English: "how heavy is the 24cm ceramic frying pan?"
        re.compile(
            r"\bhow heavy\b|\bhow much does (?:it|this|that|the \w+(?: \w+){0,2}) weigh\b"
            r"|\bwhat(?: s| is) the weight\b"
        ),
        "peso",
    ),
    (
        # The courier calling first, in English: "can the courier call me before arriving?"
        re.compile(
            r"\b(?:courier|driver|delivery (?:guy|man|person|driver)|carrier)\b.{0,20}\b(?:call|"
            r"text|ring|phone|message)\b"
        ),
        "ligacao",
    ),
    (
        # A boleto paid on its last day and its order gone: "o boleto venceu mas eu paguei no
        # último dia, e agora o pedido sumiu" (the payment must be found)
        re.compile(
            r"\bboleto\b.{0,30}\b(?:venceu|vencido|cancel\w*)\b.{0,40}\b(?:mas|e|porem) (?:eu )?"
            r"(?:paguei|tinha pago|ja paguei|ja tinha pago)\b"
            # (not another paid instead: "venceu e paguei um novo pedido no pix")
            r"(?! (?:um|uma|outro|outra|o novo|a nova|novo|nova)\b)"
            r"|\bpaguei\b (?:o boleto )?(?:\w+ ){0,4}?(?:no ultimo dia|no dia do vencimento|no "
            r"vencimento)\b.{0,60}\b(?:sumiu|cancel\w*|venc\w*)\b"
        ),
        "conciliacao",
    ),
    (
        # What a product of the shop spends: "comprei a airfryer de vcs, quantos kWh ela gasta?"
        re.compile(
            r"\bkwh\b|\bconsumo de (?:energia|luz)\b|\bgast\w* (?:muita |quanta )?energia\b"
        ),
        "kwh",
    ),
    (
        # A charity drive run through the shop: "a Aurora tá fazendo alguma campanha de
        # arrecadação pras vítimas? queria contribuir por meio de vcs"
        re.compile(
            r"\bcampanha (?:de )?(?:arrecadac\w*|doac\w*|solidari\w*)\b"
            r"|\b(?:doar|doacao|contribuir)\b.{0,30}\b(?:por meio de|atraves de|via|com) "
            r"(?:voces|estaloja|a loja)\b"
        ),
        "doacao",
    ),
    (
        # A time limit stretched: "o prazo de 30 dias pra troca pode ser estendido?"
        re.compile(
            # (not the delivery's, which grows by itself, nor the warranty's, which the knowledge
            # extends: "o prazo de entrega pode aumentar se eu morar no interior?")
            r"\bprazo\b(?! (?:de|da|do) (?:entrega|garantia)\b)"
            r".{0,40}\b(?:pode|podem|da para|tem como|consegue|conseguem|seria possivel) "
            r"(?:ser )?(?:estendid|prorrogad|ampliad|aumentad|estender|prorrogar|ampliar|aumentar)"
            r"\w*"
            # (not the brand's year of warranty: "o prazo da panela aurora é estendido pra 1 ano?")
            r"|^(?!.*\b(?:garantia|(?:1|um) ano)\b).*"
            r"\bprazo\b(?! (?:de|da|do) (?:entrega|garantia)\b).{0,40}\b(?:e|fica|sera|vai ser|"
            r"ficam) (?:estendid|prorrogad|ampliad)\w* (?:para|pra|pro|no|na|em)\b"
        ),
        "prorrogacao",
    ),
    (
        # The shop's product bought through a marketplace: "ganhei um produto de vcs que foi
        # comprado pelo Mercado Livre. a troca é com vcs ou com o ML?"
        re.compile(
            # (bought there, not only sold there: "esgotado no site de vocês, mas no ML tem")
            # (or the shop's brand on the product: "comprei um produto aurora num marketplace")
            r"^(?=.*\b(?:de voces|da estaloja|seu|sua|seus|suas|\w+ estaloja)\b).*\b"
            r"(?:compr\w*|pedid[oa]s?|veio|vieram) (?:\w+ ){0,4}?(?:pelo|pela|no|na|via|num|numa|"
            r"em um|em uma) (?:mercado livre|ml|shopee|amazon|magalu|americanas|marketplace|loja "
            r"parceira|revendedor\w*|revenda)\b"
        ),
        "marketplace",
    ),
    (
        # Points moved to another: "os pontos da compra do meu presente ficam pra quem comprou ou
        # dá pra transferir pra mim?"
        re.compile(
            # (not the money of a return: "o saldo da devolução vocês transferem em quantos
            # dias?")
            r"^(?!.*\b(?:devoluc\w*|devolv\w*|reembols\w*|estorno)\b)"
            r"(?:.*\b(?:pontos|saldo)\b.{0,60}\b(?:transferir|transfiro|transferem|passar para|"
            r"passo para|ficam para quem)\b|.*\b(?:transferir|transfiro|passar) (?:os |meus )?"
            r"pontos\b)"
        ),
        "transferencia",
    ),
    (
        # The buyer told of what the one who got the gift does: "se eu pedir a troca do presente
        # a pessoa q comprou recebe algum email ou aviso?"
        re.compile(
            # (of a gift exchanged or returned; not what the knowledge says the buyer gets: "quem
            # comprou recebe o estorno em quanto tempo?", "o rastreio vai pra quem comprou?")
            r"^(?=.*\b(?:troc\w*|troqu\w*|devolv\w*|devoluc\w*)\b)"
            r".*\b(?:pessoa (?:que )?(?:comprou|me deu|me presenteou)|quem (?:comprou|me deu|me "
            r"presenteou)|comprador\w*)\b.{0,30}\b(?:(?:recebe|vai receber)\b(?! (?:o |a )?"
            r"(?:reembolso|estorno|dinheiro|valor|nota|codigo|rastreio)\b)|fica sabendo|"
            r"e avisad\w*|e notificad\w*|descobre|vai saber)\b"
        ),
        "comprador",
    ),
    (
        # A gift's value unknown to the one exchanging it: "não sei quanto custou o presente...
        # como fico sabendo quanto tenho de crédito?"
        re.compile(
            # (how much is had, not how long it takes nor the card: "em quanto tempo o crédito do
            # estorno aparece?", "quanto sai no crédito?"; nor the points' balance, which the
            # knowledge prices: "quanto de saldo de pontos preciso?")
            # (nor the points' balance, the program named: "o programa de vcs é tipo cashback?
            # com quanto de saldo já dá pra abater?")
            r"^(?!.*\b(?:pontos?|cashback|programa|fidelidade)\b).*"
            r"\b(?:quanto (?:eu )?(?:tenho |terei |fico com )?de|qual o valor (?:do|de)) "
            r"(?:credito|saldo)\b(?! (?:no|do) cartao| de pontos)"
        ),
        "saldo",
    ),
    (
        # The warranty of a pan put straight on the fire: "se eu usar a panela de ferro direto na
        # fogueira e ela rachar, a garantia cobre?"
        re.compile(
            # (not denied: "usei só no fogão a gás, nunca na brasa")
            r"^(?=.*\bgarantia\b)(?!.*\b(?:nunca|nao|jamais|sem) (?:\w+ ){0,2}?(?:fogueira|brasa|"
            r"lenha)\b).*\b(?:fogueira|brasa|brasas|fogo direto|direto no fogo|chama "
            r"direta|fogo de chao|fogao a lenha|lenha)\b"
        ),
        "fogueira",
    ),
    (
        # Points spent in the store itself: "consigo gastar meus pontos aurora+ comprando
        # pessoalmente?", "quero usar meu saldo do aurora+ numa compra presencial na augusta"
        re.compile(
            r"\b(?:pontos|saldo)\b.{0,50}\b(?:loja fisica|presencial\w*|pessoalmente|no balcao|"
            r"na loja da|na rua)\b|\b(?:loja fisica|presencial\w*|pessoalmente)\b.{0,20}\b(?:posso|"
            r"consigo|da para|vale|valem|aceita|aceitam)\b(?: (?:usar|gastar|resgatar|trocar))? "
            r"(?:os |meus )?pontos\b"
        ),
        "pontos presenciais",
    ),
    (
        # A colour or print chosen for the wrapping: "dá pra escolher a cor do papel de presente?"
        re.compile(
            # (the wrapping's own, not a colour swapped: "escolho a cor nova e mando na embalagem
            # original?")
            r"\b(?:escolher|escolho|escolhe|opc\w* de|qual|quais|tem) (?:a |as |outras? )?(?:cor|"
            r"cores|estampas?) (?:d[aeo]s?|para) (?:\w+ ){0,2}?(?:papel|embalagem|embrulho|laco|"
            r"fita|caixa)\b"
        ),
        "estampa",
    ),
    (
        # A payment split between two ways: "dá pra dividir o pagamento, metade no pix e metade
        # no cartão?"
        re.compile(
            # (sums paid, not the discounts told: "é 5% no pix e 0% no cartão?")
            r"(?:\b(?:metade|parte|um pouco)|^(?=.*\b(?:pag\w*|divid\w*)\b)"
            r"(?!.*\b(?:desconto|off|por cento)\b).*\b\d+) (?:no|em|com) "
            r"(?:pix|cartao|boleto)\b.{0,30}"
            r"\b(?:metade|parte|o resto|restante|outra parte|\d+) (?:no|em|com) (?:o )?(?:pix|"
            r"cartao|boleto)\b|\b(?:dividir|dividindo|juntar|combinar) (?:o )?pagamento\b.{0,40}"
            r"\b(?:pix|cartao|boleto)\b.{0,30}\b(?:pix|cartao|boleto)\b"
        ),
        "dois meios",
    ),
    (
        # A faster delivery, paid: "tem como pagar a mais por uma entrega expressa?"
        re.compile(
            r"\b(?:entrega|envio|frete) (?:expresso|expressa|prioritari[oa]|urgente|no mesmo dia)\b"
            # (for speed, not more than the minimum: "preciso pagar mais de 299 pra ter frete
            # grátis?")
            r"|\bpagar (?:a mais|mais|um extra|extra)\b.{0,30}\b(?:entrega|envio|frete|chegar)\b"
            r"(?=.{0,30}\b(?:rapid\w*|antes|cedo|logo|urgente|express\w*|prioridade|hoje|amanha)\b)"
        ),
        "expressa",
    ),
    (
        # How long an order waits to be dispatched, in a stage the customer names: "tá 'em
        # separação' faz 4 dias, quanto tempo leva normalmente pra despachar?" (the dispatch
        # alone is `stages_timed`'s, settled by an entry that times it)
        re.compile(
            # (not what comes before or after it: "quanto tempo depois de despachar chega o
            # rastreio?", "quantos dias tenho pra cancelar antes de despachar?")
            r"^(?=.*\b(?:em separacao|separando|sendo separad\w*|separar|sair do estoque)\b)"
            r".*\b(?:quanto tempo|quantos dias|em quanto tempo|qual o prazo)\b.{0,30}"
            r"(?<!\bdepois )(?<!\bantes )(?<!\bapos )\b(?:para|pra|"
            r"de|ate) (?:despachar|despacho|ser despachad\w*|sair do estoque|postar|postagem|"
            r"separar|separacao)\b"
        ),
        "separacao",
    ),
    (
        # A note sent with a gift: "a embalagem de presente vai com cartãozinho? queria mandar uma
        # mensagem"
        re.compile(
            # (asked for, not declined: "quero só o embrulho, sem bilhete")
            r"^(?!.*\b(?:sem|nao (?:preciso|quero)(?: de)?) (?:um |uma |o |a )?(?:cartaozinho|"
            r"bilhete|cartinha|dedicatoria)\b).*"
            r"\b(?:cartaozinho|cartao de mensagem|cartao com (?:uma )?mensagem|bilhete|cartinha|"
            r"dedicatoria)\b"
        ),
        "bilhete",
    ),
    (
        # How long a parcel waits at the carrier's counter: "'aguardando retirada na agência',
        # quantos dias fica lá antes de voltar pra vcs?"
        re.compile(
            r"\b(?:quantos dias|quanto tempo|ate quando)\b.{0,40}\b(?:fica|ficam|aguarda|espera)\b"
            # (waiting to be picked up, not anything "there": "até quando a loja fica aberta lá na
            # Augusta?", "quanto tempo a investigação fica na transportadora?")
            r".{0,30}\b(?:agencia|nos correios|antes de voltar|antes de devolver|(?:esperando|"
            r"aguardando|para) (?:a )?(?:retirada|eu (?:buscar|retirar)))\b"
            # ..."there" only where the pickup is named: "tá aguardando retirada, quantos dias fica
            # lá?"
            r"|^(?=.*\b(?:retirada|agencia|correios)\b).*\b(?:quantos dias|quanto tempo|ate "
            r"quando)\b.{0,40}\b(?:fica|ficam|aguarda|espera)\b.{0,30}\bla\b"
        ),
        "agencia",
    ),
    (
        # The outer measures of a product: "quais as medidas externas da caixa térmica de 45L?"
        re.compile(
            # (not the size swapped: "posso trocar pelo tamanho exato que preciso?")
            # (a product's height or width asked is `attributes_asked`'s, of a product named)
            r"\b(?:medidas?|dimens\w*) (?:extern\w*|intern\w*|exat\w*)\b|\btamanho "
            r"(?:extern\w*|intern\w*)\b"
            # ...or how much one of them measures: "quanto mede a panela de 24cm por dentro?"
            rf"|\bquanto (?:mede|medem)\b(?=.{{0,40}}{_A_PRODUCT.pattern})"
        ),
        "medidas",
    ),
    (
        re.compile(
            r"\btentativas?\b.{0,40}\b(?:dias seguidos|dias consecutivos|seguidas|consecutivas|"
            r"mesmo dia|intervalo|que horas|qual horario|em que dias)\b"
        ),
        "intervalo",
    ),
    (
        re.compile(
            r"\b(?:entregador|transportadora|motorista|motoboy)\b.{0,30}\b(?:leva|levar|sobe|subir|"
            r"entra|entrar)\b(?: \w+){0,2} (?:dentro|ate (?:o|a) (?:\d+|apartamento|andar|porta|"
            r"cozinha))\b"
        ),
        "subir",
    ),
    (
        re.compile(
            r"\bobservac\w*\b.{0,100}\b(?:transportadora|entregador|motorista)\b.{0,20}\b(?:ve|le|"
            r"leem|veem|recebe|sabe|fica sabendo)\b"
        ),
        "observacao",
    ),
    (
        re.compile(
            r"\bcoleta\b.{0,30}\b(?:em outro endereco|em vez d[aeo]|em outro lugar|num endereco "
            r"diferente|em outra cidade)\b"
        ),
        "outro endereco",
    ),
    (
        re.compile(
            r"\bnota\b(?: fiscal)?.{0,30}\b(?:sair|sai|ser emitida|vir|vem)\b.{0,20}\b(?:no|com o) "
            r"cpf d[aoe] (?:minha|meu|outra|outro) \w+"
        ),
        "outro cpf",
    ),
    (
        # (the warranty kept in a business's use: "a garantia continua valendo se for usada no
        # escritório da empresa?")
        re.compile(
            r"\bgarantia\b.{0,40}\b(?:continua valendo|vale|valeria|cobre|perde|cai)\b.{0,40}"
            r"\b(?:usad[oa]s?|uso|usar|usando)\b.{0,30}\b(?:comercial|profissional|industrial|"
            r"intenso|escritorio|restaurante|lanchonete|airbnb|pousada|empresa)\b"
            # ...or the home use asked as the only one, or the use told first: "uso quase
            # industrial. a garantia vale nesse caso ou só pra uso doméstico?"
            r"|\bgarantia\b.{0,40}\b(?:vale|valeria|cobre|continua valendo)\b.{0,40}\b(?:so|"
            r"apenas|somente) (?:para|pra|no|em|de) uso (?:domestico|residencial|caseiro|em casa)\b"
            # (not that use denied: "nada de uso comercial. a garantia é de quanto tempo?")
            r"|(?<!\bnada de )(?<!\bsem )(?<!\bnao e )(?<!\bnao e para )(?<!\bnao faco )"
            r"\b(?:uso|usad[oa]s?)\b(?: \w+){0,2} (?:comercial|profissional|industrial|intenso)\b"
            r".{0,80}\bgarantia\b"
        ),
        "uso comercial",
    ),
    (
        # What a second exchange's freight costs, or who pays it: "essa segunda troca tem
        # frete? de quanto?", "o frete dessa segunda troca fica por conta de quem?" (the
        # knowledge says only that the first is free; whether the second is free too, or paid,
        # it answers: "a segunda troca também tem frete grátis?", "pago o frete dessa vez?")
        re.compile(
            r"^(?!.*\b(?:(?:segunda|terceira|outra|nova) (?:vez|troca)|de novo|de nuevo|again|"
            r"second (?:time|exchange))\b.*\b(?:gratis|de graca|free|gratuit\w*)\b)"
            r"(?=.*\b(?:(?:segunda|terceira|outra|nova) (?:vez|troca)|trocar de novo|troco de novo|"
            # ("another time" is another occasion: "another time I exchanged a pan... how much is
            # shipping?")
            r"cambiar de nuevo|segunda vez|(?:second|third) (?:exchange|time)|another exchange|"
            r"exchange (?:it |them )?again)\b)(?=.*\b(?:frete|envio|postagem|coleta|shipping|"
            r"freight|postage|pickup)\b)"
            # (an exchange, not a purchase again: "é a segunda vez que compro, quanto é o frete?")
            r"(?=.*\b(?:troc\w*|cambi\w*|exchange\w*)\b)"
            r".*\b(?:quanto|quanta|cuanto|valor|preco|por conta de quem|quem paga|cuesta|how "
            r"much|who pays|what does it cost|cost)\b"
        ),
        "frete segunda troca",
    ),
    (
        # The order held by the fraud check: "isso pode travar o pedido na análise antifraude?"
        re.compile(r"\b(?:anti ?fraude|analise de (?:fraude|risco|seguranca)|fraud check)\b"),
        "antifraude",
    ),
    (
        # A formal quote before buying: "preciso de um orçamento formal, em papel timbrado com
        # CNPJ de vocês" (not the customer's budget, "orçamento apertado")
        re.compile(
            r"\borcamento\b(?: \w+){0,2} (?:formal|oficial|timbrado|em papel|por escrito|em pdf|"
            r"assinado|com cnpj)\b|\bpapel timbrado\b|\bpro ?forma\b"
        ),
        "orcamento",
    ),
    (
        # The tracking sent to another's phone or email too: "dá pra mandar o código de
        # rastreio também pro celular de outra voluntária?"
        re.compile(
            r"\b(?:mandar|manda|enviar|envia|mandam|enviam|mandem|enviem|compartilhar)\b"
            r"(?: \w+){0,3} (?:rastreio|rastreamento|codigo de rastreio)\b.{0,30}"
            r"\b(?:pro|para|pra|no) (?:o )?"
            r"(?:celular|whatsapp|zap|e ?mail|numero|telefone) d[aeo] (?:outr[oa]|uma|um|"
            # (someone's, not the customer's own account: "pro e-mail da minha conta")
            r"(?:minha|meu|nossa|nosso)(?! (?:conta|cadastro|perfil|login|pedido|compra)\b))\b"
            # ...in English: "can you send the tracking to my sister's phone instead?" ("to"
            # reads "estou": chat shorthand)
            r"|\b(?:send|share|forward)\b(?: \w+){0,2} tracking(?: code| number| link)?\b.{0,20}"
            r"\bestou (?:my |our |another |a |her |his )?(?!own\b)\w+ s (?:phone|whatsapp|"
            r"e ?mail|number|cell)\b"
        ),
        "outro contato",
    ),
    (
        # Part of a set returned: "posso devolver só 4 dos 12 copos do kit ou tem que devolver o
        # kit inteiro?", "vocês aceitam devolução parcial?"
        re.compile(
            # (not the damaged pieces replaced: "quero trocar só 2 pratos que chegaram quebrados")
            r"\bdevolu\w* parcial\b|^(?!.*\b(?:quebrad|trincad|rachad|amassad|lascad|defeit|"
            r"avariad)\w*).*\b(?:devolver|devolvo|trocar|troco) (?:so|apenas|somente) "
            r"(?:\d+|uma parte|parte|alguns|algumas|dois|duas|tres|quatro|cinco|seis)\b"
            r"(?!.{0,10}\b(?:dias|vez|vezes)\b).{0,60}\b(?:kit|conjunto|jogo|pecas|inteiro|todo|"
            r"resto|outr[oa]s)\b"
            # ...in English: "can I return just two pieces of the set and keep the rest?"
            # (not of what arrived broken: "one plate arrived broken, can I get a partial refund?")
            r"|^(?!.*\b(?:broken|cracked|chipped|damaged|defective|dented)\b)"
            r"(?:.*\bpartial (?:returns?|refunds?)\b|.*\breturn (?:just|only) (?:\d+|part|some|one|"
            r"two|three|four|five|six)\b(?!.{0,10}\b(?:days|times)\b).{0,60}\b(?:set|kit|pieces|"
            r"whole|rest|others)\b)"
        ),
        "devolucao parcial",
    ),
    (
        re.compile(
            r"\b(?:tem|tem ai) \d+ unidades\b|\bquantas unidades\b.{0,30}\b(?:tem|estoque|"
            r"disponive\w*)\b"
        ),
        "unidades",
    ),
    (
        # A coupon past its date, still to be applied: "meu cupom BLACK20 venceu ontem, consegue
        # aplicar ainda?"
        re.compile(
            r"\bcupo[mn]s?\b.{0,40}\b(?:venceu|vencid[oa]s?|expirou|expirad[oa]s?|passou da "
            r"validade|fora da validade)\b"
            r"|\b(?:venceu|vencid[oa]|expirou|expirad[oa])\b.{0,15}\bcupo[mn]\b"
            # ...or a discount offered: "o desconto do email de carrinho abandonado expirou"
            r"|^(?!.*\bboleto\b).*\b(?:desconto|promocao|oferta)\b.{0,40}\b(?:venceu|expirou|"
            r"expirad[oa]|acabou ontem|passou da validade)\b.{0,60}\b(?:liberar|libera|reativ\w*|"
            r"de novo|renovar|estender|prorrogar)\b"
        ),
        "cupom-vencido",
    ),
    (
        # A longer warranty bought: "tem como comprar garantia estendida a parte? pagar mais pra
        # ter 2 anos"
        re.compile(
            # (not a purchase weighed: "tem garantia estendida? estou comparando antes de comprar")
            r"\bgarantia (?:estendida|extra|adicional) (?:a parte|separad\w*|paga)\b|\b(?:comprar|"
            r"contratar|adquirir|pag(?:ar|ando) (?:mais|a mais|extra)(?: (?:por|pela|para ter))?)"
            r"(?: (?!com\b|sem\b)\w+)? garantia\b|\bestender a garantia\b"
        ),
        "garantia-adicional",
    ),
    (
        # Points spent on what is already on sale: "os pontos podem ser usados em produto com
        # preço de black friday?"
        re.compile(
            r"\bpontos\b.{0,40}\b(?:usad\w*|usar|uso|aplic\w*|valem|vale)\b.{0,40}"
            r"\b(?:promo\w*|black friday|cyber monday|liquidac\w*|em oferta)\b"
            r"|\b(?:usar|uso|aplicar)\b.{0,20}\bpontos\b.{0,40}\b(?:promo\w*|liquidac\w*|oferta)\b"
        ),
        "pontos-em-oferta",
    ),
    (
        # When a sale ends: "a cyber monday de vcs vai ate q horas?"
        re.compile(
            r"\b(?:black friday|cyber monday|liquidac\w*)\b.{0,25}\b(?:vai|vale|dura|termina|"
            r"acaba)\w*\b.{0,10}\b(?:que horas|quando|que dia|meia noite)\b"
        ),
        "fim-da-oferta",
    ),
    (
        # The site's prices at the shop itself: "o preço da black friday vale tb na loja fisica?"
        re.compile(
            r"\b(?:precos?|promoc\w*|descontos?|ofertas?|black friday|cyber monday)\b.{0,40}"
            r"\b(?:vale|valem|e o mesmo|sao os mesmos|e igual|sao iguais)\b.{0,25}\bloja fisica\b"
            r"|\bloja fisica\b.{0,30}\b(?:mesmo preco|mesmos precos|mesma promoc\w*|mesmo "
            r"desconto)\b"
        ),
        "preco-na-loja",
    ),
    (
        # The shop's own stock against the site's: "o estoque da loja fisica é o mesmo do site?"
        re.compile(
            r"\bestoque d[ao] loja(?: fisica)?\b.{0,30}\b(?:mesmo|igual|diferente)\b"
            r"|\b(?:esgotad\w*|acabou)\b.{0,60}\b(?:tenha|tem|tera|teria) (?:\w+ )?(?:la )?na "
            r"loja(?: fisica)?\b"
            # ...or what it has on its shelves today: "a loja tem a panela de pressao de 6 litros
            # disponivel agora? queria passar hj" (not its hours today, nor a pickup)
            r"|\ba loja(?: fisica)? tem (?:o|a|os|as|um|uma|esse|essa|aquele|aquela)\b.{0,60}"
            r"\b(?:disponive(?:l|is)|pronta entrega|em estoque|no estoque)\b"
            # ...or a thing asked of its shelves at all: "a loja física tem a batedeira q tá
            # esgotada no site?", "tem o conjunto de facas na loja da augusta pra eu levantar?"
            r"|^(?!.*\b(?:horario|estacionamento|abre|abrem|funciona|vagas?)\b)"
            r".*(?:\b(?:a|na) loja (?:fisica|da \w+|de voces|de sp)(?: tambem| ainda)? "
            r"(?:tem|teria|vende|acho|encontro) (?:o|a|os|as|um|uma|esse|essa|aquele|aquela)\b"
            r"|\b(?:tem|teria|acho|encontro) (?:o|a|os|as|um|uma) (?:\w+ ){1,8}(?:na|no) loja "
            r"(?:fisica|da \w+|de voces|de sp)\b)"
        ),
        "estoque-da-loja",
    ),
    (
        # A gift basket made up: "vcs montam cesta de cafe da manha pra entregar pro namorado?"
        re.compile(
            r"\b(?:montam|monta|montar|fazem|faz|fazer|vendem|vende|tem|entregam) (?:uma |a |as )?"
            r"cestas? (?:de|com|para|pra) (?!roupa|lixo|basquete)\w+"
        ),
        "cesta",
    ),
    (
        # An exchange of what was bought over the counter, whose rules are the site's orders':
        # "a troca na loja fisica tem o mesmo prazo do site? comprei la no balcao" (not a
        # customer who used to buy there: "always bought in person, where's the tracking code?")
        re.compile(
            # (nor one who bought on the site this time: "sempre comprei pessoalmente, mas dessa
            # vez comprei pelo site", "nao comprei no balcao, comprei pelo site")
            r"^(?=.*\b(?:troc\w*|devol\w*|arrepend\w*|exchange|return)\b)"
            r"(?!.*\b(?:pelo site|no site|online|pela internet|pelo app)\b)"
            r".*(?<!nao )\b(?:comprei|compramos|comprad[oa]|bought) (?:\w+ )?"
            r"(?:la |ali |ai |aqui )?(?:no balcao|pessoalmente|presencialmente|in person|in store|"
            r"over the counter)\b"
        ),
        "troca-de-compra-no-balcao",
    ),
    (
        # A product's fit with a kind of stove: "o fundo da frigideira é compativel com inducao?",
        # "essas panelas funcionam naquele fogao de inducao?"
        re.compile(
            # (not how an exchange of a cooktop works, nor terms that serve for one; nor a misfit
            # told before a return: "vi q nao funciona no meu fogao de inducao, consigo devolver?")
            r"^(?!.*\b(?:devolv\w*|devoluc\w*|troc\w*|arrepend\w*|exchang\w*|return\w*)\b)(?:"
            r".*\b(?:compativel|compativeis|compatibilidade|compatible)\b.{0,90}"
            r"\b(?:inducao|induction|vitroceramic\w*)\b"
            r"|.*\b(?:inducao|induction)\b.{0,90}\b(?:compativel|compativeis|compatible)\b"
            r"|.*(?<!nao )\b(?:funciona|funcionam|serve|servem|vai|vao|works?) (?:\w+ )?"
            r"(?:no|na|em|naquele|naquela|nesse|nessa|com|on|with) (?:\w+ ){0,8}?(?:fogao|fogoes|"
            r"cooktop|stove|hob|inducao|induction)\b.{0,60}\b(?:inducao|induction)\b"
            r"|.*(?<!nao )\b(?:funciona|funcionam|serve|servem|vai|vao|works?) (?:\w+ )?"
            r"(?:no|na|em|com|on|with) (?:a |an )?(?:inducao|induction)\b)"
        ),
        "fogao-compativel",
    ),
    (
        # A product's other colours: "vcs tem aquele jogo de panelas em outra cor alem do
        # vermelho?"
        re.compile(
            # (not an exchange for one: "vi q tem em outras cores, da pra trocar pelo verde?")
            r"^(?!.*\b(?:troc\w*|exchang\w*|swap\w*|return\w*)\b).*"
            r"\b(?:tem|vem|existe|existem|vende|vendem|has|have|comes?)\b.{0,60}"
            # (nor another refused: "ta esgotada, tem previsao? nao quero de outra cor")
            r"(?<!quero )\b(?:em|de|in) (?:outras?|outros|mais|other|another) "
            r"(?:cor|cores|colou?rs?)\b"
        ),
        "outras-cores",
    ),
    (
        # Sent abroad: "da pra despachar pra fora do pais? pra europa"
        re.compile(
            r"\b(?:despach\w*|envi\w*|mand\w*|entreg\w*|ship\w*)\b.{0,20}\b(?:para|pro) "
            r"(?:fora do (?:pais|brasil)|o exterior|europa|portugal|eua|estados unidos)\b"
        ),
        "envio-internacional",
    ),
    (
        # The shop's products compared for the customer: "entre o jogo de 5 pecas e o de 7 de vcs
        # qual compensa mais? qual a diferenca de material"
        re.compile(
            r"^(?=.*\b(?:de voces|voces vendem|do site|da loja)\b).*\b(?:qual|quais)\b.{0,60}"
            r"\b(?:compensa mais|vale mais a pena|e melhor|e mais indicad\w*)\b"
            r"|\bqual (?:e )?a diferenca (?:de|do|da|entre)\b.{0,30}\b(?:material|materiais|"
            r"tamanho|modelo|modelos|jogos?|panelas?|pecas)\b"
        ),
        "comparacao-de-produtos",
    ),
    (
        # Points spent on the freight: "meus pontos servem pra abater o valor da entrega?"
        re.compile(
            r"\bpont(?:os|inhos)\b.{0,40}\b(?:abater|descontar|usar|pagar|servem|valem)\b.{0,30}"
            r"\b(?:frete|entrega)\b"
        ),
        "pontos-no-frete",
    ),
    (
        # A repair out of warranty: "vcs fazem conserto fora da garantia? pago o q for preciso"
        re.compile(
            r"\b(?:conserto|consertam|consertar|reparo|assistencia)\b.{0,30}\bfora da garantia\b"
            r"|\bfora da garantia\b.{0,30}\b(?:conserto|consertam|consertar|reparo|assistencia)\b"
        ),
        "conserto-fora-da-garantia",
    ),
    (
        # Other ways to pay: "a loja aceita cartao de debito ou vale alimentacao?"
        re.compile(
            r"\b(?:aceita|aceitam|passa|passam|pago|pagar|pagamento|recebe|recebem)\b.{0,40}"
            r"\b(?:vale (?:alimentacao|refeicao)|ticket (?:alimentacao|refeicao)|sodexo|alelo|"
            r"pluxee|vr|meal vouchers?)\b"
        ),
        "vale-refeicao",
    ),
    (
        # The way to the shop by transport: "qual estacao de metro fica mais perto da loja?"
        re.compile(
            # (not the hours one arrives at: "vou de metro e chego perto das 19h30, ta aberta?")
            r"^(?!.*\b(?:aberta|aberto|abre|fecha|horario)\b).*\b(?:estacao|metro|onibus|ponto de "
            r"onibus|linha)\b.{0,40}\b(?:mais perto|perto|proxim\w*)\b.{0,20}\b(?:loja|estaloja|"
            r"voces)\b"
        ),
        "como-chegar",
    ),
    (
        # The shop's own telephone: "tem algum numero de telefone da unidade da augusta pra eu
        # ligar?" (its street number is the address: "qual o numero da loja na augusta?")
        re.compile(
            r"\b(?:telefone|fone|ramal)\b.{0,30}\b(?:da|do) (?:loja|unidade|filial)\b"
            # (a reservation asked by phone is the stock entry's: "posso ligar na loja pra
            # reservar?")
            r"|^(?!.*\breserv\w*).*\b(?:ligar|liga) (?:direto )?(?:para|na|pra) (?:a )?"
            r"(?:loja|unidade|os vendedores)\b"
        ),
        "telefone-da-loja",
    ),
    (
        # A part sold on its own: "a tampa da panela de pressao vende separada?"
        re.compile(
            # (not a service's price: "a embalagem de presente e vendida a parte?")
            r"^(?!.*\b(?:embala\w*|embrulh\w*|garantia|frete|nota|seguro)\b).*\b(?:vende|vendem|"
            r"vendido|vendida|vendidos|vendidas|vender) (?:\w+ )?(?:separad\w*|avuls\w*|a parte)\b"
        ),
        "peca-avulsa",
    ),
    (
        # Points of a purchase looked up: "queria conferir se os pontos entraram no aurora+"
        re.compile(
            # (not when points that came in expire: "se os pontos que entraram em janeiro expiram")
            r"\b(?:conferir|ver|checar|saber) se (?:os |meus )?pontos (?:(?:da|do|dessa|desta|de) "
            r"(?:\w+ ){0,3}?)?(?:ja )?(?:entraram|cairam|foram creditados|apareceram|computad\w*|"
            r"contaram)\b"
        ),
        "pontos-da-compra",
    ),
    (
        # A shopping list drawn up for the customer: "vc me monta uma lista do q comprar com uns
        # 1500 reais?"
        re.compile(
            r"\b(?:monta|montar|faz|fazer|faca|sugere|sugerir|prepara)\b (?:\w+ )?(?:uma |a )?"
            r"lista (?:do que|de que|das coisas|de coisas|de compras|com o que)\b"
            r"|\bmake (?:me )?a (?:shopping )?list\b"
        ),
        "lista-de-compras",
    ),
    (
        # A courier's visit arranged: "da pra combinar pro entregador passar no sabado de manha?"
        re.compile(
            r"\b(?:combinar|agendar|marcar|pedir)\b.{0,15}\bentregador\b.{0,20}\b(?:passar|vir|"
            r"entregar)\b.{0,20}\b(?:sabado|domingo|manha|tarde|noite|horario|dia)\b"
            # ...or at an hour: "o entregador pode vir depois das 18h?"
            r"|\bentregador\b.{0,10}\b(?:pode|consegue)\b.{0,5}\b(?:vir|passar)\b.{0,30}"
            r"\b(?:depois|antes|\d+ ?h)"
            # ...or the delivery booked for a day: "consigo agendar o delivery pra sexta dia 15?"
            # (not a delivery marked as a gift, nor a return posted)
            # ...or its day and hour chosen: "da pra marcar dia e hora certinha pra entrega?"
            r"|\b(?:marcar|agendar|escolher) (?:o )?(?:dia|data|horario|hora)\b.{0,30}"
            r"\b(?:entrega|delivery|receber)\b"
            r"|\b(?:agendar|programar|marcar)\b (?:o |a )?(?:delivery|entrega|recebimento) "
            r"(?:para|no|na) (?:o )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|dia \d+|"
            r"manha|tarde|noite)\b"
            # ...or delivered exactly then, or only after an hour: "consegue entregar exatamente
            # no sabado de manha?", "da pra entregar depois das 18h?", "consigo agendar pra
            # entregar no dia 12?"
            r"|\bentregar (?:exatamente|certinho|bem) (?:no|na|em|dia|as)\b"
            # ...or arriving so, or booked to: "da pra marcar a churrasqueira pra chegar
            # exatamente na quinta de manha?"
            r"|\b(?:chegar|chegue|chega|vir|venha|receber|recebo) (?:exatamente|certinho|"
            r"precisamente|justo|bem certinho) (?:no|na|em|dia|as)\b"
            r"|\b(?:marcar|agendar|programar) (?:a |o )?\w+ (?:para|pro) (?:chegar|entregar|vir)\b"
            # ...or the carrier to come on a day: "preciso q a transportadora passe aqui
            # exatamente na quarta-feira a tarde"
            r"|\b(?:transportadora|entregador|carteiro|motoboy) (?:passe|venha|entregue|chegue|"
            r"traga) (?:aqui )?(?:exatamente |certinho |so |somente |apenas )?(?:na|no|dia) "
            r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|\d+)\b"
            # ...in English: "can you deliver the grill exactly on friday morning?"
            r"|\bdeliver\w* (?:\w+ ){0,3}?(?:exactly|precisely|only) on\b"
            # ...or when the carrier comes back: "deixaram aviso de tentativa de entrega,
            # qdo a transportadora passa de novo?"
            r"|\b(?:quando|que dia|que horas|qual dia) (?:o entregador|a transportadora|o carteiro|"
            # (coming back said: not "qdo a transportadora passa o codigo de rastreio?")
            r"o motoboy|eles|voces) (?:(?:passa|passam|vem|vai passar|vao passar|tenta|tentam) "
            r"(?:de novo|novamente|outra vez|aqui de novo)|volta|voltam|vai voltar|vao voltar)\b"
            r"(?! (?:o|a|os|as) (?:codigo|dinheiro|valor|produto|pedido)\b)"
            # (asked when: not "o sms diz q vai tentar de novo amanha, qntas vezes eles tentam?")
            r"|^(?=.*\b(?:que horas|quando|que dia)\b).*\b(?:vao|vai) (?:passar|voltar)(?: \w+)? "
            r"(?:de novo|novamente|outra vez)\b"
            r"|\bwhen will (?:they|the courier|the driver|the carrier) (?:try again|come back|"
            r"return|come again)\b"
            r"|\b(?:entregar|entregam|entregarem) (?:so |somente |apenas )?(?:depois|antes|apos) "
            r"(?:d[ao]s? )?\d+ ?(?:h|hs|horas)\b"
            r"|\bagendar (?:para|pro|para o) (?:entregar|receber|chegar|a entrega)\b"
            # ...in English: "can I pick the day my order gets delivered?"
            r"|\b(?:pick|choose|schedule|select|set) (?:the |a )?(?:exact )?(?:day|date|time)\b"
            r".{0,30}\b(?:deliver\w*|arrives?|arrival)\b"
            # ...or the day it arrives chosen: "consigo escolher o dia exato q o pacote chega?"
            r"|\b(?:escolher|escolho|agendar|marcar|combinar|definir) (?:o |a )?(?:dia|data|turno|"
            r"periodo|horario) (?:certo |certa |exato |exata )?(?:em )?que (?:a entrega|o pedido|"
            r"a encomenda|o pacote|ele|ela) (?:chega|vai chegar|e entregue|sera entregue|vem)\b"
        ),
        "entrega-agendada",
    ),
    (
        # Paying at the shop itself: "na loja fisica aceita pix? a chave la é a msm do site?"
        re.compile(
            r"\bloja fisica\b.{0,30}\b(?:aceita|aceitam|recebe|recebem|passa|passam|da para "
            r"pagar|posso pagar|pago)\b.{0,10}"
            r"\b(?:pix|cartao|dinheiro|debito|vale refeicao)\b|\bchave (?:pix )?(?:de |da )?la\b"
        ),
        "pagamento-na-loja",
    ),
    (
        # A code asked by the courier: "o entregador de vcs pede codigo de confirmação?"
        re.compile(
            r"\b(?:entregador|motoboy|transportadora|carteiro)\b.{0,20}\b(?:pede|pedem|exige|"
            r"exigem|solicita|solicitam|vai pedir|pedir)\b.{0,20}\b(?:codigo|token)\b"
        ),
        "codigo-na-entrega",
    ),
    (
        # A card payment under review, whose time no entry gives (the pix's and the boleto's
        # are the payment entry's): "parado em pagamento em analise faz 3 dias, paguei com cartao"
        re.compile(
            r"^(?=.*\bcartao\b)(?!.*\b(?:pix|boleto)\b).*\b(?:em analise|analise de "
            r"(?:pagamento|credito|risco)|pendente(?: de aprovacao)?|aguardando aprovacao)\b"
        ),
        "analise-do-cartao",
    ),
    (
        # A site's purchase returned at the shop: "a loja fisica aceita devolucao de produto
        # comprado no site?"
        re.compile(
            r"\bloja fisica\b.{0,20}\b(?:aceita|aceitam|faz|fazem|recebe|recebem)\b.{0,10}"
            r"\b(?:devoluc\w*|troca\w*)\b|\b(?:devolver|trocar|devolvo|troco)\b.{0,30}\bna loja "
            r"fisica\b"
            # ...or in person: "posso levar o item comprado online e trocar presencialmente?"
            # (not an invoice's details: "da pra trocar cpf por cnpj pessoalmente na loja?")
            r"|^(?!.*\b(?:cpf|cnpj|nota|senha|cadastro|endereco)\b).*\b(?:devolver|trocar|devolvo|"
            r"troco)\b.{0,30}\b(?:presencialmente|pessoalmente|in person|in store)\b"
        ),
        "devolucao-na-loja",
    ),
    (
        # Paid in another currency: "da pra pagar em dolar ou euro direto?"
        re.compile(
            r"\b(?:pagar|pago|pagamento|cobrar|cobram|aceitam|aceita)\b.{0,20}\b(?:em )?(?:dolar|"
            r"dolares|euros?|moeda estrangeira|usd|eur)\b|\b(?:pay|charge) in (?:us |american )?"
            r"(?:dollars|euros|usd|eur|another currency)\b"
            # ...the card named between: "posso pagar com cartão português em euros?" (not the
            # exchange rate)
            r"|^(?=.*\b(?:pag\w*|cobr\w*|pay\w*|charg\w*)\b)(?!.*\b(?:cotac\w*|cambio|exchange "
            r"rate|converter)\b).*\b(?:em|no|com|in) (?:euros?|dolar(?:es)?|dollars?|libras?|"
            r"moeda estrangeira)\b"
        ),
        "moeda-estrangeira",
    ),
    (
        # A refund due to a card that no longer exists: "o reembolso foi pro meu cartao mas eu
        # cancelei esse cartao mes passado"
        re.compile(
            r"^(?=.*\b(?:reembols\w*|estorn\w*|refund\w*)\b).*(?:\b(?:cancelei|encerrei|bloqueei)"
            r" (?:o |esse |este |meu |aquele )?cartao\b|\bcartao (?:que )?(?:eu )?(?:cancelei|"
            r"encerrei|bloqueei)\b|\bcartao\b.{0,30}\b(?:foi cancelado|esta "
            r"cancelado|foi bloqueado|esta bloqueado|nao existe mais|foi encerrado))"
        ),
        "cartao-cancelado",
    ),
    (
        # An order sent in parts, how it goes: "vai vir tudo junto ou picado?", "recebi 2
        # códigos de rastreio pro mesmo pedido", "no rastreio aparece 1 volume só", "a parte
        # que foi enviada separada paga frete de novo?" (not damage told beside it: "vieram em
        # caixas separadas, um chegou quebrado")
        re.compile(
            r"^(?!.*\b(?:quebr\w*|rachad\w*|trincad\w*|amassad\w*|defeito|avariad\w*)\b)(?:.*(?:"
            # (asked how it goes, not told how it went: "veio em duas caixas e nenhuma tinha nota")
            r"\b(?:vem|vir|mandam|enviam|manda|envia|chega|chegam|vao|separam) (?:\w+ ){0,4}?(?:em "
            r"(?:duas|2|tres|3|varias|mais de uma) caixas?|em (?:caixas|volumes|pacotes|remessas) "
            r"separad\w*)\b|\b(?:chegou|veio|vieram) (?:so )?(?:metade|uma parte)\b|\bo resto "
            r"(?:vem|chega|vai vir|do pedido)\b|"
            r"\b(?:volumes|entregas|envios|remessas) separad\w*|\bseparad\w* em "
            r"(?:caixas|volumes|pacotes|partes|remessas)\b|\b(?:vem|vir|chega|chegam|vai|vao) "
            r"(?:tudo )?juntos? ou (?:separad\w*|picad\w*|em partes|aos poucos)|\bcodigos de "
            r"rastreio diferentes|\b(?:aparece|consta|mostra)\w*(?: \w+){0,2} (?:1|um|uma) "
            r"volumes?\b|\b(?:enviad|mandad|despachad)[oa]s? separad\w*|\bsplit shipments?\b)"
            # (two codes for one order, not for two orders: "tenho dois pedidos, recebo dois
            # códigos?")
            r"|(?!.*\b(?:dois|duas|2|tres|3) (?:pedidos|compras)\b).*\b(?:dois|duas|2|tres|3|mais "
            r"de um) (?:codigos|rastreios)\b(?! de (?:pedidos|compras)))"
        ),
        "entrega-em-partes",
    ),
    (
        # A product out of stock once bought: "comprei a frigideira e depois chegou um email
        # dizendo que ficou sem estoque"
        re.compile(
            r"\b(?:comprei|paguei|pedi|fiz o pedido|fiz a compra)\b.{0,80}\b(?:ficou|ficaram|"
            r"estava|estavam|esta|estao) sem estoque|\b(?:comprei|paguei)\b.{0,60}\b(?:recebi|"
            r"chegou|veio)\b.{0,30}\besgot\w*|\besgot\w*\b.{0,40}\bdepois (?:da|de) "
            r"(?:compra|comprar|pagar|eu comprar|eu pagar)\b"
        ),
        "sem-estoque-apos-compra",
    ),
    (
        # A benefit for a first purchase: "tem desconto na primeira compra?", "vcs geram cupom
        # pra primeira compra?" (not "é minha primeira compra, qual o prazo?")
        re.compile(
            r"\b(?:desconto|cupom|brinde|bonus|vantagem|beneficio) (?:\w+ ){0,2}?por ser (?:a )?"
            r"(?:minha )?primeira compra\b|"
            r"\b(?:cupom|cupons|desconto|brinde|bonus|off|vantagem|beneficio|frete gratis|codigo)"
            r"(?: \w+){0,2}? (?:de|da|na|pra|para|para a|pela) primeira compra\b|\bprimeira compra "
            r"(?:tem|ganha|da|dá|vem com) (?:\w+ )?(?:cupom|desconto|brinde|bonus|frete)\b|"
            r"\b(?:discount|coupon|code) (?:\w+ ){0,2}?(?:for|on) (?:my |the |a )?first (?:order|"
            r"purchase)\b"
            # ...or a welcome one: "rola algum desconto de boas-vindas?"
            r"|\b(?:cupom|desconto|bonus|welcome) (?:\w+ ){0,2}?(?:de )?boas vindas\b"
            r"|\bwelcome (?:discount|coupon|offer|code)\b"
        ),
        "primeira-compra",
    ),
    (
        # A CEP the site does not take: "o cep daqui nem aparece no carrinho"
        re.compile(
            r"\bcep\b(?: \w+){0,4} (?:nao|nem) (?:aparece|existe|e aceito|e reconhecido|entra|"
            r"passa|funciona|e encontrado|consta)\b|\bcep\b.{0,30}\b(?:da erro|invalido)\b"
        ),
        "cep-recusado",
    ),
    (
        # An invoice with data gone wrong, to be issued again: "a nota chegou com meu nome
        # escrito errado" (not a CPF for a CNPJ, which the invoice's entry settles)
        re.compile(
            r"^(?!.*\b(?:cnpj|endereco de entrega)\b).*\b(?:nota|nf)\b.{0,60}\b(?:nome|sobrenome|"
            r"endereco|cpf|dados|razao social)\b(?: \w+){0,2} (?:errad|incorret|trocad)\w*"
        ),
        "nota-corrigida",
    ),
    (
        # A lower price elsewhere matched: "vcs cobrem preço menor de outra loja?"
        re.compile(
            r"\b(?:cobrem|cobre|cobrir|cobririam|igualam|igualar|iguala|batem|bater|match) "
            r"(?:o |a )?(?:preco|precos|valor|oferta|price)\b|\bprice match\w*"
            # ...or the same price asked of the shop, of one found cheaper elsewhere: "achei
            # 40 reais mais barata numa concorrente, vcs fazem pelo mesmo valor?"
            r"|^(?=.*\b(?:mais barat[oa]s?|menor preco|preco menor|concorrente|outra loja|outro "
            r"site)\b).*\b(?:fazem|faz|fariam|faria|vendem|vende|deixam|deixa|conseguem|consegue)\b"
            r"(?: \w+){0,2} (?:pelo|por o|no) mesmo (?:valor|preco)\b"
            r"|^(?=.*\b(?:cheaper|lower price|better price)\b).*\b(?:do|give me|offer|sell it "
            r"(?:for|at)) (?:me )?(?:the )?same price\b"
        ),
        "cobrir-preco",
    ),
    (
        # The one who receives changed: "da pra trocar o nome do destinatário?"
        re.compile(
            r"\b(?:trocar|mudar|alterar|corrigir|troca|muda|altera) (?:o )?(?:nome )?"
            r"(?:do |de |o )?(?:destinatario|recebedor)\b"
            r"|\b(?:trocar|mudar|alterar) (?:so |apenas |somente )?(?:o )?nome de quem (?:vai )?"
            r"receb\w*"
        ),
        "destinatario",
    ),
    (
        # Points put to an order already paid: "da pra usar meus pontos num pedido que já foi
        # pago? esqueci na hora"
        re.compile(
            r"\b(?:usar|aplicar|abater|descontar|resgatar|utilizar)\b (?:\w+ ){0,3}?pontos\b.{0,60}"
            r"\b(?:pedido|compra) (?:que )?(?:eu )?(?:ja )?(?:foi |esta |ta )?(?:pag[oa]|feit[oa]|"
            r"finalizad[oa]|fechad[oa]|fiz|paguei)\b"
            r"|\bpontos\b.{0,40}\bdepois de (?:pagar|finalizar|fechar) (?:o pedido|a compra)\b"
            r"|\besqueci de (?:usar|aplicar|resgatar) (?:os |meus )?"
            # (asked to be put to it now, not how many are needed: "esqueci de usar meus pontos,
            # quantos preciso pra ter desconto?")
            r"pontos\b(?=.{0,60}\b(?:da para|posso|consigo|tem como|pode|podem|ainda da)\b(?: \w+)"
            r"{0,2} (?:aplicar|usar|abater|descontar|colocar|incluir)\b)"
        ),
        "pontos-depois-da-compra",
    ),
    (
        # Money back on a purchase, a friend brought in, a prize drawn: programmes a customer
        # heard of ("vi no insta q vcs dao 10% de cashback", "quem indica amigo ganha pontos
        # extras?", "vcs tão sorteando uma airfryer?") that only a knowledge naming them settles.
        # (not beside the points programme asked after or another's cashback compared: "vcs
        # tem programa de pontos ou cashback?", "quero comparar com o cashback do meu cartão")
        re.compile(
            r"^(?!.*\b(?:pontos|programa|fidelidade|estaloja|cartao|banco|outra loja|pix)\b)"
            r".*\b(?:cashback|cash back)\b"
        ),
        "cashback",
    ),
    (
        re.compile(
            r"^(?=.*\b(?:ganh\w*|bonus|pontos|desconto|premio|recompens\w*|credito)\b).*"
            r"\b(?:indica|indicar|indicando|indicacao|indicou|indique|indicam) (?:um |uma |o |a |"
            r"os |as |seus |suas )?(?:amig[oa]s?|alguem|conhecid[oa]s?|parentes?)\b"
            r"|\brefer(?:ral|ring|s)?(?: a)? friends?\b"
        ),
        "indicacao",
    ),
    (
        # (the shop's own draw, not a Secret Santa's or the customer's: "refizeram o sorteio",
        # "vamos sortear uns kits no bingo")
        re.compile(
            r"^(?!.*\bamigo (?:secreto|oculto)\b).*"
            r"(?:\b(?:voces|loja|estaloja)\b (?:\w+ ){0,2}?(?:sorteando|sorteiam|sortear|sorteou|"
            r"sortearam|sorteia)\b|\bsorteios? (?:d[aeo]s? )?(?:voces|loja|estaloja|oficial)\b"
            r"|\b(?:sorteio|sorteios|sorteando)\b(?: \w+){0,4} (?:no|na|pelo) (?:insta\w*|perfil|"
            r"face\w*|tiktok|site|app)\b|\b(?:giveaway|raffle)\b)"
        ),
        "sorteio",
    ),
    (
        # The customer's account on the site: creating one, a password lost ("como eu crio uma
        # conta no site?", "esqueci a senha, como recupero?"), which a knowledge on orders
        # and payments does not explain.
        re.compile(
            # (not the circumstance of another question: "antes de criar conta queria saber
            # o que vcs fazem com meus dados")
            r"^(?!.*\b(?:cnpj|nota|pontos|programa|fidelidade|estaloja|dados|privacidade|lgpd)\b).*"
            r"(?:(?<!antes de )(?<!sem )\b(?:crio|criar|cria|criando|abro|abrir) (?:uma |a |minha |"
            r"meu |o |um )?(?:conta|login)\b(?! (?:de|do|da) (?:pedido|compra|entrega|frete)\b)"
            # (not the CNPJ put in it for an invoice: "como faço o cadastro do cnpj pra nota?")
            r"|\b(?:faco|fazer|faz) (?:o |um |meu )?cadastro (?:no|na) (?:site|app|loja)\b"
            r"|\b(?:create|open|make) (?:an |a |my )?account\b|\bsign up\b)"
        ),
        "criar conta",
    ),
    (
        re.compile(
            r"\b(?:esqueci|perdi|recuper\w*|redefin\w*|resetar|trocar|mudar|alterar|nao lembro)\b"
            r"(?: \w+){0,2} (?:a |minha )?(?:senha|login)\b(?! d[oa] (?:cartao|banco|app do banco))"
            r"|\b(?:senha|login)\b(?! d[oa] (?:cartao|banco|app do banco))(?: \w+){0,3} "
            r"(?:nao (?:funciona|entra|aceita|vai)|errad\w*|bloquead\w*|invalid\w*)\b"
            r"|\b(?:forgot|reset|recover)\w* (?:my |the )?password\b"
        ),
        "senha",
    ),
    (
        # What a status of the order means, which the knowledge does not name: "tá como 'em
        # separação' faz 3 dias, oq isso quer dizer?"
        re.compile(
            r"\b(?:em )?(?:separacao|processamento|preparacao)\b.{0,40}\b(?:o que|oq|que) "
            r"(?:isso |ele |esse status |essa etapa |e )?(?:significa|quer dizer)\b"
            r"|\b(?:o que|oq|que) (?:e|significa|quer dizer) (?:o status |a etapa )?(?:em )?"
            r"(?:separacao|processamento|preparacao)\b"
        ),
        "separacao",
    ),
    (
        # A product's effect on a device or the body: "uso marcapasso, o cooktop de indução pode
        # interferir?"
        re.compile(
            r"\b(?:interfer\w*|interference)\b.{0,40}\b(?:marca ?passo|aparelho|implante|saude|"
            r"pacemaker)\b|\b(?:marca ?passo|implante|pacemaker|aparelho auditivo)\b.{0,80}"
            r"\b(?:interfer\w*|interference)\b"
        ),
        "interferencia",
    ),
    (
        # How soon an order to collect is ready: "se escolher retirar, fica pronto em 2 horas?"
        re.compile(
            r"\bretir\w*\b.{0,80}(?<!carrinho )(?<!carrinho ja )\b(?:fica|ficar|ficaria|esta|"
            r"estara|sai|sair) pront[oa]s?\b"
            r"|\bpront[oa]s? (?:pra|para) (?:retirar|retirada|buscar)\b"
            # ...or collected at once: "comprei pra retirar, já posso ir buscar?", "consigo
            # retirar na loja ainda hj?"
            r"|\b(?:ja posso|ja da para|ja consigo) (?:ir )?(?:buscar|retirar)\b"
            r"|^(?=.*\b(?:site|online|internet|app|pedido|comprei|retirada)\b).*\b(?:consigo|posso|"
            r"da para) (?:ir )?(?:retirar|buscar)\b.{0,40}\b(?:ainda hoje|hoje|agora|"
            r"no mesmo dia)\b"
        ),
        "pronto",
    ),
    (
        # Two prices for one thing, which holds: "o preço no site de vcs tá diferente do que
        # aparece no google shopping, qual vale?"
        re.compile(
            r"\b(?:preco|valor)s?\b(?: \w+){0,5} (?:esta |ta |e |sao |estao )?(?:diferente|outro|"
            r"mais caro|mais barato)s? (?:do|da|de|que|no|na|em)\b"
            r"|\b(?:preco|valor)s? (?:diferentes|divergentes)\b"
            # ...or the two said: "no site a panela tá 199 e no app tá 179, qual vale?"
            r"|\b(?:no|na) (?:site|app|aplicativo|loja|instagram|anuncio)\b.{0,30}\b\d+\b.{0,20}"
            r"\b(?:no|na) (?:site|app|aplicativo|loja|instagram|anuncio)\b.{0,20}\b\d+\b"
        ),
        "precodiferente",
    ),
    (
        # The courier's ways: calling before coming, the vehicle used ("o entregador liga antes
        # de chegar?", "a transportadora usa carro elétrico?")
        re.compile(
            r"\b(?:entregador|motoboy|motorista|transportadora|carteiro|courier|"
            r"driver)\b(?: \w+){0,3}"
            r" (?:liga|ligam|avisa|avisam|manda mensagem|mandam mensagem|chama|interfona|"
            r"calls?|texts?)\b(?: \w+){0,2} antes\b"
            r"|\b(?:transportadora|entregador|entregas?|motoboy)\b(?: \w+){0,3} (?:usa|usam|"
            r"utiliza|utilizam|vem|vai|faz|fazem)\w*(?: \w+){0,2} (?:de |em |com )?(?:carro|carros|"
            r"moto|motos|bicicleta|bike|veiculo|veiculos|caminhao|van|patinete)\b"
        ),
        "entregador",
    ),
    (
        # The parcel without its box, or in other packing: "tem opção de envio sem caixa, só
        # com o produto enrolado em papel kraft?"
        re.compile(
            r"\b(?:envi\w*|mand\w*|entreg\w*|despach\w*|vem|vir)\b(?: \w+){0,3} sem (?:a |o )?"
            r"(?:caixa|embalagem|plastico|isopor|papelao)\b"
        ),
        "semembalagem",
    ),
    (
        # A discount on a condition the knowledge never sets: "tem desconto se eu levar minha
        # própria sacola?" (not paying: "tem desconto se eu pagar no pix?")
        re.compile(
            r"\b(?:desconto|brinde|cupom)\b(?: \w+){0,2} (?:se|caso) (?:eu )?(?!(?:pagar|pago|"
            r"comprar acima|comprar mais|for no pix|usar o pix|fizer o pix|pix)\b)(?:levar|trouxer|"
            r"devolver|reciclar|reutilizar|usar|trazer|juntar|indicar|for)\b"
            # ...the condition first: "se eu levar minha sacola tem desconto na loja?"
            r"|\b(?:se|caso) (?:eu )?(?:levar|trouxer|devolver|reciclar|reutilizar|trazer)\b.{0,40}"
            r"\b(?:tem|ganho|da|dao|rola) (?:algum |um )?(?:desconto|brinde|cupom)\b"
        ),
        "descontocondicao",
    ),
    (
        # The shop's access for a wheelchair: "is your physical store wheelchair accessible?"
        re.compile(
            r"^(?=.*\b(?:loja|store|shop|showroom|espaco|estaloja)\b).*\b(?:wheelchair|acessib\w*|"
            r"acessivel|accessible|accessibility|rampa|ramp|elevador|elevator)\b"
        ),
        "acessibilidade",
    ),
    (
        # The shop's photos used elsewhere: "posso usar as fotos dos produtos do site de vcs no
        # meu blog?"
        re.compile(
            r"\b(?:usar|postar|publicar|repostar|divulgar|use|post|repost)\b (?:as |os |the |"
            r"your )?"
            r"(?:fotos|imagens|videos|photos|pictures|images)\b.{0,40}\b(?:site|voces|loja|"
            r"produtos|estaloja|your)\b"
        ),
        "direitosimagem",
    ),
    (
        # The customer's own balance of points, which only their account shows: "quantos
        # pontos eu tenho acumulado?"
        re.compile(
            # (not reckoned from a sum spent: "gastei uns 600 reais, quantos pontos eu tenho?")
            r"^(?!.*\b(?:gast|compr)\w* (?:\w+ ){0,2}?(?:r )?\d+)"
            r".*\bquantos pontos (?:eu )?(?:tenho|ja tenho|acumulei|juntei|tenho acumulad\w*)\b"
            r"|\bmeu saldo de pontos\b|\bhow many points (?:do i have|have i)\b"
        ),
        "meusaldo",
    ),
)


def service_details(question: str) -> Iterator[str]:
    """A detail of the service asked ("as 3 tentativas são em dias seguidos?" -> "intervalo")."""
    said = " ".join(words(question))
    yield from (word for detail, word in _SERVICE_DETAILS if detail.search(said))


def trade_terms(question: str) -> Iterator[str]:
    """The terms of trade a question names."""
    said = " ".join(words(question))
    free_shipping = _FREE_SHIPPING.search(said) is not None
    for found in _TRADE.finditer(said):
        if not (free_shipping and found[0] in _MINIMUM):
            yield found[0]


def places_of(entries: Mapping[str, str]) -> dict[str, list[str]]:
    """The entries on a place of the business (their text gives an address), with the
    words naming the place: what the address sentence says is there ("Nossa loja física
    fica na Rua Augusta": "loja física"), else the entry's id."""
    places = {}
    for entry_id, text in entries.items():
        sentence = next((said for said in _SENTENCE.split(text) if _ADDRESS.search(said)), None)
        if sentence is None:
            continue
        subject = _PLACE_SUBJECT.match(fold(sentence))
        named = subject[1].split() if subject and subject[1] else entry_id.split("-")
        places[entry_id] = named
    return places


# The days and times a service may be asked for ("entregam no sábado?"); not "dia" or "ano",
# which any question on how long names, nor "natal", which is also a city ("mandar pra
# minha amiga em Natal").
_DAYS_AND_TIMES = _WHEN - {
    "ano",
    "fim",
    "fins",
    "final",
    "black",
    "dia",
    "dias",
    "horario",
    "natal",
}


def times_asked(question: str) -> tuple[list[str], str]:
    """The days and times a question names, and the question without them: "vocês
    entregam no sábado e domingo?" -> (["sabado", "domingo"], "voces entregam no e")."""
    said = phrased(question)
    times = [word for word in said if word in _DAYS_AND_TIMES]
    return times, " ".join(word for word in said if word not in _DAYS_AND_TIMES)


def done_at(question: str, places: Mapping[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(the place, the question without it) for each clause asking whether something is
    done, or applies, at one of `places`: "posso fazer a troca na loja física?" is
    ("loja-fisica", "posso fazer a troca direto"). The place is settled by the entry on
    what is left, not by the place's own entry nor by the word elsewhere."""
    return _at_places(question, places, _DONE_OPENER, asked_only=True)


# Going to the place is asking after the place itself ("consigo passar na loja física? q
# horário?"), and what a message is told the place has is no question ("o email da promo diz
# que a queima de estoque vale também na loja da Augusta").
_VISITS = frozenset(["passar", "ir", "chegar", "aparecer", "dar", "um", "pulo", "la", "ai"])
_LEFT_AFTER_A_VISIT = 2
_TOLD_THAT = re.compile(
    r"\b(?:diz|disse|dizia|dizendo|fala|falou|falava|falando|informa|informou|avisa|avisou|"
    r"disseram|falaram|mandaram|escrito) que\b"
)


def _visited(said: list[str], start: int, span: tuple[int, int]) -> bool:
    """The words between the opener and the place only say going there, and nothing is done
    there after ("posso passar na loja física pra trocar um produto?" does something)."""
    between = said[start : span[0]]
    going = 0 < len(between) <= 3 and set(between) <= _VISITS
    return going and len(said) - span[1] <= _LEFT_AFTER_A_VISIT


def bought_at(question: str, places: Mapping[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(the place, the question without it) for each clause telling a purchase made at one
    of `places`: "comprei na loja física, vale os 7 dias?"."""
    return _at_places(question, places, _BOUGHT_THERE)


def _at_places(
    question: str,
    places: Mapping[str, list[str]],
    opener_pattern: re.Pattern[str],
    asked_only: bool = False,
) -> Iterator[tuple[str, str]]:
    clauses = [phrased(clause) for clause in _CLAUSE.split(question)]
    for index, said in enumerate(clauses):
        clause = " ".join(said)
        opener = opener_pattern.search(clause)
        if opener is None:
            continue
        if asked_only and _TOLD_THAT.search(clause[: opener.start()]):
            continue
        start = clause[: opener.end()].count(" ") + 1
        for place_id, named in places.items():
            span = _place_span(said, start, [term for word in named for term in terms(word)])
            if asked_only and span is not None and _visited(said, start, span):
                continue
            if span is not None:
                kept = [*clauses[:index], said[: span[0]] + said[span[1] :], *clauses[index + 1 :]]
                yield place_id, " ".join(word for clause in kept for word in clause)


_ONLINE = frozenset(["online", "virtual", "digital"])


def _place_span(said: list[str], start: int, stems: list[str]) -> tuple[int, int] | None:
    """Where, after `start`, "na loja física (da Augusta)" names the place of `stems`."""
    for at in range(start, min(start + _PLACE_REACH, len(said))):
        if said[at] not in _AT or _store_credit(said, at):
            continue
        end = at + 1
        while end < len(said) and said[end] in _ARTICLES:
            end += 1
        named = end
        while end < len(said) and set(terms(said[end])) & set(stems):
            end += 1
        if end == named or (end < len(said) and said[end] in _ONLINE):
            continue  # (the shop online is no place: "consigo usar o cartão na loja online?")
        if end + 1 < len(said) and said[end] in _OF:
            end += 2  # "da Augusta": which of the places
        return at, end
    return None


def _state_of(rest: list[str], place: list[str]) -> str | None:
    """The state named right after a city: "Boa Vista RR" is a place in Brazil; so is a
    state capital ("vale pra Fortaleza também?"), read as the country."""
    if not place or place[0] not in rest:
        return None
    at = rest.index(place[0])
    after = at + len(place)
    state = next((word for word in rest[after : after + 2] if word in _STATES), None)
    capital = any(
        rest[at : at + len(name.split())] == name.split() for name in (*CAPITALS, *_STATE_NAMES)
    )
    return state or ("brasil" if capital else None)


def _store_credit(said: list[str], at: int) -> bool:
    """ "como crédito na loja", "em crédito pra usar na loja": the refund's form, not a
    place."""
    named_place = at + 2 < len(said) and said[at + 2] in _PHYSICAL
    before = said[max(0, at - 4) : at]
    to_use = before[-2:] == ["para", "usar"]  # "em crédito" alone is paying by card there
    if to_use:
        before = before[:-2]
    # (or "em crédito" of a refund: "o reembolso pode ser em crédito na loja ou volta pro
    # cartão?")
    refund = any(word.startswith(("reembols", "estorn", "devol")) for word in said)
    forms = ("como", "em") if to_use or refund else ("como",)
    return (
        len(before) > 1 and before[-1] in _STORE_CREDIT and before[-2] in forms and not named_place
    )


def qualifying(question: str) -> Iterator[str]:
    """What a question adds to a service ("colocar um cartão") or where it asks it applies
    ("valem na loja física"): settled only by the entry on that service."""
    shipping_only = bool(_SHIPPING_ONLY.search(" ".join(phrased(question))))
    for clause in _CLAUSE.split(question):
        said = " ".join(phrased(clause))
        for opener in _ADD_ON.finditer(said):
            # Only the thing added: "colocar o endereço do trabalho" adds an address.
            added = _object(_unquantified(said[opener.end() :].split()), modifier=False)
            yield from (word for word in added if word not in _THE_PURCHASE)
        for opener in _TOGETHER.finditer(said):
            # Only a benefit is stacked: "a nota vem junto com o produto?" sends two things.
            stacked = list(_object(_unquantified(said[opener.end() :].split()), modifier=True))
            if stacked and stacked[0] in _BENEFITS:
                yield from stacked
        for opener in _SPENT_ON.finditer(said):
            # Both the benefit and the charge: "os pontos abatem no frete?" is settled by
            # neither the points' entry nor the freight's alone.
            yield opener[1] or opener[2]
            yield from _object(_unquantified(said[opener.end() :].split()), modifier=False)
        for opener in _APPLIES.finditer(said):
            condition = _APPLIES_IF.match(said[opener.end() :].strip())
            if condition:
                used = said[opener.end() :].strip()[condition.end() :].split()
                yield from _object(_unquantified(used), modifier=True)
                continue
            # (the words said between first: "vale também para entregas no Norte?")
            rest = _past_skipped(said[opener.end() :].split())
            rest = _past_skipped(_APPLIES_USE.sub("", " ".join(rest)).split())
            if rest and rest[0] in _WHERE:
                place = list(_object(_unquantified(rest[1:]), modifier=True))
                state = _state_of(rest[1:], place) if shipping_only else None
                # (a purchase is where anything applies: "valem na próxima compra?")
                yield from [state] if state else (at for at in place if at not in _THE_PURCHASE)


def _past_skipped(said: list[str]) -> list[str]:
    """The words after those said between ("também", "ainda")."""
    while said and said[0] in _APPLIES_SKIPPED:
        said = said[1:]
    return said


def accidents(question: str) -> Iterator[str]:
    """Damage the customer caused, asked after as covered: "a garantia cobre se eu derrubar
    a panela?" (the accident's first word: "mau" of "mau uso")."""
    for clause in _CLAUSE.split(question):
        said = " ".join(phrased(clause))
        for opener in _COVERS_CASE.finditer(said):
            case = " ".join(said[opener.end() :].split()[:_CASE_REACH])
            if not _NOT_AN_ACCIDENT.search(case):
                yield from (found[0].split()[0] for found in _ACCIDENT.finditer(case))


# What else comes back with a return: "os pontos... da compra devolvida voltam?", "se eu
# devolver o produto os R$ 9,90 voltam tb?"; and the difference of a trade for a dearer or
# cheaper one, "vcs devolvem a diferença?", "pagar a diferença".
_RETURN_SAID = re.compile(r"\b(?:devolv\w*|devolucao|devolucoes|cancel\w*|reembols\w*|estorn\w*)\b")
_THE_OR_MINE = r"(?:os|as|o|a|meus|minhas|meu|minha)"
# Clauses, keeping amounts whole: "os R$ 9,90 voltam?"
_CLAUSE_OF_AMOUNTS = re.compile(r"[?!;:\n]+|(?<!\d)[.,]|[.,](?!\d)")
_COMES_BACK = re.compile(
    rf"\b{_THE_OR_MINE} (\w+)\b(?: (?!{_THE_OR_MINE}\b|ou\b)\S+){{0,8}}? "
    r"(?<!\bde )(?<!\bda )(?<!\bna )(?:volta|voltam|retorna|retornam)\b"
    # (not back to the shelves, which the knowledge tells: "se o boleto vencer e o pedido for
    # cancelado, os produtos voltam pro estoque?")
    r"(?! (?:para|ao|a|o) (?:o )?estoque\b)"
)
# ...or what is lost with it: "quando eu devolver a batedeira eu perco os pontos?"; and a
# charge paid asked back, however far from its verb: "o frete que eu paguei na compra da
# mesa (R$ 45) também volta no reembolso?"
# (the customer's benefits: not a parcel the carrier loses, "e se a transportadora perder
# minha encomenda?")
_LOST_WITH = re.compile(
    rf"\b(?:perco|perderia|perderei|vou perder|eu perder|somem|some) {_THE_OR_MINE} (pontos|"
    r"cashback|desconto|brinde|cupom|credito|beneficios?)\b"
)
_CHARGES = frozenset(["frete", "embrulho", "embalagem", "taxa"])
# A refund in full, or a cancelling at no cost, gives every charge back.
_IN_FULL = re.compile(r"\b(?:reembolso integral|(?:cancelad[oa]s?|reembolso) sem custo)\b")
# (not the return's own freight: "tenho que pagar o frete de volta?")
_CHARGE_BACK = re.compile(
    r"\b(?:o|a) (frete|embrulho|embalagem|taxa)\b(?! de volta| da volta).{0,60}?\b(?<!de )"
    r"(?<!da )(?:volta|voltam|devolvid[oa]|reembolsad[oa]|estornad[oa])\b"
    # ...or kept back from it: "o reembolso vem integral ou vocês descontam o frete?"
    # (not the return's own freight charged: "vocês cobram o frete da coleta?")
    r"|\b(?:descontam|desconta|descontar|descontado|abatem|abate|retem|seguram) "
    r"(?:o valor d[oa] |o custo d[oa] )?(?:o |a )?(frete|embrulho|embalagem|taxa)\b"
    r"(?! d[ae] (?:volta|coleta|devolucao|troca|retorno)\b)"
)
_DIFFERENCE = re.compile(
    r"\b(?:devolv\w*|reembols\w*|estorn\w*|pag\w*|cobr\w*|complet\w*|receb\w*) (?:so |apenas |"
    r"somente )?(?:a |essa |o valor da )?diferenca\b|\bdiferenca (?:de|do|no) (?:preco|valor)\b"
    # (not two ways to pay compared: "qual a diferença de preço entre pix e cartão?")
    r"(?! entre\b)"
)
_DIFFERENCE_ASKED = "diferenca"
# The money itself comes back from any entry on refunds: "o dinheiro volta em quantos dias?".
_MONEY = frozenset(["dinheiro", "valor", "pagamento", "r", "reais", "grana", "estorno"])
_REFUND_ROOTS = ("reembolsar", "devolver", "estornar")


def differences_asked(question: str) -> Iterator[str]:
    """The difference in price of a trade for a dearer or cheaper product, if asked."""
    if _DIFFERENCE.search(" ".join(words(question))):
        yield _DIFFERENCE_ASKED


def returned_with(question: str) -> Iterator[str]:
    """What a question asks to come back with a return, besides the product: in the
    customer's own words (the knowledge's phrases would put its own "voltam" there)."""
    if not _RETURN_SAID.search(" ".join(words(question))):
        return
    for clause in _CLAUSE_OF_AMOUNTS.split(question):
        for back in _COMES_BACK.finditer(" ".join(words(clause))):
            if _content(back[1]) or back[1] in _MONEY:
                yield back[1]
        yield from (lost[1] for lost in _LOST_WITH.finditer(" ".join(words(clause))))
    said = " ".join(words(question))
    yield from (charge[1] or charge[2] for charge in _CHARGE_BACK.finditer(said))


# The order sent again instead of the money back ("queria que reenviem em vez de reembolsar"):
# an outcome the answering entry must offer, as a loss's resending or an exchange does.
_RESENT_INSTEAD = re.compile(
    r"\b(?:reenvi\w*|(?:mand|envi|despach)\w* (?:\w+ )?(?:de novo|novamente|outra vez))\b"
    r".{0,30}\b(?:em vez|ao inves|no lugar)\b.{0,15}\b(?:reembols\w*|estorn\w*|dinheiro)\b"
)
_RESENDING = "reenvio"


def resent_instead(question: str) -> Iterator[str]:
    """The resending asked for in place of a refund, if asked."""
    if _RESENT_INSTEAD.search(" ".join(words(question))):
        yield _RESENDING


def settles_resending(entry: "Vocabulary") -> bool:
    """The entry offers the order again: a resending or an exchange."""
    return entry.names_word(_RESENDING) or entry.names_word("troca")


# A pet brought along to the place: "posso entrar com meu beagle na loja?", "a loja é pet
# friendly?" (whether animals may come in, the knowledge must say).
_PETS = r"(?:cachorr\w*|gat[oa]s?|pets?|cao|caes|cadel\w*|filhote\w*|bicho\w*)"
_INTO = r"(?:na|a|pra|para|para a|dentro da|ate a)"
# (people who come along are no pets: "posso entrar com minha mãe na loja?")
_WHO_COMES_ALONG = (
    r"(?:mae|pai|filh\w*|marido|esposa?|mulher|namorad\w*|amig\w*|sogr\w*|irma\w*|avo|avos|bebe|"
    r"familia|crianc\w*|net[oa]s?|colega|chefe|carrinho|cadeira)"
)
_PET_ALONG = re.compile(
    # (the store said with the pet, not a walk before passing by: "vou levar meu cachorro pra
    # passear e depois passo na loja")
    r"\b(?:entrar|ir|passar|levar|vou|visitar)\b (?:\w+ ){0,3}?(?:com )?(?:o |a )?(?:meu|minha|"
    rf"meus|minhas) ({_PETS})\b(?=(?: \w+){{0,2}} {_INTO} loja\b)"
    rf"|\b(?:entrar|ir|passar|vou|visitar) {_INTO} loja\b(?: \w+){{0,4}}? com (?:o |a )?(?:meu|"
    rf"minha|meus|minhas) ({_PETS})\b"
    # (whoever comes in with the customer: "posso entrar com meu beagle na loja?")
    rf"|\bentrar (?:\w+ ){{0,2}}?com (?:o |a )?(?:meu|minha) (?!{_WHO_COMES_ALONG}\b)(\w+)\b"
    rf"(?=(?: \w+){{0,2}} {_INTO} loja\b)"
    r"|\b(pet friendly|aceitam? (?:pets?|animais|cachorros?))\b"
)


def pet_along(question: str) -> Iterator[str]:
    """The animal a question asks to bring to the business's place, if asked."""
    for pet in _in_customer_clauses(_PET_ALONG, question):
        yield next(said for said in pet.groups() if said)


# Where a parcel is asked to be left, unattended: "o entregador pode deixar o pacote por
# cima do muro?" (a delivery's instructions the knowledge must state).
_LEFT_AT = re.compile(
    # (not what a thing was bought for: "comprei um vaso pra colocar na varanda")
    r"(?<!\bpra )(?<!\bpara )\b(?:deixar|deixa|deixe|jogar|joga|colocar|coloca|passar|passa)\b"
    r"(?: \w+){0,3}? (?:por cima d[oa]|atras d[oa]|dentro d[oa]|embaixo d[oa]|pel[oa]|n[oa]) "
    r"(muro|portao|quintal|garagem|janela|varanda|grade|cerca|caixa de correio|capacho|lixeira)\b"
)


def left_at(question: str) -> Iterator[str]:
    """The spot a parcel is asked to be left at, if asked."""
    yield from (spot[1] for spot in _in_customer_clauses(_LEFT_AT, question))


# One purchase invoiced in several: "dá pra emitir uma nota pra cada um dos 3 moradores?",
# "uma nota separada para cada filial, mesmo sendo uma compra só?"
_INVOICES_SPLIT = re.compile(
    r"\b(?:nota|notas|nf|nfs)(?: fiscal| fiscais)?(?: separadas?)? (?:para|pra|por) cada (?:um|uma|"
    r"\w+)\b|\bnotas (?:fiscais )?separadas\b|\bdividir a nota\b"
    r"|\bnota(?: fiscal)? (?:\w+ ){0,2}?(?:sair|sai|vir|ser emitida) dividida\b"
)
# ...not several orders, each with its invoice: "fiz dois pedidos, as notas separadas de cada
# um chegam por e-mail?", "a nota pra cada pedido vem no e-mail?"
_SEVERAL_ORDERS = re.compile(
    r"\b(?:dois|duas|tres|\d+|varios|varias) (?:pedidos|compras|encomendas)\b"
    r"|\bcada (?:pedido|compra|encomenda)\b"
)


def invoices_split(question: str) -> Iterator[str]:
    """The split of one purchase's invoice, if asked."""
    said = " ".join(words(question))
    if _INVOICES_SPLIT.search(said) and not _SEVERAL_ORDERS.search(said):
        yield "separada"


# Another person's account paying, or the buyer alone acting: "posso pagar o pix pelo app do
# meu colega e o pedido continuar no meu nome?", "posso pedir a troca eu mesma ou tem que
# ser ele?" (who may pay or act on an order the knowledge must say).
_ANOTHER_PAYS = re.compile(
    r"\b(?:pagar|pago|paguei|pagou|pague)\b(?: o| a)?(?: pix| boleto)? (?:pelo|pela|com o|com a|"
    r"na|no|do|da) (?:app|aplicativo|conta|cpf|banco) d[oa] (?:meu|minha) (\w+)"
    # ...or whether another's card may pay (not its brand asked, nor a refund to it: "vou
    # pagar no cartão da minha mãe que é Elo, aceitam?", "paguei no cartão da minha mãe, o
    # reembolso pode cair na minha conta?")
    r"|^(?!.*\b(?:bandeira|visa|master\w*|elo|amex|american express|hipercard|reembols\w*|"
    r"estorn\w*|devol\w*)\b).*\b(?:posso|pode|podemos|da para|consigo|e possivel)\b (?:\w+ )?"
    r"pagar (?:com|no) (?:o )?cartao (?:de credito )?d[oa] (?:meu|minha) (\w+)"
    # ...or another's card or account named otherwise: "o boleto pode ser pago por outra
    # pessoa?", "o pix pode sair da conta da tesoureira e não da minha?", "pagar pelo app do
    # banco dele"
    r"|\b(?:pago|paga|pagar|pagos|feito)\b (?:\w+ )?por (outra pessoa|terceir\w+|(?:meu|minha) "
    r"\w+)\b"
    r"|\b(?:pix|pagamento|transferencia)\b.{0,20}\bsair da conta d[aoe] (?!(?:minha|meu)\b)(\w+)"
    r"|\b(?:pagar|paga|pago)\b (?:\w+ )?(?:pelo|pela|no|na) (?:app|aplicativo|conta) do banco "
    r"(dele|dela)\b"
)
_ONLY_THE_BUYER = re.compile(
    r"\beu mesm[oa]\b.{0,20}\bou tem (?:q|que) ser (ele|ela|o titular|quem comprou|quem pagou)\b"
)


def another_party(question: str) -> Iterator[str]:
    """The other person said to pay for, or to own, the customer's order, if asked."""
    said = " ".join(words(question))
    for payer in _ANOTHER_PAYS.finditer(said):
        yield next(group for group in payer.groups() if group).split()[-1]
    yield from (owner[1].split()[-1] for owner in _ONLY_THE_BUYER.finditer(said))


# A parcel fetched from the carrier's own counter: "a transportadora deixou aviso pra eu
# retirar na agência deles", "posso retirar na agência dos correios?"
_AT_THE_CARRIER = re.compile(
    r"\b(?:retirar|retiro|buscar|busco|pegar|pego|retirada|retira)\b.{0,40}\b(agencia|deposito|"
    r"centro de distribuicao)s? (?:d[aoe]s? )?(?:correios?|transportadora|deles|dela|"
    r"mais proxim\w*|da minha cidade)\b"
)


def fetched_from_the_carrier(question: str) -> Iterator[str]:
    """The carrier's place a parcel is to be fetched from, if asked."""
    yield from (place[1] for place in _AT_THE_CARRIER.finditer(" ".join(words(question))))


def settles_return_of(entry: "Vocabulary", word: str) -> bool:
    """The entry says how `word` comes back: it speaks of refunds and, unless `word` is the
    money itself, names it; a charge paid, also by refunding in full or cancelling at no
    cost ("reembolso integral", "cancelados sem custo")."""
    if word in _CHARGES and entry.refunds_in_full:
        return True
    speaks_of_refunds = any(entry.names_root(verb) for verb in _REFUND_ROOTS)
    return speaks_of_refunds and (word in _MONEY or word.isdigit() or entry.names_word(word))


def _unquantified(rest: list[str]) -> list[str]:
    """`rest` without the quantifiers before a noun: "outro endereço", "qualquer produto"."""
    return [word for word in rest[:_REACH] if word not in _QUANTIFIERS] + rest[_REACH:]


def _sentence_stems(texts: Iterable[str], kept: Callable[[str], bool]) -> set[str]:
    """The stems of the sentences of `texts` that `kept` keeps."""
    return {
        term
        for text in texts
        for sentence in _SENTENCE.split(text)
        if kept(sentence)
        for term in terms(sentence)
    }


def _stems_only_in_names(texts: Iterable[str]) -> set[str]:
    """The stems of the capitalised words inside sentences (names: "American Express",
    "Rua Augusta") that no other word of `texts` has. The first capital of a sentence opens
    it (after an entry id's words, "loja-fisica Nossa loja..."), and is no name."""
    in_names: set[str] = set()
    elsewhere: set[str] = set()
    for text in texts:
        # (a part of the site quoted, "Avise-me", is a label, not a name)
        elsewhere.update(term for quoted in _QUOTED.findall(text) for term in terms(quoted))
        for sentence in _SENTENCE.split(text):
            opened = False
            for word in _WORD.findall(sentence):
                capitalised = word[:1].isupper()
                (in_names if capitalised and opened else elsewhere).update(terms(word))
                opened = opened or capitalised
    return in_names - elsewhere


def _names_something(sentence: str) -> bool:
    capitalised = _CAPITALISED.findall(sentence)
    # The first capital opens the sentence (or follows an entry id's words).
    return len(capitalised) > 1 or bool(_EMAIL.search(sentence))


def _covers(entry: Vocabulary, word: str) -> bool:
    """The entry names `word`, or `word` is a state or region of Brazil and the entry says it
    applies to the whole country ("vale pra Rondônia?" and "frete grátis para todo o
    Brasil"). Cities are not read this way: pickup "em Curitiba" is no delivery."""
    nationwide = word in _BRAZIL_REGIONS or word in _REGION_WORDS or word in _STATES
    return entry.names(word) or (nationwide and entry.nationwide)


def _settles(word: str, vocabulary: Vocabulary, entry: Vocabulary | None) -> bool:
    """A cost asked after is settled only by the answering entry stating one ("tem taxa no
    boleto?" is not settled by the gift wrapping's price), an advantage by the entry
    stating a benefit ("tem vantagem pagar no pix?" and "5% de desconto"); any other word,
    anywhere."""
    if word in _COST_WORDS and entry is not None:
        return entry.names(word)
    if word in _ADVANTAGE_WORDS and entry is not None:
        return any(entry.names(benefit) for benefit in _BENEFIT_STATED)
    return vocabulary.names(word)


# What the customer weighs doing, not a thing chosen: "preocupo ou espero?"
_WHAT_I_DO = frozenset(
    ["espero", "aguardo", "preocupo", "cancelo", "desisto", "reclamo", "insisto", "ligo",
     "compro", "peco", "faco", "deixo", "volto"]
)  # fmt: skip


def chosen_among(question: str) -> Iterator[str]:
    """The first of the alternatives a question offers: "correios ou outra?"."""
    for clause in _CLAUSE.split(question):
        choice = _CHOICE.fullmatch(" ".join(phrased(clause)))
        if choice is not None and _content(choice[1]) and choice[1] not in _WHAT_I_DO:
            yield choice[1]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


# A verb with its pronoun ("obtê-la"), no thing asked after.
_CLITIC = re.compile(r"-(?:la|lo|las|los|lhe|lhes)$")


def asked_after(question: str) -> Iterator[str]:
    """The words naming what a "do you have X" or "can I do X" question asks after."""
    for clause in _CLAUSE.split(_SPACED_COMPOUND.sub(r"\1-\2", fold(question))):
        said = " ".join(phrased(clause))
        compounds = {match[1]: match for match in _COMPOUND.finditer(fold(clause))}
        second = None
        for word in _asked_in(said):
            if word == second:
                continue  # the compound's second word, already asked after with it
            compound = compounds.get(word)
            second = compound[2] if compound else None
            asked = compound[0] if compound else word
            if _CLITIC.search(asked):
                continue  # a verb with its pronoun: "onde posso obtê-la?"
            yield asked


def _asked_in(said: str) -> Iterator[str]:
    for opener in _HAS.finditer(said):
        before = said[: opener.start()].split()[-2:]
        # (a few words back: "aqui no prédio não tem porteiro")
        near = said[: opener.start()].split()[-_PLACE_BACK:]
        if before[-1:] in (["porque"], ["pois"]):
            continue  # "queria usar ele porque tem mais limite": a reason told, not asked
        if before[-1:] and before[-1] in _BANKS:
            continue  # "meu irmão disse que o banco aceita com multa": the bank's, told
        theirs = _CUSTOMERS_BUILDING.intersection(near) and _THEIRS.intersection(near)
        if (_CUSTOMERS_PLACE.intersection(near) or theirs) and not _THE_BUSINESS.intersection(
            said.split()
        ):
            continue  # "lá sempre tem gente na portaria": the customer's place, described
        if _MESSAGES_RECEIVED.intersection(near) and _MESSAGE_PARTS.intersection(
            said[opener.end() :].split()[:3]
        ):
            continue  # "o lembrete do carrinho tem um botão": a message received, described
        # (or spoken of as "ela que tem": "a casa da minha mae, ela que tem alergia a niquel")
        if (
            _PEOPLE.intersection(before[-1:])
            or (before[-1:] == ["que"] and _PEOPLE.union(["ela", "ele"]).intersection(before[:1]))
        ) and not _OFFERS.intersection(said[opener.end() :].split()[:3]):
            continue  # "minha mãe que tem artrite": someone the customer speaks of, described
        rest = said[opener.end() :].split()
        if _CONDITIONS.intersection(rest[:1]) or (
            _IMPAIRMENTS.intersection(rest[:1]) and (_PEOPLE | _HE_OR_SHE).intersection(near)
        ):
            continue  # "é pro meu avô, ele tem parkinson": a condition had, told of someone
        if _HOW_MUCH.intersection(near):
            continue  # "quanto tempo de garantia tem a sanduicheira?": what has it, not asked
        if _FOUND_OUT.intersection(near) and "que" in near and not _THE_BUSINESS.intersection(near):
            # "vi que a frigideira tem alumínio, quero cancelar": found out of a product, told
            # (not a claim on the shop read somewhere: "li q o aurora+ tem nível ouro")
            continue
        if rest[:1] in (["quantos"], ["quantas"]) and "de" in rest[1:4]:
            continue  # "pix tem quantos por cento de desconto?": how much of it, not whether
        someone = bool((_PEOPLE | _PRONOUNS).intersection(said.split()))
        told = (before[-1:] == ["nao"] and someone) or (
            opener[0] == "tinha" and (someone or before[-1:] == ["ja"])
        )
        # (not a question relayed, "ela quer saber se não tem embrulho de Natal", nor one of
        # the shop's benefits had, "meu marido tinha um cupom, ainda vale?")
        told = told and before[-2:] != ["se", "nao"]
        told = told and not _OFFERS.intersection(said[opener.end() :].split()[:3])
        if told and not _THE_BUSINESS.intersection(said.split()):
            # "meu filho não tem carro", "descobriu que já tinha um no apê": told, not asked
            # of the shop ("vcs não têm cartão presente?" asks)
            continue
        if (
            before[-1:] == ["nao"]
            and rest[1:2] in (["aqui"], ["nenhum"], ["nenhuma"])
            and not _THE_BUSINESS.intersection(said.split())
        ):
            continue  # "não tem portaria aqui", "aí não tem erro nenhum": told, not asked
        if before == ["quase", "nao"] or (
            before == ["todo", "mundo"] and not _THE_BUSINESS.intersection(said.split())
        ):
            continue  # "aqui quase não tem sinal", "todo mundo tem aula de manhã": told
        if before[-1:] in (["nao"], ["nem"]) and before[0] in _TRACKED and _for_how_long(rest):
            continue  # "o rastreio não tem movimentação desde segunda": their order, told
        if rest[:2] in (["ideia", "de"], ["nocao", "de"]) and _QUESTION_WORDS.intersection(
            rest[2:3]
        ):
            continue  # "tem ideia de quanto tempo leva?": knowing, not a thing the shop has
        if _shown(rest):
            continue  # "tem um botão escrito avise-me": what the page shows, described
        if _OR_HOW.search(" ".join(rest)):
            continue  # "vcs tem alguma tabela ou como eu descubro?": how is what is asked
        place = _place_on_the_site(rest)
        if place is not None:
            # "tem alguma área no site pra isso?": the site, and what the part is for
            yield from place
            continue
        others = " ".join(rest[2:3])
        if rest[:2] == ["alem", "de"] and (
            _WAYS_COMPARED.fullmatch(others) or others in _CARD_BRANDS
        ):
            # "tem além de cartão?", "além de Visa?": the other ways to pay, which a list
            # settles (not a product: "tem além de panela de pressão, panela elétrica?")
            rest = rest[2:]
        yield from _object(rest, modifier=True)
    for opener in _WORKS_WITH.finditer(said):
        rest = _unquantified(said[opener.end() :].split())
        rest = rest[1:] if rest[:1] == ["of"] else rest  # "work on all of Brazil"
        # "A loja funciona no Natal?" asks when; "o rastreio serve pra saber..." what for.
        if rest and (rest[0] in _WHEN or _infinitive(rest[0])):
            continue
        yield from _object(rest, modifier=True)
    for opener in _HAS_ENGLISH.finditer(said):
        rest = _unquantified(said[opener.end() :].split())
        place = _place_on_the_site(rest)
        yield from place if place is not None else _object(rest, modifier=False)
    for opener in _CAN.finditer(said):
        rest = said[opener.end() :].split()
        verb = _first_content(rest)
        if said[: opener.start()].split()[-1:] == ["so"] and (
            verb is None or not _infinitive(rest[verb])
        ):
            continue  # "só consigo depois do almoço": when the customer can, told
        if rest[:1] == ["ter"] and rest[1:2] and rest[1] in _KNOWING:
            continue  # "pela foto não dá pra ter ideia do tamanho": knowing, not a thing
        if verb is not None and _infinitive(rest[verb]):
            # "dá pra pagar metade no PIX": only a word right after the verb is its object
            # ("dá pra parcelar sem juros" asks after nothing new).
            after = rest[verb + 1 :]
            if _done_to_the_delivery(after[:2]):
                # "dá pra agendar a entrega?": what is done to the order is what is asked
                # after; the knowledge must name doing it.
                yield from _object(after[:1], modifier=True)
                yield rest[verb]
            elif not _WEEKDAYS.intersection(after[:1]):
                # (a weekday is when, not what: "só consigo pagar quarta, ainda vale?")
                yield from _object(after[:1], modifier=True)
        else:
            yield from _object(rest, modifier=True)


_WEEKDAYS = frozenset(["segunda", "terca", "quarta", "quinta", "sexta"])


def _place_on_the_site(rest: list[str]) -> list[str] | None:
    """The site or app a part of it is asked of, and the words of what it is for: "(tem)
    alguma área no site pra isso" is the site; "...pra vender meus produtos" also selling."""
    first = _first_content(rest)
    if first is None or rest[first] not in _SITE_PARTS:
        return None
    on = first + 1
    # (in English the site has its article: "a page on the website")
    site = on + 2 if rest[on + 1 : on + 2] == ["the"] else on + 1
    if site >= len(rest) or rest[on] not in _ON or rest[site] not in _SITES:
        return None
    where = [rest[on], "site" if rest[site] == "website" else rest[site]]
    after = rest[site + 1 : site + 1 + _PURPOSE_REACH]
    # (English "to" reads as chat's "tô", "estou": "a section on the website to sell...";
    # "for" says what it is for too: "a page on the website for gift cards")
    purpose = after[1:] if after[:1] in (["para"], ["estou"], ["for"]) else []
    return [where[1], *(word for word in purpose if _content(word) and word not in _LOOKING)]


def _shown(rest: list[str]) -> bool:
    """What "tem" names is described by what it says: "(tem) um botão escrito avise-me"."""
    first = _first_content(rest)
    return first is not None and bool(_SHOWN.intersection(rest[first + 1 : first + 2]))


def _for_how_long(rest: list[str]) -> bool:
    """Right after the thing "tem" names comes for how long it has been so: "(não tem)
    atualização faz 4 dias", "movimentação desde segunda". Said in the negative of their
    order (`_TRACKED`), the customer tells how it stands, not whether the business has
    that thing (unlike "não tem vale-troca desde o natal?")."""
    near = rest[1:_REACH]
    for index, word in enumerate(near):
        amount = near[index + 1] if index + 1 < len(near) else ""
        if word == "desde" and amount not in ("que", "quando"):
            return True  # (not "desde que reformaram", provided; nor "desde quando?")
        if word in _SINCE_AGO and (amount.isdigit() or amount in _AMOUNTS):
            return True
    return False


def _done_to_the_delivery(following: list[str]) -> bool:
    """The words after a verb are its object, and that object is what the shop sends."""
    if following[:1] and following[0] in _DETERMINERS:
        following = following[1:]
    return bool(following) and following[0] in _DELIVERY_THINGS


# Verbs of a thing going or coming out, which qualify nothing: "que a nota saia no CNPJ".
_GOES = frozenset(
    ["saia", "saiam", "sai", "venha", "venham", "vem", "fique", "fiquem", "fica", "chegue",
     "cheguem", "chega", "seja", "sejam"]
)  # fmt: skip


def _object(rest: list[str], modifier: bool) -> Iterator[str]:
    """The first content word and, in Portuguese, what qualifies it right after: an
    adjective ("entrega agendada") or a complement ("tosa na tesoura", "cupom de desconto").
    Not "para" or "em": those say for whom or where ("entregam em Manaus")."""
    first = _first_content(rest)
    if first is None:
        return
    yield rest[first]
    following, after = [*rest[first + 1 : first + 3], "", ""][:2]
    # A gerund starts another clause: "tem desconto pagando no PIX?"; so does a verb, "consigo
    # que a nota saia no CNPJ?"
    if (
        modifier
        and _content(following)
        and not following.endswith("ndo")
        and following not in _GOES
    ):
        yield following
    if modifier and following in _COMPLEMENT and _content(after) and not _owner(rest, first + 2):
        yield after


def _owner(rest: list[str], index: int) -> bool:
    """The word at `index`, after the head noun and its "de", is the business itself, whose
    things they are: "os produtos da loja" (the shop's products; not the physical shop, "da
    loja física", nor where something was bought, "compras da loja")."""
    qualified = index + 1 < len(rest) and rest[index + 1] in _PLACE_KINDS
    bought_there = rest[index - 2] in _BOUGHT  # "compras da loja": made in the shop
    return rest[index] in _THE_BUSINESS and not qualified and not bought_there


def _first_content(rest: list[str]) -> int | None:
    """Where the first content word is, if it comes within a few words of the opener. A
    number, or a participle right after it, says the opener was no question after a
    thing: "chegou tem 2 semanas", "a pessoa já tinha ganhado um" (but "vendem no atacado").
    """
    for index, word in enumerate(rest[:_REACH]):
        # (An adverb may come between: "já tinha até jogado a antiga fora".)
        leads = index == 0 or set(rest[:index]) <= _BEFORE_A_PARTICIPLE
        if word in _NO_OBJECT or word.isdigit() or (leads and _participle(word)):
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
