package vn.backan.congress.k8scheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile read as its instructions: comments dropped, continuation lines joined. */
public record Dockerfile(List<String[]> instructions) {

    private static final Pattern LABEL = Pattern.compile("([\\w.-]+)=\"([^\"]*)\"");

    public static Dockerfile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dockerfile parse(String text) {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                String[] parts = current.toString().strip().split("\\s+", 2);
                instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                current.setLength(0);
            }
        }
        return new Dockerfile(instructions);
    }

    /** The arguments of every instruction of this name, in order. */
    public List<String> all(String instruction) {
        return instructions.stream().filter(i -> i[0].equals(instruction)).map(i -> i[1]).toList();
    }

    /** The last stage's base image. */
    public String from() {
        List<String> from = all("FROM");
        return from.isEmpty() ? "" : from.get(from.size() - 1).split("\\s+")[0];
    }

    public Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (String label : all("LABEL")) {
            Matcher m = LABEL.matcher(label);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }

    /** The user the container runs as: the last USER, without its group. */
    public String user() {
        List<String> users = all("USER");
        return users.isEmpty() ? "" : users.get(users.size() - 1).split(":")[0].strip();
    }
}
