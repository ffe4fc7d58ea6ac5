//! The Spark recipe (`examples/spark/extract.py`): PySpark pipes the
//! partitions of a JSON Lines corpus through `newsgraph extract -` and merges
//! what they write into what one `newsgraph extract` over the whole corpus
//! writes. Needs Java 17 or later and PySpark in the test virtualenv
//! (`scripts/setup.sh`): without them the tests fail, they do not skip.

mod common;

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/spark/extract.py");
const NEWSGRAPH: &str = env!("CARGO_BIN_EXE_newsgraph");
const ARTICLE_IRI: &str = "https://w3id.org/newsgraph/article/";
const IS_ARTICLE: &str = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newsgraph/ontology#Article>";
const LABEL: &str = "<http://www.w3.org/2000/01/rdf-schema#label>";
const VON_DER_LEYEN: &str = "<https://w3id.org/newsgraph/id/person/ursula-von-der-leyen>";

/// Two spellings of one name: a node's label depends on every article that
/// names it, so these two in different partitions must still give one label.
const SPELLINGS: [&str; 2] = [
    "European Commission President Ursula Von Der Leyen met Japanese Prime Minister Shigeru Ishiba in Tokyo on Tuesday.",
    "European Commission President Ursula von der Leyen met Canadian Prime Minister Mark Carney in Brussels on Monday.",
];

/// The test virtualenv's Python, with PySpark, and Java 17 or later to run it.
fn spark_python() -> PathBuf {
    let setup = "run scripts/setup.sh (scripts/setup-spark.sh installs Java and PySpark)";
    let py = python();
    let out = Command::new(&py)
        .args(["-c", "import pyspark"])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "PySpark is not installed for {}: {setup}\n{}",
        py.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // PySpark runs $JAVA_HOME/bin/java, else java on the PATH
    let java = std::env::var_os("JAVA_HOME")
        .map(|h| PathBuf::from(h).join("bin/java"))
        .unwrap_or_else(|| PathBuf::from("java"));
    let version = match Command::new(&java).arg("-version").output() {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stderr).into_owned(),
        _ => panic!(
            "{} does not run: PySpark needs Java 17 or later: {setup}",
            java.display()
        ),
    };
    // `openjdk version "17.0.15" ...`; Java 8 says "1.8.0_..."
    let major: u32 = version
        .split('"')
        .nth(1)
        .and_then(|v| v.split('.').next())
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    assert!(
        major >= 17,
        "{} is not Java 17 or later ({}): {setup}",
        java.display(),
        version.lines().next().unwrap_or("")
    );
    py
}

/// A JSON Lines corpus of 40 articles in `dir`, and the IRI of each: the
/// sample articles (one with all the metadata), the two spellings side by
/// side (ids with slashes), a numeric id, and generated wire reports with
/// their headline as "title".
fn corpus_file(dir: &Path) -> (PathBuf, Vec<String>) {
    let mut records: Vec<(serde_json::Value, String)> = Vec::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "{}", examples.display());
    for (i, f) in files.iter().enumerate() {
        let id = format!("example-{}", f.file_stem().unwrap().to_string_lossy());
        let mut r = serde_json::json!({"id": id, "text": std::fs::read_to_string(f).unwrap()});
        if i == 0 {
            r["url"] = "https://wire.example/2025/05/14/minerals".into();
            r["date"] = "2025-05-14T09:30:00Z".into();
            r["source"] = "Newswire".into();
        }
        records.push((r, id));
    }
    for (i, text) in SPELLINGS.iter().enumerate() {
        let id = format!("wire/2025/spelling-{i}");
        records.push((
            serde_json::json!({"id": id, "text": text, "date": "2025-06-03"}),
            id.replace('/', "_"),
        ));
    }
    records.push((
        serde_json::json!({"id": 4217, "text": ARTICLE_A}),
        "4217".into(),
    ));
    records.push((
        serde_json::json!({"id": "b", "text": ARTICLE_B}),
        "b".into(),
    ));
    let generator = corpus::Generator::new(7);
    for i in 0..31 {
        let article = generator.article(i);
        let (title, body) = article.split_once('\n').unwrap();
        let id = format!("gen-{i:03}");
        records.push((
            serde_json::json!({"id": id, "title": title, "text": body.trim_start()}),
            id,
        ));
    }
    assert_eq!(records.len(), 40);
    // a byte order mark, a blank line, a line padded with white space and
    // one ended by CR LF: an article's hash is of its line's bytes as a
    // single run reads them
    let mut text = String::from("\u{feff}");
    for (i, (r, _)) in records.iter().enumerate() {
        let line = match i {
            7 => format!("  {r} \t\n"),
            8 => format!("{r}\r\n"),
            20 => format!(" \t \n{r}\n"),
            _ => format!("{r}\n"),
        };
        text.push_str(&line);
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, text).unwrap();
    let iris = records
        .into_iter()
        .map(|(_, name)| format!("<{ARTICLE_IRI}{name}>"))
        .collect();
    (path, iris)
}

/// `newsgraph extract ARGS...`, asserting success: its lines.
fn extract(args: &[&str], input: &Path) -> Vec<String> {
    let out = ok(Command::new(NEWSGRAPH).arg("extract").args(args).arg(input));
    out.lines().map(str::to_string).collect()
}

/// Runs the Spark job on `input`, writing `output`.
fn spark(
    py: &Path,
    master: &str,
    partitions: &str,
    args: &[&str],
    input: &Path,
    output: &Path,
) -> Output {
    // a short job: the JVM's quick compiler and serial collector save it a
    // third of its time
    let mut java_options = std::env::var("JAVA_TOOL_OPTIONS").unwrap_or_default();
    java_options.push_str(" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Command::new(py)
        .env("JAVA_TOOL_OPTIONS", java_options.trim_start())
        .arg(SCRIPT)
        .args([
            "--master",
            master,
            "--newsgraph",
            NEWSGRAPH,
            "--partitions",
            partitions,
        ])
        .args(args)
        .arg("--output")
        .arg(output)
        .arg(input)
        .output()
        .expect("python runs")
}

/// The label lines of a node.
fn labels<'a>(lines: &'a [String], node: &str) -> Vec<&'a str> {
    let prefix = format!("{node} {LABEL} ");
    lines
        .iter()
        .filter(|l| l.starts_with(&prefix))
        .map(String::as_str)
        .collect()
}

/// Asserts two lists of lines equal, naming a few lines only one of them has.
fn assert_same_lines(got: &[String], want: &[String], context: &str) {
    if got == want {
        return;
    }
    let (g, w): (BTreeSet<&String>, BTreeSet<&String>) =
        (got.iter().collect(), want.iter().collect());
    let only = |a: &BTreeSet<&String>, b: &BTreeSet<&String>| -> Vec<String> {
        a.difference(b).take(5).map(|l| l.to_string()).collect()
    };
    panic!(
        "{context}: the Spark output ({} lines) is not the whole run's ({} lines)\n\
         only in Spark's (first 5): {:#?}\nonly in the whole run's (first 5): {:#?}",
        got.len(),
        want.len(),
        only(&g, &w),
        only(&w, &g)
    );
}

#[test]
fn spark_partitions_merged_are_one_extract_of_the_whole_corpus() {
    let py = spark_python();
    let tmp = tempfile::tempdir().unwrap();
    let (input, iris) = corpus_file(tmp.path());
    // the case that needs merging: alone, each spelling gives its own label
    for (i, text) in SPELLINGS.iter().enumerate() {
        let one = tmp.path().join(format!("spelling-{i}.jsonl"));
        std::fs::write(&one, serde_json::json!({"id": i, "text": text}).to_string()).unwrap();
        let alone = extract(&[], &one);
        let want = ["\"Ursula Von Der Leyen\"", "\"Ursula von der Leyen\""][i];
        let got = labels(&alone, VON_DER_LEYEN);
        assert!(got.len() == 1 && got[0].contains(want), "{got:?}");
    }
    // (case, master, partitions, extract's options)
    let cases: &[(&str, &str, usize, &[&str])] = &[
        ("3 partitions on 3 cores", "local[3]", 3, &[]),
        (
            "more partitions than cores, every mention kept",
            "local[2]",
            7,
            &["--provenance", "mentions"],
        ),
    ];
    for (i, &(case, master, partitions, args)) in cases.iter().enumerate() {
        let output = tmp.path().join(format!("spark-{i}.nq"));
        let out = spark(&py, master, &partitions.to_string(), args, &input, &output);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{case}: the Spark job failed:\n{stderr}"
        );
        let summary = stderr.lines().last().unwrap_or("");
        assert!(
            summary.starts_with(&format!(
                "extract.py: 40 articles in {partitions} partitions,"
            )),
            "{case}: {stderr}"
        );
        let got: Vec<String> = std::fs::read_to_string(&output)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        assert!(
            got.windows(2).all(|w| w[0] < w[1]),
            "{case}: the Spark output is not sorted and free of repeated lines"
        );
        let mut whole = extract(args, &input);
        let n = whole.len();
        whole.sort();
        whole.dedup();
        assert_eq!(whole.len(), n, "{case}: the whole run repeats lines");
        assert_same_lines(&got, &whole, case);
        // and it is no trivial agreement
        for iri in &iris {
            let typed = format!("{iri} {IS_ARTICLE} {iri} .");
            assert!(got.contains(&typed), "{case}: no article {iri}");
        }
        assert!(got.len() > 40 * 100, "{case}: only {} lines", got.len());
        let label = labels(&got, VON_DER_LEYEN);
        assert!(
            label.len() == 1 && label[0].contains("\"Ursula von der Leyen\""),
            "{case}: {label:?}"
        );
    }
}

#[test]
fn a_failing_partition_or_a_record_without_a_unique_id_fails_the_job_in_one_line() {
    let py = spark_python();
    let tmp = tempfile::tempdir().unwrap();
    let record = |id: &str, extra: &str| {
        format!(
            r#"{{"id":"{id}","text":"Canadian Foreign Minister Claire Dubois met Norwegian Prime Minister Erik Lindqvist in Oslo."{extra}}}"#
        )
    };
    let good: Vec<String> = (0..5).map(|i| record(&format!("ok_{i}"), "")).collect();
    // (case, the records, what the message says)
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        (
            "newsgraph refuses a record: its partition's process fails",
            [
                &good[..3],
                &[record("bad-date", r#","date":"2025-02-30""#)],
                &good[3..],
            ]
            .concat(),
            "extract.py: partition 1 of 3: ",
        ),
        (
            "a record without an id",
            [
                &good[..2],
                &[r#"{"text":"Dubois met Lindqvist in Oslo."}"#.to_string()],
            ]
            .concat(),
            "extract.py: record on line 3: no \"id\"",
        ),
        (
            "two ids that name one article",
            [&good[..], &[record("ok/1", "")]].concat(),
            "extract.py: the id 'ok_1' is taken by several records (lines 2, 6)",
        ),
    ];
    for (i, (case, records, message)) in cases.iter().enumerate() {
        let input = tmp.path().join(format!("in-{i}.jsonl"));
        std::fs::write(&input, records.join("\n") + "\n").unwrap();
        let output = tmp.path().join(format!("out-{i}.nq"));
        let out = spark(&py, "local[2]", "3", &[], &input, &output);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{case}:\n{stderr}");
        let last = stderr.lines().last().unwrap_or("");
        assert!(last.starts_with(message), "{case}: {last:?}\n{stderr}");
        assert!(!output.exists(), "{case}: an output was written");
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "{case}: {leftovers:?}");
    }
    // the same record stops a whole run too (which writes the others)
    let bad = tmp.path().join("in-0.jsonl");
    let stderr = fails(Command::new(NEWSGRAPH).arg("extract").arg(&bad));
    assert!(stderr.contains("in-0.jsonl:4: bad record"), "{stderr}");
}

#[test]
fn the_spark_output_loads_with_one_command_into_the_store_and_into_virtuoso() {
    let py = spark_python();
    let tmp = tempfile::tempdir().unwrap();
    let (input, iris) = corpus_file(tmp.path());
    let output = tmp.path().join("corpus.nq");
    let out = spark(&py, "local[2]", "3", &[], &input, &output);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // into the store: the same graph as ingesting the records themselves
    let (loaded, direct) = (tmp.path().join("loaded"), tmp.path().join("direct"));
    let said = ok(newsgraph(&loaded).arg("ingest").arg(&output));
    assert!(said.contains(&format!("{} stored", iris.len())), "{said}");
    ok(newsgraph(&direct).arg("ingest").arg(&input));
    let export = |s: &Path| ok(newsgraph(s).args(["export", "--format", "nquads"]));
    assert!(
        export(&loaded) == export(&direct),
        "the loaded store differs"
    );
    // into Virtuoso with its bulk loader: every article graph there
    let stores = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/stores.sh");
    let dir = tmp.path().join("virtuoso");
    let owner = std::process::id().to_string();
    let started = Command::new(stores)
        .env("NEWSGRAPH_STORES_OWNER", &owner)
        .args(["start", "virtuoso"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let info = String::from_utf8(started.stdout).unwrap();
    let query = info
        .lines()
        .find_map(|l| l.strip_prefix("query="))
        .unwrap()
        .to_string();
    let bulk = Command::new(stores)
        .args(["bulkload", "virtuoso"])
        .arg(&dir)
        .arg(&output)
        .output()
        .unwrap();
    let sparql = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ontology#Article> } }";
    let count = Command::new("curl")
        .args(["-s", "-H", "Accept: text/csv", "--data-urlencode"])
        .arg(format!("query={sparql}"))
        .arg(&query)
        .output()
        .unwrap();
    let _ = Command::new(stores).arg("stop").arg(&dir).output();
    assert!(
        bulk.status.success(),
        "{}",
        String::from_utf8_lossy(&bulk.stderr)
    );
    let csv = String::from_utf8_lossy(&count.stdout).into_owned();
    assert_eq!(
        csv.lines().nth(1).map(str::trim),
        Some(iris.len().to_string().as_str()),
        "{csv}"
    );
}
