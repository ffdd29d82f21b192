"""confia-ingress: start-up only."""

from confia.ingress.app import create_app
from confia.ingress.settings import IngressSettings
from confia.runtime.service import run


def main() -> None:
    run(IngressSettings, create_app)


if __name__ == "__main__":
    main()
