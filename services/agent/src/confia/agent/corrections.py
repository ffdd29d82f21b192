"""A word the customer corrects after sending it, read in place of the word it corrects.

Phones' keyboards change words, and customers correct them the way chat does: the right
word after an asterisk ("aceita pus? *pix"), or after "digo" ("qnto fica a fruta? digo
frete"). Read as written, "pus" and "fruta" ask nothing the knowledge answers, and what
follows the correction ("*pedido pelo amor de deus q vergonha") is embarrassment at the
keyboard, not anger at the shop. Read corrected, the message is the one the customer meant:
the mangled word is replaced, and the correction with its short remark is dropped; a note
after an asterisk that corrects no word of the message is left as it was.
"""

import re
from difflib import SequenceMatcher

from confia.agent.text import fold

# "*pix", "*de graça": one asterisk (not markdown's "**bold**" nor "*encaminhada*", which
# closes it) and the word or two it gives, then the remark on it up to the sentence's end.
_STARRED = re.compile(
    r"(?<![\w*])\*(?!\*)(?P<said>(?:d[eao]|n[oa]|em) [^\W\d_]{3,}|[^\W\d_]{2,})(?![^\n*]*\*)"
    r"(?P<remark>[^.!?\n]*)"
)
# "? digo frete", ", digo loja kkk": the word alone after "digo", then the remark. ("digo,
# da airfryer" rephrases what was said, and is not a word corrected.)
_SAID_INSTEAD = re.compile(
    r"(?<=[?.!,]) +digo +(?P<said>[^\W\d_]{2,})(?P<remark>(?: *(?:,[^.!?\n]*|k{2,}|rs))?)"
    r"[ .!]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# How near the written word must be to the one meant: "pus" for "pix", "luz" for "loja"
# with the same first letter; "revolver" for "devolver" without.
_NEAR_ENOUGH = 0.28
_NEAR_WHATEVER_THE_START = 0.7
# A remark on the keyboard is short: "pelo amor de deus q vergonha", "maldito corretor".
_REMARK_WORDS = 6


def read_corrected(text: str) -> str:
    """The message with the word its writer corrected replaced by the correction (the first
    one given after an asterisk, and one given after "digo")."""
    for pattern in (_STARRED, _SAID_INSTEAD):
        text = _corrected(text, pattern)
    return text


def _corrected(text: str, pattern: re.Pattern[str]) -> str:
    said = pattern.search(text)
    if said is None:
        return text
    meant = said["said"].split()[-1]
    before, after = text[: said.start()], text[said.end() :]
    # A remark that asks ("*PEDIDO, VCS NAO LEEM NAO??"), or says more than a remark does,
    # is the message's, and stays.
    remark = said["remark"]
    if text[said.end() : said.end() + 1] == "?" or len(_WORD.findall(remark)) > _REMARK_WORDS:
        after = remark + after
    if _has_word(before, meant):
        return f"{before.rstrip()}{after}"
    mangled = _mangled(before, meant)
    if mangled is None:
        # No word it could correct: a note ("*obs: a panela chegou quebrada"), not a correction.
        return text
    start, end = mangled
    return f"{before[:start]}{meant}{before[end:].rstrip()}{after}"


def _has_word(text: str, meant: str) -> bool:
    folded = fold(meant)
    return any(fold(word[0]) == folded for word in _WORD.finditer(text))


def _mangled(text: str, meant: str) -> tuple[int, int] | None:
    """Where the word the correction stands for is: the one nearest in letters, if any is
    near enough."""
    folded = fold(meant)
    best: tuple[float, int, int] | None = None
    for word in _WORD.finditer(text):
        written = fold(word[0])
        if len(written) < 2:
            continue
        nearness = SequenceMatcher(None, written, folded).ratio()
        least = _NEAR_ENOUGH if written[0] == folded[0] else _NEAR_WHATEVER_THE_START
        if nearness >= least and (best is None or nearness >= best[0]):
            best = (nearness, word.start(), word.end())
    return None if best is None else best[1:]
