"""Ingress: the only part of Confia that talks to Meta."""
