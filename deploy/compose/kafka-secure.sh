#!/usr/bin/env bash
# The Kafka of docker-compose.secure.yml, in the apache/kafka image: one SASL_SSL listener
# (SCRAM-SHA-512) for every client, nothing allowed without an ACL. Its configuration is
# the native test broker's template (deploy/local/kafka-secure/server.properties) plus the
# ssl.* lines the kafka-setup service wrote (python -m confia.testing.kafka_secure certs).
#
#   kafka-secure.sh serve        the broker (service kafka)
#   kafka-secure.sh grant FILE   kafka-acls.sh --add, one run per line of FILE (kafka-acls)
#
# Every CONFIA_KAFKA_PASSWORD_<USER> variable becomes the SCRAM user <user> (lowercase),
# written when the storage is formatted. The storage lives in the container, as in the
# base file: a changed password recreates the container, which formats afresh.
set -euo pipefail
KAFKA_BIN=/opt/kafka/bin
STATE=/tmp/confia-kafka
CA_FILE=/etc/confia/kafka-ca/ca.crt
BROKER_TLS=/etc/confia/kafka-broker/broker-tls.properties
TEMPLATE=/etc/confia/kafka-secure/server.properties

# How the admin connects, for the health check and for granting ACLs.
admin_properties() {
  cat <<PROPERTIES
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$CONFIA_KAFKA_PASSWORD_ADMIN";
ssl.truststore.type=PEM
ssl.truststore.location=$CA_FILE
PROPERTIES
}

umask 077 # the files below hold the admin password and the broker's key
mkdir -p "$STATE"
admin_properties >"$STATE/admin.properties"
case $1 in
  serve)
    {
      sed -e "s|@LISTEN_HOST@|0.0.0.0|g" -e "s|@ADVERTISED_HOST@|kafka|g" \
        -e "s|@KAFKA_PORT@|9092|g" -e "s|@CONTROLLER_PORT@|9093|g" \
        -e "s|@DATA_DIR@|$STATE/data|g" -e "s|@ADMIN_PASSWORD@|$CONFIA_KAFKA_PASSWORD_ADMIN|g" \
        "$TEMPLATE"
      cat "$BROKER_TLS"
    } >"$STATE/server.properties"
    if [[ ! -f $STATE/data/meta.properties ]]; then
      scram=()
      for variable in "${!CONFIA_KAFKA_PASSWORD_@}"; do
        user=${variable#CONFIA_KAFKA_PASSWORD_}
        scram+=(--add-scram "SCRAM-SHA-512=[name=${user,,},password=${!variable}]")
      done
      "$KAFKA_BIN/kafka-storage.sh" format --standalone -c "$STATE/server.properties" \
        -t "$("$KAFKA_BIN/kafka-storage.sh" random-uuid)" "${scram[@]}"
    fi
    exec "$KAFKA_BIN/kafka-server-start.sh" "$STATE/server.properties"
    ;;
  grant)
    # Adding an ACL that exists changes nothing, so this runs again at every `up`. One JVM
    # per line, each short-lived: start them small and without the optimizing compiler.
    export KAFKA_HEAP_OPTS=-Xmx128m
    export KAFKA_JVM_PERFORMANCE_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true"
    while read -r -a arguments; do
      "$KAFKA_BIN/kafka-acls.sh" --bootstrap-server kafka:9092 \
        --command-config "$STATE/admin.properties" --add "${arguments[@]}" >/dev/null
    done <"$2"
    echo "granted the ACLs of $(wc -l <"$2") lines of $2"
    ;;
  *) echo "usage: $0 serve|grant FILE" >&2; exit 2 ;;
esac
