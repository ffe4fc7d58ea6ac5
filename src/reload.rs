//! Articles already extracted, read back to be stored: the N-Quads that
//! `newsgraph extract` writes, or the union of several runs' (the Spark
//! recipe's partitions, `examples/spark/`). Each article graph becomes one
//! article again, with the descriptions (the entities graph) of the nodes it
//! mentions; its version (content hash and provenance level) is the one its
//! graph states, so an unchanged article stays unchanged and a changed one
//! replaces the stored version, as with text.
//!
//! A file that is not such output (a quad outside an article graph, the
//! entities graph and the ontology's; an article graph without its content
//! hash; a syntax error) is refused whole, with the line or the graph.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::error::ArticleError;
use crate::rdf::{ARTICLE, ENTITIES_GRAPH, NG, ONTOLOGY_GRAPH, article_version};

/// One article read back from N-Quads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloaded {
    /// What its messages name: `FILE#NAME`.
    pub origin: PathBuf,
    /// Its name (`ng:file`).
    pub name: String,
    /// Its graph.
    pub graph: NamedNode,
    /// Content hash and provenance level, as its graph states them.
    pub version: String,
    /// Its graph's quads, then the descriptions of the nodes it mentions.
    pub quads: Vec<Quad>,
}

/// The articles of an N-Quads file, in the order of their graphs' names.
pub fn articles(path: &Path, bytes: &[u8]) -> Result<Vec<Reloaded>, ArticleError> {
    let refuse = |reason: String| ArticleError::NotAnArticle {
        path: path.to_path_buf(),
        reason,
    };
    let mut graphs: BTreeMap<NamedNode, Vec<Quad>> = BTreeMap::new();
    let mut descriptions: HashMap<NamedOrBlankNode, Vec<Quad>> = HashMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(bytes) {
        let q = q.map_err(|e| {
            let line = e.location().map(|l| l.start.line + 1);
            let at = line.map_or_else(
                || path.to_path_buf(),
                |l| PathBuf::from(format!("{}:{l}", path.display())),
            );
            ArticleError::BadRecord {
                path: at,
                reason: format!("not N-Quads: {e}"),
            }
        })?;
        match &q.graph_name {
            GraphName::NamedNode(g) if g.as_str() == ENTITIES_GRAPH => {
                descriptions.entry(q.subject.clone()).or_default().push(q)
            }
            GraphName::NamedNode(g) if g.as_str() == ONTOLOGY_GRAPH => {}
            GraphName::NamedNode(g) if g.as_str().starts_with(ARTICLE) => {
                graphs.entry(g.clone()).or_default().push(q)
            }
            other => {
                return Err(refuse(format!(
                    "a quad in {}, not in an article's graph: not what `newsgraph extract` writes",
                    match other {
                        GraphName::DefaultGraph => "the default graph".to_string(),
                        g => g.to_string(),
                    }
                )));
            }
        }
    }
    if graphs.is_empty() {
        return Err(refuse("no article graph in it".into()));
    }
    let ng = |local: &str| format!("{NG}{local}");
    let mut out = Vec::with_capacity(graphs.len());
    let mut described = std::collections::HashSet::new();
    for (graph, mut quads) in graphs {
        let about = |local: &str| {
            let p = ng(local);
            quads.iter().find_map(|q| match (&q.subject, &q.object) {
                (NamedOrBlankNode::NamedNode(s), Term::Literal(l))
                    if *s == graph && q.predicate.as_str() == p =>
                {
                    Some(l.value().to_string())
                }
                _ => None,
            })
        };
        let (Some(hash), Some(name)) = (about("contentHash"), about("file")) else {
            return Err(refuse(format!(
                "the graph {graph} has no ng:contentHash or ng:file: not what `newsgraph extract` writes"
            )));
        };
        let version = article_version(&hash, &about("provenance").unwrap_or_default());
        let mentioned = ng("mentionedIn");
        let nodes: Vec<NamedOrBlankNode> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == mentioned)
            .map(|q| q.subject.clone())
            .collect();
        for node in nodes {
            if let Some(d) = descriptions.get(&node) {
                described.insert(node);
                quads.extend(d.iter().cloned());
            }
        }
        out.push(Reloaded {
            origin: PathBuf::from(format!("{}#{name}", path.display())),
            name,
            graph,
            version,
            quads,
        });
    }
    // (descriptions of nodes no article mentions: kept with the first)
    let mut orphans: Vec<Quad> = descriptions
        .into_iter()
        .filter(|(node, _)| !described.contains(node))
        .flat_map(|(_, d)| d)
        .collect();
    orphans.sort_by_cached_key(|q| q.to_string());
    out[0].quads.extend(orphans);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "https://w3id.org/newsgraph/article/a.txt";
    const E: &str = "https://w3id.org/newsgraph/entities";

    fn article(name: &str, hash: &str, person: &str) -> String {
        let g = format!("<https://w3id.org/newsgraph/article/{name}>");
        let p = format!("<https://w3id.org/newsgraph/id/person/{person}>");
        format!(
            "{g} <{NG}contentHash> \"{hash}\" {g} .\n{g} <{NG}file> \"{name}\" {g} .\n\
             {g} <{NG}provenance> \"sentences\" {g} .\n{p} <{NG}mentionedIn> {g} {g} .\n\
             {p} <http://www.w3.org/2000/01/rdf-schema#label> \"{person}\" <{E}> .\n"
        )
    }

    #[test]
    fn each_article_graph_comes_back_with_the_descriptions_of_what_it_mentions() {
        let text = format!(
            "{}{}",
            article("b.txt", "h2", "bo"),
            article("a.txt", "h1", "ann")
        );
        let got = articles(Path::new("x.nq"), text.as_bytes()).unwrap();
        let names: Vec<&str> = got.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(got[0].graph.as_str(), A);
        assert_eq!(got[0].version, article_version("h1", "sentences"));
        assert_eq!(got[0].quads.len(), 5);
        assert!(
            got[0]
                .quads
                .iter()
                .any(|q| q.object.to_string() == "\"ann\"")
        );
        assert!(
            !got[0]
                .quads
                .iter()
                .any(|q| q.object.to_string() == "\"bo\"")
        );
        assert_eq!(got[0].origin, PathBuf::from("x.nq#a.txt"));
    }

    #[test]
    fn what_extract_does_not_write_is_refused_with_its_line_or_graph() {
        let cases = [
            (
                "Q1 syntax",
                format!("{}<a> <b> .\n", article("a.txt", "h", "ann")),
                "x.nq:6: bad record: not N-Quads",
            ),
            (
                "Q2 default graph",
                "<http://a/s> <http://a/p> <http://a/o> .\n".to_string(),
                "the default graph",
            ),
            (
                "Q3 another graph",
                "<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\n".to_string(),
                "<http://a/g>",
            ),
            (
                "Q4 no hash",
                format!("<{A}> <{NG}file> \"a.txt\" <{A}> .\n"),
                "no ng:contentHash",
            ),
            ("Q5 empty", String::new(), "no article graph"),
        ];
        for (id, text, want) in cases {
            let e = articles(Path::new("x.nq"), text.as_bytes())
                .unwrap_err()
                .to_string();
            assert!(e.contains(want), "{id}: {e}");
            assert!(e.starts_with("x.nq"), "{id}: {e}");
        }
    }
}
