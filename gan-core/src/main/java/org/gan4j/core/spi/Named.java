package org.gan4j.core.spi;

import java.util.List;
import java.util.function.Function;
import org.gan4j.core.options.UnknownNameException;

/** Lookup by name with an error that lists the known names. */
final class Named {

    private Named() {}

    static <T> T find(String kind, String name, List<T> items, Function<T, String> nameOf) {
        for (T item : items) {
            if (nameOf.apply(item).equals(name)) {
                return item;
            }
        }
        throw new UnknownNameException(kind, name, items.stream().map(nameOf).toList());
    }
}
