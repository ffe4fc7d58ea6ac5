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
    /// W3C XML.
    Xml,
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
    let w3c = match format {
        ResultFormat::Table => None,
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
    };
    match results {
        QueryResults::Boolean(b) => match w3c {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(out, b)
                    .map_err(werr)?;
            }
            None => writeln!(out, "{b}").map_err(werr)?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            if let Some(f) = w3c {
                let mut ser = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(out, vars)
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
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, ns) in crate::rdf::query_prefixes() {
                ser = ser.with_prefix(*p, *ns).expect("valid built-in prefix");
            }
            let mut ser = ser.for_writer(out);
            for t in triples {
                let t = t.map_err(|e| eval(&e))?;
                ser.serialize_triple(&t).map_err(werr)?;
            }
            ser.finish().map_err(werr)?;
        }
    }
    Ok(())
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

fn text_width(s: &str) -> usize {
    s.chars().count()
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
}
