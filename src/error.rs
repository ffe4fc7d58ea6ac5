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
    /// A JSON Lines record that is no article (`FILE:LINE`).
    #[error("{}: bad record: {reason}", path.display())]
    BadRecord {
        /// `FILE:LINE`.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The article is not in English (`--lang-any` reads it all the same).
    #[error("{}: written in {language}, not English; skipped (--lang-any reads it)", path.display())]
    NotEnglish {
        /// The file, or `FILE:LINE`.
        path: PathBuf,
        /// The language found.
        language: &'static str,
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
    /// A read failed while another process was writing the store (its
    /// tables change under a read-only reader).
    #[error(
        "{}: store in use by another newsgraph process, which is writing it; read again when it ends",
        path.display()
    )]
    BeingWritten {
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
    /// The output format does not fit the query's results.
    #[error("{origin}: {message}")]
    ResultFormat {
        /// The query file or `-e`.
        origin: String,
        /// What to use instead.
        message: String,
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

/// An error and its causes on one line, each said once: errors here quote
/// their source in their own message, and RocksDB's messages repeat their
/// cause ("NotFound: : NotFound: : NotFound: "), so printing the whole chain
/// said the same thing two or three times.
pub fn one_line(e: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(e);
    while let Some(c) = cause {
        let text = said_once(&c.to_string());
        let text = text.trim().trim_end_matches(':');
        if !text.is_empty() && !line.contains(text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(text);
        }
        cause = c.source();
    }
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A message whose parts (split at ": ") are said again right after
/// themselves ("A: A: A", "x: B: c: B: c") with each run said once.
fn said_once(text: &str) -> String {
    let mut parts: Vec<&str> = text.split(": ").collect();
    if parts.len() > 64 {
        return text.to_string(); // (a quoted query, not a chain of causes)
    }
    let mut i = 0;
    while i < parts.len() {
        let repeated = (1..=(parts.len() - i) / 2)
            .find(|&k| parts[i..i + k] == parts[i + k..i + 2 * k] && parts[i..i + k] != [""]);
        match repeated {
            Some(k) => {
                parts.drain(i + k..i + 2 * k);
            }
            None => i += 1,
        }
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Chain(&'static str, Option<Box<Chain>>);
    impl std::fmt::Display for Chain {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }
    impl std::error::Error for Chain {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|c| c as _)
        }
    }

    /// Regression (issue 17, fault 13): RocksDB's messages were printed two
    /// or three times.
    #[test]
    fn errors_are_said_once_on_one_line() {
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "rocksdb-thrice",
                &["s.db: NotFound: : NotFound: : NotFound: "],
                "s.db: NotFound",
            ),
            (
                "source-quoted-by-its-error",
                &["s.db: IO error: disk full", "IO error: disk full"],
                "s.db: IO error: disk full",
            ),
            (
                "twice-after-a-prefix",
                &["s.db: IO error: gone: x: IO error: gone: x"],
                "s.db: IO error: gone: x",
            ),
            (
                "distinct-causes-kept",
                &["cannot export", "out.nq: permission denied"],
                "cannot export: out.nq: permission denied",
            ),
            ("lines-joined", &["bad\nthing"], "bad thing"),
            ("multibyte", &["caf\u{e9}: caf\u{e9}"], "caf\u{e9}"),
        ];
        for (id, chain, want) in cases {
            let mut e: Option<Box<Chain>> = None;
            for m in chain.iter().rev() {
                e = Some(Box::new(Chain(m, e)));
            }
            assert_eq!(one_line(e.as_deref().unwrap()), *want, "{id}");
        }
    }
}
