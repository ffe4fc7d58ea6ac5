//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use newsgraph::store::GraphStore;

/// A `newsgraph` command on the store in `dir`.
pub fn newsgraph(store: &Path) -> Command {
    let mut c = Command::cargo_bin("newsgraph").expect("binary built");
    c.arg("--store").arg(store).env_remove("NEWSGRAPH_STORE");
    c
}

/// Writes articles (name, text) into a new directory under `root`.
pub fn articles(root: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, text) in files {
        std::fs::write(dir.join(f), text).unwrap();
    }
    dir
}

/// `n` reports (r1.txt ...) that state one fact, a post of Amina Wekesa's,
/// in a new directory `name` under `root`: a fact with `n` sources.
pub fn repeated_reports(root: &Path, name: &str, n: usize) -> PathBuf {
    let texts: Vec<(String, String)> = (1..=n)
        .map(|i| {
            (
                format!("r{i}.txt"),
                format!("Kenyan Health Minister Amina Wekesa visited a clinic in report {i}."),
            )
        })
        .collect();
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    articles(root, name, &files)
}

/// Starts a command with its output thrown away.
pub fn spawn_quiet(c: &mut Command) -> std::process::Child {
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts")
}

/// Runs a command for `ms` milliseconds, then kills it (SIGKILL) and waits
/// for it: a kill at some moment of its work.
pub fn kill_after(c: &mut Command, ms: u64) {
    let mut child = spawn_quiet(c);
    std::thread::sleep(std::time::Duration::from_millis(ms));
    let _ = child.kill();
    let _ = child.wait();
}

/// Runs a command, asserting success, and returns its standard output.
pub fn ok(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "command failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a command, asserting failure, and returns its standard error.
pub fn fails(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        !out.status.success(),
        "command succeeded: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).expect("UTF-8 output")
}

/// The Python of the test virtualenv (rdflib, pyshacl), made by scripts/setup.sh.
pub fn python() -> PathBuf {
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/newsgraph/venv")
        });
    let py = venv.join("bin/python");
    assert!(
        py.exists(),
        "{} missing: run scripts/setup.sh (or `make test`)",
        py.display()
    );
    py
}

pub const ARTICLE_A: &str = "Leaders Meet in Oslo\n\
By Ingrid Haugen\n\
OSLO, May 14, 2025 (Wire) — Canadian Foreign Minister Claire Dubois met Norwegian Prime Minister Erik Lindqvist in Oslo on Wednesday.\n\
\"We agreed on a plan for the Arctic,\" Dubois said.\n\
Poland, Estonia and other NATO member states sent observers. Switzerland is not a member of the European Union.\n";

pub const ARTICLE_B: &str = "Arctic Talks Continue\n\
Tomas Berg, a senior fellow at the Nordic Policy Institute (NPI), said the talks in Oslo on 14 May 2025 went well.\n\
\"The Arctic matters to everyone,\" Berg told reporters. NATO Secretary General Mark Rutte welcomed the plan.\n";

/// The shared graph of node descriptions.
pub const ENTITIES: &str = "<https://w3id.org/newsgraph/entities>";

/// Many small articles, each with its own people and places.
pub fn corpus(root: &Path, n: usize) -> std::path::PathBuf {
    let dir = root.join("in");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        let text = format!(
            "Report {i}\nCanadian Foreign Minister Claire Dubois{i} met Norwegian Prime Minister Erik Lindqvist{i} in Oslo on March {d}.\n\
             \"We agreed on plan number {i} today,\" Dubois{i} said.\n{ARTICLE_B}",
            d = i % 28 + 1
        );
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
    dir
}

/// The quads of each article graph in the store, as sorted N-Quads lines.
pub fn graphs(store: &Path) -> BTreeMap<String, BTreeSet<String>> {
    if !store.exists() {
        // killed before the store was created: it never appears half-made
        return BTreeMap::new();
    }
    let s = GraphStore::open_read_only(store).expect("the store opens without repair");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in s.sorted_quads(false, None).unwrap() {
        out.entry(q.graph_name.to_string())
            .or_default()
            .insert(q.to_string());
    }
    out
}

/// How many article graphs the store holds.
pub fn article_graphs(store: &Path) -> usize {
    graphs(store).keys().filter(|g| *g != ENTITIES).count()
}

/// What each graph must hold: the streamed extraction of `dir`, by graph, as
/// sorted N-Quads lines.
pub fn extracted_graphs(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let unused = tempfile::tempdir().unwrap();
    let nq = ok(newsgraph(&unused.path().join("unused"))
        .arg("extract")
        .arg(dir));
    let mut want: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in nq.lines() {
        let graph = line
            .rsplit_once(' ')
            .unwrap()
            .0
            .rsplit_once(' ')
            .unwrap()
            .1
            .to_string();
        want.entry(graph).or_default().insert(line.to_string());
    }
    want
}

/// Asserts that every article graph of a store (`got`, from [`graphs`]) is
/// whole, the shared descriptions hold nothing foreign, and every node a
/// stored article names is described.
pub fn assert_whole(
    got: &BTreeMap<String, BTreeSet<String>>,
    want: &BTreeMap<String, BTreeSet<String>>,
    context: &str,
) {
    for (g, quads) in got {
        // every quad of the store, reparsed, is one the extraction gives: compare as sets
        let expected = want
            .get(g)
            .unwrap_or_else(|| panic!("{context}: unknown graph {g}"));
        let got_lines: BTreeSet<String> = quads.iter().map(|l| format!("{l} .")).collect();
        if g == ENTITIES {
            // shared by all articles: what the stored ones need, nothing foreign
            assert!(
                got_lines.is_subset(expected),
                "{context}: foreign descriptions"
            );
            continue;
        }
        assert_eq!(&got_lines, expected, "{context}: article {g} is not whole");
    }
    let described: BTreeSet<&str> = got
        .get(ENTITIES)
        .into_iter()
        .flatten()
        .map(|q| q.split(' ').next().unwrap())
        .collect();
    for (g, quads) in got.iter().filter(|(g, _)| *g != ENTITIES) {
        for q in quads.iter().filter(|q| q.contains("#mentionedIn>")) {
            let node = q.split(' ').next().unwrap();
            assert!(
                described.contains(node),
                "{context}: {node}, named by {g}, has no description"
            );
        }
    }
}

/// Renders a DOT file with GraphViz (as PNG, beside it) and asserts that it
/// succeeds without a warning.
pub fn render_dot(path: &Path) {
    let out = Command::new("dot")
        .arg("-Tpng")
        .arg("-o")
        .arg(path.with_extension("png"))
        .arg(path)
        .output()
        .expect("graphviz installed (scripts/setup.sh)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{}: {stderr}", path.display());
    assert!(
        stderr.is_empty(),
        "{}: dot warned: {stderr}",
        path.display()
    );
}

/// A store holding articles A and B (as `a.txt` and `b.txt` in `in/`).
pub fn store_with_ab() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(
        tmp.path(),
        "in",
        &[("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)],
    );
    let store = tmp.path().join("store");
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(
        out.contains("2 stored, 0 unchanged, 0 replaced, 0 failed"),
        "{out}"
    );
    (tmp, store)
}
