"""A business's own patterns: loaded from TOML, checked at start-up, matched like ours."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from confia.redaction.detectors import DEFAULT_DETECTORS, detect
from confia.redaction.patterns import BusinessPattern, PatternError, load_patterns

PATTERNS = """
[[pattern]]
kind = "CUSTOMER_CODE"
regex = 'AUR-\\d{6}'

[[pattern]]
kind = "LOYALTY_CARD"
regex = '\\d{8}'
context = ["cartao aurora", "fidelidade"]
"""


@pytest.fixture
def patterns_file(tmp_path: Path) -> Path:
    path = tmp_path / "patterns.toml"
    path.write_text(PATTERNS, encoding="utf-8")
    return path


def _kinds(text: str, patterns_file: Path) -> list[tuple[str, str]]:
    business = [pattern.detector() for pattern in load_patterns(patterns_file)]
    return [(f.kind, f.surface) for f in detect(text, (*business, *DEFAULT_DETECTORS))]


def test_a_pattern_without_context_matches_anywhere(patterns_file: Path) -> None:
    assert _kinds("segue AUR-004211, obrigado", patterns_file) == [("CUSTOMER_CODE", "AUR-004211")]


def test_a_pattern_with_context_needs_its_words_accent_and_case_folded(
    patterns_file: Path,
) -> None:
    assert _kinds("Meu CARTÃO Aurora é 12345678", patterns_file) == [("LOYALTY_CARD", "12345678")]
    assert _kinds("o pedido 12345678 atrasou", patterns_file) == []


def test_business_patterns_survive_text_normalisation(patterns_file: Path) -> None:
    text = "código AUR-12\u200b3456"  # a zero-width space pasted in the middle
    assert _kinds(text, patterns_file) == [("CUSTOMER_CODE", "AUR-12\u200b3456")]


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ('kind = "customer"\nregex = "x"', "kind"),
        ('kind = "CODE"\nregex = "("', "not a valid regular expression"),
        ('kind = "CODE"\nregex = "a*"', "matches the empty string"),
        ('kind = "CODE"\nregex = "x"\ncontex = ["typo"]', "contex"),
    ],
)
def test_a_bad_pattern_fails_at_start_up_saying_which_and_why(
    tmp_path: Path, entry: str, complaint: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f'[[pattern]]\nkind = "OK"\nregex = "ok"\n\n[[pattern]]\n{entry}\n')
    with pytest.raises(PatternError, match="pattern 2") as raised:
        load_patterns(path)
    assert complaint in str(raised.value)


def test_a_file_that_is_not_toml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[[pattern]\n")
    with pytest.raises(PatternError, match=r"bad\.toml"):
        load_patterns(path)


def test_the_command_line_uses_the_business_patterns(patterns_file: Path) -> None:
    line = json.dumps({"id": "m1", "text": "código AUR-123456, cpf 529.982.247-25"})
    result = subprocess.run(
        [sys.executable, "-m", "confia.redaction.cli", "detect", "--patterns", str(patterns_file)],
        input=line + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    spans = json.loads(result.stdout)["spans"]
    assert [span["type"] for span in spans] == ["CUSTOMER_CODE", "CPF"]


def test_the_command_line_rejects_a_bad_patterns_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[pattern]]\nkind = "x"\nregex = "y"\n')
    result = subprocess.run(
        [sys.executable, "-m", "confia.redaction.cli", "detect", "--patterns", str(path)],
        input="",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "pattern 1" in result.stderr


def test_pattern_kinds_make_valid_tokens() -> None:
    with pytest.raises(ValueError, match="kind"):
        BusinessPattern(kind="CODE_1", regex="x")
