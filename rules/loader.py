"""Loading rule files into a :class:`~rules.matcher.RuleSet`, refusing bad ones with file:line.

``load_ruleset(user_dirs, shipped=True)`` reads the shipped pack (``rules/packs/*.yaml``) and then
each user directory in order (``*.yaml``/``*.yml``, sorted by name). It reports *every* problem in
one :class:`~wirewatch.errors.RuleError` as ``(file, line, message)``:

- invalid YAML, duplicate mapping keys, a top level that is not a mapping;
- schema violations (unknown keys, wrong types, bad ids, templates that do not compile), with the
  line of the offending node: the YAML is composed into a node tree and the pydantic error location
  is walked down it;
- duplicate rule ids (a later directory may replace a rule only with ``override: true``, or switch
  an earlier directory's rule off by naming it under ``disable:``; a name no earlier rule has is
  refused), lists,
  macros or extract sets defined twice in one directory, unknown ``$list``, macro or extract set
  names, RE2 patterns that do not compile (RE2 has no backtracking, so that is what a non-linear
  pattern does).

Lists, macros, extract sets, actor aliases and modality cues are shared by every file of the set; a
later directory may redefine a list, macro or extract set by name. Loading has no side effects, so
calling it again on reload is safe: on failure the caller keeps the set it already has.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from rules.conditions import CompileError, Compiler
from rules.matcher import CompiledRule, RuleSet, compile_rule
from rules.patterns import PatternError
from rules.roles import CLAIM_OWNER_NOUNS
from rules.schema import Condition, Extract, Rule, RuleFile
from rules.templates import Template, TemplateError
from rules.text.actors import Gazetteer, shipped_gazetteer
from rules.text.modality import ModalityModel, shipped_modality
from wirewatch.errors import RuleError
from wirewatch.yamlio import compose_and_load

PACK_DIR = Path(__file__).resolve().parent / "packs"
Problem = tuple[str, int, str]


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _child(node: yaml.Node, key: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if str(k.value) == str(key):
                value: yaml.Node = v
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None


def _key_node(node: yaml.Node, key: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, _v in node.value:
            if str(k.value) == str(key):
                found: yaml.Node = k
                return found
    return None


def node_at(root: yaml.Node, loc: Sequence[Any]) -> yaml.Node:
    """The deepest node along ``loc`` (a pydantic error location)."""
    node = root
    for n, part in enumerate(loc):
        nxt = _child(node, part)
        if nxt is None:
            if n == len(loc) - 1:  # an unknown key: point at the key itself
                key = _key_node(node, part)
                return key if key is not None else node
            continue  # union-member names and the like are not in the YAML
        node = nxt
    return node


def _duplicate_keys(node: yaml.Node, path: str, out: list[Problem]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            if str(k.value) in seen:
                out.append((path, _line(k), f"duplicate key {k.value!r}"))
            seen.add(str(k.value))
            _duplicate_keys(v, path, out)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _duplicate_keys(v, path, out)


def _scalar_line(node: yaml.Node, value: str) -> int | None:
    if isinstance(node, yaml.ScalarNode) and (node.value == value or value in str(node.value)):
        return _line(node)
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    for child in children:
        found = _scalar_line(child, value)
        if found is not None:
            return found
    return None


def parse_file(path: Path) -> tuple[RuleFile | None, yaml.Node | None, list[Problem]]:
    """Parse and validate one rule file; problems carry file and line."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        root, data = compose_and_load(text)
    except OSError as exc:
        return None, None, [(name, 1, f"cannot read: {exc.strerror or exc}")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return None, None, [(name, line, f"invalid YAML: {getattr(exc, 'problem', None) or exc}")]
    if root is None:
        return RuleFile(), None, []
    problems: list[Problem] = []
    _duplicate_keys(root, name, problems)
    if not isinstance(root, yaml.MappingNode):
        return None, root, [(name, _line(root), "a rule file must be a mapping (lists:, macros:, rules:)")]
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = [p for p in err["loc"] if p not in {"function-after[_exactly_one(), Condition]"}]
            where = ".".join(str(p) for p in loc)
            msg = err["msg"]
            if isinstance(err.get("input"), bool) and "string" in msg:
                msg += " (YAML reads unquoted no/yes/on/off/true/false as booleans: quote the word)"
            problems.append((name, _line(node_at(root, loc)), f"{where}: {msg}"))
        return None, root, problems
    for i, rule in enumerate(parsed.rules):
        rule_node = node_at(root, ["rules", i])
        for field in ("summary", "dedup_key"):
            try:
                Template(getattr(rule, field))
            except TemplateError as exc:
                problems.append((name, _line(node_at(rule_node, [field])), f"rule {rule.id}: {field}: {exc}"))
    return (parsed if not problems else None), root, problems


def _level(where: str) -> int:
    """The directory level of a rule's ``"<level>\\x00<file>"`` origin (0: the first directory)."""
    return int(where.split("\x00")[0])


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a directory (or the file itself), sorted by name."""
    if directory.is_file():
        return [directory]
    return sorted(p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())


def load_ruleset(user_dirs: Sequence[Path] = (), *, shipped: bool = True) -> RuleSet:
    """The shipped pack plus ``user_dirs``, compiled; raises RuleError listing every problem."""
    dirs = ([PACK_DIR] if shipped else []) + [Path(d) for d in user_dirs]
    problems: list[Problem] = []
    lists: dict[str, list[str]] = {}
    macros: dict[str, Condition] = {}
    extracts: dict[str, dict[str, Extract]] = {}
    rules: dict[str, tuple[Rule, str, yaml.Node]] = {}
    sections: list[dict[str, Any]] = []
    modality: list[dict[str, Any]] = []
    owner_list = ("lists", 1)  # where the claim_owner_nouns list (the compiler reads it) is defined
    for level, directory in enumerate(dirs):
        if not directory.exists():
            problems.append((str(directory), 1, "rule directory does not exist"))
            continue
        defined_here: dict[str, str] = {}
        for path in rule_files(directory):
            parsed, root, found = parse_file(path)
            problems.extend(found)
            if parsed is None or root is None:
                continue
            name = str(path)
            tables = (
                ("list", lists, parsed.lists),
                ("macro", macros, parsed.macros),
                ("extract", extracts, parsed.extracts),
            )
            for kind, table, incoming in tables:
                for key, value in incoming.items():
                    tag = f"{kind}:{key}"
                    if tag in defined_here:
                        line = _line(node_at(root, [kind + "s", key]))
                        problems.append(
                            (name, line, f"{kind} {key!r} already defined in {defined_here[tag]}")
                        )
                    defined_here[tag] = name
                    table[key] = value  # type: ignore[assignment]
                    if kind == "list" and key == CLAIM_OWNER_NOUNS:
                        owner_list = (name, _line(node_at(root, ["lists", key])))
            if parsed.actors or parsed.institutions:
                sections.append({"actors": parsed.actors, "institutions": parsed.institutions})
            if parsed.modality:
                modality.append(parsed.modality)
            for i, rule in enumerate(parsed.rules):
                node = node_at(root, ["rules", i])
                prior = rules.get(rule.id)
                if prior is not None:
                    prior_level = _level(prior[1])
                    if prior_level == level or not rule.override:
                        hint = "" if prior_level == level else " (set override: true to replace it)"
                        where = prior[1].split("\x00")[1]
                        problems.append(
                            (name, _line(node), f"duplicate rule id {rule.id!r}, first in {where}{hint}")
                        )
                        continue
                rules[rule.id] = (rule, f"{level}\x00{name}", node)
            for i, rule_id in enumerate(parsed.disable):
                earlier = rules.get(rule_id)
                if earlier is None or _level(earlier[1]) == level:
                    at = _line(node_at(root, ["disable", i]))
                    problems.append((name, at, f"disable: no rule {rule_id!r} in an earlier directory"))
                    continue
                rules[rule_id] = (earlier[0].model_copy(update={"enabled": False}), earlier[1], earlier[2])
    gazetteer = Gazetteer(sections) if sections else shipped_gazetteer()
    try:
        model = ModalityModel(modality) if modality else shipped_modality()
    except (ValueError, TypeError, AttributeError) as exc:
        problems.append(("modality", 1, f"invalid modality section: {exc}"))
        model = shipped_modality()
    try:
        compiler = Compiler(lists, macros)
    except CompileError as exc:  # a list the compiler reads itself (claim_owner_nouns) does not compile
        problems.append((*owner_list, f"list {CLAIM_OWNER_NOUNS!r}: {exc}"))
        raise RuleError(sorted(problems, key=lambda p: (p[0], p[1]))) from exc
    compiled: list[CompiledRule] = []
    for rule, where, node in rules.values():
        source = where.split("\x00")[1]
        if rule.extract_set is not None:
            if rule.extract_set not in extracts:
                line = _line(node_at(node, ["extract_set"]))
                problems.append((source, line, f"rule {rule.id}: unknown extract set {rule.extract_set!r}"))
                continue
            rule = _with_extract_set(rule, extracts[rule.extract_set])
        try:
            compiled.append(compile_rule(rule, (source, _line(node)), compiler))
        except (CompileError, PatternError, TemplateError) as exc:
            message = str(exc)
            line = _line(node)
            for token in message.replace("'", " ").split():
                if token.startswith("$"):  # point at the line that uses the unknown list
                    line = _scalar_line(node, token) or line
                    break
            problems.append((source, line, f"rule {rule.id}: {message}"))
    if not problems:
        try:
            compiler.regexes.build()
        except PatternError as exc:  # each pattern compiled alone; only their sum can fail here
            problems.append(("regex set", 1, str(exc)))
    if problems:
        raise RuleError(sorted(problems, key=lambda p: (p[0], p[1])))
    return RuleSet(compiled, gazetteer, model, compiler.story_topics)


def _with_extract_set(rule: Rule, named: dict[str, Extract]) -> Rule:
    """``rule`` with its extract set's entries first, then its own (an own entry of the same name
    replaces the set's in place: the order of actor extracts decides which actor each one takes)."""
    merged = dict(named)
    merged.update(rule.extract)
    return rule.model_copy(update={"extract": merged})
