package itu.tsb.visa.web;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/**
 * The browser libraries come from the npm registry at the versions the lockfile pins (with no registry
 * host in it), installed by the build, and the application serves exactly what was installed under
 * {@code /vendor/<package>/<version>/}; axe-core is on the tests' class path and never served.
 */
class BrowserLibrariesApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FRONTEND = Path.of("src/main/frontend");
    private static final Path INSTALLED = Path.of("target/frontend/node_modules");

    /** package, the folder it is served from, the files the pages load */
    private static final Map<String, String[]> SERVED = Map.of(
            "bpmn-js", new String[] {"bpmn-js", "dist/bpmn-navigated-viewer.production.min.js", "dist/assets/diagram-js.css",
                "dist/assets/bpmn-js.css"},
            "@bpmn-io/form-js", new String[] {"form-js", "dist/form-viewer.umd.js", "dist/assets/form-js.css"});

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    @Test
    void theLockfilePinsEachLibraryExactlyAndNamesNoRegistry() throws IOException {
        JsonNode manifest = json(FRONTEND.resolve("package.json"));
        String lock = Files.readString(FRONTEND.resolve("package-lock.json"));
        assertThat(lock).doesNotContain("\"resolved\"", "registry.npmjs.org", "registry.yarnpkg.com");
        JsonNode locked = JSON.readTree(lock).path("packages");
        for (String library : new String[] {"bpmn-js", "@bpmn-io/form-js", "axe-core"}) {
            String pinned = manifest.path("dependencies").path(library).asText();
            assertThat(pinned).as(library).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(locked.path("node_modules/" + library).path("version").asText()).as(library).isEqualTo(pinned);
            assertThat(locked.path("node_modules/" + library).path("integrity").asText()).as(library).startsWith("sha512-");
        }
    }

    @Test
    void theApplicationServesWhatNpmInstalledAtThePinnedVersion() throws IOException {
        JsonNode manifest = json(FRONTEND.resolve("package.json"));
        for (Map.Entry<String, String[]> library : SERVED.entrySet()) {
            String version = manifest.path("dependencies").path(library.getKey()).asText();
            Path installed = INSTALLED.resolve(library.getKey());
            assertThat(json(installed.resolve("package.json")).path("version").asText()).isEqualTo(version);
            String[] files = library.getValue();
            for (int i = 1; i < files.length; i++) {
                Api.Reply served = check(api.get("/vendor/" + files[0] + "/" + version + "/" + files[i], STAFF), 200);
                assertThat(served.raw()).as(files[i]).isEqualTo(Files.readAllBytes(installed.resolve(files[i])));
            }
            // their licences travel with them
            check(api.get("/vendor/" + files[0] + "/" + version + "/LICENSE", STAFF), 200);
            // nothing else of the package is in the jar
            assertThat(api.get("/vendor/" + files[0] + "/" + version + "/package.json", STAFF).status()).isEqualTo(404);
        }
        assertThat(getClass().getResource("/axe-core/" + manifest.path("dependencies").path("axe-core").asText()
                + "/axe.min.js")).isNotNull();
        assertThat(api.get("/axe-core/" + manifest.path("dependencies").path("axe-core").asText() + "/axe.min.js", STAFF)
                .status()).isEqualTo(404);
    }
}
