//! Tokens to a tree of nodes: block tags hold their bodies, and a tag Liquid
//! (or Jekyll) does not know is a syntax error, as it is in Jekyll.

use super::expr::{parse_chain, parse_condition, Chain, Condition, Expr, Parser};
use super::lexer::{split_name, tokens, Spanned, Token};
use super::LiquidError;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Text(String),
    Output(Chain, usize),
    Assign(String, Chain, usize),
    Capture(String, Vec<Node>),
    Increment(String, i64),
    If(Vec<(Condition, Vec<Node>)>, Vec<Node>),
    Case(Expr, Vec<(Vec<Expr>, Vec<Node>)>, Vec<Node>),
    For(Box<ForLoop>),
    Break,
    Continue,
    Cycle(Vec<Expr>),
    Highlight {
        lang: String,
        linenos: bool,
        body: Vec<Node>,
    },
    PostUrl(String, usize),
    Link(String, usize),
    /// jekyll-gist's `{% gist user/id [file] %}`.
    Gist(String, Option<String>),
    Include {
        name: String,
        relative: bool,
        params: Vec<(String, Expr)>,
        line: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForLoop {
    pub var: String,
    pub items: Expr,
    pub limit: Option<Expr>,
    pub offset: Option<Expr>,
    pub reversed: bool,
    pub body: Vec<Node>,
    pub otherwise: Vec<Node>,
}

pub fn parse(source: &str) -> Result<Vec<Node>, LiquidError> {
    let tokens = tokens(source)?;
    let mut at = 0;
    let (nodes, end) = block(&tokens, &mut at, &[])?;
    if let Some((name, line)) = end {
        return Err(LiquidError::syntax(line, format!("Unknown tag '{name}'")));
    }
    Ok(nodes)
}

type End<'a> = Option<(&'a str, usize)>;

/// Nodes up to one of `ends` (returned with its line), or to the end of input.
fn block<'a>(
    tokens: &[Spanned<'a>],
    at: &mut usize,
    ends: &[&str],
) -> Result<(Vec<Node>, End<'a>), LiquidError> {
    let mut nodes = Vec::new();
    while let Some(spanned) = tokens.get(*at) {
        *at += 1;
        let line = spanned.line;
        match &spanned.token {
            Token::Text(text) => nodes.push(Node::Text(text.to_string())),
            Token::Output(markup) => {
                let chain = parse_chain(markup).map_err(|m| LiquidError::syntax(line, m))?;
                nodes.push(Node::Output(chain, line));
            }
            Token::Tag(name, args) => {
                if ends.contains(name) {
                    return Ok((nodes, Some((name, line))));
                }
                nodes.push(tag(name, args, line, tokens, at)?);
            }
        }
    }
    if let Some(open) = ends.first() {
        let opener = open.trim_start_matches("end");
        let line = tokens.last().map_or(1, |t| t.line);
        return Err(LiquidError::syntax(
            line,
            format!("'{opener}' tag was never closed"),
        ));
    }
    Ok((nodes, None))
}

fn tag(
    name: &str,
    args: &str,
    line: usize,
    tokens: &[Spanned],
    at: &mut usize,
) -> Result<Node, LiquidError> {
    let syntax = |m: String| LiquidError::syntax(line, m);
    Ok(match name {
        "assign" => {
            let (var, value) = args.split_once('=').ok_or_else(|| {
                syntax("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]".into())
            })?;
            Node::Assign(
                var.trim().to_string(),
                parse_chain(value.trim()).map_err(syntax)?,
                line,
            )
        }
        "capture" => {
            let (body, _) = block(tokens, at, &["endcapture"])?;
            Node::Capture(args.trim().trim_matches(['"', '\'']).to_string(), body)
        }
        "increment" => Node::Increment(args.trim().to_string(), 1),
        "decrement" => Node::Increment(args.trim().to_string(), -1),
        "if" | "unless" => if_node(name, args, line, tokens, at)?,
        "case" => case_node(args, line, tokens, at)?,
        "for" => for_node(args, line, tokens, at)?,
        "break" => Node::Break,
        "continue" => Node::Continue,
        "cycle" => {
            let mut parser = Parser::new(args).map_err(syntax)?;
            let mut values = vec![parser.primary().map_err(syntax)?];
            if parser.eat(":") {
                // A named cycle: `cycle "group": a, b`; the name only groups.
                values.clear();
                values.push(parser.primary().map_err(syntax)?);
            }
            while parser.eat(",") {
                values.push(parser.primary().map_err(syntax)?);
            }
            Node::Cycle(values)
        }
        "highlight" => highlight_node(args, line, tokens, at)?,
        "post_url" => Node::PostUrl(args.trim().to_string(), line),
        "link" => Node::Link(args.trim().to_string(), line),
        "include" | "include_relative" => include_node(name, args, line)?,
        "gist" => {
            let mut words = args.split_whitespace().map(|w| w.trim_matches(['"', '\'']));
            let id = words.next().filter(|id| !id.is_empty()).ok_or_else(|| {
                syntax("Syntax Error in tag 'gist' while parsing the following markup:\n\n  \n\nValid syntax:\n  {% gist user/1234567 %}\n  {% gist user/1234567 foo.js %}".into())
            })?;
            Node::Gist(id.to_string(), words.next().map(str::to_string))
        }
        _ => return Err(syntax(format!("Unknown tag '{name}'"))),
    })
}

fn if_node(
    name: &str,
    args: &str,
    line: usize,
    tokens: &[Spanned],
    at: &mut usize,
) -> Result<Node, LiquidError> {
    let end = if name == "if" { "endif" } else { "endunless" };
    let mut branches = Vec::new();
    let mut otherwise = Vec::new();
    let mut condition = parse_condition(args).map_err(|m| LiquidError::syntax(line, m))?;
    if name == "unless" {
        condition = Condition::Not(Box::new(condition));
    }
    loop {
        let (body, found) = block(tokens, at, &["elsif", "else", end])?;
        let (tag, tag_line) = found.expect("block returns an end or fails");
        match tag {
            "else" => {
                branches.push((condition, body));
                let (rest, _) = block(tokens, at, &[end])?;
                otherwise = rest;
                break;
            }
            "elsif" => {
                branches.push((condition, body));
                let args = tag_args(tokens, *at - 1);
                condition = parse_condition(args).map_err(|m| LiquidError::syntax(tag_line, m))?;
            }
            _ => {
                branches.push((condition, body));
                break;
            }
        }
    }
    Ok(Node::If(branches, otherwise))
}

/// The markup of the tag token at `index`.
fn tag_args<'a>(tokens: &[Spanned<'a>], index: usize) -> &'a str {
    match tokens[index].token {
        Token::Tag(_, args) => args,
        _ => "",
    }
}

fn case_node(
    args: &str,
    line: usize,
    tokens: &[Spanned],
    at: &mut usize,
) -> Result<Node, LiquidError> {
    let subject = Parser::new(args)
        .and_then(|mut p| p.primary())
        .map_err(|m| LiquidError::syntax(line, m))?;
    // Text before the first `when` is dropped, as Liquid does.
    let (_, mut found) = block(tokens, at, &["when", "else", "endcase"])?;
    let mut whens = Vec::new();
    let mut otherwise = Vec::new();
    while let Some((tag, tag_line)) = found {
        match tag {
            "when" => {
                let values = when_values(tag_args(tokens, *at - 1))
                    .map_err(|m| LiquidError::syntax(tag_line, m))?;
                let (body, next) = block(tokens, at, &["when", "else", "endcase"])?;
                whens.push((values, body));
                found = next;
            }
            "else" => {
                let (body, _) = block(tokens, at, &["endcase"])?;
                otherwise = body;
                break;
            }
            _ => break,
        }
    }
    Ok(Node::Case(subject, whens, otherwise))
}

/// `when a, b or c`.
fn when_values(markup: &str) -> Result<Vec<Expr>, String> {
    let mut parser = Parser::new(markup)?;
    let mut values = vec![parser.primary()?];
    while parser.eat(",") || parser.eat_word("or") {
        values.push(parser.primary()?);
    }
    Ok(values)
}

fn for_node(
    args: &str,
    line: usize,
    tokens: &[Spanned],
    at: &mut usize,
) -> Result<Node, LiquidError> {
    let syntax = |m: String| LiquidError::syntax(line, m);
    let invalid =
        || syntax("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]".into());
    let (var, rest) = split_name(args);
    let (word, rest) = split_name(rest);
    if word != "in" || var.is_empty() {
        return Err(invalid());
    }
    let mut parser = Parser::new(rest).map_err(syntax)?;
    let items = parser.primary().map_err(syntax)?;
    let mut lp = ForLoop {
        var: var.to_string(),
        items,
        limit: None,
        offset: None,
        reversed: false,
        body: Vec::new(),
        otherwise: Vec::new(),
    };
    while !parser.done() {
        if parser.eat_word("reversed") {
            lp.reversed = true;
        } else if parser.eat_word("limit") && parser.eat(":") {
            lp.limit = Some(parser.primary().map_err(syntax)?);
        } else if parser.eat_word("offset") && parser.eat(":") {
            lp.offset = Some(parser.primary().map_err(syntax)?);
        } else {
            parser.next();
        }
    }
    let (body, found) = block(tokens, at, &["else", "endfor"])?;
    lp.body = body;
    if matches!(found, Some(("else", _))) {
        lp.otherwise = block(tokens, at, &["endfor"])?.0;
    }
    Ok(Node::For(Box::new(lp)))
}

/// `{% highlight ruby linenos %}`.
fn highlight_node(
    args: &str,
    line: usize,
    tokens: &[Spanned],
    at: &mut usize,
) -> Result<Node, LiquidError> {
    let mut words = args.split_whitespace();
    let lang = words
        .next()
        .filter(|l| l.chars().all(|c| c.is_alphanumeric() || "_+-.#".contains(c)))
        .ok_or_else(|| {
            LiquidError::syntax(
                line,
                format!("Syntax Error in tag 'highlight' while parsing the following markup:\n\n{args}\n\nValid syntax: highlight <lang> [linenos]"),
            )
        })?;
    let linenos = words.any(|w| w == "linenos" || w.starts_with("linenos="));
    // Jekyll's highlight is a Liquid block: its body runs before it is highlighted.
    let (body, _) = block(tokens, at, &["endhighlight"])?;
    Ok(Node::Highlight {
        lang: lang.to_lowercase(),
        linenos,
        body,
    })
}

/// `{% include file.html key="v" other=page.x %}`; the name may be `{{ var }}`.
fn include_node(name: &str, args: &str, line: usize) -> Result<Node, LiquidError> {
    let syntax = |m: String| LiquidError::syntax(line, m);
    let args = args.trim();
    let (file, rest) = if args.starts_with("{{") {
        let end = args.find("}}").map(|i| i + 2).unwrap_or(args.len());
        args.split_at(end)
    } else {
        args.split_at(args.find(char::is_whitespace).unwrap_or(args.len()))
    };
    if file.is_empty() {
        return Err(syntax(format!(
            "Invalid syntax for include tag:\n\n  {args}\n"
        )));
    }
    let mut parser = Parser::new(rest).map_err(syntax)?;
    let mut params = Vec::new();
    while !parser.done() {
        let Some(super::expr::Lex::Ident(key)) = parser.next() else {
            return Err(syntax(format!(
                "Invalid syntax for include tag:\n\n  {args}\n"
            )));
        };
        if !parser.eat("=") {
            return Err(syntax(format!(
                "Invalid syntax for include tag:\n\n  {args}\n"
            )));
        }
        params.push((key, parser.primary().map_err(syntax)?));
    }
    Ok(Node::Include {
        name: file.to_string(),
        relative: name == "include_relative",
        params,
        line,
    })
}

/// The written-out names of `include` and `include_relative` tags, nested blocks included.
pub fn include_names(nodes: &[Node], out: &mut Vec<(String, bool)>) {
    for node in nodes {
        match node {
            Node::Include { name, relative, .. } if !name.contains("{{") => {
                let entry = (name.clone(), *relative);
                if !out.contains(&entry) {
                    out.push(entry);
                }
            }
            Node::Capture(_, body) | Node::Highlight { body, .. } => include_names(body, out),
            Node::If(branches, otherwise) => {
                branches
                    .iter()
                    .for_each(|(_, body)| include_names(body, out));
                include_names(otherwise, out);
            }
            Node::Case(_, whens, otherwise) => {
                whens.iter().for_each(|(_, body)| include_names(body, out));
                include_names(otherwise, out);
            }
            Node::For(lp) => {
                include_names(&lp.body, out);
                include_names(&lp.otherwise, out);
            }
            _ => {}
        }
    }
}
