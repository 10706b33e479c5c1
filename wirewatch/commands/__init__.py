"""Sub-command modules; each exposes ``register(subparsers)`` (see :mod:`wirewatch.cli`)."""
