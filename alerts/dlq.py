"""Re-sending dead-lettered notifications (``wirewatch dlq replay``).

The live dead-letter file is claimed by an atomic rename, so a running service keeps appending to a
fresh file meanwhile. Each record goes back through :meth:`Dispatcher.deliver` with the normal retry
policy to the integration of the same name in the *current* configuration (fixed a webhook URL?
replay picks it up). The delivery log makes replay idempotent: a notification that did reach the
integration is not sent twice. Records that fail again are dead-lettered again (with the new
reason); records whose integration no longer exists are written back unchanged. The claimed file is
deleted only after every record in it has been handled.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from alerts.deadletter import FileDeadLetter
from alerts.delivery import Dispatcher
from alerts.factory import delivery_limits, load_config, retry_policy
from wirewatch.metrics import Metrics
from wirewatch.settings import Settings
from wirewatch.state import StateStore


@dataclass
class ReplayResult:
    delivered: int = 0
    failed: int = 0
    kept: int = 0
    problems: list[str] = field(default_factory=list)


async def replay_dead_letters(
    settings: Settings,
    store: StateStore,
    metrics: Metrics,
    *,
    dispatcher: Dispatcher | None = None,
    client: httpx.AsyncClient | None = None,
    dry_run: bool = False,
) -> ReplayResult:
    """Replay ``settings.notification_dlq_path``; see the module docstring."""
    dead_letter = FileDeadLetter(settings.notification_dlq_path)
    result = ReplayResult()
    if dry_run:
        records, result.problems = dead_letter.read()
        result.kept = len(records)
        return result
    http = client or httpx.AsyncClient(follow_redirects=False, headers={"User-Agent": "wirewatch"})
    try:
        config = load_config(settings, store, http, console=False)
        disp = dispatcher or Dispatcher(
            store, metrics, dead_letter, policy=retry_policy(settings), limits=delivery_limits(settings)
        )
        disp.set_integrations({i.name: i for ints in config.integrations.values() for i in ints})
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        for path in dead_letter.claim(stamp):
            records, problems = dead_letter.read(path)
            result.problems.extend(problems)
            for record in records:
                integration = disp.integration(record.integration)
                if integration is None:
                    await dead_letter.put(record)
                    result.kept += 1
                    continue
                if await disp.deliver(record.notification, integration):
                    result.delivered += 1
                else:
                    result.failed += 1
            if not problems:
                os.unlink(path)
            else:
                # Keep unreadable lines for a human; readable ones were handled above.
                os.replace(path, path.with_name(path.name.replace(".replaying-", ".unreadable-")))
    finally:
        if client is None:
            await http.aclose()
    return result
