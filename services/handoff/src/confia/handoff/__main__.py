"""confia-handoff: start the service; `confia-handoff create-admin ...` makes the first
administrator account (cli)."""

import sys

from confia.handoff import cli
from confia.handoff.app import create_app
from confia.handoff.settings import HandoffSettings
from confia.runtime.service import run


def main() -> None:
    if sys.argv[1:2] == ["create-admin"]:
        cli.main(sys.argv[1:])
        return
    run(HandoffSettings, create_app)


if __name__ == "__main__":
    main()
