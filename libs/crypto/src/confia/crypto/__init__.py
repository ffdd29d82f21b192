"""Envelope encryption and pseudonyms shared by the services."""

from confia.crypto.envelope import DecryptionError, Keyring, Sealed, UnknownKeyError
from confia.crypto.pseudonym import pseudonym

__all__ = ["DecryptionError", "Keyring", "Sealed", "UnknownKeyError", "pseudonym"]
