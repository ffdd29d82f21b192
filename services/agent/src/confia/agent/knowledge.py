"""What a business writes: an agent profile and knowledge entries, in plain Markdown.

Knowledge: every `## id` heading and the text under it is one entry. Profile: free text
under `##` sections; the agent reads its name ("Nome do agente: ..." / "Agent name: ..."),
the business's name ("Empresa: ..." / "Company: ..."), the section that lists when to pass
to a person, and the human team's hours. Everything else in the profile is guidance for a
language model, passed on as written.
"""

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from confia.agent.text import fold

PROFILE_DOCUMENT = "profile.md"
_NOT_KNOWLEDGE = frozenset({PROFILE_DOCUMENT, "readme.md"})

_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)
_ENTRY_ID = re.compile(r"^[\w-]+$")
_NAME = re.compile(r"^\s*(?:nome do agente|nome|agent name|name)\s*:\s*([^(.\n]+)", re.I | re.M)
_BUSINESS = re.compile(
    r"^\s*(?:empresa|nome fantasia|company|business name)\s*:\s*([^(,;\n]+)", re.I | re.M
)
# A sentence's end inside the line: "Empresa: Aurora Casa e Cozinha. Loja online..."
_SENTENCE_END = re.compile(r"\.\s")
# The street of a place of the business, in an address an entry gives: "Rua Augusta, 1500".
# (The kinds of street an address starts with, as a business writes them.)
STREET_KINDS = r"(?:Rua|Avenida|Av\.|Alameda|Praça|Travessa|Rodovia|Estrada|Largo)"
_STREET = re.compile(
    rf"\b{STREET_KINDS}\s+((?:d[aoe]s?\s+)?[A-ZÀ-Þ]\w*(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Þ]\w*)*)"
)
# What a business's registered name ends with, which customers never say.
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:ltda|s\.?\s?a|s/a|me|mei|epp|eireli|inc|llc|ltd)\.?\s*$", re.I
)
_BULLET = re.compile(r"^\s*[-*]\s+(.+)$", re.MULTILINE)
_HANDOFF_SECTION = (
    "passar para uma pessoa",
    "passar para um humano",
    "hand off",
    "handoff",
    "hand over",
)
_HOURS_SECTION = ("horario", "hours")


class KnowledgeError(ValueError):
    """A document the agent cannot use; the message says which and why."""


@dataclass(frozen=True)
class KnowledgeEntry:
    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Profile:
    name: str
    text: str
    handoff_rules: tuple[str, ...] = ()
    human_hours: str = ""
    # The business as customers name it: the agent's name and the company's, longest
    # first ("Aurora Casa & Cozinha", "Aurora"). The guardrails read them as "the shop".
    shop_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    profile: Profile
    entries: tuple[KnowledgeEntry, ...]
    documents: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def profile_version(self) -> str:
        return _digest(self.profile.text)

    @property
    def knowledge_version(self) -> str:
        return _digest("\n".join(f"{e.id}\n{e.text}" for e in self.entries))

    @functools.cached_property
    def shop_names(self) -> tuple[str, ...]:
        """The profile's names of the business that read as names: a one-word name the
        knowledge also writes as a common word ("Casa", when an entry says "entrega em
        casa") would make every such word the shop."""
        written = {word for e in self.entries for word in re.findall(r"\b[a-zà-ÿ]+\b", e.text)}
        return tuple(
            name
            for name in self.profile.shop_names
            if " " in name.strip() or name.strip().lower() not in written
        )

    @functools.cached_property
    def shop_streets(self) -> tuple[str, ...]:
        """The streets of the business's places, as its entries give them ("Augusta")."""
        return tuple(sorted({street for e in self.entries for street in _STREET.findall(e.text)}))

    def entry(self, entry_id: str) -> KnowledgeEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def parse_knowledge(markdown: str, source: str) -> list[KnowledgeEntry]:
    """Entries of a Markdown document: each `## id` heading and the text under it."""
    entries = []
    for heading, body in _sections(markdown):
        if not _ENTRY_ID.fullmatch(heading):
            raise KnowledgeError(f"{source}: heading '## {heading}' is not an id (no spaces)")
        text = " ".join(body.split())
        if text:
            entries.append(KnowledgeEntry(id=heading, text=text, source=source))
    return entries


def parse_profile(markdown: str) -> Profile:
    name_match = _NAME.search(markdown)
    sections = _sections(markdown)
    handoff = next((body for title, body in sections if _titled(title, _HANDOFF_SECTION)), "")
    hours = next((body for title, body in sections if _titled(title, _HOURS_SECTION)), "")
    name = name_match.group(1).strip() if name_match else ""
    business_match = _BUSINESS.search(markdown)
    business = ""
    if business_match:
        named = _SENTENCE_END.split(business_match.group(1).strip(), maxsplit=1)[0]
        business = _LEGAL_SUFFIX.sub("", named)
    shop_names = sorted({n for n in (name, business) if n}, key=len, reverse=True)
    return Profile(
        name=name or "Assistente virtual",
        text=markdown.strip(),
        handoff_rules=tuple(" ".join(b.split()) for b in _BULLET.findall(handoff)),
        human_hours=" ".join(hours.split()),
        shop_names=tuple(shop_names),
    )


def knowledge_base(documents: dict[str, str]) -> KnowledgeBase:
    """The knowledge base of a business's documents (file name -> Markdown text)."""
    entries: list[KnowledgeEntry] = []
    for name in sorted(documents):
        if name.lower() not in _NOT_KNOWLEDGE:
            entries.extend(parse_knowledge(documents[name], name))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise KnowledgeError(f"{entry.source}: entry id '{entry.id}' is used twice")
        seen.add(entry.id)
    profile = parse_profile(documents.get(PROFILE_DOCUMENT, ""))
    return KnowledgeBase(profile=profile, entries=tuple(entries), documents=dict(documents))


def read_knowledge_dir(folder: Path) -> KnowledgeBase:
    """The knowledge base of every Markdown file in `folder`."""
    if not folder.is_dir():
        raise KnowledgeError(f"{folder}: not a folder")
    documents = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.md")}
    return knowledge_base(documents)


def _sections(markdown: str) -> list[tuple[str, str]]:
    headings = list(_HEADING.finditer(markdown))
    if not headings:
        return []
    return [
        (heading.group(1), markdown[heading.end() : following.start() if following else None])
        for heading, following in zip(headings, [*headings[1:], None], strict=True)
    ]


def _titled(title: str, words: tuple[str, ...]) -> bool:
    folded = fold(title)
    return any(word in folded for word in words)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]
