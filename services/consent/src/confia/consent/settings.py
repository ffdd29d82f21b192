from pydantic import Field, SecretStr

from confia.consent.texts import Language
from confia.runtime.settings import EncryptionSettings, ServiceSettings

# Every service answers an erasure; consent waits for all of them.
ALL_SERVICES = ("ingress", "consent", "redaction", "agent", "handoff", "audit")


class ConsentSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8081
    database: str = "confia_consent"
    # The privacy notice: reviewed by the business before going live (README).
    business_name: str = "Aurora Casa & Cozinha"
    privacy_notice_version: str = Field(default="2026-11", description="Recorded with consent.")
    privacy_notice_language: Language = "pt-BR"
    processing_purpose: str = "responder suas dúvidas sobre pedidos, entregas e produtos"
    retention: str = "12 meses"
    privacy_policy_url: str = "https://example.com/privacidade"
    dpo_contact: str = "dpo@example.com"
    access_channel: str = Field(
        default="o e-mail do seu cadastro",
        description="How the DPO delivers a data access report (never the chat).",
    )
    sensitive_data_purpose: bool = Field(
        default=False,
        description="Offer consent for sensitive data (LGPD art. 11); if off, a human answers.",
    )
    rights_services: tuple[str, ...] = Field(
        default=ALL_SERVICES, description="Services that answer every erasure and access request."
    )
    erasure_deadline_minutes: float = Field(
        default=24 * 60, gt=0, description="After this, an open erasure goes to the DPO queue."
    )
    escalation_check_seconds: float = Field(default=60, gt=0)
    dpo_api_token: SecretStr = Field(description="Bearer token of the DPO HTTP API.")
    access_report_private_key: SecretStr = Field(
        description="X25519 private key (base64) that opens the services' access report parts."
    )
