//! Crash safety: `ingest` killed at any moment leaves every article wholly
//! present or wholly absent, the store opens without repair, and running the
//! same ingest again completes it. Ctrl-C stops cleanly after an article.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use common::*;

#[test]
fn killed_ingests_leave_whole_articles_and_a_rerun_completes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = corpus(tmp.path(), 300);
    // what each article's graph must be: the streamed extraction
    let want = extracted_graphs(&dir);
    assert_eq!(want.len(), 301, "300 article graphs and the entities graph");
    let store = tmp.path().join("store");
    let mut survived = 0;
    for (round, delay_ms) in [40u64, 120, 250, 400, 700, 1000].into_iter().enumerate() {
        // one bulk load per 64 files, so that kills fall between batches too
        kill_after(
            newsgraph(&store)
                .args(["ingest", "--batch-quads", "1"])
                .arg(&dir),
            delay_ms,
        );
        assert_whole(&graphs(&store), &want, &format!("round {round}"));
        survived += 1;
    }
    assert_eq!(survived, 6);
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("0 failed"), "{out}");
    let done = graphs(&store);
    assert_eq!(done.len(), 301, "the rerun completes the store");
    let entities: BTreeSet<String> = done[ENTITIES].iter().map(|l| format!("{l} .")).collect();
    assert_eq!(entities, want[ENTITIES], "every description is there");
}

#[test]
fn ctrl_c_stops_after_an_article_and_says_how_far_it_got() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = corpus(tmp.path(), 400);
    let store = tmp.path().join("store");
    // the child holds before its second chunk of articles and says so: the
    // signal always arrives mid-ingest, however fast or loaded the machine
    let mut child = newsgraph(&store)
        .arg("ingest")
        .arg(&dir)
        .env("NEWSGRAPH_TEST_HOLD_INGEST", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("holding for the test") {
        line.clear();
        let n = std::io::BufRead::read_line(&mut stderr, &mut line).unwrap();
        assert!(n > 0, "the ingest ended without holding");
    }
    let status = Command::new("kill")
        .arg("-INT")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    let mut err = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut err).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(
        err.contains("interrupted after") && err.contains("of 400 articles"),
        "{err}"
    );
    let n = article_graphs(&store);
    assert!(n > 0 && n < 400, "{n} articles");
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(
        out.contains(&format!("{} stored, {n} unchanged", 400 - n)),
        "{out}"
    );
}

/// Regression: a first ingest killed while RocksDB was creating the store
/// left a directory that opened for writing but not read-only ("Inserts are
/// only possible on read-write instances"). Stores are now created beside
/// their path and renamed into place; the leftovers of a killed creation are
/// removed by the next one.
#[test]
fn a_killed_store_creation_leaves_no_half_made_store() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("news.db");
    let leftover = tmp.path().join(".news.db.creating-4000000");
    std::fs::create_dir_all(&leftover).unwrap();
    std::fs::write(leftover.join("CURRENT"), "MANIFEST-000001\n").unwrap();
    let dir = corpus(tmp.path(), 2);
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("2 stored"), "{out}");
    assert!(
        !leftover.exists(),
        "the leftover of a killed creation is removed"
    );
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("creating"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    assert_eq!(article_graphs(&store), 2);
}

/// An ingest killed while the bulk loader was building its sorted tables
/// leaves `bulk-*.sst` files in the store directory (they are not part of the
/// store until ingested). The next writer removes them; the store is as the
/// last committed batch left it.
#[test]
fn leftover_bulk_tables_of_a_killed_load_are_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("news.db");
    let dir = corpus(tmp.path(), 3);
    ok(newsgraph(&store).arg("ingest").arg(&dir));
    let leftover = store.join("bulk-1234567890.sst");
    std::fs::write(&leftover, b"half a table").unwrap();
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("0 stored, 3 unchanged"), "{out}");
    assert!(!leftover.exists(), "the leftover table is removed");
    assert_eq!(article_graphs(&store), 3);
}

/// Whatever the batch size and the number of threads, an ingest stores the
/// same graph: one bulk load per 64 files (`--batch-quads 1`) against one
/// for everything, each loaded by one thread or split among three.
#[test]
fn batches_of_any_size_store_the_same_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = corpus(tmp.path(), 150);
    let export = |store: &Path, batch: &str, threads: &str| {
        let out = ok(newsgraph(store)
            .env("RAYON_NUM_THREADS", threads)
            .args(["ingest", "--batch-quads", batch])
            .arg(&dir));
        assert!(out.contains("150 stored"), "{out}");
        ok(newsgraph(store).args(["export", "--format", "nquads"]))
    };
    let small = export(&tmp.path().join("small"), "1", "1");
    let whole = export(&tmp.path().join("whole"), "100000000", "1");
    assert!(
        small.lines().count() > 150 * 10,
        "{}",
        small.lines().count()
    );
    assert_eq!(small, whole);
    for (name, batch) in [("small3", "1"), ("whole3", "100000000")] {
        assert_eq!(export(&tmp.path().join(name), batch, "3"), whole, "{name}");
    }
    let err = newsgraph(&tmp.path().join("x"))
        .args(["ingest", "--batch-quads", "0"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!err.status.success());
    assert!(
        String::from_utf8_lossy(&err.stderr).contains("--batch-quads"),
        "a zero batch is refused"
    );
}

/// Regression (issue 17, fault 11): two first-time ingests of one new store
/// raced; the loser removed the winner's half-made store as a leftover and
/// failed with RocksDB's raw "NotFound ... MANIFEST" (12 runs of 40). Now
/// one creates the store and the other stores its articles too, or is told
/// the store is in use; the store holds every article of whoever succeeded.
#[test]
fn two_first_ingests_of_a_new_store_create_it_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = corpus(tmp.path(), 3);
    for round in 0..12 {
        let store = tmp.path().join(format!("race{round}.db"));
        let spawn = || {
            newsgraph(&store)
                .arg("ingest")
                .arg(&dir)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        for out in &outs {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success() || err.contains("in use by another newsgraph process"),
                "round {round}: {err}"
            );
        }
        assert!(
            outs.iter().any(|o| o.status.success()),
            "round {round}: one of them stores the articles"
        );
        assert_eq!(article_graphs(&store), 3, "round {round}");
        let leftovers: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("creating"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}
