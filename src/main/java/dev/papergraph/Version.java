package dev.papergraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** papergraph's own version and those of the libraries it is built with, written into the build by Maven resource filtering. */
public final class Version {
    private static final Properties VERSIONS = load();

    private Version() {}

    /** papergraph's version. */
    public static String get() {
        return VERSIONS.getProperty("version");
    }

    /** The Apache Jena release papergraph is built with. */
    public static String jena() {
        return VERSIONS.getProperty("jena");
    }

    /** The Stanford CoreNLP release, and of its English models jar. */
    public static String coreNlp() {
        return VERSIONS.getProperty("corenlp");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
