"""``SqliteStore``: the :class:`~wirewatch.state.StateStore` of the embedded runtime.

One SQLite file in WAL mode, so state survives a restart and readers never block the writer. One
table ``kv(ns, key, value, touched)`` with primary key ``(ns, key)`` and no rowid, so a key lookup
and a prefix scan are one B-tree walk. ``touched`` is the Unix time of the last write, taken from an
injectable clock (event time in replay, wall time live); :meth:`SqliteStore.expire` deletes rows not
written since a cutoff, which is how the embedded runtime applies ``WIREWATCH_STATE_RETENTION_HOURS``
to whatever the core forgot to clean up.

Writes autocommit unless they run inside :meth:`SqliteStore.transaction`; the runtime wraps each
item's evaluation in one transaction so an item's state changes land together or not at all, and a
crash mid-item leaves the previous state intact. ``synchronous=NORMAL`` in WAL mode keeps the file
consistent after a crash; the last transactions before a power loss may be lost, never half-applied.

Errors from :mod:`sqlite3` are translated to :class:`~wirewatch.errors.StateError`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from wirewatch.errors import StateError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kv (
    ns TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    touched REAL NOT NULL,
    PRIMARY KEY (ns, key)
) WITHOUT ROWID;
"""


def _wall_clock() -> datetime:
    return datetime.now(UTC)


def _prefix_end(prefix: str) -> str | None:
    """The smallest string greater than every string starting with ``prefix`` (None: no bound)."""
    chars = list(prefix)
    while chars:
        last = ord(chars[-1])
        if last < 0x10FFFF:
            nxt = last + 1
            # Skip the surrogate block: it cannot be encoded as UTF-8 for SQLite.
            chars[-1] = chr(0xE000 if 0xD800 <= nxt <= 0xDFFF else nxt)
            return "".join(chars)
        chars.pop()
    return None


class SqliteStore:
    """A :class:`StateStore` in one SQLite file (``":memory:"`` for a throwaway store).

    ``clock`` supplies the ``touched`` time of writes; pass the runtime's clock so that retention
    follows event time in a replay.
    """

    def __init__(self, path: Path | str, *, clock: Callable[[], datetime] | None = None) -> None:
        self.path = str(path)
        self._clock = clock or _wall_clock
        self._lock = threading.RLock()
        self._depth = 0
        self._closed = False
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # A 64 MiB page cache: random updates over a large store otherwise re-read B-tree pages.
            self._db.execute("PRAGMA cache_size=-65536")
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"cannot open state store {self.path}: {exc}") from exc

    # --- StateStore -------------------------------------------------------------------------
    def get(self, namespace: str, key: str) -> str | None:
        row = self._run("SELECT value FROM kv WHERE ns = ? AND key = ?", (namespace, key)).fetchone()
        return None if row is None else str(row[0])

    def put(self, namespace: str, key: str, value: str) -> None:
        self._run(
            "INSERT INTO kv (ns, key, value, touched) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, touched = excluded.touched",
            (namespace, key, value, self._clock().timestamp()),
        )

    def delete(self, namespace: str, key: str) -> None:
        self._run("DELETE FROM kv WHERE ns = ? AND key = ?", (namespace, key))

    def scan(self, namespace: str, prefix: str = "") -> Iterator[tuple[str, str]]:
        end = _prefix_end(prefix)
        params: tuple[str, ...]
        if end is None:
            sql = "SELECT key, value FROM kv WHERE ns = ? AND key >= ? ORDER BY key"
            params = (namespace, prefix)
        else:
            sql = "SELECT key, value FROM kv WHERE ns = ? AND key >= ? AND key < ? ORDER BY key"
            params = (namespace, prefix, end)
        # Materialise: callers may write while iterating, which a live cursor would not survive.
        rows = self._run(sql, params).fetchall()
        for key, value in rows:
            yield str(key), str(value)

    # --- beyond the protocol ----------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one atomic transaction (nested calls join the outer one)."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._run("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._run("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._run("COMMIT")

    def expire(self, older_than: datetime) -> int:
        """Delete every row last written before ``older_than``; return how many went.

        A full table scan: ``touched`` deliberately has no index, because keeping one costs a second
        random B-tree write on every update (measured: 4x fewer updates/s) for a sweep run hourly.
        """
        cur = self._run("DELETE FROM kv WHERE touched < ?", (older_than.timestamp(),))
        return int(cur.rowcount)

    def count(self, namespace: str | None = None) -> int:
        """Rows stored, in one namespace or in all."""
        if namespace is None:
            row = self._run("SELECT count(*) FROM kv", ()).fetchone()
        else:
            row = self._run("SELECT count(*) FROM kv WHERE ns = ?", (namespace,)).fetchone()
        return int(row[0])

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (for size measurements and clean shutdown)."""
        self._run("PRAGMA wal_checkpoint(TRUNCATE)", ())

    def close(self) -> None:
        """Checkpoint and close the file; the store is unusable afterwards. Closing twice is a no-op."""
        with self._lock:
            if self._closed:
                return
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._db.close()
            except sqlite3.Error as exc:
                raise StateError(f"cannot close state store {self.path}: {exc}") from exc
            self._closed = True

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            try:
                return self._db.execute(sql, params)
            except sqlite3.Error as exc:
                raise StateError(f"state store {self.path}: {exc}") from exc
