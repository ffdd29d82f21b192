"""confia-audit: start-up only."""

from confia.audit.app import create_app
from confia.audit.settings import AuditSettings
from confia.runtime.service import run


def main() -> None:
    run(AuditSettings, create_app)


if __name__ == "__main__":
    main()
