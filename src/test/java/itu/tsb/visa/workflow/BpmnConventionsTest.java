package itu.tsb.visa.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** The models in bpmn/ keep readable ids and the settings the engine needs to deploy them. */
class BpmnConventionsTest {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern READABLE = Pattern.compile(
            "(Definitions|Process|StartEvent|EndEvent|Task|Gateway|Event|Flow|SubProcess|Message|MessageDefinition"
                    + "|TimerDefinition|Error|ErrorDefinition|Decision|DecisionTable|Input|InputExpression|Output|Rule|InputEntry"
                    + "|OutputEntry|BPMNDiagram|BPMNPlane)_[A-Z][A-Za-z]*(_[A-Z][A-Za-z]*)?(_di)?");
    private static final Pattern GENERATED = Pattern.compile("[A-Za-z]+_[0-9a-z]{7}");

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).toList();
        }
    }

    @Test
    void everyIdIsReadableAndNoneIsModelerGenerated() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path model : models()) {
            Matcher m = ID.matcher(Files.readString(model));
            while (m.find()) {
                String id = m.group(1);
                if (GENERATED.matcher(id).matches() || !READABLE.matcher(id).matches()) {
                    offending.add(model.getFileName() + ": " + id);
                }
            }
        }
        assertThat(models()).isNotEmpty();
        assertThat(offending).isEmpty();
    }

    @Test
    void everyFlowNodeAndFlowHasADiagramElementSoModelersCanShowIt() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/visa-request.bpmn").toFile());
        java.util.Set<String> drawn = new java.util.HashSet<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class)
                .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        java.util.List<String> missing = new ArrayList<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class).stream()
                .filter(e -> e instanceof org.camunda.bpm.model.bpmn.instance.FlowNode
                        || e instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow)
                .filter(e -> !drawn.contains(e.getId()))
                .forEach(e -> missing.add(e.getId()));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyProcessHasAHistoryTimeToLive() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/visa-request.bpmn").toFile());
        assertThat(model.getModelElementsByType(Process.class))
                .allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank());
    }
}
