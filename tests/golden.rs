//! Golden snapshots: what `newsgraph extract` writes for the sample articles
//! (`examples/articles`) and for a small generated corpus, compared byte for
//! byte with the files committed under `tests/golden/`.
//!
//! A change that is meant to alter the output rewrites them:
//!
//! ```sh
//! NEWSGRAPH_BLESS=1 cargo test --test golden
//! ```
//!
//! and the diff of `tests/golden/` shows, fact by fact, what the change did.
//! Without it, "output unchanged" is a claim this test checks.

mod common;
#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::collections::BTreeSet;
use std::path::Path;

use common::{newsgraph, ok};

/// Articles in the generated snapshot, and their seed.
const GENERATED_ARTICLES: u64 = 3;
const GENERATED_SEED: u64 = 20261203;

fn golden_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `got` with the golden file `name`, or rewrites it when blessing.
fn check(name: &str, got: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("NEWSGRAPH_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run NEWSGRAPH_BLESS=1 cargo test --test golden",
            path.display()
        )
    });
    if want == got {
        return;
    }
    let w: BTreeSet<&str> = want.lines().collect();
    let g: BTreeSet<&str> = got.lines().collect();
    let lost: Vec<&&str> = w.difference(&g).take(15).collect();
    let new: Vec<&&str> = g.difference(&w).take(15).collect();
    panic!(
        "{name}: the output changed ({} lines, was {}).\nlost (first 15): {lost:#?}\nnew (first 15): {new:#?}\n\
         If the change is meant, NEWSGRAPH_BLESS=1 cargo test --test golden rewrites the snapshot.",
        got.lines().count(),
        want.lines().count(),
    );
}

fn extract(dir: &Path, provenance: &str) -> String {
    let store = tempfile::tempdir().unwrap();
    ok(newsgraph(&store.path().join("unused.db"))
        .args(["extract", "--provenance", provenance])
        .arg(dir))
}

/// The sample articles with every mention (the fullest output); the
/// generated corpus at the default level.
#[test]
fn the_sample_articles_give_the_committed_nquads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    check("examples.nq", &extract(&dir, "mentions"));
}

#[test]
fn a_generated_corpus_gives_the_committed_nquads() {
    let tmp = tempfile::tempdir().unwrap();
    let g = corpus::Generator::new(GENERATED_SEED);
    for i in 0..GENERATED_ARTICLES {
        std::fs::write(tmp.path().join(corpus::file_name(i)), g.article(i)).unwrap();
    }
    check("generated.nq", &extract(tmp.path(), "sentences"));
}
