//! Meetings, summits, talks, calls and visits, with place, date and participants.

use super::*;
use crate::lexicon::{BETWEEN_SUBJECT_AND_VERB, CHAIR_VERBS, NOT_VENUES, PARTY_NOUNS};

/// The days of the week, as a regex alternation.
const WEEKDAY: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/// A word that reports a meeting, and where it is.
struct Trigger {
    kind: &'static str,
    word: &'static str,
    start: usize,
    end: usize,
    definite: bool,
}

/// "in the city of Kazan", "in the capital city of X", "at the Black Sea
/// resort of Sochi": a city named after the kind of place it is.
static CITY_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:in|at) the (?:[A-Z][a-zA-Z-]* ){0,2}(?:[a-z-]+ )?(?:city|town|village|port|resort|capital) of $")
        .expect("valid regex")
});

/// "in Mexico City for private talks": what lies between a place and the
/// meeting word it is the place of.
static FOR_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ for (?:[a-z-]+ ){0,2}$").expect("valid regex"));

/// "meetings for ceasefire talks between A and B", "a push for peace talks":
/// talks named as a purpose or topic, a process rather than a meeting.
static FOR_TALKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:for|on|about|to|toward|towards)(?: [a-z-]+)? $").expect("valid regex")
});

/// Every place, date and participant cue of a sentence goes to the nearest
/// meeting word, so "the talks included A and B, with C during a follow-up
/// meeting on March 31" gives two meetings. A definite report without place
/// or date ("The talks included ...") adds to the meeting reported just before.
pub(super) fn meetings(input: &Input<'_>) -> Vec<MeetingFact> {
    let mut found: Vec<MeetingFact> = Vec::new();
    let mut last_sentence: Option<usize> = None;
    for (si, s) in input.sentences.iter().enumerate() {
        if s.kind != crate::text::LineKind::Body {
            continue;
        }
        // (a list of those present names no meeting of its own, whatever
        // its words: "Also at the meeting were ...")
        if present_list(input, si, &mut found) {
            continue;
        }
        let triggers = triggers(input, si);
        if triggers.is_empty() {
            continue;
        }
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
        place_cues(input, si, &triggers, &mut facts);
        sidelines(input, si, &triggers, &mut facts);
        date_cues(input, si, &triggers, &mut facts);
        list_cues(input, si, &triggers, &mut facts);
        delegations(input, si, &triggers, &mut facts);
        for (ti, t) in triggers.iter().enumerate() {
            let fact = &mut facts[ti];
            holders(input, si, &triggers, ti, fact);
            attendees(input, si, t, fact);
            participants_by_verb(input, si, t, fact);
            arrival_visitor(input, si, t, fact);
            speakers_and_owners(input, si, t, fact);
            fronted(input, si, t, fact);
        }
        let (triggers, facts) = welcomes_into_others(input, triggers, facts);
        let (triggers, mut facts) = visits_into_others(input, si, triggers, facts);
        series(input, &triggers, &mut facts);
        commit(input, si, &triggers, facts, &mut found, &mut last_sentence);
    }
    found
}

/// "Britain and Japan signed a trade deal at a ceremony in Tokyo",
/// "Motegi and Truss signed the agreement on Friday": who signs at a
/// meeting takes part in it — the meeting told in the signing's sentence,
/// else the one meeting the article's signers took part in before.
pub(super) fn signers_take_part(signed: &[Link], meetings: &mut [MeetingFact]) {
    let mut signing: Option<usize> = None;
    let mut sentences: Vec<usize> = signed.iter().map(|l| l.evidence.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    for si in sentences {
        let here: Vec<usize> = (0..meetings.len())
            .filter(|&i| meetings[i].evidence.iter().any(|e| e.sentence == si))
            .collect();
        let target = match here.as_slice() {
            [one] => Some(*one),
            [] => signing,
            _ => None,
        };
        let Some(i) = target else { continue };
        for l in signed.iter().filter(|l| l.evidence.sentence == si) {
            let object = match l.object {
                Target::Entity(e) => Some(e),
                Target::Meeting(_) => None,
            };
            for e in [Some(l.subject), object].into_iter().flatten() {
                if !meetings[i].participants.contains(&e) {
                    meetings[i].take_part(e, si, "meeting/signer");
                }
            }
        }
        signing = Some(i);
    }
}

/// "X welcomed his counterpart Y, who is on an official visit": a welcome in
/// a sentence that names the meeting by another word is that meeting (its
/// people join it), not a second one.
fn welcomes_into_others(
    input: &Input<'_>,
    triggers: Vec<Trigger>,
    facts: Vec<MeetingFact>,
) -> (Vec<Trigger>, Vec<MeetingFact>) {
    let welcome = |t: &Trigger| {
        matches!(
            input.slice(t.start, t.end),
            "welcomed" | "welcomes" | "received" | "receives"
        )
    };
    // (only into a meeting told by its place or date, which stands on its
    // own; a welcome alone is a meeting of its people)
    let Some(other) = triggers.iter().position(|t| !welcome(t)) else {
        return (triggers, facts);
    };
    if !triggers.iter().any(&welcome)
        || (facts[other].location.is_none() && facts[other].date.is_none())
    {
        return (triggers, facts);
    }
    fold_into(triggers, facts, other, welcome, false)
}

/// The facts of the meeting words `take` picks (but word `into`) folded into
/// the fact of word `into`, and their words dropped: their people join it,
/// and with `with_place` their place and date where it has none.
fn fold_into(
    triggers: Vec<Trigger>,
    mut facts: Vec<MeetingFact>,
    into: usize,
    take: impl Fn(&Trigger) -> bool,
    with_place: bool,
) -> (Vec<Trigger>, Vec<MeetingFact>) {
    let mut kept_triggers = Vec::new();
    let mut kept_facts = Vec::new();
    let mut moved = Vec::new();
    let mut target = 0;
    for (i, (t, f)) in triggers.into_iter().zip(facts.drain(..)).enumerate() {
        if i != into && take(&t) {
            moved.push(f);
        } else {
            if i == into {
                target = kept_facts.len();
            }
            kept_triggers.push(t);
            kept_facts.push(f);
        }
    }
    let target = &mut kept_facts[target];
    for f in moved {
        if with_place {
            if target.location.is_none() {
                target.location = f.location;
            }
            target.date = target.date.take().or(f.date);
        }
        target.participants.extend(f.participants);
        for (e, ev) in f.sources {
            target.sources.entry(e).or_insert(ev);
        }
    }
    (kept_triggers, kept_facts)
}

/// "X, who is on an official visit to Peru, held talks with Y", "During
/// his visit to Lima, X met Y": the visit a sentence tells as the occasion
/// of a meeting it names by another word is that meeting's (its place and
/// people join it), not a second one.
fn visits_into_others(
    input: &Input<'_>,
    si: usize,
    triggers: Vec<Trigger>,
    facts: Vec<MeetingFact>,
) -> (Vec<Trigger>, Vec<MeetingFact>) {
    static ON_A_VISIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:on|during|in the course of) (?:a|an|his|her|their|its|the)(?: [a-z0-9-]+){0,3} $")
            .expect("valid regex")
    });
    // "X visited the party office for a closed-door meeting with Y", "X
    // arrived for a visit, and held talks with Y": the meeting or talks the
    // visit was for, told after it
    static FOR_TALKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:for|to hold|holding|and held|and had|where (?:he|she|they) held)(?: (?:a|an|the))?(?: [a-z-]+){0,3} $")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    let held_for = |v: &Trigger| {
        triggers.iter().any(|u| {
            u.kind != "visit"
                && u.start > v.end
                && matches!(u.kind, "meeting" | "talks")
                && FOR_TALKS.is_match(input.slice(v.end, u.start))
        })
    };
    let occasion = |t: &Trigger| {
        t.kind == "visit"
            && (ON_A_VISIT.is_match(input.slice(s.span.start, t.start)) || held_for(t))
    };
    let Some(other) = triggers.iter().position(|t| t.kind != "visit") else {
        return (triggers, facts);
    };
    let occasions: Vec<usize> = triggers
        .iter()
        .filter(|t| occasion(t))
        .map(|t| t.start)
        .collect();
    if occasions.is_empty() {
        return (triggers, facts);
    }
    fold_into(
        triggers,
        facts,
        other,
        |t| occasions.contains(&t.start),
        true,
    )
}

/// The rule that gives a meeting its dateline's city.
const DATELINE_RULE: &str = "meeting/dateline";

/// Whether the meeting's place is only its dateline's city.
fn from_dateline(f: &MeetingFact) -> bool {
    placed_by(f, DATELINE_RULE)
}

/// Whether the meeting's place was given by rule `rule`.
fn placed_by(f: &MeetingFact, rule: &str) -> bool {
    f.location
        .is_some_and(|l| f.sources.get(&l).is_some_and(|e| e.rule == rule))
}

/// The meeting words of sentence `si`, in text order.
fn triggers(input: &Input<'_>, si: usize) -> Vec<Trigger> {
    static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:[Ss]ummits?|meetings?|Meeting|talks|Talks|negotiations|rounds? of dialogue|inauguration|hearings?|[Cc]onference|(?:[Ee]xtraordinary|[Oo]rdinary|[Ss]pecial|[Ee]mergency|[Pp]lenary) [Ss]ession|\d+(?:st|nd|rd|th)(?: [A-Z][A-Za-z-]*){0,3} Session|ministerials?|bilaterals?|(?:signing )?ceremony|(?:Annual|Extraordinary|\d+(?:st|nd|rd|th)) Congress|(?:tele)?phone calls?|video calls?|(?:tele)?phone conversations?|(?:tele)?phone talks|conversation (?:over|on|by) the (?:tele)?phone|conversation by (?:tele)?phone|conversations?|video conference|videoconference|call|(?:spoke|spoken|talked) (?:by (?:tele)?phone|on the (?:tele)?phone)|talked about|(?:tele)?phoned|visit(?:s|ed|ing)?|gathering|gathered|met|meet|meets|conferred|confers|confer|discussed|hosted|hosts|welcomed|welcomes|received|receives|called on|calls on|courtesy calls? (?:on|to)|(?:granted|grants|grant|granting|gave|gives|accorded) (?:an )?audience to|(?:sat|sit|sits|sitting) down)(?-u:\b)").expect("valid regex")
    });
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    TRIGGER
        .find_iter(st)
        .filter_map(|g| {
            let word = trigger_word(st, g.start(), g.end())?;
            // "has been met with resistance": not a meeting
            let last_word = st[..g.start()].split_whitespace().next_back().unwrap_or("");
            // "told a news conference": a briefing, not a meeting
            if word == "conference" && ["news", "press"].contains(&last_word) {
                return None;
            }
            // "The meeting participants included ...": the list of the
            // meeting reported before (`present_list`), no meeting of its own
            if st[g.end()..].starts_with(" participant") {
                return None;
            }
            // ("was received by X" is a meeting: only "met" so)
            if word == "met"
                && g.as_str() == "met"
                && ["been", "was", "were", "is", "are", "be"].contains(&last_word)
            {
                return None;
            }
            // ("received a call from President X", "made a call to Y": a
            // call someone took or made, to or from someone named)
            let took_a_call = || {
                [
                    "received a ",
                    "receives a ",
                    "made a ",
                    "makes a ",
                    "took a ",
                    "placed a ",
                ]
                .iter()
                .any(|p| st[..g.start()].ends_with(p))
                    && [" from ", " to "].iter().any(|p| {
                        st[g.end()..]
                            .strip_prefix(p)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    })
            };
            if word == "call"
                && !st.contains("phone")
                && !st.contains("video")
                && !st.contains(" call with")
                && !st.contains(" call between")
                && !took_a_call()
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
        .collect()
}

/// What the meeting word at `start..end` of sentence text `st` reports
/// ("summit", "talks", "call", "visit", "met", ...), or `None` where the
/// word is no meeting there.
fn trigger_word(st: &str, start: usize, end: usize) -> Option<&'static str> {
    let found = &st[start..end];
    Some(match found {
        "summit" | "summits" | "Summit" | "Summits" => "summit",
        "talks" | "Talks" => "talks",
        // "had a one-on-one conversation with X": talks with someone named
        // (not "in a conversation with Reuters": an interview)
        "conversation" | "conversations" => {
            let rest = st[end..].strip_prefix(" with ")?;
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let held = st[..start]
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| matches!(w, "had" | "has" | "have" | "held" | "holds" | "hold"));
            if !rest.starts_with(char::is_uppercase) || !held || with_an_interviewer(st, rest) {
                return None;
            }
            "talks"
        }
        // "several rounds of dialogue between A and B": talks, not the
        // "dialogue" of a process
        w if w.ends_with("of dialogue") => "talks",
        "negotiations" => "negotiations",
        "conference" | "Conference" => "conference",
        w if w.ends_with("Congress") => "conference",
        w if w.ends_with("ession") || w.ends_with("ceremony") => "meeting",
        // "the G7 ministerial in Capri", "a bilateral with X": the
        // nouns, not the adjectives ("ministerial meeting" has its own word)
        "ministerial" | "ministerials" | "bilateral" | "bilaterals" => {
            let next = st[end..].trim_start();
            if !(next.is_empty()
                || next.starts_with([',', '.', ';'])
                || ["in ", "on ", "at ", "with ", "between ", "of "]
                    .iter()
                    .any(|p| next.starts_with(p)))
            {
                return None;
            }
            if found.starts_with('b') {
                "talks"
            } else {
                "meeting"
            }
        }
        "phone call" | "video call" | "video calls" | "call" | "video conference"
        | "videoconference" => "call",
        w if w.contains("phone") => "call",
        w if by_phone(w) => "call",
        "visit" | "visits" | "visited" | "visiting" => "visit",
        "gathering" => "gathering",
        // ("meet China halfway", "met the targets": no meeting)
        "met" | "meet" | "meets"
            if st[end..]
                .split(['.', ',', ';'])
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .take(6)
                .any(|w| {
                    matches!(
                        w,
                        "halfway"
                            | "demand"
                            | "demands"
                            | "target"
                            | "targets"
                            | "deadline"
                            | "expectations"
                            | "requirements"
                            | "needs"
                            | "criteria"
                            | "obligations"
                            | "goals"
                    )
                }) =>
        {
            return None;
        }
        "met" | "meet" | "meets" | "gathered" => "met",
        // "X called on Home Minister Y on Tuesday": a courtesy call, when a
        // name follows and no errand ("called on Russia to withdraw")
        "called on" | "calls on" => {
            let rest = &st[end..];
            // (the whole sentence: "called on Israel, Iran and the US to
            // step back"; "called on Tuesday for calm")
            let clause = rest.split([';', '.']).next().unwrap_or_default();
            let next = rest.split_whitespace().next().unwrap_or_default();
            if !next.starts_with(char::is_uppercase)
                || next.ends_with("day")
                || clause.contains(" for ")
                || (clause.contains(" to ") && !clause.contains(" to discuss"))
            {
                return None;
            }
            "met"
        }
        // "X granted an audience to Y": X met Y
        w if w.ends_with("audience to") => "met",
        // "X paid a courtesy call on President Y": a visit
        w if w.starts_with("courtesy call") => "visit",
        // "X sat down with Y": a meeting (not "sat down to write")
        w if w.ends_with(" down") => {
            let rest = st[end..].strip_prefix(" with ")?;
            if with_an_interviewer(st, rest) {
                return None;
            }
            "met"
        }
        // "X conferred with Y": a meeting (not "conferred an award on")
        "conferred" | "confers" | "confer" if st[end..].starts_with(" with ") => "met",
        "conferred" | "confers" | "confer" => return None,
        // "A and his Spanish counterpart B on Tuesday discussed security",
        // "A discussed trade with B", "A and B talked about trade": two
        // named sides discussing met (not
        // "the cabinet discussed the budget")
        "discussed" | "talked about" => {
            static TWO_SIDES: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"[A-Z][\w’'.-]* and (?:(?:his|her|their) (?:[A-Z][a-z]+ )?counterpart,? )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*,?(?: (?:on|last) [A-Z][a-z]+day| also| jointly)? $")
                    .expect("valid regex")
            });
            static WITH_SIDE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^ [^.;,]{1,60}? with (?:(?:his|her|their) (?:[A-Z][a-z]+ )?counterpart,? )?[A-Z]")
                    .expect("valid regex")
            });
            let pre = &st[..start];
            // (the one discussing with someone named in full before the verb)
            let mut last = pre.split_whitespace().rev();
            let named = last
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && last
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if !(TWO_SIDES.is_match(pre) || (named && WITH_SIDE.is_match(&st[end..]))) {
                return None;
            }
            // (not on air or to an outlet: "discussed the economy in a
            // speech", "on CNBC", "discussed his plans with Reuters")
            let rest = &st[end..];
            let outlet = rest
                .match_indices(" with ")
                .chain(rest.match_indices(" on "))
                .any(|(i, p)| with_an_interviewer(st, &rest[i + p.len()..]));
            if outlet
                || [
                    "speech",
                    "podcast",
                    "panel",
                    "broadcast",
                    "television",
                    "debate",
                ]
                .iter()
                .any(|w| rest.contains(w))
            {
                return None;
            }
            "met"
        }
        // "after meeting German Foreign Minister X": the verb
        "meeting"
            if st[end..]
                .strip_prefix(' ')
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
                && ["after", "before", "when", "while", "since"]
                    .contains(&st[..start].split_whitespace().next_back().unwrap_or("")) =>
        {
            "met"
        }
        // "X hosted Y in Ankara": a meeting when a name follows, not
        // "hosted the summit" (the summit is the meeting word)
        "hosted" | "hosts" => {
            let rest = st[end..].trim_start();
            let next = rest.chars().next();
            // ("hosted her Ugandan counterpart X", not "hosted his Cabinet")
            let counterpart = ["his ", "her ", "their "]
                .iter()
                .filter_map(|p| rest.strip_prefix(p))
                .any(|r| r.split(' ').take(2).any(|w| w.starts_with("counterpart")));
            if !(next.is_some_and(char::is_uppercase) || counterpart) {
                return None;
            }
            "met"
        }
        // "Egyptian President X welcomed Turkish President Y in Cairo": a
        // meeting when a person's name follows (capitalized words, no
        // possessive: not "welcomed China's decision", "received the award")
        "welcomed" | "welcomes" | "received" | "receives" => {
            // ("welcomed his Kenyan counterpart X", "was received by X")
            // ("received today X", "received on Monday X": a day first)
            let rest = st[end..].trim_start();
            let rest = ["today ", "yesterday "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .or_else(|| {
                    let r = rest.strip_prefix("on ")?;
                    crate::dates::WEEKDAYS
                        .iter()
                        .find_map(|d| r.strip_prefix(d)?.strip_prefix(' '))
                })
                .unwrap_or(rest);
            let rest = ["his ", "her ", "by "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            // "received the Minister of Foreign Affairs of Chile, X": a
            // post first (not "received the President's message")
            if let Some(post) = rest.strip_prefix("the ")
                && let Some(t) = gazetteer().find_titles(post).first()
                && t.start == 0
                && post.starts_with(char::is_uppercase)
                && post[t.end..].starts_with([' ', ','])
            {
                return Some("met");
            }
            let next: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| w.starts_with(char::is_uppercase) || *w == "counterpart")
                .collect();
            // (a possessive only first, before a post and a name:
            // "received Bahrain's Crown Prince X", not "received Amnesty
            // International's award" or "welcomed China's Belt and Road")
            let possessive = |w: &&str| w.ends_with("'s") || w.ends_with("’s");
            let owner_first = next.first().is_some_and(possessive)
                && next.len() >= 4
                && !next[1..].iter().any(possessive);
            if next.len() < 2 || (next.iter().any(possessive) && !owner_first) {
                return None;
            }
            "met"
        }
        _ => "meeting",
    })
}

/// Whether the one "sat down with" or "had a conversation with" (`rest`
/// starts with them) is an outlet or someone of another, or the sentence
/// speaks of an interview: "sat down with CNN's X", "with Reuters".
fn with_an_interviewer(st: &str, rest: &str) -> bool {
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // (the capitalized words of the name, a possessive among them: "Laura
    // Binns's husband")
    let possessive = rest
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| w.ends_with("'s") || w.ends_with("’s"));
    st.contains("interview")
        || possessive
        || gazetteer().find_names(rest).first().is_some_and(|h| {
            h.start == 0
                && matches!(h.known, crate::gazetteer::Known::Organization(o) if gazetteer().organizations[o].kind == "news")
        })
}

/// Whether a meeting word tells a call: "spoke by phone", "talked on the
/// telephone" (not "talked about").
fn by_phone(word: &str) -> bool {
    (word.starts_with("spoke") || word.starts_with("talked")) && word.contains("phone")
}

/// "Present are Presidents A (X), B (Y) ...", "Also at the meeting were A
/// and B": who attended the meeting last reported. Whether the sentence is
/// such a list.
fn present_list(input: &Input<'_>, si: usize, found: &mut [MeetingFact]) -> bool {
    static PRESENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:Also )?(?:[Pp]resent |[Aa]ttending )?(?:at|in) the (?:meeting|talks|session|summit|conference|ceremony|signing) (?:are|were)|Also (?:present|attending) (?:are|were)|Present (?:are|were)|Attending (?:are|were)|Among (?:them|those (?:present|attending)|the (?:participants|attendees|leaders|delegates)) (?:are|were)|Those (?:present|attending) (?:included|include|are|were)|(?:The (?:meeting|summit|talks|session|conference)(?:'s|’s)? )?[Pp]articipants? (?:included|include|are|were))(?: (?:the )?(?:Presidents?|Prime Ministers?|Ministers?|Foreign Ministers?|foreign ministers|presidents|prime ministers|ministers|leaders?|heads of state))? ")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    // "Present are Presidents A (X), B (Y) ...", "Also at the meeting were
    // A and B": who attended the meeting last reported
    if let Some(c) = PRESENT.find(st)
        && let Some(last) = found.last_mut()
    {
        // the sentence is the list: every person it names, and the
        // countries or bodies listed (not the countries names are tagged with)
        let start = s.span.start + c.end();
        let people = input
            .items(si)
            .filter(|m| m.span.start >= start && m.kind == MentionKind::Person)
            .filter_map(|m| m.entity);
        for e in people
            .chain(list_after(input, si, start))
            .collect::<Vec<_>>()
        {
            if input.class(e) != Class::City {
                last.take_part(e, si, "meeting/present");
            }
        }
        last.evidence.push(Evidence {
            sentence: si,
            rule: "meeting/present",
        });
        return true;
    }
    false
}

/// The meeting word nearest to a byte offset.
fn nearest(triggers: &[Trigger], pos: usize) -> usize {
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
}

/// How a place is named in its sentence.
struct VenueCue {
    /// "in Oslo", "at the State House, Abuja", "will visit Beijing".
    at_place: bool,
    /// "at NATO headquarters".
    at_hq: bool,
    /// "NATO's Brussels headquarters".
    city_hq: bool,
    /// The place hosts: "at NATO headquarters", "hosted by Norway".
    hosts: bool,
}

fn venue_cue<'a>(input: &'a Input<'_>, si: usize, m: &Mention, e: usize) -> (VenueCue, &'a str) {
    let s = &input.sentences[si];
    let pre = input.slice(s.span.start, m.span.start);
    // "talks in Oslo", "at the summit in Paris", "will visit Beijing"
    // "in the Albanian capital, Tirana", "at the State House, Abuja"
    static VENUE_THEN_CITY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^| )(?:in|at) (?:the )?(?:[A-Z][A-Za-z’'.-]* ){0,4}(?:[A-Z][A-Za-z’'.-]*|capital),? $",
        )
        .expect("valid regex")
    });
    let at_place = [" in ", " in the ", " at ", " at the "]
        .iter()
        .any(|p| pre.ends_with(p))
        || (input.class(e) == Class::City && VENUE_THEN_CITY.is_match(pre))
        // "in the city of Kazan", "in the Black Sea resort of Sochi"
        || (input.class(e) == Class::City && CITY_OF.is_match(pre))
        || ([" visit ", " visits ", " visited ", " visiting ", " visit to ", " visits to "]
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
        Regex::new(r"^(?:’s|'s)(?: [A-Z][\w-]*)? headquarters(?-u:\b)").expect("valid regex")
    });
    let hosts = at_hq
        || HOST_AFTER.is_match(hq)
        || pre.ends_with(" hosted by ")
        || pre.ends_with(" hosted by the ");
    // the meeting word the place follows closely, else the nearest one
    (
        VenueCue {
            at_place,
            at_hq,
            city_hq,
            hosts,
        },
        pre,
    )
}

/// "held in", "met at the", "talks in": the place is named right after a
/// word of meeting.
fn held_before(pre: &str) -> bool {
    // ("kicked off on Monday in Oslo", "began on Monday morning, June 9,
    // in Vienna", "was held on March 3, 2024, in Arusha": the day between)
    static ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r" on (?:(?:{WEEKDAY})(?: morning| afternoon| evening| night)?(?:, [A-Z][a-z]+ \d{{1,2}})?|[A-Z][a-z]+ \d{{1,2}}|\d{{1,2}} [A-Z][a-z]+)(?:,? \d{{4}})?,?$"))
            .expect("valid regex")
    });
    let p = pre
        .trim_end()
        .trim_end_matches(" the")
        .trim_end_matches(" in")
        .trim_end_matches(" at");
    let p = ON_DAY.find(p).map_or(p, |d| &p[..d.start()]);
    [
        "held",
        "met",
        "meet",
        "gathered",
        "hosted",
        "convened",
        "summit",
        "talks",
        "meeting",
        "commenced",
        "opened",
        "began",
        "place",
        "underway",
        "kicked off",
    ]
    .iter()
    .any(|v| p.ends_with(v))
}

/// Places: a city after "in"/"at" close to the meeting word ("talks in Oslo",
/// "held in Paris", "headquarters in Brussels will host the meeting"), else a
/// country, else "at X headquarters".
fn place_cues(input: &Input<'_>, si: usize, triggers: &[Trigger], facts: &mut [MeetingFact]) {
    let mut city_set = vec![false; triggers.len()];
    for m in input.items(si) {
        let Some(e) = m.entity else {
            continue;
        };
        if matches!(m.kind, MentionKind::Demonym(_)) {
            continue;
        }
        // "Lisbon talks", "the Paris summit": a city that names the meeting
        if matches!(m.kind, MentionKind::City(_))
            && let Some(ti) = triggers.iter().position(|t| {
                t.start == m.span.end + 1
                    && input.slice(m.span.end, t.start) == " "
                    && matches!(
                        input.slice(t.start, t.end),
                        "talks" | "summit" | "meeting" | "negotiations" | "conference"
                    )
            })
            && !city_set[ti]
        {
            facts[ti].location = Some(e);
            facts[ti].sources.insert(
                e,
                Evidence {
                    sentence: si,
                    rule: "meeting/place",
                },
            );
            city_set[ti] = true;
            continue;
        }
        let (cue, pre) = venue_cue(input, si, m, e);
        let at_place = cue.at_place;
        let ti = triggers
            .iter()
            .rposition(|t| {
                t.end <= m.span.start
                    && input.slice(t.end, m.span.start).split_whitespace().count() <= 8
            })
            .unwrap_or_else(|| nearest(triggers, m.span.start));
        let t = &triggers[ti];
        let close = if m.span.start >= t.end {
            // "meetings are being held from July 29 to August 3 in Bangkok"
            let gap = input.slice(t.end, m.span.start);
            let words = gap.split_whitespace().count();
            // "met X at the Presidential Villa in Abuja", "at the state
            // guest house in Lima": the city of the venue the meeting was at
            static VENUE_IN: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r" at (?:the )?(?:[\w’'.-]+ ){1,4}in $").expect("valid regex")
            });
            // "met Foreign Minister of Peru H E Rosa Campos in Doha": names
            // and titles (capitalized) are the meeting's own clause
            let lower = gap
                .split_whitespace()
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .count();
            // (not the seat of a post: "Consul General of India in
            // Mombasa Rajeev Kumar")
            let seat = input
                .slice(m.span.end, input.sentences[si].span.end)
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            words <= 8
                || (words <= 14 && lower <= 3 && !seat)
                || (words <= 14
                    && ([" held ", " place ", " convened ", " hosted "]
                        .iter()
                        .any(|v| gap.contains(v))
                        || VENUE_IN.is_match(gap)))
        } else {
            // "joined X in Mexico City for private talks"
            let between = input.slice(m.span.end, t.start);
            (between.contains("host") && between.split_whitespace().count() <= 10)
                || (at_place && FOR_MEETING.is_match(between))
        };
        let held = held_before(pre);
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
            if NOT_VENUES.contains(&head) {
                continue;
            }
        }
        set_place(input, si, e, &cue, &mut facts[ti], &mut city_set[ti]);
    }
}

/// Makes place `e` the meeting's place (a city over a country, a country over
/// a host's headquarters), and the host's where it hosts.
fn set_place(
    input: &Input<'_>,
    si: usize,
    e: usize,
    cue: &VenueCue,
    f: &mut MeetingFact,
    city_set: &mut bool,
) {
    let ev = Evidence {
        sentence: si,
        rule: "meeting/place",
    };

    if cue.hosts
        && f.host.is_none()
        && matches!(input.class(e), Class::Organization | Class::Country)
    {
        f.host = Some(e);
    }
    match input.class(e) {
        Class::City if cue.at_place || cue.city_hq => {
            f.location = Some(e);
            f.sources.insert(e, ev);
            *city_set = true;
        }
        Class::Country if cue.at_place && !*city_set => {
            f.location = Some(e);
            f.sources.insert(e, ev);
        }
        Class::Organization if cue.at_hq && !*city_set && f.location.is_none() => {
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

/// The rule that gives a meeting the place of the one on whose sidelines it is.
const SIDELINES_RULE: &str = "meeting/sidelines";

/// "A met B on the sidelines of the G20 summit in Rio": the meeting held on
/// the sidelines of another is where that one is (and stays its own
/// meeting: see `kept_apart`).
fn sidelines(input: &Input<'_>, si: usize, triggers: &[Trigger], facts: &mut [MeetingFact]) {
    for ti in 0..triggers.len() {
        if facts[ti].location.is_some() {
            continue;
        }
        let Some(tj) = (ti + 1..triggers.len()).find(|&tj| facts[tj].location.is_some()) else {
            continue;
        };
        let between = input.slice(triggers[ti].end, triggers[tj].start);
        if (between.contains(" on the sidelines of ") || between.contains(" on the margins of "))
            && let Some(l) = facts[tj].location
        {
            facts[ti].location = Some(l);
            facts[ti].sources.insert(
                l,
                Evidence {
                    sentence: si,
                    rule: SIDELINES_RULE,
                },
            );
        }
    }
}

/// A meeting held on the sidelines of another is not that one, though they
/// share a place: two reports merge then only when two parties are the same.
fn kept_apart(a: &MeetingFact, b: &MeetingFact) -> bool {
    (on_sidelines(a) || on_sidelines(b)) && a.participants.intersection(&b.participants).count() < 2
}

/// Whether the meeting's place is that of the meeting on whose sidelines
/// it was held.
fn on_sidelines(m: &MeetingFact) -> bool {
    placed_by(m, SIDELINES_RULE)
}

fn date_cues(input: &Input<'_>, si: usize, triggers: &[Trigger], facts: &mut [MeetingFact]) {
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    // dates: the nearest one close to each meeting word; a dateline's date is the
    // publication date, not a meeting's
    let dateline_end = dateline_end(st).map(|e| s.span.start + e);
    let mut best: Vec<Option<(usize, DateValue)>> = vec![None; triggers.len()];
    for d in input.dates.iter().filter(|d| d.sentence == si) {
        if dateline_end.is_some_and(|e| d.span.end <= e) {
            continue;
        }
        // "a firm May 15 deadline", "a deal by March 3": a deadline's date
        let before = input.slice(s.span.start, d.span.start);
        if input.slice(d.span.end, s.span.end).starts_with(" deadline")
            || [" by ", " deadline of ", " deadline on "]
                .iter()
                .any(|p| before.ends_with(p))
        {
            continue;
        }
        let ti = nearest(triggers, d.span.start);
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
        // "The Summit of the Heads of State ... was held on March 3": the
        // date of the meeting word's own verb, however far the word
        // (by the verbs only meetings take: not "a dispute that began on")
        let held_on = [" held on ", " took place on ", " convened on "]
            .iter()
            .any(|v| before.ends_with(v));
        if gap.split_whitespace().count() > 10 && !after_place && !held_on {
            continue;
        }
        // "relations which were broken off in September 1961, envoys met":
        // a date in a relative clause before the meeting word is another
        // event's ("On Monday, leaders met" and "that yesterday, after the
        // meeting" keep theirs)
        let clause = before.rsplit(',').next().unwrap_or(before);
        if d.span.end <= t.start
            && gap.contains(',')
            && clause
                .split_whitespace()
                .any(|w| matches!(w, "which" | "who" | "whom" | "whose"))
        {
            continue;
        }
        if best[ti].is_none_or(|(bd, _)| dist < bd) {
            best[ti] = Some((dist, d.value));
        }
    }
    for (f, b) in facts.iter_mut().zip(best) {
        f.date = b.map(|(_, v)| v);
    }
}

fn list_cues(input: &Input<'_>, si: usize, triggers: &[Trigger], facts: &mut [MeetingFact]) {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:between|with|from|among|including|involving|attended by|of) (?:the |a |an )?[“\x22]?").expect("valid regex")
    });
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    // participants after cue words: "talks between A and B", "representatives from A, B"
    for c in CUE.find_iter(st) {
        let start = s.span.start + c.end();
        let cue_at = s.span.start + c.start();
        let Some((named, held_with)) = cue_parties(input, si, triggers, c) else {
            continue;
        };
        for e in named {
            // a list belongs to the meeting word its cue follows ("talks between
            // A and B"), else to the meeting word nearest to where it ends
            let end = input
                .spans_of(si, e)
                .filter(|sp| sp.start >= start)
                .map(|sp| sp.end)
                .min()
                .unwrap_or(start);
            let ti = if held_with {
                0
            } else {
                triggers
                    .iter()
                    .rposition(|t| {
                        t.end <= cue_at
                            && input.slice(t.end, cue_at).split_whitespace().count() <= 2
                    })
                    .unwrap_or_else(|| nearest(triggers, end))
            };
            facts[ti].take_part(e, si, "meeting/participant-list");
        }
    }
}

/// Whom a cue word of sentence `si` ("between", "with", "of", ...) lists
/// as taking part, and whether it is "held with" the meeting the sentence
/// opens on; `None` where the cue lists no party of a meeting.
fn cue_parties(
    input: &Input<'_>,
    si: usize,
    triggers: &[Trigger],
    c: regex::Match<'_>,
) -> Option<(Vec<usize>, bool)> {
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    let start = s.span.start + c.end();
    // "the chancellor of Germany": a post's owner, not a party
    if c.as_str().starts_with("of")
        && input.titles_in(si).iter().any(|t| {
            // (not "representatives of A and B": a plural takes part)
            t.span.end + 1 == s.span.start + c.start() && !t.span.of(input.text).ends_with('s')
        })
    {
        return None;
    }
    // "President Karl Weber of Austria": the person's country, not a party
    if c.as_str().starts_with("of")
        && input
            .mention_ending_at(s.span.start + c.start() - 1)
            .is_some_and(|m| m.kind == MentionKind::Person)
    {
        return None;
    }
    // "with" names participants only right after the meeting word ("talks with
    // X", "met with X"), not in "the war with Russia"
    // "The meeting, which was in Jeddah ..., was held with A and B": the
    // meeting the sentence opens on
    let opening = triggers.first().filter(|t| {
        t.definite
            && input
                .slice(s.span.start, t.start)
                .split_whitespace()
                .count()
                == 1
    });
    let held_with = c.as_str().starts_with("with")
        && [" was held ", " were held "]
            .iter()
            .any(|v| st[..c.start()].ends_with(v))
        && opening.is_some();
    if c.as_str().starts_with("with") && !held_with {
        let at = s.span.start + c.start();
        // (not with another act's object in between: "miss the meeting
        // after exchanging insults with X")
        let close = triggers.iter().any(|t| {
            let gap = input.slice(t.end, at);
            t.end <= at
                && gap.split_whitespace().count() <= 3
                && !gap.split_whitespace().any(|w| {
                    matches!(w, "after" | "before" | "since" | "despite" | "following")
                        || (w.ends_with("ing") && w != "being")
                })
        });
        if !close {
            return None;
        }
    }
    // people "of" the meeting word ("a meeting of A and B"), not of
    // another noun ("critics of A")
    let cue_at = s.span.start + c.start();
    let after_trigger = triggers
        .iter()
        .any(|t| t.end <= cue_at && input.slice(t.end, cue_at).split_whitespace().count() <= 2);
    let people = if c.as_str().starts_with("of") && !after_trigger {
        Vec::new()
    } else {
        people_after(input, si, start)
    };
    // parties "of" the meeting word or of those who meet ("ministers of
    // A and B"), not of another noun ("the charters of A and B")
    let before_trigger = triggers.iter().any(|t| {
        t.start > cue_at && {
            let gap = input.slice(cue_at, t.start);
            !gap.contains(',') && gap.split_whitespace().count() <= 8
        }
    });
    let party_noun = input
        .slice(s.span.start, cue_at)
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let of_party = after_trigger || before_trigger || PARTY_NOUNS.contains(&party_noun.as_str());
    // "leaders from A and B", "a call from X", not "greetings from X"
    if c.as_str().starts_with("from") && !of_party {
        return None;
    }
    let list = if c.as_str().starts_with("of") && !of_party {
        Vec::new()
    } else {
        list_after(input, si, start)
    };
    Some((list.into_iter().chain(people).collect(), held_with))
}

/// "A, Secretary of X, led the Iranian delegation during the talks": who
/// heads a delegation takes part in the meeting nearest.
fn delegations(input: &Input<'_>, si: usize, triggers: &[Trigger], facts: &mut [MeetingFact]) {
    static HEADED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:led|headed|leads|heads|leading|heading) (?:the|a|an|his|her|their) (?:[\w’'-]+ ){0,3}delegations?(?-u:\b)")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    for h in HEADED.find_iter(s.span.of(input.text)) {
        let verb = s.span.start + h.start();
        if let Some(e) = subject_before(input, si, verb) {
            facts[nearest(triggers, verb)].take_part(e, si, "meeting/delegation");
        }
    }
}

/// "A met B", "A and B held talks", "A spoke by phone with B": who holds the
/// meeting, and whom they meet.
fn holders(input: &Input<'_>, si: usize, triggers: &[Trigger], ti: usize, fact: &mut MeetingFact) {
    let s = &input.sentences[si];
    let t = &triggers[ti];
    let pre = input.slice(s.span.start, t.start);
    // "A met B", "A and B held talks", "X discussed plans to meet"
    // "the U.S. is conducting separate ceasefire negotiations": who holds the talks
    static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:conducting|conducts|conducted|holding|holds|held|hold|had|has had|have had|hosting|hosts|hosted|convening|convened|resumed|resume|resumes|began|begin|opened|concluded|wrapped up|launched)(?: [“\x22]?[a-z-]+[”\x22]?){0,3} $").expect("valid regex")
    });
    // "X also has a one-on-one meeting with Y" (not "has watched the talks")
    static HAS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:has|have|having)(?: (?:a|an|the|their|his|her|its|one-on-one|joint|bilateral|separate|private|brief|short|long|first|second|further))+ $").expect("valid regex")
    });
    if let Some(v) = HOLDS.find(pre).or_else(|| {
        HAS.find(pre)
            .filter(|_| !input.hedged(s.span.start, t.start) && !pre.contains(" no "))
    }) {
        let mut verb = s.span.start + v.start();
        // "X, who is on a visit to Peru, today held talks": the subject
        // before the relative clause
        if let Some(w) = pre[..v.start()].rfind(", who ")
            && pre[w + 6..v.start()].trim_end().contains(',')
            && !pre[w + 6..v.start()].contains(['“', '"', ';'])
        {
            verb = s.span.start + w;
        }
        let subject = input
            .items(si)
            .rfind(|m| m.span.end <= verb && !matches!(m.kind, MentionKind::Demonym(_)))
            .filter(|m| input.slice(m.span.end, verb).split_whitespace().count() <= 3)
            .and_then(|m| Some((m.span.end, m.entity?)))
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
            // "The minister also held talks with X", "he will soon hold
            // talks with X": who the sentence's subject stands for
            None => subjects_before(input, si, verb),
        };
        for e in holders {
            fact.take_part(e, si, "meeting/holder");
        }
    }
    // "A discussed trade with B during a phone call", "A and B reviewed
    // ties at a meeting in Rome": who does so during the meeting takes part
    static DURING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:during|in|at) (?:a|an|the|their|his|her)(?: [a-z-]+){0,2} $")
            .expect("valid regex")
    });
    static DISCUSSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:discussed|reviewed|exchanged views|agreed|explored|addressed|reaffirmed|talked about)(?-u:\b)")
            .expect("valid regex")
    });
    if let Some(d) = DURING.find(pre)
        && let Some(v) = DISCUSSED.find(&pre[..d.start()])
        && !pre[..v.start()].contains([',', ';'])
        && !input.hedged(s.span.start, t.start)
    {
        for e in subjects_before(input, si, s.span.start + v.start()) {
            fact.take_part(e, si, "meeting/during");
        }
        if let Some(w) = pre[v.end()..d.start()].find(" with ") {
            let from = s.span.start + v.end() + w + " with ".len();
            // (not "agreed with X's assessment": X's, not X)
            let possessor = input.mention_starting_at(from).is_some_and(|m| {
                ["'s", "’s"]
                    .iter()
                    .any(|p| input.slice(m.span.end, s.span.end).starts_with(p))
            });
            for e in people_after(input, si, from)
                .into_iter()
                .filter(|_| !possessor)
            {
                fact.take_part(e, si, "meeting/during");
            }
        }
    }
    // "A will travel to B on Friday for talks with C", "A arrived in B for
    // a meeting with C", "A is now in B for talks with C": the traveller
    // takes part
    static TRAVEL_FOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|went|goes|go|going|(?:is|are|was|were|will be)(?: now| currently| already)?) (?:to|in|for) [^,;]{0,80}?(?:for|for a|for an) (?:[a-z-]+ ){0,2}$").expect("valid regex")
    });
    if input.slice(t.end, s.span.end).starts_with(" with ")
        && let Some(v) = TRAVEL_FOR.find(pre)
    {
        for e in subjects_before(input, si, s.span.start + v.start()) {
            fact.take_part(e, si, "meeting/travels-for");
        }
    }
    // "A spoke by phone with B": the caller, as in "A met B"
    let raw = input.slice(t.start, t.end);
    let by_phone = by_phone(raw);
    // "A phoned B": the caller and the one called, as in "A met B"
    let phoned = raw.ends_with("phoned");
    // "a day after Trump hosted European leaders": the host, not everyone
    // named earlier in the sentence
    let hosted = matches!(raw, "hosted" | "hosts");
    if t.word == "met" || phoned || by_phone || pre.ends_with(" held ") || pre.ends_with(" hold ") {
        if !hosted {
            fact.participants
                .extend(subjects_before(input, si, t.start));
        }
        if let Some(m) = input.mention_ending_at(s.span.start + pre.trim_end().len())
            && tagged_person(input, si, m).is_none()
            && let Some(e) = m.entity.filter(|&e| input.class(e) != Class::City)
        {
            fact.participants.insert(e);
        }
        for &e in &fact.participants.clone() {
            fact.sources.entry(e).or_insert(Evidence {
                sentence: si,
                rule: "meeting/met",
            });
        }
        if t.word == "met" || phoned {
            let rest = input.slice(t.end, s.span.end);
            // ("met for three hours on Monday with X": the adverbials
            // before "with")
            static ADVERBIALS_WITH: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^(?: (?:for (?:about |nearly |almost |more than |over )?(?:an?|one|two|three|four|five|six|several|\d+) (?:hours?|minutes?)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|again|separately|privately|briefly|later|also)){1,3} with ").expect("valid regex")
            });
            let skip = if rest.starts_with(" with ") {
                6
            } else if let Some(a) = ADVERBIALS_WITH.find(rest) {
                a.end()
            } else if rest.starts_with(" by ") {
                4
            } else {
                rest.len() - rest.trim_start().len()
            };
            let from = t.end + skip;
            for e in people_after(input, si, from).into_iter().chain(
                list_after(input, si, from).into_iter().filter(|&e| {
                    input.class(e) == Class::Person || !owns_a_post_named(input, si, e, from)
                }),
            ) {
                fact.participants.insert(e);
            }
        }
    }
}

/// Whether body or country `e`, after `from`, owns the post of a person
/// named right after it: "met State Secretary of the Ministry of Foreign
/// Affairs of Latvia H E Andrejs Pildegovics" meets the secretary, not the
/// ministry.
fn owns_a_post_named(input: &Input<'_>, si: usize, e: usize, from: usize) -> bool {
    input
        .spans_of(si, e)
        .filter(|sp| sp.start >= from)
        .any(|sp| {
            input.items(si).any(|m| {
                m.kind == MentionKind::Person && m.span.start >= sp.end && {
                    let gap = input.slice(sp.end, m.span.start);
                    !gap.contains([',', ';', '('])
                        && !gap.contains(" and ")
                        && gap.split_whitespace().count() <= 4
                }
            })
        })
}

/// Who does what the verb at `verb` says: the people listed right before it
/// ("A and B met", "A, who had already met", "Trump also met"), or the
/// person a "he"/"she" there stands for — the sentence's first ("While
/// Trump was at the Vatican to mourn Francis, he also met ..." is Trump).
/// Not everyone named before: Francis did not meet anyone.
fn subjects_before(input: &Input<'_>, si: usize, verb: usize) -> Vec<usize> {
    // "A senior Fatah delegation met", "Egyptian officials held talks": a
    // group of a body's or a country's people stands for it
    let s = &input.sentences[si];
    // "Latvia's foreign minister, Janis Berzins, met": the apposition's
    // closing comma
    let whole = input.slice(s.span.start, verb).trim_end();
    let mut pre = whole.trim_end_matches(',');
    // (not where someone else's aide opens the sentence: "Aides to Kenya's
    // president, X, met", "A lawyer for ..., X, met": they met; a relative
    // is the one the apposition names, "The wife of ..., X, met")
    if pre.len() < whole.len()
        && let Some(m) = input.mention_ending_at(s.span.start + pre.len())
        && m.kind == MentionKind::Person
        && input
            .slice(s.span.start, m.span.start)
            .split_whitespace()
            .map(|w| w.trim_end_matches(',').to_lowercase())
            .any(|w| {
                crate::lexicon::AIDE_NOUNS.contains(&w.as_str())
                    || matches!(w.as_str(), "lawyer" | "lawyers" | "supporters")
            })
    {
        pre = whole;
    }
    let mut group = false;
    while let Some((head, last)) = pre.rsplit_once(' ') {
        let w = last.trim_end_matches(',');
        // ("A and his counterpart B on Tuesday discussed": the day)
        if crate::dates::WEEKDAYS.contains(&w) || matches!(w, "today" | "yesterday") {
            pre = head.trim_end();
            pre = pre.strip_suffix(" on").unwrap_or(pre).trim_end_matches(',');
            continue;
        }
        if !BETWEEN_SUBJECT_AND_VERB.contains(&w) {
            break;
        }
        group |= crate::lexicon::DELEGATION_NOUNS.contains(&w);
        pre = head.trim_end().trim_end_matches(',');
    }
    let end = s.span.start + pre.len();
    let last = pre.rsplit(' ').next().unwrap_or_default();
    if let Some(people) = pronoun_subjects(input, si, end, last) {
        return people;
    }
    // "President Karl Weber of Austria met": the person, not the country
    // that tags them
    if let Some(person) = input
        .mention_ending_at(end)
        .and_then(|tag| tagged_person(input, si, tag))
    {
        return vec![person];
    }
    let people = people_before(input, si, end);
    if !people.is_empty() {
        return people;
    }
    // ("X, Latvia's foreign minister, met": the apposition's commas)
    let apposed = if whole.len() == pre.len() + 1 {
        end + 1
    } else {
        end
    };
    if let Some(p) = subject_before(input, si, apposed) {
        return vec![p];
    }
    // "France, Germany and Italy met": a list of countries or bodies
    let bodies = list_before(input, si, end);
    if bodies.len() > 1 {
        return bodies;
    }
    if group
        && let Some(e) = input
            .mention_ending_at(end)
            .and_then(|m| m.entity)
            .filter(|&e| matches!(input.class(e), Class::Country | Class::Organization))
    {
        return vec![e];
    }
    // "X arrived in Oslo on Monday and will meet Y", "X flew to Lima on
    // Thursday to meet Y": the clause's subject
    if let Some(p) = super::quotes::coordinated_subject(input, si, end)
        .or_else(|| super::quotes::coordinated_subject(input, si, verb))
    {
        return vec![p];
    }
    if let Some(e) = definite_holder(input, si, end) {
        return vec![e];
    }
    // "President met with May": a title alone, for the one person the
    // article addresses by it
    let gaz = gazetteer();
    input
        .mentions
        .titles
        .iter()
        .find(|t| {
            t.sentence == si
                && t.span.end == end
                && matches!(
                    input.slice(s.span.start, t.span.start).trim_end(),
                    "" | "The" | "the"
                )
        })
        .map(|t| addressed_by(input, &gaz.titles[t.title].title))
        .filter(|holders| holders.len() == 1)
        .unwrap_or_default()
}

/// "President Karl Weber of Austria": the person a country or body named
/// after them with "of" tags, when `tag` is that country or body.
fn tagged_person(input: &Input<'_>, si: usize, tag: &Item) -> Option<usize> {
    tag.entity
        .filter(|&e| matches!(input.class(e), Class::Country | Class::Organization))?;
    input
        .items(si)
        .rfind(|m| m.span.end < tag.span.start)
        .filter(|m| m.kind == MentionKind::Person)
        .filter(|m| matches!(input.slice(m.span.end, tag.span.start), " of " | " of the "))
        .and_then(|m| m.entity)
}

/// "The minister held talks with X", "The president met Y": a definite
/// office word that opens the sentence stands for the one person the
/// article named with a title of that office before it ("Foreign Minister
/// A ... The minister"); nobody when it named two.
fn definite_holder(input: &Input<'_>, si: usize, end: usize) -> Option<usize> {
    let s = &input.sentences[si];
    // ("The FIFA President met X": a body's name may stand between, the
    // holder's post's)
    let body = input
        .mention_starting_at(s.span.start + "The ".len())
        .filter(|m| {
            m.entity
                .is_some_and(|e| input.class(e) == Class::Organization)
        })
        .filter(|_| input.slice(s.span.start, s.span.start + 4) == "The ");
    let from = body.map_or(s.span.start, |m| m.span.end);
    // ("The minister also held talks": adverbs may follow)
    let words: Vec<&str> = input.slice(from, end).split_whitespace().collect();
    let (office, rest) = match (body, words.as_slice()) {
        // (with a capital after a body's name: "The FIFA President")
        (Some(_), [office, rest @ ..]) => (office.to_lowercase(), rest),
        (None, ["The" | "the", office, rest @ ..]) => ((*office).to_string(), rest),
        _ => return None,
    };
    let office = office.as_str();
    if !crate::lexicon::OFFICE_WORDS.contains(&office)
        || !rest.iter().all(|w| BETWEEN_SUBJECT_AND_VERB.contains(w))
    {
        return None;
    }
    let gaz = gazetteer();
    let holders = titled(input, |t| {
        t.span.end <= s.span.start
            && gaz.titles[t.title].title.to_lowercase().rsplit(' ').next() == Some(office)
    });
    match holders.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Who a pronoun or a conjunction right before a meeting verb stands for
/// (`last` is the word, `end` where it ends): "he" and "she" for the
/// sentence's first person they fit; "they" for the two or more people
/// named last ("President A and President B, when they met"); "after",
/// "while"... for the main clause's subject ("X spoke after meeting Y").
/// `None` for any other word.
fn pronoun_subjects(input: &Input<'_>, si: usize, end: usize, last: &str) -> Option<Vec<usize>> {
    let first_person = || {
        input
            .items(si)
            .find(|m| m.kind == MentionKind::Person && m.span.end <= end)
            .and_then(|m| m.entity)
    };
    if matches!(last, "he" | "she") {
        return Some(
            first_person()
                .filter(|&e| input.pronoun_fits(e, last))
                .into_iter()
                .collect(),
        );
    }
    // "She met with President X": a sentence that opens with the pronoun
    // goes on with the subject of the sentence before that names someone
    // it fits
    let start = input.sentences[si].span.start;
    if matches!(last, "He" | "She") && input.slice(start, end) == last {
        return Some(
            super::quotes::persons_before(input, start, last)
                .into_iter()
                .collect(),
        );
    }
    if last == "they" {
        let before = input
            .items(si)
            .rfind(|m| m.kind == MentionKind::Person && m.span.end <= end)
            .map(|m| m.span.end);
        let people = before.map_or_else(Vec::new, |b| people_before(input, si, b));
        return Some(if people.len() >= 2 {
            people
        } else {
            Vec::new()
        });
    }
    if matches!(last, "after" | "before" | "while" | "when" | "since") {
        return Some(first_person().into_iter().collect());
    }
    None
}

/// The clause before a meeting word, without an organization naming it
/// ("will attend the G20 meeting").
fn clause_before<'a>(input: &'a Input<'_>, si: usize, t: &Trigger) -> &'a str {
    let s = &input.sentences[si];
    let p = input.slice(s.span.start, t.start).trim_end();
    match input.mention_ending_at(s.span.start + p.len()) {
        Some(m) if m.entity.is_some_and(|e| is_org(input, e)) => {
            input.slice(s.span.start, m.span.start).trim_end()
        }
        _ => p,
    }
}

/// Who attends or joins the meeting.
fn attendees(input: &Input<'_>, si: usize, t: &Trigger, fact: &mut MeetingFact) {
    let s = &input.sentences[si];
    let p = clause_before(input, si, t);
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
        && let Some(m) = input
            .items(si)
            .filter(|m| m.span.end <= verb_at && !matches!(m.kind, MentionKind::Demonym(_)))
            .rfind(|m| {
                matches!(
                    m.entity.map(|e| input.class(e)),
                    Some(Class::Person | Class::Country | Class::Organization)
                )
            })
        && let Some(e) = m.entity
    {
        fact.take_part(e, si, "meeting/attends");
    }
    // "A and B joined C in Mexico City for private talks": who joins
    // whom for the meeting takes part in it
    static JOINED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)joined $").expect("valid regex"));
    static JOINED_FOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: (?:in|at) [^,;]{1,40}?)? for (?:[a-z-]+ ){0,2}$").expect("valid regex")
    });
    if let Some(jm) = input
        .items(si)
        .rfind(|m| m.span.end <= t.start && m.kind == MentionKind::Person)
        && let lead_end = input
            .mentions
            .titles
            .iter()
            .find(|t2| t2.span.end + 1 == jm.span.start)
            .map_or(jm.span.start, |t2| t2.span.start)
        && let Some(j) = JOINED.find(input.slice(s.span.start, lead_end))
        && JOINED_FOR.is_match(input.slice(jm.span.end, t.start))
    {
        let verb = s.span.start
            + input
                .slice(s.span.start, s.span.start + j.start())
                .trim_end()
                .len();
        for e in people_before(input, si, verb).into_iter().chain(jm.entity) {
            fact.take_part(e, si, "meeting/joined");
        }
    }
}

/// Who participated, chaired or visited.
fn participants_by_verb(input: &Input<'_>, si: usize, t: &Trigger, fact: &mut MeetingFact) {
    let s = &input.sentences[si];
    let p = clause_before(input, si, t);
    let raw = input.slice(t.start, t.end);
    // "A, the president of B, C, D and other leaders participated in the
    // meeting": everyone the clause lists before the verb takes part
    static PARTICIPATED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?:(?:participated|participates|participate|participating) in|(?:took|take|takes|taking) part in|(?:were|was) present at|attended|attends|attend|attending) (?:the|a|an)$",
        )
        .expect("valid regex")
    });
    static OTHER_VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:met|said|says|told|hosted|called|announced|who|which|after|before|when|while)(?-u:\b)|;").expect("valid regex")
    });
    if let Some(v) = PARTICIPATED.find(p).filter(|v| {
        // ("asked X to take part in", "barred X from attending", "will not
        // attend", "declined to attend": no one named takes part)
        let pre = &p[..v.start()];
        !pre.ends_with("to ") && !pre.ends_with("from ") && !pre.ends_with("not ")
    }) {
        let verb = s.span.start + v.start();
        let clause = input.slice(s.span.start, verb);
        if !OTHER_VERB.is_match(clause) && !input.hedged(s.span.start, verb) {
            for m in input
                .items(si)
                .filter(|m| m.span.end <= verb && m.kind == MentionKind::Person)
            {
                if let Some(e) = m.entity {
                    fact.take_part(e, si, "meeting/participated");
                }
            }
        }
    }
    // "X received a phone call from Y", "X made a call to Y": the one who
    // received or made the call takes part (the other is listed after)
    static CALL_VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:received|receives|receiving|got|gets|took|takes|made|makes|placed|places)(?: an?)?(?: [a-z-]+){0,2}$")
            .expect("valid regex")
    });
    if t.kind == "call"
        && let Some(v) = CALL_VERB.find(p)
    {
        for e in subjects_before(input, si, s.span.start + v.start()) {
            fact.take_part(e, si, "meeting/caller");
        }
        // ("a call to President X": the one called)
        if input.slice(t.end, s.span.end).starts_with(" to ") {
            for e in people_after(input, si, t.end + " to ".len()) {
                fact.take_part(e, si, "meeting/called");
            }
        }
    }
    // "Prince Faisal bin Farhan chaired the meeting": the chair takes part
    // (and leads it: see `leads`)
    // ("chaired the annual summit": up to two words of its kind between)
    let mut bare = p;
    for _ in 0..2 {
        if CHAIR_VERBS.iter().any(|v| bare.ends_with(v)) {
            break;
        }
        bare = bare
            .rsplit_once(' ')
            .filter(|(_, w)| {
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            })
            .map_or(bare, |(head, _)| head);
    }
    if let Some(verb) = CHAIR_VERBS.iter().find(|v| bare.ends_with(*v))
        && let Some(e) = chair_before(input, si, s.span.start + bare.len() - verb.len())
    {
        fact.take_part(e, si, "meeting/chair");
    }
    // "Claire Dubois visited Ottawa", "Abiy Ahmed will visit Beijing",
    // "Cyril Ramaphosa is due to visit Nairobi": the visitor takes part
    static VISITOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:, who)?(?: (?:also|then|later|first|soon|now|will|would|is|are|was|were|expected|due|set|scheduled|planning|plans|planned|hopes|wants|going|to))* $").expect("valid regex")
    });
    if let Some(m) = input
        .items(si)
        .rfind(|m| m.span.end <= t.start && m.kind == MentionKind::Person)
        && let gap = input.slice(m.span.end, t.start)
        && VISITOR.is_match(gap)
        && match raw {
            "visit" => gap.ends_with(" to ") || gap.contains(" will ") || gap.contains(" would "),
            "visits" | "visited" => true,
            _ => false,
        }
        && let Some(e) = m.entity
    {
        fact.take_part(e, si, "meeting/visitor");
    }
    // "X will pay a state visit to Peru", "X is on an official visit to
    // Lima", "X began a three-day visit": who pays the visit
    static PAYS_A_VISIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:, who)?(?: (?:also|then|later|first|soon|now|currently|will|would|is|are|was|were|has|have|had|expected|due|set|scheduled|to))* (?:pay|pays|paid|paying|make|makes|made|making|begin|begins|began|beginning|start|starts|started|starting|undertake|undertakes|undertook|undertaking|conclude|concludes|concluded|concluding|on|arrived on|arrives on) (?:a|an|his|her|their|its|the)(?: [a-z0-9-]+){0,3} $").expect("valid regex")
    });
    let courtesy_call = raw.starts_with("courtesy call");
    if (matches!(raw, "visit" | "visits") || courtesy_call)
        && let Some(m) = input
            .items(si)
            .rfind(|m| m.span.end <= t.start && m.kind == MentionKind::Person)
        && PAYS_A_VISIT.is_match(input.slice(m.span.end, t.start))
        && let Some(e) = m.entity
    {
        fact.take_part(e, si, "meeting/visitor");
    }
    // "a courtesy call on President X": the one called on
    if courtesy_call {
        for e in people_after(input, si, t.end + 1) {
            fact.take_part(e, si, "meeting/visited");
        }
    }
    // "President X received an honorary visit from Y": who is visited
    static RECEIVED_A_VISIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting) (?:a|an)(?: [a-z-]+){0,3} $").expect("valid regex")
    });
    let s = &input.sentences[si];
    if raw == "visit"
        && input.slice(t.end, s.span.end).starts_with(" from ")
        && let Some(a) = RECEIVED_A_VISIT.find(input.slice(s.span.start, t.start))
        && let Some(e) = subject_before(input, si, s.span.start + a.start())
    {
        fact.take_part(e, si, "meeting/visited");
    }
}

/// The person who chairs, named right before the verb at `verb`, or before
/// the day it names ("Prime Minister X on Thursday chaired the summit").
fn chair_before(input: &Input<'_>, si: usize, verb: usize) -> Option<usize> {
    static ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^ (?:on |last )?(?:{WEEKDAY}|today|yesterday)(?: morning| afternoon| evening)? $"
        ))
        .expect("valid regex")
    });
    speaker_before(input, si, verb).or_else(|| {
        input
            .items(si)
            .rfind(|m| m.span.end <= verb)
            .filter(|m| m.kind == MentionKind::Person)
            .filter(|m| ON_DAY.is_match(input.slice(m.span.end, verb)))
            .and_then(|m| m.entity)
    })
}

/// "X arrived in Cairo on Wednesday for his first visit in 12 years": the one
/// who arrived for the visit is its visitor, the place its place.
fn arrival_visitor(input: &Input<'_>, si: usize, t: &Trigger, fact: &mut MeetingFact) {
    let s = &input.sentences[si];
    let raw = input.slice(t.start, t.end);
    static ARRIVED_FOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:arrived|arrives|landed|lands) (?:in|at) [^;]{2,80}? for (?:a|an|his|her|their|the) (?:[a-z0-9-]+ ){0,3}$")
            .expect("valid regex")
    });
    if raw == "visit"
        && let Some(a) = ARRIVED_FOR.find(input.slice(s.span.start, t.start))
        && let Some(e) = subject_before(input, si, s.span.start + a.start())
    {
        fact.take_part(e, si, "meeting/visitor");
        // where they arrived is where the visit is
        let (from, to) = (s.span.start + a.start(), s.span.start + a.end());
        if fact.location.is_none()
            && let Some(place) = input
                .items(si)
                .filter(|m| m.span.start >= from && m.span.end <= to)
                .filter_map(|m| m.entity)
                .find(|&p| matches!(input.class(p), Class::City | Class::Country))
        {
            fact.location = Some(place);
            fact.sources.insert(
                place,
                Evidence {
                    sentence: si,
                    rule: "meeting/place",
                },
            );
        }
    }
}

/// "In a meeting in Seoul, A, B and C agreed ...", "At the summit, A and B
/// signed ...": the people a sentence opens on after a phrase naming the
/// meeting take part in it.
fn fronted(input: &Input<'_>, si: usize, t: &Trigger, fact: &mut MeetingFact) {
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:In|At|During|After|Following) (?:a|an|the|their|its|this|that|[A-Z][\w’'-]*(?:’s|'s))?(?: [\w-]+){0,4} ?$")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    // (the opening first: the comma after it is looked for only then, not
    // for every meeting word of a long sentence)
    if !OPENING.is_match(input.slice(s.span.start, t.start)) {
        return;
    }
    let Some(comma) = input.slice(t.end, s.span.end).find(", ") else {
        return;
    };
    // the opening phrase ends at its comma, with no verb of its own
    let phrase = input.slice(t.end, t.end + comma);
    if phrase.split_whitespace().count() > 8
        || phrase.contains(" said")
        || input.hedged(s.span.start, t.end + comma)
    {
        return;
    }
    // the people open the clause: "President A, Premier B and C", not
    // "critics of A"
    let start = t.end + comma + 2;
    let Some(first) = input
        .items(si)
        .find(|m| m.span.start >= start && m.kind == MentionKind::Person)
    else {
        return;
    };
    let lead = input.slice(start, first.span.start);
    if lead
        .split_whitespace()
        .any(|w| w.starts_with(char::is_lowercase) && !matches!(w, "former" | "acting"))
    {
        return;
    }
    for e in people_after(input, si, start) {
        fact.take_part(e, si, "meeting/fronted");
    }
}

/// Who speaks at the meeting, and the organization whose meeting it is.
fn speakers_and_owners(input: &Input<'_>, si: usize, t: &Trigger, fact: &mut MeetingFact) {
    let s = &input.sentences[si];
    let pre = input.slice(s.span.start, t.start);
    // "Rubio reaffirmed the pledge during his first meeting with ...": whose
    // meeting it is, the person last named whom the pronoun can stand for
    static THEIR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)(his|her)(?: [a-z-]+){0,2} $").expect("valid regex"));
    if let Some(c) = THEIR.captures(pre)
        && let Some(pronoun) = c.get(1)
        && let Some(e) = input
            .items(si)
            .filter(|m| {
                m.kind == MentionKind::Person
                    && m.span.end <= s.span.start + c.get(0).map_or(0, |g| g.start())
            })
            .filter_map(|m| m.entity)
            .rfind(|&e| input.pronoun_fits(e, pronoun.as_str()))
    {
        fact.take_part(e, si, "meeting/possessor");
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
        fact.take_part(e, si, "meeting/spoke-at");
    }
    // "the 38th Ordinary Summit of Heads of State and Government of the
    // African Union": the organization whose meeting it is
    static OF_ORG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: (?:[A-Z][\w-]*|of|and|the))*? of (?:the )?$").expect("valid regex")
    });
    // (a meeting's noun: "met State Secretary of the Ministry of X" meets
    // the secretary)
    if t.word != "met"
        && let Some(m) = input
            .items(si)
            .filter(|m| m.span.start >= t.end)
            .find(|m| !matches!(m.kind, MentionKind::Demonym(_)))
        && OF_ORG.is_match(input.slice(t.end, m.span.start))
        && let Some(e) = m.entity.filter(|&e| is_org(input, e))
    {
        fact.take_part(e, si, "meeting/of-org");
    }
    // "NATO summit", "coalition meeting": the organization naming the
    // meeting; "ECOWAS leaders met": the organization whose people meet
    static PEOPLE_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r" (?:leaders|heads of state|(?:foreign |defence |defense |finance |energy |trade )?ministers|members|officials|delegates|envoys)(?: have| had| will)?$").expect("valid regex")
    });
    let named = pre.trim_end().trim_end_matches(['”', '"']);
    let named = match PEOPLE_OF.find(named) {
        Some(g) if t.word == "met" => &named[..g.start()],
        _ => named,
    };
    if let Some(m) = input.mention_ending_at(s.span.start + named.len())
        && let Some(e) = m.entity.filter(|&e| is_org(input, e))
    {
        fact.take_part(e, si, "meeting/named-by");
    }
}

/// "The gathering in Oslo was the latest in a series of meetings of the
/// coalition": the second meeting word describes the first, so whom it names
/// takes part in the first.
fn series(input: &Input<'_>, triggers: &[Trigger], facts: &mut [MeetingFact]) {
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
}

/// Keeps each meeting of the sentence that is one: adds a definite report
/// without place or date to the meeting it refers to, drops what names no
/// place, date or two parties, and merges reports of one meeting.
fn commit(
    input: &Input<'_>,
    si: usize,
    triggers: &[Trigger],
    facts: Vec<MeetingFact>,
    found: &mut Vec<MeetingFact>,
    last_sentence: &mut Option<usize>,
) {
    let s = &input.sentences[si];
    // the sentence's clause breaks, found once (each trigger looked for the
    // next one again: minutes for a 5 MB sentence with a name every 100 kB)
    let breaks: Vec<usize> = input
        .slice(s.span.start, s.span.end)
        .match_indices([',', ';'])
        .map(|(i, _)| s.span.start + i)
        .collect();
    for (ti, mut fact) in facts.into_iter().enumerate() {
        let t = &triggers[ti];
        // "could meet", "refused to hold talks", "the meeting may be put off":
        // the hedge in the meeting word's clause ("after the meeting, X
        // proposed cuts" hedges the cuts)
        let clause_end = breaks
            .get(breaks.partition_point(|&b| b < t.end))
            .copied()
            .unwrap_or(s.span.end);
        let hedged = input.hedged_beyond_plans(s.span.start, clause_end);
        if let Some(l) = fact.location
            && input.class(l) != Class::Organization
        {
            fact.participants.remove(&l);
        }
        // (nor a platform someone posted on: "took to Twitter and said")
        fact.participants.retain(|&e| {
            input.class(e) != Class::City
                && input.entities.list[e].org_kind.as_deref() != Some("platform")
        });
        if planned_near(input, si, triggers, ti) && input.slice(t.start, t.end) != "met" {
            fact.status = Status::Planned;
        }
        if let Some(prev) = definite_target(input, si, t, &fact, found, *last_sentence) {
            let prev = &mut found[prev];
            // "The meeting took place on the sidelines of X in Jakarta"
            if prev.location.is_none() && on_sidelines(&fact) {
                prev.location = fact.location;
            }
            prev.host = prev.host.or(fact.host);
            prev.participants.extend(fact.participants);
            prev.evidence.extend(fact.evidence);
            prev.sources.extend(fact.sources);
            prev.kinds.extend(fact.kinds);
            continue;
        }
        let met = told_as_met(input, si, t, &fact, hedged);
        if !hedged {
            place_by_dateline(input, si, &mut fact);
        }
        // (a meeting someone chaired is one event, told without place or
        // date too: "X chaired the annual summit of Quad leaders")
        let chaired = fact.sources.values().any(|e| e.rule == "meeting/chair");
        if fact.location.is_none() && fact.date.is_none() && !met && !chaired {
            continue;
        }
        // ("Pelosi's visit to Taiwan in 2022": a visit without its visitor
        // or its day is only a place)
        if fact.participants.is_empty()
            && fact.date.is_none()
            && fact.kinds.iter().all(|k| *k == "visit")
        {
            continue;
        }
        if hedged && fact.location.is_none() {
            continue;
        }
        // "meetings could in future be held in Montevideo": what could
        // happen to meetings in general is no meeting
        if hedged && !t.definite && matches!(input.slice(t.start, t.end), "meetings" | "summits") {
            continue;
        }
        *last_sentence = Some(si);
        // "Separately, X also met Y in Lima", "in a separate meeting": another
        // meeting than the one reported before in the same place
        let separate = {
            let st = s.span.of(input.text);
            st.starts_with("Separately")
                || st.contains(" separately")
                || st.contains(" a separate ")
        };
        let same = found
            .iter()
            .position(|f| {
                same_meeting(f, &fact)
                    && (t.definite || !other_pair(input, f, &fact))
                    && !kept_apart(f, &fact)
                    && !separate
            })
            .or_else(|| lede_told_again(input, si, &fact, found).filter(|_| !separate));
        match same {
            Some(i) => merge_told_again(&mut found[i], fact),
            None => found.push(fact),
        }
    }
}

/// Whether the words around trigger `ti` (from the trigger before to the
/// one after) make its meeting planned: "will", "scheduled", "ahead of".
/// "After the pair met in Rio, Lula said the deal will be signed": a
/// meeting reported as met is held, whatever else is planned (the caller
/// checks); words quoted are the speaker's, not the report's ("“We will
/// deepen trade,” she said after the meeting").
fn planned_near(input: &Input<'_>, si: usize, triggers: &[Trigger], ti: usize) -> bool {
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(will|upcoming|next|planned|plans? to|scheduled|to be held|due to|set to|later this|expected|to meet|to host|to hold|to convene|should|ahead of)(?-u:\b)").expect("valid regex")
    });
    let s = &input.sentences[si];
    let window_start = if ti == 0 {
        s.span.start
    } else {
        triggers[ti - 1].end
    };
    let window_end = triggers.get(ti + 1).map_or(s.span.end, |t| t.start);
    PLANNED
        .find_iter(input.slice(window_start, window_end))
        .any(|m| !in_quotation(input.text, window_start + m.start()))
}

/// With neither place nor date, only "A met B" is a meeting: two who take
/// part, named with the verb ("talks between A and B", "A and B resumed
/// their talks": two parties named as taking part are enough for talks
/// too; "the virtual meeting held on Tuesday among A, B and C", "a meeting
/// with ASEAN ministers": a meeting word with its parties listed).
fn told_as_met(
    input: &Input<'_>,
    si: usize,
    t: &Trigger,
    fact: &MeetingFact,
    hedged: bool,
) -> bool {
    static LISTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: [a-zA-Z-]+){0,3} (?:between|among|amongst|with) ").expect("valid regex")
    });
    let s = &input.sentences[si];
    let parties = |classes: &[Class]| {
        fact.participants
            .iter()
            .filter(|&&e| classes.contains(&input.class(e)))
            .count()
    };
    // "A and B held a meeting on Monday": the parties hold it
    static HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:held|hold|holds|had) (?:a|an|their)(?: [a-z-]+){0,2} $")
            .expect("valid regex")
    });
    // (not "Supporters of A and B held a meeting")
    // (nor a body's session: "hold a meeting of the Council")
    let held_by = HELD_BY.is_match(input.slice(s.span.start, t.start))
        && !input.slice(t.end, s.span.end).starts_with(" of ")
        && input
            .items(si)
            .find(|m| m.kind == MentionKind::Person)
            .is_none_or(|m| {
                !input
                    .slice(s.span.start, m.span.start)
                    .split_whitespace()
                    .any(|w| w == "of")
            });
    let listed = LISTED_AFTER.is_match(input.slice(t.end, s.span.end)) || held_by;
    // "travels to B for talks with C": talks with someone are a meeting,
    // not a purpose ("a push for peace talks")
    let with_party = input.slice(t.end, s.span.end).starts_with(" with ");
    ((t.word == "met" || t.kind == "call") && parties(&[Class::Person, Class::Country]) >= 2)
        || ((matches!(t.kind, "talks" | "negotiations") || listed)
            && !hedged
            && (with_party || !FOR_TALKS.is_match(input.slice(s.span.start, t.start)))
            && parties(&[Class::Person, Class::Country, Class::Organization]) >= 2)
}

/// "JEDDAH: X participated in a meeting ...": the lede's held meeting
/// without a place was held in its dateline's city.
fn place_by_dateline(input: &Input<'_>, si: usize, fact: &mut MeetingFact) {
    if fact.location.is_none()
        && fact.status == Status::Held
        && !fact.kinds.contains("call")
        && let Some((lede, city)) = input.dateline_city()
        && lede == si
    {
        fact.location = Some(city);
        fact.participants.remove(&city);
        fact.sources.insert(
            city,
            Evidence {
                sentence: si,
                rule: DATELINE_RULE,
            },
        );
    }
}

/// A meeting told again joins the one found before: a place the text names
/// wins over the dateline's; what the first telling lacks, the second gives.
fn merge_told_again(prev: &mut MeetingFact, fact: MeetingFact) {
    prev.kinds.extend(fact.kinds);
    if fact.location.is_some() && from_dateline(prev) {
        prev.location = None;
    }
    prev.location = prev.location.or(fact.location);
    prev.host = prev.host.or(fact.host);
    prev.date = prev.date.or(fact.date);
    prev.participants.extend(fact.participants);
    prev.evidence.extend(fact.evidence);
    for (k, v) in fact.sources {
        prev.sources.entry(k).or_insert(v);
    }
}

/// "A and B met Wednesday with C." then "They joined C in Mexico City for
/// private talks.": the lede's meeting, without place (or with only its
/// dateline's) or date, told again
/// with its place by the next sentence, which shares a person with it and
/// reports nothing new ("later", "then", "also").
fn lede_told_again(
    input: &Input<'_>,
    si: usize,
    fact: &MeetingFact,
    found: &[MeetingFact],
) -> Option<usize> {
    static NEW_EVENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:later|then|also|earlier|next|after|before|another|separately|again)(?-u:\b)")
            .expect("valid regex")
    });
    let lede = input
        .sentences
        .iter()
        .position(|s| s.kind == crate::text::LineKind::Body)?;
    let i = found.len().checked_sub(1)?;
    let prev = &found[i];
    let s = &input.sentences[si];
    let bare = (prev.location.is_none() || from_dateline(prev)) && prev.date.is_none();
    let told_in_lede = prev.evidence.iter().all(|e| e.sentence == lede);
    let shared = prev
        .participants
        .intersection(&fact.participants)
        .any(|&e| input.class(e) == Class::Person);
    (bare && told_in_lede && si == lede + 1 && shared && !NEW_EVENT.is_match(s.span.of(input.text)))
        .then_some(i)
}

/// "The talks included ...", "The gathering at NATO headquarters ...": the
/// meeting reported before that a definite report without place or date is
/// more about.
fn definite_target(
    input: &Input<'_>,
    si: usize,
    t: &Trigger,
    fact: &MeetingFact,
    found: &[MeetingFact],
    last_sentence: Option<usize>,
) -> Option<usize> {
    // (a place from the meeting on whose sidelines it was held is no
    // place of its own either)
    let only_host = fact
        .location
        .is_some_and(|l| input.class(l) == Class::Organization)
        || on_sidelines(fact);
    // "the summit" later in the article: the last summit reported
    let same_kind = found.iter().rposition(|f| f.kinds.contains(t.kind));
    if (fact.location.is_none() || only_host)
        && fact.date.is_none()
        && t.definite
        && (last_sentence.is_some_and(|l| si <= l + 2)
            || only_host
            || same_kind.is_some()
            || (!fact.participants.is_empty() && !found.is_empty()))
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
                (1.., Some(lf)) if lf != 0 && lf != fam && same_family.is_some() => same_family,
                _ => found.len().checked_sub(1),
            }
        } else {
            // "... participated in the meeting": the meeting last
            // reported, when no meeting of this kind was
            same_kind.or_else(|| {
                (!fact.participants.is_empty())
                    .then(|| found.len().checked_sub(1))
                    .flatten()
            })
        };
        return target;
    }
    None
}

/// "A held talks in Cairo with B. Earlier, A held talks in Cairo with C":
/// two talks of two pairs, not one meeting, though place and month agree.
/// Each has a person the other lacks (a definite report, "the talks in
/// Cairo", is of the meeting reported before: see `commit`).
fn other_pair(input: &Input<'_>, a: &MeetingFact, b: &MeetingFact) -> bool {
    let own_person = |x: &MeetingFact, y: &MeetingFact| {
        x.participants
            .difference(&y.participants)
            .any(|&e| input.class(e) == Class::Person)
    };
    a.participants.len() >= 2 && b.participants.len() >= 2 && own_person(a, b) && own_person(b, a)
}

/// Kinds of meeting that a later definite mention ("the talks", "the
/// summit") tells apart; 0 for the generic "meeting", which can be any.
pub(super) fn kind_family(kind: &str) -> u8 {
    match kind {
        "talks" | "negotiations" => 1,
        "summit" => 2,
        "call" => 3,
        "visit" => 4,
        _ => 0,
    }
}

/// The end of a dateline at the start of a sentence ("GENEVA, May 15, 2025 (Wire) —").
pub(super) fn dateline_end(sentence: &str) -> Option<usize> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][A-Z .'-]+,[^—–]{4,40}?(?:\([^)]*\)\s*)?[—–-]").expect("valid regex")
    });
    DATELINE.find(sentence).map(|m| m.end())
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
    // a shared month alone ("earlier in October", "mid-October") anchors no
    // merge: a month holds many meetings
    let anchored = (a.location.is_some() && a.location == b.location)
        || (a.date.is_some_and(|d| d.month_day().1.is_some())
            && a.date.map(|d| d.month_day()) == b.date.map(|d| d.month_day()));
    // a call is not the talks held in person the same month
    let calls = |m: &MeetingFact| m.kinds.contains("call");
    if calls(a) != calls(b) && !a.kinds.is_empty() && !b.kinds.is_empty() {
        return false;
    }
    // "A met B" twice, with neither place nor date: the same people; or
    // reported again without place or date by two or more of its parties
    let bare = |m: &MeetingFact| m.location.is_none() && m.date.is_none();
    let unanchored_alike = bare(a) && bare(b) && a.participants == b.participants;
    let part_of = |x: &MeetingFact, y: &MeetingFact| {
        bare(x) && x.participants.len() >= 2 && x.participants.is_subset(&y.participants)
    };
    (dates_ok && loc_ok && anchored) || unanchored_alike || part_of(a, b) || part_of(b, a)
}
