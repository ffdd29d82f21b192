"""confia-handoff: start-up only."""

from confia.handoff.app import create_app
from confia.handoff.settings import HandoffSettings
from confia.runtime.service import run


def main() -> None:
    run(HandoffSettings, create_app)


if __name__ == "__main__":
    main()
