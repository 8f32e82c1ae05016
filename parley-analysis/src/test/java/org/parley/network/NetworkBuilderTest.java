package org.parley.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testing.Fixtures.AID;
import static org.parley.testing.Fixtures.MEET;
import static org.parley.testing.Fixtures.STRIKE;
import static org.parley.testing.Fixtures.THREATEN;
import static org.parley.testing.Fixtures.reports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parley.api.CodedDocument;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventStore;
import org.w3c.dom.Document;

class NetworkBuilderTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    private static ActorNetwork twoBlocs() throws Exception {
        List<CodedDocument> docs = new ArrayList<>();
        docs.addAll(reports("a", 4, DAY, "USA", "GBR", MEET));
        docs.addAll(reports("b", 3, DAY, "GBRGOV", "FRA", AID));
        docs.addAll(reports("c", 3, DAY, "FRA", "USA", MEET));
        docs.addAll(reports("d", 5, DAY, "RUS", "SYR", AID));
        docs.addAll(reports("e", 3, DAY, "IRN", "SYRGOV", MEET));
        docs.addAll(reports("f", 2, DAY, "RUS", "IRN", MEET));
        // Conflict across the blocs, and a pair that meets once.
        docs.addAll(reports("g", 6, DAY, "USA", "RUS", THREATEN));
        docs.addAll(reports("h", 4, DAY, "USAMIL", "SYR", STRIKE));
        docs.addAll(reports("i", 1, DAY, "FRA", "RUS", MEET));
        try (EventStore store = DuckDbEventStore.inMemory()) {
            store.replace(docs);
            return new NetworkBuilder(2).build(store, null, null);
        }
    }

    @Test
    void cooperationTiesBlocsAndConflictDoesNot() throws Exception {
        ActorNetwork network = twoBlocs();
        assertThat(network.nodes()).hasSize(6);
        assertThat(network.blocs()).isEqualTo(2);
        assertThat(network.modularity()).isGreaterThan(0.3);
        int west = bloc(network, "USA");
        int east = bloc(network, "RUS");
        assertThat(west).isNotEqualTo(east);
        assertThat(List.of(bloc(network, "GBR"), bloc(network, "FRA"))).containsOnly(west);
        assertThat(List.of(bloc(network, "SYR"), bloc(network, "IRN"))).containsOnly(east);
        ActorNetwork.Node usa = network.nodes().stream().filter(n -> n.id().equals("USA")).findFirst().orElseThrow();
        assertThat(usa.cooperation()).isEqualTo(7);
        assertThat(usa.conflict()).isEqualTo(10);
        assertThat(usa.name()).isEqualTo("USA");
    }

    private static int bloc(ActorNetwork network, String id) {
        return network.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().bloc();
    }

    @Test
    void graphmlAndGexfAreWellFormedWithBothWeights() throws Exception {
        ActorNetwork network = twoBlocs();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document graphml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                GraphFormats.graphml(network).getBytes(StandardCharsets.UTF_8)));
        assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(6);
        assertThat(graphml.getElementsByTagName("edge").getLength()).isEqualTo(network.edges().size());
        assertThat(GraphFormats.graphml(network)).contains("attr.name=\"cooperation\"", "attr.name=\"conflict\"");
        Document gexf = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                GraphFormats.gexf(network).getBytes(StandardCharsets.UTF_8)));
        assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo(6);
    }
}
