"""Sub-command modules; each exposes ``register(subparsers)`` (see :mod:`wirewatch.cli`).

Every command module is imported to build the parser, so ``wirewatch --help`` and every command pay
for its module-level imports: those are limited to the standard library and light first-party
modules (``wirewatch.errors``, constants). A handler imports what it runs on (settings, the engine,
the alert pipeline, Kafka and HTTP clients) when it is called; ``tests/wirewatch/test_cli_imports.py``
checks it.
"""
