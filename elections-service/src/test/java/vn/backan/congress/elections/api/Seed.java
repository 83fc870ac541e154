package vn.backan.congress.elections.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The source document, read the way a person checking the API against it would. */
final class Seed {

    static final String TEXT = read();

    private Seed() {
    }

    /** The first group of {@code regex} in the seed (markdown emphasis removed). */
    static String find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(TEXT);
        if (!m.find()) {
            throw new AssertionError("The seed has no " + regex);
        }
        return m.group(1);
    }

    static int number(String regex) {
        return Integer.parseInt(find(regex).replace(".", ""));
    }

    static List<String> all(String regex) {
        Matcher m = Pattern.compile(regex).matcher(TEXT);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read() {
        try {
            return Files.readString(Path.of("..", "seed", "000_4b5e49ba4d4fc81f.txt")).replace("**", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
