//! Dates: absolute and relative date expressions, and the publication date.
//!
//! Absolute dates become `xsd:date` when the year is known and
//! `xsd:gMonthDay` / `xsd:gMonth` when it is not; relative ones ("on
//! Thursday", "this June") are resolved against the publication date when it
//! is known and otherwise left out. No year is ever invented.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Sentence, Span};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
}

impl Ymd {
    /// Parses `YYYY-MM-DD`, checking the day exists.
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.split('-');
        let year = it.next()?.parse().ok()?;
        let month = it.next()?.parse().ok()?;
        let day = it.next()?.parse().ok()?;
        if it.next().is_some() || s.len() != 10 {
            return None;
        }
        let d = Ymd { year, month, day };
        d.valid().then_some(d)
    }

    /// Whether the date exists and has a four-digit year from 1 to 9999.
    pub fn valid(&self) -> bool {
        (1..=9999).contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
    }

    /// Days since 1970-01-01.
    fn days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Ymd { year, month, day }
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(&self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32
    }

    fn plus_days(&self, n: i64) -> Ymd {
        Ymd::from_days(self.days() + n)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A date as precise as the text makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    /// `xsd:date`
    Date(Ymd),
    /// `xsd:gYearMonth`
    YearMonth(i32, u32),
    /// `xsd:gMonthDay`
    MonthDay(u32, u32),
    /// `xsd:gMonth`
    Month(u32),
}

/// English weekday names, Monday first (the numbering of [`Ymd::weekday`]).
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl DateValue {
    /// The lexical form of its XSD datatype.
    pub fn lexical(&self) -> String {
        match *self {
            DateValue::Date(d) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            DateValue::YearMonth(y, m) => format!("{y:04}-{m:02}"),
            DateValue::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
            DateValue::Month(m) => format!("--{m:02}"),
        }
    }

    /// The XSD datatype's local name.
    pub fn datatype(&self) -> &'static str {
        match self {
            DateValue::Date(_) => "date",
            DateValue::YearMonth(..) => "gYearMonth",
            DateValue::MonthDay(..) => "gMonthDay",
            DateValue::Month(_) => "gMonth",
        }
    }

    /// Month and day, without the year: the part used to merge meetings.
    pub fn month_day(&self) -> (u32, Option<u32>) {
        match *self {
            DateValue::Date(d) => (d.month, Some(d.day)),
            DateValue::YearMonth(_, m) | DateValue::Month(m) => (m, None),
            DateValue::MonthDay(m, d) => (m, Some(d)),
        }
    }

    /// "27 March" or "June": for labels, without the year.
    pub fn short_label(&self) -> String {
        let (m, d) = self.month_day();
        let month = MONTHS[(m as usize).saturating_sub(1) % 12];
        match d {
            Some(d) => format!("{d} {month}"),
            None => month.to_string(),
        }
    }

    /// The year, when known.
    pub fn year(&self) -> Option<i32> {
        match *self {
            DateValue::Date(d) => Some(d.year),
            DateValue::YearMonth(y, _) => Some(y),
            DateValue::MonthDay(..) | DateValue::Month(_) => None,
        }
    }

    /// "27 March 2025", or "27 March" when the year is not known.
    pub fn label(&self) -> String {
        match self.year() {
            Some(y) => format!("{} {y}", self.short_label()),
            None => self.short_label(),
        }
    }

    /// "2025-03-27", "2025-03", "03-27" or "03": the date as an IRI's
    /// part, with the year when known.
    pub fn key(&self) -> String {
        let (m, d) = self.month_day();
        let md = match d {
            Some(d) => format!("{m:02}-{d:02}"),
            None => format!("{m:02}"),
        };
        match self.year() {
            Some(y) => format!("{y:04}-{md}"),
            None => md,
        }
    }
}

/// A date expression in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Where it is.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// What it means.
    pub value: DateValue,
}

const MONTH_RE: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

/// A month before or after a day number: also abbreviated without a full
/// stop ("Mar 29", "10 Jun"), which alone would be a word ("mar").
const MONTH_WITH_DAY_RE: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?-u:\b))";

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){MONTH_WITH_DAY_RE} (\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,? (\d{{4}})(?-u:\b))?"
    ))
    .expect("valid regex")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH_WITH_DAY_RE}(?: (\d{{4}})(?-u:\b))?"
    ))
    .expect("valid regex")
});
static MONTH_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(this|next|last|in|early|late|mid-|by) )?{MONTH_RE}(?:,? (?:of )?(\d{{4}})(?-u:\b))?"
    ))
    .expect("valid regex")
});
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)(?-u:\b)").expect("valid regex")
});

/// Days from the publication date: yesterday -1, today 0, tomorrow +1.
fn relative_shift(word: &str) -> i64 {
    match word.to_ascii_lowercase().as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    }
}

/// Where a range of days ends before `before` ("3 to ", "7-", "3 and ")
/// starts, and its first day.
fn range_start(before: &str) -> Option<(usize, u32)> {
    let rest = [" to ", " and ", "-", "–"]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))?;
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|o| rest.strip_suffix(o))
        .unwrap_or(rest);
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let at = rest.len() - digits;
    if rest[..at].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((at, rest[at..].parse().ok()?))
}

/// The month and day of a dateline that gives no year, among the first
/// three lines: "CAIRO, Oct. 28 (Wire) –", "NAIROBI, Kenya, Mar 12 –",
/// "December 6, Agency. ...".
fn dateline_month_day(text: &str) -> Option<(u32, u32)> {
    static UNDATED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?:[A-Z][A-Za-z .'-]*,\s+){{0,2}}{MONTH_WITH_DAY_RE} (\d{{1,2}})(?:,|\s+\(|\s+[—–-])"
        ))
        .expect("valid regex")
    });
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .find_map(|l| UNDATED.captures(l))
        .and_then(|c| {
            let month = month_number(c.get(1)?.as_str());
            let day: u32 = c.get(2)?.as_str().parse().ok()?;
            (1..=31).contains(&day).then_some((month, day))
        })
}

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:(on|this|next|last) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)",
    )
    .expect("valid regex")
});
static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)").expect("valid regex"));

fn month_number(name: &str) -> u32 {
    let n = name.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| m.starts_with(n))
        .map_or(1, |i| i as u32 + 1)
}

/// The year for a month and day reported by an article published on `published`:
/// the publication year, or the one before when the date would lie more than
/// six months ahead.
fn infer_year(published: Ymd, month: u32, day: u32) -> i32 {
    let ahead = (month as i32 - published.month as i32) * 31 + (day as i32 - published.day as i32);
    if ahead > 183 {
        published.year - 1
    } else {
        published.year
    }
}

/// Every date expression of the sentences, resolved as far as the text allows.
pub fn find_dates(text: &str, sentences: &[Sentence], published: Option<Ymd>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let undated = published
        .is_none()
        .then(|| dateline_month_day(text))
        .flatten();
    for (si, s) in sentences.iter().enumerate() {
        let st = s.span.of(text);
        let base = s.span.start;
        let mut taken: Vec<Span> = Vec::new();
        let push = |out: &mut Vec<DateMention>,
                    taken: &mut Vec<Span>,
                    a: usize,
                    b: usize,
                    v: Option<DateValue>| {
            let span = Span::new(base + a, base + b);
            if taken.iter().any(|t| t.overlaps(&span)) {
                return;
            }
            taken.push(span);
            if let Some(value) = v {
                out.push(DateMention {
                    span,
                    sentence: si,
                    value,
                });
            }
        };
        for c in ISO.captures_iter(st) {
            let m = c.get(0).expect("match");
            let v = Ymd::parse(m.as_str()).map(DateValue::Date);
            push(&mut out, &mut taken, m.start(), m.end(), v);
        }
        for re in [&*MONTH_DAY, &*DAY_MONTH] {
            for c in re.captures_iter(st) {
                let m = c.get(0).expect("match");
                let (month, day) = if std::ptr::eq(re, &*MONTH_DAY) {
                    (month_number(&c[1]), c[2].parse::<u32>().unwrap_or(0))
                } else {
                    (month_number(&c[2]), c[1].parse::<u32>().unwrap_or(0))
                };
                // "from 3 to 5 March", "7-9 February": a range of days dates
                // its first day
                let (m_start, day) = if std::ptr::eq(re, &*DAY_MONTH) {
                    range_start(&st[..m.start()])
                        .map_or((m.start(), day), |(at, first)| (at, first))
                } else {
                    (m.start(), day)
                };
                if day == 0 || day > days_in_month(2024, month) {
                    push(&mut out, &mut taken, m_start, m.end(), None);
                    continue;
                }
                let year = c.get(3).and_then(|y| y.as_str().parse::<i32>().ok());
                let v = match (year, published) {
                    (Some(y), _) => {
                        let d = Ymd {
                            year: y,
                            month,
                            day,
                        };
                        d.valid().then_some(DateValue::Date(d))
                    }
                    (None, Some(p)) => {
                        let d = Ymd {
                            year: infer_year(p, month, day),
                            month,
                            day,
                        };
                        d.valid().then_some(DateValue::Date(d))
                    }
                    (None, None) => Some(DateValue::MonthDay(month, day)),
                };
                push(&mut out, &mut taken, m_start, m.end(), v);
            }
        }
        for c in MONTH_ONLY.captures_iter(st) {
            let m = c.get(0).expect("match");
            let name = &c[2];
            // "May" alone is too often the verb
            if name == "May" && c.get(1).is_none() && c.get(3).is_none() {
                continue;
            }
            let month = month_number(name);
            let year = c.get(3).and_then(|y| y.as_str().parse::<i32>().ok());
            let v = match (year, c.get(1).map(|g| g.as_str()), published) {
                (Some(y), _, _) => Some(DateValue::YearMonth(y, month)),
                (None, Some("this"), Some(p)) => Some(DateValue::YearMonth(p.year, month)),
                (None, Some("next"), Some(p)) => Some(DateValue::YearMonth(
                    if month > p.month { p.year } else { p.year + 1 },
                    month,
                )),
                (None, Some("last"), Some(p)) => Some(DateValue::YearMonth(
                    if month < p.month { p.year } else { p.year - 1 },
                    month,
                )),
                _ => Some(DateValue::Month(month)),
            };
            // years outside 1..=9999 have no XSD lexical form here: keep the month only
            let v = match v {
                Some(DateValue::YearMonth(y, mo)) if !(1..=9999).contains(&y) => {
                    Some(DateValue::Month(mo))
                }
                v => v,
            };
            push(&mut out, &mut taken, m.start(), m.end(), v);
        }
        // a dateline without a year ("CAIRO, Oct. 28 (Wire) -"): today and
        // yesterday are days of the year, the year left open
        if published.is_none()
            && let Some((month, day)) = undated
        {
            for m in RELATIVE_DAY.find_iter(st) {
                let d = Ymd {
                    year: 2000, // a leap year, for the arithmetic only
                    month,
                    day,
                }
                .plus_days(relative_shift(m.as_str()));
                push(
                    &mut out,
                    &mut taken,
                    m.start(),
                    m.end(),
                    d.valid().then_some(DateValue::MonthDay(d.month, d.day)),
                );
            }
        }
        if let Some(p) = published {
            // "yesterday, after the meeting", "Today will be the 7th meeting"
            let relative = RELATIVE_DAY
                .find_iter(st)
                .map(|m| (m.start(), m.end(), p.plus_days(relative_shift(m.as_str()))));
            let weekdays = WEEKDAY.captures_iter(st).map(|c| {
                let m = c.get(0).expect("match");
                let wd = WEEKDAYS.iter().position(|d| *d == &c[2]).unwrap_or(0) as i64;
                let today = i64::from(p.weekday());
                let back = (today - wd).rem_euclid(7);
                let d = match c.get(1).map(|g| g.as_str()) {
                    Some("next") => p.plus_days(if back == 0 { 7 } else { 7 - back }),
                    Some("last") => p.plus_days(-(if back == 0 { 7 } else { back })),
                    _ => p.plus_days(-back),
                };
                (m.start(), m.end(), d)
            });
            for (a, b, d) in relative.chain(weekdays) {
                push(
                    &mut out,
                    &mut taken,
                    a,
                    b,
                    d.valid().then_some(DateValue::Date(d)),
                );
            }
        }
    }
    out.sort_by_key(|d| d.span);
    out
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[A-Z][A-Za-z .'-]*,\s+)?(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{MONTH_RE} (\d{{1,2}}),? (\d{{4}})|(\d{{1,2}}) {MONTH_RE},? (\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))(?-u:\b)"
    ))
    .expect("valid regex")
});

/// The publication date from a dateline ("BRUSSELS, March 12, 2025 —") or a
/// date line among the first three lines.
pub fn publication_date(text: &str) -> Option<Ymd> {
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
    {
        if let Some(c) = DATELINE.captures(line) {
            let (y, m, d) = if let Some(mo) = c.get(1) {
                (
                    c.get(3)?.as_str().parse().ok()?,
                    month_number(mo.as_str()),
                    c.get(2)?.as_str().parse().ok()?,
                )
            } else if let Some(day) = c.get(4) {
                (
                    c.get(6)?.as_str().parse().ok()?,
                    month_number(c.get(5)?.as_str()),
                    day.as_str().parse().ok()?,
                )
            } else {
                (
                    c.get(7)?.as_str().parse().ok()?,
                    c.get(8)?.as_str().parse().ok()?,
                    c.get(9)?.as_str().parse().ok()?,
                )
            };
            let date = Ymd {
                year: y,
                month: m,
                day: d,
            };
            if date.valid() {
                return Some(date);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        let s = split_sentences(text);
        find_dates(text, &s, published.and_then(Ymd::parse))
            .into_iter()
            .map(|d| (d.span.of(text).to_string(), d.value.lexical()))
            .collect()
    }

    #[test]
    fn resolves_dates_in_a_table_of_cases() {
        type Case<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            ("They met on March 27.", None, &[("March 27", "--03-27")]),
            (
                "They met on March 27.",
                Some("2025-04-03"),
                &[("March 27", "2025-03-27")],
            ),
            (
                "They met on 27 March 2024.",
                Some("2025-04-03"),
                &[("27 March 2024", "2024-03-27")],
            ),
            ("A summit this June.", None, &[("this June", "--06")]),
            // regression (audit 9): months abbreviated without a full stop,
            // next to a day only ("5 Marines" is no date)
            (
                "Talks on Jun 10; a visit on 4 Aug; 5 Marines and 10 Junior staff.",
                Some("2025-03-01"),
                &[("Jun 10", "2025-06-10"), ("4 Aug", "2025-08-04")],
            ),
            (
                "A summit this June.",
                Some("2025-04-03"),
                &[("this June", "2025-06")],
            ),
            ("They met on Thursday.", None, &[]),
            // today, yesterday and tomorrow against the publication date, or nothing
            (
                "Yesterday the ministers met; today they sign; tomorrow they leave.",
                Some("2025-03-01"),
                &[
                    ("Yesterday", "2025-02-28"),
                    ("today", "2025-03-01"),
                    ("tomorrow", "2025-03-02"),
                ],
            ),
            ("Yesterday the ministers met.", None, &[]),
            // a dateline without a year: days of the year, the year open
            (
                "CAIRO, Oct. 28 (Wire) - Yesterday the ministers met.",
                None,
                &[("Oct. 28", "--10-28"), ("Yesterday", "--10-27")],
            ),
            // audit 15: a dateline with the country after the city
            (
                "NAIROBI, Kenya, Mar 12 – Yesterday the ministers met.",
                None,
                &[("Mar 12", "--03-12"), ("Yesterday", "--03-11")],
            ),
            (
                "They met on Wednesday.",
                Some("2025-05-15"),
                &[("on Wednesday", "2025-05-14")],
            ),
            (
                "They meet next Monday.",
                Some("2025-05-15"),
                &[("next Monday", "2025-05-19")],
            ),
            (
                "Talks in December.",
                Some("2025-01-10"),
                &[("in December", "--12")],
            ),
            (
                "It may rain. May 5 was sunny.",
                None,
                &[("May 5", "--05-05")],
            ),
            ("On February 30 nothing.", None, &[]),
            // a range of days: its first day
            (
                "A state visit from 3 to 5 March 2023.",
                None,
                &[("3 to 5 March 2023", "2023-03-03")],
            ),
            (
                "Talks on 7-9 February.",
                None,
                &[("7-9 February", "--02-07")],
            ),
            // a month and its year, with "of" or a comma between
            (
                "A conference in February of 2025.",
                None,
                &[("in February of 2025", "2025-02")],
            ),
            (
                "Talks in March, 2024.",
                None,
                &[("in March, 2024", "2024-03")],
            ),
        ];
        for (text, published, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(
                dates(text, *published),
                want,
                "{text:?} published {published:?}"
            );
        }
    }

    #[test]
    fn weekdays_are_right() {
        assert_eq!(Ymd::parse("2025-05-14").unwrap().weekday(), 2); // a Wednesday
        assert_eq!(Ymd::parse("1970-01-01").unwrap().weekday(), 3);
        assert_eq!(Ymd::parse("2025-02-29"), None);
    }

    #[test]
    fn finds_publication_dates() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Headline\nBRUSSELS, March 12, 2025 (Newswire) — Talks began.",
                Some("2025-03-12"),
            ),
            ("Headline\n14 May 2025\nText.", Some("2025-05-14")),
            ("Headline\nPublished 2025-06-01\nText.", Some("2025-06-01")),
            ("Headline\nLeaders met on March 12.", None),
        ];
        for (text, want) in cases {
            assert_eq!(
                publication_date(text),
                want.and_then(Ymd::parse),
                "{text:?}"
            );
        }
    }
}
