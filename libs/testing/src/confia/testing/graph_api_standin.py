"""A local stand-in for the WhatsApp Cloud API send endpoint.

Answers `POST /{version}/{phone_number_id}/messages` like Meta does (see
shared/fixtures/whatsapp/graph_send_ok.json), records each request with its
headers and the time it arrived (`received_at`, Unix seconds: the load benchmark's
finish line), and lists them at `GET /_sent`. `POST /_fail` makes the next N sends
answer an error (Meta's HTTP status and error code), for retry tests; `GET /_stats`
counts every send attempt, answered or refused.
"""

import argparse
import time
import uuid
from typing import Any

import uvicorn
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse


def create_app(access_token: str | None = None) -> FastAPI:
    app = FastAPI(title="graph-api-standin", docs_url=None, redoc_url=None)
    sent: list[dict[str, Any]] = []
    failures: list[tuple[int, int]] = []
    attempts = [0]

    @app.post("/{version}/{phone_number_id}/messages")
    async def send_message(
        version: str,
        phone_number_id: str,
        request: Request,
        authorization: str | None = Header(default=None),
    ) -> JSONResponse:
        received_at = time.time()  # before anything else: when the send reached "Meta"
        attempts[0] += 1
        if not authorization or not authorization.startswith("Bearer "):
            return _error(401, 190, "Invalid OAuth access token.")
        if access_token is not None and authorization != f"Bearer {access_token}":
            return _error(401, 190, "Invalid OAuth access token.")
        if failures:
            status, code = failures.pop(0)
            return _error(status, code, "Injected failure.")
        body = await request.json()
        if body.get("messaging_product") != "whatsapp":
            return _error(400, 100, "Invalid parameter: messaging_product.")
        recipient = body.get("to") or body.get("recipient")
        if not recipient:
            return _error(400, 100, "Invalid parameter: to.")
        wamid = f"wamid.standin.{uuid.uuid4().hex}"
        sent.append(
            {
                "version": version,
                "phone_number_id": phone_number_id,
                "body": body,
                "wamid": wamid,
                "traceparent": request.headers.get("traceparent"),
                "received_at": received_at,
            }
        )
        return JSONResponse(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": recipient, "wa_id": body.get("to", recipient)}],
                "messages": [{"id": wamid}],
            }
        )

    @app.get("/_sent")
    async def list_sent() -> list[dict[str, Any]]:
        return sent

    @app.get("/_stats")
    async def stats() -> dict[str, int]:
        return {"attempts": attempts[0], "sent": len(sent)}

    @app.post("/_fail")
    async def fail_next(
        count: int = 1, status: int = 500, code: int | None = None
    ) -> dict[str, int]:
        """The next `count` sends fail. status=429 means Meta's throttling: HTTP 400, 130429."""
        if not 0 < count <= 1000:
            raise HTTPException(400, "count must be 1..1000")
        if status == 429:
            status, code = 400, code or 130429
        failures.extend([(status, code or (131000 if status >= 500 else 100))] * count)
        return {"pending_failures": len(failures)}

    return app


def _error(status: int, code: int, message: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"message": message, "type": "OAuthException", "code": code}},
        status_code=status,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--access-token", default=None, help="Accept only this bearer token.")
    args = parser.parse_args()
    uvicorn.run(create_app(args.access_token), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
