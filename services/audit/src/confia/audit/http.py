"""The audit API for the DPO (and administrators): tree heads and proofs, `verify`,
queries by subject, actor, type and time, exports (JSON, CSV), daily counts, the record
of processing (LGPD art. 37) and incident scoping (art. 48).

Bearer tokens per role (CONFIA_AUDIT_DPO_TOKEN, CONFIA_AUDIT_ADMIN_TOKEN). Answers hold
metadata, pseudonyms and outcomes: never message text.
"""

import csv
import hmac
import io
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from confia.audit.handlers import Ledger
from confia.audit.merkle import consistency_proof, inclusion_proof
from confia.audit.processing import processing_records
from confia.audit.verify import verify_log

_bearer = HTTPBearer(auto_error=False)
_EXPORT_FIELDS = (
    "index",
    "event_id",
    "type",
    "occurred_at",
    "producer",
    "actor",
    "subject",
    "conversation_id",
    "topic",
    "outcome",
    "trace_id",
)
# The processing history of a subject: the events that show what was done with their data.
_HISTORY_TYPES = (
    "privacy.consent.changed",
    "privacy.erasure.requested",
    "privacy.erasure.completed",
    "privacy.access.requested",
    "privacy.access.completed",
    "privacy.reveal.requested",
    "privacy.reveal.completed",
    "handoff.requested",
    "console.operator.acted",
)


def audit_api(ledger: Ledger, tokens: Mapping[str, str]) -> APIRouter:
    def role_of(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> str:
        given = (credentials.credentials if credentials else "").encode()
        for role, token in tokens.items():
            if token and hmac.compare_digest(given, token.encode()):
                return role
        raise HTTPException(401, "a valid bearer token is required")

    router = APIRouter(prefix="/audit", tags=["Audit"], dependencies=[Depends(role_of)])
    log = ledger.log

    @router.get("/tree-head")
    async def tree_head() -> dict[str, Any]:
        """The latest signed tree head and the key that verifies it."""
        latest = ledger.latest_head
        if latest is None:
            raise HTTPException(404, "no tree head signed yet")
        return {**latest.as_json(), "public_key": ledger.public_key}

    @router.get("/proofs/inclusion")
    async def inclusion(event_id: str, tree_size: int | None = None) -> dict[str, Any]:
        """Proof that the event's record is leaf `leaf_index` of the log of `tree_size`."""
        index = ledger.seen.get(event_id)
        if index is None:
            raise HTTPException(404, "no record of that event")
        leaves = ledger.leaves
        size = tree_size or await _latest_size(ledger)
        if not index < size <= len(leaves):
            raise HTTPException(409, "that tree size does not cover the record yet")
        proof = inclusion_proof(leaves, index, size)
        return {
            "leaf_index": index,
            "leaf_hash": leaves[index].hex(),
            "tree_size": size,
            "proof": [node.hex() for node in proof],
        }

    @router.get("/proofs/consistency")
    async def consistency(first: int, second: int) -> dict[str, Any]:
        """Proof that the log of size `first` is a prefix of the log of size `second`."""
        leaves = ledger.leaves
        if not 0 < first <= second <= len(leaves):
            raise HTTPException(422, "need 0 < first <= second <= the log's size")
        proof = consistency_proof(leaves, first, second)
        return {"first": first, "second": second, "proof": [node.hex() for node in proof]}

    @router.get("/verify")
    async def verify() -> dict[str, Any]:
        """Check the whole stored log against every signed tree head."""
        records, heads = await log.stored_records(), await log.tree_heads()
        verdict = verify_log(records, heads, ledger.trusted_public_keys)
        return verdict.as_json()

    @router.get("/events")
    async def events(
        subject: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        outcome: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> Any:
        """Records by subject, actor, type, outcome and time range; JSON or CSV."""
        filters: dict[str, Any] = {}
        if subject:
            filters["subject"] = subject
        if actor:
            filters["actor"] = actor
        if type:
            filters["type"] = type
        if outcome:
            filters["outcome"] = outcome
        if since or until:
            filters["occurred_at"] = _time_range(since, until)
        found = await log.query(filters, limit)
        return _csv(found) if format == "csv" else [_public(doc) for doc in found]

    @router.get("/subjects/{subject}/history")
    async def history(subject: str) -> dict[str, Any]:
        """Everything done with a subject's data that the law asks about: consent,
        rights requests and their proofs, reveals, hand-offs to people."""
        found = await log.query({"subject": subject, "type": {"$in": list(_HISTORY_TYPES)}})
        return {"subject": subject, "events": [_public(doc) for doc in found]}

    @router.get("/stats/daily")
    async def daily() -> list[dict[str, Any]]:
        """Counts per event type per day."""
        counts: Counter[tuple[str, str]] = Counter()
        for doc in await log.query({}, limit=1_000_000):
            counts[(str(doc["occurred_at"])[:10], doc["type"])] += 1
        return [
            {"day": day, "type": kind, "count": count}
            for (day, kind), count in sorted(counts.items())
        ]

    @router.get("/processing-records")
    async def processing() -> dict[str, Any]:
        """The record of processing operations (LGPD art. 37)."""
        observed = Counter(doc["type"] for doc in await log.query({}, limit=1_000_000))
        return processing_records(observed)

    @router.get("/incidents")
    async def incident(
        since: datetime,
        until: datetime,
        services: Annotated[list[str] | None, Query()] = None,
        operators: Annotated[list[str] | None, Query()] = None,
        format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
    ) -> Any:
        """Which subjects, and which kinds of data, given services or operators touched in
        a time window: the scope of an incident notice (LGPD art. 48)."""
        actors = [f"service:{s}" for s in services or []] + [
            f"operator:{o}" for o in operators or []
        ]
        filters: dict[str, Any] = {"occurred_at": _time_range(since, until)}
        if actors:
            filters["actor"] = {"$in": actors}
        found = await log.query(filters, limit=1_000_000)
        if format == "csv":
            return _csv(found)
        subjects: dict[str, set[str]] = {}
        for doc in found:
            subjects.setdefault(doc["subject"], set()).add(doc["type"])
        return {
            "since": since,
            "until": until,
            "actors": actors,
            "subjects": [
                {"subject": subject, "event_types": sorted(types)}
                for subject, types in sorted(subjects.items())
            ],
        }

    return router


async def _latest_size(ledger: Ledger) -> int:
    latest = ledger.latest_head
    if latest is None:
        raise HTTPException(409, "no tree head signed yet")
    return latest.head.tree_size


def _time_range(since: datetime | None, until: datetime | None) -> dict[str, str]:
    # occurred_at is kept as the ISO text the producer wrote (UTC, "Z" or "+00:00").
    bounds = {}
    if since:
        bounds["$gte"] = _utc_text(since)
    if until:
        bounds["$lte"] = _utc_text(until) + "~"
    return bounds


def _utc_text(moment: datetime) -> str:
    """ISO text in UTC without an offset, comparable with the stored times (a naive time
    is taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat()


def _public(document: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in ("_id", "recorded_at")}


def _csv(documents: list[dict[str, Any]]) -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_EXPORT_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for document in documents:
        writer.writerow(document)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8")
