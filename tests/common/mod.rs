//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

/// A `newsgraph` command on the store in `dir`.
pub fn newsgraph(store: &Path) -> Command {
    let mut c = Command::cargo_bin("newsgraph").expect("binary built");
    c.arg("--store").arg(store).env_remove("NEWSGRAPH_STORE");
    c
}

/// Writes articles (name, text) into a new directory under `root`.
pub fn articles(root: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, text) in files {
        std::fs::write(dir.join(f), text).unwrap();
    }
    dir
}

/// Runs a command, asserting success, and returns its standard output.
pub fn ok(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "command failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs a command, asserting failure, and returns its standard error.
pub fn fails(c: &mut Command) -> String {
    let out = c.output().expect("runs");
    assert!(
        !out.status.success(),
        "command succeeded: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr).expect("UTF-8 output")
}

/// The Python of the test virtualenv (rdflib, pyshacl), made by scripts/setup.sh.
pub fn python() -> PathBuf {
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/newsgraph/venv")
        });
    let py = venv.join("bin/python");
    assert!(
        py.exists(),
        "{} missing: run scripts/setup.sh (or `make test`)",
        py.display()
    );
    py
}

pub const ARTICLE_A: &str = "Leaders Meet in Oslo\n\
By Ingrid Haugen\n\
OSLO, May 14, 2025 (Wire) — Canadian Foreign Minister Claire Dubois met Norwegian Prime Minister Erik Lindqvist in Oslo on Wednesday.\n\
\"We agreed on a plan for the Arctic,\" Dubois said.\n\
Poland, Estonia and other NATO member states sent observers. Switzerland is not a member of the European Union.\n";

pub const ARTICLE_B: &str = "Arctic Talks Continue\n\
Tomas Berg, a senior fellow at the Nordic Policy Institute (NPI), said the talks in Oslo on 14 May 2025 went well.\n\
\"The Arctic matters to everyone,\" Berg told reporters. NATO Secretary General Mark Rutte welcomed the plan.\n";
