import pytest

from confia.redaction.detectors import cpf_checksum_ok, find_cpfs
from confia.redaction.domain import redact, restore, tokens_in


@pytest.mark.parametrize("cpf", ["529.982.247-25", "52998224725", "529 982 247 25"])
def test_valid_cpf_is_found_in_any_usual_format(cpf: str) -> None:
    [finding] = find_cpfs(f"Oi! Meu documento é {cpf}, pode ver?")
    assert finding.value == "52998224725"


def test_checksum() -> None:
    assert cpf_checksum_ok("52998224725")
    assert not cpf_checksum_ok("52998224724")
    assert not cpf_checksum_ok("11111111111")


def test_mistyped_cpf_after_the_word_cpf_is_still_redacted() -> None:
    [finding] = find_cpfs("meu CPF: 529.982.247-24")
    assert finding.value == "52998224724"


def test_order_number_of_cpf_shape_without_context_survives() -> None:
    assert find_cpfs("O pedido 12345678901 não chegou") == []


def test_longer_numbers_are_not_cut_into_a_cpf() -> None:
    assert find_cpfs("rastreio 5299822472512 ok") == []


def test_redact_and_restore_round_trip() -> None:
    text = "CPF 529.982.247-25 e pedido 123"
    findings = find_cpfs(text)
    assert findings[0].surface == "529.982.247-25"
    redacted = redact(text, findings, lambda f: "[CPF_1]")
    assert redacted == "CPF [CPF_1] e pedido 123"
    assert tokens_in(redacted) == ["[CPF_1]"]
    assert restore(redacted, {"[CPF_1]": "529.982.247-25"}) == text


def test_restore_leaves_unknown_tokens() -> None:
    assert restore("oi [CPF_9]", {}) == "oi [CPF_9]"
