"""Finding personal data in pt-BR text and swapping it for tokens (pure functions)."""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

CPF = "CPF"

# 11 digits, with or without the usual punctuation, not inside a longer number.
_CPF_SHAPE = re.compile(r"(?<![\d.-])(\d{3})[.\s]?(\d{3})[.\s]?(\d{3})[-.\s]?(\d{2})(?![\d-])")
_CPF_CONTEXT = re.compile(r"\bcpf\b", re.IGNORECASE)
_CONTEXT_WINDOW = 25
_TOKEN = re.compile(r"\[([A-Z_]+)_(\d+)\]")


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str  # canonical form, e.g. the CPF's 11 digits: equal values share a token
    surface: str  # as the customer wrote it: what a restored reply shows


def cpf_checksum_ok(digits: str) -> bool:
    """The two CPF check digits (mod 11), rejecting repeated-digit numbers."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for position in (9, 10):
        total = sum(
            int(d) * weight
            for d, weight in zip(digits[:position], range(position + 1, 1, -1), strict=True)
        )
        check = (total * 10) % 11 % 10
        if check != int(digits[position]):
            return False
    return True


def find_cpfs(text: str) -> list[Finding]:
    """CPFs with valid check digits, or any CPF-shaped number right after "cpf".

    A mistyped CPF after the word "cpf" is still the customer's data.
    """
    findings = []
    for match in _CPF_SHAPE.finditer(text):
        digits = "".join(match.groups())
        before = _fold(text[max(0, match.start() - _CONTEXT_WINDOW) : match.start()])
        if cpf_checksum_ok(digits) or _CPF_CONTEXT.search(before):
            findings.append(Finding(CPF, match.start(), match.end(), digits, match.group(0)))
    return findings


def redact(text: str, findings: list[Finding], token_for: Callable[[Finding], str]) -> str:
    """Replace each finding with its token, right to left so offsets stay valid."""
    redacted = text
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        redacted = redacted[: finding.start] + token_for(finding) + redacted[finding.end :]
    return redacted


def tokens_in(text: str) -> list[str]:
    return [match.group(0) for match in _TOKEN.finditer(text)]


def restore(text: str, values: dict[str, str]) -> str:
    """Put original values back for the tokens we know; unknown tokens stay as they are."""
    return _TOKEN.sub(lambda match: values.get(match.group(0), match.group(0)), text)


def token(kind: str, number: int) -> str:
    return f"[{kind}_{number}]"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
