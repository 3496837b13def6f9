package id.kinerja.reporting.query;

/** query-service refused or failed a read the document needs; the document cannot be rendered now. */
public class QueryServiceUnavailable extends RuntimeException {

    public QueryServiceUnavailable(String path, int status) {
        super("query-service menjawab " + status + " untuk " + path);
    }
}
