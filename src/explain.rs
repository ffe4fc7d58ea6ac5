//! `explain`: every fact about an entity, with the sentence and the rule it
//! came from, read back from the evidence nodes in the store.

use std::io::Write;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::error::StoreError;
use crate::store::GraphStore;

/// One fact with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Explained {
    /// Subject label.
    pub subject: String,
    /// Property local name.
    pub property: String,
    /// Object label.
    pub object: String,
    /// Article file.
    pub file: String,
    /// Extraction rule.
    pub rule: String,
    /// The sentence.
    pub sentence: String,
    /// Subject IRI (last: the order above stays the printed one).
    pub subject_iri: String,
    /// Object IRI, or the literal's value.
    pub object_iri: String,
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

fn select(store: &GraphStore, sparql: &str) -> Result<Vec<Vec<String>>, StoreError> {
    let mut rows = Vec::new();
    if let QueryResults::Solutions(sols) = store.query(sparql, "explain")? {
        for s in sols {
            let s = s.map_err(|e| StoreError::QueryEvaluation {
                origin: "explain".into(),
                message: e.to_string(),
            })?;
            rows.push(s.values().iter().map(|v| value(v.as_ref())).collect());
        }
    }
    Ok(rows)
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

/// Every fact with `entity` as subject or object, with its evidence: the
/// evidence nodes found by their subject, then by their object, each through
/// the index (one query per role: with both in one, the planner started from
/// every evidence node of the store, 4 s at 10,000 articles), and what each
/// says read for that node alone (`LATERAL`: joined by hash, the labels and
/// rules of the whole store were read, 12 s at 100,000 articles).
pub fn facts(store: &GraphStore, entity: &str) -> Result<Vec<Explained>, StoreError> {
    let e = entity.replace('>', "%3E");
    let mut out = Vec::new();
    // as subject, as object, and as the country or organization of a post
    let roles = [
        format!("?ev rdf:subject <{e}> ."),
        format!("?ev rdf:object <{e}> ."),
        format!("?post ng:positionOf <{e}> . ?ev rdf:object ?post ."),
    ];
    for role in roles {
        let rows = select(
            store,
            &format!(
                "SELECT ?sl ?p ?ol ?file ?rule ?text ?s ?o WHERE {{
                   {{ SELECT DISTINCT ?ev WHERE {{ {role} }} }}
                   LATERAL {{ SELECT ?ev ?sl ?p ?ol ?file ?rule ?text ?s ?o WHERE {{
                     ?ev a ng:Evidence ; rdf:subject ?s ; rdf:predicate ?p ;
                         rdf:object ?o ; ng:rule ?rule ; ng:article ?a .
                     ?a ng:file ?file .
                     OPTIONAL {{ ?ev ng:sentence ?sn . ?sn nif:anchorOf ?text }}
                     OPTIONAL {{ ?s rdfs:label ?sl0 }} OPTIONAL {{ ?o rdfs:label ?ol0 }}
                     BIND(COALESCE(?sl0, STR(?s)) AS ?sl) BIND(COALESCE(?ol0, STR(?o)) AS ?ol)
                   }} }}
                 }}"
            ),
        )?;
        out.extend(rows.into_iter().map(|r| {
            Explained {
                subject: r[0].clone(),
                property: r[1]
                    .rsplit(['#', '/'])
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                object: r[2].clone(),
                file: r[3].clone(),
                rule: r[4].clone(),
                sentence: r[5].clone(),
                subject_iri: r[6].clone(),
                object_iri: r[7].clone(),
            }
        }));
    }
    out.sort();
    out.dedup();
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

/// Prints the entity's details, then its facts, grouped by fact, each with
/// its sources.
pub fn write_explained(
    out: &mut dyn Write,
    label: &str,
    iri: &str,
    details: &[(String, String)],
    facts: &[Explained],
) -> std::io::Result<()> {
    writeln!(out, "{label} <{iri}>")?;
    for (k, v) in details {
        writeln!(out, "  {k}: {v}")?;
    }
    if facts.is_empty() {
        writeln!(out, "  no relation recorded")?;
    }
    let mut last = None;
    for f in facts {
        let key = (&f.subject, &f.property, &f.object);
        if last != Some(key) {
            writeln!(out, "  {} —{}→ {}", f.subject, f.property, f.object)?;
            last = Some(key);
        }
        // (a store kept at `--provenance facts` has no sentences)
        if f.sentence.is_empty() {
            writeln!(out, "    [{}, {}]", f.file, f.rule)?;
        } else {
            writeln!(out, "    [{}, {}] {}", f.file, f.rule, f.sentence)?;
        }
    }
    Ok(())
}
