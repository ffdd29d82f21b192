"""The console's API against the real broker and store: ticket lifecycle, roles, MFA,
lockout, CSRF and reveals."""

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pyotp
import pytest
from fastapi import FastAPI
from faststream.kafka import KafkaBroker
from pymongo.asynchronous.database import AsyncDatabase

from confia.crypto import Keyring, seal_for
from confia.events import HandoffRequested
from confia.events.schemas import HandoffRequest, RevealCompleted, RevealOutcome
from confia.events.topics import (
    CONVERSATION_REPLY,
    HANDOFF_STATE,
    OPERATOR_ACTIONS,
    PRIVACY_REVEAL_REQUESTED,
)
from confia.handoff.accounts import Accounts, Sessions
from confia.handoff.app import TOPICS
from confia.handoff.console import console_pages, mount_console
from confia.handoff.handlers import Console, Reveals, queue_for_human
from confia.handoff.http import ConsoleConfig, console_api
from confia.handoff.store import TicketStore
from confia.runtime.bus import ensure_topics
from confia.testing.infrastructure import Infrastructure
from confia.testing.kafka import events_of

pytestmark = pytest.mark.integration

PASSWORD = "correct horse battery staple"


@pytest.fixture
async def console(
    infrastructure: Infrastructure,
    broker: KafkaBroker,
    database: AsyncDatabase[dict[str, Any]],
    keyring: Keyring,
) -> Console:
    await ensure_topics(infrastructure.kafka_bootstrap, TOPICS)
    tickets, accounts = TicketStore(database), Accounts(database, keyring)
    await tickets.create_indexes()
    await accounts.create_indexes()
    return Console(tickets, accounts, broker, Reveals(timeout_seconds=5), keyring)


@pytest.fixture
def app(console: Console, database: AsyncDatabase[dict[str, Any]]) -> FastAPI:
    config = ConsoleConfig(
        reveal_roles=frozenset({"dpo"}), first_response_sla=timedelta(minutes=15)
    )
    app = FastAPI()
    app.include_router(console_api(console, Sessions(database), config))
    app.include_router(console_pages())
    mount_console(app)
    return app


@dataclass
class Person:
    client: httpx.AsyncClient
    operator_id: str
    totp: pyotp.TOTP
    csrf: str
    enrolment_code: str  # the code enrolment used: spent

    async def post(self, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return await self.client.post(
            f"/console/api{path}", json=body or {}, headers={"X-CSRF-Token": self.csrf}
        )

    async def get(self, path: str) -> httpx.Response:
        return await self.client.get(f"/console/api{path}")


@pytest.fixture
async def people(
    app: FastAPI, console: Console, unique: Callable[[str], str]
) -> AsyncIterator[Callable[[str], Any]]:
    clients: list[httpx.AsyncClient] = []

    async def sign_in(role: str) -> Person:
        email = f"{unique(role)}@aurora.example"
        created = await console.accounts.create(email, role.title(), role, PASSWORD)
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://console.test"
        )
        clients.append(client)
        login = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        assert login.json()["next"] == "enrol"
        csrf = login.json()["csrf_token"]
        enrolment = (await client.get("/console/api/mfa/enrolment")).json()
        assert enrolment["otpauth_uri"].startswith("otpauth://totp/")
        assert "<svg" in enrolment["qr_svg"]
        totp = pyotp.TOTP(enrolment["secret"])
        code = totp.now()
        enrolled = await client.post(
            "/console/api/mfa/enrol", json={"code": code}, headers={"X-CSRF-Token": csrf}
        )
        assert enrolled.status_code == 200, enrolled.text
        assert len(enrolled.json()["recovery_codes"]) == 10
        return Person(client, created.id, totp, enrolled.json()["csrf_token"], code)

    yield sign_in
    for client in clients:
        await client.aclose()


async def _hand_off(console: Console, subject: str, reason: str = "low_confidence") -> str:
    request = HandoffRequested(
        subject=subject,
        conversation_id=f"cnv_{subject}",
        producer="agent",
        payload=HandoffRequest(reason=reason, message_id="msg.1"),
    )
    await queue_for_human(console, request)
    ticket = await console.tickets.latest_ticket(subject)
    assert ticket is not None
    return ticket.id


async def test_a_ticket_from_request_to_resolve(
    console: Console,
    people: Callable[[str], Any],
    infrastructure: Infrastructure,
    unique: Callable[[str], str],
) -> None:
    operator: Person = await people("operator")
    await console.accounts.set_availability(operator.operator_id, False)
    subject = unique("sub")
    ticket_id = await _hand_off(console, subject, "customer_asked_for_human")

    queue = (await operator.get("/tickets")).json()
    assert [(t["id"], t["status"], t["priority"]) for t in queue if t["subject"] == subject] == [
        (ticket_id, "waiting", 0)
    ]
    assert (await operator.post(f"/tickets/{ticket_id}/take")).status_code == 200
    view = await operator.get(f"/tickets/{ticket_id}")
    assert view.status_code == 200
    assert view.json()["status"] == "assigned"
    reply = await operator.post(f"/tickets/{ticket_id}/reply", {"text": "Oi! Sou a Ana."})
    assert reply.status_code == 202
    assert (await operator.post(f"/tickets/{ticket_id}/resolve")).json()["status"] == "resolved"

    bootstrap = infrastructure.kafka_bootstrap
    [sent] = await events_of(bootstrap, CONVERSATION_REPLY, subject)
    assert (sent["payload"]["source"], sent["payload"]["text"]) == ("human", "Oi! Sou a Ana.")
    states = await events_of(bootstrap, HANDOFF_STATE, subject, count=3)
    assert [s["payload"]["holder"] for s in states] == ["human", "human", "bot"]
    actions = await events_of(bootstrap, OPERATOR_ACTIONS, subject, count=4)
    assert [a["payload"]["action"] for a in actions] == [
        "ticket_taken",
        "ticket_viewed",
        "reply_sent",
        "ticket_resolved",
    ]
    assert all(a["payload"]["operator_id"] == operator.operator_id for a in actions)


async def test_a_new_hand_off_soon_after_a_resolve_reopens_the_ticket(
    console: Console, people: Callable[[str], Any], unique: Callable[[str], str]
) -> None:
    operator: Person = await people("operator")
    subject = unique("sub")
    ticket_id = await _hand_off(console, subject)
    ticket = await console.tickets.ticket(ticket_id)
    assert ticket is not None
    assert ticket.assigned_to == operator.operator_id, "auto-assigned to the one available"
    await operator.post(f"/tickets/{ticket_id}/resolve")

    again = await _hand_off(console, subject, "frustration")

    assert again == ticket_id
    reopened = await console.tickets.ticket(ticket_id)
    assert reopened is not None
    assert (reopened.status, reopened.assigned_to) == ("assigned", operator.operator_id)


async def test_every_role_is_denied_what_it_may_not_do(
    console: Console, people: Callable[[str], Any], unique: Callable[[str], str]
) -> None:
    operator: Person = await people("operator")
    other: Person = await people("operator")
    supervisor: Person = await people("supervisor")
    dpo: Person = await people("dpo")
    admin: Person = await people("admin")
    for person in (operator, other):
        await console.accounts.set_availability(person.operator_id, False)
    ticket_id = await _hand_off(console, unique("sub"))
    await other.post(f"/tickets/{ticket_id}/take")

    denied = {
        "operator reads someone else's ticket": await operator.get(f"/tickets/{ticket_id}"),
        "operator replies on it": await operator.post(
            f"/tickets/{ticket_id}/reply", {"text": "oi"}
        ),
        "operator assigns": await operator.post(
            f"/tickets/{ticket_id}/assign", {"operator_id": operator.operator_id}
        ),
        "operator reads reports": await operator.get("/reports/queue"),
        "operator creates accounts": await operator.post("/operators", {}),
        "operator reveals": await operator.post(
            f"/tickets/{ticket_id}/reveal",
            {"token": "[CPF_1]", "reason": "other", "justification": "apenas um teste"},
        ),
        "dpo takes": await dpo.post(f"/tickets/{ticket_id}/take"),
        "dpo replies": await dpo.post(f"/tickets/{ticket_id}/reply", {"text": "oi"}),
        "supervisor creates accounts": await supervisor.post("/operators", {}),
        "supervisor reveals": await supervisor.post(
            f"/tickets/{ticket_id}/reveal",
            {"token": "[CPF_1]", "reason": "other", "justification": "apenas um teste"},
        ),
        "admin reads the queue": await admin.get("/tickets"),
        "admin reads a conversation": await admin.get(f"/tickets/{ticket_id}"),
    }
    assert {what: r.status_code for what, r in denied.items()} == dict.fromkeys(denied, 403)

    allowed = {
        "supervisor assigns": await supervisor.post(
            f"/tickets/{ticket_id}/assign", {"operator_id": operator.operator_id}
        ),
        "operator now reads it": await operator.get(f"/tickets/{ticket_id}"),
        "dpo reads it": await dpo.get(f"/tickets/{ticket_id}"),
        "supervisor reads reports": await supervisor.get("/reports/queue"),
        "admin lists accounts": await admin.get("/operators"),
    }
    assert {what: r.status_code for what, r in allowed.items()} == dict.fromkeys(allowed, 200)


async def test_a_state_change_without_the_csrf_token_is_rejected(
    console: Console, people: Callable[[str], Any], unique: Callable[[str], str]
) -> None:
    operator: Person = await people("operator")
    await console.accounts.set_availability(operator.operator_id, False)
    ticket_id = await _hand_off(console, unique("sub"))

    missing = await operator.client.post(f"/console/api/tickets/{ticket_id}/take")
    wrong = await operator.client.post(
        f"/console/api/tickets/{ticket_id}/take", headers={"X-CSRF-Token": "forged"}
    )

    assert (missing.status_code, wrong.status_code) == (403, 403)
    ticket = await console.tickets.ticket(ticket_id)
    assert ticket is not None
    assert ticket.status == "waiting"


async def test_the_session_cookie_is_httponly_secure_and_samesite(
    app: FastAPI, console: Console, unique: Callable[[str], str]
) -> None:
    email = f"{unique('op')}@aurora.example"
    await console.accounts.create(email, "Op", "operator", PASSWORD)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        login = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        cookie = login.headers["set-cookie"].lower()
        assert all(flag in cookie for flag in ("httponly", "secure", "samesite=strict"))
        assert (await client.get("/console/api/tickets")).status_code == 401, "MFA still due"


async def test_login_needs_the_second_factor_and_refuses_a_replayed_code(
    app: FastAPI, people: Callable[[str], Any]
) -> None:
    person: Person = await people("operator")
    email = (await person.get("/me")).json()["email"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        login = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        assert login.json()["next"] == "mfa"
        csrf = {"X-CSRF-Token": login.json()["csrf_token"]}
        wrong = await client.post("/console/api/mfa", json={"code": "000000"}, headers=csrf)
        assert wrong.status_code == 401
        # The code enrolment used, again, is a replay (not `totp.now()`: a 30 s step may
        # have begun since, and its code is fresh).
        replay = await client.post(
            "/console/api/mfa", json={"code": person.enrolment_code}, headers=csrf
        )
        assert replay.status_code == 401
        later = person.totp.at(datetime.now(UTC) + timedelta(seconds=30))
        accepted = await client.post("/console/api/mfa", json={"code": later}, headers=csrf)
        assert accepted.status_code == 200, accepted.text


async def test_five_wrong_passwords_lock_the_account_for_a_while(
    app: FastAPI, console: Console, unique: Callable[[str], str]
) -> None:
    email = f"{unique('op')}@aurora.example"
    await console.accounts.create(email, "Op", "operator", PASSWORD)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        for _ in range(5):
            wrong = await client.post(
                "/console/api/login", json={"email": email, "password": "not the password!"}
            )
            assert wrong.status_code == 401
        right = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        assert right.status_code == 429
        unknown = await client.post(
            "/console/api/login", json={"email": "nobody@aurora.example", "password": PASSWORD}
        )
        assert unknown.status_code == 401
        assert unknown.json() == wrong.json(), "no hint whether an account exists"


async def test_a_reveal_shows_the_value_once_to_an_allowed_role_only(
    console: Console,
    people: Callable[[str], Any],
    infrastructure: Infrastructure,
    unique: Callable[[str], str],
) -> None:
    import asyncio

    dpo: Person = await people("dpo")
    subject = unique("sub")
    ticket_id = await _hand_off(console, subject)
    ask = {"token": "[CPF_1]", "reason": "fraud_investigation", "justification": "Conferir titular"}

    async def vault() -> None:
        """Redaction's half, as it answers on the bus: the value sealed to the asker."""
        [request] = await events_of(
            infrastructure.kafka_bootstrap, PRIVACY_REVEAL_REQUESTED, subject
        )
        payload = request["payload"]
        assert (payload["operator_id"], payload["operator_role"]) == (dpo.operator_id, "dpo")
        console.reveals.answered(
            RevealCompleted(
                subject=subject,
                conversation_id=f"cnv_{subject}",
                producer="redaction",
                payload=RevealOutcome(
                    request_id=payload["request_id"],
                    token=payload["token"],
                    operator_id=payload["operator_id"],
                    outcome="revealed",
                    value=seal_for(payload["reply_key"], b"529.982.247-25"),
                ),
            )
        )

    shown, _ = await asyncio.gather(dpo.post(f"/tickets/{ticket_id}/reveal", ask), vault())

    assert shown.status_code == 200, shown.text
    assert shown.json() == {"token": "[CPF_1]", "value": "529.982.247-25"}
    actions = await events_of(infrastructure.kafka_bootstrap, OPERATOR_ACTIONS, subject, count=2)
    assert [a["payload"]["action"] for a in actions] == ["reveal_requested", "reveal_shown"]
    # the whole value, either way it is written (an id of random hex may well contain "529")
    assert "529.982.247-25" not in str(actions)
    assert "52998224725" not in str(actions)
    without_reason = await dpo.post(f"/tickets/{ticket_id}/reveal", {"token": "[CPF_1]"})
    assert without_reason.status_code == 422
    [request] = await events_of(infrastructure.kafka_bootstrap, PRIVACY_REVEAL_REQUESTED, subject)
    assert request["payload"]["justification"] is None, "the operator's words stay in handoff"
    [review] = (await dpo.get(f"/subjects/{subject}/reveals")).json()
    assert (review["operator_id"], review["token"], review["justification"]) == (
        dpo.operator_id,
        "[CPF_1]",
        "Conferir titular",
    )
    assert (await console.tickets.erase(subject))["reveals"] == 1


async def test_pages_are_served_in_portuguese_first_with_a_strict_policy(app: FastAPI) -> None:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        portuguese = await client.get("/console/login")
        english = await client.get("/console/login?lang=en")
    assert '<html lang="pt-BR">' in portuguese.text
    assert "Senha" in portuguese.text
    assert '<html lang="en">' in english.text
    assert "script-src 'self'" in portuguese.headers["content-security-policy"]
    assert portuguese.headers["x-frame-options"] == "DENY"


async def test_two_operators_taking_at_once_one_wins(
    console: Console, people: Callable[[str], Any], unique: Callable[[str], str]
) -> None:
    import asyncio

    first: Person = await people("operator")
    second: Person = await people("operator")
    for person in (first, second):
        await console.accounts.set_availability(person.operator_id, False)
    ticket_id = await _hand_off(console, unique("sub"))

    answers = await asyncio.gather(
        *(p.post(f"/tickets/{ticket_id}/take") for p in (first, second, first, second))
    )

    assert sorted(a.status_code for a in answers) == [200, 409, 409, 409]
    ticket = await console.tickets.ticket(ticket_id)
    assert ticket is not None
    assert ticket.assigned_to in {first.operator_id, second.operator_id}


async def test_an_admin_removes_an_account_and_its_sessions_end(
    console: Console, people: Callable[[str], Any]
) -> None:
    admin: Person = await people("admin")
    operator: Person = await people("operator")
    assert (await operator.get("/me")).status_code == 200

    removed = await admin.client.delete(
        f"/console/api/operators/{operator.operator_id}", headers={"X-CSRF-Token": admin.csrf}
    )

    assert removed.status_code == 204
    assert (await operator.get("/me")).status_code == 401
    assert await console.accounts.get(operator.operator_id) is None
    itself = await admin.client.delete(
        f"/console/api/operators/{admin.operator_id}", headers={"X-CSRF-Token": admin.csrf}
    )
    assert itself.status_code == 409


async def test_polling_a_conversation_records_one_view_per_session(
    console: Console,
    people: Callable[[str], Any],
    infrastructure: Infrastructure,
    unique: Callable[[str], str],
) -> None:
    supervisor: Person = await people("supervisor")
    subject = unique("sub")
    ticket_id = await _hand_off(console, subject)
    for _ in range(3):
        assert (await supervisor.get(f"/tickets/{ticket_id}")).status_code == 200

    actions = await events_of(
        infrastructure.kafka_bootstrap, OPERATOR_ACTIONS, subject, count=0, wait_seconds=2
    )
    assert [a["payload"]["action"] for a in actions] == ["ticket_viewed"]


async def test_an_mfa_reset_comes_with_a_new_password_from_the_admin(
    app: FastAPI, console: Console, people: Callable[[str], Any]
) -> None:
    admin: Person = await people("admin")
    operator: Person = await people("operator")
    email = (await operator.get("/me")).json()["email"]

    reset = await admin.post(
        f"/operators/{operator.operator_id}/reset-mfa", {"password": "Nova-senha-da-Ana-1"}
    )

    assert reset.status_code == 204
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        old = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        assert old.status_code == 401, "the old password cannot enrol a new authenticator"
        new = await client.post(
            "/console/api/login", json={"email": email, "password": "Nova-senha-da-Ana-1"}
        )
        assert new.json()["next"] == "enrol"


async def test_parallel_guesses_cannot_outrun_the_lockout(
    app: FastAPI, console: Console, unique: Callable[[str], str]
) -> None:
    import asyncio

    email = f"{unique('op')}@aurora.example"
    await console.accounts.create(email, "Op", "operator", PASSWORD)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="https://console.test"
    ) as client:
        guesses = await asyncio.gather(
            *(
                client.post(
                    "/console/api/login", json={"email": email, "password": f"wrong guess {n}"}
                )
                for n in range(12)
            )
        )
        assert sorted(g.status_code for g in guesses) == [401] * 5 + [429] * 7
        right = await client.post("/console/api/login", json={"email": email, "password": PASSWORD})
        assert right.status_code == 429
