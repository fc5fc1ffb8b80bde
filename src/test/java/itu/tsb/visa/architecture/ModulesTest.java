package itu.tsb.visa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import itu.tsb.visa.VisaApplication;

/**
 * The modules (each package under {@code itu.tsb.visa}) use one another only through what each exposes: its
 * own package, or a sub-package (a room) or type named as an interface with {@code @NamedInterface}. The module
 * map in {@code src/docs/modules/} is written from the code by this test, which fails when the committed map
 * was not the code's (and leaves the new one in its place, to commit).
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(VisaApplication.class);
    static final Path MAP = Path.of("src/docs/modules");

    @Test
    void modulesUseOnlyWhatOthersExpose() {
        MODULES.verify();
    }

    @Test
    void theModuleMapIsTheCodes() throws IOException {
        Path written = Path.of("target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.writeString(written.resolve("README.md"), overview(), StandardCharsets.UTF_8);
        Map<String, String> now = contents(written);
        Map<String, String> committed = Files.isDirectory(MAP) ? contents(MAP) : Map.of();
        // the Documenter lists a diagram's relations and a canvas's items in no fixed order: the same lines in any
        // order are the same map
        if (!sortedLines(now).equals(sortedLines(committed))) {
            if (Files.isDirectory(MAP)) {
                try (Stream<Path> old = Files.list(MAP)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(MAP);
            for (Map.Entry<String, String> file : now.entrySet()) {
                Files.writeString(MAP.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(sortedLines(committed)).as("src/docs/modules/ as committed (rewritten from the code now: commit it)")
                .isEqualTo(sortedLines(now));
    }

    /** The map in words: each module, its rooms, what it exposes, and the modules it uses. */
    private static String overview() {
        StringBuilder md = new StringBuilder("# The module map\n\nWritten from the code by `ModulesTest` (do not edit):"
                + " each module is a package under `itu.tsb.visa`; other modules may use its own package and the"
                + " named interfaces listed. `components.puml` draws the same map (PlantUML, C4), `module-*.puml` each"
                + " module with its neighbours, and `module-*.adoc` each module's canvas: its beans, events and"
                + " configuration.\n\n| module | rooms (sub-packages) | named interfaces | uses |\n|---|---|---|---|\n");
        for (ApplicationModule module : MODULES.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
            String base = module.getBasePackage().getName();
            String rooms = module.getBasePackage().getDirectSubPackages().stream()
                    .map(p -> p.getName().substring(base.length() + 1)).sorted().collect(Collectors.joining(", "));
            String named = module.getNamedInterfaces().stream().filter(NamedInterface::isNamed)
                    .map(NamedInterface::getName).sorted().collect(Collectors.joining(", "));
            String uses = module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .sorted().distinct().collect(Collectors.joining(", "));
            md.append("| `").append(module.getName()).append("` | ").append(rooms).append(" | ").append(named)
                    .append(" | ").append(uses).append(" |\n");
        }
        return md.toString();
    }

    private static Map<String, List<String>> sortedLines(Map<String, String> files) {
        Map<String, List<String>> sorted = new TreeMap<>();
        // a canvas marks the first item of each list with the table's "|": which one comes first does not matter
        files.forEach((name, text) -> sorted.put(name, text.lines().map(l -> l.replaceFirst("^\\|\\* ", "* ")).sorted()
                .toList()));
        return sorted;
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            List<Path> list = new ArrayList<>(all.filter(Files::isRegularFile).toList());
            for (Path p : list) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
