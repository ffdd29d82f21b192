"""confia-agent: start the service; `confia-agent ask ...` runs the agent offline,
`confia-agent train ...` fits what it learns from labelled messages (cli)."""

import sys

from confia.agent import cli
from confia.agent.app import create_app
from confia.agent.settings import AgentSettings
from confia.runtime.service import run


def main() -> None:
    if sys.argv[1:2] == ["ask"]:
        cli.main(sys.argv[2:])
        return
    if sys.argv[1:2] == ["train"]:
        cli.train_command(sys.argv[2:])
        return
    run(AgentSettings, create_app)


if __name__ == "__main__":
    main()
