package itu.tsb.visa.request.drafts;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.security.Users;

/** The caller's own drafts of requests: saved as they type, listed, read back, deleted (on sending, too). */
@RestController
class RequestDraftController {

    private final RequestDrafts drafts;

    RequestDraftController(RequestDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/api/drafts")
    List<RequestDrafts.Summary> list() {
        return drafts.list(Users.current());
    }

    @GetMapping("/api/drafts/{key}")
    JsonNode get(@PathVariable String key) {
        return drafts.get(Users.current(), key);
    }

    @PutMapping("/api/drafts/{key}")
    RequestDrafts.Summary save(@PathVariable String key, @RequestBody JsonNode body) {
        return drafts.save(Users.current(), key, body);
    }

    @DeleteMapping("/api/drafts/{key}")
    ResponseEntity<Void> delete(@PathVariable String key) {
        drafts.delete(Users.current(), key);
        return ResponseEntity.noContent().build();
    }
}
