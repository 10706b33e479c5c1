# syntax=docker/dockerfile:1
# wirewatch container image: a wheel built in a throw-away stage, installed into a virtualenv that is
# copied alone into a slim runtime stage. No compiler, pip cache or source tree in the final image;
# runs as an unprivileged uid with a read-only root filesystem (writable paths are volumes).
#
#   docker build -t wirewatch:0.1.0 .
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp -v wirewatch-var:/var/lib/wirewatch wirewatch:0.1.0
#
# Both stages use the same base so the virtualenv's interpreter path (/usr/local/bin/python3.11) is
# valid in the runtime stage. Pin BASE to a digest in your registry for reproducible builds.
ARG BASE=python:3.11-slim-bookworm

# ---- builder: wheels for wirewatch and every dependency -------------------------------------------
FROM ${BASE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
# Compilers only here, for dependencies that ship no wheel for this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY wirewatch ./wirewatch
COPY ingest ./ingest
COPY rules ./rules
COPY alerts ./alerts
COPY services ./services
# rocksdict backs the Faust tables when WIREWATCH_FAUST_STORE=rocksdb:// (production workers).
ARG EXTRA_PACKAGES="rocksdict"
# 1: the rule engine compiled with mypyc (rules._compiled.COMPILED_MODULES; same detections, about
# 1.6x the items/s); pip's isolated build fetches mypy and the stubs for it (setup.py). 0: pure Python.
ARG WIREWATCH_MYPYC=1
RUN WIREWATCH_MYPYC=${WIREWATCH_MYPYC} pip wheel --wheel-dir /wheels . ${EXTRA_PACKAGES} \
 && python -m venv /opt/wirewatch \
 && /opt/wirewatch/bin/pip install --no-index --find-links /wheels wirewatch ${EXTRA_PACKAGES} \
 && if [ "${WIREWATCH_MYPYC}" = 1 ]; then /opt/wirewatch/bin/python -c "import importlib, rules._compiled as c; \
      pure = [m for m in c.COMPILED_MODULES if not importlib.import_module(m).__file__.endswith('.so')]; \
      assert not pure, f'not compiled: {pure}'"; fi \
 && /opt/wirewatch/bin/pip uninstall -y pip setuptools wheel \
 && find /opt/wirewatch -name '__pycache__' -prune -exec rm -rf {} + \
 && /opt/wirewatch/bin/python -m compileall -q /opt/wirewatch/lib \
 && /opt/wirewatch/bin/wirewatch --help >/dev/null

# ---- runtime -------------------------------------------------------------------------------------
FROM ${BASE} AS runtime
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="wirewatch" \
      org.opencontainers.image.description="Event-driven alerting for news-wire desks" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0"
# A fixed numeric uid/gid (matches runAsUser/fsGroup in deploy/k8s) and no login shell or home.
RUN groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin wirewatch \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/wirewatch \
 && rm -rf /var/lib/apt/lists/* /root/.cache
COPY --from=builder /opt/wirewatch /opt/wirewatch
ENV PATH=/opt/wirewatch/bin:${PATH} \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WIREWATCH_LISTEN=0.0.0.0:8080 \
    WIREWATCH_LOG_JSON=true \
    WIREWATCH_STATE_PATH=/var/lib/wirewatch/wirewatch.sqlite3 \
    WIREWATCH_DEAD_LETTER_PATH=/var/lib/wirewatch/dead-letter.jsonl \
    WIREWATCH_NOTIFICATION_DLQ_PATH=/var/lib/wirewatch/notifications-dlq.jsonl \
    WIREWATCH_FAUST_DATA_DIR=/var/lib/wirewatch/faust
WORKDIR /var/lib/wirewatch
VOLUME ["/var/lib/wirewatch"]
USER 10001:10001
EXPOSE 8080
# For plain Docker; Kubernetes uses the probes in deploy/k8s instead.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status != 200)"]
# exec form: wirewatch is PID 1 and receives SIGTERM/SIGHUP directly (graceful drain, rule reload).
ENTRYPOINT ["wirewatch"]
CMD ["run", "--inbox", "/var/lib/wirewatch/inbox"]
