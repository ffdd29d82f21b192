"""The erasure fan-out every service takes part in (LGPD art. 18 VI).

Each service subscribes to `privacy.erasure.requested.v1`, deletes what it holds about
the subject with its own `erase` function, and answers on
`privacy.erasure.completed.v1` with what it deleted and what it kept (and why).
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from faststream.kafka import KafkaBroker

from confia.events import ErasureCompleted, ErasureRequested, dlq
from confia.events.schemas import ErasureReport
from confia.events.topics import PRIVACY_ERASURE_COMPLETED, PRIVACY_ERASURE_REQUESTED
from confia.runtime.bus import emit_once, outgoing
from confia.store import HandledEvents, OutgoingEvent


@dataclass(frozen=True)
class Erased:
    deleted: dict[str, int]
    retained: dict[str, str] = field(default_factory=dict)


Eraser = Callable[[str], Awaitable[Erased]]

ERASURE_TOPICS = (
    PRIVACY_ERASURE_REQUESTED,
    dlq(PRIVACY_ERASURE_REQUESTED),
    PRIVACY_ERASURE_COMPLETED,
)


def subscribe_to_erasure(
    broker: KafkaBroker, service: str, handled: HandledEvents, erase: Eraser
) -> None:
    """Register this service's part of every erasure."""

    @broker.subscriber(
        PRIVACY_ERASURE_REQUESTED,
        group_id=f"{service}.erasure",
        auto_offset_reset="earliest",
        description=f"Deletes what {service} holds about the subject, then reports it.",
    )
    async def on_erasure_requested(event: ErasureRequested) -> None:
        async def act() -> list[OutgoingEvent]:
            erased = await erase(event.subject)
            report = ErasureReport(
                request_id=event.payload.request_id,
                service=service,
                deleted=erased.deleted,
                retained=erased.retained,
            )
            completed = ErasureCompleted.caused_by(event, service, payload=report)
            return [outgoing(PRIVACY_ERASURE_COMPLETED, completed)]

        await emit_once(broker, handled, event, act, erasable=False)
