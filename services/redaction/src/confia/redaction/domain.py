"""Tokens for personal data: swapping findings for tokens and back (pure functions)."""

import re
from collections.abc import Callable
from dataclasses import dataclass

_TOKEN = re.compile(r"\[([A-Z_]+)_(\d+)\]")


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str  # canonical form, e.g. the CPF's 11 digits: equal values share a token
    surface: str  # as the customer wrote it: what a restored reply shows


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
