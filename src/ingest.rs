//! From paths to prepared articles: finding the `.txt` files, reading them
//! as UTF-8 text, and running the extraction.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use oxigraph::model::NamedNode;

use crate::dates::Ymd;
use crate::error::{ArticleError, InputError};
use crate::pipeline::{Extraction, extract};
use crate::rdf::{ArticleMeta, ArticleQuads, article_iri, article_quads, content_hash};

/// Every `.txt` entry under the given paths that is not a directory (a FIFO
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
        } else if p.extension().is_some_and(|e| e == "txt") {
            // a FIFO or a dangling link named like an article is taken, so
            // that reading it says why it is skipped, instead of no word
            out.insert(p);
        }
    }
    Ok(())
}

/// The largest article read: 64 MiB. Extraction time grows faster than the
/// text beyond some tens of megabytes, and no news article comes near it.
pub const MAX_ARTICLE_BYTES: u64 = 64 << 20;

fn too_large(len: u64) -> String {
    format!(
        "{} MB, over the {} MB limit for one article",
        len >> 20,
        MAX_ARTICLE_BYTES >> 20
    )
}

/// The path `-` names standard input: one article, named [`STDIN_NAME`].
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The file name an article read from standard input is stored under.
pub const STDIN_NAME: &str = "stdin.txt";

/// Reads an article (from standard input for `-`): UTF-8 text (a byte-order
/// mark is dropped), not binary, not empty.
pub fn read_article(path: &Path) -> Result<(Vec<u8>, String), ArticleError> {
    let io = |e| ArticleError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let unsuitable = |reason: &str| ArticleError::NotAnArticle {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let bytes = if is_stdin(path) {
        let mut b = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), MAX_ARTICLE_BYTES + 1),
            &mut b,
        )
        .map_err(io)?;
        b
    } else {
        // a FIFO would block and a device never end: only regular files
        let meta = std::fs::metadata(path).map_err(io)?;
        if !meta.is_file() {
            return Err(unsuitable(
                "not a regular file (a FIFO, a device or a socket)",
            ));
        }
        if meta.len() > MAX_ARTICLE_BYTES {
            return Err(unsuitable(&too_large(meta.len())));
        }
        std::fs::read(path).map_err(io)?
    };
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(unsuitable(&too_large(bytes.len() as u64)));
    }
    let not_text = |reason: &str| ArticleError::NotText {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(not_text(
            "UTF-16 byte-order mark; convert the file to UTF-8",
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(&bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t.to_string(),
        Err(e) => {
            return Err(not_text(&format!(
                "invalid byte at offset {}",
                e.valid_up_to()
            )));
        }
    };
    if text.contains('\0') {
        return Err(not_text("NUL bytes: a binary file"));
    }
    if text.trim().is_empty() {
        return Err(ArticleError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok((bytes, text))
}

/// An article ready to be stored.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The file.
    pub path: PathBuf,
    /// Its graph's IRI.
    pub graph: NamedNode,
    /// Content hash.
    pub hash: String,
    /// Its quads.
    pub quads: ArticleQuads,
    /// What extraction found.
    pub extraction: Extraction,
}

/// Reads and extracts one article.
pub fn prepare(path: &Path, published: Option<Ymd>) -> Result<Prepared, ArticleError> {
    let (bytes, text) = read_article(path)?;
    let file_name = if is_stdin(path) {
        STDIN_NAME.to_string()
    } else {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let meta = ArticleMeta {
        file_name: file_name.clone(),
        content_hash: content_hash(&bytes),
    };
    let extraction = extract(&text, published);
    let quads = article_quads(&meta, &text, &extraction);
    Ok(Prepared {
        path: path.to_path_buf(),
        graph: article_iri(&file_name),
        hash: meta.content_hash,
        quads,
        extraction,
    })
}
