"""Tests for the field helpers' shortcuts: each gives what the general path gives."""

from __future__ import annotations

import random
import re

import pytest

from ingest.fields import _paragraph, _parsed_text, _simple_text, html_to_text

_MARKUP_PIECES = [
    *("<p>", "</p>", "<P>", "</DIV>", "<div>", "<br>", "<br/>", "<br />", "<h1>", "</h2>", "<li>", "<td>"),
    *("<b>", "</b>", "<em>", "<SPAN>", "</span>", "<a>", "</a>", "<font>", "<title>", "</title>", "<p1>"),
    *("<script>", "</script>", "<style>", "x { }", "<textarea>", "<p class='x'>", "<p >", "</p >", "< p>"),
    *("<!-- c -->", "<!doctype html>", "<![CDATA[x]]>", "<?pi?>", "<>", "</>", "<xmp>", "<noscript>"),
    *("&amp;", "&nbsp;", "&", "&#39;", "<", ">", "word", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\x00"),
    *("é", "\f", "\v", "Officials said.", "More to follow. ", "<hr>", "<pre>", "<code>", "</code>"),
]


def test_simple_markup_path_gives_the_parser_text() -> None:
    """On generated markup, html_to_text (either path) equals the HTML parser's text."""
    rng = random.Random(7)
    simple = 0
    for _ in range(30_000):
        markup = "".join(rng.choice(_MARKUP_PIECES) for _ in range(rng.randint(0, 12)))
        shortcut = _simple_text(markup)
        if shortcut is not None:
            simple += 1
            assert shortcut == _parsed_text(markup), repr(markup)
        assert html_to_text(markup) == _parsed_text(markup), repr(markup)
    assert simple > 3_000  # the sample exercises the shortcut, not only the parser


@pytest.mark.parametrize(
    ("markup", "simple"),
    [
        ("<p>A truce took effect.</p><p>More to follow.</p>", True),
        ("<DIV>One <b>bold</b> word<br>next</DIV>", True),
        ("plain text, no tags > none", True),
        ("<p>One &amp; two.</p>", False),  # an entity: the parser decodes it
        ('<p class="lead">Text</p>', False),  # attributes
        ("<p>a</p><script>alert(1)</script>", False),  # content the parser drops
        ("<p>a<!-- note --></p>", False),
        ("<p>a < b</p>", False),
        ("<title>t</title>", False),  # an element the parser treats specially
    ],
)
def test_which_markup_takes_the_shortcut(markup: str, simple: bool) -> None:
    """Bare known tags and text take the shortcut; entities, attributes, comments, scripts do not."""
    assert (_simple_text(markup) is not None) is simple
    assert html_to_text(markup) == _parsed_text(markup)


def test_paragraph_collapses_like_the_regex() -> None:
    """One space per run of spaces/tabs/CR/FF/VT/NBSP (newlines first made spaces), stripped."""
    reference = re.compile(r"[ \t\f\v\r\u00a0]+")
    chars = [" ", "\t", "\f", "\v", "\r", "\u00a0", "\n", "a", "é", "\u2028", "\u3000"]
    rng = random.Random(5)
    for _ in range(50_000):
        parts = [
            "".join(rng.choice(chars) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 3))
        ]
        expected = reference.sub(" ", "".join(parts).replace("\n", " ")).strip()
        assert _paragraph(parts) == expected, repr(parts)
