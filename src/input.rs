//! From the input to articles: plain text (`.txt`), HTML pages (`.html`,
//! `.htm`: the main text found by readability, the title, date, address and
//! outlet from the page's metadata), JSON Lines (`.jsonl`, `.ndjson`: one
//! article per line), N-Quads that `extract` wrote (`.nq`: articles already
//! extracted, [`crate::reload`]) and standard input (`-`: JSON Lines when it
//! starts with `{`, N-Quads when it starts with `<http`, an HTML page when it
//! starts with another `<`, plain text otherwise).
//!
//! A JSON Lines file becomes one [`Source`] per line before anything is
//! extracted; a bad line is a [`Source::Failed`] naming `FILE:LINE`, and the
//! other lines are read.

use std::path::{Path, PathBuf};

use crate::dates::Ymd;
use crate::error::ArticleError;

/// What the input says of an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleInfo {
    /// The headline.
    pub title: Option<String>,
    /// The address it was published at.
    pub url: Option<String>,
    /// The publication date.
    pub date: Option<Ymd>,
    /// The outlet that published it ("Reuters").
    pub outlet: Option<String>,
}

/// One article as read from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The name it is stored under (`ng:file`): the file name, a JSON Lines
    /// record's `id`, or `FILE:LINE`.
    pub name: String,
    /// What its messages name: the path, or `PATH:LINE`.
    pub origin: PathBuf,
    /// The bytes its content hash is taken of: the file, or the line.
    pub bytes: Vec<u8>,
    /// The text extraction reads: for HTML and JSON Lines with a title, the
    /// title, a blank line and the body, so that offsets count in it.
    pub text: String,
    /// Its metadata.
    pub info: ArticleInfo,
}

/// One article to read: a file, one line of a JSON Lines file, or standard
/// input already read.
#[derive(Debug)]
pub enum Source {
    /// A text or HTML file, read when its turn comes.
    File(PathBuf),
    /// One record of a JSON Lines file.
    Line {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// Its number, from 1.
        line: usize,
        /// The line.
        json: String,
    },
    /// Standard input, a text or an HTML page.
    Stdin(Vec<u8>),
    /// An article already extracted, read back from N-Quads.
    Quads(Box<crate::reload::Reloaded>),
    /// An input that cannot be read, reported in its turn.
    Failed(ArticleError),
}

/// How an input file is read, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain UTF-8 text, the headline on the first line.
    Text,
    /// An HTML page.
    Html,
    /// JSON Lines, one article per line.
    JsonLines,
    /// N-Quads that `extract` wrote: articles already extracted
    /// ([`crate::reload`]).
    NQuads,
}

impl Kind {
    /// The kind a file name's extension says (text when it says none of
    /// the others).
    pub fn of(path: &Path) -> Kind {
        match extension(path).as_deref() {
            Some("html" | "htm" | "xhtml") => Kind::Html,
            Some("jsonl" | "ndjson") => Kind::JsonLines,
            Some("nq" | "nquads") => Kind::NQuads,
            _ => Kind::Text,
        }
    }

    /// Whether a directory walk takes a file of this name: `.txt`, or
    /// another kind's extension.
    pub fn taken_in_walk(path: &Path) -> bool {
        Kind::of(path) != Kind::Text || extension(path).as_deref() == Some("txt")
    }

    /// The kind standard input's first bytes say.
    fn sniff(bytes: &[u8]) -> Kind {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let start = body.iter().position(|b| !b.is_ascii_whitespace());
        let body = &body[start.unwrap_or(body.len())..];
        if body.starts_with(b"<http://") || body.starts_with(b"<https://") {
            return Kind::NQuads;
        }
        match body.first() {
            Some(b'{') => Kind::JsonLines,
            Some(b'<') => Kind::Html,
            _ => Kind::Text,
        }
    }
}

/// A file name's extension, in lower case.
fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// The path `-` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name an article read from standard input as text is stored under.
pub const STDIN_NAME: &str = "stdin.txt";

/// The name a page read from standard input is stored under.
pub const STDIN_HTML_NAME: &str = "stdin.html";

/// The articles of `files` in order: a JSON Lines file (or standard input
/// holding JSON Lines) read now and split into its records, other files
/// left to be read in their turn. `max` bounds one article (a line of JSON
/// Lines); standard input holding JSON Lines may be longer.
pub fn sources(files: &[PathBuf], max: u64) -> Vec<Source> {
    let mut out = Vec::new();
    for path in files {
        if is_stdin(path) {
            match read_stdin() {
                Ok(bytes) if Kind::sniff(&bytes) == Kind::JsonLines => {
                    split_lines(path, &bytes, max, &mut out)
                }
                Ok(bytes) if Kind::sniff(&bytes) == Kind::NQuads => {
                    split_quads(path, &bytes, &mut out)
                }
                Ok(bytes) => out.push(Source::Stdin(bytes)),
                Err(e) => out.push(Source::Failed(io_error(path, e))),
            }
        } else if Kind::of(path) == Kind::JsonLines {
            match regular_file(path, u64::MAX)
                .and_then(|_| std::fs::read(path).map_err(|e| io_error(path, e)))
            {
                Ok(bytes) => split_lines(path, &bytes, max, &mut out),
                Err(e) => out.push(Source::Failed(e)),
            }
        } else if Kind::of(path) == Kind::NQuads {
            match regular_file(path, u64::MAX)
                .and_then(|_| std::fs::read(path).map_err(|e| io_error(path, e)))
            {
                Ok(bytes) => split_quads(path, &bytes, &mut out),
                Err(e) => out.push(Source::Failed(e)),
            }
        } else {
            out.push(Source::File(path.clone()));
        }
    }
    out
}

/// The articles of an N-Quads file, or the one reason it is refused whole.
fn split_quads(path: &Path, bytes: &[u8], out: &mut Vec<Source>) {
    match crate::reload::articles(path, bytes) {
        Ok(articles) => out.extend(articles.into_iter().map(|a| Source::Quads(Box::new(a)))),
        Err(e) => out.push(Source::Failed(e)),
    }
}

fn read_stdin() -> std::io::Result<Vec<u8>> {
    let mut b = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b)?;
    Ok(b)
}

fn io_error(path: &Path, e: std::io::Error) -> ArticleError {
    ArticleError::Io {
        path: path.to_path_buf(),
        source: e,
    }
}

fn at_line(path: &Path, line: usize) -> PathBuf {
    PathBuf::from(format!("{}:{line}", path.display()))
}

/// The records of a JSON Lines file; blank lines are skipped.
fn split_lines(path: &Path, bytes: &[u8], max: u64, out: &mut Vec<Source>) {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    for (i, raw) in body.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let origin = at_line(path, line);
        if raw.len() as u64 > max {
            out.push(Source::Failed(ArticleError::NotAnArticle {
                path: origin,
                reason: too_large(raw.len() as u64, max),
            }));
            continue;
        }
        match std::str::from_utf8(raw) {
            Ok(json) => out.push(Source::Line {
                path: path.to_path_buf(),
                line,
                json: json.to_string(),
            }),
            Err(e) => out.push(Source::Failed(ArticleError::NotText {
                path: origin,
                reason: format!("invalid byte at offset {}", e.valid_up_to()),
            })),
        }
    }
}

/// The largest article read by default: 8 MiB (`--max-article-bytes`
/// sets another). No news article comes near it, and extraction time grows
/// faster than the text beyond a few megabytes (release build: 1 MB 0.2 s,
/// 4 MB 0.8 s, 16 MB 6 s of entity-dense text).
pub const MAX_ARTICLE_BYTES: u64 = 8 << 20;

fn too_large(len: u64, max: u64) -> String {
    if max >= 1 << 20 {
        format!(
            "{} MB, over the {} MB limit for one article (--max-article-bytes)",
            len >> 20,
            max >> 20
        )
    } else {
        format!("{len} bytes, over the {max}-byte limit for one article (--max-article-bytes)")
    }
}

/// Checks that `path` is a regular file of at most `max` bytes (a FIFO
/// would block and a device never end).
fn regular_file(path: &Path, max: u64) -> Result<(), ArticleError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    let unsuitable = |reason: String| ArticleError::NotAnArticle {
        path: path.to_path_buf(),
        reason,
    };
    if !meta.is_file() {
        return Err(unsuitable(
            "not a regular file (a FIFO, a device or a socket)".to_string(),
        ));
    }
    if meta.len() > max {
        return Err(unsuitable(too_large(meta.len(), max)));
    }
    Ok(())
}

/// Reads one article of at most `max` bytes.
pub fn read(source: Source, max: u64) -> Result<Article, ArticleError> {
    match source {
        Source::Failed(e) => Err(e),
        Source::File(path) => {
            regular_file(&path, max)?;
            let bytes = std::fs::read(&path).map_err(|e| io_error(&path, e))?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            from_bytes(bytes, name, path.clone(), Kind::of(&path), max)
        }
        Source::Stdin(bytes) => {
            let kind = Kind::sniff(&bytes);
            let name = if kind == Kind::Html {
                STDIN_HTML_NAME
            } else {
                STDIN_NAME
            };
            from_bytes(bytes, name.to_string(), PathBuf::from("-"), kind, max)
        }
        Source::Line { path, line, json } => record(&path, line, json),
        Source::Quads(a) => Err(ArticleError::NotAnArticle {
            path: a.origin,
            reason: "already extracted (N-Quads): `newsgraph ingest` stores it".into(),
        }),
    }
}

/// A text or HTML article from its bytes.
fn from_bytes(
    bytes: Vec<u8>,
    name: String,
    origin: PathBuf,
    kind: Kind,
    max: u64,
) -> Result<Article, ArticleError> {
    if bytes.len() as u64 > max {
        return Err(ArticleError::NotAnArticle {
            reason: too_large(bytes.len() as u64, max),
            path: origin,
        });
    }
    let raw = utf8(&bytes, &origin)?;
    let (text, info) = match kind {
        Kind::Html => html(&raw, &origin)?,
        _ => (raw, ArticleInfo::default()),
    };
    if text.trim().is_empty() {
        return Err(ArticleError::Empty { path: origin });
    }
    Ok(Article {
        name,
        origin,
        bytes,
        text,
        info,
    })
}

/// The bytes as text: UTF-8 (a byte-order mark is dropped), not UTF-16, no NUL.
fn utf8(bytes: &[u8], origin: &Path) -> Result<String, ArticleError> {
    let not_text = |reason: String| ArticleError::NotText {
        path: origin.to_path_buf(),
        reason,
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(not_text(
            "UTF-16 byte-order mark; convert the file to UTF-8".to_string(),
        ));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(body)
        .map_err(|e| not_text(format!("invalid byte at offset {}", e.valid_up_to())))?;
    if text.contains('\0') {
        return Err(not_text("NUL bytes: a binary file".to_string()));
    }
    Ok(text.to_string())
}

/// The title (when known), a blank line and the body: what extraction reads.
/// A body that already starts with its title is kept as it is.
fn compose(title: Option<&str>, body: &str) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if !body.trim_start().starts_with(t) => format!("{t}\n\n{}", body.trim()),
        _ => body.trim().to_string(),
    }
}

/// An HTML page's main text (one paragraph per line, as readability
/// formats it) and metadata.
fn html(page: &str, origin: &Path) -> Result<(String, ArticleInfo), ArticleError> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let bad = |reason: String| ArticleError::NotAnArticle {
        path: origin.to_path_buf(),
        reason,
    };
    let mut r = dom_smoothie::Readability::new(page, None, Some(config))
        .map_err(|e| bad(format!("not a readable HTML page ({e})")))?;
    // the page's own address (readability reads it only from JSON-LD)
    let address = [
        ("link[rel=\"canonical\"]", "href"),
        ("meta[property=\"og:url\"]", "content"),
    ]
    .iter()
    .find_map(|(sel, attr)| {
        r.doc
            .select(sel)
            .attr(attr)
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty())
    });
    let a = r
        .parse()
        .map_err(|e| bad(format!("no article text found in the page ({e})")))?;
    let title = Some(a.title.trim().to_string()).filter(|t| !t.is_empty());
    let body: String = a
        .text_content
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let info = ArticleInfo {
        url: a.url.filter(|u| !u.trim().is_empty()).or(address),
        date: a.published_time.as_deref().and_then(iso_date),
        outlet: a
            .site_name
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        title,
    };
    Ok((compose(info.title.as_deref(), &body), info))
}

/// The date an ISO 8601 date or date-time starts with ("2026-03-04",
/// "2026-03-04T10:00:00Z").
pub fn iso_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    Ymd::parse(head).filter(Ymd::valid)
}

/// One JSON Lines record: an object with `text` (required) and `id`,
/// `title`, `url`, `date`, `source` (optional strings).
fn record(path: &Path, line: usize, json: String) -> Result<Article, ArticleError> {
    let origin = at_line(path, line);
    let bad = |reason: String| ArticleError::BadRecord {
        path: origin.clone(),
        reason,
    };
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| bad(format!("not JSON ({e})")))?;
    let serde_json::Value::Object(map) = value else {
        return Err(bad("not a JSON object".to_string()));
    };
    let field = |key: &str| -> Result<Option<String>, ArticleError> {
        match map.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(serde_json::Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(_) => Err(bad(format!("\"{key}\" is not a string"))),
        }
    };
    let text = match map.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(bad("\"text\" is not a string".to_string())),
        None => return Err(bad("no \"text\" field".to_string())),
    };
    if text.contains('\0') {
        return Err(bad("\"text\" holds NUL characters".to_string()));
    }
    let date = match field("date")? {
        Some(d) => Some(iso_date(&d).ok_or_else(|| {
            bad(format!(
                "\"date\" {d:?} is not a date of the form YYYY-MM-DD (or an ISO 8601 date-time)"
            ))
        })?),
        None => None,
    };
    let info = ArticleInfo {
        title: field("title")?,
        url: field("url")?,
        date,
        outlet: field("source")?,
    };
    let name = match field("id")? {
        Some(id) => id.replace(['/', '\\'], "_"),
        None => format!(
            "{}:{line}",
            path.file_name()
                .map_or_else(|| "stdin".into(), |n| n.to_string_lossy())
        ),
    };
    let text = compose(info.title.as_deref(), &text);
    if text.trim().is_empty() {
        return Err(ArticleError::Empty { path: origin });
    }
    Ok(Article {
        name,
        origin,
        bytes: json.into_bytes(),
        text,
        info,
    })
}

/// The language of a text when it is reliably not English: its English
/// name ("French"). Reads the first 4,000 bytes.
pub fn not_english(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    (info.is_reliable() && info.lang() != whatlang::Lang::Eng).then(|| info.lang().eng_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(json: &str) -> Result<Article, ArticleError> {
        record(Path::new("feed.jsonl"), 3, json.to_string())
    }

    #[test]
    fn json_lines_records_give_their_fields_or_name_the_line() {
        // (id, record, Ok((name, text, title, url, date, outlet)) or Err(message))
        type Want = Result<(&'static str, &'static str, Option<&'static str>), &'static str>;
        let cases: &[(&str, &str, Want)] = &[
            (
                "text-only",
                r#"{"text":"Body."}"#,
                Ok(("feed.jsonl:3", "Body.", None)),
            ),
            (
                "id-and-title",
                r#"{"id":"a/7","title":"Head","text":"Body.","url":"https://x.example/a","date":"2026-03-04T08:00:00Z","source":"Wire"}"#,
                Ok(("a_7", "Head\n\nBody.", Some("Head"))),
            ),
            (
                "numeric-id",
                r#"{"id":42,"text":"Body."}"#,
                Ok(("42", "Body.", None)),
            ),
            (
                "title-already-in-text",
                r#"{"title":"Head","text":"Head\nBody."}"#,
                Ok(("feed.jsonl:3", "Head\nBody.", Some("Head"))),
            ),
            (
                "not-json",
                "{text: 1}",
                Err("feed.jsonl:3: bad record: not JSON"),
            ),
            (
                "array",
                "[1]",
                Err("feed.jsonl:3: bad record: not a JSON object"),
            ),
            (
                "no-text",
                r#"{"title":"x"}"#,
                Err("feed.jsonl:3: bad record: no \"text\" field"),
            ),
            (
                "text-number",
                r#"{"text":5}"#,
                Err("feed.jsonl:3: bad record: \"text\" is not a string"),
            ),
            (
                "bad-date",
                r#"{"text":"x","date":"March 4"}"#,
                Err("feed.jsonl:3: bad record: \"date\" \"March 4\" is not a date"),
            ),
            (
                "empty-text",
                r#"{"text":"  "}"#,
                Err("feed.jsonl:3: empty article"),
            ),
        ];
        for (id, json, want) in cases {
            match (line(json), want) {
                (Ok(a), Ok((name, text, title))) => {
                    assert_eq!(&a.name, name, "{id}");
                    assert_eq!(&a.text, text, "{id}");
                    assert_eq!(a.info.title.as_deref(), *title, "{id}");
                    assert_eq!(a.origin, Path::new("feed.jsonl:3"), "{id}");
                }
                (Err(e), Err(msg)) => {
                    assert!(e.to_string().starts_with(msg), "{id}: {e}")
                }
                (got, _) => panic!("{id}: {got:?}"),
            }
        }
        let a = line(
            r#"{"text":"x","url":"https://x.example/a","date":"2026-03-04","source":" Wire "}"#,
        )
        .unwrap();
        assert_eq!(a.info.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.info.date, Ymd::parse("2026-03-04"));
        assert_eq!(a.info.outlet.as_deref(), Some("Wire"));
    }

    #[test]
    fn iso_dates_and_date_times_give_the_day() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2026-03-04", Some("2026-03-04")),
            ("2026-03-04T10:00:00+01:00", Some("2026-03-04")),
            ("2026-03-04 10:00", Some("2026-03-04")),
            ("2026-02-30", None),
            ("2026-03-045", None),
            ("Tue, 03 Mar 2026", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(iso_date(s), want.and_then(Ymd::parse), "{s}");
        }
    }

    #[test]
    fn html_pages_give_their_main_text_title_and_metadata() {
        let page = r#"<!DOCTYPE html><html lang="en"><head>
<title>Ministers meet in Lisbon | Example Wire</title>
<meta property="og:title" content="Ministers meet in Lisbon">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2026-05-02T09:30:00Z">
<meta property="og:url" content="https://wire.example/lisbon">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ministers meet in Lisbon</h1>
<p>Foreign ministers of the two countries met in Lisbon on Friday to discuss fishing rights along their shared coast, officials said after the meeting ended.</p>
<p>The talks were the first of their kind in a decade, and both delegations described them as frank and useful, according to a joint statement released in the evening.</p>
<p>Further rounds are expected later in the year, when technical teams will draft an agreement on quotas and on the inspection of vessels in the disputed waters.</p>
</article>
<footer>Copyright Example Wire. All rights reserved.</footer>
</body></html>"#;
        let (text, info) = html(page, Path::new("p.html")).unwrap();
        assert_eq!(info.title.as_deref(), Some("Ministers meet in Lisbon"));
        assert_eq!(info.outlet.as_deref(), Some("Example Wire"));
        assert_eq!(info.date, Ymd::parse("2026-05-02"));
        assert_eq!(info.url.as_deref(), Some("https://wire.example/lisbon"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Ministers meet in Lisbon", "{text}");
        assert!(
            text.contains("\nForeign ministers of the two countries met in Lisbon"),
            "{text}"
        );
        assert!(text.contains("\nFurther rounds are expected"), "{text}");
        for chrome in ["Home", "Copyright", "<p>", "World"] {
            assert!(!text.contains(chrome), "{chrome} in {text}");
        }
    }

    #[test]
    fn only_reliably_foreign_texts_are_not_english() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The foreign ministers met in Geneva on Tuesday and agreed to continue the talks next month, officials said.",
                None,
            ),
            (
                "Les ministres des affaires étrangères se sont réunis mardi à Genève et ont convenu de poursuivre les discussions le mois prochain.",
                Some("French"),
            ),
            (
                "Die Außenminister trafen sich am Dienstag in Genf und vereinbarten, die Gespräche im nächsten Monat fortzusetzen.",
                Some("German"),
            ),
            ("Merkel.", None),
        ];
        for (text, want) in cases {
            assert_eq!(not_english(text), *want, "{text}");
        }
    }

    #[test]
    fn standard_input_is_sniffed_by_its_first_byte() {
        let cases: &[(&[u8], Kind)] = &[
            (b"  {\"text\":\"x\"}\n", Kind::JsonLines),
            (b"\xEF\xBB\xBF<html>", Kind::Html),
            (b"Headline\nBody", Kind::Text),
            (b"", Kind::Text),
        ];
        for (bytes, kind) in cases {
            assert_eq!(Kind::sniff(bytes), *kind, "{bytes:?}");
        }
    }
}
