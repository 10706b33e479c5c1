"""wirewatch: event-driven alerting for news-wire desks.

This package holds what every part of the product shares: the exception root, the clock,
the state-store protocol, settings, metrics, logging and the command line.
"""

__version__ = "0.1.0"
