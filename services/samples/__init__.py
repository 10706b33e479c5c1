"""Bundled demo wire items (ninjs), in story order: ``wirewatch run`` with no arguments feeds them.

Written by the wirewatch team for the demo and the tests; they retell the September 2022
Armenia–Azerbaijan border fighting in our own words. Files are processed in name order.
"""

from pathlib import Path

SAMPLES_DIR = Path(__file__).parent


def sample_paths() -> list[Path]:
    """The sample item files, in the order they are meant to arrive."""
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix == ".json")
