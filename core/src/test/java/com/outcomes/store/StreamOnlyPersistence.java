package com.outcomes.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

import com.outcomes.port.Persistence;

/** A host without plain SQL reads: everything goes to the delegate except {@link Persistence#sqlReads()}. */
final class StreamOnlyPersistence {

    private StreamOnlyPersistence() {
    }

    static Persistence of(Persistence delegate) {
        return (Persistence) Proxy.newProxyInstance(Persistence.class.getClassLoader(), new Class<?>[] {Persistence.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sqlReads")) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
