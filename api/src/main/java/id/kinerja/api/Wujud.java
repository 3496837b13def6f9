package id.kinerja.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a type is written in JSON, in the users' words, for refusals of unreadable input: "angka atau predikat (AA, A,
 * BB, B, CC, C, D)" — so a refused request says what to send, never a Java class name. Without it, the web layer
 * describes a record by its fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Wujud {

    String value();
}
