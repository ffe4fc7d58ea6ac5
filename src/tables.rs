//! The graph as a folder of CSV tables, for spreadsheets and for the
//! importers of Neo4j, Gephi and Cytoscape: `entities.csv`, `positions.csv`,
//! one table per two-entity relation (`memberships.csv`, `leaders.csv`,
//! `agreements.csv`), `meetings.csv`, `participants.csv`, `quotes.csv` and
//! `articles.csv`. A cell holding several values joins them with "; ". Rows
//! are sorted and each table is written whole (a temporary file renamed into
//! place), so the same graph gives byte-identical tables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use oxigraph::model::{NamedNode, NamedNodeRef, NamedOrBlankNode, Term};

use crate::error::StoreError;
use crate::rdf::NG;
use crate::store::GraphStore;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";

/// The classes of the entities table.
const ENTITY_CLASSES: &[&str] = &["Person", "Country", "Organization", "City"];

/// Values of one predicate: subject → objects (IRIs, or literals' values).
type Values = BTreeMap<String, BTreeSet<String>>;

/// What the tables read of the store: each predicate's values, the facts
/// from one article's graph when asked, descriptions from every graph.
struct Reader<'s> {
    store: &'s GraphStore,
    article: Option<&'s NamedNode>,
    cache: BTreeMap<String, Values>,
}

impl<'s> Reader<'s> {
    /// The values of `iri` in every graph (`facts`: in the article's graph
    /// only, when one is asked for).
    fn values(&mut self, iri: &str, facts: bool) -> Result<&Values, StoreError> {
        let key = format!("{facts}{iri}");
        if !self.cache.contains_key(&key) {
            let graph = self.article.filter(|_| facts);
            let mut out = Values::new();
            let p = NamedNodeRef::new_unchecked(iri);
            for q in self.store.with_predicate(p, graph) {
                let q = q?;
                let o = match q.object {
                    Term::NamedNode(n) => n.into_string(),
                    Term::Literal(l) => l.value().to_string(),
                    other => other.to_string(),
                };
                let s = match q.subject {
                    NamedOrBlankNode::NamedNode(n) => n.into_string(),
                    other => other.to_string(),
                };
                out.entry(s).or_default().insert(o);
            }
            self.cache.insert(key.clone(), out);
        }
        Ok(&self.cache[&key])
    }

    fn ng(&mut self, local: &str, facts: bool) -> Result<&Values, StoreError> {
        self.values(&format!("{NG}{local}"), facts)
    }
}

/// One table: its header and rows.
struct Table {
    name: String,
    header: Vec<&'static str>,
    rows: BTreeSet<Vec<String>>,
}

impl Table {
    fn new(name: &str, header: &[&'static str]) -> Self {
        Self {
            name: name.to_string(),
            header: header.to_vec(),
            rows: BTreeSet::new(),
        }
    }
}

fn join(values: Option<&BTreeSet<String>>) -> String {
    values
        .map(|v| v.iter().cloned().collect::<Vec<_>>().join("; "))
        .unwrap_or_default()
}

fn first(values: Option<&BTreeSet<String>>) -> String {
    values
        .and_then(|v| v.iter().next().cloned())
        .unwrap_or_default()
}

/// Writes the tables of the graph (of one article's graph, with `article`)
/// into `dir`, created when missing. `classes` (when not empty) keeps only
/// the rows whose entities are all of these classes. Returns the files
/// written.
pub fn write_tables(
    store: &GraphStore,
    article: Option<&NamedNode>,
    classes: &[String],
    dir: &Path,
) -> Result<Vec<PathBuf>, StoreError> {
    let mut r = Reader {
        store,
        article,
        cache: BTreeMap::new(),
    };
    let types = r.values(RDF_TYPE, false)?.clone();
    let class_of = |iri: &str| -> Option<String> {
        types
            .get(iri)?
            .iter()
            .find_map(|c| c.strip_prefix(NG).map(str::to_string))
    };
    let kept = |iri: &str| {
        classes.is_empty()
            || class_of(iri).is_some_and(|c| classes.iter().any(|k| k.eq_ignore_ascii_case(&c)))
    };
    let labels = r.values(RDFS_LABEL, false)?.clone();
    let label = |iri: &str| first(labels.get(iri));
    let mentioned = r.ng("mentionedIn", true)?.clone();
    let in_scope = |iri: &str| article.is_none() || mentioned.contains_key(iri);
    let files = r.ng("file", false)?.clone();
    let mut tables = Vec::new();

    // entities
    let aliases = r.ng("alias", false)?.clone();
    let same_as = r.values(OWL_SAME_AS, false)?.clone();
    let all_mentions = r.ng("mentionedIn", false)?.clone();
    let mut t = Table::new(
        "entities",
        &["iri", "class", "label", "aliases", "same_as", "articles"],
    );
    for (iri, cs) in &types {
        let Some(class) = cs
            .iter()
            .filter_map(|c| c.strip_prefix(NG))
            .find(|c| ENTITY_CLASSES.contains(c))
        else {
            continue;
        };
        if kept(iri) && in_scope(iri) {
            let articles = all_mentions.get(iri).map_or(0, BTreeSet::len);
            t.rows.insert(vec![
                iri.clone(),
                class.to_string(),
                label(iri),
                join(aliases.get(iri)),
                join(same_as.get(iri)),
                articles.to_string(),
            ]);
        }
    }
    tables.push(t);

    // positions
    let holds = r.ng("holdsPosition", true)?.clone();
    let titles = r.ng("title", false)?.clone();
    let owners = r.ng("positionOf", false)?.clone();
    let mut t = Table::new(
        "positions",
        &[
            "person",
            "person_label",
            "title",
            "of",
            "of_label",
            "position",
        ],
    );
    for (person, posts) in &holds {
        for post in posts {
            let of = first(owners.get(post));
            if kept(person) && (of.is_empty() || kept(&of)) {
                t.rows.insert(vec![
                    person.clone(),
                    label(person),
                    join(titles.get(post)),
                    of.clone(),
                    if of.is_empty() {
                        String::new()
                    } else {
                        label(&of)
                    },
                    post.clone(),
                ]);
            }
        }
    }
    tables.push(t);

    // two-entity relations, one table each
    for link in crate::relations::LINK_PREDICATES {
        let mut t = Table::new(
            link.table,
            &["subject", "subject_label", "object", "object_label"],
        );
        for (s, objects) in r.ng(link.local, true)? {
            for o in objects {
                if kept(s) && kept(o) {
                    t.rows
                        .insert(vec![s.clone(), label(s), o.clone(), label(o)]);
                }
            }
        }
        tables.push(t);
    }

    // meetings and their participants
    let kinds = r.ng("meetingKind", true)?.clone();
    let statuses = r.ng("status", true)?.clone();
    let dates = r.ng("date", true)?.clone();
    let places = r.ng("location", true)?.clone();
    let hosts = r.ng("host", true)?.clone();
    let participants = r.ng("participant", true)?.clone();
    let labels_of = |v: Option<&BTreeSet<String>>| -> String {
        v.map(|v| v.iter().map(|i| label(i)).collect::<Vec<_>>().join("; "))
            .unwrap_or_default()
    };
    let mut t = Table::new(
        "meetings",
        &[
            "meeting",
            "label",
            "kind",
            "status",
            "date",
            "location",
            "location_label",
            "host",
            "host_label",
        ],
    );
    let mut p = Table::new(
        "participants",
        &[
            "meeting",
            "meeting_label",
            "participant",
            "participant_label",
            "participant_class",
        ],
    );
    for (m, cs) in &types {
        if !cs.contains(&format!("{NG}Meeting")) || !kept(m) || !in_scope(m) {
            continue;
        }
        t.rows.insert(vec![
            m.clone(),
            label(m),
            join(kinds.get(m)),
            join(statuses.get(m)),
            join(dates.get(m)),
            join(places.get(m)),
            labels_of(places.get(m)),
            join(hosts.get(m)),
            labels_of(hosts.get(m)),
        ]);
        for who in participants.get(m).into_iter().flatten() {
            if kept(who) {
                p.rows.insert(vec![
                    m.clone(),
                    label(m),
                    who.clone(),
                    label(who),
                    class_of(who).unwrap_or_default(),
                ]);
            }
        }
    }
    tables.push(t);
    tables.push(p);

    // quotes
    let speakers = r.ng("speaker", true)?.clone();
    let texts = r.ng("text", false)?.clone();
    let mut t = Table::new(
        "quotes",
        &["quote", "speaker", "speaker_label", "text", "articles"],
    );
    for (q, who) in &speakers {
        for s in who {
            if kept(s) {
                let articles = all_mentions
                    .get(q)
                    .map(|a| {
                        a.iter()
                            .map(|a| first(files.get(a)))
                            .collect::<BTreeSet<_>>()
                    })
                    .unwrap_or_default();
                t.rows.insert(vec![
                    q.clone(),
                    s.clone(),
                    label(s),
                    first(texts.get(q)),
                    join(Some(&articles)),
                ]);
            }
        }
    }
    tables.push(t);

    // articles
    let headlines = labels.clone();
    let urls = r.ng("url", false)?.clone();
    let published = r.ng("published", false)?.clone();
    let outlets = r.ng("outlet", false)?.clone();
    let mut t = Table::new(
        "articles",
        &[
            "article",
            "file",
            "title",
            "url",
            "published",
            "outlet",
            "outlet_label",
        ],
    );
    for (a, name) in &files {
        if article.is_some_and(|x| x.as_str() != a) {
            continue;
        }
        t.rows.insert(vec![
            a.clone(),
            first(Some(name)),
            first(headlines.get(a)),
            first(urls.get(a)),
            first(published.get(a)),
            first(outlets.get(a)),
            labels_of(outlets.get(a)),
        ]);
    }
    tables.push(t);

    std::fs::create_dir_all(dir).map_err(|e| StoreError::Write {
        target: dir.display().to_string(),
        source: e,
    })?;
    tables.iter().map(|t| write_table(dir, t)).collect()
}

/// Writes one table as `dir/NAME.csv`, whole or not at all.
fn write_table(dir: &Path, t: &Table) -> Result<PathBuf, StoreError> {
    let path = dir.join(format!("{}.csv", t.name));
    let tmp = dir.join(format!(".{}.csv.tmp{}", t.name, std::process::id()));
    let err = |e: std::io::Error| StoreError::Write {
        target: path.display().to_string(),
        source: e,
    };
    let result = (|| {
        let mut w = csv::Writer::from_path(&tmp).map_err(|e| err(e.into()))?;
        w.write_record(&t.header).map_err(|e| err(e.into()))?;
        for row in &t.rows {
            w.write_record(row).map_err(|e| err(e.into()))?;
        }
        w.flush().map_err(err)?;
        drop(w);
        std::fs::rename(&tmp, &path).map_err(err)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| path)
}
