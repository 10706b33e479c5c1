"""Sandboxed alert templates."""

import pytest

from rules.templates import Template, TemplateError


def test_renders_values_with_number_filter() -> None:
    """Values render, and |num adds thousands separators."""
    assert Template("{{ party }}: {{ old|num }} -> {{ new|num }}").render(
        {"party": "AZ", "old": 50, "new": 1200}
    ) == ("AZ: 50 -> 1,200")


def test_sandbox_blocks_internals() -> None:
    """Attribute access to internals fails safely and yields the raw template instead of code."""
    source = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    assert Template(source).render({}) == source


def test_syntax_errors_are_refused_at_compile_time() -> None:
    """A template that does not compile raises TemplateError."""
    with pytest.raises(TemplateError):
        Template("{% if x %}unclosed")


def test_plain_sort_join_renders_as_jinja() -> None:
    """{{ [a or '', b or '']|sort|join('+') }} is rendered without Jinja, with Jinja's result."""
    from itertools import product

    from rules.templates import _ENV

    source = "ceasefire|{{ [party or '', counterpart or \"x\"]|sort|join('+') }}|{{ item_id }}"
    template = Template(source)
    assert template._ops is not None  # the plain path, not Jinja
    jinja = _ENV.from_string(source)
    values = [None, "", "AM", "az", "Az", "b", 0, 7, ["x"], "<missing>"]
    for party, counterpart in product(values, repeat=2):
        ctx = {
            k: v
            for k, v in (("party", party), ("counterpart", counterpart), ("item_id", "i"))
            if v != "<missing>"
        }
        try:
            expected = " ".join(jinja.render(**ctx).split())
        except TypeError:  # Jinja cannot sort a str with an int: neither can the plain path
            with pytest.raises(TypeError):
                template.render(ctx)
            continue
        assert template.render(ctx) == expected
