from pydantic import Field, SecretStr

from confia.runtime.settings import EncryptionSettings, ServiceSettings


class RedactionSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8082
    database: str = "confia_redaction"
    vault_index_key: SecretStr = Field(
        description="HMAC key that indexes vault values, so equal values reuse one token."
    )
