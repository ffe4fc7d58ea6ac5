//! World knowledge as data: the tables under `ontology/gazetteer/`.
//!
//! The tables are compiled into the binary (`include_str!`) and parsed once.
//! [`Gazetteer::parse`] checks what the tests also rely on: exact headers,
//! rows sorted and unique on their first column, the right number of fields,
//! and cross-references (a city's country, a country's capital) that resolve.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::{Builder as NfaBuilder, NFA};
use aho_corasick::{Anchored, MatchKind};

use crate::error::GazetteerError;

/// The countries table.
pub const COUNTRIES_TSV: &str = include_str!("../ontology/gazetteer/countries.tsv");
/// The cities table.
pub const CITIES_TSV: &str = include_str!("../ontology/gazetteer/cities.tsv");
/// The organizations table.
pub const ORGANIZATIONS_TSV: &str = include_str!("../ontology/gazetteer/organizations.tsv");
/// The titles-of-office table.
pub const TITLES_TSV: &str = include_str!("../ontology/gazetteer/titles.tsv");
/// The given-names table: each name and whether it is a man's, a woman's
/// or either.
pub const GIVEN_NAMES_TSV: &str = include_str!("../ontology/gazetteer/given_names.tsv");
/// The memberships table: which countries belong to an organization.
pub const MEMBERSHIPS_TSV: &str = include_str!("../ontology/gazetteer/memberships.tsv");

/// The text of every table, as [`Gazetteer::parse`] reads them.
#[derive(Debug, Clone, Copy)]
pub struct Tables {
    /// `countries.tsv`.
    pub countries: &'static str,
    /// `cities.tsv`.
    pub cities: &'static str,
    /// `organizations.tsv`.
    pub organizations: &'static str,
    /// `titles.tsv`.
    pub titles: &'static str,
    /// `given_names.tsv`.
    pub given_names: &'static str,
    /// `memberships.tsv`.
    pub memberships: &'static str,
}

impl Tables {
    /// The tables compiled into the binary.
    pub const BUILT_IN: Tables = Tables {
        countries: COUNTRIES_TSV,
        cities: CITIES_TSV,
        organizations: ORGANIZATIONS_TSV,
        titles: TITLES_TSV,
        given_names: GIVEN_NAMES_TSV,
        memberships: MEMBERSHIPS_TSV,
    };
}

/// Whom a given name is given to, as gender-guesser's dictionary records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Men (mostly or only).
    Male,
    /// Women (mostly or only).
    Female,
    /// Both, or unknown.
    Either,
}

/// A sovereign state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3, lower case.
    pub key: String,
    /// Canonical English short name.
    pub name: String,
    /// Official name, when it differs.
    pub official: String,
    /// ISO 3166-1 alpha-2.
    pub iso2: String,
    /// Wikidata Q-identifier, when a data source gives it.
    pub wikidata: String,
    /// Name of the capital city.
    pub capital: String,
    /// Other names and abbreviations.
    pub aliases: Vec<String>,
    /// Adjectives and nouns for its people.
    pub demonyms: Vec<String>,
}

/// A city or town.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct City {
    /// Unique slug.
    pub key: String,
    /// Common English name.
    pub name: String,
    /// Key of its country.
    pub country: String,
    /// GeoNames identifier.
    pub geonames: String,
    /// Population.
    pub population: u64,
    /// Other spellings.
    pub aliases: Vec<String>,
}

/// An organization news names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Unique slug.
    pub key: String,
    /// Canonical name.
    pub name: String,
    /// Kind: `alliance`, `news`, `government`, ...
    pub kind: String,
    /// Wikidata Q-identifier, when a data source gives it.
    pub wikidata: String,
    /// Key of its country, for national bodies.
    pub country: String,
    /// Acronyms and variants.
    pub aliases: Vec<String>,
}

/// A title of office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Canonical form, Title Case.
    pub title: String,
    /// Kind: `minister`, `head-of-state`, ...
    pub kind: String,
    /// Variants.
    pub aliases: Vec<String>,
}

/// Kinds of post that have deputies: "Deputy Governor", "Vice Chairman".
const DEPUTIZED_KINDS: [&str; 6] = [
    "business",
    "diplomat",
    "legislator",
    "minister",
    "official",
    "org-leader",
];

/// The table's titles and, after them (so a table title keeps its index),
/// the deputy's and vice's post of each title of a kind that has deputies,
/// where the table does not name it: "deputy governor" is the Deputy
/// Governor, not the Governor.
fn with_deputies(mut titles: Vec<Title>) -> Vec<Title> {
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    for (i, t) in titles.iter().enumerate() {
        for n in std::iter::once(&t.title).chain(&t.aliases) {
            known.entry(n.to_lowercase()).or_insert(i);
        }
    }
    for i in 0..titles.len() {
        let t = &titles[i];
        let first = t.title.split(' ').next().unwrap_or_default();
        if !DEPUTIZED_KINDS.contains(&t.kind.as_str())
            || ["Deputy", "Vice", "Assistant", "Acting", "Interim"].contains(&first)
        {
            continue;
        }
        for deputy in ["Deputy", "Vice"] {
            let t = &titles[i];
            let title = format!("{deputy} {}", t.title);
            // (and written with a hyphen: "Vice-Mayor", "Deputy-Governor")
            let aliases: Vec<String> = t
                .aliases
                .iter()
                .map(|a| format!("{deputy} {a}"))
                .chain(std::iter::once(format!("{deputy}-{}", t.title)))
                .filter(|a| !known.contains_key(&a.to_lowercase()))
                .collect();
            // a deputy's post the table names ("Vice Chairman", with "Deputy
            // Chairman" among its aliases) takes the other forms too
            let k = match known.get(&title.to_lowercase()) {
                Some(&k) => k,
                None => {
                    let kind = t.kind.clone();
                    titles.push(Title {
                        title: title.clone(),
                        kind,
                        aliases: Vec::new(),
                    });
                    known.insert(title.to_lowercase(), titles.len() - 1);
                    titles.len() - 1
                }
            };
            for a in aliases {
                known.insert(a.to_lowercase(), k);
                titles[k].aliases.push(a);
            }
        }
    }
    titles
}

/// The member countries of an organization, as world knowledge: what licenses
/// reading a membership the text presupposes but does not state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// Index into [`Gazetteer::organizations`].
    pub organization: usize,
    /// Indices into [`Gazetteer::countries`], sorted.
    pub members: Vec<usize>,
    /// The date from which the list holds (`YYYY-MM-DD`).
    pub as_of: String,
    /// Lower-case words that, beside a percentage, name an obligation of
    /// membership ("defence spending" for NATO's target of a share of GDP).
    pub cues: Vec<String>,
}

/// What a gazetteer name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Known {
    /// A country, by its own name or alias.
    Country(usize),
    /// A country, through a demonym ("British").
    Demonym(usize),
    /// A city.
    City(usize),
    /// An organization.
    Organization(usize),
}

/// A gazetteer name found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    /// Byte offsets of the match.
    pub start: usize,
    /// End of the match.
    pub end: usize,
    /// What it names.
    pub known: Known,
}

/// A title of office found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleHit {
    /// Byte offsets of the match.
    pub start: usize,
    /// End of the match.
    pub end: usize,
    /// Index into [`Gazetteer::titles`].
    pub title: usize,
}

/// All tables, with their matchers.
pub struct Gazetteer {
    /// Countries, in table order.
    pub countries: Vec<Country>,
    /// Cities, in table order.
    pub cities: Vec<City>,
    /// Organizations, in table order.
    pub organizations: Vec<Organization>,
    /// Titles of office, in table order.
    pub titles: Vec<Title>,
    /// Member lists of organizations, in table order.
    pub memberships: Vec<Membership>,
    /// Sorted (the table is checked to be), for binary search.
    given_names: Vec<&'static str>,
    /// The gender of each given name, in the same order.
    given_genders: Vec<Gender>,
    names: Matcher,
    name_targets: Vec<Known>,
    title_matcher: Matcher,
    title_targets: Vec<usize>,
    country_by_key: BTreeMap<String, usize>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::parse(Tables::BUILT_IN).expect("the built-in gazetteer is checked by the tests")
});

/// The built-in gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

fn rows<'a>(
    table: &'static str,
    text: &'a str,
    header: &str,
) -> Result<Vec<Vec<&'a str>>, GazetteerError> {
    let mut out = Vec::new();
    each_row(table, text, header, |fields| out.push(fields.to_vec()))?;
    Ok(out)
}

/// Checks a table as [`rows`] does and hands each row's fields to `row`,
/// without keeping them (the given-name list has 50,000 rows).
fn each_row<'a>(
    table: &'static str,
    text: &'a str,
    header: &str,
    mut row: impl FnMut(&[&'a str]),
) -> Result<(), GazetteerError> {
    let mut lines = text.lines();
    let got = lines.next().unwrap_or_default();
    if got != header {
        return Err(GazetteerError::Header {
            table,
            expected: header.to_string(),
            found: got.to_string(),
        });
    }
    let width = header.split('\t').count();
    let mut prev: Option<&str> = None;
    let mut fields: Vec<&str> = Vec::with_capacity(width);
    for (i, line) in lines.enumerate() {
        let line_number = i + 2;
        fields.clear();
        fields.extend(line.split('\t'));
        let bad = |problem: String| GazetteerError::Row {
            table,
            line: line_number,
            problem,
        };
        if fields.len() != width {
            return Err(bad(format!("{} fields, expected {width}", fields.len())));
        }
        if fields[0].is_empty() {
            return Err(bad("empty first field".into()));
        }
        for f in &fields {
            if f.trim() != *f {
                return Err(bad(format!("white space around {f:?}")));
            }
            if !f.is_empty() && f.split('|').any(|v| v.is_empty() || v.trim() != v) {
                return Err(bad(format!("empty or padded value in {f:?}")));
            }
        }
        if let Some(prev) = prev
            && prev.as_bytes() >= fields[0].as_bytes()
        {
            return Err(bad(format!(
                "{:?} is not after {:?} (rows must be sorted and unique)",
                fields[0], prev
            )));
        }
        prev = Some(fields[0]);
        row(&fields);
    }
    Ok(())
}

fn list(field: &str) -> Vec<String> {
    if field.is_empty() {
        Vec::new()
    } else {
        field.split('|').map(str::to_string).collect()
    }
}

impl Gazetteer {
    /// Parses and checks the tables, and builds the matchers.
    pub fn parse(tables: Tables) -> Result<Self, GazetteerError> {
        let Tables {
            countries,
            cities,
            organizations,
            titles,
            given_names,
            memberships,
        } = tables;
        let countries: Vec<Country> = rows(
            "countries.tsv",
            countries,
            "key\tname\tofficial\tiso2\twikidata\tcapital\taliases\tdemonyms",
        )?
        .into_iter()
        .map(|f| Country {
            key: f[0].into(),
            name: f[1].into(),
            official: f[2].into(),
            iso2: f[3].into(),
            wikidata: f[4].into(),
            capital: f[5].into(),
            aliases: list(f[6]),
            demonyms: list(f[7]),
        })
        .collect();
        let country_by_key: BTreeMap<String, usize> = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.key.clone(), i))
            .collect();
        let mut city_rows = Vec::new();
        for (i, f) in rows(
            "cities.tsv",
            cities,
            "key\tname\tcountry\tgeonames\tpopulation\taliases",
        )?
        .into_iter()
        .enumerate()
        {
            let population = f[4].parse().map_err(|_| GazetteerError::Row {
                table: "cities.tsv",
                line: i + 2,
                problem: format!("population {:?} is not a number", f[4]),
            })?;
            if !country_by_key.contains_key(f[2]) {
                return Err(GazetteerError::Row {
                    table: "cities.tsv",
                    line: i + 2,
                    problem: format!("unknown country {:?}", f[2]),
                });
            }
            city_rows.push(City {
                key: f[0].into(),
                name: f[1].into(),
                country: f[2].into(),
                geonames: f[3].into(),
                population,
                aliases: list(f[5]),
            });
        }
        let organizations: Vec<Organization> = rows(
            "organizations.tsv",
            organizations,
            "key\tname\tkind\twikidata\tcountry\taliases",
        )?
        .into_iter()
        .map(|f| Organization {
            key: f[0].into(),
            name: f[1].into(),
            kind: f[2].into(),
            wikidata: f[3].into(),
            country: f[4].into(),
            aliases: list(f[5]),
        })
        .collect();
        for (i, o) in organizations.iter().enumerate() {
            if !o.country.is_empty() && !country_by_key.contains_key(&o.country) {
                return Err(GazetteerError::Row {
                    table: "organizations.tsv",
                    line: i + 2,
                    problem: format!("unknown country {:?}", o.country),
                });
            }
        }
        let titles: Vec<Title> = rows("titles.tsv", titles, "title\tkind\taliases")?
            .into_iter()
            .map(|f| Title {
                title: f[0].into(),
                kind: f[1].into(),
                aliases: list(f[2]),
            })
            .collect();
        let titles = with_deputies(titles);
        let memberships = parse_memberships(memberships, &organizations, &country_by_key)?;
        let mut names = Vec::with_capacity(given_names.len() / 12);
        let mut genders = Vec::with_capacity(given_names.len() / 12);
        let mut bad_gender = None;
        each_row("given_names.tsv", given_names, "given_name\tgender", |f| {
            names.push(f[0]);
            genders.push(match f[1] {
                "male" => Gender::Male,
                "female" => Gender::Female,
                "either" => Gender::Either,
                other => {
                    bad_gender.get_or_insert_with(|| (names.len() + 1, other.to_string()));
                    Gender::Either
                }
            });
        })?;
        if let Some((line, found)) = bad_gender {
            return Err(GazetteerError::Row {
                table: "given_names.tsv",
                line,
                problem: format!("gender {found:?} is not male, female or either"),
            });
        }
        let (given_names, given_genders) = (names, genders);
        // the names written with letters outside ASCII, folded to ASCII
        // ("Radoslaw" for "Radosław"), join the list (news wires often drop
        // the marks), unless the table has the folded spelling itself; a
        // folded spelling two genders share tells none
        let mut folded: Vec<(&'static str, Gender)> = Vec::new();
        for (n, &g) in given_names.iter().zip(&given_genders) {
            if n.is_ascii() {
                continue;
            }
            let f = deunicode::deunicode(n);
            if given_names.binary_search(&f.as_str()).is_ok() {
                continue;
            }
            // (leaked once: the gazetteer lives as long as the program)
            folded.push((Box::leak(f.into_boxed_str()), g));
        }
        folded.sort_by(|a, b| a.0.cmp(b.0));
        folded.dedup_by(|b, a| {
            if a.0 == b.0 {
                if a.1 != b.1 {
                    a.1 = Gender::Either;
                }
                true
            } else {
                false
            }
        });
        let mut all: Vec<(&'static str, Gender)> = given_names
            .iter()
            .copied()
            .zip(given_genders.iter().copied())
            .chain(folded)
            .collect();
        all.sort_by(|a, b| a.0.cmp(b.0));
        let (given_names, given_genders): (Vec<&'static str>, Vec<Gender>) =
            all.into_iter().unzip();

        // Name patterns: a pattern keeps its first owner in priority order
        // (countries, organizations, cities, demonyms).
        let mut owner: BTreeMap<String, Known> = BTreeMap::new();
        let mut add = |name: &str, known: Known| {
            if name.chars().count() >= 2 {
                owner.entry(name.to_string()).or_insert(known);
                // news writes the apostrophe both ways: "Côte d'Ivoire", "Côte d’Ivoire"
                if name.contains('\'') {
                    owner.entry(name.replace('\'', "’")).or_insert(known);
                }
                // and names "X of the Y" both ways: "Democratic Republic of
                // Congo" for "... of the Congo"
                if let Some((a, b)) = name.split_once(" of the ")
                    && b.starts_with(char::is_uppercase)
                    && !matches!(known, Known::City(_))
                {
                    owner.entry(format!("{a} of {b}")).or_insert(known);
                }
            }
        };
        for (i, c) in countries.iter().enumerate() {
            add(&c.name, Known::Country(i));
            add(&c.official, Known::Country(i));
            for a in &c.aliases {
                add(a, Known::Country(i));
            }
        }
        for (i, o) in organizations.iter().enumerate() {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                add(n, Known::Organization(i));
                if let Some(rest) = n.strip_prefix("The ") {
                    add(rest, Known::Organization(i));
                }
            }
        }
        for (i, c) in city_rows.iter().enumerate() {
            add(&c.name, Known::City(i));
            for a in &c.aliases {
                add(a, Known::City(i));
            }
        }
        for (i, c) in countries.iter().enumerate() {
            for d in &c.demonyms {
                add(d, Known::Demonym(i));
            }
        }
        let (patterns, name_targets): (Vec<String>, Vec<Known>) = owner.into_iter().unzip();
        let names = Matcher::new(&patterns, false)?;

        let mut title_owner: BTreeMap<String, usize> = BTreeMap::new();
        for (i, t) in titles.iter().enumerate() {
            for n in std::iter::once(&t.title).chain(&t.aliases) {
                title_owner.entry(n.to_lowercase()).or_insert(i);
            }
        }
        // plurals, for lists of holders: "Presidents A (X) and B (Y)"
        let plurals: Vec<(String, usize)> = title_owner
            .iter()
            .filter_map(|(n, &i)| plural(n).map(|p| (p, i)))
            .collect();
        for (p, i) in plurals {
            title_owner.entry(p).or_insert(i);
        }
        let (title_patterns, title_targets): (Vec<String>, Vec<usize>) =
            title_owner.into_iter().unzip();
        let title_matcher = Matcher::new(&title_patterns, true)?;

        Ok(Self {
            countries,
            cities: city_rows,
            organizations,
            titles,
            memberships,
            given_names,
            given_genders,
            names,
            name_targets,
            title_matcher,
            title_targets,
            country_by_key,
        })
    }

    /// Every gazetteer name in `text`, on word boundaries, leftmost-longest.
    pub fn find_names(&self, text: &str) -> Vec<NameHit> {
        self.names
            .find(text)
            .into_iter()
            .map(|(pattern, start, end)| NameHit {
                start,
                end,
                known: self.name_targets[pattern],
            })
            .collect()
    }

    /// Every title of office in `text`, on word boundaries, case-insensitive;
    /// a title of three letters or fewer ("PM", "CEO", "Gen", "Lt.") only in
    /// capitals or with a capital first, so that "3 pm" is no prime minister.
    pub fn find_titles(&self, text: &str) -> Vec<TitleHit> {
        self.title_matcher
            .find(text)
            .into_iter()
            .filter(|&(_, start, end)| {
                let t = &text[start..end];
                end - start > 3
                    || !t.chars().any(char::is_lowercase)
                    || (t.starts_with(char::is_uppercase)
                        && !t.chars().skip(1).any(char::is_uppercase))
            })
            .map(|(pattern, start, end)| TitleHit {
                start,
                end,
                title: self.title_targets[pattern],
            })
            .collect()
    }

    /// Whether `word` is a known given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.binary_search(&word).is_ok()
    }

    /// Whether the given name `word` is a man's, a woman's or either, if it
    /// is a given name.
    pub fn given_gender(&self, word: &str) -> Option<Gender> {
        let i = self.given_names.binary_search(&word).ok()?;
        Some(self.given_genders[i])
    }

    /// The country with this key.
    pub fn country(&self, key: &str) -> Option<&Country> {
        self.country_by_key.get(key).map(|&i| &self.countries[i])
    }

    /// The member list of the organization at this index, if the table has one.
    pub fn membership(&self, organization: usize) -> Option<&Membership> {
        self.memberships
            .iter()
            .find(|m| m.organization == organization)
    }

    /// Index of the country with this key.
    pub fn country_index(&self, key: &str) -> Option<usize> {
        self.country_by_key.get(key).copied()
    }
}

/// Reads `memberships.tsv`: every organization and member must be in the
/// other tables, members sorted and unique, `as_of` a date.
fn parse_memberships(
    text: &'static str,
    organizations: &[Organization],
    country_by_key: &BTreeMap<String, usize>,
) -> Result<Vec<Membership>, GazetteerError> {
    const TABLE: &str = "memberships.tsv";
    let mut out = Vec::new();
    for (i, f) in rows(TABLE, text, "organization\tmembers\tas_of\tcues")?
        .into_iter()
        .enumerate()
    {
        let bad = |problem: String| GazetteerError::Row {
            table: TABLE,
            line: i + 2,
            problem,
        };
        let organization = organizations
            .iter()
            .position(|o| o.key == f[0])
            .ok_or_else(|| bad(format!("unknown organization {:?}", f[0])))?;
        let keys = list(f[1]);
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("members must be sorted and unique".into()));
        }
        let members = keys
            .iter()
            .map(|k| {
                country_by_key
                    .get(k)
                    .copied()
                    .ok_or_else(|| bad(format!("unknown country {k:?}")))
            })
            .collect::<Result<Vec<usize>, _>>()?;
        let date = f[2].as_bytes();
        let is_date = date.len() == 10
            && date.iter().enumerate().all(|(k, b)| {
                if k == 4 || k == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !is_date {
            return Err(bad(format!("as_of {:?} is not YYYY-MM-DD", f[2])));
        }
        let cues = list(f[3]);
        if cues.iter().any(|c| c.to_lowercase() != *c) {
            return Err(bad("cues must be lower case".into()));
        }
        out.push(Membership {
            organization,
            members,
            as_of: f[2].into(),
            cues,
        });
    }
    Ok(out)
}

/// A set of patterns matched on word boundaries: an Aho-Corasick automaton,
/// walked only from the places where a word may start with a pattern's first
/// byte. That costs a fraction of running the automaton over every byte, and
/// a pattern inside a word ("French" in "Frenchman") hides nothing after it.
#[derive(Debug, Clone)]
struct Matcher {
    nfa: NFA,
    /// Whether some pattern starts with this byte.
    first: [bool; 256],
}

impl Matcher {
    fn new(patterns: &[String], ascii_case_insensitive: bool) -> Result<Self, GazetteerError> {
        let nfa = NfaBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(ascii_case_insensitive)
            .build(patterns)
            .map_err(|e| GazetteerError::Matcher(e.to_string()))?;
        let mut first = [false; 256];
        for b in patterns.iter().filter_map(|p| p.bytes().next()) {
            first[usize::from(b)] = true;
            if ascii_case_insensitive {
                first[usize::from(b.to_ascii_lowercase())] = true;
                first[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        Ok(Self { nfa, first })
    }

    /// The matches on word boundaries ([`on_word_boundaries`]), left to
    /// right, not overlapping, as (pattern, start, end): at each place a
    /// word may start, the longest pattern starting there, if it ends where
    /// a word may end.
    fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            // `first` holds no UTF-8 continuation byte, so `i` is a char boundary
            if !self.first[usize::from(bytes[i])] || !may_start_word(text, i) {
                i += 1;
                continue;
            }
            match self.longest_at(bytes, i) {
                Some((pattern, end)) if may_end_word(text, end) => {
                    out.push((pattern, i, end));
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The longest pattern that starts at byte `at`, as (pattern, end).
    fn longest_at(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let nfa = &self.nfa;
        let mut sid = nfa
            .start_state(Anchored::Yes)
            .expect("the automaton has an anchored start state");
        let mut longest = None;
        for (i, &b) in text[at..].iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                // (a state also holds the matches of its suffixes: "Social
                // Democratic Party" ends "Democratic Party"; only a pattern
                // as long as the path from `at` starts there)
                if nfa.is_match(sid)
                    && let Some(p) = (0..nfa.match_len(sid))
                        .map(|k| nfa.match_pattern(sid, k))
                        .find(|&p| nfa.pattern_len(p) == i + 1)
                {
                    longest = Some((p.as_usize(), at + i + 1));
                }
            }
        }
        longest
    }
}

/// Whether a word may start at byte `i` (a char boundary): the left half of
/// [`on_word_boundaries`].
fn may_start_word(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // ASCII before: decided without decoding (the common case)
    if let Some(&p) = i.checked_sub(1).and_then(|k| bytes.get(k))
        && p.is_ascii()
    {
        return !p.is_ascii_alphanumeric()
            || (p.is_ascii_lowercase()
                && text[i..].chars().next().is_some_and(char::is_uppercase));
    }
    match text[..i].chars().next_back() {
        Some(p) if p.is_alphanumeric() => {
            p.is_lowercase() && text[i..].chars().next().is_some_and(char::is_uppercase)
        }
        _ => true,
    }
}

/// Whether a body's name is a central bank's by its form: "Central Bank"
/// or "Reserve Bank" in it, or "Bank of" and a country ("the Bank of
/// Jamaica"; not "Bank of America", which the gazetteer knows as a company).
pub fn central_bank_name(name: &str) -> bool {
    name.contains("Central Bank")
        || name.contains("Reserve Bank")
        || name.strip_prefix("Bank of ").is_some_and(|rest| {
            gazetteer().find_names(rest).iter().any(|h| {
                h.start == 0 && h.end == rest.len() && matches!(h.known, Known::Country(_))
            })
        })
}

/// The kind a new body's name tells by its form ("party", "central-bank"),
/// if any.
pub fn org_kind_by_form(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("The ").unwrap_or(name);
    if name.ends_with(" Party") && name.len() > " Party".len() {
        Some("party")
    } else if central_bank_name(name) {
        Some("central-bank")
    } else {
        None
    }
}

/// Whether `[start, end)` begins and ends a word: no letter or digit just
/// outside it, except across a lower-to-upper case change ("IndependentAsami").
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    start == end || (may_start_word(text, start) && may_end_word(text, end))
}

/// Whether a word may end at byte `i` (a char boundary): the right half of
/// [`on_word_boundaries`].
fn may_end_word(text: &str, i: usize) -> bool {
    match text[i..].chars().next() {
        Some(a) if a.is_alphanumeric() => {
            a.is_uppercase()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_lowercase)
        }
        _ => true,
    }
}

/// The plural of a title's last word ("presidents", "foreign ministers",
/// "chairmen"), where it is regular enough to form.
fn plural(title: &str) -> Option<String> {
    if title.len() <= 3 || !title.ends_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if let Some(stem) = title.strip_suffix("man") {
        return Some(format!("{stem}men"));
    }
    // "secretaries", "deputies" (but "attorneys")
    if let Some(stem) = title.strip_suffix('y')
        && stem.ends_with(|c: char| !"aeiou".contains(c))
    {
        return Some(format!("{stem}ies"));
    }
    if title.ends_with(['s', 'y', 'x', 'h']) {
        return None;
    }
    Some(format!("{title}s"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_tables_are_sorted_unique_and_well_formed() {
        let g = Gazetteer::parse(Tables::BUILT_IN).unwrap();
        assert!(g.countries.len() >= 195, "{} countries", g.countries.len());
        assert!(g.cities.len() >= 190, "{} cities", g.cities.len());
        assert!(g.organizations.len() >= 150);
        assert!(g.titles.len() >= 60);
        for c in &g.countries {
            // city-states (Monaco, Singapore) have no separate capital row
            assert!(
                c.capital.is_empty() || g.cities.iter().any(|city| city.name == c.capital),
                "capital {:?} of {} is not in cities.tsv",
                c.capital,
                c.name
            );
            assert_eq!(c.iso2.len(), 2, "{}", c.name);
            assert!(c.wikidata.is_empty() || c.wikidata.starts_with('Q'));
        }
    }

    #[test]
    fn unsorted_or_malformed_tables_are_rejected() {
        const ORG: &str = "key\tname\tkind\twikidata\tcountry\taliases\n";
        const MEM: &str = "organization\tmembers\tas_of\tcues\n";
        let orgs = |t: &'static str| Tables {
            organizations: t,
            ..Tables::BUILT_IN
        };
        let members = |t: &'static str| Tables {
            memberships: t,
            ..Tables::BUILT_IN
        };
        const NAMES: &str = "given_name\tgender\n";
        let names = |t: &'static str| Tables {
            given_names: t,
            ..Tables::BUILT_IN
        };
        let cases: Vec<(Tables, &str)> = vec![
            (
                orgs(with_header(ORG, "b\tB\tnews\t\t\t\na\tA\tnews\t\t\t\n")),
                "sorted",
            ),
            (orgs(with_header(ORG, "a\tA\tnews\t\t\n")), "fields"),
            (
                orgs(with_header(ORG, "a\tA\tnews\t\t\tX||Y\n")),
                "empty or padded",
            ),
            (orgs("key\tname\n"), "header"),
            (
                members(with_header(MEM, "no-such-body\tfra\t2020-01-01\t\n")),
                "unknown organization",
            ),
            (
                members(with_header(MEM, "g7\tfra|xxx\t2020-01-01\t\n")),
                "unknown country",
            ),
            (
                members(with_header(MEM, "g7\tfra|deu\t2020-01-01\t\n")),
                "sorted and unique",
            ),
            (
                members(with_header(MEM, "g7\tdeu|fra\t2020\t\n")),
                "YYYY-MM-DD",
            ),
            (
                members(with_header(MEM, "g7\tdeu|fra\t2020-01-01\tSpending\n")),
                "lower case",
            ),
            (
                names(with_header(NAMES, "Anna\tfemale\nJon\tman\n")),
                "not male, female or either",
            ),
        ];
        for (tables, want) in cases {
            let err = Gazetteer::parse(tables)
                .err()
                .unwrap_or_else(|| panic!("accepted a table that should fail with {want:?}"));
            assert!(err.to_string().contains(want), "{err}, expected {want:?}");
        }
    }

    /// A table's text with its header: leaked, as the tables are `'static`.
    fn with_header(header: &str, body: &str) -> &'static str {
        Box::leak(format!("{header}{body}").into_boxed_str())
    }

    #[test]
    fn given_names_tell_whom_they_are_given_to() {
        let g = gazetteer();
        for (name, want) in [
            ("Jim", Some(Gender::Male)),
            ("Kamala", Some(Gender::Female)),
            ("Jill", Some(Gender::Female)),
            ("Andrea", Some(Gender::Either)),
            ("Volodymyr", Some(Gender::Male)),
            ("Zqxv", None),
            // written without its marks, as wires do
            ("Radosław", Some(Gender::Male)),
            ("Radoslaw", Some(Gender::Male)),
            ("Radoslawa", Some(Gender::Female)),
        ] {
            assert_eq!(g.given_gender(name), want, "{name}");
        }
    }

    #[test]
    fn member_lists_hold_world_knowledge() {
        let g = gazetteer();
        let members = |org: &str| -> Vec<&str> {
            let i = g.organizations.iter().position(|o| o.key == org).unwrap();
            g.membership(i)
                .map(|m| {
                    m.members
                        .iter()
                        .map(|&c| g.countries[c].key.as_str())
                        .collect()
                })
                .unwrap_or_default()
        };
        let cases: &[(&str, usize, &[&str], &[&str])] = &[
            (
                "north-atlantic-treaty-organization",
                32,
                &["can", "swe", "tur", "usa"],
                &["aut", "irl", "ukr"],
            ),
            (
                "european-union",
                27,
                &["aut", "hrv", "irl"],
                &["gbr", "nor", "tur"],
            ),
            ("g7", 7, &["jpn", "can"], &["rus", "chn"]),
            ("united-nations", 0, &[], &[]),
        ];
        for (org, n, yes, no) in cases {
            let got = members(org);
            assert_eq!(got.len(), *n, "{org}: {got:?}");
            for c in *yes {
                assert!(got.contains(c), "{org} lacks {c}");
            }
            for c in *no {
                assert!(!got.contains(c), "{org} has {c}");
            }
        }
    }

    #[test]
    fn finds_names_on_word_boundaries() {
        let g = gazetteer();
        let cases: &[(&str, &[&str])] = &[
            ("British troops in Ukraine", &["British", "Ukraine"]),
            ("the U.K. and the US", &["U.K.", "US"]),
            ("Ukrainians and Indiana", &["Ukrainians"]),
            ("NATO's role", &["NATO"]),
            ("The Kyiv IndependentAsami", &["The Kyiv Independent"]),
            ("us and them", &[]),
            // names starting with a lower-case or a non-ASCII letter
            ("fighters of al-Qaeda in Mali", &["al-Qaeda", "Mali"]),
            ("Zürich and São Paulo", &["Zürich", "São Paulo"]),
            ("«Zürich»", &["Zürich"]),
            ("Kyiv", &["Kyiv"]),
            // regression: "of the" left out of a name ("the DRC" typed a body)
            (
                "the Democratic Republic of Congo (DRC)",
                &["Democratic Republic of Congo", "DRC"],
            ),
            // regression (audit 13): a name that ends a longer name's
            // beginning matched over that beginning ("Social Democratic
            // Party" read as the Democratic Party's name)
            ("the Social Democratic Party", &["Democratic Party"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = g
                .find_names(text)
                .iter()
                .map(|h| &text[h.start..h.end])
                .collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    #[test]
    fn finds_titles_case_insensitively() {
        let g = gazetteer();
        let cases: &[(&str, &[&str])] = &[
            (
                "Swedish defence minister Pal Jonson and Secretary-General Antonio Guterres",
                &["Defence Minister", "Secretary General"],
            ),
            ("PRIME MINISTER Jonas Store", &["Prime Minister"]),
            // inside a word, no title
            ("Ministerial talks", &[]),
            ("ex-President", &["President"]),
            // audit 14: a deputy's post written with a hyphen
            ("Vice-Mayor Chen Bo", &["Vice Mayor"]),
            (
                "Chief Election Commissioner Ali Qazi",
                &["Chief Election Commissioner"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = g
                .find_titles(text)
                .iter()
                .map(|h| g.titles[h.title].title.as_str())
                .collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }
}
