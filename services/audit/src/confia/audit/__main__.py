"""confia-audit: start the service; `confia-audit verify` / `new-key` run the cli."""

import sys

from confia.audit import cli
from confia.audit.app import create_app
from confia.audit.settings import AuditSettings
from confia.runtime.service import run


def main() -> None:
    if sys.argv[1:2] in (["verify"], ["new-key"]):
        cli.main(sys.argv[1:])
        return
    run(AuditSettings, create_app)


if __name__ == "__main__":
    main()
