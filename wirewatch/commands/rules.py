"""``wirewatch rules lint|test|schema``: check rule files, run their examples, print the JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wirewatch.errors import RuleError


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "rules", help="lint rule files, run their examples, print the schema"
    )
    cmds = parser.add_subparsers(dest="rules_command", metavar="ACTION")
    lint = cmds.add_parser("lint", help="validate rule files; print file:line: problem; exit 1 on errors")
    lint.add_argument("dir", nargs="?", type=Path, help="user rule directory (default: the shipped pack)")
    lint.set_defaults(handler=handle_lint)
    test = cmds.add_parser("test", help="run the inline match/no_match examples of every rule")
    test.add_argument("dir", nargs="?", type=Path, help="user rule directory (default: the shipped pack)")
    test.set_defaults(handler=handle_test)
    schema = cmds.add_parser("schema", help="print the JSON Schema of rule files")
    schema.add_argument("--output", type=Path, help="write to this file instead of stdout")
    schema.set_defaults(handler=handle_schema)

    def usage(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=usage)


def _load(directory: Path | None) -> Any:
    from rules.loader import load_ruleset

    return load_ruleset([directory] if directory is not None else [])


def handle_lint(args: argparse.Namespace) -> int:
    try:
        ruleset = _load(args.dir)
    except RuleError as exc:
        for file, line, message in exc.problems:
            print(f"{file}:{line}: {message}")
        print(f"{len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    scope = f"{args.dir}" if args.dir is not None else "shipped pack"
    print(f"{scope}: {len(ruleset.all_rules)} rules OK ({len(ruleset.rules)} enabled)")
    return 0


def handle_test(args: argparse.Namespace) -> int:
    try:
        ruleset = _load(args.dir)
    except RuleError as exc:
        for file, line, message in exc.problems:
            print(f"{file}:{line}: {message}")
        return 1
    from rules.examples import check_examples
    from rules.loader import parse_file, rule_files

    ids: set[str] | None = None
    if args.dir is not None:
        ids = set()
        for path in rule_files(args.dir):
            parsed, _root, _problems = parse_file(path)
            if parsed is not None:
                ids.update(r.id for r in parsed.rules)
    count, failures = check_examples(ruleset, ids)
    for f in failures:
        print(f"{f.file}:{f.line}: {f.rule}: {f.message}")
    print(f"{count} examples, {len(failures)} failed")
    return 1 if failures else 0


def handle_schema(args: argparse.Namespace) -> int:
    from rules.schema import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
