package org.parley.network;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ActorNetwork} as GraphML (yEd, Gephi, NetworkX, igraph) or GEXF 1.3 (Gephi), with the JDK's
 * XML writer so that names are escaped correctly. Edges carry cooperation and conflict counts separately, and a
 * {@code weight} of all events; nodes carry their bloc and centralities.
 */
public final class GraphFormats {
    private static final String[][] NODE_KEYS = {{"name", "string"}, {"bloc", "int"}, {"cooperation", "long"},
        {"conflict", "long"}, {"pagerank", "double"}, {"betweenness", "double"}};
    private static final String[][] EDGE_KEYS = {{"cooperation", "long"}, {"conflict", "long"},
        {"goldstein_sum", "double"}, {"weight", "double"}};

    private GraphFormats() {
    }

    public static String graphml(ActorNetwork network) {
        return write(xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] k : NODE_KEYS) {
                key(xml, "n_" + k[0], "node", k[0], k[1]);
            }
            for (String[] k : EDGE_KEYS) {
                key(xml, "e_" + k[0], "edge", k[0], k[1]);
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "parley");
            xml.writeAttribute("edgedefault", "undirected");
            for (ActorNetwork.Node n : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                Object[] values = {n.name(), n.bloc(), n.cooperation(), n.conflict(), n.pageRank(), n.betweenness()};
                for (int i = 0; i < NODE_KEYS.length; i++) {
                    data(xml, "n_" + NODE_KEYS[i][0], values[i]);
                }
                xml.writeEndElement();
            }
            int i = 0;
            for (ActorNetwork.Edge e : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", e.a());
                xml.writeAttribute("target", e.b());
                Object[] values = {e.cooperation(), e.conflict(), e.goldsteinSum(), e.cooperation() + e.conflict()};
                for (int k = 0; k < EDGE_KEYS.length; k++) {
                    data(xml, "e_" + EDGE_KEYS[k][0], values[k]);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    public static String gexf(ActorNetwork network) {
        return write(xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            attributes(xml, "node", NODE_KEYS, 1);
            attributes(xml, "edge", EDGE_KEYS, 0);
            xml.writeStartElement("nodes");
            for (ActorNetwork.Node n : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                xml.writeAttribute("label", n.name());
                attvalues(xml, NODE_KEYS, 1, n.name(), n.bloc(), n.cooperation(), n.conflict(), n.pageRank(),
                        n.betweenness());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            int i = 0;
            for (ActorNetwork.Edge e : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + i++);
                xml.writeAttribute("source", e.a());
                xml.writeAttribute("target", e.b());
                xml.writeAttribute("weight", String.valueOf(e.cooperation() + e.conflict()));
                attvalues(xml, EDGE_KEYS, 0, e.cooperation(), e.conflict(), e.goldsteinSum(),
                        (double) (e.cooperation() + e.conflict()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter xml, String id, String on, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", on);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(format(value));
        xml.writeEndElement();
    }

    /** GEXF attribute declarations, skipping the first {@code skip} keys (the name is the node label). */
    private static void attributes(XMLStreamWriter xml, String on, String[][] keys, int skip) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", on);
        for (int i = skip; i < keys.length; i++) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", on.charAt(0) + String.valueOf(i));
            xml.writeAttribute("title", keys[i][0]);
            xml.writeAttribute("type", keys[i][1]);
        }
        xml.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter xml, String[][] keys, int skip, Object... values)
            throws XMLStreamException {
        xml.writeStartElement("attvalues");
        String on = keys == NODE_KEYS ? "n" : "e";
        for (int i = skip; i < keys.length; i++) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", on + i);
            xml.writeAttribute("value", format(values[i]));
        }
        xml.writeEndElement();
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : String.valueOf(value);
    }

    /** An XML writing step. */
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out + "\n";
    }
}
