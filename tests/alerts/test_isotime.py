"""The memo of datetime texts the alert pipeline formats again and again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alerts import isotime


def test_isoformat_is_the_datetimes_own_text() -> None:
    """Aware, naive and offset datetimes, with and without microseconds, read as ``isoformat()``."""
    for at in (
        datetime(2026, 11, 29, 12, 0, tzinfo=UTC),
        datetime(2026, 11, 29, 12, 0, 0, 123456, tzinfo=UTC),
        datetime(2026, 11, 29, 12, 0),
        datetime(2026, 11, 29, 12, 0, tzinfo=timezone(timedelta(hours=-5))),
    ):
        assert isotime.isoformat(at) == at.isoformat()
        assert isotime.isoformat(at) == at.isoformat()  # the remembered text


def test_isoformat_stays_exact_past_the_memo_size() -> None:
    """More distinct datetimes than the memo holds each keep their own text (none is mixed up)."""
    times = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=i) for i in range(3 * isotime._MEMO.size)]
    for _ in range(2):
        assert [isotime.isoformat(t) for t in times] == [t.isoformat() for t in times]
    assert len(isotime._MEMO) <= isotime._MEMO.size
