//! The saved queries of `queries/`, built into the binary so that `serve`
//! offers them wherever it runs. A test keeps this table and the folder the
//! same.

/// One saved query: its file's name without `.rq`, and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// The file name without `.rq` ("meetings").
    pub name: &'static str,
    /// The SPARQL, with its comment header.
    pub text: &'static str,
}

impl Saved {
    /// The first comment line: what the query is ("Who met whom").
    pub fn title(&self) -> &'static str {
        self.text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix('#'))
            .map_or(self.name, str::trim)
    }

    /// The saved query named `name`, if there is one.
    pub fn find(name: &str) -> Option<&'static Saved> {
        SAVED.iter().find(|s| s.name == name)
    }
}

/// Every saved query, by name.
pub const SAVED: &[Saved] = &[
    Saved {
        name: "agreements",
        text: include_str!("../queries/agreements.rq"),
    },
    Saved {
        name: "entities-by-class",
        text: include_str!("../queries/entities-by-class.rq"),
    },
    Saved {
        name: "entity-mentions-in-context",
        text: include_str!("../queries/entity-mentions-in-context.rq"),
    },
    Saved {
        name: "fact-evidence",
        text: include_str!("../queries/fact-evidence.rq"),
    },
    Saved {
        name: "leaders",
        text: include_str!("../queries/leaders.rq"),
    },
    Saved {
        name: "meetings",
        text: include_str!("../queries/meetings.rq"),
    },
    Saved {
        name: "members",
        text: include_str!("../queries/members.rq"),
    },
    Saved {
        name: "mentions-of-entity",
        text: include_str!("../queries/mentions-of-entity.rq"),
    },
    Saved {
        name: "people-positions",
        text: include_str!("../queries/people-positions.rq"),
    },
    Saved {
        name: "quotes-by-speaker",
        text: include_str!("../queries/quotes-by-speaker.rq"),
    },
    Saved {
        name: "sources-disagree",
        text: include_str!("../queries/sources-disagree.rq"),
    },
    Saved {
        name: "who-met-whom",
        text: include_str!("../queries/who-met-whom.rq"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_saved_query_of_the_folder_in_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                name.strip_suffix(".rq").map(str::to_string)
            })
            .collect();
        files.sort();
        let names: Vec<&str> = SAVED.iter().map(|s| s.name).collect();
        assert_eq!(names, files);
        for s in SAVED {
            let on_disk = std::fs::read_to_string(format!("{dir}/{}.rq", s.name)).unwrap();
            assert_eq!(s.text, on_disk, "{}", s.name);
        }
    }

    #[test]
    fn titles_are_the_first_comment_line() {
        let cases = [("who-met-whom", "Who met whom"), ("meetings", "Meetings")];
        for (name, title) in cases {
            assert_eq!(Saved::find(name).unwrap().title(), title);
        }
        assert!(Saved::find("nothing").is_none());
    }
}
