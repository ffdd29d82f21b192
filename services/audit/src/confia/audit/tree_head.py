"""Signed tree heads (RFC 9162 §4.10 in spirit): the log's size, root hash and time,
signed with the log's Ed25519 key. Signed bytes are canonical JSON, so any language can
rebuild them from the published head."""

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from confia.audit.domain import canonical_json


@dataclass(frozen=True)
class TreeHead:
    tree_size: int
    root_hash: str  # hex
    timestamp: int  # milliseconds since the epoch, UTC

    def signed_bytes(self) -> bytes:
        return canonical_json(
            {"tree_size": self.tree_size, "root_hash": self.root_hash, "timestamp": self.timestamp}
        )


@dataclass(frozen=True)
class SignedTreeHead:
    head: TreeHead
    signature: str  # base64 Ed25519 signature of head.signed_bytes()

    def as_json(self) -> dict[str, object]:
        return {
            "tree_size": self.head.tree_size,
            "root_hash": self.head.root_hash,
            "timestamp": self.head.timestamp,
            "signature": self.signature,
        }


def signing_key(private_key_b64: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key_b64))


def public_key_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def trusted_keys(retired: tuple[str, ...], current: str) -> list[str]:
    """Every key the log was ever signed with, oldest first, the current one last."""
    return [*(key for key in retired if key != current), current]


def new_signing_key() -> str:
    """A fresh private key, base64 of its 32 raw bytes (for CONFIA_AUDIT_SIGNING_KEY)."""
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    return base64.b64encode(raw).decode()


def sign(key: Ed25519PrivateKey, head: TreeHead) -> SignedTreeHead:
    signature = key.sign(head.signed_bytes())
    return SignedTreeHead(head, base64.b64encode(signature).decode())


def signature_ok(public_key: str, signed: SignedTreeHead) -> bool:
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    try:
        key.verify(base64.b64decode(signed.signature), signed.head.signed_bytes())
    except (InvalidSignature, ValueError):
        return False
    return True


def signed_from_json(document: dict[str, object]) -> SignedTreeHead:
    head = TreeHead(
        tree_size=int(str(document["tree_size"])),
        root_hash=str(document["root_hash"]),
        timestamp=int(str(document["timestamp"])),
    )
    return SignedTreeHead(head, str(document["signature"]))
