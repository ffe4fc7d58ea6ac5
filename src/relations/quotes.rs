//! Direct quotations with a named speaker.

use super::*;
use crate::lexicon::{NAMING_VERBS, REPORTING_VERBS};

/// "asked her to", "told them to": a verb of speech that asks someone to
/// act reports no words.
static REQUEST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ (?:him|her|them|me|us|it) to ").expect("valid regex"));

/// Direct quotations with a named speaker: each quotation's frame, then the
/// attribution rules in order until one names the speaker.
pub(super) fn quotes(input: &Input<'_>, positions: &[PositionFact]) -> Vec<QuoteFact> {
    // a quotation closes, or runs to the end of its paragraph (a paragraph
    // continued by the next one, or a copy cut short); a straight opening
    // mark closed by a curly one is one quotation; «guillemets» too; an
    // opening curly mark printed where the closing one belongs closes it
    // (“stronger and fairer“)
    static QUOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?m)“[^”“\n]{3,}?(?:”|“|$)|«[^»\n]{3,}?(?:»|$)|"[^"”\n]{3,}?”|"[^"\n]{3,}?(?:"|$)"#,
        )
        .expect("valid regex")
    });
    let mut out: Vec<QuoteFact> = Vec::new();
    // the paragraph, the speaker and the end of the last quotation given one
    let mut last_speaker: Option<(usize, usize, usize)> = None;
    let newlines: Vec<usize> = input.text.match_indices('\n').map(|(i, _)| i).collect();
    // the marks are cut off by hand: a search for the groups ran the slow
    // capturing engine over the whole text
    for whole in QUOTE.find_iter(input.text) {
        let Some(f) = frame(input, &newlines, whole) else {
            continue;
        };
        let mut q = Said {
            speaker: None,
            rule: "quote/after",
        };
        said_after(input, positions, &f, last_speaker, &mut q);
        said_after_apposition(input, &f, &mut q);
        headline_speaker(input, &f, &mut q);
        said_before(input, &f, &mut q);
        according_to(input, positions, &f, &mut q);
        said_inside(input, &f, &mut q);
        reported(input, &f, &mut q);
        continued(input, &f, last_speaker, &mut q);
        after_reported_speech(input, &f, &mut q);
        if f.short
            && !matches!(q.rule, "quote/reported" | "quote/before" | "quote/headline")
            && !(q.rule == "quote/inside-speech" && f.clause_end)
        {
            continue;
        }
        let Some(speaker) = q.speaker else { continue };
        if input.class(speaker) != Class::Person {
            continue;
        }
        last_speaker = Some((f.paragraph, speaker, whole.end()));
        out.push(QuoteFact {
            speaker,
            span: f.span,
            evidence: Evidence {
                sentence: f.sentence,
                rule: q.rule,
            },
        });
    }
    out
}

/// Who a quotation is given to so far, and by which rule.
struct Said {
    speaker: Option<usize>,
    rule: &'static str,
}

/// A quotation and the text around it, as the attribution rules read it.
#[derive(Clone, Copy)]
struct Frame<'i> {
    whole: regex::Match<'i>,
    /// Whether it is too short to be a quotation outside a speech frame.
    short: bool,
    /// The words quoted, without the comma or period the attribution takes.
    span: Span,
    sentence: usize,
    paragraph: usize,
    /// The line after the closing mark, and before the opening one.
    after: &'i str,
    before: &'i str,
    /// Where its sentence starts (in its line).
    sent_start: usize,
    /// Whether it closes its sentence with a full stop.
    closed_sentence: bool,
    /// Whether its clause ends right after it.
    clause_end: bool,
}

/// The frame of a quotation; `None` for what is no quotation: empty, or a
/// title in quotation marks ("Fox & Friends").
fn frame<'i>(
    input: &'i Input<'_>,
    newlines: &[usize],
    whole: regex::Match<'i>,
) -> Option<Frame<'i>> {
    let text = input.text;
    let inner = inner_span(whole);
    let inner_text = inner.of(text);
    let words = inner_text.split_whitespace().count();
    // scare quotes: “reassurance force”; a short utterance ends with its own
    // punctuation: “We will rebuild,” Kemp said. A short quotation is
    // taken only inside a speech frame ("Yoon said that “mutual trust”").
    let utterance = inner_text.trim_end().ends_with([',', '.', '!', '?']);
    let short = words < 4 && !(utterance && words >= 2);
    let title_case = is_title(inner_text, words);
    if short && words == 0 {
        return None;
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
    // (a headline writes every word in capitals; only the body is read so;
    // a name given in quotation marks, "referred to him as “Omar”", is
    // words of the speaker's)
    let named_as = [" as", " as simply", " called", " dubbed", " nicknamed"]
        .iter()
        .any(|p| before.trim_end().ends_with(p));
    if title_case
        && !named_as
        && input
            .sentences
            .get(sentence)
            .is_some_and(|s| s.kind == crate::text::LineKind::Body)
    {
        return None;
    }
    // (a question or exclamation goes on: “Why?” she asked X as ...)
    let closed_sentence = trimmed.ends_with('.') || after.starts_with('.');
    // (words quoted inside what someone said, at the end of the clause:
    // "said the deal was “historic”.", not a scare-quoted name inside it)
    let clause_end = text[whole.end()..]
        .trim_start()
        .starts_with(['.', ',', ';'])
        || text[whole.end()..].trim_start().is_empty();
    Some(Frame {
        whole,
        short,
        span,
        sentence,
        paragraph,
        after,
        before,
        sent_start,
        closed_sentence,
        clause_end,
    })
}

/// The words inside a quotation's marks (a straight mark may close on a
/// curly one: "We won,” she said; a quotation may run to its paragraph's end).
fn inner_span(whole: regex::Match<'_>) -> Span {
    let (open, close) = if whole.as_str().starts_with('“') {
        ('“'.len_utf8(), '”')
    } else if whole.as_str().starts_with('«') {
        // (guillemets, as European outlets print them: «...»)
        ('«'.len_utf8(), '»')
    } else if whole.as_str().ends_with('”') {
        (1, '”')
    } else {
        (1, '"')
    };
    // (“...“: an opening mark printed for the closing one)
    let close = if open == '“'.len_utf8() && whole.as_str()[open..].ends_with('“') {
        '“'
    } else {
        close
    };
    let closed = whole.as_str().len() > open && whole.as_str().ends_with(close);
    Span::new(
        whole.start() + open,
        whole.end() - if closed { close.len_utf8() } else { 0 },
    )
}

/// A title in quotation marks: “Fox & Friends,” “The Art of the Deal”.
fn is_title(inner_text: &str, words: usize) -> bool {
    words <= 6
        && inner_text
            .trim_end_matches([',', ' '])
            .split_whitespace()
            .all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '&')
                    || matches!(w, "of" | "the" | "and" | "a" | "in" | "on" | "for")
            })
}

/// The person a pronoun before `pos` stands for: the subject of the nearest
/// sentence that names someone it can stand for — its first person, not one
/// named inside a description ("Peter Malunga, a spokesman for Banda's
/// party, said ... “...,” he said" is Malunga). "He" is no woman, "she" no
/// man, as far as the article tells.
pub(super) fn persons_before(input: &Input<'_>, pos: usize, pronoun: &str) -> Option<usize> {
    // (the one met or talked with, when no one else fits: "A had talks with
    // Italy's prime minister B. “...,” she added" is B)
    // (but the one met whose gender the article tells, before a subject's
    // it does not: "Edi Rama had talks with Giorgia Meloni. “...,” she
    // added" is Meloni)
    let subject = person_before(input, pos, pronoun, false);
    let object = person_before(input, pos, pronoun, true);
    match (subject, object) {
        (Some(s), Some(o)) if input.gender_of(s).is_none() && input.gender_of(o).is_some() => {
            Some(o)
        }
        (None, o) => o,
        (s, _) => s,
    }
}

/// The first person of the nearest sentence that names one "he" or "she"
/// may stand for: the one met or talked with only (`objects`), or anyone
/// else.
fn person_before(input: &Input<'_>, pos: usize, pronoun: &str, objects: bool) -> Option<usize> {
    let text = input.text;
    let fits = |i: usize| {
        let m = &input.entities.mentions[i];
        m.span.end <= pos
            && m.kind == MentionKind::Person
            // a name inside quotation marks is the quoted speaker's
            // word, not who "he" is: "“... Hans ...,” he added"
            && !in_quotation(text, m.span.start)
            && !["’s", "'s"]
                .iter()
                .any(|p| text[m.span.end..].starts_with(p))
            // the object of a meeting or a talk is not who "he" goes on
            // with ("The envoy also met with Minister X. “...,” he added")
            && object_of_a_verb(input, m.span.start) == objects
            && input.pronoun_fits(input.entities.of_mention[i], pronoun)
    };
    let here = input.sentences.partition_point(|s| s.span.end <= pos);
    (0..=here.min(input.sentences.len().saturating_sub(1)))
        .rev()
        .find_map(|si| {
            let s = &input.sentences[si];
            input
                .entities
                .within(Span::new(s.span.start, s.span.end.min(pos)))
                .find(|&i| fits(i))
        })
        .map(|i| input.entities.of_mention[i])
}

/// Whether the name at `start` (its titles and demonyms before it left
/// aside) is the object of "met (with)", "spoke with", "talked to"...
fn object_of_a_verb(input: &Input<'_>, start: usize) -> bool {
    static OBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:met|meets|meet|met with|meeting with|talks with|spoke with|spoke to|talked with|talked to|thanked|called on|hosted|welcomed|received)(?: (?:[A-Z][\w’'.-]*|the|his|her|their|counterpart|foreign|prime|defence|defense|finance|trade|minister|president|secretary|envoy|ambassador)){0,6} $")
            .expect("valid regex")
    });
    let si = input.sentences.partition_point(|s| s.span.end <= start);
    input
        .sentences
        .get(si)
        .is_some_and(|s| OBJECT.is_match(input.slice(s.span.start, start)))
}

/// "...," Rubio said. / "...," said X. / "...," he told reporters.
fn said_after<'i>(
    input: &'i Input<'_>,
    positions: &[PositionFact],
    f: &Frame<'i>,
    last_speaker: Option<(usize, usize, usize)>,
    q: &mut Said,
) {
    let text = input.text;
    let Frame {
        whole,
        paragraph,
        after,
        closed_sentence,
        ..
    } = *f;
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        // the speech verbs of the lexicon, and verbs of emphasis and of
        // posting that attribute the words before them but would make any
        // name before them a person's ("Ryanair posted a profit")
        let verbs = SPEECH_VERBS
            .iter()
            .copied()
            .chain(["affirmed", "highlighted", "posted", "underlined"])
            .collect::<Vec<_>>()
            .join("|");
        // (and the same verbs before the speaker: "concluded Moreau")
        Regex::new(&format!(r"^[,.!?]?\s*(?:(?:(he|she)|((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Lt|Col|Capt|Maj|Gov)\.\s)?\S[^,.;]{{0,80}}?))\s+(?:{verbs})(?-u:\b)|(?:{verbs}|says|told|wrote|tweeted)\s+(\S[^,.;]{{0,120}}))")).expect("valid regex")
    });
    // `“... ends here.” X said the deal ...`, `“...”. X said ...`: a
    // quotation closed by a full stop is not attributed by a new sentence
    // that goes on past its verb (only `“... here.” X said.` is)
    // (a question or exclamation goes on: “Why?” she asked X as ...)
    if let Some(a) = AFTER.captures(after).filter(|a| {
        !closed_sentence || {
            let rest = after[a.get(0).map_or(0, |m| m.end())..].trim_start();
            // (a short tail of time or place: "X said on Monday.")
            let tail = [
                "on ",
                "in ",
                "at ",
                "late",
                "earlier",
                "last ",
                "this ",
                "today",
                "yesterday",
            ];
            rest.is_empty()
                || rest.starts_with(['.', ',', ';'])
                || (rest.len() < 40
                    && rest.contains('.')
                    && tail.iter().any(|t| rest.starts_with(t)))
        }
    }) {
        let base = whole.end();
        if let Some(pronoun) = a.get(1) {
            // `“...,” said X. “...,” he added.`: the speaker of the
            // quotation just before, when no one else is named since
            // (after "the prime minister said ...", the one the
            // description names, or no one: "the German official recalled
            // that ... X. “...,” he added" is not X)
            if let Some(told) = told_by_description(input, positions, whole.start(), last_speaker) {
                q.speaker = told.filter(|&p| input.pronoun_fits(p, pronoun.as_str()));
                q.rule = "quote/pronoun";
                return;
            }
            q.speaker = last_speaker
                .filter(|&(para, sp, end)| {
                    (para == paragraph || para + 1 == paragraph)
                        && input.pronoun_fits(sp, pronoun.as_str())
                        && !input
                            .entities
                            .within(Span::new(end, whole.start()))
                            .any(|i| {
                                input.entities.mentions[i].kind == MentionKind::Person
                                    && input.entities.of_mention[i] != sp
                                    && !in_quotation(text, input.entities.mentions[i].span.start)
                            })
                })
                .map(|(_, sp, _)| sp)
                .or_else(|| persons_before(input, whole.start(), pronoun.as_str()));
            q.rule = "quote/pronoun";
        } else if let Some(g) = a.get(2).or_else(|| a.get(3)) {
            // ("said X who supported Y": the speaker before a relative
            // clause without its comma)
            let end = [" who ", " whose ", " which ", " that "]
                .iter()
                .filter_map(|w| g.as_str().find(w))
                .min()
                .map_or(g.end(), |k| g.start() + k);
            let who = Span::new(base + g.start(), base + end);
            q.speaker = person_in(input, who);
            if q.speaker.is_none() {
                q.speaker = described(input, positions, who);
                q.rule = "quote/description";
            }
        }
    }
}

/// The one a pronoun's quotation at `pos` goes on from, when the last
/// speech before it in its sentence or the one before is told of a
/// description and no one is named after it ("..., following which the
/// prime minister said ... ¶ “...,” she said"): `Some(holder)` for a post
/// the article names its holder of, `Some(None)` for someone unnamed ("the
/// German official recalled that ..."); `None` when no such speech is
/// there, or the quotation just before is given to someone since.
fn told_by_description(
    input: &Input<'_>,
    positions: &[PositionFact],
    pos: usize,
    last_speaker: Option<(usize, usize, usize)>,
) -> Option<Option<usize>> {
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)[Tt]he ((?:[A-Z][a-z]+ )?(?:[a-z]+ ){0,2}[a-z]+) (?:said|told|noted|recalled|added|stressed|explained|stated|warned|insisted|underlined)(?-u:\b)")
            .expect("valid regex")
    });
    const UNNAMED: &[&str] = &[
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "source",
        "aide",
        "officer",
    ];
    let si = input.sentences.partition_point(|s| s.span.end <= pos);
    let from = input.sentences[si.saturating_sub(1)].span.start;
    let window = input.slice(from, pos);
    let m = TOLD.captures_iter(window).last()?;
    let (whole, desc) = (m.get(0)?, m.get(1)?);
    let at = from + whole.start();
    // (a quotation given since, or someone named in a sentence since, not
    // in what the description said: not the description's)
    let told_si = input.sentences.partition_point(|s| s.span.end <= at);
    let told_at = input.sentences[told_si].span;
    if last_speaker.is_some_and(|(_, _, end)| end > at)
        || input
            .entities
            .within(Span::new(told_at.end.min(pos), pos))
            .any(|i| {
                input.entities.mentions[i].kind == MentionKind::Person
                    && !in_quotation(input.text, input.entities.mentions[i].span.start)
            })
    {
        return None;
    }
    let who = Span::new(at, from + desc.end());
    // (a post whose holder is not found, "the German chancellor recalled":
    // the other rules read on)
    let titled = input
        .titles_in(told_si)
        .iter()
        .any(|t| who.contains(&t.span));
    if titled {
        return described(input, positions, who).map(Some);
    }
    let head = desc.as_str().rsplit(' ').next().unwrap_or_default();
    // (a noun the article used before may describe someone it named:
    // "Hamas official X spoke. “...,” the official said")
    if !UNNAMED.contains(&head) || input.text[..at].contains(&format!(" {head}")) {
        return None;
    }
    // ("“...,” the official said. “...,” he added": the description gave
    // the quotation just before it, in its sentence, to someone named)
    if let Some((_, sp, end)) = last_speaker
        && end <= at
        && end >= told_at.start
    {
        return Some(Some(sp));
    }
    Some(None)
}

/// "...," Jason Kerr, an oil analyst at ING in Edinburgh, said: the person
/// named first, before an apposition that describes them.
fn said_after_apposition<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let Frame { whole, after, .. } = *f;
    static AFTER_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[,.!?]?\s*([A-Z][^,.;“”\x22]{2,60}?), [^“”\x22;]{3,120}?, (?:said|says|told|added|stated|explained|noted|warned|wrote)(?-u:\b)")
            .expect("valid regex")
    });
    if q.speaker.is_none()
        && let Some(a) = AFTER_APPOSED.captures(after)
        && let Some(g) = a.get(1)
    {
        let who = Span::new(whole.end() + g.start(), whole.end() + g.end());
        // the name and nothing more: "Jason Kerr", not "Jason Kerr and Ana Ruiz"
        q.speaker = input
            .entities
            .within(who)
            .find(|&i| {
                let m = &input.entities.mentions[i];
                m.kind == MentionKind::Person && m.span == who
            })
            .map(|i| input.entities.of_mention[i]);
        q.rule = "quote/after-apposition";
    }
}

/// "Rutte: NATO will be “stronger and fairer”": a headline opening on a
/// person's name and a colon gives the words quoted after it to that person.
fn headline_speaker<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let s = &input.sentences[f.sentence];
    if q.speaker.is_none()
        && s.kind == crate::text::LineKind::Heading
        && let Some(m) = input.items(f.sentence).next()
        && m.span.start == s.span.start
        && m.kind == MentionKind::Person
        && m.span.end < f.whole.start()
        && input.text[m.span.end..].starts_with(':')
    {
        q.speaker = m.entity;
        q.rule = "quote/headline";
    }
}

/// Rubio said: "..." / X told reporters: "..."; "X welcomed Y's pledge,
/// saying: ...".
fn said_before<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let text = input.text;
    let Frame {
        whole,
        sentence,
        before,
        sent_start,
        ..
    } = *f;
    if q.speaker.is_none() {
        let b = before.trim_end();
        let unpunctuated = b.trim_end_matches([':', ',']).trim_end();
        // "Yoon said that “...”"
        let b2 = unpunctuated.strip_suffix(" that").unwrap_or(unpunctuated);
        let speech = SPEECH_VERBS.iter().chain(REPORTING_VERBS.iter()).any(|v| {
            b2.ends_with(v)
                || b2.rsplit_once(' ').is_some_and(|(x, _)| x.ends_with(v)) && b.ends_with(':')
        });
        // "X welcomed Y's pledge, saying: ...", "X praised Y, stating,
        // ...": the clause's subject speaks
        let saying = ["saying", "stating", "adding"]
            .iter()
            .any(|v| unpunctuated.ends_with(v));
        if speech && (b.ends_with(':') || b.ends_with(',') || b.ends_with("that") || saying) {
            let lead = Span::new(sent_start, whole.start());
            // "On his talks with X, he added: “...”": the pronoun right
            // before the verb is the speaker, not a name before it
            let pronoun_subject = b2
                .rsplit(' ')
                .nth(1)
                .filter(|w| matches!(*w, "he" | "she" | "He" | "She"))
                .filter(|_| !saying);
            q.speaker = if let Some(pronoun) = pronoun_subject {
                // (`before` ends where the quotation opens; `b2` is its start)
                let verb = b2.rsplit(' ').next().unwrap_or_default();
                let at = whole.start() - before.len() + b2.len() - verb.len() - 1 - pronoun.len();
                persons_before(input, at, pronoun)
            } else if saying {
                input
                    .items(sentence)
                    .find(|m| lead.contains(&m.span) && m.kind == MentionKind::Person)
                    .and_then(|m| m.entity)
            } else {
                // (not "X's press secretary said that ...": the secretary
                // speaks, whoever they are)
                // (not a name inside an aside between the subject and the
                // verb: "X – who backed Y in the race – said: ...")
                person_outside_asides(input, lead).filter(|&p| {
                    !input.spans_of(sentence, p).any(|sp| {
                        lead.contains(&sp)
                            && ["’s ", "'s "].iter().any(|q| text[sp.end..].starts_with(q))
                    })
                })
            }
            .or_else(|| {
                let pron = &text[sent_start..whole.start()];
                let pronoun = pron.split(' ').next().unwrap_or_default();
                matches!(pronoun, "He" | "She")
                    .then(|| persons_before(input, sent_start, pronoun))
                    .flatten()
            });
            q.rule = "quote/before";
        }
    }
}

/// The last person named in `lead` outside its asides: a bracket, a pair of
/// dashes, a relative clause between commas (", who backed Y,"); the last
/// person named in it when every name is in an aside.
fn person_outside_asides(input: &Input<'_>, lead: Span) -> Option<usize> {
    let text = lead.of(input.text);
    let mut asides: Vec<(usize, usize)> = Vec::new();
    // (each opening, then its closing mark; a relative clause closes on a comma)
    for (open, close) in [
        ("(", ")"),
        (" – ", " – "),
        (" — ", " — "),
        (" - ", " - "),
        (", who ", ","),
        (", whose ", ","),
        (", which ", ","),
    ] {
        let mut from = 0;
        while let Some(a) = text[from..].find(open).map(|i| from + i) {
            let Some(b) = text[a + open.len()..]
                .find(close)
                .map(|i| a + open.len() + i)
            else {
                break;
            };
            asides.push((a, b + close.len()));
            from = b + close.len();
        }
    }
    let aside = |sp: Span| {
        asides
            .iter()
            .any(|&(a, b)| sp.start >= lead.start + a && sp.end <= lead.start + b)
    };
    last_person_in(input, lead, |sp| !aside(sp)).or_else(|| person_in(input, lead))
}

/// "X praised the talks, saying his country will be “a true friend”", "X
/// said the deal was “historic”": words quoted inside what a person said,
/// with no one else named between the verb and the quotation.
fn said_inside<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let text = input.text;
    let Frame {
        whole,
        short,
        sentence,
        sent_start,
        clause_end,
        ..
    } = *f;
    // (words quoted inside what someone said, at the end of the clause:
    // "said the deal was “historic”.", not a scare-quoted name inside it)
    if q.speaker.is_none() && (!short || clause_end) {
        static SAID_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:, (?:saying|adding|stating|remarking|noting|arguing|insisting|warning|declaring)| said| says| told [a-z]+(?: [a-z]+)?) [^“”\x22;:]*$")
                .expect("valid regex")
        });
        let lead = Span::new(sent_start, whole.start());
        if let Some(v) = SAID_IN_CLAUSE.find(lead.of(text)) {
            let verb = lead.start + v.start();
            // (someone else named there may have said the words; not a
            // possessor: "said Berg's appointment would “...”")
            let named_between = input.items(sentence).any(|m| {
                m.span.start >= verb
                    && m.span.end <= whole.start()
                    && m.kind == MentionKind::Person
                    && !["'s", "’s"]
                        .iter()
                        .any(|p| input.text[m.span.end..].starts_with(p))
            });
            // the subject: the last name before the verb, not a possessor
            // ("X's press secretary said ..."), right before "said" (a
            // participle after a comma may be further: "X praised the
            // talks, saying ...")
            let participle = v.as_str().starts_with(',');
            // (a participle's subject is the clause's, the first named: "X
            // met Y on Monday, saying ..." is X's)
            let before_verb = |m: &&Item| m.span.end <= verb && m.span.start >= lead.start;
            let subject = if participle {
                input
                    .items(sentence)
                    .filter(before_verb)
                    .find(|m| m.kind == MentionKind::Person)
                    .filter(|m| {
                        input
                            .slice(lead.start, m.span.start)
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                    })
            } else {
                // ("X, speaking after Y, said": the name in the aside is not
                // the subject)
                let last = input.items(sentence).rfind(before_verb);
                let aside_start = last.and_then(|m| {
                    let pre = input.slice(lead.start, m.span.start);
                    let c = pre.rfind(", ")?;
                    (input.slice(m.span.end, verb) == "," && opens_on_participle(&pre[c + 2..]))
                        .then_some(lead.start + c)
                });
                match aside_start {
                    Some(a) => input
                        .items(sentence)
                        .rfind(|m| before_verb(m) && m.span.end <= a),
                    None => last,
                }
            };
            let subject = subject
                .filter(|m| m.kind == MentionKind::Person)
                .filter(|m| {
                    let between = input.slice(m.span.end, verb);
                    // ("X, speaking at a news conference, said": a
                    // participle's aside between subject and verb)
                    let aside = between
                        .strip_prefix(", ")
                        .and_then(|r| r.strip_suffix(','))
                        .is_some_and(|r| {
                            opens_on_participle(r)
                                && !r.contains([',', ';', '“', '"'])
                                && r.split_whitespace().count() <= 8
                        });
                    !between.starts_with("'s")
                        && !between.starts_with("’s")
                        && (participle || aside || between.split_whitespace().count() <= 3)
                })
                .and_then(|m| m.entity);
            if !named_between && let Some(p) = subject {
                q.speaker = Some(p);
                q.rule = "quote/inside-speech";
            }
        }
    }
}

/// Whether words open on a participle: "speaking at a news conference".
fn opens_on_participle(words: &str) -> bool {
    words.split(' ').next().is_some_and(|w| w.ends_with("ing"))
}

/// According to Ben Barry, a senior fellow at X, "..."
fn according_to<'i>(input: &'i Input<'_>, positions: &[PositionFact], f: &Frame<'i>, q: &mut Said) {
    let text = input.text;
    let Frame {
        whole, sent_start, ..
    } = *f;
    if q.speaker.is_none() {
        let lead = &text[sent_start..whole.start()];
        if let Some(pos) = lead
            .find("According to ")
            .or_else(|| lead.find("according to "))
        {
            let from = sent_start + pos;
            // the source: up to the comma ("According to X, the Y
            // administration denied ...": X, not Y)
            let who = from + "according to ".len();
            let end = text[who..whole.start()]
                .find(',')
                .map_or(whole.start(), |c| who + c);
            q.speaker = input
                .entities
                .mentions
                .iter()
                .enumerate()
                .find(|(_, m)| {
                    m.span.start >= from && m.span.end <= end && m.kind == MentionKind::Person
                })
                .map(|(i, _)| input.entities.of_mention[i])
                // "According to the foreign minister, ... “...”": the one
                // person the article gives that post
                .or_else(|| described(input, positions, Span::new(who, end)));
            q.rule = "quote/according-to";
        }
    }
}

/// Milei said Argentina wanted "open markets": a quotation inside the
/// reported speech of the person named right before a speech verb.
fn reported<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let text = input.text;
    let Frame {
        whole,
        sentence,
        sent_start,
        ..
    } = *f;
    // reported speech of the person named right before a speech verb,
    // with no other person named between the verb and the quotation
    if q.speaker.is_none() {
        let lead = &text[sent_start..whole.start()];
        q.speaker = lead
            .match_indices(' ')
            .map(|(i, _)| i + 1)
            .filter(|&i| {
                let word = lead[i..]
                    .split(|c: char| !c.is_ascii_lowercase())
                    .next()
                    .unwrap_or_default();
                // "if X asked her to": a request in a condition, no speech
                let request = REQUEST.is_match(&lead[i + word.len()..])
                    || lead[..i].trim_end().ends_with(" if");
                !request
                    && (SPEECH_VERBS.contains(&word)
                        || REPORTING_VERBS.contains(&word)
                        || NAMING_VERBS.contains(&word))
            })
            .filter_map(|i| {
                let verb = sent_start + i;
                let naming = NAMING_VERBS.contains(
                    &lead[i..]
                        .split(|c: char| !c.is_ascii_lowercase())
                        .next()
                        .unwrap_or_default(),
                );
                speaker_before(input, sentence, verb)
                    .or_else(|| coordinated_subject(input, sentence, verb))
                    .or_else(|| {
                        // "He said the coup was “...”": the person last named;
                        // "..., and in 2020, he said he was a “...”": the
                        // sentence's subject
                        let lead = text[sent_start..verb].trim_end();
                        let last = lead.rsplit([' ', ',']).next().unwrap_or_default();
                        if matches!(lead, "He" | "She") {
                            persons_before(input, sent_start, lead)
                        } else if matches!(last, "he" | "she") && lead.contains(", ") {
                            persons_before(input, verb, last)
                        } else {
                            None
                        }
                    })
                    .map(|p| (verb, p, naming))
            })
            .next_back()
            // no one else named between the verb and the quotation, but
            // the one a naming verb names ("referred to X as “...”")
            .filter(|&(verb, _, naming)| {
                // (the one told, asked or urged is no other speaker: "Wang
                // told Blinken that the “...”", "X asked Ugandan President Y
                // to “...”": the person after the verb and a title)
                let from = ["told ", "asked ", "urged ", "pressed ", "reminded "]
                    .iter()
                    .find(|v| text[verb..].starts_with(**v))
                    .and_then(|v| {
                        let after = verb + v.len();
                        let m = input
                            .items(sentence)
                            .find(|m| m.span.start >= after && m.kind == MentionKind::Person)?;
                        input
                            .slice(after, m.span.start)
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                            .then_some(m.span.end)
                    })
                    .unwrap_or(verb);
                naming || person_in(input, Span::new(from, whole.start())).is_none()
            })
            .map(|(_, p, _)| p);
        q.rule = "quote/reported";
    }
}

/// "X said the plan had failed. “The government had its chance.”": a
/// quotation that is its whole sentence, right after a sentence of the same
/// paragraph that reports what a named person said (and quotes nothing),
/// is theirs.
fn after_reported_speech<'i>(input: &'i Input<'_>, f: &Frame<'i>, q: &mut Said) {
    let Frame {
        whole,
        sentence,
        sent_start,
        after,
        ..
    } = *f;
    if q.speaker.is_some() || sentence == 0 {
        return;
    }
    let alone = input.slice(sent_start, whole.start()).trim().is_empty()
        && after
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty();
    let prev = &input.sentences[sentence - 1];
    let words = prev.span.of(input.text);
    // (or the paragraph before, for a paragraph of quotation only: "X
    // said the rules would change. ¶ “We are listening.”")
    let opens_paragraph = input.slice(sent_start, whole.start()).trim().is_empty()
        && input.text[..whole.start()]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    if !alone
        || (prev.paragraph != input.sentences[sentence].paragraph
            && !(opens_paragraph && prev.paragraph + 1 == input.sentences[sentence].paragraph))
        || words.contains(['“', '”', '"'])
        || prev.kind != input.sentences[sentence].kind
    {
        return;
    }
    let speaker = words.match_indices(' ').find_map(|(i, _)| {
        let word = words[i + 1..]
            .split(|c: char| !c.is_ascii_lowercase())
            .next()
            .unwrap_or_default();
        if !SPEECH_VERBS.contains(&word) {
            return None;
        }
        // ("He noted that ...": the one the pronoun stands for)
        let pronoun = words[..i].trim();
        if matches!(pronoun, "He" | "She") {
            return persons_before(input, prev.span.start, pronoun);
        }
        // ("X met exporters on Monday and said ...": the clause's subject)
        speaker_before(input, sentence - 1, prev.span.start + i + 1)
            .or_else(|| coordinated_subject(input, sentence - 1, prev.span.start + i + 1))
    });
    if let Some(p) = speaker {
        q.speaker = Some(p);
        q.rule = "quote/after-reported-speech";
    }
}

/// A quotation continuing the same speaker's paragraph, or a paragraph of
/// quotation only; not where the sentence names someone else first.
fn continued<'i>(
    input: &'i Input<'_>,
    f: &Frame<'i>,
    last_speaker: Option<(usize, usize, usize)>,
    q: &mut Said,
) {
    let Frame {
        whole,
        paragraph,
        after,
        before,
        sent_start,
        ..
    } = *f;
    // a quotation continuing the same speaker's paragraph, or a paragraph
    // of quotation only; not where the sentence names someone else first
    let someone_else =
        |sp: usize| person_in(input, Span::new(sent_start, whole.start())).is_some_and(|p| p != sp);
    if q.speaker.is_none()
        && let Some(&(last_para, sp, _)) = last_speaker.as_ref()
        && (last_para == paragraph || last_para + 1 == paragraph)
        && !someone_else(sp)
    {
        let alone = before.trim().is_empty()
            && after
                .trim_matches(|c: char| c.is_whitespace() || c == '.')
                .is_empty();
        let same_para = last_para == paragraph;
        if alone || same_para {
            q.speaker = Some(sp);
            q.rule = "quote/continuation";
        }
    }
}

/// "When Francis died, Biden offered his condolences and called him ...":
/// the subject of the clause a verb after "and" continues — the person
/// opening the clause (after the last comma before it). And the subject of
/// a purpose ("X took a day trip to Lima to meet Y") when nobody else is
/// named before the verb ("X urged Y to meet Z" is not X's meeting).
pub(super) fn coordinated_subject(input: &Input<'_>, si: usize, verb: usize) -> Option<usize> {
    let s = &input.sentences[si];
    let lead = input.slice(s.span.start, verb);
    let purpose = lead.trim_end().ends_with(" to");
    if !(lead.trim_end().ends_with(" and") || purpose) {
        return None;
    }
    let clause_start = lead
        .rfind(", ")
        .map_or(s.span.start, |i| s.span.start + i + 2);
    let m = input
        .items(si)
        .find(|m| m.span.start >= clause_start && m.span.end <= verb)?;
    // (after the title that opens the clause: "Foreign Minister X arrived
    // in Oslo and will meet ...")
    let opening = input
        .titles_in(si)
        .iter()
        .find(|t| t.span.start == clause_start)
        .map_or(clause_start, |t| t.span.end + 1);
    let named_between = || {
        input.items(si).any(|o| {
            o.span.start >= m.span.end
                && o.span.end <= verb
                && o.entity.is_some_and(|e| input.class(e) != Class::City)
        })
    };
    (m.kind == MentionKind::Person && m.span.start == opening && !(purpose && named_between()))
        .then_some(m.entity)
        .flatten()
}

/// "the US president", "The Indian foreign minister": a speaker named by a
/// post alone is the one person the article gives that post (of that
/// country, when the description names one); none when two could be meant.
fn described(input: &Input<'_>, positions: &[PositionFact], who: Span) -> Option<usize> {
    let w = who.of(input.text);
    if !(w.starts_with("the ") || w.starts_with("The ")) {
        return None;
    }
    let gaz = gazetteer();
    // (the description may go on with where or to whom: "declared the
    // Prime Minister to reporters after the meeting")
    let title = input.mentions.titles.iter().find(|t| {
        let rest = input.slice(t.span.end, who.end);
        who.contains(&t.span)
            && (rest.trim().is_empty()
                || [
                    " to ",
                    " in ",
                    " at ",
                    " on ",
                    " after ",
                    " following ",
                    " during ",
                    " before ",
                    " as ",
                    " while ",
                    " when ",
                ]
                .iter()
                .any(|p| rest.starts_with(p)))
    })?;
    // ("the former minister", "the new minister", "the state premier": a
    // word between the article and the post tells another holder)
    let si = input.sentences.partition_point(|s| s.span.end <= who.start);
    let lead_ok = input
        .slice(who.start, title.span.start)
        .split_whitespace()
        .skip(1)
        .all(|w| {
            input
                .items(si)
                .any(|m| m.span.of(input.text).split_whitespace().any(|x| x == w))
        });
    if !lead_ok {
        return None;
    }
    let title = gaz.titles[title.title].title.as_str();
    let country = input
        .items(si)
        .find(|m| who.contains(&m.span))
        .and_then(|m| m.entity);
    let sitting = |p: &&PositionFact| !matches!(p.qualifier.as_deref(), Some("former" | "then"));
    let mut holders: Vec<usize> = positions
        .iter()
        .filter(|p| p.title == title && (country.is_none() || p.of == country))
        .filter(sitting)
        .map(|p| p.person)
        .collect();
    // "King Salman", "Prince Faisal": addressed by the title without a realm,
    // so no post, but "the king" may be them too (not those whose post of
    // that title is known: "Kenyan President A met Ugandan President B",
    // "the Ugandan president said" is B)
    holders.extend(
        addressed_by(input, title)
            .into_iter()
            .filter(|&a| !positions.iter().any(|p| p.person == a && p.title == title)),
    );
    // "the Peruvian leader", "the minister": a generic noun for a kind of
    // post stands for the one holder of a post of that kind
    if holders.is_empty() {
        let kinds: &[&str] = match title {
            "Leader" if country.is_some() => &["head-of-state", "head-of-government", "royal"],
            "Minister" => &["minister"],
            _ => &[],
        };
        holders = positions
            .iter()
            .filter(|p| country.is_none() || p.of == country)
            .filter(sitting)
            .filter(|p| {
                gaz.titles
                    .iter()
                    .find(|t| t.title == p.title)
                    .is_some_and(|t| kinds.contains(&t.kind.as_str()))
            })
            .map(|p| p.person)
            .collect();
    }
    holders.sort_unstable();
    holders.dedup();
    match holders[..] {
        [one] => Some(one),
        _ => None,
    }
}
