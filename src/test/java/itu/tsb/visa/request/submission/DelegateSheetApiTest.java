package itu.tsb.visa.request.submission;

import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.Api;
import itu.tsb.visa.support.ApiTest;

/** A delegation from a spreadsheet: every row checked as a submission would be, before anything is sent. */
class DelegateSheetApiTest extends ApiTest {

    private Api.Reply sheet(String meeting, long entity, byte[] csv) {
        return api.call(post("/api/delegates/check").param("meeting", meeting).contentType("text/csv").content(csv),
                applicantOf(entity), null);
    }

    @Test
    void eachRowIsCheckedAndTheGoodOnesComeBackAsTheFormTakesThem() throws Exception {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        api.register(meeting, "Nowak", entity, meeting + "-1", "APPROVED");
        api.register(meeting, "Wójcik", entity, meeting + "-3", "APPROVED");
        String header = String.join(",", DelegateSheet.COLUMNS);
        String csv = "\uFEFF" + header + "\r\n"
                + "Nowak,Łukasz,Engineer,31/01/1980,Kraków,Poland," + meeting + "-1,EA9876543,\"Voivode of Małopolska, Kraków\","
                + "01.02.2008,2018-01-01,Embassy,Warsaw,POL\r\n"
                + "Kowalska,Anna,Engineer,1981-02-02,Gdańsk,PL,NOPE-2,EB1234567,Voivode,2008-01-01,2018-01-01,EMBASSY,Warsaw,PL\r\n"
                + "Wójcik,Jan,Engineer,1982-03-03,Łódź,PL," + meeting + "-3,12,Voivode,2008-01-01,2018-01-01,consulate,Warsaw,PL\r\n"
                + "Zieliński,Piotr,Engineer,31/02/1985,Poznań,PL," + meeting + "-5,EC1234567,Voivode,2008-01-01,2018-01-01,EMBASSY,Warsaw,PL\r\n"
                + "\r\n";
        JsonNode report = check(sheet(meeting, entity, csv.getBytes(StandardCharsets.UTF_8)), 200).body();

        assertThat(report.path("persons")).hasSize(1);
        JsonNode nowak = report.path("persons").get(0).path("details");
        assertThat(nowak.path("givenNames").asText()).isEqualTo("Łukasz");
        assertThat(nowak.path("dateOfBirth").asText()).isEqualTo("1980-01-31");
        assertThat(nowak.path("nationality").asText()).isEqualTo("PL");
        assertThat(nowak.path("passport").path("issueDate").asText()).isEqualTo("2008-02-01");
        assertThat(nowak.path("passport").path("issuingAuthority").asText()).isEqualTo("Voivode of Małopolska, Kraków");
        assertThat(nowak.path("swissRepresentation").path("kind").asText()).isEqualTo("EMBASSY");
        assertThat(nowak.path("swissRepresentation").path("country").asText()).isEqualTo("PL");

        assertThat(report.path("refused")).hasSize(3);
        assertThat(report.path("refused").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(report.path("refused").get(0).path("errors").get(0).path("field").asText()).isEqualTo("registrationNumber");
        assertThat(report.path("refused").get(1).path("line").asInt()).isEqualTo(4);
        assertThat(report.path("refused").get(1).path("errors").get(0).path("field").asText()).isEqualTo("passportNumber");
        // a day the month does not have is refused as what was read, never rolled into another day
        JsonNode february = report.path("refused").get(2);
        assertThat(february.path("line").asInt()).isEqualTo(5);
        assertThat(february.path("errors").get(0).path("field").asText()).isEqualTo("dateOfBirth");
        assertThat(february.path("errors").get(0).path("message").asText())
                .contains("'31/02/1985' is not a day: that month has 28 days");

        // what came back is what the submission takes
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meeting", meeting);
        body.put("signatory", Map.of("name", "Jan Kowalski", "title", "Director"));
        body.put("participants", new ArrayList<>(List.of(json.convertValue(nowak, Map.class))));
        check(api.post("/api/requests", applicantOf(entity), body), 201);
    }

    @Test
    void aSheetThatIsNotTheTemplateIsRefusedWhole() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid();
        Api.Reply header = check(sheet(meeting, entity, "name,passport\r\nNowak,EA1\r\n".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(fields(header)).containsExactly("file");
        assertThat(header.body().path("errors").get(0).path("message").asText()).contains("missing: familyName");
        Api.Reply latin1 = check(sheet(meeting, entity, (String.join(",", DelegateSheet.COLUMNS) + "\r\nWójcik")
                .getBytes(StandardCharsets.ISO_8859_1)), 400);
        assertThat(latin1.body().path("errors").get(0).path("message").asText()).contains("not UTF-8");
        Api.Reply template = check(api.get("/api/delegates/template.csv", applicantOf(entity)), 200);
        assertThat(new String(template.raw(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + String.join(",", DelegateSheet.COLUMNS) + "\r\n");
    }
}
