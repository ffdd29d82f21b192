"""Agent: answers customers from the business's own knowledge; sees only redacted text."""
