package org.jwp.ledger.events.catalogue;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeCatalogueTest {

    private final ProgrammeCatalogue catalogue = ProgrammeCatalogue.standard();

    @Test
    void theAnnexOf2015To2020HasFourThemesWithTheSeedsActivities() {
        Programme p = catalogue.programme("2015-2020").orElseThrow();

        assertThat(p.themes()).extracting(Theme::code).containsExactly("A", "B", "C", "D");
        assertThat(codes(p, "A")).containsExactly("A1", "A2");
        assertThat(codes(p, "B")).hasSize(21).startsWith("B1").endsWith("B21");
        assertThat(codes(p, "C")).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(codes(p, "D")).containsExactly("D1", "D2", "D3", "D4", "D5");
    }

    @Test
    void theDraftOf2021To2025HasFiveThemesAnd37Activities() {
        Programme p = catalogue.programme("2021-2025").orElseThrow();

        assertThat(p.themes()).extracting(Theme::code).containsExactly("A", "B", "C", "D", "E");
        assertThat(p.activityCodes()).hasSize(37);
        assertThat(codes(p, "B")).hasSize(20);
        assertThat(codes(p, "E")).containsExactly("E1", "E2", "E3", "E4");
        assertThat(p.sharedSpecies()).extracting(SpeciesGroup::name)
                .contains("African and Asian elephants", "African-Eurasian vultures", "Sharks and rays");
    }

    @Test
    void everyActivityHasATitleAndCodesAreInCatalogueOrder() {
        for (Programme p : catalogue.programmes()) {
            assertThat(p.activityCodes()).isSorted();
            p.themes().forEach(t -> t.activities().forEach(a -> {
                assertThat(a.title()).isNotBlank();
                assertThat(a.code().theme()).isEqualTo(t.code());
            }));
        }
    }

    @Test
    void aYearBelongsToTheProgrammeCoveringItAndTheLastProgrammeStaysInForce() {
        assertThat(catalogue.forYear(2016).id()).isEqualTo("2015-2020");
        assertThat(catalogue.forYear(2021).id()).isEqualTo("2021-2025");
        assertThat(catalogue.forYear(2026).id()).isEqualTo("2021-2025");
        assertThatThrownBy(() -> catalogue.forYear(2010)).hasMessageContaining("2015");
    }

    @Test
    void speciesGroupsRecogniseTaxaAsWrittenInItems() {
        SpeciesGroup vultures = catalogue.programme("2021-2025").orElseThrow().sharedSpecies().stream()
                .filter(g -> g.name().contains("vultures")).findFirst().orElseThrow();
        SpeciesGroup saiga = catalogue.programme("2021-2025").orElseThrow().sharedSpecies().stream()
                .filter(g -> g.name().contains("Saiga")).findFirst().orElseThrow();

        assertThat(vultures.includes("Gyps africanus")).isTrue();
        assertThat(vultures.includes("Gyps fulvus")).isFalse();
        assertThat(saiga.includes("Saiga spp.")).isTrue();
        assertThat(saiga.includes("Saiga tatarica mongolica")).isTrue();
    }

    @Test
    void aSpeciesFallsInAGroupDefinedAtAHigherRankAndTheGroupIsFoundByItsCommonNames() {
        SpeciesGroup sharks = group("Sharks and rays");
        SpeciesGroup bigCats = group("Big cats");

        assertThat(sharks.includes("Sphyrna lewini")).as("a hammerhead is a Chondrichthyes").isTrue();
        assertThat(sharks.includes("Rhincodon typus")).isTrue();
        assertThat(sharks.includes("Anguilla anguilla")).isFalse();
        assertThat(bigCats.includes("Panthera leo persica")).as("a subspecies of a listed species").isTrue();
        assertThat(bigCats.includes("Panthera tigris")).as("the group lists species, not the genus").isFalse();
        assertThat(sharks.isNamedBy("sharks")).isTrue();
        assertThat(sharks.isNamedBy("Sharks and rays")).isTrue();
        assertThat(sharks.isNamedBy("vultures")).isFalse();
    }

    private SpeciesGroup group(String name) {
        return catalogue.programme("2021-2025").orElseThrow().sharedSpecies().stream()
                .filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> codes(Programme p, String theme) {
        return p.themes().stream().filter(t -> t.code().equals(theme)).findFirst().orElseThrow()
                .activities().stream().map(Activity::code).map(ActivityCode::value).toList();
    }
}
