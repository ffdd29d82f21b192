"""Consent: nothing reaches the AI without the customer's recorded consent."""
