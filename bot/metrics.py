"""What an operator graphs: interactions, scheduled deliveries, the database, the shards.

One ``Metrics`` per bot, with a registry of its own (not prometheus-client's global one),
served as Prometheus' text format at ``GET /metrics`` on the web server. Recording a value
is a dictionary lookup and an addition, cheap enough for every interaction. Without a web
server nobody can read them: ``Metrics(None)`` records nothing and prometheus-client is
not even imported (a bot's start-up is quicker without it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

Outcome = Literal["ok", "refused", "busy", "unavailable", "error"]
DeliveryEvent = Literal["due", "sent", "late", "failed", "retried"]
FeedAnswer = Literal["full", "not_modified", "not_found", "busy"]
# Interaction latency (s), from the moment the bot got it to its last answer.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)


ShardStates = Callable[[], Iterable[tuple[int, bool, float]]]


class _Shards:
    """Each owned shard's gateway latency and whether it is connected, read when scraped."""

    def __init__(self, read: ShardStates) -> None:
        self._read = read

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        up = GaugeMetricFamily(
            "creatorpulse_shard_connected",
            "1 while the shard's gateway is connected",
            labels=["shard"],
        )
        latency = GaugeMetricFamily(
            "creatorpulse_shard_latency_seconds", "heartbeat round trip", labels=["shard"]
        )
        for shard, connected, seconds in self._read():
            up.add_metric([str(shard)], 1.0 if connected else 0.0)
            if seconds == seconds and seconds != float("inf"):  # (NaN or inf before a heartbeat)
                latency.add_metric([str(shard)], seconds)
        yield up
        yield latency


class Metrics:
    def __init__(self, shards: ShardStates | None) -> None:
        """``shards``: how to read the shards' states; None: record nothing."""
        self.enabled = shards is not None
        if shards is None:
            return
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
        from prometheus_client.process_collector import ProcessCollector

        self.registry: CollectorRegistry = CollectorRegistry(auto_describe=True)
        self.interactions = Counter(
            "creatorpulse_interactions",
            "interactions answered, by command and outcome",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "creatorpulse_interaction_seconds",
            "time from receiving an interaction to its answer",
            ["command"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.deliveries = Counter(
            "creatorpulse_deliveries",
            "scheduled messages by what happened: due, sent, late, failed, retried",
            ["kind", "event"],
            registry=self.registry,
        )
        self.claims_taken_over = Counter(
            "creatorpulse_claims_taken_over",
            "scheduled work claimed by a process that stopped, taken over by this one",
            ["kind"],
            registry=self.registry,
        )
        self.database = Counter(
            "creatorpulse_database_refusals",
            "writes or reads refused because the database was busy or unavailable",
            ["reason"],
            registry=self.registry,
        )
        self.feed_requests = Counter(
            "creatorpulse_calendar_requests",
            "calendar feed requests by answer: full, not_modified (304), not_found, busy",
            ["answer"],
            registry=self.registry,
        )
        self.feed_builds = Counter(
            "creatorpulse_calendar_builds",
            "calendar feed files built (a server's LIVEs changed, or first asked for)",
            registry=self.registry,
        )
        self.servers = Gauge(
            "creatorpulse_servers", "servers on this process's shards", registry=self.registry
        )
        ProcessCollector(registry=self.registry)  # memory, CPU, open files
        self.registry.register(_Shards(shards))

    def answered(self, command: str, outcome: Outcome, seconds: float | None) -> None:
        if not self.enabled:
            return
        self.interactions.labels(command, outcome).inc()
        if seconds is not None:
            self.latency.labels(command).observe(seconds)
        if outcome in ("busy", "unavailable"):
            self.database.labels(outcome).inc()

    def delivery(self, kind: str, event: DeliveryEvent, count: int = 1) -> None:
        if self.enabled:
            self.deliveries.labels(kind, event).inc(count)

    def taken_over(self, kind: str, count: int = 1) -> None:
        if self.enabled:
            self.claims_taken_over.labels(kind).inc(count)

    def feed(self, answer: FeedAnswer) -> None:
        if self.enabled:
            self.feed_requests.labels(answer).inc()

    def feed_built(self) -> None:
        if self.enabled:
            self.feed_builds.inc()

    def exposition(self) -> bytes:
        from prometheus_client import generate_latest

        return generate_latest(self.registry) if self.enabled else b""
