"""Hostile wire text made inert: controls, bidi overrides, CRLF, huge bodies, mentions, links."""

from __future__ import annotations

from alerts.notifiers.text import clean, one_line, slack_text

RLO = "\u202e"


def test_clean_strips_bidi_and_controls() -> None:
    """Bidi overrides/isolates, zero-width and C0/C1 controls go; newlines and tabs stay."""
    text = f"a{RLO}gpj.exe\u2066x\u2069\u200b\x00\x07\x1b[31m\tb\r\nc"
    out = clean(text)
    assert out == "agpj.exex[31m\tb\nc"


def test_one_line_has_no_line_breaks() -> None:
    """CR, LF, and Unicode line separators collapse to single spaces."""
    assert one_line("Subject\r\nBcc: victim@example.org\u2028x") == "Subject Bcc: victim@example.org x"


def test_huge_text_is_capped() -> None:
    """A 100 KB body is cut to the limit with an ellipsis."""
    out = clean("x" * 100_000, 3000)
    assert len(out) == 3000 and out.endswith("\u2026")


def test_slack_text_neutralises_mentions_markup_and_links() -> None:
    """Escapes & < > and breaks @channel, <!here>, <@U..>, URLs and bare domains."""
    hostile = (
        "Tom & Jerry <!here> <@U123ABC> <!channel> @channel @here <http://evil.example|click> "
        "www.evil.com evil.com"
    )
    out = slack_text(hostile)
    for bad in ("<!", "<@", "<http", "@channel", "@here", "http://", "www.evil", "evil.com"):
        assert bad not in out
    assert "Tom &amp; Jerry" in out
    assert "&lt;!here&gt;" in out
