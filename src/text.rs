//! Stage 1: text → sentences.
//!
//! A [`Span`] is a pair of byte offsets into the original article text; every
//! later stage refers to the text through spans, so offsets never change once
//! made. Sentences know their paragraph (line) and whether they are body text
//! or a heading-like line (headline, byline, section label) where names are
//! treated with more suspicion.

use crate::lexicon::ABBREVIATIONS;

/// Byte offsets `[start, end)` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from its two offsets.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The text the span points to.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What kind of line a sentence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Ordinary running text.
    Body,
    /// A line without final punctuation: headline, section label, caption.
    Heading,
    /// A "By Firstname Lastname" line.
    Byline,
}

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the text (trimmed of surrounding white space).
    pub span: Span,
    /// Index of the paragraph (non-empty line) it belongs to.
    pub paragraph: usize,
    /// Body, heading or byline.
    pub kind: LineKind,
}

/// Splits an article into sentences, line by line.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // where the last line with text starts (a copy cut short ends there)
    let last_line = text.trim_end().rfind('\n').map_or(0, |i| i + 1);
    let mut paragraph = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let trimmed = line.trim_end_matches(['\n', '\r']);
        let lead = trimmed.len() - trimmed.trim_start().len();
        let body = trimmed.trim();
        if body.is_empty() {
            continue;
        }
        let s = start + lead;
        // the last line of a copy cut short, mid-sentence: a paragraph, not
        // a heading, when it is long and not the only line
        let cut_short = start > 0 && start == last_line && body.split_whitespace().count() >= 12;
        let kind = match line_kind(body) {
            LineKind::Heading if cut_short => LineKind::Body,
            k => k,
        };
        if kind == LineKind::Body {
            for span in split_line(text, Span::new(s, s + body.len())) {
                out.push(Sentence {
                    span,
                    paragraph,
                    kind,
                });
            }
        } else {
            out.push(Sentence {
                span: Span::new(s, s + body.len()),
                paragraph,
                kind,
            });
        }
        paragraph += 1;
    }
    out
}

fn line_kind(line: &str) -> LineKind {
    let words = line.split_whitespace().count();
    if let Some(rest) = line.strip_prefix("By ")
        && words <= 8
        && !rest.ends_with('.')
    {
        return LineKind::Byline;
    }
    let last = line.chars().last().unwrap_or('.');
    let ends_like_sentence = matches!(
        last,
        '.' | '!' | '?' | '"' | '\u{201d}' | '\'' | '\u{2019}' | ':' | ')' | ';' | '\u{bb}'
    );
    if !ends_like_sentence && words <= 25 {
        LineKind::Heading
    } else {
        LineKind::Body
    }
}

/// Splits one line of running text at sentence-final punctuation.
fn split_line(text: &str, line: Span) -> Vec<Span> {
    let s = line.of(text);
    let bytes = s.as_bytes();
    let mut spans = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            // extend over closing quotes and brackets
            let mut j = i + 1;
            loop {
                let rest = &s[j..];
                if let Some(ch) = rest.chars().next()
                    && matches!(ch, '"' | '\'' | ')' | '\u{201d}' | '\u{2019}' | '\u{bb}')
                {
                    j += ch.len_utf8();
                    continue;
                }
                break;
            }
            let rest = &s[j..];
            let after_space = rest.trim_start();
            let has_space = rest.len() != after_space.len();
            let next = after_space.chars().next();
            let starts_new = next.is_some_and(|ch| {
                ch.is_uppercase()
                    || ch.is_ascii_digit()
                    || matches!(ch, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '\u{ab}')
            });
            if has_space && starts_new && !(c == b'.' && is_abbreviation(&s[..i])) {
                spans.push(Span::new(line.start + begin, line.start + j));
                begin = j + (rest.len() - after_space.len());
                i = begin;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if begin < s.len() {
        let tail = s[begin..].trim_end();
        if !tail.is_empty() {
            spans.push(Span::new(
                line.start + begin,
                line.start + begin + tail.len(),
            ));
        }
    }
    spans
}

/// Whether `s` ends with `suffix`, ASCII letters compared without case (the
/// suffix's other bytes exactly): a look at the last bytes, where lowering the
/// whole text first cost a copy of it at every call.
pub fn ends_with_ignore_ascii_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    // initials and dotted abbreviations: "J", "U.S", "U.K"
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    ABBREVIATIONS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<(&str, LineKind)> {
        split_sentences(text)
            .iter()
            .map(|s| (s.span.of(text), s.kind))
            .collect()
    }

    #[test]
    fn suffixes_match_without_ascii_case() {
        let cases = [
            ("at The ", "the ", true),
            ("at THE “", "the “", true),
            ("bathe ", "the ", true),
            ("the", "the ", false),
            ("", "the ", false),
            ("Former", "former", true),
            ("Kyiv’s “", "the “", false),
        ];
        for (s, suffix, want) in cases {
            assert_eq!(
                ends_with_ignore_ascii_case(s, suffix),
                want,
                "{s:?} {suffix:?}"
            );
        }
    }

    #[test]
    fn splits_sentences_in_a_table_of_cases() {
        use LineKind::*;
        let cases: &[(&str, &[(&str, LineKind)])] = &[
            ("One. Two.", &[("One.", Body), ("Two.", Body)]),
            (
                "Officials met in the U.S. capital. Talks went on.",
                &[
                    ("Officials met in the U.S. capital.", Body),
                    ("Talks went on.", Body),
                ],
            ),
            (
                "Mr. Smith spoke. He left.",
                &[("Mr. Smith spoke.", Body), ("He left.", Body)],
            ),
            (
                "\"We will win.\" She said so.",
                &[("\"We will win.\"", Body), ("She said so.", Body)],
            ),
            // «guillemets» close and open sentences as curly quotes do
            (
                "Tamm spoke. «Now we work.» «It will be hard.»",
                &[
                    ("Tamm spoke.", Body),
                    ("«Now we work.»", Body),
                    ("«It will be hard.»", Body),
                ],
            ),
            (
                "Leaders Meet in Oslo\nBy Anna Berg\nThe talks began.",
                &[
                    ("Leaders Meet in Oslo", Heading),
                    ("By Anna Berg", Byline),
                    ("The talks began.", Body),
                ],
            ),
            (
                "Prices rose 2.5 percent. Then fell.",
                &[("Prices rose 2.5 percent.", Body), ("Then fell.", Body)],
            ),
            ("  \r\n\r\n", &[]),
            (
                "J. R. Smith arrived. Good.",
                &[("J. R. Smith arrived.", Body), ("Good.", Body)],
            ),
            // a copy cut short mid-sentence: its last line is a paragraph;
            // a short last line, or a title alone, stays a heading
            (
                "Leaders Meet
The talks began. Underlining the point, Ana Ruiz said that the talks would go on for some
",
                &[
                    ("Leaders Meet", Heading),
                    ("The talks began.", Body),
                    (
                        "Underlining the point, Ana Ruiz said that the talks would go on for some",
                        Body,
                    ),
                ],
            ),
            (
                "Leaders Meet
The talks began.
Related stories",
                &[
                    ("Leaders Meet", Heading),
                    ("The talks began.", Body),
                    ("Related stories", Heading),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn spans_point_into_the_original_text_with_crlf() {
        let text = "Title line\r\n\r\nFirst one. Second one.\r\n";
        let got = split_sentences(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[2].span.of(text), "Second one.");
        assert_eq!(got[1].paragraph, 1);
    }
}
