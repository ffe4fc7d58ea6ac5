//! The pages `serve` shows people: the query box with the saved queries and
//! results as a table, an entity's (or a meeting's) page with its facts,
//! their sentences and links, and the picture of its neighbourhood (SVG,
//! laid out here: the entity in the middle, what it is related to around
//! it). HTML through maud, which escapes every value.

use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use super::{Failure, Params, Reply, Service};
use crate::explain::{self, Fact};
use crate::saved::{SAVED, Saved};
use crate::store::Dataset;

/// Rows shown by the query page (the protocol at `/sparql` has no limit).
const PAGE_ROWS: usize = 500;

/// Neighbours drawn around an entity.
const MAX_NEIGHBOURS: usize = 36;

const STYLE: &str = "
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}
header{background:#1d3557;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
header a{color:#fff;text-decoration:none}header a.brand{font-weight:700;font-size:1.15em}
main{padding:1em 1.5em;max-width:1100px}
a{color:#1d5fa8}textarea{width:100%;font:13px/1.4 monospace}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d4dc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#eef1f6}.muted{color:#667}.fact{margin:.7em 0 .2em;font-weight:600}
blockquote{margin:.2em 0 .6em 1.2em;padding-left:.7em;border-left:3px solid #c5cde0;color:#333}
.src{font-size:.85em;color:#667}.saved li{margin:.15em 0}.details td:first-child{color:#556}
svg text{font:12px system-ui,sans-serif}
";

fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · newsgraph" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    a.brand href="/" { "newsgraph" }
                    form action="/entity" method="get" {
                        input type="search" name="name" placeholder="a person, country, organization…" size="32";
                        " "
                        button type="submit" { "Explain" }
                    }
                    a href="/sparql" title="the SPARQL 1.1 Protocol endpoint" { "/sparql" }
                }
                main { (body) }
            }
        }
    }
}

/// The page for an unknown path or name.
pub fn not_found(message: &str) -> Reply {
    Reply::html(
        404,
        layout(
            "Not found",
            html! { h1 { "Not found" } p { (message) } p { a href="/" { "Back to the query page" } } },
        ),
    )
}

/// A link to an entity's page.
fn entity_href(iri: &str) -> String {
    format!(
        "/entity?iri={}",
        form_urlencoded::byte_serialize(iri.as_bytes()).collect::<String>()
    )
}

fn is_iri(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// A query's results, as shown on the query page.
struct Table {
    header: Vec<String>,
    rows: Vec<Row>,
    more: bool,
}

/// One row of the query page's table.
type Row = Vec<Option<Term>>;

/// At most [`PAGE_ROWS`] rows of `items`, and whether there were more.
fn capped<T, E: std::fmt::Display>(
    items: impl Iterator<Item = Result<T, E>>,
    mut row: impl FnMut(T) -> Row,
) -> Result<(Vec<Row>, bool), Failure> {
    let mut rows = Vec::new();
    for item in items {
        let item = item.map_err(|e| Failure::Internal(e.to_string()))?;
        if rows.len() == PAGE_ROWS {
            return Ok((rows, true));
        }
        rows.push(row(item));
    }
    Ok((rows, false))
}

fn table(results: QueryResults<'static>) -> Result<Table, Failure> {
    Ok(match results {
        QueryResults::Boolean(b) => Table {
            header: vec!["answer".into()],
            rows: vec![vec![Some(Term::from(oxigraph::model::Literal::from(b)))]],
            more: false,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            let header = vars.iter().map(|v| v.as_str().to_string()).collect();
            let (rows, more) = capped(solutions, |s| {
                vars.iter().map(|v| s.get(v).cloned()).collect()
            })?;
            Table { header, rows, more }
        }
        QueryResults::Graph(triples) => {
            let (rows, more) = capped(triples, |t| {
                vec![
                    Some(Term::from(t.subject)),
                    Some(Term::NamedNode(t.predicate)),
                    Some(t.object),
                ]
            })?;
            Table {
                header: vec!["subject".into(), "predicate".into(), "object".into()],
                rows,
                more,
            }
        }
    })
}

fn term_cell(term: Option<&Term>) -> Markup {
    match term {
        None => html! {},
        Some(Term::NamedNode(n)) => {
            html! { a href=(entity_href(n.as_str())) title=(n.as_str()) { (crate::query::shorten(n.as_str())) } }
        }
        Some(Term::Literal(l)) => html! { (l.value()) },
        Some(t) => html! { (t.to_string()) },
    }
}

/// The query page: the box, the saved queries, and the results of the
/// query given (`?query=`) or the saved one picked (`?saved=`).
pub fn home(service: &Service, params: &Params) -> Result<Reply, Failure> {
    let saved = params.get("saved").and_then(Saved::find);
    let query = params
        .get("query")
        .map(str::to_string)
        .or_else(|| saved.map(|s| s.text.to_string()));
    let articles = service.read(|store| {
        let n = match store.query(
            "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }",
            "serve",
        )? {
            QueryResults::Solutions(mut s) => {
                s.next()
                    .and_then(Result::ok)
                    .and_then(|s| match s.get("n") {
                        Some(Term::Literal(l)) => l.value().parse::<u64>().ok(),
                        _ => None,
                    })
            }
            _ => None,
        };
        Ok(n.unwrap_or(0))
    })?;
    let results = match &query {
        Some(q) if params.get("query").is_some() || saved.is_some() => {
            Some(service.run(q.clone(), Dataset::default(), table))
        }
        _ => None,
    };
    let status = match &results {
        Some(Err(f)) => f.status(),
        _ => 200,
    };
    let default_query = "SELECT ?person ?post WHERE {\n  ?person ng:holdsPosition ?p .\n  ?p rdfs:label ?post .\n}\nORDER BY ?person\nLIMIT 50";
    let body = html! {
        h1 { "Query the graph" }
        p.muted { (articles) " articles. Prefixes ng:, rdfs:, xsd:, owl:, nif:, prov: and the entity prefixes are declared." }
        form action="/" method="get" {
            textarea name="query" rows="12" spellcheck="false" { (query.as_deref().unwrap_or(default_query)) }
            p { button type="submit" { "Run" } }
        }
        @if let Some(results) = &results {
            @match results {
                Ok(t) => {
                    h2 { "Results" }
                    p.muted {
                        (t.rows.len()) " rows"
                        @if t.more { " (the first " (PAGE_ROWS) "; the whole answer at /sparql)" }
                        @if let Some(q) = &query {
                            " · "
                            a href=(format!("/sparql?query={}", form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>())) { "as SPARQL results (JSON)" }
                        }
                    }
                    table {
                        tr { @for h in &t.header { th { (h) } } }
                        @for row in &t.rows { tr { @for c in row { td { (term_cell(c.as_ref())) } } } }
                    }
                }
                Err(f) => { h2 { "The query failed" } pre { (f.message()) } }
            }
        }
        h2 { "Saved queries" }
        ul.saved {
            @for s in SAVED {
                li { a href=(format!("/?saved={}", s.name)) { (s.title()) } " " span.muted { "(" (s.name) ".rq)" } }
            }
        }
    };
    Ok(Reply::html(status, layout("Query", body)))
}

/// The entities a request names: `?iri=` or `?name=` (a label or alias).
fn named(service: &Service, params: &Params) -> Result<Vec<(String, String)>, Failure> {
    let name = match (params.get("iri"), params.get("name")) {
        (Some(iri), _) if !iri.trim().is_empty() => format!("<{}>", iri.trim()),
        (_, Some(name)) if !name.trim().is_empty() => name.trim().to_string(),
        _ => return Err(Failure::BadRequest("give ?name=LABEL or ?iri=IRI".into())),
    };
    let lookup = name.clone();
    let found = service.read(move |store| explain::find_entities(store, &lookup))?;
    if !found.is_empty() {
        return Ok(found);
    }
    let near = service.read(move |store| explain::suggestions(store, &name))?;
    Err(Failure::NotFound(if near.is_empty() {
        "no entity with this label, alias or IRI".into()
    } else {
        format!(
            "no entity with this label, alias or IRI; did you mean {}?",
            near.join(", ")
        )
    }))
}

/// What one entity's page shows.
struct About {
    iri: String,
    label: String,
    details: Vec<(String, String)>,
    facts: Vec<Fact>,
}

/// The entities' pages, each fact with `max_sources` of its sources (all
/// with `None`).
fn about(
    service: &Service,
    found: Vec<(String, String)>,
    max_sources: Option<usize>,
) -> Result<Vec<About>, Failure> {
    service.read(move |store| {
        found
            .into_iter()
            .map(|(iri, label)| {
                Ok(About {
                    details: explain::details(store, &iri)?,
                    facts: explain::facts(store, &iri, max_sources)?,
                    iri,
                    label,
                })
            })
            .collect()
    })
}

/// A meeting's line: "Summit, held, 2025-05-14, in Geneva, with A, B".
fn meeting_line(a: &About) -> Option<String> {
    let detail = |k: &str| {
        a.details
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
    };
    if !detail("class").is_some_and(|c| c.contains("Meeting")) {
        return None;
    }
    let related = |p: &str| -> Vec<String> {
        let mut v: Vec<String> = a
            .facts
            .iter()
            .filter(|f| f.property == p && f.subject_iri == a.iri)
            .map(|f| f.object.clone())
            .collect();
        v.dedup();
        v
    };
    let mut parts: Vec<String> = [detail("kind"), detail("status"), detail("date")]
        .into_iter()
        .flatten()
        .collect();
    let places = related("location");
    if !places.is_empty() {
        parts.push(format!("in {}", places.join(", ")));
    }
    let who = related("participant");
    if !who.is_empty() {
        parts.push(format!("with {}", who.join(", ")));
    }
    Some(parts.join(" · "))
}

fn node_link(iri: &str, label: &str, current: &str) -> Markup {
    if iri == current || !is_iri(iri) {
        html! { strong { (label) } }
    } else {
        html! { a href=(entity_href(iri)) { (label) } }
    }
}

/// An entity's page (`?name=` or `?iri=`): its details, the picture of its
/// neighbourhood, and every fact with the sentences it came from (the first
/// three of each; `&all=1` for every one).
pub fn entity(service: &Service, params: &Params) -> Result<Reply, Failure> {
    let found = named(service, params)?;
    let all = params.get("all").is_some_and(|v| v != "0");
    let pages = about(service, found, (!all).then_some(explain::DEFAULT_SOURCES))?;
    let title = pages
        .first()
        .map_or("Entity".to_string(), |p| p.label.clone());
    let body = html! {
        @for a in &pages {
            h1 { (a.label) }
            p.muted { code { (a.iri) } }
            @if let Some(line) = meeting_line(a) { p { strong { "Meeting: " } (line) } }
            table.details {
                @for (k, v) in &a.details { tr { td { (k) } td { (v) } } }
            }
            @if !a.facts.is_empty() {
                h2 { "Neighbourhood" }
                (neighbourhood(&a.iri, &a.label, &a.facts))
            }
            h2 { "Facts" }
            @if a.facts.is_empty() { p.muted { "No relation recorded." } }
            @for f in &a.facts {
                div.fact {
                    (node_link(&f.subject_iri, &f.subject, &a.iri)) " —" (f.property) "→ " (node_link(&f.object_iri, &f.object, &a.iri))
                }
                @for s in &f.sources {
                    @if s.sentence.is_empty() {
                        div.src { (s.file) " · " (s.rule) }
                    } @else {
                        blockquote { (s.sentence) div.src { (s.file) " · " (s.rule) } }
                    }
                }
                @if f.unlisted > 0 {
                    div.src { a href=(format!("{}&all=1", entity_href(&a.iri))) { "and " (f.unlisted) " more" } }
                }
            }
        }
    };
    Ok(Reply::html(200, layout(&title, body)))
}

/// The neighbourhood picture alone, as an SVG file (`?name=` or `?iri=`).
pub fn graph_svg(service: &Service, params: &Params) -> Result<Reply, Failure> {
    let found = named(service, params)?;
    let pages = about(service, found, Some(0))?;
    let a = pages
        .first()
        .ok_or_else(|| Failure::NotFound("no entity".into()))?;
    let svg = neighbourhood(&a.iri, &a.label, &a.facts).into_string();
    let svg = svg.replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1);
    Ok(Reply::ok("image/svg+xml", svg.into_bytes()))
}

fn shorten_label(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One node around the centre: its label and the relations to it, as
/// "→holdsPosition" (the centre is the subject) or "participant←".
struct Neighbour {
    label: String,
    edges: Vec<String>,
}

/// The entity in the middle and what its facts relate it to on a circle
/// around it, each edge labelled with its relations: a star that needs no
/// layout engine and reads the same every time (neighbours sorted by label).
pub fn neighbourhood(center: &str, label: &str, facts: &[Fact]) -> Markup {
    let mut around: BTreeMap<String, Neighbour> = BTreeMap::new();
    for f in facts {
        let (other, other_label, edge) = if f.subject_iri == center {
            (&f.object_iri, &f.object, format!("{}→", f.property))
        } else if f.object_iri == center {
            (&f.subject_iri, &f.subject, format!("←{}", f.property))
        } else {
            // a post of the entity's: the holder, through the post
            (&f.subject_iri, &f.subject, format!("{} (post)", f.property))
        };
        let n = around.entry(other.clone()).or_insert_with(|| Neighbour {
            label: other_label.clone(),
            edges: Vec::new(),
        });
        if !n.edges.contains(&edge) {
            n.edges.push(edge);
        }
    }
    let mut nodes: Vec<(String, Neighbour)> = around.into_iter().collect();
    nodes.sort_by(|a, b| a.1.label.cmp(&b.1.label).then(a.0.cmp(&b.0)));
    let hidden = nodes.len().saturating_sub(MAX_NEIGHBOURS);
    nodes.truncate(MAX_NEIGHBOURS);
    let (w, h) = (980.0_f64, 620.0_f64);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let r = 235.0_f64;
    let n = nodes.len().max(1) as f64;
    let placed: Vec<(f64, f64, &String, &Neighbour)> = nodes
        .iter()
        .enumerate()
        .map(|(i, (iri, nb))| {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n;
            (cx + r * 1.15 * angle.cos(), cy + r * angle.sin(), iri, nb)
        })
        .collect();
    html! {
        svg width=(w) height=(h) viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(format!("What {label} is related to")) {
            rect width=(w) height=(h) fill="#ffffff" stroke="#d0d4dc" {}
            @for (x, y, _, nb) in &placed {
                line x1=(cx) y1=(cy) x2=(format!("{x:.1}")) y2=(format!("{y:.1}")) stroke="#9aa7bd" stroke-width="1.2" {}
                text x=(format!("{:.1}", cx + (x - cx) * 0.5)) y=(format!("{:.1}", cy + (y - cy) * 0.5 - 3.0)) text-anchor="middle" fill="#667" font-size="10" {
                    (shorten_label(&nb.edges.join(", "), 36))
                }
            }
            @for (x, y, iri, nb) in &placed {
                @let anchor = if *x > cx + 1.0 { "start" } else if *x < cx - 1.0 { "end" } else { "middle" };
                @let dx = if anchor == "start" { 9.0 } else if anchor == "end" { -9.0 } else { 0.0 };
                @let dy = if anchor == "middle" && *y < cy { -10.0 } else if anchor == "middle" { 18.0 } else { 4.0 };
                a href=(entity_href(iri)) {
                    circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="6" fill="#457b9d" {}
                    text x=(format!("{:.1}", x + dx)) y=(format!("{:.1}", y + dy)) text-anchor=(anchor) fill="#1d2330" {
                        title { (nb.label) }
                        (shorten_label(&nb.label, 30))
                    }
                }
            }
            circle cx=(cx) cy=(cy) r="10" fill="#e63946" {}
            text x=(cx) y=(cy + 26.0) text-anchor="middle" font-weight="700" fill="#1d2330" { (shorten_label(label, 40)) }
            @if hidden > 0 {
                text x="10" y=(h - 10.0) fill="#667" { "and " (hidden) " more (see the facts below)" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(s: (&str, &str), p: &str, o: (&str, &str)) -> Fact {
        Fact {
            subject: s.0.into(),
            property: p.into(),
            object: o.0.into(),
            subject_iri: s.1.into(),
            object_iri: o.1.into(),
            sources: vec![explain::Source {
                file: "a.txt".into(),
                rule: "r".into(),
                sentence: "S.".into(),
            }],
            unlisted: 0,
        }
    }

    #[test]
    fn the_neighbourhood_draws_each_related_node_once_with_its_relations() {
        let me = ("Ann Lee", "http://x/ann");
        let facts = vec![
            fact(me, "holdsPosition", ("Ann Lee, Mayor", "http://x/post")),
            fact(("Summit", "http://x/m"), "participant", me),
            fact(("Summit", "http://x/m"), "participant", me),
            fact(me, "memberOf", ("Party <A&B>", "http://x/party")),
        ];
        let svg = neighbourhood(me.1, me.0, &facts).into_string();
        assert_eq!(
            svg.matches("<circle").count(),
            4,
            "three neighbours and the centre"
        );
        assert!(svg.contains("←participant"));
        assert!(svg.contains("holdsPosition→"));
        assert!(svg.contains("Party &lt;A&amp;B&gt;"), "labels are escaped");
        assert!(svg.contains(&entity_href("http://x/party")));
        // the same facts, the same picture
        assert_eq!(svg, neighbourhood(me.1, me.0, &facts).into_string());
    }

    #[test]
    fn the_query_page_keeps_the_first_rows_and_says_there_were_more() {
        let cases = [
            (3, 3, false),
            (PAGE_ROWS, PAGE_ROWS, false),
            (PAGE_ROWS + 1, PAGE_ROWS, true),
        ];
        for (n, shown, more) in cases {
            let items = (0..n).map(Ok::<usize, String>);
            let (rows, cut) = capped(items, |i| {
                vec![Some(Term::from(oxigraph::model::Literal::from(i as i64)))]
            })
            .unwrap();
            assert_eq!((rows.len(), cut), (shown, more), "{n}");
        }
        let failing = [Ok(1), Err("broken".to_string())].into_iter();
        assert_eq!(
            capped(failing, |_: i32| vec![]).unwrap_err(),
            Failure::Internal("broken".into())
        );
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let cases = [
            ("Short", 10, "Short"),
            ("A very long name indeed", 10, "A very lo…"),
        ];
        for (s, max, want) in cases {
            assert_eq!(shorten_label(s, max), want);
        }
    }

    #[test]
    fn a_meeting_line_gives_kind_status_date_place_and_participants() {
        let m = ("Summit", "http://x/m");
        let a = About {
            iri: m.1.into(),
            label: m.0.into(),
            details: vec![
                ("class".into(), "Meeting".into()),
                ("kind".into(), "summit".into()),
                ("date".into(), "2025-05-14".into()),
            ],
            facts: vec![
                fact(m, "location", ("Geneva", "http://x/geneva")),
                fact(m, "participant", ("Ann Lee", "http://x/ann")),
                fact(m, "participant", ("Bo Kim", "http://x/bo")),
            ],
        };
        assert_eq!(
            meeting_line(&a).unwrap(),
            "summit · 2025-05-14 · in Geneva · with Ann Lee, Bo Kim"
        );
        let person = About {
            details: vec![("class".into(), "Person".into())],
            ..a
        };
        assert_eq!(meeting_line(&person), None);
    }
}
