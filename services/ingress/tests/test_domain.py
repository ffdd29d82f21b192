import hashlib
import hmac
import json
from pathlib import Path

import pytest

from confia.ingress.domain import (
    WebhookPayload,
    conversation_id,
    customer_messages,
    inbound_event_id,
    signature_is_valid,
)

FIXTURES = Path(__file__).parents[3] / "tests" / "fixtures" / "whatsapp"


def _payload(name: str) -> WebhookPayload:
    return WebhookPayload.model_validate_json((FIXTURES / name).read_bytes())


def _sign(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def test_signature_of_the_raw_body_is_accepted() -> None:
    body = (FIXTURES / "text_message.json").read_bytes()
    assert signature_is_valid(body, _sign(body, b"s3cret"), [b"s3cret"])


def test_signature_with_another_secret_is_rejected() -> None:
    body = b'{"object":"whatsapp_business_account","entry":[]}'
    assert not signature_is_valid(body, _sign(body, b"wrong"), [b"s3cret"])


def test_signature_over_reformatted_json_is_rejected() -> None:
    body = (FIXTURES / "text_message.json").read_bytes()
    reformatted = json.dumps(json.loads(body)).encode()
    assert not signature_is_valid(reformatted, _sign(body, b"s3cret"), [b"s3cret"])


def test_any_of_several_secrets_is_accepted_during_rotation() -> None:
    body = b"{}"
    assert signature_is_valid(body, _sign(body, b"new"), [b"old", b"new"])


@pytest.mark.parametrize("header", ["", "sha1=abc", "sha256=", "abc"])
def test_malformed_signature_headers_are_rejected(header: str) -> None:
    assert not signature_is_valid(b"{}", header, [b"s3cret"])


def test_text_message_keeps_bsuid_phone_and_text() -> None:
    [message] = customer_messages(_payload("text_message.json"))
    assert message.kind == "text"
    assert message.bsuid == "BR.1502576394655843"
    assert message.phone == "5511987654321"
    assert message.identity == "BR.1502576394655843"
    assert message.text is not None
    assert "pedido" in message.text
    assert message.business_number_id == "106540352242922"


def test_username_customer_is_identified_by_bsuid_alone() -> None:
    [message] = customer_messages(_payload("text_message_username.json"))
    assert message.phone is None
    assert message.identity == "BR.4418200937715524"


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
    assert len({m.identity for m in messages}) == 2


def test_unsupported_message_is_kept_with_its_type() -> None:
    [message] = customer_messages(_payload("unsupported_message.json"))
    assert message.kind == "unsupported"
    assert message.text is None


def test_status_only_payload_has_no_customer_messages() -> None:
    assert customer_messages(_payload("status_delivered.json")) == []


def test_event_and_conversation_ids_are_stable_and_carry_no_identity() -> None:
    assert inbound_event_id("wamid.A") == inbound_event_id("wamid.A")
    assert inbound_event_id("wamid.A") != inbound_event_id("wamid.B")
    conversation = conversation_id("106540352242922", "sub_abc")
    assert conversation == conversation_id("106540352242922", "sub_abc")
    assert "sub_abc" not in conversation
