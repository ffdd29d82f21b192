"""Which service reads and writes which topic: the one table Kafka ACLs, the Strimzi
`KafkaUser` resources and the docs are generated from (least privilege, issue 9).

Every service also writes the dead-letter topic of each topic it reads (its consumer
dead-letters there), reads the rights requests and answers them.
"""

from dataclasses import dataclass

from confia.events.topics import (
    AUDIT_EVENTS,
    CONVERSATION_CONSENTED,
    CONVERSATION_REDACTED,
    CONVERSATION_REPLY,
    HANDOFF_REQUESTED,
    HANDOFF_STATE,
    INGRESS_WEBHOOKS,
    INTERNAL_TOPICS,
    NAMESPACE,
    OPERATOR_ACTIONS,
    PRIVACY_ACCESS_COMPLETED,
    PRIVACY_ACCESS_REQUESTED,
    PRIVACY_CONSENT,
    PRIVACY_ERASURE_COMPLETED,
    PRIVACY_ERASURE_REQUESTED,
    PRIVACY_REVEAL_COMPLETED,
    PRIVACY_REVEAL_REQUESTED,
    SECURITY_EVENTS,
    TOPICS,
    WHATSAPP_INBOUND,
    WHATSAPP_OUTBOUND,
    WHATSAPP_STATUS,
    dlq,
)

_RIGHTS_READ = (PRIVACY_ERASURE_REQUESTED, PRIVACY_ACCESS_REQUESTED)
_RIGHTS_WRITE = (PRIVACY_ERASURE_COMPLETED, PRIVACY_ACCESS_COMPLETED)


@dataclass(frozen=True)
class ServiceAccess:
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    groups: tuple[str, ...]  # consumer-group name prefixes it may use
    # A batch consumer (audit) records bad messages instead of dead-lettering them.
    dead_letters_reads: bool = True

    @property
    def all_reads(self) -> tuple[str, ...]:
        return tuple(sorted({*self.reads, *_RIGHTS_READ}))

    @property
    def all_writes(self) -> tuple[str, ...]:
        dead_lettered = self.all_reads if self.dead_letters_reads else _RIGHTS_READ
        dead_letters = {dlq(topic) for topic in dead_lettered}
        return tuple(sorted({*self.writes, *_RIGHTS_WRITE, *dead_letters}))


def _service(
    name: str, reads: tuple[str, ...], writes: tuple[str, ...], batch: bool = False
) -> ServiceAccess:
    return ServiceAccess(reads, writes, (f"{NAMESPACE}{name}",), dead_letters_reads=not batch)


ACCESS: dict[str, ServiceAccess] = {
    "ingress": _service(
        "ingress",
        reads=(WHATSAPP_OUTBOUND, INGRESS_WEBHOOKS),
        writes=(WHATSAPP_INBOUND, WHATSAPP_STATUS, SECURITY_EVENTS, INGRESS_WEBHOOKS),
    ),
    "consent": _service(
        "consent",
        reads=(WHATSAPP_INBOUND, PRIVACY_ERASURE_COMPLETED, PRIVACY_ACCESS_COMPLETED),
        writes=(
            CONVERSATION_CONSENTED,
            PRIVACY_CONSENT,
            HANDOFF_REQUESTED,
            WHATSAPP_OUTBOUND,
            PRIVACY_ERASURE_REQUESTED,
            PRIVACY_ACCESS_REQUESTED,
        ),
    ),
    "redaction": _service(
        "redaction",
        reads=(CONVERSATION_CONSENTED, CONVERSATION_REPLY, PRIVACY_REVEAL_REQUESTED),
        writes=(
            CONVERSATION_REDACTED,
            WHATSAPP_OUTBOUND,
            SECURITY_EVENTS,
            PRIVACY_REVEAL_COMPLETED,
        ),
    ),
    "agent": _service(
        "agent",
        reads=(CONVERSATION_REDACTED, HANDOFF_STATE),
        writes=(CONVERSATION_REPLY, HANDOFF_REQUESTED, SECURITY_EVENTS),
    ),
    "handoff": _service(
        "handoff",
        reads=(
            HANDOFF_REQUESTED,
            CONVERSATION_REDACTED,
            CONVERSATION_REPLY,
            PRIVACY_REVEAL_COMPLETED,
        ),
        writes=(HANDOFF_STATE, CONVERSATION_REPLY, OPERATOR_ACTIONS, PRIVACY_REVEAL_REQUESTED),
    ),
    "audit": _service(
        "audit",
        # Audit reads everything, dead letters included, and is the only writer of the
        # public audit topic.
        reads=tuple(
            name for name in TOPICS if name != AUDIT_EVENTS and name not in INTERNAL_TOPICS
        ),
        writes=(AUDIT_EVENTS,),
        batch=True,
    ),
}


def access_table_markdown() -> str:
    """The table as Markdown, for the docs (regenerated, never edited by hand)."""
    lines = ["| service | reads | writes |", "| --- | --- | --- |"]
    for service, access in ACCESS.items():
        reads = "<br>".join(t.removeprefix(NAMESPACE) for t in access.all_reads)
        writes = "<br>".join(t.removeprefix(NAMESPACE) for t in access.all_writes)
        lines.append(f"| {service} | {reads} | {writes} |")
    return "\n".join(lines) + "\n"


def acl_grants(service: str) -> list[tuple[str, str, str, str]]:
    """(operation, resource type, name, pattern type) for every ACL the service needs."""
    access = ACCESS[service]
    grants = [(op, "topic", t, "literal") for t in access.all_reads for op in ("Read", "Describe")]
    grants += [
        (op, "topic", t, "literal") for t in access.all_writes for op in ("Write", "Describe")
    ]
    grants += [("Read", "group", group, "prefixed") for group in access.groups]
    return grants
