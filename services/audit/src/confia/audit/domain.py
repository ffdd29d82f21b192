"""What an audit record keeps of an event: metadata only, never the payload."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuditRecord:
    event_id: str
    type: str
    schema_version: int
    producer: str
    subject: str
    conversation_id: str
    occurred_at: datetime
    causation_id: str | None
    topic: str
    trace_id: str | None
