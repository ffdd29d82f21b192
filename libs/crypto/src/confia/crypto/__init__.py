"""Envelope encryption and pseudonyms shared by the services."""

from confia.crypto.envelope import DecryptionError, Keyring, Sealed, UnknownKeyError
from confia.crypto.pseudonym import pseudonym
from confia.crypto.sealed_box import new_box_keys, open_box, seal_for
from confia.crypto.stream_sealer import StreamSealer

__all__ = [
    "DecryptionError",
    "Keyring",
    "Sealed",
    "StreamSealer",
    "UnknownKeyError",
    "new_box_keys",
    "open_box",
    "pseudonym",
    "seal_for",
]
