//! Posts: "British Prime Minister Keir Starmer", "Mark Rutte, NATO's secretary general".

use super::*;
use crate::lexicon::{AIDE_NOUNS, POST_QUALIFIERS};
use crate::mentions::TitleMention;

/// "... X as its new", "... X, as": a post named after an appointed person.
static AS_POST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",? (?:as|to serve as|to act as|to be|to become)(?: its| the| their| his| her)?(?: new| next| interim| acting)?$")
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
    Regex::new(r"(?-u:\b)(?:appointed|appoints|appoint|named|names|elected|elects|re-elected|reelected|re-elects|chose|chosen|chooses|choose|selected|selects|select|picked|picks|tapped|taps|nominated|nominates|installed|confirmed|confirms|promoted|sworn in)(?-u:\b)")
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
    // two words first: "Tan Sri X", "Datuk Seri X"
    if let Some((second, _)) = tail.split_once(' ')
        && crate::lexicon::HONORIFICS.contains(&format!("{word} {second}").as_str())
    {
        return word.len() + second.len() + 2;
    }
    let rank = ["Gen.", "General", "Sheikh", "Shaikh", "Sheik"].contains(&word);
    if rank || crate::lexicon::HONORIFICS.contains(&word) {
        word.len() + 1
    } else {
        0
    }
}

/// A field joined to a title before it: "Finance and" in "Finance and
/// Economy Minister" (a field word, not any capitalized word: "Minister X
/// and Foreign Minister Y" joins two posts).
static COMPOUND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)((?:Finance|Economy|Economic|Trade|Industry|Foreign|Defence|Defense|Interior|Justice|Health|Education|Labour|Labor|Energy|Environment|Agriculture|Transport|Culture|Communications|Development|Security|Commerce|Planning|Infrastructure|Tourism|Sport|Sports|Youth|Science|Technology|Housing|Water|Mines|Fisheries|Women|Social|Home|Digital|Investment|Employment) and )$").expect("valid regex")
});

/// "British Prime Minister Keir Starmer", "Mark Rutte, NATO's secretary general", ...
pub(super) fn positions(input: &Input<'_>) -> Vec<PositionFact> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    // "Foreign Minister Prince Faisal": a royal title right after an office is
    // part of the name's address, not the post
    let royal_right_after = |si: usize, end: usize| {
        input.titles_in(si).iter().find(|r| {
            r.span.start == end + 1
                && input.slice(end, r.span.start) == " "
                && gaz.titles[r.title].kind == "royal"
        })
    };
    let after_office = |si: usize, start: usize| {
        input.titles_in(si).iter().any(|o| {
            o.span.end + 1 == start
                && input.slice(o.span.end, start) == " "
                && gaz.titles[o.title].kind != "royal"
        })
    };
    // the owners of the first of two joined posts, by where the second starts
    let mut joint_owners: Vec<(usize, Option<usize>)> = Vec::new();
    // the holders of the first of two joined posts that no name follows
    // ("as its managing director and CEO"), by where the second starts
    let mut joint_holders: Vec<(usize, usize, Option<usize>, Option<String>)> = Vec::new();
    for t in &input.mentions.titles {
        if gaz.titles[t.title].kind == "royal" && after_office(t.sentence, t.span.start) {
            continue;
        }
        let mut title = gaz.titles[t.title].title.clone();
        let sentence = &input.sentences[t.sentence];
        // "a senior adviser to the President of Ghana, X": the post of the
        // one the aide serves, who is not named; X is the aide
        if serves_the_post(input.slice(sentence.span.start, t.span.start)) {
            continue;
        }
        let end = royal_right_after(t.sentence, t.span.end).map_or(t.span.end, |r| r.span.end);
        // "BP's head of exploration and production", "director of
        // communications": the post of a department, which the title alone
        // would give the whole organization
        // ("a professor of marine policy at the University of Tokyo" is the
        // university's: the field is followed by where the post is)
        if let Some(rest) = input.slice(end, sentence.span.end).strip_prefix(" of ")
            && rest.starts_with(|c: char| c.is_lowercase())
            && !["the ", "a ", "an ", "its ", "their ", "his ", "her "]
                .iter()
                .any(|a| rest.starts_with(a))
            && rest
                .split_whitespace()
                .find(|w| !w.starts_with(|c: char| c.is_lowercase()) || matches!(*w, "at" | "with"))
                .is_none_or(|w| !matches!(w, "at" | "with"))
        {
            continue;
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
        let skip = if copula {
            4
        } else if after.starts_with(", ") {
            2
        } else if after.starts_with(' ') {
            1
        } else {
            usize::MAX
        };
        let mut person = None;
        let mut person_end = None;
        let mut rule = "position/title-before-name";
        let mut held_before = false;
        // "Prime Minister Dr. Abiy Ahmed": an honorific between title and name
        let honorific = after.get(skip.min(after.len())..).map_or(0, honorific_len);
        if skip != usize::MAX
            && let Some(m) = input.mention_starting_at(end + skip + honorific)
            && m.kind == MentionKind::Person
        {
            person = input.entity_of(m);
            person_end = Some(m.span.end);
        }
        // "Kenya's Prime Minister and Foreign Minister X": two posts joined
        // before one name are both the name's (not after "the", where "the
        // Prime Minister and Foreign Minister X" may be two people)
        let mut joint_with = None;
        if person.is_none()
            && let Some(t2) = joined_title(input, t, end)
            && !input
                .slice(sentence.span.start, t.span.start)
                .to_lowercase()
                .ends_with("the ")
            && let Some(m) = person_right_after(input, t2.span.end)
        {
            person = input.entity_of(m);
            person_end = Some(m.span.end);
            rule = "position/joint-title";
            joint_with = Some(t2.span.start);
        }
        // "US Ambassador to Mexico Ken Salazar": the post's place, then the name
        if person.is_none()
            && let Some(r) = after.strip_prefix(" to ")
            && let Some(cm) = input.mention_starting_at(end + 4)
            && matches!(cm.kind, MentionKind::Country(_) | MentionKind::City(_))
            && input.slice(cm.span.end, sentence.span.end).starts_with(' ')
            && let Some(m) = input.mention_starting_at(cm.span.end + 1)
            && m.kind == MentionKind::Person
        {
            title = format!("{title} to {}", &r[..cm.span.end - end - 4]);
            person = input.entity_of(m);
            person_end = Some(m.span.end);
            rule = "position/title-to-place-name";
        }
        // "the AU Chairperson, Mauritania's President X": the person after
        // an apposed post of their own
        if person.is_none()
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
            person = input.entity_of(m);
            person_end = Some(m.span.end);
            rule = "position/title-apposed-post";
        }
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
                let (_, m) = input
                    .mentions_in(t.sentence)
                    .find(|(_, m)| m.span.start > end)
                    .filter(|(_, m)| m.kind == MentionKind::Person)?;
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
                .then_some(m)
            });
        let portfolio_then_name = portfolio_name.is_some();
        if person.is_none()
            && let Some(m) = portfolio_name
        {
            person = input.entity_of(m);
            person_end = Some(m.span.end);
            rule = "position/title-portfolio-name";
        }
        let names_next = (skip == 1 && after[1..].chars().next().is_some_and(char::is_uppercase))
            || joint_with.is_some()
            || owner_then_name
            || portfolio_then_name;
        // "the head of the IAEA, Rafael Grossi": TITLE of OWNER, PERSON
        let mut of_after = None;
        if person.is_none()
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
                        input
                            .entity_of(m)
                            .is_some_and(|e| input.class(e) == Class::Organization)
                    })
            {
                at = cm.span.end + rest.find(' ').unwrap_or(0) + 1;
            }
            if let Some(om) = input.mention_starting_at(at)
                && let Some(oe) = input.entity_of(om)
                && is_post_holder(input.class(oe))
                && let rest = input.slice(om.span.end, sentence.span.end)
                && let Some(gap) = [", ", " "].iter().find(|g| rest.starts_with(**g))
                && let Some(pm) = input.mention_starting_at(om.span.end + gap.len())
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
        let mut before = input.slice(sentence.span.start, t.span.start);
        // "Finance and Economy Minister": a field joined to the title
        if let Some(c) = COMPOUND.captures(before).and_then(|c| c.get(1))
            && input
                .mention_ending_at(sentence.span.start + c.end() - " and ".len())
                .is_none()
        {
            title = format!("{}{}", c.as_str(), title);
            before = &before[..c.start()];
            head_start = sentence.span.start + c.start();
        }
        // "Tourism Minister X", "digitization minister": a portfolio the
        // table has no minister for, joined to the bare title
        if title == "Minister"
            && let Some(b) = before.strip_suffix(' ')
            && let word = b.rsplit(' ').next().unwrap_or(b)
            && let Some(first) = word.chars().next()
            && let capitalized = format!("{}{}", first.to_uppercase(), &word[first.len_utf8()..])
            && crate::lexicon::PORTFOLIO_WORDS.contains(&capitalized.as_str())
            && input
                .mention_ending_at(sentence.span.start + b.len())
                .is_none()
        {
            title = format!("{capitalized} Minister");
            before = &before[..b.len() - word.len()];
            head_start = sentence.span.start + before.len();
        }
        // "Austria's ninth president", "Peru's first woman president": an
        // ordinal between owner and title counts holders, it is no owner
        if let Some(rest) = before.strip_suffix(' ')
            && let Some((head, word)) = rest.rsplit_once(' ')
            && is_ordinal(word)
        {
            before = &before[..head.len() + 1];
            head_start = sentence.span.start + before.len();
        }
        // "Madagascar's former Foreign Minister": a qualifier between owner and title
        let mut inner_qualifier = None;
        if let Some(q) = POST_QUALIFIERS.iter().find(|q| {
            before
                .strip_suffix(' ')
                .and_then(|b| b.strip_suffix(**q))
                .is_some_and(|b| b.ends_with(' '))
        }) {
            inner_qualifier = Some(q.to_string());
            before = &before[..before.len() - q.len() - 1];
            head_start = sentence.span.start + before.len();
        }
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
        // "Kenya's Prime Minister and Foreign Minister X": the second of two
        // joined posts has the first one's owner
        if of.is_none()
            && let Some(&(_, owner)) = joint_owners.iter().find(|(at, _)| *at == t.span.start)
        {
            of = owner;
        }
        // "Finland, a NATO member, sent its defence minister, Antti Hakkanen":
        // "its" is the country or organization the sentence starts with
        // "China said its Foreign Minister X": the nearest before it
        if of.is_none()
            && (before.ends_with(" its ") || before == "Its ")
            && let Some(e) = input
                .mentions_in(t.sentence)
                .next()
                .filter(|(_, m)| {
                    m.span.start < t.span.start
                        && input
                            .slice(sentence.span.start, m.span.start)
                            .trim()
                            .is_empty()
                })
                .filter(|(_, m)| !input.modifies_a_business(m))
                .and_then(|(_, m)| input.entity_of(m))
                .filter(|&e| matches!(input.class(e), Class::Country | Class::Organization))
                .or_else(|| {
                    input
                        .mentions_in(t.sentence)
                        .filter(|(_, m)| {
                            m.span.end <= t.span.start && !input.modifies_a_business(m)
                        })
                        .filter_map(|(_, m)| input.entity_of(m))
                        .filter(|&e| matches!(input.class(e), Class::Country | Class::Organization))
                        .last()
                })
            && matches!(input.class(e), Class::Country | Class::Organization)
        {
            of = Some(e);
        }
        // "China's top diplomat", "the top Chinese diplomat": the country's
        // chief diplomat, a post of its own
        if title == "Diplomat"
            && ends_with_ignore_ascii_case(input.slice(sentence.span.start, head_start), "top ")
        {
            title = "Top Diplomat".to_string();
        }
        // qualifier right before: "former U.S. President", or before the
        // owner's modifiers: "the former Workington Conservative MP"
        let pre = input.slice(sentence.span.start, head_start).trim_end();
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
            .filter(|(_, w)| {
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            })
            .map(|(head, _)| head);
        let qualifier = POST_QUALIFIERS
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
            .or(inner_qualifier)
            .or(far_qualifier);
        if person.is_none() && !names_next {
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
            // "Boeing named X as its chief executive", "FINA re-elected X as
            // president": an appointment's post
            if person.is_none()
                && let Some(a) = AS_POST.captures(pre)
                && let Some(whole) = a.get(0)
                && let Some(m) = input.mention_ending_at(
                    sentence.span.start + pre[..whole.start()].trim_end_matches(',').len(),
                )
                && m.kind == MentionKind::Person
                && let Some(v) = APPOINTED
                    .find_iter(input.slice(sentence.span.start, m.span.start))
                    .last()
                && !input.hedged(sentence.span.start, t.span.start)
            {
                person = input.entity_of(m);
                rule = "position/appointed";
                // the appointing body: the clause's subject, before the verb
                // (a country for a national post: "Fiji chooses X as prime
                // minister")
                let national = matches!(
                    gaz.titles[t.title].kind.as_str(),
                    "head-of-state" | "head-of-government" | "minister"
                );
                if of.is_none() {
                    of = input
                        .mentions_in(t.sentence)
                        .filter(|(_, o)| o.span.end <= sentence.span.start + v.start())
                        .filter_map(|(_, o)| input.entity_of(o))
                        .filter(|&e| {
                            input.class(e) == Class::Organization
                                || (national && input.class(e) == Class::Country)
                        })
                        .last();
                }
            }
            // "X was re-elected president of World Athletics", "X has been
            // named chief executive": a passive appointment's post
            static ELECTED: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(&format!(r"(?-u:\b)(?:(?:was|were|has been|have been|had been|is|are) (?:re-?elected|elected|appointed|named|chosen|selected|confirmed|installed|nominated|promoted|sworn in|inaugurated)|sworn in)(?: (?:on )?{WHEN})?(?: as)?(?: the| a| an| its| their| his| her)?(?: (?:new|next|interim|acting|{ORDINALS}|\d+(?:st|nd|rd|th)))*$"))
                    .expect("valid regex")
            });
            // the person the clause is about, right before its verb at `v`
            // ("X, who was appointed governor of ..." too), when not hedged
            let clause_subject = |v: usize| {
                let subject = pre[..v].trim_end();
                let subject = subject.strip_suffix(", who").unwrap_or(subject);
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
                    .and_then(|m| input.entity_of(m))
            };
            if person.is_none()
                && let Some(v) = ELECTED.find(pre)
                && let Some(p) = clause_subject(v.start())
            {
                person = Some(p);
                rule = "position/elected";
            }
            // "X became finance minister", "X takes over as chief executive",
            // "X previously served as ambassador": a post the clause gives
            // its subject (held before, for "served as")
            static BECAME: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(&format!(r"(?-u:\b)(?:(is|became|becomes|has become|takes over as|took over as|has taken over as|steps in as|stepped in as|assumes the role of|assumed the role of|serves as|took office as|takes office as|has taken office as|assumed office as|(?:will |is to |to )?succeed(?:s|ed)? [A-Z][A-Za-z.’'-]*(?: [A-Z][A-Za-z.’'-]*){{0,3}} as)|((?:previously |once |formerly )?served as|was))(?: (?:the|a|an|its|their))?(?: (?:new|current|interim|acting|{ORDINALS}))*$"))
                    .expect("valid regex")
            });
            if person.is_none()
                && let Some(c) = BECAME.captures(pre)
                && let Some(v) = c.get(0)
                && let Some(p) = clause_subject(v.start())
            {
                person = Some(p);
                rule = "position/became";
                held_before = c.get(2).is_some();
            }
            if person.is_some() && of.is_none() {
                // "... senior fellow for land warfare at the International Institute ..."
                static OF_AT: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(
                        r"^(?: (?:for|on|in|of)(?: [a-z]+){1,4})? (?:of|at|with|for|to) (?:the )?(?:[a-z][a-z-]+ )?$",
                    )
                    .expect("valid regex")
                });
                for (_, m) in input.mentions_in(t.sentence) {
                    if m.span.start >= t.span.end
                        && OF_AT.is_match(input.slice(t.span.end, m.span.start))
                    {
                        if let Some(e) = input.entity_of(m)
                            && is_post_holder(input.class(e))
                            && !input.modifies_a_business(m)
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
        // "Angola: H.E. President X": a roster line names the post's country first
        if of.is_none()
            && let Some((_, cm)) = input.mentions_in(t.sentence).next()
            && matches!(cm.kind, MentionKind::Country(_))
            && cm.span.start == sentence.span.start
            && input.slice(cm.span.end, t.span.start).starts_with(':')
            && input
                .slice(cm.span.end, t.span.start)
                .split_whitespace()
                .count()
                <= 2
        {
            of = input.entity_of(cm);
        }
        // "Nissan plans to appoint CEO X": a company or board post belongs to
        // the organization the clause names before it, with no one between
        if of.is_none()
            && of_after.is_none()
            && matches!(gaz.titles[t.title].kind.as_str(), "business" | "org-leader")
            && let Some((oe, oend)) = input
                .mentions_in(t.sentence)
                .filter(|(_, m)| m.span.end <= t.span.start)
                .filter_map(|(_, m)| Some((input.entity_of(m)?, m.span.end)))
                .filter(|&(e, _)| input.class(e) != Class::City)
                .last()
            && input.class(oe) == Class::Organization
            && !input
                .slice(oend, t.span.start)
                .contains([',', ';', '“', '"'])
            && input.slice(oend, t.span.start).split_whitespace().count() <= 8
        {
            of = Some(oe);
        }
        // a plural title ("leaders", "Presidents") holds only the names right after it
        // (regression: "Minister of Foreign Affairs X and Y", a singular
        // form ending in "s", gave Y the post too)
        let plural = {
            let said = t.span.of(input.text);
            let named = &gaz.titles[t.title];
            said.ends_with(['s', 'n'])
                && !title.ends_with(['s', 'n'])
                && !std::iter::once(&named.title)
                    .chain(&named.aliases)
                    .any(|n| n.eq_ignore_ascii_case(said))
        };
        if plural && (skip != 1 || rule != "position/title-before-name") {
            continue;
        }
        // "CEO X stepped down", "replaced CEO X": a post the sentence ends
        static LEFT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^,?(?: (?:has|had|was|have|also|abruptly|suddenly))* (?:stepped down|steps down|resigned|resigns|quit|quits|was ousted|was fired|was dismissed|was sacked|was removed|left the|retired)(?-u:\b)").expect("valid regex")
        });
        let ended = held_before
            || person_end.is_some_and(|e| LEFT_AFTER.is_match(input.slice(e, sentence.span.end)))
            || pre.ends_with("replaced")
            || pre.ends_with("succeeds")
            || pre.ends_with("succeeded")
            || pre.ends_with("replacing")
            || pre.ends_with("ousted")
            || pre.ends_with("dismissed")
            || pre.ends_with("fired");
        let qualifier = if ended && qualifier.is_none() {
            Some("former".to_string())
        } else {
            qualifier
        };
        let tag = person_end.and_then(|e| country_tag(input, t.sentence, e));
        let of = of.or(of_after).or(tag.map(|(c, _)| c));
        if let Some(at) = joint_with {
            joint_owners.push((at, of));
        }
        // "appointed X as its managing director and CEO": the second post
        // is X's too
        let (person, of, rule, qualifier) = match person {
            Some(p) => {
                if joint_with.is_none()
                    && let Some(t2) = joined_title(input, t, end)
                    && person_right_after(input, t2.span.end).is_none()
                {
                    joint_holders.push((t2.span.start, p, of, qualifier.clone()));
                }
                (Some(p), of, rule, qualifier)
            }
            None => match joint_holders.iter().find(|(at, ..)| *at == t.span.start) {
                Some((_, p, owner, q)) => (
                    Some(*p),
                    of.or(*owner),
                    "position/joint-title",
                    qualifier.or(q.clone()),
                ),
                None => (None, of, rule, qualifier),
            },
        };
        // "led by six executive vice-presidents (Estonia's A, Italy's B and
        // Spain's C)": a plural title over a bracketed list of names
        if plural && person.is_none() && after.starts_with(" (") {
            let of = of.or_else(|| {
                input
                    .mentions_in(t.sentence)
                    .filter(|(_, m)| m.span.end <= t.span.start)
                    .filter_map(|(_, m)| input.entity_of(m))
                    .filter(|&e| input.class(e) == Class::Organization)
                    .last()
            });
            for p in bracket_people(input, t.sentence, end + 2) {
                out.push(PositionFact {
                    person: p,
                    title: title.clone(),
                    of,
                    qualifier: qualifier.clone(),
                    evidence: Evidence {
                        sentence: t.sentence,
                        rule: "position/plural-title-list",
                    },
                });
            }
            continue;
        }
        let Some(person) = person else { continue };
        if input.class(person) != Class::Person {
            continue;
        }
        // "Prince Faisal": a royal address without a realm is no post
        if gaz.titles[t.title].kind == "royal" && of.is_none() && title.split(' ').count() == 1 {
            continue;
        }
        // "Presidents A (Ghana), B (Togo) and C (Benin)": a plural title
        // gives each name of the list its post, of the country it is tagged with
        let mut list = Vec::new();
        if plural && let Some(mut pos) = tag.map(|(_, end)| end).or(person_end) {
            while let Some(sep) = [", and ", ", ", " and "]
                .iter()
                .find(|sep| input.slice(pos, sentence.span.end).starts_with(**sep))
                && let Some(m) = input.mention_starting_at(pos + sep.len())
                && m.kind == MentionKind::Person
                && let Some(p) = input.entity_of(m)
            {
                let tag = country_tag(input, t.sentence, m.span.end);
                list.push((p, tag.map(|(c, _)| c)));
                pos = tag.map_or(m.span.end, |(_, end)| end);
            }
        }
        for (person, of) in std::iter::once((person, of)).chain(list) {
            out.push(PositionFact {
                person,
                title: title.clone(),
                of,
                qualifier: qualifier.clone(),
                evidence: Evidence {
                    sentence: t.sentence,
                    rule,
                },
            });
        }
    }
    out
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
fn person_right_after<'i>(input: &'i Input<'_>, end: usize) -> Option<&'i Mention> {
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
            let Some((_, m)) = input
                .mentions_in(si)
                .filter(|(_, m)| m.span.end <= verb && m.kind == MentionKind::Person)
                .last()
                .filter(|(_, m)| {
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
            let Some(person) = input.entity_of(m) else {
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
        for c in COUNTERPART.find_iter(st) {
            let (start, end) = (s.span.start + c.start(), s.span.start + c.end());
            // the country: the demonym or "from COUNTRY" inside the phrase
            let Some(country) = input
                .mentions_in(si)
                .filter(|(_, m)| m.span.start >= start && m.span.end <= end)
                .filter_map(|(_, m)| input.entity_of(m))
                .find(|&e| input.class(e) == Class::Country)
            else {
                continue;
            };
            let Some(m) = input.mention_starting_at(end) else {
                continue;
            };
            let Some(person) = input
                .entity_of(m)
                .filter(|&p| input.class(p) == Class::Person)
            else {
                continue;
            };
            // whom "his" stands for: the nearest person named before it
            let Some(antecedent) = input
                .mentions_in(si)
                .filter(|(_, a)| a.span.end <= start && a.kind == MentionKind::Person)
                .filter_map(|(_, a)| input.entity_of(a))
                .filter(|&a| a != person)
                .last()
            else {
                continue;
            };
            let Some(post) = known.iter().find(|p| {
                p.person == antecedent
                    && p.qualifier.is_none()
                    && p.of
                        .is_some_and(|o| input.class(o) == Class::Country && o != country)
            }) else {
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
/// national post with no owner, in a sentence that reports someone's visit
/// to a country, is that country's when another person of the sentence holds
/// a post of another country (the visitor; the host holds the post).
pub(super) fn visit_hosts(input: &Input<'_>, posts: &mut [PositionFact]) {
    static VISIT_TO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:visit|visits|trip|tour|state visit|official visit) to (?:the )?$")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let national = |title: &str| {
        gaz.titles.iter().any(|t| {
            t.title == title
                && matches!(
                    t.kind.as_str(),
                    "head-of-state" | "head-of-government" | "minister"
                )
        })
    };
    let owners: Vec<(usize, usize, Option<usize>)> = posts
        .iter()
        .map(|p| (p.evidence.sentence, p.person, p.of))
        .collect();
    for p in posts
        .iter_mut()
        .filter(|p| p.of.is_none() && national(&p.title))
    {
        let si = p.evidence.sentence;
        let s = &input.sentences[si];
        let Some(host) = input
            .mentions_in(si)
            .filter(|(_, m)| matches!(m.kind, MentionKind::Country(_)))
            .find(|(_, m)| VISIT_TO.is_match(input.slice(s.span.start, m.span.start)))
            .and_then(|(_, m)| input.entity_of(m))
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
                .mentions_in(si)
                .find(|(_, m)| m.span.start >= pos && m.kind == MentionKind::Person)
                .map(|(_, m)| m)
                .filter(|m| {
                    let gap = input.slice(pos, m.span.start);
                    m.kind == MentionKind::Person
                        && gap.split_whitespace().count() <= 1
                        && !gap.contains(',')
                        && gap.chars().next().is_none_or(char::is_uppercase)
                })
        };
        while let Some(m) = next_person(pos)
            && let Some(p) = input.entity_of(m)
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
    let c = input
        .entity_of(m)
        .filter(|&c| input.class(c) == Class::Country)?;
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
        let Some(p) = input.entity_of(m) else { break };
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
fn is_ordinal(word: &str) -> bool {
    ORDINALS.split('|').any(|o| o == word)
        || (word.len() > 2
            && word.is_ascii()
            && word[..word.len() - 2].bytes().all(|b| b.is_ascii_digit())
            && matches!(&word[word.len() - 2..], "st" | "nd" | "rd" | "th"))
}
