package id.kinerja.command.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the refusal of a command under a named rule, about a named field. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violates(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule().equals(rule) && java.util.Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule '" + rule + "' on field '" + field + "'");
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule '" + violation.rule() + "' on field '" + violation.field() + "': "
                        + violation.getMessage());
            }
        };
    }
}
