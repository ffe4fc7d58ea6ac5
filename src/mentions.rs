//! Stage 2: sentences → mentions.
//!
//! A mention is a span of the text that names a country, city, organization
//! or person. Gazetteer names are found by an Aho-Corasick automaton; names
//! not in any table are found by how news names them: a title or honorific
//! before a name, an apposition after it, a speech verb beside it, a byline,
//! an organization's head word ("Ministry", "Institute"), an acronym defined
//! in brackets, a source cue ("told the X", "according to X", "per X"). A
//! capitalized word sequence without such evidence is not a name.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::dates::{MONTHS, WEEKDAYS};
use crate::gazetteer::{Known, gazetteer, on_word_boundaries};
use crate::lexicon::{
    BODY_NOUNS, DOCUMENT_HEADS, HONORIFICS, NAME_PARTICLES, NOT_PERSON_LAST_WORDS,
    ORGANIZATION_FIRST_WORDS, ORGANIZATION_HEADS, SPEECH_VERBS, STOP_WORDS,
};
use crate::text::{LineKind, Sentence, Span};

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionKind {
    /// A known country by name or alias.
    Country(usize),
    /// A known country through its demonym ("British").
    Demonym(usize),
    /// A known city.
    City(usize),
    /// A known organization.
    KnownOrganization(usize),
    /// An organization found by its form.
    NewOrganization,
    /// A person.
    Person,
}

/// Why a span was taken for a name: recorded for explanations and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// In a gazetteer table.
    Gazetteer,
    /// After a title of office.
    Title,
    /// After Mr, Mrs, Dr, Sir...
    Honorific,
    /// Beside a speech verb.
    Speech,
    /// The one met or meeting ("met Usie Richards", "Usie Richards met").
    Meeting,
    /// Followed by an apposition (", a senior fellow at ...").
    Apposition,
    /// In a "By ..." line.
    Byline,
    /// Starts with a known given name.
    GivenName,
    /// Repeats the surname of a person named in full.
    Surname,
    /// Ends with an organization head word.
    HeadWord,
    /// Defines or is defined by a bracketed acronym.
    Acronym,
    /// Named as a news source ("told the X", "according to X").
    Source,
    /// A definite description ("the alliance") of an organization named before.
    Anaphor,
    /// Listed beside a person ("A, B and C").
    List,
    /// Owns the company post of the person named after it ("Carlsberg
    /// chief executive X").
    OwnsTitle,
}

/// One mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// What it names.
    pub kind: MentionKind,
    /// Why.
    pub cue: Cue,
}

/// A title of office in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleMention {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// Index into the gazetteer's titles.
    pub title: usize,
}

/// A definite description that may stand for an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anaphor {
    /// The noun ("alliance").
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
}

/// A capitalized word that may turn out to be a person's surname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
}

/// Everything stage 2 finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mentions {
    /// Names, in text order.
    pub mentions: Vec<Mention>,
    /// Titles of office, in text order.
    pub titles: Vec<TitleMention>,
    /// Definite descriptions, in text order.
    pub anaphors: Vec<Anaphor>,
    /// Single capitalized words left open, in text order.
    pub candidates: Vec<Candidate>,
    /// Acronym definitions: (full name, acronym).
    pub acronyms: Vec<(Span, Span)>,
}

/// A word of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is (a trailing initial's period included).
    pub span: Span,
}

/// Whether `c` is part of a word: a letter, a mark or a number (`\p{L}`,
/// `\p{M}`, `\p{N}`).
fn is_word_char(c: char) -> bool {
    static MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{M}$").expect("valid regex"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // `is_alphanumeric` holds every letter and number; marks are looked up
    c.is_alphanumeric() || MARK.is_match(c.encode_utf8(&mut [0; 4]))
}

/// The words of `s` as byte ranges: runs of word characters, joined by a
/// period, an apostrophe or a hyphen between two of them ("U.S", "O'Brien",
/// "Jean-Noël"). A hand-written scan: the regex it replaces
/// (`[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*`) ran forwards and
/// backwards over every sentence and took a tenth of extraction.
fn words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    // the length of the word character at byte `i`, or 0; ASCII bytes are
    // tested as bytes, without decoding
    let word_len = move |i: usize| -> usize {
        match bytes.get(i) {
            None => 0,
            Some(b) if b.is_ascii() => usize::from(b.is_ascii_alphanumeric()),
            Some(_) => s[i..]
                .chars()
                .next()
                .filter(|&c| is_word_char(c))
                .map_or(0, char::len_utf8),
        }
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        let mut start = pos;
        while word_len(start) == 0 {
            start += match *bytes.get(start)? {
                0..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
        }
        let mut end = start;
        loop {
            loop {
                let n = word_len(end);
                if n == 0 {
                    break;
                }
                end += n;
            }
            let joiner = match bytes.get(end) {
                Some(b'.' | b'\'' | b'-') => 1,
                Some(_) if s[end..].starts_with('’') => '’'.len_utf8(),
                _ => 0,
            };
            if joiner > 0 && word_len(end + joiner) > 0 {
                end += joiner;
            } else {
                break;
            }
        }
        pos = end;
        Some((start, end))
    })
}

/// Splits `span` of `text` into word tokens, splitting run-together words
/// ("IndependentAsami") and keeping an initial's period ("J.").
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.of(text);
    let mut out = Vec::new();
    for (m_start, m_end) in words(s) {
        let mut start = span.start + m_start;
        let end = span.start + m_end;
        // split at lower→upper changes after a part of 4+ letters
        let word = &text[start..end];
        // only a word with a capital (or any non-ASCII letter) after its
        // first can split
        let may_split = word
            .bytes()
            .skip(1)
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii());
        let mut prev: Option<char> = None;
        let mut part_len = 0;
        for (i, c) in word.char_indices().take_while(|_| may_split) {
            if let Some(p) = prev
                && p.is_lowercase()
                && c.is_uppercase()
                && part_len >= 4
            {
                out.push(Token {
                    span: Span::new(start, span.start + m_start + i),
                });
                start = span.start + m_start + i;
                part_len = 0;
            }
            part_len += 1;
            prev = Some(c);
        }
        let mut e = end;
        // a possessive is not part of the name: "Trump's" → "Trump"
        for suffix in ["'s", "’s"] {
            if text[start..e].len() > suffix.len() + 1 && text[start..e].ends_with(suffix) {
                e -= suffix.len();
            }
        }
        let end = e;
        let w = &text[start..end];
        // (and initials run together: "A.B." of "A.B. Kalnins")
        // (two at most: "K.K.E." is a party's short name; not a known
        // name's: "U.S.", "U.K.")
        let initials = w.len() == 3
            && w.split('.')
                .all(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase()))
            && gazetteer().find_names(&text[start..end + 1]).is_empty();
        if (initials || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)))
            && text[end..].starts_with('.')
        {
            e += 1;
        }
        out.push(Token {
            span: Span::new(start, e),
        });
    }
    out
}

/// How a country tag after a name opens, as the text right after the name
/// shows it: " (Ghana)" or " of Liberia". Gives the bytes to the country's
/// name and what must close the tag right after it.
pub(crate) fn country_tag_opening(after: &str) -> Option<(usize, &'static str)> {
    if after.starts_with(" (") {
        Some((2, ")"))
    } else if after.starts_with(" of ") {
        Some((4, ""))
    } else {
        None
    }
}

/// A capitalized word that is not a name: a stop word, a weekday or a month.
fn is_stop(w: &str) -> bool {
    STOP_WORDS.contains(&w) || WEEKDAYS.contains(&w) || MONTHS.contains(&w) || is_contraction(w)
}

/// A stop word run together with a verb ("I’m", "We’ve", "It's", "Don’t"):
/// no part of a name ("Tomas Berger I’m not ..." is Tomas Berger).
fn is_contraction(w: &str) -> bool {
    let Some((head, tail)) = w.split_once(['\'', '’']) else {
        return false;
    };
    match tail {
        "m" | "ve" | "ll" | "d" | "re" | "s" => STOP_WORDS.contains(&head),
        "t" => head.ends_with('n') && head.len() > 1,
        _ => false,
    }
}

/// A name part made of a particle, a hyphen and a capitalized word ("al-Sisi").
fn hyphenated_particle(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(p, rest)| NAME_PARTICLES.contains(&p) && is_cap(rest))
}

/// Connectors inside organization names ("Institute for Strategic Studies").
const CONNECTORS: &[&str] = &["and", "for", "of", "on", "the", "in", "de"];

/// "appointed to head Kelvar", "will chair the talks": a title word that is
/// a verb too, in lower case after "to" or a modal, is the verb.
fn verb_use(text: &str, sentence: Span, t: &TitleMention) -> bool {
    let word = t.span.of(text);
    crate::lexicon::VERB_TITLES.contains(&word)
        && text[sentence.start..t.span.start]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(' ').next())
            .is_some_and(|prev| {
                matches!(
                    prev,
                    "to" | "will"
                        | "would"
                        | "shall"
                        | "should"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "can"
                )
            })
}

/// "Hassan Sheikh Mohamud", "Charles King", "Stephanie Pope": a royal or
/// religious title of one word right after a given name is part of the
/// name, not a title.
fn royal_in_name(text: &str, sentence: Span, t: &TitleMention) -> bool {
    let gaz = gazetteer();
    let kind = gaz.titles[t.title].kind.as_str();
    if !(kind == "royal" || (kind == "religious" && !t.span.of(text).contains(' '))) {
        return false;
    }
    let Some(before) = text[sentence.start..t.span.start].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    is_cap(word) && !is_stop(word) && gaz.is_given_name(word)
}

/// "Senator Dean Morrow", "Gov. Major Owens": a one-word title that is a
/// given name too, right after another title and before a capitalized
/// word, is the given name.
/// ... and "Trade Minister Sultan bin Saad": one right before a patronymic
/// ("bin", "ibn", "bint") is a given name wherever it stands.
fn given_after_title(text: &str, sentence: Span, t: &TitleMention, titles: &[Span]) -> bool {
    let word = t.span.of(text);
    let rest = &text[t.span.end..sentence.end];
    if !word.contains(' ')
        && [" bin ", " ibn ", " bint "]
            .iter()
            .any(|p| rest.starts_with(p))
    {
        return true;
    }
    !word.contains(' ')
        && gazetteer().is_given_name(word)
        && titles.iter().any(|o| o.end + 1 == t.span.start)
        && text[t.span.end..sentence.end]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether the country name `names[k]` names the US state here: "Atlanta,
/// Georgia", "Georgia Governor Brian Kemp", "Georgia's secretary of state",
/// "the state of Georgia".
fn us_state_reading(text: &str, sentence: Span, names: &[(Span, Known)], k: usize) -> bool {
    static CUE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:'s|’s)? (?:[Gg]overnor|Gov\.|[Ll]ieutenant [Gg]overnor|[Ss]enators?|Sen\.|[Rr]epresentatives?|Rep\.|[Ss]ecretary of [Ss]tate|[Aa]ttorney [Gg]eneral|[Rr]epublicans?|[Dd]emocrats?|GOP|[Ss]tate(?-u:\b)|[Ll]egislature|[Gg]eneral [Aa]ssembly|[Ss]upreme [Cc]ourt|[Cc]ounty|[Cc]ounties|[Pp]rimary|[Vv]oters|[Ee]lection [Oo]fficials)").expect("valid regex")
    });
    static CUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:[Ss]tate of|[Ss]tates of|[Ss]tates like|[Ss]tates such as|[Gg]overnor of|[Ss]enator from|[Ss]wing state|[Bb]attleground state) (?:the )?$").expect("valid regex")
    });
    let (span, known) = names[k];
    if !matches!(known, Known::Country(_))
        || !crate::lexicon::US_STATE_COUNTRIES.contains(&span.of(text))
    {
        return false;
    }
    let gaz = gazetteer();
    let after_us_city = k > 0
        && matches!(names[k - 1].1, Known::City(c) if gaz.cities[c].country == "usa")
        && text[names[k - 1].0.end..span.start] == *", ";
    after_us_city
        || CUE_AFTER.is_match(&text[span.end..sentence.end])
        || CUE_BEFORE.is_match(&text[sentence.start..span.start])
}

static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Tt]he [“\x22]?(alliance|coalition|bloc|union|organi[sz]ation|Forum|Commission|Council|Assembly|Bank|Fund|Court|Agency|League|Federation|Association|Committee|Authority|Secretariat)(?-u:\b)|(?:’s|'s) (?:new |next |current |outgoing |incoming |second )?(Commission|Council|Cabinet|Forum|Committee)(?-u:\b)")
        .expect("valid regex")
});

static ACRONYM_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ ?\(([A-Z][A-Za-z&.]{1,9})\)").expect("valid regex"));

fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A middle initial: "J.".
fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    letters.len() >= 2
        && letters
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The city of a dateline in capitals at the start of a sentence ("OSLO
/// (AP) —", "MEXICO CITY, March 3 —", "JEDDAH:"): its span and entry, looked
/// up as the gazetteer writes it ("Mexico City").
fn dateline_city(s_text: &str) -> Vec<(usize, usize, Known)> {
    static CAPS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:[,:]| \(| [—–-])")
            .expect("valid regex")
    });
    // and its country in capitals: "NADI, FIJI, May 3 —"
    static COUNTRY_CAPS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^, ([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:[,:]| \(| [—–-])")
            .expect("valid regex")
    });
    // "MEXICO CITY" as "Mexico City", "ST. LOUIS" as "St. Louis" (ASCII, so
    // every offset holds)
    let known_as = |name: &str, country: bool| {
        let mut titled = String::with_capacity(name.len());
        let mut first = true;
        for c in name.chars() {
            titled.push(if first { c } else { c.to_ascii_lowercase() });
            first = !c.is_ascii_alphabetic();
        }
        gazetteer()
            .find_names(&titled)
            .into_iter()
            .find(|h| {
                h.start == 0
                    && h.end == titled.len()
                    && if country {
                        matches!(h.known, Known::Country(_))
                    } else {
                        matches!(h.known, Known::City(_))
                    }
            })
            .map(|h| h.known)
    };
    let mut out = Vec::new();
    let Some(caps) = CAPS.captures(s_text).and_then(|c| c.get(1)) else {
        return out;
    };
    let name = caps.as_str();
    if name.len() < 3 {
        return out;
    }
    let city = known_as(name, false);
    out.extend(city.map(|k| (0, name.len(), k)));
    // (a US state's name only after a city of that country: "ATLANTA,
    // GEORGIA" is the state, "TBILISI, GEORGIA" the country; any other
    // country whatever the city: "SAN JOSE, COSTA RICA")
    if let Some(c) = COUNTRY_CAPS
        .captures(&s_text[name.len()..])
        .and_then(|c| c.get(1))
        && c.as_str().len() >= 3
        && let Some(k @ Known::Country(ci)) = known_as(c.as_str(), true)
        && (matches!(city, Some(Known::City(x))
                if gazetteer().cities[x].country == gazetteer().countries[ci].key)
            || !crate::lexicon::US_STATE_COUNTRIES
                .iter()
                .any(|st| st.eq_ignore_ascii_case(c.as_str())))
    {
        out.push((name.len() + c.start(), name.len() + c.end(), k));
    }
    out
}

/// Finds the mentions of every sentence.
pub fn find_mentions(text: &str, sentences: &[Sentence]) -> Mentions {
    let gaz = gazetteer();
    // the words the text also writes in lower case ("the Bank" / "a bank")
    let lower_words: FxHashSet<Cow<'_, str>> = words(text)
        .map(|(a, b)| &text[a..b])
        .filter(|w| !is_cap(w))
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    let mut out = Mentions::default();
    for (si, sentence) in sentences.iter().enumerate() {
        let s_text = sentence.span.of(text);
        let base = sentence.span.start;
        let mut titles: Vec<TitleMention> = gaz
            .find_titles(s_text)
            .into_iter()
            .map(|h| TitleMention {
                span: Span::new(base + h.start, base + h.end),
                sentence: si,
                title: h.title,
            })
            .filter(|t| !royal_in_name(text, sentence.span, t) && !verb_use(text, sentence.span, t))
            .collect();
        let found: Vec<Span> = titles.iter().map(|t| t.span).collect();
        titles.retain(|t| !given_after_title(text, sentence.span, t, &found));
        let mut names: Vec<(Span, Known)> = Vec::new();
        names.extend(
            dateline_city(s_text)
                .into_iter()
                .map(|(a, b, c)| (Span::new(base + a, base + b), c)),
        );
        for h in gaz.find_names(s_text) {
            let span = Span::new(base + h.start, base + h.end);
            // a title starting inside a name and running past it takes the name's
            // tail: "French Armed Forces Minister" is a French minister, not the
            // French Armed Forces; what comes before the title is looked up again
            let cut = titles.iter().position(|t| {
                t.span.start > span.start && t.span.start < span.end && t.span.end > span.end
            });
            // "Labour Party leader": a party keeps its name and the title its
            // tail ("Party Leader" read over a party's name is its leader)
            if let Some(k) = cut
                && let Known::Organization(o) = h.known
                && gaz.organizations[o].kind == "party"
                && let tail_start = span.end + 1
                && tail_start < titles[k].span.end
                && text.get(span.end..tail_start) == Some(" ")
                && let Some(tail) = gaz
                    .find_titles(&text[tail_start..titles[k].span.end])
                    .into_iter()
                    .find(|x| x.start == 0 && x.end == titles[k].span.end - tail_start)
            {
                titles[k] = TitleMention {
                    span: Span::new(tail_start, titles[k].span.end),
                    sentence: si,
                    title: tail.title,
                };
                names.push((span, h.known));
                continue;
            }
            match cut.map(|k| &titles[k]) {
                Some(t) => names.extend(
                    gaz.find_names(&s_text[h.start..t.span.start - base])
                        .into_iter()
                        .map(|g| (Span::new(span.start + g.start, span.start + g.end), g.known)),
                ),
                None => names.push((span, h.known)),
            }
        }
        // "FIFA Congress", "74th Annual Congress", "its 2027 Congress": a
        // body's bare head word after a capitalized word, an ordinal, a year
        // or a possessive is the tail of a longer name or the possessor's
        // body, not the body the word alone names ("Congress" for the US one)
        names.retain(|&(sp, known)| {
            let word = sp.of(text);
            // "US$64.5 billion", "A$3 million": a currency, not the country
            if matches!(known, Known::Country(_)) && text[sp.end..].starts_with('$') {
                return false;
            }
            // the sentence before the name, and its last word
            let before = &text[sentence.span.start..sp.start];
            let prev = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next());
            // (whether that word is not the sentence's first)
            let prev_inside = prev.is_some_and(|p| sp.start > sentence.span.start + p.len() + 1);
            // "the Commonwealth of The Bahamas", "Congress of Peru": a
            // one-word body's name opening a longer name is not that body
            let opens = matches!(known, Known::Organization(_))
                && !word.trim_start_matches("The ").contains(' ')
                && !word.chars().all(|c| c.is_ascii_uppercase())
                && text[sp.end..sentence.span.end]
                    .strip_prefix(" of ")
                    .map(|r| r.strip_prefix("the ").unwrap_or(r))
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
            if opens {
                return false;
            }
            // the word `k` places back before the name (0: the one right before)
            let word_back = |k: usize| before.strip_suffix(' ').and_then(|b| b.rsplit(' ').nth(k));
            let given = |p: &str| p.starts_with(char::is_uppercase) && gaz.is_given_name(p);
            // a capitalized word the tables do not know
            let unknown_cap = |w: &str| {
                w.len() > 1
                    && w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !is_stop(w)
                    && gaz.find_names(w).is_empty()
                    && gaz.find_titles(w).is_empty()
            };
            // "Leonardo Pinto will assume", "Mercedes Ruiz said": a one-word
            // body's name that is a given name too, before a capitalized word
            // that names nothing known and heads no body, is a person's
            // given name
            if matches!(known, Known::Organization(_))
                && !word.contains(' ')
                && !word.chars().all(|c| c.is_ascii_uppercase())
                && gaz.is_given_name(word)
                && let Some(next) = text[sp.end..sentence.span.end]
                    .strip_prefix(' ')
                    .and_then(|r| r.split([' ', ',', '.', '’', '\'']).next())
                && unknown_cap(next)
                && !ORGANIZATION_HEADS.contains(&next)
            {
                return false;
            }
            // "Sheikh Fahad Al-Salem Al-Sabah", "Abu Bakr al-Iraqi": a place
            // or a nationality after an Arabic article or "bin" is a name's
            if matches!(
                known,
                Known::City(_) | Known::Country(_) | Known::Demonym(_)
            ) && ["Al-", "al-", "El-", "el-"]
                .iter()
                .any(|p| before.ends_with(p))
                || matches!(known, Known::City(_))
                    && ["bin ", "Bin ", "ibn ", "Ibn ", "bint ", "Abu "]
                        .iter()
                        .any(|p| before.ends_with(p))
            {
                return false;
            }
            // "He succeeds Anne Toulouse", "George Washington": a one-word
            // city's name right after a known given name is a surname
            // ... and so is a one-word place's name after a given name and
            // a middle initial: "Lloyd J. Austin", "Robert K. Denver"
            let after_initial = prev.is_some_and(is_initial) && word_back(1).is_some_and(given);
            if !word.contains(' ')
                && before.ends_with(' ')
                && (matches!(known, Known::City(_)) && prev.is_some_and(given)
                    || matches!(known, Known::City(_) | Known::Country(_)) && after_initial)
            {
                return false;
            }
            // "Carlos Holmes Trujillo": a one-word city's name that ends a
            // given name and an unknown capitalized word is a second surname
            // ... and "Sheikh Salem Abdullah Al Sabah": one that is a given
            // name too, before a given name or a particle, opens a name
            let next = text[sp.end..sentence.span.end]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.', ';', ':']).next())
                .unwrap_or("");
            // ... and "Alejandro Ruiz de Leon": a city's name after a
            // particle after a capitalized name word is a surname
            // (a given name before that word: not "Atletico de Madrid",
            // "the Universidad de Lima")
            let after_particle = prev.is_some_and(|p| NAME_PARTICLES.contains(&p))
                && word_back(1)
                    .is_some_and(|w| is_cap(w) && !is_stop(w) && gaz.find_names(w).is_empty())
                && word_back(2).is_some_and(given);
            let second_surname = prev.is_some_and(unknown_cap)
                && word_back(1).is_some_and(given)
                // (the name ends there: not "the Barack Obama Chicago library")
                && (text[sp.end..sentence.span.end].starts_with([',', '.', ';', ')'])
                    || matches!(
                        next,
                        "in" | "on" | "at" | "said" | "says" | "met" | "and" | "who" | "was"
                            | "is" | "will" | "has"
                    ));
            // (the given names leave out the cities' names, so the city is
            // told by what follows: a given name or particle, and by what
            // comes before: a title or honorific, not a preposition)
            let opens_a_name = (given(next)
                || NAME_PARTICLES.contains(&next.to_lowercase().as_str()))
                // (a title or an honorific before it: not "Visiting Paris
                // John Kerry said")
                && prev.is_some_and(|p| {
                    ["Sheikh", "Shaikh", "Sheik"].contains(&p)
                        || HONORIFICS.contains(&p)
                        || titles.iter().any(|t| t.span.end + 1 == sp.start)
                });
            if !word.contains(' ')
                && before.ends_with(' ')
                && matches!(known, Known::City(_))
                && (second_surname || opens_a_name || after_particle)
            {
                return false;
            }
            // "South American", "Latin American": a region's adjective, not
            // the country's demonym the gazetteer matched in its tail
            // ... and "North Atlantic Council": a body's name after a
            // direction is the tail of a longer name, not that body
            if matches!(known, Known::Demonym(_) | Known::Organization(_))
                && [
                    "North ", "South ", "East ", "West ", "Central ", "Latin ", "Pan-", "Native ",
                ]
                .iter()
                .any(|p| before.ends_with(p))
            {
                return false;
            }
            // "Pheu Thai leader", "Ruam Thai": a nationality word after an
            // unknown capitalized word (not the sentence's first, not an
            // acronym) is inside a longer proper name, not the country's
            if matches!(known, Known::Demonym(_))
                && let Some(prev) = prev
                // (a sentence's first word only before a title: "Ruam Thai
                // leader X", not "Senior Thai officials")
                && (prev_inside || titles.iter().any(|t| t.span.start == sp.end + 1))
                // (an English adjective first is no name's: "Conservative
                // French Prime Minister X")
                && (prev_inside
                    || prev == "Royal"
                    || !["ive", "ist", "al", "ic", "ent", "ant"]
                        .iter()
                        .any(|x| prev.ends_with(x)))
                && prev.starts_with(char::is_uppercase)
                && prev.chars().any(char::is_lowercase)
                && prev.chars().all(char::is_alphabetic)
                && !is_stop(prev)
                && !titles.iter().any(|t| t.span.end + 1 == sp.start)
                && gaz.find_names(prev).is_empty()
            {
                return false;
            }
            // "Finance, Health, Labour and Trade": a one-word body's name
            // that is a portfolio, in a list of portfolios, is one too
            if matches!(known, Known::Organization(_))
                && crate::lexicon::PORTFOLIO_WORDS.contains(&word)
                && {
                    let b = before.trim_end();
                    let b = b
                        .strip_suffix(',')
                        .or_else(|| b.strip_suffix(" and"))
                        .or_else(|| b.strip_suffix(" &"));
                    b.and_then(|b| b.trim_end().rsplit(' ').next())
                        .is_some_and(|w| crate::lexicon::PORTFOLIO_WORDS.contains(&w))
                }
            {
                return false;
            }
            // "Duma Gideon Boko": a one-word body's name right before a
            // given name and another capitalized word is the start of a
            // person's name, not the body
            let before_name = matches!(known, Known::Organization(_))
                && !word.contains(' ')
                && !word.chars().all(|c| c.is_ascii_uppercase())
                && text[sp.end..sentence.span.end]
                    .strip_prefix(' ')
                    .and_then(|r| r.split_once(' '))
                    .is_some_and(|(next, rest)| {
                        gaz.is_given_name(next) && rest.starts_with(char::is_uppercase)
                    });
            if before_name {
                return false;
            }
            // "Karen Wagner": a one-word body's name (not an acronym) right
            // after a given name is that person's surname, not the body
            // ("Wagner" for the Wagner Group)
            let after_given = matches!(known, Known::Organization(_))
                && !word.contains(' ')
                && !word.chars().all(|c| c.is_ascii_uppercase())
                && prev.is_some_and(|p| p.starts_with(char::is_uppercase) && gaz.is_given_name(p));
            if after_given {
                return false;
            }
            let tail = matches!(known, Known::Organization(_))
                && ORGANIZATION_HEADS.contains(&word)
                && prev.is_some_and(|prev| {
                    // (not a word that describes the body: "the Opposition
                    // Congress", "the Ruling Congress")
                    prev.starts_with(|c: char| c.is_uppercase())
                        && !is_stop(prev)
                        && prev_inside
                        && !matches!(prev, "Opposition" | "Ruling" | "Governing")
                            || prev.ends_with("th")
                                && prev.starts_with(|c: char| c.is_ascii_digit())
                            // "its 2027 Congress", "their Council": the
                            // possessor's own body
                            || (prev.len() == 4 && prev.chars().all(|c| c.is_ascii_digit()))
                            || matches!(prev, "its" | "their" | "his" | "her" | "our" | "whose")
                });
            !tail
        });
        let state: Vec<bool> = (0..names.len())
            .map(|k| us_state_reading(text, sentence.span, &names, k))
            .collect();
        let mut state = state.into_iter();
        names.retain(|_| !state.next().unwrap_or(false));
        for m in ANAPHOR.captures_iter(s_text) {
            let g = m.get(1).or_else(|| m.get(2)).expect("group 1 or 2");
            out.anaphors.push(Anaphor {
                span: Span::new(base + g.start(), base + g.end()),
                sentence: si,
            });
        }
        let tokens = tokenize(text, sentence.span);
        let ctx = SentenceCtx {
            text,
            sentence,
            index: si,
            tokens: &tokens,
            names: &names,
            titles: &titles,
            lower_words: &lower_words,
        };
        ctx.collect(&mut out);
        out.titles.extend(titles);
    }
    out.mentions.sort_by_key(|m| (m.span, m.kind));
    out.mentions.dedup_by(|a, b| a.span == b.span);
    listed_people(text, &mut out);
    out
}

/// "his Minister of Foreign Affairs and Regional Integration, X", "the
/// Director of State Protocol", "the Director of the Asia Division of Y":
/// whether the words at `start` follow an office's "of" or "for", and so
/// name its portfolio or body, no one. A name right after a whole title is
/// not ("Secretary of State Antony Blinken").
fn after_office_of(text: &str, start: usize, titles: &[TitleMention]) -> bool {
    static OFFICE_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:Minister|Ministers|Director|Secretary|Head|Chief|Commissioner|Chair|Chairman|Chairwoman|Chairperson|Governor|Envoy|Adviser|Advisor|Coordinator|Spokesperson|Spokesman|Spokeswoman)(?:[- ]General)? (?:of|for) (?:the )?(?:[A-Z][\w'’.-]*,? |(?:and|&) ){0,10}$")
            .expect("valid regex")
    });
    let from = text.floor_char_boundary(start.saturating_sub(160));
    let pre = &text[from..start];
    // (no one's given name among the portfolio's words: "Ministers of
    // Foreign Affairs and Defence, Amina Yusuf, Bello Musa and X")
    let named = || {
        OFFICE_OF.find(pre).is_some_and(|m| {
            m.as_str().split(", ").skip(1).any(|part| {
                part.split(' ')
                    .next()
                    .is_some_and(|w| gazetteer().is_given_name(w))
            })
        })
    };
    [" of ", " for ", " the ", " and ", " & ", ", "]
        .iter()
        .any(|w| pre.ends_with(w))
        && OFFICE_OF.is_match(pre)
        && !named()
        && !titles.iter().any(|t| t.span.end + 1 == start)
}

/// "Raul Chapado, Adille Sumariwalla and Jackson Tuwei were elected": an
/// open name of two or three capitalized words listed beside a person (a
/// comma or "and" between) is a person too. Single words stay open: they
/// are surnames or other names more often than people named in full.
fn listed_people(text: &str, out: &mut Mentions) {
    const SEPARATORS: &[&str] = &[", ", " and ", ", and "];
    // a person named right before or right after (mentions are sorted)
    let person_at = |ms: &[Mention], span: Span| {
        // (a few on each side: names may nest, "U.S." inside a longer name)
        let k = ms.partition_point(|m| m.span.start < span.start);
        let before = ms[..k].iter().rev().take(4).filter(|m| {
            m.span.end <= span.start && SEPARATORS.contains(&&text[m.span.end..span.start])
        });
        let after = ms[k..].iter().take(4).filter(|m| {
            span.end <= m.span.start && SEPARATORS.contains(&&text[span.end..m.span.start])
        });
        before.chain(after).any(|m| m.kind == MentionKind::Person)
    };
    let mut found = Vec::new();
    // a list is read left to right, so that a name listed beside one found
    // here is found too
    for c in &out.candidates {
        let name = c.span.of(text);
        let words: Vec<&str> = name.split(' ').collect();
        let name_like = (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .skip(1)
                        .all(|ch| ch.is_lowercase() || ch == '-' || ch == '\'')
                    && !is_stop(w)
            });
        if name_like
            && (person_at(&out.mentions, c.span) || person_at(&found, c.span))
            && !after_office_of(text, c.span.start, &out.titles)
        {
            found.push(Mention {
                span: c.span,
                sentence: c.sentence,
                kind: MentionKind::Person,
                cue: Cue::List,
            });
        }
    }
    if !found.is_empty() {
        let taken: Vec<Span> = found.iter().map(|m| m.span).collect();
        out.candidates.retain(|c| !taken.contains(&c.span));
        out.mentions.extend(found);
        out.mentions.sort_by_key(|m| (m.span, m.kind));
    }
}

struct SentenceCtx<'a> {
    text: &'a str,
    sentence: &'a Sentence,
    index: usize,
    tokens: &'a [Token],
    names: &'a [(Span, Known)],
    titles: &'a [TitleMention],
    lower_words: &'a FxHashSet<Cow<'a, str>>,
}

/// A run of capitalized tokens (token indices `[start, end)`).
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
    /// A gazetteer name absorbed at its start ("Paris" in "Paris Hilton").
    absorbed: Option<(Span, Known)>,
    /// A gazetteer body's name absorbed at its end ("Congress Party" in
    /// "Mwana Congress Party").
    tail: Option<Span>,
    connectors: bool,
}

impl SentenceCtx<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].span.of(self.text)
    }

    fn covered_by_name(&self, span: Span) -> Option<(Span, Known)> {
        self.names.iter().copied().find(|(s, _)| s.overlaps(&span))
    }

    /// "Angola: H.E. President X": a line that starts with a country's name
    /// and a colon, as a roster of delegations does.
    fn roster_line(&self) -> bool {
        let start = self.sentence.span.start;
        self.names.iter().any(|&(n, known)| {
            n.start == start
                && matches!(known, Known::Country(_))
                && self
                    .between(n.end, self.sentence.span.end)
                    .starts_with(": ")
        })
    }

    /// "Musaad Al-Aiban, Saudi Minister of State, ...": a post apposed to
    /// the name, right after the comma or after one word (its country).
    fn post_apposed(&self, span: Span) -> bool {
        let after = self.between(span.end, self.sentence.span.end);
        let Some(rest) = after.strip_prefix(", ") else {
            return false;
        };
        let first_word_end = rest.find(' ').map_or(rest.len(), |i| i + 1);
        let starts = [span.end + 2, span.end + 2 + first_word_end];
        self.titles.iter().any(|t| {
            starts.contains(&t.span.start)
                && gazetteer().titles[t.title].kind != "royal"
                && self
                    .between(t.span.end, self.sentence.span.end)
                    .starts_with([',', ' ', '.'])
        })
    }

    /// "Umaro Embaló (Guinea-Bissau), ...", "Joseph Boakai of Liberia, ...":
    /// a name tagged with a country, in a list or at the clause's end, is a
    /// person's (a body's name would end with its head word).
    /// "the foreign ministers of Nepal (Arjun Thapa), Laos (X)": a name
    /// bracketed right after a country that a post's "of" or a list of
    /// such pairs leads to, closed or followed by the next pair.
    fn bracketed_after_country(&self, span: Span) -> bool {
        let before = self.between(self.sentence.span.start, span.start);
        let after = self.between(span.end, self.sentence.span.end);
        let Some(pre) = before.strip_suffix(" (") else {
            return false;
        };
        let at = self.sentence.span.start + pre.len();
        let country = self
            .names
            .iter()
            .find(|&&(n, known)| n.end == at && matches!(known, Known::Country(_)));
        country.is_some_and(|&(n, _)| {
            let lead = self.between(self.sentence.span.start, n.start);
            (after.starts_with(')') || after.starts_with(", "))
                && [" of ", ", ", " and "].iter().any(|w| lead.ends_with(w))
                && self.titles.iter().any(|t| t.span.end <= n.start)
        })
    }

    fn country_tag_after(&self, span: Span) -> bool {
        let after = self.between(span.end, self.sentence.span.end);
        let Some((skip, close)) = country_tag_opening(after) else {
            return false;
        };
        let at = span.end + skip;
        self.names.iter().any(|&(n, known)| {
            n.start == at
                && matches!(known, Known::Country(_))
                && self
                    .between(n.end, self.sentence.span.end)
                    .strip_prefix(close)
                    .is_some_and(|r| {
                        r.is_empty()
                            || r.starts_with([',', ';', '.'])
                            || r.starts_with(" and ")
                            || (close.is_empty() && r.starts_with(')'))
                    })
        })
    }

    /// "Ambassador to Mexico Ken Salazar": a given name and another
    /// capitalized word start a full name of their own, which the place
    /// before them does not begin.
    fn full_name_at(&self, j: usize) -> bool {
        j + 1 < self.tokens.len()
            && self.given(self.word(j))
            && self.joins(j, j + 1)
            && self.free_cap(j + 1)
    }

    /// "AU Commission", "ASEAN Regional Forum", "OPEC Council of Ministers":
    /// a known organization's name followed by a body's head word (right
    /// after it, or after one more capitalized word) names a body of its own.
    fn body_of_org(&self, j: usize) -> bool {
        ORGANIZATION_HEADS.contains(&self.word(j))
            || (j + 1 < self.tokens.len()
                && self.joins(j, j + 1)
                && self.free_cap(j + 1)
                && ORGANIZATION_HEADS.contains(&self.word(j + 1)))
    }

    /// Whether a name starting at `start` follows a minister's title and
    /// its "for"/"of" ("Minister for Information and Press", "Secretary of
    /// State for Culture"): the name is the title's portfolio.
    fn portfolio_at(&self, start: usize) -> bool {
        let before = self.between(self.sentence.span.start, start);
        [
            "Minister for ",
            "Minister of ",
            "Secretary for ",
            "Secretary of State for ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
    }

    /// Where a body's name that ends at `span` goes on to through its remit:
    /// "for the Safeguard of the Homeland", "of Ministers" (capitalized words
    /// joined by of/for/the/and, no person named among them).
    fn remit_end(&self, span: Span) -> Option<usize> {
        static REMIT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^ (?:of|for)(?: the)? [A-Z][\w’'-]*(?: (?:of|for|the|and) (?:the )?[A-Z][\w’'-]*| [A-Z][\w’'-]*)*")
                .expect("valid regex")
        });
        let last = span.of(self.text).rsplit(' ').next().unwrap_or("");
        if !ORGANIZATION_HEADS.contains(&last) {
            return None;
        }
        let m = REMIT.find(self.between(span.end, self.sentence.span.end))?;
        let end = span.end + m.end();
        // no person's name inside, and not a known body's name alone ("of the
        // African Union": that body's own name)
        let inner = self
            .names
            .iter()
            .filter(|(n, _)| n.start >= span.end && n.end <= end);
        let mut known = inner.clone();
        if known.any(|(n, _)| {
            n.start == span.end + m.as_str().find(char::is_uppercase).unwrap_or(0) && n.end == end
        }) {
            return None;
        }
        (self.between(span.end, end).split_whitespace().count() <= 8 && inner.count() <= 1)
            .then_some(end)
    }

    /// Whether a name starting at `start` follows a minister's or an aide's
    /// portfolio under way: "Minister of ", "Secretary for ", "Minister of
    /// Energy and ", "Special Adviser for Media and ".
    fn after_portfolio(&self, start: usize) -> bool {
        static PORTFOLIO: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:Minister|Secretary|Commissioner|Adviser|Advisor|Assistant|Director|Officer|Spokesperson|Spokesman|Spokeswoman)(?: of State)? (?:of|for) (?:[A-Z][A-Za-z-]* )*(?:and |& )?$")
                .expect("valid regex")
        });
        let before = self.between(self.sentence.span.start, start);
        // (not a title's own words: "Secretary of State John Kerry")
        !self.titles.iter().any(|t| t.span.end + 1 == start)
            && [
                "Minister",
                "Secretary",
                "Commissioner",
                "Advis",
                "Assistant",
                "Director",
                "Officer",
                "Spokes",
            ]
            .iter()
            .any(|t| before.contains(t))
            && PORTFOLIO.is_match(before)
    }

    /// Whether the words at `start` follow a post's "of the" ("the
    /// President of the ", "Member of the "), not a minister's portfolio:
    /// they name the body the post is in.
    fn body_after_post_of(&self, start: usize) -> bool {
        self.titles.iter().any(|t| {
            let title = &gazetteer().titles[t.title];
            t.span.end < start
                && self.between(t.span.end, start) == " of the "
                && !matches!(
                    title.title.as_str(),
                    "Governor" | "Mayor" | "Deputy Governor" | "Deputy Mayor" | "Leader"
                )
                && title.kind != "minister"
        }) && !self.after_portfolio(start)
            && !self.portfolio_at(start)
    }

    fn covered_by_title(&self, span: Span) -> bool {
        self.titles.iter().any(|t| t.span.overlaps(&span))
    }

    /// Text between two byte offsets of the sentence.
    fn between(&self, a: usize, b: usize) -> &str {
        if a <= b { &self.text[a..b] } else { "" }
    }

    fn collect(&self, out: &mut Mentions) {
        let heading = self.sentence.kind != LineKind::Body;
        // Gazetteer names first; some are absorbed into longer names below.
        let runs = self.runs();
        let absorbed: Vec<Span> = runs
            .iter()
            .flat_map(|r| r.absorbed.map(|a| a.0).into_iter().chain(r.tail))
            .collect();
        let mut kept_absorbed: Vec<Span> = Vec::new();
        for run in runs.iter().flat_map(|r| self.split(r, heading)) {
            let run = &run;
            let span = self.run_span(run);
            // "Central Bank of Lesotho", "University of Tokyo": a body's name
            // goes on through "of" and the country or city it serves (which
            // stays a mention of its own, as in "British Museum")
            let served = self
                .names
                .iter()
                .find(|(n, k)| {
                    matches!(k, Known::Country(_) | Known::City(_))
                        && n.start == span.end + 4
                        && self.between(span.end, n.start) == " of "
                })
                .map(|(n, _)| n.end);
            let one_head = run.end - run.start == 1 && {
                let w = self.word(run.start);
                ORGANIZATION_HEADS.contains(&w) || ORGANIZATION_FIRST_WORDS.contains(&w)
            };
            let classified = self.classify(run, span, heading).or_else(|| {
                (one_head && !heading && served.is_some())
                    .then_some((MentionKind::NewOrganization, Cue::HeadWord))
            });
            // a body's name at the end stands unless the whole is a body
            if let Some(tail) = run.tail
                && classified.is_none_or(|(k, _)| k != MentionKind::NewOrganization)
            {
                kept_absorbed.push(tail);
                continue;
            }
            let Some((kind, cue)) = classified else {
                // "French Trade and Industry Minister": no longer name after
                // all, so the demonym it would have absorbed stands
                if let Some((a, Known::Demonym(_))) = run.absorbed {
                    kept_absorbed.push(a);
                }
                // and "Kenya Sports Minister": a country before portfolio
                // words and a title stands
                if let Some((a, Known::Country(_))) = run.absorbed
                    && (run.start..run.end)
                        .filter(|&i| !a.contains(&self.tokens[i].span))
                        .all(|i| crate::lexicon::PORTFOLIO_WORDS.contains(&self.word(i)))
                    && self.titles.iter().any(|t| t.span.start == span.end + 1)
                {
                    kept_absorbed.push(a);
                }
                // one open word ("Obrador"), or two or three ("López
                // Obrador"): what may repeat the end of a full name (in a
                // headline, only the speaker before its colon: "Rutte: NATO
                // will be ...")
                let speaker_head = span.start == self.sentence.span.start
                    && self.text[span.end..].starts_with(':');
                if (1..=3).contains(&(run.end - run.start))
                    && run.absorbed.is_none()
                    && !run.connectors
                    && (!heading || speaker_head)
                {
                    out.candidates.push(Candidate {
                        span,
                        sentence: self.index,
                    });
                }
                continue;
            };
            if kind == MentionKind::NewOrganization
                && let Some((a, Known::Country(_) | Known::Demonym(_))) = run.absorbed
            {
                kept_absorbed.push(a); // "British Museum" still mentions Britain
            }
            let span = match served {
                Some(end) if kind == MentionKind::NewOrganization && cue == Cue::HeadWord => {
                    Span::new(span.start, end)
                }
                _ => span,
            };
            // "National Council for the Safeguard of the Homeland", "OPEC
            // Council of Ministers": a body's name goes on through "of/for
            // (the)" and the capitalized words of its remit
            let span = if kind == MentionKind::NewOrganization
                && cue == Cue::HeadWord
                && served.is_none()
                && let Some(end) = self.remit_end(span)
            {
                Span::new(span.start, end)
            } else {
                span
            };
            // "Minister of Energy and Mining Claire Uwase": the portfolio's
            // words before the given name are no part of the person's name
            // and "veteran Gaullist Pierre Lemaire", "Peronist Daniel
            // Scioli": a follower's word ("-ist") before a given name is no
            // part of the name
            let follower = |w: &str| {
                w.len() > 4 && (w.ends_with("ist") || w.ends_with("ista")) && !self.given(w)
            };
            let span = match (kind, self.after_portfolio(span.start)) {
                (MentionKind::Person, true) if !self.given(self.word(run.start)) => (run.start + 1
                    ..run.end)
                    .find(|&i| self.given(self.word(i)))
                    .map_or(span, |k| Span::new(self.tokens[k].span.start, span.end)),
                (MentionKind::Person, false)
                    if run.end - run.start >= 3
                        && follower(self.word(run.start))
                        && self.given(self.word(run.start + 1)) =>
                {
                    Span::new(self.tokens[run.start + 1].span.start, span.end)
                }
                _ => span,
            };
            // "Minister for Information and Press": a portfolio, not a body
            if kind == MentionKind::NewOrganization
                && cue == Cue::HeadWord
                && self.portfolio_at(span.start)
            {
                continue;
            }
            out.mentions.push(Mention {
                span,
                sentence: self.index,
                kind,
                cue,
            });
            // acronym defined right after: "... Studies (IISS)"
            if let Some(c) = ACRONYM_DEF.captures(&self.text[span.end..self.sentence.span.end]) {
                let g = c.get(1).expect("group 1");
                let acro = Span::new(span.end + g.start(), span.end + g.end());
                // (or a body's own acronym in capitals whatever its
                // initials: "Bank of Jamaica (BOJ)", "Nationalist Party
                // (KMT)": unknown, or the gazetteer's body of the same kind;
                // not a country's or an agency's: "Gulf Marine Services (UAE)")
                let caps = acro.of(self.text);
                let same_kind = || {
                    let known: Vec<_> = gazetteer()
                        .find_names(caps)
                        .into_iter()
                        .filter(|h| h.start == 0 && h.end == caps.len())
                        .collect();
                    known.is_empty()
                        || known.iter().all(|h| match h.known {
                            Known::Organization(o) => {
                                crate::gazetteer::org_kind_by_form(span.of(self.text))
                                    == Some(gazetteer().organizations[o].kind.as_str())
                            }
                            _ => false,
                        })
                };
                if initials_match(span.of(self.text), caps)
                    || (kind == MentionKind::NewOrganization
                        && (2..=6).contains(&caps.len())
                        && caps.chars().all(|c| c.is_ascii_uppercase())
                        && same_kind())
                {
                    out.acronyms.push((span, acro));
                }
            }
        }
        for &(span, known) in self.names {
            if absorbed.contains(&span) && !kept_absorbed.contains(&span) {
                continue;
            }
            let kind = match known {
                Known::Country(i) => MentionKind::Country(i),
                Known::Demonym(i) => MentionKind::Demonym(i),
                Known::City(i) => MentionKind::City(i),
                Known::Organization(i) => MentionKind::KnownOrganization(i),
            };
            out.mentions.push(Mention {
                span,
                sentence: self.index,
                kind,
                cue: Cue::Gazetteer,
            });
        }
    }

    fn run_span(&self, run: &Run) -> Span {
        Span::new(
            self.tokens[run.start].span.start,
            self.tokens[run.end - 1].span.end,
        )
    }

    /// A run joined by connectors that is not an organization's name is cut
    /// at its connectors: "Claire Dubois and Kenji Tanabe" is two names.
    fn split(&self, run: &Run, heading: bool) -> Vec<Run> {
        // "Sovereign Council Omar Bashir": a body's name, then a person's
        if let Some(k) = (run.start..run.end.saturating_sub(1)).find(|&k| {
            ORGANIZATION_HEADS.contains(&self.word(k))
                && k > run.start
                && self.given(self.word(k + 1))
        }) && self.classify(run, self.run_span(run), heading).is_none()
        {
            let (a, b) = (
                Run {
                    end: k + 1,
                    tail: None,
                    ..*run
                },
                Run {
                    start: k + 1,
                    absorbed: None,
                    ..*run
                },
            );
            return self
                .split(&a, heading)
                .into_iter()
                .chain(self.split(&b, heading))
                .collect();
        }
        // "the President of the Civic Solution Laura Binns", "Member of the
        // Presidency Laura Binns": after a post's "of the", a body's name,
        // then the holder's, which opens on a given name
        if self.body_after_post_of(self.tokens[run.start].span.start)
            && let Some(k) = (run.start + 1..run.end.saturating_sub(1)).find(|&k| {
                self.given(self.word(k))
                    && !self.given(self.word(k - 1))
                    && (k + 1..run.end).all(|i| is_cap(self.word(i)))
                    // ("the Saint Lucia Tourism Authority X": no body's word
                    // in the holder's name)
                    && !(k..run.end).any(|i| ORGANIZATION_HEADS.contains(&self.word(i)))
                    && run.end - k <= 4
            })
            && !(run.start..run.end).any(|i| CONNECTORS.contains(&self.word(i)))
        {
            let (a, b) = (
                Run {
                    end: k,
                    tail: None,
                    ..*run
                },
                Run {
                    start: k,
                    absorbed: None,
                    ..*run
                },
            );
            return vec![a, b];
        }
        // "chief Hassan Moustafa and Federation of International Basketball
        // head X": a person's name, "and", then a body's name
        if run.connectors
            && self.given(self.word(run.start))
            && let Some(k) =
                (run.start + 2..run.end.saturating_sub(1)).find(|&k| self.word(k) == "and")
            && !(run.start..k).any(|i| CONNECTORS.contains(&self.word(i)))
        {
            let right = Run {
                start: k + 1,
                absorbed: None,
                ..*run
            };
            if matches!(
                self.classify(&right, self.run_span(&right), heading),
                Some((MentionKind::NewOrganization, _))
            ) {
                let left = Run {
                    end: k,
                    tail: None,
                    connectors: false,
                    ..*run
                };
                return vec![left, right];
            }
        }
        if !run.connectors || self.classify(run, self.run_span(run), heading).is_some() {
            return vec![*run];
        }
        let mut parts = Vec::new();
        let mut start = run.start;
        for i in run.start..run.end {
            if CONNECTORS.contains(&self.word(i)) {
                if start < i {
                    parts.push(Run {
                        start,
                        end: i,
                        absorbed: run.absorbed.filter(|_| start == run.start),
                        tail: None,
                        connectors: false,
                    });
                }
                start = i + 1;
            }
        }
        if start < run.end {
            parts.push(Run {
                start,
                end: run.end,
                absorbed: None,
                tail: run.tail,
                connectors: false,
            });
        }
        parts
    }

    /// Maximal runs of capitalized tokens not covered by titles or gazetteer names.
    fn runs(&self) -> Vec<Run> {
        let mut runs = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            let w = self.word(i);
            let span = self.tokens[i].span;
            let name_here = self.covered_by_name(span);
            let starts =
                is_cap(w) && !self.covered_by_title(span) && !is_stop(w) && !self.honorific_at(i);
            if !starts {
                i += 1;
                continue;
            }
            let mut run = Run {
                start: i,
                end: i + 1,
                absorbed: None,
                tail: None,
                connectors: false,
            };
            if let Some((nspan, known)) = name_here {
                // a gazetteer name followed by a capitalized unknown word is part of a longer name
                let mut j = i;
                while j < n && self.tokens[j].span.end <= nspan.end {
                    j += 1;
                }
                if j > i
                    && j < n
                    && nspan.start == span.start
                    && self.joins(j - 1, j)
                    && self.free_cap(j)
                    && (!matches!(known, Known::Organization(_)) || self.body_of_org(j))
                    && !self.full_name_at(j)
                    // ("the President of China Xi Jinping": the post's
                    // country, the name after it)
                    && !(matches!(known, Known::Country(_))
                        && self.post_of_before(nspan.start)
                        && !self.body_name_from(j)
                        && self.two_word_name_at(j))
                {
                    run = Run {
                        start: i,
                        end: j + 1,
                        absorbed: Some((nspan, known)),
                        tail: None,
                        connectors: false,
                    };
                    i = j + 1;
                } else {
                    i = j.max(i + 1);
                    continue;
                }
            } else {
                i += 1;
            }
            // extend
            while i < n {
                // ("Samir Said as finance minister": the surname "Said"
                // after a given name, capitalized inside a sentence, is no
                // verb)
                let said = self.word(i) == "Said" && self.given(self.word(i - 1));
                if self.joins(i - 1, i) && (self.free_cap(i) || said) {
                    run.end = i + 1;
                    i += 1;
                    continue;
                }
                // "Mwana Congress Party": a known body's name that ends in a
                // body's head word, after an unknown capitalized word, is the
                // tail of a longer name (not the gazetteer's Congress Party)
                if self.joins(i - 1, i)
                    && let Some((nspan, Known::Organization(_))) =
                        self.covered_by_name(self.tokens[i].span)
                    && nspan.start == self.tokens[i].span.start
                    && nspan.of(self.text).rsplit(' ').next().is_some_and(|w| {
                        w != nspan.of(self.text) && ORGANIZATION_HEADS.contains(&w)
                    })
                {
                    while i < n && self.tokens[i].span.end <= nspan.end {
                        i += 1;
                    }
                    run.end = i;
                    run.tail = Some(nspan);
                    break;
                }
                // a month as a surname after a given name, not before a day:
                // "Theresa May said", not "in May 2024"
                if self.joins(i - 1, i)
                    && run.end - run.start == 1
                    && MONTHS.contains(&self.word(i))
                    && self.given(self.word(i - 1))
                    && !(i + 1 < n && self.word(i + 1).starts_with(|c: char| c.is_ascii_digit()))
                {
                    run.end = i + 1;
                    i += 1;
                    continue;
                }
                // a particle joined by a hyphen: "Abdel Fattah al-Sisi"
                if self.joins(i - 1, i)
                    && hyphenated_particle(self.word(i))
                    && self.covered_by_name(self.tokens[i].span).is_none()
                {
                    run.end = i + 1;
                    i += 1;
                    continue;
                }
                // particles followed by a capitalized word: "von der Leyen", "bin Salman"
                let mut k = i;
                while k < n && NAME_PARTICLES.contains(&self.word(k)) && self.joins(k - 1, k) {
                    k += 1;
                }
                if k > i && k < n && self.joins(k - 1, k) && self.free_cap(k) {
                    run.end = k + 1;
                    i = k + 1;
                    continue;
                }
                // a connector followed by a capitalized word
                if CONNECTORS.contains(&self.word(i))
                    && i + 1 < n
                    && self.joins(i - 1, i)
                    && self.joins(i, i + 1)
                    && self.free_cap(i + 1)
                {
                    run.end = i + 2;
                    run.connectors = true;
                    i += 2;
                    continue;
                }
                // "Federation of Iraqi Chambers of Commerce": a connector, a
                // nationality word and a capitalized word go on the name (the
                // nationality word still mentions its country)
                if CONNECTORS.contains(&self.word(i))
                    && i + 2 < n
                    && self.joins(i - 1, i)
                    && self.joins(i, i + 1)
                    && self.joins(i + 1, i + 2)
                    && self
                        .covered_by_name(self.tokens[i + 1].span)
                        .is_some_and(|(sp, known)| {
                            matches!(known, Known::Demonym(_)) && sp == self.tokens[i + 1].span
                        })
                    && self.free_cap(i + 2)
                {
                    run.end = i + 3;
                    run.connectors = true;
                    i += 3;
                    continue;
                }
                break;
            }
            if run.end - run.start >= 3
                && run.absorbed.is_none()
                && crate::lexicon::QUESTION_OPENERS.contains(&self.word(run.start))
                && self
                    .between(self.sentence.span.start, self.tokens[run.start].span.start)
                    .chars()
                    .all(|c| matches!(c, '“' | '"' | '‘' | '\'' | '(' | ' '))
            {
                run.start += 1;
            }
            runs.push(run);
        }
        runs
    }

    /// A capitalized token that is not a title, stop word or gazetteer name.
    fn free_cap(&self, i: usize) -> bool {
        let w = self.word(i);
        let span = self.tokens[i].span;
        is_cap(w)
            && !is_stop(w)
            && !self.honorific_at(i)
            && !self.covered_by_title(span)
            && self.covered_by_name(span).is_none()
    }

    /// Whether token `i` is an honorific: "Dr", or a word the table writes
    /// with its full stop when the stop follows ("Eng." but not the surname
    /// "Eng").
    fn honorific_at(&self, i: usize) -> bool {
        // the words of the honorifics of two words ("Tan Sri"), first and
        // second, so that most tokens are ruled out without a lookup
        static PAIRS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
            let (mut first, mut second): (Vec<_>, Vec<_>) =
                HONORIFICS.iter().filter_map(|h| h.split_once(' ')).unzip();
            for l in [&mut first, &mut second] {
                l.sort_unstable();
                l.dedup();
            }
            (first, second)
        });
        // as written: with the full stop or apostrophe that follows ("Eng.",
        // "Dato'"), or without
        let written = |k: usize| -> (&str, Option<String>) {
            let w = self.word(k);
            let rest = &self.text[self.tokens[k].span.end..];
            let mark = [".", "'", "’"].into_iter().find(|m| rest.starts_with(m));
            (
                w,
                mark.map(|m| format!("{w}{}", if m == "’" { "'" } else { m })),
            )
        };
        let is = |w: &str| HONORIFICS.contains(&w);
        let w = self.word(i);
        if is(w) {
            return true;
        }
        let (first, second) = &*PAIRS;
        let next_is = |c: char| self.text[self.tokens[i].span.end..].starts_with(c);
        let could_be_marked = next_is('.') || next_is('\'') || next_is('’');
        if could_be_marked && written(i).1.is_some_and(|m| is(&m)) {
            return true;
        }
        // two words: "Tan Sri", "Datuk Seri", "Dato' Sri" (either of them)
        let pair = |a: usize, b: usize| {
            if b >= self.tokens.len() {
                return false;
            }
            let (wa, ma) = written(a);
            let (wb, mb) = written(b);
            let gap = self.between(self.tokens[a].span.end, self.tokens[b].span.start);
            (gap == " " && is(&format!("{wa} {wb}")))
                || ma.is_some_and(|m| {
                    // the mark as written (a curly apostrophe is three bytes),
                    // on the second word too ("Rt. Hon.")
                    gap.strip_suffix(' ')
                        .is_some_and(|g| matches!(g, "." | "'" | "’"))
                        && (is(&format!("{m} {wb}"))
                            || mb.as_ref().is_some_and(|mb| is(&format!("{m} {mb}"))))
                })
        };
        let starts_pair = first.iter().any(|f| f.trim_end_matches('\'') == w);
        let ends_pair = second.binary_search(&w).is_ok();
        (starts_pair && pair(i, i + 1)) || (ends_pair && i > 0 && pair(i - 1, i))
    }

    /// Whether tokens `a` and `b` are separated by a single space only.
    fn joins(&self, a: usize, b: usize) -> bool {
        let gap = self.between(self.tokens[a].span.end, self.tokens[b].span.start);
        gap == " "
            || gap.is_empty()
            // "St. Lawrence Seaway", "Mt. Kenya": an abbreviated Saint or
            // Mount starts the name
            || (gap == ". " && matches!(self.word(a), "St" | "Ste" | "Mt"))
            // "Naga People's Front", "Women's League": a plural's possessive
            // inside a body's name
            || (matches!(gap, "'s " | "’s ")
                && matches!(self.word(a), "People" | "Women" | "Children" | "Men"))
    }

    fn classify(&self, run: &Run, span: Span, heading: bool) -> Option<(MentionKind, Cue)> {
        let words: Vec<&str> = (run.start..run.end).map(|i| self.word(i)).collect();
        let n = words.len();
        let last = *words.last()?;
        let first = words[0];
        let before = self.between(self.sentence.span.start, span.start);
        let after = self.between(span.end, self.sentence.span.end);
        // "the St. Lawrence Seaway", "St Agnes": a saint's or a mount's name
        // is a place's or a church's, no person's (a body's if it ends like
        // one: "St. Lawrence Seaway Management Corporation")
        if n >= 2 && matches!(first, "St" | "Ste" | "Mt") && !ORGANIZATION_HEADS.contains(&last) {
            return None;
        }
        // "the Reciprocal Access Agreement (RAA)", "Special Drawing Rights": a
        // document or a right, no body and no person
        // (and "the Queen's Counsel Act": a title's law, no one after it)
        if DOCUMENT_HEADS.contains(&last) && (n >= 2 || self.title_before(span.start).is_some()) {
            return None;
        }
        // organizations by form
        // "Central Bank of Lesotho", "Supreme Court of Kenya": a body's name
        // and its country or domain after "of"
        // ("Citizens Alliance for Reform", "Commission on Human Rights")
        let head_of = run.connectors
            && words
                .windows(2)
                .position(|w| matches!(w[1], "of" | "for" | "on"))
                .is_some_and(|k| ORGANIZATION_HEADS.contains(&words[k]));
        let org_form = ORGANIZATION_HEADS.contains(&last)
            || (run.connectors && ORGANIZATION_FIRST_WORDS.contains(&first))
            || head_of
            || (n >= 2
                && ACRONYM_DEF.captures(after).is_some_and(|c| {
                    initials_match(span.of(self.text), c.get(1).map_or("", |g| g.as_str()))
                })
                && !self.given(first));
        if org_form && n >= 2 && !heading {
            return Some((MentionKind::NewOrganization, Cue::HeadWord));
        }

        if run.connectors {
            return None;
        }
        // "Minister of State, Foreign Affairs, Trade and Culture": a run of
        // portfolio words is a portfolio, no one's name
        if words
            .iter()
            .all(|w| crate::lexicon::PORTFOLIO_WORDS.contains(w) || matches!(*w, "and" | "&"))
        {
            return None;
        }
        // ("Minister of Foreign Affairs, African Cooperation and X Abroad,
        // Y": after a comma, a portfolio only while the list goes on)
        if after_office_of(self.text, span.start, self.titles)
            && (!before.ends_with(", ") || after.starts_with(" and "))
            && !words.iter().any(|w| self.given(w))
        {
            return None;
        }
        // "the RMT union", "rail union RMT", "drivers' union Aslef said": a
        // body's noun in lower case right after an acronym, or right
        // before a one-word name that ends its clause
        if n == 1 && !heading && run.absorbed.is_none() && !self.given(first) {
            let noun_after = after
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.', ';']).next())
                .is_some_and(|w| {
                    // (after an acronym, only nouns no acronym describes:
                    // "the RMT union", not "an AI firm", "an LGBT group")
                    matches!(w, "union" | "party" | "bloc" | "militia" | "coalition")
                })
                // "the PTI news agency" (not "the TV news agency crew")
                || (first.len() >= 3 && after.starts_with(" news agency"));
            let noun_before = before
                .strip_suffix(' ')
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| BODY_NOUNS.contains(&w));
            // (not "the coalition Mitsotakis has built")
            let clause_ends = after.is_empty()
                || [",", ".", ";", " (", " said", " says"]
                    .iter()
                    .any(|p| after.starts_with(p));
            if (noun_after && is_acronym(first)) || (noun_before && clause_ends) {
                return Some((MentionKind::NewOrganization, Cue::HeadWord));
            }
        }
        if n == 1 && is_acronym(first) {
            // "PFA president Jibril Rajoub", "NSC leader X": an acronym
            // owning the title of a person named right after it
            let owns_title = self.titles.iter().any(|t| {
                t.span.start == span.end + 1
                    && after.starts_with(' ')
                    && matches!(
                        gazetteer().titles[t.title].kind.as_str(),
                        "org-leader" | "business" | "official" | "legislator" | "head-of-state"
                    )
                    && self
                        .between(t.span.end, self.sentence.span.end)
                        .strip_prefix(' ')
                        .is_some_and(|r| r.split(' ').next().is_some_and(is_cap))
            });
            return owns_title.then_some((MentionKind::NewOrganization, Cue::Acronym));
        }
        // "Carlsberg chief executive Jacob Hansen": an unknown word owning
        // the company post of a person named right after it is the company;
        // "Pheu Thai leader X", "Palang Pracharat Secretary-General X": an
        // unknown name (up to three words) owning a leader's post is a
        // party or a movement
        // (not a chamber's party caucus: "Senate Democratic Leader X",
        // "House Republican Leader Y" name no body "Senate Democratic")
        let caucus = span
            .of(self.text)
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "Democratic" | "Republican"));
        if !heading
            && run.absorbed.is_none()
            && !caucus
            && !self.given(first)
            && !is_stop(first)
            && !self.lower_words.contains(first.to_lowercase().as_str())
            && self.titles.iter().any(|t| {
                let title = &gazetteer().titles[t.title];
                let company = n <= 3 && (title.kind == "business" || title.title == "Chairman");
                // one leader ("the Special Leaders Retreat" is none)
                let party = n <= 3
                    && matches!(
                        title.title.as_str(),
                        "Leader" | "Party Leader" | "Secretary General"
                    )
                    && !t.span.of(self.text).ends_with('s');
                let next = self
                    .between(t.span.end, self.sentence.span.end)
                    .strip_prefix(' ')
                    .unwrap_or("");
                t.span.start == span.end + 1
                    && after.starts_with(' ')
                    && ((company && next.split(' ').next().is_some_and(|w| self.given(w)))
                        || (party && next.starts_with(char::is_uppercase)))
            })
        {
            return Some((MentionKind::NewOrganization, Cue::OwnsTitle));
        }
        // "Acme announced CEO Laura Binns will retire", "Acme named Ana
        // Ruiz as chief executive": an unknown name that names the holder
        // of a company post is the company
        if !heading
            && run.absorbed.is_none()
            && n <= 3
            && !self.given(first)
            && !is_stop(first)
            && self.titles.iter().any(|t| {
                let title = &gazetteer().titles[t.title];
                let gap = self.between(span.end, t.span.start);
                title.kind == "business"
                    && t.span.start > span.end
                    && matches!(
                        gap,
                        " announced "
                            | " announced its "
                            | " announced that "
                            | " named "
                            | " named its "
                            | " appointed "
                            | " appointed its "
                    )
            })
        {
            return Some((MentionKind::NewOrganization, Cue::OwnsTitle));
        }
        // "Northgate Mining's chairman, Paul Reid": an unknown name whose
        // company post a person named after it holds is the company
        if !heading
            && run.absorbed.is_none()
            && n <= 4
            && !self.given(first)
            && !is_stop(first)
            && (after.starts_with("'s ") || after.starts_with("’s "))
            && self.titles.iter().any(|t| {
                let title = &gazetteer().titles[t.title];
                let next = self.between(t.span.end, self.sentence.span.end);
                let next = next.strip_prefix(", ").or_else(|| next.strip_prefix(' '));
                self.between(span.end, t.span.start).ends_with("s ")
                    && self.between(span.end, t.span.start).chars().count() == 3
                    && (title.kind == "business" || title.title == "Chairman")
                    && next.is_some_and(|r| r.split(' ').next().is_some_and(|w| self.given(w)))
            })
        {
            return Some((MentionKind::NewOrganization, Cue::OwnsTitle));
        }
        // "the President of the Civic Solution": capitalized words after a
        // post's "of the" name its body
        if !heading
            && run.absorbed.is_none()
            && n >= 2
            && !self.given(first)
            && !is_stop(first)
            && self.body_after_post_of(span.start)
            // (not a place's name: "governor of the Federal District", nor
            // the start of a longer name: "the Economic Community of ...")
            && !matches!(
                last,
                "District" | "Province" | "Region" | "Territory" | "County" | "City" | "State"
                    | "States" | "Republic" | "Island" | "Islands" | "Kingdom"
            )
            && !after.starts_with(" of ")
        {
            return Some((MentionKind::NewOrganization, Cue::OwnsTitle));
        }
        if self.sentence.kind == LineKind::Byline && before.trim_end() == "By" {
            return Some((MentionKind::Person, Cue::Byline));
        }
        // ("Gen Z voters", "Plan B"): one letter alone names no one
        if n == 1 && first.chars().count() == 1 {
            return None;
        }
        let title_before = self.title_before(span.start);
        let honorific = {
            let mut words = before.trim_end().rsplit(' ');
            let last = words.next().unwrap_or_default();
            let pair = words.next().map(|w| format!("{w} {last}"));
            HONORIFICS.contains(&last) || pair.is_some_and(|p| HONORIFICS.contains(&p.as_str()))
        };
        let speech = speech_after(after) || speech_before(before);
        // "Northwind Aerospace, a company formed by ...": an apposition that
        // says it is a business makes a body, not a person
        if !heading && !self.given(first) && company_apposition(after) {
            return Some((MentionKind::NewOrganization, Cue::Apposition));
        }
        let apposition = apposition_after(after);
        let source = source_before(before) || after.starts_with(" reported");
        let given = self.given(first);
        let common = n == 1 && self.lower_words.contains(first.to_lowercase().as_str());
        // ("Foreign Minister Lena Park", "President Park": a title right
        // before a given name, or before one word, makes the name a
        // person's whatever its last word)
        if NOT_PERSON_LAST_WORDS.contains(&last) && !(title_before.is_some() && (given || n == 1)) {
            return None;
        }
        if heading && title_before.is_some() && !common && self.index > 0 && self.roster_line() {
            // "Angola: H.E. President X": a roster's line (not the headline:
            // "Kenya: President Hosts Ugandan Leader")
            return Some((MentionKind::Person, Cue::Title));
        }
        if heading {
            // names in headlines only with strong evidence
            // (not with a word the article writes in lower case: "X
            // Re-Elected as Party President")
            if n == 2
                && given
                && title_before.is_none()
                && run.absorbed.is_none()
                && !self.lower_words.contains(words[1].to_lowercase().as_str())
            {
                return Some((MentionKind::Person, Cue::GivenName));
            }
            // ("... Welcomed by Russian President Vladimir Putin": a given
            // name and a surname after a title, no word of the headline's
            // own among them: not "Keir Starmer Visits")
            if n == 2
                && given
                && title_before
                    .is_some_and(|t| t.span.of(self.text).starts_with(char::is_uppercase))
                && run.absorbed.is_none()
                && !words
                    .iter()
                    .any(|w| is_stop(w) || self.lower_words.contains(w.to_lowercase().as_str()))
            {
                return Some((MentionKind::Person, Cue::Title));
            }
            return None;
        }
        // ("Prime Minister, Federation of ...", "Councillor, Member of ...": a
        // body's word after a title is no one's name)
        if title_before.is_some()
            && !common
            && !words
                .iter()
                .any(|w| ORGANIZATION_HEADS.contains(w) || matches!(*w, "Member" | "Members"))
        {
            return Some((MentionKind::Person, Cue::Title));
        }
        // "The Minister for Foreign Affairs of Tunisia, Bounlap Sisavath,
        // said": a name apposed to a title and its complement, between commas
        if (2..=4).contains(&n)
            && !common
            && after.starts_with(',')
            && run.absorbed.is_none()
            && !words.iter().any(|w| ORGANIZATION_HEADS.contains(w))
            && self.title_with_complement_before(span.start)
        {
            return Some((MentionKind::Person, Cue::Title));
        }
        // "the President of China Xi Jinping": a name right after a post
        // and its country, with no comma (the given name may be unknown)
        if (2..=4).contains(&n)
            && !common
            && run.absorbed.is_none()
            && !words.iter().any(|w| ORGANIZATION_HEADS.contains(w))
            && self.title_of_country_before(span.start)
        {
            return Some((MentionKind::Person, Cue::Title));
        }
        if honorific && !common {
            return Some((MentionKind::Person, Cue::Honorific));
        }
        // "his Kenyan counterpart Uhuru Kenyatta"
        if (2..=5).contains(&n) && !common && before.trim_end().ends_with(" counterpart") {
            return Some((MentionKind::Person, Cue::Title));
        }
        // "Minister for Rural Affairs Maria Petrova": a portfolio, then a
        // name (the span is cut to the name in `collect`)
        if (3..=7).contains(&n)
            && self.after_portfolio(span.start)
            && words[1..].iter().any(|w| self.given(w))
        {
            return Some((MentionKind::Person, Cue::Title));
        }
        // "Duma Gideon Boko": a name's first word unknown, its second a given name
        let given = given || (n >= 3 && self.given(words[1]) && run.absorbed.is_none());
        if (2..=5).contains(&n) {
            if given && (run.absorbed.is_none() || speech) {
                return Some((MentionKind::Person, Cue::GivenName));
            }
            if apposition
                || self.country_tag_after(span)
                || self.post_apposed(span)
                || self.bracketed_after_country(span)
            {
                return Some((MentionKind::Person, Cue::Apposition));
            }
            if source {
                return Some((MentionKind::NewOrganization, Cue::Source));
            }
            if speech {
                return Some((MentionKind::Person, Cue::Speech));
            }
            // "Usie Richards met Tomas Berg", "met with Usie Richards": two
            // capitalized words met or meeting are a person's name
            if n == 2 && !run.connectors && run.absorbed.is_none() && meeting_beside(before, after)
            {
                return Some((MentionKind::Person, Cue::Meeting));
            }
            return None;
        }
        if n == 1 && !common && run.absorbed.is_none() {
            if source && !speech_after(after) {
                return Some((MentionKind::NewOrganization, Cue::Source));
            }
            // "..., Brekvold told reporters" (not a sentence's first word: "Officials said")
            // (not "The Council reiterated": an article before one word, or
            // a body's head word, names no person)
            if speech_after(after)
                && !before.trim().is_empty()
                && !is_acronym(first)
                && !before.ends_with("The ")
                && !before.ends_with("the ")
                && !ORGANIZATION_HEADS.contains(&first)
            {
                return Some((MentionKind::Person, Cue::Speech));
            }
        }
        None
    }

    fn given(&self, word: &str) -> bool {
        gazetteer().is_given_name(word)
    }

    /// A title ending just before `pos` (", " allowed for "the French president, X").
    /// Whether a title and its complement ("of Tunisia", "for Foreign
    /// Affairs of Tunisia", "to the OAS") end right before `pos`, with a
    /// comma: the name there is apposed to the post.
    fn title_with_complement_before(&self, pos: usize) -> bool {
        static COMPLEMENT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^ (?:of|for|to) (?:the )?[A-Z][\w'’.-]*(?: (?:of|for|and|the|[A-Z][\w'’.-]*)){0,6}, $")
                .expect("valid regex")
        });
        self.titles.iter().rev().any(|t| {
            t.span.end <= pos
                && t.span.start >= self.sentence.span.start
                && COMPLEMENT.is_match(self.between(t.span.end, pos))
        })
    }

    /// Whether a title and " of COUNTRY " end right before `pos` ("the
    /// President of China Xi Jinping"), the country known by its name.
    fn title_of_country_before(&self, pos: usize) -> bool {
        self.names.iter().any(|&(n, known)| {
            matches!(known, Known::Country(_))
                && n.end + 1 == pos
                && self.between(n.end, pos) == " "
                && self.post_of_before(n.start)
        })
    }

    /// Whether the capitalized words from token `i` end in a body's head
    /// word ("Defense Forces" of "the Kenya Defense Forces").
    fn body_name_from(&self, i: usize) -> bool {
        (i..self.tokens.len())
            .take_while(|&k| k == i || (self.joins(k - 1, k) && is_cap(self.word(k))))
            .any(|k| ORGANIZATION_HEADS.contains(&self.word(k)))
    }

    /// Whether tokens `i` and `i + 1` are a name of two words whose second
    /// is a given name and that ends there ("Xi Jinping", not "Power Joy
    /// Masinde").
    fn two_word_name_at(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && self.joins(i, i + 1)
            && self.given(self.word(i + 1))
            && !(i + 2 < self.tokens.len() && self.joins(i + 1, i + 2) && is_cap(self.word(i + 2)))
    }

    /// Whether a title and " of " end right before `pos`.
    fn post_of_before(&self, pos: usize) -> bool {
        self.titles
            .iter()
            .any(|t| t.span.end + 4 == pos && self.between(t.span.end, pos) == " of ")
    }

    fn title_before(&self, pos: usize) -> Option<&TitleMention> {
        self.titles.iter().rev().find(|t| {
            t.span.end <= pos && {
                let gap = self.between(t.span.end, pos);
                gap == " " || gap == ", "
            }
        })
    }
}

fn speech_after(after: &str) -> bool {
    let rest = after.trim_start_matches([',', ' ']);
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    after.starts_with(' ') && SPEECH_VERBS.contains(&word)
        || after.starts_with(" has said")
        || after.starts_with(" also said")
}

/// Whether a name between `before` and `after` meets or is met: "met X",
/// "talks with X", "X met".
fn meeting_beside(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    [
        " met",
        " met with",
        " meets",
        " meets with",
        " talks with",
        " meeting with",
        " phoned",
        " received",
        " hosted",
    ]
    .iter()
    .any(|v| b.ends_with(v))
        && before.ends_with(' ')
        || {
            // ("X met Y", "X met with Y", "X and Y met": someone met, not
            // "met its targets")
            let clause = after.split(['.', ',', ';']).next().unwrap_or_default();
            let met_someone = |rest: &str| {
                rest.split_once(" met ")
                    .or_else(|| rest.split_once(" meets "))
                    .is_some_and(|(head, object)| {
                        !head.contains(" met")
                            && (object.starts_with(char::is_uppercase)
                                || ["with ", "his ", "her ", "their "]
                                    .iter()
                                    .any(|p| object.starts_with(p)))
                    })
            };
            (after.starts_with(" met ") || after.starts_with(" meets ")) && met_someone(clause)
                || after.starts_with(" and ")
                    && clause.split_whitespace().count() <= 6
                    && met_someone(clause)
        }
}

fn speech_before(before: &str) -> bool {
    let b = before.trim_end();
    let last = b.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "said" | "says" | "added" | "told" | "wrote" | "warned"
    ) && before.ends_with(' ')
}

fn apposition_after(after: &str) -> bool {
    static APPOS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^, (?:(?:a|an|the)\s|who\s|[A-Z][\w.’']*(?:'s|’s)\s)").expect("valid regex")
    });
    APPOS.is_match(after)
}

/// Whether `after` opens an apposition naming a business: ", a company",
/// ", the Danish brewer", ", an aircraft maker".
fn company_apposition(after: &str) -> bool {
    if !(after.starts_with(", a ") || after.starts_with(", an ") || after.starts_with(", the ")) {
        return false;
    }
    static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^, (?:a|an|the) (?:[A-Za-z-]+ ){0,3}?([a-z]+)(?-u:\b)").expect("valid regex")
    });
    COMPANY
        .captures(after)
        .and_then(|c| c.get(1))
        .is_some_and(|w| crate::lexicon::COMPANY_NOUNS.contains(&w.as_str()))
}

fn source_before(before: &str) -> bool {
    static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?-u:\b)(?:told|according to|cited by|reported by|quoted by|per|via|interview with)(?: the)?|(?-u:\b)(?:T|t)he) $").expect("valid regex")
    });
    SOURCE.is_match(before) && !before.ends_with("he ") || {
        let b = before.trim_end();
        b.ends_with("according to")
            || b.ends_with("told the")
            || b.ends_with("per")
            || b.ends_with("cited by the")
            || b.ends_with("told")
    }
}

/// Whether `acronym` is made of the initials of the capitalized words of `name`.
/// (Shared with entity resolution, which reads an acronym by the names of its article.)
pub(crate) fn initials_match(name: &str, acronym: &str) -> bool {
    let initials: String = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let acro: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    !acro.is_empty() && initials.to_uppercase() == acro.to_uppercase()
}

/// Whether a match at `[start, end)` sits on word boundaries (re-exported for stages after this one).
pub fn word_at(text: &str, start: usize, end: usize) -> bool {
    on_word_boundaries(text, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let sentences = split_sentences(text);
        let m = find_mentions(text, &sentences);
        m.mentions
            .iter()
            .map(|m| {
                let k = match m.kind {
                    MentionKind::Country(_) => "country",
                    MentionKind::Demonym(_) => "demonym",
                    MentionKind::City(_) => "city",
                    MentionKind::KnownOrganization(_) => "org",
                    MentionKind::NewOrganization => "new-org",
                    MentionKind::Person => "person",
                };
                (m.span.of(text).to_string(), k)
            })
            .collect()
    }

    #[test]
    fn finds_names_by_how_news_names_them() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // review 22: a chamber's party caucus before "Leader" is no body
            (
                "Senate Democratic Leader Tom Hale said the bill would pass.",
                &[("Tom Hale", "person")],
            ),
            // audit 22: a party's member's noun before a name is no part of it
            (
                "Voters will decide whether Republican Dan Holt or Democrat Amy Reyes wins.",
                &[("Dan Holt", "person"), ("Amy Reyes", "person")],
            ),
            // audit 21: a company's Nordic or other legal form ends its name;
            // "Rt. Hon." and "Gen" announce a name; one letter is no name
            (
                "Juha Lind, chairman of the board, Oulu Systems Oy said so.",
                &[("Juha Lind", "person"), ("Oulu Systems Oy", "new-org")],
            ),
            (
                "Tallinn Port AS said profits rose.",
                &[("Tallinn Port AS", "new-org")],
            ),
            (
                "He thanked the Vice President, Rt. Hon. Peter Okello, for the work.",
                &[("Peter Okello", "person")],
            ),
            (
                "Gen David Okot met the envoys.",
                &[("David Okot", "person")],
            ),
            ("Gen Z voters backed the plan.", &[]),
            // "St." starts a name; a saint's name is no person's
            (
                "Crews on the St. Lawrence Waterway may walk out, the St. Lawrence Waterway Management Corporation warned.",
                &[("St. Lawrence Waterway Management Corporation", "new-org")],
            ),
            // audit 20: a party's adjective is no surname; a place after an
            // Arabic article is a name's; an aide's portfolio before the
            // name is no part of it
            (
                "Vidal was received by the Christian Democratic Senator Pablo Fuentes.",
                &[("Pablo Fuentes", "person")],
            ),
            (
                "Crown Prince Sheikh Fahad Al-Salem Al-Sabah opened the session.",
                &[("Fahad Al-Salem Al-Sabah", "person")],
            ),
            (
                "The President's Special Adviser for Media and Public Relations Nora Kitt spoke.",
                &[("Nora Kitt", "person")],
            ),
            // regression (review 19): a bracketed country or agency after a
            // body's name is no acronym of it; listed ministers are people;
            // a US state's name after its city is no country
            (
                "Gulf Marine Services (UAE) said the vessel was seized. The UAE demanded its release.",
                &[
                    ("Gulf Marine Services", "new-org"),
                    ("UAE", "country"),
                    ("UAE", "country"),
                ],
            ),
            (
                "Ministers of Foreign Affairs, Defence and Interior, Amina Yusuf, Bello Musa and Sani Garba, met the envoy.",
                &[
                    ("Amina Yusuf", "person"),
                    ("Bello Musa", "person"),
                    ("Sani Garba", "person"),
                ],
            ),
            (
                "ATLANTA, GEORGIA, May 3 — The party met.",
                &[("ATLANTA", "city")],
            ),
            (
                "SAN JOSE, COSTA RICA, May 3 — The president vetoed the bill.",
                &[("SAN JOSE", "city"), ("COSTA RICA", "country")],
            ),
            // audit 19: a dateline's country in capitals after its city
            (
                "BUDAPEST, HUNGARY, August 17 — The party met.",
                &[("BUDAPEST", "city"), ("HUNGARY", "country")],
            ),
            // audit 19: the surname "Said" after a given name
            (
                "The premier named Karim Said as trade minister.",
                &[("Karim Said", "person")],
            ),
            // audit 19: "Neither" opens no name; a given name printed
            // without its diacritics (Gábor) and one of Central Asia
            (
                "Neither Tomas Reyes nor his rivals attended.",
                &[("Tomas Reyes", "person")],
            ),
            (
                "The envoy Gabor Szekely arrived.",
                &[("Gabor Szekely", "person")],
            ),
            (
                "The cabinet kept Bakhtiyor Tursunov as finance minister.",
                &[("Bakhtiyor Tursunov", "person")],
            ),
            // audit 19: a portfolio's words listed with commas are no one's
            // name; the holder after them is
            (
                "The Minister of Foreign Affairs, African Cooperation and Ghanaians Abroad, Kofi Boateng, met Ama Mensah.",
                &[
                    ("Ghanaians", "demonym"),
                    ("Kofi Boateng", "person"),
                    ("Ama Mensah", "person"),
                ],
            ),
            (
                "The Minister of Finance, Mthuli Ncube, met Ama Mensah.",
                &[("Mthuli Ncube", "person"), ("Ama Mensah", "person")],
            ),
            // audit 18: an acronym before "news agency" or "agency"
            (
                "The talks were reported by the PTI news agency on Monday.",
                &[("PTI", "new-org")],
            ),
            // audit 18: initials after a title ("Justice A.B. Kalnins"; not
            // a party's "K.K.E.", nor a company's "J.B. Hunt")
            (
                "Justice A.B. Kalnins dismissed the appeal.",
                &[("A.B. Kalnins", "person")],
            ),
            ("Shares of J.B. Hunt fell 4% on Monday.", &[]),
            (
                "U.S. District Judge Mary Childs ruled.",
                &[("U.S.", "country"), ("Mary Childs", "person")],
            ),
            ("A PR agency hired by the government said so.", &[]),
            ("The TV news agency crew was attacked.", &[]),
            // regression (review 18): a title's law
            ("The Queen's Counsel Act was repealed in 2008.", &[]),
            (
                "The K.K.E. Tomas Reyes spoke.",
                &[("Tomas Reyes", "person")],
            ),
            // audit 18: the country of a post between the post and the name
            // ("the President of China Xi Jinping"), not in a body's name
            (
                "He hosted the President of Vietnam Nguyen Phuc.",
                &[("Vietnam", "country"), ("Nguyen Phuc", "person")],
            ),
            (
                "He is Commander in Chief of the Kenya Defence Forces.",
                &[("Kenya", "country"), ("Kenya Defence Forces", "new-org")],
            ),
            // audit 17: an academic degree before a name is no part of it
            (
                "Minister PhD Ana Costa received the envoy.",
                &[("Ana Costa", "person")],
            ),
            // audit 17: after a post's "of the", a body's name, then the
            // holder's (not a place's name, nor a longer name's start)
            (
                "She met the President of the Civic Solution Laura Binns.",
                &[("Civic Solution", "new-org"), ("Laura Binns", "person")],
            ),
            ("He was governor of the Federal District until 2000.", &[]),
            // audit 13: a party's name that ends in a known party's name
            (
                "The Social Democratic Party won the vote.",
                &[("Social Democratic Party", "new-org")],
            ),
            // audit 14: a word describing a body before its short name
            (
                "Rao said the Opposition Congress was divided.",
                &[("Congress", "org")],
            ),
            // audit 15: a body's noun in lower case beside a one-word name
            (
                "Anna Berg, general secretary of the XTU union, said rail union XTU, and drivers' union Trainco said so.",
                &[
                    ("Anna Berg", "person"),
                    ("XTU", "new-org"),
                    ("XTU", "new-org"),
                    ("Trainco", "new-org"),
                ],
            ),
            ("The party Berg founded won.", &[]),
            // regression (review): an acronym that describes, a surname
            // that is the clause's subject
            (
                "An AI firm and the coalition Mitsotakis has built met.",
                &[],
            ),
            // audit 15: an adjective opening the sentence before a demonym
            (
                "Conservative French Prime Minister Louis Garnier spoke.",
                &[("French", "demonym"), ("Louis Garnier", "person")],
            ),
            (
                "Ruam Thai leader Somchai Wong spoke.",
                &[("Ruam Thai", "new-org"), ("Somchai Wong", "person")],
            ),
            // audit 15: a city's name inside a person's name
            (
                "Sheikh Salem Abdullah Al Sabah met Carlos Holmes Trujillo in Lima.",
                &[
                    ("Salem Abdullah Al Sabah", "person"),
                    ("Carlos Holmes Trujillo", "person"),
                    ("Lima", "city"),
                ],
            ),
            // regression (review): a city inside a club's or a library's
            // words is the city
            (
                "Atletico de Madrid said the Barack Obama Chicago library opened.",
                &[
                    ("Madrid", "city"),
                    ("Barack Obama", "person"),
                    ("Chicago", "city"),
                ],
            ),
            (
                "In Salem Abdullah Hassan spoke.",
                &[("Salem", "city"), ("Abdullah Hassan", "person")],
            ),
            // audit 16: a plural's possessive inside a body's name
            (
                "Ravi Kumar, a Naga People's Front MP, spoke after the Women's League met.",
                &[
                    ("Ravi Kumar", "person"),
                    ("Naga People's Front", "new-org"),
                    ("Women's League", "new-org"),
                ],
            ),
            // regression (audit 16): "reiterated" made the Council a speaker
            ("The Council reiterated that the rules stand.", &[]),
            // audit 16: a company that announces its chief executive
            (
                "Today, Trainco announced CEO Laura Binns will retire.",
                &[("Trainco", "new-org"), ("Laura Binns", "person")],
            ),
            // audit 16: a city's name after a particle ends a surname
            (
                "The ministry said Alejandro Ruiz de Leon will step down.",
                &[("Alejandro Ruiz de Leon", "person")],
            ),
            ("The talks in Leon ended.", &[("Leon", "city")]),
            // audit 15: a title before a patronymic is a given name
            (
                "Trade Minister Sultan bin Saad Al Harbi spoke.",
                &[("Sultan bin Saad Al Harbi", "person")],
            ),
            // audit 13: two unknown capitalized words met or meeting
            (
                "Usie Richards met Tomas Berg in Lima on Monday.",
                &[
                    ("Usie Richards", "person"),
                    ("Tomas Berg", "person"),
                    ("Lima", "city"),
                ],
            ),
            (
                "The minister met with Lerato Sithole on Monday.",
                &[("Lerato Sithole", "person")],
            ),
            ("Green Energy met its targets.", &[]),
            // audit 13: a title word that is a given name, after a title
            (
                "Sen. Dean Morrow even brought a map.",
                &[("Dean Morrow", "person")],
            ),
            // audit 13: a place's name after a middle initial is a surname
            (
                "Finance Minister Robert K. Denver attended.",
                &[("Robert K. Denver", "person")],
            ),
            (
                "Defense Secretary Lloyd J. Austin III spoke.",
                &[("Lloyd J. Austin III", "person")],
            ),
            (
                "Swedish defence minister Pal Jonson arrived.",
                &[("Swedish", "demonym"), ("Pal Jonson", "person")],
            ),
            (
                "Tomas Lind, a senior fellow at the Oslo Peace Institute, said so.",
                &[
                    ("Tomas Lind", "person"),
                    ("Oslo Peace Institute", "new-org"),
                ],
            ),
            (
                "The study came from the Centre for Arctic Policy Studies (CAPS) last year.",
                &[("Centre for Arctic Policy Studies", "new-org")],
            ),
            (
                "\"We are ready,\" Brekvold told reporters.",
                &[("Brekvold", "person")],
            ),
            ("Officials said the plan was ready.", &[]),
            // regression (audit 11): a follower's word before a given name
            // is no part of the name; a body's one-word name that is a
            // given name, before a surname, is a person's; a treasury is a
            // body
            (
                "The president kept veteran Gaullist Pierre Lemaire as adviser.",
                &[("Pierre Lemaire", "person")],
            ),
            (
                "Foreign Minister Lena Park arrived. President Park spoke. Gorky Park was full.",
                &[("Lena Park", "person"), ("Park", "person")],
            ),
            // regression (audit 12): a person's name, "and", a body's name
            (
                "Handball Federation chief Hassan Moustafa and Federation of International Basketball head Andreas Zagklis spoke.",
                &[
                    ("Handball Federation", "new-org"),
                    ("Hassan Moustafa", "person"),
                    ("Federation of International Basketball", "new-org"),
                    ("Andreas Zagklis", "person"),
                ],
            ),
            // audit 12: a name apposed to a title and its complement
            (
                "The Minister for Foreign Affairs of Tunisia, Bounlap Sisavath, said so.",
                &[("Tunisia", "country"), ("Bounlap Sisavath", "person")],
            ),
            (
                "The Governor of Chile, Reserve Board officials, spoke.",
                &[("Chile", "country"), ("Reserve Board", "new-org")],
            ),
            (
                "Leonardo Pinto will assume the post.",
                &[("Leonardo Pinto", "person")],
            ),
            ("Leonardo said its orders rose.", &[("Leonardo", "org")]),
            (
                "The National Treasury said revenue rose.",
                &[("National Treasury", "new-org")],
            ),
            // regression (audit 9): the words after an office's "of" name
            // its portfolio or body, no one; a name after a whole title does
            (
                "He swore in his Minister of Foreign Affairs and Regional Integration, Mara Kelvane. The Director of State Protocol, Ivo Marant, met the Director of the Pacific Division of the bank.",
                &[("Mara Kelvane", "person"), ("Ivo Marant", "person")],
            ),
            (
                "Secretary of State Antony Blinken spoke.",
                &[("Antony Blinken", "person")],
            ),
            (
                "Mr Okafor left Paris.",
                &[("Okafor", "person"), ("Paris", "city")],
            ),
            ("Paris Hilton said so.", &[("Paris Hilton", "person")]),
            // regression (audit 9): a city's name after a given name is a surname
            (
                "He succeeds Anne Toulouse, who retired in May, in Paris.",
                &[("Anne Toulouse", "person"), ("Paris", "city")],
            ),
            ("Paris Hilton spoke.", &[]),
            // a country before a full name does not begin it
            (
                "The Ambassador to Mexico Ken Salazar spoke.",
                &[("Mexico", "country"), ("Ken Salazar", "person")],
            ),
            // either apostrophe in a gazetteer name
            (
                "Troops left Cote d’Ivoire.",
                &[("Cote d’Ivoire", "country")],
            ),
            // a one-word body's name opening a longer name is not that body
            (
                "The Commonwealth of Dominica voted.",
                &[("Dominica", "country")],
            ),
            // a body's bare head word after a name is that name's tail
            (
                "Delegates met at the CAF Congress on Friday.",
                &[("CAF Congress", "new-org")],
            ),
            // a post apposed to a name, after its country
            (
                "Faisal bin Nasser Al-Qahtani, Omani Minister of State, led the delegation.",
                &[
                    ("Faisal bin Nasser Al-Qahtani", "person"),
                    ("Omani", "demonym"),
                ],
            ),
            // a counterpart is a person
            (
                "He met his Kenyan counterpart Amani Otieno.",
                &[("Kenyan", "demonym"), ("Amani Otieno", "person")],
            ),
            // a month as a surname
            ("Theresa May said no.", &[("Theresa May", "person")]),
            ("Theresa May 2019 was a year.", &[]),
            // a name tagged with a country in a list is a person's
            (
                "Present were Kwame Tetteh (Ghana), Ousmane Kane (Senegal) and others.",
                &[
                    ("Kwame Tetteh", "person"),
                    ("Ghana", "country"),
                    ("Ousmane Kane", "person"),
                    ("Senegal", "country"),
                ],
            ),
            (
                "Among them were Tiemoko Sangare of Mali, Idriss Kone of Niger and others.",
                &[
                    ("Tiemoko Sangare", "person"),
                    ("Mali", "country"),
                    ("Idriss Kone", "person"),
                    ("Niger", "country"),
                ],
            ),
            (
                "The Central Bank of Nigeria raised rates.",
                &[("Central Bank of Nigeria", "org")],
            ),
            ("Rose Garden talks and Christian Democrats met.", &[]),
            // regression: "French Armed Forces" (an organization) took the title's words
            (
                "French Armed Forces Minister Sebastien Lecornu spoke.",
                &[("French", "demonym"), ("Sebastien Lecornu", "person")],
            ),
            // regression: names joined by "and" were taken for one name and dropped
            (
                "Claire Dubois and Kenji Tanabe met in Geneva.",
                &[
                    ("Claire Dubois", "person"),
                    ("Kenji Tanabe", "person"),
                    ("Geneva", "city"),
                ],
            ),
            (
                "Prime Minister Claire Dubois and Kenji Tanabe spoke.",
                &[("Claire Dubois", "person"), ("Kenji Tanabe", "person")],
            ),
            (
                "The Ministry of Foreign Affairs and Trade said so.",
                &[("Ministry of Foreign Affairs and Trade", "new-org")],
            ),
            ("Cedar Ridge and Maple Hollow flooded.", &[]),
            (
                "Beyond Ukraine, US Support and Assurances Needed",
                &[("Ukraine", "country")],
            ),
            // regression: two particles in a row cut the name after the given name
            (
                "European Commission President Ursula von der Leyen spoke.",
                &[
                    ("European Commission", "org"),
                    ("Ursula von der Leyen", "person"),
                ],
            ),
            (
                "Crown Prince Mohammed bin Salman met President Luiz Inácio Lula da Silva.",
                &[
                    ("Mohammed bin Salman", "person"),
                    ("Luiz Inácio Lula da Silva", "person"),
                ],
            ),
            // regression: a royal title inside a name cut it ("Sheikh")
            (
                "Somali President Hassan Sheikh Mohamud arrived.",
                &[("Somali", "demonym"), ("Hassan Sheikh Mohamud", "person")],
            ),
            (
                "Crown Prince Mohammed bin Salman and King Charles met.",
                &[("Mohammed bin Salman", "person"), ("Charles", "person")],
            ),
            // a country's name that is a US state's too, read by its context
            (
                "The rally in Atlanta, Georgia drew thousands.",
                &[("Atlanta", "city")],
            ),
            (
                "Georgia Governor Brian Kemp signed the bill.",
                &[("Brian Kemp", "person")],
            ),
            ("Georgia’s secretary of state certified the result.", &[]),
            ("Voters in the state of Georgia went to the polls.", &[]),
            (
                "Georgia and Armenia signed a border deal in Tbilisi.",
                &[
                    ("Georgia", "country"),
                    ("Armenia", "country"),
                    ("Tbilisi", "city"),
                ],
            ),
            (
                "Georgia's president vetoed the law.",
                &[("Georgia", "country")],
            ),
            // a dateline's city in capitals; capitals that are no city are not
            (
                "MEXICO CITY (Wire) — Talks began.",
                &[("MEXICO CITY", "city")],
            ),
            ("JEDDAH: Talks began.", &[("JEDDAH", "city")]),
            (
                "N'DJAMENA, Chad — Talks began.",
                &[("N'DJAMENA", "city"), ("Chad", "country")],
            ),
            ("NOTE: Talks began.", &[]),
            // an open full name listed beside a person is a person
            (
                "Raul Chapado, Adille Sumariwalla and Jackson Tuwei were elected.",
                &[
                    ("Raul Chapado", "person"),
                    ("Adille Sumariwalla", "person"),
                    ("Jackson Tuwei", "person"),
                ],
            ),
            (
                "Those against were Frederich Azzopardi, Jason Azzopardi and Joe Gatt.",
                &[
                    ("Frederich Azzopardi", "person"),
                    ("Jason Azzopardi", "person"),
                    ("Joe Gatt", "person"),
                ],
            ),
            // not a lone open name, nor one listed beside no person
            ("Adille Sumariwalla was elected.", &[]),
            ("Delegates from Kambu Lowa and Tesi Falls came.", &[]),
            // a body's name goes on through "of" and the country or city it
            // serves, which is still named
            (
                "The Central Bank of Lesotho held rates.",
                &[
                    ("Central Bank of Lesotho", "new-org"),
                    ("Lesotho", "country"),
                ],
            ),
            (
                "She teaches at the University of Tokyo.",
                &[("University of Tokyo", "new-org"), ("Tokyo", "city")],
            ),
            ("The Duke of Edinburgh arrived.", &[("Edinburgh", "city")]),
            // a region's adjective is no country's demonym
            (
                "Uruguay is a small South American country.",
                &[("Uruguay", "country")],
            ),
            ("Latin American leaders met.", &[]),
            // a one-word body's name opening a person's name is no body
            (
                "Duma Gideon Boko of Botswana spoke.",
                &[("Duma Gideon Boko", "person"), ("Botswana", "country")],
            ),
            // a body's name with its cause after "for"
            (
                "Maria Lenz, who heads the Citizens Alliance for Reform, won.",
                &[
                    ("Maria Lenz", "person"),
                    ("Citizens Alliance for Reform", "new-org"),
                ],
            ),
            // regression: a party's name with a nationality word in it
            // gave the country its leader ("Leader of Thailand")
            (
                "Ruam Thai leader Kasem Rattana was elected prime minister.",
                &[("Ruam Thai", "new-org"), ("Kasem Rattana", "person")],
            ),
            // regression: a portfolio list read as people
            (
                "She holds the portfolios of Minister of Finance, Health, Labour and Trade.",
                &[],
            ),
            // a nationality word inside a body's name
            (
                "The Federation of Iraqi Chambers of Commerce signed the deal.",
                &[
                    ("Federation of Iraqi Chambers of Commerce", "new-org"),
                    ("Iraqi", "demonym"),
                ],
            ),
            // an unknown word owning a person's company post is the company
            (
                "Carlsberg chief executive Jacob Hansen said the brewer would cut jobs.",
                &[("Carlsberg", "new-org"), ("Jacob Hansen", "person")],
            ),
            (
                "Former chief executive Jacob Hansen left.",
                &[("Jacob Hansen", "person")],
            ),
            // a body's name goes on through its remit
            (
                "The National Council for the Safeguard of the Homeland took power.",
                &[(
                    "National Council for the Safeguard of the Homeland",
                    "new-org",
                )],
            ),
            (
                "The Baltic Fisheries Council of Ministers met.",
                &[("Baltic Fisheries Council of Ministers", "new-org")],
            ),
            // regression: a title's own words are no portfolio ("Secretary of
            // State John Kerry" lost "John")
            (
                "Secretary of State John Kerry spoke.",
                &[("John Kerry", "person")],
            ),
            (
                "The U.S. Secretary of State Mike Pompeo spoke.",
                &[("U.S.", "country"), ("Mike Pompeo", "person")],
            ),
            // a minister's portfolio is no part of the name after it
            (
                "Rwandan Minister of Energy and Mining Claire Uwase signed.",
                &[("Rwandan", "demonym"), ("Claire Uwase", "person")],
            ),
            (
                "Ugandan Minister of Works Samuel Okello signed.",
                &[("Ugandan", "demonym"), ("Samuel Okello", "person")],
            ),
            // a minister's portfolio is no organization
            (
                "The delegation was led by Omar Siddiqi, Minister for Information and Press.",
                &[("Omar Siddiqi", "person")],
            ),
            // regression (audit 10): a contraction after a name is no part
            // of it; "Will" opening a quoted question is no given name
            (
                "He said he told Tomas Berger I’m not waiting, and It's done.",
                &[("Tomas Berger", "person")],
            ),
            (
                "Kenya: President Hosts Ugandan Leader",
                &[("Kenya", "country")],
            ),
            // audit 19: a headline's given name and surname after a title;
            // not with the headline's verb
            (
                "Two Leaders Welcomed in Rome by Russian President Vladimir Putin",
                &[
                    ("Rome", "city"),
                    ("Russian", "demonym"),
                    ("Vladimir Putin", "person"),
                ],
            ),
            (
                "Prime Minister Keir Starmer Visits Berlin",
                &[("Berlin", "city")],
            ),
            // regression (audit 19): a headline's verb the article writes
            // in lower case is no surname
            (
                "Tomas Re-Elected as Party Chief\nTomas Reyes was re-elected on Sunday.",
                &[("Tomas Reyes", "person")],
            ),
            (
                "“Will Olga Petrenko fix the budget?” he asked.",
                &[("Olga Petrenko", "person")],
            ),
            ("Will Smith arrived.", &[("Will Smith", "person")]),
            // a firm's name ending in Capital or Partners is no person's
            (
                "Harbourview Capital said so, and Northgate Partners declined to comment.",
                &[
                    ("Harbourview Capital", "new-org"),
                    ("Northgate Partners", "new-org"),
                ],
            ),
            // regression: a federation's own congress was the US Congress
            ("The federation has until its 2027 Congress to decide.", &[]),
            ("The union put it to their Congress.", &[]),
        ];
        for (text, want) in cases {
            let got = found(text);
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }

    #[test]
    fn byline_and_run_together_lines_yield_the_person() {
        let text =
            "Leaders Gather\nThe Oslo GazetteIngrid Solberg\nBy Tamar Okonkwo\nThe talks began.";
        let got = found(text);
        assert!(got.contains(&("Tamar Okonkwo".into(), "person")), "{got:?}");
    }

    #[test]
    fn words_are_those_of_the_unicode_word_regex() {
        let reference =
            Regex::new(r"[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*").expect("valid regex");
        let cases = [
            "Donald J. Trump met U.S. officials in São Paulo.",
            "O'Brien, Jean-Noël and d’Estaing -- said: 'no'.",
            "a-.b ..x.. -y- 3.5% 2,000 e\u{301}cole Ко\u{301}ля Київ 東京 १२३ ½ Ⅻ",
            "trailing joiner. and ’ lone ' marks \u{301}x x\u{20dd}",
            "",
            "—“”…",
            "ﬁnal ǅemal Σίσυφος",
            "a’b a’’b x’ ’y l’État d'Alembert-Ré 9-11 A.B.C.",
        ];
        for text in cases {
            let want: Vec<(usize, usize)> = reference
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> = words(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn tokenizer_keeps_initials_and_splits_run_together_words() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "Donald J. Trump of the IndependentAsami",
                &["Donald", "J.", "Trump", "of", "the", "Independent", "Asami"],
            ),
            // a part of fewer than 4 letters does not split
            ("McDonald and MacArthur", &["McDonald", "and", "MacArthur"]),
            // nor does an all-capital word
            ("NATO's IAEA", &["NATO", "IAEA"]),
            (
                "The GazetteÉmile Zola",
                &["The", "Gazette", "Émile", "Zola"],
            ),
        ];
        for (text, want) in cases {
            let toks: Vec<&str> = tokenize(text, Span::new(0, text.len()))
                .iter()
                .map(|t| t.span.of(text))
                .collect();
            assert_eq!(toks, want, "{text}");
        }
    }
}
