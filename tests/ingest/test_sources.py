"""Tests for the inbox, file and stdin sources."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Sequence
from pathlib import Path

from ingest.decoders import Decoded, Outcome, Rejected
from ingest.sources import FileSource, InboxSource, StdinSource, SubmitResult


class Recorder:
    """A Submit callback that records what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[Outcome], str, str | None]] = []

    async def __call__(self, outcomes: Sequence[Outcome], source: str, origin: str | None) -> SubmitResult:
        self.calls.append((list(outcomes), source, origin))
        decoded = sum(isinstance(o, Decoded) for o in outcomes)
        return SubmitResult(decoded=decoded, rejected=len(outcomes) - decoded)

    def uris(self) -> list[str]:
        return [o.item.uri for outs, _, _ in self.calls for o in outs if isinstance(o, Decoded)]


async def test_inbox_moves_good_files_to_done_and_bad_to_failed(tmp_path: Path) -> None:
    """Files are processed once; all-good ones go to done/, ones with a rejected record to failed/."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.json").write_text(json.dumps({"id": "a", "text": "alpha"}))
    (inbox / "b.jsonl").write_text(json.dumps({"id": "b", "text": "beta"}) + "\n{broken\n")
    (inbox / ".hidden.json").write_text("{}")
    (inbox / "c.json.part").write_text("{}")
    source = InboxSource(inbox, interval=0.01)
    recorder = Recorder()
    task = asyncio.create_task(source.run(recorder))
    await asyncio.wait_for(source.settled.wait(), 5)
    source.stop()
    await asyncio.wait_for(task, 5)
    assert sorted(recorder.uris()) == ["a", "b"]
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["a.json"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == ["b.jsonl"]
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".hidden.json", "c.json.part"]
    origins = sorted(origin or "" for _, _, origin in recorder.calls)
    assert origins == ["a.json", "b.jsonl"]


async def test_inbox_picks_up_files_dropped_later(tmp_path: Path) -> None:
    """A file dropped while the source runs is processed and moved to done/."""
    source = InboxSource(tmp_path, interval=0.01)
    recorder = Recorder()
    task = asyncio.create_task(source.run(recorder))
    await asyncio.wait_for(source.settled.wait(), 5)
    (tmp_path / "late.json").write_text(json.dumps({"id": "late", "text": "arrived later"}))
    for _ in range(3000):
        if (tmp_path / "done" / "late.json").exists():
            break
        await asyncio.sleep(0.01)
    source.stop()
    await asyncio.wait_for(task, 5)
    assert recorder.uris() == ["late"]


async def test_inbox_name_clash_in_done_keeps_both(tmp_path: Path) -> None:
    """A second file with a name already in done/ is kept under a new name, not overwritten."""
    source = InboxSource(tmp_path)
    (tmp_path / "x.json").write_text(json.dumps({"id": "1", "text": "one"}))
    await source.process_file(tmp_path / "x.json", Recorder())
    (tmp_path / "x.json").write_text(json.dumps({"id": "2", "text": "two"}))
    target = await source.process_file(tmp_path / "x.json", Recorder())
    assert target.name.endswith("-x.json")
    assert len(list((tmp_path / "done").iterdir())) == 2


async def test_file_source_submits_in_order(tmp_path: Path) -> None:
    """FileSource submits its files in the given order and then settles."""
    paths = []
    for name in ("2.json", "1.json"):
        path = tmp_path / name
        path.write_text(json.dumps({"id": name, "text": "t"}))
        paths.append(path)
    source = FileSource(paths, name="samples")
    recorder = Recorder()
    await source.run(recorder)
    assert recorder.uris() == ["2.json", "1.json"]
    assert source.settled.is_set()
    assert {s for _, s, _ in recorder.calls} == {"samples"}


async def test_stdin_json_lines_each_line_submitted() -> None:
    """stdin JSON lines: each non-blank line is its own payload; a bad line is rejected alone."""
    stream = io.BytesIO(b'{"id": "s1", "text": "one"}\n\nnot json\n{"id": "s2", "text": "two"}\n')
    source = StdinSource(stream)
    recorder = Recorder()
    await asyncio.wait_for(source.run(recorder), 5)
    assert recorder.uris() == ["s1", "s2"]
    rejected = [o for outs, _, _ in recorder.calls for o in outs if isinstance(o, Rejected)]
    assert len(rejected) == 1
    assert [origin for _, _, origin in recorder.calls] == ["line 1", "line 2", "line 3"]


async def test_stdin_whole_document_when_it_starts_with_a_bracket() -> None:
    """stdin starting with '[' is read to the end and decoded as one JSON document."""
    stream = io.BytesIO(b'[\n {"id": "d1", "text": "one"},\n {"id": "d2", "text": "two"}\n]\n')
    recorder = Recorder()
    await asyncio.wait_for(StdinSource(stream).run(recorder), 5)
    assert recorder.uris() == ["d1", "d2"]
