package org.jwp.ledger.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @Test
    void activityCodesSortByThemeThenNumber() {
        assertThat(java.util.stream.Stream.of("B10", "A2", "B2", "B1").map(ActivityCode::of).sorted().map(ActivityCode::value))
                .containsExactly("A2", "B1", "B2", "B10");
    }

    @Test
    void anActivityCodeHasALetterAndANumber() {
        assertThatThrownBy(() -> ActivityCode.of("c3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityCode.of("C")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityCode.of("C0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ActivityCode.of("E4").theme()).isEqualTo("E");
    }

    @Test
    void textValuesRefuseBlankOverlongAndControlCharacters() {
        assertThatThrownBy(() -> Taxon.of(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> Meeting.of("x".repeat(201))).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> DocumentReference.of("CoP18\u0000Doc")).hasMessageContaining("control");
        assertThat(DocumentReference.of("CoP18 Doc. 76.1 (Rev. 1)").value()).isEqualTo("CoP18 Doc. 76.1 (Rev. 1)");
    }

    @Test
    void theOwnerOfAnItemIsThePrefixOfItsIdentifier() {
        assertThat(Secretariat.ownerOf("CITES-CONS-2025-0007")).isEqualTo(Secretariat.CITES);
        assertThat(Secretariat.ownerOf("CMS-RE-CITES-CONS-2025-0007")).isEqualTo(Secretariat.CMS);
        assertThatThrownBy(() -> Secretariat.ownerOf("UNEP-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
