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
