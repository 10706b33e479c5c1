"""IPTC ninjs 1.x and 2.x objects to :class:`~ingest.models.WireItem`.

ninjs 1.x carries one ``headline`` and the body as ``body_text`` and/or ``body_html``; ninjs 2.x
carries lists ``headlines[]`` and ``bodies[]`` of ``{value, role, contenttype}``. Both share ``uri``,
``version``, ``versioncreated``, ``firstcreated``, ``pubstatus``, ``language``. The version is told by
``$schema`` when present, else by which fields the object uses. Plain text wins over HTML when both
are given; HTML is reduced to its visible text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingest.fields import (
    build_item,
    html_to_text,
    identifier,
    opt_list,
    opt_str,
    parse_datetime,
    plain_text,
    pubstatus,
    version_string,
)
from ingest.models import PubStatus, WireItem
from wirewatch.errors import DecodeError

_V1_MARKERS = ("headline", "body_text", "body_html", "subject", "description_text")
_V2_MARKERS = ("headlines", "bodies", "subjects", "descriptions", "infosources")
_COMMON_MARKERS = ("versioncreated", "firstcreated", "pubstatus", "type", "slugline")
_V1_OR_COMMON_MARKERS = _V1_MARKERS + _COMMON_MARKERS


def ninjs_version(obj: Mapping[str, Any]) -> str | None:
    """``"1"`` or ``"2"`` when ``obj`` looks like ninjs, else ``None`` (a plain JSON record)."""
    schema = obj.get("$schema")
    if isinstance(schema, str) and "ninjs" in schema.lower():
        return "2" if "_2." in schema or "-2." in schema or "/2." in schema else "1"
    keys = obj.keys()
    if not keys.isdisjoint(_V2_MARKERS):
        return "2"
    if "text" in obj and "body_text" not in obj and "body_html" not in obj:
        return None  # a plain record ({id|uri, text, ...}) that happens to share a field name
    if "uri" in obj and not keys.isdisjoint(_V1_OR_COMMON_MARKERS):
        return "1"
    return None


def _name_or_uri(entry: object, path: str) -> str:
    """A subject/association/provider reference: a string, or an object with code/uri/qcode/name."""
    if isinstance(entry, str) and entry.strip():
        return entry.strip()
    if isinstance(entry, Mapping):
        for key in ("code", "qcode", "uri", "name"):
            value = entry.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        raise DecodeError(path, "needs one of code, qcode, uri or name")
    raise DecodeError(path, f"expected a string or an object, got {type(entry).__name__}")


def _provider(obj: Mapping[str, Any]) -> str | None:
    for key in ("provider", "infosource", "copyrightholder"):
        value = obj.get(key)
        if value is None:
            continue
        if isinstance(value, Mapping):
            name = value.get("name")
            if isinstance(name, str):
                return name
            raise DecodeError(f"{key}.name", "expected a string")
        return opt_str(obj, key)
    sources = opt_list(obj, "infosources")
    if sources:
        first = sources[0]
        if not isinstance(first, Mapping) or not isinstance(first.get("name"), str):
            raise DecodeError("infosources[0].name", "expected an object with a string name")
        return str(first["name"])
    return None


def _subjects(obj: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(_name_or_uri(entry, f"{key}[{i}]") for i, entry in enumerate(opt_list(obj, key)))


def _associations(obj: Mapping[str, Any]) -> tuple[str, ...]:
    value = obj.get("associations")
    if value is None:
        return ()
    if isinstance(value, Mapping):  # ninjs 1.x: {name: item}
        out = []
        for name, assoc in value.items():
            if isinstance(assoc, Mapping) and isinstance(assoc.get("uri"), str):
                out.append(str(assoc["uri"]))
            else:
                out.append(str(name))
        return tuple(out)
    if isinstance(value, list):  # ninjs 2.x: [{name, uri, ...}]
        return tuple(_name_or_uri(a, f"associations[{i}]") for i, a in enumerate(value))
    raise DecodeError("associations", f"expected an object or a list, got {type(value).__name__}")


def _pick(
    entries: list[Any], key: str, prefer_roles: tuple[str, ...]
) -> tuple[int, Mapping[str, Any]] | None:
    """The entry of a 2.x ``headlines``/``bodies`` list to use: a preferred role, else the first."""
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise DecodeError(f"{key}[{i}]", f"expected an object, got {type(entry).__name__}")
        if not isinstance(entry.get("value"), str):
            raise DecodeError(f"{key}[{i}].value", "missing or not a string")
    if not entries:
        return None
    for role in prefer_roles:
        for i, entry in enumerate(entries):
            if entry.get("role") == role:
                return i, entry
    return 0, entries[0]


def _body_v2(obj: Mapping[str, Any]) -> str:
    bodies = opt_list(obj, "bodies")
    picked = _pick(bodies, "bodies", ("main", "default", "body"))
    if picked is None:
        return ""
    # Prefer a plain-text rendition of the chosen role when one exists.
    _, chosen = picked
    same_role = [b for b in bodies if b.get("role") == chosen.get("role")]
    for body in same_role:
        if str(body.get("contenttype", "text/plain")).startswith("text/plain"):
            return plain_text(str(body["value"]))
    return html_to_text(str(chosen["value"]))


def _body_v1(obj: Mapping[str, Any]) -> str:
    text = opt_str(obj, "body_text")
    if text is not None and text.strip():
        return plain_text(text)
    markup = opt_str(obj, "body_html")
    if markup is not None:
        return html_to_text(markup)
    return ""


def decode_ninjs(obj: Mapping[str, Any], version: str | None = None) -> WireItem:
    """Decode one ninjs object (1.x or 2.x, told by :func:`ninjs_version` unless given).

    Raises :class:`DecodeError` naming the field for a missing ``uri``, a wrongly typed field, an
    unparseable datetime, an unknown ``pubstatus``, or a usable item with neither headline nor body.
    """
    version = version or ninjs_version(obj) or "1"
    uri = identifier(obj.get("uri"), "uri")
    if version == "2":
        picked = _pick(opt_list(obj, "headlines"), "headlines", ("main", "default", "headline"))
        headline = plain_text(str(picked[1]["value"])) if picked else ""
        body = _body_v2(obj)
        subjects = _subjects(obj, "subjects") or _subjects(obj, "subject")
    else:
        headline = plain_text(opt_str(obj, "headline") or "")
        body = _body_v1(obj)
        subjects = _subjects(obj, "subject") or _subjects(obj, "subjects")
    status = pubstatus(obj.get("pubstatus"))
    if not headline and not body and status is PubStatus.USABLE:
        field = "bodies" if version == "2" else "body_text"
        raise DecodeError(field, "usable item has neither a headline nor a body")
    return build_item(
        uri=uri,
        version=version_string(obj.get("version")),
        provider=_provider(obj),
        headline=headline,
        body=body,
        language=opt_str(obj, "language"),
        firstcreated=parse_datetime(obj.get("firstcreated"), "firstcreated"),
        versioncreated=parse_datetime(obj.get("versioncreated"), "versioncreated"),
        pubstatus=status,
        located=opt_str(obj, "located"),
        subjects=subjects,
        slugline=opt_str(obj, "slugline"),
        associations=_associations(obj),
        raw=dict(obj),
    )
