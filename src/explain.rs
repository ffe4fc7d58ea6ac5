//! `explain`: every fact about an entity, with the sentence and the rule it
//! came from, read back from the evidence nodes in the store.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::error::StoreError;
use crate::store::GraphStore;

/// Sources `explain` prints for each fact unless asked for all of them: a
/// country named in thousands of articles would otherwise print every one.
pub const DEFAULT_SOURCES: usize = 3;

/// One fact about an entity, with the sources that state it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fact {
    /// Subject label.
    pub subject: String,
    /// Property local name.
    pub property: String,
    /// Object label.
    pub object: String,
    /// Subject IRI (after the labels: the order above is the printed one).
    pub subject_iri: String,
    /// Object IRI, or the literal's value.
    pub object_iri: String,
    /// The sources listed, by article.
    pub sources: Vec<Source>,
    /// How many more sources state the fact than are listed.
    pub unlisted: usize,
}

/// Where a fact was read: the article, the rule and the sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    /// Article file.
    pub file: String,
    /// Extraction rule.
    pub rule: String,
    /// The sentence (empty in a store kept at `--provenance facts`).
    pub sentence: String,
}

fn value(t: Option<&Term>) -> String {
    match t {
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(t) => t.to_string(),
        None => String::new(),
    }
}

fn escape_literal(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn select_terms(store: &GraphStore, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let mut rows = Vec::new();
    if let QueryResults::Solutions(sols) = store.query(sparql, "explain")? {
        for s in sols {
            let s = s.map_err(|e| StoreError::QueryEvaluation {
                origin: "explain".into(),
                message: e.to_string(),
            })?;
            rows.push(s.values().to_vec());
        }
    }
    Ok(rows)
}

fn select(store: &GraphStore, sparql: &str) -> Result<Vec<Vec<String>>, StoreError> {
    Ok(select_terms(store, sparql)?
        .iter()
        .map(|r| r.iter().map(|v| value(v.as_ref())).collect())
        .collect())
}

/// The entities whose IRI, label or alias is `name` (case-insensitive), with
/// their labels. A name is found by its key (`ng:key`, see
/// [`crate::rdf::name_key`]) through the store's index, an IRI directly: no
/// scan, whatever the store's size.
pub fn find_entities(store: &GraphStore, name: &str) -> Result<Vec<(String, String)>, StoreError> {
    // an IRI in any form a table or `explain` prints it: `<IRI>`, `person:x`
    if let Some(iri) = crate::rdf::expand_name(name) {
        let e = iri.replace('>', "%3E");
        let rows = select(
            store,
            &format!(
                "SELECT ?label WHERE {{ <{e}> rdfs:label ?label . FILTER EXISTS {{ <{e}> ng:mentionedIn ?a }} }}"
            ),
        )?;
        return Ok(rows
            .into_iter()
            .map(|r| (iri.clone(), r[0].clone()))
            .collect());
    }
    let key = escape_literal(&crate::rdf::name_key(name));
    let mut rows = select(
        store,
        &format!(
            "SELECT DISTINCT ?e ?label WHERE {{ ?e ng:key \"{key}\" ; rdfs:label ?label .
               FILTER EXISTS {{ ?e ng:mentionedIn ?a }} }} ORDER BY ?e"
        ),
    )?;
    // a store written before names had keys: every label and alias compared
    if rows.is_empty() && select(store, "SELECT ?e WHERE { ?e ng:key ?k } LIMIT 1")?.is_empty() {
        let q = escape_literal(&name.to_lowercase());
        rows = select(
            store,
            &format!(
                "SELECT DISTINCT ?e ?label WHERE {{ ?e rdfs:label ?label . ?e ng:mentionedIn ?a .
                   OPTIONAL {{ ?e ng:alias ?alias }}
                   FILTER(LCASE(STR(?label)) = \"{q}\" || LCASE(STR(?alias)) = \"{q}\") }} ORDER BY ?e"
            ),
        )?;
    }
    Ok(rows
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect())
}

/// Up to five labels of entities a name may have meant when none has it:
/// those with a word of the name as their whole label or alias ("Kelic" for
/// "Jill Kelic"), looked up by key like the name itself.
pub fn suggestions(store: &GraphStore, name: &str) -> Result<Vec<String>, StoreError> {
    let words: Vec<String> = crate::rdf::name_key(name)
        .split(' ')
        .filter(|w| w.chars().count() >= 3)
        .map(|w| format!("\"{}\"", escape_literal(w)))
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let rows = select(
        store,
        &format!(
            "SELECT DISTINCT ?label WHERE {{ VALUES ?k {{ {} }} ?e ng:key ?k ; rdfs:label ?label .
               FILTER EXISTS {{ ?e ng:mentionedIn ?a }} }} ORDER BY ?label LIMIT 5",
            words.join(" ")
        ),
    )?;
    Ok(rows.into_iter().map(|r| r[0].clone()).collect())
}

/// Every fact with `entity` as subject or object (or as the country or
/// organization of a post), each with up to `max_sources` of its sources
/// (all with `None`), the first by article.
///
/// Two reads, both through the indexes whatever the store's size: the
/// evidence nodes found by the entity's role, each with only its statement
/// (one query per role: with both in one, the planner started from every
/// evidence node of the store); then the article, rule and sentence of the
/// sources listed, and the labels, for those nodes alone (`LATERAL`: joined
/// by hash, the labels and rules of the whole store were read, 12 s at
/// 100,000 articles). A country named in 2,000 evidence nodes reads the
/// sentences of the few it prints.
pub fn facts(
    store: &GraphStore,
    entity: &str,
    max_sources: Option<usize>,
) -> Result<Vec<Fact>, StoreError> {
    let e = entity.replace('>', "%3E");
    let limit = max_sources.unwrap_or(usize::MAX);
    // (subject, predicate, object) as N-Triples -> the terms and the fact's
    // evidence nodes
    type Found = (Term, Term, BTreeSet<String>);
    let mut by_fact: BTreeMap<(String, String, String), Found> = BTreeMap::new();
    // as subject, as object, and as the country or organization of a post
    // (the evidence nodes are the only statements newsgraph reifies)
    let roles = [
        format!("?ev rdf:subject <{e}> ."),
        format!("?ev rdf:object <{e}> ."),
        format!("?post ng:positionOf <{e}> . ?ev rdf:object ?post ."),
    ];
    for role in roles {
        let rows = select_terms(
            store,
            &format!(
                "SELECT ?ev ?s ?p ?o WHERE {{
                   {{ SELECT DISTINCT ?ev WHERE {{ {role} }} }}
                   LATERAL {{ SELECT ?ev ?s ?p ?o WHERE {{
                     ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                   }} }}
                 }}"
            ),
        )?;
        for r in rows {
            if let [Some(Term::NamedNode(ev)), Some(s), Some(p), Some(o)] = &r[..] {
                by_fact
                    .entry((s.to_string(), value(Some(p)), o.to_string()))
                    .or_insert_with(|| (s.clone(), o.clone(), BTreeSet::new()))
                    .2
                    .insert(ev.as_str().to_string());
            }
        }
    }
    // the sources listed: the first nodes by IRI (the article's, then the fact's)
    let listed: BTreeSet<&str> = by_fact
        .values()
        .flat_map(|(_, _, evs)| evs.iter().take(limit))
        .map(String::as_str)
        .collect();
    let sources = read_sources(store, &listed)?;
    let labels = read_labels(
        store,
        by_fact
            .values()
            .flat_map(|(s, o, _)| [s, o])
            .filter_map(|t| match t {
                Term::NamedNode(n) => Some(n.as_str()),
                _ => None,
            }),
    )?;
    let label = |t: &Term| {
        let v = value(Some(t));
        labels.get(&v).cloned().unwrap_or(v)
    };
    let mut out: Vec<Fact> = by_fact
        .iter()
        .map(|((_, p, _), (s, o, evs))| {
            let mut listed: Vec<Source> = evs
                .iter()
                .take(limit)
                .filter_map(|ev| sources.get(ev.as_str()))
                .flatten()
                .cloned()
                .collect();
            listed.sort();
            listed.dedup();
            Fact {
                subject: label(s),
                property: p.rsplit(['#', '/']).next().unwrap_or_default().to_string(),
                object: label(o),
                subject_iri: value(Some(s)),
                object_iri: value(Some(o)),
                unlisted: evs.len().saturating_sub(limit),
                sources: listed,
            }
        })
        .collect();
    out.sort();
    Ok(out)
}

/// The nodes of a `VALUES` block, at most this many per query.
const VALUES_CHUNK: usize = 500;

fn values_block<'a>(iris: impl Iterator<Item = &'a str>) -> String {
    iris.map(|i| format!("<{}>", i.replace('>', "%3E")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each evidence node's article, rule and sentence, read for that node alone.
fn read_sources<'a>(
    store: &GraphStore,
    evidence: &BTreeSet<&'a str>,
) -> Result<BTreeMap<&'a str, Vec<Source>>, StoreError> {
    let mut out: BTreeMap<&str, Vec<Source>> = BTreeMap::new();
    let evidence_set = evidence;
    let evidence: Vec<&str> = evidence.iter().copied().collect();
    for chunk in evidence.chunks(VALUES_CHUNK) {
        let rows = select(
            store,
            &format!(
                "SELECT ?ev ?file ?rule ?text WHERE {{
                   {{ VALUES ?ev {{ {} }} }}
                   LATERAL {{ SELECT ?ev ?file ?rule ?text WHERE {{
                     ?ev ng:rule ?rule ; ng:article ?a . ?a ng:file ?file .
                     OPTIONAL {{ ?ev ng:sentence ?sn . ?sn nif:anchorOf ?text }}
                   }} }}
                 }}",
                values_block(chunk.iter().copied())
            ),
        )?;
        for r in rows {
            if let Some(&ev) = evidence_set.get(r[0].as_str()) {
                out.entry(ev).or_default().push(Source {
                    file: r[1].clone(),
                    rule: r[2].clone(),
                    sentence: r[3].clone(),
                });
            }
        }
    }
    Ok(out)
}

/// Each node's label (the first, if it has several), read for that node alone.
fn read_labels<'a>(
    store: &GraphStore,
    nodes: impl Iterator<Item = &'a str>,
) -> Result<BTreeMap<String, String>, StoreError> {
    let nodes: BTreeSet<&str> = nodes.collect();
    let nodes: Vec<&str> = nodes.into_iter().collect();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for chunk in nodes.chunks(VALUES_CHUNK) {
        let rows = select(
            store,
            &format!(
                "SELECT ?x ?l WHERE {{
                   {{ VALUES ?x {{ {} }} }}
                   LATERAL {{ SELECT ?x ?l WHERE {{ ?x rdfs:label ?l }} }}
                 }}",
                values_block(chunk.iter().copied())
            ),
        )?;
        for r in rows {
            let [x, l] = &r[..] else { continue };
            match out.get_mut(x) {
                Some(first) if *first <= *l => {}
                Some(first) => *first = l.clone(),
                None => {
                    out.insert(x.clone(), l.clone());
                }
            }
        }
    }
    Ok(out)
}

/// What describes the entity itself, as (name, values) lines: its class,
/// aliases and identifiers; a meeting's kind, status and dates.
pub fn details(store: &GraphStore, entity: &str) -> Result<Vec<(String, String)>, StoreError> {
    let e = entity.replace('>', "%3E");
    let rows = select(
        store,
        &format!(
            "SELECT DISTINCT ?p ?o WHERE {{
               VALUES ?p {{ rdf:type ng:alias owl:sameAs ng:meetingKind ng:status ng:date }}
               <{e}> ?p ?o }}"
        ),
    )?;
    let mut by: std::collections::BTreeMap<&str, std::collections::BTreeSet<String>> =
        Default::default();
    for r in &rows {
        let name = match r[0].rsplit(['#', '/']).next().unwrap_or_default() {
            "type" => "class",
            "alias" => "also",
            "sameAs" => "same as",
            "meetingKind" => "kind",
            other => other,
        };
        let v = r[1]
            .strip_prefix(crate::rdf::NG)
            .unwrap_or(&r[1])
            .to_string();
        by.entry(name).or_default().insert(v);
    }
    let order = ["class", "kind", "status", "date", "also", "same as"];
    Ok(order
        .iter()
        .filter_map(|k| {
            by.get(k).map(|v| {
                (
                    k.to_string(),
                    v.iter().cloned().collect::<Vec<_>>().join(", "),
                )
            })
        })
        .collect())
}

/// Prints the entity's details, then its facts, each with its sources and
/// how many more there are.
pub fn write_explained(
    out: &mut dyn Write,
    label: &str,
    iri: &str,
    details: &[(String, String)],
    facts: &[Fact],
) -> std::io::Result<()> {
    writeln!(out, "{label} <{iri}>")?;
    for (k, v) in details {
        writeln!(out, "  {k}: {v}")?;
    }
    if facts.is_empty() {
        writeln!(out, "  no relation recorded")?;
    }
    for f in facts {
        writeln!(out, "  {} —{}→ {}", f.subject, f.property, f.object)?;
        for s in &f.sources {
            // (a store kept at `--provenance facts` has no sentences)
            if s.sentence.is_empty() {
                writeln!(out, "    [{}, {}]", s.file, s.rule)?;
            } else {
                writeln!(out, "    [{}, {}] {}", s.file, s.rule, s.sentence)?;
            }
        }
        if f.unlisted > 0 {
            let noun = if f.unlisted == 1 { "source" } else { "sources" };
            writeln!(out, "    … and {} more {noun} (explain --all)", f.unlisted)?;
        }
    }
    Ok(())
}
