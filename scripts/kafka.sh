#!/usr/bin/env bash
# Real Apache Kafka for development, tests and CI: a single-node KRaft broker on 127.0.0.1.
#
#   bash scripts/kafka.sh start    fetch (first time), format, start; LAST stdout line is
#                                  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:PORT once the broker is ready
#   bash scripts/kafka.sh stop     stop the broker started from this run dir (by PID) and delete its data
#   bash scripts/kafka.sh status   print the bootstrap line if running (exit 1 if not)
#   bash scripts/kafka.sh fetch    only download the broker jars into the cache
#   bash scripts/kafka.sh logs     print the broker log path
#
# Prerequisites: Java 17+ (`java` on PATH or JAVA_HOME) and, the first time only, Maven 3.8+ with access
# to Maven Central. The broker (org.apache.kafka:kafka_2.13 and its runtime jars, see
# scripts/kafka/pom.xml) is copied into a cache OUTSIDE the work tree:
#   ${WIREWATCH_KAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch}/kafka-$KAFKA_VERSION/lib
# so a fresh clone (CI) starts without downloading again.
#
# Why Kafka 4.x (pinned 4.4.0): Kafka 4.0 removed old protocol versions (KIP-896) and ZooKeeper. We
# verified that aiokafka 0.14 (producer with acks=all + idempotence, consumer groups, admin
# CreateTopics) and faust-streaming 0.15.3 (agents, tables with changelog recovery, rebalancing across
# two workers) work against this broker: the integration suite in tests/services/kafka/ exercises
# every one of those paths. KAFKA_VERSION=3.9.2 selects the last 3.x line if a client ever needs it.
#
# Environment:
#   KAFKA_VERSION          broker release (default below)
#   KAFKA_RUN_DIR          where the PID, config, data and logs live (default: a per-checkout dir
#                          under ${TMPDIR:-/tmp}); use distinct dirs to run several brokers at once
#   KAFKA_PORT             broker port (default: a free port); the controller always takes a free one
#   KAFKA_START_TIMEOUT    seconds to wait for readiness (default 90)
#   KAFKA_HEAP_OPTS        JVM heap (default -Xms256m -Xmx1g)
set -euo pipefail

KAFKA_VERSION="${KAFKA_VERSION:-4.4.0}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
CACHE_ROOT="${WIREWATCH_KAFKA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wirewatch}"
KAFKA_HOME="$CACHE_ROOT/kafka-$KAFKA_VERSION"
LIB="$KAFKA_HOME/lib"
repo_hash="$(printf '%s' "$REPO" | cksum | cut -d' ' -f1)"
RUN_DIR="${KAFKA_RUN_DIR:-${TMPDIR:-/tmp}/wirewatch-kafka-$(id -u)-$repo_hash}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "Java 17+ is required to run the Kafka broker and none was found (install a JDK 17+, e.g. 'apt-get install openjdk-17-jre-headless', or set JAVA_HOME)"
  fi
}

check_java() {
  local java version major
  java="$(java_bin)"
  version="$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')"
  major="${version%%.*}"
  [ "$major" = "1" ] && major="$(echo "$version" | cut -d. -f2)"
  case "$major" in
    '' | *[!0-9]*) die "cannot read the Java version from '$java -version' (got '$version')" ;;
  esac
  [ "$major" -ge 17 ] || die "Kafka $KAFKA_VERSION needs Java 17+, found Java $version at $java"
}

fetch() {
  if [ -f "$KAFKA_HOME/.complete" ]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 \
    || die "Maven is required once to fetch Kafka $KAFKA_VERSION into $KAFKA_HOME (install Maven 3.8+, e.g. 'apt-get install maven')"
  mkdir -p "$CACHE_ROOT"
  # Serialise concurrent fetches (a test fixture and test.sh may race on a cold cache).
  exec 8>"$CACHE_ROOT/.kafka-$KAFKA_VERSION.lock"
  if command -v flock >/dev/null 2>&1; then flock 8; fi
  if [ -f "$KAFKA_HOME/.complete" ]; then
    exec 8>&-
    return 0
  fi
  log "fetching org.apache.kafka:kafka_2.13:$KAFKA_VERSION and its runtime jars with Maven (first run only)"
  local tmp
  tmp="$(mktemp -d "$CACHE_ROOT/.kafka-$KAFKA_VERSION.XXXXXX")"
  if ! mvn -q -B -Dstyle.color=never -f "$HERE/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
      dependency:copy-dependencies -DoutputDirectory="$tmp/lib" >&2; then
    rm -rf "$tmp"
    exec 8>&-
    die "Maven could not fetch Kafka $KAFKA_VERSION (is Maven Central reachable?)"
  fi
  [ -f "$tmp/lib/kafka_2.13-$KAFKA_VERSION.jar" ] || { rm -rf "$tmp"; die "kafka_2.13-$KAFKA_VERSION.jar missing after fetch"; }
  touch "$tmp/.complete"
  rm -rf "$KAFKA_HOME"
  mv "$tmp" "$KAFKA_HOME"
  # Release the lock now: the broker started next must not inherit (and hold) its descriptor.
  exec 8>&-
  log "Kafka $KAFKA_VERSION cached in $KAFKA_HOME"
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port found"
}

is_running() {
  [ -f "$RUN_DIR/kafka.pid" ] || return 1
  local pid
  pid="$(cat "$RUN_DIR/kafka.pid")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

write_config() {
  local port="$1" cport="$2"
  cat >"$RUN_DIR/server.properties" <<EOF
# Single-node KRaft broker for wirewatch development and tests (written by scripts/kafka.sh).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$RUN_DIR/data
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Topics are created by wirewatch itself (Settings.kafka_create_topics), never implicitly by a typo.
auto.create.topics.enable=false
# Tests run consumer groups with short sessions and join without the 3 s initial delay.
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
log.retention.hours=24
log.segment.bytes=67108864
EOF
  cat >"$RUN_DIR/log4j2.properties" <<EOF
# The broker logs to a file, never to the console (scripts/kafka.sh).
status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = $RUN_DIR/logs/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.cleaner.name = kafka.log.LogCleaner
logger.cleaner.level = WARN
EOF
}

start() {
  check_java
  if is_running && [ -f "$RUN_DIR/bootstrap" ]; then
    log "already running (pid $(cat "$RUN_DIR/kafka.pid"), run dir $RUN_DIR)"
    echo "KAFKA_BOOTSTRAP_SERVERS=$(cat "$RUN_DIR/bootstrap")"
    return 0
  fi
  fetch
  rm -rf "$RUN_DIR"
  mkdir -p "$RUN_DIR/data" "$RUN_DIR/logs"
  local port cport cluster_id java pid
  port="${KAFKA_PORT:-$(free_port)}"
  cport="$(free_port)"
  while [ "$cport" = "$port" ]; do cport="$(free_port)"; done
  write_config "$port" "$cport"
  java="$(java_bin)"
  # A random 16-byte cluster id, base64url without padding (what `kafka-storage random-uuid` prints).
  # One starting with "-" would be read by the StorageTool's argument parser as an option (about 1
  # start in 64), so draw again until it does not.
  cluster_id="-"
  while [ "${cluster_id#-}" != "$cluster_id" ]; do
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  done
  local jvm_common=(-Dlog4j2.configurationFile="$RUN_DIR/log4j2.properties" -cp "$LIB/*")
  if ! "$java" "${jvm_common[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$RUN_DIR/server.properties" >"$RUN_DIR/logs/format.log" 2>&1; then
    cat "$RUN_DIR/logs/format.log" >&2
    die "formatting KRaft storage failed"
  fi
  # setsid + redirected stdio: the broker outlives this script and never holds the caller's pipe
  # open (test.sh reads our output through a command substitution).
  # shellcheck disable=SC2086
  setsid "$java" ${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g} -XX:+UseG1GC -Djava.awt.headless=true \
    "${jvm_common[@]}" kafka.Kafka "$RUN_DIR/server.properties" \
    </dev/null >"$RUN_DIR/logs/stdout.log" 2>&1 &
  pid=$!
  echo "$pid" >"$RUN_DIR/kafka.pid"
  log "starting Kafka $KAFKA_VERSION (pid $pid) on 127.0.0.1:$port, run dir $RUN_DIR"
  local deadline=$((SECONDS + START_TIMEOUT))
  until grep -q "Kafka Server started" "$RUN_DIR/logs/server.log" 2>/dev/null \
      && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$RUN_DIR/logs/server.log" "$RUN_DIR/logs/stdout.log" >&2 2>/dev/null || true
      die "the broker exited during start-up (logs in $RUN_DIR/logs)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 40 "$RUN_DIR/logs/server.log" >&2 2>/dev/null || true
      stop_broker
      die "the broker was not ready within ${START_TIMEOUT}s"
    fi
    sleep 0.2
  done
  echo "127.0.0.1:$port" >"$RUN_DIR/bootstrap"
  log "ready; logs in $RUN_DIR/logs/server.log"
  echo "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$port"
}

stop_broker() {
  [ -f "$RUN_DIR/kafka.pid" ] || return 0
  local pid
  pid="$(cat "$RUN_DIR/kafka.pid")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "broker pid $pid did not stop within 30s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$RUN_DIR/kafka.pid"
}

stop() {
  if [ ! -f "$RUN_DIR/kafka.pid" ]; then
    log "not running (no PID file in $RUN_DIR)"
    rm -rf "$RUN_DIR"
    return 0
  fi
  log "stopping broker pid $(cat "$RUN_DIR/kafka.pid")"
  stop_broker
  rm -rf "$RUN_DIR"
}

status() {
  if is_running && [ -f "$RUN_DIR/bootstrap" ]; then
    echo "KAFKA_BOOTSTRAP_SERVERS=$(cat "$RUN_DIR/bootstrap")"
  else
    log "not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  fetch) check_java; fetch; echo "$LIB" ;;
  logs) echo "$RUN_DIR/logs/server.log" ;;
  *) echo "usage: $0 start|stop|status|fetch|logs" >&2; exit 2 ;;
esac
