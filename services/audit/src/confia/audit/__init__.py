"""Audit: who did what to whose data, and when — never what was said."""
