//! `newsgraph serve`: the SPARQL 1.1 Protocol read by independent clients
//! (SPARQLWrapper, rdflib), the status codes, a slow query cancelled, bad
//! and vanishing clients, a browser showing an entity's page, and nothing
//! written to the store.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{newsgraph, ok, python, store_with_ab};
use oxhttp::model::{Body, Method, Request};

/// A running `newsgraph serve`, stopped when dropped.
struct Served {
    child: Child,
    base: String,
}

impl Served {
    /// Starts `serve` on a free port and waits until it says it listens.
    fn start(store: &Path, args: &[&str]) -> Served {
        for _ in 0..5 {
            // a port the system just gave is free unless someone takes it
            // between here and the server's bind: then try another
            let port = TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let mut child = newsgraph(store)
                .arg("serve")
                .arg("--port")
                .arg(port.to_string())
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("serve starts");
            let (tx, rx) = mpsc::channel();
            let stderr = child.stderr.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        // (the test moved on: keep draining so the server never blocks)
                    }
                }
            });
            let mut said = Vec::new();
            loop {
                match rx.recv_timeout(Duration::from_secs(120)) {
                    Ok(line) if line.starts_with("serving ") => {
                        return Served {
                            child,
                            base: format!("http://127.0.0.1:{port}"),
                        };
                    }
                    Ok(line) => said.push(line),
                    Err(_) => break,
                }
            }
            let _ = child.kill();
            let _ = child.wait();
            assert!(
                said.iter().any(|l| l.contains("cannot listen")),
                "serve did not start: {said:?}"
            );
        }
        panic!("no free port after five tries");
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request: (status, content type, body).
    fn send(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String, String) {
        let mut req = Request::builder().method(method).uri(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let response = oxhttp::Client::new()
            .with_global_timeout(Duration::from_secs(120))
            .request(req.body(Body::from(body.to_string())).unwrap())
            .expect("the server answers");
        let status = response.status().as_u16();
        let ty = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, ty, response.into_body().to_string().unwrap())
    }

    fn get(&self, path: &str) -> (u16, String, String) {
        self.send(Method::GET, path, &[], "")
    }

    fn alive(&self) {
        let (status, _, body) = self.get("/sparql?query=ASK%7B%7D");
        assert_eq!((status, body.contains("true")), (200, true), "{body}");
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

const PEOPLE: &str = "SELECT ?label WHERE { ?p a ng:Person ; rdfs:label ?label } ORDER BY ?label";

#[test]
fn an_independent_client_reads_the_protocols_results_as_the_cli_prints_them() {
    let (_tmp, store) = store_with_ab();
    let served = Served::start(&store, &[]);
    let endpoint = served.url("/sparql");
    // SPARQLWrapper (GET and POST, JSON and XML), rdflib for a CONSTRUCT
    let script = r#"
import json, sys
from SPARQLWrapper import SPARQLWrapper, JSON, XML, TURTLE, POST
import rdflib
endpoint, people = sys.argv[1], sys.argv[2]
prefix = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
out = {}
w = SPARQLWrapper(endpoint); w.setQuery(prefix + people); w.setReturnFormat(JSON)
out["json"] = [b["label"]["value"] for b in w.query().convert()["results"]["bindings"]]
w = SPARQLWrapper(endpoint); w.setMethod(POST); w.setQuery(prefix + people); w.setReturnFormat(XML)
doc = w.query().convert()
out["xml"] = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
w = SPARQLWrapper(endpoint); w.setQuery(prefix + "ASK { ?p a ng:Person }"); w.setReturnFormat(JSON)
out["ask"] = w.query().convert()["boolean"]
w = SPARQLWrapper(endpoint)
w.setQuery(prefix + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a ng:Person ; rdfs:label ?l }")
w.setReturnFormat(TURTLE)
g = rdflib.Graph(); g.parse(data=w.query().convert(), format="turtle")
out["construct"] = sorted(str(o) for o in g.objects())
print(json.dumps(out))
"#;
    let out = ok(Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(&endpoint)
        .arg(PEOPLE));
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    let cli = ok(newsgraph(&store).args(["query", "--format", "csv", "-e", PEOPLE]));
    let want: Vec<String> = cli.lines().skip(1).map(str::to_string).collect();
    assert!(want.iter().any(|l| l == "Claire Dubois"), "{cli}");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(strings(&got["json"]), want, "JSON");
    assert_eq!(strings(&got["xml"]), want, "XML");
    assert_eq!(got["ask"], serde_json::Value::Bool(true));
    let mut sorted = want.clone();
    sorted.sort();
    assert_eq!(strings(&got["construct"]), sorted, "CONSTRUCT");
}

#[test]
fn each_request_gets_its_status_code_and_a_reason() {
    let (_tmp, store) = store_with_ab();
    let served = Served::start(&store, &["--cors"]);
    let q = |s: &str| format!("/sparql?query={}", encode(s));
    let form = [("content-type", "application/x-www-form-urlencoded")];
    // (id, method, path, headers, body, status, what the answer holds)
    type Case<'a> = (
        &'a str,
        Method,
        String,
        Vec<(&'a str, &'a str)>,
        &'a str,
        u16,
        &'a str,
    );
    let cases: Vec<Case> = vec![
        (
            "S1 select, default JSON",
            Method::GET,
            q("ASK {}"),
            vec![],
            "",
            200,
            "application/sparql-results+json",
        ),
        (
            "S2 CSV asked",
            Method::GET,
            q(PEOPLE),
            vec![("accept", "text/csv")],
            "",
            200,
            "text/csv",
        ),
        (
            "S3 a graph is Turtle",
            Method::GET,
            q("CONSTRUCT WHERE { ?s a ng:Person }"),
            vec![],
            "",
            200,
            "text/turtle",
        ),
        (
            "S4 N-Triples asked",
            Method::GET,
            q("DESCRIBE <https://w3id.org/newsgraph/id/x>"),
            vec![("accept", "application/n-triples")],
            "",
            200,
            "application/n-triples",
        ),
        (
            "S5 no query",
            Method::GET,
            "/sparql".into(),
            vec![],
            "",
            400,
            "no query",
        ),
        (
            "S6 syntax error",
            Method::GET,
            q("SELEKT * WHERE {}"),
            vec![],
            "",
            400,
            "text/plain",
        ),
        (
            "S7 an update",
            Method::POST,
            "/sparql".into(),
            form.to_vec(),
            "update=CLEAR+ALL",
            403,
            "read-only",
        ),
        (
            "S8 an update body",
            Method::POST,
            "/sparql".into(),
            vec![("content-type", "application/sparql-update")],
            "CLEAR ALL",
            403,
            "read-only",
        ),
        (
            "S9 no acceptable format",
            Method::GET,
            q("ASK {}"),
            vec![("accept", "image/png")],
            "",
            406,
            "offered as",
        ),
        (
            "S10 unknown body type",
            Method::POST,
            "/sparql".into(),
            vec![("content-type", "text/plain")],
            "ASK {}",
            415,
            "application/sparql-query",
        ),
        (
            "S11 wrong method",
            Method::DELETE,
            "/sparql".into(),
            vec![],
            "",
            405,
            "GET, POST",
        ),
        (
            "S12 no such page",
            Method::GET,
            "/nothing".into(),
            vec![],
            "",
            404,
            "no page at /nothing",
        ),
        (
            "S13 unknown entity",
            Method::GET,
            "/entity?name=Nobody+Atall".into(),
            vec![],
            "",
            404,
            "no entity",
        ),
        (
            "S14 query by POST body",
            Method::POST,
            "/sparql".into(),
            vec![("content-type", "application/sparql-query")],
            "ASK { ?p a ng:Person }",
            200,
            "true",
        ),
        (
            "S15 form POST",
            Method::POST,
            "/sparql".into(),
            form.to_vec(),
            "query=ASK+%7B%7D",
            200,
            "true",
        ),
        (
            "S16 CORS preflight",
            Method::OPTIONS,
            "/sparql".into(),
            vec![],
            "",
            204,
            "",
        ),
        (
            "S17 the query page",
            Method::GET,
            "/?saved=people-positions".into(),
            vec![],
            "",
            200,
            "Claire Dubois",
        ),
        (
            "S18 entity page",
            Method::GET,
            "/entity?name=claire+dubois".into(),
            vec![],
            "",
            200,
            "Foreign Minister",
        ),
        (
            "S19 picture",
            Method::GET,
            "/graph.svg?name=Claire+Dubois".into(),
            vec![],
            "",
            200,
            "<svg",
        ),
    ];
    for (id, method, path, headers, body, status, expect) in cases {
        let (got, ty, text) = served.send(method, &path, &headers, body);
        assert_eq!(got, status, "{id}: {text}");
        assert!(
            text.contains(expect) || ty.contains(expect),
            "{id}: {ty} {text}"
        );
    }
    // the dataset a request names wins over the union
    let a = "https://w3id.org/newsgraph/article/b.txt";
    let (_, _, only_b) = served.get(&format!(
        "{}&default-graph-uri={}",
        q("SELECT ?l WHERE { ?p a ng:Person ; rdfs:label ?l }"),
        encode(a)
    ));
    assert!(!only_b.contains("Claire Dubois"), "{only_b}");
    let (_, _, named) = served.get(&format!(
        "{}&named-graph-uri={}",
        q("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"),
        encode(a)
    ));
    assert!(named.contains(a) && !named.contains("a.txt"), "{named}");
    // every answer says CORS is allowed (--cors)
    let response = oxhttp::Client::new()
        .request(
            Request::builder()
                .uri(served.url("/sparql?query=ASK%7B%7D"))
                .body(Body::empty())
                .unwrap(),
        )
        .unwrap();
    assert_eq!(
        response
            .headers()
            .get("access-control-allow-origin")
            .unwrap(),
        "*"
    );
}

#[test]
fn a_slow_query_is_cancelled_with_503_and_the_server_goes_on() {
    let (_tmp, store) = store_with_ab();
    let served = Served::start(&store, &["--timeout", "1"]);
    // every quadruple of triples: far more than a second's work
    let slow =
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    let (status, _, body) = served.get(&format!("/sparql?query={}", encode(slow)));
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("stopped after 1 s"), "{body}");
    served.alive();
    // the page's box too
    let (status, _, _) = served.get(&format!("/?query={}", encode(slow)));
    assert_eq!(status, 503);
    served.alive();
}

/// Sends raw bytes and reads what comes back until the server closes or
/// the read times out.
fn raw(served: &Served, bytes: &[u8]) -> String {
    let addr = served.base.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(bytes).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn malformed_requests_and_clients_that_leave_do_not_stop_the_server() {
    let (_tmp, store) = store_with_ab();
    let served = Served::start(&store, &["--timeout", "5"]);
    let addr = served.base.trim_start_matches("http://").to_string();
    let cases: &[(&str, &[u8], &str)] = &[
        ("M1 not HTTP", b"HELLO THERE\r\n\r\n", "400"),
        ("M2 a bad header", b"GET /sparql HTTP/1.1\r\nHost\r\n\r\n", "400"),
        ("M3 a body shorter than said", b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 50\r\nConnection: close\r\n\r\nASK", ""),
        ("M4 not UTF-8", b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 2\r\nConnection: close\r\n\r\n\xff\xfe", "400"),
    ];
    for (id, bytes, status) in cases {
        let answer = if *id == "M3 a body shorter than said" {
            // the client goes away in the middle of its body
            let mut s = TcpStream::connect(&addr).unwrap();
            s.write_all(bytes).unwrap();
            drop(s);
            String::new()
        } else {
            raw(&served, bytes)
        };
        assert!(answer.contains(status), "{id}: {answer}");
        served.alive();
    }
    // a client that asks for a long answer and leaves before it comes
    let slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let mut s = TcpStream::connect(&addr).unwrap();
    write!(
        s,
        "GET /sparql?query={} HTTP/1.1\r\nHost: x\r\n\r\n",
        encode(slow)
    )
    .unwrap();
    drop(s);
    served.alive();
    // a query nested a thousand deep: parsed on a worker's deep stack
    let deep = format!(
        "SELECT * WHERE {}?s ?p ?o{}",
        "{".repeat(1000),
        "}".repeat(1000)
    );
    let (status, _, _) = served.get(&format!("/sparql?query={}", encode(&deep)));
    assert!(status == 200 || status == 400, "{status}");
    served.alive();
    // a body over the limit
    let big = "#".repeat(2 << 20);
    let (status, _, _) = served.send(
        Method::POST,
        "/sparql",
        &[("content-type", "application/sparql-query")],
        &big,
    );
    assert_eq!(status, 413);
    served.alive();
}

/// Every file of the store with its content, but RocksDB's own diary (LOG).
fn snapshot(store: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(store)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with("LOG"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn serving_writes_nothing_and_an_ingest_meanwhile_shows_at_the_next_request() {
    let (tmp, store) = store_with_ab();
    let before = snapshot(&store);
    {
        let served = Served::start(&store, &[]);
        for path in [
            "/",
            "/entity?name=Claire+Dubois",
            "/graph.svg?name=Oslo",
            "/?saved=meetings",
        ] {
            assert_eq!(served.get(path).0, 200, "{path}");
        }
    }
    assert!(
        snapshot(&store) == before,
        "serve changed the store's files"
    );

    let served = Served::start(&store, &[]);
    let count = "/sparql?query=SELECT%20(COUNT(?a)%20AS%20?n)%20WHERE%20%7B?a%20a%20ng:Article%7D";
    let n = |s: &Served| {
        let (_, _, body) = s.send(Method::GET, count, &[("accept", "text/csv")], "");
        body.lines().nth(1).unwrap().to_string()
    };
    assert_eq!(n(&served), "2");
    let dir = common::articles(
        tmp.path(),
        "more",
        &[(
            "c.txt",
            "Talks in Lima\nPeruvian President Rosa Quispe met Chilean President Tomas Vidal in Lima on Monday.\n",
        )],
    );
    ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert_eq!(n(&served), "3");
    let (status, _, page) = served.get("/entity?name=Rosa+Quispe");
    assert_eq!(status, 200, "{page}");
}

/// Issue 13: an entity's page lists three sources per fact and links to
/// the page with every one (`&all=1`), as `explain --all`.
#[test]
fn an_entity_page_lists_three_sources_per_fact_and_links_to_all() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("db");
    ok(newsgraph(&store)
        .arg("ingest")
        .arg(common::repeated_reports(tmp.path(), "a", 4)));
    let served = Served::start(&store, &[]);
    let cases = [
        ("/entity?name=Amina+Wekesa", 3, true),
        (
            "/entity?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Fperson%2Famina-wekesa&all=1",
            4,
            false,
        ),
    ];
    for (path, sources, more) in cases {
        let (status, _, page) = served.get(path);
        assert_eq!(status, 200, "{path}: {page}");
        let listed = (1..=4)
            .filter(|i| page.contains(&format!("r{i}.txt")))
            .count();
        assert_eq!(listed, sources, "{path}: {page}");
        assert_eq!(
            page.contains("&amp;all=1\">and 1 more</a>"),
            more,
            "{path}: {page}"
        );
    }
}

/// Headless Chromium from Debian, as the setup installs it.
fn chromium() -> PathBuf {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("chromium missing: run scripts/setup.sh (or `make test`)")
}

#[test]
fn a_browser_shows_an_entitys_facts_and_its_neighbourhood() {
    let (tmp, store) = store_with_ab();
    let served = Served::start(&store, &[]);
    let url = served.url("/entity?name=Claire%20Dubois");
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let shot = shots.join("entity-claire-dubois.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tmp.path().join("chromium-profile");
    let browser = |extra: &[&str]| {
        let out = Command::new(chromium())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    browser(&[
        "--window-size=1200,1500",
        &format!("--screenshot={}", shot.display()),
    ]);
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    // what the browser built from the page: the facts, their sentence, the picture
    let dom = browser(&["--dump-dom"]);
    for want in [
        "<h1>Claire Dubois</h1>",
        "holdsPosition",
        "Foreign Minister",
        "met Norwegian Prime Minister Erik Lindqvist in Oslo",
        "<svg",
        "/entity?iri=",
    ] {
        assert!(dom.contains(want), "the page lacks {want:?}");
    }
}
