"""Words of customer messages, the way WhatsApp customers write them.

Accents off, lower case, chat shorthand spelled out ("vc", "q", "pq"), then a five-letter
truncation stem: Portuguese lemmatisers stumble on chat text, and truncation keeps
"cobrança", "cobrado" and "cobraram" together, and "devolver" with "devolução".
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r"\[[A-Z_]+_\d+\]")
_WORD = re.compile(r"[a-z0-9]+\+?")
_TIMES = re.compile(r"\b(\d+)x\b")  # "10x", "2x": a number of times (instalments, charges)
_STEM_LENGTH = 5

# Chat shorthand and common misspellings, to the word they stand for.
_SHORTHAND = {
    # (European Portuguese: "alguém da equipa")
    "equipa": "equipe",
    "vc": "voce",
    "vdd": "verdade",
    "vcs": "voces",
    "q": "que",
    "pq": "porque",
    "pqp": "droga",
    "tb": "tambem",
    "tbm": "tambem",
    "hj": "hoje",
    "n": "nao",
    "ñ": "nao",
    "naum": "nao",
    "ta": "esta",
    "tah": "esta",
    "to": "estou",
    "pra": "para",
    "pro": "para",
    "pras": "para as",
    "pros": "para os",
    "msm": "mesmo",
    "blz": "beleza",
    "td": "tudo",
    "cade": "onde",
    "qdo": "quando",
    "qnd": "quando",
    "qndo": "quando",
    "qto": "quanto",
    "qts": "quantas",
    "dps": "depois",
    "obg": "obrigado",
    "vlw": "valeu",
    "mto": "muito",
    "mt": "muito",
    "mtu": "muito",
    "oq": "que",
    "eh": "e",
    "entrgea": "entrega",
    "entega": "entrega",
    "qnto": "quanto",
    "pagto": "pagamento",
    "pgto": "pagamento",
    "pgtos": "pagamentos",
    "qnt": "quanto",
    "qnta": "quanta",
    "qtos": "quantos",
    "qnts": "quantos",
    "qntos": "quantos",
    "qntas": "quantas",
    "qtas": "quantas",
    "tava": "estava",
    "tavam": "estavam",
    "msg": "mensagem",
    "msgs": "mensagens",
    "pfv": "por favor",
    "pls": "please",
    "plz": "please",
    "kd": "onde",
    "ngm": "ninguem",
    "nd": "nada",
    "dnv": "de novo",
    "agr": "agora",
    "fds": "fim de semana",
    "hr": "hora",
    "hrs": "horas",
    "qq": "qualquer",
    "qqr": "qualquer",
    "apto": "apartamento",
    # ("o que fazem nestes casos?": as "nesses")
    "nestes": "nesses",
    "nestas": "nessas",
    "cmg": "comigo",
    "aki": "aqui",
    "ctz": "certeza",
    "smp": "sempre",
    "tds": "todos",
    "zap": "whatsapp",
    "wpp": "whatsapp",
    "whats": "whatsapp",
    "lojinha": "loja",
    "boletinho": "boleto",
    "guardadinho": "guardado",
    "guardadinha": "guardada",
    "separadinho": "separado",
    "separadinha": "separada",
    # English written in a hurry: letters swapped, doubled or dropped in the words customers
    # ask with most.
    "adress": "address",
    "adres": "address",
    "recieve": "receive",
    "recieved": "received",
    "servise": "service",
    "sevice": "service",
    "chnage": "change",
    "chagne": "change",
    "trakc": "track",
    "trak": "track",
    "tracknig": "tracking",
    "delivey": "delivery",
    "delivary": "delivery",
    "shiping": "shipping",
    "cancle": "cancel",
}

# Words that say nothing about what the customer wants (after folding).
STOPWORDS = frozenset(
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
        "num",
        "numa",
        "por",
        "para",
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
        "ja",
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
        "favor",
        "podem",
        "pode",
        "poderia",
        "gostaria",
        "quero",
        "queria",
        "the",
        "i",
        "my",
        "you",
        "your",
        "is",
        "are",
        "do",
        "does",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "it",
        "can",
        "how",
        "what",
        "when",
        "where",
        "hi",
        "hello",
        "please",
        "hey",
        "tudo",
        "bem",
        "beleza",
        "valeu",
        "gente",
        "ai",
        "ne",
        "la",
        "aqui",
        "vcs",
        "fazer",
        "faco",
        "tem",
        "ter",
        "tenho",
        "estou",
        "esta",
        "ser",
        "sou",
        "foi",
        "era",
        "vou",
        "vai",
        "nao",
        "hoje",
        "agora",
        "alguem",
        "algum",
        "alguma",
        "coisa",
        "sobre",
    ]
) | frozenset(
    # Spanish function words, folded: "¿dónde puedo seguir mi pedido?" keeps "seguir
    # pedido". Only words that are no Portuguese content word.
    ["hola", "el", "los", "del", "al", "y", "mi", "mis", "tu", "tus", "su", "sus", "lo", "le",
     "les", "una", "unos", "unas", "es", "son", "donde", "cuando", "cual", "cuales", "cuanto",
     "cuanta", "cuantos", "como", "puedo", "puede", "pueden", "quiero", "quisiera", "necesito",
     "tengo", "tiene", "tienen", "hay", "muy", "pero", "gracias", "buenos", "buenas", "usted",
     "ustedes"]
) | frozenset(
    # English function words and chat shorthand, split at the apostrophe ("what's", "don't"):
    # "do u guys have free delivery?" asks "free delivery". Only words that are no Portuguese
    # content word.
    ["an", "am", "be", "was", "were", "been", "have", "has", "had", "will", "would", "could",
     "should", "may", "might", "must", "did", "get", "got", "this", "that", "these", "those",
     "there", "here", "if", "at", "by", "with", "from", "about", "just", "also", "too", "any",
     "some", "we", "us", "our", "they", "them", "their", "he", "she", "his", "her", "its",
     "which", "who", "why", "whats", "thanks", "thank", "guys", "u", "ur", "im", "ive", "pls",
     "plz", "thx", "s", "t", "m", "ll", "ve", "re", "d", "dont", "don", "doesn", "didn", "isn",
     "aren", "let", "know", "need", "want", "like", "really", "one", "ok", "okay", "sorry",
     "quick", "question", "wondering", "curious"]
)  # fmt: skip


def fold(text: str) -> str:
    """Lower case without accents or invisible characters (zero-width spaces, joiners)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    ).lower()


# The courtesies of a formal letter, which say nothing of what is asked: "Prezada equipe,"
# opening it, "Obrigada pela atenção. Atenciosamente, [NAME_1], Compras" closing it (their
# "equipe" and "atenção" would find the entry on the service desk).
_OPENING_COURTESY = re.compile(
    r"^\W*(?:(?:prezad[oa]s?|senhor(?:es|as)|car[oa]s?|estimad[oa]s?|ilustr[ie]s?)(?: (?:equipe|"
    r"senhor(?:es|as)|clientes|colaboradores|atendentes|responsaveis|amigos))?|a quem possa "
    r"interessar)\b[\W_]*"
)
_CLOSING_COURTESY = re.compile(
    r"[^\w?]*\b(?:atenciosamente|cordialmente|respeitosamente|cordiais saudacoes|saudacoes|"
    r"grat[oa]|obrigad[oa] (?:pela atencao|desde ja|antecipadamente)|agradeco (?:desde ja|"
    r"antecipadamente|a atencao)|no aguardo|fico no aguardo)\b(?:[^\w?\[]*(?:\[\w+\]|\w+)){0,6}"
    r"[^\w?]*$",
)


def without_courtesies(text: str) -> str:
    """`text` folded, without a formal letter's opening and closing courtesies; `text`
    itself when it has none."""
    folded = fold(text)
    bare = _CLOSING_COURTESY.sub("", _OPENING_COURTESY.sub("", folded))
    return bare if bare != folded and bare.strip() else text


# The one word the guardrails' patterns know the business by: its own names read as this
# (`the_shop_named`), so no pattern names one business ("sou o gerente da Aurora" reads
# "sou o gerente da estaloja"). One word no customer writes, so a pattern reads exactly
# what the name was, not "loja" or "empresa".
THE_SHOP = "estaloja"
# ...and the street its own place is on ("Rua Augusta"): what is near it, or at it, is
# the shop's, though a street is also anyone's ("o metrô mais perto da Augusta").
THE_SHOPS_STREET = "estarua"
_ACCENTED = {
    "a": "aáàâãä",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôõö",
    "u": "uúùûü",
    "c": "cç",
    "n": "nñ",
}


def name_pattern(name: str) -> str:
    """A business name as typed: any case and accents, any spacing, "&" as "e" or "and"."""
    parts = []
    for char in " ".join(fold(name).split()):
        if char == " ":
            parts.append(r"\s+")
        elif char == "&":
            parts.append(r"(?:&|e|and)")
        else:
            parts.append(f"[{_ACCENTED[char]}]" if char in _ACCENTED else re.escape(char))
    return "".join(parts)


# A street is anyone's word ("Brasil", "das Flores"): it is the shop's street only said as
# a street, or as where the shop is ("Rua Augusta", "na loja da Augusta").
_AS_A_STREET = (
    r"(?:rua|r\.|avenida|av\.?|alameda|al\.|pra[cç]a|travessa|estrada|rodovia|largo|loja|"
    r"lojas|unidade|showroom|filial)(?:\s+f[ií]sica)?\s+(?:d[aoe]s?\s+|n[ao]s?\s+)?"
)


@functools.lru_cache(maxsize=16)
def _names_as_typed(names: tuple[str, ...], said_as: str) -> re.Pattern[str] | None:
    """`names` as typed, after `said_as` (what must introduce them, kept)."""
    if not names:
        return None
    longest_first = sorted(names, key=len, reverse=True)
    alternatives = "|".join(name_pattern(name) for name in longest_first)
    # "auroracasa" (a word containing a name) is another word; "Aurora+" (a name coined
    # from it) stays the shop's ("estaloja+").
    return re.compile(rf"(?<![\w@.])({said_as})(?:{alternatives})(?![\w@])", re.IGNORECASE)


def the_shop_named(text: str, names: tuple[str, ...], streets: tuple[str, ...] = ()) -> str:
    """`text` with the business's names (`Profile.shop_names`) written as `THE_SHOP`, and
    the streets of its places (`KnowledgeBase.shop_streets`) as `THE_SHOPS_STREET`."""
    for found, said_as, word in ((names, "", THE_SHOP), (streets, _AS_A_STREET, THE_SHOPS_STREET)):
        pattern = _names_as_typed(found, said_as)
        if pattern is not None:
            text = pattern.sub(functools.partial(_as_written, word), text)
    return text


def _as_written(word: str, found: re.Match[str]) -> str:
    """`word` after what introduced it, in the case the name was written in: "AURORA VIP"
    reads "ESTALOJA VIP"."""
    name = found[0][len(found[1]) :]
    return found[1] + (word.upper() if name.isupper() else word)


# Brazil's state capitals, as customers write them ("BH", "Floripa", "Sampa"). Knowledge on
# delivery states times by kind of place ("Capitais do Sudeste: 2 a 5 dias", "Interior..."),
# so "qual o prazo pra BH" asks about a capital. Confia serves Brazilian businesses: this is
# the country's geography, not one business's. (Not "Natal", "Palmas" or "Boa Vista", which
# are Christmas, applause and a view first.)
CAPITALS = (
    "sao paulo", "sampa", "rio de janeiro", "belo horizonte", "bh", "vitoria", "curitiba",
    "porto alegre", "poa", "florianopolis", "floripa", "salvador", "recife", "fortaleza",
    "joao pessoa", "maceio", "aracaju", "teresina", "sao luis", "manaus", "belem",
    "porto velho", "rio branco", "macapa", "brasilia", "bsb", "goiania", "cuiaba",
    "campo grande",
)  # fmt: skip
# ...named as where something goes: "pra BH", "até Manaus" (not where the customer is or
# what is there: "a loja aí em São Paulo", "o cep da rua em Curitiba").
_DELIVERED_TO_A_CAPITAL = re.compile(
    r"(?<![\w@.])(?:pra|para|pro|p/|ate|to)\s+(?:a\s+|o\s+)?("
    + "|".join(name_pattern(name) for name in sorted(CAPITALS, key=len, reverse=True))
    + r")(?![\w@])",
    re.IGNORECASE,
)


def capital_sent_to(text: str) -> str | None:
    """The state capital `text` names as where something goes ("qual o prazo pra BH?":
    "bh"), if any."""
    found = _DELIVERED_TO_A_CAPITAL.search(fold(text))
    return " ".join(found[1].split()) if found else None


# Letters typed over and over: "cancelaaa", "simmmm", "naaao". Portuguese doubles only
# r and s, so three or more of those keep two and of any other letter keep one; a word
# ending in a doubled a, i or u ("cancelaa", "oii") ends in one.
_LONG_RUN = re.compile(r"([a-z])\1{2,}")
_FINAL_DOUBLE = re.compile(r"([aiu])\1\b")


def _unstretched(text: str) -> str:
    text = _LONG_RUN.sub(lambda run: run[1] * (2 if run[1] in "rs" else 1), text)
    return _FINAL_DOUBLE.sub(r"\1", text)


# The words a question hangs on, to catch one-letter typos ("reembolco", "rastrio",
# "devolusao"). Only long words: a short one is one letter away from too many others.
_KEY_WORDS = frozenset(
    [
        "reembolso",
        "estorno",
        "cancelamento",
        "cancelar",
        "devolucao",
        "devolver",
        "rastreio",
        "rastreamento",
        "garantia",
        "parcelamento",
        "parcelar",
        "pagamento",
        "entrega",
        "endereco",
        "embrulho",
        "encomenda",
        "transportadora",
        "despachado",
        "esgotado",
        "estoque",
        "fidelidade",
        "privacidade",
        "arrependimento",
        "defeito",
        "desconto",
        "atendente",
        "instrucoes",
        "cobranca",
    ]
)
_MIN_KEY_TYPO_LENGTH = 7


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added, dropped, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


@functools.cache
def _spelled(word: str) -> str:
    """A key word for its one-letter typo; any other word as it is."""
    if len(word) < _MIN_KEY_TYPO_LENGTH or word in _KEY_WORDS or not word.isalpha():
        return word
    return next((key for key in _KEY_WORDS if _is_typo_of(word, key)), word)


def _is_typo_of(word: str, key: str) -> bool:
    # An inflection is no typo: "entregar", "devolvem", "reembolsa" keep their ending.
    inflected = word[:-1] == key[:-1] or word.startswith(key) or key.startswith(word)
    return not inflected and _one_edit_apart(word, key)


# What customers say, to the word a business writes in its knowledge (retrieval only).
_SYNONYMS = {
    # Interest and instalments said otherwise: "vem acréscimo?", "dividindo no cartão"
    "acrescimo": "juros",
    "acrescimos": "juros",
    "dividindo": "parcelar",
    "parcelinhas": "parcelas",
    # European Portuguese: "pago portes?", "custo de recolha", "cobre avarias?"
    "portes": "frete",
    "recolha": "coleta",
    "avarias": "defeito",
    "avaria": "defeito",
    "dinheiro": "reembolso",
    "grana": "reembolso",
    "estornar": "estorno",
    "quebrou": "quebrado",
    "espatifado": "quebrado",
    "espatifada": "quebrado",
    "espatifou": "quebrado",
    "quebrada": "quebrado",
    "danificado": "quebrado",
    "danificada": "quebrado",
    "trincado": "quebrado",
    "trincada": "quebrado",
    "rachado": "quebrado",
    "rachada": "quebrado",
    "trincou": "quebrado",
    # (the noun: "tá com uma trinca de ponta a ponta")
    "trinca": "quebrado",
    "rachadura": "quebrado",
    "trincas": "quebrado",
    "rachaduras": "quebrado",
    "rachou": "quebrado",
    "amassada": "amassado",
    "defeituoso": "defeito",
    "defeituosa": "defeito",
    "jeitinho": "jeito",
    "desisti": "arrependimento",
    "desistencia": "arrependimento",
    "desistir": "arrependimento",
    "arrependi": "arrependimento",
    "chega": "entrega",
    "chegar": "entrega",
    "chegou": "entrega",
    "veio": "entrega",
    "encomenda": "pedido",
    "mercadoria": "produto",
    "mercadorias": "produto",
    "pacote": "pedido",
    "compra": "pedido",
    "dividir": "parcelamos",
    "segurar": "reserva",
    "guardar": "reserva",
    "reservar": "reserva",
    "corrigir": "alterar",
    "mudar": "alterar",
    "expirou": "vencido",
    # A price taken off is a discount: "se pagar no PIX tem abatimento no valor?"
    "abatimento": "desconto",
    # How long a thing holds is when it expires: "os pontos têm validade?"
    "validade": "expiram",
    "venceu": "vencido",
    # English, to the words of a Portuguese knowledge base
    "shipping": "frete",
    "deadline": "prazo",
    "deadlines": "prazo",
    "brazil": "brasil",
    "freight": "frete",
    "free": "gratis",
    "delivery": "entrega",
    "deliver": "entrega",
    "arrive": "entrega",
    "days": "dias",
    "order": "pedido",
    "refund": "reembolso",
    "money": "reembolso",
    "warranty": "garantia",
    "guarantee": "garantia",
    "track": "rastreio",
    "tracking": "rastreio",
    "cancel": "cancelamento",
    "return": "devolucao",
    "exchange": "troca",
    "swap": "troca",
    "payment": "pagamento",
    "pay": "pagamento",
    "discount": "desconto",
    "installments": "parcelamos",
    "invoice": "nota fiscal",
    "receipt": "nota fiscal",
    "store": "loja",
    "holiday": "feriado",
    "holidays": "feriado",
    "shop": "loja",
    "hours": "horario",
    "open": "funciona",
    "gift": "presente",
    "wrap": "embalagem",
    "stock": "estoque",
    "points": "pontos",
    "loyalty": "fidelidade",
    "privacy": "privacidade",
    "data": "dados",
    "broken": "quebrado",
    "damaged": "quebrado",
    "defective": "defeito",
    "late": "atraso",
    "delayed": "atraso",
    "lost": "extraviado",
    "address": "endereco",
    "change": "alterar",
    "card": "cartao",
    "credit": "credito",
    "minimum": "minimo",
    "demora": "demora",
    "demorar": "demora",
    "atrasado": "atraso",
    "atrasada": "atraso",
    "atrasou": "atraso",
    "pagar": "pagamento",
    "pago": "pagamento",
    "paga": "pagamento",
    "vezes": "parcelamos",
    "parcela": "parcelamos",
    "parcelar": "parcelamos",
    "parcelado": "parcelamos",
    "nf": "nota fiscal",
    "nfe": "nota fiscal",
    "esgotou": "esgotado",
    "acabou": "esgotado",
    # Delivery and tracking
    "demoram": "prazo",
    "leva": "prazo",
    "levam": "prazo",
    "rastrear": "rastreio",
    "rastreamento": "rastreio",
    "localizar": "rastreio",
    "status": "rastreio",
    "gratuita": "gratis",
    "gratuito": "gratis",
    # Losing a parcel, said as what might happen: "e se a transportadora perder meu pedido?"
    "perder": "extraviado",
    "perderem": "extraviado",
    "perca": "extraviado",
    "percam": "extraviado",
    "extraviar": "extraviado",
    "extraviarem": "extraviado",
    "lose": "extraviado",
    "loses": "extraviado",
    "perdeu": "extraviado",
    "perdido": "extraviado",
    "perdida": "extraviado",
    "sumiu": "extraviado",
    "extravio": "extraviado",
    "extraviou": "extraviado",
    "reenviar": "reenvio",
    "enviado": "despachado",
    "enviada": "despachado",
    "postado": "despachado",
    "despachou": "despachado",
    # Returns, damage, refunds
    "caixa": "embalagem",
    # (a box's board, not the paper of an invoice: "papelão" stems to "papel")
    "papelao": "cartonagem",
    "riscado": "quebrado",
    "riscada": "quebrado",
    "arranhado": "quebrado",
    "arranhada": "quebrado",
    "lascado": "quebrado",
    "lascada": "quebrado",
    "estragado": "defeito",
    "estragada": "defeito",
    "estragou": "defeito",
    "reembolsam": "reembolso",
    "reembolsar": "reembolso",
    "ressarcimento": "reembolso",
    "tamanhos": "tamanho",
    "queen": "tamanho",
    "king": "tamanho",
    "casal": "tamanho",
    "solteiro": "tamanho",
    "menor": "tamanho",
    "maior": "tamanho",
    # Payment
    "compensar": "aprovacao boleto",
    "compensa": "aprovacao boleto",
    "compensacao": "aprovacao boleto",
    "aprovado": "aprovacao",
    "aprovar": "aprovacao",
    "mastercard": "cartao",
    "visa": "cartao",
    "amex": "cartao american express",
    # A boleto by what it looks like and where it is paid: "aquele papel com codigo de barras",
    # "o papel q paga na loterica"
    "barras": "boleto",
    "loterica": "boleto",
    "danfe": "nota fiscal",
    # Stock, shop, service hours, loyalty, privacy
    "indisponivel": "esgotado estoque",
    "faltando": "esgotado estoque",
    "avisada": "avise",
    "avisado": "avise",
    "avisar": "avise",
    "aviso": "avise",
    "notificado": "avise",
    "notificada": "avise",
    "notificar": "avise",
    "reposicao": "voltar",
    "repor": "voltar",
    "presencial": "loja fisica",
    "pessoalmente": "loja fisica",
    "visitar": "loja fisica",
    "madrugada": "24 horas",
    "equipe": "atendimento humano",
    "pontuacao": "pontos",
    "cashback": "pontos",
    "reais": "r",  # "150 reais" is how customers write "R$ 150"
    "usam": "usamos",
    "utilizam": "usamos",
    "seguem": "conforme",
    "cumprem": "conforme",
    "follow": "conforme",
    "comply": "conforme",
    "accept": "aceitamos",
    "methods": "formas",
    "options": "formas",
    # More English
    "orders": "pedido",
    "package": "pedido",
    "parcel": "pedido",
    "purchase": "pedido",
    "refunds": "reembolso",
    "returns": "devolucao",
    "pickup": "coleta",
    "sealed": "embalagem original",
    "unopened": "embalagem original",
    "exchanges": "troca",
    "size": "tamanho",
    "color": "cor",
    "shipped": "despachado",
    "dispatched": "despachado",
    "expired": "vencido",
    "slip": "boleto",
    "interest": "juros",
    "installment": "parcelamos",
    # The postal code, as English says it
    "zip": "cep",
    "zipcode": "cep",
    "postcode": "cep",
    # (British spelling)
    "instalment": "parcelamos",
    "instalments": "parcelamos",
    "cost": "custa",
    "costs": "custa",
    "fee": "frete",
    "physical": "fisica",
    "visit": "loja fisica",
    "located": "fica",
    "location": "fica",
    "sunday": "domingo",
    "saturday": "sabado",
    "weekend": "sabado domingo",
    "support": "atendimento",
    # ("customer" would stem to the knowledge's "custo": a cost)
    "customer": "cliente",
    "customers": "cliente",
    # Instalments, said the old way: "posso pagar em prestações no cartão?"
    "prestacoes": "parcelas",
    "prestacao": "parcela",
    # The service desk in Spanish: "¿a qué hora empieza la atención al cliente?"
    "atencion": "atendimento",
    # ("correios" would stem to the knowledge's "correção" of one's data: the post office
    # is a carrier the knowledge never names)
    "correios": "postal",
    "correio": "postal",
    "notify": "avise",
    # Back in stock: "let me know when it's back", "restock", "waitlist"
    "restock": "voltar estoque",
    "restocked": "voltar estoque",
    "restocking": "voltar estoque",
    "waitlist": "avise",
    "notified": "avise",
    "cracked": "quebrado",
    "scratched": "quebrado",
    "dented": "amassado",
    "wrapping": "embalagem",
    "box": "embalagem",
    # Diminutives of the words a question hangs on: "pontinhos", "pedidinho".
    "pontinhos": "pontos",
    "pontinho": "pontos",
    "pedidinho": "pedido",
    "descontinho": "desconto",
    "presentinho": "presente",
    # Undoing an order, card brands, stock alerts, visits
    # Cancelling, said the formal way: "dá pra anular o pedido antes de sair?"
    "anular": "cancelar",
    "anula": "cancelar",
    "anulo": "cancelar",
    "desfaz": "cancelar",
    "desfazer": "cancelar",
    "desfaca": "cancelar",
    "master": "cartao",
    "alerta": "avise",
    "visiting": "loja fisica",
    # Damage in English: "arrived with a big dent", "chipped", "shattered"
    "dent": "amassado",
    "dents": "amassado",
    "bent": "amassado",
    "chipped": "quebrado",
    "shattered": "quebrado",
    "scratch": "quebrado",
    "scratches": "quebrado",
    # Damage said otherwise: "fundo empenado", "entortou", "descascando", "snapped off"
    "empenado": "defeito",
    "empenada": "defeito",
    "empenou": "defeito",
    "entortou": "amassado",
    "torto": "amassado",
    "torta": "amassado",
    "deformado": "defeito",
    "deformada": "defeito",
    "descascando": "defeito",
    "descascou": "defeito",
    # ...or a part gone loose: "o cabo ficou bambo"
    "bambo": "defeito",
    "bamba": "defeito",
    "frouxo": "defeito",
    "frouxa": "defeito",
    "desencaixou": "defeito",
    "emperrado": "defeito",
    "emperrada": "defeito",
    "emperrou": "defeito",
    "descolou": "defeito",
    "descolando": "defeito",
    "snapped": "quebrado",
    "broke": "quebrado",
    "faulty": "defeito",
    "leaking": "defeito",
    # Stock alerts: "vocês avisam quando tiver?"
    "avisam": "avise",
    "avisa": "avise",
    "avisem": "avise",
    # Holding an item: "separa pra mim", "segura até sexta"
    "separar": "reserva",
    "separa": "reserva",
    "segura": "reserva",
    "hold": "reserva",
    # The chat itself is the service: "esse chat funciona em feriado?"
    "chat": "atendimento",
    # Spanish, to the words of a Portuguese knowledge base: the questions any shop is
    # asked (delivery, tracking, returns, payment, the shop, its hours).
    "envio": "entrega",
    "envios": "entrega",
    "llega": "entrega",
    "llegar": "entrega",
    "llegue": "entrega",
    "plazo": "prazo",
    "seguimiento": "rastreio",
    "paquete": "pedido",
    "devolucion": "devolucao",
    "devolver": "devolucao",
    "cambio": "troca",
    "cambiar": "troca",
    "talla": "tamanho",
    "dinero": "reembolso",
    "roto": "quebrado",
    "rotos": "quebrado",
    "tarjeta": "cartao",
    "cuotas": "parcelamos",
    "factura": "nota fiscal",
    "tienda": "loja",
    "abren": "funciona",
    "horarios": "horario",
    "regalo": "presente",
    "datos": "dados",
    "reales": "r",
    "perdio": "extraviado",
    "agotado": "esgotado",
    "agotada": "esgotado",
    "avisan": "avise",
    "avisen": "avise",
    "avisame": "avise",
    "avisenme": "avise",
    "olla": "panela",
    "devuelvo": "devolucao",
    "puntos": "pontos",
    "vencen": "expiram",
    "caducan": "expiram",
    "direccion": "endereco",
    "despachado": "despacho",
    # English again: damage seen and shown, a defect, a stalled parcel, where the shop is
    "smashed": "amassado",
    "crushed": "amassado",
    "pictures": "fotos",
    "photos": "fotos",
    "pics": "fotos",
    "defect": "defeito",
    "replaced": "troca",
    "replacement": "troca",
    "addresses": "endereco",
    "neighborhood": "fica",
    "neighbourhood": "fica",
    "warehouse": "despacho",
    # English again: the shop's hours and where it is, a warranty's cover
    "sundays": "domingo",
    "saturdays": "sabado",
}


@dataclass(frozen=True)
class _Phrase:
    """Words that mean one thing, put in the knowledge's words, unless the message as read
    so far (earlier phrases already applied) says something that gives them another sense
    (`unless`), or only when it says what gives them that sense (`when`)."""

    pattern: re.Pattern[str]
    meaning: str
    unless: re.Pattern[str] | None = None
    when: re.Pattern[str] | None = None

    def applied(self, said: str) -> str:
        if self.unless is not None and self.unless.search(said):
            return said
        if self.when is not None and not self.when.search(said):
            return said
        return self.pattern.sub(f" {self.meaning} ", said)


def _phrase(
    meaning: str, *patterns: str, unless: str | None = None, when: str | None = None
) -> _Phrase:
    guard = re.compile(rf"\b(?:{unless})") if unless is not None else None
    condition = re.compile(rf"\b(?:{when})") if when is not None else None
    return _Phrase(re.compile("|".join(rf"\b{p}\b" for p in patterns)), meaning, guard, condition)


# A time limit that is a payment's, an exchange's or a warranty's, not a delivery's.
_LIMITED = (
    r"(?:boleto|pagamento|pagar|pago|pix|fatura|troca|trocar|devoluc\w*|devolver|arrependimento|"
    r"garantia|cancela\w*)"
)
_NOT_PAYING = rf"(?! (?:\w+ ){{0,4}}?{_LIMITED}\b)"
_NOT_PAID_FOR = "".join(
    f"(?<!{word} )" for word in ("boleto", "pix", "pagamento", "garantia", "troca", "fatura")
)
# A thing that stopped working, and the things that are no product of the shop's.
_STOPPED_WORKING = (
    r"(?:parou|deixou) de (?:funcionar|ligar|esquentar|aquecer|girar|bater)|nao (?:liga|funciona|"
    r"esquenta|aquece) mais"
)
_NOT_A_PRODUCT = (
    r"rastre|codigo|cupom|site|app|link|cartao|pix|boleto|whatsapp|zap|senha|login|email|chat|"
    r"notebook|celular|computador|telefone|internet|wifi|tv|televisao|carro"
)
# Nobody at home for a delivery, and the delivery itself.
_NOBODY_HOME = (
    r"(?:(?:nobody|no one|noone) (?:is|s|will be) (?:at )?home|(?:i m|i am|we re|we are|i ll|"
    r"i will) not be (?:at )?home|i won t be (?:at )?home|(?:nao|ninguem) (?:tiver|estiver|houver|"
    r"haja) (?:ninguem )?(?:em casa|para receber)|(?:nao|se nao) (?:tiver|estiver|"
    r"houver) ninguem\b(?! (?:na loja|no atendimento|no chat|no sac|no suporte|no whatsapp|usando|"
    r"atendendo|para atender|disponivel|online)\b)"
    # ...or was not when it came: "o entregador passou e eu não tava", "não tinha ninguém"
    # (not "não estava satisfeita com a entrega", "não tava entendendo o rastreio")
    r"|(?:eu|a gente|nos) nao (?:tava|estava|tavamos|estavamos) em casa"
    r"|(?:passou|veio|bateu|apareceu|tentou entregar|esteve aqui)(?: \w+){0,2}? (?:e|mas|"
    r"quando) (?:eu|a gente|nos) nao (?:tava|estava|tavamos|estavamos)\b(?! (?:\w+ )?(?:complet\w*|"
    r"cert\w*|inteir\w*|satisfeit\w*|entendendo|sabendo|esperando))"
    r"|ninguem (?:tava|estava) em casa|nao tinha ninguem(?: em casa)?"
    r"|(?:nobody|no one) was (?:at )?home|i was(?: not|n t) (?:at )?home)"
)
_DELIVERING = (
    r"(?:deliver\w*|courier|carrier|package|parcel|driver|entreg\w*|transportadora|pacote|"
    r"encomenda|carteiro|correios?)"
)
# What a gift's price is called: "o preço", "os valores", "quanto eu paguei".
_THE_PRICE = r"(?:o |os |a )?(?:precos?|valor(?:es)?|quanto (?:eu )?(?:custou|paguei))"
# ...and what shows it, to the one who receives it: "não queria que ela visse a nota"
_THE_PRICE_SEEN = rf"(?:{_THE_PRICE}|a nota(?: fiscal)?)"
# Phrases that mean one thing a knowledge base names in one or two words. They read the
# folded words, so "hasn't" is "hasn t".
# A day or time of day, said of when a person is asked after ("sábado à tarde consigo falar
# com uma pessoa?"): the team's hours.
_AT_A_TIME = (
    r"sabado|domingo|feriado|horario|que horas|noite|madrugada|manha|tarde|semana|essa hora"
)
# A part come loose or bent: "o cabo veio solto", "a tampa bamba".
_LOOSE = r"(?:solt[oa]s?|bamb[oa]|tort[oa]|froux[oa]|descolad[oa]|empenad[oa])"
# A while that a tracking has not moved: "há dias", "faz uma semana", "still", "for 6 days".
_STUCK_FOR = (
    r"dias?\b|semanas?\b|mes\b|meses\b|ha\b|faz\b|desde\b|prazo|hace\b|still\b|days?\b|weeks?\b"
)
_PHRASES = (
    # "What do you do in that case?": the case is the one told, no thing asked after.
    _phrase(" ", r"in (?:that|this|such a|which) case"),
    # Securing a purchase is no warranty: "gerei boleto pra garantir a panela e esqueci de pagar"
    _phrase("para", r"para garantir(?= (?:a|o|os|as|meu|minha|meus|minhas|um|uma)\b)"),
    # A coupon by its other names: "rola algum código promocional de boas vindas?" (no
    # tracking code)
    _phrase("cupom", r"codigos? (?:promocional|promocionais|de desconto|de cupom)"),
    # A boleto paid, waiting for approval: "paguei o boleto, em qto tempo o pedido sai de
    # pendente?" (before "quanto tempo" is read as a delivery's)
    _phrase(
        "aprovacao dias uteis",
        r"(?:(?:em )?(?:quanto tempo|quantos dias) (?:o |meu )?(?:pedido |pagamento |boleto )?)?"
        r"(?:sai|sair|deixa|deixar) (?:de )?(?:ser )?pendente",
        when=r"boleto",
        # (not one already overdue: "paguei faz 5 dias úteis e não sai de pendente")
        unless=r"nao (?:sai|saiu|deixa|deixou)|continua|ainda|faz \d|ha \d|faz uma|ha uma",
    ),
    # The site's button is its click: "tem um botão 'avise-me' na página, pra que serve?"
    _phrase("clique", r"botao|botaozinho", when=r"avise|pagina|site|app"),
    # The carrier called on about a stalled parcel: "depois de quantos dias sem atualizar o
    # rastreio vcs acionam a transportadora?", "do you open a claim with the carrier?"
    _phrase(
        "abrimos investigacao transportadora",
        r"(?:acionam|acionar|aciona|cobram|cobrar|contatam|contatar|contactam) (?:a )?"
        r"transportadora",
        r"(?:abrem|abrir|abre) (?:uma )?(?:reclamacao|chamado|ocorrencia) (?:com|na|junto a) "
        r"(?:a )?transportadora",
        r"open (?:a |an )?(?:claim|investigation|case) with the (?:carrier|courier)",
        # (not a return's freight, nor the courier's manners: "vcs cobram a transportadora pelo
        # frete da devolução?", "quero cobrar a transportadora, o entregador foi grosso")
        unless=r"devoluc\w*|devolv\w*|grosso\w*|grosseir\w*|mal educad\w*",
    ),
    # The least an instalment may be: "qual o menor valor de parcela que vcs aceitam?"
    _phrase(
        "parcela minima",
        r"(?:menor|menor valor de) parcela",
        r"parcela mais baixa",
        r"(?:menor|minimo|minima) (?:valor )?(?:de )?(?:prestacao|prestacoes)",
    ),
    # Days since it arrived are days after receiving (read first, before a refund's words are
    # put in the knowledge's): "chegou faz 3 dias, dá pra devolver?"
    # (to give it back, not a defect, an exchange or a refund's timing)
    _phrase(
        "recebimento dias corridos",
        r"(?:(?:chegou|chegaram|recebi|recebemos|veio|vieram) (?:faz|ha|a|tem) |(?:faz|ha) )"
        r"(?:\d+|um|dois|tres|quatro|cinco|seis|sete) dias?(?: que (?:chegou|recebi|chegaram))?"
        r"(?=.{0,40}\b(?:devolver|devolvo|desistir|desisto|arrepend\w*|(?:mandar|enviar|mando|"
        r"envio) (?:\w+ )?de volta)\b)",
        unless=r"quebr|trinc|rachad|lascad|amassad|enferruj|defeit|avaria|troc|nao (?:liga|"
        r"funciona|encaixa|fecha|esquenta)|(?:reembols|estorn)\w* (?:\w+ ){0,3}?(?:cai|demora|"
        r"leva|quanto tempo|quando)",
    ),
    # Paying to send it back, asked: "vou ter que pagar pra mandar de volta?", "pago a coleta?"
    _phrase(
        "devolver coleta gratuita",
        r"pagar (?:o frete |a postagem )?(?:para|pra) (?:mandar|enviar|devolver|despachar)"
        r"(?: \w+)? de volta",
        r"pagar (?:o frete |a postagem )?(?:para|pra) devolver",
        r"pago (?:a|o) (?:coleta|frete de volta|frete da devolucao|postagem)",
    ),
    # The customer's budget told is no topic: "minha fatura tá complicada esse mês, não sei se
    # vcs parcelam em 12x" (not a bill charged: "a fatura veio com cobrança em dobro").
    _phrase(
        "",
        r"(?:minha |a )?fatura (?:\w+ )?(?:esta|ta|anda) (?:meio |bem |muito )?(?:complicada|"
        r"apertada|pesada|alta|cheia|estourada)",
        r"(?:o )?mes (?:esta|ta|anda) (?:meio |bem |muito )?apertado",
        unless=r"estorn|reembols|cobranc|cobrad|cobraram|duas vezes|em dobro|descont",
    ),
    # ...nor the planning it is asked for: "o estorno vem na próxima fatura? quero me
    # organizar pq tá apertado esse mês"
    _phrase(
        "",
        r"(?:quero|queria|preciso|para|pra) me (?:organizar|programar|planejar)",
        r"(?:esta|ta|anda) (?:meio |bem |muito )?apertad[oa] (?:esse|este|nesse|neste) mes",
    ),
    # ...from when the refund runs: "o reembolso do boleto conta a partir de quando?"
    _phrase(
        "reembolso produto chegar",
        r"(?:conta|comeca a contar|corre) a partir de quando",
        when=r"reembolso|estorno",
        unless=r"entrega|chegar|chega\b",
    ),
    # What the customer says they do not mean: "vocês atendem domingo? digo a equipe do
    # atendimento, não a loja".
    _phrase("", r"(?:e |mas )?nao (?:a|na|da|o|no) (?:loja(?: fisica)?|showroom)$"),
    # An employer paying the customer back is no refund of the shop's: "a empresa vai me
    # reembolsar depois, o que posso usar?"
    _phrase(
        "",
        r"(?:a |minha |a minha )?(?:empresa|firma|chefe|patrao|escola|rh) (?:\w+ )?(?:vai|vao|"
        r"ira|costuma) (?:me |nos )?(?:reembolsar|ressarcir)(?: depois)?",
    ),
    _phrase(
        "atraso",
        r"nao (?:chegou|chegaram|veio|entregaram)",
        r"nada de (?:chegar|entregar)",
        # ...asked ahead: "se passar o prazo e o pedido não chegar, o que acontece?" (not what
        # else may not come: "e se não chegar o código no meu email?")
        r"(?:se|caso|e) (?:o pedido |a encomenda |a entrega |ele |ela )?nao chegar\b(?! (?:o |a )?"
        r"(?:codigo|email|e mail|reembolso|estorno|boleto|nota|link|cupom|pix|dinheiro|valor|"
        r"confirmac\w*|mensagem|sms))",
    ),
    # The delivery date went by: "o prazo já passou faz quatro dias"
    _phrase(
        "atraso prazo passou",
        r"(?:o )?prazo (?:de entrega )?(?:ja )?(?:passou|venceu|estourou|acabou)",
        # ...said of the delivery ("passou do prazo e o rastreio parou"), not of a boleto,
        # an exchange or a warranty ("o boleto passou do prazo, o pedido ainda chega?")
        rf"(?:(?<=pedido )|(?<=encomenda )|(?<=entrega ))(?:ja )?passou do prazo{_NOT_PAYING}",
        # ...or its date: "o pedido passou da data prevista"
        r"(?:(?<=pedido )|(?<=encomenda )|(?<=entrega ))(?:ja )?passou da data(?: prevista| de "
        r"entrega| combinada)?(?!.*\b(?:boleto|pagar|pago|paguei|pagamento)\b)",
        rf"{_NOT_PAID_FOR}passou da (?:data prevista|data de entrega|previsao de entrega)"
        rf"(?! (?:para|pra) pagar){_NOT_PAYING}",
        rf"{_NOT_PAID_FOR}passou do prazo{_NOT_PAYING}"
        r"(?= (?:\w+ ){0,8}?(?:rastre\w*|entreg\w*|chega\w*|transportadora|pedido|encomenda)\b)",
        r"(?:was|were) supposed \w+ (?:arrive|be delivered|come)",  # "to" reads "estou"
    ),
    # A code the carrier does not know yet: "diz objeto não encontrado"
    _phrase(
        "rastreio comecar atualizar",
        r"(?:objeto|codigo|rastreio) (?:\w+ )?nao (?:encontrad\w*|localizad\w*|aparece|existe|"
        r"consta)",
    ),
    # Keeping someone company is no tracking: "estou acompanhando meu esposo na UTI"
    _phrase(
        "com",
        r"acompanh\w* (?:o |a |meu |minha )?(?:esposo|esposa|marido|mulher|mae|pai|filh[oa]|avo|vo|"
        r"sogr[oa]|irma|irmao|paciente|familiar)",
    ),
    # Following a parcel: "where can I follow my package", "acompanhar meu pedido"
    _phrase(
        "rastreio",
        r"follow (?:my|the|your) (?:order|package|parcel|delivery)",
        r"acompanh\w* (?:o |a |meu |minha )?(?:pedido|encomenda|entrega|compra)",
        r"acompanh\w* (?:por )?onde (?:o |a |meu |minha )?(?:pedido|encomenda|pacote|entrega)",
        # "onde que eu vejo se já saiu pra entrega?"
        r"onde (?:que )?(?:eu )?(?:vejo|acompanho|consulto|olho|confiro) (?:se (?:(?:o |a |meu |"
        r"minha )?(?:pedido|encomenda|pacote|compra|produto) )?(?:ja )?(?:saiu|foi (?:enviad|"
        r"despachad|postad)|chegou|esta a caminho|vai chegar|despach)|quando (?:chega|sai|"
        r"vai chegar)|o status)\w*",
        # ...and in Spanish: "¿dónde puedo seguir mi pedido?", "¿dónde está mi paquete?"
        r"(?:seguir|rastrear|localizar) (?:el |la |mi |o |a |meu |minha )?(?:pedido|paquete|"
        r"encomenda|compra|envio)",
        r"donde (?:esta|estan|anda) (?:el |la )?(?:mi|mis) ",
        # "onde eu vejo por onde anda a encomenda?"
        r"(?:por )?onde (?:que )?(?:anda|andam|esta|estao|ta) (?:o |a |meu |minha )?(?:pedido|"
        r"encomenda|pacote|compra)(?! (?:de|da|do) (?:troca|devoluc\w*|reembolso|estorno|"
        r"cancelamento))",
    ),
    # Data questions in other words: "meus dados pessoais", "vocês vendem meus dados?"
    _phrase(
        "privacidade dados",
        r"(?:dados|informac\w*|info) pessoa\w*|personal (?:info|information|data|details)",
        r"(?:vend\w*|compartilh\w*|repass\w*|share|sell) (?:\w+ )?(?:meus |os |my )?(?:dados|data)",
        r"(?:do|does) (?:you|they) do with my data",
    ),
    # Delivered somewhere else instead: "quero que entregue na casa da minha sogra e não no
    # sítio" (the address changed, not the order given up)
    _phrase(
        "alterar endereco",
        r"(?:entregue|entreguem|mande|mandem|envie|enviem|entregar|mandar|enviar) (?:na|no|em|"
        r"para) (?!(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|feriado|horario|"
        r"periodo)\b)(?:\w+ ){1,6}?e nao (?:no|na|em|para)(?! (?:segunda|terca|quarta|quinta|sexta|"
        r"sabado|domingo|feriado)\b)",
    ),
    # A way of paying asked after alone: "tem boleto?", "dá pra pagar no pix?" (the ways the
    # shop takes, not a boleto's own rules)
    _phrase(
        "aceitamos formas pagamento",
        r"^(?:voces )?(?:tem|aceitam?|da para pagar (?:no|com|por|via|de)|posso pagar (?:no|com|"
        r"por|via|de)|pode ser (?:no|por|via)) (?:boleto|pix)(?: ai| tambem| ainda)?$",
    ),
    # ...by whoever pays: "o condominio pode pagar no boleto? a administradora so trabalha
    # assim" (not a boleto due, a refund or instalments)
    _phrase(
        "aceitamos formas pagamento",
        r"(?:pode|podem|podemos|consegue|conseguem|conseguimos) pagar (?:no|com|por|via) "
        r"(?:boleto|pix)",
        unless=r"venc|reembols|estorn|devol|parcel|segunda via|atras|cancel|desconto|juros|"
        r"depois|ainda|mesmo|outr[oa]|cnpj|nota",
    ),
    # The pix's discount asked in chat's "% off" (read without "%"): "pix da quantos % off?"
    _phrase("desconto", r"(?:da|tem|e|de) quantos (?:por cento )?(?:de )?off", r"quantos off"),
    # A pickup's cost asked at the shop's street: "retirada na augusta cobra taxa?"
    _phrase(
        "retirada loja fisica gratuita frete",
        r"retirada (?:na|no) \w+(?: \w+)? (?:cobra|tem|paga|e cobrada)\w* (?:alguma )?(?:taxa|"
        r"frete|custo)",
    ),
    # Whether the LGPD is really followed: "lgpd ai vale msm ou é so enfeite?"
    _phrase(
        "tratamos dados conforme lgpd",
        r"(?:a )?lgpd (?:ai|aqui|com voces) (?:vale|e seguida|funciona)(?: mesmo)?",
        r"(?:a )?lgpd (?:vale|e seguida|funciona) mesmo",
    ),
    # ...or what is done with them: "vocês fazem o que com meu endereço e meu cpf?"
    _phrase(
        "privacidade dados",
        r"(?:voces )?fazem o que com (?:o |a |os |as )?(?:meu|minha|meus|minhas|nossos|nossas) "
        r"(?:dados|endereco|cpf|telefone|e ?mail|informac\w*)",
        r"o que (?:voces )?fazem com (?:o |a |os |as )?(?:meu|minha|meus|minhas|nossos|nossas) "
        r"(?:dados|endereco|cpf|telefone|e ?mail|informac\w*)",
        # ...the data just named: "colocar o endereço da minha mãe... oq vcs fazem com esses
        # dados?"
        r"(?:o )?que (?:voces )?fazem com (?:esses|estes|essas|estas) (?:dados|informac\w*)",
    ),
    # ...handed to someone: "passam pra alguém?" (not a parcel left with the doorman: "se não
    # tiver ninguém em casa, vocês passam pra alguém da portaria?")
    _phrase(
        "privacidade dados",
        r"(?:passam|repassam|vendem|compartilham|passa|repassa) (?:\w+ )?para (?:alguem|terceiros|"
        r"outras empresas)",
        unless=r"portaria|porteiro|vizinh|predio|equipe|atendente|humano|pessoa|casa|entreg",
    ),
    # Which days people answer: "só em dia de semana?" (not "dias úteis": the knowledge
    # counts delivery in those, and phrases rewrite the knowledge too)
    _phrase(
        "segunda sexta",
        r"dias? (?:de|da) semana",
        r"weekdays?",
        r"(?:during|in|through|over) the week",
    ),
    # The service desk in English: "customer service hours", "support team" ("customer"
    # would stem to the knowledge's "custo")
    _phrase(
        "atendimento",
        r"customer (?:service|support|care|team|center|centre)",
        r"(?:support|service|help) (?:team|desk|line|center|centre)",
    ),
    # Cards the shop takes: "amex passa aí?", "aceita elo?" (only the customer's words: the
    # knowledge's own list of brands must keep its weight)
    _phrase(
        "aceitamos cartao",
        # (not a card of another kind, asked after: "vocês aceitam cartão de débito?")
        r"(?:passa|passam|aceita|aceitam) (?:\w+ )?(?:cartao(?! (?:de )?(?:debito|presente|loja|"
        r"alimentacao|refeicao|pre pago))|amex|visa|master\w*|elo|hipercard|bandeiras?)",
        # (a few words between: "o cartão amex corporativo da empresa, passa no site?")
        r"(?:cartao|amex|visa|master\w*|elo|hipercard) (?:(?!nao\b)\w+ ){0,4}?(?:passa|aceita\w*)",
        # (a brand that "serves": "hipercard serve? é o único que tenho")
        r"(?:amex|visa|master\w*|hipercard) (?:serve|funciona|vale)\b",
        # (not a refund that "passa": "paguei com cartão e o estorno passa quando?")
        unless=r"estorn|reembols|devoluc",
    ),
    _phrase("loja fisica", r"in person", r"pessoalmente"),
    # Seeing products before buying: "tem algum lugar físico pra ver?", "pegar na mão"
    _phrase(
        "loja fisica",
        r"(?:lugar|espaco|ponto|endereco) fisic\w*|showroom|loja de (?:verdade|rua)",
        r"(?:ver|pegar|tocar|conhecer|experimentar|olhar) (?:\w+ ){0,3}?(?:na mao|de perto|"
        r"ao vivo)",
        r"(?:ir|passar|dar uma passada) (?:ai|la|ate voces|na loja) (?:\w+ ){0,2}?(?:ver|conhecer|"
        r"olhar|experimentar)",
    ),
    # Whether someone reads a message at night or on a holiday: "se eu mandar mensagem às 2
    # da manhã alguém vê?"
    _phrase(
        "atendimento horario responde",
        r"(?:mand\w*|envi\w*|escrev\w*) (?:uma |a |minha )?mensage\w* (?:\w+ ){0,3}?(?:as|de|"
        r"na|no|em|a|num|numa) (?:\d+|madrugada|noite|feriado|domingo|sabado|fim de semana)",
        r"alguem (?:me |nos )?(?:ve|le|responde|visualiza|atende)\b",
        # ...written here at an hour: "se eu escrever aqui às 3 da manhã alguém me responde?"
        r"(?:mand\w*|envi\w*|escrev\w*) (?:aqui |por aqui )?(?:as|a) \d+ (?:da|de) (?:manha|"
        r"madrugada|noite)",
        # (not "atendimento ... funciona": the knowledge says that, and phrases rewrite it too)
        r"(?:chat|whatsapp|bot|robo) (?:\w+ ){0,2}?(?:funciona|atende|responde)",
        # When the one they write to answers: "você me responde agora ou só amanhã?"
        r"(?:voce|voces|a equipe|o pessoal) (?:me |nos )?(?:responde|respondem|atende|atendem|"
        r"ve|le) (?:\w+ ){0,2}?(?:agora|hoje|amanha|a noite|de noite|de madrugada|no domingo|"
        r"no feriado|no fim de semana|ainda hoje|so amanha|depois)",
    ),
    # Back in stock, said otherwise: "quando chegar de novo", "previsão de voltar",
    # "como fico sabendo"
    _phrase(
        "estoque voltar avise",
        r"(?:voltar|volta|voltam|chegar|chega|chegue|repor|entrar|entre) (?:de novo|novamente|"
        r"outra vez|ao estoque|no estoque|a ter)",
        # ...or had again, said last: "o faqueiro acabou, vai ter de novo?" (not a sale or a
        # service named after it: "vai ter de novo aquela promoção?")
        r"(?:vai|vao|iam) ter (?:de novo|novamente|outra vez)(?: no estoque| no site)?$",
        r"previsao (?!(?:\w+ ){0,6}?(?:dinheiro|valor|reembolso|estorno|grana|pedido|entrega)\b)"
        r"(?:\w+ ){0,6}?(?:voltar|volta|repor|reposicao)",
        r"(?:fico|ficar|ficaria) sabendo (?:quando|se) (?:o |a )?(?!pedido|encomenda|compra|pacote|"
        r"entrega|pagamento|reembolso|estorno|boleto)\w+",
        # ...and in English: "let me know when it's back", "back in stock"
        r"(?:when|once|if) (?:it s|it is|its|they re|they are|it comes|they come|it gets|it will be"
        r"|it ll be) (?:\w+ )?back",
        r"back in stock|in stock again|available again",
    ),
    _phrase("avise", r"let (?:me|us) know|notify me|(?:tell|email|text|message) me when"),
    # The "Avise-me" button named: "o avise-me manda msg aqui no whats ou por email?"
    _phrase(
        "avise me estoque esgotado",
        r"(?:(?<=\bo )|(?<=\bno )|(?<=\bdo )|(?<=\bpelo )|(?<=\bbotao )|(?<=\bopcao )|"
        r"(?<=\bfuncao ))avise me",
    ),
    # A fixed freight asked after: "o frete fica quanto? tem valor fixo?" (it is worked out
    # by the CEP; not a fixed instalment or price)
    _phrase(
        "frete calculado",
        r"(?:valor|taxa|preco) fix[oa](?: (?:de|do|da|para) (?:entrega|frete|envio))?",
        unless=r"parcel|juros|prestac|produto|panela|black|promoc|cupom|desconto|pontos|assinatura|"
        r"boleto|garantia|embrulho|presente|mensalidade|plano",
    ),
    # A return accepted is no payment approved: "a devolução foi aprovada, e o estorno?"
    _phrase(
        " ",
        r"(?:(?<=devolucao )|(?<=troca )|(?<=reembolso )|(?<=estorno ))(?:ja )?foi "
        r"aprovad[oa]",
    ),
    # When the shop asks the card issuer: "quando vcs pedem o estorno pro banco?"
    _phrase(
        "estorno solicitado",
        r"(?:pedem|pede|pedir|pedirem|solicitam|solicita|solicitar|abrem|mandam|enviam) (?:o )?"
        r"(?:pedido de )?estorno",
        unless=r"a mais|cobrad|indevid",
    ),
    # Stopping an order: "dá pra barrar o envio?", "o pedido ainda tá em separação, tem como
    # parar ele?" (not another request stopped, "parar o pedido de troca", "o envio de sms";
    # nor a product, "a chaleira chia, como parar ela?"; nor one that came, to be returned)
    _phrase(
        "cancelar pedido",
        r"(?:parar|interromper|barrar|sustar) (?:o |meu |esse |essa |a |minha )?(?:pedido|"
        r"compra|envio|encomenda)(?! d[eoa] )",
        unless=r"troca|devoluc|devolver|sms|e ?mails?|mensage|notifica|carrinho|chegou|entregue|"
        r"recebi",
    ),
    _phrase(
        "cancelar pedido",
        r"(?:parar|interromper|barrar|sustar) (?:ele|ela)",
        when=r"em separacao|(?:ainda )?nao (?:saiu|foi despachad\w*|despacharam)",
    ),
    # A loyalty scheme by another name: "esse clube de vantagens de vocês" (not "o clube do
    # livro", "um clube de futebol")
    _phrase(
        "programa fidelidade",
        # (not another company's: "o clube de vantagens do santander", "da minha empresa")
        r"(?:clube|programa) (?:de |do |da )?(?:vantage\w*|pontos|fidelidade|beneficios|"
        r"recompensas?|cliente|vip)(?! d[oa]s? (?!estaloja|loja|voces)\w+)",
    ),
    # Points that lapse, in the customer's words: "meus pontos vencem?", "os pontos têm
    # validade?" (the knowledge: "os pontos expiram"; not "o ponto de coleta tem prazo?").
    _phrase(
        "pontos expiram",
        r"pontos (?!de )(?:\w+ ){0,2}?(?:vencem|vence|vencer|venceram|caducam|perdem a validade|"
        r"tem validade|tem prazo de validade)",
    ),
    # How a refund is paid, asked as what it "is in": "o reembolso é em vale-compra ou volta
    # o dinheiro?" (the knowledge: "na mesma forma de pagamento").
    _phrase(
        "reembolso feito na mesma forma de pagamento",
        # (only a way to pay after it: not "é na conta de outra pessoa", "no meu nome")
        r"reembolso (?:e|eh|sera|vai ser|e feito) (?:em|no|na|como) (?=(?:\w+ )?(?:dinheiro|"
        r"vale|credito|cartao|pix|boleto|estorno|pontos|especie)\b)",
    ),
    # Cracked by itself is a defect: "a colher de pau rachou sozinha" (the guardrails, which
    # read the plain text, still hand glass or a pan that did so to a person)
    _phrase("defeito de fabricacao", r"(?:rachou|trincou|rachad[oa]|trincad[oa]) sozinh\w*"),
    # Where the invoice comes: "a nf vem junto com o produto na caixa ou por email?" (the
    # box's words would read as gift wrapping's; not a gift's, whose invoice stays out)
    # ...or how to get it: "não achei a nota na caixa, como eu consigo a nota?"
    _phrase(
        "nota fiscal enviada",
        r"(?:como|onde) (?:que )?(?:eu )?(?:consigo|pego|acho|tiro|emito|baixo|recebo|vejo) "
        r"(?:a |minha |essa )?nota(?: fiscal)?",
    ),
    _phrase(
        "nota fiscal enviada",
        # (with a verb between: "na caixa ou manda por email?")
        r"(?:na caixa|no pacote|dentro da caixa|impressa)(?= ou (?:\w+ )?(?:por|pelo) e ?mail)",
        unless=r"presente|embrulh|surpresa|preco",
    ),
    # Giving up an order already dispatched: the cancellation's "depois do despacho" (not
    # the right of withdrawal alone): "quero desistir do pedido mas ele já foi despachado"
    _phrase(
        "cancelar pedido depois do despacho",
        r"(?:desistir|desisti|cancelar) (?:d[oa] |de )?(?:meu |minha )?(?:pedido|compra)\b"
        r"(?=.{0,60}\b(?:ja )?(?:foi |foram )?(?:despachad\w*|enviad\w*|postad\w*|saiu)\b)",
        unless=r"recebi|chegou|chegaram|veio|entregue",
    ),
    # ...or the tracking code come, which says it was: "o código de rastreio já chegou aqui
    # mas mudei de ideia, ainda posso desistir?"
    _phrase(
        "cancelar pedido depois do despacho",
        r"(?:o )?codigo de rastreio (?:ja )?(?:chegou|veio|apareceu|foi enviado)(?: aqui)?",
        r"(?:ja )?recebi o codigo de rastreio",
        when=r"desist|cancel|mudei de ideia",
        unless=r"recebi (?:o |a )?(?:pedido|produto|encomenda|pacote)|chegou (?:o |a )?(?:pedido|"
        r"produto|encomenda|pacote)|entregue",
    ),
    # How a card's refund comes after paying in instalments: "paguei em 6x e vou devolver, o
    # estorno vem tudo de uma vez?"
    _phrase(
        "estorno cartao faturas",
        r"(?:estorno|reembolso) (?:\w+ ){0,3}?(?:de uma vez|parcelad\w*|em parcelas|nas parcelas|"
        r"por parcela|parcela por parcela)",
    ),
    # A boleto forgotten past its days: "esqueci de pagar o boleto e já passou 4 dias"
    _phrase(
        "boleto vencido",
        r"(?:esqueci|nao consegui|deixei|acabei nao conseguindo) (?:totalmente |completamente )?"
        r"(?:de )?pagar (?:o |meu |um )?boleto",
        # (not a boleto the bank would not take: "não consegui pagar, o código de barras dá erro")
        unless=r"erro|codigo|barra|nao le|app|aplicativo|banco|recus",
    ),
    # A delay feared, not reported: "o prazo pra Salvador? não quero que chegue atrasado"
    _phrase(
        "prazo entrega",
        r"(?:nao quero que|para nao|medo de que|medo de) (?:chegue|chegar) atrasad[oa]",
    ),
    # One's rights over one's data: "quais direitos eu tenho sobre os meus dados cadastrados?"
    _phrase(
        "privacidade correcao dos seus dados",
        r"direitos? (?:(?:eu|que|tenho|tem|temos|posso ter) ){0,3}(?:sobre|com relacao a|de) "
        r"(?:os |as )?(?:meus |minhas )(?:dados|informac\w*)",
    ),
    # What the data given is for: "essas informações que eu passo ficam com vocês pra quê?"
    _phrase(
        "privacidade dados usamos",
        r"(?:essas|estas|as|minhas|meus|os) (?:informac\w*|dados)(?: (?:que eu (?:passo|passei|"
        r"informo|forneco|dou)(?: na compra| no cadastro)?|pessoais))? (?:ficam|fica|servem|serve)"
        r"(?: com voces)? para que(?! eu| voce)",
    ),
    # Whom to talk to about one's data: "existe algum canal pra falar sobre privacidade?"
    _phrase(
        "encarregado de dados email",
        r"(?:canal|contato|email|e mail|setor|responsavel|departamento) (?:\w+ ){0,2}?para "
        r"(?:falar|tratar|conversar|tirar duvidas?|perguntar|assuntos?|questoes) (?:sobre|de|da|do|"
        r"a respeito d[aoe])"
        # (an earlier phrase may have left two spaces: "protecao de  privacidade dados")
        r"(?= (?:a |os )?(?:privacidade|lgpd|meus dados|dados pessoais|protecao de +(?:dados|"
        r"privacidade)))",
    ),
    # ...named by what they do: "o responsável pelos dados pessoais de vocês", "a pessoa que
    # cuida dos dados"
    _phrase(
        "encarregado de dados",
        r"(?:responsavel|pessoa|encarregad[oa]|quem cuida) (?:que cuida )?(?:pelos|pela|dos|da|de) "
        r"(?:meus |seus )?(?:dados|protecao de dados|privacidade)(?: pessoais)?",
        # ...or of the law: "vcs têm alguém cuidando da LGPD?"
        r"(?:alguem|alguma pessoa|uma pessoa|quem) (?:cuidando|cuida|responsavel) (?:da|pela|de) "
        r"lgpd",
    ),
    # ...by the law's title, whose contact is asked: "um contato formal do DPO de vocês"
    _phrase("encarregado de dados privacidade email", r"dpo|data protection officer"),
    # "Segura" the adjective is no holding: "sou diabética, essa panela é segura pra mim?"
    _phrase("e seguro", r"(?:e|sao|seria|sera|mais|bem|eh|esta|fica|ficar|continua) segura"),
    # An island in Brazil, by its one word: "frete grátis vale pra Fernando de Noronha?"
    _phrase("noronha", r"fernando de noronha"),
    _phrase(
        "reserva estoque",
        # (a thing, not the order's dispatch: "segurar o envio do pedido até liberar")
        r"(?:segurar|guardar|separar|reservar|segura|guarda|separa) (?!(?:o |a |meu |minha )?"
        r"(?:envio|entrega|despacho)\b)(?:\w+ ){0,4}?(?:para mim|ate)",
        # ...or left set aside: "dá pra deixar separado o jogo de pratos de melamina pra mim?"
        # (a thing for sale, not what a return keeps: "é pra deixar guardada a embalagem original
        # até a coleta?")
        r"deixar (?:separad|reservad|guardad)[oa]s? (?!(?:a |o |as |os )?(?:embalage\w*|caixas?|"
        r"nota|notas|produto com defeito|pecas? quebrad\w*)\b)(?:\w+ ){0,6}?(?:para mim|ate)",
        # (what a shop does, for the customer: "vcs guardam um produto pra mim?"; not "guardam o
        # produto com defeito até a coleta?")
        r"(?:guardam|seguram|reservam) (?:\w+ ){0,4}?para mim",
        # ...or kept to be fetched: "posso reservar uma frigideira pra buscar na loja?"
        # (a thing, not a time: "dá pra reservar um horário pra retirar meu pedido?")
        r"(?:reservar|reserva|deixar reservad[oa]) (?!(?:um |o )?(?:horario|hora|data|dia)\b)"
        r"(?:\w+ ){0,5}?(?:para|pra) (?:eu )?(?:buscar|retirar|pegar|passar)",
        # ...what a shop does: "eles separam o produto se eu pagar um sinal, vcs fazem isso?"
        r"(?:separam|seguram|reservam) (?:o |um |uma |a )?(?:produto|item|peca|unidade)s?",
        # ...or simply asked: "dá pra reservar 20 canecas pra festa da escola?"
        r"(?:da para|posso|consigo|podem|voces) reservar (?!(?:um |uma |o |a )?(?:horario|hora|"
        r"data|dia|coleta|entrega|retirada)\b)(?!.{0,40}\bpara mim\b)",
        # ...in English: "could you put one aside with my name until it's restocked?"
        r"(?:put|set|keep) (?:one|it|them|a \w+|an \w+|the \w+) aside",
        r"(?:reserve|hold) (?:one|it|them|a \w+|an \w+|the \w+) (?:\w+ ){0,2}?(?:for me|with my "
        r"name|under my name|in my name)",
        r"(?:o |a )?ultim[oa]s? (?:unidade|peca|jogo|item|disponivel|do estoque)",
        # Making sure of one before it runs out: "queria garantir o pote antes de acabar" (not
        # an exchange, a discount or a time limit: "garantir a troca antes que acabe o prazo").
        r"(?:garantir|garante|garanto) (?:(?!(?:troca|devoluc\w*|reembolso|estorno|garantia|"
        r"desconto|frete|cupom|promo\w*|pontos|presente|prazo|direito)\b)\w+ ){0,4}?antes (?:de|"
        r"que) (?:acabar|acabe|esgotar|esgote|sumir|zerar)(?! (?:o|a|os|as) (?:prazo|promo\w*|"
        r"oferta|validade|\d+|dias|garantia|cupom|desconto))",
        # ...or the last one of it: "queria garantir o último faqueiro".
        # (not the last of a delivery, a time, a payment or an offer: "garantir a última
        # entrega antes do natal", "os últimos pontos", "o último frete grátis")
        r"(?:garantir|garante|garanto) (?:o|a|os|as) ultim[oa]s?(?! (?:\d|parcela|vaga|chance|"
        r"oportunidade|dia|semana|mes|promo|oferta|cupom|desconto|entrega|remessa|envio|prazo|"
        r"ponto|frete|horario|fatura|preco|boleto|pagamento|estorno|reembolso|pedido|troca)\w*)",
        # ...or kept aside for them to fetch: "dá pra deixar separado o conjunto de taças pra
        # eu buscar?", "deixa guardado pra mim", "até segunda" (not what the customer keeps
        # or sets aside, "deixar a caixa guardada pra devolver", nor what the shop keeps of
        # theirs, "deixa guardado meus dados", "os pontos", "o pedido no balcão").
        r"(?:deixar|deixa|deixe|deixam|deixarem|deixariam|deixaria) (?!(?:\w+ ){0,10}?(?:pedido|"
        r"encomenda|pacote|caixa|embalagem|nota|dados|pontos|cupom|carrinho|comprovante|valor|"
        r"horario|devoluc\w*|coleta|cartao|produtos do presente)\b)(?:\w+ ){0,4}?(?:separad|"
        r"guardad|reservad)[oa]s? (?:\w+ ){0,5}?(?:para mim|para eu (?:ir )?(?:buscar|pegar|"
        r"retirar)|ate|vou (?:ai )?(?:buscar|pegar|retirar|passar))\b",
    ),
    # What the shop does with personal data: "pra que vocês usam meu CPF?"
    _phrase(
        "privacidade dados usamos",
        r"(?:fazem|faz|fazer|usam|utilizam|guardam|precisam|pedem|querem) (?:com )?(?:os |as |o |"
        r"a |meus |minhas |meu |minha )?(?:dados|informac\w*|cpf|endereco|telefone|email)",
        # "o que vocês fazem com o meu CPF e o endereço?"
        r"(?:o que|que) voces fazem com (?:o |os |a |as )(?:meu|meus|minha|minhas) (?:cpf|dados|"
        r"endereco|informac\w*|telefone|email|cadastro)",
    ),
    # A parcel sent back is a return, not a dispatch: "ainda vou despachar a batedeira de volta"
    _phrase("devolucao", r"(?:despachar|despachei|despacho|despachando) (?:\w+ ){0,3}?de volta"),
    # The return arrived, the refund is next: "já receberam meu produto de volta"
    _phrase(
        "reembolso produto chegar",
        r"(?:receberam|receberem|recebem|recebeu|chegou|chegaram|chegar) (?:\w+ ){0,3}?"
        r"(?:produto|item|devoluc\w*|pacote)"
        r" (?:\w+ )?(?:de volta|ai|no centro|no deposito)",
        r"quando (?:cai|caira|vai cair|volta|sai|recebo) (?:o |meu )?"
        r"(?:reembolso|estorno|dinheiro)",
        r"(?:reembolso|estorno|dinheiro) (?:cai|caira|vai cair|volta|sai) (?:em )?(?:quanto tempo|"
        r"quando|quantos dias)",
        r"(?:devolvi|mandei de volta|enviei de volta|returned|sent back) .{0,120}(?:recebo|receber|"
        r"cai|volta|devolvem|refund|get (?:my )?money)",
        # ...asked how it comes back: "vai devolver o produto, como ela recebe de volta?"
        r"(?:como|quando|onde) (?:que )?(?:ela |ele |eu |a gente )?(?:recebe|recebo|receber|"
        r"recebemos) (?:o dinheiro |o valor |a grana )?de volta",
        r"(?:quanto tempo|quantos dias) (?:eu |ela |ele )?(?:recebo|recebe|receber) (?:o dinheiro |"
        r"o valor )?de volta",
        # ...the money said to drop in: "quanto tempo pro valor pingar na minha conta?"
        r"(?:quanto tempo|quantos dias) (?:para o |ate o |para |ate )?(?:meu )?(?:valor|dinheiro|"
        r"grana|reembolso|estorno) (?:pingar|cair|voltar|entrar|aparecer)",
        # ...or the sending back to come: "se eu mandar o jogo de volta em quanto tempo recebo?",
        # "when I send back an item, how long until I get my money?"
        r"(?:mandar|despachar|enviar|send|sending) (?:\w+ ){0,4}?(?:de volta|back) .{0,60}"
        r"(?:quanto tempo|quando|how long) (?:\w+ ){0,3}?(?:recebo|receber|cai|volta|get (?:my )?"
        r"money|refund)",
    ),
    # ...said the other way round, the refund then asked: "a devolução já chegou em vcs segundo o
    # rastreio. qnd recebo?" (not whether it arrived: "a devolução chegou em vocês?")
    _phrase(
        "reembolso produto chegar",
        r"(?:devoluc\w*|produto devolvido|item devolvido) (?:\w+ )?(?:chegou|chegaram) "
        r"(?:em voces|ai|no centro|no deposito|de volta)",
        when=r"recebo|receber|reembolso|estorno|dinheiro|cai\b|caira|volta o",
    ),
    # Bought by mistake, to be returned: "minha mãe comprou sem querer, apertou no botão
    # errado... quer devolver"
    _phrase(
        "arrependimento",
        r"(?:comprou|comprei|compramos|pediu|pedi|clicou|cliquei|apertou|apertei) (?:\w+ ){0,5}?"
        r"(?:sem querer|por engano)",
        when=r"devolv|desist|de volta",
        # (another size or colour is an exchange: "pedi o de 20 por engano, dá pra pegar o de 24?")
        unless=r"tamanho|cor\b|modelo|trocar|troca\b|pegar (?:o|a) ",
    ),
    # A boleto's date missed: "minha mãe perdeu o prazo do boleto"
    _phrase(
        "boleto vencido",
        r"(?:perdeu|perdi|perdemos|passou|passei|esqueci|esqueceu) (?:o )?(?:prazo|vencimento|"
        r"data) (?:do|de|para pagar o|pra pagar o) boleto",
    ),
    # Another size or colour: "precisava da de 28", "queria outra cor"
    _phrase(
        "troca tamanho cor modelo",
        r"precisava (?:d[aoe] )?(?:de )?(?:outr[oa]|maior|menor|\d+)",
        # Chose one and wanted another: "escolhi a de 22 mas queria a de 26"
        r"(?:queria|quero|preferia|prefiro) (?:a|o|as|os|um|uma) (?:de \d+|maior|menor|outr[oa])",
        # ...or by its colour: "comprei o jogo azul mas queria o cinza"
        r"(?<=mas )(?:queria|quero|preferia|prefiro) (?:a|o|as|os) (?:na cor )?(?:azul|cinza|"
        r"pret[oa]|branc[oa]|vermelh[oa]|verde|rosa|amarel[oa]|bege|marrom|rox[oa]|laranja|prata|"
        r"dourad[oa]|grafite|creme|lilas|vinho|caramelo|off white)s?\b(?! (?:tambem|"
        r"tb)\b)(?!.*\bmais uma?\b)",
        # (not refused: "nao quero de outra cor", "não quero em outra cor")
        r"(?<!nao quero )(?<!nao quero de )(?<!nao quero em )(?:outro tamanho|outra cor|"
        r"outra voltagem)",
        r"(?:mudar|trocar|alterar) (?:o |a )?(?:tamanho|cor|voltagem)",
        r"(?:veio|vieram|ficou|ficaram) (?:muito )?(?:pequen|grand|apertad|curt|larg)\w*",
        # (wanted instead, not one asked for: "do you have a different size?")
        r"(?<!have )(?<!sell )(?:a |an )?(?:different|another) (?:colou?r|size|model)"
        r"(?! (?:\w+ )?(?:available|in stock|of the))",
    ),
    # A product that stopped working in use has a manufacturing defect: "a batedeira parou de
    # funcionar com 2 meses de uso, vcs cobrem isso?"; one that came so arrived with a defect
    # (not a code, a site or someone else's device).
    _phrase(
        "chegou com defeito",
        _STOPPED_WORKING,
        unless=_NOT_A_PRODUCT,
        when=r"chegou|chegar|veio|vieram|recebi|recebemos|acabou de chegar|na caixa|primeiro uso|"
        r"primeira vez|nem usei|tirei da caixa",
    ),
    _phrase("defeito fabricacao", _STOPPED_WORKING, unless=_NOT_A_PRODUCT),
    # A defect after months of use is the warranty's: "se der defeito depois de uns 2 meses
    # de uso normal, vocês resolvem?" (not one it arrived with)
    _phrase(
        "garantia defeitos",
        r"defeito (?:\w+ ){0,2}?(?:depois|apos|com) (?:de )?(?:\w+ ){0,2}?(?:mes|meses|ano|anos)",
        unless=r"cheg|veio|vieram|na caixa|primeiro uso",
    ),
    # ...which is covered or not: "deu defeito com 2 meses, vcs cobrem isso?" (not a price
    # matched, "vcs cobrem o preço de outro site?")
    _phrase(
        "garantia",
        r"(?:cobrem|cobre|cobrir|cobriria|cobririam|coberto|coberta|cobertos|cobertas)",
        # (nor damage it arrived with: "se chegar quebrado vcs cobrem?")
        unless=r"preco|frete|oferta|valor|concorr|barat|outro site|outra loja|cupom|desconto|"
        r"cheg|veio|vieram|entrega|transporte",
        # (a fault from the factory too: "se der problema de fabrica ele ta coberto?")
        when=r"defeito|quebr|estrag|rach|trinc|descasc|empen|soltando|solto|solta\b|"
        r"problemas? de fabric|vicio",
    ),
    # ...or needed, the size named by "da de": "preciso da de 28, tá na caixa" (not "preciso
    # de 2 panelas", nor a stock question, "preciso da de 28, tem em estoque?")
    _phrase(
        "troca tamanho cor modelo",
        r"preciso (?:d[ao] de \d+|d[ao] (?:maior|menor)|de uma? (?:maior|menor))\b",
        unless=r"estoque|esgotad|disponivel|tem a de|tem o de|vende|vendem",
    ),
    # Out of stock, said otherwise: "tá sem unidade faz tempo"
    _phrase("esgotado estoque", r"sem (?:nenhuma )?unidades?", r"(?:estoque )?zerad\w*"),
    # Unused, said by where it still is: "tá na caixa ainda", "nem tirei da caixa", "lacrado"
    _phrase(
        "sem uso",
        r"(?:esta|estao|ficou|ainda) (?:\w+ )?na caixa",
        r"nem (?:tirei|abri|saiu) (?:\w+ ){0,2}?(?:da caixa|do plastico)",
        r"(?:caixa )?(?:lacrad|fechad)[oa]s?(?! (?:para|pra) (?:entrega|envio))",
        r"still in (?:the|its) box",
    ),
    _phrase(
        "vencido",
        r"pass(?:ou|aram) (?:a data|do vencimento|do dia|da data)",
        "perdi o prazo",
        # (not a parcel's day: "a encomenda já passou do dia que falava no site")
        # (unless the boleto is named: "passou a data do boleto, ainda vou receber a entrega?")
        unless=r"^(?!.*\bboleto\b)(?=.*\b(?:rastrei|entreg|encomenda|transportadora|chegou|chegar|"
        r"pacote))",
    ),
    # ...a delivery's deadline past is a delay, in its own words: "o rastreio não muda faz
    # uma semana e já passou do prazo".
    _phrase(
        "vencido",
        r"pass(?:ou|aram) do prazo",
        unless=r"rastrei|entreg|transito|encomenda|chegou|chegar|transportadora|despach",
    ),
    # ...or said as what they could not do: "não consegui pagar o boleto a tempo"
    _phrase(
        "boleto vencido",
        r"nao (?:consegui|conseguiu|conseguimos|deu para|pude|pode|tive como) pagar (?:o boleto"
        r"(?: \w+){0,3}? )?(?:a tempo|no prazo|ate o vencimento|antes de vencer)",
        r"nao (?:paguei|pagou|pagamos|pagar) (?:o |meu )?boleto(?: \w+){0,3}? (?:a tempo|no prazo|"
        r"ate o vencimento|antes de vencer)",
        # ...or forgot to: "esqueci de pagar o boleto e já passou 4 dias"
        r"(?:esqueci|esqueci de|deixei de) pagar (?:o |meu |a )?boleto",
        # ...or its time gone by: "o prazo do boleto passou ontem e eu não paguei"
        r"(?:o )?(?:prazo|vencimento|data) do boleto (?:ja )?(?:passou|venceu|acabou|expirou)",
    ),
    # An order cancelled, the boleto left unpaid: "mudou pra cancelado e eu nem pedi, só não
    # paguei o boleto. é por isso?"
    _phrase(
        "boleto vencido pedido cancelado automaticamente",
        r"(?:so |eu |mas )?nao (?:paguei|pagou|pagamos) (?:o |meu |esse |aquele )?boleto",
        when=r"cancel",
        # (not unpaid because it was cancelled first: "...pq o pedido foi cancelado antes do
        # vencimento")
        unless=r"antes do vencimento|antes de vencer|antes da data",
    ),
    # The goods of a boleto gone by, asked whether still kept: "se o boleto vencer o produto
    # fica reservado pra mim?", "não paguei o boleto a tempo, os produtos continuam
    # separados?" (the boleto's own entry says what becomes of them).
    _phrase(
        "pedido cancelado automaticamente produtos voltam",
        r"(?:fica|ficam|continua|continuam|vai estar|vao estar|vai ficar|vao ficar|estara|segue|"
        r"seguem) (?:\w+ ){0,2}?(?:reservad|separad|guardad)[oa]s?",
        # ...or asked to be held: "vocês seguram os produtos ou eu perco?"
        r"(?:voces )?(?:seguram|segura|guardam|guarda|reservam|reserva|mantem) (?:os |o |meus |"
        r"meu )?(?:produtos?|itens|pedido)",
        when=r"boleto vencido|vencido boleto|(?:boleto|data do boleto) (?:\w+ ){0,2}?(?:vencer|"
        r"venceu|vence|perdi)|perdi a data do boleto",
    ),
    # A change of mind, in Spanish: "si compro por la web y cambio de opinión"
    _phrase("arrependimento desisti", r"(?:cambi(?:o|e|ar)|cambiad[oa]) de opinion|me arrepenti"),
    # Cancelling's cost, in English: "is there a fee if I cancel it now?"
    _phrase(
        "cancelados sem custo",
        r"(?:fee|charge|cost|penalty) (?:\w+ ){0,3}?(?:if|to|for|when) (?:i )?cancel\w*",
        r"cancel\w* (?:\w+ ){0,4}?(?:fee|charge|penalty)",
        unless=r"charged|want (?:it|my money) back|refund",
    ),
    # The number of instalments asked, whatever story is told beside it: "em quantas parcelas
    # posso fazer? tô refazendo a compra porque escolhi o modelo errado"
    _phrase(
        "parcelamos cartao credito sem juros parcela minima",
        r"em quantas (?:parcelas|vezes) (?:posso|da para|consigo|eu posso|da|pode) (?:fazer|"
        r"parcelar|dividir|pagar)",
    ),
    # The pickup of a return, whether it costs: "a coleta pra devolução é paga?"
    _phrase(
        "devolvidas coleta gratuita",
        r"(?:a )?coleta (?:para|da|de) (?:devolucao|devolver) (?:e|eh|sera|vai ser|fica) "
        r"(?:paga|cobrada|gratis|gratuita)",
        unless=r"quebr|defeit|avari|amass|rachad|trinc",
    ),
    # An exchange for another colour, size or model named: "quero trocar pela cor cinza"
    _phrase(
        "trocas cor tamanho modelo",
        r"(?:quero|queria|gostaria de|vou) trocar (?:\w+ ){0,3}?(?:pela|pelo|por) "
        r"(?:outra |outro |a |o )?(?:cor|tamanho|modelo|voltagem)\b",
        unless=r"quebr|defeit|avari|amass|rachad|trinc|errad",
    ),
    # Names garbled by autocorrect: "aceita bolero bancário?", "meu cartão é american espress"
    _phrase("boleto bancario", r"bolero bancario"),
    _phrase("american express", r"american (?:espress|expres|expresso|exprss)"),
    # Instalments in English, said as payments: "how many interest-free payments can I do?"
    _phrase(
        "parcelamos sem juros",
        r"(?:interest free|no interest|without interest) (?:monthly )?payments?",
        r"how many (?:monthly )?payments (?:can|could|do|may|will)",
    ),
    # Correcting one's data asked after: "posso pedir pra vcs corrigirem meu cadastro?"
    # ...or one of them: "se um dia eu precisar corrigir meu e-mail de cadastro"
    _phrase(
        "correcao dos seus dados privacidade",
        # (asked after, not ordered: "corrijam meu telefone de cadastro" is for a person)
        r"(?:corrigir|corrigirem|corrigissem|alterar|altero|atualizar|atualizo) "
        r"(?:o |a )?(?:meu |minha )?(?:e ?mail|telefone|celular|nome|sobrenome|data de nascimento) "
        # ("meu nome q tá errado no cadastro")
        r"(?:que (?:esta|estao|ficou) (?:errad[oa]|desatualizad[oa]|incomplet[oa]) )?(?:de|do|no) "
        r"cadastro",
        unless=r"endereco|entrega|pedido|cep\b|nota|nf\b|fiscal|compra|rastre|boleto|senha|login",
    ),
    # ...or asked whether one may have it fixed here: "meu sobrenome tá escrito errado na conta,
    # vcs arrumam se eu pedir aqui pelo chat?"
    _phrase(
        "correcao dos seus dados privacidade inclusive por aqui",
        r"(?:nome|sobrenome|e ?mail|telefone|celular|data de nascimento) (?:\w+ ){0,2}?errad[oa] "
        r"(?:na|no) (?:conta|cadastro|perfil)",
        when=r"(?:arrumam|corrigem|corrigir|arrumar|consertam|ajustam|mudar|alterar)\b.{0,40}"
        r"\b(?:aqui|por aqui|pelo chat|pelo whatsapp|nesse chat|se eu pedir)",
        unless=r"nota|nf\b|fiscal|senha|login",
    ),
    # Erasure asked after as a right, not asked for: "se um dia eu quiser que apaguem meu
    # cadastro, é possível pedir? como funciona?"
    _phrase(
        "exclusao dos seus dados privacidade",
        r"se (?:um dia |algum dia )?(?:eu )?(?:quiser|precisar|decidir) (?:que )?(?:voces )?"
        r"(?:apaguem|excluam|apagar|excluir|deletar|deletem|remover|removam) (?:o |a )?"
        r"(?:meu |minha |meus )?(?:cadastro|conta|dados)",
    ),
    _phrase(
        "correcao dos seus dados privacidade",
        r"(?:corrigir|corrigirem|corrija|corrijam|corrigissem) (?:o |meu |os meus |meus )?"
        r"(?:cadastro|dados)",
        unless=r"endereco|entrega|pedido|cep\b|cpf|cnpj|nota|nf\b|fiscal|e ?mail|numero|rua\b|"
        r"complemento|correio|telefone",
    ),
    # ...or the registration's data as such, whatever of them changes: "vou trocar de email e de
    # endereço; vcs deixam corrigir os dados do cadastro?"
    _phrase(
        "correcao dos seus dados privacidade",
        r"(?:corrigir|corrigirem|atualizar|atualizarem) (?:os |meus |os meus )?dados (?:do|de|no) "
        r"(?:meu )?cadastro",
        unless=r"pedido|nota|nf\b|fiscal|boleto|senha|login",
    ),
    # The invoice's medium: "vocês emitem NF-e digital ou o papel vem no pacote?"
    _phrase(
        "nota fiscal eletronica",
        r"(?:nf e|nfe|nf|nota(?: fiscal)?) (?:e )?digital",
        r"(?:nota|nf e|nfe|nf)\b.{0,30}\b(?:o |a )?(?:papel|impressa) (?:vem|vai) "
        r"(?:junto|no pacote|"
        r"na caixa|dentro)",
    ),
    # An instalment's bounds: "tem um limite de valor pra cada parcela?"
    _phrase(
        "parcela minima",
        r"(?:limite|valor minimo|minimo) (?:de valor )?(?:para|por|de) (?:cada )?parcela",
    ),
    # Interest said as an addition: "10x no cartão vem com acréscimo ou é sem juros?"
    _phrase(
        "juros",
        r"(?:com|tem|vem com|cobra|cobram|vai ter|teria|tera) acrescimo",
        when=r"parcel|\d+x|vezes|juros",
    ),
    # An order released once paid: "depois que eu quitar, em quantos dias liberam o pedido?"
    # (the payment's approval; said in a clause of its own, the payment is often in another)
    _phrase(
        "aprovacao pagamento",
        r"(?:liberar|liberam|libera|liberarem) (?:o |meu )?(?:pedido|compra)",
        # (nor one released for pickup: "liberam o pedido pra retirada na loja em quanto tempo?")
        unless=r"estorno|reembolso|troca|devoluc|alfandega|receita|transportadora|correios|"
        r"retir|buscar",
    ),
    # Whether the shop follows the data law: "a loja segue a LGPD?"
    _phrase(
        "tratamos dados conforme lgpd privacidade",
        r"(?:segue|seguem|cumpre|cumprem|respeita|respeitam|obedece|obedecem|atende|atendem|"
        r"esta de acordo com|estao de acordo com|follow|comply with) (?:a |the )?lgpd"
        r"(?:$|(?= (?:fico|tenho|estou|porque|pois|mas|meu|minha|quero|queria|antes|quem)\b))",
    ),
    # What the data is for: "pra que vcs precisam de tanta informação minha no cadastro?"
    # (the customer's own, not an order's: "os dados do rastreio servem pra quê?")
    _phrase(
        "usamos dados necessario privacidade",
        r"para que (?:voces )?(?:precisam|usam|querem|pedem|guardam)\b.{0,30}"
        r"\b(?:meus dados|minhas informac\w*|tantas? informac\w*|(?:tantos )?dados pessoais|meu "
        r"cpf|tanta coisa minha)\b",
        r"(?:meus dados|minhas informac\w*|dados pessoais|meu cpf)\b.{0,40}\b(?:usam|usa|serve\w*) "
        r"para que$",
        # ...the verb first: "vcs usam meus dados pra que?"
        r"(?:usam|usa|querem|fazem com) (?:os |meus )?(?:meus dados|dados|minhas informac\w*|meu "
        r"cpf) para (?:que|o que)\b",
    ),
    # How the invoice arrives: "a nf vem junto na caixa ou por email?" (the gift wrapping's
    # entry says it is not sent "junto com o presente")
    _phrase(
        "nota fiscal junto enviada email",
        r"(?:nota|nf|nfe|notinha)(?: fiscal)? (?:vem|chega|vai|e enviada|sera enviada) (?:junto )?"
        r"(?:na|no|com|dentro da|dentro do) (?:caixa|pacote|produto|pedido|encomenda)"
        r"(?!.*\b(?:presente|embrulh\w*|gift|preco|valor|aniversario|surpresa)\b)",
    ),
    # How the refund is made: "gostaria de saber como será realizado o reembolso"
    _phrase(
        "reembolso feito forma pagamento",
        r"(?:como|de que forma|de que jeito) (?:sera|e|vai ser|fica|seria) (?:realizad|feit|"
        r"processad|efetuad|pag)\w* (?:o|a|meu|minha) (?:reembolso|estorno)",
    ),
    # Giving up before it is sent is cancelling: "ainda dá tempo de desistir antes de
    # mandarem?" (after it arrives, the right to return).
    _phrase(
        "cancelar enquanto despachados",
        r"(?:desistir|desisto|desiste|cancelar)(?: (?:da|do|a|o|minha|meu|essa|esse|dessa|desse)"
        r" (?:compra|pedido|encomenda))?(?: de (?:ontem|hoje))? antes (?:de|do|da) (?:mandarem|"
        r"enviarem|despacharem|postarem|envio|despacho|sair para entrega|ser "
        r"(?:enviad|despachad|mandad|postad)\w*)\b"
        # (what follows is a return's or a refund's: "...antes de mandarem a coleta?")
        r"(?!.*\b(?:de volta|devol\w*|troca|coleta|foto|estorno|reembolso)\b)",
    ),
    # Marked delivered, never received: "diz que entregou mas eu não recebi"
    _phrase(
        "extraviado atraso",
        r"(?:consta|diz|diz que|aparece|mostra|marcou|marca) (?:como )?entreg\w* (?:mas|e) (?:eu )?"
        r"nao (?:recebi|chegou|veio|chegaram)",
    ),
    _phrase(
        "arrependimento",
        "mudei de ideia",
        "nao gostei",
        "changed my mind",
        r"(?:don t|do not|didn t|did not) (?:really )?like",
        r"nao (?:combinou|combina|ficou bom|ficou bem|era (?:bem )?o que (?:eu )?esperava)",
    ),
    # ...or the one it was for did not like it, and it goes back: "minha mae nao gostou, da
    # pra devolver e pegar o dinheiro de volta?" (not a fault: that is damage's)
    _phrase(
        "arrependimento",
        r"nao (?:gostou|gostaram|gostar|gostarem|goste|gostem|curtiu|curtiram|curtir|curta|"
        r"curtam|quis|quiseram|quiser)",
        when=r"devolv|devoluc|mandar de volta|dinheiro de volta|desist",
        unless=r"quebr|amass|defeit|trinc|rachad|avari|estrag|danific|riscad|nao funciona|"
        r"nao liga\b|aceit|nao pass|quantos dias|quanto tempo|estorn|reembols",
    ),
    # The sum paid, coming back after a return, is the refund: "caso eu devolva a frigideira,
    # quanto tempo leva pra cair o valor que transferi por pix?", "o valor que paguei por
    # boleto retorna de que forma?"
    _phrase(
        "reembolso",
        r"(?:o )?(?:valor|dinheiro) (?:que )?(?:eu )?(?:paguei|transferi|pago|gastei)\b",
        # ("volta o dinheiro" is read by the refund's own phrases, with its time)
        r"(?:cair|retorna|retornar) (?:o )?(?:valor|dinheiro)\b",
        when=r"devolv|devoluc|mand\w* (?:\w+ ){0,3}?de volta|arrepend",
        unless=r"nao (?:recebi|caiu|voltou|retornou)|ainda nao|cade|faz \d+|ja (?:faz|passou)",
    ),
    # Payments by the month are instalments: "can I split the gift into monthly payments on
    # my card?"
    _phrase(
        "parcelamos",
        r"monthly payments?|(?:split|spread) (?:\w+ ){0,4}?(?:into|in|over) "
        r"(?:\w+ )?payments?",
        r"(?:split|spread) (?:\w+ ){0,4}?over (?:several |many |a few |\d+ )?months",
    ),
    # The address a delivery is for is its CEP: "em que momento aparece a previsão de entrega
    # pro meu endereço?" (not one changed or wrong: that is the address's own entry)
    _phrase(
        "meu cep",
        r"(?:para|no|ate) (?:o )?meu endereco",
        when=r"prazo|previsao|quantos dias|demora|chega",
        unless=r"mud|alter|troc|corrig|errad|novo|nova|outr|atualiz|ajust",
    ),
    # ...or feared beside another question, which it does not change: "o boleto demora quanto
    # pra aprovar? não quero que atrase o presente" asks the boleto's time
    _phrase(
        "",
        r"(?:nao quero|para nao|sem) (?:que )?(?:\w+ )?atras(?:e|ar|em)(?: (?:a|o|minha|meu) "
        r"(?:entrega|pedido|presente|encomenda|compra))?",
    ),
    # The day a parcel arrives, told beside an exchange's or a return's time, is when that
    # time starts: "qual o prazo pra trocar? o presente só vai ser entregue no domingo"
    _phrase(
        "recebimento",
        r"(?:o presente |ele |ela |o pedido |a encomenda )?(?:so )?(?:vai|iria) (?:ser )?"
        r"(?:entregue|chegar|recebid[oa]) (?:no|na|dia|em|so) (?:\w+ )?(?:domingo|sabado|segunda|"
        r"terca|quarta|quinta|sexta|dia \d+|\d+)",
        when=r"troca|trocar|devoluc\w*|devolver|arrependimento|garantia",
    ),
    # The shipping saved is the shipping's cost: "se eu pegar pessoalmente economizo o envio?"
    _phrase(
        "frete gratis",
        r"(?:economiz\w*|poupo|poupar|deixo de pagar|livro|me livro d)(?: (?:o|a|do|da))? "
        r"(?:envio|frete|entrega)",
        r"(?:avoid|save|skip|not pay)(?: (?:on|paying))? (?:the )?(?:shipping|delivery) (?:fee|"
        r"cost|"
        r"charge)s?",
    ),
    # Collecting at the shop, and what it costs: "se eu passar aí pra pegar a encomenda tem
    # cobrança de transporte?"
    _phrase(
        "retirada loja fisica",
        r"(?:passar|ir|dar uma passada|dar um pulo) (?:ai|la|na loja)(?: \w+)? (?:para|pra) "
        r"(?:pegar|buscar|retirar)",
        # (what it costs, not when it is ready: "a partir de quando posso passar lá pra pegar?")
        when=r"taxa|cobr|frete|pag|custa|gratis|transporte|envio",
    ),
    _phrase(
        "frete",
        r"(?:cobranca|taxa|custo|valor) (?:de|do) (?:transporte|envio|entrega)",
        r"(?:pago|pagar|paga|cobra|cobram) (?:o )?transporte",
    ),
    # A place to buy in person: "vcs têm ponto de venda presencial?"
    _phrase("loja fisica", r"ponto de venda (?:presencial|fisico)", r"loja presencial"),
    # Without a surcharge is without interest: "em até quantas vezes sem acréscimo?"
    _phrase("sem juros", r"sem acrescimo"),
    # A limit to instalments is the smallest one: "90 conto, dá pra dividir em 10x ou tem
    # limite?"
    _phrase(
        "parcela minima",
        r"(?:tem|qual o|existe|ha) (?:algum )?limite",
        when=r"\d+ ?x\b|\d+ vezes|parcel|dividir",
    ),
    # Going back on a purchase is regret: "tem um período que dá pra voltar atrás?" (a period
    # there is its time limit)
    _phrase("arrependimento desistir", r"voltar atras", r"simplesmente desistir"),
    _phrase(
        "tem prazo",
        r"tem (?:um|algum) periodo",
        when=r"arrepend|desist|voltar atras|devolv|trocar|troca\b",
    ),
    # ...and arriving broken, in English: "if an item shows up broken, what do you need?"
    _phrase(
        "chegou quebrado",
        r"(?:shows up|arrives|comes|turns up) (?:broken|damaged|cracked|smashed|dented)",
    ),
    # The warranty and the brands, in English: "do your own-brand pans come with an extended
    # warranty?"
    _phrase("garantia estendida", r"extended (?:warranty|guarantee)"),
    # ...asked as more cover, or for the shop's own brand: "o grill é da marca de vcs, ele tem
    # mais cobertura q os outros produtos?"
    _phrase(
        "garantia estendida",
        r"(?:mais|maior) (?:tempo de )?cobertura",
        unless=r"frete|entrega|seguro|cep|regi|cidade|estado|sinal|internet|celular|wifi",
    ),
    _phrase(
        "marcas proprias",
        r"(?:da |de )?marca (?:de voces|da loja|da estaloja|propria|de voce)",
        when=r"garantia|cobertura|defeito|estendid|quanto tempo|dura|ano\b",
    ),
    _phrase("marcas proprias", r"(?:your )?(?:own|house|in house|store) brands?"),
    # Where the parcel is, in English: "how can I follow where the package is?"
    _phrase(
        "rastreio", r"(?:follow|track|see|check) where (?:the |my )?(?:package|parcel|order) is"
    ),
    # A product held for the customer, which the stock entry refuses: "tem como reservar a
    # tábua de carne? só vou comprar semana que vem"
    _phrase(
        "reservas produtos",
        r"(?:tem como|da para|pode|podem|voces|consigo|conseguem|consegue) (?:me )?(?:reservar|"
        r"segurar) (?:um |uma |o |a |os |as |esse |essa |este |esta )",
        unless=r"caixa|horario|data|mesa|vaga|lugar|hotel|retirada|agendamento|entrega|envio|"
        r"pedido|despacho",
    ),
    # A limit in days is a period: "tem limite de dias pra eu mandar as fotos?"
    _phrase("prazo", r"limite de (?:dias|tempo)|(?:prazo|tempo) limite"),
    # Giving up an order on its way is cancelling it: "já tá com a transportadora, ainda
    # consigo desistir do pedido?" (one received is sent back: regret's)
    _phrase(
        "cancelar despacho",
        r"desistir (?:do pedido|da compra|da encomenda)",
        # ...before it comes: "o status ja mostra q saiu do galpao, ainda consigo desistir antes
        # de chegar?"
        r"desistir (?:\w+ )?antes de (?:chegar|receber|ser entregue|entregarem)",
        when=r"transportadora|despach|a caminho|saiu para entrega|ja saiu|enviad|em transito|"
        r"saiu d[oa] (?:galpao|deposito|estoque|centro)",
        unless=r"receb|chegou|chegaram|entregue|abri",
    ),
    # Whether it has left: "como sei se meu pedido foi enviado?"
    _phrase(
        "rastreio despachado",
        r"(?:sei|saber|vejo|ver|confiro|conferir|check|know|fico sabendo|ficar sabendo) "
        r"(?:se|quando|que|if|when) (?:o |a |meu |minha |my |the )?(?:pedido|encomenda|compra|"
        r"pacote|order|package) (?:\w+ )?(?:foi|saiu|ja|has|was)",
        # "vocês avisam quando a encomenda sai daí?"
        r"(?:avisam|avisa|notificam|mandam aviso) (?:\w+ )?quando (?:o |a |meu |minha )?(?:pedido|"
        r"encomenda|compra|pacote|entrega) (?:\w+ )?(?:sai|sair|saiu|for despachad\w*|for "
        r"enviad\w*)",
    ),
    # Part of the order missing: "chegou faltando uma peça", "veio sem a tampa"
    _phrase(
        "avariado defeito",
        r"(?:chegou|chegaram|veio|vieram|recebi) (?:\w+ ){0,2}?(?:faltando|sem (?:a|o|uma|um) "
        r"(?:peca|tampa|parte|item|acessorio|cabo|base))",
        r"falt(?:ou|ando|a) (?:uma |um |a |o )?(?:peca|tampa|parte|item|acessorio|pedaco)",
        r"(?:chegou|veio|vieram) (?:\w+ ){0,2}?sem (?:o|a|os|as|um|uma) (?!nota|nf|manual|codigo|"
        r"rastreio|etiqueta|cartao|embalagem de presente)(?:suporte|tampa|cabo|peca|base|acessorio|"
        r"\w+ que)",
        r"(?:missing|without) (?:a |the |one )?(?:piece|part|lid|item)",
    ),
    _phrase(" ", r"vale (?:mais )?a pena"),
    # The customer's own money coming in is a time, no refund: "pagar só semana que vem quando
    # o dinheiro da rifa entrar", "quando meu salário cair"
    _phrase(
        " ",
        r"quando (?:o |meu |nosso |a )?(?:dinheiro|salario|grana|pagamento|decimo terceiro|13o)"
        r"(?: \w+){0,3}? (?:entrar|cair|sair|chegar)",
    ),
    # The money back, in other words: "em qtos dias vcs me ressarcem?"
    _phrase("reembolso", r"ressarc\w*"),
    # ...asked once the item is back: "a frigideira já chegou de volta em vcs, em qnts dias
    # recebo?"
    _phrase(
        "reembolso dias",
        r"(?:em )?(?:quantos|qnts|qts) dias (?:eu )?(?:recebo|recebe|volta|cai)$",
        when=r"chegou de volta|voltou (?:para|pra) voces|devolvi|devoluc",
    ),
    # Who pays to send a return back: "quem paga o frete da devolução se já não quero?"
    _phrase(
        "coleta gratuita devolucao",
        r"quem paga (?:o |a )?(?:frete|envio|transporte|postagem|coleta) da devoluc\w*",
        # (not past the days the knowledge gives: "...se já passou os 7 dias?")
        unless=r"passou|passaram|depois d|fora do prazo|segunda|outra troca",
    ),
    # The LGPD followed: "vcs seguem a lgpd?"
    _phrase(
        "tratamos dados conforme lgpd",
        r"(?:seguem|segue|respeitam|respeita|cumprem|cumpre|obedecem|obedece)(?: a| o)? "
        r"(?:lgpd|lei geral de protecao de dados)",
    ),
    # One's own registered data corrected: "meu nome ta com uma letra trocada no cadastro,
    # consigo corrigir?" (not an invoice's or a label's; nor updated to join the points
    # program, "preciso atualizar meu cadastro pra entrar no aurora+?")
    _phrase(
        "correcao dados",
        r"(?:corrigir|consertar|arrumar|acertar) (?:o |meu |a |minha |os |meus )?"
        r"(?:nome|cadastro|dados)",
        r"(?:nome|dados) (?:\w+ ){0,5}?(?:errad[oa]s?|trocad[oa]s?) no (?:meu )?cadastro"
        r"(?:.{0,60}\b(?:consigo|posso|da para|tem como) corrigir)?",
        # (nor a card's or a CNPJ's: "atualizar os dados do cartão")
        unless=r"nota|nf|etiqueta|pedido|entrega|endereco|cartao|pagamento|cnpj|senha",
    ),
    # Here, with the assistant: "consigo corrigir falando com vc?" (the knowledge's "por aqui")
    _phrase(
        "por aqui", r"(?:falando|conversando) (?:aqui )?com (?:voce|o bot|a assistente|o robo)"
    ),
    # What the data is for: "vcs vão usar meu endereço e telefone pra quê?"
    _phrase(
        "dados usamos necessario",
        r"(?:vao|vai|irao) usar (?:o |os )?(?:meu|meus|minha|minhas) (?:endereco|telefone|cpf|"
        r"e mail|email|dados)(?: e (?:o |meu )?(?:endereco|telefone|cpf|e mail|"
        r"email))? para (?:que|q)",
        r"para (?:que|q) (?:voces )?(?:usam|querem|precisam d)(?: d)?(?:o |os )?(?:meu|meus) "
        r"(?:endereco|telefone|cpf|dados)",
    ),
    # The money back of a return, however it comes: "depois que a devolução chegar aí, em
    # quanto tempo recebo o valor?", "em quantos dias cai na conta?"
    _phrase(
        "reembolso",
        # ("dinheiro" is the refund's word already)
        r"(?:recebo|receber|recebe|volta|voltar) (?:de volta )?(?:o |meu )?valor"
        r"(?: de volta)?",
        r"(?:cai|caira|vai cair|entra|vai entrar) na (?:minha )?conta",
        when=r"devoluc\w*|devolv\w*|estorno|reembols\w*",
    ),
    # ...the way it was paid: "volta do mesmo jeito que eu paguei?"
    _phrase(
        "mesma forma de pagamento",
        r"(?:do mesmo jeito|da mesma forma|pelo mesmo meio|no mesmo meio) (?:que|q) (?:eu )?"
        r"(?:paguei|pago|foi pago)",
    ),
    # ...or named the original one: "o dinheiro volta pelo meio de pagamento original?"
    _phrase(
        "reembolso feito mesma forma",
        r"(?:pelo|no|na|pela|para o|para a) (?:mesmo |mesma )?(?:meio|forma) de pagamento "
        r"(?:original|usad[oa]|da compra)",
        when=r"devol|reembols|estorn|de volta|dinheiro|volta\b",
    ),
    # The tracking that does not move: "o rastreio não muda há dias", "tracking is still stuck"
    # (for a while: not "despachou ontem e o rastreio não mudou ainda", which the first day's
    # wait settles; nor a payment's status, "o status do pagamento não muda")
    _phrase(
        "rastreio nao atualiza",
        r"(?:rastreio|rastreamento) (?:\w+ )?nao (?:muda|mudou|mexe|mexeu|se mexe|anda|andou"
        r"|sai do lugar|cambia)",
        r"tracking(?: status| info)? (?:is |s |has been |been )?(?:still )?stuck",
        when=_STUCK_FOR,
    ),
    _phrase(
        "rastreio nao atualiza",
        r"status (?:\w+ )?nao (?:muda|mudou|mexe|mexeu|se mexe|anda|andou|sai do lugar|cambia)",
        r"status(?: info)? (?:is |s |has been |been )?(?:still )?stuck",
        when=_STUCK_FOR,
        unless=r"pag\w*|pix|boleto|cartao|pay\w*|paid",
    ),
    # How long a boleto lasts: "o boleto vale por quantos dias?", "qual a validade do boleto?"
    _phrase(
        "boleto vence dias",
        # (its days, not its worth: "o boleto vale quanto de desconto?")
        r"boleto (?:vale|e valido|fica valido|tem validade|dura) (?:por )?"
        r"(?:quantos dias|quanto tempo)",
        r"boleto (?:vale|e valido|fica valido) por (?:quantos|quanto)",
        r"validade do boleto",
    ),
    # Words a voice keyboard splits or mishears: "mandar com em brulho de presente", "quanto
    # que fica a frente pra mandar pra Curitiba?"
    _phrase("embrulho", r"em brulho"),
    _phrase(
        "o frete",
        r"(?:(?<=\bfica )|(?<=\bquanto esta )|(?<=\bquanto sai )|(?<=\bquanto custa ))"
        r"a frente(?= (?:para|de|do|da|ate)\b)",
    ),
    # A boleto's last day to pay: "gerei o boleto agora, tenho até quando pra pagar?"
    _phrase(
        "boleto vence",
        r"(?:tenho )?ate quando para pagar",
        # ...or its day, before it lapses: "tenho até q dia pra pagar antes dele caducar?", "até
        # quando posso pagar antes de perder?"
        r"(?:tenho )?ate (?:quando|que dia|que data|qual dia|qual data) (?:eu )?(?:posso |consigo |"
        r"da para |para )?pagar(?: (?:ele|o boleto))?(?: antes (?:dele|do boleto|de) (?:\w+ )?"
        r"(?:expirar|vencer|caducar|perder|cancelar))?",
        r"ate quando (?:antes (?:dele|do boleto|de) )?(?:ele |o boleto )?(?:expira|expirar|vence|"
        r"vencer|caducar)",
        r"qual (?:o )?(?:prazo|vencimento) (?:para|de) pagar",
        # ...or whether it still holds a week on: "se eu gerar o boleto agora e só conseguir ir
        # no banco semana que vem, ele ainda vai estar válido?"
        r"(?:ele |o boleto )?(?:ainda )?(?:vai estar|vai ser|vai continuar|continua|estara|sera|"
        r"fica) (?:valido|vigente)",
        # ...or paid days later: "gerei o boleto na sexta e só consigo pagar quarta, ainda vai
        # valer?"
        r"(?:ele |o boleto )?ainda (?:vai )?(?:valer|vale|valendo)$",
        when=r"boleto",
    ),
    # The assistant asked whether it answers now: "são 23h, vc tá funcionando agora?" (not
    # the shop's opening hours)
    _phrase(
        "assistente virtual responde horas",
        r"voce (?:esta|fica|ta) (?:funcionando|atendendo|online|respondendo)(?: agora)?",
    ),
    # What a period is asked of, in English, before "how long" is read as a delivery's: the
    # days to pay a boleto, a payment approved, a refund, a return, a swap, damage reported,
    # a warranty ("how long is the warranty on it?").
    _phrase(
        "garantia meses",
        r"how long (?:is|does|will|would) (?:the |my |its |your |this )?(?:\w+ )?warranty"
        r"(?: last| run| cover)?",
    ),
    _phrase(
        "boleto vence dias",
        r"how (?:long|many days) (?:\w+ ){0,4}?(?:pay|paying) (?:for )?(?:the |a |my )?boleto",
        r"how (?:long|many days) (?:\w+ ){0,4}?boleto (?:\w+ ){0,2}?(?:expire|expires|valid|last|"
        r"lasts)\b",
    ),
    _phrase(
        "aprovacao pagamento dias uteis",
        # (not a refund confirmed: "how long until my card refund is confirmed?")
        r"how long (?:(?!arriv|deliver|ship|refund|reimburs)\w+ ){0,6}?(?:approved|approve|clear|"
        r"clears|cleared|confirmed|confirm)\b",
    ),
    _phrase(
        "reembolso dias uteis",
        r"how (?:long|many days) (?:\w+ ){0,4}?(?:refunded|refund|reimbursed|money back)\b",
    ),
    _phrase(
        "devolvidas dias corridos",
        r"how (?:long|many days) (?:\w+ ){0,5}?(?:return|send back|give up|change my mind)\b",
        unless=r"exchange|swap|damage|broken|defect",
    ),
    _phrase("troca dias", r"how (?:long|many days) (?:\w+ ){0,5}?(?:exchange|swap)\b"),
    _phrase(
        "quebrado defeito fotos dias",
        r"how (?:long|many days) (?:\w+ ){0,5}?(?:report|claim|complain about|tell you about) "
        r"(?:\w+ ){0,2}?(?:damage|damaged|broken|defect|defects|dent|dents)\b",
    ),
    # ...and when a delivery's time starts counting: "does the delivery time start counting
    # from when I ordered or when the payment clears?"
    _phrase(
        "prazo comeca contar apos aprovacao pagamento",
        r"(?:delivery|shipping) (?:time|period|deadline|estimate|window) (?:\w+ ){0,2}?(?:start|"
        r"starts|begin|begins|count|counts|counted)\b",
    ),
    # (a time one has to act in is no delivery's: "how long do I have after delivery to
    # exchange it?")
    _phrase("prazo", r"how long do (?:i|we) (?:still )?have"),
    _phrase("prazo dias uteis", r"how (?:long|many days)", "business days"),
    # Customers' English for what the knowledge says: free shipping over a sum, a change
    # of mind, a defect, a parcel lost or stalled, a redirect.
    _phrase("frete gratis", r"free (?:delivery|shipping|freight)"),
    _phrase("cancelar", r"call (?:it|this|that|the order|my order) off"),
    # No defect, said so: a change of mind ("não tem defeito nenhum, posso devolver mesmo
    # assim?"), not damage
    _phrase(
        "arrependimento",
        r"nao (?:tem|tinha|ha|apresenta|apresentou|deu) (?:nenhum )?defeito(?: nenhum| algum)?"
        r"|sem (?:nenhum )?defeito(?: nenhum| algum)?",
    ),
    # How long points last: "os pontos que eu juntar ficam pra sempre ou têm validade?"
    _phrase(
        "expiram",
        r"(?:tem|tem alguma|qual (?:e )?a|com|existe) validade|ficam para sempre|vencem",
        when=r"pontos|aurora\+|fidelidade|cashback",
        unless=r"boleto|cupom|cartao|garantia",
    ),
    # Where the order's state is seen: "em que lugar do site eu vejo a situação do meu pedido?"
    _phrase(
        "acompanhar meus pedidos rastreio",
        r"(?:onde|em que lugar|em qual lugar|em que parte|aonde) (?:\w+ ){0,3}?(?:vejo|acompanho|"
        r"confiro|consulto|olho|sei) (?:a situacao|o status|o andamento|como (?:esta|anda)) "
        r"(?:d[oa] )?(?:meu |minha )?(?:pedido|compra|encomenda)",
    ),
    _phrase("arrependimento", r"cooling off(?: period)?|right (?:estou|to) withdraw"),
    # "Can I send it back without giving a reason?"
    _phrase(
        "arrependimento",
        r"without (?:giving |stating |having |any |a |to give |an? )*(?:reason|explanation)s?",
        r"no questions asked",
    ),
    _phrase(
        "compras acima de",
        r"minimum (?:purchase|order|spend|amount|value)|(?:spend|order|buy) at least",
        when=r"free|frete|gratis",
    ),
    _phrase(
        "desistir",
        r"give up (?:on )?(?:the |my |this |that )?(?:purchase|order|item)?|change(?:d)? my mind|"
        r"regret (?:the |my |this )?(?:purchase|buying)",
    ),
    _phrase(
        "produto com defeito",
        r"(?:doesn t|does not|won t|will not|didn t|did not) (?:even )?(?:turn on|work|power on|"
        r"start|heat up)|(?:stopped|isn t|is not|not) working|manufactur\w* (?:defect|fault)",
    ),
    _phrase(
        "extraviado reenvio reembolso",
        r"(?:carrier|courier|they|post office|correios) (?:lose|loses|lost)\b",
    ),
    _phrase(
        "rastreio nao atualiza atraso",
        r"(?:tracking|it|status) (?:has )?(?:stopped|isn t|hasn t|is not|has not|not) "
        r"(?:been )?updat\w*",
    ),
    _phrase(
        "prazo de entrega passou atraso",
        r"past (?:the |its )?(?:delivery |due )?(?:date|deadline)|(?:delivery )?(?:date|deadline)"
        r" (?:has )?(?:passed|gone by)",
    ),
    _phrase(
        "alterar endereco",
        r"(?:redirect|reroute|re route|forward) (?:it|the order|my order|the package|the parcel)",
        r"(?:redirecionar|redireciona|redirecionam|reencaminhar|desviar) (?:a |o |minha |meu )?"
        r"(?:entrega|pedido|encomenda|pacote|compra)",
        # ...or where to: "tem como redirecionar pro condominio novo?"
        r"(?:redirecionar|redireciona|redirecionam|reencaminhar) (?:ele |ela )?(?:para|ao|a) "
        r"(?:o |a )?(?:\w+ )?(?:novo|nova|certo|certa|outro|outra|atual|condominio|predio|casa|"
        r"endereco)",
    ),
    # How many times the carrier tries: "quantas vezes o entregador passa?", "delivery
    # attempts" ("vezes" is otherwise instalments, "desistir" a change of mind)
    _phrase(
        "tentativas transportadora ninguem receber",
        r"quantas (?:vezes|tentativas) (?:\w+ ){0,3}?(?:entregador|transportadora|carteiro|"
        r"correios|motoboy|motorista|eles|voces) (?:\w+ ){0,2}?(?:tenta\w*|passa\w*|volta\w*|"
        r"vem|vao|vai|retorna\w*)(?: (?:\w+ ){0,4}?(?:antes de desistir|desiste\w*))?",
        # "a transportadora tenta quantas vezes?"
        r"(?:entregador|transportadora|carteiro|correios|motoboy|motorista) (?:\w+ ){0,2}?(?:tenta|"
        r"tentam|passa|passam|volta|voltam|vem) quant[oa]s vezes(?! (?:por|na|no|ao) (?:semana|mes|"
        r"dia|ano)\b)",
        r"(?:tenta|tentam|tentar|tentativas?) (?:de )?(?:entreg\w*|de novo|novamente|outra vez)"
        r"(?: (?:\w+ ){0,4}?(?:antes de desistir|desiste\w*))?",
        # ...coming back another day: "se a escola estiver fechada quando a transportadora
        # passar, eles voltam outro dia?"
        r"(?:voltam|volta|passam|passa|vem|vao) (?:de novo |novamente )?(?:em )?outro dia",
        r"(?:delivery|delivering) attempts?|(?:attempts?|try|tries) (?:estou |to )?deliver\w*",
        r"how many times (?:\w+ ){0,3}?(?:courier|carrier|driver|delivery|they)",
        # ...nobody at home when it comes: "if nobody is home when the courier comes" (not
        # "nobody at home liked the pan", "I'm not home now, can I pay later?")
        rf"{_NOBODY_HOME}(?=.{{0,80}}\b{_DELIVERING}\b)",
        rf"{_DELIVERING}\b.{{0,80}}?\b{_NOBODY_HOME}",
        # ...gone and asked to come back: "o entregador foi embora. Ele volta?"
        r"(?:entregador|motoboy|carteiro|motorista|transportadora)\b.{0,40}\bfoi embora\b.{0,20}"
        r"\b(?:ele |eles |ela )?(?:volta|voltam|passa de novo|passam de novo|vem de novo)",
        # ...every attempt failing: "se a entrega falhar todas as vezes, o que acontece?"
        r"(?:entrega|entregas|entregador|tentativas?) (?:\w+ )?(?:falhar|falharem|der errado|"
        r"nao der certo) (?:todas as vezes|as tres vezes|3 vezes|tres vezes|todas)",
    ),
    # The refund's clock: "o prazo do reembolso começa quando?" is the refund's, not the
    # delivery's ("o prazo começa a contar" is said of both)
    _phrase(
        "reembolso dias uteis",
        r"(?:prazo|tempo|contagem) (?:d[oe] |para o |pro |da )?(?:meu )?(?:reembolso|estorno|"
        r"devolucao do dinheiro)(?: (?:comeca|conta|corre)\w*(?: a contar)?)?",
        r"(?:refund|reimbursement) (?:clock|period|window|timeline)",
    ),
    # How long until a payment is approved is no delivery time: "em quanto tempo o pedido é
    # aprovado?", "quantos dias o boleto leva pra compensar?" (but "quanto tempo chega depois
    # de aprovado?" asks for the delivery).
    _phrase(
        "aprovacao pagamento dias uteis",
        r"(?:quanto tempo|quantos dias|quantas horas|qual o prazo|how long) (?:(?!cheg|entreg|"
        r"receb|despach|envi|arriv|deliver|ship)\w+ ){0,6}?(?:aprova\w*|compensa\w*|confirma\w*|"
        r"approved|clear|clears)\b",
    ),
    # ...or released: "paguei o boleto hoje, em quanto tempo a compra libera no sistema?"
    _phrase(
        "aprovacao pagamento dias uteis",
        r"(?:quanto tempo|quantos dias|quantas horas) (?:\w+ ){0,4}?(?:libera|liberam|liberado|"
        r"liberada)",
        when=r"boleto|pix|pag(?:uei|ou|amos|aram|o|a|ar|amento)\b",
        unless=r"reembols|estorn|troca|devoluc|devolv|coleta|credito|cancel|limite|nota|rastre|codigo|pontos|cupom",
    ),
    # How long delivery takes: "quanto tempo leva pra chegar", "em quantos dias chega"
    _phrase(
        "prazo dias", r"quanto tempo (?=.{0,20}\b(?:cheg|entreg|receb|pedido|compra|frete))\w+"
    ),
    _phrase("prazo dias", r"(?:em )?quantos dias (?:chega|leva|demora|para chegar)"),
    # ...the days said after: "se eu comprar hj as panelas chegam em quantos dias?" (not a
    # refund's, a code's or points')
    _phrase(
        "prazo dias",
        r"(?:chega|chegam|chegaria|chegariam) (?:aqui |ai |la )?em quantos dias",
        # (nor the place said just before, for the places' own rules: "aqui em Portugal chega
        # em quantos dias?")
        unless=r"estorn|reembols|dinheiro|credito|valor|codigo|rastreio|pontos|cupom|nota|e ?mail|"
        r"(?:aqui|ai|la|ca) (?:em|no|na|nos|nas) \w+(?: \w+)? (?:chega|chegam|chegaria)",
    ),
    _phrase("prazo entrega", r"previsao de (?:entrega|chegada)"),
    # Broken, said as split: "veio uma taça partida no kit" (not a football match).
    _phrase(
        "chegou quebrado",
        r"(?<!pedido )(?<!entrega )(?<!encomenda )(?<!compra )(?:veio|vieram|chegou|chegaram|esta|"
        r"estava|ta)(?: \w+){0,3}? partid[oa]s?\b(?! em (?:\w+ )?(?:caixas|volumes|remessas|"
        r"entregas|partes|pacotes))",
        r"partid[oa]s? (?:ao|no) meio",
        # ...or in shards: "dois pratos vieram em caco", "o copo veio espatifado"
        r"(?:veio|vieram|chegou|chegaram|esta|estava|ta|tudo|todo|toda)(?: \w+){0,2}? (?:em "
        r"(?:caco|cacos|caquinhos|pedacos|pedacinhos|mil pedacos)|espatifad[oa]s?)",
    ),
    # Lost on the way is lost with the carrier: "e se meu pacote extraviar no caminho?"
    _phrase(
        "pedido extraviado com a transportadora",
        r"(?:pacote|pedido|encomenda|compra|produto|caixa)s? (?:(?!devoluc|troca|reembols|coleta)"
        r"\w+ ){0,2}?(?:extravi\w*|se perder|perder se|perder|sumir|sumiu|perdeu) (?:no|pelo|"
        r"durante o) (?:caminho|trajeto|transporte)(?! de volta)",
        # ...or with whom: "se minha encomenda sumir na transportadora"
        r"(?:pacote|pedido|encomenda|compra|produto|caixa)s? (?:(?!devoluc|troca|reembols|coleta)"
        r"\w+ ){0,2}?(?:extravi\w*|se perder|perder se|sumir|sumiu) (?:na|pela|com a) "
        r"(?:transportadora|entrega)",
        # ...or as the tracking says it: "o rastreio tá dizendo 'objeto extraviado'" (the
        # tracking only tells the news)
        r"(?:(?:rastreio|rastreamento|site|app) (?:esta |ta )?(?:dizendo|mostrando|falando|diz|"
        r"mostra|fala|consta) (?:que )?(?:o )?)?(?:objeto|pedido|pacote|encomenda) "
        r"(?:extraviad[oa]|extraviou|foi extraviad[oa])",
    ),
    # Fast delivery asked after: "vcs entregam rápido em Vitória?" (not "chegou rápido").
    _phrase(
        "prazo entrega",
        r"(?<!resposta )(?<!sac )(?<!atendimento )(?<!suporte )(?:entregam|entrega|chega|chegam) "
        r"(?:bem |muito |mais )?rapido(?! (?:e|mas|demais)\b)",
    ),
    _phrase(
        "prazo entrega", r"(?:demora|demoram|leva|levam) (?:\w+ )?(?:para|a) (?:chegar|entregar)"
    ),
    # ...or to a place: "comprei no pix, pra BH demora quantos dias úteis?" (the place kept,
    # for the capitals)
    _phrase(
        "prazo entrega",
        # (or "quanto" alone: "pra Manaus demora qnto?", or "muito": "pra rio capital demora
        # mto?")
        r"(?:demora|demoram|leva|levam) (?:quant[oa]s?(?: (?:dias|tempo))?|muito(?: tempo)?)",
        when=r"(?<!volta )(?<!cai )(?<!devolver )para (?!(?:confirmar|aprovar|compensar|cair|fazer|"
        r"trocar|sair|devolver|receber o|processar|liberar|estornar|analisar)\b)(?:\w+ ){1,4}?"
        r"(?:demora|demoram|leva|levam) (?:quant|muito)",
        unless=r"estorno|reembols|dinheiro|devol|boleto|aprova|nota|codigo|rastreio",
    ),
    # ...by a day, or the time it takes said as a noun: "comprando hoje, chega até sexta?",
    # "muda muito o tempo de chegar" (not a refund's or a code's: "o estorno chega até sexta?")
    _phrase(
        "prazo entrega",
        # (not a delivery booked for a day: "agendar a entrega pra sábado")
        r"(?:(?:chega|chegaria|chegam) (?:ate|antes de|para)|(?:entrega|entregam) (?:ate|antes "
        r"de)) (?:a )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|dia \d+)",
        r"(?:o )?tempo (?:de|para) (?:chegar|entregar|entrega)",
        # (nor the customer coming by: "dá tempo de chegar aí antes de vcs fecharem?")
        unless=r"estorno|reembolso|dinheiro|codigo|rastreio|boleto|pix|nota|e ?mail|confirmac|"
        r"mensage|fecharem|fechem|fechamento|antes de (?:voces |a loja |ela )?fechar\b",
    ),
    # A status the customer reads out is where the order stands, not a question on tracking:
    # "o status tá 'pagamento aprovado', dá pra cancelar?"
    _phrase(
        " ",
        r"status (?=(?:esta|diz|mostra|aparece|consta|ficou|continua|segue|says|shows|mudou|"
        r"passou|virou|changed) )",
    ),
    # Following it here, on WhatsApp: "dá pra eu seguir a entrega por aqui?"
    _phrase(
        "rastreio aqui no whatsapp",
        r"(?:(?:seguir|acompanhar|rastrear) (?:a entrega|o pedido|a encomenda|o pacote|o "
        r"rastreio)|ver (?:a entrega|o rastreio)) (?:por aqui|pelo whatsapp|pelo zap|aqui no "
        r"whatsapp)",
        # ...or told it left: "quando sair o meu pedido vcs me avisam aqui pelo zap?"
        r"(?:me )?avisam (?:\w+ ){0,2}?(?:aqui )?(?:pelo|no|por) (?:whatsapp|zap)",
        unless=r"cancel|devol|troc|pix|pagamento|nota|arrepend|estoque|esgotad|voltar|volta|"
        r"reembols|estorno|boleto|compens|aprovad",
        when=r"sair|saiu|sai\b|despach|rastre|enviad|postad|seguir|acompanhar|ver a entrega|"
        r"ver o rastreio",
    ),
    # ...or by what it does: "isso acumula ponto?", "esse negócio de juntar ponto compensa?",
    # "qual a conta de pontos por compra?"
    _phrase(
        "programa fidelidade pontos",
        r"(?:acumul\w*|junt(?:a|ar|o|ei|ando|am)|ganh(?:a|o|ar|am)|somar|soma|somam|rende|rendem|"
        r"gera|geram) (?:(?:algum|alguns|uns|mais|bastante|muito|muitos) )?pontos?",
        r"(?:conta|calculo|regra|tabela) (?:de|dos) pontos",
    ),
    # ...its balance, and what it takes off: "com quanto de saldo já dá pra abater na compra?"
    _phrase(
        "pontos valem desconto",
        r"saldo(?: de pontos)?",
        r"abat(?:er|e|imento)",
        when=r"pontos?\b|programa|fidelidade|cashback|aurora\+",
        unless=r"cartao|conta corrente|banco|pix|estorno|reembols|vale troca|credito",
    ),
    # Points gathered: "queria entender como acumula", "quanto eu acumulo comprando 300?"
    _phrase(
        "acumula pontos",
        r"(?:como|quanto|quantos|onde|quando) (?:eu |se |que )?(?:acumula|acumulo|acumular)",
        r"acumular mais|acumulo pontos|acumula pontos",
    ),
    # How data is treated: "queria entender como vocês tratam essas informações"
    _phrase(
        "tratamos seus dados conforme lgpd privacidade",
        r"(?:como|de que forma) (?:voces )?trata\w* (?:essas |as |minhas |meus |"
        r"os )?(?:informac\w*|dados)(?! (?:d[oa]s? )?(?:rastreio|rastreamento|pedido|entrega|"
        r"produto|frete|nota)\b)",
        r"vazamento de dados",
    ),
    # Data kept and used: "meu cpf e endereço ficam salvos com vcs? usam pra outra coisa?"
    _phrase(
        "privacidade dados usamos",
        r"(?:ficam|fica|sao|e) (?:salv\w*|guardad\w*|armazenad\w*) (?:com voces|ai|no sistema|"
        r"no site)",
        r"usam (?:para|pra) (?:alguma )?outra coisa",
        when=r"cpf|dados|endereco|telefone|email|cadastro|informac",
        unless=r"cartao|card|proxima compra|carrinho",
    ),
    # Held for the customer: "separa 2 unidades da tábua pra mim até sexta?"
    _phrase(
        "reservas de produtos",
        r"(?:separa|separe|separar|segura|segure|guarda|guarde|reserva|reserve|hold|put aside) "
        r"(?:\w+ ){0,5}?(?:unidades?|pra mim|para mim|for me|no meu nome|in my name)"
        # ...or things held to be paid later: "posso reservar uns itens e pagar depois?"
        r"|(?:reservar|separar|segurar|guardar) (?:uns |umas |alguns |algumas |os |as |esses )?"
        r"(?:itens|produtos|pecas)",
        unless=r"pedido|troca|devoluc|nota|cpf|dados|dinheiro",
    ),
    # A spot the shop is asked for, in English: "where exactly is your shop?"
    _phrase(
        "loja fisica fica",
        r"where (?:exactly )?(?:is|s) (?:your|the) (?:shop|store)",
        r"(?:your|the) (?:shop|store) (?:address|location)",
    ),
    # The chat at night, in English: "does this whatsapp work at night? i do late shifts"
    _phrase(
        "assistente virtual responde 24 horas",
        r"(?:work|works|answer|answers|reply|replies|open|available) (?:at night|late at night|all "
        r"night|24 ?h(?:ours)?|24 7)",
        unless=r"store|shop|loja|estarua|estaloja|showroom",
    ),
    _phrase("noite", r"(?:late|night) shifts?"),
    # Cards, in English: "which credit cards do you take?"
    _phrase("aceitamos cartao", r"(?:cards?|credit cards?) do you (?:take|accept)", unless=r"gift"),
    # Changing the address, in Spanish: "se puede cambiar la dirección?" (not an e-mail's)
    _phrase(
        "alterar endereco",
        r"cambiar (?:la |mi )?(?:direccion|domicilio)(?! de (?:e ?mail|correo|email))",
    ),
    # A warranty's cover, in English: "is a broken handle covered?" (not shipping's or a
    # lost package's)
    _phrase(
        "garantia",
        r"covered",
        unless=r"shipping|delivery|freight|package|parcel|lost|gift|wrap|return|refund",
    ),
    # A capital by its state's adjective: "quantos dias dá pra capital mineira?"
    _phrase(
        "capital",
        r"capital (?:mineira|paulista|carioca|fluminense|capixaba|baiana|gaucha|catarinense|"
        r"paranaense|pernambucana|cearense|paraense|amazonense|goiana|potiguar|paraibana|"
        r"alagoana|sergipana|piauiense|maranhense|tocantinense|rondoniense|acreana|amapaense|"
        r"roraimense|sul mato grossense|mato grossense)",
    ),
    # The tracking not started yet, in English: "how long until it starts updating?"
    _phrase(
        "rastreio comecar atualizar",
        r"(?:start|starts|begin|begins) (?:to )?updat\w*",
        r"(?:still )?(?:says|shows) no (?:info|information|updates)",
        when=r"track|rastre|package|parcel|shipment|courier|carrier",
    ),
    # The price to a CEP: "quanto fica pra mandar pro cep 87020-000?"
    # ...or how to find the freight out: "como eu descubro quanto vai dar o frete?"
    _phrase(
        "frete calculado pelo cep",
        r"(?:quanto (?:fica|custa|sai)|qual o valor) (?:para )?(?:mandar|enviar|entregar|o "
        r"frete|o envio|a entrega) (?:\w+ ){0,2}?para (?:o )?cep",
        r"(?:como|onde) (?:eu |a gente )?(?:descubro|sei|vejo|calculo|consulto|confiro|simulo|"
        r"fico sabendo) (?:quanto|qual|o valor d[oe]|o preco d[oe]) (?:\w+ ){0,3}?(?:o )?frete\b",
        # ...or the sending's cost: "onde que eu consigo ver quanto vai ficar o envio pra lá?"
        r"(?:onde|como) (?:que )?(?:eu )?(?:consigo |posso )?(?:ver|vejo|descobrir|descubro|saber|"
        r"sei|calcular|calculo) quanto (?!tempo\b|dias?\b|demora)(?:\w+ ){0,2}?(?:o |a )?(?:envio|"
        r"entrega|remessa)\b",
        # ...or what it comes to: "quanto fica o frete pra mandar pro endereço da minha tia?"
        # ("quanto custa o frete" keeps its words: they call for the freight's own entry)
        r"quanto (?:fica|vai dar|vai ficar) o frete\b",
        # (not an exchange's or a return's freight, which their entries state)
        unless=r"troca|trocar|devoluc|devolver|coleta",
    ),
    # Where is my order: "por onde anda minha compra", "onde está meu pedido"
    # ...or how it is going: "tem como ver o andamento do pedido pelo site?"
    _phrase(
        "rastreio pedido",
        r"andamento (?:d[oa]s? )?(?:meu |minha |meus |minhas )?(?:pedido|compra|encomenda|"
        r"entrega)s?(?! d[ae] (?:troca|devoluc\w*|reembolso|estorno|cancelamento|garantia|coleta))",
    ),
    _phrase("rastreio", r"onde (?:anda|esta|estao|ta|fica) (?:o |a )?(?:meu|minha|meus|minhas)"),
    # ...or followed wherever it is: "tem como eu acompanhar por onde ta o pacote?"
    _phrase(
        "acompanhar rastreio",
        r"(?:(?:acompanhar|seguir) (?:por )?onde (?:anda|esta|estao|ta|vai)|ver por onde (?:anda|"
        r"esta|estao|ta)) (?:o |a )?(?:pacote|pedido|encomenda|entrega|compra|envio)s?",
        # "ver onde o pacote tá"
        r"(?:acompanhar|seguir|ver|saber) (?:por )?onde (?:o |a )?(?:meu |minha )?(?:pacote|pedido|"
        r"encomenda|entrega|compra|envio)s? (?:esta|estao|anda|andam)\b",
        unless=r"devolv|devoluc|estorn|reembols|cancel|troc|coleta|voltou|remetente",
    ),
    # "onde vejo em que pé está minha entrega?"
    _phrase(
        "rastreio pedido",
        r"em que pe (?:esta|estao|anda|andam|se encontra) (?:o |a )?(?:meu |minha |meus |"
        r"minhas )?(?:pedido|compra|encomenda|entrega|pacote|envio)s?",
        unless=r"devolv|devoluc|estorn|reembols|cancel|boleto|pix|pag|aprov|troc|coleta|voltou|"
        r"remetente|garantia",
    ),
    _phrase("rastreio", r"where is my (?:order|package|parcel)"),
    # "como eu acompanho por onde ele anda?"
    _phrase(
        "rastreio",
        r"(?:por )?onde (?:ele|ela|o pedido|a encomenda|o pacote|a caixa|minha compra) (?:anda|"
        r"andam|esta andando|ta andando)",
    ),
    # Back from abroad is the customer's life, not where something goes: "back from abroad and
    # short on cash, do you do interest-free installments?"
    _phrase(
        "",
        r"(?:just |i m |i am |we re |we are )?(?:back|came back|returned|got back) from "
        r"(?:abroad|a trip|my trip|vacation|holiday|holidays|travel\w*)",
    ),
    # A shop with walls: "is there a brick-and-mortar shop i can visit in SP?"
    _phrase("loja fisica", r"brick and mortar(?: shop| store)?"),
    # Support asked by day: "vcs tem suporte no sabado? tipo gente msm" (not a stand for pans)
    _phrase(
        "atendimento",
        r"suporte (?:humano|ao cliente|de gente|com gente|tecnico de voces)",
        r"(?<=tem )suporte (?=(?:no|na|aos|de|em|durante o) (?:sabado|sabados|domingo|domingos|"
        r"feriado|feriados|fim de semana|fins de semana|noite|madrugada)\b)",
    ),
    # Undone, in English: "I placed an order an hour ago and want to undo it"
    _phrase(
        "cancelar pedido",
        r"undo (?:it|the order|my order|the purchase|my purchase)",
        unless=r"return|refund|arrived|received|delivered",
    ),
    # The collection at home when given up: "no caso de desistencia da compra, a retirada do
    # produto na minha casa é cobrada de mim?" (a pickup is otherwise at the shop)
    _phrase(
        "coleta",
        r"retirada (?:d[oa]s? (?:produtos?|mercadorias?|itens|item|caixa|pacote) )?(?:na|em|da) "
        r"(?:minha|nossa) casa",
        when=r"desist|devol|arrepend|mandar de volta|troca",
    ),
    # The code named by what it does: "o numerozinho pra seguir a caixa vcs mandam aqui?"
    _phrase(
        "codigo rastreamento",
        r"(?:o )?(?:numero|numerinho|numerozinho|codigo|codiguinho)s? (?:para|de) (?:seguir|"
        r"acompanhar|rastrear|localizar) (?:a |o )?(?:caixa|pacote|pedido|encomenda|entrega|"
        r"compra)",
    ),
    # The way money comes back: "se a gente devolver ela recebe de volta de q jeito?"
    _phrase(
        "reembolso feito mesma forma",
        r"(?:recebe|recebo|recebemos|receber|volta|vem) (?:o dinheiro |o valor )?(?:de volta )?"
        r"(?:de|em|por) (?:que|qual) (?:jeito|forma|maneira|meio)",
        when=r"devol|reembols|estorn|de volta|desist",
    ),
    # A place on the site to follow it: "tem algum dashboard no site pra eu acompanhar o status
    # do meu pedido?", "is there a page for that" (the knowledge: "acompanhar em Meus pedidos")
    _phrase(
        "acompanhar meus pedidos",
        r"(?:alguma |uma |algum |um |a |o )?(?:area|aba|pagina|painel|dashboard|secao|menu|tela|"
        r"page|section|tab)(?: \w+){0,3}? (?:para|onde|where|to) (?:eu )?(?:ver|veja|acompanhar|"
        r"acompanho|olhar|consultar|seguir|follow|track|see|check)",
        r"is there (?:a|any) (?:page|dashboard|section|tab)",
        when=r"pedido|encomenda|entrega|status|order|delivery|package|parcel|rastre|caixa|compra",
        unless=r"nota|boleto|pontos|saldo|cupom|troca|devoluc|reembols|estorno|cadastr|dados|senha",
    ),
    _phrase(
        "atraso nao atualiza",
        r"(?:rastreio|rastreamento|codigo) (?:\w+ )?(?:parado|nao (?:atualiza|muda|anda|se "
        r"altera|altera)\w*)",
        r"era (?:para|pra) ter (?:chegado|sido entregue)",
        r"(?:rastreio|rastreamento|codigo) (?:\w+ )?nao (?:mexe|se mexe|sai do lugar)",
        # ...or stuck there: "se o pedido atrasar e ficar parado no rastreio?"
        r"(?:fica|ficar|ficou|ficando|esta|ta) parad[oa] no (?:rastreio|rastreamento)",
        # "o rastreio tá igual desde segunda" (not asked whether it is: "o rastreio é igual
        # pra todos?")
        # (days of it, not hours: "igual desde ontem", "faz 1 hora" is a fresh code's)
        r"(?:rastreio|rastreamento|codigo|status) (?:\w+ )?(?:esta|continua|segue|fica) "
        r"(?:igual|parado|do mesmo jeito|na mesma)(?= (?:desde (?:segunda|terca|quarta|quinta|"
        r"sexta|sabado|domingo|o dia|semana)|(?:ha|faz) (?:\w+ )?(?:dias|semanas|semana))\b)",
        r"(?:tracking|status) (?:\w+ )?(?:hasn t|has not|isn t|not|didn t) (?:been )?(?:moved|"
        r"updated|changed)",
    ),
    _phrase(
        "onde fica loja fisica",
        r"where (?:is|are) (?:your|the) (?:store|shop)",
        # A place to go and see things: "tem algum endereco pra visitar?"
        r"(?:algum |um )?endereco (?:para|de) (?:visitar|visita|conhecer|ver (?:os|as) produtos|"
        r"ir (?:ai|la|pessoalmente))",
        # The shop's address, not a delivery address: "endereço da loja pf"
        r"(?:endereco|localizacao)(?: certinho| exato| completo| certo)? d[ao] (?:loja|showroom)"
        r"(?! virtual| online| no site| no app)",
        # ...and "o endereço de vocês", not the one to send a return to.
        rf"(?:endereco|localizacao) (?:de voces|da empresa|da {THE_SHOP})(?!.{{0,60}}\b(?:devol|"
        r"envi|mand|troc|coleta|entreg|post|etiqueta|nota|fatura|correspondencia|de volta))",
        # ...and asked right after whether there is a shop: "vcs tem loja em sp? qual o endereco",
        # or a visit to it: "queria passar na loja física pra ver as panelas. qual o endereço?"
        # (a visit already read as "loja fisica" by the phrase above)
        r"(?:tem loja(?: fisica)?(?: (?:em|no|na|aqui em) \w+(?: \w+)?)?|loja fisica\b.{0,60}) "
        r"qual (?:e |seria )?o "
        r"endereco(?!.{0,60}\b(?:devol|envi|mand|troc|coleta|entreg|post|etiqueta|nota|fatura|"
        r"correspondencia|de volta))",
    ),
    _phrase("atraso", r"(?:hasn t|has not|didn t|did not|never|still not) (?:arrived|come)"),
    # Paying for delivery: "entrega grátis?", "vou pagar entrega?", "taxa de envio"
    # ...also with the verb between, as Spanish and English say it: "¿el envío es gratis?"
    _phrase(
        "frete gratis",
        r"(?:entrega|envio|shipping|delivery) (?:e |es |esta |sale |sai |is |will be )?(?:gratis|"
        r"gratuit\w*|de graca|free)",
        "de graca",
        # ...or "without cost" from a value: "a partir de qual valor a entrega sai sem custo?"
        r"(?:a partir de|acima de) (?:qual|que|quanto) (?:valor )?(?:\w+ ){0,3}?(?:sai|fica|e|vem) "
        r"(?:sem custo|sem cobranca|zerad[oa])",
        r"(?:entrega|envio|frete)s? (?:sai|fica|e|vem) (?:sem custo|sem cobranca|zerad[oa])",
    ),
    _phrase(
        "frete",
        r"(?:pagar|pago|paga|cobram|cobra|custa|cuesta|fica|sai|taxa|valor|custo) "
        r"(?:(?:alguma coisa|algo|nada) (?:de|na|pela|pelo|pra|para|com a) |.{0,12})"
        r"(?:entrega|envio)",
    ),
    _phrase("reenvio", r"(?:mandam|mandar|enviam|enviar|manda) (?:de novo|outr[oa]|novamente)"),
    # Changing the address: "errei o cep", "mandar pra casa da minha sogra"
    # Moved house with an order not yet sent: "mudei de casa semana passada, o pedido ainda
    # tá em separação, consigo mandar pro endereço novo?" (not the freight, an exchange or a
    # pick-up)
    _phrase(
        "alterar endereco",
        r"mudei de (?:casa|endereco|apartamento|ap)",
        when=r"em separacao|(?:ainda )?nao (?:saiu|foi despachad\w*|despacharam)|antes de "
        r"(?:sair|despachar)",
        unless=r"frete|troca|devol|retir",
    ),
    _phrase(
        "alterar endereco",
        r"(?:errei|corrigir|arrumar|consertar|trocar|mudar) .{0,15}(?:cep|endereco|rua)",
        # ...or a number put wrong: "coloquei apto 31 no pedido e na vdd é 13"
        r"(?:apto|apartamento|ap|bloco|casa|numero) \d+\b.{0,40}\bna verdade (?:e|era|eh)\b",
        # ...or a part of it: "errei o número do apartamento no pedido"
        r"errei (?:o |a )?(?:numero (?:da casa|do apartamento|do apto|do ap|do predio|do bloco|da "
        r"rua|do endereco)|complemento|bairro|bloco|apartamento|apto)",
        r"(?:cep|endereco|rua) (?:\w+ )?(?:errado|errada|incompleto)",
        # ...or a part of it typed wrong: "digitei o apto errado no cadastro da compra"
        r"(?:digitei|coloquei|botei|escrevi|preenchi) (?:o |a )?(?:apartamento|bloco|complemento|"
        r"bairro|numero da casa|numero do predio) (?:\w+ )?(?:errad\w*|trocad\w*)",
        # "coloquei o número da casa errado no pedido"
        r"(?:numero|complemento|bairro) (?:da casa|do endereco|do apartamento|do ap|do predio) "
        r"(?:\w+ )?(?:errad\w*|incomplet\w*|trocad\w*)",
    ),
    # ...to one's own work or home instead, for an order placed: "da pra mandar pro meu
    # trabalho em vez de casa? fiz o pedido agora" (not how long or how much it takes there).
    _phrase(
        "alterar endereco entrega",
        r"(?:mandar|entregar|enviar|redirecionar) (?:\w+ )?(?:para|na|no|em) (?:o |a )?"
        r"(?:meu|minha) (?:casa|trabalho|escritorio|servico|empresa)",
        unless=r"prazo|quanto tempo|demora|frete|gratis|nota|retir|antes de|se eu comprar|"
        r"depois que pagar|carteiro|boleto|presente",
    ),
    # Moving house is the customer's life, not an order's address: "vou me mudar pra BH,
    # chega rápido lá?" asks how long delivery takes ("mudar" alone reads "alterar"). It
    # says nothing a knowledge base answers, so it is left out.
    _phrase(
        "",
        r"(?:vou|vamos|estou|estamos|vai|acabei de|acabamos de) (?:me |nos )?mud(?:ar|ando)"
        r"(?! (?:o|a|os|as|meu|minha) (?:endereco|cep|pedido|entrega|rua|numero)\b)",
        r"me mudei|nos mudamos|mudanca de casa|casa nova|(?:i m|we re|i am|we are) moving",
    ),
    # (not where it was sent to begin with: "mandei entregar direto na casa dela")
    _phrase(
        "alterar endereco entrega",
        r"(?<!mandei )(?<!pedi para )(?<!coloquei para )(?:mandar|entregar|enviar|redirecionar) "
        r"(?:\w+ )?(?:para|na|no|em) (?:a |o )?(?:casa|outro endereco|outro lugar|trabalho|"
        r"escritorio)"
        # (a gift sent straight to a friend's, the price kept from them, is no change)
        r"(?!.*\b(?:de presente|para presente|embrulh\w*|veja|visse|saiba|soubesse|descubra|"
        r"descobrisse)\b)",
        # ...where it was sent to begin with, to be changed: "coloquei pra entregar no
        # escritório mas vou estar de férias, muda?"
        r"(?:mandei|pedi para|coloquei para) (?:mandar |entregar |enviar )?(?:\w+ )?(?:para|na|no|"
        r"em) (?:a |o )?(?:casa|trabalho|escritorio)\b(?=.*\b(?:mud|alter|troc|corrig|"
        r"redirecion)\w*)",
        # (a gift wrapped to be sent straight there: "vcs embrulham pra presente? quero mandar
        # direto pra casa da minha madrinha")
        unless=r"embrulh|para presente",
    ),
    # Before dispatch: cancelling is free "enquanto não forem despachados"
    _phrase(
        "enquanto despachados",
        r"(?:ainda )?(?:nao|nem) (?:foi |foram )?(?:enviad|despachad|postad)\w*",
    ),
    # Still in the warehouse: "ainda não saiu pra entrega", "nem saiu pra entrega",
    # "nenhum saiu do galpão"
    _phrase(
        "enquanto despachados",
        r"(?:nao|nem) saiu (?:para (?:entrega|envio)|do (?:galpao|estoque|deposito|centro))",
        r"saiu do (?:galpao|estoque|deposito|centro de distribuicao)",
    ),
    # An order undone: "onde no site eu desfaço a compra?"
    _phrase(
        "cancelar pedido",
        r"(?:desfazer|desfaco|desfaz|desfazem|desfizer|desfizermos|desfizesse) (?:a |o |minha |"
        r"meu |essa |esse )?"
        r"(?:compra|pedido)",
    ),
    # The money back in a way to pay: "se eu devolver recebo de volta no pix ou em vale-compra?"
    _phrase(
        "reembolso mesma forma de pagamento",
        r"(?:recebo|receber|recebe|vem|volta|cai) (?:o dinheiro |o valor )?(?:de volta )?(?:no|em|"
        r"pelo|via|na forma de) (?:pix|cartao|boleto|vale\w*|credito)",
        when=r"devol|reembols|estorn|de volta|dinheiro",
        unless=r"desconto|parcel",
    ),
    # Given up before it leaves, which is cancelling: "desisti do mixer antes dele sair do
    # estoque, vou pagar alguma taxa?", "se a associação desistir do pedido antes de ele sair"
    _phrase(
        "cancelar pedido antes despachado",
        r"(?:desisti|desistir|desisto|desistiu|desistimos)(?: \w+){0,8}? antes (?:de |d)?(?:ele |"
        r"ela |voces )?(?:sair|sai|ser despachad\w*|ser enviad\w*|despachar|enviar|despacharem|"
        r"enviarem|mandarem|postarem)(?: do (?:estoque|galpao|deposito|centro de distribuicao))?",
        # (a return's pickup is no dispatch: "posso desistir antes de mandarem a coleta?")
        unless=r"coleta|reembols|estorn",
    ),
    # ...or of one not sent yet, or only just made: "onde clico pra desistir de um pedido que
    # ainda nem saiu?", "fiz a compra ontem de noite, se eu desistir agora cobram alguma coisa?"
    _phrase(
        "cancelar pedido antes despachado",
        r"(?:desisti|desistir|desisto)(?: \w+){0,4}? (?:pedido|compra|encomenda) "
        r"(?:que )?(?:ainda )?(?:nem|nao) (?:saiu|foi (?:enviad|despachad|postad)\w*)",
        r"(?:desistir|desisto) agora",
        unless=r"coleta|reembols|estorn|recebi|chegou|chegaram|veio|entregue|abri|loja fisica|"
        r"na loja",
        when=r"ainda (?:nem|nao) saiu|(?:nem|nao) (?:saiu|foi (?:enviad|despachad|postad))|"
        r"(?:comprei|fiz (?:a|o|uma|um) (?:compra|pedido)|pedi)(?: \w+){0,5} (?:ontem|hoje|agora|"
        r"ha pouco|mais cedo)",
    ),
    # ...or where on the site the customer gives it up: "onde fica a opcao de desistir do
    # pedido la na minha conta?" (one received is sent back: regret's)
    _phrase(
        "cancelar pedido meus pedidos",
        r"(?:opcao|botao|link|aba|campo)(?: \w+){0,4}? (?:de |para )?(?:desistir|desisto)(?: d[oa] "
        r"(?:meu |minha "
        r")?(?:pedido|compra|encomenda))?",
        unless=r"coleta|reembols|estorn|recebi|chegou|chegaram|veio|entregue|abri|devolv|"
        r"loja fisica",
    ),
    # ...or after, asked still: "o rastreio diz que já tá com a transportadora, dá pra cancelar
    # mesmo assim?" (the cancelling entry says what holds after dispatch)
    _phrase(
        "despachado",
        r"o rastreio (?:diz|mostra|fala|consta|informa|ta dizendo|esta dizendo)(?: que)?",
        r"(?:segundo|pelo|conforme) o rastreio",
        when=r"cancel\w* (?:\w+ )?(?:mesmo assim|ainda assim)|cancelar (?:agora )?ainda (?:rola|da|"
        r"pode|consigo|tem como|e possivel)|ainda (?:rola|da para|consigo|posso|tem como) cancelar",
    ),
    _phrase(
        "cancelar pedido despachado",
        r"(?:da para|consigo|posso|ainda da para|tem como|da) cancelar(?: \w+){0,2}? (?:mesmo "
        r"assim|ainda assim)",
        # "já tá com a transportadora segundo o rastreio. cancelar agora ainda rola?"
        r"cancelar (?:agora )?ainda (?:rola|da|pode|consigo|tem como|e possivel)",
        r"ainda (?:rola|da para|consigo|posso|tem como) cancelar",
        when=r"transportadora|despach|saiu|enviad|postad|rastreio|caminho",
    ),
    # An order placed twice by mistake: "saiu pedido dobrado", "fiz o pedido duas vezes"
    _phrase("cancelar pedido", r"pedidos? (?:dobrad|duplicad|repetid)\w*"),
    _phrase("sem custo", r"sem pagar(?: nada)?"),
    # Correcting one's data is the data right, not an address change: "corrigir meus dados".
    _phrase(
        "correcao dados",
        r"corrigir (?:\w+ ){0,3}?(?:meus |os meus |minhas )(?:dados|informac\w*)"
        r"(?! d[aeo]s? (?:pedido|entrega|endereco|nota|compra))",
        r"corrigir (?:\w+ ){0,3}?(?:os |meus )?dados cadastrais",
    ),
    # A return with no reason given: "posso devolver sem dar motivo?"
    _phrase(
        "sem justificativa",
        r"sem (?:dar |precisar dar |ter que dar |precisar )?(?:motivo|justificar|explicac\w*|"
        r"explicar|razao)",
        # ...asked the other way: "preciso explicar o motivo?", "tenho que justificar?"
        r"(?:preciso|tenho que|tenho de|precisa|devo) (?:explicar|dar|falar|informar|justificar)"
        r"(?: o| um| a)?(?: motivo| razao| porque)(?= |$)",
        # ...in English: "do I have to give a reason?"
        r"(?:give|giving|need|state) (?:a |any )?reason|without (?:a |any |giving )?reason",
        # (a trip or a party called off is the reason told, not the order cancelled: "a viagem
        # foi cancelada e as bolsas chegaram, posso devolver sem dar motivo?")
        unless=r"(?<!viagem foi )(?<!festa foi )(?<!evento foi )cancel|atras|garantia|defeito",
    ),
    # Just arrived is no sold-out ("acabou" reads "esgotado"): "acabou de chegar e não liga".
    _phrase("chegou", r"acab(?:ou|ei|amos|aram) de (?:chegar|receber|vir|ser entregue)"),
    # When the team is online: "em dia útil o time de vcs fica online de q horas a q horas?"
    _phrase(
        "horario atendimento",
        r"(?:o |a )?(?:time|equipe|pessoal|galera|turma|atendimento|sac|suporte)(?: de voces| da "
        r"loja| da estaloja)? (?:fica|ficam|esta|estao) (?:online|disponive\w*|on)",
        when=r"horas?\b|horario|ate quando|a partir de quando",
        # (nor the shop's counter: "o pessoal da loja fica disponível até que horas pra retirada?")
        unless=r"loja fisica|augusta|retira\w*|balcao|presencial",
    ),
    # The assistant itself at an hour of the night: "tem como falar com vc tipo 2h da manhã?"
    _phrase(
        "assistente virtual responde 24 horas",
        r"(?:falar|conversar) com (?:voce|o bot|a assistente|o robo)(?: \w+){0,2}? (?:de madrugada|"
        r"a noite|de noite|tarde da noite|\d+ ?h(?:oras)? da (?:manha|madrugada|noite))",
        # ...or this chat used then: "consigo usar esse chat às 4h da manhã?"
        r"(?:usar|acessar|chamar) (?:esse|este|o) (?:chat|whatsapp)(?: \w+){0,2}? (?:de madrugada|"
        r"a noite|de noite|tarde da noite|(?:as |a )?\d+ ?h(?:oras)?(?: da (?:manha|madrugada|"
        r"noite))?)",
    ),
    # When people answer: "os atendentes trabalham de domingo?", "vc responde de madrugada?"
    _phrase(
        "horario atendimento",
        r"(?:atendentes?|voces|voce|alguem|a equipe) (?:(?:ainda|tambem|so|ai) )?(?:trabalham|"
        r"trabalha|atendem|atende|respondem|responde) "
        r"(?:(?:de|no|aos|nos|a|na|em|durante a|pela) )?(?:domingo|domingos|sabado|sabados|"
        r"feriados?|fim de semana|final de semana|madrugada|noite)(?!.*\b(?:loja|retir\w*|"
        r"buscar)\b)",
    ),
    # When the people start or stop: "que horas o pessoal do sac começa a trabalhar?"
    _phrase(
        "horario atendimento",
        r"(?:que horas|a partir de que horas|ate que horas) (?:o |a |os |as )?(?:pessoal|equipe|"
        r"galera|turma|time|atendentes?|atendimento|sac|suporte)(?: do (?:sac|atendimento|"
        r"suporte|whatsapp|zap|chat))? (?:comeca|comecam|abre|abrem|entra|entram|inicia|iniciam|"
        r"para|param|fecha|fecham|encerra|encerram|sai|saem)\b",
    ),
    # "Tem atendimento com pessoa no domingo?": when people answer.
    _phrase(
        "horario atendimento",
        r"(?:tem|ha|existe) atendimento (?:(?!loja|retir|fisica)\w+ ){0,3}?(?:no|de|aos|nos|a|na) "
        r"(?:domingo|domingos|"
        r"sabado|sabados|feriados?|fim de semana|final de semana|madrugada|noite)"
        r"(?!.*\b(?:loja|retir\w*|buscar)\b)",
        # (the hour first: "numa quarta depois do expediente, tipo 21h, alguém responde?")
        r"\bse (?:eu )?(?:precisar|mandar|chamar|quiser|tiver)\b.{0,40}(?:depois do expediente|"
        r"fora do expediente|\b\d{1,2} ?h(?:oras)?|de madrugada|a noite|de noite)\b.{0,40}"
        r"\balguem (?:ai |ainda |de voces )?(?:responde|atende)\b",
        # (the day first: "domingo tem atendimento com pessoa?")
        r"^(?:e |e no |no |de |aos |nos |em )?(?:domingo|domingos|sabado|sabados|feriados?|"
        r"fim de semana|final de semana|madrugada|de noite|a noite) (?:voces |vcs )?(?:tem|ha) "
        r"atendimento(?!.*\b(?:loja|retir\w*|buscar)\b)",
    ),
    # The shop open on a holiday: "abre feriado?", "vocês abrem domingo?"
    _phrase(
        "loja fisica funciona",
        r"(?<!suporte )(?<!sac )(?<!chat )(?<!atendimento )(?:voces |a loja )?abrem? (?:no |em |"
        r"nos |aos |dia de )?(?:feriados?|domingos?|sabados?)(?!.*\b(?:atendimento|atendente|"
        r"humano|whatsapp|zap|chat|sac|suporte|central)\b)",
        # (nor the chat said first: "o whatsapp de vcs abre aos sábados?")
        unless=r"whatsapp|zap|chat|sac|suporte|central|atendimento|atendente|humano",
    ),
    # ...or open when they come by: "vou passar aí no feriado, tá aberto? até q horas?",
    # "da pra passar ai umas 17h30? ou ja ta fechando" (not anything else open: "o chamado tá
    # aberto?", "a promoção ainda está aberta?").
    _phrase(
        "loja fisica funciona",
        r"(?:passar|ir|vou|dar um pulo) (?:ai|la|na loja)\b.{0,60}\b(?:esta|vai estar|estara|fica|"
        r"ficam|estao) (?:abert[oa]s?|fechad[oa]s?|fechando)",
        r"(?:voces|a loja|loja fisica|loja) (?:\w+ )?(?:esta|estao|vai estar|vao estar|fica|ficam) "
        r"abert[oa]s?",
        # ...or before it shuts: "da tempo de chegar na rua augusta antes de vcs fecharem?"
        r"(?:chegar|passar|ir) (?:\w+ ){0,5}?antes (?:de|da) (?:(?:voces|a loja|ela) (?:fecharem|"
        r"fechar|fechem)|fecharem|fechem|fechamento)",
        # ...or whether they may come by on a day: "da pra passar ai no domingo a tarde?"
        r"(?:da para|posso|consigo|podemos|pode) (?:passar|ir|dar uma passada|dar um pulo) (?:ai|"
        r"la|na loja) (?:no|na|nos|num|numa|de|aos|neste|nesse|esse|este) (?:\w+ )?(?:domingo|"
        r"sabado|feriado|fim de semana|final de semana)",
        unless=r"atendimento|atendente|humano|whatsapp|chat|sac|suporte|pedido|chamado|protocolo|"
        r"investigac|reclamac|caixa|pacote|embalagem|lacre|site|app|boleto|fatura|produto|tampa|"
        r"ticket",
    ),
    # An exchange after the first, whose freight the knowledge states by the first: "já é a
    # segunda vez q troco, paga frete?", "a segunda troca tem frete grátis?".
    _phrase(
        "primeira troca",
        # (not another change of mind or of address: "a segunda vez que troco de ideia")
        r"(?:segunda|terceira|quarta|outra|nova|\d+a) (?:vez (?:que )?(?:eu |a gente )?(?:troco|"
        r"trocamos|troquei)|troca)(?! de (?!(?:tamanho|cor|modelo|produto)\b))",
    ),
    # The boleto's last day gone by: "ontem era o último dia do boleto e eu não paguei".
    _phrase("boleto vencido", r"ultimo dia (?:do|pra pagar o|para pagar o) boleto"),
    # Holding a product for them: "pode reservar o último conjunto pra mim?"
    _phrase(
        "reservas produtos",
        r"(?:reservar|reserva|reservam|reservarem|reservassem|segurar|segura|seguram|segurarem|"
        r"segurassem|guardar|guarda|guardam|guardarem|guardassem) "
        r"(?:(?!(?:minha |meu |a |o )?(?:encomenda|pedido|compra|entrega|envio|pacote|caixa|boleto|"
        r"nota|preco|cancelamento))\w+ ){0,5}?para (?:mim|eu)",
        # ...in English: "can you hold an item for me until payday?" (not an order, a parcel
        # or the customer's details kept: "can you hold my orders for me until I'm back?",
        # "can you save my card for me?")
        r"(?:hold|reserve|save|keep|put aside|set aside) (?:(?!(?:my |the |an? )?(?:orders?|"
        r"packages?|parcels?|deliver(?:y|ies)|shipments?|refunds?|payments?|cards?|"
        r"address(?:es)?|carts?|receipts?|invoices?|details|info|gift)\b)\w+ ){0,4}?for me",
    ),
    # ...or a product held at all: "vcs guardam produto se a gente pedir pelo whats?"
    _phrase(
        "reservas produtos",
        r"(?:guardam|guardar|guardarem|reservam|reservar|reservarem|seguram|segurar|separarem|"
        r"separassem) (?:o |um |uma |os |as )?(?:produtos?|itens|item|pecas?|mercadorias?)\b",
        unless=r"dados|cartao|nota|troca|devoluc|defeito",
    ),
    # ...and making sure of one, said beside holding it: "vcs guardam produto? queria
    # garantir um faqueiro pro natal" (not the warranty's "garantia")
    _phrase(
        "reserva",
        r"(?:garantir|garanto|garante) (?:um|uma|o|a|os|as|meu|minha)\b",
        when=r"reservas produtos|reserva estoque",
        unless=r"garantia|defeito|troca|devoluc|reembolso",
    ),
    # ...set aside, a quantity named: "vcs separam uma pra mim quando chegar?" (not the invoice,
    # the payment or the packing: "vcs separam a nf pra mim?")
    _phrase(
        "reservas produtos",
        r"(?:separam|separem|separar|separarem|separassem) (?:uma|um|duas|dois|\d+|o ultimo|a "
        r"ultima)(?: \w+){0,3}? para mim",
    ),
    # A delivery the same day: asked after as one thing ("vocês fazem entrega no mesmo dia?").
    _phrase(
        "mesmodia",
        r"(?:(?<=entrega )|(?<=envio )|(?<=despacho )|(?<=entregam )|(?<=despacham )|(?<=frete )|"
        r"(?<=chega ))(?:no )?mesmo dia|same day|(?:(?<=retirar na loja )|(?<=buscar na loja )|"
        r"(?<=retirada na loja )|(?<=pegar na loja )|(?<=retirar o pedido )|(?<=buscar o pedido )|"
        r"(?<=pegar o pedido )|(?<=retirar a compra )|(?<=retirar na loja fisica )|"
        r"(?<=buscar na loja fisica ))(?:hoje mesmo|no mesmo dia)",
        # ...the place after: "dá pra pegar hoje mesmo na loja?"
        r"(?:(?<=retirar )|(?<=buscar )|(?<=pegar )|(?<=retiro ))(?:hoje mesmo|no mesmo dia)"
        r"(?= (?:na|no) loja)",
    ),
    # ...or bought now to come today: "compro agora de manhã e chega ainda hoje à tarde?"
    _phrase(
        "mesmodia",
        r"(?<=chega )(?:ainda )?hoje|(?<=chegar )(?:ainda )?hoje|(?<=entregam )(?:ainda )?hoje",
        when=r"(?:compro|comprar|comprando|peco|pedir|fizer o pedido|fechar o pedido)\b.{0,40}"
        r"\b(?:chega|chegar|entregam) (?:ainda )?hoje\b",
    ),
    # ...the shop named between: "consigo retirar na loja da Augusta no mesmo dia?"
    _phrase(
        "mesmodia",
        r"no mesmo dia|hoje mesmo",
        when=r"(?:retirar|buscar|pegar|retiro|retirada)\b(?: \w+){0,5}? (?:hoje mesmo|no mesmo "
        r"dia)",
        # (not an item taken out of the cart: "quero retirar hoje mesmo o produto do carrinho")
        unless=r"carrinho|sacola",
    ),
    # Waiting for a restock: "tem lista de espera?"
    _phrase("avise", r"(?:lista|fila) de espera", r"waiting list"),
    # A payment that has gone through: "caiu o boleto?", "o pagamento já compensou?"
    _phrase(
        "aprovacao pagamento",
        r"(?:caiu|compensou|entrou) (?:o |meu )?(?:boleto|pagamento)",
        r"(?:boleto|pagamento) (?:\w+ )?(?:caiu|compensou|entrou)",
    ),
    # Unused: "never used", "nem usei"
    _phrase(
        "sem uso", r"(?:never|not) used", r"(?:nao|nem|nunca) (?:usei|foi usad\w*)", "sem usar"
    ),
    _phrase("antes despacho", r"antes de (?:enviar|despachar|sair|postar)"),
    # Arrived damaged: "veio com defeito", "chegou trincado", "veio sem funcionar"
    _phrase(
        "avariado defeito",
        r"(?:veio|vieram|chegou|chegaram|recebi|estava) (?:\w+ ){0,2}?(?:com defeito|sem funcionar|"
        r"quebrad\w*|danificad\w*|amassad\w*|trincad\w*|rachad\w*|riscad\w*|lascad\w*|"
        r"(?:em|aos) pedacos|despedacad\w*)",
        # ...or a flaw it came with, by its noun: "o prato chegou com uma lasca na borda"
        r"(?:veio|vieram|chegou|chegaram) com (?:uma |um )?(?:lasca|trinca|rachadura|amassado|"
        r"risco|arranhao|quebra|furo|mancha)s?\b",
        # ...or found so on opening it: "abri a caixa agora e a travessa tá com uma trinca"
        r"abri (?:a |o )?(?:caixa|pacote|embalagem|encomenda)(?: \w+){0,6}? (?:esta|estava|veio) "
        r"(?:com (?:uma |um )?(?:lasca|trinca|rachadura|amassado|risco|arranhao|quebra|furo|"
        r"mancha)s?|quebrad\w*|trincad\w*|rachad\w*|amassad\w*|lascad\w*)\b",
        # ...or a part loose, come so from the factory: "recebi a frigideira com o cabo solto,
        # veio assim da fábrica"
        r"(?:veio|vieram|chegou|chegaram|recebi) (?:\w+ ){0,3}?com (?:o |a |os |as |um |uma )?"
        r"(?:cabo|alca|tampa|pe|pes|pezinho|botao|puxador|borda|base|fundo|rosca)s? "
        rf"{_LOOSE}\b",
        # (come so: not what came from the factory, "a senha que veio de fábrica"; a flaw named
        # before, not a look asked after, "a cor veio assim de fábrica, meio fosca, é normal?")
        rf"(?:{_LOOSE}|quebrad[oa]|trincad[oa]|rachad[oa]|amassad[oa]|lascad[oa]|defeito)\b"
        r".{0,40}?(?:veio|vieram|chegou|chegaram) assim (?:da|de) fabrica",
        # Found on opening the box: "quando abri a caixa tinha dois pratos quebrados"
        r"(?:abri|abrir|abrimos|desembalei|desembalar) (?:a |o )?(?:caixa|pacote|embalagem|"
        r"encomenda|pedido)\b.{0,50}?(?:quebrad\w*|trincad\w*|rachad\w*|lascad\w*|amassad\w*|"
        r"danificad\w*|faltando|com defeito)",
        # ...with a few words between: "chegou hoje e está com o fundo empenado"
        r"(?:veio|vieram|chegou|chegaram|recebi) (?:(?!(?:pagina|link|site|arquivo|pdf|codigo|"
        r"rastreio|se|email)\b)\w+ ){1,8}?(?:(?<!se )(?<!nenhum )com (?:\w+ ){0,2}defeit\w*|"
        r"empenad\w*|tort[oa]|deformad\w*|descascad\w*|enferrujad\w*|furad\w*|manchad\w*|"
        r"quebrad\w*|trincad\w*|rachad\w*|amassad\w*|lascad\w*)",
        r"(?:arrived|came|showed up|got here) (?:with )?(?:a )?defect\b",
        # ...not working once unpacked: "chegou ontem, abri hoje e o liquidificador
        # simplesmente não liga" (not "chegou o boleto mas o site não funciona").
        # ("não liga", a machine's; "não funciona" is said of links and codes too)
        r"(?:veio|chegou|chegaram|recebi|abri|abrimos|desembalei)\b (?:(?!(?:site|app|link|cupom|"
        r"boleto|pix|pagina|rastreio|codigo|sistema|email|interfone|cartao|celular)\b)\w+ )"
        r"{0,8}?(?:simplesmente )?nao (?:liga|ligou|esquenta|aquece)\b",
        r"(?:arrived|came|showed up|got here) (?:\w+ ){0,4}?(?:broken|damaged|cracked|defective|"
        r"dented|dent|chipped|shattered|scratch\w*|bent|snapped|missing)",
        # ...told at length: "arrived today and two of the plates were broken".
        r"(?:arrived|came|showed up|got here) (?:(?!but|nothing|not|no|if|tracking|invoice|"
        r"receipt\b)\w+ ){5,8}?(?:broken|damaged|cracked|shattered|chipped|dented|snapped)",
        # ...and in Spanish: "la cafetera llegó rota"
        r"(?:llego|llegaron|vino|vinieron) (?:\w+ ){0,4}?con defecto|no (?:enciende|prende) desde"
        r"|(?<!link )(?<!pagina )(?<!sitio )(?<!web )(?<!app )(?<!cupon )(?<!codigo )(?<!rastreio"
        r" )(?<!rastreo )no funciona desde",
        r"(?:llego|llegaron|vino|vinieron) (?:\w+ ){0,4}?(?:rot[oa]s?|danad[oa]s?|quebrad[oa]s?|"
        r"defectuos[oa]s?|abollad[oa]s?)",
    ),
    # Not working: "parou de funcionar", "não liga"
    _phrase(
        "defeito",
        r"sem funcionar|nao funciona\w*|parou de funcionar|nao (?:liga|ligou|esquenta|gira)",
        # ("o entregador nem ligou antes de vir" phoned)
        r"(?<!entregador )(?<!loja )(?<!ninguem )nem (?:liga|ligou|esquenta)(?! (?:para|pra) "
        r"(?:mim|me|isso)| antes| me)",
        r"(?:doesn t|does not|not|stopped) work\w*",
    ),
    # Money back: "quando o dinheiro volta", "como vocês me devolvem o valor"
    _phrase(
        "reembolso estorno",
        r"(?:dinheiro|valor|grana) .{0,12}(?:volta|voltar|devolv\w*|retorna|cai)",
        r"(?:devolv\w*|receber|recebo|reaver) (?:o |meu )?(?:dinheiro|valor|grana)",
        r"(?:como|quando) (?:vem|volta|fica|funciona|e feito|cai) (?:o |meu )?"
        r"(?:estorno|reembolso)",
        # ...asked the other way round: "o estorno vem como? cai tudo de uma vez?"
        r"(?:o |meu )?(?:estorno|reembolso) (?:vem|volta|cai|fica|e feito) (?:como|quando)",
        r"money back",
    ),
    _phrase("esgotado", "em falta", "fora de estoque", "sem estoque", "sold out", "out of stock"),
    # A place's access and parking, in one word the knowledge would have to use: "tem acesso
    # para cadeira de rodas?" (not the data's "acesso"), "tem lugar pra parar o carro?"
    _phrase(
        "rampa",
        r"(?:acesso|entrada|rampa)s? (?:para|de|pra) cadeira(?:nte)?s?(?: de rodas)?",
        "acessibilidade",
    ),
    _phrase(
        "estacionamento",
        r"lugar (?:para|de) (?:parar|estacionar)(?: o carro)?|vagas? (?:de|para) (?:carro|"
        r"estacionar|estacionamento)",
    ),
    _phrase(
        "lgpd privacidade",
        r"(?:lei geral de )?protecao de dados",
        "data protection",
        r"proteccion de datos",
    ),
    _phrase("nova", "segunda via"),
    _phrase("nota fiscal", "cupom fiscal"),
    # Another address for the same order: "coloquei o endereço do trabalho, consigo trocar pro
    # de casa?"
    _phrase(
        "alterar endereco",
        r"(?:trocar|mudar|alterar|corrigir|passar) (?:ele |ela )?(?:para|pro) (?:o )?(?:de casa|da "
        r"minha casa|do trabalho|do servico|da minha mae|do meu pai|outro|certo|novo)\b",
        when=r"endereco",
    ),
    # A person asked after at a time is the team's hours: "sábado à tarde consigo falar com
    # uma pessoa?", "tem alguém aí ou só robô a essa hora?"
    _phrase(
        "atendimento humano horario",
        r"(?:falar|conversar) com (?:uma pessoa|alguem|um atendente|uma atendente|gente|um humano|"
        r"uma humana)(?: de voces| de verdade| real| da equipe| do atendimento| do suporte|"
        r" do sac)?",
        r"tem (?:alguem|gente|uma pessoa|atendente)(?: ai| de verdade)? ou (?:so )?(?:robo|bot|ia|"
        r"maquina)",
        when=_AT_A_TIME,
    ),
    # ...or someone "atendendo" on a day, not at the shop ("a loja abre sábado? tem gente?")
    _phrase(
        "atendimento humano horario",
        r"tem (?:alguem|gente|uma pessoa|alguma pessoa|atendente|humano|humana)(?: de carne e osso|"
        r"de verdade| de voces| ai| aqui){0,2} (?:atendendo|respondendo)",
        # ...or there at the time: "tem alguém aqui de noite? só consigo escrever depois das 23h"
        r"tem (?:alguem|gente|alguma pessoa|atendente|humano)(?: de voces| ai| aqui)? "
        r"(?:de noite|a noite|de madrugada|no sabado|no domingo|de sabado|de domingo|"
        r"nos? feriados?|no fim de semana)",
        when=_AT_A_TIME,
        unless=r"loja|augusta|fisica|receb|entreg|portaria|porteiro|casa",
    ),
    # ...or online at an hour: "vcs atendem de noite? tipo 22h tem alguem online?"
    _phrase(
        "atendimento humano horario",
        r"tem (?:alguem|gente|uma pessoa|alguma pessoa|atendente|humano|humana)(?: de verdade| de "
        r"voces| ai| aqui){0,2} online",
        when=rf"{_AT_A_TIME}|\d+ ?h\b|\d+ horas",
        unless=r"loja|augusta|fisica|receb|entreg|portaria|porteiro|casa",
    ),
    # ...or a person there on a day: "domingo tem atendente?"
    _phrase(
        "atendimento humano horario",
        r"(?:sabado|domingo|feriado|sabadao|domingao|de noite|a noite|de madrugada) (?:voces )?"
        r"tem (?:atendente|atendimento humano|gente atendendo|alguem atendendo)",
        unless=r"loja|augusta|fisica|receb|entreg|portaria|porteiro|casa",
    ),
    # ...in English: "are your human agents available on weekends too?"
    _phrase(
        "atendimento humano horario",
        r"(?:human|real) (?:agents?|people|persons?|staff|attendants?|beings?)(?: \w+){0,2} "
        r"(?:available|working|online|around|answering)",
        when=r"weekends?|saturdays?|sundays?|nights?|holidays?|monday|friday|hours|what time",
    ),
    # ...or when they are, or answer: "which days and times are real people available?", "on a
    # sunday, when will an actual human get back to me?", "what time is your customer service
    # team available?"
    _phrase(
        "atendimento humano horario",
        r"which (?:days|hours|times)(?: and (?:days|hours|times))? (?:\w+ ){0,3}?(?:real people|"
        r"humans?|people|team|someone)(?: \w+){0,2} available",
        r"when (?:will|would|do|does) (?:an? )?(?:actual |real )?(?:human|person|people|someone) "
        r"(?:get back|reply|respond|answer)",
        # (an earlier phrase's words stand between two spaces: "your  atendimento  team")
        r"what time (?:is|are|does|do) (?:your +|the +)?(?:(?:customer )?(?:service|support|care)|"
        r"atendimento)(?: +team)? +(?:available|open|online|working|work|start|answer|reply)",
        # ...or when one is there: "when is a real person from your team available to chat?"
        r"when (?:is|are) (?:a |an |the |one of (?:your|the) )?(?:real |actual |human )?(?:person|"
        r"human|people|someone|somebody|anyone|agents?|staff|atendimento|team)\b(?: +\w+){0,4}? "
        r"+(?:available|online)",
        # ...or when one can be reached: "when can I reach one of your human agents?"
        r"(?:when|what time) can (?:i|we) (?:reach|talk (?:to|estou|with)|speak (?:to|estou|with)|"
        r"contact|get) (?:one of )?"
        r"(?:your +|the +)?(?:human|real|actual) (?:agents?|people|persons?|staff|beings?|"
        r"attendants?)",
        r"(?:when|what time) can (?:i|we) (?:reach|talk (?:to|estou|with)|speak (?:to|estou|with)|"
        r"contact|get) an? (?:real |actual )?(?:person|human)",
    ),
    # The exchange's own time limit: "qual o prazo pra trocar presente?"
    _phrase(
        "troca dias",
        # (the verb, or the noun with nothing after: "troca de chuveiro" is another thing)
        r"prazo (?:para|de) (?:trocar\b|(?:a )?troca(?! d[eoa]s?\b))",
        unless=r"devolv|arrepend|defeit|quebr|garantia|cartao|endereco|senha|forma de pagamento|"
        r"cpf|cnpj",
    ),
    # Told it left: "quando sair pra entrega como eu fico sabendo?" (not stock or a refund)
    _phrase(
        "rastreio codigo enviamos",
        r"(?:como|onde) (?:que )?(?:eu )?(?:fico sabendo|vou saber|sou avisad[oa]|me avisam)",
        when=r"sair|saiu|despach|enviad|para entrega",
        unless=r"estoque|esgotad|voltar|disponivel|reembolso|estorno|aprova|nota|quantos dias|"
        r"prazo|demora",
    ),
    # Taking it to the post office oneself: "vou ter que levar no correio a peça quebrada?"
    _phrase(
        "coleta no seu endereco",
        r"(?:levar|postar) (?:\w+ ){0,3}?(?:no|ao|na|nos|pelo|pelos) (?:correio|correios|agencia)",
        # (a return or damage: not "levar minha mãe no correio pra buscar uma encomenda")
        when=r"devolv|troc|quebr|defeit|arrepend|avari|amass|trinc|rachad|coleta",
        unless=r"boleto|banco",
    ),
    # ...or fetched from home, what the return costs: "pra devolver, vcs cobram pela retirada do
    # produto aqui em casa?"
    _phrase(
        "coleta gratuita",
        r"(?:cobram|cobra|pago|pagar|custa) (?:\w+ )?(?:pela|a|na) (?:retirada|busca|coleta)"
        r"(?: d[oa] \w+)?(?: aqui)? (?:em|na minha|de) casa",
        when=r"devolv|troc|arrepend|devoluc",
    ),
    # Points running out: "uns pontos do aurora+ do natal passado, eles vencem?"
    _phrase(
        "expiram",
        r"(?:vencem|vence|vencer|venceram|caducam|caducar)",
        # (a point, said as one: "to juntando ponto com as compras, eles vencem?")
        when=r"pontos?\b",
        unless=r"boleto|fatura|parcela|troca|garantia|prazo|cartao|cupom",
    ),
    # One's details corrected: "se eu quiser corrigir alguma coisa do meu cadastro?"
    _phrase(
        "correcao dos seus dados",
        r"(?:corrigir|atualizar|alterar|mudar) (?:\w+ ){0,3}?(?:do |meu |o |no |os |meus )?"
        r"(?:cadastro|dados)",
        unless=r"endereco|entrega|pedido|cnpj|cpf|nota|cartao|senha|banc|pontos|aurora",
    ),
    # Where to get it: "preciso da nota pra garantia, onde eu pego ela?"
    _phrase(
        "nota fiscal disponivel meus pedidos",
        r"onde (?:que )?(?:eu )?(?:pego|acho|encontro|baixo|consigo|tiro|vejo|emito) (?:a nota|ela|"
        r"a nf|essa nota)",
        when=r"nota",
    ),
    # A parcel lost is sent again, not exchanged: "if my package gets lost, do I pay shipping
    # again for the replacement?"
    _phrase(
        "reenvio",
        r"(?:the |a )?(?:replacement|new one|resend\w*|reship\w*)",
        when=r"(?:package|parcel|order|delivery|box)\b.{0,30}\b(?:gets?|got|is|was|goes|went|been) "
        r"lost|lost (?:package|parcel|order)|extravi",
        unless=r"receipt|invoice|nota",
    ),
    # A boleto's validity lost is its due date passed: "ate quando tenho pra pagar antes dele
    # perder a validade?", "...antes dele expirar?"
    _phrase(
        "vencer",
        r"(?:perder|perde|perca) (?:a )?validade",
        r"expir(?:ar|a|e|ou)",
        when=r"boleto",
    ),
    # A floor per instalment is its minimum: "tem um piso por parcela?"
    _phrase(
        "parcela minima",
        r"(?:um |o |algum )?(?:piso|valor minimo|minimo|limite minimo|piso de valor) (?:por|de|da|"
        r"para cada|em cada) (?:parcela|prestac\w*|prestasao)",
    ),
    # ("gift rap" is the same wrapping typed by ear; "o pacotinho de presente tem taxa?" the
    # package made a gift)
    _phrase(
        "embrulho presente",
        "papel de presente",
        r"gift wrap\w*",
        r"gift rap+(?:ing|ed)?",
        r"pacot(?:e|inho) de presente",
    ),
    # A special wrapping is the gift one: "é presente de casamento, fazem embalagem
    # especial?" (not packing that keeps glass from breaking).
    _phrase(
        "embalagem presente",
        r"(?:fazem|faz|tem|oferecem|oferece|colocam|coloca|poem|mandam com|da para pedir) (?:uma |"
        r"a )?embala\w* (?:especial|bonita|caprichada|diferenciada)",
        r"embala\w* (?:especial|bonita|caprichada|diferenciada) (?:para|de) presente",
        unless=r"quebr|proteg|vidro|fragil|amass|seguranc|reciclav|sustentav|plastico|isopor|rasg|"
        r"danific|violad|abert|estrag|devol|troc|original|fabrica|marca\b|joguei|envio|transporte|"
        r"vaz|reforc|frete|nome",
    ),
    # ...or asked to come wrapped, at a price: "se eu pedir pra vir embaladinha sai quanto a
    # mais?" (not packed to travel safely: "vem bem embaladinha? tenho medo de quebrar")
    _phrase(
        "embrulho presente",
        r"(?:vir|venha|mandar|mandem|enviar|envie) (?:bem )?embaladinh[oa]s?",
        unless=r"quebr|proteg|vidro|fragil|amass|seguranc|danific|transporte|chegar inteir",
        when=r"presente|afilhad|aniversari|a mais|quanto|taxa|cobra|custa|preco|valor",
    ),
    # The price seen by whom the gift is for: "é surpresa pro meu sogro, ele vai ver o preco no
    # papel dentro do pacote?", "o valor vai aparecer pra ele em algum papel?" (the gift
    # wrapping's "não enviamos a nota fiscal junto com o presente")
    _phrase(
        "presente junto sem nota embrulho",
        r"(?:vai |vao |iria |vai acabar )?(?:ver|vendo|saber|descobrir|aparece\w*|aparecer)"
        r"(?: \w+){0,4}? (?:o |do )?(?:preco|valor|quanto (?:custou|paguei|eu paguei))",
        r"(?:o |a )?(?:preco|valor) (?:vai |vao |iria )?(?:aparecer|aparece|aparecera) (?:para|a) "
        r"(?:ele|ela|quem)",
        when=r"surpresa|presente|sogr|aniversari|pra ele|pra ela|para ele|para ela|dele|dela",
        unless=r"site|carrinho|checkout|fatura|extrato|cartao|boleto|pix|parcel|frete",
    ),
    # A building's or a company's board, no invoice: "o conselho fiscal vetou a compra"
    _phrase("conselho", r"conselho fiscal", r"fiscal do condominio"),
    # Told when it is back, of a product sold out: "diz esgotado. tem como me avisarem?"
    _phrase(
        "avise me quando voltar",
        r"(?:tem como|da para|podem|pode|conseguem|consegue|voces) me avisar(?:em)?",
        when=r"esgot|estoque|indisponiv|acabou|sumiu do site|voltar|volta\b",
        unless=r"entreg|despach|rastre|pagamento|boleto|pix|reembols|estorn|chegar|chegou",
    ),
    # Collecting it in person, asked of the freight: "se eu passar la e pegar o pedido eu ainda
    # pago envio?" (the freight entry: "retirada na loja física é sempre gratuita")
    _phrase(
        "retirada loja fisica gratuita frete",
        r"(?:passar|passo|for|ir|vou) (?:la|ai|na loja|pessoalmente) e (?:pegar|buscar|retirar) "
        r"(?:o |meu |a |minha )?(?:pedido|compra|encomenda|pacote)",
        when=r"pago|pagar|paga|cobra\w*|taxa|frete|envio|custo|gratis",
    ),
    # A refund the bank is processing: "banco diz q o estorno ta em processamento faz 4 dias"
    _phrase(
        "estorno banco emissor",
        r"(?:estorno|reembolso) (?:\w+ ){0,3}?(?:em processamento|processando|sendo processad[oa]|"
        r"(?:esta|ficou|fica) com o banco)",
        r"(?:banco|cartao) (?:\w+ ){0,3}?(?:processando|processa) (?:o )?(?:estorno|reembolso)",
    ),
    # A boleto left unpaid is one that expires: "se eu nao pagar o boleto os itens ficam
    # guardados pra mim?"
    _phrase(
        "boleto vence",
        r"(?:se|caso) (?:eu )?nao (?:pagar|pague|pagasse) o boleto",
        unless=r"desconto|parcel|juros|multa|nome|cpf|serasa|spc",
    ),
    # Round the clock: "vcs respondem 24h?"
    # ...of the service only ("despacham em 24h?", "o pix cai em 24h?" are not)
    _phrase(
        "24 horas",
        r"(?:(?<=respondem )|(?<=responde )|(?<=atendem )|(?<=atende )|(?<=funciona )|"
        r"(?<=funcionam )|(?<=atendimento )|(?<=whatsapp ))24 ?h(?:rs|oras)?",
    ),
    # ...or the assistant itself at night: "vc funciona de noite tb?", "você responde de
    # madrugada?" (said to "você": not the shop, "a loja funciona à noite?")
    _phrase(
        "assistente virtual responde 24 horas",
        r"(?<!loja )(?:voce|tu|o bot|a assistente|o robo) (?:tambem )?(?:funciona|responde|atende|"
        r"fica online|esta online|trabalha) (?:\w+ )?(?:de noite|a noite|de madrugada|madrugada|"
        r"24 horas|tarde da noite|no fim de semana|nos fins de semana|de domingo|no domingo)",
    ),
    # A reply waited for is the service's hours, not a thing asked after: "so pra eu saber
    # quando posso esperar retorno"
    # (the verb kept; not the answer on something: "o retorno da análise das fotos")
    _phrase(
        "atendimento",
        r"(?:(?<=esperar )|(?<=aguardar ))(?:um |o |uma |a )?(?:retorno|"
        r"resposta)(?! (?:d[oa]s?|sobre|de)\b)",
    ),
    # The ways to pay: "quais as opções de pagamento?"
    _phrase(
        "formas pagamento aceitamos",
        r"(?:opcoes|formas|meios|modos|jeitos|maneiras|modalidades) de (?:pagamento|pagar)",
        unless=r"reembols|estorn|devoluc|cancelament|troca|frete|loja fisica|nao aparece|parcel|"
        r"mudar|alterar",
    ),
    # PIX's discount asked after: "pix tem algum desconto? se tiver eu pago à vista" (not a
    # refund's or an exchange's PIX)
    _phrase(
        "aceitamos pix desconto",
        r"(?:pagar|pagando|pago) (?:no|com|pelo|via|em|por) pix (?:\w+ )?(?:sai|fica|e) (?:mais )?"
        r"(?:barat\w*|em conta)|"
        # ...said without the paying: "meu genro falou q no pix sai mais barato, é verdade?"
        r"(?:no|pelo|via) pix (?:\w+ )?(?:sai|fica|sairia|ficaria) mais (?:barat\w*|em conta)|"
        r"pix (?:tem|da|oferece|ganha|sai com) (?:algum |alguma |um |uma )?desconto|desconto "
        r"(?:no|pelo|pagando no|pagando pelo|para pagar no|para pagar com|com) pix",
        unless=r"reembols|estorn|devoluc|cancelament|troca|devolv",
    ),
    # When the delivery time starts: "o prazo da entrega já tá correndo desde o pedido?"
    _phrase(
        "prazo comeca a contar",
        r"prazo d[ae] entrega (?:ja )?(?:ta |esta |comeca a |vai )?(?:correr|correndo|contar|"
        r"contando|corre|conta)\b",
    ),
    # Nothing on a fresh tracking code yet: "o código que vcs mandaram não mostra nada
    # ainda" (not days without news: "não mostra nada faz 5 dias" is a delay)
    _phrase(
        "rastreio comecar a atualizar",
        r"(?:rastreio|rastreamento|codigo (?:de )?(?:rastreio|rastreamento|dos correios)|codigo "
        r"(?:que|q) (?:voces|vcs) (?:mandaram|enviaram))(?: \w+){0,3}? (?:ainda )?nao (?:mostra|"
        r"aparece|consta|tem|diz) nada(?: ainda)?(?!.{0,40}\b(?:faz|ha|desde|dias|atrasad\w*|"
        r"semana|venceu|passou)\b)",
    ),
    # When a paid boleto is seen: "paguei o boleto hoje, quando vcs confirmam?"
    # (not a cancellation, points or a refund's pix "confirmed")
    _phrase(
        "aprovacao dias uteis apos o pagamento",
        r"(?:quando|quanto tempo|em quanto tempo) (?:voces |a loja )?(?:confirmam|confirma|aprovam|"
        r"aprova|compensam|compensa|reconhecem|identificam|veem|recebem|baixam)(?= (?:o |meu )?"
        r"(?:pagamento|boleto|pix)\b(?! d[oa] (?:devoluc\w*|reembolso|estorno)))",
        # ...or know it: "quanto tempo demora pra vocês ficarem sabendo que eu paguei?"
        r"(?:quanto tempo|em quanto tempo|quando) (?:\w+ ){0,3}?(?:ficarem|ficam|fica|vao ficar) "
        r"sabendo (?:que )?(?:eu )?(?:paguei|pagou|foi pago|o pagamento)",
        # ...asked bare right after paying: "paguei o boleto hoje de manhã, qnd vcs confirmam?"
        r"(?:(?<=paguei o boleto )|(?<=paguei o pix )|(?<=paguei o pagamento )|(?<=paguei )|"
        r"(?<=paguei no boleto )|(?<=paguei no pix ))(?:(?!troca|cancel|devoluc|reembols|estorn|"
        r"pontos|endereco)\w+ ){0,4}?(?:quando|quanto tempo|em quanto tempo) (?:voces |a loja )?"
        r"(?:confirmam|confirma|aprovam|aprova|compensam|compensa|reconhecem|identificam)$",
    ),
    # ...or how many days until the payment is confirmed: "no boleto demora quantos dias
    # úteis pra vcs confirmarem o pagamento?"
    _phrase(
        "aprovacao pagamento dias uteis",
        r"(?:quantos dias(?: uteis)?|quanto tempo) (?:\w+ ){0,3}?(?:para|pra) (?:voces |a loja |"
        r"o sistema )?(?:confirmar\w*|aprovar\w*|compensar\w*|reconhecer\w*|baixar\w*) (?:o |meu )?"
        r"pagamento",
        unless=r"reembols|estorn|devol",
    ),
    # How long a boleto lasts: "o boleto tem validade de quantos dias?"
    _phrase(
        "boleto vence dias",
        rf"validade d(?:[oa]|e um) boleto|boleto (?:de voces |da loja |da {THE_SHOP} )?(?:tem|com) "
        r"(?:qual |que |de )?(?:validade|prazo de validade)",
        # ...or the days there are to pay it: "quantos dias eu tenho pra pagar o boleto?"
        r"(?:quantos dias|quanto tempo|qual o prazo|que prazo) (?:(?:que )?(?:eu |a gente )?"
        r"(?:tenho|tem|temos|ha|terei) )?para pagar (?:o |um |meu )?boleto",
    ),
    # ...or of the boleto named first: "o boleto das caixas tem quanto tempo de prazo pra
    # pagar?", "gerei o boleto do faqueiro hoje, qual o prazo dele?" (not one paid, whose
    # approval is asked: "paguei o boleto ontem, qual o prazo dele?")
    _phrase(
        "boleto vence dias",
        r"boleto\b(?: \w+){0,4}? (?:tem )?(?:quanto|qnto|quantos) (?:tempo|dias)(?: de prazo)? "
        r"(?:para|pra) (?:pagar|vencer)",
        r"boleto\b(?: \w+){0,5}?(?: hoje| ontem)? (?:qual|e qual|que) (?:o |e o )?(?:prazo|"
        r"vencimento) (?:dele|desse boleto|do boleto|para pagar)",
        # ...or its last day, or how long it holds: "gerei o boleto das formas agora pouco, tenho
        # até que dia pra pagar?", "gerei boleto pra pagar os lençóis. qual a validade dele?"
        r"boleto\b(?: \w+){0,8}? (?:eu )?(?:tenho|tem|temos) ate (?:que|qual) dia (?:para|pra) "
        r"pagar",
        r"boleto\b(?: \w+){0,8}? (?:qual|e qual|que) (?:a |e a )?validade (?:dele|desse boleto|do "
        r"boleto)",
        unless=r"(?<!nao )pag(?:uei|ou|amos|aram)|(?:ja|foi) pago|quitei|compens",
    ),
    # A boleto's date let pass: "deixei passar a data do boleto das forminhas"
    _phrase(
        "boleto vencido",
        r"(?:deixei|deixamos|deixou) passar (?:a data|o prazo|o vencimento|o dia) "
        r"(?:de pagamento )?(?:do|de) (?:meu |um )?boleto",
    ),
    # ...or the day it was made told, asked whether it still holds: "gerei o boleto na sexta
    # e só recebo na terça, ainda dá tempo?" (not one paid, whose approval is asked after,
    # nor another way to pay asked for: "posso pagar com cartão em vez disso?"; nor another
    # question about it: "gerei o boleto ontem e o código de barras não lê")
    _phrase(
        "boleto vence dias corridos",
        r"(?:(?:gerei|emiti|tirei|imprimi) (?:o |um |meu )?boleto|boleto (?:gerado|emitido)) "
        r"(?:na |no |em |de )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|ontem|"
        r"anteontem|semana passada|dia \d+)",
        # ("não paguei ainda" is no payment)
        unless=r"(?<!nao )pag(?:uei|ou|amos|aram)|(?:ja|foi) pago|quitei|depositei|efetuei|"
        r"transferi|saiu da|compensou|caiu|aprovad|aprovou|cartao|pix|em vez|outra forma",
        when=r"ainda (?:da|vale|posso|consigo|e valido|esta valendo|da tempo)|ate quando|vence|"
        r"venceu|vencer|vencido|(?:da|dar|deu) tempo|vai dar problema|(?:posso|consigo|"
        r"da para) pagar",
    ),
    # Back in stock, to be told: "me avisam quando repor a forma de pudim?"
    _phrase(
        "avise me quando voltar estoque",
        r"(?:quando|qnd) (?:voces )?(?:repor|reporem|repuserem|repoe|reabastec\w*|tiver de novo|"
        r"tiverem de novo|vai ter de novo|vao ter de novo|voltar ao estoque|voltar a ter)"
        r"(?! (?:a |o )?(?:cor|tamanho|promoc\w*|cupom|frete|desconto|atendimento|entrega)\b)",
    ),
    # Back, asked after: "como faço pra saber quando a forma de bolo volta?"
    _phrase(
        "avise me quando voltar estoque",
        r"(?:saber|avisar|avisa|avise|aviso) (?:\w+ )?quando (?!(?:o |a |os |as )?(?:entregador|"
        r"transportadora|motoboy|correios|atendente|atendimento|moca|site|app|sistema|loja|"
        r"estorno|dinheiro|pix|reembolso|cupom|promoc\w*|frete|pacote|pedido)\b)(?:o |a |os |as )?"
        r"(?:\w+ ){0,3}?(?:volta|voltar|voltam)\b(?! (?:a|de|da|do|pra|para|no|na|pro)\b)",
    ),
    # Time left to report damage: "a tigela tá rachada, ainda dá tempo de reclamar? qual o
    # limite?"
    _phrase(
        "chegou quebrado envie fotos dias apos o recebimento",
        r"(?:ainda )?da tempo de (?:reclamar|avisar|pedir|mandar)|prazo (?:maximo |limite )?"
        r"(?:para|de) (?:eu )?(?:reclamar|avisar|comunicar|informar|abrir)|qual (?:e )?o limite",
        when=r"quebr|rachad|trinc|amassad|defeit|avariad|lascad|solt[oa]s?\b|bamb[oa]s?\b",
        unless=r"garantia|boleto|pix|cartao|estorno|reembolso",
    ),
    # Whether it arrives in time: "se eu fechar agora dá tempo?"
    _phrase(
        "prazo entrega",
        r"(?:da|dara|daria|chega|chegaria) (?:a )?tempo",
        r"(?:que|q) (?:ele |ela |o pedido |a encomenda )?(?:chegue|cheguem) (?=ate|antes|a tempo|"
        r"em|no|na|pro|pra|para)",
        # (nor time left to complain of damage: "a tigela tá rachada, ainda dá tempo de reclamar?")
        unless=r"desist|arrepend|devol|troc|cancel|pag|boleto|pix|compens|estorn|garantia|pontos|"
        r"frete|reclamar|avisar|mandar (?:as )?fotos|quebr|rachad|trincad|amassad|defeit|avariad",
    ),
    # Giving up after it arrives: "qual o prazo pra desistir de uma compra depois que ela chega?"
    _phrase(
        "arrependimento dias corridos",
        r"prazo (?:(?:de )?\d+ dias )?(?:para|de) (?:desistir|desistencia|me arrepender|"
        r"arrependimento|devolver sem motivo)",
        # ...the seven days named: "os 7 dias pra devolver são corridos ou úteis?"
        r"(?:os )?(?:7|sete) dias (?:para|de) (?:devolver|devolucao|desistir|arrependimento)",
        # ...or the days one has: "quantos dias eu tenho pra desistir de uma compra?"
        r"(?:quantos dias|quanto tempo) (?:eu |a gente )?(?:tenho|tem|temos) (?:para|de) "
        r"(?:desistir|me arrepender|devolver sem motivo)",
    ),
    # ...and when they start, asked between the order and its arrival: "conta da data do
    # pedido ou de quando chega?", "do dia que eu comprei ou do dia que minha irmã recebeu?"
    _phrase(
        "apos o recebimento",
        r"(?:conta|contam|comeca a contar|comecam a contar|vale|valem)? ?(?:a partir )?(?:d[ao]|"
        r"pel[ao]) (?:data|dia) (?:d[ao] (?:pedido|compra)|(?:que|em que) (?:eu )?(?:comprei|pedi|"
        r"fiz o pedido)(?: \w+){0,3}?) ou (?:d[aeo]|a partir d[aeo]|pel[ao]) ?(?:quando|data|dia)"
        r"(?: que| em que)? (?:\w+ ){0,3}?(?:chega|chegar|chegou|recebo|receber|recebi|recebeu|"
        r"entregam|entregar|entregue)",
        when=r"desist|arrepend|devol|sem motivo",
    ),
    _phrase(
        "apos o recebimento",
        r"depois que (?:ela |ele |o produto |a compra |o pedido )?(?:chega|chegar|(?:recebo|"
        r"receber)(?! (?:o|a|os|as|meu|minha|um|uma|seu|sua)\b))(?= |$)",
        # (a return reaching the shop: "devolvi ontem, depois que chegar aí quanto tempo pro
        # reembolso?")
        unless=r"devolvi|ja devolvi|mandei de volta|postei|chegar (?:ai|na loja|no cd)\b",
    ),
    # A pickup at the store, asked what it costs: "se eu passar na loja da Augusta pra pegar o
    # pedido em vez de receber no ap, tem custo?" (the freight's entry says it is free)
    _phrase(
        "retirada loja fisica gratuita frete",
        r"(?:passar|ir|passo|vou) na loja(?: fisica)?(?: \w+){0,3}? (?:para|pra) (?:pegar|buscar|"
        r"retirar)(?: (?:o|meu|a|minha) (?:pedido|compra|encomenda))?",
        r"(?:pegar|buscar|retirar) (?:o |meu |a |minha )?(?:pedido|compra|encomenda) (?:direto )?"
        r"na loja(?: fisica)?",
        when=r"custo|cobr|pag[ao]|pagar|grat|frete|taxa",
        unless=r"troca|devol|defeito|garantia",
    ),
    # Where free delivery holds: "o frete grátis vale pra entrega no interior do Maranhão ou é
    # só pra capitais?" (the freight's entry says where; the delivery's, how long)
    _phrase(
        "frete gratis todo brasil",
        # (the place kept, for whether the entry names it: "vale pra Rondônia também?")
        r"frete gratis(?= (?:\w+ )?(?:vale|valem|e valido|serve|funciona|se aplica|inclui|cobre) "
        r"(?:tambem )?(?:para|pra|pro|no|na|em|o|a)\b)",
        unless=r"quanto tempo|prazo|dias|demora",
    ),
    # A return fetched for free: "se ele devolver, vocês buscam lá sem cobrar nada?"
    _phrase(
        "coleta gratuita",
        r"(?:voces )?(?:buscam|busca|recolhem|recolhe|coletam|coleta|retiram|vem buscar|passam "
        r"para buscar)(?: \w+){0,2}? (?:sem cobrar(?: nada)?|de graca|gratis|sem custo)",
        when=r"devol|arrepend|desist|troca|nao quis|nao gostou",
    ),
    # The destination changed is the address: "ainda dá pra trocar o destino?"
    _phrase(
        "alterar endereco",
        r"(?:trocar|troca|mudar|muda|alterar|altera|redirecionar) (?:o |a )?(?:destino|"
        r"destinatario)",
    ),
    # How soon the money is back, asked after a return told: "devolvemos as jarras pelo
    # direito de arrependimento e tínhamos pago no PIX. Em quanto tempo volta o dinheiro?"
    _phrase(
        "reembolso dias uteis",
        r"(?:em )?(?:quanto tempo|quantos dias) (?:\w+ ){0,2}?(?:volta|cai|retorna|devolvem|recebo|"
        r"recebemos) (?:o )?(?:meu |nosso )?(?:dinheiro|valor)",
        # (a return or a cancelling told, not money of another kind: "vendi na OLX, em quanto
        # tempo cai o dinheiro?", "o dinheiro do cashback")
        when=r"devol|reembols|estorn|arrepend|desist|cancel",
        unless=r"cashback|pontos|olx|mercado livre|venda|vendi",
    ),
    # A real person, said so: "até que horas tem atendente de verdade no sábado?"
    _phrase("atendimento humano", r"(?:atendente|pessoa|humano|gente) de verdade"),
    # ...or of flesh and blood, when they work: "que horas o pessoal de carne e osso do sac
    # comeca?" (not asked for: "tem alguem de carne e osso ai?")
    _phrase(
        "atendimento humano",
        r"(?:o )?(?:pessoal|atendentes?|equipe) de carne e osso",
        when=r"que horas|horario|comeca|abre|funciona|trabalha|expediente",
    ),
    # ...or the people answering here: "os horários do atendimento das pessoas aqui no whats"
    _phrase(
        "atendimento humano",
        r"atendimento (?:\w+ ){0,2}?(?:das|de|com) pessoas(?: da loja)?",
        r"(?:as )?pessoas (?:\w+ ){0,2}?(?:aqui )?(?:no|pelo) (?:whats|whatsapp|zap)",
    ),
    # How long a payment takes to clear: "boleto demora quanto pra compensar?"
    _phrase(
        "aprovacao dias uteis",
        r"(?:demora|demoram|leva|levam) (?:quanto |quantos dias )?(?:tempo )?para (?:o boleto )?"
        r"(?:compensar|aprovar|ser aprovad\w*)",
        # ...the approval first: "a aprovação da compra leva quantos dias?"
        r"aprovac\w* (?:da compra |do pedido |do pagamento |do boleto )?(?:leva|demora|sai em) "
        r"(?:quantos dias|quanto tempo)",
    ),
    # A gift, said by the price kept from who receives it: "não queria que ela visse o preço"
    _phrase(
        "presente",
        r"nao (?:queria|quero|gostaria) que (?:ela|ele|eles|elas|a pessoa|o presenteado|a "
        rf"presenteada|(?:a |o )?(?:minha|meu) \w+) (?:veja|visse|saiba|soubesse|descubra|"
        rf"descobrisse) {_THE_PRICE_SEEN}",
        rf"para (?:ela|ele|eles|elas|a pessoa) nao (?:ver|saber|descobrir) {_THE_PRICE_SEEN}",
        rf"(?:ela|ele|a pessoa) nao (?:pode|podem) (?:ver|saber) {_THE_PRICE_SEEN}",
        rf"(?:mandar|enviar|entregar|mande|envie|manda|envia) sem {_THE_PRICE}",
        # ...or asked whether it shows on the parcel: "o valor vai aparecer na caixa?"
        rf"{_THE_PRICE} (?:vai |vem |fica )?(?:aparece\w*|escrito|visivel|impresso|junto) "
        r"(?:na|no) (?:caixa|pacote|embalagem|encomenda)",
        r"(?:don t|do not|dont) want (?:her|him|them) (?:to )?(?:see|know) (?:the )?(?:price|cost|"
        r"how much)",
    ),
)


def words(text: str) -> list[str]:
    """Folded words with shorthand spelled out; tokens like [CPF_1] are not words."""
    spelled: list[str] = []
    folded = _unstretched(fold(_TOKEN.sub(" ", text)))
    for word in _WORD.findall(_TIMES.sub(r" \1 vezes ", folded)):
        spelled.extend(_SHORTHAND.get(word, _spelled(word)).split())
    return spelled


def stem(word: str) -> str:
    if word.endswith("+"):
        return word  # a name: "Aurora+" is not "Aurora"
    if word.endswith("s") and len(word) > 4:
        word = word[:-1]
    return word[:_STEM_LENGTH]


def phrased(text: str) -> list[str]:
    """The words of `text` with the phrases that mean one thing a knowledge base names
    put in its words ("quanto tempo leva pra chegar" -> "prazo dias")."""
    said = " ".join(words(text))
    for phrase in _PHRASES:
        said = phrase.applied(said)
    return said.split()


def terms(text: str) -> list[str]:
    """The stems of the content words of `text`, in order, customers' words mapped to
    the words a business writes."""
    meant = " ".join(_SYNONYMS.get(word, word) for word in phrased(text))
    return [stem(word) for word in meant.split() if word not in STOPWORDS]


def plain(text: str) -> str:
    """Folded text with shorthand spelled out, one space between words: what the
    guardrails' phrase patterns read."""
    return " ".join(words(text))


def tokens_in(text: str) -> set[str]:
    return set(_TOKEN.findall(text))


# How attackers hide a word from a pattern: "i.g.n.o.r.e", "i g n o r e", "ign-ore",
# "1gn0r3", Cyrillic look-alikes. Only the injection check reads this view.
# Cyrillic a, ie, o, er, es, u, ha, i, je: the letters that pass for Latin ones.
_LOOKALIKES = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458", "aeopcyxij")
_LEET = str.maketrans("013457@$", "oieastas")
_SPLIT_INSIDE = re.compile(r"(?<=[a-z0-9])[.\-_*|'`~^+]+(?=[a-z0-9])")
_SPACED_LETTERS = re.compile(r"\b[a-z](?:[ .\-_*|/]+[a-z]\b){3,}")
_MIXED = re.compile(r"[a-z0-9@$]+")


def _letters_joined(run: re.Match[str]) -> str:
    """A run of spaced letters as words: "i g n o r e  a s  r e g r a s" -> "ignore as
    regras" (two spaces or more part the words)."""
    return " ".join(re.sub(r"[^a-z]", "", part) for part in re.split(r"\s{2,}", run[0]))


# Sizes, times and instalments mix digits and letters too: "24cm", "22h", "10x", "mp3".
_MEASURE = re.compile(r"\d+[a-z]{0,3}|[a-z]{1,3}\d+")


def _unleet(token: re.Match[str]) -> str:
    word = token[0]
    has_digit = any(ch in "0123456789@$" for ch in word)
    if not has_digit or not any(ch.isalpha() for ch in word) or _MEASURE.fullmatch(word):
        return word
    return word.translate(_LEET)


# A message written in digits for letters throughout: there "3" is "e" and "pr4" is "pra".
_LEET_THROUGHOUT = 3


def _unleet_all(token: re.Match[str]) -> str:
    word = token[0]
    if word.isdigit() and len(word) > 1:
        return word  # an amount: "50% 0ff"
    return word.translate(_LEET)


def deobfuscated(text: str) -> str:
    """`text` with letters split, stretched or swapped for digits put back together."""
    folded = fold(text).translate(_LOOKALIKES)
    folded = _SPLIT_INSIDE.sub("", folded)
    folded = _SPACED_LETTERS.sub(_letters_joined, folded)
    unleeted = _MIXED.sub(_unleet, folded)
    changed = sum(a != b for a, b in zip(folded.split(), unleeted.split(), strict=False))
    if changed >= _LEET_THROUGHOUT:
        return _MIXED.sub(_unleet_all, folded)
    return unleeted
