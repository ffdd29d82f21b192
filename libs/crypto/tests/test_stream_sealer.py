import json
import os
import threading

import pytest

from confia.crypto import DecryptionError, Keyring, Sealed, StreamSealer


def _keyring() -> Keyring:
    return Keyring(keys={"k-1": os.urandom(32)}, active_key_id="k-1")


def test_a_value_sealed_in_a_stream_is_a_sealed_value_the_keyring_opens() -> None:
    keyring = _keyring()

    written = StreamSealer(keyring).seal_json(b"ol\xc3\xa1", b"ctx")
    sealed = Sealed.model_validate_json(written)

    assert keyring.open(sealed, b"ctx") == b"ol\xc3\xa1"
    assert json.loads(written) == json.loads(sealed.model_dump_json())
    assert b"ol\xc3\xa1" not in written.encode()
    with pytest.raises(DecryptionError):
        keyring.open(sealed, b"another context")


def test_values_share_a_data_key_but_never_a_nonce() -> None:
    keyring = _keyring()
    sealer = StreamSealer(keyring)

    sealed = [Sealed.model_validate_json(sealer.seal_json(b"same", b"ctx")) for _ in range(500)]

    assert len({s.wrapped_key for s in sealed}) == 1
    assert len({s.nonce for s in sealed}) == 500
    assert len({s.ciphertext for s in sealed}) == 500  # the same value, never the same bytes
    assert all(keyring.open(s, b"ctx") == b"same" for s in sealed)


def test_the_data_key_is_replaced_after_max_values_and_after_max_age() -> None:
    now = [0.0]
    sealer = StreamSealer(_keyring(), max_values=3, max_age_seconds=60, clock=lambda: now[0])

    def key() -> bytes:
        return Sealed.model_validate_json(sealer.seal_json(b"x")).wrapped_key

    first = [key(), key(), key()]
    fourth = key()
    now[0] = 61.0
    after_a_minute = key()

    assert len(set(first)) == 1
    assert len({first[0], fourth, after_a_minute}) == 3


def test_the_active_key_wraps_and_a_retired_one_is_rewrapped_like_any_sealed_value() -> None:
    old, new = os.urandom(32), os.urandom(32)
    written = StreamSealer(Keyring({"old": old}, "old")).seal_json(b"v", b"c")
    rotated = Keyring({"old": old, "new": new}, "new")

    rewrapped = rotated.rewrap(Sealed.model_validate_json(written))

    assert rewrapped.key_id == "new"
    assert Keyring({"new": new}, "new").open(rewrapped, b"c") == b"v"


def test_threads_sealing_at_once_never_share_a_nonce() -> None:
    sealer = StreamSealer(_keyring(), max_values=50)
    nonces: list[bytes] = []

    def seal_many() -> None:
        found = [Sealed.model_validate_json(sealer.seal_json(b"x")) for _ in range(200)]
        nonces.extend(s.wrapped_key + s.nonce for s in found)

    threads = [threading.Thread(target=seal_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(nonces)) == 800


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_seals_under_a_data_key_of_its_own() -> None:
    sealer = StreamSealer(_keyring())
    parents = Sealed.model_validate_json(sealer.seal_json(b"before the fork")).wrapped_key
    read_end, write_end = os.pipe()

    pid = os.fork()
    if pid == 0:  # the child: seal one value, report it, leave at once whatever happens
        code = 1
        try:
            os.close(read_end)
            os.write(write_end, sealer.seal_json(b"in the child").encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        written = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    childs = Sealed.model_validate_json(written)

    assert childs.wrapped_key != parents
    assert Sealed.model_validate_json(sealer.seal_json(b"after")).wrapped_key == parents
