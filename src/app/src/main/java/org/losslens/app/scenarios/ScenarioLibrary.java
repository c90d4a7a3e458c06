package org.losslens.app.scenarios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where scenarios come from: the built-in ones (assets/scenarios in the repository, packaged on the
 * classpath with an index that fixes their order) and a teacher's own folder of scenario files.
 */
public final class ScenarioLibrary {

    private static final System.Logger LOG = System.getLogger(ScenarioLibrary.class.getName());

    /** The classpath folder the build copies assets/scenarios into. */
    static final String BUILT_IN = "/org/losslens/app/scenarios/builtin/";

    private ScenarioLibrary() {
    }

    /** Every built-in scenario, in the order of index.txt. A broken built-in file is a build bug: it throws. */
    public static List<Scenario> builtIn() {
        List<Scenario> out = new ArrayList<>();
        for (String file : builtInFiles()) {
            try (InputStream in = ScenarioLibrary.class.getResourceAsStream(BUILT_IN + file)) {
                if (in == null) {
                    throw new IllegalStateException("built-in scenario " + file + " is listed but missing");
                }
                out.add(ScenarioReader.read(in, file));
            } catch (IOException | ScenarioException e) {
                throw new IllegalStateException("built-in scenario " + file + " is broken: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> builtInFiles() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(BUILT_IN + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the scenario index", e);
        }
    }

    /** A scenario file chosen by the user. */
    public static Scenario read(Path file) throws ScenarioException {
        try (InputStream in = Files.newInputStream(file)) {
            return ScenarioReader.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new ScenarioException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The *.json files of a teacher's folder, sorted by name (none if the folder does not exist). */
    public static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the scenario folder " + folder + "; no scenarios from it", e);
            return List.of();
        }
    }
}
