#!/usr/bin/env bash
# A throwaway Kafka with SASL/SCRAM over TLS and ACLs (KRaft, one process, on 127.0.0.1),
# for the test that a service is denied topics that are not its own. Uses the jars
# `infra.sh up kafka` fetched.
#
#   kafka-secure.sh start DIR PORT CONTROLLER_PORT ADMIN_PASSWORD [USER=PASSWORD ...]
#   kafka-secure.sh stop DIR
#
# DIR must hold broker-tls.properties, the broker's key and certificate for 127.0.0.1:
#   uv run --no-sync python -m confia.testing.kafka_secure certs \
#     --ca DIR/ca.crt --broker DIR/broker-tls.properties --host 127.0.0.1 --host localhost
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
CACHE_DIR=${CONFIA_CACHE_DIR:-$HOME/.cache/confia}
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SCRIPT_DIR/kafka/pom.xml")
KAFKA_LIBS=$CACHE_DIR/kafka-$KAFKA_VERSION/libs

command=$1 dir=$2
case $command in
  start)
    port=$3 controller_port=$4 admin_password=$5
    shift 5
    [[ -f $KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar ]] ||
      { echo "kafka jars missing: run deploy/local/infra.sh up kafka first" >&2; exit 1; }
    [[ -f $dir/broker-tls.properties ]] ||
      { echo "$dir/broker-tls.properties missing: see the usage above" >&2; exit 1; }
    umask 077 # the configuration holds the admin password and the broker's key
    mkdir -p "$dir/data"
    {
      sed -e "s|@LISTEN_HOST@|127.0.0.1|g" -e "s|@ADVERTISED_HOST@|127.0.0.1|g" \
        -e "s|@KAFKA_PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" \
        -e "s|@DATA_DIR@|$dir/data|g" -e "s|@ADMIN_PASSWORD@|$admin_password|g" \
        "$SCRIPT_DIR/kafka-secure/server.properties"
      cat "$dir/broker-tls.properties"
    } >"$dir/server.properties"
    java_opts=(-Xms128m -Xmx384m -Djava.awt.headless=true
      "-Dlog4j2.configurationFile=$SCRIPT_DIR/kafka/log4j2.xml" "-Dkafka.logs.dir=$dir"
      -cp "$KAFKA_LIBS/*")
    scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=$admin_password]")
    for user in "$@"; do
      scram+=(--add-scram "SCRAM-SHA-512=[name=${user%%=*},password=${user#*=}]")
    done
    cluster_id=$(python3 -c 'import base64, uuid; print(base64.urlsafe_b64encode(uuid.UUID(int=uuid.uuid4().int & ~(1 << 127)).bytes).decode().rstrip("="))')
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$dir/server.properties" --standalone "${scram[@]}" >"$dir/format.out" 2>&1
    setsid java "${java_opts[@]}" kafka.Kafka "$dir/server.properties" \
      >"$dir/kafka.out" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    for _ in $(seq 1 120); do
      grep -q "Kafka Server started" "$dir/server.log" 2>/dev/null && exit 0
      sleep 0.5
    done
    echo "secure kafka did not start, see $dir/server.log" >&2
    exit 1
    ;;
  stop)
    [[ -f $dir/pid ]] && kill "$(cat "$dir/pid")" 2>/dev/null || true
    ;;
  *) echo "usage: $0 start|stop DIR ..." >&2; exit 2 ;;
esac
