"""A business's own personal-data patterns, declared in a TOML file, as detectors.

    [[pattern]]
    kind = "CUSTOMER_CODE"          # the token becomes [CUSTOMER_CODE_1]
    regex = 'AUR-\\d{6}'
    context = ["codigo", "cliente"] # optional: only with one of these words just before

Context words are matched like the built-in detectors' (accent-folded, lower case,
within the 30 characters before the match); without context, every match counts.
"""

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from confia.redaction.detectors import Detector, fold
from confia.redaction.domain import Finding

_CONTEXT_WINDOW = 30


class PatternError(ValueError):
    """The patterns file cannot be used; the message says which entry and why."""


class BusinessPattern(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str = Field(pattern=r"^[A-Z][A-Z_]*$", description="Token name, e.g. CUSTOMER_CODE.")
    regex: str
    context: tuple[str, ...] = ()

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as error:
            raise ValueError(f"not a valid regular expression: {error}") from error
        if compiled.match(""):
            raise ValueError("matches the empty string")
        return value

    def detector(self) -> Detector:
        compiled = re.compile(self.regex)
        context = tuple(fold(word) for word in self.context)

        def find(text: str) -> list[Finding]:
            folded = fold(text) if context else text
            return [
                Finding(self.kind, match.start(), match.end(), match.group(0), match.group(0))
                for match in compiled.finditer(text)
                if not context
                or any(
                    word in folded[max(0, match.start() - _CONTEXT_WINDOW) : match.start()]
                    for word in context
                )
            ]

        return find


def load_patterns(path: Path) -> list[BusinessPattern]:
    """Read and check every pattern, failing at start-up rather than on a message."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PatternError(f"{path}: {error}") from error
    patterns = []
    for number, entry in enumerate(document.get("pattern", []), start=1):
        try:
            patterns.append(BusinessPattern.model_validate(entry))
        except ValidationError as error:
            raise PatternError(f"{path}: pattern {number}: {error}") from error
    return patterns
