package id.kinerja.query.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The offsets stored with the read models: where the consumer group resumes, whatever Kafka remembers. */
@Component
public class OffsetStore {

    private final JdbcTemplate jdbc;

    public OffsetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<TopicPartition, Long> stored(String group, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query("SELECT topic, kafka_partition, next_offset FROM consumer_offset WHERE consumer_group = ?",
                rs -> {
                    TopicPartition partition = new TopicPartition(rs.getString(1), rs.getInt(2));
                    if (partitions.contains(partition)) {
                        offsets.put(partition, rs.getLong(3));
                    }
                }, group);
        return offsets;
    }
}
