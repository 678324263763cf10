package com.outcomes.jira.wiring;

import static org.mockito.Mockito.mock;

import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;

/**
 * The plugin's Spring context built the way Jira builds it at run time, from classes found by reflection rather than
 * from Spring Scanner's build-time index (Atlassian's scanner is not on Maven Central):
 * <ul>
 * <li>every component class ({@code jakarta.inject.Named}, Spring's {@code @Component} or one of Spring Scanner's
 * component annotations) is a bean, built by constructor injection;</li>
 * <li>every {@code @ComponentImport} found on a constructor parameter or field of any class — the scanner indexes
 * imports in classes that are not components too (Atlassian's Slack plugin keeps its imports as fields of a plain
 * {@code ComponentImports} class) — is a bean standing for the OSGi service, here a Mockito mock, named as the
 * scanner names it ({@code value()}, else the type's simple name, decapitalised);</li>
 * <li>the bundle's {@code BundleContext} is the bean {@code bundleContext}, as Gemini Blueprint's OSGi application
 * context registers it;</li>
 * <li>module classes of the descriptor are built as the plugin framework's {@code DefaultSpringContainerAccessor}
 * builds them: {@code createBean(type, AUTOWIRE_CONSTRUCTOR, false)} on the context's bean factory.</li>
 * </ul>
 */
final class PluginContainer {

    /** Spring Scanner's own component annotations live here (e.g. {@code @JiraComponent}). */
    private static final String SCANNER_COMPONENTS = "com.atlassian.plugin.spring.scanner.annotation.component.";
    private static final Set<String> COMPONENT_ANNOTATIONS = Set.of("jakarta.inject.Named", "javax.inject.Named",
            "org.springframework.stereotype.Component");

    private PluginContainer() {
    }

    static boolean isComponent(Class<?> type) {
        if (type.isInterface() || type.isAnnotation() || Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        for (Annotation annotation : type.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (COMPONENT_ANNOTATIONS.contains(name) || name.startsWith(SCANNER_COMPONENTS)) {
                return true;
            }
        }
        return false;
    }

    static List<Class<?>> components(List<Class<?>> classes) {
        return classes.stream().filter(PluginContainer::isComponent).toList();
    }

    /** Each imported host type, with where it is imported (for messages). */
    static Map<Class<?>, Set<String>> imports(List<Class<?>> classes) {
        Map<Class<?>, Set<String>> imports = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Class<?> type : classes) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)) {
                        imports.computeIfAbsent(parameter.getType(), t -> new TreeSet<>()).add(type.getName());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ComponentImport.class)) {
                    imports.computeIfAbsent(field.getType(), t -> new TreeSet<>()).add(type.getName());
                }
            }
        }
        return imports;
    }

    /**
     * Refreshes a context holding the given components and a mock for every host type they and the other given
     * classes import; the context's failure (missing, ambiguous or circular dependency) propagates.
     */
    static AnnotationConfigApplicationContext start(List<Class<?>> components, List<Class<?>> classes) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getBeanFactory().registerSingleton("bundleContext", mock(BundleContext.class));
        for (Class<?> host : imports(classes).keySet()) {
            context.getBeanFactory().registerSingleton(importName(host, classes), mock(host));
        }
        context.register(components.toArray(new Class<?>[0]));
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /** A module class as Jira's plugin framework builds it from the plugin's context. */
    static <T> T buildModule(AnnotationConfigApplicationContext context, Class<T> type) {
        Object module = context.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        return type.cast(module);
    }

    private static String importName(Class<?> host, List<Class<?>> classes) {
        List<String> named = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    ComponentImport annotation = parameter.getAnnotation(ComponentImport.class);
                    if (annotation != null && parameter.getType() == host && !annotation.value().isEmpty()) {
                        named.add(annotation.value());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                ComponentImport annotation = field.getAnnotation(ComponentImport.class);
                if (annotation != null && field.getType() == host && !annotation.value().isEmpty()) {
                    named.add(annotation.value());
                }
            }
        }
        return named.isEmpty() ? Introspector.decapitalize(host.getSimpleName()) : named.get(0);
    }
}
