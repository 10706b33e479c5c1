"""Stored state records: the copies and the JSON round trip every ``rules`` state module uses.

:func:`replace` is pydantic's ``model_copy(update=...)`` at half the cost; :func:`parse_record` and
:func:`dump_record` are ``model_validate_json`` and ``model_dump_json(exclude_defaults=True)`` with a
small memo from a record's stored text to its model, so a record an item has just written is not
validated again when the same item reads it back. Pure Python (not in the mypyc-compiled list:
it reaches into pydantic's instance state).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from pydantic import BaseModel

_Model = TypeVar("_Model", bound=BaseModel)
_set = object.__setattr__


def replace(model: _Model, update: Mapping[str, Any]) -> _Model:
    """``model.model_copy(update=update)``: a shallow copy with ``update`` applied, not validated.

    The same instance state as pydantic's ``model_copy`` (``__dict__``, fields set, extra, private),
    built directly: the engine copies a record several times per alerting item, and pydantic's
    general path (``__copy__`` through :func:`copy.copy` per slot, the ``extra="allow"`` branch)
    costs twice as much. Like ``model_copy``, the caller passes values of the fields' types.
    """
    cls = type(model)
    new = cls.__new__(cls)
    _set(new, "__dict__", {**model.__dict__, **update})
    extra = model.__pydantic_extra__
    _set(new, "__pydantic_extra__", None if extra is None else dict(extra))
    _set(new, "__pydantic_fields_set__", model.__pydantic_fields_set__ | update.keys())
    private = model.__pydantic_private__
    _set(new, "__pydantic_private__", None if private is None else dict(private))
    return new


# State records by (type, JSON text): see parse_record. Bounded by the text they hold, and small:
# the hits that pay are within one item and on an event's hot records, and every model kept alive
# is more work for the garbage collector (a 4 MB bound measured no fewer instructions, more CPU).
_PARSED: dict[tuple[type[BaseModel], str], BaseModel] = {}
_parsed_chars = 0
PARSED_CACHE_CHARS = 250_000


def parse_record(cls: type[_Model], raw: str) -> _Model:
    """``cls.model_validate_json(raw)``, memoised on the text.

    The store stays the source of truth: the memo maps a record's JSON text (as just read from the
    store) to its model, and models are frozen. Within one item the engine reads back records it
    has just written (:func:`dump_record` remembers them) and reads an event's records again and
    again (its claims, the event record), so most reads skip JSON validation.
    """
    key = (cls, raw)
    model = _PARSED.get(key)
    if model is None:
        model = cls.model_validate_json(raw)
        _remember(key, model)
    return cast(_Model, model)  # keyed by its type


def dump_record(model: BaseModel) -> str:
    """The stored text of ``model`` (defaults left out, which keeps state small), remembered for
    :func:`parse_record`: reading this text back gives ``model`` itself."""
    # model_dump_json(exclude_defaults=True) is this call after spelling out its other arguments
    # (all at their defaults, so the same text); dump_record runs for every record written, and
    # skipping that wrapper took 4% of the instructions of an alerting item's evaluate (callgrind).
    raw: str = model.__pydantic_serializer__.to_json(model, exclude_defaults=True).decode()
    _remember((type(model), raw), model)
    return raw


def _remember(key: tuple[type[BaseModel], str], model: BaseModel) -> None:
    global _parsed_chars
    if _parsed_chars > PARSED_CACHE_CHARS:
        _PARSED.clear()
        _parsed_chars = 0
    _PARSED[key] = model
    _parsed_chars += len(key[1])
