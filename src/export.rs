//! Exports: Turtle (all graphs merged), TriG, N-Quads and JSON-LD (named
//! graphs kept), N-Triples, GraphViz DOT and GraphML (the picture of
//! [`crate::picture`]), and CSV (a folder of tables, [`crate::tables`]). The
//! same content always gives byte-identical files: N-Quads, TriG and JSON-LD
//! follow the store's own order, which the content alone fixes; Turtle and
//! N-Triples are sorted by their text on disk, in runs of bounded size; the
//! pictures keep only what they draw, sorted.

use std::collections::BTreeSet;
use std::io::Write;

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{
    GraphNameRef, LiteralRef, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef,
    Term, TermRef, Triple,
};

use crate::error::StoreError;
use crate::rdf::{ArticleQuads, PREFIXES};
use crate::store::GraphStore;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Turtle, all graphs merged.
    Turtle,
    /// TriG, named graphs kept.
    TriG,
    /// N-Quads, named graphs kept.
    NQuads,
    /// N-Triples, all graphs merged.
    NTriples,
    /// GraphViz DOT.
    Dot,
    /// JSON-LD, named graphs kept.
    JsonLd,
    /// GraphML: the picture's nodes and edges, for Gephi, Cytoscape, yEd.
    GraphMl,
}

/// What to export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Include the ontology graph.
    pub with_ontology: bool,
    /// Only this article's graph.
    pub article: Option<NamedNode>,
    /// DOT and GraphML: which nodes to draw.
    pub selection: crate::picture::Selection,
    /// DOT: how GraphViz should lay it out.
    pub layout: crate::picture::Layout,
}

fn write_err(target: &str) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |e| StoreError::Write {
        target: target.to_string(),
        source: e,
    }
}

/// Writes the graph in `format` to `out`.
pub fn export(
    store: &GraphStore,
    format: Format,
    opts: &Options,
    out: &mut dyn Write,
    target: &str,
) -> Result<(), StoreError> {
    let quads = || store.quads(opts.with_ontology, opts.article.as_ref());
    match format {
        Format::Dot | Format::GraphMl => {
            let g = crate::picture::picture(&merged(&drawn_quads(store, opts)?), &opts.selection);
            let text = if format == Format::Dot {
                crate::picture::to_dot(&g, opts.layout)
            } else {
                crate::picture::to_graphml(&g)
            };
            out.write_all(text.as_bytes()).map_err(write_err(target))
        }
        Format::JsonLd => {
            let mut ser = serializer(RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            })
            .for_writer(out);
            for q in quads() {
                ser.serialize_quad(&q?).map_err(write_err(target))?;
            }
            ser.finish().map_err(write_err(target))?;
            Ok(())
        }
        Format::NQuads => {
            // streamed in the store's order, which its content alone fixes:
            // sorted in memory, a 10,000-article store took 8.5 GB and 111 s
            let mut w = NQuadsWriter::new(out);
            for q in quads() {
                w.write(q?.as_ref()).map_err(write_err(target))?;
            }
            w.finish().map_err(write_err(target))
        }
        Format::TriG => {
            let mut ser = serializer(RdfFormat::TriG).for_writer(out);
            for q in quads() {
                ser.serialize_quad(&q?).map_err(write_err(target))?;
            }
            ser.finish().map_err(write_err(target))?;
            Ok(())
        }
        Format::NTriples => sorted_triples(quads(), RUN_BYTES, out, target),
        Format::Turtle => {
            // the graphs merged and sorted on disk, then read back as triples
            let mut merged = Spill::new(target);
            {
                let mut w = std::io::BufWriter::new(merged.create()?);
                sorted_triples(quads(), RUN_BYTES, &mut w, target)?;
                w.flush().map_err(write_err(target))?;
            }
            let sorted = merged.open(0)?;
            let mut ser = serializer(RdfFormat::Turtle).for_writer(out);
            for t in RdfParser::from_format(RdfFormat::NTriples).for_reader(sorted) {
                let t = t.map_err(|e| StoreError::Write {
                    target: target.to_string(),
                    source: std::io::Error::other(e),
                })?;
                ser.serialize_triple(&Triple::new(t.subject, t.predicate, t.object))
                    .map_err(write_err(target))?;
            }
            ser.finish().map_err(write_err(target))?;
            Ok(())
        }
    }
}

/// The quads a picture draws: only what it shows is kept, a few triples per
/// entity. For one article, its facts, and each node's description from
/// every graph (the article's graph holds no labels).
fn drawn_quads(store: &GraphStore, opts: &Options) -> Result<Vec<Quad>, StoreError> {
    use crate::picture::drawn;
    let mut shown = Vec::new();
    for q in store.quads(opts.with_ontology, opts.article.as_ref()) {
        let q = q?;
        if drawn(&q) {
            shown.push(q);
        }
    }
    if opts.article.is_some() {
        let mut nodes: BTreeSet<NamedNode> = BTreeSet::new();
        for q in &shown {
            if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                nodes.insert(s.clone());
            }
            if let Term::NamedNode(o) = &q.object {
                nodes.insert(o.clone());
            }
        }
        let predicates = crate::picture::describing_predicates();
        let refs: Vec<_> = predicates.iter().map(NamedNode::as_ref).collect();
        for n in &nodes {
            shown.extend(store.about(n, &refs)?.into_iter().filter(drawn));
        }
    }
    Ok(shown)
}

/// How much N-Triples text is sorted in memory before it goes to a file.
const RUN_BYTES: usize = 64 << 20;

/// Temporary files of an export, removed when it ends, however it ends.
struct Spill {
    files: Vec<std::path::PathBuf>,
    target: String,
}

impl Spill {
    fn new(target: &str) -> Self {
        Self {
            files: Vec::new(),
            target: target.to_string(),
        }
    }

    fn err(&self, path: &std::path::Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
        let what = format!("{}: temporary file {}", self.target, path.display());
        move |e| StoreError::Write {
            target: what.clone(),
            source: e,
        }
    }

    /// A new temporary file, opened for writing.
    fn create(&mut self) -> Result<std::fs::File, StoreError> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "{}{}.nt",
            spill_prefix(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let file = std::fs::File::create(&path).map_err(self.err(&path))?;
        self.files.push(path);
        Ok(file)
    }

    /// Reads back the `i`-th file.
    fn open(&self, i: usize) -> Result<std::io::BufReader<std::fs::File>, StoreError> {
        let path = &self.files[i];
        Ok(std::io::BufReader::new(
            std::fs::File::open(path).map_err(self.err(path))?,
        ))
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        for f in &self.files {
            let _ = std::fs::remove_file(f);
        }
    }
}

/// Writes the distinct triples of `quads` (graphs merged) as N-Triples lines,
/// sorted by their text, with memory bounded by `run_bytes`: runs sorted in
/// memory go to temporary files, which are then merged. (Sorting every quad
/// in memory took 11 GB for a 10,000-article store.)
fn sorted_triples(
    quads: impl Iterator<Item = Result<Quad, StoreError>>,
    run_bytes: usize,
    out: &mut dyn Write,
    target: &str,
) -> Result<(), StoreError> {
    remove_leftovers_of_killed(&std::env::temp_dir(), "newsgraph-export-");
    let mut spill = Spill::new(target);
    let mut text: Vec<u8> = Vec::new();
    let mut lines: Vec<(usize, usize)> = Vec::new();
    // sorts the lines gathered so far and writes them, once each
    let flush = |text: &mut Vec<u8>,
                 lines: &mut Vec<(usize, usize)>,
                 w: &mut dyn Write|
     -> std::io::Result<()> {
        lines.sort_unstable_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]));
        let mut last: Option<&[u8]> = None;
        for &(a, b) in lines.iter() {
            let line = &text[a..b];
            if last != Some(line) {
                w.write_all(line)?;
                last = Some(line);
            }
        }
        text.clear();
        lines.clear();
        Ok(())
    };
    // the same, into a new temporary file: one sorted run
    let spill_run = |spill: &mut Spill,
                     text: &mut Vec<u8>,
                     lines: &mut Vec<(usize, usize)>|
     -> Result<(), StoreError> {
        let mut w = std::io::BufWriter::new(spill.create()?);
        let path = spill.files.last().cloned().unwrap_or_default();
        flush(text, lines, &mut w)
            .and_then(|()| w.flush())
            .map_err(spill.err(&path))
    };
    for q in quads {
        let q = q?;
        let start = text.len();
        push_nquad(
            &mut text,
            QuadRef::new(
                q.subject.as_ref(),
                q.predicate.as_ref(),
                q.object.as_ref(),
                GraphNameRef::DefaultGraph,
            ),
        );
        lines.push((start, text.len()));
        if text.len() >= run_bytes {
            spill_run(&mut spill, &mut text, &mut lines)?;
        }
    }
    if spill.files.is_empty() {
        return flush(&mut text, &mut lines, out).map_err(write_err(target));
    }
    if !lines.is_empty() {
        spill_run(&mut spill, &mut text, &mut lines)?;
    }
    // k-way merge of the sorted runs, each line once
    let mut readers = (0..spill.files.len())
        .map(|i| spill.open(i))
        .collect::<Result<Vec<_>, _>>()?;
    let mut heap = std::collections::BinaryHeap::new();
    let read = |r: &mut std::io::BufReader<std::fs::File>| -> std::io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        Ok((std::io::BufRead::read_until(r, b'\n', &mut line)? > 0).then_some(line))
    };
    for (i, r) in readers.iter_mut().enumerate() {
        if let Some(line) = read(r).map_err(write_err(target))? {
            heap.push(std::cmp::Reverse((line, i)));
        }
    }
    let mut last: Option<Vec<u8>> = None;
    while let Some(std::cmp::Reverse((line, i))) = heap.pop() {
        if last.as_deref() != Some(line.as_slice()) {
            out.write_all(&line).map_err(write_err(target))?;
        }
        if let Some(next) = read(&mut readers[i]).map_err(write_err(target))? {
            heap.push(std::cmp::Reverse((next, i)));
        }
        last = Some(line);
    }
    Ok(())
}

/// The entities-graph lines a stream of articles (`extract`) writes: each
/// description once, and one `rdfs:label` per node, as the store keeps it:
/// the least spelling seen ([`crate::rdf::label_order`]). Labels are held
/// back and written last, once every spelling is known.
#[derive(Debug, Default)]
pub struct Descriptions {
    seen: rustc_hash::FxHashSet<Vec<u8>>,
    labels: std::collections::BTreeMap<Vec<u8>, (String, Vec<u8>)>,
}

impl Descriptions {
    /// Whether to write an entities-graph line now (a label never is).
    pub fn keep(&mut self, line: &[u8]) -> bool {
        const LABEL: &[u8] = b" <http://www.w3.org/2000/01/rdf-schema#label> \"";
        // the subject is the first term (an IRI has no '>'), the predicate next
        let label_at = line
            .iter()
            .position(|&b| b == b'>')
            .map(|i| i + 1)
            .filter(|&i| line[i..].starts_with(LABEL));
        if let Some(at) = label_at {
            let value_start = at + LABEL.len();
            let value_end = line.iter().rposition(|&b| b == b'"').unwrap_or(value_start);
            let value = unescape(&line[value_start..value_end.max(value_start)]);
            let node = line[..at].to_vec();
            match self.labels.get_mut(&node) {
                Some((best, best_line)) => {
                    if crate::rdf::label_order(&value, best).is_lt() {
                        *best = value;
                        *best_line = line.to_vec();
                    }
                }
                None => {
                    self.labels.insert(node, (value, line.to_vec()));
                }
            }
            return false;
        }
        !self.seen.contains(line) && self.seen.insert(line.to_vec())
    }

    /// The label lines, one per node, in node order.
    pub fn labels(&self) -> impl Iterator<Item = &[u8]> {
        self.labels.values().map(|(_, line)| line.as_slice())
    }
}

/// The value of an N-Quads string literal's escaped text.
fn unescape(s: &[u8]) -> String {
    let s = String::from_utf8_lossy(s);
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}

/// The name every spilled run of this process starts with.
fn spill_prefix() -> String {
    format!("newsgraph-export-{}-", std::process::id())
}

/// Removes this process's spilled runs, for a process about to end without
/// unwinding (Ctrl-C): the sorter removes them itself however else it ends.
pub fn remove_spill_files() {
    let prefix = spill_prefix();
    if let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// Removes the files in `dir` that killed processes left: those named
/// `PREFIX` + a process id (+ anything) whose process is gone. A process
/// killed outright (SIGKILL, power loss) cannot remove its temporary files;
/// the next one to write there does.
pub fn remove_leftovers_of_killed(dir: &std::path::Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(pid) = rest[..digits].parse::<libc::pid_t>() else {
            continue;
        };
        if pid > 0 && process_gone(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether no process has this id (signal 0 probes without sending).
fn process_gone(pid: libc::pid_t) -> bool {
    // SAFETY: kill with signal 0 sends nothing; it only checks the id.
    let r = unsafe { libc::kill(pid, 0) };
    r != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
}

/// How many bytes of N-Quads lines to gather before writing them.
const FLUSH_AT: usize = 1 << 16;

/// N-Quads lines built in memory (without `fmt`, byte for byte what
/// Oxigraph's serializer writes) and written in blocks.
pub struct NQuadsWriter<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
}

impl<'w> NQuadsWriter<'w> {
    /// A writer to `out`.
    pub fn new(out: &'w mut dyn Write) -> Self {
        Self {
            out,
            buf: Vec::with_capacity(2 * FLUSH_AT),
        }
    }

    /// Writes the line of `q`.
    pub fn write(&mut self, q: QuadRef<'_>) -> std::io::Result<()> {
        push_nquad(&mut self.buf, q);
        self.flush_full()
    }

    /// Writes lines already in N-Quads form.
    pub fn write_lines<'a>(
        &mut self,
        lines: impl Iterator<Item = &'a [u8]>,
    ) -> std::io::Result<()> {
        for l in lines {
            self.buf.extend_from_slice(l);
            self.flush_full()?;
        }
        Ok(())
    }

    /// Writes the lines of an article's quads, those of the entities graph
    /// only where `keep` says so ([`ArticleQuads::write_nquads`]).
    pub fn write_article(
        &mut self,
        quads: &ArticleQuads,
        keep: impl FnMut(&[u8]) -> bool,
    ) -> std::io::Result<()> {
        quads.write_nquads(&mut self.buf, keep);
        self.flush_full()
    }

    fn flush_full(&mut self) -> std::io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes what is left.
    pub fn finish(self) -> std::io::Result<()> {
        self.out.write_all(&self.buf)
    }
}

/// Appends the N-Quads line of `q` to `buf`: byte for byte what Oxigraph's
/// N-Quads serializer writes (canonical N-Quads escapes), without going
/// through `fmt` (which took a quarter of `extract`'s time).
fn push_nquad(buf: &mut Vec<u8>, q: QuadRef<'_>) {
    match q.subject {
        NamedOrBlankNodeRef::NamedNode(n) => push_iri(buf, n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => push_blank(buf, b.as_str()),
    }
    buf.push(b' ');
    push_iri(buf, q.predicate.as_str());
    buf.push(b' ');
    push_term(buf, q.object);
    match q.graph_name {
        GraphNameRef::NamedNode(n) => {
            buf.push(b' ');
            push_iri(buf, n.as_str());
        }
        GraphNameRef::BlankNode(b) => {
            buf.push(b' ');
            push_blank(buf, b.as_str());
        }
        GraphNameRef::DefaultGraph => {}
    }
    buf.extend_from_slice(b" .\n");
}

/// Appends the N-Quads form of a term to `buf`.
pub(crate) fn push_term(buf: &mut Vec<u8>, t: TermRef<'_>) {
    match t {
        TermRef::NamedNode(n) => push_iri(buf, n.as_str()),
        TermRef::BlankNode(b) => push_blank(buf, b.as_str()),
        TermRef::Literal(l) => push_literal(buf, l),
    }
}

fn push_iri(buf: &mut Vec<u8>, iri: &str) {
    buf.push(b'<');
    buf.extend_from_slice(iri.as_bytes());
    buf.push(b'>');
}

fn push_blank(buf: &mut Vec<u8>, id: &str) {
    buf.extend_from_slice(b"_:");
    buf.extend_from_slice(id.as_bytes());
}

fn push_literal(buf: &mut Vec<u8>, l: LiteralRef<'_>) {
    buf.push(b'"');
    let value = l.value();
    // most values need no escape: every escaped character starts with one
    // of these bytes (U+FFFE and U+FFFF with 0xEF)
    let plain_byte = |b: u8| b >= 0x20 && !matches!(b, b'"' | b'\\' | 0x7F | 0xEF);
    let mut plain = 0;
    if !value.bytes().all(plain_byte) {
        for (i, c) in value.char_indices() {
            let escape: &[u8] = match c {
                '\u{8}' => b"\\b",
                '\t' => b"\\t",
                '\n' => b"\\n",
                '\u{C}' => b"\\f",
                '\r' => b"\\r",
                '"' => b"\\\"",
                '\\' => b"\\\\",
                '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => b"",
                _ => continue,
            };
            buf.extend_from_slice(&value.as_bytes()[plain..i]);
            if escape.is_empty() {
                buf.extend_from_slice(format!("\\u{:04X}", u32::from(c)).as_bytes());
            } else {
                buf.extend_from_slice(escape);
            }
            plain = i + c.len_utf8();
        }
    }
    buf.extend_from_slice(&value.as_bytes()[plain..]);
    buf.push(b'"');
    if let Some(lang) = l.language() {
        buf.push(b'@');
        buf.extend_from_slice(lang.as_bytes());
    } else if l.datatype() != xsd::STRING {
        buf.extend_from_slice(b"^^");
        push_iri(buf, l.datatype().as_str());
    }
}

fn serializer(f: RdfFormat) -> RdfSerializer {
    let mut s = RdfSerializer::from_format(f);
    if matches!(
        f,
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::JsonLd { .. }
    ) {
        for (p, ns) in PREFIXES {
            s = s.with_prefix(*p, *ns).expect("valid built-in prefix");
        }
    }
    s
}

/// The triples of all graphs, without duplicates, sorted.
fn merged(quads: &[Quad]) -> Vec<Triple> {
    let mut seen = BTreeSet::new();
    let mut triples: Vec<Triple> = Vec::with_capacity(quads.len());
    for q in quads {
        let t = Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone());
        if seen.insert(t.to_string()) {
            triples.push(t);
        }
    }
    triples.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    triples
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, GraphName, Literal};

    #[test]
    fn triples_sorted_on_disk_are_those_sorted_in_memory() {
        let n = |s: &str| NamedNode::new_unchecked(format!("https://example.org/{s}"));
        // the same triple in several graphs, subjects that prefix each other
        let mut quads = Vec::new();
        for i in 0..300 {
            let s = n(&format!("s{}", i % 37));
            let o: Term = if i % 3 == 0 {
                Literal::new_simple_literal(format!("v{}", i % 11)).into()
            } else {
                n(&format!("o{}", i % 13)).into()
            };
            let g: GraphName = n(&format!("g{}", i % 4)).into();
            quads.push(Quad::new(s, n(&format!("p{}", i % 5)), o, g));
        }
        let want: Vec<u8> = merged(&quads)
            .iter()
            .flat_map(|t| format!("{t} .\n").into_bytes())
            .collect();
        for run_bytes in [usize::MAX, 1, 200, 4096] {
            let mut got = Vec::new();
            sorted_triples(quads.iter().cloned().map(Ok), run_bytes, &mut got, "test").unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want.clone()).unwrap(),
                "runs of {run_bytes} bytes"
            );
        }
        let left = std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(&spill_prefix()))
            .count();
        assert_eq!(left, 0, "temporary files left behind");
    }

    #[test]
    fn nquad_lines_are_those_of_oxigraphs_serializer() {
        let n = |s: &str| NamedNode::new_unchecked(format!("https://example.org/{s}"));
        let tricky = "quote \" back \\ tab \t nl \n cr \r bell \u{7} del \u{7f} nul \0 \u{8}\u{c} ünï “curly” \u{fffe}\u{ffff} 東京";
        let objects: Vec<Term> = vec![
            n("o").into(),
            BlankNode::new_unchecked("b0").into(),
            Literal::new_simple_literal("plain").into(),
            Literal::new_simple_literal(tricky).into(),
            Literal::new_simple_literal("").into(),
            Literal::new_typed_literal("42", xsd::INTEGER).into(),
            Literal::new_typed_literal("--03-27", xsd::G_MONTH_DAY).into(),
            Literal::new_language_tagged_literal_unchecked("Kyiv", "en").into(),
        ];
        let graphs = [
            GraphName::DefaultGraph,
            n("g").into(),
            BlankNode::new_unchecked("g1").into(),
        ];
        let subjects: [NamedOrBlankNode; 2] =
            [n("s").into(), BlankNode::new_unchecked("s1").into()];
        for s in &subjects {
            for o in &objects {
                for g in &graphs {
                    let q = Quad::new(s.clone(), n("p"), o.clone(), g.clone());
                    let mut want = Vec::new();
                    let mut ser =
                        RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut want);
                    ser.serialize_quad(&q).unwrap();
                    ser.finish().unwrap();
                    let mut got = Vec::new();
                    push_nquad(&mut got, q.as_ref());
                    assert_eq!(
                        String::from_utf8(got).unwrap(),
                        String::from_utf8(want).unwrap()
                    );
                }
            }
        }
    }
}
