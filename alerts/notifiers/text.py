"""Making wire text inert before it reaches any rendering: shared by every notifier.

Wire items are untrusted input. Whatever a notifier renders from them (summary, evidence, values)
goes through these functions first:

- :func:`clean` drops bidi overrides/isolates (a right-to-left override can make ``gpj.exe`` read
  ``exe.jpg``), zero-width and other control characters, normalises line ends and caps the length so
  a 100 KB body cannot flood a channel or an inbox.
- :func:`one_line` is :func:`clean` for places that must stay on one line (email headers, log-like
  console lines): every run of whitespace, CR and LF included, becomes one space.
- :func:`slack_text` additionally escapes ``& < >`` as Slack requires and defuses everything Slack
  would turn into a mention or a link: ``<!here>``/``<@U123>`` cannot survive escaping, and bare
  ``@channel``/``@here``/``@everyone``, URL schemes and ``www.`` get a zero-width joiner so Slack's
  auto-linker no longer recognises them.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "\u2026"
_ZWJ = "\u2060"  # WORD JOINER: invisible, not stripped by Slack, breaks auto-link and mention parsing

# Bidi embeddings/overrides/isolates and marks, zero-width characters, BOM.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0x200E,
        0x200F,
        0x061C,
        0x200B,
        0x200C,
        0x200D,
        0x2060,
        0xFEFF,
    ],
)
_WS_RUN = re.compile(r"\s+")
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_SCHEME = re.compile(r"\b([a-z][a-z0-9+.\-]{1,20}):(//)?", re.IGNORECASE)
_WWW = re.compile(r"\bwww\.", re.IGNORECASE)
_DOMAIN_DOT = re.compile(r"(?<=[a-z0-9])\.(?=(com|org|net|io|co|info|gov|int|ly|me)\b)", re.IGNORECASE)


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def clean(text: str, limit: int = 4000) -> str:
    """Remove invisible/control characters (keeping ``\\n`` and ``\\t``), normalise line ends, cap length."""
    text = text[: limit * 2]  # bound the work on huge inputs before the per-character pass
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            out.append(" " if cat in ("Zl", "Zp") else "")
            continue
        out.append(ch)
    return truncate("".join(out), limit)


def one_line(text: str, limit: int = 200) -> str:
    """:func:`clean` then collapse every whitespace run (CR and LF too) to one space: safe for headers."""
    return truncate(_WS_RUN.sub(" ", clean(text, limit * 2)).strip(), limit)


def slack_escape(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` the way Slack documents (and nothing else)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def defuse(text: str) -> str:
    """Break mentions and auto-links in already-cleaned text by inserting an invisible word joiner."""
    text = _BROADCAST.sub(lambda m: "@" + _ZWJ + m.group(1), text)
    text = _SCHEME.sub(lambda m: m.group(1) + _ZWJ + ":" + (m.group(2) or ""), text)
    text = _WWW.sub(lambda m: m.group(0)[:3] + _ZWJ + ".", text)
    return _DOMAIN_DOT.sub(_ZWJ + ".", text)


def slack_text(text: str, limit: int = 2900) -> str:
    """Wire text made safe for any Slack text field (mrkdwn or plain_text): clean, escape, defuse."""
    return slack_escape(defuse(clean(text, limit)))
