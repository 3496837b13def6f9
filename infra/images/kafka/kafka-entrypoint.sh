#!/bin/bash
# Writes server.properties from the environment and starts the broker; formats the data directory on first start.
# Every KAFKA_<NAME> variable becomes <name> with "_" read as "." (KAFKA_MIN_INSYNC_REPLICAS → min.insync.replicas),
# over single-node defaults. KAFKA_CLUSTER_ID must be the same on every node of a cluster; KAFKA_HEAP_OPTS sizes the JVM.
set -euo pipefail
config=/tmp/server.properties
declare -A settings=(
  [process.roles]=broker,controller
  [node.id]=1
  [controller.quorum.voters]=1@localhost:9093
  [listeners]=PLAINTEXT://:9092,CONTROLLER://:9093
  [advertised.listeners]=PLAINTEXT://localhost:9092
  [controller.listener.names]=CONTROLLER
  [inter.broker.listener.name]=PLAINTEXT
  [listener.security.protocol.map]=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
  [log.dirs]=/var/lib/kafka/data
  [auto.create.topics.enable]=false
  [offsets.topic.replication.factor]=1
  [transaction.state.log.replication.factor]=1
  [transaction.state.log.min.isr]=1
  [group.initial.rebalance.delay.ms]=0
)
for variable in $(compgen -e | grep '^KAFKA_' || true); do
  case "$variable" in KAFKA_CLUSTER_ID|KAFKA_HEAP_OPTS|KAFKA_OPTS) continue ;; esac
  key="$(echo "${variable#KAFKA_}" | tr '[:upper:]_' '[:lower:].')"
  settings[$key]="${!variable}"
done
: >"$config"
for key in "${!settings[@]}"; do printf '%s=%s\n' "$key" "${settings[$key]}" >>"$config"; done

classpath='/opt/kafka/libs/*'
logging=-Dlog4j.configuration=file:/opt/kafka/log4j.properties
if [ ! -f "${settings[log.dirs]%%,*}/meta.properties" ]; then
  java $logging -cp "$classpath" kafka.tools.StorageTool format --ignore-formatted \
    -t "${KAFKA_CLUSTER_ID:-a2luZXJqYWthZmthMDAwMQ}" -c "$config"
fi
exec java ${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m} ${KAFKA_OPTS:-} $logging -cp "$classpath" kafka.Kafka "$config"
