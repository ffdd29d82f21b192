"""The baseline of the webhook benchmark: a FastAPI endpoint that only reads and answers 200."""

import argparse

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.post("/webhook")
async def webhook(request: Request) -> PlainTextResponse:
    await request.body()
    return PlainTextResponse("EVENT_RECEIVED")


@app.get("/healthz")
async def healthz() -> PlainTextResponse:
    return PlainTextResponse("ok")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)
