//! Query results for people: an aligned table with IRIs shortened by the
//! usual prefixes, or the W3C result formats, or Turtle for graph results.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

use crate::error::StoreError;
use crate::rdf::PREFIXES;

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

/// An IRI with a known prefix written as `prefix:local`.
pub fn shorten(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns)
            && !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        {
            return format!("{p}:{local}");
        }
    }
    format!("<{iri}>")
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
                let mut rows: Vec<Vec<String>> = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| eval(&e))?;
                    rows.push(vars.iter().map(|v| cell(s.get(v))).collect());
                }
                let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                write_table(out, &header, &rows).map_err(werr)?;
            }
        }
        QueryResults::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, ns) in PREFIXES {
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
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c}{}", " ".repeat(widths[i] - width(c))))
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(header))?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("  "))?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
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
                "id:person/keir-starmer",
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
}
