"""Notice when rule files change on disk, so a running service reloads them without a signal.

Kubernetes updates a mounted ConfigMap by swapping a ``..data`` symlink, and editors replace files
by rename; neither is reliably reported by inotify on every platform, so this polls: a signature of
every ``*.yaml``/``*.yml`` file under the directories (path, size, modification time, following
symlinks) is compared with the last one seen. Cheap for rule directories of a few hundred files.

:func:`reload_ruleset` is the one reload policy both runtimes share: load the directories again and
return the new set, or count and log why not and return ``None`` so the caller keeps the live set.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import structlog

from rules.loader import load_ruleset
from rules.matcher import RuleSet
from wirewatch.errors import RuleError
from wirewatch.metrics import Metrics

log = structlog.get_logger("wirewatch.rules")

Signature = tuple[tuple[str, int, int], ...]


def signature(dirs: Sequence[Path]) -> Signature:
    """The (path, size, mtime_ns) of every rule file under ``dirs``, sorted; missing dirs count as empty."""
    entries: list[tuple[str, int, int]] = []
    for root in dirs:
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.suffix not in (".yaml", ".yml") or any(p.startswith(".") for p in path.parts[-1:]):
                continue
            try:
                st = os.stat(path)  # follows symlinks: a ConfigMap's files are links into ..data
            except OSError:
                continue  # removed between listing and stat: the next poll sees the new state
            entries.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(sorted(entries))


class RuleDirWatcher:
    """``changed()`` is true once per change of the rule files under ``dirs``, once it has settled.

    A file is not written in one step: a poll can fall between an editor's (or ``write_text``'s)
    truncation and its write, and an empty file is a valid rule file, so reloading at once could
    put an empty rule set live for one poll. A change is therefore reported only when two polls in
    a row see the same new signature (one poll interval later than the first sight of it).
    """

    def __init__(self, dirs: Sequence[Path]) -> None:
        self.dirs = tuple(dirs)
        self._last = signature(self.dirs)
        self._pending: Signature | None = None  # a new signature seen once, not yet settled

    def changed(self) -> bool:
        """Compare the files with the last settled signature; true when a new one held for two polls."""
        now = signature(self.dirs)
        if now == self._last:
            self._pending = None
            return False
        if now != self._pending:  # new, or still changing: wait one more poll
            self._pending = now
            return False
        self._last, self._pending = now, None
        return True


def reload_ruleset(dirs: Sequence[Path], metrics: Metrics, *, shipped: bool = True) -> RuleSet | None:
    """Load the rules under ``dirs`` (plus the shipped pack if ``shipped``); ``None`` if they fail.

    A refused set is logged with every ``file:line: problem`` and counted as a failed reload; a bug
    in the loader is logged with its traceback and counted too, since neither may take down a
    running service. On success the reload is counted and ``wirewatch_rules_loaded`` updated.
    Blocking (file reads, compilation): async callers run it in a thread.
    """
    try:
        ruleset = load_ruleset(list(dirs), shipped=shipped)
    except RuleError as exc:
        metrics.rule_reloads.labels(outcome="failure").inc()
        log.error("rules.reload_failed", problems=[f"{f}:{line}: {m}" for f, line, m in exc.problems])
        return None
    except Exception:
        metrics.rule_reloads.labels(outcome="failure").inc()
        log.exception("rules.reload_failed")
        return None
    metrics.rule_reloads.labels(outcome="success").inc()
    metrics.rules_loaded.set(len(ruleset.rules))
    log.info("rules.reloaded", rules=len(ruleset.rules))
    return ruleset
