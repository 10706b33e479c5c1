"""The Kafka runtime: faust-streaming workers and aiokafka producers around the same pure core.

Data flow (topic names from :class:`wirewatch.settings.Settings`)::

    producers (gateway, send, poll)          wire.items         key = item uri, value = one record
        -> route agent: decode ------------> wire.items.dlq     undecodable records, reason in headers
                         event key --------> wirewatch.events   key = event key (repartition)
        -> detect agent: Detector.evaluate / tick, state in the ``detector-state`` table
                                      -----> wirewatch.alerts   key = alert fingerprint
        -> notify agent: AlertPipeline.submit / tick, state in the ``notifier-state`` table
                                      -----> notifiers (webhook, Slack, email, ...)
                                      -----> wirewatch.notifications.dlq   spent notifications

Modules: :mod:`.config` (client settings, SASL/TLS), :mod:`.topics` (topic specs and creation),
:mod:`.codec` (record formats), :mod:`.store` (``StateStore`` over a Faust table partition),
:mod:`.routing` (event keys), :mod:`.worker` (the Faust app), :mod:`.producer` (idempotent aiokafka
producer), :mod:`.gateway` (HTTP ingest), :mod:`.poller` (RSS/Atom poller).

Delivery semantics, at least once end to end:

- Producers use ``acks=all`` and idempotence; the gateway answers ``202`` only after the broker
  acknowledged every record.
- Faust commits a consumer offset only after flushing the producer, so an item's table writes
  (changelog) and the alerts it produced are durable before the item counts as done. After a crash,
  items past the last commit are processed again; the detector ignores an ``(uri, version)`` it has
  recorded, so a redelivered item makes no second alert.
- The notifier's state (dedup, groups, outbox, delivery log) lives in a changelog-backed table; a
  notification recorded as delivered is not delivered again after a restart.
- What remains possible: a crash after a notifier's external send succeeded and before its
  delivery record reached the changelog (the producer sends it at once; the window is the time
  from the HTTP response to the broker's ack, typically a few milliseconds). That notification is
  delivered a second time after the restart. Receivers can dedup on the notification id.
"""
