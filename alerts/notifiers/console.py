"""Console notifier: a readable block per alert on a text stream (stdout), coloured on a TTY.

Example (colours omitted)::

    [FIRING] HIGH toll_revision  rule=toll.revised.within_item  id=3f0c...  event=sudan:el-fasher
      Death toll in El Fasher rises to 71
      values: 50 -> 71   party=sudan.rsf
      evidence: "...at least 71 people were killed, updating a previous toll of 50..."
      items: urn:wire:1234
"""

from __future__ import annotations

import sys
from typing import TextIO

from alerts.models import Alert, AlertStatus, Severity
from alerts.notifiers.base import Notification
from alerts.notifiers.render import change_text, evidence_sentence, other_values
from alerts.notifiers.text import clean, one_line

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {
    Severity.INFO: "\x1b[37m",
    Severity.LOW: "\x1b[36m",
    Severity.MEDIUM: "\x1b[33m",
    Severity.HIGH: "\x1b[31m",
    Severity.CRITICAL: "\x1b[1;41;97m",
}
_RESOLVED_COLOUR = "\x1b[32m"


class ConsoleNotifier:
    """Writes each alert of a notification to ``stream``; ``colour=None`` colours only on a TTY."""

    def __init__(self, name: str = "console", *, stream: TextIO | None = None, colour: bool | None = None):
        self._name = name
        self._stream = stream
        self._colour = colour

    @property
    def name(self) -> str:
        return self._name

    def _out(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout

    def _use_colour(self, stream: TextIO) -> bool:
        if self._colour is not None:
            return self._colour
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())

    def render(self, alert: Alert, *, colour: bool = False) -> str:
        """The text block for one alert (wire text cleaned: no control or bidi characters)."""

        def paint(code: str, text: str) -> str:
            return f"{code}{text}{_RESET}" if colour else text

        status_code = (
            _RESOLVED_COLOUR if alert.status is AlertStatus.RESOLVED else _SEVERITY_COLOUR[alert.severity]
        )
        head = paint(status_code, f"[{alert.status.value.upper()}] {alert.severity.value.upper()}")
        lines = [
            f"{head} {paint(_BOLD, alert.category)}  rule={alert.rule}  id={alert.id}"
            + (f"  event={one_line(alert.event_key, 120)}" if alert.event_key else "")
        ]
        lines.append(f"  {one_line(alert.summary, 300)}")
        values = []
        delta = change_text(alert)
        if delta:
            values.append(paint(_BOLD, one_line(delta, 80)))
        values.extend(f"{k}={one_line(str(v), 80)}" for k, v in other_values(alert))
        if values:
            lines.append("  values: " + "   ".join(values))
        sentence = evidence_sentence(alert)
        if sentence:
            lines.append("  evidence: " + paint(_DIM, '"' + one_line(clean(sentence, 1000), 500) + '"'))
        if alert.item_ids:
            lines.append("  items: " + ", ".join(one_line(i, 200) for i in alert.item_ids[:5]))
        return "\n".join(lines)

    async def send(self, notification: Notification) -> None:
        stream = self._out()
        colour = self._use_colour(stream)
        text = "\n".join(self.render(a, colour=colour) for a in notification.alerts)
        stream.write(text + "\n")
        stream.flush()

    async def aclose(self) -> None:
        return None
