package id.kinerja.web;

/**
 * The rule ids of refusals that are not business rules, the same in every service: a client reacts to the
 * {@code rule} (also the problem's {@code type}, {@code urn:kinerja:problem:<rule>}), never to the wording.
 */
public final class Kaidah {

    /** Input that cannot be read or is not well formed: JSON, a path value, a query parameter. */
    public static final String MALFORMED = "malformed";
    /** No acting user: no token, or one that is expired or wrongly signed. */
    public static final String UNAUTHENTICATED = "unauthenticated";
    /** The user may not do or read this. */
    public static final String FORBIDDEN = "forbidden";
    /** No such resource (as of the time asked), or no such address. */
    public static final String NOT_FOUND = "not-found";
    /** The address exists but not for this HTTP method. */
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    /** The answer cannot be given in the format the Accept header asks for. */
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    /** The request cannot run in the present state (e.g. a replay while another runs). */
    public static final String CONFLICT = "conflict";
    /** The request body is too large. */
    public static final String TOO_LARGE = "too-large";
    /** The body is of a media type this address does not take. */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    /** Something this service depends on cannot answer now; try again later. */
    public static final String UNAVAILABLE = "unavailable";
    /** An unexpected error: logged with the incident id the client sees. */
    public static final String INTERNAL = "internal";

    private Kaidah() {
    }
}
