"""RE2 patterns and the two-step prefilter."""

import random

import pytest

from rules.patterns import (
    NORMALISE,
    PatternError,
    Prefilter,
    RegexBank,
    compile_regex,
    key_literals,
    normalise,
    spell_out,
    with_letters,
)


def test_linear_patterns_compile_case_insensitively() -> None:
    """An RE2 pattern compiles and matches regardless of case."""
    assert compile_regex(r"\btruce\b").search("A TRUCE held") is not None


@pytest.mark.parametrize("pattern", [r"(a+)\1", r"(?=truce)t", r"(?<!no )truce"])
def test_backtracking_constructs_are_refused(pattern: str) -> None:
    """Backreferences and look-around need backtracking and are refused."""
    with pytest.raises(PatternError):
        compile_regex(pattern)


def test_regex_bank_answers_as_one_search_per_pattern() -> None:
    """The bank's one set pass reports exactly the patterns a case-insensitive search finds."""
    patterns = [r"\btruce\b", r"^the", r"held\.$", r"(took|takes) effect", r"\d+ (dead|killed)", r"x*"]
    texts = [
        "The TRUCE held.",
        "A truce took effect at noon; 12 dead",
        "the weekend ceasefire took effect",
        "",
        "Truces held. Then nothing",
    ]
    bank = RegexBank()
    index = {p: bank.add(p) for p in patterns}
    assert sorted(index.values()) == list(range(len(patterns))) and len(bank) == len(patterns)
    for text in texts:
        expected = {index[p] for p in patterns if compile_regex(p).search(text) is not None}
        assert bank.matching(text) == expected, text


def test_regex_bank_keeps_indices_and_rebuilds_after_an_add() -> None:
    """A pattern added twice keeps its index; one added after a match is matched too."""
    bank = RegexBank()
    first = bank.add(r"\btruce\b")
    assert bank.add(r"\btruce\b") == first and bank.matching("no ceasefire") == frozenset()
    second = bank.add(r"cease-?fire")
    assert bank.matching("a ceasefire and a truce") == {first, second}


def test_regex_bank_refuses_a_backtracking_pattern_with_its_message() -> None:
    """A pattern RE2 cannot compile is refused alone, naming the pattern, and the bank still works."""
    bank = RegexBank()
    kept = bank.add("truce")
    with pytest.raises(PatternError, match=r"pattern .\(a\+\).* is not linear-time RE2"):
        bank.add(r"(a+)\1")
    assert bank.matching("TRUCE") == {kept} and len(bank) == 1


def test_regex_bank_too_large_for_its_budget_is_refused_at_build() -> None:
    """A set RE2 cannot fit in its memory budget is a PatternError from build, not a silent miss."""
    bank = RegexBank(max_mem=1 << 12)
    for pattern in (r"\btruce\b", r"(took|takes) effect", r"\d+ (dead|killed)"):
        bank.add(pattern)
    with pytest.raises(PatternError, match="do not compile as one RE2 set"):
        bank.build()


def test_prefilter_finds_keys_at_word_starts_only() -> None:
    """Keys match at word starts, across hyphen/space variants; offsets index the text."""
    pf = Prefilter(["cease fire", "end"])
    text = "The weekend cease-fire held to the end."
    assert pf.present(text) == {"cease fire", "end"}
    located = pf.locate(text)
    assert [text[o : o + 10] for o in located["cease fire"]] == ["cease-fire"]
    assert [text[o : o + 3] for o in located["end"]] == ["end"]


def test_single_quoted_words_are_found_apostrophes_stay() -> None:
    """A word in ASCII single quotes is found at its start; an apostrophe in or after a word is kept."""
    pf = Prefilter(["baseless", "s claims"])
    text = "Kyiv called the rebels' claims 'baseless', the ministry's spokesman said."
    located = pf.locate(text)
    assert [text[o : o + 8] for o in located["baseless"]] == ["baseless"]
    assert "s claims" not in located  # "rebels' claims": the apostrophe is no word start
    assert len(normalise(text)) == len(text) + 1


def test_normalise_of_ascii_text_equals_the_translation() -> None:
    """normalise's ASCII path (a replace per mapped character) gives what the table's translate gives."""
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(128)]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2000)]
    texts += ["Kyiv called the rebels' claims 'baseless' (cease-fire) [a/b] \"x\"\n\tEnd"]
    for text in texts:
        assert normalise(text) == " " + text.lower().translate(NORMALISE).replace(" '", "  ")
    text = "A “truce” – the rebels’ cease‑fire"  # not ASCII: the table itself
    assert normalise(text) == " " + text.lower().translate(NORMALISE).replace(" '", "  ")


def test_empty_prefilter() -> None:
    """A prefilter without keys finds nothing."""
    pf = Prefilter([])
    assert pf.present("anything") == frozenset() and pf.locate("anything") == {}


def test_scan_of_a_key_subset_equals_the_full_scan_restricted() -> None:
    """scan(keys=...) gives the full scan's offsets for those keys (str.find and automaton paths)."""
    keys = [f"w{i}" for i in range(40)] + ["cease fire", "cease fire*", "a a", "end", "end*"]
    pf = Prefilter(keys)
    text = "A a a a cease-fire ended; w1 w12 w1x the end. W3 w39 a a" * 3
    lowered = normalise(text)
    full = pf.scan(lowered)
    for subset in (["a a", "end", "end*"], ["cease fire*", "w1"], keys, ["w7"], []):
        wanted = frozenset(subset)
        assert pf.scan(lowered, wanted) == {k: v for k, v in full.items() if k in wanted}
    assert full["a a"][:3] == [0, 2, 4]  # overlapping occurrences, each reported


def test_key_literals_spell_a_contracted_not() -> None:
    """A key's "not" is also the "n't" of the word before; a key opening with it may start in a word."""
    assert key_literals("had not") == (("had not", True), ("hadn't", True))
    assert key_literals("not been breached") == (("not been breached", True), ("n't been breached", False))
    assert key_literals("did not comment") == (("did not comment", True), ("didn't comment", True))
    assert key_literals("not*") == (("not", True),)  # a prefix ("nothing", "noted") is no contraction
    assert key_literals("cease fire") == (("cease fire", True),)


@pytest.mark.parametrize(
    ("key", "text", "found"),
    [
        ("had not", "Troops hadn't fired, the army said.", "hadn't"),
        ("had not", "Troops hadn’t fired, the army said.", "hadn’t"),
        ("not", "The army didn't comment.", "n't"),
        ("not", "THE ARMY DIDN’T COMMENT.", "N’T"),
        ("not been breached", "The truce hasn't been breached.", "n't been breached"),
    ],
)
def test_prefilter_finds_a_key_in_its_contracted_spelling(key: str, text: str, found: str) -> None:
    """The RE2 pass and both scans (str.find and the automaton) find a contracted "not", at its offset."""
    many = [key, *(f"w{i}" for i in range(40))]  # enough literals for the subset scan's automaton
    for pf in (Prefilter([key]), Prefilter(many)):
        assert key in pf.present(text)
        located = pf.locate(text)
        assert [text[o : o + len(found)] for o in located[key]] == [found]
        lowered = normalise(text)
        assert pf.scan(lowered, frozenset([key]), pf.present_indices(text)) == {key: located[key]}
        assert pf.scan(lowered, frozenset(many)).get(key) == located[key]


def test_prefilter_finds_both_spellings_in_order() -> None:
    """An item with the full and the contracted spelling reports both offsets, in text order."""
    text = "They hadn't fired; they had not shelled; they hadn't moved."
    pf = Prefilter(["had not"])
    assert pf.locate(text)["had not"] == [5, 24, 46]
    assert pf.scan(normalise(text), frozenset(["had not"]), pf.present_indices(text)) == {
        "had not": [5, 24, 46]
    }


def test_a_contracted_not_ends_a_word() -> None:
    """A "not" key is no prefix of a longer word, contracted or not ("nothing", "noted", "cannot")."""
    assert Prefilter(["not"]).present("Nothing was noted; they cannot say.") == frozenset()


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("Troops hadn't fired.", "Troops had not fired."),
        (
            "It WASN’T true, they won't say and can't confirm.",
            "It WAS not true, they will not say and can not confirm.",
        ),
        ("The rebels' claim, Kyiv's reply.", "The rebels' claim, Kyiv's reply."),
        ("No contraction here.", "No contraction here."),
    ],
)
def test_spell_out_reads_contractions_as_the_tokeniser_does(text: str, spelled: str) -> None:
    """spell_out writes a contracted "not" as a word ("won't" as "will not"); other apostrophes stay."""
    assert spell_out(text) == spelled


def test_regex_conditions_see_a_contraction_spelled_out() -> None:
    """A pattern written for "had not" matches "hadn't": RegexBank.matching spells contractions out."""
    bank = RegexBank()
    index = bank.add(r"\b(had|has)\s+not\s+fired\b")
    assert index in bank.matching("The army said its troops hadn’t fired on the convoy.")
    assert index not in bank.matching("The army said its troops had fired on the convoy.")


def test_word_classes_take_any_letter() -> None:
    """A run of words steps over an accented name ("Caamaño's"), inside a class or as one."""
    assert with_letters(r"[\w'-]+\s\w+") == r"[\w\pL'-]+\s[\w\pL]+"
    pattern = compile_regex(r"\bsaid\s+([\w'’.-]+\s+){1,3}maintained\b")
    assert pattern.search("U.S. officials said Colonel Caamaño's command maintained that")
    bank = RegexBank()
    index = bank.add(r"^\w+ \w+ \w+$")
    assert index in bank.matching("José Pérez Muñoz")


def test_a_span_within_the_sentence_steps_over_abbreviations() -> None:
    """'[^.;]' lets an abbreviation's period through ("accused U.S. forces"); an end anchor keeps it."""
    pattern = compile_regex(r"\baccused\b[^.;]{0,60}\binsisted\b")
    assert pattern.search("Baghdad accused U.S. forces of ambushing its units, while commanders insisted")
    assert not pattern.search("Baghdad accused them of it; commanders insisted")
    headline = compile_regex(r"\bsays\b[^.;]*$")
    assert headline.search("Army says town taken")
    assert not headline.search("Army says town taken.")
