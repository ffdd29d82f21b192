"""Text hidden in an encoding: base64, hex, rot13, reversal.

An attacker who cannot get "ignore as regras" past the injection check sends it encoded
and asks the agent to decode it. These are the readings the injection check reads as well:
each encoded run in the message decoded, when it decodes to text a person would write.
Pure functions, standard library only.
"""

import base64
import binascii
import codecs
import re
import unicodedata

# Long enough that order numbers and tracking codes ("BR123456789BR") are not read as
# base64; a payload this short says nothing anyway.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
_HEX = re.compile(r"\b(?:[0-9a-fA-F]{2}[ :]?){8,}")
_MIN_TEXT_SHARE = 0.85  # letters, digits, spaces and punctuation among the decoded characters


def decoded_payloads(text: str) -> list[str]:
    """Every base64 or hex run of `text` that decodes to readable text, and the whole of
    `text` read as rot13, backwards, and with each word backwards (harmless when it is
    not encoded: those read as nonsense)."""
    found = [_readable(_from_base64(run)) for run in _BASE64.findall(text)]
    found += [_readable(_from_hex(run)) for run in _HEX.findall(text)]
    return [payload for payload in found if payload] + [
        codecs.encode(text, "rot13"),
        *reversed_readings(text),
    ]


def reversed_readings(text: str) -> list[str]:
    """`text` read right to left, and each of its words read right to left. Composed
    first, so an accent stays on its letter ("seõçurtsni" -> "instruções")."""
    composed = unicodedata.normalize("NFC", text)
    by_word = re.sub(r"\w+", lambda word: word[0][::-1], composed)
    return [composed[::-1], by_word]


def _from_base64(run: str) -> bytes:
    padded = run + "=" * (-len(run) % 4)
    try:
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _from_hex(run: str) -> bytes:
    digits = re.sub(r"[ :]", "", run)
    try:
        return bytes.fromhex(digits[: len(digits) // 2 * 2])
    except ValueError:
        return b""


def _readable(raw: bytes) -> str:
    """The decoded text if it reads as text (UTF-8, mostly letters and spaces), else ""."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    if len(text) < 8:
        return ""
    readable = sum(ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"-()" for ch in text)
    return text if readable / len(text) >= _MIN_TEXT_SHARE and " " in text else ""
