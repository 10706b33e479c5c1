"""Train the passage models that ``model:`` rule conditions read (rules/text/models.py).

    python scripts/train_models.py            # needs scikit-learn and numpy (pip install scikit-learn)

Writes ``rules/data/models/passages.json``: one TF-IDF vocabulary (word 1-3-grams, sublinear tf,
l2 norm) and, per category, a logistic-regression weight for each term and an intercept. The
runtime reads the file with plain Python (no scikit-learn, no download); ``checks`` holds
probabilities scikit-learn computed for a few texts, which the tests compare with the runtime's.

Training data is the team's own labelled writing only: ``eval/team-*.jsonl`` and the blind batches
that have been tuned on. Held out, and never read here: ``../shared/corpus/dev.jsonl`` (the real
reporting, so the models carry no n-gram of it) and the batches kept for clean measurement
(HELD_OUT below). Settings (min_df 3, C 4, balanced classes) were chosen among six, comparing the
held-out batches' figures; eval/README.md says so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "data" / "models" / "passages.json"
# The batches the shipped model file was trained without: the held-out sets of its day (cr-cu, cv-da)
# and the batches written after it (db-dg, dh-dm, dn-ds), so that a rerun reproduces the file. A retrain
# with cv-dg included was measured (thirteenth session) and gave no more gaps on dh-dm and one more
# false one on cr-cu, so the file was kept.
HELD_OUT = {
    *("cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da"),
    *("db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm"),
    *("dn", "do", "dp", "dq", "dr", "ds"),
    # written in the fourteenth session, after this file was trained (none is in its training data)
    *("dt", "du", "dv", "dw", "dx", "dy", "ea", "eb", "ec", "ed", "ee", "ef", "eg", "eh", "ei", "ej"),
    *("ek", "el", "em", "en", "eo", "ep", "eq", "er", "es", "et", "eu", "ev"),
    *("ew", "ex", "ey", "ez", "fa", "fb"),
    # written in the fifteenth session
    *("fc", "fd", "fe", "ff", "fg", "fh", "fi", "fj", "fk", "fl", "fm", "fn"),
    *("fo", "fp", "fq", "fr", "fs", "ft", "fu", "fv", "fw", "fx", "fy", "fz"),
    *("ga", "gb", "gc", "gd", "ge", "gf", "gg", "gh", "gi", "gj", "gk", "gl"),
    *("gm", "gn", "go", "gp", "gq", "gr", "gs", "gt", "gu", "gv", "gw", "gx"),
    *("gy", "gz", "ha", "hb", "hc", "hd"),
    # written in the sixteenth session
    *("he", "hf", "hg", "hh", "hi", "hj", "hk", "hl", "hm", "hn", "ho", "hp"),
    *("hq", "hr", "hs", "ht", "hu", "hv", "hw", "hx", "hy", "hz", "ia", "ib"),
    # written in the seventeenth session
    *("ic", "id", "ie", "if", "ig", "ih", "ii", "ij", "ik", "il", "im", "in"),
    *("io", "ip", "iq", "ir", "is", "it"),
    # written in the eighteenth session
    *("iu", "iv", "iw", "ix", "iy", "iz", "ja"),
    *("jb", "jc", "jd", "je", "jf", "jg"),
    # written in the nineteenth session
    *("jh", "ji", "jj", "jk", "jl", "jm"),
    *("jn", "jo", "jp", "jq", "jr", "js"),
    *("jt", "ju", "jv", "jw", "jx", "jy"),
    # written in the twentieth session
    *("jz", "ka", "kb", "kc", "kd", "ke"),
    *("kf", "kg", "kh", "ki", "kj", "kk"),
    *("kl", "km", "kn", "ko", "kp", "kq"),
    # written in the twenty-first session
    *("kr", "ks", "kt", "ku", "kv", "kw"),
    *("kx", "ky", "kz", "la", "lb", "lc"),
    *("ld", "le", "lf", "lg", "lh", "li"),
    # written in the twenty-second session
    *("lj", "lk", "ll", "lm", "ln", "lo"),
    *("lp", "lq", "lr", "ls", "lt", "lu"),
    *("lv", "lw", "lx", "ly", "lz", "ma"),
    # written in the twenty-third session
    *("mb", "mc", "md", "me", "mf", "mg"),
    *("mh", "mi", "mj", "mk", "ml", "mm"),
    *("mn", "mo", "mp", "mq", "mr", "ms"),
    # written in the twenty-fourth session
    *("mt", "mu", "mv", "mw", "mx", "my"),
    *("mz", "na", "nb", "nc", "nd", "ne"),
    *("nf", "ng", "nh", "ni", "nj", "nk"),
    *("nl", "nm", "nn", "no", "np", "nq"),
    *("nr", "ns", "nt", "nu", "nv", "nw"),
    # written in the twenty-fifth session
    *("nx", "ny", "nz", "oa", "ob", "oc"),
    *("od", "oe", "of", "og", "oh", "oi"),
    *("oj", "ok", "ol", "om", "on", "oo"),
    # written in the twenty-sixth session
    *("op", "oq", "or", "os", "ot", "ou"),
    *("ov", "ow", "ox", "oy", "oz", "pa"),
    *("pb", "pc", "pd", "pe", "pf", "pg"),
    *("ph", "pi", "pj", "pk", "pl", "pm"),
    # written in the twenty-seventh session
    *("pn", "po", "pp", "pq", "pr", "ps"),
    *("pt", "pu", "pv", "pw", "px", "py"),
    *("pz", "qa", "qb", "qc", "qd", "qe"),
    *("qf", "qg", "qh", "qi", "qj", "qk"),
    *("ql", "qm", "qn", "qo", "qp", "qq"),
    # written in the twenty-eighth session
    *("qr", "qs", "qt", "qu", "qv", "qw"),
    *("qx", "qy", "qz", "ra", "rb", "rc"),
    *("rd", "re", "rf", "rg", "rh", "ri"),
    *("rj", "rk", "rl", "rm", "rn", "ro"),
    *("rp", "rq", "rr", "rs", "rt", "ru"),
    # written in the twenty-ninth session
    *("rv", "rw", "rx", "ry", "rz", "sa"),
    *("sb", "sc", "sd", "se", "sf", "sg"),
    *("sh", "si", "sj", "sk", "sl", "sm"),
    *("sn", "so", "sp", "sq", "sr", "ss"),
    *("st", "su", "sv", "sw", "sx", "sy"),
    *("sz", "ta", "tb", "tc", "td", "te"),
    # written in the thirtieth session
    *("tf", "tg", "th", "ti", "tj", "tk"),
    *("tl", "tm", "tn", "to", "tp", "tq"),
    *("tr", "ts", "tt", "tu", "tv", "tw"),
    *("tx", "ty", "tz", "ua", "ub", "uc"),
    *("ud", "ue", "uf", "ug", "uh", "ui"),
    *("uj", "uk", "ul", "um", "un", "uo"),
    # written in the thirty-first session
    *("up", "uq", "ur", "us", "ut", "uu"),
    *("uv", "uw", "ux", "uy", "uz", "va"),
    *("vb", "vc", "vd", "ve", "vf", "vg"),
    # written in the thirty-second session
    *("vh", "vi", "vj", "vk", "vl", "vm"),
    *("vn", "vo", "vp", "vq", "vr", "vs"),
    # written in the thirty-third session
    *("vt", "vu", "vv", "vw", "vx", "vy"),
    *("vz", "wa", "wb", "wc", "wd", "we"),
    # written in the thirty-fourth session
    *("wf", "wg", "wh", "wi", "wj", "wk"),
    *("wl", "wm", "wn", "wo", "wp", "wq"),
    # written in the thirty-fifth session
    *("wr", "ws", "wt", "wu", "wv", "ww"),
    *("wx", "wy", "wz", "xa", "xb", "xc"),
    *("xd", "xe", "xf", "xg", "xh", "xi"),
    *("xj", "xk", "xl", "xm", "xn", "xo"),
    # written in the thirty-sixth session
    *("xp", "xq", "xr", "xs", "xt", "xu"),
    *("xv", "xw", "xx", "xy", "xz", "ya"),
    # written in the thirty-seventh session
    *("yb", "yc", "yd", "ye", "yf", "yg"),
    *("yh", "yi", "yj", "yk", "yl", "ym"),
}
CATEGORIES = ("ceasefire", "confirmation_gap")
CHECKS = [
    "A truce between the two armies took effect at noon on Monday, officials said.",
    "The envoy urged both sides to agree to an immediate truce.",
    "The army said none of its units had opened fire and called the report a fabrication.",
    "The ministry has not commented on the rebels' claim.",
]


def corpus_files(held_out: set[str] = HELD_OUT) -> list[Path]:
    files = sorted((ROOT / "eval").glob("team-*.jsonl"))
    files += [p for p in sorted((ROOT / "eval" / "blind").glob("*.jsonl")) if p.stem not in held_out]
    return files


def build(files: list[Path]) -> tuple[dict[str, Any], int]:
    """The model file's content trained on the records of ``files``, and its vocabulary size."""
    texts: list[str] = []
    labels: dict[str, list[bool]] = {c: [] for c in CATEGORIES}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            texts.append(rec["text"])
            for c in CATEGORIES:
                labels[c].append(bool(rec["labels"][c]))
    vec = TfidfVectorizer(ngram_range=(1, 3), min_df=3, sublinear_tf=True)
    x = vec.fit_transform(texts)
    terms = vec.get_feature_names_out()
    models = {}
    checks = {c: [] for c in CATEGORIES}
    for c in CATEGORIES:
        clf = LogisticRegression(C=4.0, max_iter=5000, class_weight="balanced").fit(x, np.array(labels[c]))
        coef = clf.coef_[0]
        models[c] = {
            "intercept": float(clf.intercept_[0]),
            "coef": {str(t): round(float(w), 6) for t, w in zip(terms, coef, strict=True) if abs(w) >= 1e-6},
        }
        # the probabilities the runtime must reproduce (with the rounded weights written here)
        checks[c] = [float(p) for p in clf.predict_proba(vec.transform(CHECKS))[:, 1]]
    doc = {
        "format": 1,
        "features": {
            "ngram_max": 3,
            "token_pattern": r"(?u)\b\w\w+\b",
            "lowercase": True,
            "sublinear_tf": True,
        },
        "trained_on": {
            str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files
        },
        "passages": len(texts),
        "idf": {str(t): round(float(v), 6) for t, v in zip(terms, vec.idf_, strict=True)},
        "models": models,
        "checks": {"texts": CHECKS, "probabilities": checks, "tolerance": 1e-3},
    }
    return doc, len(terms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model file")
    parser.add_argument(
        "--held-out",
        metavar="BATCHES",
        help="comma-separated blind batch names to keep out instead of HELD_OUT (to try a retrain, e.g. on "
        "every batch read so far: write it with --out into a copy of the tree, run wirewatch eval there)",
    )
    args = parser.parse_args(argv)
    held_out = set(args.held_out.split(",")) if args.held_out else HELD_OUT
    files = corpus_files(held_out)
    doc, n_terms = build(files)
    args.out.write_text(json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {n_terms} terms, {doc['passages']} passages from {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
