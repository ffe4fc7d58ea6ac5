//! A deterministic generator of synthetic wire reports, for benchmarks.
//!
//! Shared by `examples/gen_corpus.rs` (writes a corpus to disk) and
//! `benches/extraction.rs` (generates one in memory): both include this file
//! with `#[path]`, so there is one copy of the code.
//!
//! The reports are composed from templates and the gazetteer tables (real
//! countries, cities, organizations and titles of office; invented people:
//! given names from `ontology/gazetteer/given_names.tsv` with surnames built
//! from syllables). They carry what the extractor looks for in real news: a
//! headline, a byline, a `CITY, Month D, YYYY (Newswire) —` dateline, titles
//! before names, appositions, meetings with place and date, memberships,
//! leaderships, negated memberships, quotations in several forms, and filler
//! prose. Every article is 300 to 900 words.
//!
//! The only source of randomness is [`Rng`], a splitmix64 generator seeded
//! from the corpus seed and the article's index: the same seed and index
//! always give the same bytes, whatever the number of articles generated.

#![allow(dead_code)] // each includer uses a part of the module

use std::collections::HashSet;

use newsgraph::dates::{MONTHS, WEEKDAYS, Ymd};
use newsgraph::gazetteer::{GIVEN_NAMES_TSV, TITLES_TSV, gazetteer};

/// Fewest words in an article.
pub const MIN_WORDS: usize = 300;
/// Most words in an article.
pub const MAX_WORDS: usize = 900;

/// The file name of the article with this index: `00000.txt`, `00001.txt`...
pub fn file_name(index: u64) -> String {
    format!("{index:05}.txt")
}

/// Whitespace-separated words, the unit of the words/second figures.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// splitmix64 (Steele, Lea and Flood, 2014): small, fast, and good enough to
/// pick templates.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with the given probability in percent.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The seed of one article: the corpus seed mixed with the index.
fn article_seed(seed: u64, index: u64) -> u64 {
    let mut r = Rng::new(seed ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    r.next_u64()
}

const ONSETS: [&str; 30] = [
    "Bar", "Bel", "Cal", "Dar", "Dor", "Fal", "Gar", "Hal", "Har", "Kel", "Kor", "Lan", "Lor",
    "Mar", "Mel", "Nor", "Os", "Pal", "Ren", "Ros", "Sal", "Tam", "Tor", "Val", "Ver", "Wal",
    "Zan", "Bren", "Stav", "Quin",
];
const MIDDLES: [&str; 12] = ["", "", "", "a", "e", "i", "o", "an", "el", "in", "or", "u"];
const CODAS: [&str; 24] = [
    "ek", "ova", "sen", "ner", "di", "ell", "ini", "ton", "berg", "ski", "ez", "ou", "ani", "ard",
    "ic", "ler", "mann", "ssen", "tz", "via", "kas", "escu", "opoulos", "ström",
];

const TOPICS: [&str; 24] = [
    "mineral supply chains",
    "air defence",
    "fisheries",
    "grain exports",
    "energy security",
    "shipping lanes",
    "climate finance",
    "border crossings",
    "semiconductor supplies",
    "refugee support",
    "debt relief",
    "arms control",
    "Arctic shipping",
    "customs rules",
    "digital trade",
    "water sharing",
    "vaccine production",
    "cyber security",
    "rail links",
    "nuclear safety",
    "fertiliser prices",
    "undersea cables",
    "pension reform",
    "wildfire response",
];

const ACTIONS: [&str; 8] = [
    "coordinate public investment in",
    "deepen cooperation on",
    "open formal talks on",
    "set up a joint working group on",
    "share more data on",
    "ease restrictions on",
    "draw up common rules for",
    "double funding for",
];

const AGREED: [&str; 5] = ["agreed", "pledged", "promised", "decided", "moved"];

const QUOTE_SENTENCES: [&str; 32] = [
    "This is not about shutting anyone out",
    "It is about making sure no one can shut us out",
    "We have waited long enough",
    "We need to act together, and we need to act now",
    "Nobody expects a breakthrough overnight",
    "The hard part is not the money",
    "It is persuading governments to give up old habits",
    "Pledges are cheap",
    "Implementation is where these things live or die",
    "We came here to listen as much as to talk",
    "There is still a lot of work to do",
    "Our partners know exactly where we stand",
    "The door remains open",
    "We will judge the agreement by what it delivers",
    "This is a good day for both our countries",
    "No country can solve this on its own",
    "The details matter more than the headlines",
    "We are seeing a pattern, not a series of accidents",
    "Patience is not a strategy",
    "We are ready to do our part",
    "The timetable is ambitious but realistic",
    "Nobody should mistake caution for weakness",
    "Our citizens expect results, not communiqués",
    "We have built trust, and trust takes time",
    "The next six months will be decisive",
    "There are no easy answers here",
    "We owe it to the next generation to get this right",
    "It would be a mistake to rush",
    "The cost of doing nothing is far higher",
    "We will not accept a deal at any price",
    "This agreement shows that diplomacy still works",
    "Markets need clarity, and we intend to give it to them",
];

const CLAIMS: [&str; 16] = [
    "the agreement would be tested when the first projects reached the permitting stage",
    "the timetable looked ambitious",
    "domestic opposition could slow ratification",
    "the deal left several important questions unanswered",
    "the talks had gone better than many had expected",
    "the real test would come at the next budget round",
    "funding remained the main obstacle",
    "smaller partners were wary of being left out",
    "the plan would need the backing of national parliaments",
    "businesses had been pressing for clearer rules for years",
    "the announcement was more symbolic than practical",
    "the negotiations could take months to conclude",
    "public opinion in both countries was divided",
    "the costs had been underestimated",
    "the new rules would take effect gradually",
    "private investors were likely to wait and see",
];

const SOURCES: [&str; 10] = [
    "Analysts",
    "Diplomats",
    "Officials familiar with the talks",
    "Business groups",
    "Opposition lawmakers",
    "Economists",
    "Several observers",
    "Industry representatives",
    "People briefed on the discussions",
    "Critics",
];

const SAID_THAT: [&str; 6] = [
    "said",
    "warned that",
    "argued that",
    "noted that",
    "cautioned that",
    "pointed out that",
];

const FELLOW_ROLES: [&str; 6] = [
    "a senior fellow at",
    "a researcher at",
    "an analyst at",
    "a director at",
    "a former adviser now at",
    "a visiting scholar at",
];

const CURRENCIES: [&str; 3] = ["dollars", "euros", "yen"];

const GOALS: [&str; 8] = [
    "diversify its suppliers",
    "reduce its dependence on imports",
    "attract foreign investment",
    "modernise its ports",
    "build up domestic refining",
    "strengthen its border controls",
    "expand its renewable energy capacity",
    "rebuild ties with its neighbours",
];

const DURATIONS: [&str; 5] = [
    "nearly three hours",
    "more than a day",
    "two rounds of talks",
    "most of the afternoon",
    "well into the night",
];

const PROSE: [&str; 20] = [
    "The ministers posed for photographs before the closed-door session began.",
    "Security around the venue was tight, with several streets closed to traffic.",
    "Neither side released a joint statement after the meeting.",
    "The issue has dominated regional politics for much of the past year.",
    "Details of the arrangement are expected to be published in the coming weeks.",
    "Reporters were not allowed into the room while the talks were under way.",
    "A working dinner followed the formal session.",
    "The talks took place against a backdrop of rising prices and weak growth.",
    "Several ministries are expected to share responsibility for the programme.",
    "The proposal still needs the approval of both cabinets.",
    "Previous attempts to reach a similar arrangement collapsed over questions of cost.",
    "The two delegations met again briefly on the following morning.",
    "Local newspapers gave the talks only brief coverage.",
    "Protesters gathered outside the building but were kept at a distance by police.",
    "The agenda had been agreed by officials weeks in advance.",
    "Translators worked through the night to finalise the text.",
    "No date has been set for the next round.",
    "The statement did not say how the programme would be financed.",
    "Both governments face elections within the next two years.",
    "Shares in several mining and shipping companies rose after the announcement.",
];

struct Place {
    name: String,
    the: bool,
    demonym: String,
    capital: String,
    /// Largest first.
    cities: Vec<String>,
}

struct Official {
    given: String,
    surname: String,
    country: usize,
    title: String,
}

/// Everything the generator draws from, built once.
pub struct Generator {
    seed: u64,
    countries: Vec<Place>,
    blocs: Vec<String>,
    think_tanks: Vec<String>,
    titles: Vec<String>,
    given: Vec<String>,
    avoid: HashSet<String>,
    cast: Vec<Official>,
    reporters: Vec<String>,
}

/// A person as first named and as named afterwards.
struct Person {
    full: String,
    surname: String,
    /// "Japanese Foreign Minister" (empty for people without a post).
    styled: String,
}

impl Generator {
    /// A generator for the corpus with this seed: the cast of recurring
    /// officials and reporters depends on it.
    pub fn new(seed: u64) -> Self {
        let g = gazetteer();
        let mut avoid: HashSet<String> = HashSet::new();
        for c in &g.countries {
            avoid.insert(c.name.clone());
            avoid.extend(c.aliases.iter().cloned());
            avoid.extend(c.demonyms.iter().cloned());
            avoid.insert(c.capital.clone());
        }
        for c in &g.cities {
            avoid.insert(c.name.clone());
            avoid.extend(c.aliases.iter().cloned());
        }
        for o in &g.organizations {
            avoid.insert(o.name.clone());
            avoid.extend(o.aliases.iter().cloned());
        }
        for t in &g.titles {
            for w in t.title.split_whitespace() {
                avoid.insert(w.to_string());
            }
        }
        avoid.extend(MONTHS.iter().map(|m| m.to_string()));
        avoid.extend(WEEKDAYS.iter().map(|m| m.to_string()));

        let mut countries = Vec::new();
        for c in &g.countries {
            let Some(demonym) = c.demonyms.first() else {
                continue;
            };
            let mut cities: Vec<(u64, &str)> = g
                .cities
                .iter()
                .filter(|city| city.country == c.key)
                .map(|city| (city.population, city.name.as_str()))
                .collect();
            cities.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            let mut cities: Vec<String> = cities
                .into_iter()
                .take(6)
                .map(|(_, n)| n.to_string())
                .collect();
            if cities.is_empty() {
                if c.capital.is_empty() {
                    continue;
                }
                cities.push(c.capital.clone());
            }
            let n = c.name.as_str();
            let the = n.starts_with("United ")
                || n.ends_with(" Republic")
                || n.ends_with(" Islands")
                || n.contains(" of ")
                || matches!(n, "Netherlands" | "Philippines" | "Bahamas" | "Gambia");
            countries.push(Place {
                name: c.name.clone(),
                the,
                demonym: demonym.clone(),
                capital: if c.capital.is_empty() {
                    cities[0].clone()
                } else {
                    c.capital.clone()
                },
                cities,
            });
        }
        let orgs = |kinds: &[&str]| -> Vec<String> {
            g.organizations
                .iter()
                .filter(|o| kinds.contains(&o.kind.as_str()))
                .map(|o| o.name.clone())
                .collect()
        };
        let blocs = orgs(&["intergovernmental", "alliance"]);
        let think_tanks = orgs(&["think-tank"]);
        let titles: Vec<String> = g
            .titles
            .iter()
            .filter(|t| matches!(t.kind.as_str(), "minister" | "head-of-government"))
            .filter(|t| !matches!(t.title.as_str(), "Tanaiste" | "Taoiseach"))
            // the table's titles, not the deputies' posts derived from them
            .filter(|t| {
                TITLES_TSV
                    .lines()
                    .any(|row| row.split('\t').next() == Some(t.title.as_str()))
            })
            .map(|t| t.title.clone())
            .collect();
        let given: Vec<String> = GIVEN_NAMES_TSV
            .lines()
            .skip(1)
            .filter_map(|row| row.split('\t').next())
            .filter(|n| {
                let mut cs = n.chars();
                (3..=9).contains(&n.len())
                    && cs.next().is_some_and(|c| c.is_ascii_uppercase())
                    && cs.all(|c| c.is_ascii_lowercase())
                    && !avoid.contains(*n)
            })
            .map(str::to_string)
            .collect();
        assert!(
            !countries.is_empty()
                && !blocs.is_empty()
                && !think_tanks.is_empty()
                && !titles.is_empty()
                && given.len() > 100,
            "the gazetteer lacks what the generator needs"
        );
        let mut generator = Generator {
            seed,
            countries,
            blocs,
            think_tanks,
            titles,
            given,
            avoid,
            cast: Vec::new(),
            reporters: Vec::new(),
        };
        let mut rng = Rng::new(seed ^ 0x0CA5_7CA5_7CA5_7CA5);
        for _ in 0..3000 {
            let (given, surname) = generator.name(&mut rng);
            let country = rng.below(generator.countries.len());
            let title = if rng.chance(35) {
                "Foreign Minister".to_string()
            } else if rng.chance(15) {
                "President".to_string()
            } else {
                rng.pick(&generator.titles).clone()
            };
            generator.cast.push(Official {
                given,
                surname,
                country,
                title,
            });
        }
        for _ in 0..60 {
            let (g, s) = generator.name(&mut rng);
            generator.reporters.push(format!("{g} {s}"));
        }
        generator
    }

    fn surname(&self, rng: &mut Rng) -> String {
        loop {
            let s = format!(
                "{}{}{}",
                rng.pick(&ONSETS),
                rng.pick(&MIDDLES),
                rng.pick(&CODAS)
            );
            if !self.avoid.contains(&s) {
                return s;
            }
        }
    }

    fn name(&self, rng: &mut Rng) -> (String, String) {
        (rng.pick(&self.given).clone(), self.surname(rng))
    }

    fn country(&self, i: usize, start: bool) -> String {
        let p = &self.countries[i];
        match (p.the, start) {
            (false, _) => p.name.clone(),
            (true, false) => format!("the {}", p.name),
            (true, true) => format!("The {}", p.name),
        }
    }

    fn possessive(&self, i: usize) -> String {
        let n = self.country(i, false);
        if n.ends_with('s') {
            format!("{n}'")
        } else {
            format!("{n}'s")
        }
    }

    fn official(&self, k: usize) -> Person {
        let o = &self.cast[k];
        Person {
            full: format!("{} {}", o.given, o.surname),
            surname: o.surname.clone(),
            styled: format!("{} {}", self.countries[o.country].demonym, o.title),
        }
    }

    fn other_country(&self, rng: &mut Rng, not: &[usize]) -> usize {
        loop {
            let c = rng.below(self.countries.len());
            if !not.contains(&c) {
                return c;
            }
        }
    }

    /// The text of article `index` of this corpus.
    pub fn article(&self, index: u64) -> String {
        let mut rng = Rng::new(article_seed(self.seed, index));
        Article::new(self, &mut rng).write(&mut rng)
    }
}

fn quote(rng: &mut Rng) -> String {
    let first = rng.below(QUOTE_SENTENCES.len());
    if rng.chance(60) {
        let mut second = rng.below(QUOTE_SENTENCES.len());
        if second == first {
            second = (second + 1) % QUOTE_SENTENCES.len();
        }
        format!("{}. {}", QUOTE_SENTENCES[first], QUOTE_SENTENCES[second])
    } else {
        QUOTE_SENTENCES[first].to_string()
    }
}

fn date(month: usize, day: usize) -> String {
    format!("{} {day}", MONTHS[month])
}

/// The cast and setting of one article.
struct Article<'g> {
    g: &'g Generator,
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    p1: Person,
    p2: Person,
    p3: Person,
    analyst: Person,
    analyst_org: String,
    bloc: String,
    topic: &'static str,
    city: String,
    summit_city: String,
    year: i32,
    month: usize,
    day: usize,
    met_day: usize,
    reporter: String,
}

impl<'g> Article<'g> {
    fn new(g: &'g Generator, rng: &mut Rng) -> Self {
        let k1 = rng.below(g.cast.len());
        let mut k2 = rng.below(g.cast.len());
        while g.cast[k2].country == g.cast[k1].country {
            k2 = rng.below(g.cast.len());
        }
        let a = g.cast[k1].country;
        let b = g.cast[k2].country;
        let c = g.other_country(rng, &[a, b]);
        let d = g.other_country(rng, &[a, b, c]);
        let k3 = loop {
            let k = rng.below(g.cast.len());
            if k != k1 && k != k2 {
                break k;
            }
        };
        let host = if rng.chance(50) {
            a
        } else {
            g.other_country(rng, &[b])
        };
        let city = rng.pick(&g.countries[host].cities).clone();
        let sc = rng.below(g.countries.len());
        let summit_city = rng.pick(&g.countries[sc].cities).clone();
        let (ag, asn) = g.name(rng);
        let day = rng.range(6, 28);
        Article {
            g,
            a,
            b,
            c,
            d,
            p1: g.official(k1),
            p2: g.official(k2),
            p3: g.official(k3),
            analyst: Person {
                full: format!("{ag} {asn}"),
                surname: asn,
                styled: String::new(),
            },
            analyst_org: rng.pick(&g.think_tanks).clone(),
            bloc: rng.pick(&g.blocs).clone(),
            topic: TOPICS[rng.below(TOPICS.len())],
            city,
            summit_city,
            year: 2023 + rng.below(4) as i32,
            month: rng.below(12),
            day,
            met_day: day - rng.range(0, 5),
            reporter: rng.pick(&g.reporters).clone(),
        }
    }

    fn headline(&self, rng: &mut Rng) -> String {
        let g = self.g;
        let (a, b) = (g.country(self.a, true), g.country(self.b, false));
        match rng.below(4) {
            0 => format!("{a} and {b} pledge joint push on {}", self.topic),
            1 => format!(
                "{} leaders to weigh {} at {} summit",
                self.bloc, self.topic, self.summit_city
            ),
            2 => format!(
                "{} and {} ministers meet in {} over {}",
                g.countries[self.a].demonym, g.countries[self.b].demonym, self.city, self.topic
            ),
            _ => format!("Talks on {} resume in {}", self.topic, self.city),
        }
    }

    fn lead(&self, rng: &mut Rng) -> String {
        let g = self.g;
        let when = if rng.chance(50) {
            format!("on {}", date(self.month, self.met_day))
        } else {
            let wd = Ymd {
                year: self.year,
                month: self.month as u32 + 1,
                day: self.met_day as u32,
            }
            .weekday();
            format!("on {}", WEEKDAYS[wd as usize])
        };
        format!(
            "{}, {}, {} (Newswire) — {} and {} {} on {} to {} {}, after {} {} and {} {} met in {} {when}.",
            self.city.to_uppercase(),
            date(self.month, self.day),
            self.year,
            g.country(self.a, false),
            g.country(self.b, false),
            rng.pick(&AGREED),
            date(self.month, self.day),
            rng.pick(&ACTIONS),
            self.topic,
            self.p1.styled,
            self.p1.full,
            self.p2.styled,
            self.p2.full,
            self.city,
        )
    }

    fn background(&self, rng: &mut Rng) -> String {
        let g = self.g;
        format!(
            "The meeting, which lasted {}, was the first between the two since {} took office in {}. Both countries are members of the {}. {}",
            rng.pick(&DURATIONS),
            self.p2.surname,
            MONTHS[rng.below(12)],
            self.bloc,
            if rng.chance(50) {
                format!(
                    "{} has spent the past {} trying to {}.",
                    g.country(self.b, true),
                    rng.pick(&["decade", "two years", "five years"]),
                    rng.pick(&GOALS)
                )
            } else {
                rng.pick(&PROSE).to_string()
            }
        )
    }

    /// A quotation in one of several forms; the speaker's first mention in
    /// the paragraph is by full name and title when `introduce`.
    fn quote_paragraph(&self, rng: &mut Rng, who: &Person, introduce: bool) -> String {
        let q = quote(rng);
        let lead_in = if introduce && !who.styled.is_empty() {
            format!(
                "{} {} said the talks on {} had been {}. ",
                who.styled,
                who.full,
                self.topic,
                rng.pick(&[
                    "constructive",
                    "frank",
                    "difficult but useful",
                    "productive"
                ])
            )
        } else {
            String::new()
        };
        let body = match rng.below(5) {
            0 => format!("“{q},” {} said.", who.surname),
            1 => format!("{} said: “{q}.”", who.surname),
            2 => format!("\"{q},\" {} told reporters.", who.surname),
            3 => format!(
                "“{q},” said {}{}.",
                if who.styled.is_empty() {
                    String::new()
                } else {
                    format!("{} ", who.styled)
                },
                who.full
            ),
            _ => format!("{} told reporters in {}: \"{q}.\"", who.surname, self.city),
        };
        format!("{lead_in}{body}")
    }

    fn apposition(&self, rng: &mut Rng) -> String {
        format!(
            "{}, {} the {}, said {}. “{},” {} said.",
            self.analyst.full,
            rng.pick(&FELLOW_ROLES),
            self.analyst_org,
            rng.pick(&CLAIMS),
            quote(rng),
            self.analyst.surname
        )
    }

    fn summit(&self, rng: &mut Rng) -> String {
        let month = (self.month + 1 + rng.below(3)) % 12;
        format!(
            "{} said the issue would be raised at a summit of {} leaders in {} on {}, where {} is expected to dominate the agenda.",
            self.p1.surname,
            self.bloc,
            self.summit_city,
            date(month, rng.range(1, 28)),
            rng.pick(&TOPICS)
        )
    }

    fn membership(&self, rng: &mut Rng) -> String {
        let g = self.g;
        format!(
            "{}, {} and other {} member states have {} the proposal, {}.",
            g.country(self.c, true),
            g.country(self.d, false),
            self.bloc,
            rng.pick(&[
                "cautiously welcomed",
                "asked for more details on",
                "raised objections to",
                "signalled support for"
            ]),
            rng.pick(&[
                "diplomats said",
                "according to officials",
                "officials in several capitals said"
            ])
        )
    }

    fn leadership(&self, rng: &mut Rng) -> String {
        let g = self.g;
        match rng.below(3) {
            0 => format!(
                "The talks, led by {}, are due to resume in {} {}.",
                g.country(self.c, false),
                self.summit_city,
                rng.pick(&["next month", "in the autumn", "after the summer"])
            ),
            1 => format!(
                "A monitoring mission, led by {}, will report on progress by the end of the year.",
                g.country(self.d, false)
            ),
            _ => format!(
                "The working group, led by {}, has been asked to draft the text.",
                g.country(self.a, false)
            ),
        }
    }

    fn negation(&self, rng: &mut Rng) -> String {
        let g = self.g;
        let x = g.other_country(rng, &[self.a, self.b, self.c]);
        format!(
            "{} is not a member of the {}, but its officials have {}.",
            g.country(x, true),
            self.bloc,
            rng.pick(&[
                "signalled interest in taking part",
                "followed the talks closely",
                "asked to join as an observer",
                "said they would respect the outcome"
            ])
        )
    }

    fn visit(&self, rng: &mut Rng) -> String {
        format!(
            "Officials said the ministers also discussed {} and a planned visit to {} by {} {} later this year.",
            rng.pick(&TOPICS),
            self.g.countries[self.a].capital,
            self.p3.styled,
            self.p3.full
        )
    }

    fn filler(&self, rng: &mut Rng) -> String {
        let g = self.g;
        let n = rng.range(2, 4);
        let mut s = Vec::with_capacity(n);
        for _ in 0..n {
            s.push(match rng.below(6) {
                0 => format!(
                    "{} {} {}.",
                    rng.pick(&SOURCES),
                    rng.pick(&SAID_THAT),
                    rng.pick(&CLAIMS)
                ),
                1 => format!(
                    "Trade between {} and {} reached {} billion {} last year, up {} percent from {}.",
                    g.country(self.a, false),
                    g.country(self.b, false),
                    rng.range(2, 90),
                    rng.pick(&CURRENCIES),
                    rng.range(2, 19),
                    self.year - 2
                ),
                2 => format!(
                    "Markets reacted calmly, with {} currency little changed by the close of trading.",
                    g.possessive(self.b)
                ),
                3 => format!(
                    "The discussions also covered {} and {}, officials said.",
                    rng.pick(&TOPICS),
                    rng.pick(&TOPICS)
                ),
                _ => rng.pick(&PROSE).to_string(),
            });
        }
        s.join(" ")
    }

    fn write(&self, rng: &mut Rng) -> String {
        let mut out = String::with_capacity(6000);
        out.push_str(&self.headline(rng));
        out.push('\n');
        out.push_str(&format!("By {}\n", self.reporter));
        let mut words = word_count(&out);
        let target = rng.range(MIN_WORDS + 40, MAX_WORDS - 60);
        let mut paragraphs = vec![self.lead(rng), self.background(rng)];
        // The structured paragraphs, in an order that varies a little.
        let mut middle = vec![
            self.quote_paragraph(rng, &self.p1, false),
            self.apposition(rng),
            self.summit(rng),
            self.membership(rng),
            self.leadership(rng),
            self.negation(rng),
            self.quote_paragraph(rng, &self.p2, false),
        ];
        if rng.chance(60) {
            middle.push(self.visit(rng));
        }
        for i in (1..middle.len()).rev() {
            let j = rng.below(i + 1);
            middle.swap(i, j);
        }
        paragraphs.extend(middle);
        for p in paragraphs {
            let n = word_count(&p);
            if words + n > MAX_WORDS {
                break;
            }
            out.push('\n');
            out.push_str(&p);
            out.push('\n');
            words += n;
        }
        // Then filler and further quotations up to the target length.
        let mut introduced = false;
        while words < target {
            let p = match rng.below(5) {
                0 => {
                    let p = self.quote_paragraph(rng, &self.p3, !introduced);
                    introduced = true;
                    p
                }
                1 => self.quote_paragraph(rng, &self.analyst, false),
                _ => self.filler(rng),
            };
            let n = word_count(&p);
            if words + n > MAX_WORDS {
                if words >= MIN_WORDS {
                    break;
                }
                continue;
            }
            out.push('\n');
            out.push_str(&p);
            out.push('\n');
            words += n;
        }
        out
    }
}
