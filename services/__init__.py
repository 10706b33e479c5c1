"""Runtimes and service shells around the pure core: the embedded runtime, HTTP ingest, replay, Kafka."""
