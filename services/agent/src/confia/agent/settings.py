from pathlib import Path

from pydantic import Field

from confia.runtime.settings import ServiceSettings


class AgentSettings(ServiceSettings):
    http_port: int = 8083
    database: str = "confia_agent"
    knowledge_dir: Path = Field(
        default=Path("deploy/kb/aurora"),
        description="Folder of Markdown knowledge (one '## id' heading per entry).",
    )
    min_answer_score: float = Field(
        default=2.0, ge=0, description="Below this retrieval score the agent hands off."
    )
    memory_turns: int = Field(default=20, ge=1, description="Turns kept per conversation.")
