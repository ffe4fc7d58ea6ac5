//! The graph as a picture: entities and meetings as nodes, relations as
//! edges (a post as an edge from the person to its country or organization,
//! labelled with the title), built with petgraph from the triples that
//! describe them, and written as GraphViz DOT (for reading) or GraphML (for
//! Gephi, Cytoscape and yEd).

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::rdf::NG;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

/// Node styles by class: shape and fill colour.
pub const STYLES: &[(&str, &str, &str)] = &[
    ("Person", "ellipse", "#fde2a7"),
    ("Country", "box", "#b9e3c6"),
    ("Organization", "hexagon", "#b8d4f0"),
    ("City", "house", "#e0d0f0"),
    ("Meeting", "octagon", "#f6c1c1"),
];

/// Relations drawn as edges besides the two-entity relations of the
/// registry ([`crate::relations::LINK_PREDICATES`]).
const OTHER_EDGE_PROPS: &[&str] = &["locatedIn", "location", "host", "participant"];

/// Edge colours by relation (`holdsPosition` for posts); others are grey.
const EDGE_COLORS: &[(&str, &str)] = &[
    ("holdsPosition", "#8c564b"),
    ("memberOf", "#1f77b4"),
    ("leads", "#d62728"),
    ("signedWith", "#9467bd"),
    ("participant", "#ff7f0e"),
    ("location", "#2ca02c"),
    ("host", "#17becf"),
    ("locatedIn", "#7f7f7f"),
];

/// What the picture reads of a node besides its edges.
const DESCRIBING: &[&str] = &[
    "title",
    "positionOf",
    "holdsPosition",
    "alias",
    "meetingKind",
    "date",
];

/// Whether the DOT export draws `local` as an edge.
pub fn is_edge(local: &str) -> bool {
    OTHER_EDGE_PROPS.contains(&local)
        || crate::relations::LINK_PREDICATES
            .iter()
            .any(|p| p.drawn && p.local == local)
}

/// Whether the picture uses this quad: the class of a node it draws, a
/// label or alias, a relation drawn as an edge, what a post's edge needs,
/// or a meeting's kind and date.
pub fn drawn(q: &Quad) -> bool {
    match q.predicate.as_str() {
        RDF_TYPE => {
            matches!(&q.object, Term::NamedNode(c)
                if c.as_str().strip_prefix(NG).is_some_and(|c| STYLES.iter().any(|(k, ..)| *k == c)))
        }
        RDFS_LABEL => true,
        p => p
            .strip_prefix(NG)
            .is_some_and(|l| is_edge(l) || DESCRIBING.contains(&l)),
    }
}

/// The predicates that describe a node (class, label, aliases, a post's
/// title and owner, a meeting's kind and date), for reading them from every
/// graph when the facts come from one article.
pub fn describing_predicates() -> Vec<NamedNode> {
    let mut out = vec![
        NamedNode::new_unchecked(RDF_TYPE),
        NamedNode::new_unchecked(RDFS_LABEL),
    ];
    out.extend(
        DESCRIBING
            .iter()
            .map(|l| NamedNode::new_unchecked(format!("{NG}{l}"))),
    );
    out
}

/// A node of the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Its IRI.
    pub iri: String,
    /// Its class (local name).
    pub class: String,
    /// Its canonical label.
    pub label: String,
    /// What the picture prints: the label, or for a long name its acronym
    /// or shortest alias; for a meeting its kind, place and date.
    pub short: String,
}

/// An edge of the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// The relation's local name (`holdsPosition` for a post).
    pub relation: String,
    /// What the edge prints: the title for a post, else the relation.
    pub label: String,
}

/// Which nodes a picture keeps.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only these classes (all when empty).
    pub classes: Vec<String>,
    /// Keep the entities that have no relation at all (those related only
    /// to classes left out are drawn anyway).
    pub isolated: bool,
}

/// Builds the picture from the triples that describe it (already merged
/// and sorted: the same triples give the same picture).
pub fn picture(triples: &[Triple], sel: &Selection) -> DiGraph<Node, Edge> {
    let ng = |p: &NamedNode| p.as_str().strip_prefix(NG).map(str::to_string);
    let mut class_of: BTreeMap<String, String> = BTreeMap::new();
    let mut label_of: BTreeMap<String, String> = BTreeMap::new();
    let mut literal_of: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut post_of: BTreeMap<String, String> = BTreeMap::new();
    for t in triples {
        let s = match &t.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            other => other.to_string(),
        };
        match (&t.object, t.predicate.as_str()) {
            (Term::NamedNode(o), RDF_TYPE) => {
                if let Some(c) = ng(o)
                    && STYLES.iter().any(|(k, ..)| *k == c)
                {
                    class_of.insert(s, c);
                }
            }
            (Term::Literal(l), RDFS_LABEL) => {
                label_of.insert(s, l.value().to_string());
            }
            (Term::Literal(l), _) => {
                if let Some(p) = ng(&t.predicate) {
                    literal_of
                        .entry((s, p))
                        .or_default()
                        .insert(l.value().to_string());
                }
            }
            (Term::NamedNode(o), _) if ng(&t.predicate).as_deref() == Some("positionOf") => {
                post_of.insert(s, o.as_str().to_string());
            }
            _ => {}
        }
    }
    let literal = |s: &str, p: &str| literal_of.get(&(s.to_string(), p.to_string()));
    let keep = |iri: &str| {
        class_of.get(iri).is_some_and(|c| {
            sel.classes.is_empty() || sel.classes.iter().any(|k| k.eq_ignore_ascii_case(c))
        })
    };
    let mut edges: BTreeSet<(String, String, String, String)> = BTreeSet::new();
    for t in triples {
        let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&t.subject, &t.object) else {
            continue;
        };
        let Some(p) = ng(&t.predicate) else { continue };
        let (s, o) = (s.as_str(), o.as_str());
        if is_edge(&p) {
            edges.insert((s.into(), o.into(), p.clone(), p));
        } else if p == "holdsPosition"
            && let (Some(titles), Some(of)) = (literal(o, "title"), post_of.get(o))
        {
            for title in titles {
                edges.insert((s.into(), of.clone(), p.clone(), title.clone()));
            }
        }
    }
    // an entity with a relation in the graph is drawn even when the other
    // end's class is not (`--class Person` still shows the people with posts)
    let linked: BTreeSet<String> = edges
        .iter()
        .flat_map(|(s, o, ..)| [s.clone(), o.clone()])
        .collect();
    edges.retain(|(s, o, ..)| keep(s) && keep(o));
    let place_of: BTreeMap<&str, &str> = edges
        .iter()
        .filter(|(.., rel, _)| rel == "location")
        .map(|(s, o, ..)| (s.as_str(), o.as_str()))
        .collect();
    let mut g: DiGraph<Node, Edge> = DiGraph::new();
    let mut index: BTreeMap<&str, NodeIndex> = BTreeMap::new();
    for (iri, class) in &class_of {
        if !keep(iri) || !(sel.isolated || linked.contains(iri)) {
            continue;
        }
        let label = label_of.get(iri).cloned().unwrap_or_else(|| iri.clone());
        let short = if class == "Meeting" {
            let place = place_of.get(iri.as_str()).and_then(|p| {
                label_of
                    .get(*p)
                    .map(|name| short_name(name, literal(p, "alias")))
            });
            meeting_caption(
                literal(iri, "meetingKind").and_then(|k| k.iter().next().cloned()),
                place,
                literal(iri, "date").and_then(|d| d.iter().next().cloned()),
            )
        } else if class == "Person" {
            label.clone()
        } else {
            short_name(&label, literal(iri, "alias"))
        };
        let n = g.add_node(Node {
            iri: iri.clone(),
            class: class.clone(),
            label,
            short,
        });
        index.insert(iri, n);
    }
    for (s, o, relation, label) in edges {
        if let (Some(&a), Some(&b)) = (index.get(s.as_str()), index.get(o.as_str())) {
            g.add_edge(a, b, Edge { relation, label });
        }
    }
    g
}

/// A name short enough for a picture: a name of up to 16 characters as it
/// is; a longer one by its acronym (an alias in capitals) or its shortest
/// alias.
pub fn short_name(label: &str, aliases: Option<&BTreeSet<String>>) -> String {
    if label.chars().count() <= 16 {
        return label.to_string();
    }
    let aliases: Vec<&String> = aliases
        .into_iter()
        .flatten()
        .filter(|a| a.chars().count() >= 2 && a.len() < label.len())
        .collect();
    let acronym = aliases
        .iter()
        .filter(|a| {
            a.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
        })
        .min_by_key(|a| (a.chars().count(), a.as_str()));
    acronym
        .or_else(|| {
            aliases
                .iter()
                .min_by_key(|a| (a.chars().count(), a.as_str()))
        })
        .map_or_else(|| label.to_string(), |a| a.to_string())
}

/// A meeting's caption: its kind, place and date, one to a line ("Summit",
/// "Brussels", "10 Jul 2024"; "14 May" when the year is not known).
pub fn meeting_caption(
    kind: Option<String>,
    place: Option<String>,
    date: Option<String>,
) -> String {
    let mut kind = kind.unwrap_or_else(|| "meeting".to_string());
    if let Some(first) = kind.get(..1) {
        kind = first.to_uppercase() + &kind[1..];
    }
    let mut lines = vec![kind];
    lines.extend(place);
    lines.extend(date.map(|d| readable_date(&d)));
    lines.join("\n")
}

/// "2024-07-10" → "10 Jul 2024", "2024-07" → "Jul 2024", "--05-14" →
/// "14 May", "--05" → "May"; anything else as it is.
pub fn readable_date(d: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
    };
    let day = |s: &str| s.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let parts: Vec<&str> = d.split('-').collect();
    let out = match parts.as_slice() {
        ["", "", m, dd] => month(m).zip(day(dd)).map(|(m, dd)| format!("{dd} {m}")),
        ["", "", m] => month(m).map(|m| m.to_string()),
        [y, m, dd] if y.len() == 4 => month(m).zip(day(dd)).map(|(m, dd)| format!("{dd} {m} {y}")),
        [y, m] if y.len() == 4 => month(m).map(|m| format!("{m} {y}")),
        _ => None,
    };
    out.unwrap_or_else(|| d.to_string())
}

/// How the DOT file asks GraphViz to lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Force-directed (`sfdp`): reads best for a graph of many entities.
    #[default]
    Sfdp,
    /// Layered, left to right (`dot`).
    Dot,
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn edge_color(relation: &str) -> &'static str {
    EDGE_COLORS
        .iter()
        .find(|(r, _)| *r == relation)
        .map_or("#555555", |(_, c)| c)
}

/// The picture in GraphViz DOT: nodes shaped and coloured by class, edges
/// coloured by relation, and a legend (an HTML-like table) of both.
pub fn to_dot(g: &DiGraph<Node, Edge>, layout: Layout) -> String {
    let graph_attrs = match layout {
        Layout::Sfdp => "layout=sfdp, overlap=prism, splines=true, K=1.2",
        Layout::Dot => "layout=dot, rankdir=LR",
    };
    let mut out = format!(
        "digraph newsgraph {{\n  graph [{graph_attrs}, fontname=\"Helvetica\", outputorder=edgesfirst];\n  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9, decorate=true];\n"
    );
    for n in g.node_indices() {
        let node = &g[n];
        let (_, shape, color) = STYLES
            .iter()
            .find(|(k, ..)| *k == node.class)
            .copied()
            .unwrap_or(("", "ellipse", "#ffffff"));
        out.push_str(&format!(
            "  n{} [label=\"{}\", shape={shape}, fillcolor=\"{color}\", tooltip=\"{} ({})\"];\n",
            n.index(),
            escape(&node.short),
            escape(&node.label),
            escape(&node.iri)
        ));
    }
    let mut relations = BTreeSet::new();
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        let edge = &g[e];
        relations.insert(edge.relation.as_str());
        let color = edge_color(&edge.relation);
        out.push_str(&format!(
            "  n{} -> n{} [label=\"{}\", color=\"{color}\", fontcolor=\"{color}\"];\n",
            a.index(),
            b.index(),
            escape(&edge.label)
        ));
    }
    let classes: BTreeSet<&str> = g.node_weights().map(|n| n.class.as_str()).collect();
    out.push_str("  legend [shape=plain, fillcolor=white, label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
    for (class, shape, color) in STYLES {
        if classes.contains(class) {
            out.push_str(&format!(
                "<TR><TD BGCOLOR=\"{color}\">{shape}</TD><TD ALIGN=\"LEFT\">{class}</TD></TR>"
            ));
        }
    }
    for (relation, color) in EDGE_COLORS {
        if relations.contains(relation) {
            let name = if *relation == "holdsPosition" {
                "post (title)"
            } else {
                relation
            };
            out.push_str(&format!(
                "<TR><TD><FONT COLOR=\"{color}\">&#8594;</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{color}\">{name}</FONT></TD></TR>"
            ));
        }
    }
    out.push_str("</TABLE>>];\n}\n");
    out
}

/// The picture in GraphML: each node with its IRI, class, label and short
/// label; each edge with its relation and label.
pub fn to_graphml(g: &DiGraph<Node, Edge>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, domain, name) in [
        ("iri", "node", "iri"),
        ("class", "node", "class"),
        ("label", "node", "label"),
        ("short", "node", "short_label"),
        ("relation", "edge", "relation"),
        ("elabel", "edge", "label"),
    ] {
        out.push_str(&format!(
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"string\"/>\n"
        ));
    }
    out.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    for n in g.node_indices() {
        let node = &g[n];
        out.push_str(&format!("    <node id=\"n{}\">\n", n.index()));
        for (key, value) in [
            ("iri", &node.iri),
            ("class", &node.class),
            ("label", &node.label),
            ("short", &node.short),
        ] {
            out.push_str(&format!(
                "      <data key=\"{key}\">{}</data>\n",
                xml_escape(value)
            ));
        }
        out.push_str("    </node>\n");
    }
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge exists");
        let edge = &g[e];
        out.push_str(&format!(
            "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">\n      <data key=\"relation\">{}</data>\n      <data key=\"elabel\">{}</data>\n    </edge>\n",
            e.index(),
            a.index(),
            b.index(),
            xml_escape(&edge.relation),
            xml_escape(&edge.label)
        ));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_drawn_by_their_acronym_or_shortest_alias() {
        let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        let cases: &[(&str, &str, &[&str], &str)] = &[
            (
                "acronym",
                "North Atlantic Treaty Organization",
                &["NATO", "the alliance"],
                "NATO",
            ),
            ("short-kept", "Norway", &["Kingdom of Norway"], "Norway"),
            (
                "shortest-alias",
                "Association of Southeast Asian Nations",
                &["Asean", "the bloc of ten"],
                "Asean",
            ),
            (
                "no-alias",
                "Federation of Chambers of Commerce",
                &[],
                "Federation of Chambers of Commerce",
            ),
            (
                "dotted",
                "United States of America",
                &["U.S.", "America"],
                "U.S.",
            ),
        ];
        for (id, label, aliases, want) in cases {
            assert_eq!(short_name(label, Some(&set(aliases))), *want, "{id}");
        }
    }

    #[test]
    fn meetings_are_captioned_by_kind_place_and_date() {
        type Case<'a> = (
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            &'a str,
        );
        let cases: &[Case] = &[
            (
                "full",
                Some("summit"),
                Some("Brussels"),
                Some("2024-07-10"),
                "Summit\nBrussels\n10 Jul 2024",
            ),
            (
                "month-day",
                Some("talks"),
                Some("Geneva"),
                Some("--05-14"),
                "Talks\nGeneva\n14 May",
            ),
            (
                "year-month",
                Some("call"),
                None,
                Some("2023-11"),
                "Call\nNov 2023",
            ),
            ("nothing", None, None, None, "Meeting"),
            (
                "odd-date",
                Some("meeting"),
                None,
                Some("2024-13-01"),
                "Meeting\n2024-13-01",
            ),
        ];
        for (id, kind, place, date, want) in cases {
            let got = meeting_caption(
                kind.map(String::from),
                place.map(String::from),
                date.map(String::from),
            );
            assert_eq!(got, *want, "{id}");
        }
    }

    #[test]
    fn nodes_without_edges_are_left_out_unless_asked_for() {
        let n = |s: &str| NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/id/{s}"));
        let ngp = |l: &str| NamedNode::new_unchecked(format!("{NG}{l}"));
        let ty = NamedNode::new_unchecked(RDF_TYPE);
        let label = NamedNode::new_unchecked(RDFS_LABEL);
        let lit = |s: &str| Term::from(oxigraph::model::Literal::new_simple_literal(s));
        let triples = vec![
            Triple::new(n("person/a"), ty.clone(), ngp("Person")),
            Triple::new(n("person/a"), label.clone(), lit("Ann Lee")),
            Triple::new(n("organization/x"), ty.clone(), ngp("Organization")),
            Triple::new(n("organization/x"), label.clone(), lit("X")),
            Triple::new(n("person/a"), ngp("memberOf"), n("organization/x")),
            Triple::new(n("country/y"), ty.clone(), ngp("Country")),
            Triple::new(n("country/y"), label.clone(), lit("Ylandia")),
        ];
        let g = picture(&triples, &Selection::default());
        let names: Vec<&str> = g.node_weights().map(|n| n.short.as_str()).collect();
        assert_eq!(names, ["X", "Ann Lee"]);
        assert_eq!(g.edge_count(), 1);
        let all = picture(
            &triples,
            &Selection {
                isolated: true,
                ..Default::default()
            },
        );
        assert_eq!(all.node_count(), 3);
        let people = picture(
            &triples,
            &Selection {
                classes: vec!["person".into()],
                isolated: true,
            },
        );
        assert_eq!(people.node_count(), 1);
        assert_eq!(people.edge_count(), 0);
        let linked_people = picture(
            &triples,
            &Selection {
                classes: vec!["person".into()],
                isolated: false,
            },
        );
        assert_eq!(
            linked_people.node_count(),
            1,
            "a member drawn without its body"
        );
        let dot = to_dot(&g, Layout::Sfdp);
        assert!(dot.contains("layout=sfdp"), "{dot}");
        assert!(
            dot.contains("<B>Legend</B>") && dot.contains(">memberOf<"),
            "{dot}"
        );
        assert!(
            !dot.contains(">signedWith<"),
            "only the relations drawn: {dot}"
        );
        let xml = to_graphml(&g);
        assert!(
            xml.contains("<data key=\"relation\">memberOf</data>"),
            "{xml}"
        );
    }
}
