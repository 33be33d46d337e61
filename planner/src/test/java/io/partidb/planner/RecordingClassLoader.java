package io.partidb.planner;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fresh class loader over the test class path (the JDK's classes come from the platform
 * loader) that remembers, in order, the name of every class it is asked for: what a piece of
 * code loads when it runs on a cold JVM.
 */
final class RecordingClassLoader extends URLClassLoader {
    private final Set<String> requested = new LinkedHashSet<>();

    RecordingClassLoader() {
        super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (requested) {
            requested.add(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Calls the public static no-argument method of the named class, loaded by this loader. */
    Object call(Class<?> type, String method) throws ReflectiveOperationException {
        return loadClass(type.getName()).getMethod(method).invoke(null);
    }

    /** The names asked for so far, first request first. */
    List<String> requested() {
        synchronized (requested) {
            return new ArrayList<>(requested);
        }
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return urls.toArray(new URL[0]);
    }
}
