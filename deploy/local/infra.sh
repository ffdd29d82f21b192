#!/usr/bin/env bash
# Native local infrastructure for machines without a Docker engine: Apache Kafka (KRaft),
# FerretDB (MongoDB wire protocol on SQLite) and Jaeger (OTLP in, query API out).
#
#   infra.sh fetch  [component...]   resolve/build what is missing into the cache
#   infra.sh up     [component...]   fetch if needed, start what is not healthy, wait
#   infra.sh down   [component...]   stop what this script started (TERM, then KILL)
#   infra.sh status [component...]   one line per component; non-zero if any is down
#   infra.sh env                     `export CONFIA_...=...` lines, for eval
#
# Components: kafka ferretdb jaeger (default: all). See deploy/local/README.md.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

CACHE_DIR=${CONFIA_CACHE_DIR:-$HOME/.cache/confia}
STATE_DIR=${CONFIA_STATE_DIR:-$REPO_ROOT/.local/infra}
BIN_DIR=$CACHE_DIR/bin

KAFKA_PORT=${CONFIA_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${CONFIA_KAFKA_CONTROLLER_PORT:-9093}
MONGO_PORT=${CONFIA_MONGO_PORT:-27017}
JAEGER_QUERY_PORT=${CONFIA_JAEGER_QUERY_PORT:-16686}
JAEGER_QUERY_GRPC_PORT=${CONFIA_JAEGER_QUERY_GRPC_PORT:-16685}
OTLP_GRPC_PORT=${CONFIA_OTLP_GRPC_PORT:-4317}
OTLP_HTTP_PORT=${CONFIA_OTLP_HTTP_PORT:-4318}
# Kafka starts in about 5 s here, 15 s after an unclean stop (log recovery); the bound is
# for a wedged start, not a slow one.
START_TIMEOUT=${CONFIA_INFRA_START_TIMEOUT:-120}
STOP_TIMEOUT=${CONFIA_INFRA_STOP_TIMEOUT:-30}
KAFKA_HEAP_OPTS=${CONFIA_KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}

ALL_COMPONENTS=(kafka ferretdb jaeger)

# Versions live in one place each: the pom for Kafka, the go.mod for Jaeger.
KAFKA_POM=$SCRIPT_DIR/kafka/pom.xml
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM")
KAFKA_LIBS=$CACHE_DIR/kafka-$KAFKA_VERSION/libs
JAEGER_MODULE=$SCRIPT_DIR/jaeger
JAEGER_VERSION=$(awk '$1 == "github.com/jaegertracing/jaeger" { print $2 }' "$JAEGER_MODULE/go.mod")
FERRETDB_VERSION=v1.24.2

log() { printf 'infra: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

go_bin() {
  # /usr/local/go/bin is where the Go tarball installs; it is often not on PATH in scripts.
  if command -v go >/dev/null 2>&1; then command -v go
  elif [[ -x /usr/local/go/bin/go ]]; then echo /usr/local/go/bin/go
  else die "Go is needed to build ferretdb and jaeger (not on PATH, not in /usr/local/go/bin)"
  fi
}

component_dir() { echo "$STATE_DIR/$1"; }
pid_file() { echo "$STATE_DIR/$1/$1.pid"; }

log_file() {
  case $1 in
    kafka) echo "$STATE_DIR/kafka/server.log" ;;
    ferretdb) echo "$STATE_DIR/ferretdb/ferretdb.log" ;;
    jaeger) echo "$STATE_DIR/jaeger/jaeger.log" ;;
  esac
}

endpoint() {
  case $1 in
    kafka) echo "kafka://127.0.0.1:$KAFKA_PORT" ;;
    ferretdb) echo "mongodb://127.0.0.1:$MONGO_PORT" ;;
    jaeger) echo "http://127.0.0.1:$JAEGER_QUERY_PORT (OTLP grpc :$OTLP_GRPC_PORT, http :$OTLP_HTTP_PORT)" ;;
  esac
}

# A string that only our instance has on its command line. A pid file alone is not
# proof: after a reboot or a crash the pid may belong to an unrelated process.
cmdline_marker() {
  case $1 in
    kafka) echo "$STATE_DIR/kafka/server.properties" ;;
    ferretdb) echo "--state-dir=$STATE_DIR/ferretdb" ;;
    jaeger) echo "$BIN_DIR/jaeger" ;;
  esac
}

# Prints the pid of the instance this script started, if it is still running.
managed_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    grep -qF -- "$(cmdline_marker "$1")" < <(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null); then
    echo "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

port_open() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# ---------------------------------------------------------------------------- health

# Kafka: an open port is not enough, the broker accepts connections before it has
# registered with its controller, and after a restart its partitions have no leader
# until it is unfenced. A Metadata (v1) answer listing a live broker, a controller and a
# leader for every partition of every topic means clients work right away.
kafka_healthy() {
  python3 - "$KAFKA_PORT" <<'PY'
import socket, struct, sys

port = int(sys.argv[1])
client_id = b"confia-infra"
# api_key=3 (Metadata), api_version=1, correlation_id=1, client_id; body: topics=null (all)
body = struct.pack(">hhih", 3, 1, 1, len(client_id)) + client_id + struct.pack(">i", -1)
try:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.settimeout(2)
        s.sendall(struct.pack(">i", len(body)) + body)
        def read(n):
            buf = b""
            while len(buf) < n:
                chunk = s.recv(n - len(buf))
                if not chunk:
                    raise EOFError
                buf += chunk
            return buf
        (size,) = struct.unpack(">i", read(4))
        resp = read(size)
except (OSError, EOFError):
    sys.exit(1)
pos = 4  # correlation id
(brokers,) = struct.unpack_from(">i", resp, pos)
pos += 4
for _ in range(brokers):
    pos += 4  # node id
    (host_len,) = struct.unpack_from(">h", resp, pos)
    pos += 2 + host_len + 4  # host, port
    (rack_len,) = struct.unpack_from(">h", resp, pos)
    pos += 2 + max(rack_len, 0)
(controller,) = struct.unpack_from(">i", resp, pos)
pos += 4
(topics,) = struct.unpack_from(">i", resp, pos)
pos += 4
for _ in range(topics):
    (topic_error, name_len) = struct.unpack_from(">hh", resp, pos)
    pos += 4 + name_len + 1  # error, name, is_internal
    (partitions,) = struct.unpack_from(">i", resp, pos)
    pos += 4
    for _ in range(partitions):
        (part_error, _index, leader, replicas) = struct.unpack_from(">hiii", resp, pos)
        pos += 14 + 4 * replicas
        (isr,) = struct.unpack_from(">i", resp, pos)
        pos += 4 + 4 * isr
        if part_error or leader < 0:
            sys.exit(1)
    if topic_error:
        sys.exit(1)
sys.exit(0 if brokers >= 1 and controller >= 0 else 1)
PY
}

# FerretDB: a real MongoDB `ping` (OP_MSG), so "healthy" means the SQLite backend
# answers, not just that the listener is up. Stdlib only: pymongo may not be installed.
ferretdb_healthy() {
  python3 - "$MONGO_PORT" <<'PY'
import socket, struct, sys

port = int(sys.argv[1])

def cstr(s):
    return s.encode() + b"\0"

elements = (b"\x10" + cstr("ping") + struct.pack("<i", 1)
            + b"\x02" + cstr("$db") + struct.pack("<i", 6) + cstr("admin"))
doc = struct.pack("<i", len(elements) + 5) + elements + b"\0"
payload = struct.pack("<I", 0) + b"\0" + doc  # flagBits, section kind 0, body
msg = struct.pack("<iiii", 16 + len(payload), 1, 0, 2013) + payload  # 2013 = OP_MSG
try:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.settimeout(2)
        s.sendall(msg)
        data = b""
        while len(data) < 4 or len(data) < struct.unpack_from("<i", data)[0]:
            chunk = s.recv(65536)
            if not chunk:
                sys.exit(1)
            data += chunk
except OSError:
    sys.exit(1)
# header(16) + flagBits(4) + kind(1), then the reply document; find its "ok" field.
pos, end = 21 + 4, 21 + struct.unpack_from("<i", data, 21)[0] - 1
fixed = {0x01: 8, 0x08: 1, 0x0A: 0, 0x10: 4, 0x11: 8, 0x12: 8, 0x09: 8, 0x07: 12}
while pos < end:
    kind = data[pos]
    name_end = data.index(b"\0", pos + 1)
    name = data[pos + 1:name_end]
    pos = name_end + 1
    if name == b"ok":
        value = {0x01: lambda: struct.unpack_from("<d", data, pos)[0],
                 0x10: lambda: struct.unpack_from("<i", data, pos)[0],
                 0x12: lambda: struct.unpack_from("<q", data, pos)[0],
                 0x08: lambda: data[pos]}.get(kind, lambda: 0)()
        sys.exit(0 if value == 1 else 1)
    if kind in fixed:
        pos += fixed[kind]
    elif kind in (0x02, 0x0D, 0x0E):  # string-like: int32 length + bytes
        pos += 4 + struct.unpack_from("<i", data, pos)[0]
    elif kind in (0x03, 0x04):  # embedded document / array: its own length
        pos += struct.unpack_from("<i", data, pos)[0]
    else:
        sys.exit(1)
sys.exit(1)
PY
}

# Jaeger starts its extensions (the query API) before its receivers, so the API alone
# answering does not yet mean spans can be sent: check the OTLP ports too.
jaeger_healthy() {
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$JAEGER_QUERY_PORT/api/services" 2>/dev/null &&
    port_open "$OTLP_GRPC_PORT" && port_open "$OTLP_HTTP_PORT"
}

healthy() { "${1}_healthy"; }

# The port(s) that must be free for a component to start.
component_ports() {
  case $1 in
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    ferretdb) echo "$MONGO_PORT" ;;
    jaeger) echo "$JAEGER_QUERY_PORT $JAEGER_QUERY_GRPC_PORT $OTLP_GRPC_PORT $OTLP_HTTP_PORT" ;;
  esac
}

# ---------------------------------------------------------------------------- fetch

kafka_fetched() {
  # The stamp makes a changed pom (new version, other log binding) re-resolve the jars.
  [[ -f $KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar ]] &&
    [[ "$(cat "$KAFKA_LIBS/../pom.sha256" 2>/dev/null)" == "$(sha256sum <"$KAFKA_POM")" ]]
}

kafka_fetch() {
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to resolve the Kafka jars"
  command -v java >/dev/null 2>&1 || die "Java 17+ is needed to run Kafka"
  local tmp
  tmp=$(mktemp -d "$CACHE_DIR/kafka-libs.XXXXXX")
  log "resolving Kafka $KAFKA_VERSION jars with Maven (first time: 10-30 s)..."
  # Written to a temporary directory and moved into place, so an interrupted download
  # never looks like a complete one.
  if ! mvn -B -f "$KAFKA_POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$tmp.log" 2>&1; then
    tail -n 40 "$tmp.log" >&2
    rm -rf "$tmp"
    die "mvn dependency:copy-dependencies failed; full output in $tmp.log"
  fi
  rm -f "$tmp.log"
  rm -rf "$KAFKA_LIBS"
  mkdir -p "$(dirname "$KAFKA_LIBS")"
  mv "$tmp" "$KAFKA_LIBS"
  sha256sum <"$KAFKA_POM" >"$KAFKA_LIBS/../pom.sha256"
}

# Output is captured before grep: with pipefail, `grep -q` exiting at the first match
# can SIGPIPE the writer and fail the whole pipeline.
ferretdb_fetched() {
  local out
  out=$("$BIN_DIR/ferretdb" --version 2>/dev/null) || return 1
  grep -qx "version: $FERRETDB_VERSION" <<<"$out"
}

# `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds, but the binary
# panics at start: it requires build/version/version.txt, which `git describe` fills
# in their release builds and which is empty in the module zip. So: copy the module
# source (verified against go.sum by the module download), write version.txt, build it
# as the main module, with upstream's own go.sum pinning every dependency.
ferretdb_fetch() {
  local go src tmp
  go=$(go_bin)
  log "building FerretDB $FERRETDB_VERSION (first time: 1-2 minutes)..."
  tmp=$(mktemp -d)
  # Run from the empty directory so no go.mod around us gets involved.
  src=$(cd "$tmp" && "$go" mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])') ||
    die "downloading the FerretDB $FERRETDB_VERSION module failed"
  cp -R "$src/." "$tmp"
  chmod -R u+w "$tmp"
  echo "$FERRETDB_VERSION" >"$tmp/build/version/version.txt"
  mkdir -p "$BIN_DIR"
  if ! (cd "$tmp" && "$go" build -buildvcs=false -o "$BIN_DIR/ferretdb.new" ./cmd/ferretdb); then
    rm -rf "$tmp"
    die "building FerretDB failed (see the output above)"
  fi
  rm -rf "$tmp"
  mv "$BIN_DIR/ferretdb.new" "$BIN_DIR/ferretdb"
}

jaeger_fetched() {
  local out
  [[ -x $BIN_DIR/jaeger ]] || return 1
  out=$("$(go_bin)" version -m "$BIN_DIR/jaeger" 2>/dev/null) || return 1
  grep -qE "^[[:space:]]+mod[[:space:]]+github.com/jaegertracing/jaeger[[:space:]]+${JAEGER_VERSION}[[:space:]]" <<<"$out"
}

# Built as a tool of the small module in deploy/local/jaeger, whose go.mod/go.sum pin
# every dependency (`go install ...@version` would re-resolve them on each machine).
jaeger_fetch() {
  local go
  go=$(go_bin)
  log "building Jaeger $JAEGER_VERSION (first time: 4-6 minutes on 2 cores)..."
  mkdir -p "$BIN_DIR"
  (cd "$JAEGER_MODULE" && GOBIN=$BIN_DIR "$go" install -buildvcs=false tool) ||
    die "building Jaeger failed (see the output above)"
}

fetch() {
  local c start
  mkdir -p "$CACHE_DIR"
  for c in "$@"; do
    if "${c}_fetched"; then
      continue
    fi
    start=$SECONDS
    "${c}_fetch"
    "${c}_fetched" || die "$c: fetched, but the result does not check out"
    log "$c fetched in $((SECONDS - start))s"
  done
}

# ---------------------------------------------------------------------------- start

# Started in their own session (setsid) so that closing the terminal, Ctrl-C in it, or
# the end of a CI step that ran `up` does not take the services down with it. The
# child writes its own pid just before exec, so the pid file is right even if setsid
# had to fork.
spawn() {
  local name=$1 out=$2
  shift 2
  # shellcheck disable=SC2016 # expanded by the inner bash, on purpose
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$(pid_file "$name")" "$@" \
    >>"$out" 2>&1 </dev/null &
}

kafka_start() {
  local dir props cluster_id formatted_port
  dir=$(component_dir kafka)
  props=$dir/server.properties
  mkdir -p "$dir/data"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$dir/data|g" "$SCRIPT_DIR/kafka/server.properties" >"$props"

  local -a heap java_opts
  read -r -a heap <<<"$KAFKA_HEAP_OPTS"
  java_opts=("${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent
    -Djava.awt.headless=true
    "-Dlog4j2.configurationFile=$SCRIPT_DIR/kafka/log4j2.xml" "-Dkafka.logs.dir=$dir"
    -cp "$KAFKA_LIBS/*")

  if [[ ! -f $dir/data/meta.properties ]]; then
    # The cluster id is generated once and kept, so a re-format (after deleting data/)
    # keeps the same identity; Kafka ids are 16 random bytes, url-safe base64.
    if [[ ! -s $dir/cluster-id ]]; then
      python3 -c 'import base64, uuid
while True:
    s = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    if not s.startswith("-"):  # would read as an option on a command line
        print(s)
        break' >"$dir/cluster-id"
    fi
    cluster_id=$(<"$dir/cluster-id")
    log "kafka: formatting storage (cluster id $cluster_id)"
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" \
      --standalone >>"$dir/kafka.out" 2>&1 ||
      die "kafka: storage format failed, see $dir/kafka.out and $dir/server.log"
    echo "$KAFKA_CONTROLLER_PORT" >"$dir/formatted-controller-port"
  else
    # --standalone stores the controller's endpoint in the metadata log itself.
    formatted_port=$(cat "$dir/formatted-controller-port" 2>/dev/null || echo "$KAFKA_CONTROLLER_PORT")
    [[ $formatted_port == "$KAFKA_CONTROLLER_PORT" ]] ||
      die "kafka: storage was formatted for controller port $formatted_port, not $KAFKA_CONTROLLER_PORT; use that port or delete $dir"
  fi

  # Remember where this start's log begins, to wait for its own "started" line.
  stat -c %s "$dir/server.log" 2>/dev/null >"$dir/log-offset" || echo 0 >"$dir/log-offset"
  spawn kafka "$dir/kafka.out" java "${java_opts[@]}" kafka.Kafka "$props"
}

# The Metadata answer already means "registered and serving"; the log line is a second,
# independent signal that the whole startup sequence finished (the brief for this
# script asked for both, since clients connect the moment `up` returns).
kafka_started() {
  local dir offset
  dir=$(component_dir kafka)
  offset=$(cat "$dir/log-offset" 2>/dev/null || echo 0)
  # grep reads from a process substitution: no pipefail SIGPIPE on a long log.
  grep -q "Kafka Server started" < <(tail -c +"$((offset + 1))" "$dir/server.log" 2>/dev/null)
}

ferretdb_start() {
  local dir
  dir=$(component_dir ferretdb)
  mkdir -p "$dir/data"
  # --debug-addr=-: its default 127.0.0.1:8088 is a commonly taken port and we do not need it.
  # --state-dir: defaults to the working directory, where it would drop state.json.
  # --telemetry=disable: otherwise it tries to call home, which only times out here.
  spawn ferretdb "$dir/ferretdb.log" "$BIN_DIR/ferretdb" \
    --handler=sqlite "--sqlite-url=file:$dir/data/" \
    "--listen-addr=127.0.0.1:$MONGO_PORT" "--state-dir=$dir" \
    --debug-addr=- --telemetry=disable --log-level=info
}

jaeger_start() {
  local dir
  dir=$(component_dir jaeger)
  mkdir -p "$dir"
  # config.yaml reads its ports from these variables.
  CONFIA_JAEGER_QUERY_PORT=$JAEGER_QUERY_PORT CONFIA_JAEGER_QUERY_GRPC_PORT=$JAEGER_QUERY_GRPC_PORT \
    CONFIA_OTLP_GRPC_PORT=$OTLP_GRPC_PORT CONFIA_OTLP_HTTP_PORT=$OTLP_HTTP_PORT \
    spawn jaeger "$dir/jaeger.log" "$BIN_DIR/jaeger" --config "file:$SCRIPT_DIR/jaeger/config.yaml"
}

# Prints where to look and the end of the log, for a failed start.
explain_failure() {
  local c=$1 f
  for f in "$(log_file "$c")" "$(component_dir "$c")/$c.out"; do
    [[ -s $f ]] || continue
    log "last lines of $f:"
    tail -n 15 "$f" | sed 's/^/    /' >&2
  done
}

wait_healthy() {
  local c=$1 deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if healthy "$c" && { [[ $c != kafka ]] || kafka_started; }; then
      return 0
    fi
    if ! managed_pid "$c" >/dev/null; then
      explain_failure "$c"
      die "$c exited during startup; its log is $(log_file "$c")"
    fi
    sleep 1
  done
  explain_failure "$c"
  die "$c did not become healthy within ${START_TIMEOUT}s; its log is $(log_file "$c") (stop it with: $0 down $c)"
}

up() {
  local c p started=()
  fetch "$@"
  for c in "$@"; do
    if healthy "$c"; then
      if managed_pid "$c" >/dev/null; then
        log "$c already healthy"
      else
        log "$c already healthy (not started by this script; left alone)"
      fi
      continue
    fi
    if ! managed_pid "$c" >/dev/null; then
      for p in $(component_ports "$c"); do
        ! port_open "$p" ||
          die "$c: port $p is taken by another process (see: ss -ltnp 'sport = :$p'); stop it or override the port"
      done
      log "starting $c..."
      mkdir -p "$(component_dir "$c")"
      "${c}_start"
    fi
    started+=("$c")
  done
  # All are started before waiting on any, so their startups overlap.
  for c in "${started[@]}"; do
    wait_healthy "$c"
    log "$c healthy"
  done
  for c in "$@"; do
    printf '%-9s %s\n' "$c" "$(endpoint "$c")"
  done
}

# ---------------------------------------------------------------------------- stop

down() {
  local c pid deadline i
  # Reverse of the start order.
  for ((i = $#; i >= 1; i--)); do
    c=${!i}
    if ! pid=$(managed_pid "$c"); then
      if healthy "$c"; then
        log "$c is running but was not started by this script; left alone"
      else
        log "$c not running"
      fi
      continue
    fi
    log "stopping $c (pid $pid)..."
    # TERM lets Kafka do a controlled shutdown and FerretDB close SQLite cleanly; a KILL
    # right away would cost Kafka a log recovery on the next start.
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$c did not stop within ${STOP_TIMEOUT}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    fi
    rm -f "$(pid_file "$c")"
    log "$c stopped"
  done
}

# ---------------------------------------------------------------------------- status / env

status() {
  local c pid state rc=0 how
  for c in "$@"; do
    if healthy "$c"; then
      state=healthy
    else
      state=down
      rc=1
    fi
    if pid=$(managed_pid "$c"); then how="pid $pid"
    elif [[ $state == healthy ]]; then how="not started by infra.sh"
    else how="-"
    fi
    printf '%-9s %-8s %s  (%s)\n' "$c" "$state" "$(endpoint "$c")" "$how"
  done
  return "$rc"
}

# Names and meanings are the ones confia.runtime.settings and confia.testing read:
# CONFIA_OTLP_ENDPOINT is the OTLP/HTTP base URL (the services export over HTTP).
env_lines() {
  cat <<EOF
export CONFIA_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
export CONFIA_MONGO_URI=mongodb://127.0.0.1:$MONGO_PORT
export CONFIA_OTLP_ENDPOINT=http://127.0.0.1:$OTLP_HTTP_PORT
export CONFIA_OTLP_GRPC_ENDPOINT=http://127.0.0.1:$OTLP_GRPC_PORT
export CONFIA_JAEGER_QUERY=http://127.0.0.1:$JAEGER_QUERY_PORT
EOF
}

usage() {
  sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

main() {
  [[ $# -ge 1 ]] || usage
  local cmd=$1 c
  shift
  local -a components=("$@")
  [[ ${#components[@]} -gt 0 ]] || components=("${ALL_COMPONENTS[@]}")
  for c in "${components[@]}"; do
    [[ " ${ALL_COMPONENTS[*]} " == *" $c "* ]] || die "unknown component '$c' (known: ${ALL_COMPONENTS[*]})"
  done
  case $cmd in
    fetch) fetch "${components[@]}" ;;
    up) up "${components[@]}" ;;
    down) down "${components[@]}" ;;
    status) status "${components[@]}" ;;
    env) env_lines ;;
    -h | --help | help) usage ;;
    *) usage ;;
  esac
}

main "$@"
