//! `serve`: the store over HTTP, read-only. The SPARQL 1.1 Protocol at
//! `/sparql` ([`protocol`]), and pages for people ([`pages`]): a query box
//! with the saved queries, an entity's or a meeting's page (what `explain`
//! prints, with links) and a picture of its neighbourhood.
//!
//! Each request that reads the store runs on a worker thread of its own
//! (with the deep stack SPARQL's parser needs) and is cancelled at the
//! timeout: the client gets 503 at once and the server goes on. The store
//! is opened read-only and opened again when an ingest has changed it, so
//! the pages follow the graph without a restart and nothing is written.

pub mod pages;
pub mod protocol;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxigraph::sparql::{CancellationToken, QueryResults};

use crate::error::StoreError;
use crate::store::{Dataset, GraphStore};

/// The stack of a worker thread: SPARQL's parser and evaluator recurse once
/// per nesting level (reserved, not used, until needed).
const STACK: usize = 256 << 20;

/// How the server behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// A request that reads the store longer than this is cancelled and
    /// answered 503 (`None`: no limit).
    pub timeout: Option<Duration>,
    /// Answer cross-origin requests (`Access-Control-Allow-Origin: *`).
    pub cors: bool,
}

/// The server's request handler: routes, pages and the protocol over one
/// store.
pub struct Service {
    store: Live,
    options: Options,
}

/// A response before it is HTTP: status, type, body and extra headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
    /// Other headers.
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    /// 200 with this body.
    pub fn ok(content_type: impl Into<String>, body: Vec<u8>) -> Self {
        Self {
            status: 200,
            content_type: content_type.into(),
            body,
            headers: Vec::new(),
        }
    }

    /// An HTML page with this status.
    pub fn html(status: u16, page: maud::Markup) -> Self {
        Self {
            status,
            content_type: "text/html; charset=utf-8".into(),
            body: page.into_string().into_bytes(),
            headers: Vec::new(),
        }
    }
}

/// Why a request was not answered with what it asked: each is a status code
/// and a one-line reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// 400: the request or its query is malformed.
    BadRequest(String),
    /// 403: an update to a read-only endpoint.
    Forbidden(String),
    /// 404: no such page or entity.
    NotFound(String),
    /// 405: the path does not take this method.
    MethodNotAllowed(&'static str),
    /// 406: no format the client accepts.
    NotAcceptable(String),
    /// 413: the body is too large.
    TooLarge,
    /// 415: a body of an unknown type.
    UnsupportedMediaType(String),
    /// 500: the store failed.
    Internal(String),
    /// 503: cancelled at the timeout.
    Timeout(Duration),
}

impl Failure {
    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        match self {
            Failure::BadRequest(_) => 400,
            Failure::Forbidden(_) => 403,
            Failure::NotFound(_) => 404,
            Failure::MethodNotAllowed(_) => 405,
            Failure::NotAcceptable(_) => 406,
            Failure::TooLarge => 413,
            Failure::UnsupportedMediaType(_) => 415,
            Failure::Internal(_) => 500,
            Failure::Timeout(_) => 503,
        }
    }

    /// The reason, one line.
    pub fn message(&self) -> String {
        match self {
            Failure::BadRequest(m)
            | Failure::Forbidden(m)
            | Failure::NotFound(m)
            | Failure::NotAcceptable(m)
            | Failure::UnsupportedMediaType(m)
            | Failure::Internal(m) => m.clone(),
            Failure::MethodNotAllowed(allow) => format!("this path takes {allow}"),
            Failure::TooLarge => format!("the body is over {} bytes", protocol::MAX_BODY),
            Failure::Timeout(t) => format!(
                "the query was stopped after {} s (serve --timeout)",
                t.as_secs_f64()
            ),
        }
    }

    /// The failure as a plain-text reply.
    pub fn reply(&self) -> Reply {
        let mut reply = Reply {
            status: self.status(),
            content_type: "text/plain; charset=utf-8".into(),
            body: format!("{}\n", self.message().replace('\n', " ")).into_bytes(),
            headers: Vec::new(),
        };
        if let Failure::MethodNotAllowed(allow) = self {
            reply.headers.push(("allow", allow.to_string()));
        }
        reply
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::QuerySyntax { message, .. } => Failure::BadRequest(message),
            StoreError::ResultFormat { message, .. } => Failure::NotAcceptable(message),
            other => Failure::Internal(other.to_string()),
        }
    }
}

/// A request's parameters (from the URL or a form), in their order; a name
/// may come several times.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Adds the parameters of `other` after these.
    pub fn extend(&mut self, other: Params) {
        self.0.extend(other.0);
    }
}

/// Decodes `application/x-www-form-urlencoded` (a URL's query string or a
/// form's body).
pub fn parse_params(encoded: &str) -> Params {
    Params(
        form_urlencoded::parse(encoded.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    )
}

/// The store, opened read-only, and opened again when the files that
/// record a change (the manifests, the write-ahead logs, `CURRENT`) have
/// changed since: an ingest while the server runs shows at the next
/// request.
struct Live {
    path: PathBuf,
    current: Mutex<(Arc<GraphStore>, Stamp)>,
}

/// The name, size and time of each file a write changes.
type Stamp = Vec<(String, u64, SystemTime)>;

impl Live {
    fn open(path: &Path) -> Result<Self, StoreError> {
        let stamp = Self::stamp(path);
        let store = GraphStore::open_read_only(path)?;
        Ok(Self {
            path: path.to_path_buf(),
            current: Mutex::new((Arc::new(store), stamp)),
        })
    }

    /// The names, sizes and times of the files a write changes.
    fn stamp(path: &Path) -> Stamp {
        let mut stamp: Vec<_> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let tracked =
                    name == "CURRENT" || name.starts_with("MANIFEST") || name.ends_with(".log");
                let meta = e.metadata().ok().filter(|_| tracked)?;
                Some((name, meta.len(), meta.modified().ok()?))
            })
            .collect();
        stamp.sort();
        stamp
    }

    fn get(&self) -> Result<Arc<GraphStore>, StoreError> {
        let stamp = Self::stamp(&self.path);
        let mut current = self.current.lock().unwrap_or_else(|p| p.into_inner());
        if current.1 != stamp {
            *current = (Arc::new(GraphStore::open_read_only(&self.path)?), stamp);
        }
        Ok(Arc::clone(&current.0))
    }
}

impl Service {
    /// The service over the store at `path` (which must exist).
    pub fn new(path: &Path, options: Options) -> Result<Self, StoreError> {
        Ok(Self {
            store: Live::open(path)?,
            options,
        })
    }

    /// Runs `job` over the store on a worker thread, cancelled at the
    /// timeout (then 503 at once; the worker stops at its next step).
    fn in_worker<T: Send + 'static>(
        &self,
        job: impl FnOnce(Arc<GraphStore>, CancellationToken) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let store = self.store.get()?;
        let token = CancellationToken::new();
        let (tx, rx) = sync_channel(1);
        let worker_token = token.clone();
        std::thread::Builder::new()
            .name("newsgraph query".into())
            .stack_size(STACK)
            .spawn(move || {
                let _ = tx.send(job(store, worker_token));
            })
            .map_err(|e| Failure::Internal(format!("cannot start a query: {e}")))?;
        let got = match self.options.timeout {
            Some(limit) => rx.recv_timeout(limit),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match got {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => {
                token.cancel();
                Err(Failure::Timeout(self.options.timeout.unwrap_or_default()))
            }
            Err(RecvTimeoutError::Disconnected) => Err(Failure::Internal(
                "the query failed inside newsgraph (a bug: please report it)".into(),
            )),
        }
    }

    /// Evaluates `query` over `dataset` and gives its results to `render`,
    /// on a worker thread, with the timeout.
    pub fn run<T: Send + 'static>(
        &self,
        query: String,
        dataset: Dataset,
        render: impl FnOnce(QueryResults<'static>) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        self.in_worker(move |store, token| {
            let results = store.query_in(&query, "query", Some(token), &dataset)?;
            render(results)
        })
    }

    /// Reads the store with `read` on a worker thread, with the timeout.
    pub fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&GraphStore) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, Failure> {
        self.in_worker(move |store, _| read(&store).map_err(Failure::from))
    }

    /// Answers one request.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let mut reply = self.route(request).unwrap_or_else(|f| match f {
            Failure::NotFound(m) => pages::not_found(&m),
            f => f.reply(),
        });
        if self.options.cors {
            reply
                .headers
                .push(("access-control-allow-origin", "*".into()));
        }
        to_response(reply)
    }

    fn route(&self, request: &mut Request<Body>) -> Result<Reply, Failure> {
        let path = request.uri().path().to_string();
        let url_params = parse_params(request.uri().query().unwrap_or_default());
        let method = request.method().clone();
        let allow = match path.as_str() {
            "/sparql" => "GET, POST, OPTIONS",
            "/" | "/entity" | "/graph.svg" => "GET, OPTIONS",
            _ => return Err(Failure::NotFound(format!("no page at {path}"))),
        };
        if method == Method::OPTIONS {
            let mut reply = Reply {
                status: 204,
                content_type: "text/plain; charset=utf-8".into(),
                body: Vec::new(),
                headers: vec![("allow", allow.into())],
            };
            if self.options.cors {
                reply
                    .headers
                    .push(("access-control-allow-methods", allow.into()));
                reply.headers.push((
                    "access-control-allow-headers",
                    "Accept, Content-Type".into(),
                ));
            }
            return Ok(reply);
        }
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (content_type, accept) = (header("content-type"), header("accept"));
        match (path.as_str(), method.as_str()) {
            ("/sparql", "GET" | "POST") => {
                let body = if method == Method::POST {
                    Some(read_body(request.body_mut())?)
                } else {
                    None
                };
                let req = protocol::read_request(
                    method.as_str(),
                    content_type.as_deref(),
                    &url_params,
                    body.as_deref(),
                )?;
                Ok(protocol::answer(self, req, accept))
            }
            ("/", "GET") => pages::home(self, &url_params),
            ("/entity", "GET") => pages::entity(self, &url_params),
            ("/graph.svg", "GET") => pages::graph_svg(self, &url_params),
            _ => Err(Failure::MethodNotAllowed(allow)),
        }
    }
}

/// Reads a request body, at most [`protocol::MAX_BODY`] bytes of UTF-8.
fn read_body(body: &mut Body) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    body.take(protocol::MAX_BODY + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::BadRequest(format!("cannot read the body: {e}")))?;
    if bytes.len() as u64 > protocol::MAX_BODY {
        return Err(Failure::TooLarge);
    }
    String::from_utf8(bytes).map_err(|_| Failure::BadRequest("the body is not UTF-8".into()))
}

fn to_response(reply: Reply) -> Response<Body> {
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
    if let Ok(v) = HeaderValue::from_str(&reply.content_type) {
        builder = builder.header("content-type", v);
    }
    for (name, value) in reply.headers {
        if let Ok(v) = HeaderValue::from_str(&value) {
            builder = builder.header(name, v);
        }
    }
    builder
        .body(Body::from(reply.body))
        .unwrap_or_else(|_| Response::new(Body::from("internal error\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_keep_their_order_and_repeats() {
        let p = parse_params("a=1&b=x+y&a=%C3%A9&c");
        assert_eq!(p.get("a"), Some("1"));
        assert_eq!(p.all("a"), vec!["1", "é"]);
        assert_eq!(p.get("b"), Some("x y"));
        assert_eq!(p.get("c"), Some(""));
        assert_eq!(p.get("d"), None);
    }

    #[test]
    fn failures_are_status_codes_with_one_line() {
        let cases = [
            (Failure::BadRequest("a\nb".into()), 400, "a b\n"),
            (
                Failure::Timeout(Duration::from_millis(1500)),
                503,
                "the query was stopped after 1.5 s (serve --timeout)\n",
            ),
            (
                Failure::MethodNotAllowed("GET"),
                405,
                "this path takes GET\n",
            ),
            (Failure::TooLarge, 413, "the body is over 1048576 bytes\n"),
        ];
        for (f, status, body) in cases {
            let r = f.reply();
            assert_eq!(r.status, status);
            assert_eq!(String::from_utf8(r.body).unwrap(), body);
        }
        assert_eq!(
            Failure::MethodNotAllowed("GET").reply().headers,
            vec![("allow", "GET".to_string())]
        );
    }
}
