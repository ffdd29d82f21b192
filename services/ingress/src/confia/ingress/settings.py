from typing import Literal

from pydantic import Field, SecretStr

from confia.runtime.settings import EncryptionSettings, ServiceSettings

# What one ingress process does (ADR 13): everything, or one of its two halves, so the
# webhook can be scaled apart from the work behind it.
IngressRole = Literal["all", "webhook", "worker"]


class IngressSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8080
    ingress_role: IngressRole = Field(
        default="all",
        description=(
            "all: one process does everything. webhook: only POST/GET /webhook, writing "
            "accepted webhooks to ingress's log. worker: only the consumers (that log, "
            "outbound sends, rights requests)."
        ),
    )
    database: str = "confia_ingress"
    app_secrets: SecretStr = Field(
        description="Meta app secret(s), comma-separated: several at once during rotation."
    )
    verify_token: SecretStr = Field(description="Token Meta echoes in the GET handshake.")
    pseudonym_key: SecretStr = Field(description="HMAC key for subject pseudonyms.")
    graph_api_base: str = "https://graph.facebook.com/v23.0"
    graph_api_token: SecretStr = Field(description="System-user access token for the Graph API.")
    graph_api_timeout_seconds: float = Field(default=10.0, gt=0)
    # Meta's webhook payloads can reach 3 MB; a little headroom above that.
    max_body_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    sends_per_second: float = Field(
        default=80.0, gt=0, description="Per business phone number (WhatsApp's default: 80/s)."
    )
    send_attempts: int = Field(default=5, ge=1, le=10, description="Per outbound message.")
    send_backoff_seconds: float = Field(default=1.0, ge=0, description="Doubles per attempt.")
    send_max_backoff_seconds: float = Field(default=30.0, ge=0)
    flood_messages_per_minute: float = Field(
        default=30.0, gt=0, description="Per customer, sustained; beyond it messages are shed."
    )
    flood_burst: int = Field(default=10, ge=1, description="Per customer, at once.")
    webhook_batch_size: int = Field(
        default=20,
        ge=1,
        description="Accepted webhooks taken at once; different customers' concurrently.",
    )
    outbound_batch_size: int = Field(
        default=50,
        ge=1,
        description="Outbound messages taken at once; different customers' sent concurrently.",
    )

    def app_secret_list(self) -> list[bytes]:
        raw = self.app_secrets.get_secret_value()
        return [secret.strip().encode() for secret in raw.split(",") if secret.strip()]
