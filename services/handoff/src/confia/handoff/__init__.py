"""Handoff: conversations that need a human."""
