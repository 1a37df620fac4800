//! Candidate 2: arborium 2 (tree-sitter grammars + highlight queries), captures mapped to Rouge classes.
#[path = "../../common/rouge_html.rs"]
pub mod rouge_html;

use rouge_html::{Emitter, Lang};
use std::cell::RefCell;

thread_local! {
    static HL: RefCell<arborium::Highlighter> = RefCell::new(arborium::Highlighter::new());
}

/// Fenced-block info string -> arborium language name.
pub fn engine_name(token: &str) -> &str {
    match token {
        "sh" | "shell" | "console" => "bash",
        "csharp" => "c-sharp",
        "makefile" => "make",
        "nasm" => "x86asm",
        t => t,
    }
}

/// Raw spans (for the capture list).
pub fn spans(token: &str, code: &str) -> Vec<arborium::advanced::Span> {
    HL.with(|h| h.borrow_mut().highlight_spans(engine_name(token), code).unwrap_or_default())
}

fn kw(l: Lang, text: &str) -> &'static str {
    match (l, text) {
        (Lang::Js, "var" | "let" | "const" | "function" | "class") => "kd",
        (Lang::Js, "true" | "false" | "null" | "undefined") => "kc",
        (Lang::Python, "import" | "from") => "kn",
        (Lang::Python, "and" | "or" | "not" | "in" | "is") => "ow",
        (Lang::Ruby, "private" | "protected" | "public" | "alias_method" | "attr_reader" | "include") => "kp",
        (Lang::Ruby, "true" | "false" | "nil") => "kp",
        _ => "k",
    }
}

/// Capture name (+ its text) -> Rouge class; None leaves what an enclosing capture says.
fn map(cap: &str, l: Lang, text: &str, before: &str) -> Option<&'static str> {
    let p = |x: &str| cap == x || cap.starts_with(&format!("{x}."));
    Some(if p("comment") {
        if l == Lang::Python && cap.contains("doc") { "s" } else if text.starts_with("/*") { "cm" } else if l == Lang::Shell { "c" } else { "c1" }
    } else if cap == "string.documentation" {
        if l == Lang::Python { "s" } else { "cm" }
    } else if p("string.escape") || cap == "escape" {
        "se"
    } else if p("string.regex") || p("string.regexp") || cap == "regex" {
        "sr"
    } else if l == Lang::Js && cap == "string.special" {
        "sr"
    } else if l == Lang::Shell && cap == "constant" && text.starts_with('-') {
        "nt"
    } else if p("string.special.symbol") || cap == "symbol" {
        "ss"
    } else if p("string") {
        match l {
            Lang::Python => "s",
            Lang::Yaml if !(text.starts_with('"') || text.starts_with('\'')) => "s",
            _ if text.starts_with('\'') => "s1",
            _ if text.starts_with('"') => "s2",
            Lang::Js if text.starts_with('`') => "sb",
            _ => "s",
        }
    } else if p("punctuation.special") || cap == "embedded" && false {
        "si"
    } else if p("number") || p("float") {
        if l == Lang::Yaml { "m" } else if cap.contains("float") || (text.contains('.') && !text.starts_with("0x")) { "mf" } else { "mi" }
    } else if p("boolean") || p("constant.builtin") {
        match l { Lang::Ruby => "kp", Lang::Python => "bp", Lang::Yaml => "no", _ => "kc" }
    } else if p("constant") {
        match l { Lang::Ruby => "no", Lang::Shell => "nv", Lang::Yaml => "no", _ => "" }
    } else if p("function.builtin") || p("type.builtin") || p("module.builtin") {
        "nb"
    } else if p("variable.builtin") {
        match l { Lang::Python => "bp", Lang::Js => "k", _ => "nb" }
    } else if p("function") || p("method") {
        // Rouge: nf for a definition's name (and, in Ruby, a call after a dot); other calls are plain names
        let b = before.trim_end();
        let def = b.ends_with("def") || b.ends_with("function");
        match l {
            Lang::Js => "nx",
            Lang::Shell => "nb",
            Lang::Ruby if kw(l, text) == "kp" => "kp",
            Lang::Ruby if def || b.ends_with('.') => "nf",
            Lang::Python if def => "nf",
            Lang::Ruby | Lang::Python => "",
            _ => "nf",
        }
    } else if p("constructor") || p("type") {
        match l { Lang::Ruby => "no", Lang::Python | Lang::Js => "nc", _ => "nc" }
    } else if p("keyword") || p("include") || p("conditional") || p("repeat") || p("exception") || p("storageclass") {
        kw(l, text)
    } else if p("operator") {
        if l == Lang::Yaml { "pi" } else if l == Lang::Python && text.chars().all(char::is_alphabetic) { "ow" } else { "o" }
    } else if p("punctuation") {
        if l == Lang::Yaml { "pi" } else { "p" }
    } else if p("property") || p("label") || p("attribute") || p("tag") {
        match l { Lang::Yaml => "na", Lang::Ruby if text.starts_with('@') => "vi", Lang::Js => "nx", Lang::Shell => "nv", _ => "" }
    } else if p("variable") {
        match l { Lang::Shell => "nv", Lang::Python if text == "self" || text == "cls" => "bp", Lang::Ruby if text.starts_with("@@") => "vc", Lang::Ruby if text.starts_with('@') => "vi", Lang::Ruby if text.starts_with('$') => "vg", _ => "" }
    } else {
        return None;
    })
}

/// Jekyll/Rouge markup for one fenced block.
pub fn highlight(token: &str, code: &str) -> String {
    let l = Lang::of(token);
    let mut sp = spans(token, code);
    // paint outer spans first, inner (shorter) ones over them; ties: later pattern wins
    sp.sort_by_key(|s| (std::cmp::Reverse(s.end - s.start), s.pattern_index));
    let mut class: Vec<&'static str> = vec![""; code.len()];
    for s in &sp {
        let (a, b) = (s.start as usize, (s.end as usize).min(code.len()));
        if a >= b || !code.is_char_boundary(a) || !code.is_char_boundary(b) { continue; }
        let text = &code[a..b];
        let before = &code[a.saturating_sub(12)..a];
        let before = if code.is_char_boundary(a.saturating_sub(12)) { before } else { "" };
        if let Some(k) = map(&s.capture, l, text, before) {
            class[a..b].iter_mut().for_each(|c| *c = k);
            // Rouge's JavaScript lexer marks string quotes as delimiters
            if l == Lang::Js && (k == "s1" || k == "s2" || k == "sb") && b - a >= 2 {
                class[a] = "dl";
                class[b - 1] = "dl";
            }
        }
    }
    let mut em = Emitter::new(token);
    let mut i = 0;
    while i < code.len() {
        let k = class[i];
        let mut j = i + 1;
        while j < code.len() && (class[j] == k || !code.is_char_boundary(j)) { j += 1; }
        em.push(&code[i..j], k);
        i = j;
    }
    em.finish()
}

#[cfg(feature = "wasm")]
mod wasm {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen]
    pub fn highlight(lang: &str, code: &str) -> String { super::highlight(lang, code) }
}
