"""Checks on what the customer wrote and on what the agent is about to send.

Input: attacks on the agent (prompt injection, jailbreaks, other customers' data), a
request for a person, frustration, and topics a business always leaves to people
(disputed charges, fraud, legal threats, safety, data-rights requests, sensitive data).
Patterns read `plain` text: folded, shorthand spelled out, so "vc", "você" and "VOCÊ"
are one word. pt-BR first, English too.

Output: a reply may only carry tokens of this conversation, never the instructions it
was given, and never a topic reserved for people.
"""

import re
from dataclasses import dataclass

from confia.agent.text import fold, plain, tokens_in


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_YOU = r"(?:voce|voces|tu|assistente|bot|robo|ia)"
_RULES = r"(?:instruc\w*|regras?|orientac\w*|prompt\w*|diretrizes|comandos?|programac\w*|configurac\w*)"

INJECTION = _any(
    rf"\b(?:ignor\w*|esquec\w*|desconsider\w*|desobedec\w*|abandon\w*)\b.{{0,40}}\b(?:{_RULES}|anterior\w*|acima|tudo (?:que|o que))",
    rf"\b(?:mostr\w*|revel\w*|diga|dizer|diz|cont\w*|repit\w*|imprim\w*|copi\w*|pass\w*|exib\w*|quais sao|qual e|qual)\b.{{0,30}}\b(?:sua|suas|seu|seus|teu|tua|as|o|os|de)\s+{_RULES}",
    rf"\b{_RULES}\s+(?:do sistema|de sistema|internas?|secretas?|ocultas?|originais)",
    r"\bsystem prompt|\bprompt do sistema|\bprompt de sistema",
    r"\b(?:modo|mode) (?:desenvolvedor|developer|dev|admin|administrador|deus|god|irrestrito|sem (?:filtro|restric\w*))",
    r"\bjailbreak|\bdan\b|\bdo anything now",
    r"\b(?:fing\w*|finja|faz de conta|imagin\w* que|simul\w*|interpret\w*)\b.{0,30}\b(?:voce|seja|ser|e|fosse|um|uma)\b",
    rf"\b(?:a partir de agora|agora)\s+{_YOU}\s+(?:e|sera|vai ser|esta)\b",
    rf"\b{_YOU}\s+agora\s+(?:e|sera)\b",
    r"\bsou (?:o |a )?(?:admin\w*|desenvolvedor\w*|programador\w*|dono da loja|gerente da loja|da equipe (?:de ti|tecnica)|do suporte tecnico)\b",
    r"\b(?:novas|nova) instruc\w*|\bnovo prompt\b|\boverride\b",
    r"\b(?:dados|endereco|telefone|cpf|email|e mail|pedido|pedidos|compras?|cadastro|informac\w*|nome|numero)\b.{0,25}\b(?:de|do|da|dos|das) (?:outr[oa]s?|demais|tod[oa]s os|algum|alguma) (?:client\w*|pessoas?|usuari\w*|compradores?|consumidor\w*)",
    r"\b(?:lista|listagem|relacao|base|banco de dados) (?:de|dos|com (?:os )?) ?(?:client\w*|usuari\w*|compradores?|cadastros?)",
    r"\b(?:o que|que|quais?) (?:o |a )?(?:minha|meu|o|a) (?:amig\w*|vizinh\w*|irma\w*|mae|pai|espos\w*|marido|mulher|namorad\w*|chefe|colega|cunhad\w*)\b.{0,20}\b(?:pediu|comprou|encomendou|gastou|mora)",
    r"\b(?:endereco|telefone|pedido|cpf|dados|email|compra)\b.{0,50}\b(?:d[oa]|de|e d[ao]) (?:minha|meu) (?:amig\w*|vizinh\w*|ex|irma\w*|cunhad\w*|chefe|colega)\b",
    r"\b(?:ignore|disregard|forget|override)\b.{0,30}\b(?:instruction\w*|rules?|prompt|previous|above|guidelines)",
    r"\b(?:reveal|show|print|repeat|tell me|what (?:is|are))\b.{0,25}\b(?:your|the)\s+(?:system\s+)?(?:prompt|instructions|rules|guidelines)",
    r"\b(?:pretend|act as|roleplay|role play|you are now|from now on you)\b",
    r"\b(?:other|another) (?:customer|client|user|person)\W?s?\b.{0,20}\b(?:data|address|order|phone|details|information)",
)

# Asking for the value behind a token: read on the raw folded text, tokens included.
TOKEN_PROBE = re.compile(
    r"(?:valor|numero|conteudo|dado|texto)\s+(?:real|verdadeiro|original|completo|por tras)"
    r"|(?:desmascar|decodific|descriptograf|revel|unmask|decode|decrypt|reveal)\w*\s.{0,20}\["
    r"|(?:o que|que|qual)\s.{0,20}(?:tem|esta|fica|significa)\s+(?:em|no|na|atras d[eo]|por tras d[eo])\s*\["
    r"|\[[A-Z_]+_\d+\]\s*=\s*\?"
    # someone else's data, by their redacted name
    r"|(?:telefone|celular|endereco|cpf|e-?mail|dados|pedido|compras?)\s+(?:da|do|de)\s+\[person_\d+\]"
    # instructions dressed as a system message
    r"|(?:^|\s)#*\s*(?:system|sistema|developer|admin)\s*:",
    re.IGNORECASE,
)

_PERSON_WORDS = (
    r"(?:atendente|humano|humana|pessoa|gente de verdade|alguem de verdade|alguem real|gerente|"
    r"supervisor\w*|operador\w*|funcionari\w*|responsavel|ser humano|atendimento humano)"
)
HUMAN_REQUEST = _any(
    rf"\b(?:falar|fala|falo|fale|convers\w*|chama|chamar|chame|chamem|passa|passar|passe|"
    rf"transfer\w*|coloca|colocar|coloque|cade|ligar|liga|ligue|contato com|atendid\w* por)\b"
    rf".{{0,30}}\b{_PERSON_WORDS}",
    rf"\b(?:quero|queria|preciso|prefiro|exijo|gostaria de|tem|existe|ha|vcs tem)\b.{{0,8}}\b(?:um|uma|o|a|de|com)?\s?{_PERSON_WORDS}\b(?!\s+(?:comec|trabalh|funcion|atend))",
    r"\b(?:nao quero|chega de|cansei de|para de|nao aguento)\b.{0,20}\b(?:robo|bot|maquina|ia|assistente virtual|inteligencia artificial|automatic\w*)",
    r"\b(?:talk|speak|chat|connect me|transfer me|put me through)\b.{0,25}\b(?:human|person|agent|someone|representative|manager|supervisor|staff|real)",
    r"\b(?:real|actual|live) (?:person|human|agent)\b|\bhuman agent\b|\brepresentative\b",
)

FRUSTRATION = _any(
    r"\bja (?:perguntei|falei|disse|mandei|pedi|expliquei|escrevi|reclamei)\b",
    r"\b(?:pela|e a) (?:segunda|terceira|quarta|quinta|\d+a?) vez\b|\b\d+ vezes\b.{0,20}\b(?:pergunt|fal|pedi|mand)",
    r"\b(?:absurdo|ridicul\w*|palhacada|vergonha\w*|descaso|pessim\w*|horrivel|lixo|porcaria|inaceitavel|revoltad\w*|indignad\w*|furios\w*|irritad\w*|sacanagem|desrespeito|enganad\w*|enrolac\w*|enrolando)\b",
    r"\bninguem (?:resolve|responde|ajuda|me ajuda|atende|faz nada)\b|\bnao resolve\w* nada\b|\bsem resposta\b",
    r"\b(?:merda|porra|caralho|droga|pqp|puta|fdp|bosta|inferno)\b",
    r"\b(?:ridiculous|unacceptable|terrible|awful|worst|furious|angry|fed up|wtf)\b|\basked (?:\w+ )?(?:times|again)\b",
)

RESERVED = {
    "disputed_charge": _any(
        r"\b(?:duas vezes|2 vezes|duplicad\w*|em dobro)\b.{0,40}\b(?:fatura|cartao|extrato|cobranc\w*|cobrad\w*)",
        r"\b(?:fatura|cartao|extrato)\b.{0,40}\b(?:duas vezes|2 vezes|duplicad\w*|em dobro)\b",
        r"\bcobr\w*\b.{0,80}\b(?:duplicidade|duplicad\w*|duas vezes|dobrad\w*|indevid\w*|errad\w*|a mais|2 vezes|sem (?:eu )?autoriz\w*|que nao (?:fiz|reconheco))",
        r"\b(?:duplicidade|indevid\w*)\b.{0,30}\bcobr\w*|\bcobr\w* indevid\w*",
        r"\b(?:estorno|reembolso|dinheiro)\b.{0,30}\b(?:nao|nunca|ainda nao)\s+(?:caiu|chegou|voltou|apareceu|entrou|veio|recebi|foi feito)",
        r"\b(?:nao|nunca)\s+(?:recebi|caiu|chegou|voltou|entrou|devolveram|fizeram)\b.{0,25}\b(?:estorno|reembolso|meu dinheiro)",
        r"\bcharged (?:me )?(?:twice|double|two times)|\bdouble charged?\b|\brefund\b.{0,20}\b(?:never|not|still)\b.{0,15}\b(?:arrived|received|came)",
    ),
    "fraud": _any(
        r"\b(?:golpe\w*|fraude\w*|fraudulent\w*|clonad\w*|estelionat\w*|hackead\w*|invadi\w*)\b",
        r"\bnao (?:reconheco|fiz|autorizei)\b.{0,20}\b(?:compra|pedido|cobranca|pagamento)",
        r"\b(?:fraud|scam|scammed|stolen card)\b",
    ),
    "legal_threat": _any(
        r"\bprocon\b|\breclame aqui\b|\bconsumidor gov\b|\bjuizado\b|\bpequenas causas\b",
        r"\b(?:vou|vamos|irei|quero)\s+(?:processar|entrar na justica|abrir (?:um )?processo|acionar|denunciar|colocar na justica)",
        r"\bprocess\w*\s+(?:voces|a loja|a empresa|a aurora)|\b(?:meu|minha) advogad\w*|\bacao judicial\b|\bna justica\b",
        r"\b(?:sue|lawsuit|lawyer|attorney|legal action)\b",
    ),
    "safety": _any(
        r"\b(?:explodi\w*|pegou fogo|incendi\w*|fumac\w*|faisca\w*|choque|queimei|queimou|queimad\w*|me machuquei|machuc\w*|me cortei|cortei|cortou|ferid\w*|ferimento|hospital|pronto socorro|superaquec\w*|derreteu|cheiro de queimado|vazamento de gas|intoxic\w*)\b",
        r"\b(?:caught fire|exploded|burn(?:ed|t)? me|injur\w*|electric shock|sparks?)\b",
    ),
    "data_rights": _any(
        r"\b(?:apag\w*|exclu\w*|delet\w*|remov\w*|elimin\w*)\b.{0,25}\b(?:meus|minhas|os meus|todos os meus|meu)\s+(?:dados|informac\w*|cadastro|conta)",
        r"\b(?:copia|acesso|relatorio|lista|exportac\w*)\b.{0,15}\b(?:d[eo]s|a|ao|aos|de)\s+(?:meus|todos os meus)\s+dados",
        r"\b(?:copia|relatorio|lista|exportac\w*)\b.{0,25}\bdados\b.{0,30}\b(?:sobre mim|de mim|meus)\b",
        r"\b(?:quais|que) dados\b.{0,20}\b(?:voces|tem|possuem|guardam|armazenam)\b.{0,15}\b(?:sobre mim|meus|de mim)",
        r"\b(?:delete|erase|remove)\b.{0,15}\bmy (?:data|account|information)|\bcopy of my data\b",
    ),
    "sensitive_data": _any(
        r"\b(?:minha|meu) (?:doenca|diagnostico|deficiencia|laudo|tratamento|religiao|orientacao sexual)\b",
        r"\b(?:sou|estou) (?:gravida|deficiente|cadeirante|soropositiv\w*|diabetic\w*)\b",
    ),
}

IDENTITY = _any(
    rf"\b{_YOU}\b.{{0,10}}\b(?:e|eh|esta)\s+(?:um |uma )?(?:robo|bot|humano|humana|pessoa|ia|inteligencia artificial|de verdade|real|gente)\b",
    r"\b(?:falando|conversando) com (?:um |uma )?(?:robo|bot|humano|pessoa|maquina|ia)\b",
    r"\bare you (?:a |an )?(?:bot|robot|human|real|person|ai)\b",
)


@dataclass(frozen=True)
class InputVerdict:
    injection: bool = False
    human_requested: bool = False
    frustrated: bool = False
    reserved_topic: str | None = None
    asks_identity: bool = False

    def flags(self) -> list[str]:
        flags = []
        if self.injection:
            flags.append("injection")
        if self.human_requested:
            flags.append("human_requested")
        if self.frustrated:
            flags.append("frustration")
        if self.reserved_topic:
            flags.append(self.reserved_topic)
        return flags


def check_input(text: str) -> InputVerdict:
    said = plain(text)
    return InputVerdict(
        injection=bool(INJECTION.search(said) or TOKEN_PROBE.search(_raw(text))),
        human_requested=bool(HUMAN_REQUEST.search(said)),
        frustrated=bool(FRUSTRATION.search(said)) or _shouting(text),
        reserved_topic=reserved_topic(said),
        asks_identity=bool(IDENTITY.search(said)),
    )


def reserved_topic(said: str) -> str | None:
    return next((topic for topic, pattern in RESERVED.items() if pattern.search(said)), None)


@dataclass(frozen=True)
class OutputVerdict:
    foreign_tokens: tuple[str, ...] = ()
    leaks_instructions: bool = False
    reserved_topic: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.foreign_tokens or self.leaks_instructions or self.reserved_topic)

    def problems(self) -> list[str]:
        problems = []
        if self.foreign_tokens:
            problems.append("foreign_token")
        if self.leaks_instructions:
            problems.append("instruction_leak")
        if self.reserved_topic:
            problems.append(f"reserved_topic:{self.reserved_topic}")
        return problems


_LEAK_RUN = 8  # words in a row shared with the instructions count as a leak


def check_output(reply: str, conversation_tokens: set[str], instructions: str) -> OutputVerdict:
    """What is wrong with `reply`, if anything, before it reaches the customer."""
    return OutputVerdict(
        foreign_tokens=tuple(sorted(tokens_in(reply) - conversation_tokens)),
        leaks_instructions=_shares_run(reply, instructions, _LEAK_RUN),
        reserved_topic=reserved_topic(plain(reply)),
    )


def _shares_run(text: str, source: str, length: int) -> bool:
    def runs(words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}

    return bool(runs(plain(text).split()) & runs(plain(source).split()))


def _raw(text: str) -> str:
    return " ".join(fold(text).split())


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return (len(letters) >= 20 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8) or (
        "!!!" in text or "???" in text
    )
