//! `leads`: "led by", "A leads the coalition", "the French-led coalition", a meeting's chair.

use super::*;

/// "led by France and Britain", "the French-led coalition", "A and B, which lead the coalition".
pub(super) fn leads(input: &Input<'_>, meetings: &[MeetingFact]) -> Vec<Link> {
    static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:led|headed|chaired|spearheaded|co-led|co-chaired) by (?:the )?")
            .expect("valid regex")
    });
    static LEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,? which|,? who)? (?:leads|lead|heads|head|chairs|chair|led|headed|chaired) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    let push =
        |out: &mut Vec<Link>, leaders: Vec<usize>, target: usize, si: usize, rule: &'static str| {
            for l in leaders {
                if l != target && input.class(l) != Class::City {
                    out.push(Link {
                        subject: l,
                        object: Target::Entity(target),
                        evidence: Evidence { sentence: si, rule },
                    });
                }
            }
        };
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for m in LED_BY.find_iter(st) {
            let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
            let leaders = leader_list(input, si, b);
            // what is led: the nearest organization named before "led by", in the same clause
            let target = input
                .mentions_in(si)
                .filter(|(_, m)| m.span.end <= a)
                .filter_map(|(_, m)| {
                    input
                        .entity_of(m)
                        .filter(|&e| is_org(input, e))
                        .map(|e| (m.span.end, e))
                })
                .last();
            let Some((end, target)) = target else {
                continue;
            };
            let between = input.slice(end, a);
            if between.split_whitespace().count() > 8
                || between.contains(';')
                || input.hedged(end, b)
                || leaders.is_empty()
            {
                continue;
            }
            push(&mut out, leaders, target, si, "lead/led-by");
        }
        // "A leads the coalition", "A and B, which lead the coalition"
        for (_, m) in input.mentions_in(si) {
            let Some(obj) = input.entity_of(m).filter(|&e| is_org(input, e)) else {
                continue;
            };
            let pre = input.slice(s.span.start, m.span.start);
            let Some(c) = LEADS.find(pre) else { continue };
            let leaders = leader_list_before(input, si, s.span.start + c.start());
            if leaders.is_empty() || input.hedged(s.span.start + c.start(), m.span.end) {
                continue;
            }
            push(&mut out, leaders, obj, si, "lead/leads");
        }
        // "the French-led coalition", "a UK-led force"
        static X_LED: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^-led (?:the )?").expect("valid regex"));
        for (_, m) in input.mentions_in(si) {
            let Some(leader) = input.entity_of(m) else {
                continue;
            };
            let rest = input.slice(m.span.end, s.span.end);
            let Some(c) = X_LED.find(rest) else { continue };
            let start = m.span.end + c.end();
            let Some(obj) = input
                .mention_starting_at(start)
                .and_then(|m| input.entity_of(m))
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            if input.hedged(m.span.start, start) {
                continue;
            }
            push(&mut out, vec![leader], obj, si, "lead/x-led");
        }
    }
    // "Prince Faisal bin Farhan chaired the meeting": its chair leads a meeting
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
