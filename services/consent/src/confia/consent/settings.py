from pydantic import Field

from confia.runtime.settings import EncryptionSettings, ServiceSettings


class ConsentSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8081
    database: str = "confia_consent"
    business_name: str = "Aurora Casa & Cozinha"
    privacy_notice_version: str = Field(default="2026-11", description="Recorded with consent.")
    privacy_policy_url: str = "https://example.com/privacidade"
    dpo_contact: str = "dpo@example.com"
