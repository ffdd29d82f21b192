"""Every service's part in the data subject's rights: erasure and access (LGPD art. 18)."""

from confia.runtime.access import ACCESS_TOPICS, Exporter, subscribe_to_access
from confia.runtime.erasure import ERASURE_TOPICS, Eraser, subscribe_to_erasure
from confia.runtime.service import Plumbing
from confia.store import HandledEvents

RIGHTS_TOPICS = (*ERASURE_TOPICS, *ACCESS_TOPICS)


def subscribe_to_rights(
    parts: Plumbing, handled: HandledEvents, erase: Eraser, export: Exporter
) -> None:
    """Answer every erasure (with `erase`) and every access request (with `export`)."""
    subscribe_to_erasure(parts.broker, parts.service, handled, erase)
    subscribe_to_access(
        parts.broker, parts.service, handled, export, parts.settings.access_report_public_key
    )
