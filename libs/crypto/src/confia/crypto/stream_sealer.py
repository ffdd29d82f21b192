"""Sealing a stream of values (the webhook's log) with one data key at a time.

`Keyring.seal` draws a data key for every value, wraps it with the key-encryption key and
builds a cipher for it: right for a value stored on its own, and most of the cost of
sealing a webhook on its hot path (ADR 15). A stream sealer keeps one data key for up to
`max_values` values or `max_age_seconds`, its wrapping and cipher made once, and gives
every value its own nonce from a counter: under one key a nonce never repeats, with no
random draw per value. What it writes is an ordinary `Sealed` value: the keyring opens it,
rewraps it, and a key-encryption key is retired the same way.

A data key never outlives its process's copy: a forked child draws its own before sealing,
or parent and child would count the same nonces under the same key.
"""

import base64
import json
import os
import threading
import time
import weakref
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from confia.crypto.envelope import Keyring

# A nonce is this many random bytes, drawn with each data key, then an 8-byte counter: 12
# bytes, GCM's. The counter alone keeps nonces apart under one key; the random prefix
# keeps them apart too should a key ever be drawn twice.
_NONCE_PREFIX_BYTES = 4


class StreamSealer:
    """Seals values as `Sealed` JSON, many to a data key (thread-safe)."""

    def __init__(
        self,
        keyring: Keyring,
        *,
        max_values: int = 1 << 24,
        max_age_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._keyring = keyring
        self._max_values = max_values
        self._max_age_seconds = max_age_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._sealed = max_values  # no data key yet: the first value draws one
        self._expires = 0.0
        self._cipher: AESGCM | None = None
        self._nonce_prefix = b""
        self._head = ""
        _LIVE.add(self)

    def seal_json(self, plaintext: bytes, context: bytes = b"") -> str:
        """`keyring.seal(plaintext, context).model_dump_json()`, under the current data key."""
        with self._lock:
            if self._sealed >= self._max_values or self._clock() >= self._expires:
                self._draw_data_key()
            count, self._sealed = self._sealed, self._sealed + 1
            cipher, head, nonce = self._cipher, self._head, self._nonce_prefix
        assert cipher is not None
        nonce += count.to_bytes(8, "big")
        ciphertext = cipher.encrypt(nonce, plaintext, context)
        return (
            f'{head}"nonce":"{base64.b64encode(nonce).decode()}",'
            f'"ciphertext":"{base64.b64encode(ciphertext).decode()}"}}'
        )

    def forget_data_key(self) -> None:
        """Draw a new data key before the next value (after a fork: see the module doc)."""
        with self._lock:
            self._sealed = self._max_values

    def _draw_data_key(self) -> None:
        # The kernel's randomness: once per key, so its cost does not matter (the reason
        # sealing a value draws from OpenSSL's), and a fork cannot repeat it.
        fresh = os.urandom(32 + _NONCE_PREFIX_BYTES)
        data_key, self._nonce_prefix = fresh[:32], fresh[32:]
        key_id, wrapped_key = self._keyring.wrap_data_key(data_key)
        self._cipher = AESGCM(data_key)
        self._head = (
            f'{{"key_id":{json.dumps(key_id)},'
            f'"wrapped_key":"{base64.b64encode(wrapped_key).decode()}",'
        )
        self._sealed = 0
        self._expires = self._clock() + self._max_age_seconds


_LIVE: "weakref.WeakSet[StreamSealer]" = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for sealer in list(_LIVE):
        # The parent may have held the lock mid-seal when it forked: the child's copy is
        # held by nobody, so it is replaced rather than waited on.
        sealer._lock = threading.Lock()
        sealer.forget_data_key()


os.register_at_fork(after_in_child=_after_fork_in_child)
