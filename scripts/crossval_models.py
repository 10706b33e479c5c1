"""What the passage model rule (``gap.model``) adds on batches its model never saw, out of fold.

    .venv/bin/python scripts/crossval_models.py [--folds 5] [--show]

It runs in the project's environment with scikit-learn added (``.venv/bin/pip install scikit-learn``;
the runtime never needs it), in about a minute.

Every batch read so far (``eval/team-*.jsonl`` and the blind batches but ``UNREAD``) is one group. For
each of ``--folds`` folds (scikit-learn's ``GroupKFold``, deterministic), the passage models are trained
on the other folds exactly as ``scripts/train_models.py`` trains the shipped file, and the fold's
batches are replayed the way ``wirewatch eval`` replays them: through the shipped pack with
``gap.model`` switched off (a ``disable:`` file), and through the shipped pack with ``gap.model``
reading that fold's models instead of the shipped file.
Prints the pooled TP/FP/FN per category for both, and the change; with ``--show``, also the passages
the model turns into false positives or true positives (all of them read batches: see ``UNREAD``).

``UNREAD`` lists the batches kept for clean measurement: this script neither learns from them nor
scores them. ``../shared/corpus/dev.jsonl`` is not used either (the models never carry its n-grams).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_models import build  # noqa: E402

import rules.conditions  # noqa: E402
from rules.loader import load_ruleset  # noqa: E402
from rules.text.models import parse_models  # noqa: E402
from services.evaluation import Report, pool, read_corpus, run  # noqa: E402

# never read (see eval/README.md): the waves that measure the pack on reporting nobody has looked at
UNREAD = {
    *("cr", "cs", "ct", "cu"),
    *("io", "ip", "iq", "ir", "is", "it"),
    *("og", "oh", "oi"),
    *("st", "su", "sv", "sw", "sx", "sy"),
    *("up", "uq", "ur", "us", "ut", "uu"),
    *("uv", "uw", "ux", "uy", "uz", "va"),
    *("vb", "vc", "vd", "ve", "vf", "vg"),
    *("vh", "vi", "vj", "vk", "vl", "vm"),
    *("vn", "vo", "vp", "vq", "vr", "vs"),
    *("vt", "vu", "vv", "vw", "vx", "vy"),
    *("vz", "wa", "wb", "wc", "wd", "we"),
    *("wf", "wg", "wh", "wi", "wj", "wk"),
    *("wl", "wm", "wn", "wo", "wp", "wq"),
    *("wr", "ws", "wt", "wu", "wv", "ww"),
    *("wx", "wy", "wz", "xa", "xb", "xc"),
    *("xd", "xe", "xf", "xg", "xh", "xi"),
    *("xj", "xk", "xl", "xm", "xn", "xo"),
    *("xp", "xq", "xr", "xs", "xt", "xu"),
    *("xv", "xw", "xx", "xy", "xz", "ya"),
    *("yb", "yc", "yd", "ye", "yf", "yg"),
    *("yh", "yi", "yj", "yk", "yl", "ym"),
}
CATEGORIES = ("ceasefire", "confirmation_gap", "toll_revision")


def read_files() -> list[Path]:
    files = sorted((ROOT / "eval").glob("team-*.jsonl"))
    return files + [p for p in sorted((ROOT / "eval" / "blind").glob("*.jsonl")) if p.stem not in UNREAD]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="print the passages the model changes")
    args = parser.parse_args()
    files = read_files()
    corpora = {path: read_corpus(path) for path in files}
    off = Path(tempfile.mkdtemp()) / "off.yaml"
    off.write_text("disable: [gap.model]\n", encoding="utf-8")
    pack = load_ruleset([off.parent])
    reports: dict[str, list[Report]] = {"pack": [], "extra": []}
    for fold, (train, test) in enumerate(GroupKFold(args.folds).split(files, groups=[str(p) for p in files])):
        doc, n_terms = build([files[i] for i in train])
        models = parse_models(doc, f"fold {fold}")
        # the classifier conditions read this fold's models (load_models is looked up when a rule compiles)
        rules.conditions.load_models = lambda path=None, models=models: models  # type: ignore[assignment]
        extra = load_ruleset()
        held = [files[i] for i in test]
        for name, ruleset in (("pack", pack), ("extra", extra)):
            reports[name] += [run(corpora[path], ruleset) for path in held]
        print(
            f"fold {fold}: trained on {doc['passages']} passages ({n_terms} terms), scored {len(held)} files"
        )
    pooled = {name: {s.category: s for s in pool(found).scores} for name, found in reports.items()}
    texts = {r.id: r.text for records in corpora.values() for r in records}
    print(f"{'category':<18} {'no gap.model':>16} {'with gap.model':>18}   precision        recall")
    for cat in CATEGORIES:
        a, b = pooled["pack"][cat], pooled["extra"][cat]
        print(
            f"{cat:<18} {f'{a.tp}/{a.fp}/{a.fn}':>16} {f'{b.tp}/{b.fp}/{b.fn}':>18}   "
            f"{a.precision:.3f} -> {b.precision:.3f}   {a.recall:.3f} -> {b.recall:.3f}"
        )
        if args.show:
            for kind, before, after in (
                ("FP", a.false_positives, b.false_positives),
                ("TP", b.false_negatives, a.false_negatives),
            ):
                for rid in sorted(set(after) - set(before)):
                    print(f"  +{kind} {cat} {rid}: {texts[rid]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
