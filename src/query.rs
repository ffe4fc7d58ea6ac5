//! Query results for people: an aligned table with IRIs shortened by the
//! usual prefixes, or the W3C result formats, or Turtle for graph results.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

use crate::error::StoreError;

/// How to print SELECT and ASK results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned table (default).
    Table,
    /// W3C CSV.
    Csv,
    /// W3C TSV.
    Tsv,
    /// W3C JSON.
    Json,
    /// W3C XML (RDF/XML for a graph).
    Xml,
    /// Turtle, for a graph.
    Turtle,
    /// N-Triples, for a graph.
    NTriples,
    /// JSON-LD, for a graph.
    JsonLd,
}

/// An IRI with a known prefix written as `prefix:local` when that is a
/// SPARQL prefixed name (so that it pastes back into a query), else whole
/// as `<IRI>`.
pub fn shorten(iri: &str) -> String {
    for (p, ns) in crate::rdf::query_prefixes() {
        if let Some(local) = iri.strip_prefix(ns)
            && is_local_name(local)
        {
            return format!("{p}:{local}");
        }
    }
    format!("<{iri}>")
}

/// Whether `local` is a SPARQL local name without escapes (PN_LOCAL, in
/// ASCII): letters, digits, `_`, `-` and `.`, not starting with `-` or `.`,
/// not ending with `.`.
fn is_local_name(local: &str) -> bool {
    !local.is_empty()
        && !local.starts_with(['-', '.'])
        && !local.ends_with('.')
        && local
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

fn cell(t: Option<&Term>) -> String {
    match t {
        None => String::new(),
        Some(Term::NamedNode(n)) => shorten(n.as_str()),
        Some(Term::Literal(l)) => l.value().replace(['\n', '\r', '\t'], " "),
        Some(other) => other.to_string(),
    }
}

/// Prints query results to `out`.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    out: &mut dyn Write,
    origin: &str,
) -> Result<(), StoreError> {
    let werr = |e: std::io::Error| StoreError::Write {
        target: "output".into(),
        source: e,
    };
    let eval = |e: &dyn std::fmt::Display| StoreError::QueryEvaluation {
        origin: origin.to_string(),
        message: e.to_string(),
    };
    let wrong = |what: &str, formats: &str| StoreError::ResultFormat {
        origin: origin.to_string(),
        message: format!("{what}: use --format {formats}"),
    };
    const TABLES: &str = "table, csv, tsv, json or xml";
    let w3c = match format {
        ResultFormat::Table => None,
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        ResultFormat::Turtle | ResultFormat::NTriples | ResultFormat::JsonLd => None,
    };
    // every format's last line ends, as text on a terminal should (JSON,
    // XML, JSON-LD and a CSV boolean did not)
    let mut out = LineEnded { out, last: None };
    let out = &mut out;
    match results {
        QueryResults::Boolean(_) | QueryResults::Solutions(_)
            if w3c.is_none() && format != ResultFormat::Table =>
        {
            return Err(wrong("SELECT and ASK give a table", TABLES));
        }
        QueryResults::Boolean(b) => match w3c {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, b)
                    .map_err(werr)?;
            }
            None => writeln!(out, "{b}").map_err(werr)?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            if let Some(f) = w3c {
                let mut ser = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut *out, vars)
                    .map_err(werr)?;
                for s in solutions {
                    let s = s.map_err(|e| eval(&e))?;
                    ser.serialize(&s).map_err(werr)?;
                }
                ser.finish().map_err(werr)?;
            } else {
                let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                let mut table = TableWriter::new(out, header);
                for s in solutions {
                    let s = s.map_err(|e| eval(&e))?;
                    table
                        .row(vars.iter().map(|v| cell(s.get(v))).collect())
                        .map_err(werr)?;
                }
                table.finish().map_err(werr)?;
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                ResultFormat::Table | ResultFormat::Turtle => RdfFormat::Turtle,
                ResultFormat::NTriples => RdfFormat::NTriples,
                ResultFormat::Json | ResultFormat::JsonLd => RdfFormat::JsonLd {
                    profile: oxigraph::io::JsonLdProfileSet::empty(),
                },
                ResultFormat::Xml => RdfFormat::RdfXml,
                ResultFormat::Csv | ResultFormat::Tsv => {
                    return Err(wrong(
                        "CONSTRUCT and DESCRIBE give a graph",
                        "turtle, ntriples, jsonld or xml",
                    ));
                }
            };
            let mut ser = RdfSerializer::from_format(rdf);
            for (p, ns) in crate::rdf::query_prefixes() {
                ser = ser.with_prefix(*p, *ns).expect("valid built-in prefix");
            }
            let mut ser = ser.for_writer(&mut *out);
            for t in triples {
                let t = t.map_err(|e| eval(&e))?;
                ser.serialize_triple(&t).map_err(werr)?;
            }
            ser.finish().map_err(werr)?;
        }
    }
    if out.last.is_some_and(|b| b != b'\n') {
        writeln!(out).map_err(werr)?;
    }
    Ok(())
}

/// One page of a query's results: the rows (or triples) after the first
/// `offset`, at most `limit` of them. The results stream, so a first page
/// ends the evaluation once it is full (an `ORDER BY` still sorts
/// everything first); errors pass through and count as no row.
pub fn page(
    results: QueryResults<'static>,
    offset: usize,
    limit: Option<usize>,
) -> QueryResults<'static> {
    fn window<T, E>(
        iter: impl Iterator<Item = Result<T, E>>,
        offset: usize,
        limit: Option<usize>,
    ) -> impl Iterator<Item = Result<T, E>> {
        let mut skipped = 0usize;
        iter.filter(move |r| {
            if r.is_ok() && skipped < offset {
                skipped += 1;
                return false;
            }
            true
        })
        .take(limit.unwrap_or(usize::MAX))
    }
    if offset == 0 && limit.is_none() {
        return results;
    }
    match results {
        QueryResults::Solutions(s) => {
            let variables: std::sync::Arc<[oxigraph::sparql::Variable]> = s.variables().into();
            QueryResults::Solutions(oxigraph::sparql::QuerySolutionIter::new(
                variables,
                window(s, offset, limit),
            ))
        }
        QueryResults::Graph(t) => QueryResults::Graph(oxigraph::sparql::QueryTripleIter::new(
            window(t, offset, limit),
        )),
        b @ QueryResults::Boolean(_) => b,
    }
}

/// A SPARQL syntax error said so that it can be acted on: a prefix that is
/// not declared is named (the parser lists the characters it expected
/// instead), and an update (`INSERT DATA`, `DELETE`, `LOAD`...) is refused
/// by name (the parser said "expected CONSTRUCT"). Other messages are kept.
pub fn syntax_message(sparql: &str, raw: &str) -> String {
    let at = raw
        .strip_prefix("error at ")
        .and_then(|r| r.split_once(": "))
        .map(|(pos, _)| format!("error at {pos}: "))
        .unwrap_or_default();
    if let Some(keyword) = update_keyword(sparql) {
        return format!(
            "{keyword} is an update: `query` only reads the store (articles are added with `ingest`)"
        );
    }
    if raw.contains("Prefix not found")
        && let Some(prefix) = undeclared_prefix(sparql)
    {
        let known: Vec<&str> = crate::rdf::query_prefixes().map(|(p, _)| *p).collect();
        return format!(
            "{at}unknown prefix {prefix}: (declare it with PREFIX {prefix}: <...>, or use one of {})",
            known.join(" ")
        );
    }
    raw.to_string()
}

/// The query text without comments, IRIs and string literals (each
/// replaced by a space), where SPARQL's keywords and prefixed names are.
fn code_of(sparql: &str) -> String {
    let mut out = String::with_capacity(sparql.len());
    let mut chars = sparql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
                out.push('\n');
            }
            '<' if chars
                .peek()
                .is_some_and(|d| !d.is_whitespace() && *d != '=') =>
            {
                for d in chars.by_ref() {
                    if d == '>' {
                        break;
                    }
                }
                out.push(' ');
            }
            '"' | '\'' => {
                let mut escaped = false;
                for d in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The update keyword a query opens with, after its PREFIX and BASE
/// declarations.
fn update_keyword(sparql: &str) -> Option<String> {
    const UPDATES: &[&str] = &[
        "ADD", "CLEAR", "COPY", "CREATE", "DELETE", "DROP", "INSERT", "LOAD", "MOVE", "WITH",
    ];
    let code = code_of(sparql);
    let mut words = code.split_whitespace();
    while let Some(w) = words.next() {
        let upper = w.to_ascii_uppercase();
        match upper.as_str() {
            // PREFIX p: <iri> (the IRI is gone from the code)
            "PREFIX" => {
                words.next();
            }
            "BASE" => {}
            _ if UPDATES.contains(&upper.as_str()) => {
                let next = words.next().map(|n| n.to_ascii_uppercase());
                return Some(match next.as_deref() {
                    Some("DATA" | "WHERE") => format!("{upper} {}", next.unwrap_or_default()),
                    _ => upper,
                });
            }
            _ => return None,
        }
    }
    None
}

/// The first prefix a query uses without declaring it, if any.
fn undeclared_prefix(sparql: &str) -> Option<String> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|[^A-Za-z0-9_.?$-])([A-Za-z][A-Za-z0-9_.-]*)?:")
            .expect("valid regex")
    });
    let code = code_of(sparql);
    let declared: Vec<String> = {
        let mut words = code.split_whitespace();
        let mut d = Vec::new();
        while let Some(w) = words.next() {
            if w.eq_ignore_ascii_case("PREFIX")
                && let Some(p) = words.next()
            {
                d.push(p.trim_end_matches(':').to_string());
            }
        }
        d
    };
    NAME.captures_iter(&code)
        .map(|c| c.get(1).map_or("", |m| m.as_str()).to_string())
        .find(|p| {
            !declared.contains(p) && !crate::rdf::query_prefixes().any(|(k, _)| *k == p.as_str())
        })
}

/// A writer that remembers the last byte written.
struct LineEnded<'w> {
    out: &'w mut dyn Write,
    last: Option<u8>,
}

impl Write for LineEnded<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        if n > 0 {
            self.last = Some(buf[n - 1]);
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// An aligned text table with a header rule and a row count.
pub fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let mut table = TableWriter::new(out, header.to_vec());
    for r in rows {
        table.row(r.clone())?;
    }
    table.finish()
}

/// How many rows set a table's column widths; later rows are printed as
/// they come, with those widths (a longer cell pushes the rest of its line
/// right), so that a table of millions of rows holds only this many.
pub const TABLE_WINDOW: usize = 1000;

/// An aligned text table printed as its rows arrive (the table format
/// buffered every row before printing: 1 GB after a minute of a large
/// result).
pub struct TableWriter<'w> {
    out: &'w mut dyn Write,
    header: Vec<String>,
    widths: Option<Vec<usize>>,
    pending: Vec<Vec<String>>,
    count: usize,
}

/// The columns a cell takes on a terminal: East Asian wide characters take
/// two, combining marks none (counting characters misaligned both).
fn text_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

impl<'w> TableWriter<'w> {
    /// A table with these column names, printing to `out`.
    pub fn new(out: &'w mut dyn Write, header: Vec<String>) -> Self {
        Self {
            out,
            header,
            widths: None,
            pending: Vec::new(),
            count: 0,
        }
    }

    /// Adds a row (one cell per column).
    pub fn row(&mut self, cells: Vec<String>) -> std::io::Result<()> {
        self.count += 1;
        match &self.widths {
            Some(w) => writeln!(self.out, "{}", aligned(&cells, w)),
            None => {
                self.pending.push(cells);
                if self.pending.len() >= TABLE_WINDOW {
                    self.settle()?;
                }
                Ok(())
            }
        }
    }

    /// Sets the widths from the header and the rows so far, and prints them.
    fn settle(&mut self) -> std::io::Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| text_width(h)).collect();
        for r in &self.pending {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(text_width(c));
            }
        }
        writeln!(self.out, "{}", aligned(&self.header, &widths))?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        writeln!(self.out, "{}", rule.join("  "))?;
        for r in std::mem::take(&mut self.pending) {
            writeln!(self.out, "{}", aligned(&r, &widths))?;
        }
        self.widths = Some(widths);
        Ok(())
    }

    /// Prints what is left and the row count.
    pub fn finish(mut self) -> std::io::Result<()> {
        if self.widths.is_none() {
            self.settle()?;
        }
        let n = self.count;
        writeln!(self.out, "({n} row{})", if n == 1 { "" } else { "s" })
    }
}

/// One table line: each cell padded to its column's width.
fn aligned(cells: &[String], widths: &[usize]) -> String {
    let parts: Vec<String> = cells
        .iter()
        .zip(widths)
        .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(text_width(c)))))
        .collect();
    parts.join("  ").trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_known_namespaces_only() {
        let cases = [
            ("https://w3id.org/newsgraph/ontology#Person", "ng:Person"),
            (
                "https://w3id.org/newsgraph/id/person/keir-starmer",
                "person:keir-starmer",
            ),
            (
                "https://w3id.org/newsgraph/id/meeting/geneva-2025-05-14",
                "meeting:geneva-2025-05-14",
            ),
            ("https://w3id.org/newsgraph/article/a.txt", "article:a.txt"),
            (
                "https://w3id.org/newsgraph/article/a.txt#char=0,62",
                "<https://w3id.org/newsgraph/article/a.txt#char=0,62>",
            ),
            (
                "https://w3id.org/newsgraph/id/other/x",
                "<https://w3id.org/newsgraph/id/other/x>",
            ),
            ("http://example.org/x", "<http://example.org/x>"),
            (
                "https://w3id.org/newsgraph/article/a%20b.txt",
                "<https://w3id.org/newsgraph/article/a%20b.txt>",
            ),
        ];
        for (iri, want) in cases {
            assert_eq!(shorten(iri), want);
        }
    }

    #[test]
    fn tables_are_aligned() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &["a".into(), "bb".into()],
            &[vec!["xyz".into(), "1".into()]],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a    bb\n---  --\nxyz  1\n(1 row)\n"
        );
    }

    /// Regression (issue 17, fault 9): the table format held every row
    /// before printing. Now the rows past the first window are printed as
    /// they come, with the window's widths; a longer cell later is whole.
    #[test]
    fn long_tables_are_printed_as_their_rows_come() {
        let mut out = Vec::new();
        let mut table = TableWriter::new(&mut out, vec!["n".into(), "x".into()]);
        for i in 0..TABLE_WINDOW {
            table.row(vec![format!("{}", i % 10), "a".into()]).unwrap();
        }
        table.row(vec!["wide cell".into(), "b".into()]).unwrap();
        assert!(table.pending.is_empty(), "nothing is held past the window");
        table.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "n  x");
        assert_eq!(lines[1], "-  -");
        assert_eq!(lines[2], "0  a");
        assert_eq!(lines[TABLE_WINDOW + 2], "wide cell  b");
        assert_eq!(
            lines[TABLE_WINDOW + 3],
            format!("({} rows)", TABLE_WINDOW + 1)
        );
    }

    /// Regression (issue 14): an unknown prefix printed a dump of character
    /// ranges, and `INSERT DATA` said "expected CONSTRUCT".
    #[test]
    fn syntax_errors_name_the_prefix_and_the_update() {
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "unknown-prefix",
                "SELECT * { ?s foo:bar ?o }",
                "error at 1:22: expected one of Prefix not found, ['%']",
                "error at 1:22: unknown prefix foo: (declare it",
            ),
            (
                "declared-prefix-is-not-the-culprit",
                "PREFIX ex: <http://e/> SELECT * { ?s ex:p ?o . ?s foo:q ?x }",
                "error at 1:40: Prefix not found",
                "unknown prefix foo:",
            ),
            (
                "colon-in-a-string-or-iri-is-no-prefix",
                "SELECT * { ?s <http://x/a> \"b:c\" . ?s bar:q ?o }",
                "error at 1:40: Prefix not found",
                "unknown prefix bar:",
            ),
            (
                "insert-data",
                "INSERT DATA { <a:b> <a:c> <a:d> }",
                "error at 1:10: expected CONSTRUCT",
                "INSERT DATA is an update: `query` only reads the store",
            ),
            (
                "delete-where-after-prefix",
                "PREFIX ng: <https://w3id.org/newsgraph/ontology#> DELETE WHERE { ?s ?p ?o }",
                "error at 1:51: expected",
                "DELETE WHERE is an update",
            ),
            (
                "other-errors-kept",
                "SELECT * { ?s ?p }",
                "error at 1:18: expected something",
                "error at 1:18: expected something",
            ),
        ];
        for (id, query, raw, want) in cases {
            let got = syntax_message(query, raw);
            assert!(got.starts_with(want) || got.contains(want), "{id}: {got}");
        }
    }

    /// Regression (issue 14): alignment counted characters, so CJK names
    /// (two columns each) and combining accents (none) broke the columns.
    #[test]
    fn tables_align_wide_and_combining_characters() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &["name".into(), "n".into()],
            &[
                vec!["東京".into(), "1".into()],
                vec!["Jose\u{301}".into(), "2".into()],
                vec!["Oslo".into(), "3".into()],
            ],
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let columns: Vec<usize> = text
            .lines()
            .skip(2)
            .take(3)
            .map(|l| unicode_width::UnicodeWidthStr::width(l.rsplit_once(' ').unwrap().0) + 1)
            .collect();
        assert_eq!(columns, [6, 6, 6], "{text}");
    }
}
