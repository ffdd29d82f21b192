"""AES-256-GCM envelope encryption: a fresh data key per value, wrapped by a named KEK."""

import base64
import ssl
from dataclasses import dataclass, field
from typing import Annotated

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer

_KEY_BYTES = 32
_NONCE_BYTES = 12


class UnknownKeyError(LookupError):
    """A sealed value names a key id this keyring does not hold."""


class DecryptionError(ValueError):
    """A sealed value did not authenticate (wrong key, wrong context or tampered)."""


def _from_base64(value: object) -> object:
    return base64.b64decode(value, validate=True) if isinstance(value, str) else value


# Raw bytes in Python, base64 text in JSON (and in documents dumped with mode="json").
Base64Bytes = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    PlainSerializer(lambda value: base64.b64encode(value).decode(), when_used="json"),
]


class Sealed(BaseModel):
    """An encrypted value as it travels on the bus or rests in a store."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    key_id: str
    wrapped_key: Base64Bytes
    nonce: Base64Bytes
    ciphertext: Base64Bytes


def _random_bytes(count: int) -> bytes:
    """Cryptographically strong random bytes from OpenSSL's generator (seeded by the OS,
    reseeded after a fork). Not `os.urandom`: its system call releases the interpreter
    lock, and on a busy webhook another thread takes it and the request waits (ADR 15)."""
    return ssl.RAND_bytes(count)


@dataclass(frozen=True)
class Keyring:
    """Key-encryption keys by id; `active_key_id` wraps new data keys."""

    keys: dict[str, bytes]
    active_key_id: str
    # Built once: it wraps a data key for every value sealed.
    _active_kek: AESGCM = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.active_key_id not in self.keys:
            raise UnknownKeyError(f"active key id {self.active_key_id!r} is not in the keyring")
        for key_id, key in self.keys.items():
            if len(key) != _KEY_BYTES:
                raise ValueError(f"key {key_id!r} must be {_KEY_BYTES} bytes")
        object.__setattr__(self, "_active_kek", AESGCM(self.keys[self.active_key_id]))

    def __reduce__(self) -> tuple[type["Keyring"], tuple[dict[str, bytes], str]]:
        # Pickled as its keys (for a process pool): the cipher is rebuilt, not copied.
        return Keyring, (self.keys, self.active_key_id)

    @classmethod
    def from_spec(cls, spec: str, active: str) -> "Keyring":
        """Parse `id:base64key,id2:base64key` (the CONFIA_DATA_KEYS format)."""
        keys: dict[str, bytes] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key_id, sep, encoded = item.partition(":")
            if not sep or not key_id:
                raise ValueError("data keys must look like 'id:base64key,id2:base64key'")
            keys[key_id] = base64.b64decode(encoded, validate=True)
        return cls(keys=keys, active_key_id=active)

    def seal(self, plaintext: bytes, context: bytes = b"") -> Sealed:
        """Encrypt `plaintext`, bound to `context` (authenticated, not encrypted)."""
        wrapped_key, nonce, ciphertext = self._encrypt(plaintext, context)
        return Sealed(
            key_id=self.active_key_id, wrapped_key=wrapped_key, nonce=nonce, ciphertext=ciphertext
        )

    def wrap_data_key(self, data_key: bytes) -> tuple[str, bytes]:
        """(the active key id, `data_key` wrapped by it): for sealers that keep a data key
        for many values (StreamSealer)."""
        return self.active_key_id, self._wrap(data_key)

    def _encrypt(self, plaintext: bytes, context: bytes) -> tuple[bytes, bytes, bytes]:
        """(wrapped data key, nonce, ciphertext): a fresh data key for every value."""
        fresh = _random_bytes(_KEY_BYTES + 2 * _NONCE_BYTES)  # data key and both nonces
        data_key, nonce = fresh[:_KEY_BYTES], fresh[_KEY_BYTES : _KEY_BYTES + _NONCE_BYTES]
        ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, context)
        wrapped_key = self._wrap(data_key, key_nonce=fresh[_KEY_BYTES + _NONCE_BYTES :])
        return wrapped_key, nonce, ciphertext

    def open(self, sealed: Sealed, context: bytes = b"") -> bytes:
        """Decrypt a value sealed with any key of this keyring and the same context."""
        data_key = self._unwrap(sealed)
        try:
            return AESGCM(data_key).decrypt(sealed.nonce, sealed.ciphertext, context)
        except InvalidTag as error:
            raise DecryptionError("sealed value did not authenticate") from error

    def rewrap(self, sealed: Sealed) -> Sealed:
        """The same value with its data key wrapped by the active key (ciphertext untouched):
        how values at rest leave a key that is to be retired. Needs no context."""
        return sealed.model_copy(
            update={"key_id": self.active_key_id, "wrapped_key": self._wrap(self._unwrap(sealed))}
        )

    def _wrap(self, data_key: bytes, key_nonce: bytes | None = None) -> bytes:
        key_nonce = key_nonce or _random_bytes(_NONCE_BYTES)
        return key_nonce + self._active_kek.encrypt(
            key_nonce, data_key, self.active_key_id.encode()
        )

    def _unwrap(self, sealed: Sealed) -> bytes:
        kek = self.keys.get(sealed.key_id)
        if kek is None:
            raise UnknownKeyError(f"no key with id {sealed.key_id!r}")
        key_nonce, wrapped = sealed.wrapped_key[:_NONCE_BYTES], sealed.wrapped_key[_NONCE_BYTES:]
        try:
            return AESGCM(kek).decrypt(key_nonce, wrapped, sealed.key_id.encode())
        except InvalidTag as error:
            raise DecryptionError("sealed value did not authenticate") from error

    def seal_text(self, text: str, context: str = "") -> Sealed:
        return self.seal(text.encode(), context.encode())

    def open_text(self, sealed: Sealed, context: str = "") -> str:
        return self.open(sealed, context.encode()).decode()
