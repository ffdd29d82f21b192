"""confia-audit verify | new-key: check the stored log, or make a signing key.

confia-audit verify      # exit 0 when consistent, 1 with the first inconsistency
confia-audit new-key     # a fresh Ed25519 key for CONFIA_AUDIT_SIGNING_KEY
"""

import argparse
import asyncio
import json
import sys

from confia.audit.settings import AuditSettings
from confia.audit.store import AuditLog
from confia.audit.tree_head import new_signing_key, public_key_b64, signing_key, trusted_keys
from confia.audit.verify import Verdict, verify_log
from confia.runtime.settings import load_settings
from confia.store import connect


async def verify_stored(settings: AuditSettings) -> Verdict:
    client, database = connect(settings.mongo_uri.get_secret_value(), settings.database)
    try:
        log = AuditLog(database)
        current = public_key_b64(signing_key(settings.audit_signing_key.get_secret_value()))
        trusted = trusted_keys(settings.previous_public_keys(), current)
        return verify_log(await log.stored_records(), await log.tree_heads(), trusted)
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="confia-audit", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["verify", "new-key"])
    arguments = parser.parse_args(argv)
    if arguments.command == "new-key":
        key = new_signing_key()
        print(f"CONFIA_AUDIT_SIGNING_KEY={key}")
        print(f"# public key: {public_key_b64(signing_key(key))}", file=sys.stderr)
        return
    verdict = asyncio.run(verify_stored(load_settings(AuditSettings)))
    print(json.dumps(verdict.as_json(), indent=2))
    sys.exit(0 if verdict.ok else 1)
