"""Wire items in: the ``WireItem`` model and decoders for ninjs, RSS/Atom and JSON lines."""

from ingest.models import PubStatus, WireItem

__all__ = ["PubStatus", "WireItem"]
