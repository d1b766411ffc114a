#!/usr/bin/env bash
# Makes sure a MongoDB-compatible server and a RabbitMQ broker are reachable for local work and tests.
#
#   scripts/infra.sh up     ensure both servers answer; print nothing else but progress
#   scripts/infra.sh down   stop what `up` started (never a server it found already running)
#   scripts/infra.sh env    print the MONGODB_URI / AMQP_URL lines to use
#
# MONGODB_URI / AMQP_URL set in the environment win: nothing is installed or started then.
# Otherwise FerretDB (pinned below) is built into .tools/ and run on the local PostgreSQL (database
# "ferretdb", created when missing) — FerretDB pushes filters and updates by _id down to PostgreSQL, while
# on SQLite every update reads the whole collection — or on SQLite under .data/ferretdb when no
# PostgreSQL answers (FERRETDB_HANDLER=sqlite|postgresql forces one); the local RabbitMQ is used (started when stopped, installed with apt-get when missing and root).
# FERRETDB_DEBUG_ADDR=127.0.0.1:8088 starts FerretDB with its debug handler there (Go pprof, metrics; off by default).
# Running `up` twice is harmless.
set -euo pipefail

FERRETDB_VERSION="v1.24.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
RUN="$ROOT/.run"
DATA="$ROOT/.data"
FERRETDB_BIN="$TOOLS/ferretdb-$FERRETDB_VERSION"
FERRETDB_ADDR="${FERRETDB_ADDR:-127.0.0.1:27017}"
FERRETDB_HANDLER="${FERRETDB_HANDLER:-auto}"
FERRETDB_POSTGRESQL_URL="${FERRETDB_POSTGRESQL_URL:-postgres://postgres@127.0.0.1:5432/ferretdb}"
DEFAULT_MONGODB_URI="mongodb://${FERRETDB_ADDR}/"
DEFAULT_AMQP_URL="amqp://guest:guest@127.0.0.1:5672"

log() { printf '[infra] %s\n' "$*" >&2; }

port_open() { # host:port
  local host="${1%:*}" port="${1##*:}"
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

wait_port() { # host:port seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    port_open "$1" && return 0
    sleep 0.1
  done
  return 1
}

# --- FerretDB -------------------------------------------------------------------------------
install_ferretdb() {
  [ -x "$FERRETDB_BIN" ] && return 0
  command -v go >/dev/null || { log "go is required to build FerretDB $FERRETDB_VERSION"; exit 1; }
  mkdir -p "$TOOLS"
  log "building FerretDB $FERRETDB_VERSION into .tools/ (once; about a minute)"
  if GOBIN="$TOOLS/gobin" go install "github.com/FerretDB/FerretDB/cmd/ferretdb@$FERRETDB_VERSION" 2>"$TOOLS/go-install.log" \
    && "$TOOLS/gobin/ferretdb" --version >/dev/null 2>&1; then
    mv "$TOOLS/gobin/ferretdb" "$FERRETDB_BIN"
    return 0
  fi
  # `go install pkg@version` also asks the proxy for the module's version list, which some proxies
  # refuse (403), and a plain module build lacks the version file FerretDB embeds. Download the
  # exact pinned module and build it with its own go.mod instead.
  log "go install refused ($(tail -n 1 "$TOOLS/go-install.log")); building from the downloaded module"
  local dir src
  dir="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$dir" ] || { log "go mod download of FerretDB $FERRETDB_VERSION failed"; exit 1; }
  src="$(mktemp -d)"
  cp -r "$dir/." "$src"
  chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  (cd "$src" && go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb)
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  rm -rf "$src"
}

# The database FerretDB keeps its data in, created when missing; false when PostgreSQL does not answer.
ensure_postgresql_database() {
  local server="${FERRETDB_POSTGRESQL_URL%/*}" database="${FERRETDB_POSTGRESQL_URL##*/}"
  database="${database%%\?*}"
  psql "$server/postgres" -tAc "select 1" >/dev/null 2>&1 || return 1
  if [ -z "$(psql "$server/postgres" -tAc "select 1 from pg_database where datname = '$database'")" ]; then
    psql "$server/postgres" -qc "create database \"$database\"" >/dev/null || return 1
    log "created PostgreSQL database $database for FerretDB"
  fi
}

# FerretDB's PostgreSQL database made fit for the platform (idempotent; event triggers cover what
# FerretDB makes later): every btree index gets a GIN twin its equality filters can use
# (scripts/sql/ferretdb-gin-twins.sql — without it every read by _id scans its table: 34 ms instead of
# 3.4 ms at 50,000 documents), and a conditional replacement of a versioned document is refused when
# another process replaced it first (scripts/sql/ferretdb-versioned-writes.sql — FerretDB 1.24 updates
# by _id after a separate read, so two writers of one version would both win).
prepare_ferretdb_database() {
  [ -n "${MONGODB_URI:-}" ] || [ "$FERRETDB_HANDLER" = sqlite ] && return 0
  command -v psql >/dev/null 2>&1 || return 0
  psql "${FERRETDB_POSTGRESQL_URL%/*}/postgres" -tAc "select 1" >/dev/null 2>&1 || return 0
  ensure_postgresql_database || return 0
  local file
  for file in "$ROOT"/scripts/sql/*.sql; do
    psql "$FERRETDB_POSTGRESQL_URL" -v ON_ERROR_STOP=1 -q -f "$file" >/dev/null \
      || log "could not apply ${file#"$ROOT"/} to FerretDB's database"
  done
}

start_ferretdb() {
  if [ -n "${MONGODB_URI:-}" ]; then
    log "using MONGODB_URI from the environment"
    return 0
  fi
  if [ -f "$RUN/ferretdb.pid" ] && kill -0 "$(cat "$RUN/ferretdb.pid")" 2>/dev/null; then
    return 0
  fi
  # Built even when another server answers: the outage tests start private FerretDB servers of their own.
  install_ferretdb
  if port_open "$FERRETDB_ADDR"; then
    log "a server already answers on $FERRETDB_ADDR; using it"
    return 0
  fi
  mkdir -p "$RUN" "$DATA/ferretdb"
  if [ "$FERRETDB_HANDLER" = auto ]; then
    FERRETDB_HANDLER=sqlite
    if command -v psql >/dev/null 2>&1 && ensure_postgresql_database; then FERRETDB_HANDLER=postgresql; fi
  fi
  local args=(--listen-addr="$FERRETDB_ADDR" --telemetry=disable --state-dir="$DATA/ferretdb"
    --debug-addr="${FERRETDB_DEBUG_ADDR:--}" --log-level=warn --handler="$FERRETDB_HANDLER")
  if [ "$FERRETDB_HANDLER" = sqlite ]; then
    args+=(--sqlite-url="file:$DATA/ferretdb/")
  else
    # At most 40 PostgreSQL connections (of the server's usual 100): the fault tests' private servers need some too.
    # Every statement planned for its own values (plan_cache_mode, passed to PostgreSQL by the driver):
    # FerretDB prepares each query once, and PostgreSQL's generic plan for `_jsonb->'_id' @> $1`, chosen
    # after a few runs, scans the whole table instead of using the GIN index (scripts/sql/ferretdb-gin-twins.sql).
    local joiner='?'; [[ "$FERRETDB_POSTGRESQL_URL" == *\?* ]] && joiner='&'
    args+=(--postgresql-url="$FERRETDB_POSTGRESQL_URL${joiner}pool_max_conns=${FERRETDB_POOL_MAX_CONNS:-40}&plan_cache_mode=force_custom_plan")
  fi
  log "starting FerretDB $FERRETDB_VERSION ($FERRETDB_HANDLER) on $FERRETDB_ADDR"
  nohup "$FERRETDB_BIN" "${args[@]}" >>"$RUN/ferretdb.log" 2>&1 &
  echo $! >"$RUN/ferretdb.pid"
  wait_port "$FERRETDB_ADDR" 30 || { log "FerretDB did not start; see .run/ferretdb.log"; tail -n 20 "$RUN/ferretdb.log" >&2; exit 1; }
}

# --- RabbitMQ -------------------------------------------------------------------------------
start_rabbitmq() {
  if [ -n "${AMQP_URL:-}" ]; then
    log "using AMQP_URL from the environment"
    return 0
  fi
  port_open 127.0.0.1:5672 && return 0
  if ! command -v rabbitmq-server >/dev/null && [ ! -x /usr/sbin/rabbitmq-server ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing rabbitmq-server with apt-get"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
    else
      log "RabbitMQ is not installed and cannot be installed here: set AMQP_URL"
      exit 1
    fi
  fi
  log "starting the local RabbitMQ"
  mkdir -p "$RUN"
  PATH="$PATH:/usr/sbin" rabbitmq-server -detached >>"$RUN/rabbitmq-start.log" 2>&1 || true
  touch "$RUN/rabbitmq.started-by-us"
  wait_port 127.0.0.1:5672 60 || { log "RabbitMQ did not start"; exit 1; }
}

# The management API lets the launcher give every process its own broker user, limited to the events
# it publishes and the queues it consumes (libs/launcher/src/broker-users.ts).
enable_rabbitmq_management() {
  [ -n "${AMQP_URL:-}" ] && return 0
  port_open 127.0.0.1:15672 && return 0
  if [ "$(id -u)" = 0 ] && PATH="$PATH:/usr/sbin" command -v rabbitmq-plugins >/dev/null; then
    log "enabling RabbitMQ's management API (a broker user per service)"
    PATH="$PATH:/usr/sbin" rabbitmq-plugins enable rabbitmq_management >>"$RUN/rabbitmq-start.log" 2>&1 || true
    wait_port 127.0.0.1:15672 30 || log "RabbitMQ's management API did not start; all processes share one broker user"
  else
    log "RabbitMQ's management API is off and cannot be enabled here; all processes share one broker user"
  fi
}

case "${1:-up}" in
up)
  mkdir -p "$RUN"
  start_rabbitmq
  enable_rabbitmq_management
  start_ferretdb
  prepare_ferretdb_database
  ;;
down)
  if [ -f "$RUN/ferretdb.pid" ]; then
    kill "$(cat "$RUN/ferretdb.pid")" 2>/dev/null || true
    rm -f "$RUN/ferretdb.pid"
    log "FerretDB stopped"
  fi
  if [ -f "$RUN/rabbitmq.started-by-us" ]; then
    PATH="$PATH:/usr/sbin" rabbitmqctl stop >/dev/null 2>&1 || true
    rm -f "$RUN/rabbitmq.started-by-us"
    log "RabbitMQ stopped"
  fi
  ;;
env)
  echo "MONGODB_URI=${MONGODB_URI:-$DEFAULT_MONGODB_URI}"
  echo "AMQP_URL=${AMQP_URL:-$DEFAULT_AMQP_URL}"
  ;;
*)
  echo "usage: $0 up|down|env" >&2
  exit 2
  ;;
esac
