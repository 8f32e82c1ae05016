package org.parley.network;

import java.util.List;
import java.util.Objects;

/**
 * The actors of a period as a weighted graph: who cooperates with and who fights whom, with blocs and centrality.
 *
 * @param nodes      actors (dyad keys), most central first
 * @param edges      actor pairs with their cooperation and conflict counts
 * @param blocs      how many blocs the cooperation graph splits into (singletons included)
 * @param modularity the modularity of the blocs on the cooperation graph (0 for none, up to 1 for sharp blocs)
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges, int blocs, double modularity) {
    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An actor.
     *
     * @param id          its dyad key (country code, or full group or organisation code)
     * @param name        its name
     * @param bloc        its bloc, numbered from 0 by size
     * @param cooperation events of cooperation it takes part in (weighted degree on the cooperation graph)
     * @param conflict    events of conflict it takes part in
     * @param pageRank    its PageRank on the cooperation-and-conflict graph weighted by events
     * @param betweenness its betweenness on the same graph, unweighted: how often it lies on shortest paths
     */
    public record Node(String id, String name, int bloc, long cooperation, long conflict, double pageRank,
                       double betweenness) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A pair of actors, both directions together.
     *
     * @param a            one actor's id
     * @param b            the other's
     * @param cooperation  events of quad classes 1-2
     * @param conflict     events of quad classes 3-4
     * @param goldsteinSum sum of Goldstein weights
     */
    public record Edge(String a, String b, long cooperation, long conflict, double goldsteinSum) {
        public Edge {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }
}
