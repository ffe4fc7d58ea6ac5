//! Writes a synthetic corpus of wire reports for benchmarks.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --articles 1000 --seed 1 --out /tmp/corpus
//! ```
//!
//! writes `/tmp/corpus/00000.txt` ... `00999.txt`, 300 to 900 words each.
//! The same arguments give byte-identical files. The generator itself is in
//! `benches/support/corpus.rs`, shared with `benches/extraction.rs`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus --articles N [--seed S] --out DIR";

struct Args {
    articles: u64,
    seed: u64,
    out: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut articles = None;
    let mut seed = 1;
    let mut out = None;
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--articles" | "-n" => {
                let v = value("--articles")?;
                articles = Some(
                    v.parse()
                        .map_err(|_| format!("--articles {v}: not a number"))?,
                );
            }
            "--seed" | "-s" => {
                let v = value("--seed")?;
                seed = v.parse().map_err(|_| format!("--seed {v}: not a number"))?;
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        articles: articles.ok_or("--articles is required")?,
        seed,
        out: out.ok_or("--out is required")?,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("gen_corpus: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("gen_corpus: {}: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    let generator = corpus::Generator::new(args.seed);
    let (mut bytes, mut words) = (0usize, 0usize);
    for i in 0..args.articles {
        let text = generator.article(i);
        bytes += text.len();
        words += corpus::word_count(&text);
        let path = args.out.join(corpus::file_name(i));
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("gen_corpus: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "gen_corpus: {} articles, {words} words, {bytes} bytes in {}",
        args.articles,
        args.out.display()
    );
    ExitCode::SUCCESS
}
