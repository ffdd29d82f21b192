"""Hypothesis strategies for WhatsApp webhook bodies: well-formed, noisy, or anything at all.

Senders, contacts and status recipients are drawn from a small pool of people (besides any
text), so a drawn POST is often one customer's, or several customers', with or without
their contacts: the cases that decide how a POST is split and logged.
"""

import json
from typing import Any

from hypothesis import strategies as st

json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)

_PHONES = ("5511900000001", "5511900000002")
_BSUIDS = ("BR.0000000000000001", "BR.0000000000000002")


def payloads(noise: bool) -> st.SearchStrategy[dict[str, Any]]:
    """WhatsApp-shaped payloads; with `noise`, any field may instead hold anything at all."""

    def field(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(*[value] * 6, json_value) if noise else value

    text = st.text(max_size=50)
    phone = st.one_of(
        st.sampled_from(_PHONES), st.text(alphabet="0123456789", min_size=8, max_size=15)
    )
    bsuid = st.one_of(st.sampled_from(_BSUIDS), st.text(min_size=1, max_size=20))
    message = st.fixed_dictionaries(
        {
            "id": field(st.text(min_size=1, max_size=30).map(lambda s: f"wamid.{s}")),
            "timestamp": field(st.integers(-(2**40), 2**40).map(str)),
            "type": field(st.sampled_from(["text", "interactive", "image", "location", "weird"])),
        },
        optional={
            "from": field(phone),
            "from_user_id": field(bsuid),
            "text": field(st.fixed_dictionaries({"body": text})),
            "interactive": json_value,
            "image": field(st.fixed_dictionaries({"id": st.text(max_size=10)})),
            "location": json_value,
            "reaction": json_value,
            "unknown_future_field": json_value,
        },
    )
    status = st.fixed_dictionaries(
        {
            "id": field(st.text(min_size=1, max_size=30)),
            "status": field(st.sampled_from(["sent", "delivered", "read", "failed", "odd"])),
            "timestamp": field(st.integers(0, 2**34).map(str)),
        },
        optional={
            "recipient_id": field(phone),
            "recipient_user_id": field(bsuid),
            "biz_opaque_callback_data": field(st.text(max_size=20)),
            "unknown_future_field": json_value,
        },
    )
    contact = st.fixed_dictionaries(
        {},
        optional={
            "wa_id": field(phone),
            "user_id": field(bsuid),
            "profile": field(st.fixed_dictionaries({"name": text})),
        },
    )
    value = st.fixed_dictionaries(
        {"metadata": field(st.fixed_dictionaries({"phone_number_id": st.text(max_size=15)}))},
        optional={
            "messaging_product": field(st.just("whatsapp")),
            "messages": st.lists(message, max_size=2),
            "statuses": st.lists(status, max_size=2),
            "contacts": st.lists(contact, max_size=2),
        },
    )
    change = st.fixed_dictionaries(
        {"field": field(st.sampled_from(["messages", "other"])), "value": field(value)}
    )
    entry = st.fixed_dictionaries(
        {"id": field(st.text(max_size=10)), "changes": st.lists(change, max_size=2)}
    )
    return st.fixed_dictionaries(
        {
            "object": field(st.just("whatsapp_business_account")),
            "entry": field(st.lists(entry, max_size=2)),
        }
    )


@st.composite
def one_field_changed(draw: st.DrawFn) -> dict[str, Any]:
    """A well-formed payload with one value somewhere in it (any field, any item, or the
    whole) replaced by any JSON at all: every field's validation, one at a time."""
    payload = draw(payloads(noise=False))
    paths: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, (*path, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, (*path, index))

    walk(payload, ())
    path = draw(st.sampled_from(paths))
    replacement = draw(json_value)
    if not path:
        return {"replaced": replacement}
    parent = payload
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = replacement
    return payload


# Anything a webhook may be sent: noisy payloads, any JSON, any bytes.
bodies = st.one_of(
    payloads(noise=True).map(lambda p: json.dumps(p).encode()),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
)
