from pathlib import Path

from pydantic import Field, SecretStr

from confia.runtime.settings import EncryptionSettings, ServiceSettings


class RedactionSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8082
    database: str = "confia_redaction"
    vault_index_key: SecretStr = Field(
        description="HMAC key that indexes vault values, so equal values reuse one token."
    )
    reveal_roles: frozenset[str] = Field(
        default=frozenset({"dpo"}),
        description="Operator roles that may see a token's value (a console checks too).",
    )
    patterns_file: Path | None = Field(
        default=None,
        description="TOML file of the business's own personal-data patterns (see README).",
    )
