//! `push`: each article's graph sent to a remote store with the SPARQL 1.1
//! Graph Store Protocol. An article graph is `PUT` whole
//! (`ENDPOINT?graph=IRI`), so pushing again replaces it and never
//! duplicates; the shared descriptions (the entities graph) are `POST`ed,
//! which merges them with what the remote store holds, in parts of
//! [`DESCRIPTION_TRIPLES`]; the ontology's graph is `PUT` too, so that the
//! remote store can answer questions on classes.
//!
//! A request that fails for a reason that may pass (no connection, a
//! timeout, 5xx, 429) is tried again after a pause that doubles; one the
//! server refuses (4xx) is not. A failed article is reported and the others
//! go on; when the endpoint cannot be reached for several articles in a
//! row, the push stops.

use std::time::Duration;

use oxhttp::model::{Body, Method, Request};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, Quad, Triple};

use crate::error::StoreError;
use crate::rdf::{ARTICLE, ENTITIES_GRAPH, ONTOLOGY_GRAPH};
use crate::store::GraphStore;

/// Triples of descriptions sent in one `POST`.
pub const DESCRIPTION_TRIPLES: usize = 20_000;

/// Articles in a row whose endpoint could not be reached before the push
/// stops.
const UNREACHABLE_IN_A_ROW: usize = 3;

/// Where and how to push.
#[derive(Debug, Clone)]
pub struct Target {
    /// The Graph Store Protocol endpoint (`http://host:port/store`).
    pub endpoint: String,
    /// User and password for HTTP Basic authentication.
    pub auth: Option<(String, String)>,
    /// Tries after the first of a request that may pass.
    pub retries: u32,
    /// The pause before the first retry (it doubles each time).
    pub backoff: Duration,
    /// How long one request may take.
    pub timeout: Duration,
}

/// Why a push, or one graph of it, failed.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    /// The endpoint is no HTTP(S) URL.
    #[error("--endpoint {endpoint}: {reason}")]
    Endpoint {
        /// The endpoint given.
        endpoint: String,
        /// Why.
        reason: String,
    },
    /// The server answered with an error status.
    #[error("{what}: {endpoint} answered {status}: {body}")]
    Refused {
        /// The graph (an article's name, "descriptions", "ontology").
        what: String,
        /// The endpoint.
        endpoint: String,
        /// The status code.
        status: u16,
        /// The first line of the answer's body.
        body: String,
    },
    /// No answer (connection refused, reset, timeout).
    #[error("{what}: cannot reach {endpoint}: {reason}")]
    Unreachable {
        /// The graph.
        what: String,
        /// The endpoint.
        endpoint: String,
        /// Why.
        reason: String,
    },
    /// Several articles in a row could not reach the endpoint.
    #[error("{endpoint}: unreachable for {UNREACHABLE_IN_A_ROW} articles in a row; stopped")]
    GaveUp {
        /// The endpoint.
        endpoint: String,
    },
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a push reports as it goes.
#[derive(Debug)]
pub enum Event<'a> {
    /// An article's graph is in the remote store.
    Pushed {
        /// Its name.
        name: &'a str,
        /// Its triples.
        triples: usize,
    },
    /// An article's graph could not be sent (the others go on).
    Failed(&'a PushError),
}

/// What a push did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pushed {
    /// Articles sent.
    pub articles: usize,
    /// Articles that failed.
    pub failed: usize,
    /// Triples sent, descriptions and ontology included.
    pub triples: usize,
}

impl Target {
    /// Checks the endpoint: an `http` or `https` URL.
    pub fn check(&self) -> Result<(), PushError> {
        let bad = |reason: &str| PushError::Endpoint {
            endpoint: self.endpoint.clone(),
            reason: reason.into(),
        };
        let rest = self
            .endpoint
            .strip_prefix("http://")
            .or_else(|| self.endpoint.strip_prefix("https://"))
            .ok_or_else(|| bad("give an http:// or https:// URL"))?;
        if rest.is_empty() || rest.starts_with('/') {
            return Err(bad("no host in it"));
        }
        self.endpoint
            .parse::<oxhttp::model::Uri>()
            .map_err(|e| bad(&e.to_string()))?;
        Ok(())
    }

    /// The URL of one graph: `ENDPOINT?graph=IRI` (`&graph=` when the
    /// endpoint has a query already).
    pub fn graph_url(&self, graph: &str) -> String {
        let sep = if self.endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        let iri: String = form_urlencoded::byte_serialize(graph.as_bytes()).collect();
        format!("{}{sep}graph={iri}", self.endpoint)
    }

    /// Sends `triples` to `graph`: `PUT` replaces the graph, `POST` merges.
    fn send(
        &self,
        method: Method,
        graph: &str,
        body: Vec<u8>,
        what: &str,
    ) -> Result<(), PushError> {
        let client = oxhttp::Client::new()
            .with_global_timeout(self.timeout)
            .with_user_agent(concat!("newsgraph/", env!("CARGO_PKG_VERSION")))
            .expect("a valid user agent");
        let url = self.graph_url(graph);
        let mut pause = self.backoff;
        let mut tries = 0;
        loop {
            let mut req = Request::builder()
                .method(method.clone())
                .uri(&url)
                .header("content-type", "application/n-triples");
            if let Some((user, password)) = &self.auth {
                use base64::Engine as _;
                let token =
                    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
                req = req.header("authorization", format!("Basic {token}"));
            }
            let req = req
                .body(Body::from(body.clone()))
                .map_err(|e| PushError::Endpoint {
                    endpoint: self.endpoint.clone(),
                    reason: e.to_string(),
                })?;
            let failure = match client.request(req) {
                Ok(response) => {
                    let status = response.status().as_u16();
                    if (200..300).contains(&status) {
                        return Ok(());
                    }
                    let text = response.into_body().to_string().unwrap_or_default();
                    let line = text
                        .lines()
                        .map(str::trim)
                        .find(|l| !l.is_empty())
                        .unwrap_or("");
                    let error = PushError::Refused {
                        what: what.to_string(),
                        endpoint: self.endpoint.clone(),
                        status,
                        body: line.chars().take(300).collect(),
                    };
                    if !(status >= 500 || status == 429) {
                        return Err(error);
                    }
                    error
                }
                Err(e) => PushError::Unreachable {
                    what: what.to_string(),
                    endpoint: self.endpoint.clone(),
                    reason: e.to_string(),
                },
            };
            if tries >= self.retries {
                return Err(failure);
            }
            tries += 1;
            std::thread::sleep(pause);
            pause *= 2;
        }
    }
}

/// Triples as N-Triples, after three comment lines: Virtuoso ignores the
/// content type and guesses the syntax from the body's first 64 KiB, and
/// refused a body that opened with an article's long text (fewer than three
/// line breaks there); the comments are nothing to any other store.
fn ntriples(triples: impl IntoIterator<Item = Triple>) -> (Vec<u8>, usize) {
    let head = b"# newsgraph push\n# N-Triples\n# one graph\n".to_vec();
    let mut ser = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(head);
    let mut n = 0;
    for t in triples {
        ser.serialize_triple(&t).expect("writing to memory");
        n += 1;
    }
    (ser.finish().expect("writing to memory"), n)
}

/// The article graphs of the store, by IRI, with their names.
fn articles(store: &GraphStore) -> Result<Vec<(NamedNode, String)>, StoreError> {
    let file = crate::rdf::ng("file");
    let mut out = Vec::new();
    for q in store.with_predicate(file.as_ref(), None) {
        let q = q?;
        if let (GraphName::NamedNode(g), oxigraph::model::Term::Literal(name)) =
            (&q.graph_name, &q.object)
            && g.as_str().starts_with(ARTICLE)
        {
            out.push((g.clone(), name.value().to_string()));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn graph_triples(store: &GraphStore, graph: &NamedNode) -> Result<Vec<Triple>, StoreError> {
    store
        .quads(true, Some(graph))
        .map(|q| q.map(Quad::into))
        .collect()
}

/// Sends the store's articles (or those named in `only`) to `target`, then
/// the descriptions of the nodes they mention and the ontology.
pub fn push(
    store: &GraphStore,
    target: &Target,
    only: Option<&[String]>,
    report: &mut dyn FnMut(Event),
) -> Result<Pushed, PushError> {
    target.check()?;
    let mut chosen = articles(store)?;
    if let Some(names) = only {
        chosen.retain(|(_, name)| names.contains(name));
    }
    let mut done = Pushed::default();
    let mut unreachable = 0;
    let mut mentioned = std::collections::HashSet::new();
    let mentioned_in = crate::rdf::ng("mentionedIn");
    for (graph, name) in &chosen {
        let triples = graph_triples(store, graph)?;
        if only.is_some() {
            mentioned.extend(
                triples
                    .iter()
                    .filter(|t| t.predicate == mentioned_in)
                    .map(|t| t.subject.clone()),
            );
        }
        let (body, n) = ntriples(triples);
        match target.send(Method::PUT, graph.as_str(), body, name) {
            Ok(()) => {
                unreachable = 0;
                done.articles += 1;
                done.triples += n;
                report(Event::Pushed { name, triples: n });
            }
            Err(e) => {
                done.failed += 1;
                report(Event::Failed(&e));
                if matches!(e, PushError::Unreachable { .. }) {
                    unreachable += 1;
                    if unreachable >= UNREACHABLE_IN_A_ROW {
                        return Err(PushError::GaveUp {
                            endpoint: target.endpoint.clone(),
                        });
                    }
                }
            }
        }
    }
    // the descriptions: all of them, or those of the nodes the chosen
    // articles mention
    let entities = NamedNode::new_unchecked(ENTITIES_GRAPH);
    let mut part = Vec::with_capacity(DESCRIPTION_TRIPLES);
    let mut quads = store.quads(false, Some(&entities)).peekable();
    while let Some(q) = quads.next() {
        let t: Triple = q?.into();
        if only.is_none() || mentioned.contains(&t.subject) {
            part.push(t);
        }
        if part.len() == DESCRIPTION_TRIPLES || (quads.peek().is_none() && !part.is_empty()) {
            let (body, n) = ntriples(std::mem::take(&mut part));
            target.send(Method::POST, ENTITIES_GRAPH, body, "descriptions")?;
            done.triples += n;
        }
    }
    let ontology = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH).into_owned();
    let (body, n) = ntriples(graph_triples(store, &ontology)?);
    target.send(Method::PUT, ONTOLOGY_GRAPH, body, "ontology")?;
    done.triples += n;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(endpoint: &str) -> Target {
        Target {
            endpoint: endpoint.into(),
            auth: None,
            retries: 0,
            backoff: Duration::from_millis(1),
            timeout: Duration::from_secs(1),
        }
    }

    #[test]
    fn graph_urls_carry_the_graph_encoded() {
        let cases = [
            (
                "http://h:7878/store",
                "http://h:7878/store?graph=https%3A%2F%2Fw3id.org%2Fa%2Fx.txt",
            ),
            (
                "http://h/crud?x=1",
                "http://h/crud?x=1&graph=https%3A%2F%2Fw3id.org%2Fa%2Fx.txt",
            ),
        ];
        for (endpoint, want) in cases {
            assert_eq!(target(endpoint).graph_url("https://w3id.org/a/x.txt"), want);
        }
    }

    #[test]
    fn endpoints_are_http_urls_with_a_host() {
        let cases = [
            ("http://127.0.0.1:7878/store", true),
            ("https://example.org/gsp", true),
            ("ftp://example.org/gsp", false),
            ("localhost:7878/store", false),
            ("http:///store", false),
        ];
        for (endpoint, good) in cases {
            assert_eq!(target(endpoint).check().is_ok(), good, "{endpoint}");
        }
    }

    #[test]
    fn an_endpoint_that_is_not_there_is_unreachable_after_the_retries() {
        // a port nobody listens on: bound, then released
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut t = target(&format!("http://127.0.0.1:{port}/store"));
        t.retries = 2;
        let e = t
            .send(Method::PUT, "http://g", Vec::new(), "a.txt")
            .unwrap_err();
        assert!(matches!(e, PushError::Unreachable { .. }), "{e}");
        assert!(
            e.to_string()
                .starts_with("a.txt: cannot reach http://127.0.0.1:"),
            "{e}"
        );
    }
}
