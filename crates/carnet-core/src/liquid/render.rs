//! Runs a parsed template: scopes as Liquid keeps them (`assign` writes the
//! outermost), loops with `forloop`, and a budget so a hostile post cannot
//! hang the page.

use std::collections::HashMap;

use super::expr::{parse_chain, parse_condition, Chain, Condition, Expr};
use super::filters::{self, group_pairs, html_escape};
use super::parse::{parse, ForLoop, Node};
use super::value::{Object, Value};
use super::{Host, LiquidError, Output, FRAGMENT_END, FRAGMENT_START};

/// Nodes run, loop turns included: far beyond any real post.
const MAX_STEPS: usize = 2_000_000;
const MAX_OUTPUT: usize = 16 << 20;
const MAX_INCLUDE_DEPTH: usize = 16;

pub enum Flow {
    Normal,
    Break,
    Continue,
}

pub struct Run<'h> {
    host: &'h dyn Host,
    /// Innermost last; the first is the globals `assign` writes.
    scopes: Vec<Object>,
    counters: HashMap<String, i64>,
    cycles: HashMap<String, usize>,
    fragments: Vec<String>,
    missing: Vec<LiquidError>,
    steps: usize,
    depth: usize,
    line: usize,
}

impl<'h> Run<'h> {
    pub fn new(host: &'h dyn Host, globals: Object) -> Run<'h> {
        Run {
            host,
            scopes: vec![globals],
            counters: HashMap::new(),
            cycles: HashMap::new(),
            fragments: Vec::new(),
            missing: Vec::new(),
            steps: 0,
            depth: 0,
            line: 1,
        }
    }

    pub fn finish(self, text: String) -> Output {
        Output {
            text,
            fragments: self.fragments,
            missing: self.missing,
        }
    }

    pub fn nodes(&mut self, nodes: &[Node], out: &mut String) -> Result<Flow, LiquidError> {
        for node in nodes {
            self.steps += 1;
            if self.steps > MAX_STEPS || out.len() > MAX_OUTPUT {
                return Err(self.error("the page does too much work (a loop without end?)"));
            }
            match self.node(node, out)? {
                Flow::Normal => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Normal)
    }

    /// A file or post a tag names is not there: Jekyll stops the build; the
    /// tag gives nothing here and the rest of the page still runs, the first
    /// such error reported with the page.
    fn missing(&mut self, message: String) {
        let error = self.error(message);
        self.missing.push(error);
    }

    fn error(&self, message: impl Into<String>) -> LiquidError {
        LiquidError::runtime(self.line, message.into())
    }

    fn node(&mut self, node: &Node, out: &mut String) -> Result<Flow, LiquidError> {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Output(chain, line) => {
                self.line = *line;
                let value = self.chain(chain)?;
                out.push_str(&value.render());
            }
            Node::Assign(name, chain, line) => {
                self.line = *line;
                let value = self.chain(chain)?;
                set(&mut self.scopes[0], name, value);
            }
            Node::Capture(name, body) => {
                let mut captured = String::new();
                self.nodes(body, &mut captured)?;
                set(&mut self.scopes[0], name, Value::str(captured));
            }
            Node::Increment(name, step) => {
                let counter = self.counters.entry(name.clone()).or_insert(0);
                if *step < 0 {
                    *counter += step;
                }
                out.push_str(&counter.to_string());
                if *step > 0 {
                    *counter += step;
                }
            }
            Node::If(branches, otherwise) => {
                for (condition, body) in branches {
                    if self.condition(condition)? {
                        return self.nodes(body, out);
                    }
                }
                return self.nodes(otherwise, out);
            }
            Node::Case(subject, whens, otherwise) => {
                let subject = self.expr(subject)?;
                let mut matched = false;
                for (values, body) in whens {
                    for value in values {
                        if self.expr(value)?.equals(&subject) {
                            matched = true;
                            if let flow @ (Flow::Break | Flow::Continue) = self.nodes(body, out)? {
                                return Ok(flow);
                            }
                            break;
                        }
                    }
                }
                if !matched {
                    return self.nodes(otherwise, out);
                }
            }
            Node::For(lp) => self.for_loop(lp, out)?,
            Node::Break => return Ok(Flow::Break),
            Node::Continue => return Ok(Flow::Continue),
            Node::Cycle(values) => {
                let key = format!("{values:?}");
                let turn = self.cycles.entry(key).or_insert(0);
                let at = *turn % values.len().max(1);
                *turn += 1;
                if let Some(expr) = values.get(at) {
                    let value = self.expr(expr)?;
                    out.push_str(&value.render());
                }
            }
            Node::Highlight {
                lang,
                linenos,
                body,
            } => {
                let mut code = String::new();
                self.nodes(body, &mut code)?;
                let html = self.host.highlight(lang, *linenos, &code);
                out.push(FRAGMENT_START);
                out.push_str(&self.fragments.len().to_string());
                out.push(FRAGMENT_END);
                self.fragments.push(html);
            }
            Node::Gist(id, file) => {
                // What jekyll-gist writes when it cannot fetch the gist's text for `<noscript>`.
                let file = file
                    .as_ref()
                    .map(|f| format!("?file={}", html_escape(f, false)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "<script src=\"https://gist.github.com/{}.js{file}\"> </script>",
                    html_escape(id, false)
                ));
            }
            Node::PostUrl(name, line) => {
                self.line = *line;
                match self.host.post_url(name) {
                    Some(url) => out.push_str(&url),
                    None => self.missing(format!(
                        "Could not find post \"{name}\" in tag 'post_url'. Make sure the post exists and the name is correct."
                    )),
                }
            }
            Node::Link(path, line) => {
                self.line = *line;
                match self.host.link(path) {
                    Some(url) => out.push_str(&url),
                    None => self.missing(format!(
                        "Could not find document '{path}' in tag 'link'. Make sure the document exists and the path is correct."
                    )),
                }
            }
            Node::Include {
                name,
                relative,
                params,
                line,
            } => {
                self.line = *line;
                self.include(name, *relative, params, out)?;
            }
        }
        Ok(Flow::Normal)
    }

    fn for_loop(&mut self, lp: &ForLoop, out: &mut String) -> Result<(), LiquidError> {
        let offset = match &lp.offset {
            Some(e) => self.int(e)?.max(0) as usize,
            None => 0,
        };
        let limit = match &lp.limit {
            Some(e) => self.int(e)?.max(0) as usize,
            None => usize::MAX,
        };
        let mut items: Vec<Value> = match &lp.items {
            Expr::Range(from, to) => {
                let (from, to) = (self.int(from)?, self.int(to)?);
                if to.saturating_sub(from) > MAX_STEPS as i64 {
                    return Err(self.error("range too large"));
                }
                (from..=to)
                    .map(Value::Int)
                    .skip(offset)
                    .take(limit)
                    .collect()
            }
            // Only the items the loop shows are copied: `site.posts limit: 5`
            // of 10,000 posts takes five.
            expr => match self.expr(expr)? {
                Value::Array(all) => all.iter().skip(offset).take(limit).cloned().collect(),
                other => other.items().into_iter().skip(offset).take(limit).collect(),
            },
        };
        if lp.reversed {
            items.reverse();
        }
        if items.is_empty() {
            self.nodes(&lp.otherwise, out)?;
            return Ok(());
        }
        let length = items.len() as i64;
        self.scopes.push(Vec::new());
        for (i, item) in items.into_iter().enumerate() {
            let i = i as i64;
            let scope = self.scopes.last_mut().expect("pushed above");
            set(scope, &lp.var, item);
            set(scope, "forloop", forloop(i, length));
            if let Flow::Break = self.nodes(&lp.body, out)? {
                break;
            }
        }
        self.scopes.pop();
        Ok(())
    }

    fn include(
        &mut self,
        name: &str,
        relative: bool,
        params: &[(String, Expr)],
        out: &mut String,
    ) -> Result<(), LiquidError> {
        if self.depth >= MAX_INCLUDE_DEPTH {
            return Err(self.error("includes nested too deep"));
        }
        // A name written `{{ var }}` is itself a template.
        let name = if name.contains("{{") {
            let nodes = parse(name)?;
            let mut rendered = String::new();
            self.nodes(&nodes, &mut rendered)?;
            rendered.trim().to_string()
        } else {
            name.to_string()
        };
        let source = match self.host.include(&name, relative) {
            Ok(source) => source,
            Err(message) => {
                self.missing(message);
                return Ok(());
            }
        };
        let nodes = parse(&source).map_err(|e| e.in_include(&name))?;
        let mut include: Object = Vec::new();
        for (key, expr) in params {
            let value = self.expr(expr)?;
            set(&mut include, key, value);
        }
        self.scopes
            .push(vec![("include".into(), Value::object(include))]);
        self.depth += 1;
        let line = self.line;
        let result = self.nodes(&nodes, out).map_err(|e| e.in_include(&name));
        self.depth -= 1;
        self.line = line;
        self.scopes.pop();
        result.map(|_| ())
    }

    fn lookup(&self, name: &str) -> Value {
        for scope in self.scopes.iter().rev() {
            if let Some((_, v)) = scope.iter().find(|(k, _)| k == name) {
                return v.clone();
            }
        }
        Value::Nil
    }

    pub fn expr(&mut self, expr: &Expr) -> Result<Value, LiquidError> {
        Ok(match expr {
            Expr::Literal(v) => v.clone(),
            Expr::Range(from, to) => {
                let (from, to) = (self.int(from)?, self.int(to)?);
                if to.saturating_sub(from) > MAX_STEPS as i64 {
                    return Err(self.error("range too large"));
                }
                Value::array((from..=to).map(Value::Int).collect())
            }
            Expr::Path(parts) => {
                let first = self.expr(&parts[0])?;
                let mut value = self.lookup(&first.to_text());
                for part in &parts[1..] {
                    let key = self.expr(part)?;
                    value = value.index(&key);
                }
                value
            }
        })
    }

    fn int(&mut self, expr: &Expr) -> Result<i64, LiquidError> {
        Ok(match self.expr(expr)? {
            Value::Int(i) => i,
            Value::Float(f) => f as i64,
            Value::Str(s) => s.trim().parse().unwrap_or(0),
            _ => 0,
        })
    }

    pub fn chain(&mut self, chain: &Chain) -> Result<Value, LiquidError> {
        let mut value = self.expr(&chain.expr)?;
        for filter in &chain.filters {
            let mut args = Vec::with_capacity(filter.args.len());
            for arg in &filter.args {
                args.push(self.expr(arg)?);
            }
            let mut keywords = Vec::new();
            for (k, e) in &filter.keywords {
                keywords.push((k.clone(), self.expr(e)?));
            }
            value = match filter.name.as_str() {
                "where_exp" | "find_exp" | "group_by_exp" => {
                    self.with_expression(&filter.name, value, &args)?
                }
                name => filters::apply(self, name, value, &args, &keywords)
                    .map_err(|m| self.error(m))?,
            };
        }
        Ok(value)
    }

    /// Jekyll's `where_exp`, `find_exp` and `group_by_exp`: an expression run per item.
    fn with_expression(
        &mut self,
        name: &str,
        input: Value,
        args: &[Value],
    ) -> Result<Value, LiquidError> {
        let var = args.first().map(Value::to_text).unwrap_or_default();
        let markup = args.get(1).map(Value::to_text).unwrap_or_default();
        let items = input.list();
        let mut results = Vec::with_capacity(items.len());
        self.scopes.push(Vec::new());
        for item in &items {
            set(
                self.scopes.last_mut().expect("pushed above"),
                &var,
                item.clone(),
            );
            let result = if name == "group_by_exp" {
                let chain = parse_chain(&markup).map_err(|m| self.error(m))?;
                self.chain(&chain)
            } else {
                let condition = parse_condition(&markup).map_err(|m| self.error(m))?;
                self.condition(&condition).map(Value::Bool)
            };
            match result {
                Ok(v) => results.push(v),
                Err(e) => {
                    self.scopes.pop();
                    return Err(e);
                }
            }
        }
        self.scopes.pop();
        let mut pairs = items.into_iter().zip(results);
        Ok(match name {
            "find_exp" => pairs
                .find(|(_, keep)| keep.is_truthy())
                .map(|(item, _)| item)
                .unwrap_or_default(),
            "where_exp" => Value::array(
                pairs
                    .filter(|(_, keep)| keep.is_truthy())
                    .map(|(item, _)| item)
                    .collect(),
            ),
            _ => group_pairs(pairs.map(|(item, key)| (key, item)).collect()),
        })
    }

    pub fn condition(&mut self, condition: &Condition) -> Result<bool, LiquidError> {
        Ok(match condition {
            Condition::And(a, b) => self.condition(a)? && self.condition(b)?,
            Condition::Or(a, b) => self.condition(a)? || self.condition(b)?,
            Condition::Not(c) => !self.condition(c)?,
            Condition::Test(left, None) => self.expr(left)?.is_truthy(),
            Condition::Test(left, Some((op, right))) => {
                let (a, b) = (self.expr(left)?, self.expr(right)?);
                match op.as_str() {
                    "==" => a.equals(&b),
                    "!=" | "<>" => !a.equals(&b),
                    "contains" => a.contains(&b),
                    "<" => a.compare(&b).is_some_and(|o| o.is_lt()),
                    ">" => a.compare(&b).is_some_and(|o| o.is_gt()),
                    "<=" => a.compare(&b).is_some_and(|o| o.is_le()),
                    ">=" => a.compare(&b).is_some_and(|o| o.is_ge()),
                    _ => return Err(self.error(format!("Unknown operator {op}"))),
                }
            }
        })
    }
}

impl filters::FilterEnv for Run<'_> {
    fn site_key(&self, key: &str) -> Value {
        self.lookup("site").get(key)
    }

    fn now(&self) -> crate::time::PostDate {
        self.host.now()
    }

    fn local(&self, date: &crate::time::PostDate) -> crate::time::PostDate {
        self.host.local(date)
    }

    fn markdownify(&self, text: &str) -> String {
        self.host.markdownify(text)
    }

    fn smartify(&self, text: &str) -> String {
        self.host.smartify(text)
    }
}

fn set(scope: &mut Object, name: &str, value: Value) {
    match scope.iter_mut().find(|(k, _)| k == name) {
        Some((_, v)) => *v = value,
        None => scope.push((name.to_string(), value)),
    }
}

fn forloop(i: i64, length: i64) -> Value {
    Value::object(vec![
        ("index".into(), Value::Int(i + 1)),
        ("index0".into(), Value::Int(i)),
        ("rindex".into(), Value::Int(length - i)),
        ("rindex0".into(), Value::Int(length - i - 1)),
        ("first".into(), Value::Bool(i == 0)),
        ("last".into(), Value::Bool(i == length - 1)),
        ("length".into(), Value::Int(length)),
    ])
}
