//! Puts what `source` stashed back into the event stream: attribute lists
//! on their element (or `{:toc}` in place of its list), raw and math HTML,
//! and kramdown syntax that landed in code or raw HTML as written.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::ial::{self, Attrs};
use super::source::{marker_index, restore, Kind, Prepared};
use super::toc::TOC_PLACEHOLDER;

pub struct Attached<'a> {
    pub events: Vec<Event<'a>>,
    /// Attributes by marker number, for `ial::patch`.
    pub attrs: Vec<Attrs>,
    pub has_math: bool,
}

struct State<'p, 'a> {
    prep: &'p Prepared,
    safe: bool,
    out: Vec<Event<'a>>,
    /// Starts of the blocks and spans open at the current place.
    open: Vec<usize>,
    /// The start of the element that just ended, if the last event ended one.
    closed: Option<usize>,
    /// Attribute lists waiting for the next block.
    pending: Vec<Attrs>,
    /// Attributes by the index of their element's start in `out`, in order.
    targets: Vec<(usize, Attrs)>,
    /// Lists that `{:toc}` replaces.
    tocs: Vec<usize>,
    in_code: bool,
    /// After a list item's attribute list: the space before its text goes.
    trim_next: bool,
    has_math: bool,
}

pub fn attach<'a>(events: Vec<Event<'a>>, prep: &Prepared, safe: bool) -> Attached<'a> {
    let mut state = State {
        prep,
        safe,
        out: Vec::with_capacity(events.len()),
        open: Vec::new(),
        closed: None,
        pending: Vec::new(),
        targets: Vec::new(),
        tocs: Vec::new(),
        in_code: false,
        trim_next: false,
        has_math: false,
    };
    let marked = |e: &Event| matches!(e, Event::Html(h) if marker_index(h).is_some());
    let mut events = events.into_iter().peekable();
    let (mut in_wrapper, mut in_raw) = (false, false);
    while let Some(event) = events.next() {
        // A marker line is an HTML block of its own: its wrapper would hide
        // the block before it. In any other HTML block, a marker line is raw.
        match event {
            Event::Start(Tag::HtmlBlock) if events.peek().is_some_and(marked) => in_wrapper = true,
            Event::End(TagEnd::HtmlBlock) if in_wrapper => in_wrapper = false,
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {
                in_raw = matches!(event, Event::Start(_));
                state.event(event);
            }
            Event::Html(html) if in_raw => state.raw(html),
            _ => state.event(event),
        }
    }
    state.finish()
}

fn is_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::DefinitionList
    )
}

impl<'a> State<'_, 'a> {
    fn event(&mut self, event: Event<'a>) {
        let closed = self.closed.take();
        let trim = std::mem::take(&mut self.trim_next);
        if let Event::Html(html) | Event::InlineHtml(html) = &event {
            if let Some(index) = marker_index(html) {
                return self.marker(index, closed);
            }
        }
        match event {
            Event::Html(html) => self.raw(html),
            // Raw HTML is not read as Markdown: markers in it are put back as written.
            Event::InlineHtml(html) => {
                let html = without_markdown_attribute(self.restored(html));
                self.out.push(Event::InlineHtml(html));
            }
            Event::Text(text) if self.in_code => self.out.push(Event::Text(self.restored(text))),
            // The space between a list item's attribute list and its text.
            Event::Text(text) if trim => {
                let text = text.trim_start().to_string();
                self.out.push(Event::Text(text.into()));
            }
            Event::Code(text) => {
                let code = Event::Code(self.restored(text));
                self.closed = Some(self.out.len());
                self.out.push(code);
            }
            Event::Rule => {
                self.closed = Some(self.out.len());
                self.out.push(Event::Rule);
                self.start_block();
            }
            Event::Start(tag) => {
                self.in_code |= matches!(tag, Tag::CodeBlock(_));
                let block = is_block(&tag);
                self.open.push(self.out.len());
                self.out.push(Event::Start(tag));
                if block {
                    self.start_block();
                }
            }
            Event::End(end) => {
                self.in_code &= !matches!(end, TagEnd::CodeBlock);
                self.closed = self.open.pop();
                self.out.push(Event::End(end));
            }
            other => self.out.push(other),
        }
    }

    /// A line of an HTML block, markers in it put back as written.
    fn raw(&mut self, html: CowStr<'a>) {
        self.closed = None;
        let html = without_markdown_attribute(self.restored(html));
        self.out.push(Event::Html(html));
    }

    fn restored(&self, text: CowStr<'a>) -> CowStr<'a> {
        match restore(&text, &self.prep.stash) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(owned) => CowStr::from(owned),
        }
    }

    /// A block just started: attribute lists written before it are its own.
    fn start_block(&mut self) {
        let at = self.out.len() - 1;
        for attrs in std::mem::take(&mut self.pending) {
            self.target(at, attrs);
        }
    }

    fn marker(&mut self, index: usize, closed: Option<usize>) {
        let Some(piece) = self.prep.stash.get(index) else {
            return;
        };
        match &piece.kind {
            Kind::BlockIal { ial, before } => {
                let attrs = self.attrs(ial);
                let block = closed.filter(|&at| !before && self.is_block_at(at));
                match block {
                    Some(at) if ial.refs.iter().any(|r| r == "toc") => self.toc(at),
                    Some(at) => {
                        self.target(at, attrs);
                        self.closed = Some(at);
                    }
                    None => self.pending.push(attrs),
                }
            }
            Kind::SpanIal(ial) => {
                let span = closed.filter(|&at| !self.is_block_at(at));
                match span.or_else(|| self.item_start()) {
                    Some(at) => {
                        self.trim_next = span.is_none();
                        let attrs = self.attrs(ial);
                        self.target(at, attrs);
                    }
                    None => self.out.push(Event::Text(piece.original.clone().into())),
                }
            }
            Kind::Raw(_) if self.safe => {}
            Kind::Raw(html) => self.out.push(Event::Html(html.clone().into())),
            Kind::Math(html) => {
                self.has_math = true;
                self.out.push(Event::Html(html.clone().into()));
            }
        }
    }

    /// `* {:.x} text`: a list opening a list item's text is the item's.
    fn item_start(&self) -> Option<usize> {
        let last = self.out.len().checked_sub(1)?;
        let item = |at: usize| matches!(self.out[at], Event::Start(Tag::Item));
        match &self.out[last] {
            _ if item(last) => Some(last),
            Event::Start(Tag::Paragraph) if last > 0 && item(last - 1) => Some(last - 1),
            _ => None,
        }
    }

    fn is_block_at(&self, at: usize) -> bool {
        match &self.out[at] {
            Event::Start(tag) => is_block(tag),
            Event::Rule => true,
            _ => false,
        }
    }

    fn attrs(&self, list: &ial::Ial) -> Attrs {
        let mut attrs = ial::resolve(list, &self.prep.definitions);
        if self.safe {
            ial::keep_safe(&mut attrs);
        }
        attrs
    }

    fn toc(&mut self, at: usize) {
        if matches!(self.out[at], Event::Start(Tag::List(_))) {
            self.tocs.push(at);
        }
    }

    /// Headings take their attributes in their tag, which the outline reads;
    /// other elements through a marker.
    fn target(&mut self, at: usize, attrs: Attrs) {
        if let Event::Start(Tag::Heading {
            id,
            classes,
            attrs: others,
            ..
        }) = &mut self.out[at]
        {
            for (name, value) in attrs {
                match name.as_str() {
                    "id" => *id = Some(value.into()),
                    "class" => {
                        classes.extend(value.split_whitespace().map(|c| c.to_string().into()))
                    }
                    _ => others.push((name.into(), Some(value.into()))),
                }
            }
            return;
        }
        let merged = match self.targets.iter().position(|(i, _)| *i == at) {
            Some(known) => &mut self.targets[known].1,
            None => {
                let place = self.targets.partition_point(|(i, _)| *i < at);
                self.targets.insert(place, (at, Attrs::new()));
                &mut self.targets[place].1
            }
        };
        for (name, value) in attrs {
            ial::set(merged, &name, value);
        }
    }

    fn finish(self) -> Attached<'a> {
        let mut events = Vec::with_capacity(self.out.len() + self.targets.len());
        let mut attrs = Vec::new();
        let mut targets = self.targets.into_iter().peekable();
        // Inside a list `{:toc}` replaces: how many of its elements are open.
        let mut skipping = 0usize;
        for (i, event) in self.out.into_iter().enumerate() {
            if skipping > 0 {
                match event {
                    Event::Start(_) => skipping += 1,
                    Event::End(_) => skipping -= 1,
                    _ => {}
                }
                continue;
            }
            if self.tocs.contains(&i) {
                let ordered = matches!(event, Event::Start(Tag::List(Some(_))));
                events.push(Event::Html(TOC_PLACEHOLDER[usize::from(ordered)].into()));
                skipping = 1;
                continue;
            }
            // Targets inside a replaced list are passed over with it.
            while targets.next_if(|(at, _)| *at < i).is_some() {}
            if let Some((_, list)) = targets.next_if(|(at, _)| *at == i) {
                let block = matches!(&event, Event::Start(tag) if is_block(tag))
                    || matches!(event, Event::Rule | Event::Start(Tag::Item));
                events.push(Event::InlineHtml(ial::marker(attrs.len(), block).into()));
                attrs.push(list);
            }
            events.push(event);
        }
        Attached {
            events,
            attrs,
            has_math: self.has_math,
        }
    }
}

/// kramdown's `markdown` attribute says how to read an element, and is not written out.
pub fn without_markdown_attribute(html: CowStr<'_>) -> CowStr<'_> {
    let Some(at) = html.find(" markdown=") else {
        return html;
    };
    let value = &html[at + " markdown=".len()..];
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''));
    let len = match quote {
        Some(q) => value[1..].find(q).map_or(value.len(), |end| end + 2),
        None => value.find([' ', '>', '/']).unwrap_or(value.len()),
    };
    CowStr::from(format!("{}{}", &html[..at], &value[len..]))
}
