"""Words of customer messages, the way WhatsApp customers write them.

Accents off, lower case, chat shorthand spelled out ("vc", "q", "pq"), then a five-letter
truncation stem: Portuguese lemmatisers stumble on chat text, and truncation keeps
"cobrança", "cobrado" and "cobraram" together, and "devolver" with "devolução".
"""

import re
import unicodedata

_TOKEN = re.compile(r"\[[A-Z_]+_\d+\]")
_WORD = re.compile(r"[a-z0-9]+\+?")
_TIMES = re.compile(r"\b\d+x\b")
_STEM_LENGTH = 5

# Chat shorthand and common misspellings, to the word they stand for.
_SHORTHAND = {
    "vc": "voce",
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
    "msm": "mesmo",
    "blz": "beleza",
    "td": "tudo",
    "cade": "onde",
    "qdo": "quando",
    "qnd": "quando",
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
    "2x": "duas vezes",
    "zap": "whatsapp",
    "wpp": "whatsapp",
    "whats": "whatsapp",
}

# Words that say nothing about what the customer wants (after folding).
STOPWORDS = frozenset(
    ["a", "o", "as", "os", "um", "uma", "uns", "umas", "de", "da", "do", "das", "dos", "em", "na", "no", "nas", "nos", "num", "numa", "por", "para", "com", "sem", "e", "ou", "que", "se", "me", "te", "lhe", "meu", "minha", "meus", "minhas", "seu", "sua", "seus", "suas", "voce", "voces", "eu", "ele", "ela", "vos", "eles", "elas", "isso", "isto", "esse", "essa", "este", "esta", "aquele", "aquela", "ao", "aos", "ja", "sim", "mas", "mais", "muito", "pouco", "como", "qual", "quais", "quando", "onde", "porque", "pois", "entao", "tambem", "so", "ate", "oi", "ola", "bom", "boa", "dia", "tarde", "noite", "obrigado", "obrigada", "favor", "podem", "pode", "poderia", "gostaria", "quero", "queria", "the", "i", "my", "you", "your", "is", "are", "do", "does", "to", "of", "and", "or", "in", "on", "for", "it", "can", "how", "what", "when", "where", "hi", "hello", "please", "hey", "tudo", "bem", "beleza", "valeu", "gente", "ai", "ne", "la", "aqui", "vcs", "fazer", "faco", "tem", "ter", "tenho", "estou", "esta", "ser", "sou", "foi", "era", "vou", "vai", "nao", "hoje", "agora", "alguem", "algum", "alguma", "coisa", "sobre"]
)


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# What customers say, to the word a business writes in its knowledge (retrieval only).
_SYNONYMS = {
    "dinheiro": "reembolso",
    "grana": "reembolso",
    "estornar": "estorno",
    "quebrou": "quebrado",
    "quebrada": "quebrado",
    "danificado": "quebrado",
    "danificada": "quebrado",
    "trincado": "quebrado",
    "trincada": "quebrado",
    "rachado": "quebrado",
    "rachada": "quebrado",
    "amassada": "amassado",
    "defeituoso": "defeito",
    "defeituosa": "defeito",
    "desisti": "arrependimento",
    "desistir": "arrependimento",
    "arrependi": "arrependimento",
    "chega": "entrega",
    "chegar": "entrega",
    "chegou": "entrega",
    "encomenda": "pedido",
    "compra": "pedido",
    "dividir": "parcelamos",
    "segurar": "reserva",
    "guardar": "reserva",
    "reservar": "reserva",
    "corrigir": "alterar",
    "mudar": "alterar",
    "expirou": "vencido",
    "venceu": "vencido",
    # English, to the words of a Portuguese knowledge base
    "shipping": "frete",
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
    "installments": "parcelamos",
    "invoice": "nota fiscal",
    "receipt": "nota fiscal",
    "store": "loja",
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
    "demora": "prazo",
    "demorar": "prazo",
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
}


# Phrases that mean one thing a knowledge base names in one word.
_PHRASES = (
    (re.compile(r"\bnao (?:chegou|chegaram|veio|entregaram)\b"), "atraso"),
    (re.compile(r"\bpass(?:ou|aram) (?:a data|do prazo|do vencimento)|\bperdi o prazo\b"), "vencido"),
    (re.compile(r"\bmudei de ideia\b|\bnao gostei\b|\bchanged my mind\b"), "arrependimento"),
    (re.compile(r"\bvale a pena\b"), " "),
    (re.compile(r"\bhow (?:long|many days)\b|\bbusiness days\b"), "prazo dias uteis"),
)


def words(text: str) -> list[str]:
    """Folded words with shorthand spelled out; tokens like [CPF_1] are not words."""
    spelled: list[str] = []
    for word in _WORD.findall(_TIMES.sub(" vezes ", fold(_TOKEN.sub(" ", text)))):
        spelled.extend(_SHORTHAND.get(word, word).split())
    return spelled


def stem(word: str) -> str:
    if word.endswith("+"):
        return word  # a name: "Aurora+" is not "Aurora"
    if word.endswith("s") and len(word) > 4:
        word = word[:-1]
    return word[:_STEM_LENGTH]


def terms(text: str) -> list[str]:
    """The stems of the content words of `text`, in order, customers' words mapped to
    the words a business writes."""
    said = " ".join(words(text))
    for phrase, meaning in _PHRASES:
        said = phrase.sub(f" {meaning} ", said)
    meant = " ".join(_SYNONYMS.get(word, word) for word in said.split())
    return [stem(word) for word in meant.split() if word not in STOPWORDS]


def plain(text: str) -> str:
    """Folded text with shorthand spelled out, one space between words: what the
    guardrails' phrase patterns read."""
    return " ".join(words(text))


def tokens_in(text: str) -> set[str]:
    return set(_TOKEN.findall(text))
