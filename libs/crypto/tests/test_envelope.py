import base64
import os
import pickle

import pytest

from confia.crypto import (
    DecryptionError,
    Keyring,
    Sealed,
    UnknownKeyError,
    new_box_keys,
    open_box,
    pseudonym,
    seal_for,
)


def _keyring(active: str = "k1", **keys: bytes) -> Keyring:
    return Keyring(keys=keys or {"k1": os.urandom(32)}, active_key_id=active)


def test_sealed_text_opens_to_the_original() -> None:
    keyring = _keyring()
    sealed = keyring.seal_text("Meu CPF é 529.982.247-25", context="sub_1")
    assert b"529" not in sealed.ciphertext
    assert keyring.open_text(sealed, context="sub_1") == "Meu CPF é 529.982.247-25"


def test_sealed_value_does_not_open_in_another_context() -> None:
    keyring = _keyring()
    sealed = keyring.seal_text("segredo", context="sub_1")
    with pytest.raises(DecryptionError):
        keyring.open_text(sealed, context="sub_2")


def test_tampered_ciphertext_is_rejected() -> None:
    keyring = _keyring()
    sealed = keyring.seal_text("segredo")
    flipped = bytes([sealed.ciphertext[0] ^ 1]) + sealed.ciphertext[1:]
    with pytest.raises(DecryptionError):
        keyring.open_text(sealed.model_copy(update={"ciphertext": flipped}))


def test_rotation_keeps_old_values_readable() -> None:
    old, new = os.urandom(32), os.urandom(32)
    sealed_before = Keyring({"k1": old}, "k1").seal_text("antes")
    rotated = Keyring({"k1": old, "k2": new}, "k2")
    sealed_after = rotated.seal_text("depois")
    assert sealed_after.key_id == "k2"
    assert rotated.open_text(sealed_before) == "antes"
    assert rotated.open_text(sealed_after) == "depois"


def test_rewrapped_value_opens_without_the_old_key_in_its_context() -> None:
    old, new = os.urandom(32), os.urandom(32)
    sealed = Keyring({"k1": old}, "k1").seal_text("segredo", "sub_1")
    rewrapped = Keyring({"k1": old, "k2": new}, "k2").rewrap(sealed)

    assert rewrapped.key_id == "k2"
    assert rewrapped.ciphertext == sealed.ciphertext, "only the data key's wrapping changes"
    assert Keyring({"k2": new}, "k2").open_text(rewrapped, "sub_1") == "segredo"
    with pytest.raises(DecryptionError):
        Keyring({"k2": new}, "k2").open_text(rewrapped, "sub_2")


def test_retired_key_cannot_open() -> None:
    sealed = _keyring().seal_text("x")
    with pytest.raises(UnknownKeyError):
        Keyring({"k9": os.urandom(32)}, "k9").open_text(sealed)


def test_sealed_round_trips_through_json() -> None:
    keyring = _keyring()
    sealed = keyring.seal_text("olá")
    again = Sealed.model_validate_json(sealed.model_dump_json())
    assert keyring.open_text(again) == "olá"


def test_keyring_reads_the_settings_format() -> None:
    key = os.urandom(32)
    spec = f"a:{base64.b64encode(key).decode()}, b:{base64.b64encode(os.urandom(32)).decode()}"
    keyring = Keyring.from_spec(spec, active="a")
    assert keyring.keys["a"] == key


def test_keyring_refuses_an_active_id_it_does_not_hold() -> None:
    with pytest.raises(UnknownKeyError):
        Keyring({"a": os.urandom(32)}, "b")


def test_pseudonym_is_stable_keyed_and_hides_the_identity() -> None:
    key = b"k" * 32
    first = pseudonym(key, "BR.1502576394655843")
    assert first == pseudonym(key, "BR.1502576394655843")
    assert first != pseudonym(b"other" * 8, "BR.1502576394655843")
    assert "1502576394655843" not in first


def test_sealed_box_opens_only_with_the_private_key() -> None:
    private, public = new_box_keys()
    sealed = seal_for(public, b'{"phone": "5511987654321"}')
    assert b"5511" not in sealed.ciphertext
    assert open_box(private, sealed) == b'{"phone": "5511987654321"}'
    other_private, _ = new_box_keys()
    with pytest.raises(DecryptionError):
        open_box(other_private, sealed)


def test_a_keyring_pickles_as_its_keys_and_still_seals_and_opens() -> None:
    keyring = _keyring()
    sealed = keyring.seal(b"v", b"c")

    copy = pickle.loads(pickle.dumps(keyring))  # noqa: S301 (bytes this test just wrote)

    assert copy == keyring
    assert copy.open(sealed, b"c") == b"v"
    assert keyring.open(copy.seal(b"w", b"c"), b"c") == b"w"
