"""Loading rule files: every problem refused with file and line; lists, macros and overrides."""

from pathlib import Path
from textwrap import dedent

import pytest
import yaml

from rules.conditions import Compiler
from rules.loader import PACK_DIR, load_ruleset
from rules.matcher import RuleSet
from rules.roles import CLAIM_OWNER_NOUNS
from wirewatch.errors import RuleError

GOOD = """\
lists:
  shelling_words: [shelling, bombardment]
rules:
  - id: user.shelling
    title: Shelling reported
    category: shelling
    kind: event
    anchor: [$shelling_words]
    require:
      - actor: {role: any}
    summary: "Shelling near {{ party }}"
    extract:
      party: {actor: [first]}
    examples:
      match:
        - text: "Heavy shelling hit Kharkiv overnight, Ukraine said."
          values: {party: UA}
"""


def write(tmp_path: Path, text: str, name: str = "r.yaml") -> Path:
    (tmp_path / name).write_text(dedent(text), encoding="utf-8")
    return tmp_path


def problems(tmp_path: Path, text: str) -> list[tuple[str, int, str]]:
    with pytest.raises(RuleError) as info:
        load_ruleset([write(tmp_path, text)])
    return info.value.problems


def test_user_rules_load_next_to_the_shipped_pack(tmp_path: Path) -> None:
    """A valid user file adds its rule and can use its own list."""
    rs = load_ruleset([write(tmp_path, GOOD)])
    assert "user.shelling" in rs.ids and "ceasefire.status" in rs.ids
    [det] = rs.detect_text("Heavy shelling hit Kharkiv overnight, Ukraine said.", only=["user.shelling"])
    assert det.values["party"] == "UA"


def test_invalid_yaml_reports_its_line(tmp_path: Path) -> None:
    """Broken YAML is refused with the line of the error."""
    [(file, line, msg)] = problems(tmp_path, "rules:\n  - id: x\n    title: [unclosed\n")
    assert file.endswith("r.yaml") and line >= 3 and "invalid YAML" in msg


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    """An unknown key is reported on its own line."""
    text = GOOD.replace("    kind: event\n", "    kind: event\n    colour: red\n")
    found = problems(tmp_path, text)
    assert any(line == 8 and "colour" in msg for _f, line, msg in found)


def test_duplicate_rule_ids_are_refused(tmp_path: Path) -> None:
    """Two rules with one id in one directory are refused."""
    body = GOOD.split("rules:\n", 1)[1]
    text = GOOD + body
    found = problems(tmp_path, text)
    assert any("duplicate rule id 'user.shelling'" in msg for _f, _l, msg in found)


def test_replacing_a_shipped_rule_needs_override(tmp_path: Path) -> None:
    """Reusing a shipped id without override: true is refused; with it the rule is replaced."""
    text = GOOD.replace("user.shelling", "ceasefire.status")
    found = problems(tmp_path, text)
    assert any("override: true" in msg for _f, _l, msg in found)
    rs = load_ruleset(
        [write(tmp_path, text.replace("    kind: event\n", "    kind: event\n    override: true\n"))]
    )
    assert rs.get("ceasefire.status").category == "shelling"


def test_a_shipped_rule_is_switched_off_by_id(tmp_path: Path) -> None:
    """`disable:` switches an earlier directory's rule off without restating it; the rest stay on."""
    rs = load_ruleset([write(tmp_path, "disable: [gap.model]\n")])
    enabled = {rule.id for rule in rs.rules}
    assert "gap.model" not in enabled and "gap.silence" in enabled
    assert rs.get("gap.model").enabled is False


def test_disabling_an_unknown_rule_is_refused_with_its_line(tmp_path: Path) -> None:
    """A `disable:` entry no earlier rule has is refused on its own line (a typo switches nothing off)."""
    [(file, line, msg)] = problems(tmp_path, "disable:\n  - gap.silence\n  - gap.nosuch\n")
    assert file.endswith("r.yaml") and line == 3 and "no rule 'gap.nosuch'" in msg


def test_unknown_list_is_refused_with_the_line_that_uses_it(tmp_path: Path) -> None:
    """A $reference to a list nobody defined is reported on the referencing line."""
    found = problems(tmp_path, GOOD.replace("anchor: [$shelling_words]", "anchor: [$no_such_list]"))
    assert any(line == 8 and "unknown list $no_such_list" in msg for _f, line, msg in found)


def test_backtracking_regex_is_refused(tmp_path: Path) -> None:
    """A pattern needing backtracking (a backreference) does not compile under RE2."""
    text = GOOD.replace("      - actor: {role: any}", "      - regex: '(\\w+) \\1'")
    found = problems(tmp_path, text)
    assert any("not linear-time RE2" in msg for _f, _l, msg in found)


def test_a_revision_figure_of_injured_or_missing_only_is_refused(tmp_path: Path) -> None:
    """A revision figure of injured or missing counts only can never match, so it is refused on its line."""
    text = GOOD.replace(
        "      - actor: {role: any}", "      - figure: {revision: true, classes: [injured, missing]}"
    )
    found = problems(tmp_path, text)
    assert any(line == 10 and "can never match" in msg for _f, line, msg in found), found
    kept = GOOD.replace(
        "      - actor: {role: any}", "      - figure: {revision: true, classes: [injured, all]}"
    )
    assert load_ruleset([write(tmp_path, kept)])


def test_template_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    """A broken Jinja2 template is refused with its line."""
    found = problems(tmp_path, GOOD.replace('"Shelling near {{ party }}"', '"Shelling near {{ party "'))
    assert any(line == 11 and "template does not compile" in msg for _f, line, msg in found)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    """Several broken files give several problems in one error."""
    write(tmp_path, "rules: [1, 2]\n", "a.yaml")
    write(tmp_path, "lists: {x: [a]}\nrules:\n  - id: Bad Id\n", "b.yaml")
    with pytest.raises(RuleError) as info:
        load_ruleset([tmp_path])
    files = {Path(f).name for f, _l, _m in info.value.problems}
    assert files == {"a.yaml", "b.yaml"} and len(info.value.problems) >= 3


def test_user_lists_redefine_shipped_lists(tmp_path: Path) -> None:
    """A user directory may redefine a shipped list by name, and the shipped rules use it."""
    text = "lists:\n  ceasefire_terms: [ceasefire, truce, lull]\n"
    rs = load_ruleset([write(tmp_path, text)])
    assert rs.detect_text("A lull took effect at noon, officials said.", only=["ceasefire.status"])


#: the administration owns the assertion, so the coordinator who contradicts it is not the subject
OWNED_CLAIM = (
    "The regional administration's assertion that the outbreak had peaked was contradicted by the charity's "
    "field coordinator, who said admissions to the treatment tent were still increasing every day."
)


def _silent_parties(rs: RuleSet) -> list[object]:
    found = rs.detect_text(OWNED_CLAIM, year=2024)
    return [d.values.get("silent_party") for d in found if d.category == "confirmation_gap"]


def test_claim_owner_nouns_is_a_list_of_the_rule_set(tmp_path: Path) -> None:
    """The subject role skips the possessor of a word of ``claim_owner_nouns`` ("the administration's
    assertion"); a user directory may redefine the list like any other."""
    assert _silent_parties(load_ruleset()) == ["agency"]
    redefined = load_ruleset([write(tmp_path, f"lists:\n  {CLAIM_OWNER_NOUNS}: [claim, claims]\n")])
    assert _silent_parties(redefined) == ["gov"]


def test_without_claim_owner_nouns_the_shipped_words_apply() -> None:
    """A rule set that defines no ``claim_owner_nouns`` (user directories without the shipped pack)
    reads claim owners with the shipped list's words, which rules.conditions keeps as its fallback."""
    pack_lists = yaml.safe_load((PACK_DIR / "00-lists.yaml").read_text(encoding="utf-8"))["lists"]
    assert Compiler({}, {}).claim_owners.terms == tuple(pack_lists[CLAIM_OWNER_NOUNS])


def test_a_claim_owner_nouns_list_that_does_not_compile_is_refused(tmp_path: Path) -> None:
    """The compiler reads ``claim_owner_nouns`` itself, not through a rule: a bad one is a problem of
    the list's own line, not an exception."""
    found = problems(tmp_path, f"lists:\n  {CLAIM_OWNER_NOUNS}: [claims, $no_such_list]\n")
    assert [(Path(f).name, line) for f, line, _m in found] == [("r.yaml", 2)]
    assert "unknown list $no_such_list" in found[0][2]


def test_reload_is_repeatable_and_pure(tmp_path: Path) -> None:
    """Loading twice gives equal rule sets; a failed load leaves nothing behind."""
    a = load_ruleset([write(tmp_path, GOOD)])
    b = load_ruleset([tmp_path])
    assert a.ids == b.ids
    with pytest.raises(RuleError):
        load_ruleset([write(tmp_path, "rules: oops\n", "z.yaml")])
    (tmp_path / "z.yaml").unlink()
    assert load_ruleset([tmp_path]).ids == a.ids


def test_missing_directory_is_reported(tmp_path: Path) -> None:
    """A rule directory that does not exist is a problem, not a silent skip."""
    with pytest.raises(RuleError) as info:
        load_ruleset([tmp_path / "nope"])
    assert "does not exist" in info.value.problems[0][2]


def test_yaml_boolean_words_get_a_hint(tmp_path: Path) -> None:
    """An unquoted 'no' in a term list is explained, not just refused."""
    found = problems(tmp_path, GOOD.replace("[shelling, bombardment]", "[shelling, no]"))
    assert any(line == 2 and "quote the word" in msg for _f, line, msg in found)


EXTRACT_SET = """\
extracts:
  who_and_where:
    party: {actor: [first]}
    place: {value: somewhere}
rules:
  - id: user.shelling
    title: Shelling reported
    category: shelling
    kind: event
    anchor: [shelling]
    extract_set: who_and_where
    extract:
      place: {value: Kharkiv}
      source: {actor: [speaker]}
    summary: "Shelling near {{ party }}"
"""


def test_a_rule_takes_a_named_extract_set_and_adds_to_it(tmp_path: Path) -> None:
    """extract_set puts the set's entries first; the rule's own entries replace one in place or add."""
    rs = load_ruleset([write(tmp_path, EXTRACT_SET)])
    rule = rs.get("user.shelling")
    assert list(rule.extract) == ["party", "place", "source"]
    assert rule.extract["place"].value == "Kharkiv"
    [det] = rs.detect_text("Heavy shelling hit Kharkiv overnight, Ukraine said.", only=["user.shelling"])
    assert det.values["party"] == "UA" and det.values["place"] == "Kharkiv"


def test_shipped_rules_share_extract_sets() -> None:
    """The shipped gap and toll rules take their parties and figures from named sets."""
    rs = load_ruleset([])
    assert rs.get("gap.denial").extract_set == "gap_parties"
    assert list(rs.get("gap.denial").extract) == ["silent_party", "claimant", "subject"]
    assert "old" in rs.get("toll.versus").extract and "old" not in rs.get("toll.figure").extract


def test_unknown_extract_set_is_refused_with_its_line(tmp_path: Path) -> None:
    """A rule naming an extract set nobody defined is reported on the extract_set line."""
    found = problems(tmp_path, EXTRACT_SET.replace("extract_set: who_and_where", "extract_set: no_such_set"))
    assert any(line == 11 and "unknown extract set 'no_such_set'" in msg for _f, line, msg in found)


def test_an_extract_set_defined_twice_in_one_directory_is_refused(tmp_path: Path) -> None:
    """Two files of one directory defining the same extract set is a problem, like a macro."""
    write(tmp_path, EXTRACT_SET, "a.yaml")
    found = problems(tmp_path, "extracts:\n  who_and_where:\n    party: {actor: [first]}\n")
    assert any("extract 'who_and_where' already defined" in msg for _f, _l, msg in found)
