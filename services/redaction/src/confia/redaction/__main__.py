"""confia-redaction: start-up only."""

from confia.redaction.app import create_app
from confia.redaction.settings import RedactionSettings
from confia.runtime.service import run


def main() -> None:
    run(RedactionSettings, create_app)


if __name__ == "__main__":
    main()
