//! Typed errors of the library. The binary adds context with `anyhow`.

use std::path::PathBuf;

/// A gazetteer table that does not hold to its format.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The first line is not the expected header.
    #[error("{table}: header is {found:?}, expected {expected:?}")]
    Header {
        /// Table file name.
        table: &'static str,
        /// Expected header.
        expected: String,
        /// Header found.
        found: String,
    },
    /// A row is malformed.
    #[error("{table}:{line}: {problem}")]
    Row {
        /// Table file name.
        table: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// The matcher could not be built.
    #[error("gazetteer matcher: {0}")]
    Matcher(String),
}

/// An article that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is empty or white space only.
    #[error("{}: empty article", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is not UTF-8 text.
    #[error("{}: not UTF-8 text ({reason})", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// What was found.
        reason: String,
    },
    /// The path is no file to read as an article: a FIFO, a device, or too large.
    #[error("{}: {reason}", path.display())]
    NotAnArticle {
        /// The path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// Errors of the store and its commands.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the store.
    #[error("{}: store in use by another newsgraph process", path.display())]
    InUse {
        /// The store directory.
        path: PathBuf,
    },
    /// The directory exists but is not a store.
    #[error("{}: not a newsgraph store ({reason})", path.display())]
    NotAStore {
        /// The directory.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// There is no store at the path (read-only commands do not create one).
    #[error("{}: no store here; run `newsgraph ingest` first", path.display())]
    Missing {
        /// The directory.
        path: PathBuf,
    },
    /// The storage engine failed.
    #[error("{}: {source}", path.display())]
    Storage {
        /// The store directory.
        path: PathBuf,
        /// The engine's error.
        source: oxigraph::store::StorageError,
    },
    /// The SPARQL query does not parse.
    #[error("{origin}: invalid SPARQL: {message}")]
    QuerySyntax {
        /// Where the query came from (file name or `-e`).
        origin: String,
        /// The parser's message, with its position.
        message: String,
    },
    /// The query failed while running.
    #[error("{origin}: query failed: {message}")]
    QueryEvaluation {
        /// Where the query came from.
        origin: String,
        /// What went wrong.
        message: String,
    },
    /// Writing output failed.
    #[error("{target}: cannot write: {source}")]
    Write {
        /// Output name.
        target: String,
        /// Why.
        source: std::io::Error,
    },
    /// A bundled RDF file did not parse.
    #[error("{name}: {message}")]
    Bundled {
        /// File.
        name: &'static str,
        /// Parser message.
        message: String,
    },
}

/// Paths given to `ingest` or `extract` that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{}: no such file or directory", path.display())]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// A directory without any `.txt` file.
    #[error("{}: no .txt article in this directory", path.display())]
    NoArticles {
        /// The directory.
        path: PathBuf,
    },
    /// Two files share a file name, which identifies an article.
    #[error("{}: same file name as {}; articles are identified by file name, rename one", path.display(), other.display())]
    SameName {
        /// The second file.
        path: PathBuf,
        /// The first file.
        other: PathBuf,
    },
    /// A directory could not be listed.
    #[error("{}: cannot list: {source}", path.display())]
    List {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}
