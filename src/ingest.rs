//! From paths to prepared articles: finding the article files, reading them
//! ([`crate::input`]), running the extraction, and storing or writing the
//! quads.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use oxigraph::model::NamedNode;

use crate::dates::Ymd;
use crate::error::{ArticleError, InputError};
use crate::input::{Kind, Source, is_stdin};
use crate::pipeline::{Extraction, extract};
use crate::rdf::{
    ArticleMeta, ArticleQuads, Provenance, article_iri, article_quads, article_version,
    content_hash,
};

/// Every article entry (`.txt`, `.html`, `.htm`, `.jsonl`, `.ndjson`, `.nq`) under the given paths that is not a directory (a FIFO
/// or a dangling link too: reading it reports it), sorted and without
/// duplicates. Files named explicitly are taken whatever their extension.
/// Symbolic-link loops are not followed twice.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = BTreeSet::new();
    for p in paths {
        if is_stdin(p) {
            out.insert(p.clone());
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|_| InputError::Missing { path: p.clone() })?;
        if meta.is_dir() {
            let before = out.len();
            let mut seen = BTreeSet::new();
            walk(p, &mut out, &mut seen)?;
            if out.len() == before {
                return Err(InputError::NoArticles { path: p.clone() });
            }
        } else {
            out.insert(p.clone());
        }
    }
    // names as the article IRI spells them: two names that differ only in
    // bytes that are not UTF-8 would otherwise become one article
    let mut names: std::collections::BTreeMap<String, PathBuf> = std::collections::BTreeMap::new();
    for p in &out {
        let name = p
            .file_name()
            .unwrap_or(p.as_os_str())
            .to_string_lossy()
            .into_owned();
        if let Some(other) = names.insert(name, p.clone()) {
            return Err(InputError::SameName {
                path: p.clone(),
                other,
            });
        }
    }
    Ok(out.into_iter().collect())
}

fn walk(
    dir: &Path,
    out: &mut BTreeSet<PathBuf>,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<(), InputError> {
    let real = std::fs::canonicalize(dir).map_err(|e| InputError::List {
        path: dir.to_path_buf(),
        source: e,
    })?;
    if !seen.insert(real) {
        return Ok(()); // a symbolic-link loop
    }
    let entries = std::fs::read_dir(dir).map_err(|e| InputError::List {
        path: dir.to_path_buf(),
        source: e,
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, seen)?;
        } else if Kind::taken_in_walk(&p) {
            // a FIFO or a dangling link named like an article is taken, so
            // that reading it says why it is skipped, instead of no word
            out.insert(p);
        }
    }
    Ok(())
}

/// How articles are read and extracted.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// The publication date given on the command line, for articles whose
    /// input gives none.
    pub date: Option<Ymd>,
    /// The largest article read, in bytes.
    pub max_article_bytes: u64,
    /// How much provenance to keep.
    pub provenance: Provenance,
    /// Read articles in any language (else one reliably not English is
    /// reported and skipped).
    pub lang_any: bool,
}

/// An article ready to be stored.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Where it came from: the file, or `FILE:LINE`.
    pub origin: PathBuf,
    /// The name it is stored under.
    pub name: String,
    /// Its graph's IRI.
    pub graph: NamedNode,
    /// Content hash and provenance level ([`article_version`]).
    pub version: String,
    /// Its quads.
    pub quads: ArticleQuads,
    /// What extraction found.
    pub extraction: Extraction,
}

/// Reads and extracts one article. Its own date (page metadata, a record's
/// `date`) wins over `--date`; an outlet the input names becomes an
/// organization of the article.
pub fn prepare(source: Source, opts: &ReadOptions) -> Result<Prepared, ArticleError> {
    let a = crate::input::read(source, opts.max_article_bytes)?;
    if !opts.lang_any
        && let Some(language) = crate::input::not_english(&a.text)
    {
        return Err(ArticleError::NotEnglish {
            path: a.origin,
            language,
        });
    }
    let mut extraction = extract(&a.text, a.info.date.or(opts.date));
    if let Some(outlet) = &a.info.outlet {
        extraction.entities.add_outlet(outlet);
    }
    let meta = ArticleMeta {
        file_name: a.name.clone(),
        content_hash: content_hash(&a.bytes),
        provenance: opts.provenance,
        info: a.info,
    };
    let quads = article_quads(&meta, &a.text, &extraction);
    Ok(Prepared {
        origin: a.origin,
        graph: article_iri(&a.name),
        name: a.name,
        version: article_version(&meta.content_hash, opts.provenance.name()),
        quads,
        extraction,
    })
}

/// The names of the articles of one run: a second article under a name
/// already taken (two records with one `id`) is refused, not allowed to
/// replace the first.
#[derive(Debug, Default)]
pub struct Names(std::collections::HashMap<String, PathBuf>);

impl Names {
    /// The article, or why it is refused.
    pub fn admit(&mut self, p: Prepared) -> Result<Prepared, ArticleError> {
        self.admit_name(&p.name, &p.origin)?;
        Ok(p)
    }

    /// Takes `name` for the article from `origin`, or says who has it.
    fn admit_name(&mut self, name: &str, origin: &Path) -> Result<(), ArticleError> {
        match self.0.get(name) {
            Some(first) => Err(ArticleError::BadRecord {
                reason: format!(
                    "the article name {name:?} is taken by {} in this input; skipped",
                    first.display()
                ),
                path: origin.to_path_buf(),
            }),
            None => {
                self.0.insert(name.to_string(), origin.to_path_buf());
                Ok(())
            }
        }
    }
}

/// An article ready for the store: extracted now, or read back from
/// N-Quads ([`crate::reload`]).
#[cfg(feature = "rocksdb")]
struct Ready {
    origin: PathBuf,
    name: String,
    graph: NamedNode,
    version: String,
    quads: Vec<oxigraph::model::Quad>,
}

#[cfg(feature = "rocksdb")]
impl Ready {
    fn of(source: Source, opts: &ReadOptions) -> Result<Ready, ArticleError> {
        match source {
            Source::Quads(r) => Ok(Ready {
                origin: r.origin,
                name: r.name,
                graph: r.graph,
                version: r.version,
                quads: r.quads,
            }),
            s => prepare(s, opts).map(|p| Ready {
                quads: p.quads.to_quads(),
                origin: p.origin,
                name: p.name,
                graph: p.graph,
                version: p.version,
            }),
        }
    }
}

/// Files extracted together, in parallel.
pub const CHUNK: usize = 64;

/// Quads written together by the bulk loader: large enough that the store's
/// sorted tables are few and overlap little (a lookup reads every table that
/// may hold its key: with batches of 256 articles a query on 10,000 articles
/// took 250 ms, with these 60 ms), small enough that memory stays flat and
/// Ctrl-C is answered within seconds. `ingest --batch-quads` sets another.
pub const BATCH_QUADS: u64 = 500_000;

/// Replaced articles are transactions, kept in RocksDB's write-ahead log
/// (about 1.1 KB per quad) until the store is reopened: the log is emptied
/// after this many of their quads (about 25 MB), not only at the end
/// (replacing 300 articles of a 20 MB store grew it to 129 MB).
pub const REPLACED_QUADS_PER_LOG: usize = 20_000;

/// How an ingest runs.
#[derive(Debug, Clone, Copy)]
pub struct IngestOptions {
    /// How articles are read.
    pub read: ReadOptions,
    /// Quads per bulk-loaded batch.
    pub batch_quads: usize,
    /// Test hook: stop before the second chunk, report
    /// [`Progress::Holding`], and wait (up to a minute) for the interruption,
    /// so that a test interrupts at a known point.
    pub hold: bool,
}

/// What an ingest reports as it goes.
#[derive(Debug)]
pub enum Progress<'e> {
    /// A file could not be stored (the others go on).
    Failed(&'e ArticleError),
    /// This many more files are committed (stored, unchanged or replaced).
    Committed(usize),
    /// Holding for the test (see [`IngestOptions::hold`]).
    Holding,
}

/// What an ingest did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// New articles stored.
    pub stored: usize,
    /// Articles already stored with the same content.
    pub unchanged: usize,
    /// Articles whose earlier graph was replaced.
    pub replaced: usize,
    /// Files that could not be stored.
    pub failed: usize,
    /// Files whose outcome is committed.
    pub done: usize,
}

/// Stores the articles of `sources` in the store at `path` (created when absent): extracted
/// [`CHUNK`] at a time in parallel into a batch; a full batch is handed to
/// the bulk loader, whose tables are built while the next batch is
/// extracted, and becomes visible whole at its commit. `interrupted` stops
/// it after the batch being written. Returns the store, reopened so that
/// its write-ahead log is in its tables, and what was done.
#[cfg(feature = "rocksdb")]
pub fn ingest_files(
    path: &Path,
    sources: Vec<Source>,
    opts: IngestOptions,
    interrupted: &std::sync::atomic::AtomicBool,
    report: &mut dyn FnMut(Progress),
) -> Result<(crate::store::GraphStore, Counts), crate::error::StoreError> {
    let mut counts = Counts::default();
    let mut chunks = sources.into_iter();
    let mut names = Names::default();
    let mut store = crate::store::GraphStore::open(path)?;
    let mut hold = opts.hold;
    let mut extracted = std::collections::VecDeque::new();
    loop {
        let finished = ingest_until_log_full(
            &store,
            &mut chunks,
            &mut extracted,
            &mut names,
            opts,
            &mut hold,
            interrupted,
            report,
            &mut counts,
        )?;
        // replaced articles are committed transactions, durable in
        // RocksDB's write-ahead log; reopening moves the log into tables
        store = store.reopen()?;
        if finished {
            return Ok((store, counts));
        }
    }
}

/// A file's article ready for the store, or why it could not be read.
#[cfg(feature = "rocksdb")]
type Extracted = Result<Ready, ArticleError>;

/// The chunks of an ingest until they end, the ingest is interrupted
/// (`Ok(true)`), or replaced articles fill the write-ahead log
/// (`Ok(false)`: everything so far is committed, the caller reopens; the
/// rest of the chunk being stored waits in `extracted`).
#[cfg(feature = "rocksdb")]
#[allow(clippy::too_many_arguments)]
fn ingest_until_log_full(
    store: &crate::store::GraphStore,
    chunks: &mut std::vec::IntoIter<Source>,
    extracted: &mut std::collections::VecDeque<Extracted>,
    names: &mut Names,
    opts: IngestOptions,
    hold: &mut bool,
    interrupted: &std::sync::atomic::AtomicBool,
    report: &mut dyn FnMut(Progress),
    counts: &mut Counts,
) -> Result<bool, crate::error::StoreError> {
    use crate::store::Outcome;
    use rayon::prelude::*;
    use std::sync::atomic::Ordering;
    let mut pending: Option<(usize, crate::store::Loading)> = None;
    let mut batch = store.batch();
    let (mut in_batch, mut logged) = (0, 0);
    loop {
        if extracted.is_empty() {
            let chunk: Vec<Source> = chunks.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                break;
            }
            if counts.done + in_batch > 0 && std::mem::take(hold) {
                hold_for_test(interrupted, report);
            }
            extracted.extend(
                chunk
                    .into_par_iter()
                    .map(|s| Ready::of(s, &opts.read))
                    .collect::<Vec<Extracted>>(),
            );
        }
        let mut log_full = false;
        while let Some(p) = extracted.pop_front() {
            in_batch += 1;
            match p.and_then(|p| names.admit_name(&p.name, &p.origin).map(|()| p)) {
                Ok(p) => {
                    let n = p.quads.len();
                    match batch.add(&p.graph, &p.version, p.quads)? {
                        Outcome::Stored => {}
                        Outcome::Unchanged => counts.unchanged += 1,
                        Outcome::Replaced => {
                            counts.replaced += 1;
                            logged += n;
                        }
                    }
                }
                Err(e) => {
                    report(Progress::Failed(&e));
                    counts.failed += 1;
                }
            }
            if logged >= REPLACED_QUADS_PER_LOG {
                log_full = true;
                break;
            }
        }
        let stop = interrupted.load(Ordering::SeqCst);
        let last = extracted.is_empty() && chunks.len() == 0;
        if stop || log_full || last || batch.quads() >= opts.batch_quads {
            commit(&mut pending, counts, report)?;
            let full = std::mem::replace(&mut batch, store.batch());
            pending = Some((in_batch, full.load()?));
            in_batch = 0;
        }
        if stop || log_full || last {
            commit(&mut pending, counts, report)?;
            return Ok(stop || last);
        }
    }
    commit(&mut pending, counts, report)?;
    Ok(true)
}

/// Commits the batch being loaded, if any.
#[cfg(feature = "rocksdb")]
fn commit(
    pending: &mut Option<(usize, crate::store::Loading)>,
    counts: &mut Counts,
    report: &mut dyn FnMut(Progress),
) -> Result<(), crate::error::StoreError> {
    if let Some((n, loading)) = pending.take() {
        counts.stored += loading.commit()?;
        counts.done += n;
        report(Progress::Committed(n));
    }
    Ok(())
}

/// The test hook of [`IngestOptions::hold`].
#[cfg(feature = "rocksdb")]
fn hold_for_test(interrupted: &std::sync::atomic::AtomicBool, report: &mut dyn FnMut(Progress)) {
    use std::sync::atomic::Ordering;
    report(Progress::Holding);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !interrupted.load(Ordering::SeqCst) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Writes the N-Quads of `sources` to `out` without a store, the same quads
/// an ingest stores: each chunk of [`CHUNK`] articles is extracted on all
/// cores while the chunk before is written, so memory holds two chunks
/// whatever the corpus. A node's description (the entities graph) is written
/// once, where its first article names it; its label last, the one the store
/// would keep. Articles that cannot be read go to `failed`; the others are
/// written.
pub fn extract_files(
    sources: Vec<Source>,
    opts: &ReadOptions,
    out: &mut dyn std::io::Write,
    failed: &mut dyn FnMut(&ArticleError),
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let extract_chunk = |chunk: Vec<Source>| -> Vec<Result<Prepared, ArticleError>> {
        chunk.into_par_iter().map(|s| prepare(s, opts)).collect()
    };
    let mut w = crate::export::NQuadsWriter::new(out);
    let mut described = crate::export::Descriptions::default();
    let mut names = Names::default();
    let mut rest = sources.into_iter();
    let mut next_chunk = move || {
        let c: Vec<Source> = rest.by_ref().take(CHUNK).collect();
        (!c.is_empty()).then_some(c)
    };
    let mut current = next_chunk().map(extract_chunk).unwrap_or_default();
    loop {
        let next = next_chunk();
        let (written, upcoming) = std::thread::scope(|s| {
            let upcoming = s.spawn(|| next.map(extract_chunk));
            let written = (|| -> std::io::Result<()> {
                for r in std::mem::take(&mut current) {
                    match r.and_then(|p| names.admit(p)) {
                        Ok(p) => w.write_article(&p.quads, |line| described.keep(line))?,
                        Err(e) => failed(&e),
                    }
                }
                Ok(())
            })();
            (written, upcoming.join())
        });
        written?;
        match upcoming.unwrap_or_else(|panic| std::panic::resume_unwind(panic)) {
            Some(c) => current = c,
            None => break,
        }
    }
    w.write_lines(described.labels())?;
    w.finish()
}
