"""The domain type every source decodes into."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class PubStatus(StrEnum):
    """ninjs ``pubstatus``: whether the item may be used."""

    USABLE = "usable"
    WITHHELD = "withheld"
    CANCELED = "canceled"


class WireItem(BaseModel):
    """One version of one wire item, immutable once decoded.

    ``uri`` identifies the item across versions; ``(uri, version)`` identifies this delivery.
    Datetimes are timezone-aware (UTC). ``raw`` keeps the payload as received, for the dead-letter
    path and for audit; nothing downstream reads it for detection.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    uri: str = Field(min_length=1)
    version: str = "1"
    provider: str | None = None
    headline: str = ""
    body: str = ""
    language: str | None = None
    firstcreated: datetime | None = None
    versioncreated: datetime | None = None
    pubstatus: PubStatus = PubStatus.USABLE
    located: str | None = None
    subjects: tuple[str, ...] = ()
    slugline: str | None = None
    associations: tuple[str, ...] = ()
    raw: dict[str, Any] = Field(default_factory=dict, repr=False)

    @property
    def event_time(self) -> datetime | None:
        """The time the item speaks for: ``versioncreated``, else ``firstcreated``."""
        return self.versioncreated or self.firstcreated

    @property
    def text(self) -> str:
        """Headline and body joined by a blank line, the text detection runs over."""
        if self.headline and self.body:
            return f"{self.headline}\n\n{self.body}"
        return self.headline or self.body
