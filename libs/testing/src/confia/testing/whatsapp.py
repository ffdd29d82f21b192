"""Acting as Meta in tests: signed webhooks in, what the Graph API stand-in received out."""

import copy
import hashlib
import hmac
import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from confia.testing.infrastructure import repo_root
from confia.testing.platform import Platform


def fixtures_dir() -> Path:
    return repo_root() / "tests" / "fixtures" / "whatsapp"


class WhatsApp:
    """What Meta would do and see: signed webhooks in, messages out at the Graph API."""

    def __init__(self, platform: Platform, secrets: dict[str, str]) -> None:
        self.platform = platform
        self.secrets = secrets

    def post(self, body: bytes) -> httpx.Response:
        secret = self.secrets["CONFIA_APP_SECRETS"].encode()
        signature = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        return httpx.post(
            f"{self.platform.url('ingress')}/webhook",
            content=body,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
            timeout=15,
        )

    def post_fixture(self, name: str) -> httpx.Response:
        return self.post((fixtures_dir() / name).read_bytes())

    def customer_says(
        self,
        bsuid: str,
        text: str | None = None,
        button: tuple[str, str] | None = None,
        in_reply_to: str | None = None,
    ) -> httpx.Response:
        """A message from a customer known only by BSUID (a username, no phone number).

        A button press answers a message (`in_reply_to`, its wamid), as on WhatsApp.
        """
        payload = json.loads((fixtures_dir() / "text_message_username.json").read_bytes())
        value = payload["entry"][0]["changes"][0]["value"]
        value["contacts"][0]["user_id"] = bsuid
        message = copy.deepcopy(value["messages"][0])
        message.update({"from_user_id": bsuid, "id": f"wamid.e2e.{uuid.uuid4().hex}"})
        if button is not None:
            del message["text"]
            message["type"] = "interactive"
            message["interactive"] = {
                "type": "button_reply",
                "button_reply": {"id": button[0], "title": button[1]},
            }
        else:
            message["text"] = {"body": text}
        if in_reply_to is not None:
            message["context"] = {"id": in_reply_to}
        value["messages"] = [message]
        return self.post(json.dumps(payload).encode())

    def messages_to(self, recipient: str) -> list[dict[str, Any]]:
        """Every message the Graph API got for `recipient` (phone or BSUID) so far."""
        sent = httpx.get(f"{self.platform.url('graph-api')}/_sent", timeout=5).json()
        return [s for s in sent if recipient in (s["body"].get(k) for k in ("to", "recipient"))]

    def sent_to(self, recipient: str, count: int, seconds: float = 60) -> list[dict[str, Any]]:
        """The first `count` messages the Graph API got for `recipient` (phone or BSUID)."""
        deadline = time.monotonic() + seconds
        ours: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            sent = httpx.get(f"{self.platform.url('graph-api')}/_sent", timeout=5).json()
            ours = [
                s for s in sent if recipient in (s["body"].get("to"), s["body"].get("recipient"))
            ]
            if len(ours) >= count:
                return ours[:count]
            time.sleep(0.3)
        raise AssertionError(f"expected {count} messages to the customer, got {len(ours)}")
