"""Corpus evaluation through the stateful detector: scoring, time, and the eval command."""

import json
from pathlib import Path
from typing import Any

import pytest

from rules.loader import load_ruleset
from services.evaluation import read_corpus, run, wilson
from wirewatch.cli import main
from wirewatch.errors import WirewatchError

RECORDS: list[dict[str, Any]] = [
    {"id": "t-1", "published": "2024-03-01", "text": "A truce between the two armies took effect at noon.",
     "labels": {"ceasefire": True, "confirmation_gap": False, "toll_revision": False}},
    {"id": "t-2", "published": None, "text": "The UN urged both sides to agree a truce.",
     "labels": {"ceasefire": False, "confirmation_gap": False, "toll_revision": False}},
    {"id": "t-3", "published": None, "text": "The death toll from the floods climbed to 96, officials said.",
     "labels": {"ceasefire": False, "confirmation_gap": False, "toll_revision": True}},
    {"id": "t-4", "published": "2024-02-01", "text": "Moscow has yet to confirm the truce announced by Kyiv.",
     "labels": {"ceasefire": False, "confirmation_gap": True, "toll_revision": False}},
    {"id": "t-5", "published": None, "text": "Officials said 12 people were killed in the blast.",
     "labels": {"ceasefire": False, "confirmation_gap": False, "toll_revision": True}},
]  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_wilson_interval() -> None:
    """The Wilson interval brackets the proportion and handles zero totals."""
    lo, hi = wilson(9, 10)
    assert 0.55 < lo < 0.9 < hi <= 1.0
    assert wilson(0, 0) == (0.0, 1.0)


def test_scores_and_predictions(corpus: Path) -> None:
    """Predictions come from detector alerts; a missed label is a false negative."""
    report = run(read_corpus(corpus), load_ruleset())
    assert report.predictions["t-1"] == ["ceasefire"]
    assert report.predictions["t-2"] == []
    assert report.predictions["t-3"] == ["toll_revision"]
    assert "confirmation_gap" in report.predictions["t-4"]
    tolls = next(s for s in report.scores if s.category == "toll_revision")
    assert (tolls.tp, tolls.fp, tolls.fn) == (1, 0, 1) and tolls.false_negatives == ["t-5"]


def test_malformed_corpus_names_the_line(tmp_path: Path) -> None:
    """A broken record raises an error naming its line."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(WirewatchError, match=":2:"):
        read_corpus(path)


def test_eval_command_table_json_and_predictions(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wirewatch eval` prints the table, --json the scores, --predictions one line per record."""
    assert main(["eval", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "deadline alert" in out
    preds = tmp_path / "p.jsonl"
    assert main(["eval", str(corpus), "--json", "--predictions", str(preds)]) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["categories"]["ceasefire"]["tp"] == 1
    lines = [json.loads(line) for line in preds.read_text().splitlines()]
    assert [line["id"] for line in lines] == [r["id"] for r in RECORDS]
    assert lines[0]["categories"] == ["ceasefire"]


def test_several_corpora_are_replayed_apart_and_pooled(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each corpus gets its own detector (no toll series across corpora); the counts add up."""
    quiet = {"ceasefire": False, "confirmation_gap": False, "toll_revision": False}
    said = "Armenia's defence ministry said {} of its soldiers had been killed since the fighting began."
    paths = []
    for name, figure in (("a", 49), ("b", 71)):
        path = tmp_path / f"{name}.jsonl"
        record = {"id": f"{name}-1", "text": said.format(figure), "published": None, "labels": quiet}
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        paths.append(str(path))
    both = tmp_path / "both.jsonl"
    both.write_text("".join(Path(p).read_text(encoding="utf-8") for p in paths), encoding="utf-8")
    # in one corpus, 49 then 71 is a cross-item revision: a series alert, reported and not counted ...
    assert main(["eval", str(both), "--json"]) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["series_alerts_not_counted"] == 1 and data["categories"]["toll_revision"]["fp"] == 0
    # ... in two corpora, each on its own detector, there is none
    assert main(["eval", *paths, "--json"]) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["records"] == 2 and data["series_alerts_not_counted"] == 0
    assert main(["eval", str(corpus), str(corpus)]) == 1  # the same ids twice: refused
    assert "more than one corpus" in capsys.readouterr().err


def test_story_is_replayed_as_the_slugline(tmp_path: Path) -> None:
    """A record's story becomes its item's slugline, so a later passage reads what its story said."""
    deal = "The RSF said on Tuesday that it had accepted the arrangement."
    lines = [
        {"id": "s-1", "story": "juba-truce", "published": "2024-03-01",
         "text": "A truce between the two militias was announced in Juba on Monday.",
         "labels": {"ceasefire": True}},
        {"id": "s-2", "story": "juba-truce", "published": None,
         "text": deal, "labels": {"ceasefire": True}},
        {"id": "s-3", "story": "other", "published": None,
         "text": deal, "labels": {"ceasefire": False}},
    ]  # fmt: skip
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    records = read_corpus(path)
    assert [r.story for r in records] == ["juba-truce", "juba-truce", "other"]
    report = run(records, load_ruleset())
    assert report.predictions["s-2"] == ["ceasefire"]
    assert report.predictions["s-3"] == []


def test_toll_figures_of_true_revisions_are_checked_against_the_labels(tmp_path: Path) -> None:
    """On records labelled and detected as toll revisions, the report counts alerts that give the labelled
    new and old figures, and names the records whose alerts do not; undetected or unlabelled ones are not
    checked."""
    toll = {"ceasefire": False, "confirmation_gap": False, "toll_revision": True}
    records = [
        {"id": "v-1", "text": "The death toll rose to 71, updating a previous toll of 50.", "labels": toll,
         "details": {"toll_new": 71, "toll_old": 50}},
        {"id": "v-2", "text": "The death toll rose to 71, updating a previous toll of 50.", "labels": toll,
         "details": {"toll_new": 70, "toll_old": None}},
        {"id": "v-3", "text": "Officials said 12 people were killed in the blast.", "labels": toll,
         "details": {"toll_new": 12}},
    ]  # fmt: skip
    path = tmp_path / "v.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    values = run(read_corpus(path), load_ruleset()).toll_values
    assert (values.new.checked, values.new.agree, values.new.disagree) == (2, 1, ["v-2"])
    assert (values.old.checked, values.old.agree, values.old.disagree) == (1, 1, [])
