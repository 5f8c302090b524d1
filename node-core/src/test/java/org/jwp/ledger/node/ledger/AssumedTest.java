package org.jwp.ledger.node.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a recorder assumed, as the metadata note says it and as readers print it. */
class AssumedTest {

    @Test
    void theNoteNamesTheFieldsInOneOrderWhateverOrderTheyWereGivenIn() {
        assertThat(Assumed.of(List.of("dueDate", "actedOn")).value()).isEqualTo("actedOn,dueDate");
        assertThat(Assumed.parse("dueDate, actedOn")).isEqualTo(Assumed.parse("actedOn,dueDate"));
    }

    @Test
    void noNoteAndNoiseInANoteMarkNothing() {
        assertThat(Assumed.parse(null).any()).isFalse();
        assertThat(Assumed.parse(" ").any()).isFalse();
        assertThat(Assumed.parse("actedOn; drop table, 1x, ").fields()).isEmpty();
    }

    @Test
    void anAssumedValueIsPrintedWithItsMarkAndAStatedOneWithout() {
        Assumed a = Assumed.parse("actedOn,taxon");

        assertThat(a.date("actedOn", "2016-05-02")).isEqualTo("2016-05-02 (date assumed)");
        assertThat(a.date("dueDate", "2016-05-15")).isEqualTo("2016-05-15");
        assertThat(a.value("taxon", "Chondrichthyes")).isEqualTo("Chondrichthyes (assumed)");
    }

    @Test
    void aCorrectionGivingAValueStatesItUnlessItsRecorderAssumedItToo() {
        Assumed recorded = Assumed.parse("year,actedOn");

        assertThat(recorded.replacing(List.of("year"), Assumed.NONE).fields()).containsExactly("actedOn");
        assertThat(recorded.replacing(List.of("year"), Assumed.parse("year")).fields())
                .containsExactlyInAnyOrder("year", "actedOn");
        assertThat(recorded.replacing(List.of(), Assumed.parse("year")).fields())
                .as("a correction's own marks apply only to the values it gives")
                .containsExactlyInAnyOrder("year", "actedOn");
        assertThat(Assumed.parse("actedOn").replacing(List.of("text"), Assumed.parse("text,year")).fields())
                .containsExactlyInAnyOrder("actedOn", "text");
    }
}
