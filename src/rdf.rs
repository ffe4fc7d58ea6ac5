//! Stage 5: relations → quads. What an article says goes in its own named
//! graph; what a node's IRI already fixes (class, canonical label, Wikidata
//! link) goes once into the shared entities graph ([`ENTITIES_GRAPH`]).
//!
//! IRIs are stable and readable: `id/{class}/{slug}` for entities (the same
//! entity gets the same IRI in every article and every run), the article's
//! file name for its graph, and fragments of the article IRI for sentences,
//! mentions (NIF, character offsets) and evidence nodes.

use std::collections::BTreeSet;
use std::hash::Hasher;

use hashbrown::HashTable;
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphNameRef, LiteralRef, NamedNode, NamedNodeRef, Quad, QuadRef, TermRef};
use rustc_hash::FxHashSet;
use sha2::{Digest, Sha256};

use crate::entities::{Class, slug};
use crate::export::push_term;
use crate::pipeline::Extraction;
use crate::relations::{MeetingFact, Status, Target};
use crate::text::Span;

/// The ontology namespace.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Where entity IRIs live.
pub const ID: &str = "https://w3id.org/newsgraph/id/";
/// Where article IRIs live.
pub const ARTICLE: &str = "https://w3id.org/newsgraph/article/";
/// The named graph holding the ontology.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/newsgraph/ontology";
/// The named graph stating, once for the whole store, what a node's IRI
/// already fixes: its class, its canonical label and its Wikidata link.
/// Every article naming the node says the same, so the article graphs leave
/// it out; a query over the union of graphs then finds each such triple once
/// instead of once per article (which multiplied the rows of every join).
pub const ENTITIES_GRAPH: &str = "https://w3id.org/newsgraph/entities";
/// NIF core.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// ITS RDF.
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";

/// The prefixes used in Turtle, TriG and query output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("id", ID),
    ("article", ARTICLE),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", OWL),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("prov", PROV),
    ("wd", "http://www.wikidata.org/entity/"),
];

/// Prefixes for each kind of node IRI, predeclared in queries and used in
/// printed tables, so that a printed name (`person:keir-starmer`) pastes
/// back into a query or into `explain` (`id:person/keir-starmer` is no
/// SPARQL prefixed name: a slash may not stand in one unescaped).
pub const ENTITY_PREFIXES: &[(&str, &str)] = &[
    ("city", "https://w3id.org/newsgraph/id/city/"),
    ("country", "https://w3id.org/newsgraph/id/country/"),
    ("meeting", "https://w3id.org/newsgraph/id/meeting/"),
    (
        "organization",
        "https://w3id.org/newsgraph/id/organization/",
    ),
    ("person", "https://w3id.org/newsgraph/id/person/"),
    ("position", "https://w3id.org/newsgraph/id/position/"),
    ("quote", "https://w3id.org/newsgraph/id/quote/"),
];

/// Every prefix a query may use without declaring it: [`PREFIXES`] and
/// [`ENTITY_PREFIXES`].
pub fn query_prefixes() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    ENTITY_PREFIXES.iter().chain(PREFIXES)
}

/// A name as `explain` and tables print it, or as a user pastes it, made a
/// full IRI: `<IRI>`, `prefix:local` with a predeclared prefix, or an IRI
/// as it is. `None` for anything else (a label).
pub fn expand_name(name: &str) -> Option<String> {
    let name = name.trim();
    if let Some(iri) = name.strip_prefix('<').and_then(|n| n.strip_suffix('>')) {
        return Some(iri.to_string());
    }
    if name.starts_with("http://") || name.starts_with("https://") {
        return Some(name.to_string());
    }
    let (prefix, local) = name.split_once(':')?;
    let (_, ns) = query_prefixes().find(|(p, _)| *p == prefix)?;
    // SPARQL's escapes in a local name ("id:person\/x")
    Some(format!("{ns}{}", local.replace('\\', "")))
}

/// The lookup key of a name (`ng:key`): lower case, runs of white space as
/// one space, the typographic apostrophe as the plain one. `explain` finds a
/// name by its key through the store's index, whatever the case it is typed in.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            if c == '’' {
                key.push('\'');
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// A term of the ontology namespace.
pub fn ng(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{local}"))
}

/// The IRI of an article, from its file name: unreserved characters kept,
/// others percent-encoded, so that every name gives a valid, distinct IRI.
pub fn article_iri(file_name: &str) -> NamedNode {
    let mut s = String::from(ARTICLE);
    for b in file_name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    NamedNode::new_unchecked(s)
}

/// The first 16 hex digits of the SHA-256 of the parts.
pub fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    hex(&h.finalize()[..8])
}

/// 16 hex digits of the 64-bit FNV-1a hash of the parts (each followed by
/// a zero byte): the names of an article's evidence nodes, which need only
/// be distinct within the article and the same in every run. A twentieth of
/// SHA-256's cost, which took a tenth of extraction's time.
pub fn fact_hash(parts: &[&str]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for p in parts {
        for &b in p.as_bytes().iter().chain(&[0u8]) {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }
    hex(&h.to_be_bytes())
}

/// Lower-case hexadecimal digits of the bytes.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(2 * bytes.len());
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Which of two spellings of one node's name is its `rdfs:label`: the one
/// with fewer capital letters ("Ursula von der Leyen" over "Ursula Von Der
/// Leyen", "Boris Johnson" over "BORIS JOHNSON"), then the first in byte
/// order. A total order, so the label kept is the least of every form seen,
/// whatever order the articles came in.
pub fn label_order(a: &str, b: &str) -> std::cmp::Ordering {
    let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    caps(a).cmp(&caps(b)).then_with(|| a.cmp(b))
}

/// The SHA-256 of a file's bytes, in hex.
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Facts about the source document itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMeta {
    /// File name without directories.
    pub file_name: String,
    /// SHA-256 of the bytes, hex.
    pub content_hash: String,
    /// How much of where each fact and name came from to write.
    pub provenance: Provenance,
    /// What the input says of the article (title, address, date, outlet).
    pub info: crate::input::ArticleInfo,
}

/// Whether an address can be written as an `xsd:anyURI` literal: a scheme,
/// and no white space or control characters.
fn is_uri(u: &str) -> bool {
    u.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    }) && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// What tells two extractions of an article apart for `ingest`: the
/// content hash and the provenance level (re-ingesting an unchanged file at
/// another level replaces its graph).
pub fn article_version(content_hash: &str, provenance: &str) -> String {
    format!("{content_hash} {provenance}")
}

/// How much provenance an article's graph carries. Every level keeps each
/// fact's evidence node (rule, article) and `ng:mentionedIn`; they differ in
/// the text they keep, which is most of a store's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Provenance {
    /// Evidence names its rule and article only: no sentence text.
    Facts,
    /// Evidence names its sentence, with the sentence's text and offsets
    /// (what `explain` prints): the default.
    #[default]
    Sentences,
    /// Also every mention of every name, with its offsets and text
    /// (`nif:Phrase` nodes linked by `itsrdf:taIdentRef`).
    Mentions,
}

impl Provenance {
    /// The level's name, as `--provenance` and `ng:provenance` write it.
    pub fn name(self) -> &'static str {
        match self {
            Provenance::Facts => "facts",
            Provenance::Sentences => "sentences",
            Provenance::Mentions => "mentions",
        }
    }
}

const CHECKPOINT: usize = 64;

/// A term of an [`ArticleQuads`]: an index into its term table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Id(u32);

/// What a term is. Every node extraction makes is named (no blank nodes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Iri,
    /// A literal; its datatype (an IRI of the table), or none for a plain
    /// string.
    Literal(Option<Id>),
}

#[derive(Debug, Clone)]
struct Entry {
    kind: Kind,
    /// Its lexical form: `ArticleQuads::text[text.0..text.1]`.
    text: (u32, u32),
    /// Its N-Quads form: `ArticleQuads::nq[nq.0..nq.1]`.
    nq: (u32, u32),
    hash: u64,
}

/// The quads of one article, over a table of its terms: each term is stored
/// once, with its N-Quads form, and a quad is four indices. Writing N-Quads
/// is then copying bytes, and building allocates a few buffers per article
/// instead of four strings per quad. Quads come in the order the builder
/// emitted them, without repeats.
#[derive(Debug, Clone)]
pub struct ArticleQuads {
    text: String,
    nq: Vec<u8>,
    terms: Vec<Entry>,
    quads: Vec<[Id; 4]>,
    /// The entities graph.
    entities: Id,
}

impl ArticleQuads {
    /// How many quads.
    pub fn len(&self) -> usize {
        self.quads.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.quads.is_empty()
    }

    fn lexical(&self, id: Id) -> &str {
        let (a, b) = self.terms[id.0 as usize].text;
        &self.text[a as usize..b as usize]
    }

    fn nquads_form(&self, id: Id) -> &[u8] {
        let (a, b) = self.terms[id.0 as usize].nq;
        &self.nq[a as usize..b as usize]
    }

    fn named(&self, id: Id) -> NamedNodeRef<'_> {
        NamedNodeRef::new_unchecked(self.lexical(id))
    }

    fn term(&self, id: Id) -> TermRef<'_> {
        term_ref(&self.text, &self.terms, id)
    }

    fn quad(&self, [s, p, o, g]: [Id; 4]) -> QuadRef<'_> {
        QuadRef::new(
            self.named(s),
            self.named(p),
            self.term(o),
            GraphNameRef::NamedNode(self.named(g)),
        )
    }

    /// The quads, in order.
    pub fn iter(&self) -> impl Iterator<Item = QuadRef<'_>> {
        self.quads.iter().map(|&q| self.quad(q))
    }

    /// The quads, owned (what the store's loader takes).
    pub fn to_quads(&self) -> Vec<Quad> {
        self.iter().map(QuadRef::into_owned).collect()
    }

    /// Appends the N-Quads lines of the quads to `out`, in order: byte for
    /// byte what [`crate::export::NQuadsWriter`] writes for them. A line of
    /// the entities graph is kept only if `keep` says so (a stream of many
    /// articles states each node's description once).
    pub fn write_nquads(&self, out: &mut Vec<u8>, mut keep: impl FnMut(&[u8]) -> bool) {
        for &[s, p, o, g] in &self.quads {
            let start = out.len();
            for (i, t) in [s, p, o, g].into_iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                out.extend_from_slice(self.nquads_form(t));
            }
            out.extend_from_slice(b" .\n");
            if g == self.entities && !keep(&out[start..]) {
                out.truncate(start);
            }
        }
    }
}

/// The term `id` of a table (`text`, `terms`).
fn term_ref<'a>(text: &'a str, terms: &[Entry], id: Id) -> TermRef<'a> {
    let lexical = |id: Id| {
        let (a, b) = terms[id.0 as usize].text;
        &text[a as usize..b as usize]
    };
    let s = lexical(id);
    match terms[id.0 as usize].kind {
        Kind::Iri => NamedNodeRef::new_unchecked(s).into(),
        Kind::Literal(None) => LiteralRef::new_simple_literal(s).into(),
        Kind::Literal(Some(d)) => {
            LiteralRef::new_typed_literal(s, NamedNodeRef::new_unchecked(lexical(d))).into()
        }
    }
}

impl PartialEq for ArticleQuads {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for ArticleQuads {}

/// The terms every article's quads use, interned once when the builder
/// starts (interning hashes and compares the IRI each time).
#[derive(Debug, Clone, Copy)]
struct Vocab {
    ty: Id,
    label: Id,
    integer: Id,
    begin: Id,
    end: Id,
    anchor: Id,
    context: Id,
    evidence: Id,
    subject: Id,
    predicate: Id,
    object: Id,
    rule: Id,
    sentence: Id,
    article: Id,
}

/// The term table being built, with its index (term ids by hash).
struct Terms {
    out: ArticleQuads,
    index: HashTable<u32>,
}

struct Builder<'a> {
    t: Terms,
    v: Vocab,
    seen: FxHashSet<[Id; 4]>,
    entities: Id,
    /// The article, whose IRI names its graph.
    article: Id,
    text: &'a str,
    /// For every block of CHECKPOINT bytes: the char boundary at or before
    /// its start, and the number of characters before that boundary. None
    /// for ASCII text, where a byte offset is a character offset.
    checkpoints: Option<Vec<(usize, usize)>>,
}

/// Character counts at the start of every block of `text`; None if it is ASCII.
fn checkpoints(text: &str) -> Option<Vec<(usize, usize)>> {
    if text.is_ascii() {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / CHECKPOINT + 1);
    let (mut at, mut count) = (0, 0);
    for k in 0..=text.len() / CHECKPOINT {
        let mut p = k * CHECKPOINT;
        while !text.is_char_boundary(p) {
            p -= 1;
        }
        count += text[at..p].chars().count();
        at = p;
        out.push((at, count));
    }
    Some(out)
}

fn term_hash(kind: Kind, s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    match kind {
        Kind::Iri => h.write_u32(0),
        Kind::Literal(None) => h.write_u32(1),
        Kind::Literal(Some(d)) => h.write_u32(2 + d.0),
    }
    h.write(s.as_bytes());
    h.finish()
}

impl Terms {
    /// The term whose lexical form the caller just appended to the text
    /// table from `start` on: the id it already had, or a new one.
    fn intern(&mut self, start: usize, kind: Kind) -> Id {
        let out = &mut self.out;
        let s = &out.text[start..];
        let hash = term_hash(kind, s);
        let found = self.index.find(hash, |&i| {
            let e = &out.terms[i as usize];
            e.kind == kind && &out.text[e.text.0 as usize..e.text.1 as usize] == s
        });
        if let Some(&i) = found {
            out.text.truncate(start);
            return Id(i);
        }
        let id = Id(out.terms.len() as u32);
        let nq_start = out.nq.len();
        out.terms.push(Entry {
            kind,
            text: (start as u32, out.text.len() as u32),
            nq: (0, 0),
            hash,
        });
        push_term(&mut out.nq, term_ref(&out.text, &out.terms, id));
        out.terms[id.0 as usize].nq = (nq_start as u32, out.nq.len() as u32);
        let terms = &out.terms;
        self.index
            .insert_unique(hash, id.0, |&i| terms[i as usize].hash);
        id
    }

    /// The IRI that is the concatenation of `parts`.
    fn iri(&mut self, parts: &[&str]) -> Id {
        let start = self.out.text.len();
        for p in parts {
            self.out.text.push_str(p);
        }
        self.intern(start, Kind::Iri)
    }

    /// A term of the ontology namespace.
    fn ng(&mut self, local: &str) -> Id {
        self.iri(&[NG, local])
    }

    /// The IRI of an entity key (`person/keir-starmer`).
    fn entity(&mut self, key: &str) -> Id {
        self.iri(&[ID, key])
    }

    fn literal(&mut self, value: &str) -> Id {
        let start = self.out.text.len();
        self.out.text.push_str(value);
        self.intern(start, Kind::Literal(None))
    }

    fn typed(&mut self, value: &str, datatype: &str) -> Id {
        let dt = self.iri(&[datatype]);
        let start = self.out.text.len();
        self.out.text.push_str(value);
        self.intern(start, Kind::Literal(Some(dt)))
    }

    /// An integer literal; `dt` is `xsd:integer`'s id.
    fn integer(&mut self, n: usize, dt: Id) -> Id {
        let start = self.out.text.len();
        push_decimal(&mut self.out.text, n);
        self.intern(start, Kind::Literal(Some(dt)))
    }
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, article_iri: &str) -> Self {
        let mut t = Terms {
            out: ArticleQuads {
                text: String::with_capacity(8 * text.len()),
                nq: Vec::with_capacity(8 * text.len()),
                terms: Vec::with_capacity(512),
                quads: Vec::with_capacity(1024),
                entities: Id(0),
            },
            index: HashTable::with_capacity(512),
        };
        let article = t.iri(&[article_iri]);
        let entities = t.iri(&[ENTITIES_GRAPH]);
        t.out.entities = entities;
        let v = Vocab {
            ty: t.iri(&[rdf::TYPE.as_str()]),
            label: t.iri(&[rdfs::LABEL.as_str()]),
            integer: t.iri(&[xsd::INTEGER.as_str()]),
            begin: t.iri(&[NIF, "beginIndex"]),
            end: t.iri(&[NIF, "endIndex"]),
            anchor: t.iri(&[NIF, "anchorOf"]),
            context: t.iri(&[NIF, "referenceContext"]),
            evidence: t.ng("Evidence"),
            subject: t.iri(&[rdf::SUBJECT.as_str()]),
            predicate: t.iri(&[rdf::PREDICATE.as_str()]),
            object: t.iri(&[rdf::OBJECT.as_str()]),
            rule: t.ng("rule"),
            sentence: t.ng("sentence"),
            article: t.ng("article"),
        };
        Builder {
            t,
            v,
            seen: FxHashSet::with_capacity_and_hasher(1024, Default::default()),
            entities,
            article,
            text,
            checkpoints: checkpoints(text),
        }
    }

    fn push(&mut self, q: [Id; 4]) {
        if self.seen.insert(q) {
            self.t.out.quads.push(q);
        }
    }

    /// States `s p o` in the article's graph.
    fn add(&mut self, s: Id, p: Id, o: Id) {
        self.push([s, p, o, self.article]);
    }

    fn string(&mut self, s: Id, p: Id, v: &str) {
        let o = self.t.literal(v);
        self.add(s, p, o);
    }

    /// States in the entities graph what a node's IRI fixes.
    fn fixed(&mut self, s: Id, p: Id, o: Id) {
        self.push([s, p, o, self.entities]);
    }

    /// States a node's class and canonical label in the entities graph.
    fn describe(&mut self, node: Id, class: &str, label: &str) {
        let c = self.t.ng(class);
        self.fixed(node, self.v.ty, c);
        let l = self.t.literal(label);
        self.fixed(node, self.v.label, l);
    }

    /// The character offset of a byte offset.
    fn chars(&self, byte: usize) -> usize {
        let Some(checkpoints) = &self.checkpoints else {
            return byte;
        };
        let (at, count) = checkpoints[byte / CHECKPOINT];
        count + self.text[at..byte].chars().count()
    }

    /// The IRI `{article}#` followed by what `tail` appends.
    fn in_article(&mut self, tail: impl FnOnce(&mut String)) -> Id {
        let start = self.t.out.text.len();
        let (a, b) = self.t.out.terms[self.article.0 as usize].text;
        self.t.out.text.extend_from_within(a as usize..b as usize);
        self.t.out.text.push('#');
        tail(&mut self.t.out.text);
        self.t.intern(start, Kind::Iri)
    }

    /// `{article}#{name}={start},{end}`, offsets in characters.
    fn fragment(&mut self, name: &str, span: Span) -> Id {
        let (b, e) = (self.chars(span.start), self.chars(span.end));
        self.in_article(|t| {
            t.push_str(name);
            t.push('=');
            push_decimal(t, b);
            t.push(',');
            push_decimal(t, e);
        })
    }

    fn offsets(&mut self, node: Id, span: Span) {
        let (b, e) = (self.chars(span.start), self.chars(span.end));
        for (p, n) in [(self.v.begin, b), (self.v.end, e)] {
            let o = self.t.integer(n, self.v.integer);
            self.add(node, p, o);
        }
        self.string(node, self.v.anchor, span.of(self.text));
        self.add(node, self.v.context, self.article);
    }

    fn finish(self) -> ArticleQuads {
        self.t.out
    }
}

/// Appends `n` in decimal, without the formatting machinery.
fn push_decimal(s: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(digits[i..].iter().map(|&d| char::from(d)));
}

/// The quads of one article: what it says in its own named graph, the
/// class and label of the nodes it names in the entities graph.
pub fn article_quads(meta: &ArticleMeta, text: &str, x: &Extraction) -> ArticleQuads {
    let article_name = article_iri(&meta.file_name);
    let mut b = Builder::new(text, article_name.as_str());
    let article = b.article;
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(&meta.file_name);
    let headline: String = meta
        .info
        .title
        .as_deref()
        .unwrap_or(first_line)
        .chars()
        .take(200)
        .collect();

    let (ty, label_p) = (b.v.ty, b.v.label);
    let o = b.t.ng("Article");
    b.add(article, ty, o);
    let o = b.t.iri(&[NIF, "Context"]);
    b.add(article, ty, o);
    b.string(article, label_p, &headline);
    let p = b.t.ng("file");
    b.string(article, p, &meta.file_name);
    let p = b.t.ng("contentHash");
    b.string(article, p, &meta.content_hash);
    let p = b.t.ng("provenance");
    b.string(article, p, meta.provenance.name());
    if let Some(t) = &meta.info.title {
        let p = b.t.ng("headline");
        b.string(article, p, t);
    }
    if let Some(u) = meta.info.url.as_deref().filter(|u| is_uri(u)) {
        let p = b.t.ng("url");
        let o = b.t.typed(u, xsd::ANY_URI.as_str());
        b.add(article, p, o);
    }
    if let Some(d) = x.published {
        let p = b.t.ng("published");
        let o = b.t.typed(
            &format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            xsd::DATE.as_str(),
        );
        b.add(article, p, o);
    }

    // sentences that carry a fact, or a mention when mentions are written
    let mentions = meta.provenance == Provenance::Mentions;
    let mut used_sentences: BTreeSet<usize> = x
        .entities
        .mentions
        .iter()
        .filter(|_| mentions)
        .map(|m| m.sentence)
        .collect();
    let r = &x.relations;
    used_sentences.extend(r.positions.iter().map(|p| p.evidence.sentence));
    used_sentences.extend(
        r.memberships
            .iter()
            .chain(&r.leads)
            .chain(&r.signed)
            .map(|l| l.evidence.sentence),
    );
    used_sentences.extend(
        r.meetings
            .iter()
            .flat_map(|m| m.evidence.iter().map(|e| e.sentence)),
    );
    used_sentences.extend(r.quotes.iter().map(|q| q.evidence.sentence));
    if meta.provenance == Provenance::Facts {
        used_sentences.clear();
    }
    // each used sentence's IRI: mentions and evidence refer to them
    let mut sentence_iris: Vec<Option<Id>> = vec![None; x.sentences.len()];
    let sentence_type = b.t.iri(&[NIF, "Sentence"]);
    for &i in &used_sentences {
        let node = b.fragment("char", x.sentences[i].span);
        sentence_iris[i] = Some(node);
        b.add(node, ty, sentence_type);
        b.offsets(node, x.sentences[i].span);
    }

    // entities
    let ents: Vec<Id> = x.entities.list.iter().map(|e| b.t.entity(&e.key)).collect();
    let (alias, same_as) = (b.t.ng("alias"), b.t.iri(&[OWL, "sameAs"]));
    let (mentioned_in, located_in) = (b.t.ng("mentionedIn"), b.t.ng("locatedIn"));
    let key = b.t.ng("key");
    for (e, &node) in x.entities.list.iter().zip(&ents) {
        b.describe(node, e.class.name(), &e.label);
        // the names' lookup keys: the label's where the label is, each
        // alias's where the alias is (unless it is the label's)
        let label_key = name_key(&e.label);
        let k = b.t.literal(&label_key);
        b.fixed(node, key, k);
        // a person's surname too: `explain Starmer`
        if e.class == Class::Person
            && let Some((_, surname)) = label_key.rsplit_once(' ')
        {
            let k = b.t.literal(surname);
            b.fixed(node, key, k);
        }
        for a in &e.aliases {
            b.string(node, alias, a);
            let alias_key = name_key(a);
            if alias_key != label_key {
                b.string(node, key, &alias_key);
            }
        }
        for s in &e.same_as {
            let o = b.t.iri(&[s]);
            b.fixed(node, same_as, o);
        }
        b.add(node, mentioned_in, article);
        if let Some(c) = e.country.as_ref().and_then(|k| x.entities.by_key(k)) {
            b.add(node, located_in, ents[c]);
        }
    }
    if let Some(o) = meta.info.outlet.as_deref()
        && let Some(i) = x.entities.by_key(&crate::entities::outlet(o).key)
    {
        let p = b.t.ng("outlet");
        b.add(article, p, ents[i]);
    }
    let phrase = b.t.iri(&[NIF, "Phrase"]);
    let nif_sentence = b.t.iri(&[NIF, "sentence"]);
    let ta_ident_ref = b.t.iri(&[ITSRDF, "taIdentRef"]);
    for (mi, m) in x.entities.mentions.iter().enumerate().filter(|_| mentions) {
        let node = b.fragment("mention", m.span);
        b.add(node, ty, phrase);
        b.offsets(node, m.span);
        if let Some(s) = sentence_iris[m.sentence] {
            b.add(node, nif_sentence, s);
        }
        b.add(node, ta_ident_ref, ents[x.entities.of_mention[mi]]);
    }

    let evidence = |b: &mut Builder<'_>, s: Id, p: Id, o: Id, sentence: usize, rule: &str| {
        let mut n = String::new();
        push_decimal(&mut n, sentence);
        let out = &b.t.out;
        let object = std::str::from_utf8(out.nquads_form(o)).expect("N-Quads are UTF-8");
        let id = fact_hash(&[out.lexical(s), out.lexical(p), object, &n]);
        let node = b.in_article(|t| {
            t.push_str("fact-");
            t.push_str(&id);
        });
        let v = b.v;
        b.add(node, v.ty, v.evidence);
        b.add(node, v.subject, s);
        b.add(node, v.predicate, p);
        b.add(node, v.object, o);
        b.string(node, v.rule, rule);
        if let Some(sn) = sentence_iris[sentence] {
            b.add(node, v.sentence, sn);
        }
        b.add(node, v.article, b.article);
    };
    let label = |i: usize| x.entities.list[i].label.as_str();

    let holds = b.t.ng("holdsPosition");
    for p in &r.positions {
        let person = &x.entities.list[p.person];
        let of_key = p.of.map_or("x".to_string(), |o| slug(label(o)));
        let pos = b.t.entity(&format!(
            "position/{}--{}--{}",
            person.key.trim_start_matches("person/"),
            slug(&p.title),
            of_key
        ));
        let pos_label = match p.of {
            Some(o) => format!("{}, {} of {}", person.label, p.title, label(o)),
            None => format!("{}, {}", person.label, p.title),
        };
        // the IRI fixes the title and whose post it is; who holds it, and
        // with what qualifier, is what each article says
        b.describe(pos, "Position", &pos_label);
        let (prop, title) = (b.t.ng("title"), b.t.literal(&p.title));
        b.fixed(pos, prop, title);
        if let Some(o) = p.of {
            let prop = b.t.ng("positionOf");
            b.fixed(pos, prop, ents[o]);
        }
        if let Some(q) = &p.qualifier {
            let prop = b.t.ng("qualifier");
            b.string(pos, prop, q);
        }
        b.add(pos, mentioned_in, article);
        b.add(ents[p.person], holds, pos);
        evidence(
            &mut b,
            ents[p.person],
            holds,
            pos,
            p.evidence.sentence,
            p.evidence.rule,
        );
    }

    let meeting_iris: Vec<Id> = r
        .meetings
        .iter()
        .map(|m| b.t.entity(&meeting_key(m, x)))
        .collect();
    let (kind_p, status_p) = (b.t.ng("meetingKind"), b.t.ng("status"));
    let participant = b.t.ng("participant");
    for (m, &node) in r.meetings.iter().zip(&meeting_iris) {
        b.describe(node, "Meeting", &meeting_label(m, x));
        for k in &m.kinds {
            b.string(node, kind_p, k);
        }
        let status = match m.status {
            Status::Held => "held",
            Status::Planned => "planned",
        };
        b.string(node, status_p, status);
        b.add(node, mentioned_in, article);
        let first = m.evidence[0];
        for (prop, e) in [("location", m.location), ("host", m.host)] {
            let Some(e) = e else { continue };
            let prop = b.t.ng(prop);
            b.add(node, prop, ents[e]);
            let ev = m.sources.get(&e).unwrap_or(&first);
            evidence(&mut b, node, prop, ents[e], ev.sentence, ev.rule);
        }
        if let Some(d) = m.date {
            let prop = b.t.ng("date");
            let dt = format!("http://www.w3.org/2001/XMLSchema#{}", d.datatype());
            let o = b.t.typed(&d.lexical(), &dt);
            b.add(node, prop, o);
        }
        for &p in &m.participants {
            b.add(node, participant, ents[p]);
            let ev = m.sources.get(&p).unwrap_or(&first);
            evidence(&mut b, node, participant, ents[p], ev.sentence, ev.rule);
        }
    }

    for p in crate::relations::LINK_PREDICATES {
        let prop = b.t.ng(p.local);
        for l in (p.links)(r) {
            let o = match l.object {
                Target::Entity(e) => ents[e],
                Target::Meeting(m) => meeting_iris[m],
            };
            b.add(ents[l.subject], prop, o);
            evidence(
                &mut b,
                ents[l.subject],
                prop,
                o,
                l.evidence.sentence,
                l.evidence.rule,
            );
        }
    }

    let (speaker_p, text_p, offset_p) = (b.t.ng("speaker"), b.t.ng("text"), b.t.ng("offset"));
    for q in &r.quotes {
        let words = q.span.of(text);
        let speaker = &x.entities.list[q.speaker];
        let node =
            b.t.entity(&format!("quote/{}", short_hash(&[&speaker.key, words])));
        let short: String = words
            .split_whitespace()
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        b.describe(node, "Quote", &format!("{}: “{}…”", speaker.label, short));
        b.add(node, speaker_p, ents[q.speaker]);
        b.string(node, text_p, words);
        // where the article prints it, at every provenance level: listings
        // give an article's quotes in its order without reading evidence
        let at = b.chars(q.span.start);
        let at = b.t.integer(at, b.v.integer);
        b.add(node, offset_p, at);
        b.add(node, mentioned_in, article);
        evidence(
            &mut b,
            node,
            speaker_p,
            ents[q.speaker],
            q.evidence.sentence,
            q.evidence.rule,
        );
    }
    b.finish()
}

/// A meeting's key (`meeting/…`, the tail of its IRI): its place and date
/// (with the year when known, so that meetings at one place on one day of
/// different years stay apart), so that reports in several articles meet on
/// one node.
fn meeting_key(m: &MeetingFact, x: &Extraction) -> String {
    let loc = m.location.map(|l| slug(&x.entities.list[l].label));
    let date = m.date.map(|d| d.key());
    let key = match (loc, date) {
        (Some(l), Some(d)) => format!("{l}-{d}"),
        (Some(l), None) => match undated_marker(m, x) {
            // undated: who meets tells meetings at one place apart
            Some(e) => format!("{l}-{}", slug(&e.label)),
            None => l,
        },
        // a date without a place: who meets tells meetings that day apart
        (None, Some(d)) => match undated_marker(m, x) {
            Some(e) => format!("on-{d}-{}", slug(&e.label)),
            None => format!("on-{d}"),
        },
        // neither place nor date ("A met B"): who met
        (None, None) => {
            let who: Vec<String> = who_met(m, x).iter().map(|e| slug(&e.label)).collect();
            format!("with-{}", who.join("-"))
        }
    };
    format!("meeting/{key}")
}

/// Who took part in a meeting, in the order of their IRIs' slugs.
fn who_met<'x>(m: &MeetingFact, x: &'x Extraction) -> Vec<&'x crate::entities::Entity> {
    let mut who: Vec<&crate::entities::Entity> = m
        .participants
        .iter()
        .map(|&p| &x.entities.list[p])
        .collect();
    who.sort_by_cached_key(|e| slug(&e.label));
    who
}

/// What tells an undated meeting from others at the same place (or a
/// meeting without a place from others that day): the first organization
/// taking part (by name), else the first person, else the first country.
/// The host comes
/// first: reports of one meeting "at NATO headquarters" agree on the host more
/// often than on who took part.
fn undated_marker<'x>(m: &MeetingFact, x: &'x Extraction) -> Option<&'x crate::entities::Entity> {
    use crate::entities::Class;
    if let Some(h) = m.host.filter(|&h| Some(h) != m.location) {
        return Some(&x.entities.list[h]);
    }
    let others = || {
        m.participants
            .iter()
            .filter(|&&p| Some(p) != m.location)
            .map(|&p| &x.entities.list[p])
    };
    // organizations, then people, then countries ("the ministers of Chad
    // and Niger met in Cairo" and "... of Peru and Chile met in Cairo", in
    // two articles, were one meeting of four countries)
    [Class::Organization, Class::Person, Class::Country]
        .into_iter()
        .find_map(|class| {
            others()
                .filter(|e| e.class == class)
                .min_by_key(|e| slug(&e.label))
        })
}

/// A readable label built from the same parts as the IRI, so that every
/// article gives a meeting the same label.
fn meeting_label(m: &MeetingFact, x: &Extraction) -> String {
    let mut parts = vec!["Meeting".to_string()];
    if let Some(l) = m.location {
        parts.push(x.entities.list[l].label.clone());
    }
    if let Some(d) = m.date {
        parts.push(d.label());
    }
    if m.date.is_none() && m.location.is_none() {
        // "A met B": who met, as in the key
        parts.extend(who_met(m, x).iter().map(|e| e.label.clone()));
    } else if (m.date.is_none() || m.location.is_none())
        && let Some(e) = undated_marker(m, x)
    {
        parts.push(e.label.clone());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_names_expand_to_their_iri() {
        let person = "https://w3id.org/newsgraph/id/person/x-y";
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("entity-prefix", "person:x-y", Some(person)),
            ("id-prefix-escaped", "id:person\\/x-y", Some(person)),
            (
                "angle-brackets",
                "<https://w3id.org/newsgraph/id/person/x-y>",
                Some(person),
            ),
            ("bare-iri", person, Some(person)),
            ("unknown-prefix", "foo:x", None),
            ("a-label", "Claire Dubois", None),
        ];
        for (id, name, want) in cases {
            assert_eq!(expand_name(name).as_deref(), *want, "{id}");
        }
    }

    #[test]
    fn character_offsets_match_a_plain_count_across_checkpoints() {
        let cases = [
            "Zürich – Київ, 東京 and Oslo. ".repeat(700),
            "Plain ASCII text, Oslo. ".repeat(300),
            format!("{}é", "x".repeat(CHECKPOINT - 1)),
            String::new(),
        ];
        for text in &cases {
            let b = Builder::new(text, article_iri("t.txt").as_str());
            for (byte, _) in text.char_indices().step_by(7).chain([(text.len(), ' ')]) {
                assert_eq!(
                    b.chars(byte),
                    text[..byte].chars().count(),
                    "at byte {byte}"
                );
            }
        }
    }

    #[test]
    fn term_table_lines_are_the_writers_lines_and_skip_only_entity_lines() {
        let cases = [
            "Summit\n\nPrime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. \"We agree,\" Starmer said.",
            "Zürich talks\n\nGerman Chancellor Olaf Scholz said: \"A \\ backslash and a \ttab.\" He met Italian Prime Minister Giorgia Meloni in Rome.",
            "",
        ];
        for text in cases {
            let meta = ArticleMeta {
                file_name: "a b.txt".to_string(),
                content_hash: content_hash(text.as_bytes()),
                provenance: Provenance::Mentions,
                info: Default::default(),
            };
            let quads = article_quads(&meta, text, &crate::pipeline::extract(text, None));
            let mut expected = Vec::new();
            let mut w = crate::export::NQuadsWriter::new(&mut expected);
            for q in quads.iter() {
                w.write(q).unwrap();
            }
            w.finish().unwrap();
            let mut got = Vec::new();
            quads.write_nquads(&mut got, |_| true);
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&expected)
            );
            assert_eq!(quads.to_quads().len(), quads.len());

            let mut dropped = Vec::new();
            quads.write_nquads(&mut dropped, |_| false);
            let entity_lines = quads
                .iter()
                .filter(|q| q.graph_name.to_string() == format!("<{ENTITIES_GRAPH}>"))
                .count();
            let lines = |b: &[u8]| b.iter().filter(|&&c| c == b'\n').count();
            assert_eq!(lines(&dropped), quads.len() - entity_lines, "{text}");
            assert!(text.is_empty() || entity_lines > 0, "{text}");
        }
    }

    #[test]
    fn fact_hashes_are_fnv1a_of_the_zero_terminated_parts() {
        // FNV-1a 64 reference values: of "" and of "a" (the parts below
        // hash those bytes followed by a zero byte)
        let fnv = |bytes: &[u8]| {
            bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        };
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        let cases: [(&[&str], &[u8]); 3] =
            [(&[], b""), (&["a"], b"a\0"), (&["ab", "c"], b"ab\0c\0")];
        for (parts, bytes) in cases {
            assert_eq!(fact_hash(parts), format!("{:016x}", fnv(bytes)));
        }
        assert_ne!(fact_hash(&["ab", "c"]), fact_hash(&["a", "bc"]));
    }

    #[test]
    fn decimals_are_written_like_display() {
        for n in [0, 7, 10, 99, 100, 4_096, 65_535, 1_000_001, usize::MAX] {
            let mut s = String::from("x");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    /// Regression: meetings at one place (or none) on one day of two years
    /// were one node; a meeting's key carries the year when it is known.
    #[test]
    fn meeting_keys_carry_the_year_when_known() {
        use crate::dates::Ymd;
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "Ana Ruiz met Luis Vera in Geneva on 22 January 2018.",
                None,
                "meeting/geneva-2018-01-22",
            ),
            (
                "Ana Ruiz met Luis Vera in Geneva on 22 January 2024.",
                None,
                "meeting/geneva-2024-01-22",
            ),
            // a date without a place: who meets is in the key too
            (
                "Ana Ruiz met Luis Vera on 22 January 2018.",
                None,
                "meeting/on-2018-01-22-ana-ruiz",
            ),
            // regression: undated meetings of countries at one place, in
            // two articles, were one meeting
            (
                "The foreign ministers of Chad and Niger met in Cairo.",
                None,
                "meeting/cairo-chad",
            ),
            (
                "The trade ministers of Peru and Chile met in Cairo.",
                None,
                "meeting/cairo-chile",
            ),
            (
                "Ana Ruiz met Luis Vera in Geneva on 22 January.",
                None,
                "meeting/geneva-01-22",
            ),
            (
                "Ana Ruiz met Luis Vera in Geneva on Monday.",
                Some("2024-01-24"),
                "meeting/geneva-2024-01-22",
            ),
        ];
        for (text, published, want) in cases {
            let x = crate::pipeline::extract(text, published.map(|p| Ymd::parse(p).unwrap()));
            let keys: Vec<String> = x
                .relations
                .meetings
                .iter()
                .map(|m| meeting_key(m, &x))
                .collect();
            assert_eq!(keys, [want.to_string()], "{text}");
        }
    }

    #[test]
    fn article_iris_are_valid_and_distinct() {
        let cases = [
            ("a b.txt", "a%20b.txt"),
            ("a-b.txt", "a-b.txt"),
            ("é.txt", "%C3%A9.txt"),
        ];
        for (name, tail) in cases {
            assert_eq!(article_iri(name).as_str(), format!("{ARTICLE}{tail}"));
            assert!(NamedNode::new(article_iri(name).as_str()).is_ok());
        }
    }
}
