package org.chokepoint.model;

import org.chokepoint.text.Scripts;

import java.util.Objects;

/**
 * One name of a listed entity as the list prints it.
 *
 * @param value  the name exactly as published (trimmed), never blank
 * @param kind   primary name, a.k.a., f.k.a., n.k.a. or weak alias
 * @param script the dominant Unicode script of the value ("Latin", "Cyrillic", "Han", ...)
 */
public record EntityName(String value, NameKind kind, String script) {
    public EntityName {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) throw new IllegalArgumentException("blank name");
        value = value.strip();
        if (script == null || script.isBlank()) script = Scripts.dominant(value);
    }

    public EntityName(String value, NameKind kind) {
        this(value, kind, null);
    }
}
