package id.kinerja.load.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;

/**
 * What the loaded year takes on disk, per event: the event store (events, hash chain, snapshots, with their indexes),
 * query-service's read models, and the events topic — the figures docs/scale.md multiplies up to a country.
 */
record Storage(long events, long eventStoreBytes, long readModelBytes, long topicBytes) {

    static Storage measure(String postgresUrl, String user, String password, String kafka, long events)
            throws Exception {
        long store;
        long reads;
        try (Connection c = DriverManager.getConnection(postgresUrl, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size('kinerja_events'), pg_database_size('kinerja_query')")) {
            rs.next();
            store = rs.getLong(1);
            reads = rs.getLong(2);
        }
        long topic = 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Collection<Integer> brokers = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<org.apache.kafka.common.TopicPartition, ReplicaInfo> replica
                            : dir.replicaInfos().entrySet()) {
                        if (replica.getKey().topic().equals("kinerja.events")) {
                            topic += replica.getValue().size();
                        }
                    }
                }
            }
        }
        return new Storage(events, store, reads, topic);
    }

    long perEvent(long bytes) {
        return events == 0 ? 0 : bytes / events;
    }
}
