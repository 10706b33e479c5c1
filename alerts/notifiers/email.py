"""Email notifier: one multipart (text + HTML) digest per notification, over SMTP with aiosmtplib.

- Transport: ``tls: starttls`` (default; STARTTLS required), ``implicit`` (TLS from the first byte,
  port 465) or ``none`` (loopback relays only); optional AUTH with ``auth_username`` and
  ``auth_password`` (a secret reference); ``ca_file`` for a private CA.
- Headers are built with :class:`email.message.EmailMessage` (policy ``SMTP``), which refuses CR/LF in
  header values; on top of that the only wire text in a header, the summary in ``Subject``, goes
  through :func:`one_line` (whitespace and controls collapsed, bidi overrides removed, capped).
  Recipients come from the receiver config only, never from alerts.
- Bodies: the text part is cleaned wire text; the HTML part escapes every value with
  :func:`html.escape`, so markup in wire text is shown, not rendered. Item links appear only for
  ``http(s)`` uris or the configured link template.
- A stable ``References`` header per group key lets mail clients thread a group's digests.

Errors: connection problems, timeouts and 4xx replies are retryable; 5xx replies (refused recipient,
failed authentication) are permanent. Passwords never appear in errors.
"""

from __future__ import annotations

import hashlib
import html
import ssl
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

import aiosmtplib

from alerts.config import EmailConfig
from alerts.models import Alert, AlertStatus
from alerts.notifiers.base import Notification
from alerts.notifiers.render import change_text, evidence_sentence, other_values
from alerts.notifiers.slack_blocks import item_link
from alerts.notifiers.text import clean, one_line
from alerts.secrets import redact
from wirewatch.errors import DeliveryError

MAX_ALERTS = 50


def subject(notification: Notification) -> str:
    """``[wirewatch] FIRING high toll_revision: <summary> (+2 more)``, one line, at most ~200 chars."""
    first = notification.alerts[0]
    more = f" (+{len(notification.alerts) - 1} more)" if len(notification.alerts) > 1 else ""
    state = first.status.value.upper()
    return (
        f"[wirewatch] {state} {first.severity.value} {one_line(first.category, 40)}: "
        + one_line(first.summary, 140)
        + more
    )


def text_body(notification: Notification, link_template: str | None) -> str:
    out = [f"{len(notification.alerts)} alert(s) for receiver {notification.receiver}", ""]
    for alert in notification.alerts[:MAX_ALERTS]:
        out.append(
            f"[{alert.status.value.upper()}] {alert.severity.value.upper()} "
            f"{one_line(alert.category, 60)}  rule={one_line(alert.rule, 100)}"
        )
        out.append(f"  {one_line(alert.summary, 500)}")
        delta = change_text(alert)
        if delta:
            out.append(f"  change: {one_line(delta, 100)}")
        for key, value in other_values(alert):
            out.append(f"  {one_line(key, 40)}: {one_line(str(value), 200)}")
        sentence = evidence_sentence(alert)
        if sentence:
            out.append("  evidence:")
            out.extend(f"  > {line}" for line in clean(sentence, 3000).splitlines())
        for uri in alert.item_ids[:5]:
            url = item_link(uri, link_template)
            out.append(f"  item: {one_line(uri, 300)}" + (f" <{url}>" if url and url != uri else ""))
        out.append(f"  id: {alert.id}")
        out.append("")
    if len(notification.alerts) > MAX_ALERTS:
        out.append(f"... and {len(notification.alerts) - MAX_ALERTS} more alerts")
    return "\n".join(out)


def _e(text: str, limit: int = 500) -> str:
    return html.escape(clean(text, limit), quote=True)


def _alert_html(alert: Alert, link_template: str | None) -> str:
    colour = "#2e7d32" if alert.status is AlertStatus.RESOLVED else "#c62828"
    rows = [
        f'<h3 style="margin:0;color:{colour}">{_e(alert.status.value.upper())} · '
        f"{_e(alert.severity.value)} · {_e(alert.category, 100)}</h3>",
        f"<p>{_e(alert.summary, 1000)}</p>",
        "<table>",
        f"<tr><th align=left>Rule</th><td>{_e(alert.rule, 200)}</td></tr>",
    ]
    delta = change_text(alert, "→")
    if delta:
        rows.append(f"<tr><th align=left>Change</th><td><b>{_e(delta, 200)}</b></td></tr>")
    for key, value in other_values(alert):
        rows.append(f"<tr><th align=left>{_e(key, 50)}</th><td>{_e(str(value), 300)}</td></tr>")
    rows.append("</table>")
    sentence = evidence_sentence(alert)
    if sentence:
        rows.append(
            '<blockquote style="border-left:3px solid #999;padding-left:8px">'
            f"{_e(sentence, 3000)}</blockquote>"
        )
    links = []
    for uri in alert.item_ids[:5]:
        url = item_link(uri, link_template)
        label = _e(uri, 300)
        links.append(f'<a href="{html.escape(url, quote=True)}">{label}</a>' if url else label)
    if links:
        rows.append("<p>Items: " + ", ".join(links) + "</p>")
    rows.append(f'<p style="color:#777;font-size:small">id {_e(alert.id)}</p>')
    return "\n".join(rows)


def html_body(notification: Notification, link_template: str | None) -> str:
    parts = [_alert_html(a, link_template) for a in notification.alerts[:MAX_ALERTS]]
    if len(notification.alerts) > MAX_ALERTS:
        parts.append(f"<p>… and {len(notification.alerts) - MAX_ALERTS} more alerts</p>")
    return "<!doctype html><html><body>\n" + "\n<hr>\n".join(parts) + "\n</body></html>"


def build_message(config: EmailConfig, notification: Notification, link_template: str | None) -> EmailMessage:
    """The digest message (headers only from config and our own text; see module docstring)."""
    # 998 is RFC 5322's hard line limit; our headers stay far below it, so none needs folding
    # (folded subjects unfold with a stray leading space in some clients).
    msg = EmailMessage(policy=SMTP.clone(max_line_length=998))
    msg["From"] = config.from_
    msg["To"] = ", ".join(config.to)
    msg["Subject"] = subject(notification)
    msg["Date"] = format_datetime(notification.created_at)
    msg["Message-ID"] = make_msgid(idstring=notification.id[:16], domain="wirewatch.invalid")
    thread = hashlib.sha256(notification.group_key.encode()).hexdigest()[:24]
    msg["References"] = f"<{thread}@wirewatch.invalid>"
    msg["X-Wirewatch-Notification"] = notification.id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text_body(notification, link_template))
    msg.add_alternative(html_body(notification, link_template), subtype="html")
    return msg


class EmailNotifier:
    """See the module docstring."""

    def __init__(self, name: str, config: EmailConfig, *, link_template: str | None = None) -> None:
        self._name = name
        self._config = config
        self._link = link_template
        host, _, port = config.smarthost.rpartition(":")
        self._host = host.strip("[]")
        self._port = int(port)
        self._password = config.auth_password.resolve() if config.auth_password else None
        self._tls_context: ssl.SSLContext | None = None
        if config.ca_file is not None:
            self._tls_context = ssl.create_default_context(cafile=str(config.ca_file))

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"EmailNotifier({self._name!r}, smarthost={self._config.smarthost}, tls={self._config.tls})"

    async def aclose(self) -> None:
        return None

    async def send(self, notification: Notification) -> None:
        message = build_message(self._config, notification, self._link)
        what = f"email {self._name}"
        try:
            await aiosmtplib.send(
                message.as_bytes(),  # our serialisation: aiosmtplib's would re-fold headers
                sender=self._config.from_,
                recipients=list(self._config.to),
                hostname=self._host,
                port=self._port,
                username=self._config.auth_username,
                password=self._password.get_secret_value() if self._password else None,
                use_tls=self._config.tls == "implicit",
                start_tls=self._config.tls == "starttls",
                tls_context=self._tls_context,
                timeout=self._config.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            raise DeliveryError(
                f"{what}: all recipients refused ({codes})", retryable=all(400 <= c < 500 for c in codes)
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise DeliveryError(
                redact(f"{what}: SMTP {exc.code} {exc.message}", [self._password]),
                retryable=400 <= exc.code < 500,
            ) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise DeliveryError(
                redact(f"{what}: {type(exc).__name__}: {exc}", [self._password]), retryable=True
            ) from exc
