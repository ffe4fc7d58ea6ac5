//! Stage 5: relations → quads. What an article says goes in its own named
//! graph; what a node's IRI already fixes (class, canonical label, Wikidata
//! link) goes once into the shared entities graph ([`ENTITIES_GRAPH`]).
//!
//! IRIs are stable and readable: `id/{class}/{slug}` for entities (the same
//! entity gets the same IRI in every article and every run), the article's
//! file name for its graph, and fragments of the article IRI for sentences,
//! mentions (NIF, character offsets) and evidence nodes.

use std::collections::BTreeSet;

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::dates::Ymd;
use crate::entities::slug;
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

/// A term of the ontology namespace.
pub fn ng(local: &str) -> NamedNode {
    term(NG, local)
}

/// The IRI `namespace` + `local`, built without the formatting machinery
/// (extraction builds a few hundred per article).
fn term(namespace: &str, local: &str) -> NamedNode {
    let mut s = String::with_capacity(namespace.len() + local.len());
    s.push_str(namespace);
    s.push_str(local);
    NamedNode::new_unchecked(s)
}

fn iri(s: String) -> NamedNode {
    NamedNode::new_unchecked(s)
}

/// The IRI of an entity key (`person/keir-starmer`).
pub fn entity_iri(key: &str) -> NamedNode {
    iri(format!("{ID}{key}"))
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
    iri(s)
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
}

const CHECKPOINT: usize = 64;

struct Builder<'a> {
    graph: GraphName,
    entities: GraphName,
    article: NamedNode,
    text: &'a str,
    quads: Vec<Quad>,
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

impl Builder<'_> {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.graph.clone()));
    }

    fn string(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }

    /// States in the entities graph what a node's IRI fixes.
    fn fixed(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o, self.entities.clone()));
    }

    /// States a node's class and canonical label in the entities graph.
    fn describe(&mut self, node: &NamedNode, class: &str, label: &str) {
        self.fixed(node, rdf::TYPE.into_owned(), ng(class));
        self.fixed(
            node,
            rdfs::LABEL.into_owned(),
            Literal::new_simple_literal(label),
        );
    }

    /// The character offset of a byte offset.
    fn chars(&self, byte: usize) -> usize {
        let Some(checkpoints) = &self.checkpoints else {
            return byte;
        };
        let (at, count) = checkpoints[byte / CHECKPOINT];
        count + self.text[at..byte].chars().count()
    }

    /// `{article}#{name}={start},{end}`, offsets in characters.
    fn fragment(&self, name: &str, span: Span) -> NamedNode {
        let article = self.article.as_str();
        let mut s = String::with_capacity(article.len() + name.len() + 24);
        s.push_str(article);
        s.push('#');
        s.push_str(name);
        s.push('=');
        push_decimal(&mut s, self.chars(span.start));
        s.push(',');
        push_decimal(&mut s, self.chars(span.end));
        NamedNode::new_unchecked(s)
    }

    fn offsets(&mut self, node: &NamedNode, span: Span) {
        let (b, e) = (self.chars(span.start), self.chars(span.end));
        self.add(node.clone(), term(NIF, "beginIndex"), integer(b));
        self.add(node.clone(), term(NIF, "endIndex"), integer(e));
        let anchor = span.of(self.text);
        self.string(node.clone(), term(NIF, "anchorOf"), anchor);
        self.add(
            node.clone(),
            term(NIF, "referenceContext"),
            self.article.clone(),
        );
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

fn integer(n: usize) -> Literal {
    let mut s = String::with_capacity(8);
    push_decimal(&mut s, n);
    Literal::new_typed_literal(s, xsd::INTEGER)
}

/// The quads of one article: what it says in its own named graph, the
/// class and label of the nodes it names in the entities graph.
pub fn article_quads(meta: &ArticleMeta, text: &str, x: &Extraction) -> Vec<Quad> {
    let article = article_iri(&meta.file_name);
    let mut b = Builder {
        graph: GraphName::NamedNode(article.clone()),
        entities: GraphName::NamedNode(NamedNode::new_unchecked(ENTITIES_GRAPH)),
        article: article.clone(),
        text,
        quads: Vec::new(),
        checkpoints: checkpoints(text),
    };
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(&meta.file_name);
    let headline: String = first_line.chars().take(200).collect();

    b.add(article.clone(), rdf::TYPE.into_owned(), ng("Article"));
    b.add(
        article.clone(),
        rdf::TYPE.into_owned(),
        term(NIF, "Context"),
    );
    b.string(article.clone(), rdfs::LABEL.into_owned(), &headline);
    b.string(article.clone(), ng("file"), &meta.file_name);
    b.string(article.clone(), ng("contentHash"), &meta.content_hash);
    if let Some(p) = x.published {
        b.add(article.clone(), ng("published"), date_literal(p));
    }

    // sentences that carry a mention or a fact
    let mut used_sentences: BTreeSet<usize> =
        x.entities.mentions.iter().map(|m| m.sentence).collect();
    let r = &x.relations;
    used_sentences.extend(r.positions.iter().map(|p| p.evidence.sentence));
    used_sentences.extend(
        r.memberships
            .iter()
            .chain(&r.leads)
            .map(|l| l.evidence.sentence),
    );
    used_sentences.extend(
        r.meetings
            .iter()
            .flat_map(|m| m.evidence.iter().map(|e| e.sentence)),
    );
    used_sentences.extend(r.quotes.iter().map(|q| q.evidence.sentence));
    // each used sentence's IRI, built once: mentions and evidence refer to them
    let sentence_iris: Vec<Option<NamedNode>> = {
        let mut v = vec![None; x.sentences.len()];
        for &i in &used_sentences {
            v[i] = Some(b.fragment("char", x.sentences[i].span));
        }
        v
    };
    let sentence_iri = |b: &Builder<'_>, i: usize| -> NamedNode {
        sentence_iris[i]
            .clone()
            .unwrap_or_else(|| b.fragment("char", x.sentences[i].span))
    };
    for &i in &used_sentences {
        let node = sentence_iri(&b, i);
        b.add(node.clone(), rdf::TYPE.into_owned(), term(NIF, "Sentence"));
        b.offsets(&node, x.sentences[i].span);
    }

    // entities
    let ents: Vec<NamedNode> = x.entities.list.iter().map(|e| entity_iri(&e.key)).collect();
    for (e, node) in x.entities.list.iter().zip(&ents) {
        b.describe(node, e.class.name(), &e.label);
        for a in &e.aliases {
            b.string(node.clone(), ng("alias"), a);
        }
        for s in &e.same_as {
            b.fixed(node, term(OWL, "sameAs"), iri(s.clone()));
        }
        b.add(node.clone(), ng("mentionedIn"), article.clone());
        if let Some(c) = e.country.as_ref().and_then(|k| x.entities.by_key(k)) {
            b.add(node.clone(), ng("locatedIn"), ents[c].clone());
        }
    }
    for (mi, m) in x.entities.mentions.iter().enumerate() {
        let node = b.fragment("mention", m.span);
        b.add(node.clone(), rdf::TYPE.into_owned(), term(NIF, "Phrase"));
        b.offsets(&node, m.span);
        let s = sentence_iri(&b, m.sentence);
        b.add(node.clone(), term(NIF, "sentence"), s);
        b.add(
            node,
            term(ITSRDF, "taIdentRef"),
            ents[x.entities.of_mention[mi]].clone(),
        );
    }

    let evidence = |b: &mut Builder<'_>,
                    s: &NamedNode,
                    p: &NamedNode,
                    o: &Term,
                    sentence: usize,
                    rule: &str| {
        let mut n = String::new();
        push_decimal(&mut n, sentence);
        let id = short_hash(&[s.as_str(), p.as_str(), &o.to_string(), &n]);
        let node = iri(format!("{}#fact-{id}", b.article.as_str()));
        b.add(node.clone(), rdf::TYPE.into_owned(), ng("Evidence"));
        b.add(node.clone(), rdf::SUBJECT.into_owned(), s.clone());
        b.add(node.clone(), rdf::PREDICATE.into_owned(), p.clone());
        b.add(node.clone(), rdf::OBJECT.into_owned(), o.clone());
        b.string(node.clone(), ng("rule"), rule);
        let sn = sentence_iri(b, sentence);
        b.add(node.clone(), ng("sentence"), sn);
        b.add(node, ng("article"), b.article.clone());
    };
    let label = |i: usize| x.entities.list[i].label.as_str();

    for p in &r.positions {
        let person = &x.entities.list[p.person];
        let of_key = p.of.map_or("x".to_string(), |o| slug(label(o)));
        let pos = entity_iri(&format!(
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
        b.describe(&pos, "Position", &pos_label);
        b.fixed(&pos, ng("title"), Literal::new_simple_literal(&p.title));
        if let Some(o) = p.of {
            b.fixed(&pos, ng("positionOf"), ents[o].clone());
        }
        if let Some(q) = &p.qualifier {
            b.string(pos.clone(), ng("qualifier"), q);
        }
        b.add(pos.clone(), ng("mentionedIn"), article.clone());
        b.add(ents[p.person].clone(), ng("holdsPosition"), pos.clone());
        evidence(
            &mut b,
            &ents[p.person],
            &ng("holdsPosition"),
            &pos.into(),
            p.evidence.sentence,
            p.evidence.rule,
        );
    }

    let meeting_iris: Vec<NamedNode> = r.meetings.iter().map(|m| meeting_iri(m, x)).collect();
    for (m, node) in r.meetings.iter().zip(&meeting_iris) {
        b.describe(node, "Meeting", &meeting_label(m, x));
        for k in &m.kinds {
            b.string(node.clone(), ng("meetingKind"), k);
        }
        b.string(
            node.clone(),
            ng("status"),
            match m.status {
                Status::Held => "held",
                Status::Planned => "planned",
            },
        );
        b.add(node.clone(), ng("mentionedIn"), article.clone());
        let first = m.evidence[0];
        for (prop, e) in [("location", m.location), ("host", m.host)] {
            let Some(e) = e else { continue };
            b.add(node.clone(), ng(prop), ents[e].clone());
            let ev = m.sources.get(&e).unwrap_or(&first);
            evidence(
                &mut b,
                node,
                &ng(prop),
                &ents[e].clone().into(),
                ev.sentence,
                ev.rule,
            );
        }
        if let Some(d) = m.date {
            b.add(
                node.clone(),
                ng("date"),
                Literal::new_typed_literal(
                    d.lexical(),
                    iri(format!("http://www.w3.org/2001/XMLSchema#{}", d.datatype())),
                ),
            );
        }
        for &p in &m.participants {
            b.add(node.clone(), ng("participant"), ents[p].clone());
            let ev = m.sources.get(&p).unwrap_or(&first);
            evidence(
                &mut b,
                node,
                &ng("participant"),
                &ents[p].clone().into(),
                ev.sentence,
                ev.rule,
            );
        }
    }

    for (links, prop) in [(&r.memberships, "memberOf"), (&r.leads, "leads")] {
        for l in links {
            let o: NamedNode = match l.object {
                Target::Entity(e) => ents[e].clone(),
                Target::Meeting(m) => meeting_iris[m].clone(),
            };
            b.add(ents[l.subject].clone(), ng(prop), o.clone());
            evidence(
                &mut b,
                &ents[l.subject],
                &ng(prop),
                &o.into(),
                l.evidence.sentence,
                l.evidence.rule,
            );
        }
    }

    for q in &r.quotes {
        let words = q.span.of(text);
        let speaker = &x.entities.list[q.speaker];
        let node = entity_iri(&format!("quote/{}", short_hash(&[&speaker.key, words])));
        let short: String = words
            .split_whitespace()
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        b.describe(&node, "Quote", &format!("{}: “{}…”", speaker.label, short));
        b.add(node.clone(), ng("speaker"), ents[q.speaker].clone());
        b.string(node.clone(), ng("text"), words);
        b.add(node.clone(), ng("mentionedIn"), article.clone());
        evidence(
            &mut b,
            &node,
            &ng("speaker"),
            &ents[q.speaker].clone().into(),
            q.evidence.sentence,
            q.evidence.rule,
        );
    }
    dedup_in_order(b.quads)
}

/// The quads without repeats, each where it first came: the builder emits in
/// an order fixed by the text alone, so the output is deterministic without
/// sorting (which formatted every quad as text: 8% of extraction time).
fn dedup_in_order(mut quads: Vec<Quad>) -> Vec<Quad> {
    let keep: Vec<bool> = {
        let mut seen =
            rustc_hash::FxHashSet::with_capacity_and_hasher(quads.len(), Default::default());
        quads.iter().map(|q| seen.insert(q)).collect()
    };
    let mut flags = keep.into_iter();
    quads.retain(|_| flags.next().unwrap_or(false));
    quads
}

fn date_literal(d: Ymd) -> Literal {
    Literal::new_typed_literal(
        format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        xsd::DATE,
    )
}

/// A meeting's IRI: its place and month-day, so that reports in several
/// articles (one with the year, one without) meet on one node.
fn meeting_iri(m: &MeetingFact, x: &Extraction) -> NamedNode {
    let loc = m.location.map(|l| slug(&x.entities.list[l].label));
    let date = m.date.map(|d| {
        let (mo, day) = d.month_day();
        match day {
            Some(day) => format!("{mo:02}-{day:02}"),
            None => format!("{mo:02}"),
        }
    });
    let key = match (loc, date) {
        (Some(l), Some(d)) => format!("{l}-{d}"),
        (Some(l), None) => match undated_marker(m, x) {
            // undated: who meets tells meetings at one place apart
            Some(e) => format!("{l}-{}", slug(&e.label)),
            None => l,
        },
        (None, Some(d)) => format!("on-{d}"),
        // neither place nor date ("A met B"): who met
        (None, None) => {
            let mut who: Vec<String> = m
                .participants
                .iter()
                .map(|&p| slug(&x.entities.list[p].label))
                .collect();
            who.sort();
            format!("with-{}", who.join("-"))
        }
    };
    entity_iri(&format!("meeting/{key}"))
}

/// What tells an undated meeting from others at the same place: the first
/// organization taking part (by name), else the first person. The host comes
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
    others()
        .filter(|e| e.class == Class::Organization)
        .min_by_key(|e| slug(&e.label))
        .or_else(|| {
            others()
                .filter(|e| e.class == Class::Person)
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
        parts.push(d.short_label());
    } else if let Some(e) = undated_marker(m, x) {
        parts.push(e.label.clone());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_offsets_match_a_plain_count_across_checkpoints() {
        let cases = [
            "Zürich – Київ, 東京 and Oslo. ".repeat(700),
            "Plain ASCII text, Oslo. ".repeat(300),
            format!("{}é", "x".repeat(CHECKPOINT - 1)),
            String::new(),
        ];
        for text in &cases {
            let b = Builder {
                graph: GraphName::DefaultGraph,
                entities: GraphName::DefaultGraph,
                article: article_iri("t.txt"),
                text,
                quads: Vec::new(),
                checkpoints: checkpoints(text),
            };
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
    fn decimals_are_written_like_display() {
        for n in [0, 7, 10, 99, 100, 4_096, 65_535, 1_000_001, usize::MAX] {
            let mut s = String::from("x");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
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
