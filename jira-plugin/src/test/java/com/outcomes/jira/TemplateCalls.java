package com.outcomes.jira;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a Velocity template the way Velocity's introspector would and lists every Java method it calls, as
 * {@code fqcn#name(paramType,…)} — the form of Jira's {@code <velocity-allowlist>} entries.
 *
 * <p>Types come from the template itself: its header comment names the root objects
 * ({@code Context: $view (com.outcomes.view.IssuePanelView), $i18n (…)}; {@code $i18n} defaults to core's I18n),
 * {@code #foreach( $x in $a.list )} binds {@code $x} to the list's element type (from the getter's generic type),
 * and a macro's parameter resolves through the variable of the same name. A member on a variable of unknown type
 * is reported as an error, so a template change this reader does not understand fails the test instead of slipping
 * past it.
 */
final class TemplateCalls {

    private static final Pattern ROOT = Pattern.compile("\\$(\\w+) \\(([\\w.]+)\\)");
    private static final Pattern FOREACH = Pattern.compile("#foreach\\(\\s*\\$(\\w+)\\s+in\\s+\\$\\{?(\\w+(?:\\.\\w+)*)\\}?\\s*\\)");
    private static final Pattern I18N_KEY = Pattern.compile("\\$i18n\\.textHtml\\(\\s*[\"']([^\"']+)[\"']");

    private final String name;
    private final String text;
    private final Map<String, Set<Class<?>>> variables = new HashMap<>();
    private final Set<String> methods = new TreeSet<>();
    private final List<String> errors = new ArrayList<>();

    private TemplateCalls(String name, String text) throws ClassNotFoundException {
        this.name = name;
        this.text = text;
        bind("i18n", com.outcomes.view.I18n.class);
        for (String line : text.split("\n")) {
            if (line.startsWith("##")) {
                Matcher root = ROOT.matcher(line);
                while (root.find()) {
                    bind(root.group(1), Class.forName(root.group(2)));
                }
            }
        }
        bindLoops();
        scanReferences();
    }

    static TemplateCalls read(String classpathLocation) throws IOException, ClassNotFoundException {
        try (InputStream in = TemplateCalls.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IOException("no template on the classpath at " + classpathLocation);
            }
            return new TemplateCalls(classpathLocation, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    Set<String> methods() {
        return methods;
    }

    List<String> errors() {
        return errors;
    }

    /** Keys of {@code $i18n.textHtml("literal", …)} calls (templates never call getText: see core's view package). */
    Set<String> i18nKeys() {
        Set<String> keys = new TreeSet<>();
        Matcher m = I18N_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private void bind(String variable, Class<?> type) {
        variables.computeIfAbsent(variable, v -> new HashSet<>()).add(type);
    }

    /** Loops may nest (a list inside a loop variable): repeat until no new binding appears. */
    private void bindLoops() {
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher loop = FOREACH.matcher(text);
            while (loop.find()) {
                String[] chain = loop.group(2).split("\\.");
                for (Class<?> owner : variables.getOrDefault(chain[0], Set.of())) {
                    Type type = owner;
                    for (int i = 1; i < chain.length && type != null; i++) {
                        Method getter = getter(raw(type), chain[i]);
                        type = getter == null ? null : getter.getGenericReturnType();
                    }
                    if (type instanceof ParameterizedType list && list.getActualTypeArguments().length == 1) {
                        Class<?> element = raw(list.getActualTypeArguments()[0]);
                        if (element != null && variables.computeIfAbsent(loop.group(1), v -> new HashSet<>()).add(element)) {
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private void scanReferences() {
        int i = 0;
        while ((i = text.indexOf('$', i)) >= 0) {
            int at = i + 1;
            if (at < text.length() && text.charAt(at) == '!') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '{') {
                at++;
            }
            int start = at;
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                at++;
            }
            String variable = text.substring(start, at);
            if (variable.isEmpty() || isInComment(i)) {
                i = at + 1;
                continue;
            }
            Set<Class<?>> owners = new HashSet<>(variables.getOrDefault(variable, Set.of()));
            int resume = -1; // a call's arguments hold references too: scan them next
            while (at + 1 < text.length() && text.charAt(at) == '.' && Character.isJavaIdentifierStart(text.charAt(at + 1))) {
                int memberStart = at + 1;
                at = memberStart;
                while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                    at++;
                }
                String member = text.substring(memberStart, at);
                int args = -1;
                if (at < text.length() && text.charAt(at) == '(') {
                    int close = closingParen(at);
                    resume = resume < 0 ? at + 1 : resume;
                    args = argumentCount(text.substring(at + 1, close));
                    at = close + 1;
                }
                if (owners.isEmpty()) {
                    errors.add(name + ": $" + variable + "." + member + " on a variable of unknown type");
                    break;
                }
                Set<Class<?>> next = new HashSet<>();
                for (Class<?> owner : owners) {
                    Method method = args < 0 ? getter(owner, member) : method(owner, member, args);
                    if (method == null) {
                        errors.add(name + ": " + owner.getName() + " has no member for ." + member
                                + (args < 0 ? "" : "(" + args + " args)"));
                    } else {
                        methods.add(signature(method));
                        next.add(method.getReturnType());
                    }
                }
                owners = next;
            }
            i = resume < 0 ? at : resume;
        }
    }

    /** Velocity ignores references inside ## comments; so do we (the headers name the context there). */
    private boolean isInComment(int index) {
        int lineStart = text.lastIndexOf('\n', index) + 1;
        return text.startsWith("##", lineStart);
    }

    private int closingParen(int open) {
        int depth = 0;
        char quote = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        throw new IllegalStateException(name + ": unbalanced parenthesis at " + open);
    }

    private static int argumentCount(String args) {
        if (args.isBlank()) {
            return 0;
        }
        int count = 1;
        int depth = 0;
        char quote = 0;
        for (char c : args.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    /** Velocity's property rule: getFoo(), getfoo(), then isFoo(). */
    private static Method getter(Class<?> owner, String property) {
        String capital = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String candidate : List.of("get" + capital, "get" + property, "is" + capital)) {
            Method m = method(owner, candidate, 0);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A public method with that many arguments; an exact arity wins over varargs, as in Velocity. */
    private static Method method(Class<?> owner, String name, int args) {
        Method varargs = null;
        for (Method m : owner.getMethods()) {
            if (!m.getName().equals(name) || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (m.getParameterCount() == args && !m.isVarArgs()) {
                return m;
            }
            if (m.isVarArgs() && args >= m.getParameterCount() - 1) {
                varargs = m;
            }
        }
        return varargs;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    static String signature(Method m) {
        return m.getDeclaringClass().getName() + "#" + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }
}
