"""Ingress rules: signatures, who a customer is, how statuses move, floods, Graph API errors."""

import hashlib
import hmac
from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

_SIGNATURE_PREFIX = "sha256="


def signature_is_valid(raw_body: bytes, header: str, app_secrets: list[bytes]) -> bool:
    """True if `header` is `sha256=<hex HMAC>` of the raw body under any app secret.

    Compared in constant time; several secrets are accepted during rotation.
    """
    if not header.startswith(_SIGNATURE_PREFIX):
        return False
    received = header.removeprefix(_SIGNATURE_PREFIX).strip().lower()
    matches = [
        hmac.compare_digest(hmac.new(secret, raw_body, hashlib.sha256).hexdigest(), received)
        for secret in app_secrets
    ]
    return any(matches)


# --- Identity -------------------------------------------------------------------


def choose_subject(bsuid_key: str | None, phone_key: str | None, linked: dict[str, str]) -> str:
    """The subject of a customer known by BSUID and/or phone (as keyed pseudonyms).

    A subject, once given, stays: if either identity is already linked to one, that
    is the customer (the BSUID's link first); otherwise the BSUID's pseudonym, else
    the phone's. `linked` maps already-linked identity pseudonyms to subjects.
    """
    for key in (bsuid_key, phone_key):
        if key is not None and key in linked:
            return linked[key]
    first = bsuid_key or phone_key
    if first is None:
        raise ValueError("a customer needs a BSUID or a phone number")
    return first


def message_key(key: bytes, wamid: str) -> str:
    """The id a WhatsApp message goes by outside Meta's API: on the bus, in logs, at rest.

    A wamid is base64 that embeds the customer's phone number, so it never leaves the
    webhook and the Graph API call; everywhere else it is this keyed hash.
    """
    digest = hmac.new(key, f"wamid:{wamid}".encode(), hashlib.sha256).hexdigest()
    return f"msg_{digest[:32]}"


def conversation_id(business_number_id: str, subject: str) -> str:
    """One conversation per customer and business number; derived, so no lookup needed."""
    digest = hashlib.sha256(f"{business_number_id}:{subject}".encode()).hexdigest()
    return f"cnv_{digest[:32]}"


# --- Message states ---------------------------------------------------------------

# Statuses can arrive out of order ("read" before "delivered"): keep the furthest.
_STATE_RANK = {"accepted": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}


def state_rank(status: str) -> int | None:
    """Rank of a status in a message's life, or None for one we do not know."""
    return _STATE_RANK.get(status)


# --- Bounded memory -------------------------------------------------------------------


K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """A dict that forgets its least recently used entries beyond `max_entries`."""

    def __init__(self, max_entries: int) -> None:
        self._max_entries = max_entries
        self._entries: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def discard_value(self, value: V) -> None:
        """Forget every key that maps to `value` (rare: an erasure)."""
        for key in [key for key, held in self._entries.items() if held == value]:
            del self._entries[key]

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)


# --- Flood control ------------------------------------------------------------------


@dataclass
class _Bucket:
    tokens: float
    updated: float


class FloodGate:
    """Token buckets per key: `burst` at once, then `per_minute` refilled steadily.

    Memory is bounded: the least recently seen keys beyond `max_keys` are forgotten
    (a forgotten sender starts again with a full bucket).
    """

    def __init__(self, per_minute: float, burst: int, max_keys: int = 100_000) -> None:
        self.per_minute = per_minute
        self.burst = burst
        self._rate = per_minute / 60.0
        self._buckets: BoundedCache[str, _Bucket] = BoundedCache(max_keys)

    def allow(self, key: str, now: float) -> bool:
        bucket = self._buckets.get(key) or _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self._rate)
        bucket.updated = now
        self._buckets.put(key, bucket)
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True


# --- Graph API errors ----------------------------------------------------------------


class SendFailure(Enum):
    RATE_LIMITED = "rate_limited"  # back off and try again
    TRANSIENT = "transient"  # Meta's side failed; try again
    PERMANENT = "permanent"  # retrying cannot help: record and stop


# Throughput, pair-rate and spam-rate limits (Meta's error codes).
_RATE_LIMIT_CODES = frozenset({4, 80007, 130429, 131048, 131056, 133016})
_TRANSIENT_CODES = frozenset({1, 2, 131000, 131016})


def classify_send_failure(http_status: int, error_code: int | None) -> SendFailure:
    """What to do about a failed send, from the HTTP status and Meta's error code.

    Permanent examples: 131047 (outside the 24-hour window), 131026 (undeliverable),
    100 (invalid parameter), 190 (bad token).
    """
    if http_status == 429 or error_code in _RATE_LIMIT_CODES:
        return SendFailure.RATE_LIMITED
    if http_status >= 500 or error_code in _TRANSIENT_CODES:
        return SendFailure.TRANSIENT
    return SendFailure.PERMANENT
