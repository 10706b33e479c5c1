"""The anchor hit a rule's conditions and extractions are tested against.

A :class:`Hit` is a rule's anchor term found at words ``first``..``last`` of one sentence; the
conditions (:mod:`rules.conditions`), actor roles (:mod:`rules.roles`) and extractions
(:mod:`rules.extraction`) all read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rules.text.document import SentView
from rules.text.figures import Revision, read_level, read_revision
from rules.text.modality import ModalityModel


@dataclass(slots=True)
class Hit:
    """One anchor hit being tested (slotted: every condition reads its fields)."""

    view: SentView
    first: int
    last: int
    modality: ModalityModel
    level_reading: bool = False
    #: the story topics (:attr:`Compiler.story_topics` ids) earlier items of the item's story held
    story: frozenset[str] = frozenset()
    cache: dict[str, Any] = field(default_factory=dict)

    def revision(self) -> Revision:
        """New/old figures around the anchor; for ``toll_figure`` rules the figure it refers to."""
        if "rev" not in self.cache:
            if self.level_reading:
                self.cache["rev"] = read_level(self.view, self.first, self.last)
            else:
                view = self.view  # the sentence before is looked up only if the reading needs it
                before = lambda: view.doc.previous(view)  # noqa: E731
                self.cache["rev"] = read_revision(view, self.first, self.last, before)
        rev: Revision = self.cache["rev"]
        return rev


#: a compiled condition: whether one hit passes it
Test = Callable[[Hit], bool]
