package org.jwp.ledger.node.duties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionSegmentsTest {

    @Test
    void anInstanceHoldingEverySegmentWhileAnotherIsLiveHandsOneOver() {
        assertThat(ProjectionSegments.beyondShare(4, 2, 4)).isTrue();
        assertThat(ProjectionSegments.beyondShare(4, 2, 3)).isTrue();
    }

    @Test
    void anInstanceHoldingItsShareKeepsIt() {
        assertThat(ProjectionSegments.beyondShare(4, 2, 2)).isFalse();
        assertThat(ProjectionSegments.beyondShare(4, 3, 2)).as("four over three: two each at most").isFalse();
        assertThat(ProjectionSegments.beyondShare(5, 2, 3)).as("an odd segment stays with one of them").isFalse();
    }

    @Test
    void aLoneInstanceKeepsEverySegment() {
        assertThat(ProjectionSegments.beyondShare(4, 1, 4)).isFalse();
        assertThat(ProjectionSegments.beyondShare(4, 0, 4)).as("before its own presence is renewed").isFalse();
    }
}
