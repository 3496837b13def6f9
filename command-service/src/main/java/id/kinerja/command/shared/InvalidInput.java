package id.kinerja.command.shared;

/**
 * A value of a command is not acceptable input whatever the rules say: a number beyond what any unit allows, an
 * amount of money beyond the largest, text with characters no document can hold. Refused at the edge, before the
 * command reaches its aggregate (400, where a broken business rule is 422).
 */
public class InvalidInput extends RuleViolation {

    public InvalidInput(String rule, String field, String message) {
        super(rule, field, message);
    }

    @Override
    public int status() {
        return 400;
    }
}
