"""Spanish read in Portuguese, word by word, for the offline readings."""

import pytest

from confia.agent.spanish import read_in_portuguese, reads_as_spanish


@pytest.mark.parametrize(
    "text",
    [
        "¿El cambio tiene costo de envío?",
        "cuál es el valor mínimo de cada cuota?",
        "pagando con pix tengo algun descuento?",
        "La frigideira que quiero dice esgotado, cómo sé cuándo vuelve?",
    ],
)
def test_spanish_and_portunhol_read_as_spanish(text: str) -> None:
    assert reads_as_spanish(text)


@pytest.mark.parametrize(
    "text",
    [
        "o câmbio tá alto, vocês vão subir o preço?",
        "meu robô aspirador chegou quebrado, e agora?",
        "a loja tá aberta no domingo? vi que lá é perto do metrô",
        "qual o prazo pra Recife?",
        "Where is my order? It was due on Monday.",
    ],
)
def test_portuguese_and_english_are_left_as_written(text: str) -> None:
    assert not reads_as_spanish(text)
    assert read_in_portuguese(text) == text


@pytest.mark.parametrize(
    ("spanish", "portuguese"),
    [
        ("¿El cambio tiene costo de envío?", "O troca tem custo de envio?"),
        (
            "Me cobraron dos veces y quiero hablar con una persona",
            "Me cobraram dos vezes e quero falar com uma pessoa",
        ),
        ("no hay nadie en la casa jajaja", "nao tem ninguem na casa kkk"),
        ("Dejó mi paquete con mi vecina", "Deixou meu pacote com minha vizinha"),
        ("Entregan los sábados?", "Entregam aos sabados?"),
    ],
)
def test_spanish_is_read_word_by_word_in_portuguese(spanish: str, portuguese: str) -> None:
    assert read_in_portuguese(spanish) == portuguese


def test_tokens_and_numbers_are_kept_as_they_were() -> None:
    said = read_in_portuguese("Hola, mi pedido [ORDER_1] no llegó y pagué R$ 180 con tarjeta")
    assert "[ORDER_1]" in said
    assert "R$ 180" in said
    assert "cartao" in said


def test_a_rendered_message_is_not_rendered_again() -> None:
    once = read_in_portuguese("¿Cuánto tiempo tarda el envío a Córdoba? gracias")
    assert read_in_portuguese(once) == once
