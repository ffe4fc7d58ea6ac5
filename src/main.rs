//! The `newsgraph` command line: thin glue over the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow, bail};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use newsgraph::dates::Ymd;
use newsgraph::export::{Format, Options, export};
use newsgraph::ingest::{
    BATCH_QUADS, Counts, IngestOptions, Progress, ReadOptions, discover, extract_files,
    ingest_files,
};
use newsgraph::input::{MAX_ARTICLE_BYTES, sources};
use newsgraph::query::{ResultFormat, write_results};
use newsgraph::rdf::Provenance;
use newsgraph::store::GraphStore;

/// mimalloc as the process's allocator: the SPARQL evaluator and the bulk
/// loader allocate a value per row and per quad, and glibc's allocator was
/// a quarter of a listing's time (BENCHMARKS.md, "Allocator"). Its
/// `override` feature makes it C's `malloc` too: memory crosses between
/// RocksDB and Rust (a second writer's lock error crashed without it).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Build a knowledge graph from English news articles, query it with SPARQL, export it.
#[derive(Parser)]
#[command(name = "newsgraph", version = newsgraph::VERSION, about, long_about = None)]
struct Cli {
    /// The on-disk store (a directory).
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "./newsgraph.db"
    )]
    store: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles into the store: plain text (.txt), HTML pages (.html,
    /// .htm), JSON Lines (.jsonl, .ndjson: one article per line), or the
    /// N-Quads `extract` wrote (.nq: stored as extracted), files or
    /// directories; - reads standard input.
    Ingest {
        /// Files or directories; - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date of the articles (YYYY-MM-DD), to resolve "on Thursday" and years
        /// (an article's own date, from its page or record, wins).
        #[arg(long, value_parser = parse_date)]
        date: Option<Ymd>,
        /// Read articles in any language (without it, an article reliably
        /// not in English is reported and skipped).
        #[arg(long)]
        lang_any: bool,
        /// Quads of new articles written together, in one atomic bulk load: fewer,
        /// larger batches give faster queries later; smaller ones less memory.
        #[arg(long, default_value_t = BATCH_QUADS, value_parser = clap::value_parser!(u64).range(1..))]
        batch_quads: u64,
        /// The largest article read, in bytes (larger files are reported and
        /// skipped): extraction time grows faster than the text past a few MB.
        #[arg(long, default_value_t = MAX_ARTICLE_BYTES, value_parser = clap::value_parser!(u64).range(1..))]
        max_article_bytes: u64,
        /// How much provenance to keep: facts (rule and article), sentences
        /// (also each fact's sentence, what `explain` prints: the default) or
        /// mentions (also every mention of every name, with its offsets).
        #[arg(long, value_enum, default_value_t = ProvenanceArg::Sentences)]
        provenance: ProvenanceArg,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store.
    Query {
        /// A file holding the query.
        #[arg(required_unless_present = "expr", conflicts_with = "expr")]
        file: Option<PathBuf>,
        /// The query itself.
        #[arg(short = 'e', long = "expr")]
        expr: Option<String>,
        /// Output format: table (default), csv, tsv, json or xml for SELECT
        /// and ASK; turtle (the default), ntriples, jsonld or xml (RDF/XML) for
        /// CONSTRUCT and DESCRIBE.
        #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
        format: QueryFormat,
        /// Stop the query after this many seconds (no limit without it).
        #[arg(long, env = "NEWSGRAPH_QUERY_TIMEOUT", value_name = "SECONDS")]
        timeout: Option<f64>,
        /// Print at most this many rows (triples for CONSTRUCT and DESCRIBE):
        /// a page; the evaluation stops once it is full.
        #[arg(long, value_name = "ROWS")]
        limit: Option<usize>,
        /// Skip this many rows first (with --limit: the page after them).
        #[arg(long, value_name = "ROWS", default_value_t = 0)]
        offset: usize,
    },
    /// Write the graph as Turtle, TriG, N-Quads, N-Triples, JSON-LD, GraphViz
    /// DOT, GraphML or a folder of CSV tables.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (standard output without it); for csv, the folder of tables.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Only this article's graph (its name: the file name, or a record's id).
        #[arg(long)]
        article: Option<String>,
        /// dot, graphml, csv: keep only these classes (Person, Country,
        /// Organization, City, Meeting).
        #[arg(long, value_delimiter = ',')]
        class: Vec<String>,
        /// dot, graphml: draw the entities that have no edge too.
        #[arg(long)]
        isolated: bool,
        /// dot: the GraphViz layout written into the file.
        #[arg(long, value_enum, default_value_t = LayoutArg::Sfdp)]
        layout: LayoutArg,
        /// Include the ontology's graph.
        #[arg(long)]
        with_ontology: bool,
    },
    /// Print every fact about an entity with the sentences it came from (three per fact; --all for every one).
    Explain {
        /// A label, alias or IRI.
        entity: String,
        /// Print every source of each fact (without it, the first three by
        /// article and how many more there are).
        #[arg(long)]
        all: bool,
    },
    /// Compact the store so that queries over the whole graph read fewer tables (after large ingests).
    Optimize,
    /// Extract articles to N-Quads without a store (same IRIs as ingest).
    Extract {
        /// Files or directories (text, HTML, JSON Lines); - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output file (standard output without it).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Publication date of the articles (YYYY-MM-DD; an article's own date wins).
        #[arg(long, value_parser = parse_date)]
        date: Option<Ymd>,
        /// Read articles in any language.
        #[arg(long)]
        lang_any: bool,
        /// The largest article read, in bytes (larger files are reported and
        /// skipped): extraction time grows faster than the text past a few MB.
        #[arg(long, default_value_t = MAX_ARTICLE_BYTES, value_parser = clap::value_parser!(u64).range(1..))]
        max_article_bytes: u64,
        /// How much provenance to keep: facts (rule and article), sentences
        /// (also each fact's sentence, what `explain` prints: the default) or
        /// mentions (also every mention of every name, with its offsets).
        #[arg(long, value_enum, default_value_t = ProvenanceArg::Sentences)]
        provenance: ProvenanceArg,
    },
    /// Serve the store over HTTP, read-only: the SPARQL 1.1 Protocol at
    /// /sparql, and pages to query it and to read an entity's facts.
    Serve {
        /// The address to listen on (0.0.0.0 or :: for every interface).
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// The port.
        #[arg(long, default_value_t = 7878)]
        port: u16,
        /// Stop a query after this many seconds and answer 503 (0: no limit).
        #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
        timeout: f64,
        /// Allow requests from pages of any origin (CORS).
        #[arg(long)]
        cors: bool,
        /// Connections served at once (more wait).
        #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..))]
        max_connections: u64,
    },
    /// Send each article's graph to a remote RDF store with the SPARQL 1.1
    /// Graph Store Protocol: PUT per article graph (pushing again replaces,
    /// never duplicates), the shared descriptions merged (POST).
    Push {
        /// The store's Graph Store Protocol endpoint (Oxigraph:
        /// http://HOST:7878/store; Fuseki: http://HOST:3030/DATASET/data;
        /// Virtuoso: http://HOST:8890/sparql-graph-crud).
        #[arg(long, value_name = "URL")]
        endpoint: String,
        /// Only this article (its name; repeat for more).
        #[arg(long)]
        article: Vec<String>,
        /// User for HTTP Basic authentication; the password is read from
        /// the NEWSGRAPH_PUSH_PASSWORD environment variable.
        #[arg(long)]
        user: Option<String>,
        /// Tries again after a failure that may pass (no connection, 5xx).
        #[arg(long, default_value_t = 3)]
        retries: u32,
        /// Seconds one request may take.
        #[arg(long, default_value_t = 120.0, value_name = "SECONDS")]
        timeout: f64,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff; `newsgraph man | man -l -`).
    Man,
}

#[derive(Clone, Copy, ValueEnum)]
enum ProvenanceArg {
    Facts,
    Sentences,
    Mentions,
}

impl From<ProvenanceArg> for Provenance {
    fn from(p: ProvenanceArg) -> Self {
        match p {
            ProvenanceArg::Facts => Provenance::Facts,
            ProvenanceArg::Sentences => Provenance::Sentences,
            ProvenanceArg::Mentions => Provenance::Mentions,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Jsonld,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Turtle,
    Trig,
    Nquads,
    Ntriples,
    Jsonld,
    Dot,
    Graphml,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum LayoutArg {
    /// force-directed: best for many entities
    Sfdp,
    /// layered, left to right
    Dot,
}

fn parse_date(s: &str) -> Result<Ymd, String> {
    Ymd::parse(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

/// The stack of the thread that runs the command: the SPARQL parser and
/// evaluator recurse once per nesting level, and a query of a thousand nested
/// groups overflowed the main thread's 8 MB (256 MB holds some 20,000
/// levels). Reserved, not used, until needed.
const STACK: usize = 256 << 20;

// No custom global allocator: oxigraph 0.5 frees RocksDB's error strings
// (allocated by C `malloc`) through the Rust allocator, which only the
// system allocator survives (with mimalloc a second writer crashed).
fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .name("newsgraph".into())
        .stack_size(STACK)
        .spawn(move || run(cli));
    let result = match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(anyhow!("internal error (the command panicked)"))),
        Err(e) => Err(anyhow!("cannot start: {e}")),
    };
    match result {
        Ok(code) => code,
        // the reader closed the pipe (`| head`): its choice, not a failure
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph: {}", newsgraph::error::one_line(e.as_ref()));
            ExitCode::FAILURE
        }
    }
}

/// A write to `target` that failed, keeping the I/O error in the chain.
fn cannot_write(target: &str, e: std::io::Error) -> anyhow::Error {
    anyhow::Error::new(e).context(format!("{target}: cannot write"))
}

/// Whether the error is a write to a pipe whose reader went away.
fn closed_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    let reads = matches!(
        cli.command,
        Command::Query { .. }
            | Command::Export { .. }
            | Command::Explain { .. }
            | Command::Serve { .. }
            | Command::Push { .. }
    );
    let store = cli.store.clone();
    let result = run_command(cli);
    if !reads {
        return result;
    }
    result.map_err(|e| match e.downcast::<newsgraph::error::StoreError>() {
        Ok(e) => newsgraph::store::read_failure(&store, e).into(),
        Err(e) => e,
    })
}

fn run_command(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            paths,
            date,
            lang_any,
            batch_quads,
            max_article_bytes,
            provenance,
        } => ingest(
            &cli.store,
            &paths,
            IngestOptions {
                read: ReadOptions {
                    date,
                    max_article_bytes,
                    provenance: provenance.into(),
                    lang_any,
                },
                batch_quads: batch_quads as usize,
                hold: std::env::var_os(TEST_HOLD_VAR).is_some(),
            },
        ),
        Command::Query {
            file,
            expr,
            format,
            timeout,
            limit: rows,
            offset,
        } => {
            let (text, origin) = match (file, expr) {
                (Some(f), _) => (
                    std::fs::read_to_string(&f)
                        .with_context(|| format!("{}: cannot read", f.display()))?,
                    f.display().to_string(),
                ),
                (None, Some(e)) => (e, "-e".to_string()),
                (None, None) => bail!("give a query file or -e 'SPARQL'"),
            };
            let store = GraphStore::open_read_only(&cli.store)?;
            let limit = match timeout {
                Some(t) if t.is_finite() && t > 0.0 => Some(std::time::Duration::from_secs_f64(t)),
                Some(t) => bail!("--timeout {t}: give a number of seconds above 0"),
                None => None,
            };
            // the timer cancels the evaluation; the results stream stops with "cancelled"
            let token = limit.map(|limit| {
                let token = oxigraph::sparql::CancellationToken::new();
                let timer = token.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(limit);
                    timer.cancel();
                });
                token
            });
            let results =
                newsgraph::query::page(store.query_until(&text, &origin, token)?, offset, rows);
            let format = match format {
                QueryFormat::Table => ResultFormat::Table,
                QueryFormat::Csv => ResultFormat::Csv,
                QueryFormat::Tsv => ResultFormat::Tsv,
                QueryFormat::Json => ResultFormat::Json,
                QueryFormat::Xml => ResultFormat::Xml,
                QueryFormat::Turtle => ResultFormat::Turtle,
                QueryFormat::Ntriples => ResultFormat::NTriples,
                QueryFormat::Jsonld => ResultFormat::JsonLd,
            };
            let mut out = std::io::stdout().lock();
            write_results(results, format, &mut out, &origin).map_err(|e| match timeout {
                Some(t) if format!("{e:#}").contains("cancel") => {
                    anyhow!("{origin}: query stopped after {t} s (--timeout)")
                }
                _ => e.into(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            format,
            output,
            article,
            class,
            isolated,
            layout,
            with_ontology,
        } => {
            let store = GraphStore::open_read_only(&cli.store)?;
            let article = match article {
                Some(file) => Some(
                    store
                        .article_by_file(&file)?
                        .ok_or_else(|| anyhow!("{file}: no such article in the store"))?,
                ),
                None => None,
            };
            const CLASSES: [&str; 5] = ["Person", "Country", "Organization", "City", "Meeting"];
            if let Some(bad) = class
                .iter()
                .find(|c| !CLASSES.iter().any(|k| k.eq_ignore_ascii_case(c)))
            {
                bail!("--class {bad}: unknown class (use {})", CLASSES.join(", "));
            }
            let pictures = [ExportFormat::Dot, ExportFormat::Graphml];
            if !class.is_empty() && !pictures.contains(&format) && format != ExportFormat::Csv {
                bail!(
                    "--class: only dot, graphml and csv keep some classes; RDF exports keep every triple"
                );
            }
            if isolated && !pictures.contains(&format) {
                bail!("--isolated: only dot and graphml draw entities");
            }
            if format == ExportFormat::Csv {
                let Some(dir) = output else {
                    bail!("--format csv writes a folder of tables: give it with -o DIR");
                };
                let written =
                    newsgraph::tables::write_tables(&store, article.as_ref(), &class, &dir)?;
                say(format_args!(
                    "{} tables in {}",
                    written.len(),
                    dir.display()
                ));
                return Ok(ExitCode::SUCCESS);
            }
            let format = match format {
                ExportFormat::Turtle => Format::Turtle,
                ExportFormat::Trig => Format::TriG,
                ExportFormat::Nquads => Format::NQuads,
                ExportFormat::Ntriples => Format::NTriples,
                ExportFormat::Jsonld => Format::JsonLd,
                ExportFormat::Dot => Format::Dot,
                ExportFormat::Graphml => Format::GraphMl,
                ExportFormat::Csv => unreachable!("written above"),
            };
            let opts = Options {
                with_ontology,
                article,
                selection: newsgraph::picture::Selection {
                    classes: class,
                    isolated,
                },
                layout: match layout {
                    LayoutArg::Sfdp => newsgraph::picture::Layout::Sfdp,
                    LayoutArg::Dot => newsgraph::picture::Layout::Dot,
                },
            };
            write_output(output.as_deref(), |out, target| {
                Ok(export(&store, format, &opts, out, target)?)
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Optimize => {
            let store = GraphStore::open_existing(&cli.store)?;
            store.optimize()?;
            say(format_args!("optimized {}", cli.store.display()));
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { entity, all } => {
            let store = GraphStore::open_read_only(&cli.store)?;
            let found = newsgraph::explain::find_entities(&store, &entity)?;
            if found.is_empty() {
                let near = newsgraph::explain::suggestions(&store, &entity)?;
                if near.is_empty() {
                    bail!("{entity}: no entity with this label, alias or IRI");
                }
                bail!(
                    "{entity}: no entity with this label, alias or IRI; did you mean {}?",
                    near.iter()
                        .map(|n| format!("\"{n}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            let mut out = std::io::stdout().lock();
            for (iri, label) in found {
                let most = (!all).then_some(newsgraph::explain::DEFAULT_SOURCES);
                let facts = newsgraph::explain::facts(&store, &iri, most)?;
                let details = newsgraph::explain::details(&store, &iri)?;
                newsgraph::explain::write_explained(&mut out, &label, &iri, &details, &facts)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract {
            paths,
            output,
            date,
            lang_any,
            max_article_bytes,
            provenance,
        } => extract(
            &paths,
            output.as_deref(),
            &ReadOptions {
                date,
                max_article_bytes,
                provenance: provenance.into(),
                lang_any,
            },
        ),
        Command::Serve {
            bind,
            port,
            timeout,
            cors,
            max_connections,
        } => serve(&cli.store, bind, port, timeout, cors, max_connections),
        Command::Push {
            endpoint,
            article,
            user,
            retries,
            timeout,
        } => push(&cli.store, endpoint, &article, user, retries, timeout),
        Command::Completions { shell } => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "newsgraph", &mut out);
            out.flush()
                .map_err(|e| cannot_write("standard output", e))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(|e| cannot_write("standard output", e))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `newsgraph extract`: each article's N-Quads, streamed in file order. Files
/// are extracted CHUNK at a time on all cores while the chunk before is
/// written, so memory holds two chunks whatever the corpus.
fn extract(paths: &[PathBuf], output: Option<&Path>, opts: &ReadOptions) -> Result<ExitCode> {
    let files = discover(paths)?;
    let sources = sources(&files, opts.max_article_bytes);
    let mut failed = 0;
    write_output(output, |out, target| {
        extract_files(sources, opts, out, &mut |e| {
            eprintln!("newsgraph: {e}");
            failed += 1;
        })
        .map_err(|e| cannot_write(target, e))
    })?;
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes what `write` produces, buffered and never held whole in memory, to
/// the file (all or nothing: through a temporary file renamed into place) or
/// to standard output. `write` gets the output's name for its errors.
fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write, &str) -> Result<()>,
) -> Result<()> {
    let Some(p) = path else {
        let target = "standard output";
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        write(&mut out, target)?;
        return out.flush().map_err(|e| cannot_write(target, e));
    };
    let target = p.display().to_string();
    let cannot = |e: std::io::Error| cannot_write(&target, e);
    // a link is written through, to the file it names
    let real = match std::fs::symlink_metadata(p) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(p).map_err(cannot)?,
        _ => p.to_path_buf(),
    };
    let existing = std::fs::metadata(&real).ok();
    // a FIFO or a device is written into as it is: it cannot be replaced
    if existing.as_ref().is_some_and(|m| !m.is_file()) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&real)
            .map_err(cannot)?;
        let mut out = std::io::BufWriter::new(file);
        write(&mut out, &target)?;
        return out.flush().map_err(cannot);
    }
    let dir = real
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .ok_or_else(|| anyhow!("{}: not a file name", p.display()))?;
    let prefix = format!(".{}.tmp", name.to_string_lossy());
    newsgraph::export::remove_leftovers_of_killed(dir, &prefix);
    let tmp = dir.join(format!("{prefix}{}", std::process::id()));
    // Ctrl-C while writing removes the temporary file
    *PENDING_TMP.lock().unwrap_or_else(|e| e.into_inner()) = Some(tmp.clone());
    let _ = ctrlc::set_handler(|| {
        if let Some(t) = PENDING_TMP.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = std::fs::remove_file(t);
        }
        newsgraph::export::remove_spill_files();
        std::process::exit(130);
    });
    let result = std::fs::File::create(&tmp)
        .map_err(cannot)
        .and_then(|file| {
            // a file replaced keeps its permissions
            if let Some(m) = &existing {
                file.set_permissions(m.permissions()).map_err(cannot)?;
            }
            let mut out = std::io::BufWriter::new(file);
            write(&mut out, &target)?;
            out.into_inner()
                .map_err(|e| cannot(e.into_error()))?
                .sync_all()
                .map_err(cannot)?;
            std::fs::rename(&tmp, &real).map_err(cannot)
        });
    PENDING_TMP.lock().unwrap_or_else(|e| e.into_inner()).take();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The temporary file `write_output` is writing, for the Ctrl-C handler.
static PENDING_TMP: std::sync::Mutex<Option<PathBuf>> = std::sync::Mutex::new(None);

/// Test-only: with this variable set, `ingest` stops before its second chunk,
/// says so on standard error, and waits (up to a minute) for Ctrl-C, so a
/// test can interrupt it at a known point instead of after a guessed delay.
const TEST_HOLD_VAR: &str = "NEWSGRAPH_TEST_HOLD_INGEST";

fn ingest(store_path: &Path, paths: &[PathBuf], opts: IngestOptions) -> Result<ExitCode> {
    let files = discover(paths)?;
    let sources = sources(&files, opts.read.max_article_bytes);
    let total = sources.len();
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::new(total as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{bar:40} {pos}/{len} articles  {per_sec}  {elapsed_precise} {msg}",
            )
            .expect("valid template"),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    // Ctrl-C stops after the batch being written: every stored article is whole
    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let flag = Arc::clone(&interrupted);
        // without a handler (another one installed), Ctrl-C ends the process at once;
        // each batch is still one atomic write, so nothing is left half-written
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }
    let (store, counts) =
        ingest_files(store_path, sources, opts, &interrupted, &mut |p| match p {
            Progress::Failed(e) => bar.suspend(|| eprintln!("newsgraph: {e}")),
            Progress::Committed(n) => bar.inc(n as u64),
            Progress::Holding => eprintln!("newsgraph: holding for the test"),
        })?;
    bar.finish_and_clear();
    let Counts {
        stored,
        unchanged,
        replaced,
        failed,
        done,
    } = counts;
    say(format_args!(
        "{stored} stored, {unchanged} unchanged, {replaced} replaced, {failed} failed"
    ));
    if interrupted.load(Ordering::SeqCst) {
        eprintln!(
            "newsgraph: interrupted after {done} of {total} articles; every article stored so far is complete, run the same ingest again to finish"
        );
        return Ok(ExitCode::from(130));
    }
    let s = store.summary()?;
    let ents: Vec<String> = s.entities.iter().map(|(c, n)| format!("{n} {c}")).collect();
    say(format_args!(
        "graph: {} articles; entities: {}; {} positions, {} meetings, {} quotes; {} triples",
        s.articles,
        if ents.is_empty() {
            "none".to_string()
        } else {
            ents.join(", ")
        },
        s.positions,
        s.meetings,
        s.quotes,
        s.triples
    ));
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints a line of a command's report. A reader that went away (`ingest |
/// head -1`) is no error: the work is done and committed, and the line has
/// no one to read it.
/// `push`: the articles to a remote store; a line per failed article on
/// standard error, the counts on standard output.
fn push(
    store: &std::path::Path,
    endpoint: String,
    only: &[String],
    user: Option<String>,
    retries: u32,
    timeout: f64,
) -> Result<ExitCode> {
    if !(timeout.is_finite() && timeout > 0.0) {
        bail!("--timeout {timeout}: give a number of seconds above 0");
    }
    let auth = match user {
        Some(user) => match std::env::var("NEWSGRAPH_PUSH_PASSWORD") {
            Ok(password) => Some((user, password)),
            Err(_) => bail!("--user {user}: set the password in NEWSGRAPH_PUSH_PASSWORD"),
        },
        None => None,
    };
    let target = newsgraph::push::Target {
        endpoint,
        auth,
        retries,
        backoff: std::time::Duration::from_millis(500),
        timeout: std::time::Duration::from_secs_f64(timeout),
    };
    target.check()?;
    let store = GraphStore::open_read_only(store)?;
    for name in only {
        if store.article_by_file(name)?.is_none() {
            bail!("--article {name}: no article of this name in the store");
        }
    }
    let only = (!only.is_empty()).then_some(only);
    let started = std::time::Instant::now();
    let done = newsgraph::push::push(&store, &target, only, &mut |event| {
        if let newsgraph::push::Event::Failed(e) = event {
            eprintln!("newsgraph: {e}");
        }
    })?;
    say(format_args!(
        "pushed {} articles ({} triples) to {} in {:.1} s; {} failed",
        done.articles,
        done.triples,
        target.endpoint,
        started.elapsed().as_secs_f64(),
        done.failed
    ));
    Ok(if done.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `serve`: the store over HTTP until the process is stopped; one line
/// per request on standard error.
fn serve(
    store: &std::path::Path,
    bind: std::net::IpAddr,
    port: u16,
    timeout: f64,
    cors: bool,
    max_connections: u64,
) -> Result<ExitCode> {
    if !(timeout.is_finite() && timeout >= 0.0) {
        bail!("--timeout {timeout}: give a number of seconds, 0 for no limit");
    }
    let options = newsgraph::serve::Options {
        timeout: (timeout > 0.0).then(|| std::time::Duration::from_secs_f64(timeout)),
        cors,
    };
    let service = newsgraph::serve::Service::new(store, options)?;
    let addr = std::net::SocketAddr::new(bind, port);
    let server = oxhttp::Server::new(move |request| {
        let started = std::time::Instant::now();
        let line = format!("{} {}", request.method(), request.uri().path());
        let response = service.handle(request);
        eprintln!(
            "{line} {} {} ms",
            response.status().as_u16(),
            started.elapsed().as_millis()
        );
        response
    })
    .bind(addr)
    .with_global_timeout(std::time::Duration::from_secs(60))
    .with_max_concurrent_connections(usize::try_from(max_connections).unwrap_or(usize::MAX))
    .spawn()
    .with_context(|| format!("cannot listen on {addr}"))?;
    let host = match bind {
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
        v4 => v4.to_string(),
    };
    eprintln!(
        "serving {} at http://{host}:{port}/ (SPARQL at /sparql; read-only; Ctrl-C stops)",
        store.display()
    );
    server.join().context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}

fn say(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
