//! arborium-hl native driver: html LANG FILE | time LANG FILE RUNS | langs | captures LANG FILE
use std::time::Instant;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    match a[1].as_str() {
        "html" => print!("{}", arborium_hl::highlight(&a[2], &std::fs::read_to_string(&a[3]).unwrap())),
        "captures" => {
            let code = std::fs::read_to_string(&a[3]).unwrap();
            let mut m = std::collections::BTreeMap::<String, (usize, String)>::new();
            for s in arborium_hl::spans(&a[2], &code) {
                let e = m.entry(s.capture.clone()).or_insert((0, code[s.start as usize..s.end as usize].chars().take(30).collect()));
                e.0 += 1;
            }
            for (k, (n, ex)) in m { println!("{k}\t{n}\t{ex:?}"); }
        }
        "time" => {
            let code = std::fs::read_to_string(&a[3]).unwrap();
            let n: usize = a[4].parse().unwrap();
            let t = Instant::now();
            let mut len = arborium_hl::highlight(&a[2], &code).len();
            let cold = t.elapsed().as_secs_f64() * 1e3;
            let mut runs = vec![];
            for _ in 0..n {
                let t = Instant::now();
                len += arborium_hl::highlight(&a[2], &code).len();
                runs.push(t.elapsed().as_secs_f64() * 1e3);
            }
            println!("{{\"cold_ms\":{cold:.3},\"runs_ms\":{runs:?},\"bytes\":{len}}}");
        }
        "langs" => {
            for t in arborium_hl::rouge_html::SET {
                let ok = !arborium_hl::spans(t, "x = 1\n").is_empty() || arborium::Highlighter::new().highlight(arborium_hl::engine_name(t), "x").is_ok();
                println!("{t}\t{}", if ok { arborium_hl::engine_name(t) } else { "-" });
            }
        }
        _ => panic!("unknown command"),
    }
}
