"""The routing file: schema (pydantic), loading with line numbers and start-up cross-checks.

Modelled on Alertmanager's ``alertmanager.yml``::

    route:                       # the root route must name a receiver and has no matchers
      receiver: desk
      group_by: [event_key]      # ['...'] = one group per alert
      group_wait: 30s
      group_interval: 5m
      repeat_interval: 4h
      routes:
        - matchers: ['category="toll_revision"', 'severity=~"high|critical"']
          receiver: risk
          continue: true
          active_time_intervals: [office-hours]
    receivers:
      - name: desk
        slack_configs: [{token: {env: SLACK_BOT_TOKEN}, channel: "C0123"}]
      - name: risk
        email_configs: [{to: [risk@example.org], smarthost: "smtp.example.org:587"}]
    inhibit_rules:
      - source_matchers: ['rule="ceasefire.confirmed"']
        target_matchers: ['category="confirmation_gap"']
        equal: [event_key]
    time_intervals:
      - name: office-hours
        time_intervals: [{times: [{start_time: "08:00", end_time: "18:00"}], weekdays: ["monday:friday"]}]

Durations are ``90s``, ``5m``, ``4h``, ``1d``, ``1h30m`` or plain seconds. :func:`load_routing`
raises :class:`ConfigError` listing every problem as ``file:line: path: message``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from alerts.matchers import Matcher
from alerts.secrets import SecretRef
from alerts.timewindows import TimeInterval
from alerts.yamlconf import Loc, config_error, line_of, parse, problems_from_validation
from wirewatch.errors import ConfigError

_NUM = r"(\d+(?:\.\d+)?)"
_DURATION = re.compile(rf"^(?:{_NUM}d)?(?:{_NUM}h)?(?:{_NUM}m)?(?:{_NUM}s)?$")


def parse_duration(value: object) -> float:
    """Seconds from ``90s``/``5m``/``1h30m``/``1d`` or a number; ValueError when malformed."""
    if isinstance(value, bool):
        raise ValueError(f"bad duration {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError("duration must not be negative")
        return float(value)
    text = str(value).strip()
    m = _DURATION.match(text)
    if not text or not m or not any(m.groups()):
        raise ValueError(f"bad duration {value!r}: use e.g. 30s, 5m, 4h, 1d")
    d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return d * 86400 + h * 3600 + mi * 60 + s


def _check_matchers(v: list[str]) -> list[str]:
    for text in v:
        try:
            Matcher.parse(text)
        except ConfigError as exc:
            raise ValueError(str(exc)) from exc
    return v


class _Spec(BaseModel):
    """Notifier configs: each remote kind takes ``rate_per_second``, this integration's delivery rate
    (default ``WIREWATCH_NOTIFICATION_RATE_PER_SECOND``; Slack 1/s, its documented per-channel rate)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class SlackConfig(_Spec):
    """Slack: ``webhook_url`` (incoming webhook) or ``token`` (bot token, Web API, threads per event)."""

    webhook_url: SecretRef | None = None
    token: SecretRef | None = None
    channel: str | None = None
    api_url: str = "https://slack.com/api"
    send_resolved: bool = True
    thread_by_event: bool = True
    rate_per_second: float | None = Field(default=None, gt=0)
    timeout: float = Field(default=10.0, gt=0)

    @model_validator(mode="after")
    def _one_mode(self) -> SlackConfig:
        if (self.webhook_url is None) == (self.token is None):
            raise ValueError("slack needs exactly one of webhook_url or token")
        if self.token is not None and not self.channel:
            raise ValueError("slack with a bot token needs a channel")
        return self


class EmailConfig(_Spec):
    """SMTP delivery; one digest mail per notification to every address in ``to``."""

    to: list[str] = Field(min_length=1)
    from_: str = Field(default="wirewatch@localhost", alias="from")
    smarthost: str
    tls: Literal["starttls", "implicit", "none"] = "starttls"
    auth_username: str | None = None
    auth_password: SecretRef | None = None
    send_resolved: bool = True
    timeout: float = Field(default=30.0, gt=0)
    ca_file: Path | None = None
    rate_per_second: float | None = Field(default=None, gt=0)

    @field_validator("smarthost")
    @classmethod
    def _hostport(cls, v: str) -> str:
        host, _, port = v.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError("smarthost must be host:port")
        return v

    @field_validator("to")
    @classmethod
    def _addresses(cls, v: list[str]) -> list[str]:
        for addr in v:
            if "@" not in addr or any(c in addr for c in "\r\n,;<> "):
                raise ValueError(f"bad email address {addr!r}")
        return v


class WebhookConfig(_Spec):
    """HTTP POST of a versioned JSON payload, signed with HMAC-SHA256 when ``secret`` is set."""

    url: SecretRef
    secret: SecretRef | None = None
    format: Literal["wirewatch", "alertmanager"] = "wirewatch"
    send_resolved: bool = True
    timeout: float = Field(default=10.0, gt=0)
    max_alerts: int = Field(default=0, ge=0)
    rate_per_second: float | None = Field(default=None, gt=0)


class AlertmanagerConfig(_Spec):
    """Forward alerts into an existing Alertmanager (``POST {url}/api/v2/alerts``)."""

    url: str
    bearer_token: SecretRef | None = None
    send_resolved: bool = True
    timeout: float = Field(default=10.0, gt=0)
    rate_per_second: float | None = Field(default=None, gt=0)


class ConsoleConfig(_Spec):
    send_resolved: bool = True
    colour: bool | None = None


class JsonlConfig(_Spec):
    path: Path
    send_resolved: bool = True


class ReceiverSpec(_Spec):
    name: str = Field(min_length=1)
    slack_configs: list[SlackConfig] = []
    email_configs: list[EmailConfig] = []
    webhook_configs: list[WebhookConfig] = []
    alertmanager_configs: list[AlertmanagerConfig] = []
    console_configs: list[ConsoleConfig] = []
    jsonl_configs: list[JsonlConfig] = []


class RouteSpec(_Spec):
    """A route; ``id`` (optional) keeps group keys stable when routes are reordered."""

    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:\-]+$")
    receiver: str | None = None
    matchers: list[str] = []
    group_by: list[str] | None = None
    group_wait: float | None = None
    group_interval: float | None = None
    repeat_interval: float | None = None
    continue_: bool = Field(default=False, alias="continue")
    active_time_intervals: list[str] = []
    mute_time_intervals: list[str] = []
    routes: list[RouteSpec] = []

    @field_validator("group_wait", "group_interval", "repeat_interval", mode="before")
    @classmethod
    def _duration(cls, v: object) -> object:
        return None if v is None else parse_duration(v)

    _matchers = field_validator("matchers")(_check_matchers)


class InhibitRuleSpec(_Spec):
    source_matchers: list[str] = Field(min_length=1)
    target_matchers: list[str] = Field(min_length=1)
    equal: list[str] = []

    _matchers = field_validator("source_matchers", "target_matchers")(_check_matchers)


class TimeRangeSpec(_Spec):
    start_time: str
    end_time: str


class TimeIntervalSpec(_Spec):
    times: list[TimeRangeSpec] = []
    weekdays: list[str] = []
    days_of_month: list[str] = []
    months: list[str] = []
    years: list[str] = []
    location: str = "UTC"

    @model_validator(mode="after")
    def _valid(self) -> TimeIntervalSpec:
        self.build()
        return self

    def build(self) -> TimeInterval:
        return TimeInterval.build(
            times=[(t.start_time, t.end_time) for t in self.times],
            weekdays=self.weekdays,
            days_of_month=[str(d) for d in self.days_of_month],
            months=[str(m) for m in self.months],
            years=[str(y) for y in self.years],
            location=self.location,
        )


class NamedTimeIntervalSpec(_Spec):
    name: str = Field(min_length=1)
    time_intervals: list[TimeIntervalSpec] = Field(min_length=1)


class RoutingSpec(_Spec):
    """The whole routing file."""

    route: RouteSpec
    receivers: list[ReceiverSpec] = Field(min_length=1)
    inhibit_rules: list[InhibitRuleSpec] = []
    time_intervals: list[NamedTimeIntervalSpec] = []


_ALIASES = {"continue_": "continue", "from_": "from"}


def cross_check(spec: RoutingSpec) -> list[tuple[Loc, str]]:
    """Problems no single field can see: unknown receivers/time intervals, duplicates, a bad root."""
    problems: list[tuple[Loc, str]] = []
    names = [r.name for r in spec.receivers]
    for i, name in enumerate(names):
        if names.index(name) != i:
            problems.append((("receivers", i, "name"), f"duplicate receiver {name!r}"))
    windows = [t.name for t in spec.time_intervals]
    for i, name in enumerate(windows):
        if windows.index(name) != i:
            problems.append((("time_intervals", i, "name"), f"duplicate time interval {name!r}"))
    if spec.route.receiver is None:
        problems.append((("route",), "the root route needs a receiver"))
    if spec.route.matchers:
        problems.append((("route", "matchers"), "the root route matches everything: no matchers allowed"))

    route_ids: dict[str, Loc] = {}

    def walk(route: RouteSpec, loc: Loc) -> None:
        if route.id is not None:
            if route.id in route_ids or route.id.startswith("sub:") or route.id == "subscriptions":
                problems.append(((*loc, "id"), f"duplicate or reserved route id {route.id!r}"))
            route_ids[route.id] = loc
        if route.receiver is not None and route.receiver not in names:
            problems.append(((*loc, "receiver"), f"unknown receiver {route.receiver!r}"))
        for key in ("active_time_intervals", "mute_time_intervals"):
            for j, name in enumerate(getattr(route, key)):
                if name not in windows:
                    problems.append(((*loc, key, j), f"unknown time interval {name!r}"))
        for j, child in enumerate(route.routes):
            walk(child, (*loc, "routes", j))

    walk(spec.route, ("route",))
    return problems


def validate_routing(data: Any, lines: dict[Loc, int], source: str) -> RoutingSpec:
    """Validate parsed YAML; ConfigError listing every problem with its line."""
    if not isinstance(data, dict):
        raise config_error(source, [(1, "the routing file must be a mapping with route and receivers")])
    try:
        spec = RoutingSpec.model_validate(data)
    except ValidationError as exc:
        raise config_error(source, problems_from_validation(exc, lines, _ALIASES)) from exc
    problems = cross_check(spec)
    if problems:
        raise config_error(
            source, [(line_of(lines, loc), f"{'.'.join(map(str, loc))}: {msg}") for loc, msg in problems]
        )
    return spec


def load_routing(path: Path) -> RoutingSpec:
    """Load and validate the routing file at ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read routing file: {exc.strerror}") from exc
    data, lines = parse(text, str(path))
    return validate_routing(data, lines, str(path))
