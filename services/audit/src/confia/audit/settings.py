from pydantic import Field, SecretStr

from confia.runtime.settings import ServiceSettings


class AuditSettings(ServiceSettings):
    http_port: int = 8085
    database: str = "confia_audit"
    audit_signing_key: SecretStr = Field(
        description="Ed25519 private key (base64 of 32 raw bytes) that signs tree heads; "
        "`confia-audit new-key` makes one."
    )
    audit_previous_public_keys: str = Field(
        default="",
        description="Public keys of earlier signing keys (base64, comma-separated, oldest "
        "first): heads signed before a rotation stay verifiable. Never remove one.",
    )
    tree_head_interval_seconds: float = Field(
        default=10.0, gt=0, description="How often a grown log gets a new signed tree head."
    )
    audit_dpo_token: SecretStr | None = Field(
        default=None, description="Bearer token of the DPO on the audit API (role dpo)."
    )
    audit_admin_token: SecretStr | None = Field(
        default=None, description="Bearer token of an administrator on the audit API."
    )
    batch_size: int = Field(default=500, ge=1, description="Events appended per write.")

    def previous_public_keys(self) -> tuple[str, ...]:
        keys = (key.strip() for key in self.audit_previous_public_keys.split(","))
        return tuple(key for key in keys if key)
