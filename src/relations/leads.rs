//! `leads`: "led by", "A leads the coalition", "the French-led coalition", a meeting's chair.

use super::*;

/// "led by France and Britain", "the French-led coalition", "A and B, which
/// lead the coalition", a post that heads a body, a meeting's host or chair.
pub(super) fn leads(
    input: &Input<'_>,
    meetings: &[MeetingFact],
    positions: &[PositionFact],
) -> Vec<Link> {
    let mut out = Vec::new();
    for si in 0..input.sentences.len() {
        led_by(input, si, &mut out);
        stated_leads(input, si, &mut out);
        under_leadership(input, si, &mut out);
        x_led(input, si, &mut out);
    }
    out.extend(post_leads(input, positions));
    out.extend(host_leads(input, meetings));
    out.extend(chairmanship_leads(input));
    out.extend(chair_leads(meetings));
    out
}

/// Each of `leaders` leads `target` (not itself, not a city).
fn push_leads(
    input: &Input<'_>,
    out: &mut Vec<Link>,
    leaders: Vec<usize>,
    target: usize,
    si: usize,
    rule: &'static str,
) {
    for l in leaders {
        if l != target && input.class(l) != Class::City {
            out.push(Link::to_entity(l, target, si, rule));
        }
    }
}

/// "X, led by France and Britain": the leaders after "led by" lead the
/// nearest body named before it in the clause.
fn led_by(input: &Input<'_>, si: usize, out: &mut Vec<Link>) {
    static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:led|headed|chaired|spearheaded|co-led|co-chaired) by (?:the )?")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    let st = s.span.of(input.text);
    for m in LED_BY.find_iter(st) {
        let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
        let mut leaders = leader_list(input, si, b);
        // "led by Civic Alliance MP X": the body names the post of the one
        // who leads
        if let Some(m) = input.mention_starting_at(b)
            && m.entity.is_some_and(|e| is_org(input, e))
            && input
                .mentions
                .titles
                .iter()
                .any(|t| t.span.start == m.span.end + 1)
        {
            leaders = people_after(input, si, b);
        }
        // "led by six executive vice-presidents (A, B and C)"
        if leaders.is_empty()
            && let Some(open) = input.slice(b, s.span.end).find(" (")
            && input.slice(b, b + open).split_whitespace().count() <= 4
            && !input.slice(b, b + open).contains([',', ';'])
        {
            leaders = bracket_people(input, si, b + open + 2);
        }
        // what is led: the nearest organization named before "led by", in the same clause
        let target = input
            .items(si)
            .filter(|m| m.span.end <= a)
            .filter_map(|m| {
                m.entity
                    .filter(|&e| is_org(input, e))
                    .map(|e| (m.span.start, m.span.end, e))
            })
            .next_back();
        let Some((start, end, target)) = target else {
            continue;
        };
        // "a delegation of MLAs, including two from the X Party (XP),
        // headed by Y": the delegation is led, not the party its members
        // come from
        // (the name before its bracketed short name: "the X Party (XP)")
        let start = input
            .slice(s.span.start, start)
            .strip_suffix(" (")
            .and_then(|p| input.mention_ending_at(s.span.start + p.len()))
            .map_or(start, |m| m.span.start);
        let pre = input.slice(s.span.start, start);
        let of_a_group = [" from ", " from the ", " of ", " of the "]
            .iter()
            .any(|p| pre.ends_with(p))
            && pre
                .split_whitespace()
                .any(|w| crate::lexicon::DELEGATION_NOUNS.contains(&w));
        let between = input.slice(end, a);
        // ("A fighters, while a group of lawyers led by X": another clause)
        // (not the body's own aside: "The Party, while (it is) led by X")
        let words: Vec<&str> = between.split_whitespace().collect();
        let other_clause = words
            .iter()
            .position(|w| matches!(*w, "while" | "whereas" | "but"))
            .is_some_and(|k| {
                words[k + 1..].iter().any(|w| {
                    !matches!(
                        *w,
                        "it" | "is" | "was" | "being" | "still" | "now" | "currently" | "also"
                    )
                })
            });
        // ("the X party, junior partner in the ruling coalition led by Y":
        // a body's noun of its own after a preposition, right before "led
        // by", is what is led; not the body's own noun, "the NATO alliance
        // led by the US", nor its apposition, "X, a coalition led by Y")
        // (the nearest article of the three words before the noun, and the
        // word before that article)
        let n = words.len();
        let article = (2..=4)
            .take_while(|&back| back <= n)
            .find(|&back| matches!(words[n - back], "the" | "a" | "an"));
        let own_noun = words
            .last()
            .is_some_and(|w| crate::lexicon::BODY_NOUNS.contains(w))
            && article
                .and_then(|back| n.checked_sub(back + 1))
                .is_some_and(|i| {
                    matches!(
                        words[i],
                        "in" | "of" | "within" | "to" | "with" | "from" | "into"
                    )
                });
        if of_a_group
            || other_clause
            || own_noun
            || between.split_whitespace().count() > 8
            || between.contains(';')
            || input.hedged(end, b)
            || leaders.is_empty()
        {
            continue;
        }
        push_leads(input, out, leaders, target, si, "lead/led-by");
    }
}

/// "A leads the coalition", "A and B, which lead the coalition".
fn stated_leads(input: &Input<'_>, si: usize, out: &mut Vec<Link>) {
    static LEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,? which|,? who)?(?: (?:is|was|are|were|remains|remained|remain|will remain|will stay|stays|stayed|had|has|have))? (?:leads|lead|heads|head|chairs|chair|led|headed|chaired|co-chairs|co-chair|co-chaired|co-leads|co-lead|co-led|at the helm of|took the helm of|takes the helm of|presides over|presided over) (?:the )?$").expect("valid regex")
    });
    let s = &input.sentences[si];
    for m in input.items(si) {
        let Some(obj) = m.entity.filter(|&e| is_org(input, e)) else {
            continue;
        };
        let pre = input.slice(s.span.start, m.span.start);
        let Some(c) = LEADS.find(pre) else { continue };
        // "led the IMF's response": something of the body, not the body
        if ["'s ", "’s "]
            .iter()
            .any(|p| input.slice(m.span.end, s.span.end).starts_with(p))
        {
            continue;
        }
        let leaders = leader_list_before(input, si, s.span.start + c.start());
        if leaders.is_empty() || input.hedged(s.span.start + c.start(), m.span.end) {
            continue;
        }
        push_leads(input, out, leaders, obj, si, "lead/leads");
    }
}

/// "Under the leadership of X, the council grew": the one named leads the
/// body that is the clause's subject.
fn under_leadership(input: &Input<'_>, si: usize, out: &mut Vec<Link>) {
    static UNDER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[Uu]nder (?:the )?(?:leadership|stewardship|chairmanship|presidency) of ")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    let Some(u) = UNDER.find(s.span.of(input.text)) else {
        return;
    };
    let leaders = people_after(input, si, s.span.start + u.end());
    let Some(last_end) = leaders
        .iter()
        .filter_map(|&l| input.spans_of(si, l).map(|sp| sp.end).min())
        .max()
    else {
        return;
    };
    let rest = input.slice(last_end, s.span.end);
    let Some(after) = rest.strip_prefix(", ") else {
        return;
    };
    let at = last_end + 2 + after.strip_prefix("the ").map_or(0, |_| 4);
    if let Some(org) = input
        .mention_starting_at(at)
        .and_then(|m| m.entity)
        .filter(|&e| is_org(input, e))
        && !input.hedged(s.span.start, at)
    {
        push_leads(input, out, leaders, org, si, "lead/under-leadership");
    }
}

/// "the French-led coalition", "a UK-led force".
fn x_led(input: &Input<'_>, si: usize, out: &mut Vec<Link>) {
    let s = &input.sentences[si];
    static X_LED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^-led (?:the )?").expect("valid regex"));
    for m in input.items(si) {
        let Some(leader) = m.entity else {
            continue;
        };
        let rest = input.slice(m.span.end, s.span.end);
        let Some(c) = X_LED.find(rest) else { continue };
        let start = m.span.end + c.end();
        let Some(obj) = input
            .mention_starting_at(start)
            .and_then(|m| m.entity)
            .filter(|&e| is_org(input, e))
        else {
            continue;
        };
        if input.hedged(m.span.start, start) {
            continue;
        }
        push_leads(input, out, vec![leader], obj, si, "lead/x-led");
    }
}

/// "Prince Faisal bin Farhan chaired the meeting": its chair leads a meeting.
fn chair_leads(meetings: &[MeetingFact]) -> Vec<Link> {
    let mut out = Vec::new();
    for (mi, meeting) in meetings.iter().enumerate() {
        for (&e, &ev) in &meeting.sources {
            if ev.rule == "meeting/chair" && meeting.participants.contains(&e) {
                out.push(Link {
                    subject: e,
                    object: Target::Meeting(mi),
                    evidence: Evidence {
                        sentence: ev.sentence,
                        rule: "lead/chaired",
                    },
                });
            }
        }
    }
    out
}

/// "NSC leader Pieter Omtzigt", "the AU Chairperson, Mauritania's President
/// X": the holder of an organization's leading post leads it; a former or
/// then holder does not.
fn post_leads(input: &Input<'_>, positions: &[PositionFact]) -> Vec<Link> {
    positions
        .iter()
        .filter(|p| {
            // a president, secretary general or chief executive often leads
            // too, but the news as often names them beside a board or a
            // council that leads, and a "chief" is as often a department's
            // ("EU foreign policy chief"): those titles are not in the table;
            // "X was elected president of the party": its head, by vote
            crate::lexicon::title_leads(&p.title)
                .is_some_and(|always| always || p.evidence.rule == "position/elected")
                // a union's president or general secretary is its head, a
                // party's president (a party's secretary general is as often
                // its second: the SPD's, the LDP's)
                || p.of.is_some_and(|o| {
                    match input.entities.list[o].org_kind.as_deref() {
                        Some("union") => matches!(
                            p.title.as_str(),
                            "President" | "National President" | "General Secretary" | "Secretary General"
                        ),
                        Some("party") => {
                            matches!(p.title.as_str(), "President" | "National President")
                                && !party_unit(input, p.evidence.sentence, o)
                        }
                        _ => false,
                    }
                })
        })
        .filter(|p| !matches!(p.qualifier.as_deref(), Some("former" | "then")))
        .filter_map(|p| {
            let org = p.of.filter(|&o| is_org(input, o))?;
            Some(Link::to_entity(
                p.person,
                org,
                p.evidence.sentence,
                "lead/post",
            ))
        })
        .collect()
}

/// Whether sentence `si` names a part of party `party` rather than the
/// whole: "the Civic Party in Catalonia", "the Civic Party's president in
/// Andalusia", "the party's youth wing".
fn party_unit(input: &Input<'_>, si: usize, party: usize) -> bool {
    const UNITS: [&str; 8] = [
        "youth",
        "women",
        "branch",
        "wing",
        "chapter",
        "unit",
        "parliamentary",
        "group",
    ];
    let unit = |r: &str| r.starts_with("in ") || UNITS.iter().any(|w| r.starts_with(w));
    input.spans_of(si, party).any(|sp| {
        let after = input.slice(sp.end, input.sentences[si].span.end);
        match ["'s ", "’s "].iter().find_map(|p| after.strip_prefix(p)) {
            // "the Civic Party's youth wing", "the Civic Party's president in
            // Andalusia", "the Civic Party's Madrid branch"
            Some(r) => unit(r) || r.split_once(' ').is_some_and(|(_, rest)| unit(rest)),
            None => unit(after.trim_start()),
        }
    })
}

/// "Thailand, which holds ASEAN's chairmanship", "handed over the AU
/// chairmanship to Angola's President X", "took over the rotating presidency
/// of the bloc": the holder of an organization's chair leads it.
fn chairmanship_leads(input: &Input<'_>) -> Vec<Link> {
    static CHAIR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?:'s|’s) )?(?:rotating )?(?:chairmanship|chairpersonship|presidency)(?: of (?:the )?)?")
            .expect("valid regex")
    });
    static CONTEST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:bid[a-zA-Z]*|contest[a-zA-Z]*|compet[a-zA-Z]*|candida[a-zA-Z]*|race|eye[sd]?|vie[sd]?|vying|run(?:s|ning)? for)(?-u:\b)")
            .expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        // (the case-insensitive search only where its words may be)
        if !(st.contains("hair")
            || st.contains("HAIR")
            || st.contains("esiden")
            || st.contains("ESIDEN"))
        {
            continue;
        }
        for c in CHAIR.find_iter(st) {
            let (a, b) = (s.span.start + c.start(), s.span.start + c.end());
            // the organization: "the AU chairmanship", "ASEAN's chairmanship", "presidency of the EU"
            let org = input
                .mention_ending_at(input.slice(s.span.start, a).trim_end().len() + s.span.start)
                .filter(|m| input.slice(m.span.end, a).trim().is_empty())
                .or_else(|| {
                    c.as_str()
                        .ends_with(' ')
                        .then(|| input.mention_starting_at(b))
                        .flatten()
                })
                .and_then(|m| m.entity)
                .filter(|&e| is_org(input, e));
            let Some(org) = org else { continue };
            let org_span = input
                .spans_of(si, org)
                .min_by_key(|sp| sp.start.abs_diff(a))
                .unwrap_or(Span::new(a, b));
            let (from, to) = (org_span.start.min(a), org_span.end.max(b));
            let mut holders = chair_holders(input, si, from, to);
            holders
                .retain(|&e| e != org && matches!(input.class(e), Class::Person | Class::Country));
            if holders.is_empty() || input.hedged(s.span.start, s.span.end) || CONTEST.is_match(st)
            {
                continue;
            }
            for h in holders {
                out.push(Link::to_entity(h, org, si, "lead/chairmanship"));
            }
        }
    }
    out
}

/// Who holds a chairmanship named in sentence `si` at `[from, to)`:
/// "... to Angola's President X" (the first person after "to", else what
/// stands for a country) or "X, which holds the ..." (the leaders listed
/// before).
fn chair_holders(input: &Input<'_>, si: usize, from: usize, to: usize) -> Vec<usize> {
    static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,? which|,? who)? (?:holds|held|hold|took over|takes over|take over|assumed|assumes|assume|has taken over|has assumed|currently holds)(?: the)? $")
            .expect("valid regex")
    });
    let s = &input.sentences[si];
    let rest = input.slice(to, s.span.end);
    if let Some(r) = rest.strip_prefix(" to ") {
        let start = to + 4;
        let stop = r.find([',', ';', '(']).map_or(s.span.end, |i| start + i);
        let seg: Vec<usize> = input
            .items(si)
            .filter(|m| m.span.start >= start && m.span.end <= stop)
            .filter_map(|m| m.entity)
            .collect();
        return seg
            .iter()
            .copied()
            .find(|&e| input.class(e) == Class::Person)
            .or_else(|| seg.first().map(|&e| metonym(input, e)))
            .into_iter()
            .collect();
    }
    let lead = input.slice(s.span.start, from);
    HOLDS
        .find(lead)
        .map(|h| leader_list_before(input, si, s.span.start + h.start()))
        .unwrap_or_default()
}

/// Who hosts, named right before the verb at `verb`: "Rama hosted", "Iraq
/// and Oman for hosting", "the Chinese leaders and government for hosting"
/// (people or countries; a demonym with a group noun stands for its
/// country).
fn hosts_before(input: &Input<'_>, si: usize, verb: usize) -> Option<Vec<usize>> {
    let m = input.items(si).rfind(|m| m.span.end <= verb)?;
    let gap = input.slice(m.span.end, verb);
    let gap_ok = gap.split_whitespace().all(|w| {
        matches!(
            w,
            "for" | "and" | "leaders" | "leadership" | "government" | "authorities" | "people"
        )
    });
    let demonym_group =
        matches!(m.kind, MentionKind::Demonym(_)) && group_noun_after(input, m.span.end);
    if !gap_ok || (matches!(m.kind, MentionKind::Demonym(_)) && !demonym_group) {
        return None;
    }
    let e = m.entity?;
    match input.class(e) {
        Class::Person => Some(vec![e]),
        Class::Country => {
            let mut all = list_before(input, si, m.span.end);
            if !all.contains(&e) {
                all.push(e);
            }
            all.retain(|&x| input.class(x) == Class::Country);
            Some(all)
        }
        _ => None,
    }
}

/// "Rama then hosted the leaders of the region": a person or country that
/// hosts leads the meeting the sentence reports, or the one reported last,
/// a few sentences before. A place that hosts ("NATO's headquarters in
/// Brussels will host the meeting") leads nothing.
fn host_leads(input: &Input<'_>, meetings: &[MeetingFact]) -> Vec<Link> {
    static MEETING_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:meeting|summit|talks|conference|session|dialogue)(?-u:\b)")
            .expect("valid regex")
    });
    static HOSTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:then |also |will |had )?(?:hosted|hosts|hosting)(?-u:\b)")
            .expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for h in HOSTED.find_iter(st) {
            let verb = s.span.start + h.start();
            let Some(hosts) = hosts_before(input, si, verb) else {
                continue;
            };
            if input.hedged(s.span.start, s.span.end) {
                continue;
            }
            // of the meetings this sentence reports, the one the verb hosts:
            // "for hosting ... the talks" refers back to a meeting reported
            // before; "for hosting several rounds of dialogue" is new
            let here = |m: &MeetingFact| m.evidence.iter().any(|ev| ev.sentence == si);
            let first_here = |m: &MeetingFact| m.evidence.iter().all(|ev| ev.sentence >= si);
            let definite = MEETING_NOUN
                .find(input.slice(verb, s.span.end))
                .is_some_and(|n| input.slice(verb, verb + n.start()).ends_with("the "));
            let reported_here = if definite {
                meetings
                    .iter()
                    .rposition(|m| here(m) && !first_here(m))
                    .or_else(|| meetings.iter().rposition(|m| !first_here(m)))
            } else {
                meetings
                    .iter()
                    .rposition(|m| here(m) && first_here(m))
                    .or_else(|| meetings.iter().rposition(here))
            };
            // the meeting reported last: a few sentences back, or anywhere
            // before when this sentence names a meeting ("before the joint
            // meeting started")
            let names_meeting = MEETING_NOUN.is_match(st);
            let reported_before = meetings.iter().rposition(|m| {
                m.evidence
                    .iter()
                    .any(|ev| ev.sentence < si && (names_meeting || si - ev.sentence <= 5))
            });
            if let Some(mi) = reported_here.or(reported_before) {
                for host in hosts {
                    out.push(Link {
                        subject: host,
                        object: Target::Meeting(mi),
                        evidence: Evidence {
                            sentence: si,
                            rule: "lead/hosted",
                        },
                    });
                }
            }
        }
    }
    out
}
