//! Extraction alone (text → quads: `pipeline::extract` and `rdf::article_quads`),
//! on one thread, without files or a store.
//!
//! ```sh
//! cargo bench --bench extraction             # both groups
//! cargo bench --bench extraction -- synthetic
//! ```
//!
//! Groups:
//! - `synthetic`: a batch of synthetic wire reports generated in memory by
//!   `benches/support/corpus.rs` (the generator behind `examples/gen_corpus.rs`).
//! - `seeds`: the real seed articles in `../shared/corpus/seeds`, read at run
//!   time; skipped when that directory is absent.
//!
//! Criterion reports throughput in bytes per second; before each group a line
//! gives words per second (whitespace-separated words, the median of timed
//! passes over the batch), the unit of the project's extraction target.
//! `NEWSGRAPH_BENCH_ARTICLES` sets the size of the synthetic batch (200),
//! `NEWSGRAPH_BENCH_SEED` its seed (1): the batch is then the first articles
//! of `gen_corpus --seed` (`benches/run.sh` measures it on the articles it
//! gives spaCy).

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsgraph::pipeline::extract;
use newsgraph::rdf::{ArticleMeta, Provenance, article_quads, content_hash};

/// An article ready for extraction.
struct Doc {
    meta: ArticleMeta,
    text: String,
}

fn docs(named: Vec<(String, String)>) -> Vec<Doc> {
    named
        .into_iter()
        .map(|(file_name, text)| Doc {
            meta: ArticleMeta {
                file_name,
                content_hash: content_hash(text.as_bytes()),
                provenance: Provenance::Mentions,
                info: Default::default(),
            },
            text,
        })
        .collect()
}

/// Extracts every article of the batch; returns the number of quads.
fn run(batch: &[Doc]) -> usize {
    batch
        .iter()
        .map(|d| {
            let x = extract(black_box(&d.text), None);
            article_quads(&d.meta, &d.text, &x).len()
        })
        .sum()
}

fn synthetic() -> Vec<Doc> {
    let n: u64 = std::env::var("NEWSGRAPH_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("NEWSGRAPH_BENCH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let g = corpus::Generator::new(seed);
    docs(
        (0..n)
            .map(|i| (corpus::file_name(i), g.article(i)))
            .collect(),
    )
}

fn seeds() -> Option<Vec<Doc>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let named: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, text))
        })
        .collect();
    (!named.is_empty()).then(|| docs(named))
}

/// Words per second on one thread: the median of timed passes over the batch
/// (at least 5 passes and 3 seconds, after one warm-up pass).
fn words_per_second(name: &str, batch: &[Doc]) {
    let words: usize = batch.iter().map(|d| corpus::word_count(&d.text)).sum();
    let bytes: usize = batch.iter().map(|d| d.text.len()).sum();
    let quads = run(batch);
    let mut passes = Vec::new();
    let start = Instant::now();
    while passes.len() < 5 || start.elapsed() < Duration::from_secs(3) {
        let t = Instant::now();
        black_box(run(batch));
        passes.push(t.elapsed().as_secs_f64());
    }
    passes.sort_by(f64::total_cmp);
    let median = passes[passes.len() / 2];
    println!(
        "{name}: {} articles, {words} words, {bytes} bytes, {quads} quads; \
         median pass {:.1} ms over {} passes: {:.0} words/s, {:.1} MB/s, {:.0} quads/s (one thread)",
        batch.len(),
        median * 1e3,
        passes.len(),
        words as f64 / median,
        bytes as f64 / median / 1e6,
        quads as f64 / median,
    );
}

fn bench_batch(c: &mut Criterion, name: &str, batch: &[Doc]) {
    words_per_second(name, batch);
    let bytes: usize = batch.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("extract+quads", |b| b.iter(|| run(batch)));
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_batch(c, "synthetic", &synthetic());
    match seeds() {
        Some(batch) => bench_batch(c, "seeds", &batch),
        None => println!("seeds: ../shared/corpus/seeds not found; group skipped"),
    }
}

criterion_group!(extraction, benches);
criterion_main!(extraction);
