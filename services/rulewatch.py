"""Notice when rule files change on disk, so a running service reloads them without a signal.

Kubernetes updates a mounted ConfigMap by swapping a ``..data`` symlink, and editors replace files
by rename; neither is reliably reported by inotify on every platform, so this polls: a signature of
every ``*.yaml``/``*.yml`` file under the directories (path, size, modification time, following
symlinks) is compared with the last one seen. Cheap for rule directories of a few hundred files.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

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
    """``changed()`` is true once per change of the rule files under ``dirs`` since the last call."""

    def __init__(self, dirs: Sequence[Path]) -> None:
        self.dirs = tuple(dirs)
        self._last = signature(self.dirs)

    def changed(self) -> bool:
        """Compare the files with the last signature seen; remember the new one."""
        now = signature(self.dirs)
        if now == self._last:
            return False
        self._last = now
        return True
