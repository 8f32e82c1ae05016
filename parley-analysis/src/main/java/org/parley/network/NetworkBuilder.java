package org.parley.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import org.parley.store.StoreSummary;
import org.parley.store.StoredActor;

/**
 * Builds the {@link ActorNetwork} of a period with JGraphT. Blocs are label-propagation communities (Raghavan et al.
 * 2007, JGraphT's implementation, seeded so that a run is repeatable) of the <em>alliance</em> graph: the pairs whose
 * cooperation outweighs their conflict, with at least {@code minEvents} events. JGraphT's label propagation ignores
 * weights, so the threshold is where the weights count: a pair that mostly fights, or barely interacts, does not
 * tie two actors into one bloc.
 */
public final class NetworkBuilder {
    private static final long SEED = 20_190_701L;
    private static final int MAX_PAIRS = 100_000;

    private final int minEvents;

    /** @param minEvents events a pair needs to count as an alliance edge */
    public NetworkBuilder(int minEvents) {
        if (minEvents < 1) {
            throw new IllegalArgumentException("minEvents must be >= 1, got " + minEvents);
        }
        this.minEvents = minEvents;
    }

    public ActorNetwork build(EventStore store, LocalDate from, LocalDate to) throws StoreException {
        List<StoreSummary.DyadCount> pairs = store.dyads(from, to, MAX_PAIRS);
        Graph<String, DefaultWeightedEdge> all = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Graph<String, DefaultWeightedEdge> alliances = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, long[]> strength = new HashMap<>();
        List<ActorNetwork.Edge> edges = new ArrayList<>();
        for (StoreSummary.DyadCount d : pairs) {
            edges.add(new ActorNetwork.Edge(d.a(), d.b(), d.cooperation(), d.conflict(), d.goldsteinSum()));
            for (String v : List.of(d.a(), d.b())) {
                all.addVertex(v);
                alliances.addVertex(v);
                long[] s = strength.computeIfAbsent(v, k -> new long[2]);
                s[0] += d.cooperation();
                s[1] += d.conflict();
            }
            all.setEdgeWeight(all.addEdge(d.a(), d.b()), d.events());
            if (d.cooperation() > d.conflict() && d.events() >= minEvents) {
                alliances.setEdgeWeight(alliances.addEdge(d.a(), d.b()), d.cooperation());
            }
        }
        List<Set<String>> clusters = new ArrayList<>(new LabelPropagationClustering<>(alliances, new Random(SEED))
                .getClustering().getClusters());
        clusters.sort(Comparator.comparingInt((Set<String> c) -> -c.size()).thenComparing(c -> c.stream().sorted()
                .findFirst().orElse("")));
        Map<String, Integer> bloc = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String v : clusters.get(i)) {
                bloc.put(v, i);
            }
        }
        double modularity = alliances.edgeSet().isEmpty() ? 0
                : new UndirectedModularityMeasurer<>(alliances).modularity(clusters);
        Map<String, Double> pageRank = all.vertexSet().isEmpty() ? Map.of() : new PageRank<>(all).getScores();
        Map<String, Double> betweenness = new BetweennessCentrality<>(all, true).getScores();
        Map<String, String> names = names(store.actors());
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        for (String v : all.vertexSet()) {
            nodes.add(new ActorNetwork.Node(v, names.getOrDefault(v, v), bloc.get(v), strength.get(v)[0],
                    strength.get(v)[1], pageRank.get(v), betweenness.get(v)));
        }
        nodes.sort(Comparator.comparingDouble(ActorNetwork.Node::pageRank).reversed()
                .thenComparing(ActorNetwork.Node::id));
        return new ActorNetwork(nodes, edges, clusters.size(), modularity);
    }

    private static Map<String, String> names(List<StoredActor> actors) {
        Map<String, String> names = new HashMap<>();
        actors.forEach(a -> names.put(a.code(), a.name()));
        return names;
    }
}
