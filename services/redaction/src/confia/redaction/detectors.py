"""pt-BR personal data detectors: pure functions from text to findings.

Each detector is a function `(text) -> list[Finding]`; `detect` runs them all and keeps
one finding per stretch of text. Context words are matched on accent-folded, lower-cased
text (same length as the original, so offsets hold). A detector for a learned model (NER)
plugs in the same way: anything with that signature.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable

from confia.redaction.domain import Finding

Detector = Callable[[str], list[Finding]]

_WINDOW = 30  # characters of context looked at before a candidate
_REMEMBERED_BELOW = 0x10000  # characters whose conversion is kept: at most 64k entries


class _PerCharacter(dict[int, str]):
    """A `str.translate` table that converts each character on first sight and keeps it.

    Every detector folds the whole message; converting character by character in Python
    was most of detection's time, a table lookup in C is not.
    """

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, code: int) -> str:
        converted = self._convert(chr(code))
        # Rarer characters are converted each time, so a message cannot grow the table unbounded.
        if code < _REMEMBERED_BELOW:
            self[code] = converted
        return converted


def _fold_character(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return (decomposed[0] if decomposed else ch).lower()


_FOLDED = _PerCharacter(_fold_character)


def fold(text: str) -> str:
    """Lower-case, accents off, same length as `text` (so offsets still match)."""
    return text.translate(_FOLDED)


def _before(folded: str, start: int, window: int = _WINDOW) -> str:
    return folded[max(0, start - window) : start]


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# --- checksums -----------------------------------------------------------------------


def cpf_checksum_ok(digits: str) -> bool:
    """The two CPF check digits (mod 11), rejecting repeated-digit numbers."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for position in (9, 10):
        weights = range(position + 1, 1, -1)
        total = sum(int(d) * w for d, w in zip(digits[:position], weights, strict=True))
        if (total * 10) % 11 % 10 != int(digits[position]):
            return False
    return True


def cnpj_checksum_ok(value: str) -> bool:
    """CNPJ check digits; letters count as their code minus 48 (the 2026 alphanumeric CNPJ)."""
    if len(value) != 14 or not value[-2:].isdigit() or len(set(value)) == 1:
        return False
    numbers = [ord(ch) - 48 for ch in value.upper()]
    for position in (12, 13):
        weights = [*range(position - 7, 1, -1), *range(9, 1, -1)]
        total = sum(n * w for n, w in zip(numbers[:position], weights, strict=True))
        check = 0 if total % 11 < 2 else 11 - total % 11
        if check != numbers[position]:
            return False
    return True


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        n = int(ch)
        if index % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


# --- detectors -------------------------------------------------------------------------

_CPF = re.compile(r"(?<![\w.-])(\d{3})[.\s]?(\d{3})[.\s]?(\d{3})[-.\s]?(\d{2})(?![\w-])")
_CNPJ = re.compile(
    r"(?<![\w.-])([A-Za-z0-9]{2})\.?([A-Za-z0-9]{3})\.?([A-Za-z0-9]{3})/?([A-Za-z0-9]{4})-?(\d{2})(?![\w-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CARD = re.compile(r"(?<![\d-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])")
_EVP = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+?55[\s-]?)?(?:\(\d{2}\)|\d{2})[\s-]?9?\d{4}[\s-]?\d{4}(?!\d)")
_CEP = re.compile(r"(?<!\d)\d{5}-?\d{3}(?![\d-])")
_RG = re.compile(r"(?<![\w.])\d{1,2}\.?\d{3}\.?\d{3}-?[\dxX](?![\w-])")
_PLATE = re.compile(r"(?<![\w-])[A-Za-z]{3}-?\d[A-Za-z0-9]\d{2}(?![\w-])")
_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\b\d{1,2} de [a-zç]+ de \d{4}\b")
_NAME_WORD = r"[A-Za-zÀ-ÿ][a-zà-ÿ'-]+"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:d[aeo]s?\s+)?{_NAME_WORD}){{0,4}}")
_STREET = re.compile(
    r"\b(?:rua|r\.|avenida|av\.|travessa|alameda|al\.|praça|praca|estrada|rodovia|largo)"
    r"\s+[^,.;\n!?]{2,60}(?:,\s*(?:n[º°o]?\.?\s*)?\d{1,6}[a-zA-Z]?)?",
    re.IGNORECASE,
)

# Words that say what a number is not: the agent needs order numbers, protocols, prices.
_NOT_PERSONAL = re.compile(
    r"(pedido|protocolo|rastreio|rastreamento|codigo|nota|nf|sku|produto|item|r\$|preco|valor"
    r"|entrega|previsao|chamado|ticket|boleto|fatura)\W*(n[ºo°.]?\s*)?\W*$"
)


def _numbers_not_near_keep_words(text: str, folded: str, start: int) -> bool:
    return _NOT_PERSONAL.search(_before(folded, start, 25)) is None


def find_cpfs(text: str) -> list[Finding]:
    """Valid CPFs, or any CPF-shaped number right after "cpf" (a typo is still their data)."""
    folded, found = fold(text), []
    for match in _CPF.finditer(text):
        digits = "".join(match.groups())
        context = "cpf" in _before(folded, match.start(), 25)
        if context or (
            cpf_checksum_ok(digits) and _numbers_not_near_keep_words(text, folded, match.start())
        ):
            found.append(Finding("CPF", match.start(), match.end(), digits, match.group(0)))
    return found


def find_cnpjs(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _CNPJ.finditer(text):
        value = "".join(match.groups()).upper()
        context = "cnpj" in _before(folded, match.start(), 25)
        if cnpj_checksum_ok(value) or (context and any(ch.isdigit() for ch in value[:12])):
            found.append(Finding("CNPJ", match.start(), match.end(), value, match.group(0)))
    return found


def find_emails(text: str) -> list[Finding]:
    return [
        Finding("EMAIL", m.start(), m.end(), m.group(0).lower(), m.group(0))
        for m in _EMAIL.finditer(text)
    ]


def find_cards(text: str) -> list[Finding]:
    """Luhn-valid card numbers; short ones (13-14 digits) only after a card word."""
    folded, found = fold(text), []
    for match in _CARD.finditer(text):
        digits = _digits(match.group(0))
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            continue
        context = re.search(r"(cartao|card|credito|debito)", _before(folded, match.start()))
        keep = not _numbers_not_near_keep_words(text, folded, match.start())
        if not keep and (context or len(digits) >= 15):
            found.append(Finding("CREDIT_CARD", match.start(), match.end(), digits, match.group(0)))
    return found


def find_pix_keys(text: str) -> list[Finding]:
    """Random PIX keys (EVP: a UUID). Other PIX keys are CPFs, phones or e-mails."""
    return [
        Finding("PIX_KEY", m.start(), m.end(), m.group(0).lower(), m.group(0))
        for m in _EVP.finditer(text)
    ]


def find_phones(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _PHONE.finditer(text):
        raw, digits = match.group(0), _digits(match.group(0))
        formatted = raw.startswith("+") or "(" in raw or re.search(r"\d[\s-]\d{4}$", raw)
        local = digits[2:] if digits.startswith("55") and len(digits) >= 12 else digits
        if len(local) not in (10, 11):
            continue
        context = re.search(
            r"(tel|fone|celular|cel|whats|zap|ligar|ligue|liga|contato|numero)",
            _before(folded, match.start()),
        )
        keep = not _numbers_not_near_keep_words(text, folded, match.start())
        if (formatted or context) and not keep:
            found.append(Finding("PHONE", match.start(), match.end(), local, raw))
    return found


def find_ceps(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _CEP.finditer(text):
        if "cep" in _before(folded, match.start(), 15):
            found.append(
                Finding("CEP", match.start(), match.end(), _digits(match.group(0)), match.group(0))
            )
    return found


def find_rgs(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _RG.finditer(text):
        if re.search(r"\b(rg|identidade|registro geral)\b", _before(folded, match.start(), 25)):
            value = re.sub(r"[.\-]", "", match.group(0)).upper()
            found.append(Finding("RG", match.start(), match.end(), value, match.group(0)))
    return found


def find_plates(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _PLATE.finditer(text):
        raw = match.group(0)
        context = "placa" in _before(folded, match.start(), 30)
        mercosul = re.fullmatch(r"[A-Z]{3}-?\d[A-Z]\d{2}", raw) is not None
        if context or mercosul:
            value = raw.replace("-", "").upper()
            if re.fullmatch(r"[A-Z]{3}\d{4}|[A-Z]{3}\d[A-Z]\d{2}", value):
                found.append(Finding("LICENSE_PLATE", match.start(), match.end(), value, raw))
    return found


def find_birth_dates(text: str) -> list[Finding]:
    folded, found = fold(text), []
    for match in _DATE.finditer(folded):
        if re.search(
            r"(nasci|nascimento|aniversario|data de nasc)", _before(folded, match.start(), 40)
        ):
            raw = text[match.start() : match.end()]
            found.append(Finding("DATE_OF_BIRTH", match.start(), match.end(), raw, raw))
    return found


_BANK = re.compile(
    r"\b(?:agencia|ag\.?)\s*(?:n[o°º]?\.?\s*)?\d{3,5}(?:-[\dx])?"
    r"(?:\s*(?:,|e|/)?\s*(?:conta(?: corrente| poupanca)?|c/c|cc)\s*(?:n[o°º]?\.?\s*)?"
    r"\d{3,12}(?:-[\dx])?)?"
    r"|\b(?:conta(?: corrente| poupanca)?|c/c)\s*(?:n[o°º]?\.?\s*)?\d{4,12}(?:-[\dx])?"
)


def find_bank_accounts(text: str) -> list[Finding]:
    """Bank agency and account, with their words: "agência 1234 conta 56789-0" is one item."""
    folded = fold(text)
    return [
        Finding("BANK_ACCOUNT", m.start(), m.end(), _digits(m.group(0)), text[m.start() : m.end()])
        for m in _BANK.finditer(folded)
    ]


_NAME_INTRO = re.compile(
    r"\b(meu nome e|me chamo|nome completo e|nome:|sou o|sou a|aqui e o|aqui e a"
    r"|aqui quem fala e)\s+"
)
_NOT_NAMES = frozenset({"cliente", "dono", "dona", "responsavel", "titular", "eu", "um", "uma"})


def find_person_names(text: str) -> list[Finding]:
    """Names after an introduction ("meu nome é", "sou a"); without one, names are left."""
    folded, found = fold(text), []
    for intro in _NAME_INTRO.finditer(folded):
        match = _NAME.match(text, intro.end())
        if match is None:
            continue
        words = match.group(0).split()
        while words and fold(words[-1]) in {"e", "de", "da", "do", "dos", "das"}:
            words.pop()
        if not words or fold(words[0]) in _NOT_NAMES:
            continue
        end = match.start() + len(" ".join(words)) if len(words) > 0 else match.end()
        raw = text[match.start() : end]
        found.append(Finding("PERSON", match.start(), end, fold(raw), raw))
    return found


def find_addresses(text: str) -> list[Finding]:
    return [
        Finding("ADDRESS", m.start(), m.end(), fold(m.group(0)), m.group(0))
        for m in _STREET.finditer(text)
    ]


DEFAULT_DETECTORS: tuple[Detector, ...] = (
    find_emails,
    find_pix_keys,
    find_cards,
    find_cnpjs,
    find_cpfs,
    find_phones,
    find_ceps,
    find_rgs,
    find_plates,
    find_birth_dates,
    find_bank_accounts,
    find_person_names,
    find_addresses,
)


_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def normalise(text: str) -> tuple[str, list[int]]:
    """NFKC per character (full-width digits become digits), invisible characters dropped.

    Returns the normalised text and, for each of its characters, the index of the
    original character it came from, so findings map back onto the original text.
    """
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        for part in unicodedata.normalize("NFKC", ch):
            chars.append(part)
            origin.append(index)
    return "".join(chars), origin


def _normalise_character(ch: str) -> str:
    return "" if ch in _INVISIBLE else unicodedata.normalize("NFKC", ch)


_NORMALISED = _PerCharacter(_normalise_character)


def detect(text: str, detectors: Iterable[Detector] = DEFAULT_DETECTORS) -> list[Finding]:
    """Every finding in `text`, on its normalised form, with offsets into `text` itself."""
    # Most messages are normal already: one table lookup per character says so, without
    # building the offset map (what `normalise` would give, character by character).
    if text.translate(_NORMALISED) == text:
        return _detect(text, detectors)
    normalised, origin = normalise(text)
    mapped = []
    for finding in _detect(normalised, detectors):
        start, end = origin[finding.start], origin[finding.end - 1] + 1
        mapped.append(Finding(finding.kind, start, end, finding.value, text[start:end]))
    return mapped


def _detect(text: str, detectors: Iterable[Detector]) -> list[Finding]:
    """Every finding of every detector, overlaps resolved: earlier detectors, then longer spans."""
    candidates = [
        (priority, finding)
        for priority, detector in enumerate(detectors)
        for finding in detector(text)
    ]
    candidates.sort(key=lambda c: (c[0], -(c[1].end - c[1].start)))
    kept: list[Finding] = []
    for _, finding in candidates:
        if all(finding.end <= other.start or finding.start >= other.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)
