//! Stage 4: entities → relations.
//!
//! Positions, memberships, leadership, meetings and quotes, each with the
//! sentence and the rule that produced it. Negation, modality and hedging
//! assert nothing: a clause that says "not", "refused", "could" or "is
//! considering" yields no membership or leadership. (One reasoned exception:
//! an obligation of membership, "X could exceed the 3% target", presupposes
//! the membership whatever the modal on the amount; see
//! `memberships::obligation_memberships`.)
//!
//! Word boundaries in the patterns here, in `mentions` and in `dates` are
//! ASCII ones, `(?-u:\b)`: at a Unicode `\b` the regex crate's fast engine
//! gives up on the first non-ASCII byte (a curly quote is enough) and hands
//! the search to a slower one. The patterns are English words, so the only
//! difference is next to a non-ASCII letter.

mod agreements;
mod annotated;
mod leads;
mod lists;
mod meetings;
mod memberships;
mod positions;
mod quotes;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{DateMention, DateValue};
use crate::entities::{Class, Entities};
use crate::gazetteer::gazetteer;
use crate::lexicon::SPEECH_VERBS;
use crate::mentions::{Mention, MentionKind, Mentions};
use crate::text::{Sentence, Span, ends_with_ignore_ascii_case};

use agreements::agreements;
pub use annotated::{Annotated, Annotation, Item, Join, annotate};
use leads::leads;
use lists::*;
pub use meetings::same_meeting;
use meetings::{meetings, signers_take_part};
use memberships::*;
use positions::{
    bracket_people, counterparts, country_tag, group_lists, home_posts, ministry_heads,
    owners_named_before, owners_of_the_title, positions, possessors_posts, successions,
    visit_hosts,
};
use quotes::quotes;

/// Where a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    /// Index of the sentence.
    pub sentence: usize,
    /// Name of the rule.
    pub rule: &'static str,
}

/// A person's post.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PositionFact {
    /// The person (entity index).
    pub person: usize,
    /// Canonical title.
    pub title: String,
    /// The country or organization the post belongs to.
    pub of: Option<usize>,
    /// "former", "acting", ...
    pub qualifier: Option<String>,
    /// Why.
    pub evidence: Evidence,
}

/// A binary relation between two entities (`memberOf`, `leads`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    /// Subject entity.
    pub subject: usize,
    /// Object: an entity, or a meeting.
    pub object: Target,
    /// Why.
    pub evidence: Evidence,
}

impl Link {
    /// `subject` related to the entity `object`, read by `rule` in sentence
    /// `sentence`.
    fn to_entity(subject: usize, object: usize, sentence: usize, rule: &'static str) -> Self {
        Self {
            subject,
            object: Target::Entity(object),
            evidence: Evidence { sentence, rule },
        }
    }
}

/// The object of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// An entity index.
    Entity(usize),
    /// A meeting index.
    Meeting(usize),
}

/// Whether a meeting took place or is to come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Reported as held.
    Held,
    /// Reported as planned.
    Planned,
}

/// A meeting, summit, talks or call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFact {
    /// "summit", "talks", "call", ...
    pub kinds: BTreeSet<&'static str>,
    /// Held or planned.
    pub status: Status,
    /// The most specific place given (entity index).
    pub location: Option<usize>,
    /// The organization or country hosting it, where the text says so ("at
    /// NATO headquarters", "NATO's headquarters will host", "hosted by Norway").
    pub host: Option<usize>,
    /// When.
    pub date: Option<DateValue>,
    /// Who took part (entity indices).
    pub participants: BTreeSet<usize>,
    /// Every sentence that reports it.
    pub evidence: Vec<Evidence>,
    /// The sentence that names each participant or the place (by entity).
    pub sources: BTreeMap<usize, Evidence>,
}

impl MeetingFact {
    /// `e` takes part, as sentence `sentence` says by `rule`.
    fn take_part(&mut self, e: usize, sentence: usize, rule: &'static str) {
        self.participants.insert(e);
        self.sources.insert(e, Evidence { sentence, rule });
    }
}

/// A direct quotation with a named speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFact {
    /// The speaker (entity index).
    pub speaker: usize,
    /// The words inside the quotation marks.
    pub span: Span,
    /// Why.
    pub evidence: Evidence,
}

/// Everything stage 4 finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relations {
    /// Posts.
    pub positions: Vec<PositionFact>,
    /// `memberOf` links.
    pub memberships: Vec<Link>,
    /// `leads` links.
    pub leads: Vec<Link>,
    /// Meetings.
    pub meetings: Vec<MeetingFact>,
    /// Quotes.
    pub quotes: Vec<QuoteFact>,
    /// `signedWith` links, both directions of each pair.
    pub signed: Vec<Link>,
}

/// A relation between two entities (or an entity and a meeting) as the
/// graph states it: one entry per relation, read by `rdf` (which quads),
/// `export` (which DOT edges) and the ontology and shape tests. Adding a
/// two-entity relation is one rule module, one field of [`Relations`] and
/// one entry here (with the ontology and shapes).
#[derive(Debug, Clone, Copy)]
pub struct LinkPredicate {
    /// Local name in the `ng:` namespace.
    pub local: &'static str,
    /// Classes of the subject.
    pub subjects: &'static [Class],
    /// Local names of the object's classes.
    pub objects: &'static [&'static str],
    /// Whether `a p b` implies `b p a` (both are stated).
    pub symmetric: bool,
    /// Whether the DOT export draws it as an edge.
    pub drawn: bool,
    /// The name of its table in the CSV export (`memberships.csv`).
    pub table: &'static str,
    /// Its links among the relations found.
    pub links: fn(&Relations) -> &[Link],
}

/// Every two-entity relation.
pub const LINK_PREDICATES: &[LinkPredicate] = &[
    LinkPredicate {
        local: "memberOf",
        subjects: &[Class::Person, Class::Country, Class::Organization],
        objects: &["Organization"],
        symmetric: false,
        drawn: true,
        table: "memberships",
        links: |r| &r.memberships,
    },
    LinkPredicate {
        local: "leads",
        subjects: &[Class::Person, Class::Country, Class::Organization],
        objects: &["Organization", "Meeting"],
        symmetric: false,
        drawn: true,
        table: "leaders",
        links: |r| &r.leads,
    },
    LinkPredicate {
        local: "signedWith",
        subjects: &[Class::Person, Class::Country, Class::Organization],
        objects: &["Person", "Country", "Organization"],
        symmetric: true,
        drawn: true,
        table: "agreements",
        links: |r| &r.signed,
    },
];

/// Words that make a clause assert nothing (`ontology/lexicon/hedges.tsv`).
static HEDGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&crate::lexicon::hedge_pattern()).expect("valid regex"));

/// A word of the text that hedges what its clause states ("may", "refused",
/// "plans"), and whether it only makes it planned ("plans", "expected").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hedge {
    /// Where it starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// "plans", "planned", "expected": planned, not doubted.
    pub plan: bool,
}

/// Every hedge word of `text`, in text order: found once per article, so
/// that each rule's check over a clause is a lookup. "It should be noted
/// that" hedges nothing, nor does the month May or the name May (a "May"
/// with a capital that does not open a sentence), nor a word inside
/// quotation marks.
pub fn find_hedges(text: &str) -> Vec<Hedge> {
    // words inside quotation marks are the speaker's: "“We want closer
    // ties,” the president said after meeting X" hedges no meeting
    HEDGE
        .find_iter(text)
        .filter(|m| !in_quotation(text, m.start()))
        .filter(|m| !(m.as_str() == "should" && text[m.end()..].starts_with(" be noted")))
        .filter(|m| {
            let before = text[..m.start()].trim_end_matches(' ');
            m.as_str() != "May"
                || before.is_empty()
                || before.ends_with(['.', '!', '?', '\n', '“', '"', ':', '—'])
        })
        .map(|m| Hedge {
            start: m.start(),
            end: m.end(),
            plan: crate::lexicon::hedge_word(&m.as_str().to_lowercase())
                .is_some_and(|h| h.effect == "plan"),
        })
        .collect()
}

/// Whether byte `at` of `text` is inside a quotation: more opening than
/// closing curly marks, or an odd number of straight ones, on its line
/// before it. Words quoted are the speaker's, not the report's.
pub(super) fn in_quotation(text: &str, at: usize) -> bool {
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let (mut open, mut straight) = (0i32, 0u32);
    for c in line.chars() {
        match c {
            '“' => open += 1,
            '”' => open -= 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    open > 0 || straight % 2 == 1
}

/// The article's text and the results of the stages before this one.
pub struct Input<'a> {
    /// The original text.
    pub text: &'a str,
    /// Stage 1.
    pub sentences: &'a [Sentence],
    /// Stage 2.
    pub mentions: &'a Mentions,
    /// Stage 3.
    pub entities: &'a Entities,
    /// Dates found in the text.
    pub dates: &'a [DateMention],
    /// Hedge words of the text ([`find_hedges`]).
    pub hedges: &'a [Hedge],
    /// Each sentence annotated ([`annotate`]).
    pub annotation: &'a Annotation,
}

/// Finds the relations the text states.
pub fn extract_relations(input: &Input<'_>) -> Relations {
    let mut r = Relations {
        positions: positions(input),
        ..Relations::default()
    };
    r.positions.extend(group_lists(input));
    r.positions.extend(ministry_heads(input));
    let successors = successions(input, &r.positions);
    r.positions.extend(successors);
    let counterparts = counterparts(input, &r.positions);
    r.positions.extend(counterparts);
    visit_hosts(input, &mut r.positions);
    possessors_posts(input, &mut r.positions);
    owners_of_the_title(input, &mut r.positions);
    owners_named_before(input, &mut r.positions);
    home_posts(input, &mut r.positions);
    r.memberships = memberships(input);
    r.memberships.extend(veto_memberships(input));
    r.memberships.extend(role_memberships(input));
    r.memberships.extend(party_tag_memberships(input));
    r.memberships.extend(obligation_memberships(input));
    r.memberships.extend(listed_memberships(input));
    r.memberships.extend(composed_memberships(input));
    r.meetings = meetings(input);
    r.signed = agreements(input);
    signers_take_part(&r.signed, &mut r.meetings);
    r.memberships
        .extend(meeting_memberships(input, &r.meetings, &r.positions));
    r.leads = leads(input, &r.meetings, &r.positions);
    let from_leaders = leader_memberships(input, &r.leads, &r.positions);
    r.memberships.extend(from_leaders);
    r.quotes = quotes(input, &r.positions);
    // "economist X", "journalist Y": an occupation named without its
    // employer describes the person, it is no post (it still told who
    // "the economist" quoted is)
    r.positions
        .retain(|p| p.of.is_some() || !is_occupation(&p.title));
    r.dedup();
    r
}

/// Whether canonical title `title` is an occupation (the gazetteer's
/// `academic` and `media` kinds: "Economist", "Journalist") rather than an
/// office.
fn is_occupation(title: &str) -> bool {
    gazetteer()
        .titles
        .iter()
        .find(|t| t.title == title)
        .is_some_and(|t| matches!(t.kind.as_str(), "academic" | "media"))
}

impl Relations {
    /// Each fact once: links by their two ends, posts by person, title,
    /// owner and qualifier (the first evidence kept). A post without its
    /// owner goes where the same person's same title has one.
    fn dedup(&mut self) {
        for links in [&mut self.signed, &mut self.memberships, &mut self.leads] {
            links.sort();
            links.dedup_by(|a, b| a.subject == b.subject && a.object == b.object);
        }
        self.positions.sort();
        self.positions.dedup_by(|a, b| {
            a.person == b.person && a.title == b.title && a.of == b.of && a.qualifier == b.qualifier
        });
        let with_of: Vec<(usize, String)> = self
            .positions
            .iter()
            .filter(|p| p.of.is_some())
            .map(|p| (p.person, p.title.clone()))
            .collect();
        self.positions
            .retain(|p| p.of.is_some() || !with_of.contains(&(p.person, p.title.clone())));
    }
}

impl Input<'_> {
    /// "JEDDAH: Prince Faisal on Wednesday participated in a meeting ...": the
    /// city of the lede's dateline, where a meeting the lede reports without a
    /// place was held (not a call, which has no place). Its sentence and entity.
    fn dateline_city(&self) -> Option<(usize, usize)> {
        let lede = self
            .sentences
            .iter()
            .position(|s| s.kind == crate::text::LineKind::Body)?;
        let s = &self.sentences[lede];
        let m = self.items(lede).next()?;
        let e = m.entity?;
        let name = m.span.of(self.text);
        let after = self.slice(m.span.end, s.span.end);
        // ("Santiago, Nov 27 (Agency).-": a city as written, before a day)
        static DAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^, (?:[A-Z][a-z]+, )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?(?: \([^)]*\))?\.?\s?[—–-]").expect("valid regex")
        });
        (m.span.start == s.span.start
            && self.class(e) == Class::City
            && (!name.contains(char::is_lowercase) || DAY_AFTER.is_match(after))
            && [":", ",", " (", " —", " –", " -"]
                .iter()
                .any(|p| after.starts_with(p)))
        .then_some((lede, e))
    }

    /// The article's own country: its dateline city's country where the
    /// article names that country past the dateline ("NAIROBI — ... Kenya's
    /// trade": Kenya; not "GENEVA, Switzerland — ... Russia and the United
    /// States"); with no dateline, the one country the article names, once
    /// at least as the owner of its government, not after a preposition
    /// ("Latvia's new cabinet": Latvia; not "tariffs on steel from Mexico",
    /// "Russia was behind the sabotage").
    ///
    /// None where the article tells of a journey there or to one of its
    /// cities ("flew to Panama", "a visit to Mongolia", "arrived in
    /// Manila", "returned from Israel": its posts with no owner may be the
    /// traveller's), or of a state's or province's government (its posts
    /// are no nation's).
    fn home_country(&self) -> Option<usize> {
        static JOURNEY_TO: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:(?:[Vv]isit(?:s|ed|ing)?|trip|tour(?:s|ed|ing)?|journey)(?: to| of)?|(?:travel(?:s|led|ed|ling|ing)?|fl(?:ew|ies|y|ying)|head(?:s|ed|ing)) (?:to|into)|(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)) in|return(?:s|ed|ing)? from)(?: the)? $")
                .expect("valid regex")
        });
        static AFTER_PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:to|on|with|from|for|against|of|into|in|at|by|toward|towards|over|about|and|between)(?: the)? $")
                .expect("valid regex")
        });
        static GOVERNMENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(?:’s|'s)? (?:(?:new|outgoing|incoming|ruling|caretaker|coalition|interim) )?(?:[Gg]overnment|[Cc]abinet|[Pp]arliament|[Cc]oalition|[Ll]egislature|National Assembly|[Mm]inistry|[Mm]inistries)(?-u:\b)")
                .expect("valid regex")
        });
        static SUB_NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:[Pp]rovincial|[Pp]rovince|[Ss]tate (?:government|assembly|legislature|parliament|cabinet)|[Cc]anton|Länder|[Pp]refectur|Chief Minister|First Minister|Minister[ -]President|Premier)(?-u:\b)")
                .expect("valid regex")
        });
        let home = if let Some((lede, city)) = self.dateline_city() {
            let key = self.entities.list[city].country.as_ref()?;
            let c = self.entities.by_key(key)?;
            // (past the dateline's dash or colon)
            let s = &self.sentences[lede];
            let st = s.span.of(self.text);
            let dateline_end = s.span.start
                + [" —", " –", " -", ":"]
                    .iter()
                    .filter_map(|d| st.find(d))
                    .min()
                    .unwrap_or(0);
            let past = self.entities.list[c]
                .mentions
                .iter()
                .any(|&i| self.entities.mentions[i].span.start > dateline_end);
            past.then_some(c)?
        } else {
            let mut named =
                (0..self.entities.list.len()).filter(|&e| self.class(e) == Class::Country);
            let (Some(c), None) = (named.next(), named.next()) else {
                return None;
            };
            // (named as the owner of the government the article tells of:
            // "Latvia's new cabinet", "the Kenyan government")
            let governs = self.entities.list[c].mentions.iter().any(|&i| {
                let m = &self.entities.mentions[i];
                let start = self.sentences[m.sentence].span.start;
                !AFTER_PREPOSITION.is_match(self.slice(start, m.span.start))
                    && GOVERNMENT_AFTER
                        .is_match(self.slice(m.span.end, self.sentences[m.sentence].span.end))
            });
            governs.then_some(c)?
        };
        let key = &self.entities.list[home].key;
        let journey = self
            .entities
            .list
            .iter()
            .enumerate()
            .filter(|&(e, ent)| e == home || ent.country.as_ref() == Some(key))
            .flat_map(|(_, ent)| ent.mentions.iter())
            .any(|&i| {
                let m = &self.entities.mentions[i];
                let start = self.sentences[m.sentence].span.start;
                JOURNEY_TO.is_match(self.slice(start, m.span.start))
            });
        (!journey && !SUB_NATIONAL.is_match(self.text)).then_some(home)
    }

    fn class(&self, e: usize) -> Class {
        self.entities.list[e].class
    }

    /// The entity mentions of a sentence, in order, annotated.
    fn items(&self, sentence: usize) -> std::slice::Iter<'_, Item> {
        self.annotation.sentences[sentence].items.iter()
    }

    /// What joins item `b` of sentence `si` to item `a` before it: the
    /// annotated join when they are neighbours, else the text between.
    fn join(&self, si: usize, a: usize, b: usize) -> Join {
        let items = &self.annotation.sentences[si].items;
        if a + 1 == b {
            items[b].join
        } else {
            Join::of(self.slice(items[a].span.end, items[b].span.start).trim())
        }
    }

    /// Where entity `e` is mentioned in a sentence.
    fn spans_of(&self, sentence: usize, e: usize) -> impl Iterator<Item = Span> {
        self.items(sentence)
            .filter(move |m| self.entities.of_mention[m.index] == e)
            .map(|m| m.span)
    }

    /// The first mention (in text order) that ends exactly at `pos`.
    fn mention_ending_at(&self, pos: usize) -> Option<&Item> {
        let i = *self.entities.by_end.get(&pos)?;
        self.annotation.item(i)
    }

    /// The first mention (in text order) that starts at `pos`.
    fn mention_starting_at(&self, pos: usize) -> Option<&Item> {
        let i = self
            .entities
            .mentions
            .partition_point(|m| m.span.start < pos);
        (self.entities.mentions.get(i)?.span.start == pos)
            .then(|| self.annotation.item(i))
            .flatten()
    }

    fn slice(&self, a: usize, b: usize) -> &str {
        if a <= b { &self.text[a..b] } else { "" }
    }

    /// The gazetteer member list of an organization entity, if it has one.
    fn member_list(&self, e: usize) -> Option<&'static crate::gazetteer::Membership> {
        self.entities.list[e]
            .mentions
            .iter()
            .find_map(|&i| match self.entities.mentions[i].kind {
                MentionKind::KnownOrganization(o) => gazetteer().membership(o),
                _ => None,
            })
    }

    /// The organization whose members a body's members are: itself when the
    /// gazetteer lists its members; for a body named after a listed
    /// organization ("ECOWAS Authority", "AU Commission"), that organization,
    /// when the article names it too.
    fn membership_body(&self, e: usize) -> Option<usize> {
        if self.member_list(e).is_some() {
            return Some(e);
        }
        if self.class(e) != Class::Organization || self.entities.list[e].org_kind.is_some() {
            return None;
        }
        let label = &self.entities.list[e].label;
        let head = gazetteer().find_names(label).into_iter().find(|h| {
            h.start == 0 && matches!(h.known, crate::gazetteer::Known::Organization(_))
        })?;
        let crate::gazetteer::Known::Organization(o) = head.known else {
            return None;
        };
        gazetteer().membership(o)?;
        (0..self.entities.list.len()).find(|&p| {
            p != e
                && self.entities.list[p]
                    .mentions
                    .iter()
                    .any(|&i| self.entities.mentions[i].kind == MentionKind::KnownOrganization(o))
        })
    }

    /// The gazetteer index of a country entity.
    fn country_index(&self, e: usize) -> Option<usize> {
        self.entities.list[e]
            .mentions
            .iter()
            .find_map(|&i| match self.entities.mentions[i].kind {
                MentionKind::Country(c) | MentionKind::Demonym(c) => Some(c),
                _ => None,
            })
    }

    /// Whether the gazetteer lists country entity `c` among the members of
    /// organization entity `org`.
    fn listed_member(&self, c: usize, org: usize) -> bool {
        self.member_list(org)
            .zip(self.country_index(c))
            .is_some_and(|(l, c)| l.members.binary_search(&c).is_ok())
    }

    /// Whether `pronoun` ("he", "She") can stand for person entity `e`:
    /// not "he" for a woman nor "she" for a man, as the article tells
    /// ([`Input::gender_of`]; unknown fits either).
    fn pronoun_fits(&self, e: usize, pronoun: &str) -> bool {
        use crate::gazetteer::Gender;
        !matches!(
            (pronoun.to_ascii_lowercase().as_str(), self.gender_of(e)),
            ("he", Some(Gender::Female)) | ("she", Some(Gender::Male))
        )
    }

    /// A person's gender as the article tells it: their given name's, else
    /// an honorific before a mention ("Ms. Rao"), else the pronoun that
    /// starts the sentence after one that names them last ("... MP Arjun
    /// Rao. He was defeated"); `None` when nothing tells or two cues differ.
    pub(super) fn gender_of(&self, e: usize) -> Option<crate::gazetteer::Gender> {
        use crate::gazetteer::Gender;
        let first = self.entities.list[e]
            .label
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let given = crate::gazetteer::gazetteer().given_gender(first);
        if matches!(given, Some(Gender::Male | Gender::Female)) {
            return given;
        }
        let mut told = None;
        for &i in &self.entities.list[e].mentions {
            let m = &self.entities.mentions[i];
            if m.kind != MentionKind::Person {
                continue;
            }
            let honorific = self.text[..m.span.start]
                .split_whitespace()
                .next_back()
                .and_then(crate::lexicon::honorific_gender);
            let last_named = self
                .items(m.sentence)
                .rfind(|o| o.kind == MentionKind::Person)
                .is_some_and(|o| o.index == i);
            let next = self
                .sentences
                .get(m.sentence + 1)
                .map(|s| s.span.of(self.text));
            let pronoun = next.filter(|_| last_named).and_then(|n| {
                if n.starts_with("He ") {
                    Some(Gender::Male)
                } else if n.starts_with("She ") {
                    Some(Gender::Female)
                } else {
                    None
                }
            });
            for g in [honorific, pronoun].into_iter().flatten() {
                if told.is_some_and(|t| t != g) {
                    return None;
                }
                told = Some(g);
            }
        }
        told
    }

    /// Whether the text between `a` and `b` hedges what it states ("may",
    /// "refused to", "plans to"); see [`find_hedges`].
    /// Whether a nationality word modifies a business named after it
    /// ("Danish brewer X", "Dutch dairy and nutrition firm X"): then it tells
    /// the business's country, and is no owner of a post.
    fn modifies_a_business(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Demonym(_))
            && self.text[m.span.end..]
                .split_whitespace()
                .take(4)
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                .any(|w| crate::lexicon::COMPANY_NOUNS.contains(&w.trim_end_matches([',', '.'])))
    }

    /// The title mentions of sentence `si` (they are in sentence order):
    /// rules that look for a title next to another look only there, not
    /// through the whole article for each title.
    fn titles_in(&self, si: usize) -> &[crate::mentions::TitleMention] {
        &self.mentions.titles[self.annotation.sentences[si].titles.clone()]
    }

    fn hedged(&self, a: usize, b: usize) -> bool {
        self.hedges_within(a, b).next().is_some()
    }

    /// Whether the text hedges a meeting it reports: a meeting planned
    /// ("plans to meet", "is expected to meet") is a meeting, held or not.
    fn hedged_beyond_plans(&self, a: usize, b: usize) -> bool {
        self.hedges_within(a, b).any(|h| !h.plan)
    }

    /// The hedge words inside `[a, b)`, found once per article.
    fn hedges_within(&self, a: usize, b: usize) -> impl Iterator<Item = &Hedge> {
        let from = self.hedges.partition_point(|h| h.start < a);
        self.hedges[from..].iter().take_while(move |h| h.end <= b)
    }
}
