"""The DPO's HTTP API: a subject's consent and its history, and the rights requests.

Authenticated with a bearer token (CONFIA_DPO_API_TOKEN) for other systems and the DPO
tooling; the operator console with MFA and roles arrives with the handoff service.
Responses carry pseudonyms, purposes, times and statuses: no message text.
"""

import hmac
import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from confia.consent.domain import PURPOSES, consent_state
from confia.consent.store import ConsentStore
from confia.crypto import Sealed, open_box

_bearer = HTTPBearer(auto_error=False)


class ConsentChange(BaseModel):
    purpose: str
    change: str
    granted: bool
    notice_version: str
    recorded_at: datetime
    channel: str
    message_id: str | None = None


class SubjectConsent(BaseModel):
    subject: str
    current: dict[str, str]
    history: list[ConsentChange]


class RightsRequest(BaseModel):
    request_id: str
    kind: str
    subject: str
    status: str
    requested_at: datetime
    deadline: datetime
    escalated: bool
    completed_at: datetime | None = None
    reports: dict[str, Any]


def dpo_router(store: ConsentStore, token: str, report_key: str) -> APIRouter:
    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid bearer token is required")

    router = APIRouter(prefix="/dpo", tags=["DPO"], dependencies=[Depends(authorised)])

    @router.get("/subjects/{subject}/consent", response_model=SubjectConsent)
    async def subject_consent(subject: str) -> SubjectConsent:
        """Current consent per purpose and every change, with notice version and channel."""
        history = await store.history(subject)
        documents = await store.history_documents(subject)
        return SubjectConsent(
            subject=subject,
            current={p: consent_state(history, p).value for p in PURPOSES},
            history=[ConsentChange.model_validate(doc) for doc in documents],
        )

    @router.get("/rights-requests", response_model=list[RightsRequest])
    async def rights_requests(
        status: Literal["open", "completed"] | None = Query(default=None),
    ) -> list[RightsRequest]:
        """Erasure and access requests, oldest first; `status=open` for the work queue."""
        return [_request(doc) for doc in await store.requests(status)]

    @router.get("/rights-requests/{request_id}", response_model=RightsRequest)
    async def rights_request(request_id: str) -> RightsRequest:
        doc = await store.request(request_id)
        if doc is None:
            raise HTTPException(404, "no such request")
        return _request(doc)

    @router.get("/rights-requests/{request_id}/export")
    async def access_report(request_id: str) -> dict[str, Any]:
        """A completed access request's report: what every service holds about the subject.

        Machine-readable JSON for the DPO to deliver through the business's channel.
        """
        doc = await store.request(request_id)
        if doc is None or doc["kind"] != "access":
            raise HTTPException(404, "no such access request")
        if doc["status"] != "completed":
            raise HTTPException(409, "not every service has answered yet")
        parts = {
            service: json.loads(open_box(report_key, Sealed.model_validate(part["data"])))
            for service, part in doc["acks"].items()
        }
        return {
            "subject": doc["subject"],
            "requested_at": doc["requested_at"],
            "completed_at": doc.get("completed_at"),
            "held_by_service": parts,
        }

    return router


def _request(doc: dict[str, Any]) -> RightsRequest:
    return RightsRequest(
        request_id=doc["_id"],
        kind=doc["kind"],
        subject=doc["subject"],
        status=doc["status"],
        requested_at=doc["requested_at"],
        deadline=doc["deadline"],
        escalated=doc["escalated"],
        completed_at=doc.get("completed_at"),
        reports={
            service: {k: v for k, v in part.items() if k != "data"}
            for service, part in doc.get("acks", {}).items()
        },
    )
