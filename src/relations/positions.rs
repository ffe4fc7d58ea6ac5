//! Posts: "British Prime Minister Keir Starmer", "Mark Rutte, NATO's secretary general".

use super::*;
use crate::lexicon::{AIDE_NOUNS, POST_QUALIFIERS};
use crate::mentions::TitleMention;

/// "... X as its new", "... X, as": a post named after an appointed person.
static AS_POST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",? (?:as|to serve as|to act as|to be|to become)(?: its| the| their| his| her| a| an)?(?: new| next| interim| acting)?$")
        .expect("valid regex")
});

/// A day an appointment is dated by, between its verb and "as" ("was sworn
/// in Thursday as", "was elected on June 1 as").
const WHEN: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))";

/// The same day, between a subject and its verb ("X on Thursday was ...").
static WHEN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r" (?:on |last )?{WHEN}$")).expect("valid regex"));

/// Verbs that give someone a post.
static APPOINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:re-?appointed|re-?appoints|appointed|appoints|appoint|named|names|elected|elects|re-elected|reelected|re-elects|chose|chosen|chooses|choose|selected|selects|select|picked|picks|tapped|taps|nominated|nominates|installed|confirmed|confirms|promoted|sworn in|(?:re-?)?election of|appointment of|nomination of|selection of)(?-u:\b)")
        .expect("valid regex")
});

/// The length of an honorific or rank between a title and the name, with
/// its space: "Prime Minister Dr. X", "Foreign Minister Sheikh X" (the
/// honorifics of `honorifics.tsv`, and the ranks and royal addresses that
/// are titles of their own).
fn honorific_len(rest: &str) -> usize {
    let Some((word, tail)) = rest.split_once(' ') else {
        return 0;
    };
    // the table writes a straight apostrophe ("Dato'"), the news often a
    // curly one
    let known = |h: &str| crate::lexicon::HONORIFICS.contains(&h.replace('’', "'").as_str());
    // two words first: "Tan Sri X", "Datuk Seri X"
    if let Some((second, _)) = tail.split_once(' ')
        && known(&format!("{word} {second}"))
    {
        return word.len() + second.len() + 2;
    }
    if ["Sheikh", "Shaikh", "Sheik"].contains(&word) || known(word) {
        return word.len() + 1;
    }
    // a military rank: "Cabinet Secretary Maj. X", "Minister Lt. Gen. Y"
    // (looked for in the first three words, not the rest of the sentence)
    let head = rest
        .match_indices(' ')
        .nth(2)
        .map_or(rest, |(i, _)| &rest[..i]);
    let gaz = gazetteer();
    gaz.find_titles(head)
        .first()
        .filter(|h| h.start == 0 && gaz.titles[h.title].kind == "military")
        .filter(|h| rest[h.end..].starts_with(' '))
        .map_or(0, |h| h.end + 1)
}

/// A field joined to a title before it: "Finance and" in "Finance and
/// Economy Minister" (a field word, not any capitalized word: "Minister X
/// and Foreign Minister Y" joins two posts).
static COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)((?:Finance|Economy|Economic|Trade|Industry|Foreign|Defence|Defense|Interior|Justice|Health|Education|Labour|Labor|Energy|Environment|Agriculture|Transport|Culture|Communications|Development|Security|Commerce|Planning|Infrastructure|Tourism|Sport|Sports|Youth|Science|Technology|Housing|Water|Mines|Fisheries|Women|Social|Home|Digital|Investment|Employment) and )$").expect("valid regex")
});

/// A word of rank before a title, with a portfolio after it: "chief trade"
/// in "chief trade negotiator", "National" in "National President".
static RANKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\s)((?i:chief|senior|principal|national|lead|executive|special))(?: ([A-Za-z]+))? $",
    )
    .expect("valid regex")
});

/// A post being read from one title mention: where the title is, and what
/// the rules have found of its holder, owner and wording so far.
struct Draft<'i> {
    t: &'i TitleMention,
    sentence: &'i Sentence,
    /// Where the title ends, a royal address right after it included.
    end: usize,
    /// The sentence after the title.
    after: &'i str,
    /// How far after the title a name may start (`usize::MAX`: none).
    skip: usize,
    title: String,
    person: Option<usize>,
    person_end: Option<usize>,
    rule: &'static str,
    /// "served as": a post held before.
    held_before: bool,
    /// Where the second of two joined posts starts, when they share the name.
    joint_with: Option<usize>,
    /// Whether a name follows the title (or its owner or portfolio).
    names_next: bool,
    of: Option<usize>,
    /// The owner named after the title ("the head of the IAEA, X").
    of_after: Option<usize>,
    /// Where the post's words start, its owner's included.
    head_start: usize,
    /// The sentence before `head_start`, as the rules have cut it.
    before: &'i str,
    /// A qualifier between owner and title ("Madagascar's former Foreign Minister").
    inner_qualifier: Option<String>,
}

/// What two joined posts share: the first one's owner, and its holder when
/// no name follows the second ("as its managing director and CEO"), each by
/// where the second starts.
#[derive(Default)]
struct Joints {
    owners: Vec<(usize, Option<usize>)>,
    holders: Vec<(usize, usize, Option<usize>, Option<String>)>,
}

/// "British Prime Minister Keir Starmer", "Mark Rutte, NATO's secretary
/// general", ...: each title mention read step by step into the posts it
/// gives.
pub(super) fn positions(input: &Input<'_>) -> Vec<PositionFact> {
    let mut out = Vec::new();
    let mut joints = Joints::default();
    for t in &input.mentions.titles {
        let Some(mut d) = draft(input, t) else {
            continue;
        };
        holder_named_after(input, &mut d);
        holder_after_portfolio(input, &mut d);
        holder_after_owner(input, &mut d);
        title_fields_before(input, &mut d);
        owner_before(input, &mut d, &joints.owners);
        let qualifier = qualifier_before(input, &d);
        let pre = input.slice(d.sentence.span.start, d.head_start).trim_end();
        if d.person.is_none() && !d.names_next {
            holder_apposed_or_appointed(input, &mut d, pre);
            holder_of_clause(input, &mut d, pre);
            owner_after(input, &mut d);
        }
        owner_fallbacks(input, &mut d);
        emit(input, d, qualifier, pre, &mut joints, &mut out);
    }
    out
}

/// "Foreign Minister Prince Faisal": a royal title right after an office is
/// part of the name's address, not the post.
fn royal_right_after<'i>(input: &'i Input<'_>, si: usize, end: usize) -> Option<&'i TitleMention> {
    input.titles_in(si).iter().find(|r| {
        r.span.start == end + 1
            && input.slice(end, r.span.start) == " "
            && gazetteer().titles[r.title].kind == "royal"
    })
}

/// Whether an office's title stands right before `start`.
fn after_office(input: &Input<'_>, si: usize, start: usize) -> bool {
    input.titles_in(si).iter().any(|o| {
        o.span.end + 1 == start
            && input.slice(o.span.end, start) == " "
            && gazetteer().titles[o.title].kind != "royal"
    })
}

/// The post a title mention may be, with its holder when named right after
/// it ("Prime Minister Keir Starmer", "Prime Minister Dr. Abiy Ahmed"); `None`
/// for a title that is no post here.
fn draft<'i>(input: &'i Input<'_>, t: &'i TitleMention) -> Option<Draft<'i>> {
    let gaz = gazetteer();
    if gaz.titles[t.title].kind == "royal" && after_office(input, t.sentence, t.span.start) {
        return None;
    }
    let sentence = &input.sentences[t.sentence];
    // "a senior adviser to the President of Ghana, X": the post of the
    // one the aide serves, who is not named; X is the aide
    if serves_the_post(input.slice(sentence.span.start, t.span.start)) {
        return None;
    }
    let end = royal_right_after(input, t.sentence, t.span.end).map_or(t.span.end, |r| r.span.end);
    if department_post(input, sentence, end) {
        return None;
    }
    // the person after the title: "Prime Minister Keir Starmer" / "the French president, Emmanuel Macron"
    let after = input.slice(end, sentence.span.end);
    // "The new interior minister is Sofia Marant": the post, then its holder
    let copula = after.starts_with(" is ")
        && [
            "The new",
            "The current",
            "The incoming",
            "The interim",
            "The acting",
        ]
        .iter()
        .any(|p| input.slice(sentence.span.start, t.span.start).trim_end() == *p);
    // "Minister of Foreign Affairs, African Cooperation and Nigerians
    // Abroad, X": the rest of a minister's portfolio, listed, then the name
    static PORTFOLIO_LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^, (?:[A-Z][\w’'-]*,? )+(?:and|&) (?:[A-Z][\w’'-]* )*[A-Z][\w’'-]*, ")
            .expect("valid regex")
    });
    let portfolio_list = (gaz.titles[t.title].kind == "minister"
        && [" of ", " for "]
            .iter()
            .any(|p| t.span.of(input.text).contains(p)))
    .then(|| PORTFOLIO_LIST.find(after))
    .flatten()
    .filter(|m| {
        !input.items(t.sentence).any(|o| {
            o.kind == MentionKind::Person && o.span.start >= end && o.span.end <= end + m.end()
        })
    })
    .map(|m| m.end());
    let skip = if copula {
        4
    } else if let Some(list) = portfolio_list {
        list
    } else if after.starts_with(", ") {
        2
    } else if after.starts_with(' ') {
        1
    } else {
        usize::MAX
    };
    let mut d = Draft {
        t,
        sentence,
        end,
        after,
        skip,
        title: gaz.titles[t.title].title.clone(),
        person: None,
        person_end: None,
        rule: "position/title-before-name",
        held_before: false,
        joint_with: None,
        names_next: false,
        of: None,
        of_after: None,
        head_start: t.span.start,
        before: input.slice(sentence.span.start, t.span.start),
        inner_qualifier: None,
    };
    // "kept A as the Vice President, B as the Prime Minister and C as the
    // Deputy Prime Minister": a title right after "NAME as (the)" is that
    // name's, not the next item's
    // (an ordinal counts the posts: "as the 2nd Deputy Prime Minister")
    let before = d
        .before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit_once(' '))
        .filter(|(_, w)| is_ordinal(w))
        .map_or(d.before, |(head, _)| &d.before[..head.len() + 1]);
    let as_holder = before
        .strip_suffix(" as the ")
        .or_else(|| before.strip_suffix(" as "))
        // (a list's item: a name follows, or an item came before; one
        // "appointed X as chief executive" is read by the appointment)
        .filter(|b| {
            b.contains(" as ")
                || (skip == 2
                    && input
                        .mention_starting_at(end + 2 + honorific_len(&after[2..]))
                        .is_some_and(|m| m.kind == MentionKind::Person))
        })
        .and_then(|b| input.mention_ending_at(sentence.span.start + b.len()))
        .filter(|m| m.kind == MentionKind::Person);
    // "Prime Minister Dr. Abiy Ahmed": an honorific between title and name
    let honorific = after.get(skip.min(after.len())..).map_or(0, honorific_len);
    if let Some(m) = as_holder {
        d.person = m.entity;
        d.rule = "position/name-as-title";
    } else if skip != usize::MAX
        && let Some(m) = input.mention_starting_at(end + skip + honorific)
        && m.kind == MentionKind::Person
    {
        d.person = m.entity;
        d.person_end = Some(m.span.end);
    }
    Some(d)
}

/// "BP's head of exploration and production", "director of communications":
/// the post of a department, which the title alone would give the whole
/// organization ("a professor of marine policy at the University of Tokyo" is
/// the university's: the field is followed by where the post is).
fn department_post(input: &Input<'_>, sentence: &Sentence, end: usize) -> bool {
    input
        .slice(end, sentence.span.end)
        .strip_prefix(" of ")
        .is_some_and(|rest| {
            // ("general secretary of union RMT": a body named by its kind)
            let mut words = rest.split_whitespace();
            let body_named = words
                .next()
                .is_some_and(|w| crate::lexicon::BODY_NOUNS.contains(&w))
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            rest.starts_with(|c: char| c.is_lowercase())
                && !body_named
                && !["the ", "a ", "an ", "its ", "their ", "his ", "her "]
                    .iter()
                    .any(|a| rest.starts_with(a))
                && rest
                    .split_whitespace()
                    .find(|w| {
                        !w.starts_with(|c: char| c.is_lowercase()) || matches!(*w, "at" | "with")
                    })
                    .is_none_or(|w| !matches!(w, "at" | "with"))
        })
}

/// The holder named right after the title: "Prime Minister Keir Starmer",
/// two joined posts before one name, "US Ambassador to Mexico Ken Salazar",
/// "the AU Chairperson, Mauritania's President X".
fn holder_named_after<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let (t, sentence, end, after, skip) = (d.t, d.sentence, d.end, d.after, d.skip);
    // "Kenya's Prime Minister and Foreign Minister X": two posts joined
    // before one name are both the name's (not after "the", where "the
    // Prime Minister and Foreign Minister X" may be two people)
    if d.person.is_none()
        && let Some(t2) = joined_title(input, t, end)
        && !input
            .slice(sentence.span.start, t.span.start)
            .to_lowercase()
            .ends_with("the ")
        && let Some(m) = person_right_after(input, t2.span.end)
    {
        d.person = m.entity;
        d.person_end = Some(m.span.end);
        d.rule = "position/joint-title";
        d.joint_with = Some(t2.span.start);
    }
    // "US Ambassador to Mexico Ken Salazar", "UN Special Envoy for Libya
    // Karl Weber": the post's place, then the name
    let diplomat = gazetteer().titles[t.title].kind == "diplomat";
    // "the Latvian Ambassador in Poland X": where a diplomat serves, which
    // the title does not keep (it is no part of how the post is named)
    let place_of_post = after
        .strip_prefix(" to ")
        .map(|r| ("to", r))
        .or_else(|| {
            after
                .strip_prefix(" for ")
                .filter(|_| diplomat)
                .map(|r| ("for", r))
        })
        .or_else(|| {
            after
                .strip_prefix(" in ")
                .filter(|_| diplomat)
                .map(|r| ("in", r))
        });
    if d.person.is_none()
        && let Some((prep, r)) = place_of_post
        && let Some(cm) = input.mention_starting_at(end + prep.len() + 2)
        && matches!(cm.kind, MentionKind::Country(_) | MentionKind::City(_))
        // (or apposed: "Latvia's ambassador to Poland, Janis Berzins, met")
        && let gap = if input.slice(cm.span.end, sentence.span.end).starts_with(", ") { 2 } else { 1 }
        && input.slice(cm.span.end, sentence.span.end).starts_with([' ', ','])
        && let Some(m) = input.mention_starting_at(cm.span.end + gap)
        && m.kind == MentionKind::Person
        && (gap == 1 || input.slice(m.span.end, sentence.span.end).starts_with([',', '.']) || m.span.end == sentence.span.end)
    {
        if prep != "in" {
            d.title = format!(
                "{} {prep} {}",
                d.title,
                &r[..cm.span.end - end - prep.len() - 2]
            );
        }
        d.person = m.entity;
        d.person_end = Some(m.span.end);
        d.rule = "position/title-to-place-name";
    }
    // "the AU Chairperson, Mauritania's President X": the person after
    // an apposed post of their own
    if d.person.is_none()
        && skip == 2
        && let Some(cm) = input.mention_starting_at(end + 2)
        && matches!(cm.kind, MentionKind::Country(_))
        && let Some(t2) = input.titles_in(t.sentence).iter().find(|t2| {
            t2.span.start > cm.span.end
                && matches!(input.slice(cm.span.end, t2.span.start), "’s " | "'s ")
        })
        && let Some(m) = input.mention_starting_at(t2.span.end + 1)
        && m.kind == MentionKind::Person
        && input.slice(t2.span.end, m.span.start) == " "
    {
        d.person = m.entity;
        d.person_end = Some(m.span.end);
        d.rule = "position/title-apposed-post";
    }
}

/// Whether a name follows the title, its owner or its portfolio ("President of
/// Kazakhstan X", "Minister of Works Samuel Okello"), and that name's post.
fn holder_after_portfolio<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let (t, sentence, end, after, skip) = (d.t, d.sentence, d.end, d.after, d.skip);
    // a capitalized word right after the title starts a name the title
    // belongs to, recognized or not: never an apposition to someone before
    // ("President of Kazakhstan Nursultan Nazarbayev" too: the owner, then a name)
    let owner_then_name = after.strip_prefix(" of ").is_some_and(|r| {
        let r = r.strip_prefix("the ").unwrap_or(r);
        input
            .mention_starting_at(end + (after.len() - r.len()))
            .is_some_and(|m| {
                // a name, not another title ("of the UN Secretary-General")
                input
                    .slice(m.span.end, sentence.span.end)
                    .strip_prefix(' ')
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
                    && !input
                        .titles_in(t.sentence)
                        .iter()
                        .any(|t2| t2.span.start == m.span.end + 1)
            })
    });
    // "Minister of Works Samuel Okello", "Minister for Energy and Mining
    // Claire Uwase": a portfolio, then the name the title belongs to
    let portfolio_name = [" of ", " for ", " and "]
        .iter()
        .find(|p| after.starts_with(**p))
        .and_then(|p| {
            // (the first name after it: "President of Kenya X" has an owner)
            let m = input
                .items(t.sentence)
                .find(|m| m.span.start > end)
                .filter(|m| m.kind == MentionKind::Person)?;
            let gap = input.slice(end + p.len(), m.span.start);
            let words: Vec<&str> = gap.split_whitespace().collect();
            // a post in the gap is the name's own, not a portfolio:
            // "spokesman for Foreign Minister X" is not X's post
            let titled = input
                .titles_in(t.sentence)
                .iter()
                .any(|t2| t2.span.start >= end + p.len() && t2.span.end <= m.span.start);
            (!gap.contains([',', ';'])
                && !titled
                && !words.is_empty()
                && words.len() <= 5
                && words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "&")))
            .then_some((m, gap.trim()))
        });
    let portfolio_then_name = portfolio_name.is_some();
    if d.person.is_none()
        && let Some((m, portfolio)) = portfolio_name
    {
        d.person = m.entity;
        d.person_end = Some(m.span.end);
        d.rule = "position/title-portfolio-name";
        // "Minister for Climate Change X": a bare minister's portfolio
        // names the post ("Climate Change Minister"); an owner after "of"
        // ("Minister of Chile X") is none
        if d.title == "Minister"
            && after.starts_with(" for ")
            && input.mention_starting_at(end + 5).is_none()
        {
            d.title = format!("{portfolio} Minister");
        }
    }
    d.names_next = (skip == 1 && after[1..].chars().next().is_some_and(char::is_uppercase))
        || d.joint_with.is_some()
        || owner_then_name
        || portfolio_then_name;
}

/// A bracketed acronym right after a name: " (BSP)".
static ACRONYM_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ \([A-Z][A-Za-z&.-]{1,11}\)").expect("valid regex"));

/// "the head of the IAEA, Rafael Grossi": TITLE of OWNER, PERSON.
fn holder_after_owner<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let (sentence, end, after) = (d.sentence, d.end, d.after);
    // "the head of the IAEA, Rafael Grossi": TITLE of OWNER, PERSON
    if d.person.is_none()
        && let Some(r) = after.strip_prefix(" of ")
    {
        let r = r.strip_prefix("the ").unwrap_or(r);
        let mut at = end + (after.len() - r.len());
        // "Chairman of Sudan's Sovereign Council X": the body of a country
        if let Some(cm) = input.mention_starting_at(at)
            && matches!(cm.kind, MentionKind::Country(_))
            && let rest = input.slice(cm.span.end, sentence.span.end)
            && (rest.starts_with("’s ") || rest.starts_with("'s "))
            && input
                .mention_starting_at(cm.span.end + rest.find(' ').unwrap_or(0) + 1)
                .is_some_and(|m| {
                    m.entity
                        .is_some_and(|e| input.class(e) == Class::Organization)
                })
        {
            at = cm.span.end + rest.find(' ').unwrap_or(0) + 1;
        }
        if let Some(om) = input.mention_starting_at(at)
            && let Some(oe) = om.entity
            && is_post_holder(input.class(oe))
            // ("the Consul General of Brazil in Lagos, X": the post's seat)
            && let seat = input
                .mention_starting_at(om.span.end + " in ".len())
                .filter(|c| {
                    input.slice(om.span.end, c.span.start) == " in "
                        && c.entity.is_some_and(|e| input.class(e) == Class::City)
                })
            && let seat_end = seat.map_or(om.span.end, |c| c.span.end)
            // (and the owner's acronym: "an MP of the Bahujan Samaj Party
            // (BSP), X")
            && let seat_end = seat_end
                + ACRONYM_AFTER
                    .find(input.slice(seat_end, sentence.span.end))
                    .map_or(0, |a| a.end())
            && let rest = input.slice(seat_end, sentence.span.end)
            && let Some(gap) = [", ", " "].iter().find(|g| rest.starts_with(**g))
            // (a seat only before a comma; an acronym before the name:
            // "General Secretary of the Green Party (GP) X")
            && (seat.is_none() || *gap == ", ")
            // (an honorific may stand before the name: "the President of
            // the Andean Commission, Mr. Tomas Berg")
            && let Some(pm) = input
                .mention_starting_at(seat_end + gap.len())
                .or_else(|| {
                    let h = honorific_len(&rest[gap.len()..]);
                    (h > 0)
                        .then(|| input.mention_starting_at(seat_end + gap.len() + h))
                        .flatten()
                })
            && pm.kind == MentionKind::Person
        {
            d.person = pm.entity;
            d.of_after = Some(oe);
            d.rule = "position/title-of-owner-name";
        }
    }
}

/// Where one or two words in lower case before a bare title start, when an
/// owner (a country, its people or a body, or one's possessive) comes right
/// before them and they are no qualifier or rank ("Saudi oil minister",
/// not "the Saudi former minister" or "Japan's first minister").
fn lower_field_start(input: &Input<'_>, d: &Draft<'_>) -> Option<usize> {
    let b = d.before.strip_suffix(' ')?;
    let mut at = b.len();
    for _ in 0..2 {
        let word = b[..at].rsplit(' ').next().unwrap_or_default();
        // (a field, not a word that describes the holder: "Boeing's
        // embattled chief", "Sudan's paramilitary chief")
        let is_field = word.bytes().all(|c| c.is_ascii_lowercase())
            && (crate::lexicon::PORTFOLIO_WORDS.contains(&capitalized(word).as_str())
                || matches!(
                    word,
                    "oil"
                        | "gas"
                        | "tax"
                        | "spy"
                        | "intelligence"
                        | "police"
                        | "army"
                        | "navy"
                        | "customs"
                        | "nuclear"
                        | "reform"
                        | "regulatory"
                        | "cyber"
                        | "competition"
                        | "antitrust"
                        | "privacy"
                        | "water"
                        | "power"
                        | "policy"
                ));
        if !is_field {
            break;
        }
        at -= word.len();
        let owner_end = b[..at].trim_end();
        let owner_end = owner_end
            .strip_suffix("’s")
            .or_else(|| owner_end.strip_suffix("'s"))
            .unwrap_or(owner_end);
        if at > 0
            && b[..at].ends_with(' ')
            && input
                .mention_ending_at(d.sentence.span.start + owner_end.len())
                .is_some_and(|m| {
                    matches!(
                        m.kind,
                        MentionKind::Country(_)
                            | MentionKind::Demonym(_)
                            | MentionKind::KnownOrganization(_)
                            | MentionKind::NewOrganization
                    )
                })
        {
            return Some(at);
        }
        at = at.checked_sub(1)?;
    }
    None
}

/// `word` with its first letter in upper case: "tourism" → "Tourism".
fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Words before the title that belong to it: a field ("Finance and Economy
/// Minister"), a portfolio ("Tourism Minister"), an ordinal, a qualifier.
fn title_fields_before<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let sentence = d.sentence;
    // the apposition: "Keir Starmer, the British prime minister" / "Ben Barry, a senior fellow at X"
    // "Finance and Economy Minister": a field joined to the title
    if let Some(c) = COMPOUND.captures(d.before).and_then(|c| c.get(1))
        && input
            .mention_ending_at(sentence.span.start + c.end() - " and ".len())
            .is_none()
    {
        d.title = format!("{}{}", c.as_str(), d.title);
        d.before = &d.before[..c.start()];
        d.head_start = sentence.span.start + c.start();
    }
    // "Tourism Minister X", "digitization minister", "Finance Secretary X":
    // a portfolio the table has no post for, joined to the bare title
    // ... of two words, the first a portfolio: "Climate Change Minister X"
    let two_words = d.before.strip_suffix(' ').and_then(|b| {
        let (head, second) = b.rsplit_once(' ')?;
        let first = head.rsplit(' ').next().unwrap_or(head);
        // (a second word of portfolios, not "Social Democrat minister")
        (matches!(
            second,
            "Change"
                | "Affairs"
                | "Development"
                | "Security"
                | "Resources"
                | "Protection"
                | "Planning"
                | "Relations"
                | "Services"
                | "Works"
                | "Safety"
                | "Policy"
        ) && crate::lexicon::PORTFOLIO_WORDS.contains(&first)
            && !crate::lexicon::PORTFOLIO_WORDS.contains(&second)
            && input
                .mention_ending_at(sentence.span.start + b.len())
                .is_none())
        .then_some(b.len() - first.len() - second.len() - 1)
    });
    if d.title == "Minister"
        && let Some(at) = two_words
    {
        d.title = format!("{} Minister", d.before[at..].trim_end());
        d.before = &d.before[..at];
        d.head_start = sentence.span.start + at;
    } else if matches!(d.title.as_str(), "Minister" | "Secretary")
        && let Some(b) = d.before.strip_suffix(' ')
        && let word = b.rsplit(' ').next().unwrap_or(b)
        && let portfolio = capitalized(word)
        && crate::lexicon::PORTFOLIO_WORDS.contains(&portfolio.as_str())
        // ("Finance Secretary X", not "the party's finance secretary")
        && (d.title == "Minister" || word.starts_with(|c: char| c.is_ascii_uppercase()))
        && input
            .mention_ending_at(sentence.span.start + b.len())
            .is_none()
    {
        d.title = format!("{portfolio} {}", d.title);
        d.before = &d.before[..b.len() - word.len()];
        d.head_start = sentence.span.start + d.before.len();
    }
    // "Japan's chief trade negotiator", "NTEU National President", "Principal
    // Secretary": a word of rank, with the portfolio after it, is the
    // title's (as printed, so the post reads as the text gives it)
    else if let Some(c) = RANKED.captures(d.before)
        && let Some(rank) = c.get(1)
        && match c.get(2) {
            Some(p) => crate::lexicon::PORTFOLIO_WORDS.contains(&capitalized(p.as_str()).as_str()),
            // ("army chief General X", "will lead President Y's
            // delegation": a bare "chief" or "lead" is no rank of the title)
            None => !matches!(rank.as_str().to_lowercase().as_str(), "chief" | "lead"),
        }
        && !matches!(
            gazetteer().titles[d.t.title].kind.as_str(),
            "military" | "royal" | "religious"
        )
        && input
            .mention_ending_at(sentence.span.start + rank.end())
            .is_none()
        && !input.items(d.t.sentence).any(|m| {
            m.span.start <= sentence.span.start + rank.start()
                && m.span.end > sentence.span.start + rank.start()
        })
    {
        let words: Vec<String> = c[0].split_whitespace().map(capitalized).collect();
        d.title = format!("{} {}", words.join(" "), d.title);
        d.before = &d.before[..rank.start()];
        d.head_start = sentence.span.start + rank.start();
    }
    // "Saudi oil minister X", "Japan's regulatory reform minister", "the
    // country's tax chief": one or two words in lower case between an owner
    // and a bare title name its field
    else if matches!(d.title.as_str(), "Minister" | "Chief")
        && let Some(at) = lower_field_start(input, d)
    {
        let words: Vec<String> = d.before[at..].split_whitespace().map(capitalized).collect();
        d.title = format!("{} {}", words.join(" "), d.title);
        d.before = &d.before[..at];
        d.head_start = sentence.span.start + at;
    }
    // "the EU climate commissioner", "the bloc's trade commissioner": a
    // portfolio in lower case between owner and title (the title kept)
    else if d.title != "Minister"
        && let Some(b) = d.before.strip_suffix(' ')
        && let word = b.rsplit(' ').next().unwrap_or(b)
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && crate::lexicon::PORTFOLIO_WORDS.contains(&capitalized(word).as_str())
    {
        d.before = &d.before[..b.len() - word.len()];
        d.head_start = sentence.span.start + d.before.len();
    }
    // "Austria's ninth president", "Peru's first woman president": an
    // ordinal between owner and title counts holders, it is no owner
    if let Some(rest) = d.before.strip_suffix(' ')
        && let Some((head, word)) = rest.rsplit_once(' ')
        && is_ordinal(word)
    {
        d.before = &d.before[..head.len() + 1];
        d.head_start = sentence.span.start + d.before.len();
    }
    // "Madagascar's former Foreign Minister": a qualifier between owner and
    // title ("Iran's Acting Foreign Minister": in either case)
    if let Some(q) = POST_QUALIFIERS.iter().find(|q| {
        d.before.strip_suffix(' ').is_some_and(|b| {
            b.len() > q.len()
                && b.is_char_boundary(b.len() - q.len())
                && b[b.len() - q.len()..].eq_ignore_ascii_case(q)
                && b[..b.len() - q.len()].ends_with(' ')
        })
    }) {
        d.inner_qualifier = Some(q.to_string());
        d.before = &d.before[..d.before.len() - q.len() - 1];
        d.head_start = sentence.span.start + d.before.len();
    }
}

/// The owner before the title: "NATO Secretary General", "Russia's foreign
/// minister", the first of two joined posts' owner, "its".
fn owner_before<'i>(
    input: &'i Input<'_>,
    d: &mut Draft<'i>,
    joint_owners: &[(usize, Option<usize>)],
) {
    let (t, sentence) = (d.t, d.sentence);
    // "NATO Secretary General", "British Prime Minister", "Russia's foreign minister"
    // ... "Asian Football Confederation (AFC) President": the body before
    // its short name in brackets
    let owner = d
        .before
        .strip_suffix(' ')
        .map(|b| {
            b.strip_suffix("'s")
                .or_else(|| b.strip_suffix("’s"))
                .unwrap_or(b)
        })
        .map(|b| {
            b.strip_suffix(')')
                .and_then(|r| r.rsplit_once(" ("))
                .filter(|(_, short)| !short.is_empty() && !short.contains(' '))
                .map_or(b, |(long, _)| long)
        })
        .and_then(|b| input.mention_ending_at(sentence.span.start + b.len()));
    if let Some(m) = owner
        && let Some(e) = m.entity
        && is_post_holder(input.class(e))
        // ("Kenyan journalists X and Y", "a British economist": a
        // nationality, not who employs them)
        && !(matches!(m.kind, MentionKind::Demonym(_))
            && matches!(
                gazetteer().titles[t.title].kind.as_str(),
                "media" | "academic"
            ))
    {
        d.of = Some(e);
        d.head_start = m.span.start;
        // "Senior Labour leader X", "a senior Hamas official": a rank before
        // the body is the post's (one of its senior leaders, not its leader)
        if input.class(e) == Class::Organization
            && !d.title.starts_with("Senior ")
            && let Some(b) = input
                .slice(sentence.span.start, m.span.start)
                .strip_suffix(' ')
            && let Some(rest) = b
                .strip_suffix("Senior")
                .or_else(|| b.strip_suffix("senior"))
            && (rest.is_empty() || rest.ends_with(' '))
        {
            d.title = format!("Senior {}", d.title);
            d.head_start = sentence.span.start + rest.len();
        }
        // "Chile's UN envoy", "the Chilean UN envoy": a diplomat posted to
        // a body is the country's
        if input.class(e) == Class::Organization
            && gazetteer().titles[t.title].kind == "diplomat"
            && let Some(before) = input
                .slice(sentence.span.start, m.span.start)
                .strip_suffix(' ')
            && let before = before
                .strip_suffix("'s")
                .or_else(|| before.strip_suffix("’s"))
                .unwrap_or(before)
            && let Some(c) = input.mention_ending_at(sentence.span.start + before.len())
            && let Some(country) = c.entity.filter(|&c| input.class(c) == Class::Country)
        {
            d.of = Some(country);
            d.head_start = c.span.start;
        }
    }
    // "her Finnish counterpart, Prime Minister X", "Chilean Mining and
    // Energy Minister X": a country's demonym before "counterpart," or
    // before a portfolio joined by "and" is the post's owner
    if d.of.is_none() {
        let b = d.before.trim_end();
        // ("Chilean Mining and": the demonym, a capitalized portfolio word, "and")
        let joined_portfolio = || {
            let (head, portfolio) = b.strip_suffix(" and")?.rsplit_once(' ')?;
            portfolio
                .chars()
                .all(char::is_alphabetic)
                .then_some(head)
                .filter(|_| portfolio.starts_with(char::is_uppercase))
        };
        let head = b.strip_suffix(" counterpart,").or_else(joined_portfolio);
        if let Some(head) = head
            && let Some(m) = input.mention_ending_at(sentence.span.start + head.len())
            && matches!(m.kind, MentionKind::Demonym(_))
            && let Some(e) = m.entity
            && input.class(e) == Class::Country
        {
            d.of = Some(e);
        }
    }
    // "Kenya's Prime Minister and Foreign Minister X": the second of two
    // joined posts has the first one's owner
    if d.of.is_none()
        && let Some(&(_, owner)) = joint_owners.iter().find(|(at, _)| *at == t.span.start)
    {
        d.of = owner;
    }
    // "Finland, a NATO member, sent its defence minister, Antti Hakkanen":
    // "its" is the country or organization the sentence starts with ("The
    // Saudi delegation ... was led by its finance minister": Saudi Arabia)
    // "China said its Foreign Minister X": the nearest before it
    // (a country's, for a post of a government: not "the G20 summit will
    // be attended by its premier X")
    let national = national_kind(&gazetteer().titles[t.title].kind);
    let may_own = |e: usize| match input.class(e) {
        Class::Country => true,
        Class::Organization => !national,
        _ => false,
    };
    if d.of.is_none()
        && (d.before.ends_with(" its ") || d.before == "Its ")
        && let Some(e) = input
            .items(t.sentence)
            // (the longest of the names that start there: "Kenya Airways",
            // not the "Kenya" inside it)
            .take_while(|m| {
                m.span.start < t.span.start
                    && matches!(
                        input.slice(sentence.span.start, m.span.start).trim(),
                        "" | "The" | "the"
                    )
            })
            .last()
            .filter(|m| !input.modifies_a_business(m))
            .and_then(|m| m.entity)
            .filter(|&e| may_own(e))
            .or_else(|| {
                input
                    .items(t.sentence)
                    .filter(|m| m.span.end <= t.span.start && !input.modifies_a_business(m))
                    .filter_map(|m| m.entity)
                    .rfind(|&e| may_own(e))
            })
    {
        d.of = Some(e);
    }
    // "China's top diplomat", "the top Chinese diplomat": the country's
    // chief diplomat, a post of its own
    if d.title == "Diplomat"
        && ends_with_ignore_ascii_case(input.slice(sentence.span.start, d.head_start), "top ")
    {
        d.title = "Top Diplomat".to_string();
    }
}

/// The qualifier the text gives the post ("former U.S. President", "the
/// former Workington Conservative MP", "then-"), with the text before the
/// post's head.
fn qualifier_before<'i>(input: &'i Input<'_>, d: &Draft<'i>) -> Option<String> {
    let sentence = d.sentence;
    // qualifier right before: "former U.S. President", or before the
    // owner's modifiers: "the former Workington Conservative MP"
    let pre = input.slice(sentence.span.start, d.head_start).trim_end();
    static FORMER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)((?i:former|ex-|outgoing))(?: [A-Z][A-Za-z’'.-]*){1,3}$")
            .expect("valid regex")
    });
    let far_qualifier = FORMER_BEFORE
        .captures(pre)
        .and_then(|c| c.get(1))
        .map(|q| q.as_str().to_lowercase().trim_end_matches('-').to_string());
    // (one lower-case word may stand between: "current embattled CEO X",
    // "the former long-serving chairman")
    let one_word_back = pre
        .rsplit_once(' ')
        .filter(|(_, w)| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .map(|(head, _)| head);
    POST_QUALIFIERS
        .iter()
        .find(|q| {
            [Some(pre), one_word_back].into_iter().flatten().any(|p| {
                ends_with_ignore_ascii_case(p, q)
                    && p[..p.len() - q.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .map(|q| q.to_string())
        .or_else(|| ends_with_ignore_ascii_case(pre, "then-").then(|| "then".to_string()))
        .or(d.inner_qualifier.clone())
        .or(far_qualifier)
}

/// The holder named before the post: an apposition ("Keir Starmer, the
/// British prime minister"), an appointment ("Boeing named X as its chief
/// executive", with the appointing body its owner).
fn holder_apposed_or_appointed<'i>(input: &'i Input<'_>, d: &mut Draft<'i>, pre: &str) {
    let gaz = gazetteer();
    let (t, sentence) = (d.t, d.sentence);
    // apposition: PERSON, (a|an|the)? [OWNER('s)?]? TITLE
    let pre_art = pre
        .strip_suffix(" a")
        .or_else(|| pre.strip_suffix(" an"))
        .or_else(|| pre.strip_suffix(" the"))
        .unwrap_or(pre);
    // ("X, currently the deputy minister", "X, until now the deputy
    // minister": a word of time before the article; the post held before
    // for "until now", "until recently", "previously", "formerly")
    let (pre_art, before_now) = [
        (" currently", false),
        (" now", false),
        (" also", false),
        (" until now", true),
        (" until recently", true),
        (" previously", true),
        (" formerly", true),
    ]
    .iter()
    .find_map(|(w, held)| {
        pre_art
            .strip_suffix(w)
            .filter(|p| p.ends_with(','))
            .map(|p| (p, *held))
    })
    .unwrap_or((pre_art, false));
    let pre_art = pre_art.strip_suffix(',').map(str::trim_end);
    // (not a list's next item with its own holder: "World Athletics head
    // Sebastian Coe, Zimbabwe Sports Minister and former champion Kirsty
    // Coventry, ..." gives Coe no second post)
    let own_holder = || {
        let rest = input.slice(t.span.end, sentence.span.end);
        let item_end = t.span.end + rest.find(',').unwrap_or(rest.len());
        rest.starts_with(" and ")
            && input.items(t.sentence).any(|m| {
                m.kind == MentionKind::Person && m.span.start > t.span.end && m.span.end <= item_end
            })
    };
    // (not a new clause's subject: "with the President of the Council, X,
    // the Prime Minister pleaded for ...")
    let clause_subject = || {
        let next = input
            .slice(d.end, sentence.span.end)
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', ',', '.']).next())
            .unwrap_or_default();
        next.starts_with(|c: char| c.is_ascii_lowercase())
            && (next.ends_with("ed")
                || matches!(
                    next,
                    "said" | "says" | "met" | "told" | "made" | "took" | "gave"
                )
                || SPEECH_VERBS.contains(&next))
    };
    if let Some(p) = pre_art
        && let Some(m) = input.mention_ending_at(sentence.span.start + p.len())
        && m.kind == MentionKind::Person
        && !own_holder()
        && !clause_subject()
    {
        d.person = m.entity;
        d.rule = "position/apposition";
        d.held_before |= before_now;
    }
    // "Boeing named X as its chief executive", "FINA re-elected X as
    // president": an appointment's post; "Siemens appointed X chief
    // executive": the post right after the name the verb governs
    let as_post = AS_POST
        .captures(pre)
        .and_then(|a| a.get(0))
        .map(|w| w.start());
    let right_after = pre
        .ends_with(|c: char| c.is_alphanumeric() || c == '.')
        .then_some(pre.len());
    if d.person.is_none()
        && let Some(end) = as_post.or(right_after)
        && let Some(m) =
            input.mention_ending_at(sentence.span.start + pre[..end].trim_end_matches(',').len())
        && m.kind == MentionKind::Person
        && let Some(v) = APPOINTED
            .find_iter(input.slice(sentence.span.start, m.span.start))
            .last()
        && (as_post.is_some() || input.slice(sentence.span.start + v.end(), m.span.start) == " ")
        && !input.hedged(sentence.span.start, t.span.start)
    {
        d.person = m.entity;
        d.rule = "position/appointed";
        // the appointing body: the clause's subject, before the verb
        // (a country for a national post: "Fiji chooses X as prime
        // minister")
        let national = national_kind(gaz.titles[t.title].kind.as_str());
        // (not where the post names its owner after it: "the Shura Council
        // announced the election of X as chairman of the political bureau")
        if d.of.is_none() && !input.slice(d.end, sentence.span.end).starts_with(" of ") {
            d.of = input
                .items(t.sentence)
                .filter(|o| o.span.end <= sentence.span.start + v.start())
                .filter_map(|o| o.entity)
                .rfind(|&e| {
                    input.class(e) == Class::Organization
                        || (national && input.class(e) == Class::Country)
                });
        }
    }
}

/// The holder a clause gives the post: "X was re-elected president", "X
/// became finance minister", "X previously served as ambassador".
fn holder_of_clause<'i>(input: &'i Input<'_>, d: &mut Draft<'i>, pre: &str) {
    let (t, sentence) = (d.t, d.sentence);
    // "X was re-elected president of World Athletics", "X has been
    // named chief executive": a passive appointment's post
    static ELECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?-u:\b)(?:(?:was|were|has been|have been|had been|is|are)(?: (?:also|again|unanimously|formally|officially|overwhelmingly))? (?:re-?elected|elected|re-?appointed|appointed|named|chosen|selected|confirmed|installed|nominated|promoted|sworn in|inaugurated)|sworn in)(?: (?:on )?{WHEN})?(?: as)?(?: the| a| an| its| their| his| her)?(?: (?:new|next|interim|acting|{ORDINALS}|\d+(?:st|nd|rd|th)))*$"))
            .expect("valid regex")
    });
    // the person the clause is about, right before its verb at `v`
    // ("X, who was appointed governor of ..." too), when not hedged
    let clause_subject = |v: usize| {
        let subject = pre[..v].trim_end();
        let subject = subject
            .strip_suffix(", who")
            .or_else(|| subject.strip_suffix(" who"))
            .unwrap_or(subject);
        // "Karl Brandt, 56, was sworn in", "X, aged 41, was": the age
        // apposed; "X on June 1 was elected": the date between
        let subject = subject
            .strip_suffix(',')
            .and_then(|s| s.rsplit_once(", "))
            .filter(|(_, age)| {
                let age = age.strip_prefix("aged ").unwrap_or(age);
                !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit())
            })
            .map_or(subject, |(s, _)| s);
        // "X, the prime minister, was re-elected": a description apposed
        // (a few words opening with an article or a possessive)
        let subject = subject
            .strip_suffix(',')
            .and_then(|s| s.rsplit_once(", "))
            .filter(|(_, apposed)| {
                let mut words = apposed.split_whitespace();
                matches!(
                    words.next(),
                    Some("the" | "a" | "an" | "his" | "her" | "its" | "their")
                ) && apposed.split_whitespace().count() <= 6
            })
            .map_or(subject, |(s, _)| s);
        let subject = WHEN_BEFORE
            .find(subject)
            .map_or(subject, |w| subject[..w.start()].trim_end());
        // "Mora's running mate, Ana Paz, was sworn in": the name
        // apposed, before its closing comma
        let subject = subject.trim_end_matches(',').trim_end();
        input
            .mention_ending_at(sentence.span.start + subject.len())
            .filter(|m| m.kind == MentionKind::Person)
            .filter(|_| !input.hedged(sentence.span.start, t.span.start))
            .and_then(|m| m.entity)
    };
    if d.person.is_none()
        && let Some(v) = ELECTED.find(pre)
        && let Some(p) = clause_subject(v.start())
    {
        d.person = Some(p);
        d.rule = "position/elected";
    }
    // "X became finance minister", "X takes over as chief executive",
    // "X previously served as ambassador": a post the clause gives
    // its subject (held before, for "served as")
    static BECAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?-u:\b)(?:(is|became|becomes|has become|will become|is to become|is set to become|will be|is to be|is set to be|will serve as|(?:will )?(?:take|takes|took) on the (?:role|post|position) of|(?:will )?(?:assume|assumes|assumed) the (?:post|position) of|will take over as|is to take over as|is set to take over as|takes over as|took over as|has taken over as|steps in as|stepped in as|assumes the role of|assumed the role of|serves as|took office as|takes office as|has taken office as|assumed office as|(?:will |is to |to )?succeed(?:s|ed)? [A-Z][A-Za-z.’'-]*(?: [A-Z][A-Za-z.’'-]*){{0,3}} as)|has been|have been|((?:previously |once |formerly )?served as|was|had been))(?: (?:also|currently|now|still))?(?: (?:the|a|an|its|their))?(?: (?:new|current|interim|acting|{ORDINALS}))*$"))
            .expect("valid regex")
    });
    if d.person.is_none()
        && let Some(c) = BECAME.captures(pre)
        && let Some(v) = c.get(0)
        && let Some(p) = clause_subject(v.start())
    {
        d.person = Some(p);
        d.rule = "position/became";
        d.held_before = c.get(2).is_some();
    }
}

/// "... senior fellow for land warfare at the International Institute ...":
/// the owner after the post, for a holder named before it.
fn owner_after<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let t = d.t;
    if d.person.is_some() && d.of.is_none() {
        // "... senior fellow for land warfare at the International Institute ..."
        static OF_AT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"^(?: (?:for|on|in|of)(?: [a-z]+){1,4})? (?:of|at|with|for|to) (?:the )?(?:[a-z][a-z-]+ )?$",
            )
            .expect("valid regex")
        });
        // ("was appointed ambassador to Germany": where a diplomat is
        // sent, not whose post it is)
        let diplomat = gazetteer().titles[t.title].kind == "diplomat";
        for m in input.items(t.sentence) {
            if m.span.start >= t.span.end && OF_AT.is_match(input.slice(t.span.end, m.span.start)) {
                let gap = input.slice(t.span.end, m.span.start);
                if let Some(e) = m.entity
                    && is_post_holder(input.class(e))
                    && !input.modifies_a_business(m)
                    && !(diplomat && (gap.ends_with(" to ") || gap.ends_with(" to the ")))
                {
                    d.of = Some(e);
                    // "leader of Portugal's ruling Unity Party": the country's
                    // body (a lower-case word or two between) owns the post
                    static BODY_OF: LazyLock<Regex> = LazyLock::new(|| {
                        Regex::new(r"^[’']s (?:[a-z][a-z-]+ ){0,2}$").expect("valid regex")
                    });
                    if input.class(e) == Class::Country
                        && let Some(body) = input.items(t.sentence).find(|o| {
                            o.span.start > m.span.end
                                && BODY_OF.is_match(input.slice(m.span.end, o.span.start))
                        })
                        && let Some(b) = body
                            .entity
                            .filter(|&b| input.class(b) == Class::Organization)
                    {
                        d.of = Some(b);
                    }
                }
                break;
            }
        }
    }
    // "Cardinal X, Secretary of State, Holy See, and ...": a press release's
    // roster gives the owner apposed after the title (not a list of them:
    // "X, Foreign Minister, Chile, Peru and ...")
    if d.person.is_some()
        && d.of.is_none()
        && d.rule == "position/apposition"
        && let Some(m) = input.mention_starting_at(d.end + 2)
        && input.slice(d.end, m.span.start) == ", "
        && let Some(e) = m.entity.filter(|&e| is_post_holder(input.class(e)))
    {
        let rest = input.slice(m.span.end, d.sentence.span.end);
        let next_listed = rest.strip_prefix(", ").is_some_and(|r| {
            input
                .mention_starting_at(m.span.end + 2)
                .is_some_and(|n| n.entity.is_some_and(|x| input.class(x) == input.class(e)))
                || r.starts_with("and ")
                    && input
                        .mention_starting_at(m.span.end + 6)
                        .is_some_and(|n| n.entity.is_some_and(|x| input.class(x) == input.class(e)))
        });
        if rest.starts_with([',', '.', ';']) && !next_listed {
            d.of = Some(e);
        }
    }
    // "will serve as economy minister in Croatia's new cabinet": the
    // country whose government a minister's post is in
    static IN_GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:’s|'s) (?:(?:new|next|incoming|outgoing|coalition|caretaker|interim) )?(?:[Cc]abinet|[Gg]overnment)(?-u:\b)")
            .expect("valid regex")
    });
    if d.person.is_some()
        && d.of.is_none()
        && national_post(&d.title)
        && let Some(m) = input.items(t.sentence).find(|m| {
            m.span.start >= t.span.end
                && matches!(input.slice(t.span.end, m.span.start), " in " | " in the ")
        })
        && let Some(c) = m.entity.filter(|&c| input.class(c) == Class::Country)
        && IN_GOVERNMENT.is_match(input.slice(m.span.end, d.sentence.span.end))
    {
        d.of = Some(c);
    }
}

/// Owners the sentence gives otherwise: a roster line's country ("Angola:
/// H.E. President X"), the company the clause names before a business post.
fn owner_fallbacks<'i>(input: &'i Input<'_>, d: &mut Draft<'i>) {
    let gaz = gazetteer();
    let (t, sentence) = (d.t, d.sentence);
    // "Angola: H.E. President X": a roster line names the post's country first
    if d.of.is_none()
        && let Some(cm) = input.items(t.sentence).next()
        && matches!(cm.kind, MentionKind::Country(_))
        && cm.span.start == sentence.span.start
        && input.slice(cm.span.end, t.span.start).starts_with(':')
        && input
            .slice(cm.span.end, t.span.start)
            .split_whitespace()
            .count()
            <= 2
    {
        d.of = cm.entity;
    }
    // "her Italian counterpart X, Deputy Prime Minister and Minister of
    // Foreign Affairs", "Japan's Y, the economy minister": a national post
    // apposed to a name is of the country the name is given by
    if d.of.is_none()
        && d.rule == "position/apposition"
        && national_kind(gaz.titles[t.title].kind.as_str())
        && let Some(holder) = input
            .items(t.sentence)
            .rfind(|m| m.span.end <= t.span.start && m.entity == d.person)
    {
        let before = input.slice(sentence.span.start, holder.span.start);
        let before = before.strip_suffix("counterpart ").map_or(before, |b| {
            b.strip_suffix("newly appointed ")
                .or_else(|| b.strip_suffix("new "))
                .unwrap_or(b)
        });
        let end = sentence.span.start
            + ["’s ", "'s ", " "]
                .iter()
                .find_map(|p| before.strip_suffix(p))
                .map_or(0, str::len);
        if end > sentence.span.start
            && let Some(m) = input.mention_ending_at(end)
            && matches!(m.kind, MentionKind::Country(_) | MentionKind::Demonym(_))
            && m.entity.is_some_and(|e| input.class(e) == Class::Country)
        {
            d.of = m.entity;
        }
    }
    // "Kenyan Prime Minister X is attending on behalf of President Y": the
    // one represented holds a post of the representative's country (the one
    // country the sentence names before "on behalf of")
    if d.of.is_none()
        && national_kind(gaz.titles[t.title].kind.as_str())
        && let Some(at) = [
            "on behalf of ",
            "on behalf of the ",
            "on behalf of his ",
            "on behalf of her ",
        ]
        .iter()
        .find_map(|p| {
            input
                .slice(sentence.span.start, d.head_start)
                .strip_suffix(p)
                .map(str::len)
        })
    {
        let mut countries = input
            .items(t.sentence)
            .filter(|m| m.span.end <= sentence.span.start + at)
            .filter_map(|m| m.entity)
            .filter(|&e| input.class(e) == Class::Country);
        if let Some(c) = countries.next()
            && countries.all(|o| o == c)
        {
            d.of = Some(c);
        }
    }
    // "at the BOJ's offices, Governor X said": a governor's post is the
    // central bank's the sentence names before it (one only; not "Governor
    // X of Texas met bankers at the Federal Reserve")
    if d.of.is_none() && matches!(d.title.as_str(), "Governor" | "Deputy Governor") {
        let mut banks = input
            .items(t.sentence)
            .filter(|m| m.span.end <= t.span.start)
            .filter_map(|m| m.entity)
            .filter(|&e| input.entities.list[e].org_kind.as_deref() == Some("central-bank"));
        if let Some(b) = banks.next()
            && banks.all(|o| o == b)
        {
            d.of = Some(b);
        }
    }
    // "US Trade Representative X", "EU foreign policy chief X": a title
    // whose alias names its owner at its start (not a name the title's own
    // words make: "Foreign Policy" in "Foreign Policy Chief")
    if d.of.is_none()
        && d.of_after.is_none()
        && let Some(om) = input
            .items(t.sentence)
            .find(|m| m.span.start == t.span.start && m.span.end < t.span.end)
        && !gaz.titles[t.title]
            .title
            .to_lowercase()
            .starts_with(&om.span.of(input.text).to_lowercase())
        && let Some(oe) = om.entity
        && matches!(input.class(oe), Class::Country | Class::Organization)
    {
        d.of = Some(oe);
    }
    // "Nissan plans to appoint CEO X": a company or board post belongs to
    // the organization the clause names before it, with no one between
    if d.of.is_none()
        && d.of_after.is_none()
        && matches!(gaz.titles[t.title].kind.as_str(), "business" | "org-leader")
        && let Some((oe, oend)) = input
            .items(t.sentence)
            .filter(|m| m.span.end <= t.span.start)
            .filter_map(|m| Some((m.entity?, m.span.end)))
            .rfind(|&(e, _)| input.class(e) != Class::City)
        && input.class(oe) == Class::Organization
        && !input
            .slice(oend, t.span.start)
            .contains([',', ';', '“', '"'])
        && input.slice(oend, t.span.start).split_whitespace().count() <= 8
    {
        // ("Labour parliamentary group leader": the post of a part of the
        // body, named by the words before the title, is a post in the body
        // that leads no body)
        let between: Vec<&str> = input.slice(oend, t.span.start).split_whitespace().collect();
        if !between
            .iter()
            .any(|w| crate::lexicon::SUB_BODY_NOUNS.contains(w))
        {
            d.of = Some(oe);
        } else if between
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        {
            let part: Vec<String> = between.iter().map(|w| capitalized(w)).collect();
            d.title = format!("{} {}", part.join(" "), d.title);
            d.of = Some(oe);
        }
    }
}

/// The posts read from a draft: its holder's (and, for a plural title, a
/// list's), with the qualifier the text gives or that leaving the post makes
/// ("former"), the owner found before or after, or tagged after the name.
fn emit<'i>(
    input: &'i Input<'_>,
    d: Draft<'i>,
    qualifier: Option<String>,
    pre: &str,
    joints: &mut Joints,
    out: &mut Vec<PositionFact>,
) {
    let t = d.t;
    let plural = is_plural(input, &d);
    // (a plural title reads only the names right after it, or apposed to
    // it: "Chile's two deputy ministers, A and B")
    // (apposed, only with the owner known: "the respective foreign
    // ministers, A and B" are each of their own country, unnamed)
    let listed = d.skip == 1
        || (d.skip == 2 && d.of.is_some() && people_after(input, t.sentence, d.end + 2).len() >= 2);
    if plural && (!listed || d.rule != "position/title-before-name") {
        return;
    }
    let ended = left_the_post(input, &d, pre);
    let qualifier = if ended && qualifier.is_none() {
        Some("former".to_string())
    } else {
        qualifier
    };
    let tag = d.person_end.and_then(|e| country_tag(input, t.sentence, e));
    let of = d.of.or(d.of_after).or(tag.map(|(c, _)| c));
    if let Some(at) = d.joint_with {
        joints.owners.push((at, of));
    }
    // "appointed X as its managing director and CEO": the second post
    // is X's too
    let (person, of, rule, qualifier) = match d.person {
        Some(p) => {
            if d.joint_with.is_none()
                && let Some(t2) = joined_title(input, t, d.end)
                && person_right_after(input, t2.span.end).is_none()
            {
                joints
                    .holders
                    .push((t2.span.start, p, of, qualifier.clone()));
            }
            (Some(p), of, d.rule, qualifier)
        }
        None => match joints.holders.iter().find(|(at, ..)| *at == t.span.start) {
            Some((_, p, owner, q)) => (
                Some(*p),
                of.or(*owner),
                "position/joint-title",
                qualifier.or(q.clone()),
            ),
            None => (None, of, d.rule, qualifier),
        },
    };
    let found = Found {
        person,
        of,
        rule,
        qualifier,
        plural,
        tag: tag.map(|(_, end)| end),
    };
    push_posts(input, &d, found, out);
}

/// A plural title ("leaders", "Presidents") holds only the names right after
/// it (regression: "Minister of Foreign Affairs X and Y", a singular form
/// ending in "s", gave Y the post too).
fn is_plural(input: &Input<'_>, d: &Draft<'_>) -> bool {
    let gaz = gazetteer();
    let t = d.t;
    let said = t.span.of(input.text);
    let named = &gaz.titles[t.title];
    said.ends_with(['s', 'n'])
        && !d.title.ends_with(['s', 'n'])
        && !std::iter::once(&named.title)
            .chain(&named.aliases)
            .any(|n| n.eq_ignore_ascii_case(said))
}

/// Whether the sentence says the holder left the post: "CEO X stepped
/// down", "replaced CEO X", or a post "served as" before.
fn left_the_post(input: &Input<'_>, d: &Draft<'_>, pre: &str) -> bool {
    // "CEO X stepped down", "replaced CEO X": a post the sentence ends
    static LEFT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,?(?: (?:has|had|was|have|also|abruptly|suddenly))* (?:stepped down|steps down|resigned|resigns|quit|quits|was ousted|was fired|was dismissed|was sacked|was removed|left (?:the |his |her |their )?(?:post|office|government|cabinet|job|role|position|presidency|ministry|party|company|board|bank)|retired)(?-u:\b)").expect("valid regex")
    });
    d.held_before
        || d.person_end
            .is_some_and(|e| LEFT_AFTER.is_match(input.slice(e, d.sentence.span.end)))
        || [
            "replaced",
            "succeeds",
            "succeeded",
            "replacing",
            "ousted",
            "dismissed",
            "fired",
        ]
        .iter()
        .any(|v| pre.ends_with(v))
}

/// What a draft comes to: the holder, owner, rule and qualifier of its post,
/// whether its title is plural, and where a country tag after the name ends.
struct Found {
    person: Option<usize>,
    of: Option<usize>,
    rule: &'static str,
    qualifier: Option<String>,
    plural: bool,
    tag: Option<usize>,
}

/// The posts a draft gives: its holder's, or for a plural title the names
/// bracketed or listed after it, each with its country tag.
fn push_posts(input: &Input<'_>, d: &Draft<'_>, found: Found, out: &mut Vec<PositionFact>) {
    let gaz = gazetteer();
    let t = d.t;
    let Found {
        person,
        of,
        rule,
        qualifier,
        plural,
        tag,
    } = found;
    let post = |person, of, rule| PositionFact {
        person,
        title: d.title.clone(),
        of,
        qualifier: qualifier.clone(),
        evidence: Evidence {
            sentence: t.sentence,
            rule,
        },
    };
    // "led by six executive vice-presidents (Estonia's A, Italy's B and
    // Spain's C)": a plural title over a bracketed list of names
    if plural && person.is_none() && d.after.starts_with(" (") {
        let of = of.or_else(|| {
            input
                .items(t.sentence)
                .filter(|m| m.span.end <= t.span.start)
                .filter_map(|m| m.entity)
                .rfind(|&e| input.class(e) == Class::Organization)
        });
        for p in bracket_people(input, t.sentence, d.end + 2) {
            out.push(post(p, of, "position/plural-title-list"));
        }
        return;
    }
    // "the foreign ministers of Nepal (A), Laos (B) and Chile (C)": a
    // plural title over countries, each with its holder in brackets
    if plural && person.is_none() && d.after.starts_with(" of ") {
        let from = d.end + " of ".len();
        for (p, c) in bracketed_holders(input, from, d.sentence.span.end) {
            out.push(post(p, Some(c), "position/plural-title-of-countries"));
        }
        // "Presidents of Panama and Costa Rica A and B": as many names as
        // countries, in the same order
        for (p, c) in respective_holders(input, from, d.sentence.span.end) {
            out.push(post(p, Some(c), "position/plural-title-of-countries"));
        }
        return;
    }
    let Some(person) = person else { return };
    if input.class(person) != Class::Person {
        return;
    }
    // "Prince Faisal": a royal address without a realm is no post
    if gaz.titles[t.title].kind == "royal" && of.is_none() && d.title.split(' ').count() == 1 {
        return;
    }
    out.push(post(person, of, rule));
    // "Presidents A (Ghana), B (Togo) and C (Benin)": a plural title
    // gives each name of the list its post, of the country it is tagged with
    if plural && let Some(mut pos) = tag.or(d.person_end) {
        while let Some(sep) = [", and ", ", ", " and "]
            .iter()
            .find(|sep| input.slice(pos, d.sentence.span.end).starts_with(**sep))
            && let Some(m) = input.mention_starting_at(pos + sep.len())
            && m.kind == MentionKind::Person
            && let Some(p) = m.entity
        {
            // (each of the country it is tagged with, else of the owner
            // before the title: "Chile's deputy ministers, A and B")
            let tag = country_tag(input, t.sentence, m.span.end);
            out.push(post(p, tag.map(|(c, _)| c).or(d.of), rule));
            pos = tag.map_or(m.span.end, |(_, end)| end);
        }
    }
}

/// The people bracketed after the countries of a list that starts at
/// `pos`: "Nepal (A), Laos (B) and Chile (C)", each with their country.
fn bracketed_holders(input: &Input<'_>, mut pos: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while let Some(cm) = input.mention_starting_at(pos)
        && let Some(c) = cm.entity.filter(|&c| input.class(c) == Class::Country)
        && input.slice(cm.span.end, end).starts_with(" (")
        && let Some(m) = input.mention_starting_at(cm.span.end + 2)
        && m.kind == MentionKind::Person
        && let Some(p) = m.entity
        // (its bracket closed right after the name, or left open before
        // the next country: "Uzbekistan (A, Kazakhstan (B)")
        && (input.slice(m.span.end, end).starts_with([')', ','])
            || input.slice(m.span.end, end).starts_with(" and "))
    {
        out.push((p, c));
        pos = m.span.end + usize::from(input.slice(m.span.end, end).starts_with(')'));
        let Some(sep) = [", and ", ", ", " and "]
            .iter()
            .find(|sep| input.slice(pos, end).starts_with(**sep))
        else {
            break;
        };
        pos += sep.len();
    }
    out
}

/// "Panama and Costa Rica A and B" from `pos`: two lists of the same
/// length, countries then people, each person with the country in the
/// same place.
fn respective_holders(input: &Input<'_>, pos: usize, end: usize) -> Vec<(usize, usize)> {
    const SEPARATORS: [&str; 3] = [", and ", ", ", " and "];
    // a list of entities of one class from `at`, and where it ends
    let list = |mut at: usize, class: Class| {
        let mut got = Vec::new();
        while let Some(m) = input.mention_starting_at(at)
            && let Some(e) = m.entity.filter(|&e| input.class(e) == class)
        {
            got.push(e);
            at = m.span.end;
            match SEPARATORS
                .iter()
                .find(|s| input.slice(at, end).starts_with(**s))
            {
                Some(s)
                    if input
                        .mention_starting_at(at + s.len())
                        .is_some_and(|n| n.entity.is_some_and(|x| input.class(x) == class)) =>
                {
                    at += s.len();
                }
                _ => break,
            }
        }
        (got, at)
    };
    let (countries, at) = list(pos, Class::Country);
    if countries.len() < 2 || !input.slice(at, end).starts_with(' ') {
        return Vec::new();
    }
    let (people, _) = list(at + 1, Class::Person);
    if people.len() != countries.len() {
        return Vec::new();
    }
    people.into_iter().zip(countries).collect()
}

/// Whether the text before a title ends with an aide's noun and the post
/// they serve: "adviser to the", "spokesman for the".
fn serves_the_post(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    matches!(words.next(), Some("the" | "The"))
        && matches!(words.next(), Some("to" | "for" | "of"))
        && words
            .next()
            .is_some_and(|w| AIDE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// The title joined to `t` by "and" ("Prime Minister and Foreign Minister"),
/// `end` being where `t` ends.
fn joined_title<'i>(
    input: &'i Input<'_>,
    t: &TitleMention,
    end: usize,
) -> Option<&'i TitleMention> {
    if !input
        .slice(end, input.sentences[t.sentence].span.end)
        .starts_with(" and ")
    {
        return None;
    }
    input
        .titles_in(t.sentence)
        .iter()
        .find(|t2| t2.span.start == end + " and ".len())
}

/// The person named right after a title that ends at `end`, past an
/// honorific or a royal address ("Minister of Foreign Affairs Sheikh X").
fn person_right_after<'i>(input: &'i Input<'_>, end: usize) -> Option<&'i Item> {
    let sentence_end = input
        .sentences
        .iter()
        .find(|s| s.span.start <= end && end <= s.span.end)?
        .span
        .end;
    let rest = input.slice(end, sentence_end).strip_prefix(' ')?;
    let honorific = honorific_len(rest);
    input
        .mention_starting_at(end + 1 + honorific)
        .filter(|m| m.kind == MentionKind::Person)
}

/// "X will lead the ministry of justice", "Y will again head the foreign
/// ministry", "Z keeps the defence portfolio": the minister of that
/// portfolio (the title the table gives it, else "Portfolio Minister").
pub(super) fn ministry_heads(input: &Input<'_>) -> Vec<PositionFact> {
    static HEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:will (?:again |also )?|to )?(?:lead|leads|led|head|heads|headed|run|runs|take over|takes over|took over|keep|keeps|kept|retain|retains|retained)(?: the)? (?:(?:[Mm]inistry|[Pp]ortfolio) (?:of|for) (?:the )?([A-Za-z]+(?: [Aa]ffairs)?)|([A-Za-z]+(?: [Aa]ffairs)?) (?:[Mm]inistry|[Pp]ortfolio))(?-u:\b)")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        // (the capturing search only where its words are)
        if !(st.contains("inistry") || st.contains("ortfolio")) {
            continue;
        }
        for c in HEADS.captures_iter(st) {
            let (Some(whole), Some(field)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
                continue;
            };
            let field = field.as_str();
            let Some(first) = field.chars().next() else {
                continue;
            };
            let field = format!("{}{}", first.to_uppercase(), &field[first.len_utf8()..]);
            let head = field.split(' ').next().unwrap_or_default();
            if !crate::lexicon::PORTFOLIO_WORDS.contains(&head) {
                continue;
            }
            // the table's title for the portfolio ("Foreign Minister" for
            // "foreign", "Interior Minister" for "Ministry of Home Affairs")
            let named = |form: String| {
                gaz.find_titles(&form)
                    .into_iter()
                    .find(|h| h.start == 0 && h.end == form.len())
                    .map(|h| gaz.titles[h.title].title.clone())
            };
            let title = named(format!("Minister of {field}"))
                .or_else(|| named(format!("{field} Minister")))
                .unwrap_or_else(|| format!("{field} Minister"));
            let verb = s.span.start + whole.start();
            // the subject, right before ("X, 56, will lead ...") or before
            // an apposition ("X, former ombudsperson, will lead", "X, who
            // once served as ..., will again head")
            let Some(m) = input
                .items(si)
                .rfind(|m| m.span.end <= verb && m.kind == MentionKind::Person)
                .filter(|m| {
                    let gap = input.slice(m.span.end, verb).trim();
                    let near = gap
                        .split_whitespace()
                        .filter(|w| !w.trim_matches(',').bytes().all(|b| b.is_ascii_digit()))
                        .count()
                        <= 1;
                    near || (gap.starts_with(',') && gap.ends_with(','))
                })
            else {
                continue;
            };
            let Some(person) = m.entity else {
                continue;
            };
            if input.hedged(m.span.end, verb) {
                continue;
            }
            out.push(PositionFact {
                person,
                title,
                of: None,
                qualifier: None,
                evidence: Evidence {
                    sentence: si,
                    rule: "position/heads-ministry",
                },
            });
        }
    }
    out
}

/// "Sisi held talks with his Kenyan counterpart Uhuru Kenyatta": the person
/// named after "his|her DEMONYM counterpart" (or "counterpart from COUNTRY,")
/// holds, in that country, the post the one "his" stands for holds in their
/// own (the nearest person named before it in the sentence, with a post of a
/// country the article states).
pub(super) fn counterparts(input: &Input<'_>, known: &[PositionFact]) -> Vec<PositionFact> {
    static COUNTERPART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:his|her) (?:(?:newly appointed|new) )?(?:[A-Z][a-z]+(?: [A-Z][a-z]+)* )?counterpart(?:,? from (?:the )?[A-Z][A-Za-z ]+?,)? ")
            .expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        if !st.contains("counterpart") {
            continue;
        }
        for c in COUNTERPART.find_iter(st) {
            let (start, end) = (s.span.start + c.start(), s.span.start + c.end());
            // the country: the demonym or "from COUNTRY" inside the phrase
            let Some(country) = input
                .items(si)
                .filter(|m| m.span.start >= start && m.span.end <= end)
                .filter_map(|m| m.entity)
                .find(|&e| input.class(e) == Class::Country)
            else {
                continue;
            };
            let Some(m) = input.mention_starting_at(end) else {
                continue;
            };
            let Some(person) = m.entity.filter(|&p| input.class(p) == Class::Person) else {
                continue;
            };
            // (not where the sentence gives the counterpart's own post: "her
            // Italian counterpart X, Deputy Prime Minister and ...")
            if known
                .iter()
                .any(|p| p.person == person && p.evidence.sentence == si)
            {
                continue;
            }
            // whom "his" stands for: the nearest person named before it
            let Some(antecedent) = input
                .items(si)
                .filter(|a| a.span.end <= start && a.kind == MentionKind::Person)
                .filter_map(|a| a.entity)
                .rfind(|&a| a != person)
            else {
                continue;
            };
            // (a post of the antecedent's country; else the one post the
            // article gives them without an owner: "Foreign Minister X met
            // his Peruvian counterpart Y")
            let current = |p: &&PositionFact| p.person == antecedent && p.qualifier.is_none();
            let unowned: Vec<&PositionFact> = known
                .iter()
                .filter(current)
                .filter(|p| p.of.is_none())
                .collect();
            let Some(post) = known
                .iter()
                .filter(current)
                .find(|p| {
                    p.of.is_some_and(|o| input.class(o) == Class::Country && o != country)
                })
                .or_else(|| {
                    let titles: BTreeSet<&str> = unowned.iter().map(|p| p.title.as_str()).collect();
                    (titles.len() == 1).then(|| unowned[0])
                })
            else {
                continue;
            };
            out.push(PositionFact {
                person,
                title: post.title.clone(),
                of: Some(country),
                qualifier: None,
                evidence: Evidence {
                    sentence: si,
                    rule: "position/counterpart",
                },
            });
        }
    }
    out
}

/// "Putin met President Khurelsukh as part of a visit to Mongolia": a
/// "X will be replaced as governor by Y", "X was succeeded as chief
/// executive of Z by Y": the post is X's until then, and Y's after. Its
/// owner: after "of", else that of X's post of that title in `known`;
/// nothing without one.
pub(super) fn successions(input: &Input<'_>, known: &[PositionFact]) -> Vec<PositionFact> {
    static REPLACED_AS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:will be|would be|is to be|was|has been|is being) (?:replaced|succeeded) as (?:the )?$")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        for t in input.titles_in(si) {
            let Some(v) = REPLACED_AS.find(input.slice(s.span.start, t.span.start)) else {
                continue;
            };
            let verb = s.span.start + v.start();
            // ("Browne, will be succeeded": a comma may stand between)
            let lead = input.slice(s.span.start, verb);
            let subject_end = verb - (lead.len() - lead.trim_end().trim_end_matches(',').len());
            let before = input
                .mention_ending_at(subject_end)
                .filter(|m| m.kind == MentionKind::Person)
                .and_then(|m| m.entity);
            // the owner ("as governor of the central bank"), then "by Y"
            let mut end = t.span.end;
            let mut of = None;
            let rest = input.slice(end, s.span.end);
            if let Some(r) = rest.strip_prefix(" of ") {
                let r = r.strip_prefix("the ").unwrap_or(r);
                if let Some(om) = input.mention_starting_at(end + (rest.len() - r.len()))
                    && let Some(oe) = om.entity.filter(|&e| is_post_holder(input.class(e)))
                {
                    of = Some(oe);
                    end = om.span.end;
                }
            }
            let after = input
                .slice(end, s.span.end)
                .strip_prefix(" by ")
                .and_then(|_| input.mention_starting_at(end + " by ".len()))
                .filter(|m| m.kind == MentionKind::Person)
                .and_then(|m| m.entity);
            let title = &gaz.titles[t.title].title;
            let of = of.or_else(|| {
                known
                    .iter()
                    .find(|p| Some(p.person) == before && &p.title == title && p.of.is_some())
                    .and_then(|p| p.of)
            });
            if after.is_none() || of.is_none() || input.hedged(s.span.start, t.span.start) {
                continue;
            }
            for person in [before, after].into_iter().flatten() {
                out.push(PositionFact {
                    person,
                    title: title.clone(),
                    of,
                    qualifier: None,
                    evidence: Evidence {
                        sentence: si,
                        rule: "position/succession",
                    },
                });
            }
        }
    }
    out
}

/// national post with no owner, in a sentence that reports someone's visit
/// to a country, is that country's when another person of the sentence holds
/// a post of another country (the visitor; the host holds the post).
pub(super) fn visit_hosts(input: &Input<'_>, posts: &mut [PositionFact]) {
    static VISIT_TO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:visit|visits|trip|tour|state visit|official visit) to (?:the )?$")
            .expect("valid regex")
    });
    let owners: Vec<(usize, usize, Option<usize>)> = posts
        .iter()
        .map(|p| (p.evidence.sentence, p.person, p.of))
        .collect();
    // (the sentence's words first: the title lookup reads the table)
    let visit_words = |s: &str| s.contains("visit") || s.contains("trip") || s.contains("tour");
    for p in posts.iter_mut().filter(|p| {
        p.of.is_none()
            && visit_words(input.sentences[p.evidence.sentence].span.of(input.text))
            && national_post(&p.title)
    }) {
        let si = p.evidence.sentence;
        let s = &input.sentences[si];
        let Some(host) = input
            .items(si)
            .filter(|m| matches!(m.kind, MentionKind::Country(_)))
            .find(|m| VISIT_TO.is_match(input.slice(s.span.start, m.span.start)))
            .and_then(|m| m.entity)
        else {
            continue;
        };
        let visitor = owners.iter().any(|&(os, person, of)| {
            os == si
                && person != p.person
                && of.is_some_and(|o| o != host && input.class(o) == Class::Country)
        });
        if visitor {
            p.of = Some(host);
            p.evidence.rule = "position/visit-host";
        }
    }
}

/// Whether `title` is a country's post: a head of state's or government's,
/// or a minister's (the table's, or a portfolio's: "Tourism Minister",
/// "Finance Secretary").
fn national_post(title: &str) -> bool {
    national_title(title)
        || title.strip_suffix(" Minister").is_some_and(|p| {
            p.split(' ')
                .all(|w| crate::lexicon::PORTFOLIO_WORDS.contains(&w) || w == "and")
        })
        || title
            .strip_suffix(" Secretary")
            .is_some_and(|p| crate::lexicon::PORTFOLIO_WORDS.contains(&p))
}

/// "... newly elected African leaders made remarks. Among them were A of
/// Liberia, B of Senegal and C (Ghana)": the plural title of the sentence
/// before is the post of each person the list tags with a country.
pub(super) fn group_lists(input: &Input<'_>) -> Vec<PositionFact> {
    static AMONG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Among them (?:were|are|was|is)|Among those (?:present )?(?:were|are)|They (?:included|include)|These (?:included|include)|Those (?:included|include)) ")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate().skip(1) {
        let Some(a) = AMONG.find(s.span.of(input.text)) else {
            continue;
        };
        // the group: the last plural title of the sentence before
        let Some(group) = input.titles_in(si - 1).iter().rfind(|t| {
            let said = t.span.of(input.text);
            said.ends_with('s') && !gaz.titles[t.title].title.ends_with('s')
        }) else {
            continue;
        };
        let title = &gaz.titles[group.title].title;
        let mut pos = s.span.start + a.end();
        // the next name of the list (an unknown word of the name before it
        // is passed over: "Duma Gideon Boko")
        let next_person = |pos: usize| {
            input
                .items(si)
                .find(|m| m.span.start >= pos && m.kind == MentionKind::Person)
                .filter(|m| {
                    let gap = input.slice(pos, m.span.start);
                    m.kind == MentionKind::Person
                        && gap.split_whitespace().count() <= 1
                        && !gap.contains(',')
                        && gap.chars().next().is_none_or(char::is_uppercase)
                })
        };
        while let Some(m) = next_person(pos)
            && let Some(p) = m.entity
        {
            let tag = country_tag(input, si, m.span.end);
            if let Some((c, _)) = tag {
                out.push(PositionFact {
                    person: p,
                    title: title.clone(),
                    of: Some(c),
                    qualifier: None,
                    evidence: Evidence {
                        sentence: si,
                        rule: "position/group-list",
                    },
                });
            }
            let end = tag.map_or(m.span.end, |(_, e)| e);
            let rest = input.slice(end, s.span.end);
            match [", and ", ", ", " and "]
                .iter()
                .find(|sep| rest.starts_with(**sep))
            {
                Some(sep) => pos = end + sep.len(),
                None => break,
            }
        }
    }
    out
}

/// The country a name is tagged with right after it, and where the tag ends:
/// "Umaro Embalo (Guinea-Bissau)", "Luis Tavares of Cabo Verde".
pub(super) fn country_tag(
    input: &Input<'_>,
    sentence: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let after = input.slice(end, input.sentences[sentence].span.end);
    let (skip, close) = crate::mentions::country_tag_opening(after)?;
    let m = input.mention_starting_at(end + skip)?;
    let c = m.entity.filter(|&c| input.class(c) == Class::Country)?;
    input
        .slice(m.span.end, input.sentences[sentence].span.end)
        .starts_with(close)
        .then_some((c, m.span.end + close.len()))
}

/// The people of a bracketed list that starts at `start`, each name maybe
/// after its country's possessive: "(Estonia's A, Italy's B and Spain's C)".
pub(super) fn bracket_people(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = start;
    let end = input.sentences[sentence].span.end;
    loop {
        let mut at = pos;
        if let Some(c) = input.mention_starting_at(at)
            && matches!(c.kind, MentionKind::Country(_))
            && let rest = input.slice(c.span.end, end)
            && let Some(p) = ["’s ", "'s "].iter().find(|p| rest.starts_with(**p))
        {
            at = c.span.end + p.len();
        }
        let Some(m) = input
            .mention_starting_at(at)
            .filter(|m| m.kind == MentionKind::Person)
        else {
            break;
        };
        let Some(p) = m.entity else { break };
        out.push(p);
        let rest = input.slice(m.span.end, end);
        match [", and ", ", ", " and "]
            .iter()
            .find(|sep| rest.starts_with(**sep))
        {
            Some(sep) => pos = m.span.end + sep.len(),
            None => break,
        }
    }
    out
}

/// The ordinal words a post's holder is counted by ("Austria's ninth
/// president"), as a regex alternation.
const ORDINALS: &str = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";

/// An ordinal word or number: "ninth", "21st".
/// A post of a country's government: a head of state's or government's, a minister's.
fn national_kind(kind: &str) -> bool {
    matches!(kind, "head-of-state" | "head-of-government" | "minister")
}

/// Whether canonical title `title` is one of the table's posts of a
/// country's government ([`national_kind`]).
fn national_title(title: &str) -> bool {
    gazetteer()
        .titles
        .iter()
        .any(|t| t.title == title && national_kind(&t.kind))
}

fn is_ordinal(word: &str) -> bool {
    ORDINALS.split('|').any(|o| o == word)
        || (word.len() > 2
            && word.is_ascii()
            && word[..word.len() - 2].bytes().all(|b| b.is_ascii_digit())
            && matches!(&word[word.len() - 2..], "st" | "nd" | "rd" | "th"))
}

/// "X was appointed Deputy Governor of the Reserve Bank ... former Deputy
/// Governor Y": a post of an organization (no country's government post)
/// named without its owner is of the one organization the article gives
/// that title of, unless its sentence names another organization or a
/// country.
pub(super) fn owners_of_the_title(input: &Input<'_>, posts: &mut [PositionFact]) {
    let owners: Vec<(String, usize)> = posts
        .iter()
        .filter_map(|p| Some((p.title.clone(), p.of?)))
        .filter(|&(_, o)| input.class(o) == Class::Organization)
        .collect();
    for p in posts.iter_mut().filter(|p| p.of.is_none()) {
        if national_title(&p.title) {
            continue;
        }
        let mut of = owners
            .iter()
            .filter(|(t, _)| *t == p.title)
            .map(|&(_, o)| o);
        let Some(owner) = of.next() else {
            continue;
        };
        // (nor beside a country: "Sudan's paramilitary chief X")
        let other_body = input.items(p.evidence.sentence).any(|m| {
            m.entity.is_some_and(|e| {
                e != owner && matches!(input.class(e), Class::Organization | Class::Country)
            })
        });
        if of.all(|o| o == owner) && !other_body {
            p.of = Some(owner);
            p.evidence.rule = "position/owner-of-the-title";
        }
    }
}

/// "Milei sent his foreign minister, Diana Mondino", "Ebrard, formerly
/// Lopez Obrador's foreign minister": a national post named after a
/// person's possessive is of the country that person holds a post of (the
/// article's one country for their current posts), "his" and "her" being
/// the nearest other person named before it in the sentence.
pub(super) fn possessors_posts(input: &Input<'_>, posts: &mut [PositionFact]) {
    let gaz = gazetteer();
    for t in &input.mentions.titles {
        let title = &gaz.titles[t.title];
        if !national_kind(&title.kind) {
            continue;
        }
        let sentence = &input.sentences[t.sentence];
        let before = input.slice(sentence.span.start, t.span.start);
        let holders: Vec<usize> = posts
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.of.is_none() && p.evidence.sentence == t.sentence && p.title == title.title
            })
            .map(|(i, _)| i)
            .collect();
        let [i] = holders[..] else {
            continue;
        };
        let holder = posts[i].person;
        let possessor = if before.ends_with(" his ") || before.ends_with(" her ") {
            input
                .items(t.sentence)
                .filter(|m| m.span.end <= t.span.start && m.kind == MentionKind::Person)
                .filter_map(|m| m.entity)
                .rfind(|&e| e != holder)
        } else {
            ["’s ", "'s "]
                .iter()
                .find_map(|p| before.strip_suffix(p))
                .and_then(|b| input.mention_ending_at(sentence.span.start + b.len()))
                .filter(|m| m.kind == MentionKind::Person)
                .and_then(|m| m.entity)
                .filter(|&e| e != holder)
        };
        let Some(possessor) = possessor else {
            continue;
        };
        let mut countries = posts
            .iter()
            .filter(|p| p.person == possessor && p.qualifier.is_none())
            .filter(|p| national_title(&p.title))
            .filter_map(|p| p.of)
            .filter(|&o| input.class(o) == Class::Country);
        if let Some(c) = countries.next()
            && countries.all(|o| o == c)
        {
            posts[i].of = Some(c);
            posts[i].evidence.rule = "position/possessor-s-country";
        }
    }
}

/// "Peru’s prime minister has claimed victory ... Prime Minister Rosa Quispe
/// told reporters": a national post named without its owner is the
/// country's that the article gave that title before, by a possessive or a
/// demonym and no name ("Peru’s prime minister", "the French president"),
/// when the article names no other holder of it and gives posts of no
/// other country.
pub(super) fn owners_named_before(input: &Input<'_>, posts: &mut [PositionFact]) {
    let gaz = gazetteer();
    // (title, owner, sentence) of each unnamed title with a country before
    let mut given: Vec<(&str, usize, usize)> = Vec::new();
    for t in &input.mentions.titles {
        let kind = gaz.titles[t.title].kind.as_str();
        if !national_kind(kind) || person_right_after(input, t.span.end).is_some() {
            continue;
        }
        let before = input.slice(input.sentences[t.sentence].span.start, t.span.start);
        let owner_end = ["’s ", "'s ", " "]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .map(|b| input.sentences[t.sentence].span.start + b.len());
        let Some(owner) = owner_end
            .and_then(|end| input.mention_ending_at(end))
            .filter(|m| matches!(m.kind, MentionKind::Country(_) | MentionKind::Demonym(_)))
            .and_then(|m| m.entity)
            .filter(|&e| input.class(e) == Class::Country)
        else {
            continue;
        };
        given.push((gaz.titles[t.title].title.as_str(), owner, t.sentence));
    }
    // (only in an article about one country's posts: where two countries'
    // posts are named, an unnamed one may be either's)
    let mut countries: Vec<usize> = given.iter().map(|&(_, owner, _)| owner).collect();
    countries.extend(
        posts
            .iter()
            .filter_map(|p| p.of)
            .filter(|&o| input.class(o) == Class::Country),
    );
    countries.sort_unstable();
    countries.dedup();
    if countries.len() != 1 {
        return;
    }
    let holders = |title: &str| {
        let mut people: Vec<usize> = posts
            .iter()
            .filter(|p| p.title == title)
            .map(|p| p.person)
            .collect();
        people.sort_unstable();
        people.dedup();
        people.len()
    };
    // (the owner-less posts whose title the article gives one person)
    let alone: Vec<bool> = posts
        .iter()
        .map(|p| p.of.is_none() && holders(&p.title) == 1)
        .collect();
    for (p, alone) in posts.iter_mut().zip(alone) {
        if !alone {
            continue;
        }
        let mut owners = given
            .iter()
            .filter(|(title, ..)| *title == p.title)
            .map(|&(_, owner, si)| (owner, si));
        let Some((owner, si)) = owners.next() else {
            continue;
        };
        if si <= p.evidence.sentence && owners.all(|(o, _)| o == owner) {
            p.of = Some(owner);
            p.evidence.rule = "position/owner-named-before";
        }
    }
}

/// "NAIROBI — Foreign Minister X said": a national post with no owner is
/// the article's own country's ([`Input::home_country`]). Not a visitor's
/// (someone who holds a post of another country), not in a sentence that
/// names another country (but as another's post's), not a title two people
/// hold with no owner or another holds of that country, and not a
/// president where the article names a body that may have one (a company,
/// a bank, an agency).
pub(super) fn home_posts(input: &Input<'_>, posts: &mut [PositionFact]) {
    // (a state's, province's or nation's of a union, or a university's)
    let national = |title: &str| {
        national_post(title)
            && !matches!(
                title,
                "Chief Minister" | "First Minister" | "Premier" | "Chancellor" | "Treasurer"
            )
    };
    if !posts.iter().any(|p| p.of.is_none() && national(&p.title)) {
        return;
    }
    let Some(home) = input.home_country() else {
        return;
    };
    let held: Vec<(usize, String, Option<usize>, usize)> = posts
        .iter()
        .map(|p| (p.person, p.title.clone(), p.of, p.evidence.sentence))
        .collect();
    // (a company, a bank, an agency or a body the table does not know may
    // have a president of its own)
    let bodies_with_presidents = input.entities.list.iter().any(|e| {
        e.class == Class::Organization
            && !matches!(
                e.org_kind.as_deref(),
                Some("government" | "court" | "military" | "news")
            )
    });
    for p in posts
        .iter_mut()
        .filter(|p| p.of.is_none() && national(&p.title))
    {
        let visitor = held.iter().any(|(person, _, of, _)| {
            *person == p.person && of.is_some_and(|o| o != home && input.class(o) == Class::Country)
        });
        let shared = held.iter().any(|(person, title, of, _)| {
            *person != p.person && *title == p.title && (of.is_none() || *of == Some(home))
        });
        // ("between Malaysia and the Philippines as Prime Minister X and
        // ...": another country the sentence names may be the post's, unless
        // it is another post's: "Secretary X met Mexican President Y")
        let si = p.evidence.sentence;
        let other_country = input.items(si).filter_map(|m| m.entity).any(|e| {
            e != home
                && input.class(e) == Class::Country
                && !held
                    .iter()
                    .any(|(person, _, of, s)| *s == si && *person != p.person && *of == Some(e))
        });
        // ("Real Madrid President X", "Saxony's Interior Minister Y",
        // "Visiting Prime Minister Z": a name before the title that is no
        // country's, or a visitor's word)
        let named_before = input
            .mentions
            .titles
            .iter()
            .filter(|t| t.sentence == si && gazetteer().titles[t.title].title == p.title)
            .any(|t| {
                let before = input
                    .slice(input.sentences[si].span.start, t.span.start)
                    .trim_end();
                let word = before.rsplit(' ').next().unwrap_or("");
                let word_start = input.sentences[si].span.start + before.len() - word.len();
                (word.starts_with(|c: char| c.is_uppercase()) || word == "visiting")
                    && !matches!(word, "The" | "A" | "An")
                    && !crate::lexicon::POST_QUALIFIERS.contains(&word.to_lowercase().as_str())
                    && !input.items(si).any(|m| {
                        m.span.end > word_start
                            && m.span.end <= t.span.start
                            && matches!(m.kind, MentionKind::Country(_) | MentionKind::Demonym(_))
                    })
            });
        let body_president = p.title.contains("President") && bodies_with_presidents;
        if !(visitor || shared || other_country || named_before || body_president) {
            p.of = Some(home);
            p.evidence.rule = "position/home-country";
        }
    }
}
