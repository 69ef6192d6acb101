package dev.formcheck.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented schema and the written files agree, for an entry with every field and every word. */
class JournalSchemaTest {
    @Test
    void anEntryWithEveryWordOfEveryListMatchesTheDocumentedSchema() throws Exception {
        JournalEntry all = JournalEntry.builder(Instant.parse("2026-12-07T08:30:00Z"))
                .areas(EnumSet.allOf(BodyArea.class)).qualities(EnumSet.allOf(PainQuality.class)).intensity(10)
                .onset(Onset.NEXT_DAY).hoursAfterExercise(20.0).daysLasting(3).easesWithMovement(false)
                .triggers(List.of("rows")).relievedBy(List.of("heat")).symptoms(EnumSet.allOf(Symptom.class))
                .redFlags(EnumSet.allOf(RedFlag.class)).exercise("rows").sessionId("s1").medications(List.of("none")).notes("n")
                .build();
        JsonNode written = new ObjectMapper().readTree(JournalFiles.toBytes(all));
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/journal-entry-v1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }

        assertThat(schema.validate(written)).isEmpty();
        for (Onset o : Onset.values()) {
            JsonNode one = new ObjectMapper().readTree(JournalFiles.toBytes(JournalEntry.builder(Instant.EPOCH)
                    .areas(Set.of(BodyArea.NECK)).onset(o).build()));
            assertThat(schema.validate(one)).as(o.commandWord()).isEmpty();
        }
        assertThat(schema.validate(new ObjectMapper().readTree("{\"format\":\"formcheck-journal-entry\",\"schema_version\":1,"
                + "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"written_at\":\"x\",\"areas\":[\"lumbar\"],\"intensity\":3}"))).isNotEmpty();
    }
}
