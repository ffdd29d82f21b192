"""The console's JSON API: login with password and TOTP, the queue, conversations,
replies, resolves, reveals, reports and accounts — every endpoint checks the role.

Sessions are server-side, in an HttpOnly, Secure, SameSite=Strict cookie that lives 15
minutes idle and 8 hours at most; every state-changing request must echo the session's
CSRF token in `X-CSRF-Token`. Failures say what is wrong without saying whether an
account exists.
"""

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field

from confia.events.schemas import RevealReason
from confia.handoff import handlers
from confia.handoff.accounts import AccountError, Operator, Session, Sessions
from confia.handoff.domain import (
    OPEN_STATUSES,
    Ticket,
    may,
    may_on_ticket,
    overdue,
)
from confia.handoff.handlers import Console, RevealFailed
from confia.handoff.security import (
    ROLES,
    LockoutPolicy,
    csrf_ok,
    otpauth_uri,
    qr_svg,
    token_digest,
)

COOKIE = "confia_console"
# A fixed pool: one lock per e-mail would let random addresses grow memory without bound.
_ATTEMPT_LOCKS = [asyncio.Lock() for _ in range(64)]
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class ConsoleConfig:
    reveal_roles: frozenset[str]
    first_response_sla: timedelta
    secure_cookie: bool = True
    lockout: LockoutPolicy = field(default_factory=LockoutPolicy)


@dataclass(frozen=True)
class Caller:
    operator: Operator
    session: Session


class Login(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class Code(BaseModel):
    code: str = Field(min_length=6, max_length=20)


class ReplyText(BaseModel):
    text: str = Field(min_length=1, max_length=4096)


class Assignment(BaseModel):
    operator_id: str


class RevealAsk(BaseModel):
    token: str = Field(pattern=r"^\[[A-Z_]+_\d+\]$")
    reason: RevealReason
    justification: str = Field(min_length=10, max_length=500)


class NewOperator(BaseModel):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)
    name: str = Field(min_length=1, max_length=100)
    role: str
    password: str = Field(min_length=12, max_length=1024)


class NewPassword(BaseModel):
    password: str = Field(min_length=12, max_length=1024)


class Availability(BaseModel):
    available: bool


def _now() -> datetime:
    return datetime.now(UTC)


def console_api(console: Console, sessions: Sessions, config: ConsoleConfig) -> APIRouter:
    router = APIRouter(prefix="/console/api", tags=["Console"])
    viewed: set[tuple[str, str]] = set()

    def set_cookie(response: Response, token: str, session: Session) -> None:
        response.set_cookie(
            COOKIE,
            token,
            expires=session.expires_at,
            httponly=True,
            secure=config.secure_cookie,
            samesite="strict",
            path="/console",
        )

    async def session_of(request: Request, stage: str) -> tuple[Operator, Session]:
        token = request.cookies.get(COOKIE)
        session = await sessions.get(token, _now()) if token else None
        if session is None or session.stage != stage:
            raise HTTPException(401, "log in first")
        if request.method in _UNSAFE and not csrf_ok(
            session.csrf_token, request.headers.get("X-CSRF-Token")
        ):
            raise HTTPException(403, "missing or wrong CSRF token")
        operator = await console.accounts.get(session.operator_id)
        if operator is None:
            raise HTTPException(401, "log in first")
        return operator, session

    async def signed_in(request: Request, response: Response) -> Caller:
        operator, session = await session_of(request, "authenticated")
        # The session's idle expiry slid forward: so does the cookie's.
        set_cookie(response, request.cookies[COOKIE], session)
        return Caller(operator, session)

    async def half_signed_in(request: Request) -> Caller:
        operator, session = await session_of(request, "password")
        return Caller(operator, session)

    Signed = Annotated[Caller, Depends(signed_in)]  # noqa: N806 - a type, named as one
    Half = Annotated[Caller, Depends(half_signed_in)]  # noqa: N806

    def allowed(permission: str) -> Any:
        """A dependency: signed in with a role that has `permission`, checked before the
        request body is even read (a denied role learns nothing from validation errors).
        A denial is published with the permission's name."""

        async def check(caller: Signed) -> Caller:
            if not may(caller.operator.role, permission):
                await console.act("permission_denied", caller.operator, detail=permission)
                raise HTTPException(403, "your role may not do this")
            return caller

        return Depends(check)

    async def ticket_for(caller: Caller, ticket_id: str, permission: str) -> Ticket:
        ticket = await console.tickets.ticket(ticket_id)
        if ticket is None:
            raise HTTPException(404, "no such ticket")
        if not may_on_ticket(caller.operator.role, caller.operator.id, permission, ticket):
            await console.act(
                "permission_denied", caller.operator, ticket=ticket, detail=permission
            )
            raise HTTPException(403, "your role may not do this on this ticket")
        return ticket

    # --- login -------------------------------------------------------------------------

    @router.post("/login")
    async def login(body: Login, response: Response) -> dict[str, Any]:
        """Step one: the password. Step two (`/mfa` or `/mfa/enrol`) is always required."""
        email = body.email.strip().lower()
        # One attempt per e-mail at a time (in this process): parallel guesses would all
        # pass the lock check before any failure was recorded.
        async with _ATTEMPT_LOCKS[hash(email) % len(_ATTEMPT_LOCKS)]:
            locked = await console.accounts.locked_until(email, _now(), config.lockout)
            if locked is not None:
                await console.act("login_locked", None, detail="locked")
                raise HTTPException(429, "too many failed attempts; try again later")
            operator = await console.accounts.check_password(email, body.password)
            if operator is None:
                await console.accounts.record_failure(email, _now(), config.lockout)
                await console.act("login_failed", None, detail="password")
                raise HTTPException(401, "wrong e-mail or password")
        token, session = await sessions.create(operator.id, "password", _now())
        set_cookie(response, token, session)
        return {
            "next": "mfa" if operator.mfa_enrolled else "enrol",
            "csrf_token": session.csrf_token,
        }

    @router.get("/mfa/enrolment")
    async def enrolment(caller: Half) -> dict[str, str]:
        """A new TOTP secret to scan (QR code) or type (otpauth URI)."""
        if caller.operator.mfa_enrolled:
            raise HTTPException(409, "MFA is already set up; an admin can reset it")
        secret = await console.accounts.start_mfa_enrolment(caller.operator.id)
        uri = otpauth_uri(secret, caller.operator.email)
        return {"otpauth_uri": uri, "secret": secret, "qr_svg": qr_svg(uri)}

    @router.post("/mfa/enrol")
    async def enrol(
        body: Code, caller: Half, request: Request, response: Response
    ) -> dict[str, Any]:
        codes = await console.accounts.confirm_mfa(caller.operator.id, body.code, _now())
        if codes is None:
            await console.act("mfa_failed", caller.operator, detail="enrolment")
            raise HTTPException(401, "that code does not match; try the next one")
        await console.act("mfa_enrolled", caller.operator)
        session = await promote(request, response, caller)
        return {"recovery_codes": codes, "csrf_token": session.csrf_token}

    @router.post("/mfa")
    async def second_factor(
        body: Code, caller: Half, request: Request, response: Response
    ) -> dict[str, Any]:
        email = caller.operator.email
        async with _ATTEMPT_LOCKS[hash(email) % len(_ATTEMPT_LOCKS)]:
            if await console.accounts.locked_until(email, _now(), config.lockout) is not None:
                raise HTTPException(429, "too many failed attempts; try again later")
            if not await console.accounts.verify_second_factor(
                caller.operator.id, body.code, _now()
            ):
                await console.accounts.record_failure(email, _now(), config.lockout)
                await console.act("mfa_failed", caller.operator, detail="login")
                raise HTTPException(401, "wrong code")
        await console.accounts.clear_failures(email)
        session = await promote(request, response, caller)
        await console.act("login", caller.operator)
        return {"csrf_token": session.csrf_token, **_operator_json(caller.operator)}

    async def promote(request: Request, response: Response, caller: Caller) -> Session:
        promoted = await sessions.promote(request.cookies.get(COOKIE, ""), _now())
        if promoted is None:
            raise HTTPException(401, "log in first")
        token, session = promoted
        set_cookie(response, token, session)
        return session

    @router.post("/logout", status_code=204)
    async def logout(caller: Signed, request: Request, response: Response) -> None:
        await sessions.delete(request.cookies.get(COOKIE, ""))
        response.delete_cookie(COOKIE, path="/console")
        await console.act("logout", caller.operator)

    @router.get("/me")
    async def me(caller: Signed) -> dict[str, Any]:
        return {"csrf_token": caller.session.csrf_token, **_operator_json(caller.operator)}

    @router.post("/me/availability")
    async def availability(body: Availability, caller: Signed) -> dict[str, Any]:
        await console.accounts.set_availability(caller.operator.id, body.available)
        if body.available:
            await handlers.assign_waiting(console)
        return {"available": body.available}

    # --- queue and conversations -------------------------------------------------------

    @router.get("/tickets")
    async def queue(
        caller: Annotated[Caller, allowed("queue.read")], status: str = "open"
    ) -> list[dict[str, Any]]:
        """Open tickets (waiting first by priority, then assigned), or `mine`/`resolved`."""
        statuses = list(OPEN_STATUSES) if status in ("open", "mine") else ["resolved"]
        mine = caller.operator.id if status == "mine" else None
        found = await console.tickets.tickets(statuses, assigned_to=mine)
        if caller.operator.role == "operator" and status != "open":
            found = [t for t in found if t.assigned_to == caller.operator.id]
        return [_ticket_json(t, config) for t in found]

    @router.get("/tickets/{ticket_id}")
    async def conversation(ticket_id: str, caller: Signed) -> dict[str, Any]:
        """The redacted transcript. Every opening is published: who saw whose messages."""
        ticket = await ticket_for(caller, ticket_id, "ticket.view")
        # Recorded once per session and ticket: the page refreshes itself every few
        # seconds, and the audit log should say who opened what, not count the polls.
        seen = (token_digest(caller.session.csrf_token), ticket.id)
        if seen not in viewed:
            viewed.add(seen)
            await console.act("ticket_viewed", caller.operator, ticket=ticket)
        transcript = await console.tickets.ticket_transcript(ticket)
        document = await console.tickets.ticket_document(ticket.id) or {}
        return {
            **_ticket_json(ticket, config),
            "requests": [
                {
                    "reason": r["reason"],
                    "at": r["requested_at"],
                    # Not redacted: it never went to the AI, it came straight to people.
                    "forwarded_text": console.forwarded_text(ticket.subject, r["text"])
                    if r.get("text")
                    else None,
                }
                for r in document.get("requests", [])
            ],
            "transcript": [
                {"role": m["role"], "text": m["text"], "at": m["at"]} for m in transcript
            ],
            "may_reveal": caller.operator.role in config.reveal_roles,
        }

    @router.post("/tickets/{ticket_id}/take")
    async def take(
        ticket_id: str, caller: Annotated[Caller, allowed("ticket.take")]
    ) -> dict[str, Any]:
        ticket = await _existing(ticket_id)
        taken = await handlers.take(console, caller.operator, ticket)
        if taken is None:
            raise HTTPException(409, "someone else took it")
        return _ticket_json(taken, config)

    @router.post("/tickets/{ticket_id}/assign")
    async def assign(
        ticket_id: str, body: Assignment, caller: Annotated[Caller, allowed("ticket.assign")]
    ) -> dict[str, Any]:
        ticket = await _existing(ticket_id)
        target = await console.accounts.get(body.operator_id)
        if target is None or target.role not in ("operator", "supervisor"):
            raise HTTPException(422, "no such operator")
        assigned = await handlers.assign(console, caller.operator, ticket, target.id)
        if assigned is None:
            raise HTTPException(409, "the ticket is not open")
        return _ticket_json(assigned, config)

    @router.post("/tickets/{ticket_id}/reply", status_code=202)
    async def reply(ticket_id: str, body: ReplyText, caller: Signed) -> dict[str, str]:
        ticket = await ticket_for(caller, ticket_id, "ticket.reply")
        if ticket.status != "assigned":
            raise HTTPException(409, "take the ticket first")
        await handlers.reply(console, caller.operator, ticket, body.text)
        return {"status": "sent"}

    @router.post("/tickets/{ticket_id}/resolve")
    async def resolve(ticket_id: str, caller: Signed) -> dict[str, Any]:
        ticket = await ticket_for(caller, ticket_id, "ticket.resolve")
        resolved = await handlers.resolve(console, caller.operator, ticket)
        if resolved is None:
            raise HTTPException(409, "the ticket is not open")
        return _ticket_json(resolved, config)

    @router.post("/tickets/{ticket_id}/reveal")
    async def reveal(ticket_id: str, body: RevealAsk, caller: Signed) -> dict[str, str]:
        """The value behind one token, shown once: nothing is stored or cached here."""
        if caller.operator.role not in config.reveal_roles:
            await console.act("permission_denied", caller.operator, detail="reveal")
            raise HTTPException(403, "your role may not reveal values")
        ticket = await ticket_for(caller, ticket_id, "ticket.view")
        try:
            value = await handlers.reveal(
                console, caller.operator, ticket, body.token, body.reason, body.justification
            )
        except RevealFailed as failure:
            raise HTTPException(409, f"not revealed: {failure}") from failure
        return {"token": body.token, "value": value}

    @router.get("/subjects/{subject}/reveals")
    async def reveals(
        subject: str, caller: Annotated[Caller, allowed("reveals.read")]
    ) -> list[dict[str, Any]]:
        """Who asked to see which of a customer's values, when and why (the DPO's review)."""
        return [
            {k: v for k, v in r.items() if k != "_id"} | {"request_id": r["_id"]}
            for r in await console.tickets.reveals(subject)
        ]

    # --- supervisor report -----------------------------------------------------------------

    @router.get("/reports/queue")
    async def report(caller: Annotated[Caller, allowed("reports.read")]) -> dict[str, Any]:
        open_tickets = await console.tickets.tickets(list(OPEN_STATUSES))
        now = _now()
        return {
            "waiting": sum(t.status == "waiting" for t in open_tickets),
            "assigned": sum(t.status == "assigned" for t in open_tickets),
            "overdue": sum(overdue(t, now, config.first_response_sla) for t in open_tickets),
            "by_operator": await console.tickets.open_counts(),
        }

    # --- accounts (admin) ------------------------------------------------------------------

    @router.get("/operators")
    async def operators(caller: Signed) -> list[dict[str, Any]]:
        if not (
            may(caller.operator.role, "accounts.manage")
            or may(caller.operator.role, "ticket.assign")
        ):
            await console.act("permission_denied", caller.operator, detail="/operators")
            raise HTTPException(403, "your role may not do this")
        return [_operator_json(op) for op in await console.accounts.all()]

    @router.post("/operators", status_code=201)
    async def create_operator(
        body: NewOperator, caller: Annotated[Caller, allowed("accounts.manage")]
    ) -> dict[str, Any]:
        if body.role not in ROLES:
            raise HTTPException(422, f"role must be one of {', '.join(ROLES)}")
        try:
            created = await console.accounts.create(body.email, body.name, body.role, body.password)
        except AccountError as error:
            raise HTTPException(422, str(error)) from error
        await console.act("account_created", caller.operator, target=created.id, detail=body.role)
        return _operator_json(created)

    @router.post("/operators/{operator_id}/reset-mfa", status_code=204)
    async def reset_mfa(
        operator_id: str,
        body: NewPassword,
        caller: Annotated[Caller, allowed("accounts.manage")],
    ) -> None:
        """Clear the second factor and set a new password the admin hands over: whoever
        only knew the old one (a lost phone, a leak) cannot enrol an authenticator."""
        if await console.accounts.get(operator_id) is None:
            raise HTTPException(404, "no such operator")
        try:
            await console.accounts.set_password(operator_id, body.password)
        except AccountError as error:
            raise HTTPException(422, str(error)) from error
        await console.accounts.reset_mfa(operator_id)
        await sessions.delete_for(operator_id)
        await console.act("mfa_reset", caller.operator, target=operator_id)

    @router.delete("/operators/{operator_id}", status_code=204)
    async def remove_operator(
        operator_id: str, caller: Annotated[Caller, allowed("accounts.manage")]
    ) -> None:
        """Remove an account (someone left, a password leaked): its sessions end now."""
        if operator_id == caller.operator.id:
            raise HTTPException(409, "an administrator cannot remove their own account")
        if not await console.accounts.erase_operator(operator_id):
            raise HTTPException(404, "no such operator")
        await sessions.delete_for(operator_id)
        await console.act("account_removed", caller.operator, target=operator_id)

    async def _existing(ticket_id: str) -> Ticket:
        ticket = await console.tickets.ticket(ticket_id)
        if ticket is None:
            raise HTTPException(404, "no such ticket")
        return ticket

    return router


def _ticket_json(ticket: Ticket, config: ConsoleConfig) -> dict[str, Any]:
    return {
        "id": ticket.id,
        "subject": ticket.subject,
        "status": ticket.status,
        "reason": ticket.reason,
        "priority": ticket.priority,
        "waiting_since": ticket.waiting_since,
        "assigned_to": ticket.assigned_to,
        "first_response_at": ticket.first_response_at,
        "overdue": overdue(ticket, _now(), config.first_response_sla),
    }


def _operator_json(operator: Operator) -> dict[str, Any]:
    return {
        "id": operator.id,
        "email": operator.email,
        "name": operator.name,
        "role": operator.role,
        "mfa_enrolled": operator.mfa_enrolled,
        "available": operator.available,
    }
