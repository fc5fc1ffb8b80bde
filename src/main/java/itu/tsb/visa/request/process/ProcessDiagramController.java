package itu.tsb.visa.request.process;

import itu.tsb.visa.request.RequestProgress;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessDiagramController {

    private final RequestProgress progress;

    ProcessDiagramController(RequestProgress progress) {
        this.progress = progress;
    }

    @GetMapping(value = "/api/process/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram() {
        return progress.diagram();
    }
}
