"""The knowledge admin API: a business edits its agent's profile and knowledge here.

Bearer token (CONFIA_ADMIN_TOKEN) for the business's tooling; unset, the API is off.
Documents are Markdown, one `## id` heading per knowledge entry; `profile.md` is the
agent profile. A change is checked (parsed) before it is stored, and every agent
replica picks it up within a few seconds. Decision records are served for review.
"""

import hmac
import logging
import re
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from confia.agent.handlers import Agent
from confia.agent.knowledge import KnowledgeError, knowledge_base

logger = logging.getLogger("confia.agent")

_bearer = HTTPBearer(auto_error=False)
_DOCUMENT_NAME = re.compile(r"^[\w-]{1,64}\.md$")
_MAX_DOCUMENT = 256 * 1024


class KnowledgeSummary(BaseModel):
    documents: list[str]
    entries: list[str]
    knowledge_version: str
    profile_version: str
    agent_name: str


def admin_router(agent: Agent, token: str) -> APIRouter:
    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        given = credentials.credentials if credentials else ""
        # An empty token would match an empty header: never a valid credential.
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid bearer token is required")

    router = APIRouter(
        prefix="/admin", tags=["Knowledge admin"], dependencies=[Depends(authorised)]
    )

    async def summary() -> KnowledgeSummary:
        await agent.refresh(force=True)
        knowledge = agent.knowledge
        return KnowledgeSummary(
            documents=sorted(knowledge.documents),
            entries=[entry.id for entry in knowledge.entries],
            knowledge_version=knowledge.knowledge_version,
            profile_version=knowledge.profile_version,
            agent_name=knowledge.profile.name,
        )

    @router.get("/knowledge", response_model=KnowledgeSummary)
    async def knowledge() -> KnowledgeSummary:
        """The documents, entry ids and versions the agent answers from now."""
        return await summary()

    @router.get("/knowledge/{name}", response_class=Response)
    async def document(name: str) -> Response:
        text = (await agent.store.documents()).get(name)
        if text is None:
            raise HTTPException(404, "no such document")
        return Response(text, media_type="text/markdown; charset=utf-8")

    @router.put("/knowledge/{name}", response_model=KnowledgeSummary)
    async def put_document(
        name: str, text: Annotated[str, Body(media_type="text/markdown")]
    ) -> KnowledgeSummary:
        """Create or replace one Markdown document (re-training is editing documents)."""
        if not _DOCUMENT_NAME.fullmatch(name):
            raise HTTPException(422, "document names look like 'entrega.md'")
        if len(text.encode()) > _MAX_DOCUMENT:
            raise HTTPException(413, f"documents are at most {_MAX_DOCUMENT} bytes")
        documents = {**(await agent.store.documents()), name: text}
        try:
            knowledge_base(documents)
        except KnowledgeError as error:
            raise HTTPException(422, str(error)) from error
        await agent.store.put_document(name, text, origin="api")
        logger.info("document %s replaced through the admin API", name)
        return await summary()

    @router.delete("/knowledge/{name}", status_code=204)
    async def delete_document(name: str) -> None:
        if not await agent.store.delete_document(name):
            raise HTTPException(404, "no such document")
        logger.info("document %s deleted through the admin API", name)

    @router.get("/decisions/{decision_id}")
    async def decision(decision_id: str) -> dict[str, Any]:
        """A decision record, for the person who reviews it (LGPD art. 20)."""
        record = await agent.store.decision(decision_id)
        if record is None:
            raise HTTPException(404, "no such decision")
        return record

    return router
