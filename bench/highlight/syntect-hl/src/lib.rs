//! Candidate 1: syntect 5 (Sublime grammars, pure-Rust fancy-regex), scopes mapped to Rouge classes.
#[path = "../../common/rouge_html.rs"]
pub mod rouge_html;

use rouge_html::{Emitter, Lang};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

static SET: OnceLock<SyntaxSet> = OnceLock::new();

pub fn syntax_set() -> &'static SyntaxSet {
    SET.get_or_init(|| {
        #[cfg(feature = "ruby-only")]
        {
            syntect::dumps::from_uncompressed_data(include_bytes!("../ruby.packdump")).expect("ruby dump")
        }
        #[cfg(all(not(feature = "ruby-only"), feature = "twoface"))]
        {
            two_face::syntax::extra_newlines()
        }
        #[cfg(all(not(feature = "ruby-only"), not(feature = "twoface"), feature = "all"))]
        {
            SyntaxSet::load_defaults_newlines()
        }
        #[cfg(all(not(feature = "ruby-only"), not(feature = "twoface"), not(feature = "all")))]
        {
            SyntaxSet::new()
        }
    })
}

/// Fenced-block info string -> a syntax of the set.
pub fn find(ss: &SyntaxSet, token: &str) -> Option<&'static SyntaxReference> {
    let t = match token {
        "shell" | "console" | "bash" => "sh",
        "csharp" => "cs",
        "makefile" => "Makefile",
        "markdown" => "md",
        "vim" => "vim",
        "nasm" => "asm",
        "dockerfile" => "Dockerfile",
        "typescript" => "ts",
        "kotlin" => "kt",
        "julia" => "jl",
        "elixir" => "ex",
        "scss" => "scss",
        "nginx" => "nginx",
        "ini" => "ini",
        "toml" => "toml",
        "swift" => "swift",
        other => other,
    };
    let ss: &'static SyntaxSet = unsafe { &*(ss as *const SyntaxSet) };
    ss.find_syntax_by_token(t).or_else(|| ss.find_syntax_by_token(token)).or_else(|| ss.find_syntax_by_name(token))
}

#[derive(Clone, Copy)]
enum Rule { Class(&'static str), Skip, Stop }

/// The scope -> Rouge class mapping: the innermost scope with a rule decides;
/// `Skip` looks further out, `Stop` means no token (the emitter's fallback).
fn rule(scope: &str, l: Lang) -> Rule {
    use Rule::*;
    let p = |x: &str| scope.starts_with(x);
    if p("source") || p("text") || p("markup") { return Stop; }
    if p("meta.") || p("punctuation.definition.comment") || p("punctuation.definition.variable") { return Skip; }
    if p("punctuation.definition.string") { return if l == Lang::Js { Class("dl") } else { Skip }; }
    if p("punctuation.section.interpolation") || p("punctuation.section.embedded") || p("punctuation.definition.template-expression") { return Class("si"); }
    if p("comment.block.documentation") && l == Lang::Python { return Class("s"); }
    if p("comment.block") { return Class("cm"); }
    if p("comment") { return Class(if l == Lang::Shell { "c" } else { "c1" }); }
    if p("constant.character.escape") { return Class("se"); }
    if p("storage.type.string") { return Class("sa"); }
    if p("string.regexp") { return Class("sr"); }
    if p("string.interpolated") { return Class(if l == Lang::Ruby { "sx" } else { "s2" }); }
    if p("string") {
        return Class(match l {
            Lang::Python => "s",
            Lang::Yaml if p("string.unquoted") => "s",
            _ if p("string.quoted.single") => "s1",
            _ if p("string.quoted.double") => "s2",
            Lang::Js if p("string.template") || p("string.quoted.other") => "sb",
            _ => "s",
        });
    }
    if p("constant.other.symbol") { return Class("ss"); }
    if p("constant.numeric.float") { return Class("mf"); }
    if p("constant.numeric") { return Class(if l == Lang::Yaml { "m" } else { "mi" }); }
    if p("constant.language") {
        return Class(match l { Lang::Ruby => "kp", Lang::Python => "bp", Lang::Yaml => "no", _ => "kc" });
    }
    if p("constant.other") || p("variable.other.constant") || p("support.class") || p("entity.other.inherited-class") {
        return match l { Lang::Ruby => Class("no"), Lang::Shell | Lang::Yaml => Class("nv"), _ => Stop };
    }
    if p("entity.name.function") { return Class("nf"); }
    if p("entity.name.class") || p("entity.name.type.class") { return Class("nc"); }
    if p("entity.name.namespace") || p("entity.name.module") || p("entity.name.type.module") { return Class("nn"); }
    if p("entity.name.tag") { return Class(if l == Lang::Yaml { "na" } else { "nt" }); }
    if p("entity.other.attribute-name") { return Class("na"); }
    if l == Lang::Js && (p("support.") || p("entity.name.function") || p("variable.function")) { return Class("nx"); }
    if p("support.function") || p("support.type") || p("support.constant") { return Class("nb"); }
    if p("variable.language") {
        return Class(match l { Lang::Python => "bp", Lang::Js => "k", _ => "nb" });
    }
    if p("variable.other.readwrite.instance") { return Class("vi"); }
    if p("variable.other.readwrite.class") { return Class("vc"); }
    if p("variable.other.readwrite.global") { return Class("vg"); }
    if p("variable") { return if l == Lang::Shell { Class("nv") } else { Stop }; }
    if p("keyword.operator.logical") && l == Lang::Python || p("keyword.operator.word") { return Class(if l == Lang::Js { "k" } else { "ow" }); }
    if p("keyword.other.special-method") && l == Lang::Ruby { return Class("kp"); }
    if p("keyword.operator") { return Class("o"); }
    if p("keyword.control.import") { return Class(if l == Lang::Python { "kn" } else { "k" }); }
    if p("keyword.declaration") || (l == Lang::Js && p("storage.type")) { return Class("kd"); }
    if p("keyword") || p("storage") { return Class("k"); }
    if p("punctuation.separator.key-value") { return Class(match l { Lang::Yaml => "pi", Lang::Ruby => "o", _ => "p" }); }
    if p("punctuation") { return Class(if l == Lang::Yaml { "pi" } else { "p" }); }
    Skip
}

thread_local! {
    static CACHE: RefCell<HashMap<(Lang, Scope), Rule>> = RefCell::new(HashMap::new());
}

fn class_of(stack: &ScopeStack, l: Lang) -> &'static str {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        for s in stack.as_slice().iter().rev() {
            let r = *c.entry((l, *s)).or_insert_with(|| rule(&s.build_string(), l));
            match r {
                Rule::Class(k) => return k,
                Rule::Stop => return "",
                Rule::Skip => {}
            }
        }
        ""
    })
}

/// The same text rules the other candidates use: Ruby's pseudo-keywords, and a
/// Ruby method name after a dot is `nf`.
fn adjust(l: Lang, k: &'static str, text: &str, before: &str) -> &'static str {
    if l != Lang::Ruby { return k; }
    if k == "k" && matches!(text, "private" | "protected" | "public" | "alias_method" | "attr_reader" | "include" | "true" | "false" | "nil") { return "kp"; }
    if (k.is_empty() || k == "nb") && text.starts_with(|c: char| c.is_alphabetic() || c == '_') && before.trim_end().ends_with('.') { return "nf"; }
    k
}

/// Jekyll/Rouge markup for one fenced block.
pub fn highlight(token: &str, code: &str) -> String {
    let ss = syntax_set();
    let l = Lang::of(token);
    let mut em = Emitter::new(token);
    match find(ss, token) {
        None => em.push(code, ""),
        Some(syn) => {
            let mut ps = ParseState::new(syn);
            let mut stack = ScopeStack::new();
            for line in LinesWithEndings::from(code) {
                let ops = ps.parse_line(line, ss).unwrap_or_default();
                let mut pos = 0;
                for (i, op) in ops {
                    if i > pos {
                        em.push(&line[pos..i], adjust(l, class_of(&stack, l), &line[pos..i], &line[..pos]));
                        pos = i;
                    }
                    let _ = stack.apply(&op);
                }
                if pos < line.len() {
                    em.push(&line[pos..], adjust(l, class_of(&stack, l), &line[pos..], &line[..pos]));
                }
            }
        }
    }
    em.finish()
}

#[cfg(feature = "wasm")]
mod wasm {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen]
    pub fn highlight(lang: &str, code: &str) -> String { super::highlight(lang, code) }
}
