"""The rule-directory watcher, and the embedded runtime reloading rules when their files change."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from prometheus_client import CollectorRegistry
from pydantic import SecretStr

from services.embedded import EmbeddedRuntime, RuntimeOptions
from services.rulewatch import RuleDirWatcher, reload_ruleset
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings

RULE = """\
rules:
  - id: user.floods
    title: Flood mentioned
    category: toll_revision
    kind: event
    severity: low
    anchor: [{term}]
    summary: "{{{{ sentence }}}}"
    dedup_key: "{{{{ item_id }}}}"
"""


def test_watcher_reports_each_change_once(tmp_path: Path) -> None:
    """A new, edited or removed rule file is reported once, on the poll after it is first seen."""
    watcher = RuleDirWatcher([tmp_path])
    assert not watcher.changed()
    (tmp_path / "a.yaml").write_text("rules: []\n")
    assert not watcher.changed()  # first sight: settling
    assert watcher.changed()
    assert not watcher.changed()
    (tmp_path / "notes.txt").write_text("not a rule file")
    assert not watcher.changed()
    assert not watcher.changed()
    (tmp_path / "a.yaml").write_text("rules: []  # edited\n")
    assert not watcher.changed()
    assert watcher.changed()
    (tmp_path / "a.yaml").unlink()
    assert not watcher.changed()
    assert watcher.changed()


def test_watcher_waits_for_a_file_being_written(tmp_path: Path) -> None:
    """A file that changes between two polls (half written) is reported only once it holds still."""
    watcher = RuleDirWatcher([tmp_path])
    rule = tmp_path / "a.yaml"
    rule.write_text("")  # truncated, the content not written yet
    assert not watcher.changed()
    rule.write_text("rules: []\n")
    os.utime(rule, ns=(1, 1))  # a different signature even on coarse clocks
    assert not watcher.changed()  # still changing: the empty version is never reported
    assert watcher.changed()
    assert not watcher.changed()


def test_watcher_follows_a_swapped_symlink(tmp_path: Path) -> None:
    """A ConfigMap-style update (the linked target replaced by a new one) counts as a change."""
    v1, v2, live = tmp_path / "v1", tmp_path / "v2", tmp_path / "live"
    for d in (v1, v2, live):
        d.mkdir()
    (v1 / "r.yaml").write_text("rules: []\n")
    (v2 / "r.yaml").write_text("rules: []  # a longer second version\n")
    (live / "r.yaml").symlink_to(v1 / "r.yaml")
    watcher = RuleDirWatcher([live])
    (live / "r.yaml").unlink()
    (live / "r.yaml").symlink_to(v2 / "r.yaml")
    assert not watcher.changed()  # first sight: settling
    assert watcher.changed()


async def _until(predicate: object, seconds: float = 10.0) -> bool:
    assert callable(predicate)
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


async def test_runtime_reloads_rules_when_a_file_changes(tmp_path: Path) -> None:
    """Adding a rule file goes live without a signal; a broken edit is refused and the good set stays."""
    rules = tmp_path / "rules"
    rules.mkdir()
    settings = Settings(
        ingest_token=SecretStr("t"), rules_watch_seconds=0.05, notification_dlq_path=tmp_path / "dlq.jsonl"
    )
    options = RuntimeOptions(
        state_path=tmp_path / "state.sqlite3",
        dead_letter_path=tmp_path / "dead-letter.jsonl",
        rules_dirs=(rules,),
        listen=None,
        var_dir=tmp_path,
        console=False,
    )
    metrics = Metrics(CollectorRegistry())
    runtime = EmbeddedRuntime(settings, options, metrics=metrics)
    await runtime.start()
    try:
        assert runtime.detector is not None
        shipped = len(runtime.detector.ruleset.rules)  # type: ignore[attr-defined]

        def loaded() -> float | None:
            return metrics.registry.get_sample_value("wirewatch_rules_loaded")

        def reloads(outcome: str) -> float:
            value = metrics.registry.get_sample_value("wirewatch_rule_reloads_total", {"outcome": outcome})
            return value or 0.0

        def live_rules() -> int:
            return len(runtime.detector.ruleset.rules)  # type: ignore[union-attr, attr-defined]

        (rules / "user.yaml").write_text(RULE.format(term="flood"))
        # the gauge is set in the reload thread, before the runtime swaps the detector in: wait for both
        assert await _until(lambda: loaded() == shipped + 1 and live_rules() == shipped + 1)
        live = runtime.detector
        (rules / "user.yaml").write_text(RULE.format(term="flood") + "  - id: : :\n")
        os.utime(rules / "user.yaml", ns=(1, 1))  # a different mtime even on coarse clocks
        assert await _until(lambda: reloads("failure") >= 1)
        assert runtime.detector is live
        assert loaded() == shipped + 1
    finally:
        await runtime.shutdown()


def test_reload_ruleset_counts_success_and_sets_the_gauge(tmp_path: Path) -> None:
    """A good directory gives a rule set with the user rule, one success count and the rules gauge."""
    (tmp_path / "floods.yaml").write_text(RULE.format(term="flood"))
    metrics = Metrics(CollectorRegistry())
    ruleset = reload_ruleset([tmp_path], metrics, shipped=False)
    assert ruleset is not None and [r.id for r in ruleset.rules] == ["user.floods"]
    assert metrics.rule_reloads.labels(outcome="success")._value.get() == 1
    assert metrics.rules_loaded._value.get() == 1


def test_reload_ruleset_refuses_a_bad_set_without_raising(tmp_path: Path) -> None:
    """A broken rule file gives None (the caller keeps its live set) and one failure count."""
    (tmp_path / "floods.yaml").write_text(RULE.format(term="flood") + "    bogus_key: 1\n")
    metrics = Metrics(CollectorRegistry())
    assert reload_ruleset([tmp_path], metrics, shipped=False) is None
    assert metrics.rule_reloads.labels(outcome="failure")._value.get() == 1
    assert metrics.rule_reloads.labels(outcome="success")._value.get() == 0
