"""confia-agent: start-up only."""

from confia.agent.app import create_app
from confia.agent.settings import AgentSettings
from confia.runtime.service import run


def main() -> None:
    run(AgentSettings, create_app)


if __name__ == "__main__":
    main()
