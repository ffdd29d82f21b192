"""confia-handoff create-admin: create the first console administrator.

    CONFIA_ADMIN_PASSWORD=... confia-handoff create-admin --email E --name N

The password comes from CONFIA_ADMIN_PASSWORD if set, else it is asked for twice.
The administrator enrols a second factor (TOTP) at first login, like every operator.
Reads the service's settings: CONFIA_MONGO_URI, CONFIA_DATABASE, CONFIA_DATA_KEYS and
CONFIA_DATA_KEY_ID (or their files in CONFIA_SECRETS_DIR).
"""

import argparse
import asyncio
import getpass
import os
import sys

from pydantic import ValidationError
from pymongo.errors import PyMongoError

from confia.crypto import Keyring
from confia.handoff.accounts import AccountError, Accounts, Operator
from confia.handoff.settings import HandoffSettings
from confia.runtime.settings import load_settings
from confia.store import connect

PASSWORD_VARIABLE = "CONFIA_ADMIN_PASSWORD"  # noqa: S105 - a variable name, not a password


class _SetupError(Exception):
    """Something the person running the command must fix; the message says what."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="confia-handoff create-admin", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--email", required=True, help="the administrator's login")
    parser.add_argument("--name", required=True, help="the name the console shows")
    arguments = parser.parse_args(_without_command(argv))
    try:
        settings, keyring = _settings()
        password = _password()
        admin = asyncio.run(
            _create_admin(settings, keyring, arguments.email, arguments.name, password)
        )
    except (_SetupError, AccountError) as error:
        parser.exit(2, f"confia-handoff create-admin: {error}\n")
    except PyMongoError as error:
        # The type only: a driver message can hold the store's address.
        parser.exit(1, f"confia-handoff create-admin: store error ({type(error).__name__})\n")
    print(f"admin {admin.id} created; enrol MFA at first login")


def _without_command(argv: list[str] | None) -> list[str]:
    # Called with or without the command's own name (`sys.argv[1:]` or `[2:]`).
    arguments = sys.argv[1:] if argv is None else argv
    return arguments[1:] if arguments[:1] == ["create-admin"] else arguments


def _settings() -> tuple[HandoffSettings, Keyring]:
    try:
        settings = load_settings(HandoffSettings)
        return settings, settings.keyring()
    except ValidationError as error:
        # Names only: the values may be secrets.
        names = sorted({f"CONFIA_{str(item['loc'][0]).upper()}" for item in error.errors()})
        raise _SetupError(f"missing or invalid settings: {', '.join(names)}") from None
    except ValueError as error:
        raise _SetupError(f"invalid data keys: {error}") from None


def _password() -> str:
    from_environment = os.environ.get(PASSWORD_VARIABLE)
    if from_environment:
        return from_environment
    password = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != password:
        raise _SetupError("the passwords differ")
    return password


async def _create_admin(
    settings: HandoffSettings, keyring: Keyring, email: str, name: str, password: str
) -> Operator:
    client, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    try:
        accounts = Accounts(database, keyring)
        await accounts.create_indexes()
        return await accounts.create(email, name, "admin", password)
    finally:
        await client.close()


if __name__ == "__main__":
    main()
