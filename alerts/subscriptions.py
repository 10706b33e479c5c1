"""Subscriptions: one small YAML file per subscriber or team, compiled into routes.

Example ``subscriptions/caucasus-desk.yaml``::

    name: caucasus-desk             # default: the file name without .yaml
    owner: "Caucasus desk <caucasus@example.org>"
    deliver:
      slack: {channel: "C0CAUCASUS"}        # Web API with WIREWATCH_SLACK_BOT_TOKEN
      # slack: {webhook_url: {env: CAUCASUS_SLACK_WEBHOOK}}
      emails: [caucasus@example.org]         # via WIREWATCH_SMTP_*
      webhook: {url: {env: CAUCASUS_HOOK}, secret: {env: CAUCASUS_HOOK_SECRET}}
    match:                                   # every list that is set must match (AND); items OR
      categories: [ceasefire, confirmation_gap]
      severities: [high, critical]           # or min_severity: high
      actors: [AZ, AM]                       # any of these actors involved
      regions: [south-caucasus]              # the alert's ``region`` label
      rules: []                              # rule ids
    quiet_hours: {start: "22:00", end: "07:00", timezone: Europe/Baku}
    send_resolved: true

Each subscription becomes a receiver ``sub:<name>`` and a route (``continue: true``) placed before
the routing file's whole tree, so subscribing never steals alerts from that tree and vice versa.
Quiet hours become a ``mute_time_intervals`` window: alerts are held, then sent when they end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from alerts.config import (
    EmailConfig,
    NamedTimeIntervalSpec,
    ReceiverSpec,
    RouteSpec,
    RoutingSpec,
    SlackConfig,
    TimeIntervalSpec,
    TimeRangeSpec,
    WebhookConfig,
)
from alerts.matchers import any_of_regex, list_member_regex
from alerts.models import Severity
from alerts.secrets import SecretRef
from alerts.yamlconf import config_error, load, problems_from_validation
from wirewatch.errors import ConfigError
from wirewatch.settings import Settings

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,62}$")
_SEVERITY_ORDER = list(Severity)


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class SlackTarget(_Spec):
    channel: str | None = None
    webhook_url: SecretRef | None = None

    @model_validator(mode="after")
    def _one(self) -> SlackTarget:
        if (self.channel is None) == (self.webhook_url is None):
            raise ValueError("slack needs exactly one of channel (bot token) or webhook_url")
        return self


class WebhookTarget(_Spec):
    url: SecretRef
    secret: SecretRef | None = None
    format: Literal["wirewatch", "alertmanager"] = "wirewatch"


class Deliver(_Spec):
    slack: SlackTarget | None = None
    emails: list[str] = []
    webhook: WebhookTarget | None = None

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        for addr in v:
            if "@" not in addr or any(c in addr for c in "\r\n,;<> \t"):
                raise ValueError(f"bad email address {addr!r}")
        return v

    @model_validator(mode="after")
    def _some(self) -> Deliver:
        if self.slack is None and not self.emails and self.webhook is None:
            raise ValueError("deliver needs at least one of slack, emails or webhook")
        return self


class Match(_Spec):
    categories: list[str] = []
    severities: list[Severity] = []
    min_severity: Severity | None = None
    actors: list[str] = []
    regions: list[str] = []
    rules: list[str] = []

    @model_validator(mode="after")
    def _exclusive(self) -> Match:
        if self.severities and self.min_severity is not None:
            raise ValueError("use severities or min_severity, not both")
        return self


class QuietHours(_Spec):
    start: str
    end: str
    timezone: str = "UTC"
    weekdays: list[str] = []

    @model_validator(mode="after")
    def _valid(self) -> QuietHours:
        self.window()
        return self

    def window(self) -> TimeIntervalSpec:
        return TimeIntervalSpec(
            times=[TimeRangeSpec(start_time=self.start, end_time=self.end)],
            weekdays=self.weekdays,
            location=self.timezone,
        )


class Subscription(_Spec):
    name: str
    owner: str | None = None
    deliver: Deliver
    match: Match = Match()
    quiet_hours: QuietHours | None = None
    send_resolved: bool = True
    group_wait: float | None = None
    source: str = Field(default="", exclude=True)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError("name must be lowercase letters, digits, '-', '_' or '.' (max 63)")
        return v

    def matchers(self) -> list[str]:
        """The route matchers this subscription compiles to."""
        m = self.match
        out = []
        if m.categories:
            out.append(f'category=~"{any_of_regex(m.categories)}"')
        severities = list(m.severities)
        if m.min_severity is not None:
            severities = _SEVERITY_ORDER[_SEVERITY_ORDER.index(m.min_severity) :]
        if severities:
            out.append(f'severity=~"{any_of_regex([s.value for s in severities])}"')
        if m.actors:
            out.append(f'actors=~"{list_member_regex(m.actors)}"')
        if m.regions:
            out.append(f'region=~"{any_of_regex(m.regions)}"')
        if m.rules:
            out.append(f'rule=~"{any_of_regex(m.rules)}"')
        return [s.replace("\\", "\\\\") for s in out]


def load_subscription(path: Path) -> Subscription:
    """Load and validate one subscription file; ConfigError ``file:line: ...``."""
    data, lines = load(path)
    if not isinstance(data, dict):
        raise config_error(str(path), [(1, "a subscription file must be a mapping")])
    data.setdefault("name", path.stem)
    try:
        sub = Subscription.model_validate(data)
    except ValidationError as exc:
        raise config_error(str(path), problems_from_validation(exc, lines)) from exc
    return sub.model_copy(update={"source": str(path)})


def subscription_files(directory: Path) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files in ``directory`` (not hidden), sorted."""
    if not directory.is_dir():
        raise ConfigError(f"{directory}: subscriptions directory does not exist")
    return sorted(
        p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
    )


def load_subscriptions(directory: Path) -> list[Subscription]:
    """Every subscription in ``directory``; one ConfigError listing all problems (and duplicate names)."""
    subs: list[Subscription] = []
    problems: list[str] = []
    for path in subscription_files(directory):
        try:
            subs.append(load_subscription(path))
        except ConfigError as exc:
            problems.append(str(exc))
    names: dict[str, str] = {}
    for sub in subs:
        if sub.name in names:
            problems.append(
                f"{sub.source}:1: duplicate subscription name {sub.name!r} (also {names[sub.name]})"
            )
        names[sub.name] = sub.source
    if problems:
        raise ConfigError("\n".join(problems))
    return subs


def signature(directory: Path | None) -> tuple[Any, ...]:
    """Changes when a subscription file is added, removed or modified (for hot reload)."""
    if directory is None or not directory.is_dir():
        return ()
    out = []
    for path in subscription_files(directory):
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(out)


def _settings_secret(value: Any, file: Path | None, what: str) -> SecretRef:
    if value is not None:
        return SecretRef(value=value)
    if file is not None:
        return SecretRef(file=file)
    raise ConfigError(f"a subscription uses {what} but it is not configured")


def compile_subscription(sub: Subscription, settings: Settings) -> tuple[ReceiverSpec, RouteSpec, list[Any]]:
    """``(receiver, route, time_intervals)`` for one subscription; ConfigError if a default is missing."""
    slack: list[SlackConfig] = []
    if sub.deliver.slack is not None:
        target = sub.deliver.slack
        if target.webhook_url is not None:
            slack.append(SlackConfig(webhook_url=target.webhook_url, send_resolved=sub.send_resolved))
        else:
            token = _settings_secret(
                settings.slack_bot_token,
                settings.slack_bot_token_file,
                "slack channel (WIREWATCH_SLACK_BOT_TOKEN)",
            )
            slack.append(
                SlackConfig(
                    token=token,
                    channel=target.channel,
                    api_url=settings.slack_api_url,
                    send_resolved=sub.send_resolved,
                )
            )
    email: list[EmailConfig] = []
    if sub.deliver.emails:
        if not settings.smtp_host:
            raise ConfigError(
                f"{sub.source}: subscription {sub.name} sends email but WIREWATCH_SMTP_HOST is unset"
            )
        password = None
        if settings.smtp_password is not None or settings.smtp_password_file is not None:
            password = _settings_secret(settings.smtp_password, settings.smtp_password_file, "SMTP password")
        email.append(
            EmailConfig.model_validate(
                {
                    "to": sub.deliver.emails,
                    "from": settings.smtp_from,
                    "smarthost": f"{settings.smtp_host}:{settings.smtp_port}",
                    "tls": settings.smtp_tls,
                    "auth_username": settings.smtp_username,
                    "auth_password": password,
                    "send_resolved": sub.send_resolved,
                }
            )
        )
    hooks: list[WebhookConfig] = []
    if sub.deliver.webhook is not None:
        hook = sub.deliver.webhook
        secret = hook.secret
        if secret is None and (
            settings.webhook_secret is not None or settings.webhook_secret_file is not None
        ):
            # The deployment-wide signing secret, for subscribers who did not bring their own.
            secret = _settings_secret(settings.webhook_secret, settings.webhook_secret_file, "webhook secret")
        hooks.append(
            WebhookConfig(url=hook.url, secret=secret, format=hook.format, send_resolved=sub.send_resolved)
        )
    receiver = ReceiverSpec(
        name=f"sub:{sub.name}", slack_configs=slack, email_configs=email, webhook_configs=hooks
    )
    windows: list[Any] = []
    mute: list[str] = []
    if sub.quiet_hours is not None:
        window_name = f"sub:{sub.name}:quiet-hours"
        windows.append(NamedTimeIntervalSpec(name=window_name, time_intervals=[sub.quiet_hours.window()]))
        mute.append(window_name)
    route = RouteSpec.model_validate(
        {
            "id": f"sub:{sub.name}",
            "receiver": receiver.name,
            "matchers": sub.matchers(),
            "continue": True,
            "group_wait": sub.group_wait,
            "mute_time_intervals": mute,
        }
    )
    return receiver, route, windows


def merge_subscriptions(spec: RoutingSpec, subs: Sequence[Subscription], settings: Settings) -> RoutingSpec:
    """``spec`` with each subscription's receiver, window and route (first under the root) added."""
    if not subs:
        return spec
    receivers = list(spec.receivers)
    routes: list[RouteSpec] = []
    windows = list(spec.time_intervals)
    taken = {r.name for r in receivers}
    for sub in subs:
        receiver, route, sub_windows = compile_subscription(sub, settings)
        if receiver.name in taken:
            raise ConfigError(
                f"{sub.source}: receiver name {receiver.name!r} is already used by the routing file"
            )
        receivers.append(receiver)
        routes.append(route)
        windows.extend(sub_windows)
    # The routing file's tree moves, unchanged, under a catch-all child placed after the
    # subscriptions: their routes ``continue``, so the tree still sees every alert and keeps its
    # route ids (``root``, ``root.0``, ...).
    tree = spec.route.model_copy(update={"id": spec.route.id or "root"})
    root = spec.route.model_copy(update={"id": "subscriptions", "routes": [*routes, tree]})
    return spec.model_copy(update={"receivers": receivers, "route": root, "time_intervals": windows})


def public_view(sub: Subscription) -> dict[str, Any]:
    """What the CLI and HTTP API show: everything but secrets (webhook URLs are not shown)."""
    deliver: dict[str, Any] = {}
    if sub.deliver.slack is not None:
        deliver["slack"] = (
            {"channel": sub.deliver.slack.channel} if sub.deliver.slack.channel else {"webhook": "configured"}
        )
    if sub.deliver.emails:
        deliver["emails"] = list(sub.deliver.emails)
    if sub.deliver.webhook is not None:
        deliver["webhook"] = {
            "format": sub.deliver.webhook.format,
            "signed": sub.deliver.webhook.secret is not None,
        }
    return {
        "name": sub.name,
        "owner": sub.owner,
        "source": sub.source,
        "deliver": deliver,
        "match": sub.match.model_dump(mode="json", exclude_defaults=True),
        "matchers": sub.matchers(),
        "quiet_hours": sub.quiet_hours.model_dump(mode="json") if sub.quiet_hours else None,
        "send_resolved": sub.send_resolved,
    }
