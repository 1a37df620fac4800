//! Liquid expressions: literals, variables (`page.tags[0]`), filter chains
//! (`x | date: "%Y"`) and the conditions of `if` and `unless`.

use super::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Literal(Value),
    /// A variable and the keys or indexes after it.
    Path(Vec<Expr>),
    Range(Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub name: String,
    pub args: Vec<Expr>,
    pub keywords: Vec<(String, Expr)>,
}

/// An output: an expression and its filters.
#[derive(Debug, Clone, PartialEq)]
pub struct Chain {
    pub expr: Expr,
    pub filters: Vec<Filter>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    Test(Expr, Option<(String, Expr)>),
    And(Box<Condition>, Box<Condition>),
    Or(Box<Condition>, Box<Condition>),
    /// `unless`.
    Not(Box<Condition>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Lex {
    Str(String),
    Num(String),
    Ident(String),
    Punct(&'static str),
    Op(String),
}

/// The lexemes of an expression's markup; `None` when a character is not Liquid.
pub fn lex(markup: &str) -> Result<Vec<Lex>, String> {
    let chars: Vec<char> = markup.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' || c == '\'' {
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == c)
                .ok_or_else(|| format!("Unterminated string in \"{markup}\""))?;
            out.push(Lex::Str(chars[i + 1..i + 1 + end].iter().collect()));
            i += end + 2;
        } else if c.is_ascii_digit() || (c == '-' && next.is_some_and(|d| d.is_ascii_digit())) {
            let start = i;
            i += 1;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())))
            {
                i += 1;
            }
            out.push(Lex::Num(chars[start..i].iter().collect()));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '-' | '?'))
            {
                i += 1;
            }
            out.push(Lex::Ident(chars[start..i].iter().collect()));
        } else if c == '.' && next == Some('.') {
            out.push(Lex::Punct(".."));
            i += 2;
        } else if let Some(op) = ["==", "!=", "<>", "<=", ">="]
            .iter()
            .find(|op| next.is_some_and(|n| op.starts_with(c) && op.ends_with(n)) && op.len() == 2)
        {
            out.push(Lex::Op(op.to_string()));
            i += 2;
        } else if c == '<' || c == '>' {
            out.push(Lex::Op(c.to_string()));
            i += 1;
        } else {
            let punct = match c {
                '|' => "|",
                ':' => ":",
                ',' => ",",
                '.' => ".",
                '[' => "[",
                ']' => "]",
                '(' => "(",
                ')' => ")",
                '=' => "=",
                _ => return Err(format!("Unexpected character {c} in \"{markup}\"")),
            };
            out.push(Lex::Punct(punct));
            i += 1;
        }
    }
    Ok(out)
}

/// A cursor over lexemes.
pub struct Parser {
    lexes: Vec<Lex>,
    at: usize,
    markup: String,
}

impl Parser {
    pub fn new(markup: &str) -> Result<Parser, String> {
        Ok(Parser {
            lexes: lex(markup)?,
            at: 0,
            markup: markup.to_string(),
        })
    }

    pub fn peek(&self) -> Option<&Lex> {
        self.lexes.get(self.at)
    }

    pub fn next(&mut self) -> Option<Lex> {
        let lex = self.lexes.get(self.at).cloned();
        self.at += 1;
        lex
    }

    pub fn done(&self) -> bool {
        self.at >= self.lexes.len()
    }

    pub fn eat(&mut self, punct: &str) -> bool {
        if matches!(self.peek(), Some(Lex::Punct(p)) if *p == punct) {
            self.at += 1;
            return true;
        }
        false
    }

    pub fn eat_word(&mut self, word: &str) -> bool {
        if matches!(self.peek(), Some(Lex::Ident(w)) if w == word) {
            self.at += 1;
            return true;
        }
        false
    }

    pub fn error(&self) -> String {
        format!("Unexpected token in \"{}\"", self.markup)
    }

    /// A literal, a variable or a range.
    pub fn primary(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Lex::Str(s)) => Ok(Expr::Literal(Value::str(s))),
            Some(Lex::Num(n)) => Ok(Expr::Literal(number(&n))),
            Some(Lex::Punct("(")) => {
                let from = self.primary()?;
                if !self.eat("..") {
                    return Err(self.error());
                }
                let to = self.primary()?;
                if !self.eat(")") {
                    return Err(self.error());
                }
                Ok(Expr::Range(Box::new(from), Box::new(to)))
            }
            Some(Lex::Punct("[")) => {
                // `[key]` at the start: a variable named by an expression.
                let key = self.primary()?;
                if !self.eat("]") {
                    return Err(self.error());
                }
                self.path(vec![key])
            }
            Some(Lex::Ident(word)) => match word.as_str() {
                "true" => Ok(Expr::Literal(Value::Bool(true))),
                "false" => Ok(Expr::Literal(Value::Bool(false))),
                "nil" | "null" => Ok(Expr::Literal(Value::Nil)),
                "empty" => Ok(Expr::Literal(Value::Empty)),
                "blank" => Ok(Expr::Literal(Value::Blank)),
                _ => self.path(vec![Expr::Literal(Value::str(word))]),
            },
            _ => Err(self.error()),
        }
    }

    fn path(&mut self, mut parts: Vec<Expr>) -> Result<Expr, String> {
        loop {
            if self.eat(".") {
                match self.next() {
                    Some(Lex::Ident(key)) => parts.push(Expr::Literal(Value::str(key))),
                    Some(Lex::Num(n)) => parts.push(Expr::Literal(number(&n))),
                    _ => return Err(self.error()),
                }
            } else if self.eat("[") {
                parts.push(self.primary()?);
                if !self.eat("]") {
                    return Err(self.error());
                }
            } else {
                return Ok(Expr::Path(parts));
            }
        }
    }

    /// `expr | filter: a, b, key: c | …`
    pub fn chain(&mut self) -> Result<Chain, String> {
        let expr = self.primary()?;
        let mut filters = Vec::new();
        while self.eat("|") {
            filters.push(self.filter()?);
        }
        Ok(Chain { expr, filters })
    }

    fn filter(&mut self) -> Result<Filter, String> {
        let Some(Lex::Ident(name)) = self.next() else {
            return Err(self.error());
        };
        let mut filter = Filter {
            name,
            args: Vec::new(),
            keywords: Vec::new(),
        };
        if !self.eat(":") {
            return Ok(filter);
        }
        loop {
            let keyword = match (self.lexes.get(self.at), self.lexes.get(self.at + 1)) {
                (Some(Lex::Ident(k)), Some(Lex::Punct(":"))) => Some(k.clone()),
                _ => None,
            };
            match keyword {
                Some(key) => {
                    self.at += 2;
                    filter.keywords.push((key, self.primary()?));
                }
                None => filter.args.push(self.primary()?),
            }
            if !self.eat(",") {
                return Ok(filter);
            }
        }
    }

    /// `a == b and c or d contains "x"`: Liquid joins from the right.
    pub fn condition(&mut self) -> Result<Condition, String> {
        let left = self.comparison()?;
        if self.eat_word("and") {
            return Ok(Condition::And(Box::new(left), Box::new(self.condition()?)));
        }
        if self.eat_word("or") {
            return Ok(Condition::Or(Box::new(left), Box::new(self.condition()?)));
        }
        Ok(left)
    }

    fn comparison(&mut self) -> Result<Condition, String> {
        let left = self.primary()?;
        let op = match self.peek() {
            Some(Lex::Op(op)) => Some(op.clone()),
            Some(Lex::Ident(w)) if w == "contains" => Some("contains".to_string()),
            _ => None,
        };
        let Some(op) = op else {
            return Ok(Condition::Test(left, None));
        };
        self.at += 1;
        Ok(Condition::Test(left, Some((op, self.primary()?))))
    }
}

fn number(text: &str) -> Value {
    match text.parse::<i64>() {
        Ok(i) => Value::Int(i),
        Err(_) => Value::Float(text.parse().unwrap_or(0.0)),
    }
}

/// A whole output's markup. What the strict grammar refuses is read as
/// Liquid's lax parser reads it (Jekyll's `error_mode: warn`): the first
/// fragment is the value, and each filter takes the arguments that parse.
pub fn parse_chain(markup: &str) -> Result<Chain, String> {
    let mut parser = Parser::new(markup)?;
    if parser.done() {
        return Ok(Chain {
            expr: Expr::Literal(Value::Nil),
            filters: Vec::new(),
        });
    }
    match parser.chain() {
        Ok(chain) if parser.done() => Ok(chain),
        _ => Ok(lax_chain(markup)),
    }
}

fn lax_chain(markup: &str) -> Chain {
    let mut parts = markup.split('|');
    let head = parts
        .next()
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    let expr = Parser::new(head)
        .ok()
        .and_then(|mut p| p.primary().ok().filter(|_| p.done()))
        .unwrap_or_else(|| Expr::Path(vec![Expr::Literal(Value::str(head))]));
    let filters = parts.filter_map(lax_filter).collect();
    Chain { expr, filters }
}

fn lax_filter(markup: &str) -> Option<Filter> {
    let (name, args) = markup.split_once(':').unwrap_or((markup, ""));
    let name = name.split_whitespace().next()?.to_string();
    let args = args
        .split(',')
        .filter_map(|arg| Parser::new(arg).ok()?.primary().ok())
        .collect();
    Some(Filter {
        name,
        args,
        keywords: Vec::new(),
    })
}

pub fn parse_condition(markup: &str) -> Result<Condition, String> {
    let mut parser = Parser::new(markup)?;
    let condition = parser.condition()?;
    if !parser.done() {
        return Err(parser.error());
    }
    Ok(condition)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_keys_and_indexes() {
        let chain = parse_chain("page.tags[0] | upcase").unwrap();
        assert_eq!(
            chain.expr,
            Expr::Path(vec![
                Expr::Literal(Value::str("page")),
                Expr::Literal(Value::str("tags")),
                Expr::Literal(Value::Int(0)),
            ])
        );
        assert_eq!(chain.filters[0].name, "upcase");
    }

    #[test]
    fn filters_take_positional_and_keyword_arguments() {
        let chain =
            parse_chain("x | truncate: 10, '…' | where: 'a', b | sort: 'x', reversed: true")
                .unwrap();
        assert_eq!(chain.filters[0].args.len(), 2);
        assert_eq!(chain.filters[2].keywords[0].0, "reversed");
    }

    #[test]
    fn and_or_group_from_the_right() {
        let c = parse_condition("a or b and c").unwrap();
        assert!(matches!(c, Condition::Or(_, right) if matches!(*right, Condition::And(_, _))));
    }

    #[test]
    fn what_the_grammar_refuses_is_read_laxly() {
        let chain = parse_chain("page.title page.slug | upcase x").unwrap();
        assert_eq!(chain.filters[0].name, "upcase");
        assert!(parse_chain("'open").is_err());
    }
}
