//! Stage 4: entities → relations.
//!
//! Positions, memberships, leadership, meetings and quotes, each with the
//! sentence and the rule that produced it. Negation, modality and hedging
//! assert nothing: a clause that says "not", "refused", "could" or "is
//! considering" yields no membership or leadership.
//!
//! Word boundaries in the patterns here, in `mentions` and in `dates` are
//! ASCII ones, `(?-u:\b)`: at a Unicode `\b` the regex crate's fast engine
//! gives up on the first non-ASCII byte (a curly quote is enough) and hands
//! the search to a slower one. The patterns are English words, so the only
//! difference is next to a non-ASCII letter.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{DateMention, DateValue};
use crate::entities::{Class, Entities};
use crate::gazetteer::gazetteer;
use crate::mentions::{Mention, MentionKind, Mentions, SPEECH_VERBS};
use crate::text::{Sentence, Span, ends_with_ignore_ascii_case};

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
}

const QUALIFIERS: &[&str] = &[
    "former", "acting", "then", "incoming", "outgoing", "interim", "current", "new",
];

/// Words that make a clause assert nothing.
static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:not|n't|never|no longer|neither|nor|refus\w*|declin\w*|reject\w*|could|would|might|may|should|consider\w*|suggest\w*|propos\w*|if|whether|unless|possibl\w*|potential\w*|reportedly|rumou?r\w*|deny|denie\w*|denied|oppos\w*|want\w*|hope\w*|seek\w*|plan\w*|aim\w*|expected|likely)(?-u:\b)|n’t").expect("valid regex")
});

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
}

/// Finds the relations the text states.
pub fn extract_relations(input: &Input<'_>) -> Relations {
    let mut r = Relations {
        positions: positions(input),
        ..Relations::default()
    };
    r.memberships = memberships(input);
    r.memberships.extend(veto_memberships(input));
    r.memberships.extend(role_memberships(input));
    r.memberships.extend(obligation_memberships(input));
    r.meetings = meetings(input);
    r.leads = leads(input, &r.meetings);
    // a country that leads a coalition or alliance is one of its members
    for l in &r.leads {
        if let Target::Entity(org) = l.object {
            let kind = input.entities.list[org].org_kind.as_deref().unwrap_or("");
            if input.class(l.subject) == Class::Country && matches!(kind, "coalition" | "alliance")
            {
                r.memberships.push(Link {
                    subject: l.subject,
                    object: l.object,
                    evidence: Evidence {
                        sentence: l.evidence.sentence,
                        rule: "member/leader-is-member",
                    },
                });
            }
        }
    }
    r.quotes = quotes(input);
    r.positions.sort();
    r.positions.dedup_by(|a, b| {
        a.person == b.person && a.title == b.title && a.of == b.of && a.qualifier == b.qualifier
    });
    // a post without its country is dropped where the same person's same title has one
    let with_of: Vec<(usize, String)> = r
        .positions
        .iter()
        .filter(|p| p.of.is_some())
        .map(|p| (p.person, p.title.clone()))
        .collect();
    r.positions
        .retain(|p| p.of.is_some() || !with_of.contains(&(p.person, p.title.clone())));
    r.memberships.sort();
    r.memberships
        .dedup_by(|a, b| a.subject == b.subject && a.object == b.object);
    r.leads.sort();
    r.leads
        .dedup_by(|a, b| a.subject == b.subject && a.object == b.object);
    r
}

impl Input<'_> {
    fn entity_of(&self, m: &Mention) -> Option<usize> {
        self.entities.at(m.span)
    }

    fn class(&self, e: usize) -> Class {
        self.entities.list[e].class
    }

    /// Mentions of a sentence, in order.
    fn mentions_in(&self, sentence: usize) -> impl Iterator<Item = (usize, &Mention)> {
        let range = self.entities.within(self.sentences[sentence].span);
        range
            .map(move |i| (i, &self.entities.mentions[i]))
            .filter(move |(_, m)| m.sentence == sentence)
    }

    /// Where entity `e` is mentioned in a sentence.
    fn spans_of(&self, sentence: usize, e: usize) -> impl Iterator<Item = Span> {
        self.mentions_in(sentence)
            .filter(move |(i, _)| self.entities.of_mention[*i] == e)
            .map(|(_, m)| m.span)
    }

    /// The mention that ends exactly at `pos` (after trimming a possessive).
    fn mention_ending_at(&self, pos: usize) -> Option<&Mention> {
        self.entities.ending_at(pos)
    }

    fn mention_starting_at(&self, pos: usize) -> Option<&Mention> {
        self.entities.starting_at(pos)
    }

    fn slice(&self, a: usize, b: usize) -> &str {
        if a <= b { &self.text[a..b] } else { "" }
    }

    fn hedged(&self, a: usize, b: usize) -> bool {
        HEDGE.is_match(self.slice(a, b))
    }
}

fn is_post_holder(class: Class) -> bool {
    matches!(class, Class::Country | Class::Organization)
}

/// "British Prime Minister Keir Starmer", "Mark Rutte, NATO's secretary general", ...
fn positions(input: &Input<'_>) -> Vec<PositionFact> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    // "Foreign Minister Prince Faisal": a royal title right after an office is
    // part of the name's address, not the post
    let royal_right_after = |end: usize| {
        input.mentions.titles.iter().find(|r| {
            r.span.start == end + 1
                && input.slice(end, r.span.start) == " "
                && gaz.titles[r.title].kind == "royal"
        })
    };
    let after_office = |start: usize| {
        input.mentions.titles.iter().any(|o| {
            o.span.end + 1 == start
                && input.slice(o.span.end, start) == " "
                && gaz.titles[o.title].kind != "royal"
        })
    };
    for t in &input.mentions.titles {
        if gaz.titles[t.title].kind == "royal" && after_office(t.span.start) {
            continue;
        }
        let title = gaz.titles[t.title].title.clone();
        let sentence = &input.sentences[t.sentence];
        let end = royal_right_after(t.span.end).map_or(t.span.end, |r| r.span.end);
        // the person after the title: "Prime Minister Keir Starmer" / "the French president, Emmanuel Macron"
        let after = input.slice(end, sentence.span.end);
        let skip = if after.starts_with(", ") {
            2
        } else if after.starts_with(' ') {
            1
        } else {
            usize::MAX
        };
        let mut person = None;
        let mut rule = "position/title-before-name";
        if skip != usize::MAX
            && let Some(m) = input.mention_starting_at(end + skip)
            && m.kind == MentionKind::Person
        {
            person = input.entity_of(m);
        }
        // "the head of the IAEA, Rafael Grossi": TITLE of OWNER, PERSON
        let mut of_after = None;
        if person.is_none()
            && let Some(r) = after.strip_prefix(" of ")
        {
            let r = r.strip_prefix("the ").unwrap_or(r);
            let at = end + (after.len() - r.len());
            if let Some(om) = input.mention_starting_at(at)
                && let Some(oe) = input.entity_of(om)
                && is_post_holder(input.class(oe))
                && input
                    .slice(om.span.end, sentence.span.end)
                    .starts_with(", ")
                && let Some(pm) = input.mention_starting_at(om.span.end + 2)
                && pm.kind == MentionKind::Person
            {
                person = input.entity_of(pm);
                of_after = Some(oe);
                rule = "position/title-of-owner-name";
            }
        }
        // the apposition: "Keir Starmer, the British prime minister" / "Ben Barry, a senior fellow at X"
        let mut of = None;
        let mut head_start = t.span.start;
        let before = input.slice(sentence.span.start, t.span.start);
        // "NATO Secretary General", "British Prime Minister", "Russia's foreign minister"
        let owner = before
            .strip_suffix(' ')
            .map(|b| {
                b.strip_suffix("'s")
                    .or_else(|| b.strip_suffix("’s"))
                    .unwrap_or(b)
            })
            .and_then(|b| input.mention_ending_at(sentence.span.start + b.len()));
        if let Some(m) = owner
            && let Some(e) = input.entity_of(m)
            && is_post_holder(input.class(e))
        {
            of = Some(e);
            head_start = m.span.start;
        }
        // "Finland, a NATO member, sent its defence minister, Antti Hakkanen":
        // "its" is the country or organization the sentence starts with
        if of.is_none()
            && (before.ends_with(" its ") || before == "Its ")
            && let Some((_, m)) = input.mentions_in(t.sentence).next()
            && m.span.start < t.span.start
            && input
                .slice(sentence.span.start, m.span.start)
                .trim()
                .is_empty()
            && let Some(e) = input.entity_of(m)
            && matches!(input.class(e), Class::Country | Class::Organization)
        {
            of = Some(e);
        }
        // qualifier right before: "former U.S. President"
        let pre = input.slice(sentence.span.start, head_start).trim_end();
        let qualifier = QUALIFIERS
            .iter()
            .find(|q| {
                ends_with_ignore_ascii_case(pre, q)
                    && pre[..pre.len() - q.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|q| q.to_string())
            .or_else(|| ends_with_ignore_ascii_case(pre, "then-").then(|| "then".to_string()));
        if person.is_none() {
            // apposition: PERSON, (a|an|the)? [OWNER('s)?]? TITLE
            let pre_art = pre
                .strip_suffix(" a")
                .or_else(|| pre.strip_suffix(" an"))
                .or_else(|| pre.strip_suffix(" the"))
                .unwrap_or(pre);
            let pre_art = pre_art.strip_suffix(',').map(str::trim_end);
            if let Some(p) = pre_art
                && let Some(m) = input.mention_ending_at(sentence.span.start + p.len())
                && m.kind == MentionKind::Person
            {
                person = input.entity_of(m);
                rule = "position/apposition";
            }
            if person.is_some() && of.is_none() {
                // "... senior fellow for land warfare at the International Institute ..."
                static OF_AT: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(
                        r"^(?: (?:for|on|in)(?: [a-z]+){1,4})? (?:of|at|with|for|to) (?:the )?$",
                    )
                    .expect("valid regex")
                });
                for (_, m) in input.mentions_in(t.sentence) {
                    if m.span.start >= t.span.end
                        && OF_AT.is_match(input.slice(t.span.end, m.span.start))
                    {
                        if let Some(e) = input.entity_of(m)
                            && is_post_holder(input.class(e))
                        {
                            of = Some(e);
                        }
                        break;
                    }
                }
            }
        } else if of.is_none() {
            // "President of France Emmanuel Macron" is rare; leave `of` open
        }
        let of = of.or(of_after);
        let Some(person) = person else { continue };
        if input.class(person) != Class::Person {
            continue;
        }
        out.push(PositionFact {
            person,
            title,
            of,
            qualifier,
            evidence: Evidence {
                sentence: t.sentence,
                rule,
            },
        });
    }
    out
}

/// Country or organization mentions forming a list that ends at `end`
/// ("the U.K., France, and"), scanning backwards.
fn list_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = end;
    let ms: Vec<&Mention> = input
        .mentions_in(sentence)
        .map(|(_, m)| m)
        .filter(|m| m.span.end <= end)
        .collect();
    for m in ms.iter().rev() {
        let gap = input.slice(m.span.end, pos);
        let gap = gap.trim();
        let ok = out.is_empty() && (gap.is_empty() || gap == "and" || gap == ", and" || gap == ",")
            || matches!(
                gap,
                "," | "and" | ", and" | ", the" | "and the" | ", and the" | "the"
            );
        if !ok {
            break;
        }
        let Some(e) = input.entity_of(m) else { break };
        if !matches!(input.class(e), Class::Country | Class::Organization) {
            break;
        }
        out.push(e);
        pos = m.span.start;
    }
    out
}

/// Whether a word for a country's people or envoys follows ("Ukrainian officials").
fn group_noun_after(input: &Input<'_>, pos: usize) -> bool {
    const GROUPS: &[&str] = &[
        "authorities",
        "counterparts",
        "delegates",
        "delegation",
        "delegations",
        "diplomats",
        "envoys",
        "forces",
        "government",
        "leaders",
        "ministers",
        "negotiators",
        "officials",
        "representatives",
        "troops",
    ];
    let word = input.text[pos..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    GROUPS.contains(&word)
}

/// Country or organization mentions forming a list that starts at `start`.
fn list_after(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = start;
    for (_, m) in input
        .mentions_in(sentence)
        .filter(|(_, m)| m.span.start >= start)
    {
        let gap = input.slice(pos, m.span.start).trim();
        let ok = if out.is_empty() {
            gap.is_empty() || gap == "the"
        } else {
            matches!(
                gap,
                "," | "and" | ", and" | ", the" | "and the" | ", and the" | "as well as" | "or"
            )
        };
        // "Ukrainian President X": a demonym describes the person, it is no item;
        // "Ukrainian officials" stands for the country
        if !ok
            || (matches!(m.kind, MentionKind::Demonym(_)) && !group_noun_after(input, m.span.end))
        {
            break;
        }
        let Some(e) = input.entity_of(m) else { break };
        if !matches!(input.class(e), Class::Country | Class::Organization) {
            break;
        }
        out.push(e);
        pos = m.span.end;
    }
    out
}

fn is_org(input: &Input<'_>, e: usize) -> bool {
    input.class(e) == Class::Organization
}

/// "A, B and other NATO member states", "NATO members including A and B", "A, a member of X".
fn memberships(input: &Input<'_>) -> Vec<Link> {
    static MEMBER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:fellow )?[Mm]ember(?:s| states| countries| nations| state| country| nation)?(?-u:\b)|(?-u:\b)allies(?-u:\b)").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for m in MEMBER_NOUN.find_iter(st) {
            let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
            // the organization: "NATO member states", "NATO's members", "members of NATO"
            let before = input.slice(s.span.start, a);
            let org = before
                .strip_suffix(' ')
                .map(strip_ordinal)
                .map(|x| {
                    x.strip_suffix("'s")
                        .or_else(|| x.strip_suffix("’s"))
                        .unwrap_or(x)
                })
                .and_then(|x| input.mention_ending_at(s.span.start + x.len()))
                .and_then(|m| input.entity_of(m))
                .filter(|&e| is_org(input, e));
            let after = input.slice(b, s.span.end);
            // "members of NATO", "a member of both NATO and the EU"
            let orgs_after = || {
                let Some(rest) = after.strip_prefix(" of ") else {
                    return Vec::new();
                };
                let rest = rest.strip_prefix("both ").unwrap_or(rest);
                let start = b + (after.len() - rest.len());
                let mut found = list_after(input, si, start);
                let orgs = found.iter().take_while(|&&e| is_org(input, e)).count();
                found.truncate(orgs);
                found
            };
            // "Its members include ...": the organization last named before the sentence
            let its = || {
                let lead = input.slice(s.span.start, a).trim();
                if !matches!(lead, "Its" | "Their" | "its" | "their") {
                    return None;
                }
                input
                    .entities
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.span.end <= s.span.start)
                    .filter_map(|(i, _)| {
                        Some(input.entities.of_mention[i]).filter(|&e| is_org(input, e))
                    })
                    .next_back()
            };
            let orgs = match org {
                Some(o) => vec![o],
                None => {
                    let after = orgs_after();
                    if after.is_empty() {
                        its().into_iter().collect()
                    } else {
                        after
                    }
                }
            };
            for &org in &orgs {
                let org_start = input
                    .spans_of(si, org)
                    .map(|sp| sp.start)
                    .filter(|&p| p < a)
                    .max()
                    .unwrap_or(a);
                let mut members = Vec::new();
                let mut rule = "";
                // "A, B and other NATO member states"
                let pre = input.slice(s.span.start, org_start);
                if let Some(p) = pre
                    .strip_suffix(" and other ")
                    .or_else(|| pre.strip_suffix(", and other "))
                    .or_else(|| pre.strip_suffix(" and fellow "))
                {
                    members = list_before(input, si, s.span.start + p.len());
                    rule = "member/and-other-members";
                }
                // "NATO members including A and B", "NATO member Poland", "members of NATO such as A"
                if members.is_empty() {
                    static INCL: LazyLock<Regex> = LazyLock::new(|| {
                        Regex::new(r"^(?: of (?:the )?\S+(?: \S+){0,5}?)?,? (?:including|include|includes|such as|like|namely|among them|are|were|[—–:] ?)? ?(?:the )?").expect("valid regex")
                    });
                    let tail_start = b;
                    let tail = input.slice(tail_start, s.span.end);
                    if let Some(c) = INCL.find(tail) {
                        // the bodies themselves ("a member of both NATO and the EU") are no members
                        let mut found = list_after(input, si, tail_start + c.end());
                        found.retain(|e| !orgs.contains(e));
                        if !found.is_empty() && !c.as_str().trim().is_empty() {
                            members = found;
                            rule = "member/members-including";
                        } else if found.len() == 1
                            && m.as_str().starts_with("member")
                            && !m.as_str().contains('s')
                        {
                            members = found; // "NATO member Turkey"
                            rule = "member/member-apposition";
                        }
                    }
                }
                // "A and B, (both) members of X" / "A, a member of X" / "A is a NATO member"
                if members.is_empty() {
                    static APPOS: LazyLock<Regex> = LazyLock::new(|| {
                        Regex::new(r"(?:,(?: (?:both|all|each|also|the|two|three|a|an|fellow|permanent|founding|full))*|(?:,? (?:which|that) )?(?-u:\b)(?:is|are|was|were|became|become|remains?)(?: (?:a|an|also|both|all|the|full|founding|permanent))*)\s*(?:permanent |founding |full )?$").expect("valid regex")
                    });
                    let lead = input.slice(s.span.start, a.min(org_start));
                    if let Some(c) = APPOS.find(lead) {
                        members = list_before(input, si, s.span.start + c.start());
                        rule = "member/apposition";
                    }
                }
                members.retain(|&e| {
                    e != org && matches!(input.class(e), Class::Country | Class::Organization)
                });
                if members.is_empty() {
                    continue;
                }
                // no membership from a hedged or negated clause
                let first = members
                    .iter()
                    .filter_map(|&e| input.spans_of(si, e).map(|sp| sp.start).min())
                    .min()
                    .unwrap_or(a);
                let (lo, hi) = (first.min(a), b.max(first));
                if input.hedged(lo, hi) {
                    continue;
                }
                for e in members {
                    out.push(Link {
                        subject: e,
                        object: Target::Entity(org),
                        evidence: Evidence { sentence: si, rule },
                    });
                }
            }
        }
    }
    out.extend(joined(input));
    out
}

/// `x` without a last word that ranks a member ("NATO's 32nd", "the
/// alliance's newest").
fn strip_ordinal(x: &str) -> &str {
    match x.rsplit_once(' ') {
        Some((head, last))
            if matches!(
                last,
                "first" | "second" | "third" | "newest" | "latest" | "youngest"
            ) || ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| last.strip_suffix(s))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            head
        }
        _ => x,
    }
}

/// "Finland joined NATO in 2023", "Sweden has formally joined the alliance":
/// joining a body makes a member of it ("wants to join", "has not joined" do not).
fn joined(input: &Input<'_>) -> Vec<Link> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:has |have |had )?(?:formally |officially |finally |already )?(?:joined|rejoined|acceded to) (?:the )?").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for c in JOINED.find_iter(st) {
            let (a, b) = (s.span.start + c.start(), s.span.start + c.end());
            let Some(org) = input
                .mention_starting_at(b)
                .and_then(|m| input.entity_of(m))
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            let members = list_before(input, si, a);
            let Some(first) = members
                .iter()
                .filter_map(|&e| input.spans_of(si, e).map(|sp| sp.start).min())
                .min()
            else {
                continue;
            };
            if input.hedged(first, b) {
                continue;
            }
            for e in members.into_iter().filter(|&e| e != org) {
                out.push(Link {
                    subject: e,
                    object: Target::Entity(org),
                    evidence: Evidence {
                        sentence: si,
                        rule: "member/joined",
                    },
                });
            }
        }
    }
    out
}

/// "Russian and Chinese vetoes in the UN Security Council", "Russia's ability
/// to veto decisions in the Security Council": a veto in a body is a seat in it.
fn veto_memberships(input: &Input<'_>) -> Vec<Link> {
    static VETO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:(?:'s|’s) (?:ability|power|right) to |(?:'s|’s) )?(?-u:\b)veto(?:es|s| power| right)?(?-u:\b)",
        )
        .expect("valid regex")
    });
    static IN_ORG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: [a-z]+){0,3} (?:in|at|on) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for v in VETO.find_iter(st) {
            let (a, b) = (s.span.start + v.start(), s.span.start + v.end());
            let Some(org) = input
                .mentions_in(si)
                .find(|(_, m)| m.span.start >= b && IN_ORG.is_match(input.slice(b, m.span.start)))
                .and_then(|(_, m)| input.entity_of(m))
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            let members = list_before(input, si, a);
            if members.is_empty() || input.hedged(a, b) {
                continue;
            }
            for e in members {
                if e != org && input.class(e) == Class::Country {
                    out.push(Link {
                        subject: e,
                        object: Target::Entity(org),
                        evidence: Evidence {
                            sentence: si,
                            rule: "member/veto",
                        },
                    });
                }
            }
        }
    }
    out
}

/// "Washington's pivotal role within the alliance", "Germany's seat in the
/// Council": a role or seat within a body is a membership of it.
fn role_memberships(input: &Input<'_>) -> Vec<Link> {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:'s|’s)(?: [a-z-]+){0,2} (?:role|seat|place|membership) (?:within|in|inside) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    for si in 0..input.sentences.len() {
        let ms: Vec<&Mention> = input.mentions_in(si).map(|(_, m)| m).collect();
        for (k, m) in ms.iter().enumerate() {
            let Some(next) = ms.get(k + 1) else { continue };
            if !ROLE.is_match(input.slice(m.span.end, next.span.start)) {
                continue;
            }
            let (Some(member), Some(org)) = (input.entity_of(m), input.entity_of(next)) else {
                continue;
            };
            let member = metonym(input, member);
            if is_org(input, org)
                && input.class(member) == Class::Country
                && !input.hedged(m.span.start, next.span.end)
            {
                out.push(Link {
                    subject: member,
                    object: Target::Entity(org),
                    evidence: Evidence {
                        sentence: si,
                        rule: "member/role-within",
                    },
                });
            }
        }
    }
    out
}

/// "Belgium, Italy and Spain still fall short of the 2% target", "Canadian
/// contributions could exceed 3% of GDP": in an article that names an
/// organization whose members the gazetteer lists, a percentage beside one of
/// the organization's obligation cues ("spending", "contributions" for NATO's
/// share-of-GDP target) presupposes membership, whatever the modality of the
/// clause. Only the countries the member list holds are read as members, so a
/// guest, a rival or an aspirant named beside them never becomes one.
fn obligation_memberships(input: &Input<'_>) -> Vec<Link> {
    static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)\d+(?:\.\d+)?\s?(?:%|per ?cent(?-u:\b)|percent(?-u:\b))")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let mut bodies: Vec<(usize, &crate::gazetteer::Membership)> = Vec::new();
    for (i, m) in input.entities.mentions.iter().enumerate() {
        if let MentionKind::KnownOrganization(o) = m.kind
            && let Some(list) = gaz.membership(o).filter(|l| !l.cues.is_empty())
        {
            let e = input.entities.of_mention[i];
            if !bodies.iter().any(|(b, _)| *b == e) {
                bodies.push((e, list));
            }
        }
    }
    let mut out = Vec::new();
    if bodies.is_empty() {
        return out;
    }
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        if !PERCENT.is_match(st) {
            continue;
        }
        let words: Vec<String> = st
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (org, list) in &bodies {
            if !list.cues.iter().any(|c| words.contains(c)) {
                continue;
            }
            for (_, m) in input.mentions_in(si) {
                let (MentionKind::Country(c) | MentionKind::Demonym(c)) = m.kind else {
                    continue;
                };
                if list.members.binary_search(&c).is_err() {
                    continue;
                }
                if let Some(e) = input.entity_of(m) {
                    out.push(Link {
                        subject: e,
                        object: Target::Entity(*org),
                        evidence: Evidence {
                            sentence: si,
                            rule: "member/obligation",
                        },
                    });
                }
            }
        }
    }
    out
}

/// "led by France and Britain", "the French-led coalition", "A and B, which lead the coalition".
fn leads(input: &Input<'_>, meetings: &[MeetingFact]) -> Vec<Link> {
    static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:led|headed|chaired|spearheaded|co-led|co-chaired) by (?:the )?")
            .expect("valid regex")
    });
    static LEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,? which|,? who)? (?:leads|lead|heads|head|chairs|chair|led|headed|chaired) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    let push =
        |out: &mut Vec<Link>, leaders: Vec<usize>, target: usize, si: usize, rule: &'static str| {
            for l in leaders {
                if l != target && input.class(l) != Class::City {
                    out.push(Link {
                        subject: l,
                        object: Target::Entity(target),
                        evidence: Evidence { sentence: si, rule },
                    });
                }
            }
        };
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for m in LED_BY.find_iter(st) {
            let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
            let leaders = leader_list(input, si, b);
            // what is led: the nearest organization named before "led by", in the same clause
            let target = input
                .mentions_in(si)
                .filter(|(_, m)| m.span.end <= a)
                .filter_map(|(_, m)| {
                    input
                        .entity_of(m)
                        .filter(|&e| is_org(input, e))
                        .map(|e| (m.span.end, e))
                })
                .last();
            let Some((end, target)) = target else {
                continue;
            };
            let between = input.slice(end, a);
            if between.split_whitespace().count() > 8
                || between.contains(';')
                || input.hedged(end, b)
                || leaders.is_empty()
            {
                continue;
            }
            push(&mut out, leaders, target, si, "lead/led-by");
        }
        // "A leads the coalition", "A and B, which lead the coalition"
        for (_, m) in input.mentions_in(si) {
            let Some(obj) = input.entity_of(m).filter(|&e| is_org(input, e)) else {
                continue;
            };
            let pre = input.slice(s.span.start, m.span.start);
            let Some(c) = LEADS.find(pre) else { continue };
            let leaders = leader_list_before(input, si, s.span.start + c.start());
            if leaders.is_empty() || input.hedged(s.span.start + c.start(), m.span.end) {
                continue;
            }
            push(&mut out, leaders, obj, si, "lead/leads");
        }
        // "the French-led coalition", "a UK-led force"
        static X_LED: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^-led (?:the )?").expect("valid regex"));
        for (_, m) in input.mentions_in(si) {
            let Some(leader) = input.entity_of(m) else {
                continue;
            };
            let rest = input.slice(m.span.end, s.span.end);
            let Some(c) = X_LED.find(rest) else { continue };
            let start = m.span.end + c.end();
            let Some(obj) = input
                .mention_starting_at(start)
                .and_then(|m| input.entity_of(m))
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            if input.hedged(m.span.start, start) {
                continue;
            }
            push(&mut out, vec![leader], obj, si, "lead/x-led");
        }
    }
    // "Prince Faisal bin Farhan chaired the meeting": its chair leads a meeting
    for (mi, meeting) in meetings.iter().enumerate() {
        for (&e, &ev) in &meeting.sources {
            if ev.rule == "meeting/chair" && meeting.participants.contains(&e) {
                out.push(Link {
                    subject: e,
                    object: Target::Meeting(mi),
                    evidence: Evidence {
                        sentence: ev.sentence,
                        rule: "lead/chaired",
                    },
                });
            }
        }
    }
    out
}

/// A capital city standing for its country ("talks led by Paris and London").
fn metonym(input: &Input<'_>, e: usize) -> usize {
    let ent = &input.entities.list[e];
    ent.capital_of
        .as_ref()
        .and_then(|k| input.entities.by_key(k))
        .unwrap_or(e)
}

/// Leaders listed after `start`: countries, organizations, people, capitals for their countries.
fn leader_list(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out: Vec<usize> = list_after_any(input, sentence, start)
        .into_iter()
        .map(|e| metonym(input, e))
        .collect();
    out.dedup();
    out
}

fn leader_list_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = end;
    let ms: Vec<&Mention> = input
        .mentions_in(sentence)
        .map(|(_, m)| m)
        .filter(|m| m.span.end <= end)
        .collect();
    for m in ms.iter().rev() {
        let gap = input.slice(m.span.end, pos).trim();
        if !(gap.is_empty()
            || matches!(
                gap,
                "," | "and" | ", and" | ", the" | "and the" | ", and the" | "the"
            ))
        {
            break;
        }
        let Some(e) = input.entity_of(m) else { break };
        out.push(metonym(input, e));
        pos = m.span.start;
    }
    out
}

/// Like [`list_after`], but people and cities too.
fn list_after_any(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = start;
    for (_, m) in input
        .mentions_in(sentence)
        .filter(|(_, m)| m.span.start >= start)
    {
        let gap = input.slice(pos, m.span.start).trim();
        let ok = if out.is_empty() {
            gap.is_empty() || gap == "the"
        } else {
            matches!(
                gap,
                "," | "and" | ", and" | ", the" | "and the" | ", and the"
            )
        };
        if !ok || matches!(m.kind, MentionKind::Demonym(_)) {
            break;
        }
        let Some(e) = input.entity_of(m) else { break };
        out.push(e);
        pos = m.span.end;
    }
    out
}

/// A word that reports a meeting, and where it is.
struct Trigger {
    kind: &'static str,
    word: &'static str,
    start: usize,
    end: usize,
    definite: bool,
}

/// Meetings, summits, talks and calls, with place, date and participants.
///
/// Nouns whose "in PLACE" says where something other than a meeting is: "the
/// war in Ukraine", "troops in Estonia", "the situation in Gaza".
const NOT_VENUE: &[&str] = &[
    "aid",
    "attack",
    "attacks",
    "ceasefire",
    "civilians",
    "conflict",
    "crisis",
    "deployment",
    "election",
    "elections",
    "fighting",
    "forces",
    "future",
    "interests",
    "invasion",
    "investment",
    "investments",
    "mission",
    "offensive",
    "operations",
    "peace",
    "people",
    "presence",
    "reconstruction",
    "role",
    "security",
    "situation",
    "sovereignty",
    "stability",
    "strikes",
    "troops",
    "violence",
    "war",
];

/// Every place, date and participant cue of a sentence goes to the nearest
/// meeting word, so "the talks included A and B, with C during a follow-up
/// meeting on March 31" gives two meetings. A definite report without place
/// or date ("The talks included ...") adds to the meeting reported just before.
fn meetings(input: &Input<'_>) -> Vec<MeetingFact> {
    static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:summits?|meetings?|talks|negotiations|conference|phone call|video call|call|(?:spoke|spoken|talked) (?:by (?:tele)?phone|on the (?:tele)?phone)|visit(?:s|ed|ing)?|gathering|gathered|met|meet|meets|hosted|hosts)(?-u:\b)").expect("valid regex")
    });
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(will|upcoming|next|planned|plans?|scheduled|to be held|due to|set to|later this|expected|to meet|should|ahead of)(?-u:\b)").expect("valid regex")
    });
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:between|with|from|among|including|involving|attended by|of) (?:the |a |an )?[“\x22]?").expect("valid regex")
    });
    let mut found: Vec<MeetingFact> = Vec::new();
    let mut last_sentence: Option<usize> = None;
    for (si, s) in input.sentences.iter().enumerate() {
        if s.kind != crate::text::LineKind::Body {
            continue;
        }
        let st = s.span.of(input.text);
        let triggers: Vec<Trigger> = TRIGGER
            .find_iter(st)
            .filter_map(|g| {
                let word: &'static str = match g.as_str() {
                    "summit" | "summits" => "summit",
                    "talks" => "talks",
                    "negotiations" => "negotiations",
                    "conference" => "conference",
                    "phone call" | "video call" | "call" => "call",
                    w if w.starts_with("spoke") || w.starts_with("talked") => "call",
                    "visit" | "visits" | "visited" | "visiting" => "visit",
                    "gathering" => "gathering",
                    "met" | "meet" | "meets" | "gathered" => "met",
                    // "after meeting German Foreign Minister X": the verb
                    "meeting"
                        if st[g.end()..]
                            .strip_prefix(' ')
                            .and_then(|r| r.chars().next())
                            .is_some_and(char::is_uppercase)
                            && ["after", "before", "when", "while", "since"].contains(
                                &st[..g.start()].split_whitespace().next_back().unwrap_or(""),
                            ) =>
                    {
                        "met"
                    }
                    // "X hosted Y in Ankara": a meeting when a name follows, not
                    // "hosted the summit" (the summit is the meeting word)
                    "hosted" | "hosts" => {
                        let next = st[g.end()..].trim_start().chars().next();
                        if !next.is_some_and(char::is_uppercase) {
                            return None;
                        }
                        "met"
                    }
                    _ => "meeting",
                };
                // "has been met with resistance": not a meeting
                let last_word = st[..g.start()].split_whitespace().next_back().unwrap_or("");
                // "told a news conference": a briefing, not a meeting
                if word == "conference" && ["news", "press"].contains(&last_word) {
                    return None;
                }
                if word == "met" && ["been", "was", "were", "is", "are", "be"].contains(&last_word)
                {
                    return None;
                }
                if word == "call"
                    && !st.contains("phone")
                    && !st.contains("video")
                    && !st.contains(" call with")
                    && !st.contains(" call between")
                {
                    return None; // "called for", "a call to action"
                }
                let kind = match word {
                    "met" | "gathering" => "meeting",
                    w => w,
                };
                let pre = &st[..g.start()];
                let definite = ["the ", "the “", "the \""]
                    .iter()
                    .any(|p| ends_with_ignore_ascii_case(pre, p));
                Some(Trigger {
                    kind,
                    word,
                    start: s.span.start + g.start(),
                    end: s.span.start + g.end(),
                    definite,
                })
            })
            .collect();
        if triggers.is_empty() {
            continue;
        }
        let nearest = |pos: usize| -> usize {
            (0..triggers.len())
                .min_by_key(|&i| {
                    let t = &triggers[i];
                    if pos >= t.end {
                        pos - t.end
                    } else {
                        t.start.saturating_sub(pos)
                    }
                })
                .unwrap_or(0)
        };
        let mut facts: Vec<MeetingFact> = triggers
            .iter()
            .map(|t| MeetingFact {
                kinds: BTreeSet::from([t.kind]),
                status: Status::Held,
                location: None,
                host: None,
                date: None,
                participants: BTreeSet::new(),
                evidence: vec![Evidence {
                    sentence: si,
                    rule: "meeting/trigger",
                }],
                sources: BTreeMap::new(),
            })
            .collect();
        // places: a city after "in"/"at" close to the meeting word ("talks in Oslo",
        // "held in Paris", "headquarters in Brussels will host the meeting"), else
        // a country, else "at X headquarters"
        let mut city_set = vec![false; triggers.len()];
        for (_, m) in input.mentions_in(si) {
            let Some(e) = input.entity_of(m) else {
                continue;
            };
            if matches!(m.kind, MentionKind::Demonym(_)) {
                continue;
            }
            let pre = input.slice(s.span.start, m.span.start);
            // "talks in Oslo", "at the summit in Paris", "will visit Beijing"
            let at_place = [" in ", " in the ", " at ", " at the "]
                .iter()
                .any(|p| pre.ends_with(p))
                || ([" visit ", " visits ", " visited ", " visiting "]
                    .iter()
                    .any(|p| pre.ends_with(p))
                    && matches!(input.class(e), Class::City | Class::Country));
            let hq = input.slice(m.span.end, s.span.end);
            let at_hq = (pre.ends_with(" at ") || pre.ends_with(" at the "))
                && (hq.starts_with(" headquarters")
                    || hq.starts_with("’s headquarters")
                    || hq.starts_with("'s headquarters"));
            // "NATO's Brussels headquarters will host ..."
            let city_hq = hq.starts_with(" headquarters");
            // "NATO's headquarters in Brussels will host", "hosted by Norway": the host
            static HOST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^(?:’s|'s)(?: [A-Z][\w-]*)? headquarters(?-u:\b)")
                    .expect("valid regex")
            });
            let hosts = at_hq
                || HOST_AFTER.is_match(hq)
                || pre.ends_with(" hosted by ")
                || pre.ends_with(" hosted by the ");
            let ti = nearest(m.span.start);
            let t = &triggers[ti];
            let close = if m.span.start >= t.end {
                input.slice(t.end, m.span.start).split_whitespace().count() <= 8
            } else {
                let between = input.slice(m.span.end, t.start);
                between.contains("host") && between.split_whitespace().count() <= 10
            };
            let held = {
                let p = pre
                    .trim_end()
                    .trim_end_matches(" the")
                    .trim_end_matches(" in")
                    .trim_end_matches(" at");
                [
                    "held", "met", "meet", "gathered", "hosted", "convened", "summit", "talks",
                    "meeting",
                ]
                .iter()
                .any(|v| p.ends_with(v))
            };
            if !(close || held) {
                continue;
            }
            // "a summit dominated by ... the war in Ukraine": the place belongs to
            // the noun before it, which is no meeting
            if at_place && !held && m.span.start >= t.end {
                let head = pre
                    .trim_end()
                    .trim_end_matches(" the")
                    .trim_end_matches(" in")
                    .trim_end_matches(" at")
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                if NOT_VENUE.contains(&head) {
                    continue;
                }
            }
            let ev = Evidence {
                sentence: si,
                rule: "meeting/place",
            };
            let f = &mut facts[ti];
            if hosts
                && f.host.is_none()
                && matches!(input.class(e), Class::Organization | Class::Country)
            {
                f.host = Some(e);
            }
            match input.class(e) {
                Class::City if at_place || city_hq => {
                    f.location = Some(e);
                    f.sources.insert(e, ev);
                    city_set[ti] = true;
                }
                Class::Country if at_place && !city_set[ti] => {
                    f.location = Some(e);
                    f.sources.insert(e, ev);
                }
                Class::Organization if at_hq && !city_set[ti] && f.location.is_none() => {
                    // the host's headquarters is the place; hosting is not taking part
                    f.location = Some(e);
                    f.sources.insert(
                        e,
                        Evidence {
                            sentence: si,
                            rule: "meeting/host",
                        },
                    );
                }
                _ => {}
            }
        }
        // dates: the nearest one close to each meeting word; a dateline's date is the
        // publication date, not a meeting's
        let dateline_end = dateline_end(st).map(|e| s.span.start + e);
        let mut best: Vec<Option<(usize, DateValue)>> = vec![None; triggers.len()];
        for d in input.dates.iter().filter(|d| d.sentence == si) {
            if dateline_end.is_some_and(|e| d.span.end <= e) {
                continue;
            }
            let ti = nearest(d.span.start);
            let t = &triggers[ti];
            let (gap, dist) = if d.span.start >= t.end {
                (input.slice(t.end, d.span.start), d.span.start - t.end)
            } else {
                (
                    input.slice(d.span.end, t.start),
                    t.start.saturating_sub(d.span.end),
                )
            };
            // "held in Paris on March 27": a date right after the meeting's place is its date
            let after_place = facts[ti].location.is_some_and(|l| {
                input
                    .spans_of(si, l)
                    .any(|sp| sp.end <= d.span.start && d.span.start - sp.end <= 4)
            });
            if gap.split_whitespace().count() > 10 && !after_place {
                continue;
            }
            if best[ti].is_none_or(|(bd, _)| dist < bd) {
                best[ti] = Some((dist, d.value));
            }
        }
        for (f, b) in facts.iter_mut().zip(best) {
            f.date = b.map(|(_, v)| v);
        }
        // participants after cue words: "talks between A and B", "representatives from A, B"
        for c in CUE.find_iter(st) {
            let start = s.span.start + c.end();
            // "with" names participants only right after the meeting word ("talks with
            // X", "met with X"), not in "the war with Russia"
            if c.as_str().starts_with("with") {
                let at = s.span.start + c.start();
                let close = triggers
                    .iter()
                    .any(|t| t.end <= at && input.slice(t.end, at).split_whitespace().count() <= 3);
                if !close {
                    continue;
                }
            }
            for e in list_after(input, si, start)
                .into_iter()
                .chain(people_after(input, si, start))
            {
                // a list belongs to the meeting word its cue follows ("talks between
                // A and B"), else to the meeting word nearest to where it ends
                let end = input
                    .spans_of(si, e)
                    .filter(|sp| sp.start >= start)
                    .map(|sp| sp.end)
                    .min()
                    .unwrap_or(start);
                let cue_at = s.span.start + c.start();
                let ti = triggers
                    .iter()
                    .rposition(|t| {
                        t.end <= cue_at
                            && input.slice(t.end, cue_at).split_whitespace().count() <= 2
                    })
                    .unwrap_or_else(|| nearest(end));
                facts[ti].take_part(e, si, "meeting/participant-list");
            }
        }
        for (ti, t) in triggers.iter().enumerate() {
            let pre = input.slice(s.span.start, t.start);
            // "A met B", "A and B held talks", "X discussed plans to meet"
            // "the U.S. is conducting separate ceasefire negotiations": who holds the talks
            static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?-u:\b)(?:conducting|conducts|conducted|holding|holds|held|hold|hosting|hosts|hosted|convening|convened)(?: [a-z-]+){0,3} $").expect("valid regex")
            });
            if let Some(v) = HOLDS.find(pre) {
                let verb = s.span.start + v.start();
                let subject = input
                    .mentions_in(si)
                    .filter(|(_, m)| {
                        m.span.end <= verb && !matches!(m.kind, MentionKind::Demonym(_))
                    })
                    .last()
                    .filter(|(_, m)| input.slice(m.span.end, verb).split_whitespace().count() <= 3)
                    .and_then(|(_, m)| Some((m.span.end, input.entity_of(m)?)))
                    .filter(|&(_, e)| input.class(e) != Class::City);
                // "Iran and the United States held indirect talks": the whole list holds them
                let holders = match subject {
                    Some((end, e)) if input.class(e) != Class::Person => {
                        let mut l = list_before(input, si, end);
                        if !l.contains(&e) {
                            l.push(e);
                        }
                        l
                    }
                    // "Merz, Macron and Italian Prime Minister Giorgia Meloni held a call"
                    Some((end, _)) => people_before(input, si, end),
                    None => Vec::new(),
                };
                for e in holders {
                    facts[ti].take_part(e, si, "meeting/holder");
                }
            }
            // "A spoke by phone with B": the caller, as in "A met B"
            let raw = input.slice(t.start, t.end);
            let by_phone = raw.starts_with("spoke") || raw.starts_with("talked");
            // "a day after Trump hosted European leaders": the host, not everyone
            // named earlier in the sentence
            let hosted = matches!(raw, "hosted" | "hosts");
            if t.word == "met" || by_phone || pre.ends_with(" held ") || pre.ends_with(" hold ") {
                for (_, m) in input.mentions_in(si).filter(|(_, m)| m.span.end <= t.start) {
                    if !hosted
                        && m.kind == MentionKind::Person
                        && nearest(m.span.start) == ti
                        && let Some(e) = input.entity_of(m)
                    {
                        facts[ti].participants.insert(e);
                    }
                }
                if let Some(m) = input.mention_ending_at(s.span.start + pre.trim_end().len())
                    && let Some(e) = input
                        .entity_of(m)
                        .filter(|&e| input.class(e) != Class::City)
                {
                    facts[ti].participants.insert(e);
                }
                for &e in &facts[ti].participants.clone() {
                    facts[ti].sources.entry(e).or_insert(Evidence {
                        sentence: si,
                        rule: "meeting/met",
                    });
                }
                if t.word == "met" {
                    let rest = input.slice(t.end, s.span.end);
                    let skip = if rest.starts_with(" with ") {
                        6
                    } else {
                        rest.len() - rest.trim_start().len()
                    };
                    for e in people_after(input, si, t.end + skip)
                        .into_iter()
                        .chain(list_after(input, si, t.end + skip))
                    {
                        facts[ti].participants.insert(e);
                    }
                }
            }
            // "Sander Vos, who will attend the summit": who attends takes part;
            // "will attend the G20 meeting": the organization naming it is skipped
            let p = pre.trim_end();
            let p = match input.mention_ending_at(s.span.start + p.len()) {
                Some(m) if input.entity_of(m).is_some_and(|e| is_org(input, e)) => {
                    input.slice(s.span.start, m.span.start).trim_end()
                }
                _ => p,
            };
            if let Some(verb) = [
                "attend the",
                "attends the",
                "attended the",
                "attending the",
                "join the",
                "joined the",
            ]
            .iter()
            .find(|v| p.ends_with(*v))
                && let verb_at = s.span.start + p.len() - verb.len()
                && let Some((_, m)) = input
                    .mentions_in(si)
                    .filter(|(_, m)| {
                        m.span.end <= verb_at && !matches!(m.kind, MentionKind::Demonym(_))
                    })
                    .filter(|(_, m)| {
                        matches!(
                            input.entity_of(m).map(|e| input.class(e)),
                            Some(Class::Person | Class::Country | Class::Organization)
                        )
                    })
                    .last()
                && let Some(e) = input.entity_of(m)
            {
                facts[ti].take_part(e, si, "meeting/attends");
            }
            // "Prince Faisal bin Farhan chaired the meeting": the chair takes part
            // (and leads it: see `leads`)
            if let Some(verb) = CHAIR_VERBS.iter().find(|v| p.ends_with(*v))
                && let Some(e) = speaker_before(input, si, s.span.start + p.len() - verb.len())
            {
                facts[ti].take_part(e, si, "meeting/chair");
            }
            // "Claire Dubois visited Ottawa", "Abiy Ahmed will visit Beijing",
            // "Cyril Ramaphosa is due to visit Nairobi": the visitor takes part
            static VISITOR: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^(?:, who)?(?: (?:also|then|later|first|soon|now|will|would|is|are|was|were|expected|due|set|scheduled|planning|plans|planned|hopes|wants|going|to))* $").expect("valid regex")
            });
            if let Some((_, m)) = input
                .mentions_in(si)
                .filter(|(_, m)| m.span.end <= t.start && m.kind == MentionKind::Person)
                .last()
                && let gap = input.slice(m.span.end, t.start)
                && VISITOR.is_match(gap)
                && match raw {
                    "visit" => {
                        gap.ends_with(" to ") || gap.contains(" will ") || gap.contains(" would ")
                    }
                    "visits" | "visited" => true,
                    _ => false,
                }
                && let Some(e) = input.entity_of(m)
            {
                facts[ti].take_part(e, si, "meeting/visitor");
            }
            // "Anna Berg said at the start of the meeting", "X told reporters after the
            // talks": who speaks at a meeting takes part in it
            static SPOKE_AT: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?-u:\b)(?:said|says|told reporters|spoke) (?:at|after|during|on the sidelines of|on the margins of) (?:the (?:start|end|opening|close|beginning) of )?the $").expect("valid regex")
            });
            if t.definite
                && let Some(v) = SPOKE_AT.find(pre)
                && let Some(e) = speaker_before(input, si, s.span.start + v.start())
            {
                facts[ti].take_part(e, si, "meeting/spoke-at");
            }
            // "NATO summit", "coalition meeting": the organization naming the meeting
            if let Some(m) = input
                .mention_ending_at(s.span.start + pre.trim_end().trim_end_matches(['”', '"']).len())
                && let Some(e) = input.entity_of(m).filter(|&e| is_org(input, e))
            {
                facts[ti].take_part(e, si, "meeting/named-by");
            }
        }
        // "The gathering in Oslo was the latest in a series of meetings of the
        // coalition": the second meeting word describes the first, so whom it
        // names takes part in the first
        static SERIES: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)(?:was|is|marks|marked) (?:the )?(?:latest|last|first|second|third|fourth|fifth|newest|most recent) (?:in|of) (?:a|the) (?:series|string|round) of $").expect("valid regex")
        });
        for ti in 1..triggers.len() {
            if SERIES.is_match(input.slice(triggers[ti - 1].end, triggers[ti].start)) {
                let moved = std::mem::take(&mut facts[ti].participants);
                let sources = std::mem::take(&mut facts[ti].sources);
                facts[ti - 1].participants.extend(moved);
                for (k, v) in sources {
                    facts[ti - 1].sources.entry(k).or_insert(v);
                }
            }
        }
        let hedged = input.hedged(s.span.start, s.span.end);
        for (ti, mut fact) in facts.into_iter().enumerate() {
            let t = &triggers[ti];
            if let Some(l) = fact.location
                && input.class(l) != Class::Organization
            {
                fact.participants.remove(&l);
            }
            fact.participants.retain(|&e| input.class(e) != Class::City);
            let window = input.slice(
                if ti == 0 {
                    s.span.start
                } else {
                    triggers[ti - 1].end
                },
                if ti + 1 < triggers.len() {
                    triggers[ti + 1].start
                } else {
                    s.span.end
                },
            );
            if PLANNED.is_match(window) {
                fact.status = Status::Planned;
            }
            let only_host = fact
                .location
                .is_some_and(|l| input.class(l) == Class::Organization);
            // "the summit" later in the article: the last summit reported
            let same_kind = found.iter().rposition(|f| f.kinds.contains(t.kind));
            if (fact.location.is_none() || only_host)
                && fact.date.is_none()
                && t.definite
                && (last_sentence.is_some_and(|l| si <= l + 2) || only_host || same_kind.is_some())
            {
                // "The talks included ...", "The gathering at NATO headquarters ...":
                // more about the meeting just reported
                let target = if last_sentence.is_some_and(|l| si <= l + 2) || only_host {
                    // "the talks" after a summit reported since earlier negotiations:
                    // the negotiations, when the last meeting is of another kind
                    let fam = kind_family(t.kind);
                    let last_fam = found
                        .last()
                        .map(|f| f.kinds.iter().map(|k| kind_family(k)).max().unwrap_or(0));
                    let same_family = found
                        .iter()
                        .rposition(|f| f.kinds.iter().any(|k| kind_family(k) == fam));
                    match (fam, last_fam) {
                        (1.., Some(lf)) if lf != 0 && lf != fam && same_family.is_some() => {
                            same_family
                        }
                        _ => found.len().checked_sub(1),
                    }
                } else {
                    same_kind
                };
                if let Some(prev) = target.map(|i| &mut found[i]) {
                    prev.host = prev.host.or(fact.host);
                    prev.participants.extend(fact.participants);
                    prev.evidence.extend(fact.evidence);
                    prev.sources.extend(fact.sources);
                    prev.kinds.extend(fact.kinds);
                    continue;
                }
            }
            // with neither place nor date, only "A met B" is a meeting: two who
            // take part, named with the verb
            let met = (t.word == "met" || t.kind == "call")
                && fact
                    .participants
                    .iter()
                    .filter(|&&e| matches!(input.class(e), Class::Person | Class::Country))
                    .count()
                    >= 2;
            if fact.location.is_none() && fact.date.is_none() && !met {
                continue;
            }
            if hedged && fact.location.is_none() {
                continue;
            }
            last_sentence = Some(si);
            if let Some(prev) = found.iter_mut().find(|f| same_meeting(f, &fact)) {
                prev.kinds.extend(fact.kinds);
                prev.location = prev.location.or(fact.location);
                prev.host = prev.host.or(fact.host);
                prev.date = prev.date.or(fact.date);
                prev.participants.extend(fact.participants);
                prev.evidence.extend(fact.evidence);
                for (k, v) in fact.sources {
                    prev.sources.entry(k).or_insert(v);
                }
            } else {
                found.push(fact);
            }
        }
    }
    found
}

/// What the chair of a meeting does to it, right before the meeting word.
const CHAIR_VERBS: &[&str] = &[
    "chaired the",
    "chairs the",
    "co-chaired the",
    "co-chairs the",
    "presided over the",
];

/// Kinds of meeting that a later definite mention ("the talks", "the
/// summit") tells apart; 0 for the generic "meeting", which can be any.
fn kind_family(kind: &str) -> u8 {
    match kind {
        "talks" | "negotiations" => 1,
        "summit" => 2,
        "call" => 3,
        "visit" => 4,
        _ => 0,
    }
}

/// The person named right before `verb` in sentence `si` ("John Healey said"),
/// if any: nothing but spaces between the name and the verb.
fn speaker_before(input: &Input<'_>, si: usize, verb: usize) -> Option<usize> {
    input
        .mentions_in(si)
        .filter(|(_, m)| m.span.end <= verb && m.kind == MentionKind::Person)
        .last()
        .filter(|(_, m)| input.slice(m.span.end, verb).trim().is_empty())
        .and_then(|(_, m)| input.entity_of(m))
}

/// The end of a dateline at the start of a sentence ("GENEVA, May 15, 2025 (Wire) —").
fn dateline_end(sentence: &str) -> Option<usize> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][A-Z .'-]+,[^—–]{4,40}?(?:\([^)]*\)\s*)?[—–-]").expect("valid regex")
    });
    DATELINE.find(sentence).map(|m| m.end())
}

/// People named in a list that ends at `end` (a person's name ends there),
/// titles and demonyms skipped: "German Chancellor Friedrich Merz, French
/// President Emmanuel Macron and Giorgia Meloni". Nearest first.
fn people_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = end;
    let people: Vec<&Mention> = input
        .mentions_in(sentence)
        .map(|(_, m)| m)
        .filter(|m| m.span.end <= end && m.kind == MentionKind::Person)
        .collect();
    for m in people.iter().rev() {
        if !out.is_empty() {
            // what lies between, titles and demonyms blanked: a separator only
            let mut gap: Vec<u8> = input.slice(m.span.end, pos).as_bytes().to_vec();
            let skipped = input
                .mentions
                .titles
                .iter()
                .map(|t| t.span)
                .chain(
                    input
                        .mentions_in(sentence)
                        .filter(|(_, d)| matches!(d.kind, MentionKind::Demonym(_)))
                        .map(|(_, d)| d.span),
                )
                .filter(|sp| sp.start >= m.span.end && sp.end <= pos);
            for sp in skipped {
                gap[sp.start - m.span.end..sp.end - m.span.end].fill(b' ');
            }
            let gap = String::from_utf8_lossy(&gap);
            let words: Vec<&str> = gap.split_whitespace().collect();
            if !matches!(words.as_slice(), [","] | ["and"] | [",", "and"] | [",and"]) {
                break;
            }
        } else if m.span.end != end {
            break;
        }
        let Some(e) = input.entity_of(m) else { break };
        out.push(e);
        pos = m.span.start;
    }
    out
}

/// People named in a list that starts at `start`, titles and demonyms
/// skipped: "Ukrainian President Volodymyr Zelensky and British Prime Minister Keir Starmer".
fn people_after(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = start;
    for (_, m) in input
        .mentions_in(sentence)
        .filter(|(_, m)| m.span.start >= start)
    {
        let gap = input.slice(pos, m.span.start);
        let titles_only = input
            .mentions
            .titles
            .iter()
            .filter(|t| t.span.start >= pos && t.span.end <= m.span.start)
            .map(|t| t.span.end - t.span.start)
            .sum::<usize>();
        let words = gap
            .split_whitespace()
            .filter(|w| !matches!(*w, "and" | "," | "the" | "former" | "acting"))
            .count();
        if m.kind == MentionKind::Person {
            if gap.len() > titles_only + 12 && words > 4 {
                break;
            }
            if let Some(e) = input.entity_of(m) {
                out.push(e);
            }
            pos = m.span.end;
            let next = &input.text[pos..];
            if !(next.starts_with(" and ") || next.starts_with(", ")) {
                break;
            }
        } else if !matches!(m.kind, MentionKind::Demonym(_))
            && !input.text[m.span.end..].starts_with(' ')
        {
            break;
        }
    }
    out
}

/// Whether two reports describe one meeting: same place and compatible
/// dates, or the same date and compatible places.
pub fn same_meeting(a: &MeetingFact, b: &MeetingFact) -> bool {
    let dates_ok = match (a.date, b.date) {
        (Some(x), Some(y)) => x.month_day() == y.month_day(),
        _ => true,
    };
    let loc_ok = match (a.location, b.location) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let anchored = (a.location.is_some() && a.location == b.location)
        || (a.date.is_some() && a.date.map(|d| d.month_day()) == b.date.map(|d| d.month_day()));
    // "A met B" twice, with neither place nor date: the same people
    let unanchored_alike = a.location.is_none()
        && b.location.is_none()
        && a.date.is_none()
        && b.date.is_none()
        && a.participants == b.participants;
    (dates_ok && loc_ok && anchored) || unanchored_alike
}

/// Direct quotations with a named speaker.
fn quotes(input: &Input<'_>) -> Vec<QuoteFact> {
    static QUOTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"“[^”]{3,}?”|"[^"\n]{3,}?""#).expect("valid regex"));
    let text = input.text;
    let mut out: Vec<QuoteFact> = Vec::new();
    // the paragraph and speaker of the last attributed quotation
    let mut last_speaker: Option<(usize, usize)> = None;
    let persons_before = |pos: usize| -> Option<usize> {
        input
            .entities
            .within(Span::new(0, pos))
            .rev()
            .find(|&i| {
                let m = &input.entities.mentions[i];
                m.span.end <= pos && m.kind == MentionKind::Person
            })
            .map(|i| input.entities.of_mention[i])
    };
    let newlines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    // the marks are cut off by hand: a search for the groups ran the slow
    // capturing engine over the whole text
    for whole in QUOTE.find_iter(text) {
        let mark = if whole.as_str().starts_with('“') {
            '“'.len_utf8()
        } else {
            1
        };
        let inner = Span::new(whole.start() + mark, whole.end() - mark);
        let inner_text = inner.of(text);
        let words = inner_text.split_whitespace().count();
        // scare quotes: “reassurance force”; a short utterance ends with its own
        // punctuation: “We will rebuild,” Kemp said.
        let utterance = inner_text.trim_end().ends_with([',', '.', '!', '?']);
        if words < 4 && !(utterance && words >= 2) {
            continue;
        }
        // the comma or period before the closing mark belongs to the attribution
        let trimmed = inner_text.trim_end_matches([',', ' ']);
        let span = Span::new(inner.start, inner.start + trimmed.len());
        let sentence = input
            .sentences
            .partition_point(|s| s.span.end <= whole.start())
            .min(input.sentences.len().saturating_sub(1));
        let paragraph = input.sentences.get(sentence).map_or(0, |s| s.paragraph);
        let k = newlines.partition_point(|&n| n < whole.end());
        let line_end = newlines.get(k).copied().unwrap_or(text.len());
        let after = &text[whole.end()..line_end];
        let k = newlines.partition_point(|&n| n < whole.start());
        let line_start = if k == 0 { 0 } else { newlines[k - 1] + 1 };
        let before = &text[line_start..whole.start()];
        let sent_start = input
            .sentences
            .get(sentence)
            .map_or(line_start, |s| s.span.start.max(line_start));
        let mut speaker = None;
        let mut rule = "quote/after";
        // "...," Rubio said. / "...," said X. / "...," he told reporters.
        static AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^[,.!?]?\s*(?:(?:(he|she)|(\S[^,.;]{0,80}?))\s+(?:said|says|told|added|stated|explained|noted|warned|argued|wrote|insisted|continued|stressed|asked|remarked|declared)(?-u:\b)|(?:said|says|added|told|wrote)\s+(\S[^,.;]{0,120}))").expect("valid regex")
        });
        if let Some(a) = AFTER.captures(after) {
            let base = whole.end();
            if a.get(1).is_some() {
                speaker = persons_before(whole.start());
                rule = "quote/pronoun";
            } else if let Some(g) = a.get(2).or_else(|| a.get(3)) {
                speaker = person_in(input, Span::new(base + g.start(), base + g.end()));
            }
        }
        // Rubio said: "..." / X told reporters: "..."
        if speaker.is_none() {
            let b = before.trim_end();
            let speech = SPEECH_VERBS.iter().any(|v| {
                let b2 = b.trim_end_matches([':', ',']).trim_end();
                b2.ends_with(v)
                    || b2.rsplit_once(' ').is_some_and(|(x, _)| x.ends_with(v)) && b.ends_with(':')
            });
            if speech && (b.ends_with(':') || b.ends_with(',') || b.ends_with("that")) {
                speaker = person_in(input, Span::new(sent_start, whole.start())).or_else(|| {
                    let pron = &text[sent_start..whole.start()];
                    (pron.starts_with("He ") || pron.starts_with("She "))
                        .then(|| persons_before(sent_start))
                        .flatten()
                });
                rule = "quote/before";
            }
        }
        // According to Ben Barry, a senior fellow at X, "..."
        if speaker.is_none() {
            let lead = &text[sent_start..whole.start()];
            if let Some(pos) = lead
                .find("According to ")
                .or_else(|| lead.find("according to "))
            {
                let from = sent_start + pos;
                speaker = input
                    .entities
                    .mentions
                    .iter()
                    .enumerate()
                    .find(|(_, m)| {
                        m.span.start >= from
                            && m.span.end <= whole.start()
                            && m.kind == MentionKind::Person
                    })
                    .map(|(i, _)| input.entities.of_mention[i]);
                rule = "quote/according-to";
            }
        }
        // Milei said Argentina wanted "open markets": a quotation inside the
        // reported speech of the person named right before a speech verb,
        // with no other person named between the verb and the quotation
        if speaker.is_none() {
            let lead = &text[sent_start..whole.start()];
            speaker = lead
                .match_indices(' ')
                .map(|(i, _)| i + 1)
                .filter(|&i| {
                    let word = lead[i..]
                        .split(|c: char| !c.is_ascii_lowercase())
                        .next()
                        .unwrap_or_default();
                    SPEECH_VERBS.contains(&word)
                })
                .filter_map(|i| {
                    let verb = sent_start + i;
                    speaker_before(input, sentence, verb).map(|p| (verb, p))
                })
                .next_back()
                .filter(|&(verb, _)| person_in(input, Span::new(verb, whole.start())).is_none())
                .map(|(_, p)| p);
            rule = "quote/reported";
        }
        // a quotation continuing the same speaker's paragraph, or a paragraph
        // of quotation only; not where the sentence names someone else first
        let someone_else = |sp: usize| {
            person_in(input, Span::new(sent_start, whole.start())).is_some_and(|p| p != sp)
        };
        if speaker.is_none()
            && let Some(&(last_para, sp)) = last_speaker.as_ref()
            && (last_para == paragraph || last_para + 1 == paragraph)
            && !someone_else(sp)
        {
            let alone = before.trim().is_empty()
                && after
                    .trim_matches(|c: char| c.is_whitespace() || c == '.')
                    .is_empty();
            let same_para = last_para == paragraph;
            if alone || same_para {
                speaker = Some(sp);
                rule = "quote/continuation";
            }
        }
        let Some(speaker) = speaker else { continue };
        if input.class(speaker) != Class::Person {
            continue;
        }
        last_speaker = Some((paragraph, speaker));
        out.push(QuoteFact {
            speaker,
            span,
            evidence: Evidence { sentence, rule },
        });
    }
    out
}

/// The person named in `span` (the last one, when several).
fn person_in(input: &Input<'_>, span: Span) -> Option<usize> {
    input
        .entities
        .within(span)
        .rev()
        .find(|&i| {
            let m = &input.entities.mentions[i];
            span.contains(&m.span) && m.kind == MentionKind::Person
        })
        .map(|i| input.entities.of_mention[i])
}

#[cfg(test)]
mod tests {
    use crate::pipeline::extract;

    fn labels(text: &str) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
        let x = extract(text, None);
        let l = |i: usize| x.entities.list[i].label.clone();
        let target = |t: &super::Target| match t {
            super::Target::Entity(e) => l(*e),
            super::Target::Meeting(m) => format!("meeting {m}"),
        };
        let members = x
            .relations
            .memberships
            .iter()
            .map(|m| format!("{} ∈ {}", l(m.subject), target(&m.object)))
            .collect();
        let leads = x
            .relations
            .leads
            .iter()
            .map(|m| format!("{} → {}", l(m.subject), target(&m.object)))
            .collect();
        let posts = x
            .relations
            .positions
            .iter()
            .map(|p| {
                format!(
                    "{}: {}{} of {}",
                    l(p.person),
                    p.qualifier
                        .as_deref()
                        .map(|q| format!("({q}) "))
                        .unwrap_or_default(),
                    p.title,
                    p.of.map(l).unwrap_or_default()
                )
            })
            .collect();
        let quotes = x
            .relations
            .quotes
            .iter()
            .map(|q| format!("{}: {}", l(q.speaker), q.span.of(text)))
            .collect();
        (members, leads, posts, quotes)
    }

    #[test]
    fn memberships_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Poland, Estonia and other NATO member states sent troops.",
                &[
                    "Estonia ∈ North Atlantic Treaty Organization",
                    "Poland ∈ North Atlantic Treaty Organization",
                ],
            ),
            (
                "Poland, Latvia and Lithuania, all members of NATO, agreed.",
                &[
                    "Latvia ∈ North Atlantic Treaty Organization",
                    "Lithuania ∈ North Atlantic Treaty Organization",
                    "Poland ∈ North Atlantic Treaty Organization",
                ],
            ),
            (
                "NATO members including Belgium and Spain must spend more.",
                &[
                    "Belgium ∈ North Atlantic Treaty Organization",
                    "Spain ∈ North Atlantic Treaty Organization",
                ],
            ),
            (
                "Austria is a member of the European Union.",
                &["Austria ∈ European Union"],
            ),
            (
                "Russia and China, permanent members of the UN Security Council, objected.",
                &[
                    "China ∈ United Nations Security Council",
                    "Russia ∈ United Nations Security Council",
                ],
            ),
            (
                "Hungary, a member of both NATO and the EU, has blocked the package.",
                &[
                    "Hungary ∈ European Union",
                    "Hungary ∈ North Atlantic Treaty Organization",
                ],
            ),
            (
                "Members of the G7 — Canada, Japan and Italy — agreed on the text.",
                &["Canada ∈ G7", "Italy ∈ G7", "Japan ∈ G7"],
            ),
            (
                "Finland joined NATO in 2023.",
                &["Finland ∈ North Atlantic Treaty Organization"],
            ),
            (
                "Sweden has formally joined NATO.",
                &["Sweden ∈ North Atlantic Treaty Organization"],
            ),
            // wanting, applying or refusing to join asserts nothing
            ("Ukraine wants to join NATO.", &[]),
            ("Ukraine has not joined NATO.", &[]),
            ("Georgia applied to join the EU.", &[]),
            ("Norway never joined the EU.", &[]),
            (
                "NATO member Turkey objected.",
                &["Turkey ∈ North Atlantic Treaty Organization"],
            ),
            (
                "The United States matters, given Washington's pivotal role within NATO.",
                &["United States ∈ North Atlantic Treaty Organization"],
            ),
            (
                "Others fear Russian and Chinese vetoes in the UN Security Council.",
                &[
                    "China ∈ United Nations Security Council",
                    "Russia ∈ United Nations Security Council",
                ],
            ),
            (
                "Others fear Russia's ability to veto decisions in the Security Council.",
                &["Russia ∈ United Nations Security Council"],
            ),
            // regression: a mention of the organization in an earlier sentence hid the apposition
            (
                "NATO allies act\nPoland and Latvia, all members of NATO, asked the alliance for help.",
                &[
                    "Latvia ∈ North Atlantic Treaty Organization",
                    "Poland ∈ North Atlantic Treaty Organization",
                ],
            ),
            // "Its members include ...": the organization named just before
            (
                "The Joint Expeditionary Force (JEF) will train. Its members include Sweden, Finland and Norway.",
                &[
                    "Finland ∈ Joint Expeditionary Force",
                    "Norway ∈ Joint Expeditionary Force",
                    "Sweden ∈ Joint Expeditionary Force",
                ],
            ),
            // negation, modality and hedging assert nothing
            ("Switzerland is not a member of the European Union.", &[]),
            // a rank between the organization and "member"; a relative clause
            (
                "Sweden, which became NATO's 32nd member in 2024, hosted the talks.",
                &["Sweden ∈ North Atlantic Treaty Organization"],
            ),
            (
                "Finland, NATO's newest member, objected.",
                &["Finland ∈ North Atlantic Treaty Organization"],
            ),
            ("Ukraine, which is not a member of NATO, objected.", &[]),
            ("Norway could become a member of the European Union.", &[]),
            ("Sweden is considering becoming a member of NATO.", &[]),
            (
                "The US is not a member of the coalition of the willing.",
                &[],
            ),
            ("Germany may become a NATO member.", &[]),
            (
                "Finland, which may join NATO members such as Poland in the exercise, waited.",
                &["Poland ∈ North Atlantic Treaty Organization"],
            ),
            // an obligation of membership, read against the gazetteer's member list
            (
                "NATO ministers met. Greece and Portugal still fall short of the 2% spending target.",
                &[
                    "Greece ∈ North Atlantic Treaty Organization",
                    "Portugal ∈ North Atlantic Treaty Organization",
                ],
            ),
            (
                "NATO wants more. Norwegian and Danish contributions could reach 3.5 percent of GDP.",
                &[
                    "Denmark ∈ North Atlantic Treaty Organization",
                    "Norway ∈ North Atlantic Treaty Organization",
                ],
            ),
            // a country the member list lacks is no member, whatever it spends
            (
                "NATO watches Moscow. Russia's military spending has passed 6% of GDP, and Ukraine's defence budget is 26% of GDP.",
                &[],
            ),
            (
                "NATO partners matter. Japan and Austria plan defence spending of 2% of GDP.",
                &[],
            ),
            (
                "Germany will meet NATO's new target of 5% of GDP, Merz said.",
                &["Germany ∈ North Atlantic Treaty Organization"],
            ),
            // no obligation cue beside the percentage, or no organization named
            (
                "NATO met in Oslo. Italy's economy grew 0.5% last year.",
                &[],
            ),
            ("Poland spends 4% of GDP on defence.", &[]),
            (
                "The EU is worried. Italy's deficit stands at 3.4% of GDP, above the limit.",
                &["Italy ∈ European Union"],
            ),
        ];
        for (text, want) in cases {
            let (mut got, ..) = labels(text);
            got.sort();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn leadership_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The coalition of the willing, led by Britain and France, met again.",
                &[
                    "France → Coalition of the Willing",
                    "United Kingdom → Coalition of the Willing",
                ],
            ),
            (
                "The coalition of the willing met. The coalition is led by Britain and France.",
                &[
                    "France → Coalition of the Willing",
                    "United Kingdom → Coalition of the Willing",
                ],
            ),
            (
                "France and Britain, which lead the coalition of the willing, sent troops.",
                &[
                    "France → Coalition of the Willing",
                    "United Kingdom → Coalition of the Willing",
                ],
            ),
            (
                "France and Britain sent envoys. The coalition of the willing held talks, led by Paris and London.",
                &[
                    "France → Coalition of the Willing",
                    "United Kingdom → Coalition of the Willing",
                ],
            ),
            // modality and suggestion assert nothing
            (
                "Italy suggested that the United Nations could take the lead of the coalition of the willing.",
                &[],
            ),
            ("The coalition of the willing could be led by Germany.", &[]),
            // the chair of a meeting leads it
            (
                "Gulf ministers met in Riyadh on 3 June. Saudi Foreign Minister Faisal bin Farhan chaired the meeting.",
                &["Faisal bin Farhan → meeting 0"],
            ),
            (
                "Faisal bin Farhan said the meeting in Riyadh on 3 June went well.",
                &[],
            ),
        ];
        for (text, want) in cases {
            let (_, mut got, ..) = labels(text);
            got.sort();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn positions_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "British Prime Minister Keir Starmer spoke.",
                &["Keir Starmer: Prime Minister of United Kingdom"],
            ),
            (
                "NATO Secretary General Mark Rutte spoke.",
                &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
            ),
            // "its": the country the sentence starts with
            (
                "Finland, a NATO member since 2023, sent its defence minister, Antti Hakkanen.",
                &["Antti Hakkanen: Defence Minister of Finland"],
            ),
            (
                "The ministers met. Its defence minister, Antti Hakkanen, spoke.",
                &["Antti Hakkanen: Defence Minister of "],
            ),
            // regression: a royal title between the office and the name took the post
            (
                "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan spoke.",
                &["Faisal bin Farhan: Foreign Minister of Saudi Arabia"],
            ),
            (
                "Crown Prince Mohammed bin Salman spoke.",
                &["Mohammed bin Salman: Crown Prince of "],
            ),
            (
                "Mark Rutte, NATO's secretary general, spoke.",
                &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
            ),
            (
                "U.S. Secretary of State Marco Rubio spoke.",
                &["Marco Rubio: Secretary of State of United States"],
            ),
            (
                "Dutch defence minister Ruben Brekelmans spoke.",
                &["Ruben Brekelmans: Defence Minister of Netherlands"],
            ),
            (
                "Former U.S. President Donald Trump spoke.",
                &["Donald Trump: (former) President of United States"],
            ),
            (
                "Ben Barry, a senior fellow for land warfare at the International Institute for Strategic Studies, said so.",
                &["Ben Barry: Senior Fellow of International Institute for Strategic Studies"],
            ),
            (
                "The French president, Emmanuel Macron, spoke.",
                &["Emmanuel Macron: President of France"],
            ),
            (
                "The head of the IAEA, Rafael Grossi, visited the plant.",
                &["Rafael Grossi: Head of International Atomic Energy Agency"],
            ),
            (
                "The Secretary General of NATO, Mark Rutte, spoke.",
                &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
            ),
            // the owner's name must be followed by the person's
            ("The head of the IAEA said so.", &[]),
        ];
        for (text, want) in cases {
            let (_, _, got, _) = labels(text);
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn meetings_in_a_table_of_cases() {
        let cases: &[(&str, usize)] = &[
            (
                "Claire Dubois and Hiroshi Tanabe met in Geneva on 14 May.",
                1,
            ),
            // regression: a name ending in "be" was taken for the passive "be met with"
            ("Kenji Tanabe met in Geneva on 14 May.", 1),
            (
                "The idea has been met with resistance in Geneva on 14 May.",
                0,
            ),
            ("Ministers will hold a summit in Oslo on June 3.", 1),
            ("Norway hosted the summit in Oslo on June 3.", 1),
            ("The city hosts a film festival in Oslo on June 3.", 0),
            // neither place nor date: "A met B" is a meeting, a lone name is not
            ("Takeshi Iwaya met Wang Yi on Thursday.", 1),
            (
                "Takeshi Iwaya met Wang Yi. Later Takeshi Iwaya met Wang Yi again.",
                1,
            ),
            ("Takeshi Iwaya has not met Wang Yi.", 0),
            ("Takeshi Iwaya met reporters.", 0),
            (
                "Vladimir Putin spoke by phone with Donald Trump on 3 June, a day after Trump hosted European leaders.",
                1,
            ),
            // regression: a news conference is a briefing, not a meeting
            (
                "Andrew Bailey told a news conference in London on 3 June that rates would hold.",
                0,
            ),
            ("Ministers held a press conference in Oslo on June 3.", 0),
            ("Ministers will hold a conference in Oslo on June 3.", 1),
            ("Leaders will attend a summit.", 0),
        ];
        for (text, want) in cases {
            let x = extract(text, None);
            assert_eq!(x.relations.meetings.len(), *want, "{text}");
        }
    }

    #[test]
    fn meeting_participants_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Claire Dubois and Hiroshi Tanabe met in Geneva on 14 May.",
                &["Claire Dubois", "Hiroshi Tanabe"],
            ),
            // who attends a meeting an organization names takes part
            (
                "IMF Managing Director Kristalina Georgieva will attend the G20 meeting in Cape Town on 3 June.",
                &["G20", "Kristalina Georgieva"],
            ),
            // the visitor takes part in the visit
            (
                "Cyril Ramaphosa is due to visit Nairobi next month.",
                &["Cyril Ramaphosa"],
            ),
            (
                "Claire Dubois visited Ottawa on 3 June.",
                &["Claire Dubois"],
            ),
            (
                "Claire Dubois will also visit Ottawa on 3 June.",
                &["Claire Dubois"],
            ),
            (
                "Lee Jae-myung, who visited Washington on 3 June, welcomed the step.",
                &["Lee Jae-myung"],
            ),
            // a call "by phone"; a host later in the sentence hosts, and no more
            (
                "Vladimir Putin spoke by phone with President Donald Trump on 3 June, a day after Trump hosted European leaders at the White House.",
                &["Donald Trump", "Vladimir Putin"],
            ),
            // a list of people holds the call
            (
                "German Chancellor Friedrich Merz, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni held a video call with Volodymyr Zelensky on 3 June.",
                &[
                    "Emmanuel Macron",
                    "Friedrich Merz",
                    "Giorgia Meloni",
                    "Volodymyr Zelensky",
                ],
            ),
            // a visit someone speaks of is not theirs
            (
                "Claire Dubois said the visit to Ottawa on 3 June went well.",
                &[],
            ),
            // who hosts a visitor meets them
            (
                "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Ankara on 3 June.",
                &["Recep Tayyip Erdogan", "Volodymyr Zelensky"],
            ),
            (
                "Iran and the United States held indirect talks in Muscat on 12 April.",
                &["Iran", "United States"],
            ),
            (
                "Benjamin Netanyahu spoke after meeting German Foreign Minister Johann Wadephul in Jerusalem on 3 June.",
                &["Benjamin Netanyahu", "Johann Wadephul"],
            ),
            // a list after "between" belongs to the talks it follows, not to a later meeting
            (
                "Kenji Tanabe has held talks between Chile and Peru, most recently meeting with Chilean officials in Lima on 3 June.",
                &["Chile"],
            ),
            // regression: "the talks" went to a summit reported since the negotiations
            (
                "Officials from Qatar and Egypt mediated the negotiations in Doha on 4 June. Lula will chair the BRICS summit in Rio de Janeiro in July. The talks were attended by representatives of Turkey and Jordan.",
                &["Egypt", "Jordan", "Qatar", "Turkey"],
            ),
            // who speaks at the meeting takes part in it
            (
                "Ministers met in Oslo on 3 June. “We are ready,” Norwegian defence minister Erik Lindqvist said at the start of the meeting.",
                &["Erik Lindqvist"],
            ),
            // speaking about a meeting is not taking part
            (
                "Ministers met in Oslo on 3 June. Erik Lindqvist said the meeting went well.",
                &[],
            ),
            // "the latest in a series of meetings of X": X takes part
            (
                "Ministers gathered in Oslo on 3 June. The gathering was the latest in a series of meetings of the Nordic Council.",
                &["Nordic Council"],
            ),
            // a series of someone else's meetings without the copula says nothing
            (
                "Ministers gathered in Oslo on 3 June after meetings of the Nordic Council.",
                &[],
            ),
        ];
        for (text, want) in cases {
            // the first meeting the text reports
            let x = extract(text, None);
            assert!(!x.relations.meetings.is_empty(), "{text}");
            let mut got: Vec<String> = x.relations.meetings[0]
                .participants
                .iter()
                .map(|&e| x.entities.list[e].label.clone())
                .collect();
            got.sort();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn meeting_places_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("Ministers held talks in Geneva on 3 June.", &["Geneva"]),
            (
                "A meeting of foreign ministers in Oslo on 3 June was cut short.",
                &["Oslo"],
            ),
            // a visit's place is what is visited
            (
                "Abiy Ahmed will visit Beijing on 3 June to meet Xi Jinping.",
                &["Beijing"],
            ),
            ("Claire Dubois visited Ottawa on 3 June.", &["Ottawa"]),
            // regression: the place of a war, of troops, of a crisis is no meeting's
            (
                "Leaders met in Brussels on 3 June for a summit dominated by the war in Ukraine.",
                &["Brussels"],
            ),
            (
                "Ministers held talks on the conflict in Sudan in Geneva on 3 June.",
                &["Geneva"],
            ),
            (
                "The summit in Oslo on 3 June discussed the troops in Estonia.",
                &["Oslo"],
            ),
        ];
        for (text, want) in cases {
            let x = extract(text, None);
            let mut got: Vec<&str> = x
                .relations
                .meetings
                .iter()
                .filter_map(|m| m.location)
                .map(|l| x.entities.list[l].label.as_str())
                .collect();
            got.sort_unstable();
            got.dedup();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn meeting_hosts_in_a_table_of_cases() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Ministers met at NATO headquarters in Brussels on 3 June.",
                Some("North Atlantic Treaty Organization"),
            ),
            (
                "NATO's headquarters in Brussels will host a meeting of ministers on 3 June.",
                Some("North Atlantic Treaty Organization"),
            ),
            (
                "NATO's headquarters in Brussels will also host the next meeting of ministers on 3 June.",
                Some("North Atlantic Treaty Organization"),
            ),
            (
                "The summit in Oslo on 3 June was hosted by Norway.",
                Some("Norway"),
            ),
            // a place is not a host
            ("Ministers met in Brussels on 3 June.", None),
        ];
        for (text, want) in cases {
            let x = extract(text, None);
            assert_eq!(x.relations.meetings.len(), 1, "{text}");
            let got = x.relations.meetings[0]
                .host
                .map(|h| x.entities.list[h].label.as_str());
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn quotes_in_a_table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Marco Rubio spoke. \"This war reminds us of much,\" Rubio said.",
                &["Marco Rubio: This war reminds us of much"],
            ),
            (
                "Marco Rubio said: \"We stand with our allies today.\"",
                &["Marco Rubio: We stand with our allies today."],
            ),
            (
                "“We will not be moved at all,” said Swedish defence minister Pal Jonson.",
                &["Pal Jonson: We will not be moved at all"],
            ),
            (
                "Anna Berg arrived. “We are ready for this,” she told reporters.",
                &["Anna Berg: We are ready for this"],
            ),
            // no named speaker, scare quotes
            ("\"We are ready for this,\" one official said.", &[]),
            // regression: short utterances were taken for scare quotes
            (
                "Brian Kemp spoke. \"We will rebuild,\" Kemp said. \"Every family gets help.\"",
                &[
                    "Brian Kemp: We will rebuild",
                    "Brian Kemp: Every family gets help.",
                ],
            ),
            (
                "A so-called \"reassurance force,\" which was discussed, is new.",
                &[],
            ),
            (
                "According to Ben Barry, a senior fellow at the Oslo Institute (OI), “If you can do it, you must do it.”",
                &["Ben Barry: If you can do it, you must do it."],
            ),
            ("A so-called \"reassurance force\" was discussed.", &[]),
            // regression: a quotation in another person's reported speech
            // went to the paragraph's last speaker
            (
                "Marta Lopes spoke. \"This is a new chapter,\" Lopes said. Javier Milei said Argentina wanted \"open markets, not ideology\".",
                &[
                    "Marta Lopes: This is a new chapter",
                    "Javier Milei: open markets, not ideology",
                ],
            ),
            (
                "Marta Lopes spoke. \"This is a new chapter,\" Lopes said. Javier Milei called it \"a page that we must turn\".",
                &["Marta Lopes: This is a new chapter"],
            ),
        ];
        for (text, want) in cases {
            let (.., got) = labels(text);
            assert_eq!(got, *want, "{text}");
        }
    }
}
