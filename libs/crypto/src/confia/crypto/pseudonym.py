"""Subject pseudonyms: the only customer identity that travels on the bus."""

import hashlib
import hmac


def pseudonym(key: bytes, identity: str) -> str:
    """Keyed HMAC-SHA256 of a WhatsApp identity (BSUID, else phone number).

    Without the key nobody can go from a pseudonym back to a phone number, and
    phone numbers (a small space) cannot be brute-forced into pseudonyms.
    """
    digest = hmac.new(key, identity.encode(), hashlib.sha256).hexdigest()
    return f"sub_{digest[:40]}"
