"""Public-key sealing (X25519 + HKDF-SHA256 + AES-256-GCM): anyone can seal, one can open.

For data a service must hand over but has no business reading back, such as its part of
a data access report: services hold only the public key; consent holds the private one.
"""

import base64
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from confia.crypto.envelope import DecryptionError, Sealed

_INFO = b"confia sealed box v1"
# The key id of values sealed to a public key: no data key of a keyring wraps them.
SEALED_BOX_KEY_ID = "x25519"


def new_box_keys() -> tuple[str, str]:
    """A fresh (private, public) key pair, each base64 of its 32 raw bytes."""
    private = X25519PrivateKey.generate()
    return _b64(_raw_private(private)), _b64(_raw_public(private.public_key()))


def seal_for(public_key: str, plaintext: bytes) -> Sealed:
    """Encrypt so that only the holder of the matching private key can read it."""
    recipient = X25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    key = _derive(ephemeral.exchange(recipient), ephemeral_public)
    nonce = os.urandom(12)
    return Sealed(
        key_id=SEALED_BOX_KEY_ID,
        wrapped_key=ephemeral_public,
        nonce=nonce,
        ciphertext=AESGCM(key).encrypt(nonce, plaintext, None),
    )


def open_box(private_key: str, sealed: Sealed) -> bytes:
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    ephemeral = X25519PublicKey.from_public_bytes(sealed.wrapped_key)
    key = _derive(private.exchange(ephemeral), sealed.wrapped_key)
    try:
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, None)
    except Exception as error:
        raise DecryptionError("sealed box did not authenticate") from error


def _derive(shared: bytes, ephemeral_public: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public, info=_INFO)
    return hkdf.derive(shared)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
