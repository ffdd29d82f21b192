"""Connect to a service's own database with PyMongo's async client."""

from typing import Any

from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase


def connect(
    uri: str, database: str, *, timeout_ms: int = 5_000
) -> tuple[AsyncMongoClient[dict[str, Any]], AsyncDatabase[dict[str, Any]]]:
    """A client with bounded timeouts and the service's database (tz-aware datetimes)."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        uri,
        tz_aware=True,
        serverSelectionTimeoutMS=timeout_ms,
        connectTimeoutMS=timeout_ms,
        socketTimeoutMS=timeout_ms * 2,
        appname=database,
    )
    return client, client[database]
