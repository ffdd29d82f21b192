"""The envelope every Confia event shares (see docs/adr/0004)."""

import uuid
from datetime import UTC, datetime
from typing import ClassVar, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


def new_event_id() -> str:
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    """Fields every event carries; subclasses add a typed `payload`.

    Unknown fields are ignored so a producer can add fields without breaking
    consumers; `schema_version` is a Literal in each subclass so an unknown
    version fails validation and is dead-lettered with the reason.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    event_type: ClassVar[str]

    event_id: str = Field(default_factory=new_event_id)
    type: str
    schema_version: int
    occurred_at: AwareDatetime = Field(default_factory=_now)
    subject: str = Field(description="Subject pseudonym (keyed HMAC), never a phone number.")
    conversation_id: str
    producer: str = Field(description="Service that emitted the event.")
    causation_id: str | None = Field(
        default=None, description="event_id of the event that caused this one."
    )

    @classmethod
    def caused_by(cls, cause: "Envelope", producer: str, **fields: object) -> Self:
        """A new event about the same subject and conversation as `cause`."""
        return cls.model_validate(
            {
                "subject": cause.subject,
                "conversation_id": cause.conversation_id,
                "causation_id": cause.event_id,
                "producer": producer,
                **fields,
            }
        )
