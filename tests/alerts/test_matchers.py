"""Label matchers: the four operators, anchoring, quoting and RE2-only regexes."""

from __future__ import annotations

import pytest

from alerts.matchers import Matcher, MatchOp, list_member_regex, matches_all, parse_matchers
from wirewatch.errors import ConfigError


def test_equality_and_inequality() -> None:
    """``=`` and ``!=`` compare the whole value; a missing label counts as empty."""
    assert Matcher.parse("category=ceasefire").matches({"category": "ceasefire"})
    assert not Matcher.parse("category=ceasefire").matches({"category": "ceasefire_call"})
    assert Matcher.parse('team!=""').matches({"team": "x"})
    assert not Matcher.parse('team!=""').matches({})


def test_regex_is_anchored() -> None:
    """``=~`` must match the whole value, as in Alertmanager."""
    m = Matcher.parse('category=~"toll.*"')
    assert m.matches({"category": "toll_revision"})
    assert not m.matches({"category": "big_toll_revision"})
    assert Matcher.parse('severity!~"info|low"').matches({"severity": "high"})
    assert not Matcher.parse('severity!~"info|low"').matches({"severity": "low"})


def test_quoted_values_unescape() -> None:
    """Quoted values may contain escaped quotes and backslashes; str() round-trips."""
    m = Matcher.parse(r'summary="say \"hi\" \\ now"')
    assert m.value == 'say "hi" \\ now'
    assert Matcher.parse(str(m)) == m


@pytest.mark.parametrize("text", ["no operator", "1abc=x", "a=~(", r"a=~(x)\1", "a=~(?=look)"])
def test_bad_matchers_are_config_errors(text: str) -> None:
    """Bad syntax, bad label names and non-RE2 (backtracking) regexes are refused."""
    with pytest.raises(ConfigError):
        Matcher.parse(text)


def test_list_member_regex_matches_whole_items() -> None:
    """The actors list matcher finds an actor id as a whole comma-separated item."""
    m = Matcher("actors", MatchOp.RE, list_member_regex(["AZ", "sudan.rsf"]))
    assert m.matches({"actors": "AM,AZ"})
    assert m.matches({"actors": "sudan.rsf"})
    assert not m.matches({"actors": "AZE,AMX"})
    assert not m.matches({"actors": "sudanXrsf"})


def test_matches_all() -> None:
    """All matchers must match; no matchers match everything."""
    ms = parse_matchers(["a=1", "b!=2"])
    assert matches_all(ms, {"a": "1", "b": "3"})
    assert not matches_all(ms, {"a": "1", "b": "2"})
    assert matches_all((), {})
