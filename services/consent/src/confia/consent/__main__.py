"""confia-consent: start-up only."""

from confia.consent.app import create_app
from confia.consent.settings import ConsentSettings
from confia.runtime.service import run


def main() -> None:
    run(ConsentSettings, create_app)


if __name__ == "__main__":
    main()
