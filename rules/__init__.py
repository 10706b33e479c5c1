"""Detection: rule files loaded into immutable models, the linguistics they use, and the engine.

This module stays pure Python (never compiled): on import it refuses a tree whose mypyc-compiled
modules are stale (see :mod:`rules._compiled`).
"""

import os as _os

from rules._compiled import check as _check

_check(_os.path.dirname(_os.path.abspath(__file__)))
