import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from confia.ingress.payload import (
    WebhookPayload,
    WebhookRoute,
    customer_messages,
    delivery_statuses,
    inbound_event_id,
    one_customers_post,
    split_by_customer,
)
from confia.testing.webhook_payloads import bodies, one_field_changed, payloads

FIXTURES = Path(__file__).parents[3] / "tests" / "fixtures" / "whatsapp"


def _payload(name: str) -> WebhookPayload:
    return WebhookPayload.model_validate_json((FIXTURES / name).read_bytes())


def _sign(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def test_text_message_keeps_bsuid_phone_and_text() -> None:
    [message] = customer_messages(_payload("text_message.json"))
    assert message.kind == "text"
    assert message.bsuid == "BR.1502576394655843"
    assert message.phone == "5511987654321"
    assert message.text is not None
    assert "pedido" in message.text
    assert message.business_number_id == "106540352242922"


def test_username_customer_is_identified_by_bsuid_alone() -> None:
    [message] = customer_messages(_payload("text_message_username.json"))
    assert message.phone is None
    assert message.bsuid == "BR.4418200937715524"


def test_button_reply_carries_the_button_id() -> None:
    [message] = customer_messages(_payload("interactive_button_reply.json"))
    assert message.button_id == "consent.accept"
    assert message.text == "Aceito"


def test_media_message_keeps_the_media_id() -> None:
    [message] = customer_messages(_payload("image_message.json"))
    assert message.kind == "image"
    assert message.media_id


def test_one_post_can_carry_several_customers() -> None:
    messages = customer_messages(_payload("batch_two_messages.json"))
    assert len(messages) == 2
    assert len({m.bsuid or m.phone for m in messages}) == 2


def test_unsupported_message_is_kept_with_its_type() -> None:
    [message] = customer_messages(_payload("unsupported_message.json"))
    assert message.kind == "unsupported"
    assert message.text is None


def test_status_only_payload_has_no_customer_messages() -> None:
    assert customer_messages(_payload("status_delivered.json")) == []


def test_delivery_status_is_read_with_its_recipient() -> None:
    [status] = delivery_statuses(_payload("status_delivered.json"))
    assert status.status == "delivered"
    assert status.recipient_phone == "5511987654321"
    assert status.message_id.startswith("wamid.")


def test_image_caption_is_the_text_and_the_media_type_is_kept() -> None:
    [message] = customer_messages(_payload("image_message.json"))
    assert message.text == "foto do boleto"
    assert message.media_type == "image/jpeg"


def _single_message(message: dict[str, object]) -> WebhookPayload:
    return WebhookPayload.model_validate(
        {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "1",
                    "changes": [
                        {
                            "field": "messages",
                            "value": {
                                "metadata": {"phone_number_id": "106540352242922"},
                                "messages": [
                                    {
                                        "id": "wamid.X",
                                        "from": "5511900000000",
                                        "timestamp": "1764342000",
                                        **message,
                                    }
                                ],
                            },
                        }
                    ],
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("location", {"latitude": -23.56, "longitude": -46.65, "name": "Casa"}),
        ("contacts", [{"name": {"formatted_name": "Ana"}, "phones": [{"phone": "+55119"}]}]),
        ("reaction", {"message_id": "wamid.Y", "emoji": "👍"}),
    ],
)
def test_structured_messages_keep_their_content_for_sealing(kind: str, content: object) -> None:
    [message] = customer_messages(_single_message({"type": kind, kind: content}))
    assert message.kind == kind
    assert message.content is not None
    assert json.loads(message.content) == {kind: content}


def test_list_reply_carries_its_row_id() -> None:
    interactive = {"type": "list_reply", "list_reply": {"id": "row-2", "title": "Trocas"}}
    [message] = customer_messages(
        _single_message({"type": "interactive", "interactive": interactive})
    )
    assert (message.button_id, message.text) == ("row-2", "Trocas")


def test_unknown_type_with_unknown_fields_is_kept_not_crashed() -> None:
    [message] = customer_messages(_single_message({"type": "hologram", "hologram": {"x": 1}}))
    assert message.kind == "hologram"


def test_reply_context_is_kept() -> None:
    [message] = customer_messages(
        _single_message({"type": "text", "text": {"body": "sim"}, "context": {"id": "wamid.P"}})
    )
    assert message.in_reply_to == "wamid.P"


def test_inbound_event_id_is_stable_per_message() -> None:
    assert inbound_event_id("wamid.A", "sub_1") == inbound_event_id("wamid.A", "sub_1")
    assert inbound_event_id("wamid.A", "sub_1") != inbound_event_id("wamid.B", "sub_1")
    assert inbound_event_id("wamid.A", "sub_1") != inbound_event_id("wamid.A", "sub_2")


def test_unreadable_message_is_passed_on_as_malformed_and_holds_back_nothing() -> None:
    payload = _single_message({"type": "text", "text": {"body": 5}})
    second = {
        "id": "wamid.ok",
        "from": "5511900000001",
        "timestamp": "1",
        "type": "text",
        "text": {"body": "oi"},
    }
    payload.entry[0].changes[0].value.messages.append(second)

    first, ok = customer_messages(payload)
    assert (first.kind, first.message_id, first.text) == ("malformed", "wamid.X", None)
    assert (ok.kind, ok.text) == ("text", "oi")


def test_message_without_an_id_is_skipped() -> None:
    payload = _single_message({"type": "text"})
    payload.entry[0].changes[0].value.messages[0] = {"from": "5511900000000"}
    assert customer_messages(payload) == []


def test_one_customers_post_is_its_own_only_part() -> None:
    payload = _payload("text_message.json")

    [part] = split_by_customer(payload)

    assert part.identity == "BR.1502576394655843"
    assert part.payload is payload


def test_a_contact_of_someone_else_is_left_out_of_the_one_customers_part() -> None:
    raw = json.loads((FIXTURES / "text_message.json").read_bytes())
    value = raw["entry"][0]["changes"][0]["value"]
    value["contacts"].append({"profile": {"name": "Outra"}, "wa_id": "5511900000000"})
    payload = WebhookPayload.model_validate(raw)

    [part] = split_by_customer(payload)

    [contact] = part.payload.entry[0].changes[0].value.contacts
    assert contact["wa_id"] == value["contacts"][0]["wa_id"]
    assert part.payload is not payload


def test_a_post_of_two_customers_is_one_part_each_with_their_own_contact() -> None:
    parts = split_by_customer(_payload("batch_two_messages.json"))

    assert [part.identity for part in parts] == ["BR.7730012288456610", "BR.9034471120583346"]
    for part in parts:
        [value] = [c.value for e in part.payload.entry for c in e.changes]
        [message] = value.messages
        [contact] = value.contacts
        assert message["from_user_id"] == contact["user_id"] == part.identity


# --- The hot path's reading of a POST: the same as the full one ----------------------------


def _validates(model: type[WebhookPayload] | type[WebhookRoute], body: bytes) -> bool:
    try:
        model.model_validate_json(body)
    except ValidationError:
        return False
    return True


@settings(max_examples=500, deadline=None)
@given(
    body=st.one_of(
        st.one_of(payloads(noise=False), one_field_changed()).map(lambda p: json.dumps(p).encode()),
        bodies,
    )
)
def test_the_route_reads_exactly_the_bodies_the_payload_reads(body: bytes) -> None:
    readable = _validates(WebhookPayload, body)
    event(f"readable {readable}")

    assert _validates(WebhookRoute, body) == readable


@settings(max_examples=1000, deadline=None)
@given(payload=st.one_of(payloads(noise=False), one_field_changed(), payloads(noise=True)))
def test_a_post_kept_whole_by_the_route_is_kept_whole_by_the_split_and_no_other(
    payload: dict[str, Any],
) -> None:
    body = json.dumps(payload).encode()
    if not _validates(WebhookPayload, body):
        return
    full = WebhookPayload.model_validate_json(body)
    parts = split_by_customer(full)

    one = one_customers_post(WebhookRoute.model_validate_json(body))
    event("whole" if one else f"{len(parts)} parts")

    kept_whole = len(parts) == 1 and parts[0].payload is full
    assert (one is not None) == kept_whole
    if one is not None:
        [value] = [change.value for entry in full.entry for change in entry.changes]
        assert (one.identity, one.messages, one.statuses) == (
            parts[0].identity,
            len(value.messages),
            len(value.statuses),
        )


def test_the_usual_post_is_one_customers() -> None:
    body = (FIXTURES / "text_message.json").read_bytes()

    one = one_customers_post(WebhookRoute.model_validate_json(body))

    assert one is not None
    assert (one.identity, one.messages, one.statuses) == ("BR.1502576394655843", 1, 0)
    assert (
        one_customers_post(
            WebhookRoute.model_validate_json((FIXTURES / "batch_two_messages.json").read_bytes())
        )
        is None
    )
