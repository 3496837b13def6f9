package id.kinerja.command.shared;

/** Free text in commands (reasons, sources, names): blank counts as absent, and what is kept is trimmed. */
public final class Texts {

    private Texts() {
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public static String trimmed(String value) {
        return hasText(value) ? value.trim() : null;
    }
}
