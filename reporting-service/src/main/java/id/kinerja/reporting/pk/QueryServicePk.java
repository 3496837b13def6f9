package id.kinerja.reporting.pk;

import id.kinerja.reporting.query.QueryService;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The PK from query-service's projections: the usual source of every document. */
@Component
public class QueryServicePk implements PkSource {

    /** A PK in query-service; its reads are below it. */
    public static final String PATH = "/api/tenants/{tenant}/opd/{opd}/pk/{year}";

    private final QueryService query;

    public QueryServicePk(QueryService query) {
        this.query = query;
    }

    @Override
    public Optional<PkData> pk(PkRef ref) {
        return query.get(PATH, Map.of("tenant", ref.tenant(), "opd", ref.opd(), "year", ref.year()),
                        parameters(ref))
                .map(json -> query.convert(json, PkData.class));
    }

    private static Map<String, Object> parameters(PkRef ref) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", ref.asOf());
        parameters.put("revisi", ref.revision());
        return parameters;
    }
}
