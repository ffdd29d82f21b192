"""Mongo helpers shared by the services."""

from confia.store.handled import HandledEvents, OutgoingEvent
from confia.store.mongo import connect

__all__ = ["HandledEvents", "OutgoingEvent", "connect"]
