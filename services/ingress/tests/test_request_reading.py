"""How the webhook's hot route reads a request from the ASGI messages (no server needed)."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from confia.ingress.http import (
    _BodyTooLargeError,
    _ClientGoneError,
    _read_limited,
    _RequestHeaders,
)

LIMIT = 10


def _receiving(*messages: dict[str, Any]) -> Callable[[], Awaitable[dict[str, Any]]]:
    queue = list(messages)

    async def receive() -> dict[str, Any]:
        return queue.pop(0)

    return receive


def _body(chunk: bytes, more: bool = False) -> dict[str, Any]:
    return {"type": "http.request", "body": chunk, "more_body": more}


async def test_a_body_in_one_message_is_that_message() -> None:
    assert await _read_limited(_receiving(_body(b'{"a":1}')), None, LIMIT) == b'{"a":1}'


async def test_a_body_in_chunks_is_read_whole() -> None:
    receive = _receiving(_body(b'{"a"', more=True), _body(b":1", more=True), _body(b"}"))

    assert await _read_limited(receive, None, LIMIT) == b'{"a":1}'


@pytest.mark.parametrize(
    "messages",
    [
        [_body(b"x" * (LIMIT + 1))],  # one message, no length declared
        [_body(b"x" * 6, more=True), _body(b"x" * 6)],  # over it only once put together
    ],
    ids=["one-message", "chunks"],
)
async def test_a_body_over_the_limit_is_refused_however_it_comes(
    messages: list[dict[str, Any]],
) -> None:
    with pytest.raises(_BodyTooLargeError):
        await _read_limited(_receiving(*messages), None, LIMIT)


async def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    async def receive() -> dict[str, Any]:
        raise AssertionError("read although the declared length was over the limit")

    with pytest.raises(_BodyTooLargeError):
        await _read_limited(receive, LIMIT + 1, LIMIT)


@pytest.mark.parametrize(
    "messages",
    [[{"type": "http.disconnect"}], [_body(b"{", more=True), {"type": "http.disconnect"}]],
    ids=["before-the-body", "mid-body"],
)
async def test_a_caller_who_leaves_before_the_body_ends_is_noticed(
    messages: list[dict[str, Any]],
) -> None:
    with pytest.raises(_ClientGoneError):
        await _read_limited(_receiving(*messages), None, LIMIT)


def test_the_first_of_each_header_counts_and_odd_lengths_are_ignored() -> None:
    headers = _RequestHeaders(
        [
            (b"x-hub-signature-256", b"sha256=first"),
            (b"content-type", b"application/json"),
            (b"x-hub-signature-256", b"sha256=second"),
            (b"content-length", b"12abc"),
            (b"content-type", b"text/plain"),
        ]
    )

    assert headers.signature == "sha256=first"
    assert headers.content_type == "application/json"
    assert headers.content_length is None


def test_missing_headers_read_as_empty() -> None:
    headers = _RequestHeaders([(b"content-length", b"42")])

    assert (headers.signature, headers.content_type, headers.content_length) == ("", "", 42)
