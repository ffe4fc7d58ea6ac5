//! The shared mechanisms: lists of entities scanned forwards or backwards
//! from an anchor, with their separators and classes, and the person named
//! right before a verb or inside a span.

use super::*;

pub(super) fn is_post_holder(class: Class) -> bool {
    matches!(class, Class::Country | Class::Organization)
}

/// Country or organization mentions forming a list that ends at `end`
/// ("the U.K., France, and"), scanning backwards.
pub(super) fn list_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    walk_back(
        input,
        sentence,
        end,
        |j| j.in_list(),
        |m| {
            m.entity
                .filter(|&e| matches!(input.class(e), Class::Country | Class::Organization))
        },
    )
}

/// The items of sentence `sentence` forming a list that ends at `end`, read
/// backwards: the last may be followed by nothing or a separator, each one
/// before joined to the next by a separator `joins` takes, as long as `item`
/// takes it (and gives its entity). Nearest first.
fn walk_back(
    input: &Input<'_>,
    sentence: usize,
    end: usize,
    joins: impl Fn(Join) -> bool,
    item: impl Fn(&Item) -> Option<usize>,
) -> Vec<usize> {
    let items = &input.annotation.sentences[sentence].items;
    let mut out = Vec::new();
    let mut next: Option<usize> = None;
    for k in (0..items.len()).rev() {
        let m = &items[k];
        if m.span.end > end {
            continue;
        }
        let join = match next {
            None => Join::of(input.slice(m.span.end, end).trim()),
            Some(n) => input.join(sentence, k, n),
        };
        if !(joins(join) || (next.is_none() && join == Join::Nothing)) {
            break;
        }
        let Some(e) = item(m) else { break };
        out.push(e);
        next = Some(k);
    }
    out
}

/// Whether a word for a country's people or envoys follows ("Ukrainian officials").
pub(super) fn group_noun_after(input: &Input<'_>, pos: usize) -> bool {
    let word = input.text[pos..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    crate::lexicon::COUNTRY_GROUP_NOUNS.contains(&word)
}

/// Country or organization mentions forming a list that starts at `start`.
pub(super) fn list_after(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    list_from(input, sentence, start, Join::in_body_list, |m| {
        // "Ukrainian President X": a demonym describes the person, it is no item;
        // "Ukrainian officials" stands for the country
        if matches!(m.kind, MentionKind::Demonym(_)) && !group_noun_after(input, m.span.end) {
            return None;
        }
        let e = m.entity?;
        if !matches!(input.class(e), Class::Country | Class::Organization) {
            return None;
        }
        // "Japan's Yoko Kamikawa": the country describes the person named
        // next, it is no item
        if ["’s ", "'s ", "’ ", "' "]
            .iter()
            .any(|p| input.text[m.span.end..].starts_with(p))
        {
            return None;
        }
        Some(e)
    })
}

/// The items of sentence `sentence` forming a list from `start`: the first
/// right there (or after "the"), each next one joined to the one before by
/// a separator `joins` takes, as long as `item` takes it (and gives its
/// entity).
fn list_from(
    input: &Input<'_>,
    sentence: usize,
    start: usize,
    joins: impl Fn(Join) -> bool,
    item: impl Fn(&Item) -> Option<usize>,
) -> Vec<usize> {
    let mut out = Vec::new();
    for m in input.items(sentence).filter(|m| m.span.start >= start) {
        let ok = if out.is_empty() {
            matches!(
                Join::of(input.slice(start, m.span.start).trim()),
                Join::Nothing | Join::The
            )
        } else {
            joins(m.join)
        };
        let Some(e) = ok.then(|| item(m)).flatten() else {
            break;
        };
        out.push(e);
    }
    out
}

pub(super) fn is_org(input: &Input<'_>, e: usize) -> bool {
    input.class(e) == Class::Organization
}

/// A capital city standing for its country ("talks led by Paris and London").
pub(super) fn metonym(input: &Input<'_>, e: usize) -> usize {
    let ent = &input.entities.list[e];
    ent.capital_of
        .as_ref()
        .and_then(|k| input.entities.by_key(k))
        .unwrap_or(e)
}

/// Leaders listed after `start`: countries, organizations, people, capitals for their countries.
pub(super) fn leader_list(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out: Vec<usize> = list_after_any(input, sentence, start)
        .into_iter()
        .map(|e| metonym(input, e))
        .collect();
    out.dedup();
    out
}

pub(super) fn leader_list_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    walk_back(input, sentence, end, Join::in_list, |m| {
        m.entity.map(|e| metonym(input, e))
    })
}

/// Like [`list_after`], but people and cities too.
pub(super) fn list_after_any(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    list_from(input, sentence, start, Join::in_any_list, |m| {
        if matches!(m.kind, MentionKind::Demonym(_)) {
            return None;
        }
        m.entity
    })
}

/// The person named right before `verb` in sentence `si` ("John Healey said"),
/// if any: nothing but spaces between the name and the verb.
pub(super) fn speaker_before(input: &Input<'_>, si: usize, verb: usize) -> Option<usize> {
    input
        .items(si)
        .rfind(|m| m.span.end <= verb && m.kind == MentionKind::Person)
        .filter(|m| {
            // right before the verb, or one adverb before it ("X later
            // told", "X separately said"), or before a relative clause: "X,
            // who has led the guard since 2011, said"
            let gap = input.slice(m.span.end, verb).trim();
            gap.is_empty()
                || (gap.bytes().all(|b| b.is_ascii_lowercase())
                    && (gap.ends_with("ly")
                        || matches!(
                            gap,
                            "later" | "also" | "then" | "again" | "earlier" | "further"
                        )))
                || (gap.starts_with(", who ")
                    && gap.ends_with(',')
                    && gap.len() < 120
                    && !gap[1..gap.len() - 1].contains([',', '"', '“', '”']))
        })
        .and_then(|m| m.entity)
}

/// People named in a list that ends at `end` (a person's name ends there),
/// titles and demonyms skipped: "German Chancellor Friedrich Merz, French
/// President Emmanuel Macron and Giorgia Meloni". Nearest first.
pub(super) fn people_before(input: &Input<'_>, sentence: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = end;
    let people: Vec<&Item> = input
        .items(sentence)
        .filter(|m| m.span.end <= end && m.kind == MentionKind::Person)
        .collect();
    for m in people.iter().rev() {
        if !out.is_empty() {
            // what lies between, titles and the names that tag them blanked
            // ("and US President"): a separator only
            // (commas apart: "and his Colombian counterpart, Y,")
            let gap = untitled(input, sentence, m.span.end, pos).replace(',', " , ");
            // ("and Norway's Defence Minister X": the tag's "’s" goes too)
            let words: Vec<&str> = gap
                .split_whitespace()
                .filter(|w| !matches!(*w, "’s" | "'s" | "’" | "'"))
                .collect();
            // ("X and his Peruvian counterpart Y": the demonym is blanked)
            if !matches!(
                words.as_slice(),
                [","]
                    | ["and"]
                    | [",", "and"]
                    | [
                        "and",
                        "his" | "her" | "their",
                        "counterpart" | "counterparts"
                    ]
                    | [
                        "and",
                        "his" | "her" | "their",
                        "counterpart" | "counterparts",
                        ","
                    ]
                    | [
                        ",",
                        "and",
                        "his" | "her" | "their",
                        "counterpart" | "counterparts",
                        ","
                    ]
                    // ("A and Peruvian counterpart B")
                    | ["and", "counterpart"]
            ) {
                break;
            }
        } else if m.span.end != end {
            break;
        }
        let Some(e) = m.entity else { break };
        out.push(e);
        pos = m.span.start;
    }
    out
}

/// The text between `a` and `b` of sentence `sentence` with its titles and
/// its names of places and bodies blanked out: what is left of "Chairman of
/// Sudan's Sovereign Council " is " of ’s  ".
fn untitled(input: &Input<'_>, sentence: usize, a: usize, b: usize) -> String {
    let mut free = input.slice(a, b).to_string();
    // (titles are in text order: only those between a and b are read)
    let titles = &input.mentions.titles;
    let from = titles.partition_point(|t| t.span.start < a);
    let covered = titles[from..]
        .iter()
        .take_while(|t| t.span.start < b)
        .map(|t| t.span)
        .chain(
            input
                .items(sentence)
                .filter(|o| o.kind != MentionKind::Person)
                .map(|o| o.span),
        )
        .filter(|sp| sp.start >= a && sp.end <= b);
    for sp in covered {
        free.replace_range(sp.start - a..sp.end - a, &" ".repeat(sp.end - sp.start));
    }
    free
}

/// The subject right before `verb`: a person named right before it, or
/// before appositions made only of titles and capitalized names ("Ali
/// Rezaei, Secretary of Iran's Supreme Council, led ...").
pub(super) fn subject_before(input: &Input<'_>, si: usize, verb: usize) -> Option<usize> {
    if let Some(e) = speaker_before(input, si, verb) {
        return Some(e);
    }
    let m = input
        .items(si)
        .rfind(|m| m.span.end <= verb && m.kind == MentionKind::Person)?;
    let gap = input.slice(m.span.end, verb).trim_end();
    let free = untitled(input, si, m.span.end, m.span.end + gap.len());
    let described = gap.starts_with(", ")
        && gap.ends_with(',')
        && gap.len() < 160
        && free.split_whitespace().all(|w| {
            let w = w.trim_matches(',');
            w.starts_with(char::is_uppercase)
                || matches!(
                    w,
                    "" | "of" | "the" | "and" | "for" | "’s" | "'s" | "to" | "on"
                )
        });
    described.then_some(m.entity).flatten()
}

/// People named in a list that starts at `start`, titles and demonyms
/// skipped: "Ukrainian President Volodymyr Zelensky and British Prime Minister Keir Starmer".
pub(super) fn people_after(input: &Input<'_>, sentence: usize, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = start;
    for m in input.items(sentence).filter(|m| m.span.start >= start) {
        // "Chairman of Sudan's Sovereign Council X" describes X
        let free = untitled(input, sentence, pos, m.span.start);
        let words = free
            .split_whitespace()
            .filter(|w| !matches!(*w, "and" | "," | "the" | "former" | "acting"))
            .count();
        if m.kind == MentionKind::Person {
            // ("X, who conveyed greetings from Y": a relative clause about X)
            // (the list goes on after the clause: "X, who arrived on
            // Monday, and Defence Minister Y")
            let gap = input.slice(pos, m.span.start);
            let relative = gap
                .split_whitespace()
                .any(|w| matches!(w, "who" | "whose" | "which"))
                && !gap.contains(", and ");
            if (free.trim().len() > 12 && words > 4) || (pos > start && relative) {
                break;
            }
            if let Some(e) = m.entity {
                out.push(e);
            }
            pos = m.span.end;
            // ("of Mongolia (A) and Nepal (B)": the bracket a country opened)
            if input.text[..m.span.start].ends_with(" (") && input.text[pos..].starts_with(')') {
                pos += 1;
            }
            let next = &input.text[pos..];
            if !(next.starts_with(" and ") || next.starts_with(", ")) {
                break;
            }
        } else if !describes_the_next(input, sentence, pos, m) {
            break;
        }
    }
    out
}

/// Whether a name that is no person's, in a list of people, describes the
/// next: a demonym, a word before a space or possessive ("Latvian Chess
/// Federation President X"), a post's owner in its apposition, a body's
/// short name in brackets ("Chess Federation (LCF) President X").
fn describes_the_next(input: &Input<'_>, sentence: usize, pos: usize, m: &Item) -> bool {
    matches!(m.kind, MentionKind::Demonym(_))
        || input.text[m.span.end..].starts_with([' ', '’', '\''])
        || owner_in_apposition(input, sentence, pos, m)
        || (input.text[..m.span.start].ends_with('(') && input.text[m.span.end..].starts_with(") "))
}

/// "the Minister of Foreign Affairs of Chile, X": the owner of the post
/// before the name, in its apposition (nothing but the post, "the", "of"
/// and "and" from `pos`).
fn owner_in_apposition(input: &Input<'_>, sentence: usize, pos: usize, m: &Item) -> bool {
    input.text[m.span.end..].starts_with(", ")
        && untitled(input, sentence, pos, m.span.start)
            .split_whitespace()
            .all(|w| matches!(w, "the" | "of" | "," | "and"))
}

/// The person named in `span` (the last one, when several).
pub(super) fn person_in(input: &Input<'_>, span: Span) -> Option<usize> {
    last_person_in(input, span, |_| true)
}

/// The last person named in `span` at a mention `keep` takes.
pub(super) fn last_person_in(
    input: &Input<'_>,
    span: Span,
    keep: impl Fn(Span) -> bool,
) -> Option<usize> {
    input
        .entities
        .within(span)
        .rev()
        .find(|&i| {
            let m = &input.entities.mentions[i];
            span.contains(&m.span) && m.kind == MentionKind::Person && keep(m.span)
        })
        .map(|i| input.entities.of_mention[i])
}

/// The people the article names right after title `title` ("President
/// Donald Trump", "King Salman"), each once, in no particular order.
pub(super) fn addressed_by(input: &Input<'_>, title: &str) -> Vec<usize> {
    let gaz = gazetteer();
    titled(input, |t| gaz.titles[t.title].title == title)
}

/// The people the article names right after a title mention that `keep`
/// takes, each once, in no particular order.
pub(super) fn titled(
    input: &Input<'_>,
    keep: impl Fn(&crate::mentions::TitleMention) -> bool,
) -> Vec<usize> {
    let mut out: Vec<usize> = input
        .mentions
        .titles
        .iter()
        .filter(|t| keep(t))
        .filter_map(|t| {
            let m = input.mention_starting_at(t.span.end + 1)?;
            (m.kind == MentionKind::Person)
                .then_some(m.entity)
                .flatten()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
