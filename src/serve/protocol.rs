//! The SPARQL 1.1 Protocol at `/sparql`: the request's query and dataset,
//! the result format from the `Accept` header, and the status codes.

use oxigraph::model::NamedNode;
use oxigraph::sparql::QueryResults;

use super::{Failure, Params, Reply, Service};
use crate::query::ResultFormat;
use crate::store::Dataset;

/// The largest request body read (a query or a form), in bytes.
pub const MAX_BODY: u64 = 1 << 20;

/// The formats offered for SELECT and ASK results, the preferred first.
const TABLE_FORMATS: &[(&str, ResultFormat)] = &[
    ("application/sparql-results+json", ResultFormat::Json),
    ("application/sparql-results+xml", ResultFormat::Xml),
    ("text/csv", ResultFormat::Csv),
    ("text/tab-separated-values", ResultFormat::Tsv),
    ("application/json", ResultFormat::Json),
    ("application/xml", ResultFormat::Xml),
];

/// The formats offered for CONSTRUCT and DESCRIBE results, the preferred first.
const GRAPH_FORMATS: &[(&str, ResultFormat)] = &[
    ("text/turtle", ResultFormat::Turtle),
    ("application/n-triples", ResultFormat::NTriples),
    ("application/ld+json", ResultFormat::JsonLd),
    ("application/rdf+xml", ResultFormat::Xml),
    ("text/plain", ResultFormat::NTriples),
];

/// What a request to `/sparql` asks: the query, and the dataset it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SparqlRequest {
    /// The query text.
    pub query: String,
    /// `default-graph-uri` and `named-graph-uri`.
    pub dataset: Dataset,
}

/// Reads a SPARQL Protocol query request: `GET ?query=`, `POST` of a form
/// (`application/x-www-form-urlencoded`) or of the query itself
/// (`application/sparql-query`). An update is refused: the server is
/// read-only.
pub fn read_request(
    method: &str,
    content_type: Option<&str>,
    url_params: &Params,
    body: Option<&str>,
) -> Result<SparqlRequest, Failure> {
    let mut params = url_params.clone();
    let mut query = None;
    if method == "POST" {
        let essence = content_type
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match essence.as_str() {
            "application/sparql-query" => query = Some(body.unwrap_or_default().to_string()),
            "application/x-www-form-urlencoded" => {
                params.extend(super::parse_params(body.unwrap_or_default()))
            }
            "application/sparql-update" => return Err(read_only()),
            other => {
                return Err(Failure::UnsupportedMediaType(format!(
                    "a query is sent as application/sparql-query or \
                     application/x-www-form-urlencoded, not {}",
                    if other.is_empty() {
                        "without a type"
                    } else {
                        other
                    }
                )));
            }
        }
    }
    if params.get("update").is_some() {
        return Err(read_only());
    }
    let mut queries = params.all("query");
    let query = match (query, queries.len()) {
        (Some(q), 0) => q,
        (None, 1) => queries.remove(0).to_string(),
        (Some(_), _) | (None, 2..) => {
            return Err(Failure::BadRequest("give one query, not several".into()));
        }
        (None, 0) => {
            return Err(Failure::BadRequest(
                "no query: give it as ?query=... or in the body of a POST".into(),
            ));
        }
    };
    let graphs = |name: &str| -> Result<Vec<NamedNode>, Failure> {
        params
            .all(name)
            .into_iter()
            .map(|g| {
                NamedNode::new(g)
                    .map_err(|e| Failure::BadRequest(format!("{name} {g:?} is not an IRI: {e}")))
            })
            .collect()
    };
    Ok(SparqlRequest {
        query,
        dataset: Dataset {
            default: graphs("default-graph-uri")?,
            named: graphs("named-graph-uri")?,
        },
    })
}

fn read_only() -> Failure {
    Failure::Forbidden("this endpoint is read-only: updates are not taken".into())
}

/// The format of `offered` that the `Accept` header prefers: the highest
/// `q`, then the most specific range, then the server's order; no header (or
/// an empty one) takes the first. `None` when it accepts none of them.
pub fn negotiate<F: Copy>(
    accept: Option<&str>,
    offered: &[(&'static str, F)],
) -> Option<(&'static str, F)> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return offered.first().copied();
    };
    // (q in thousandths, specificity, minus the offered position)
    type Score = (u16, u8, isize);
    let mut best: Option<(Score, (&'static str, F))> = None;
    for range in mediatype::MediaTypeList::new(accept).flatten() {
        let q = range
            .params
            .iter()
            .find(|(k, _)| k.as_str().eq_ignore_ascii_case("q"))
            .map_or(1000, |(_, v)| {
                (v.unquoted_str()
                    .parse::<f32>()
                    .unwrap_or(0.0)
                    .clamp(0.0, 1.0)
                    * 1000.0) as u16
            });
        if q == 0 {
            continue;
        }
        let ty = range.ty.as_str().to_ascii_lowercase();
        let subty = match &range.suffix {
            Some(s) => format!("{}+{}", range.subty.as_str(), s.as_str()),
            None => range.subty.as_str().to_string(),
        }
        .to_ascii_lowercase();
        for (i, &(mime, f)) in offered.iter().enumerate() {
            let (oty, osub) = mime.split_once('/').expect("a type/subtype");
            let specificity = if ty == "*" && subty == "*" {
                0
            } else if ty == oty && subty == "*" {
                1
            } else if ty == oty && subty == osub {
                2
            } else {
                continue;
            };
            let score = (q, specificity, -(i as isize));
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, (mime, f)));
            }
        }
    }
    best.map(|(_, chosen)| chosen)
}

/// Answers a SPARQL Protocol request: the results in the negotiated format,
/// 400 for a query that does not parse, 406 when no format offered is
/// acceptable, 503 past the timeout.
pub fn answer(service: &Service, request: SparqlRequest, accept: Option<String>) -> Reply {
    let result = service.run(request.query, request.dataset, move |results| {
        let offered = match &results {
            QueryResults::Graph(_) => GRAPH_FORMATS,
            _ => TABLE_FORMATS,
        };
        let (mime, format) = negotiate(accept.as_deref(), offered).ok_or_else(|| {
            Failure::NotAcceptable(format!(
                "this result is offered as {}",
                offered
                    .iter()
                    .map(|(m, _)| *m)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        let mut body = Vec::new();
        crate::query::write_results(results, format, &mut body, "query").map_err(Failure::from)?;
        Ok((mime, body))
    });
    match result {
        Ok((mime, body)) => Reply::ok(content_type(mime), body),
        Err(f) => f.reply(),
    }
}

/// A media type with its character set where it is text.
fn content_type(mime: &str) -> String {
    if mime.starts_with("text/") {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_q_then_specificity_then_the_servers_order() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "N1 no header",
                None,
                Some("application/sparql-results+json"),
            ),
            (
                "N2 empty header",
                Some(""),
                Some("application/sparql-results+json"),
            ),
            (
                "N3 anything",
                Some("*/*"),
                Some("application/sparql-results+json"),
            ),
            ("N4 exact", Some("text/csv"), Some("text/csv")),
            (
                "N5 q wins",
                Some("application/sparql-results+xml;q=0.5, text/tab-separated-values"),
                Some("text/tab-separated-values"),
            ),
            (
                "N6 specific over wildcard at equal q",
                Some("*/*, application/sparql-results+xml"),
                Some("application/sparql-results+xml"),
            ),
            ("N7 type wildcard", Some("text/*"), Some("text/csv")),
            ("N8 none acceptable", Some("image/png"), None),
            ("N9 q=0 refuses", Some("text/csv;q=0"), None),
            (
                "N10 a browser's header",
                Some("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                Some("application/xml"),
            ),
            ("N11 case-blind", Some("Text/CSV"), Some("text/csv")),
        ];
        for (id, accept, want) in cases {
            let got = negotiate(*accept, TABLE_FORMATS).map(|(m, _)| m);
            assert_eq!(got, *want, "{id}");
        }
        let graph = negotiate(
            Some("application/n-triples, text/turtle;q=0.9"),
            GRAPH_FORMATS,
        );
        assert_eq!(graph.map(|(m, _)| m), Some("application/n-triples"));
    }

    #[test]
    fn requests_are_read_from_the_url_a_form_or_the_body() {
        let url =
            super::super::parse_params("query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fa.org%2Fg");
        let got = read_request("GET", None, &url, None).unwrap();
        assert_eq!(got.query, "ASK{}");
        assert_eq!(got.dataset.default[0].as_str(), "http://a.org/g");

        let none = Params::default();
        let form = read_request(
            "POST",
            Some("application/x-www-form-urlencoded; charset=UTF-8"),
            &none,
            Some("query=SELECT+*+WHERE+%7B%7D"),
        )
        .unwrap();
        assert_eq!(form.query, "SELECT * WHERE {}");

        let direct = read_request(
            "POST",
            Some("application/sparql-query"),
            &none,
            Some("ASK {}"),
        );
        assert_eq!(direct.unwrap().query, "ASK {}");

        let refused: &[(&str, &str, Option<&str>, &str, u16)] = &[
            ("R1 no query", "GET", None, "", 400),
            (
                "R2 update by form",
                "POST",
                Some("application/x-www-form-urlencoded"),
                "update=CLEAR+ALL",
                403,
            ),
            (
                "R3 update body",
                "POST",
                Some("application/sparql-update"),
                "CLEAR ALL",
                403,
            ),
            ("R4 unknown type", "POST", Some("text/plain"), "ASK {}", 415),
            (
                "R5 two queries",
                "POST",
                Some("application/x-www-form-urlencoded"),
                "query=ASK{}&query=ASK{}",
                400,
            ),
        ];
        for (id, method, ty, body, status) in refused {
            let err = read_request(method, *ty, &none, Some(body)).unwrap_err();
            assert_eq!(err.status(), *status, "{id}");
        }
        let bad_graph =
            super::super::parse_params("query=ASK%7B%7D&named-graph-uri=not%20an%20iri");
        assert_eq!(
            read_request("GET", None, &bad_graph, None)
                .unwrap_err()
                .status(),
            400
        );
    }
}
