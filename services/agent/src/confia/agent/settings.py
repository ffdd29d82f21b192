from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from confia.runtime.settings import ServiceSettings


class AnswerSettings(BaseSettings):
    """How the agent answers: which model (if any), its limits, and the offline thresholds.

    No `CONFIA_CHAT_MODEL`: the offline retrieval answerer. With one, LangChain's
    `init_chat_model` picks the provider from the prefix (`openai:gpt-4.1-mini`,
    `anthropic:claude-sonnet-4-5`, `ollama:llama3.1`); `CONFIA_CHAT_MODEL_BASE_URL`
    points an `openai:` model at any OpenAI-compatible endpoint.
    """

    model_config = SettingsConfigDict(env_prefix="CONFIA_", extra="ignore")

    chat_model: str = Field(default="", description="provider:model; empty: offline answerer.")
    chat_model_base_url: str = ""
    chat_model_api_key: SecretStr | None = None
    chat_model_timeout_seconds: float = Field(default=20.0, gt=0)
    chat_model_max_tokens: int = Field(default=400, ge=16)
    chat_model_daily_calls: int = Field(
        default=5_000, ge=1, description="Budget: model calls per day per agent process."
    )
    min_answer_score: float = Field(
        default=4.5, ge=0, description="Below this retrieval score the agent hands off."
    )
    out_of_scope_score: float = Field(
        default=3.5, ge=0, description="Below this the message is not about the business."
    )


class AgentSettings(ServiceSettings, AnswerSettings):
    http_port: int = 8083
    database: str = "confia_agent"
    knowledge_dir: Path = Field(
        default=Path("deploy/kb/aurora"),
        description="Folder of Markdown knowledge (one '## id' heading per entry) and profile.",
    )
    memory_turns: int = Field(default=20, ge=1, description="Turns kept per conversation.")
    admin_token: SecretStr | None = Field(
        default=None, description="Bearer token of the knowledge admin API; unset: API off."
    )
