import io
import json

import pytest

from confia.redaction.cli import detect_lines
from confia.redaction.detectors import cnpj_checksum_ok, detect, fold, luhn_ok


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "meu email é Maria.Silva+loja@gmail.com.br ok",
            [("EMAIL", "Maria.Silva+loja@gmail.com.br")],
        ),
        (
            "pix 29e821a4-c748-43e3-9ba1-621582283d15",
            [("PIX_KEY", "29e821a4-c748-43e3-9ba1-621582283d15")],
        ),
        ("cartão 5344 9786 9073 6625 ok", [("CREDIT_CARD", "5344 9786 9073 6625")]),
        ("CNPJ 11.222.333/0001-81", [("CNPJ", "11.222.333/0001-81")]),
        ("o CNPJ é 12ABC34501DE35", [("CNPJ", "12ABC34501DE35")]),
        ("me liga no (11) 98765-4321", [("PHONE", "(11) 98765-4321")]),
        ("whats 11987654321", [("PHONE", "11987654321")]),
        ("+55 21 99876-5432", [("PHONE", "+55 21 99876-5432")]),
        ("CEP 01310-100", [("CEP", "01310-100")]),
        ("meu RG é 12.345.678-X", [("RG", "12.345.678-X")]),
        ("placa ABC-1234", [("LICENSE_PLATE", "ABC-1234")]),
        ("carro BRA2E19 na garagem", [("LICENSE_PLATE", "BRA2E19")]),
        ("nasci em 03/04/1990", [("DATE_OF_BIRTH", "03/04/1990")]),
        ("agência 1234 conta 56789-0", [("BANK_ACCOUNT", "agência 1234 conta 56789-0")]),
        ("Meu nome é João da Silva e quero trocar", [("PERSON", "João da Silva")]),
        ("Moro na Rua das Flores, 123, centro", [("ADDRESS", "Rua das Flores, 123")]),
    ],
)
def test_each_type_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "O pedido 12345678901 não chegou",  # CPF-shaped, no checksum, no context
        "protocolo 2025449593826",  # Luhn-valid by chance, but a protocol
        "Quanto custa o SKU-5481? R$ 6.296,07",  # plate-shaped SKU, a price
        "entrega prevista para 12/05/2026 às 14h",  # a delivery date, not a birth date
        "rastreio BR123456789BR",
        "o cartão não passou",
        "pedido 4798091148",
        "CEP? ainda não sei",
    ],
)
def test_what_the_agent_needs_survives(text: str) -> None:
    assert _found(text) == []


def test_checksums() -> None:
    assert cnpj_checksum_ok("11222333000181")
    assert not cnpj_checksum_ok("11222333000182")
    assert cnpj_checksum_ok("12ABC34501DE35")
    assert luhn_ok("5344978690736625")
    assert not luhn_ok("5344978690736626")


def test_fold_keeps_offsets() -> None:
    text = "Ágência Número São"
    assert len(fold(text)) == len(text)
    assert fold(text) == "agencia numero sao"


def test_overlaps_keep_one_finding() -> None:
    # A CPF inside a bank account phrase is one item, not two overlapping ones.
    findings = detect("meu cpf 529.982.247-25")
    assert [(f.kind, f.value) for f in findings] == [("CPF", "52998224725")]


def test_the_command_writes_spans_in_the_scorers_format() -> None:
    source = io.StringIO(json.dumps({"id": "m1", "text": "cpf 529.982.247-25"}) + "\n\n")
    sink = io.StringIO()
    assert detect_lines(source, sink) == 1
    assert json.loads(sink.getvalue()) == {
        "id": "m1",
        "spans": [{"start": 4, "end": 18, "type": "CPF"}],
    }


def test_invisible_characters_and_full_width_digits_do_not_hide_a_cpf() -> None:
    wide = "529.982.247-25".translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    text = f"meu cpf é 529\u200b.982.247-25 e o outro {wide}"
    findings = detect(text)
    assert [f.value for f in findings] == ["52998224725", "52998224725"]
    assert text[findings[0].start : findings[0].end] == "529\u200b.982.247-25"
    assert text[findings[1].start : findings[1].end] == wide
