//! syntect-hl native driver:
//!   bench html LANG FILE        -> markup on stdout
//!   bench time LANG FILE RUNS   -> JSON {cold_ms, runs_ms[]} (cold = first call, includes set load + regex compile)
//!   bench langs                 -> which of the languages resolve
//!   bench dump-ruby OUT         -> (feature dump) a Ruby-only syntax set
use std::time::Instant;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    match a[1].as_str() {
        "html" => print!("{}", syntect_hl::highlight(&a[2], &std::fs::read_to_string(&a[3]).unwrap())),
        "time" => {
            let code = std::fs::read_to_string(&a[3]).unwrap();
            let n: usize = a[4].parse().unwrap();
            let t = Instant::now();
            let mut len = syntect_hl::highlight(&a[2], &code).len();
            let cold = t.elapsed().as_secs_f64() * 1e3;
            let mut runs = vec![];
            for _ in 0..n {
                let t = Instant::now();
                len += syntect_hl::highlight(&a[2], &code).len();
                runs.push(t.elapsed().as_secs_f64() * 1e3);
            }
            println!("{{\"cold_ms\":{cold:.3},\"runs_ms\":{runs:?},\"bytes\":{len}}}");
        }
        "langs" => {
            let ss = syntect_hl::syntax_set();
            for t in syntect_hl::rouge_html::SET {
                println!("{t}\t{}", syntect_hl::find(ss, t).map(|s| s.name.as_str()).unwrap_or("-"));
            }
        }
        #[cfg(feature = "dump")]
        "dump-ruby" => {
            // syntect cannot rebuild a linked set from a subset, so keep every syntax's
            // header but drop the compiled contexts of all but Ruby (they load lazily and
            // are never touched unless Ruby embeds them: a heredoc in another language would panic).
            let all = syntect::parsing::SyntaxSet::load_defaults_newlines();
            let mut v = serde_json::to_value(&all).unwrap();
            for s in v["syntaxes"].as_array_mut().unwrap() {
                if s["name"] != "Ruby" { s["serialized_lazy_contexts"] = serde_json::json!([]); }
            }
            let set: syntect::parsing::SyntaxSet = serde_json::from_value(v).unwrap();
            syntect::dumps::dump_to_uncompressed_file(&set, &a[2]).unwrap();
        }
        _ => panic!("unknown command"),
    }
}
