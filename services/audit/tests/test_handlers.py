"""The audit log against the real store: metadata only, once per event."""

from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase

from confia.audit.handlers import record_event
from confia.audit.store import AuditLog
from confia.events import MessageRedacted
from confia.events.schemas import RedactedMessage

pytestmark = pytest.mark.integration


async def test_each_event_is_recorded_once_without_its_payload(
    database: AsyncDatabase[dict[str, Any]],
) -> None:
    log = AuditLog(database)
    event = MessageRedacted(
        subject="sub_audit",
        conversation_id="cnv_audit",
        producer="redaction",
        payload=RedactedMessage(message_id="wamid.1", text="meu pedido [CPF_1] atrasou"),
    )
    await record_event(log, event, "conversation.redacted.v1")
    await record_event(log, event, "conversation.redacted.v1")

    records = [doc async for doc in database["records"].find()]
    assert len(records) == 1
    assert records[0]["type"] == "conversation.message.redacted"
    assert records[0]["subject"] == "sub_audit"
    assert records[0]["topic"] == "conversation.redacted.v1"
    assert "atrasou" not in str(records[0])
