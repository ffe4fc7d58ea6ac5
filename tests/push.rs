//! `newsgraph push` end to end against two real stores started here
//! (scripts/stores.sh): Oxigraph's server and Virtuoso. Each is queried
//! afterwards: every article arrived once, a second push duplicates
//! nothing, a changed article replaces its graph, and failures are told.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{fails, newsgraph, ok};

/// A store started by scripts/stores.sh, stopped when dropped.
struct Remote {
    dir: PathBuf,
    info: BTreeMap<String, String>,
}

fn stores_sh() -> Command {
    let mut c = Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/stores.sh"));
    // the store goes when this test process goes, even killed
    c.env("NEWSGRAPH_STORES_OWNER", std::process::id().to_string());
    c
}

impl Remote {
    fn start(kind: &str, dir: &Path) -> Remote {
        let out = stores_sh()
            .arg("start")
            .arg(kind)
            .arg(dir)
            .output()
            .expect("stores.sh runs");
        assert!(
            out.status.success(),
            "{kind} did not start (scripts/setup-stores.sh installs it): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let info = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Remote {
            dir: dir.to_path_buf(),
            info,
        }
    }

    fn get(&self, key: &str) -> &str {
        self.info
            .get(key)
            .unwrap_or_else(|| panic!("stores.sh gave no {key}"))
    }

    /// The triples of each graph whose name starts with `prefix`.
    fn counts(&self, prefix: &str) -> BTreeMap<String, u64> {
        let query = format!(
            "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g"
        );
        let body = format!(
            "query={}",
            form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
        );
        let response = oxhttp::Client::new()
            .request(
                oxhttp::model::Request::builder()
                    .method(oxhttp::model::Method::POST)
                    .uri(self.get("query"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("accept", "application/sparql-results+json")
                    .body(oxhttp::model::Body::from(body))
                    .unwrap(),
            )
            .expect("the store answers");
        let json: serde_json::Value =
            serde_json::from_str(&response.into_body().to_string().unwrap()).unwrap();
        json["results"]["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["g"]["value"].as_str().unwrap().to_string(),
                    b["n"]["value"].as_str().unwrap().parse().unwrap(),
                )
            })
            .collect()
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        let _ = stores_sh().arg("stop").arg(&self.dir).output();
    }
}

/// The triples of each graph of the local store whose name starts with `prefix`.
fn local_counts(store: &Path, prefix: &str) -> BTreeMap<String, u64> {
    let csv = ok(newsgraph(store).args([
        "query",
        "--format",
        "csv",
        "-e",
        &format!(
            "SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g"
        ),
    ]));
    csv.lines()
        .skip(1)
        .map(|l| {
            let (g, n) = l.rsplit_once(',').unwrap();
            (g.to_string(), n.trim().parse().unwrap())
        })
        .collect()
}

const W3ID: &str = "https://w3id.org/newsgraph/";

fn push_round_trip(kind: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    for e in std::fs::read_dir(&examples).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
        }
    }
    ok(newsgraph(&store).arg("ingest").arg(&input));
    let remote = Remote::start(kind, &tmp.path().join(kind));
    let gsp = remote.get("gsp").to_string();

    let said = ok(newsgraph(&store).args(["push", "--endpoint", &gsp]));
    assert!(said.contains("pushed 5 articles"), "{kind}: {said}");
    let want = local_counts(&store, W3ID);
    assert_eq!(want.keys().filter(|g| g.contains("/article/")).count(), 5);
    assert_eq!(
        remote.counts(W3ID),
        want,
        "{kind}: every graph, whole, once"
    );

    // again: nothing doubles
    ok(newsgraph(&store).args(["push", "--endpoint", &gsp]));
    assert_eq!(
        remote.counts(W3ID),
        want,
        "{kind}: a second push duplicates nothing"
    );

    // a changed article replaces its graph, there as here
    let changed = input.join("01-canada-japan-minerals.txt");
    std::fs::write(
        &changed,
        "Minerals Talks\nCanadian Prime Minister Anne Carter met Japanese Prime Minister Kenji Mori in Ottawa on Monday.\n",
    )
    .unwrap();
    ok(newsgraph(&store).arg("ingest").arg(&changed));
    let said = ok(newsgraph(&store).args([
        "push",
        "--endpoint",
        &gsp,
        "--article",
        "01-canada-japan-minerals.txt",
    ]));
    assert!(said.contains("pushed 1 articles"), "{said}");
    let article = format!("{W3ID}article/01-canada-japan-minerals.txt");
    let here = local_counts(&store, &article);
    assert_eq!(
        remote.counts(&article),
        here,
        "{kind}: the changed article replaced"
    );
}

#[test]
fn push_to_oxigraph_server_sends_every_article_once_and_replaces_on_change() {
    push_round_trip("oxigraph");
}

#[test]
fn push_to_virtuoso_sends_every_article_once_and_replaces_on_change() {
    push_round_trip("virtuoso");
}

#[test]
fn push_failures_are_told_per_article_and_auth_is_sent() {
    let (tmp, store) = common::store_with_ab();
    // nobody listens: the push stops with the reason
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = fails(newsgraph(&store).args([
        "push",
        "--retries",
        "0",
        "--endpoint",
        &format!("http://127.0.0.1:{port}/store"),
    ]));
    assert!(
        err.contains("a.txt: cannot reach http://127.0.0.1:"),
        "{err}"
    );
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "P1 not a URL",
            &["push", "--endpoint", "localhost:7878/store"],
            "give an http:// or https:// URL",
        ),
        (
            "P2 unknown article",
            &[
                "push",
                "--endpoint",
                "http://127.0.0.1:1/store",
                "--article",
                "zzz.txt",
            ],
            "--article zzz.txt: no article",
        ),
        (
            "P3 user without password",
            &[
                "push",
                "--endpoint",
                "http://127.0.0.1:1/store",
                "--user",
                "u",
            ],
            "NEWSGRAPH_PUSH_PASSWORD",
        ),
    ];
    for (id, args, want) in cases {
        let err = fails(
            newsgraph(&store)
                .args(*args)
                .env_remove("NEWSGRAPH_PUSH_PASSWORD"),
        );
        assert!(err.contains(want), "{id}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{id}: one line: {err}");
    }
    // Virtuoso behind HTTP Basic authentication: refused without the right
    // password, each article said; taken with it
    let remote = Remote::start("virtuoso", &tmp.path().join("virtuoso"));
    let basic = remote.get("gsp_basic").to_string();
    let (user, password) = remote.get("basic_auth").split_once(':').unwrap();
    let err = fails(
        newsgraph(&store)
            .args(["push", "--endpoint", &basic, "--user", user])
            .env("NEWSGRAPH_PUSH_PASSWORD", "wrong"),
    );
    assert!(
        err.contains("a.txt:") && err.contains("answered 401"),
        "{err}"
    );
    assert!(err.contains("b.txt:"), "{err}");
    let said = ok(newsgraph(&store)
        .args(["push", "--endpoint", &basic, "--user", user])
        .env("NEWSGRAPH_PUSH_PASSWORD", password));
    assert!(said.contains("pushed 2 articles"), "{said}");
    assert_eq!(remote.counts(W3ID), local_counts(&store, W3ID));
}
