"""Field helpers shared by the decoders: typed access, datetimes, HTML to text.

Every helper raises :class:`~wirewatch.errors.DecodeError` naming the field it was reading, so a
decoder never lets a ``KeyError`` or ``ValueError`` escape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from pydantic import ValidationError

from ingest.models import PubStatus, WireItem
from wirewatch.errors import DecodeError

_MISSING = object()


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def opt_str(obj: Mapping[str, Any], key: str, *, path: str | None = None) -> str | None:
    """``obj[key]`` as a string, ``None`` when absent or null; any other type is a DecodeError."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DecodeError(path or key, f"expected a string, got {_type_name(value)}")
    return value


def opt_list(obj: Mapping[str, Any], key: str, *, path: str | None = None) -> list[Any]:
    """``obj[key]`` as a list, ``[]`` when absent or null."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise DecodeError(path or key, f"expected a list, got {_type_name(value)}")
    return value


def identifier(value: object, field: str) -> str:
    """An id or uri: a non-empty string, or an integer (some feeds number their items)."""
    if isinstance(value, bool) or value is None:
        raise DecodeError(field, "missing" if value is None else "expected a string, got bool")
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise DecodeError(field, f"expected a string, got {_type_name(value)}")
    value = value.strip()
    if not value:
        raise DecodeError(field, "must not be empty")
    return value


def version_string(value: object, field: str = "version") -> str:
    """ninjs ``version`` as a string (producers send both ``"3"`` and ``3``)."""
    if value is None:
        return "1"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DecodeError(field, f"expected a string or integer, got {_type_name(value)}")
    text = str(value).strip()
    if not text:
        raise DecodeError(field, "must not be empty")
    return text


def parse_datetime(value: object, field: str) -> datetime | None:
    """An aware UTC datetime from ISO 8601, RFC 2822, a bare date, or Unix seconds.

    Naive timestamps are taken as UTC (wire services stamp in UTC). ``None`` stays ``None``.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise DecodeError(field, "expected a datetime, got bool")
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise DecodeError(field, f"timestamp out of range: {value!r}") from exc
    if not isinstance(value, str):
        raise DecodeError(field, f"expected a datetime string, got {_type_name(value)}")
    text = value.strip()
    if not text:
        return None
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        try:
            day = date.fromisoformat(text)
        except ValueError as exc:
            raise DecodeError(field, f"not an ISO 8601 datetime: {text[:40]!r}") from exc
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


_PUBSTATUS_ALIASES = {
    "usable": PubStatus.USABLE,
    "withheld": PubStatus.WITHHELD,
    "embargoed": PubStatus.WITHHELD,
    "canceled": PubStatus.CANCELED,
    "cancelled": PubStatus.CANCELED,
}


def pubstatus(value: object, field: str = "pubstatus") -> PubStatus:
    """ninjs ``pubstatus`` (also IPTC qcodes such as ``stat:canceled``) to :class:`PubStatus`."""
    if value is None:
        return PubStatus.USABLE
    if not isinstance(value, str):
        raise DecodeError(field, f"expected a string, got {_type_name(value)}")
    key = value.strip().lower().rsplit(":", 1)[-1]
    try:
        return _PUBSTATUS_ALIASES[key]
    except KeyError as exc:
        raise DecodeError(field, f"unknown pubstatus {value[:40]!r} (usable, withheld, canceled)") from exc


_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\f\v\r\u00a0]+")


def _paragraph(parts: list[str]) -> str:
    """One block's text: its pieces joined, runs of spaces and newlines made one space, stripped."""
    text = "".join(parts).replace("\n", " ")
    # Only a run of two or more, or a space other than " ", changes: substring tests (cheap) tell
    # whether there is one, so prose with single spaces skips the regex (2-3 us on a sentence).
    if "  " in text or "\t" in text or "\r" in text or "\u00a0" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


class _TextExtractor(HTMLParser):
    """Collects text; block-level tags end a paragraph, script/style content is dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip = 0

    def _break(self) -> None:
        text = _paragraph(self._current)
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._break()


def _parsed_text(markup: str) -> str:
    """:func:`html_to_text` through the HTML parser (any markup)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "\n\n".join(parser.blocks)


# Inline tags that change nothing in the text: with the block tags, the only tags the simple-markup
# path below accepts (no element the parser treats specially, such as script, style or title).
_INLINE_TAGS = frozenset(
    {
        *("a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong"),
        *("sub", "sup", "u"),
    }
)
# A bare tag (<p>, </em>: no attributes, no spaces), a run of text without "<" or "&", or the
# character where neither starts (an entity, a comment, a tag with attributes, a stray "<").
_MARKUP_TOKEN = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)>|([^<&]+)|(.)", re.S)


def _simple_text(markup: str) -> str | None:
    """What :func:`_parsed_text` gives for markup of bare known tags and plain text, else None.

    For such markup the parser only reports tags and text in order (no entity to convert, no
    attribute, comment or special element), so the blocks can be cut here, at a tenth of the
    parser's cost; a test checks the two agree on generated markup.
    """
    blocks: list[str] = []
    current: list[str] = []
    for tag, text, other in _MARKUP_TOKEN.findall(markup):
        if text:
            current.append(text)
        elif other:
            return None
        else:
            name = tag.lower()
            if name in _BLOCK_TAGS:
                paragraph = _paragraph(current)
                if paragraph:
                    blocks.append(paragraph)
                current = []
            elif name not in _INLINE_TAGS:
                return None
    paragraph = _paragraph(current)
    if paragraph:
        blocks.append(paragraph)
    return "\n\n".join(blocks)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: entities decoded, one paragraph per block, blank-line separated."""
    simple = _simple_text(markup)
    return simple if simple is not None else _parsed_text(markup)


def plain_text(text: str) -> str:
    """Plain text normalised for detection: newlines unified, trailing spaces and outer blank lines gone."""
    if "\n" not in text and "\r" not in text:
        return text.strip()  # one line: its trailing spaces go with the outer strip
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


_VALIDATE_ITEM = WireItem.__pydantic_validator__.validate_python


def build_item(**fields: Any) -> WireItem:
    """Construct a :class:`WireItem`, turning a validation failure into a DecodeError on its field."""
    try:
        # What WireItem(**fields) runs, minus the second unpacking and BaseModel.__init__ around it.
        item: WireItem = _VALIDATE_ITEM(fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = ".".join(str(part) for part in error.get("loc", ())) or "$"
        raise DecodeError(loc, str(error.get("msg", "invalid"))) from exc
    return item
