"""The data access fan-out every service takes part in (LGPD art. 18 II and V).

Each service answers `privacy.access.requested.v1` with what it holds about the
subject, as JSON sealed to the access-report public key: the parts travel and rest
encrypted, and only consent (holding the private key) assembles the report for the DPO.
"""

import json
from collections.abc import Awaitable, Callable
from typing import Any

from faststream.kafka import KafkaBroker

from confia.crypto import seal_for
from confia.events import AccessCompleted, AccessRequested, dlq
from confia.events.schemas import AccessReport
from confia.events.topics import PRIVACY_ACCESS_COMPLETED, PRIVACY_ACCESS_REQUESTED
from confia.runtime.bus import emit_once, outgoing
from confia.store import HandledEvents, OutgoingEvent

Exporter = Callable[[str], Awaitable[dict[str, Any]]]

ACCESS_TOPICS = (
    PRIVACY_ACCESS_REQUESTED,
    dlq(PRIVACY_ACCESS_REQUESTED),
    PRIVACY_ACCESS_COMPLETED,
)


def subscribe_to_access(
    broker: KafkaBroker, service: str, handled: HandledEvents, export: Exporter, public_key: str
) -> None:
    """Register this service's part of every data access report."""
    if not public_key:
        raise ValueError("CONFIA_ACCESS_REPORT_PUBLIC_KEY is required")

    @broker.subscriber(
        PRIVACY_ACCESS_REQUESTED,
        group_id=f"{service}.access",
        auto_offset_reset="earliest",
        description=f"Reports what {service} holds about the subject, sealed for the DPO.",
    )
    async def on_access_requested(event: AccessRequested) -> None:
        async def act() -> list[OutgoingEvent]:
            data = await export(event.subject)
            sealed = seal_for(public_key, json.dumps(data, default=str).encode())
            report = AccessReport(request_id=event.payload.request_id, service=service, data=sealed)
            completed = AccessCompleted.caused_by(event, service, payload=report)
            return [outgoing(PRIVACY_ACCESS_COMPLETED, completed)]

        await emit_once(broker, handled, event, act)
