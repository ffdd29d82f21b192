from pydantic import Field

from confia.runtime.settings import EncryptionSettings, ServiceSettings


class HandoffSettings(ServiceSettings, EncryptionSettings):
    http_port: int = 8084
    database: str = "confia_handoff"
    reveal_roles: frozenset[str] = Field(
        default=frozenset({"dpo"}),
        description="Console roles that may ask to reveal a token's value (JSON list).",
    )
    first_response_sla_minutes: int = Field(
        default=15, ge=1, description="A ticket nobody answered for this long is overdue."
    )
    reopen_window_minutes: int = Field(
        default=30, ge=0, description="A new hand-off this soon after a resolve reopens it."
    )
    secure_cookie: bool = Field(
        default=True, description="Secure session cookie; browsers accept it on localhost."
    )
    reveal_timeout_seconds: float = Field(default=10.0, gt=0)
