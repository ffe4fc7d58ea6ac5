//! What must hold for any text, however hostile: the checks shared by the
//! robustness tests (`tests/robustness.rs`) and the fuzz target
//! (`fuzz/fuzz_targets/pipeline.rs`).
//!
//! For every input, [`check_article`] runs [`extract`] and [`article_quads`]
//! twice and checks that
//!
//! - every span of the extraction lies inside the text, on character
//!   boundaries, and every index points into its list ([`check_extraction`]);
//! - every quad is well formed: its IRIs parse, it survives an N-Quads round
//!   trip unchanged, and its typed literals are valid for their datatype
//!   (`xsd:integer`, `xsd:date`, `xsd:gYearMonth`, `xsd:gMonthDay`,
//!   `xsd:gMonth`) ([`check_quads`]);
//! - the N-Quads that `extract` writes straight from the article's term
//!   table are byte for byte what Oxigraph's serializer writes;
//! - the two runs give identical extractions and identical quads.
//!
//! A panic anywhere in the pipeline is a failure too; these functions do not
//! catch it. A broken invariant is returned as a [`Violation`], never printed.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use regex::Regex;

use crate::dates::Ymd;
use crate::pipeline::{Extraction, extract};
use crate::rdf::{ArticleMeta, article_quads};
use crate::text::Span;

/// How a span is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanProblem {
    /// It ends before it starts.
    Reversed,
    /// It ends past the end of the text.
    BeyondText,
    /// One of its ends splits a character.
    NotOnCharBoundary,
}

impl fmt::Display for SpanProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpanProblem::Reversed => "is reversed",
            SpanProblem::BeyondText => "ends beyond the text",
            SpanProblem::NotOnCharBoundary => "is not on character boundaries",
        })
    }
}

/// The stage whose two runs over the same input differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// [`extract`].
    Extraction,
    /// [`article_quads`].
    Quads,
}

/// A broken invariant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Violation {
    /// A span does not point into the text.
    #[error("{what}: {span:?} {problem} (text of {text_len} bytes)")]
    Span {
        /// What the span belongs to (`"sentence"`, `"mention"`, ...).
        what: &'static str,
        /// The span.
        span: Span,
        /// How it is wrong.
        problem: SpanProblem,
        /// The length of the text in bytes.
        text_len: usize,
    },
    /// An index into a list is out of range.
    #[error("{what}: index {index} out of {len}")]
    Index {
        /// What the index is (`"mention sentence"`, ...).
        what: &'static str,
        /// The index.
        index: usize,
        /// The length of the list it points into.
        len: usize,
    },
    /// Entity mentions and their entity assignments differ in number.
    #[error("{mentions} entity mentions but {assignments} entity assignments")]
    Assignments {
        /// `entities.mentions.len()`.
        mentions: usize,
        /// `entities.of_mention.len()`.
        assignments: usize,
    },
    /// A named node's IRI does not parse.
    #[error("invalid IRI <{iri}>: {message}")]
    Iri {
        /// The IRI.
        iri: String,
        /// The parser's message.
        message: String,
    },
    /// Serializing the quads as N-Quads and parsing them back fails or gives
    /// other quads.
    #[error("quads do not round-trip through N-Quads: {0}")]
    RoundTrip(String),
    /// A typed literal's lexical form is invalid for its datatype.
    #[error("invalid {datatype} literal {value:?} in {quad}")]
    Literal {
        /// The lexical form.
        value: String,
        /// The datatype IRI.
        datatype: String,
        /// The quad holding it, in N-Quads syntax.
        quad: String,
    },
    /// Two runs over the same input differ.
    #[error("{0:?} is not deterministic")]
    NotDeterministic(Stage),
    /// A fact's evidence names a sentence the quads do not describe.
    #[error("evidence sentence <{0}> is not described (no nif:anchorOf)")]
    UndescribedSentence(String),
}

/// Checks that `span` lies within `text`, on character boundaries.
pub fn check_span(text: &str, span: Span, what: &'static str) -> Result<(), Violation> {
    let problem = if span.start > span.end {
        SpanProblem::Reversed
    } else if span.end > text.len() {
        SpanProblem::BeyondText
    } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        SpanProblem::NotOnCharBoundary
    } else {
        return Ok(());
    };
    Err(Violation::Span {
        what,
        span,
        problem,
        text_len: text.len(),
    })
}

fn check_index(index: usize, len: usize, what: &'static str) -> Result<(), Violation> {
    if index < len {
        Ok(())
    } else {
        Err(Violation::Index { what, index, len })
    }
}

/// Checks that every span and index of an extraction points into `text` and
/// into the extraction's own lists: sentences, mentions, titles, anaphors,
/// candidates, acronyms, entities, dates, and every relation (positions,
/// memberships, leads, meetings with their places, hosts and sources, quotes).
pub fn check_extraction(text: &str, x: &Extraction) -> Result<(), Violation> {
    let n = x.sentences.len();
    let spanned = |span, sentence, what| {
        check_span(text, span, what)?;
        check_index(sentence, n, what)
    };
    for s in &x.sentences {
        check_span(text, s.span, "sentence")?;
    }
    let m = &x.mentions;
    for t in &m.mentions {
        spanned(t.span, t.sentence, "mention")?;
    }
    for t in &m.titles {
        spanned(t.span, t.sentence, "title")?;
    }
    for t in &m.anaphors {
        spanned(t.span, t.sentence, "anaphor")?;
    }
    for t in &m.candidates {
        spanned(t.span, t.sentence, "candidate")?;
    }
    for (name, acronym) in &m.acronyms {
        check_span(text, *name, "acronym name")?;
        check_span(text, *acronym, "acronym")?;
    }
    let e = &x.entities;
    if e.mentions.len() != e.of_mention.len() {
        return Err(Violation::Assignments {
            mentions: e.mentions.len(),
            assignments: e.of_mention.len(),
        });
    }
    for t in &e.mentions {
        spanned(t.span, t.sentence, "entity mention")?;
    }
    for &i in &e.of_mention {
        check_index(i, e.list.len(), "entity of a mention")?;
    }
    for ent in &e.list {
        for &mi in &ent.mentions {
            check_index(mi, e.mentions.len(), "mention of an entity")?;
        }
    }
    for d in &x.dates {
        spanned(d.span, d.sentence, "date")?;
    }
    let r = &x.relations;
    let entities = e.list.len();
    let entity = |i: usize, what| check_index(i, entities, what);
    let target = |t: &crate::relations::Target, what| match *t {
        crate::relations::Target::Entity(i) => check_index(i, entities, what),
        crate::relations::Target::Meeting(i) => check_index(i, r.meetings.len(), what),
    };
    for q in &r.quotes {
        spanned(q.span, q.evidence.sentence, "quote")?;
        entity(q.speaker, "quote speaker")?;
    }
    for p in &r.positions {
        entity(p.person, "position holder")?;
        if let Some(o) = p.of {
            entity(o, "position owner")?;
        }
        check_index(p.evidence.sentence, n, "position sentence")?;
    }
    for (links, what) in [(&r.memberships, "membership"), (&r.leads, "leadership")] {
        for l in links {
            entity(l.subject, what)?;
            target(&l.object, what)?;
            check_index(l.evidence.sentence, n, what)?;
        }
    }
    for m in &r.meetings {
        for &i in m.participants.iter().chain(&m.location).chain(&m.host) {
            entity(i, "meeting participant or place")?;
        }
        for (&i, ev) in &m.sources {
            entity(i, "meeting source")?;
            check_index(ev.sentence, n, "meeting sentence")?;
        }
        for ev in &m.evidence {
            check_index(ev.sentence, n, "meeting sentence")?;
        }
    }
    Ok(())
}

static INTEGER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[+-]?[0-9]+$").unwrap());
const YEAR: &str = r"(-?(?:[1-9][0-9]{4,}|[0-9]{4}))";
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{YEAR}-([0-9]{{2}})-([0-9]{{2}})$")).unwrap());
static YEAR_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{YEAR}-([0-9]{{2}})$")).unwrap());
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^--([0-9]{2})-([0-9]{2})$").unwrap());
static MONTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^--([0-9]{2})$").unwrap());

fn month_ok(m: &str) -> bool {
    m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
}

fn day_ok(year: Option<i64>, m: &str, d: &str) -> bool {
    let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    // without a year (gMonthDay), --02-29 is valid
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let max = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=max).contains(&d)
}

/// Whether a typed literal's lexical form is valid for its datatype, for the
/// XSD datatypes newsgraph writes (`integer`, `date`, `gYearMonth`,
/// `gMonthDay`, `gMonth`, `string`); `None` for any other datatype.
pub fn lexical_ok(value: &str, datatype: &str) -> Option<bool> {
    let local = datatype.strip_prefix("http://www.w3.org/2001/XMLSchema#")?;
    Some(match local {
        "integer" => INTEGER.is_match(value),
        "date" => DATE.captures(value).is_some_and(|c| {
            c[1].parse::<i64>()
                .is_ok_and(|y| month_ok(&c[2]) && day_ok(Some(y), &c[2], &c[3]))
        }),
        "gYearMonth" => YEAR_MONTH.captures(value).is_some_and(|c| month_ok(&c[2])),
        "gMonthDay" => MONTH_DAY
            .captures(value)
            .is_some_and(|c| day_ok(None, &c[1], &c[2])),
        "gMonth" => MONTH.captures(value).is_some_and(|c| month_ok(&c[1])),
        "string" => true,
        _ => return None,
    })
}

fn check_iri(n: &NamedNode) -> Result<(), Violation> {
    NamedNode::new(n.as_str())
        .map(drop)
        .map_err(|e| Violation::Iri {
            iri: n.as_str().to_string(),
            message: e.to_string(),
        })
}

/// Checks that quads are well formed: every IRI parses, the quads serialize
/// as N-Quads and parse back to the same quads, and every typed literal is
/// valid for its datatype ([`lexical_ok`]).
pub fn check_quads(quads: &[Quad]) -> Result<(), Violation> {
    for q in quads {
        if let NamedOrBlankNode::NamedNode(n) = &q.subject {
            check_iri(n)?;
        }
        check_iri(&q.predicate)?;
        match &q.object {
            Term::NamedNode(n) => check_iri(n)?,
            Term::Literal(l) => {
                check_iri(&l.datatype().into_owned())?;
                if lexical_ok(l.value(), l.datatype().as_str()) == Some(false) {
                    return Err(Violation::Literal {
                        value: l.value().to_string(),
                        datatype: l.datatype().as_str().to_string(),
                        quad: q.to_string(),
                    });
                }
            }
            _ => {}
        }
        if let GraphName::NamedNode(n) = &q.graph_name {
            check_iri(n)?;
        }
    }
    // every sentence a fact's evidence names is described, so that
    // `explain` can print it (regression: signings' sentences were not)
    let anchor_of = format!("{}anchorOf", crate::rdf::NIF);
    let described: std::collections::BTreeSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == anchor_of)
        .map(|q| q.subject.to_string())
        .collect();
    let sentence_of_evidence = format!("{}sentence", crate::rdf::NG);
    for q in quads
        .iter()
        .filter(|q| q.predicate.as_str() == sentence_of_evidence)
    {
        if !described.contains(&q.object.to_string()) {
            return Err(Violation::UndescribedSentence(q.object.to_string()));
        }
    }
    let round_trip = |e: &dyn fmt::Display| Violation::RoundTrip(e.to_string());
    let bytes = serialize(quads)?;
    let back = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| round_trip(&e))?;
    if back.len() != quads.len() {
        return Err(round_trip(&format_args!(
            "{} quads written, {} read back",
            quads.len(),
            back.len()
        )));
    }
    if let Some((a, b)) = quads.iter().zip(&back).find(|(a, b)| a != b) {
        return Err(round_trip(&format_args!("{a} read back as {b}")));
    }
    Ok(())
}

/// The N-Quads of `quads` as Oxigraph's serializer writes them.
fn serialize(quads: &[Quad]) -> Result<Vec<u8>, Violation> {
    let round_trip = |e: &dyn fmt::Display| Violation::RoundTrip(e.to_string());
    let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in quads {
        ser.serialize_quad(q).map_err(|e| round_trip(&e))?;
    }
    ser.finish().map_err(|e| round_trip(&e))
}

/// The whole property for one input: extraction and quads, twice. Returns
/// the quads when every invariant holds.
pub fn check_article(
    meta: &ArticleMeta,
    text: &str,
    published: Option<Ymd>,
) -> Result<Vec<Quad>, Violation> {
    let x = extract(text, published);
    check_extraction(text, &x)?;
    let table = article_quads(meta, text, &x);
    let quads = table.to_quads();
    check_quads(&quads)?;
    let mut written = Vec::new();
    table.write_nquads(&mut written, |_| true);
    if written != serialize(&quads)? {
        return Err(Violation::RoundTrip(
            "the term table's N-Quads differ from the serializer's".to_string(),
        ));
    }
    let y = extract(text, published);
    if x != y {
        return Err(Violation::NotDeterministic(Stage::Extraction));
    }
    if table != article_quads(meta, text, &y) {
        return Err(Violation::NotDeterministic(Stage::Quads));
    }
    Ok(quads)
}

/// Marks an input whose next four bytes give a publication date.
pub const DATE_MARKER: u8 = 0xFF;

/// Reads raw fuzzer bytes as an article: the text and the publication date
/// to pass to [`extract`]. The fuzz target and the replay of
/// `tests/fuzz-regressions/` both read their inputs with this function, so a
/// saved input replays exactly.
///
/// An input starting with [`DATE_MARKER`] (a byte that never occurs in UTF-8)
/// followed by four bytes `y y m d` gives the date `{year: u16::from_le_bytes([y, y]) % 10000,
/// month: m % 16, day: d % 40}` (often invalid, which [`extract`] must
/// handle too) and the rest as text; any other input is all text, with no
/// date given. Text is decoded as UTF-8, invalid sequences replaced by
/// U+FFFD.
pub fn decode_fuzz_input(bytes: &[u8]) -> (Cow<'_, str>, Option<Ymd>) {
    match bytes {
        [DATE_MARKER, y0, y1, m, d, rest @ ..] => (
            String::from_utf8_lossy(rest),
            Some(Ymd {
                year: i32::from(u16::from_le_bytes([*y0, *y1]) % 10_000),
                month: u32::from(*m % 16),
                day: u32::from(*d % 40),
            }),
        ),
        _ => (String::from_utf8_lossy(bytes), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: a signing stated in a sentence that names no one ("They
    /// also signed ...") pointed its evidence at a sentence the quads never
    /// described, so `explain` printed no sentence for it.
    #[test]
    fn every_evidence_sentence_is_described() {
        use crate::rdf::Provenance;
        let cases = [
            "Probe\n\nForeign Minister Sergei Lavrov and Foreign Minister Luis Campos met. They also signed a memorandum on consultations.\n",
            "Probe\n\nKenya and Uganda signed a trade agreement on Monday.\n",
        ];
        for provenance in [
            Provenance::Facts,
            Provenance::Sentences,
            Provenance::Mentions,
        ] {
            let meta = ArticleMeta {
                file_name: "a.txt".into(),
                content_hash: crate::rdf::content_hash(b"a"),
                provenance,
                info: Default::default(),
            };
            for text in cases {
                let quads = check_article(&meta, text, None).unwrap();
                assert!(
                    quads
                        .iter()
                        .any(|q| q.predicate.as_str().ends_with("#signedWith")),
                    "{provenance:?}: {text}"
                );
            }
        }
    }

    #[test]
    fn lexical_forms() {
        let xsd = |t: &str| format!("http://www.w3.org/2001/XMLSchema#{t}");
        let cases = [
            ("integer", "-12", true),
            ("integer", "1.5", false),
            ("date", "2024-02-29", true),
            ("date", "2023-02-29", false),
            ("date", "-0001-01-01", true),
            ("date", "0000-13-01", false),
            ("gYearMonth", "2025-12", true),
            ("gYearMonth", "2025-00", false),
            ("gMonthDay", "--02-29", true),
            ("gMonthDay", "--04-31", false),
            ("gMonth", "--12", true),
            ("gMonth", "--13", false),
        ];
        for (t, v, ok) in cases {
            assert_eq!(lexical_ok(v, &xsd(t)), Some(ok), "{t} {v}");
        }
        assert_eq!(lexical_ok("x", "http://example.org/t"), None);
    }

    #[test]
    fn spans() {
        let text = "aé";
        assert!(check_span(text, Span::new(0, 3), "s").is_ok());
        let problem = |s| match check_span(text, s, "s") {
            Err(Violation::Span { problem, .. }) => Some(problem),
            _ => None,
        };
        assert_eq!(problem(Span::new(2, 1)), Some(SpanProblem::Reversed));
        assert_eq!(problem(Span::new(0, 4)), Some(SpanProblem::BeyondText));
        assert_eq!(
            problem(Span::new(0, 2)),
            Some(SpanProblem::NotOnCharBoundary)
        );
    }

    /// Every relation's indices are checked: a table of corruptions, each
    /// caught, on an extraction that passes as made.
    #[test]
    fn every_relation_index_is_checked() {
        let text = "British Prime Minister Keir Starmer met French President Emmanuel Macron in Paris on 3 June. \
                    “We stand together,” Starmer said. Britain is a member of NATO.";
        let x = crate::pipeline::extract(text, None);
        assert_eq!(check_extraction(text, &x), Ok(()));
        let far = x.entities.list.len() + 5;
        type Corrupt = fn(&mut Extraction, usize);
        let cases: &[(&str, Corrupt)] = &[
            ("position holder", |x, far| {
                x.relations.positions[0].person = far
            }),
            ("position owner", |x, far| {
                x.relations.positions[0].of = Some(far)
            }),
            ("membership", |x, far| {
                x.relations.memberships[0].subject = far
            }),
            ("meeting participant or place", |x, far| {
                x.relations.meetings[0].location = Some(far)
            }),
            ("quote speaker", |x, far| {
                x.relations.quotes[0].speaker = far
            }),
        ];
        for (what, corrupt) in cases {
            let mut bad = x.clone();
            corrupt(&mut bad, far);
            match check_extraction(text, &bad) {
                Err(Violation::Index { what: w, .. }) => assert_eq!(w, *what),
                other => panic!("{what}: {other:?}"),
            }
        }
    }

    #[test]
    fn fuzz_inputs() {
        assert_eq!(decode_fuzz_input(b"Oslo"), ("Oslo".into(), None));
        let (text, date) = decode_fuzz_input(b"\xFF\xE9\x07\x03\x1Bx\xC3");
        assert_eq!(text, "x\u{FFFD}");
        assert_eq!(
            date,
            Some(Ymd {
                year: 2025,
                month: 3,
                day: 27
            })
        );
        assert_eq!(
            decode_fuzz_input(b"\xFF\x01"),
            ("\u{FFFD}\u{1}".into(), None)
        );
    }
}
