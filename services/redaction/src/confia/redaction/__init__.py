"""Redaction: the AI never sees a customer's personal data."""
